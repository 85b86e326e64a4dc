"""The three stages' results of one run (live or reopened from history), one tab per stage.

Tabs never switch by themselves: while the user reads one tab, another whose results moved gets a badge (●) and a
count in its title until it is looked at.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget

from council_desktop.council.state import RunState
from council_desktop.ui.answers_view import AnswersView
from council_desktop.ui.final_view import EMPTY, FinalView
from council_desktop.ui.review_view import ReviewView
from council_desktop.ui.runner import Changes

FINAL_TAB, ANSWERS_TAB, REVIEW_TAB = 0, 1, 2
# Short, so the three fit at 1024 px with large text (the stage numbers are in the tooltips and the View menu).
TITLES = {FINAL_TAB: "Final answer", ANSWERS_TAB: "Answers", REVIEW_TAB: "Peer review"}
TIPS = {FINAL_TAB: "The chairman's final answer (stage 3) — Ctrl+1",
        ANSWERS_TAB: "Every member's own answer (stage 1) — Ctrl+2",
        REVIEW_TAB: "The members' anonymous reviews and the aggregate ranking (stage 2) — Ctrl+3"}
BADGE = "● "


def tab_titles(state: RunState, *, writing: bool = False) -> dict[int, str]:
    """Each tab's title for ``state``, without the badge: counts of finished members, and what is going on."""
    titles = dict(TITLES)
    for tab, stage in ((ANSWERS_TAB, 1), (REVIEW_TAB, 2)):
        s = state.stage_state(stage)
        if s.status == "skipped":
            titles[tab] += " · skipped"
        elif s.members:
            titles[tab] += f" · {len(s.done())}/{len(s.members)}"
    if state.synthesis is not None:
        titles[FINAL_TAB] = "Final answer (degraded)" if state.degraded else "Final answer"
    elif writing:
        titles[FINAL_TAB] += " · writing…"
    return titles


class ResultsView(QTabWidget):
    """Follows one :class:`RunState`: stage 1 answers, stage 2 reviews, the final answer — each live."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Results")
        self.final = FinalView()
        self.answers = AnswersView()
        self.reviews = ReviewView()
        self.addTab(self.final, TITLES[FINAL_TAB])
        self.addTab(self.answers, TITLES[ANSWERS_TAB])
        self.addTab(self.reviews, TITLES[REVIEW_TAB])
        for tab, tip in TIPS.items():
            self.setTabToolTip(tab, tip)
        self.record: RunState | None = None
        self._unseen: set[int] = set()
        self._titles: dict[int, str] = dict(TITLES)
        self.currentChanged.connect(self._on_current_changed)
        self.clear()

    def clear(self, placeholder: str = EMPTY) -> None:
        self.record = None
        self._unseen = set()
        self.answers.clear_runs()
        self.reviews.clear_reviews()
        self.final.show_placeholder(placeholder)
        self._titles = dict(TITLES)
        self._apply_titles()

    def show_state(self, state: RunState, changes: Changes, *, live: bool = True) -> None:
        """Follow ``state``; ``changes`` says what moved since the last call (``Changes.all()`` to rebuild)."""
        if changes.everything:
            self._unseen = set()
        self.record = state
        over = state.status != "running"
        self.answers.show_members(state.stage1, changes, over=over)
        self.reviews.show_state(state, changes)
        self.final.show_state(state, changes)
        titles = tab_titles(state, writing=self.final.writing)
        if live and not changes.everything:
            moved = {ANSWERS_TAB: changes.in_stage(1), REVIEW_TAB: changes.in_stage(2),
                     FINAL_TAB: changes.in_stage(3) or (state.synthesis is not None and changes.run)}
            self._unseen |= {tab for tab, yes in moved.items() if yes and tab != self.currentIndex()}
        if titles != self._titles or self._unseen:
            self._titles = titles
            self._apply_titles()

    def show_record(self, record: RunState) -> None:
        """Show a whole run (finished, or reopened from history): the final answer if there is one."""
        self.show_state(record, Changes.all(), live=False)
        final = record.synthesis is not None or any(m.text for m in record.stage3) or not record.stage1
        self.setCurrentIndex(FINAL_TAB if final else ANSWERS_TAB)

    def current_view(self) -> Any:
        """The text view the user reads now (final answer, or the chosen member's answer or review), or None."""
        index = self.currentIndex()
        if index == FINAL_TAB:
            return self.final.pane.visible_view() if self.final.member.isVisibleTo(self.final) else None
        tabs = self.answers if index == ANSWERS_TAB else self.reviews.tabs
        pane = tabs.current_pane()
        return pane.pane.visible_view() if pane is not None else None

    def unseen(self) -> set[int]:
        return set(self._unseen)

    def _apply_titles(self) -> None:
        for tab, title in self._titles.items():
            text = (BADGE if tab in self._unseen else "") + title
            if self.tabText(tab) != text:
                self.setTabText(tab, text)

    def _on_current_changed(self, index: int) -> None:
        if index in self._unseen:
            self._unseen.discard(index)
            self._apply_titles()
