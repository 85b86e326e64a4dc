"""The three stages' results of one run (live or reopened from history), one tab per stage.

Tabs never switch by themselves: while the user reads one tab, another whose results moved gets a badge (●) and a
count in its title until it is looked at.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QTabBar, QTabWidget

from council_desktop.council.state import RunState
from council_desktop.ui import turns
from council_desktop.ui.answers_view import AnswersView
from council_desktop.ui.final_view import EMPTY, FinalView
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.review_view import ReviewView
from council_desktop.ui.runner import Changes, diff

FINAL_TAB, ANSWERS_TAB, REVIEW_TAB = 0, 1, 2
# Short, so the three fit at 1024 px with large text (the stage numbers are in the tooltips and the View menu).
# English (context "ResultsView"); titles() and the tooltips below translate them.
TITLES = {FINAL_TAB: QT_TRANSLATE_NOOP("ResultsView", "Final answer"),
          ANSWERS_TAB: QT_TRANSLATE_NOOP("ResultsView", "Answers"),
          REVIEW_TAB: QT_TRANSLATE_NOOP("ResultsView", "Peer review")}
TIPS = {FINAL_TAB: QT_TRANSLATE_NOOP("ResultsView", "The chairman's final answer (stage 3) — Ctrl+1"),
        ANSWERS_TAB: QT_TRANSLATE_NOOP("ResultsView", "Every member's own answer (stage 1) — Ctrl+2"),
        REVIEW_TAB: QT_TRANSLATE_NOOP("ResultsView", "The members' anonymous reviews and the aggregate ranking "
                                                     "(stage 2) — Ctrl+3")}
BADGE = "● "
#: How long after a live update a hidden tab catches up, one tab per loop turn: the visible tab is updated at once,
#: and a stage's end no longer updates all three in one turn (16 members' answers and reviews took ~20 ms).
CATCH_UP_MS = 6


def titles() -> dict[int, str]:
    """The tabs' plain titles in the window's language."""
    return {tab: QCoreApplication.translate("ResultsView", title) for tab, title in TITLES.items()}


def tab_titles(state: RunState, *, writing: bool = False) -> dict[int, str]:
    """Each tab's title for ``state``, without the badge: counts of finished members, and what is going on."""
    out = titles()
    for tab, stage in ((ANSWERS_TAB, 1), (REVIEW_TAB, 2)):
        s = state.stage_state(stage)
        if s.status == "skipped":
            out[tab] = QCoreApplication.translate("ResultsView", "{title} · skipped").format(title=out[tab])
        elif s.members:
            out[tab] = f"{out[tab]} · {len(s.done())}/{len(s.members)}"
    if state.synthesis is not None:
        out[FINAL_TAB] = (QCoreApplication.translate("ResultsView", "Final answer (degraded)") if state.degraded
                          else QCoreApplication.translate("ResultsView", "Final answer"))
    elif writing:
        out[FINAL_TAB] = QCoreApplication.translate("ResultsView", "Final answer · writing…")
    return out


class StableTabBar(QTabBar):
    """A tab bar that keeps the widest room it has asked for: titles whose counts and badges come and go ask the
    tab widget for room (a relayout and a repaint of every page) only when they grow past it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._widest = 0
        self._reserved: dict[int, str] = {}
        self._tab_widest: dict[int, int] = {}
        # The bar has its room (see reserve()): a title that grows never shows scroll buttons for a moment.
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)

    def reserve(self, texts: dict[int, str]) -> None:
        """Make each tab as wide as the longest title it will have (``{tab: text}``), from now on: its counts
        and badge then come and go inside it, and the tabs beside it never move."""
        if texts != self._reserved:
            self._reserved = texts
            self._tab_widest = {}
            for i in range(self.count()):
                self.setTabText(i, self.tabText(i))  # lays the tabs out again

    def tabSizeHint(self, index: int) -> QSize:
        hint = super().tabSizeHint(index)
        text = self._reserved.get(index)
        if text:
            fm = self.fontMetrics()  # measured as QTabBar measures a title
            extra = (fm.size(Qt.TextFlag.TextShowMnemonic, text).width()
                     - fm.size(Qt.TextFlag.TextShowMnemonic, self.tabText(index)).width())
            # never narrower than it was (a title's width and its parts' differ by a rounding pixel now and then)
            width = self._tab_widest[index] = max(self._tab_widest.get(index, 0), hint.width() + max(0, extra))
            hint.setWidth(width)
        return hint

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        self._widest = max(self._widest, hint.width())
        return QSize(self._widest, hint.height())


class ResultsView(QTabWidget):
    """Follows one :class:`RunState`: stage 1 answers, stage 2 reviews, the final answer — each live."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTabBar(StableTabBar(self))
        self.tabBar().setExpanding(False)  # the tabs keep their own widths in the room (set after: setTabBar resets it)
        self.setAccessibleName(self.tr("Results"))
        self.final = FinalView()
        self.answers = AnswersView()
        self.reviews = ReviewView()
        plain = titles()
        self.addTab(self.final, plain[FINAL_TAB])
        self.addTab(self.answers, plain[ANSWERS_TAB])
        self.addTab(self.reviews, plain[REVIEW_TAB])
        for tab, tip in TIPS.items():
            self.setTabToolTip(tab, QCoreApplication.translate("ResultsView", tip))
        self.record: RunState | None = None
        self._unseen: set[int] = set()
        # The state each of the answers and review tabs shows; a hidden one may be a turn behind the record.
        self._shown_to: dict[int, RunState | None] = {ANSWERS_TAB: None, REVIEW_TAB: None}
        self._behind: set[int] = set()
        self._rebuild: set[int] = set()  # behind tabs that must be built afresh (a run shown anew)
        self._catch_up_timer = QTimer(self)
        self._catch_up_timer.setSingleShot(True)
        self._catch_up_timer.setInterval(CATCH_UP_MS)
        self._catch_up_timer.timeout.connect(self._catch_up_one)
        self._turn = turns.Turn()
        self._titles: dict[int, str] = plain
        self.currentChanged.connect(self._on_current_changed)
        self.clear()

    def warm_up(self) -> None:
        """Build the first answer and review pages ahead (each in a turn of its own), before a run needs them."""
        self.answers.prepare_spare()
        self.reviews.tabs.prepare_spare()

    def clear(self, placeholder: str | None = None) -> None:
        """Show no run; the final answer's tab says ``placeholder`` (default: what will appear there)."""
        self.record = None
        self._unseen = set()
        self._catch_up_timer.stop()
        self._behind = set()
        self._rebuild = set()
        self._shown_to = {ANSWERS_TAB: None, REVIEW_TAB: None}
        self.answers.clear_runs()
        self.reviews.clear_reviews()
        self.final.show_placeholder(placeholder if placeholder is not None
                                    else QCoreApplication.translate("FinalView", EMPTY))
        self._titles = titles()
        self._apply_titles()

    def show_state(self, state: RunState, changes: Changes, *, live: bool = True) -> None:
        """Follow ``state``; ``changes`` says what moved since the last call (``Changes.all()`` to rebuild)."""
        if changes.everything:
            self._unseen = set()
        self.record = state
        for tab in (ANSWERS_TAB, REVIEW_TAB):
            if live and tab != self.currentIndex():
                self._behind.add(tab)  # a hidden tab catches up on a later turn (or when it is shown)
                if changes.everything:
                    self._rebuild.add(tab)
            else:
                self._bring(tab, changes if changes.everything else None)
        if self._behind and not self._catch_up_timer.isActive():
            self._catch_up_timer.start()
        self.final.show_state(state, changes)
        titles = tab_titles(state, writing=self.final.writing)
        if live and changes.everything:
            self._reserve_titles(state)
        if live and not changes.everything:
            moved = {ANSWERS_TAB: changes.in_stage(1), REVIEW_TAB: changes.in_stage(2),
                     FINAL_TAB: changes.in_stage(3) or (state.synthesis is not None and changes.run)}
            self._unseen |= {tab for tab, yes in moved.items() if yes and tab != self.currentIndex()}
        if titles != self._titles or self._unseen:
            self._titles = titles
            self._apply_titles()

    def _reserve_titles(self, state: RunState) -> None:
        """Room in the tab bar for the longest titles this live run will have ("● Answers · 16/16")."""
        n = len(state.members)
        plain = titles()
        bar = self.tabBar()
        if isinstance(bar, StableTabBar):
            bar.reserve({ANSWERS_TAB: f"{BADGE}{plain[ANSWERS_TAB]} · {n}/{n}",
                         REVIEW_TAB: f"{BADGE}{plain[REVIEW_TAB]} · {n}/{n}",
                         FINAL_TAB: BADGE + QCoreApplication.translate("ResultsView", "Final answer · writing…")})

    def event(self, e: QEvent) -> bool:
        # A tab's title changes with every member that finishes ("Answers · 7/16", a badge). QTabWidget answers
        # the tab bar's layout request by laying itself out and repainting every page (a whole-window repaint,
        # 10-18 ms); when the bar keeps its room, the bar alone repaints its tabs.
        if e.type() == QEvent.Type.LayoutRequest and self._bar_keeps_its_room():
            return True
        return super().event(e)

    def _bar_keeps_its_room(self) -> bool:
        bar = self.tabBar()
        hint = bar.sizeHint()
        return bar.isVisible() and hint.height() == bar.height() and hint.width() <= bar.width()

    def catch_up(self) -> None:
        """Bring every tab up to the latest state now (before reading what a tab shows)."""
        self._catch_up_timer.stop()
        for tab in sorted(self._behind):
            self._bring(tab)

    def _catch_up_one(self) -> None:
        if self._behind:
            self._turn.run(lambda: self._bring(min(self._behind)))
        if self._behind:
            self._catch_up_timer.start()

    def _bring(self, tab: int, changes: Changes | None = None) -> None:
        """Show the latest state in ``tab``; ``changes``: since what it shows (default: worked out here)."""
        state = self.record
        self._behind.discard(tab)
        if state is None:
            return
        if tab in self._rebuild:
            self._rebuild.discard(tab)
            changes = Changes.all()
        moved = changes if changes is not None else diff(self._shown_to[tab], state)
        self._shown_to[tab] = state
        if tab == ANSWERS_TAB:
            self.answers.show_members(state.stage1, moved, over=state.status != "running")
        else:
            self.reviews.show_state(state, moved)

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
                self.tabBar().setTabText(tab, text)  # not QTabWidget's: that repaints every page (see event())

    def _on_current_changed(self, index: int) -> None:
        if index in self._behind:
            self._bring(index)
        if index in self._unseen:
            self._unseen.discard(index)
            self._apply_titles()
