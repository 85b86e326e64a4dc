"""Stage n/3 — name, a progress bar that moves within each stage, and the "Synthesize now" button."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from council_desktop.council.state import RunState
from council_desktop.council.vocab import STAGE_NAMES
from council_desktop.ui.safe_text import plain

STEPS = 300  # the bar's range: RunState.progress (0..1) in 300 steps
FINISHED = {"complete": "Done — the council has answered", "failed": "The run failed", "cancelled": "Cancelled",
            "interrupted": "Interrupted"}


def stage_text(state: RunState, *, live: bool = True) -> str:
    """What the label says for ``state``: the stage under way, or how the run ended (a degraded run says so)."""
    if state.status == "running":
        if not state.stage:
            return "Starting…"
        s = state.stage_state(state.stage)
        of = f" · {s.finished_count} of {len(s.members)} finished" if state.stage < 3 and s.members else ""
        return f"Stage {state.stage}/{len(state.stage_numbers)} — {STAGE_NAMES.get(state.stage, '')}{of}"
    if state.status == "complete" and 3 not in state.stage_numbers:
        text = "Done — " + ("the answers and their peer review are in" if 2 in state.stage_numbers
                            else "the answers are in")
    elif state.status == "complete" and state.degraded:
        text = "Done, degraded — " + "; ".join(state.degraded_reasons)
    elif state.status in ("cancelled", "interrupted", "failed") and state.stage:
        text = f"{FINISHED[state.status]} in stage {state.stage}/{len(state.stage_numbers)}"
    else:
        text = FINISHED.get(state.status, state.status)
    return text if live else f"Past run · {text}"


class StageProgress(QWidget):
    """``Stage 2/3 — Peer review`` and a bar that follows :attr:`RunState.progress`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.label = plain(QLabel("Ready"))  # may show an imported run's status
        self.label.setAccessibleName("Stage")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName("Council progress")
        self.synthesize_button = QPushButton("Synthesize now")
        self.synthesize_button.setAccessibleName("Synthesize now")
        self.synthesize_button.setToolTip("End this stage with the members that have finished: the others are "
                                          "stopped (their text is kept) and the council goes on (Ctrl+Shift+Enter)")
        self.synthesize_button.setEnabled(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 3)
        lay.addWidget(self.bar, 2)
        lay.addWidget(self.synthesize_button)
        self._set_text("Ready")

    def _set_text(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self.bar.setAccessibleDescription(text)

    def reset(self, text: str = "Ready") -> None:
        self.bar.setValue(0)
        self._set_text(text)

    def show_state(self, state: RunState, *, live: bool = True) -> None:
        # QProgressBar.setValue repaints at once when its text changes: only when the value really moved.
        value = round(state.progress * STEPS)
        if value != self.bar.value():
            self.bar.setValue(value)
        self._set_text(stage_text(state, live=live))
