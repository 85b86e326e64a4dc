"""Above a run: where it comes from and what came from it — the run it re-ran or follows up, the re-runs and
follow-ups made from it, its conversation — each one click away; and the prompts its models were really given.

The bar reads the history (``thread_runs`` once per run shown, ``get`` for the few runs it names); it never
changes a run. Links go out as signals: the window opens them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from council_desktop.council.state import RunState
from council_desktop.council.values import Redo
from council_desktop.ui.history_model import short_date
from council_desktop.ui.safe_text import plain, tooltip

log = logging.getLogger(__name__)

MAX_LINKS = 8  # derived runs named on the bar (the conversation view lists them all)
MAX_THREAD_RUNS = 200  # runs of one conversation read for the bar and the conversation view


def redo_text(redo: Redo, mode: str = "full") -> str:
    """``retried b/two; re-asked reviewer c; new synthesis by d``: what a re-run asked again."""
    parts = []
    if redo.members:
        parts.append(QCoreApplication.translate("LineageBar", "asked again {models}").format(
            models=", ".join(redo.members)))
    if redo.reviewers:
        if len(redo.reviewers) > 1:
            text = QCoreApplication.translate("LineageBar", "re-asked reviewers {models}")
        else:
            text = QCoreApplication.translate("LineageBar", "re-asked reviewer {models}")
        parts.append(text.format(models=", ".join(redo.reviewers)))
    if redo.chairman and mode == "full":
        parts.append(QCoreApplication.translate("LineageBar", "new synthesis by {model}").format(model=redo.chairman))
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Link:
    """A run the bar names: its id, the button's text and tooltip."""

    run_id: str
    text: str
    tip: str = ""


@dataclass(frozen=True, slots=True)
class Lineage:
    """What the bar says about one run."""

    what: str  # "Re-run of …", "Follow-up …", "" for a first question
    parent: Link | None
    derived: tuple[Link, ...]
    turns: int  # questions in its conversation (1: none before or after)
    thread: str
    versions: int = 1  # runs in the thread (re-runs included)


def thread_records(store: Any, run_id: str, limit: int = MAX_THREAD_RUNS) -> list[RunState]:
    """Every run of the conversation ``run_id`` belongs to (re-runs included), oldest first; [] when the history
    cannot say (no history, the run not saved yet). A thread longer than ``limit`` keeps its newest runs."""
    if store is None:
        return []
    try:
        summaries = store.thread_runs(run_id)
    except Exception as e:
        log.debug("no thread for %s: %s", run_id, e)
        return []
    out = []
    for s in summaries[-limit:]:
        try:
            out.append(store.get(s.id))
        except Exception:  # deleted meanwhile, or unreadable: the rest of the thread still shows
            log.warning("history: run %s of a thread cannot be read", s.id)
    return out


def lineage(state: RunState, runs: list[RunState]) -> Lineage:
    """The lineage of ``state`` among ``runs`` (its thread, from :func:`thread_records`; [] when unknown)."""
    by_id = {r.id: r for r in runs}
    parent = None
    if state.parent:
        p = by_id.get(state.parent)
        if p is not None:
            title = f"‹ {p.title} · {short_date(p.created_at)}"
        else:
            title = QCoreApplication.translate("LineageBar", "‹ the earlier run (deleted)")
        tip = (QCoreApplication.translate("LineageBar", "Open the run this one re-ran") if state.redo
               else QCoreApplication.translate("LineageBar", "Open the run this one follows up"))
        parent = Link(state.parent, title, tip)
    if state.redo is not None:
        asked = redo_text(state.redo, state.mode) or QCoreApplication.translate("LineageBar", "asked again")
        what = QCoreApplication.translate("LineageBar", "Re-run: {what} — the rest reused from").format(what=asked)
    elif state.parent:
        what = QCoreApplication.translate("LineageBar", "Follow-up of")
    else:
        what = ""
    derived: list[Link] = []
    for r in runs:
        if r.parent != state.id or len(derived) >= MAX_LINKS:
            continue
        if r.redo is not None:
            text = QCoreApplication.translate("LineageBar", "re-run: {what} · {date}").format(
                what=redo_text(r.redo, r.mode), date=short_date(r.created_at))
            tip = QCoreApplication.translate("LineageBar", "Open this re-run")
        else:
            text = QCoreApplication.translate("LineageBar", "follow-up: {title} · {date}").format(
                title=r.title, date=short_date(r.created_at))
            tip = QCoreApplication.translate("LineageBar", "Open this follow-up")
        derived.append(Link(r.id, text, tip))
    turns = sum(1 for r in runs if r.redo is None)  # a re-run stands for the turn it re-ran
    return Lineage(what, parent, tuple(derived), max(turns, 1), state.thread_id, max(len(runs), 1))


class LineageBar(QWidget):
    """``Re-run: asked again b/two — the rest reused from ‹ title`` · ``Derived: [re-run …]`` · ``Conversation
    (3 questions)`` · ``Prompts…``.

    Signals:
        open_run(str): open this run (the parent, or a run derived from the one shown).
        open_conversation(str): show the conversation (thread id) as one.
        show_prompts(): show the prompts the models of the run shown were given.
    """

    open_run = Signal(str)
    open_conversation = Signal(str)
    show_prompts = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Run lineage"))
        self.what = plain(QLabel())
        self.what.setAccessibleName(self.tr("Where this run comes from"))
        self.prompts_button = QToolButton()
        self.prompts_button.setText(self.tr("Prompts…"))
        self.prompts_button.setAccessibleName(self.tr("Show the prompts this run's models were given"))
        self.prompts_button.setToolTip(self.tr("The exact prompt templates this run's models were given"))
        self.prompts_button.setAutoRaise(True)
        self.prompts_button.clicked.connect(self.show_prompts)
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._links: list[QToolButton] = []
        self.lineage: Lineage | None = None
        self.state: RunState | None = None
        self._lay.addWidget(self.what)
        self._lay.addStretch(1)
        self._lay.addWidget(self.prompts_button)
        self.hide()

    def links(self) -> list[QToolButton]:
        return list(self._links)

    def link(self, text: str) -> QToolButton | None:
        return next((b for b in self._links if text in b.text()), None)

    def show_state(self, state: RunState | None, runs: list[RunState]) -> None:
        """Show the lineage of ``state`` among ``runs``, its thread (None hides the bar)."""
        self.state = state
        for b in self._links:
            self._lay.removeWidget(b)
            b.deleteLater()
        self._links = []
        if state is None:
            self.lineage = None
            self.hide()
            return
        info = lineage(state, runs)
        self.lineage = info
        self.what.setText(info.what)
        self.what.setVisible(bool(info.what))
        at = 1
        if info.parent is not None:
            pid = info.parent.run_id
            at = self._add(at, info.parent.text, info.parent.tip, lambda: self.open_run.emit(pid))
        if info.derived:
            label = QToolButton()  # a quiet caption between the links
            label.setText(self.tr("From this run:"))
            label.setEnabled(False)
            label.setAutoRaise(True)
            at = self._insert(at, label)
            for link in info.derived:
                at = self._add(at, link.text, link.tip, lambda rid=link.run_id: self.open_run.emit(rid))
        if info.turns > 1 or info.versions > 1:
            # Both counts are above 1 here: only the plural forms are said.
            text = (self.tr("Conversation · {n} questions").format(n=info.turns) if info.turns > 1
                    else self.tr("All {n} versions").format(n=info.versions))
            at = self._add(at, text, self.tr("Show the whole conversation, each question with its council's answer"),
                           lambda t=info.thread: self.open_conversation.emit(t))
        self.prompts_button.setText(self.tr("Prompts (edited)…") if state.prompts else self.tr("Prompts…"))
        # A row of its own only when there is lineage to show (the window may have moved Prompts… elsewhere).
        self.setVisible(bool(info.what) or bool(self._links) or self.prompts_button.parentWidget() is self)

    def _insert(self, at: int, b: QToolButton) -> int:
        self._lay.insertWidget(at, b)
        self._links.append(b)
        return at + 1

    def _add(self, at: int, text: str, tip: str, fire: Any) -> int:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tooltip(tip))
        b.setAccessibleName(text)
        b.setAutoRaise(True)
        b.clicked.connect(lambda _c=False: fire())
        return self._insert(at, b)
