"""Stage n/3 — name, a progress bar that moves within each stage, and the "Synthesize now" button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from council_desktop.council.state import RunState
from council_desktop.council.vocab import STAGE_NAMES
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.safe_text import plain

STEPS = 300  # the bar's range: RunState.progress (0..1) in 300 steps
FINISHED = {"complete": QT_TRANSLATE_NOOP("StageProgress", "Done — the council has answered"),
            "failed": QT_TRANSLATE_NOOP("StageProgress", "The run failed"),
            "cancelled": QT_TRANSLATE_NOOP("StageProgress", "Cancelled"),
            "interrupted": QT_TRANSLATE_NOOP("StageProgress", "Interrupted")}
# How a run ended, said with the stage it stopped in.
FINISHED_IN = {"failed": QT_TRANSLATE_NOOP("StageProgress", "The run failed in stage {stage}/{total}"),
               "cancelled": QT_TRANSLATE_NOOP("StageProgress", "Cancelled in stage {stage}/{total}"),
               "interrupted": QT_TRANSLATE_NOOP("StageProgress", "Interrupted in stage {stage}/{total}")}
# The stage names of council.vocab.STAGE_NAMES (shared with the CLI, which stays English), for the translators.
_STAGE_NAMES_TR = (QT_TRANSLATE_NOOP("StageProgress", "Independent answers"),
                   QT_TRANSLATE_NOOP("StageProgress", "Peer review"),
                   QT_TRANSLATE_NOOP("StageProgress", "Chairman synthesis"))


def stage_name(stage: int) -> str:
    """The translated name of ``stage`` ("" when it has none)."""
    name = STAGE_NAMES.get(stage, "")
    return QCoreApplication.translate("StageProgress", name) if name else ""


def stage_text(state: RunState, *, live: bool = True) -> str:
    """What the label says for ``state``: the stage under way, or how the run ended (a degraded run says so)."""
    if state.status == "running":
        if not state.stage:
            return QCoreApplication.translate("StageProgress", "Starting…")
        s = state.stage_state(state.stage)
        total, name = len(state.stage_numbers), stage_name(state.stage)
        if state.stage < 3 and s.members:
            text = QCoreApplication.translate("StageProgress",
                                              "Stage {stage}/{total} — {name} · {done} of {members} finished")
            return text.format(stage=state.stage, total=total, name=name, done=s.finished_count,
                               members=len(s.members))
        return QCoreApplication.translate("StageProgress", "Stage {stage}/{total} — {name}").format(
            stage=state.stage, total=total, name=name)
    if state.status == "complete" and 3 not in state.stage_numbers:
        text = (QCoreApplication.translate("StageProgress", "Done — the answers and their peer review are in")
                if 2 in state.stage_numbers
                else QCoreApplication.translate("StageProgress", "Done — the answers are in"))
    elif state.status == "complete" and state.degraded:
        text = QCoreApplication.translate("StageProgress", "Done, degraded — {reasons}").format(
            reasons="; ".join(state.degraded_reasons))
    elif state.status in FINISHED_IN and state.stage:
        text = QCoreApplication.translate("StageProgress", FINISHED_IN[state.status]).format(
            stage=state.stage, total=len(state.stage_numbers))
    elif state.status in FINISHED:
        text = QCoreApplication.translate("StageProgress", FINISHED[state.status])
    else:
        text = state.status
    return text if live else QCoreApplication.translate("StageProgress", "Past run · {state}").format(state=text)


class StageProgress(QWidget):
    """``Stage 2/3 — Peer review`` and a bar that follows :attr:`RunState.progress`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.label = plain(QLabel(self.tr("Ready")))  # may show an imported run's status
        self.label.setAccessibleName(self.tr("Stage"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(self.tr("Council progress"))
        self.synthesize_button = QPushButton(self.tr("Synthesize now"))
        self.synthesize_button.setAccessibleName(self.tr("Synthesize now"))
        self.synthesize_button.setToolTip(self.tr("End this stage with the members that have finished: the others "
                                                  "are stopped (their text is kept) and the council goes on "
                                                  "(Ctrl+Shift+Enter)"))
        self.synthesize_button.setEnabled(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 3)
        lay.addWidget(self.bar, 2)
        lay.addWidget(self.synthesize_button)
        self._set_text(self.tr("Ready"))

    def _set_text(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self.bar.setAccessibleDescription(text)

    def reset(self, text: str | None = None) -> None:
        """Back to an empty bar, saying ``text`` (default: "Ready")."""
        self.bar.setValue(0)
        self._set_text(self.tr("Ready") if text is None else text)

    def show_state(self, state: RunState, *, live: bool = True) -> None:
        # QProgressBar.setValue repaints at once when its text changes: only when the value really moved.
        value = round(state.progress * STEPS)
        if value != self.bar.value():
            self.bar.setValue(value)
        self._set_text(stage_text(state, live=live))
