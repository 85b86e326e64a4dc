"""Stage 1: one tab per member, its answer growing while it streams, Markdown once it is done (or partial)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from council_desktop.council.state import MemberState
from council_desktop.ui import fmt, turns
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.lazy_tabs import LazyPaneTabs
from council_desktop.ui.member_pane import MemberPane
from council_desktop.ui.runner import Changes

#: A member's page is built ahead (see :meth:`MemberTabs.prepare_spare`), and again this long after one was taken
#: (or after the live run that took it ended), in a turn of its own: a run's start then shows its first page without
#: building it (~4-8 ms less in the pass that also adds 16 rows).
SPARE_DELAY_MS = 1500


def run_caption(m: MemberState, *, over: bool = False) -> str:
    """``a/x · 823 tokens · 4.2 s · $0.0012``, or the member's status word while it works (the live counts are in
    its row: a caption that changed with every update would relayout the whole results view), or why it
    stopped."""
    key = fmt.look(m, over=over)
    if key == "done":
        parts = [m.model, fmt.tokens(m.token_count, exact=m.exact_tokens), fmt.duration(m.duration_ms),
                 fmt.cost(m.cost)]
        return " · ".join(p for p in parts if p)
    if key in fmt.RUNNING_STATES or key == "pending":
        return f"{m.model} · {fmt.status_word(key)}…"
    return f"{m.model} · {fmt.member_detail(m, over=over)}"


def tab_title(m: MemberState, *, over: bool = False, label: str | None = None) -> str:
    """The member's row in the side list: its look's glyph and a short name (the full id is in the tooltip)."""
    return f"{fmt.GLYPHS[fmt.look(m, over=over)]} {label or m.model}"


class MemberTabs(LazyPaneTabs):
    """One tab per member of one stage, each a :class:`MemberPane` built on first view and then kept in step with
    the run state. Subclasses say how a member's text and caption read."""

    noun = "answer"  # what a member writes here (a key: MemberPane says it in words)
    pane_name = QT_TRANSLATE_NOOP("MemberTabs", "{model}'s answer")  # a pane's accessible name

    def __init__(self, stage: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._members: dict[str, MemberState] = {}
        self._labels: dict[str, str] = {}
        self._over = False
        self._spare: MemberPane | None = None  # a page built ahead (a hidden child until a holder takes it)
        self._spare_turn = turns.Turn()
        self._spare_timer = QTimer(self)
        self._spare_timer.setSingleShot(True)
        self._spare_timer.timeout.connect(self._on_spare_timer)

    def text_of(self, m: MemberState) -> str:
        return m.text

    def caption_of(self, m: MemberState) -> str:
        return run_caption(m, over=self._over)

    def title_of(self, m: MemberState) -> str:
        return tab_title(m, over=self._over, label=self._labels.get(m.model))

    def tooltip_of(self, m: MemberState) -> str:
        return fmt.member_tooltip(m, over=self._over)

    def clear_members(self) -> None:
        self.clear_tabs()
        self._members = {}
        self._labels = {}

    def show_members(self, members: Sequence[MemberState], changes: Changes, *, over: bool = False) -> None:
        """Follow the stage's members: new ones get a tab, changed ones their title and (if built) their pane."""
        if changes.everything:
            self.clear_members()
        every = over != self._over
        self._over = over
        if every and over and self._spare is None:
            self._spare_timer.start(SPARE_DELAY_MS)  # the run is over: build the next run's first page ahead
        if any(m.model not in self._labels for m in members):  # a new member may make two labels clash
            labels = fmt.short_names([*self._labels, *(m.model for m in members)])
            every = every or any(labels[k] != v for k, v in self._labels.items())
            self._labels = labels
        for m in members:
            self._members[m.model] = m
            if not self.has_key(m.model):
                self.add_lazy(m.model, self.title_of(m), self.tooltip_of(m), functools.partial(self._build, m.model))
            elif every or changes.row(self.stage, m.model):
                self.set_tab(m.model, self.title_of(m), self.tooltip_of(m))
                pane = self.panes.get(m.model)
                if pane is not None:
                    self._fill(pane, m)
        if every:
            for key, m in self._members.items():
                self.set_tab(key, self.title_of(m), self.tooltip_of(m))

    def member(self, model: str) -> MemberState | None:
        return self._members.get(model)

    def _build(self, key: str) -> MemberPane:
        name = QCoreApplication.translate("MemberTabs", self.pane_name).format(model=key)
        pane, self._spare = self._spare, None
        if pane is None:
            pane = MemberPane(name)
        else:
            pane.rename(name)
        self._fill(pane, self._members[key])
        if self._over:  # (during a live run, after it: its stalls are the ones that count)
            self._spare_timer.start(SPARE_DELAY_MS)
        return pane

    def prepare_spare(self) -> None:
        """Build the next member's page ahead, in a turn of its own soon (the app asks once its window is up)."""
        if self._spare is None:
            self._spare_timer.start(0)

    def _on_spare_timer(self) -> None:
        if self._spare is None and not self._spare_turn.run(self._build_spare):
            self._spare_timer.start(turns.WAIT_MS)

    def _build_spare(self) -> None:
        self._spare = MemberPane("", self)  # not shown until a page's layout takes it

    def _fill(self, pane: MemberPane, m: MemberState) -> None:
        pane.show_member(m, text=self.text_of(m), caption=self.caption_of(m), noun=self.noun, over=self._over)


class AnswersView(MemberTabs):
    """The members' stage-1 answers, one tab each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(1, parent)
        self.setAccessibleName(self.tr("Stage 1 answers"))

    def clear_runs(self) -> None:
        self.clear_members()
