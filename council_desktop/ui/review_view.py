"""Stage 2: each reviewer's critique growing live with real model names, its parsed ranking, and the aggregate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from council_desktop.council.prompts import deanonymize
from council_desktop.council.state import AggregateEntry, MemberState, RunState
from council_desktop.ui.aggregate_table import AggregateTable, reviews_used
from council_desktop.ui.answers_view import MemberTabs, run_caption
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.member_pane import MemberPane
from council_desktop.ui.runner import Changes

PARSE_WORDS = {"ok": QT_TRANSLATE_NOOP("ReviewView", "parsed"),
               "partial": QT_TRANSLATE_NOOP("ReviewView", "partly parsed"),
               "failed": QT_TRANSLATE_NOOP("ReviewView", "could not be parsed")}
PARSE_GLYPH = "⚠"  # a finished review whose ranking could not be read: not a ✓


def ranking_line(m: MemberState) -> str:
    """``Ranking (parsed): 1. a · 2. b`` — the reviewer's FINAL RANKING with real names, and its parse status."""
    review = m.review
    if review is None:
        return QCoreApplication.translate("ReviewView", "Ranking: none (could not be parsed)")
    models = list(review.ranking_models)
    if not models and review.parsed_ranking:
        models = [review.label_map.get(lab, lab) for lab in review.parsed_ranking]
    key = review.parse_status or ""
    if key in PARSE_WORDS:
        status = QCoreApplication.translate("ReviewView", PARSE_WORDS[key])
    else:
        status = key or QCoreApplication.translate("ReviewView", "unknown")
    if not models:
        return QCoreApplication.translate("ReviewView", "Ranking: none ({status})").format(status=status)
    return QCoreApplication.translate("ReviewView", "Ranking ({status}): {ranking}").format(
        status=status, ranking=" · ".join(f"{i}. {m}" for i, m in enumerate(models, 1)))


class ReviewTabs(MemberTabs):
    noun = "review"
    pane_name = QT_TRANSLATE_NOOP("MemberTabs", "{model}'s review")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(2, parent)
        self.setAccessibleName(self.tr("Reviews"))

    def text_of(self, m: MemberState) -> str:
        # Real names instead of "Response A": also while the review streams (a label cut in two by a chunk
        # boundary is named on the next update).
        return deanonymize(m.text, dict(m.review.label_map)) if m.review is not None and m.text else m.text

    def caption_of(self, m: MemberState) -> str:
        caption = run_caption(m, over=self._over)
        return f"{caption}\n{ranking_line(m)}" if m.done else caption

    def title_of(self, m: MemberState) -> str:
        """A finished review says whether its ranking could be read: ✓ parsed, ``partly parsed``, or ⚠ with
        ``no ranking`` — a review whose ranking failed never looks like a good one."""
        title = super().title_of(m)
        if not m.done:
            return title
        status = m.review.parse_status if m.review is not None else "failed"
        if status == "failed" or (m.review is not None and not m.review.ranking_models and status != "ok"):
            return self.tr("{title} · no ranking").format(title=f"{PARSE_GLYPH} {title.split(' ', 1)[1]}")
        if status == "partial":
            return self.tr("{title} · partly parsed").format(title=title)
        return title

    def tooltip_of(self, m: MemberState) -> str:
        tip = super().tooltip_of(m)
        if m.done:
            reason = m.review.parse_reason if m.review is not None else None
            tip += f"\n{ranking_line(m)}" + (f"\n{reason}" if reason else "")
        return tip


class ReviewView(QWidget):
    """The peer-review stage of one run: a notice, the aggregate ranking, one tab per reviewer."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stage 2 peer review"))
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Peer review notice"))
        self.notice.hide()
        self.table_title = QLabel()
        self.table_title.setTextFormat(Qt.TextFormat.PlainText)
        self.table_title.setAccessibleName(self.tr("Aggregate ranking title"))
        self.table_title.setWordWrap(True)  # never widens the window (large text, small screen)
        self.table = AggregateTable()
        self.tabs = ReviewTabs()
        # The ranking above the reviews, in a splitter: on a small screen either can be made larger (or the
        # ranking dragged shut) so a review never gets a sliver.
        ranking = QWidget()
        ranking_lay = QVBoxLayout(ranking)
        ranking_lay.setContentsMargins(0, 0, 0, 0)
        ranking_lay.addWidget(self.table_title)
        ranking_lay.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(ranking)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.notice)
        lay.addWidget(self.splitter, 1)
        self.clear_reviews()

    @property
    def panes(self) -> dict[str, MemberPane]:
        return self.tabs.panes

    def pane(self, model: str) -> MemberPane:
        return self.tabs.pane(model)

    def clear_reviews(self) -> None:
        self.tabs.clear_members()
        self._show_aggregate([], [], None)
        self.notice.hide()

    def show_state(self, state: RunState, changes: Changes) -> None:
        if changes.everything:
            self.clear_reviews()
        s = state.stage_state(2)
        over = state.status != "running"
        self.tabs.show_members(s.members, changes, over=over)
        if changes.stage(2) or changes.run:
            notice = core_text(s.notice) if s.notice else ""
            if notice:
                self.notice.setText(self.tr("⚠ Stage 2 skipped: {notice}").format(notice=notice)
                                    if s.status == "skipped" else f"⚠ {notice}")
            self.notice.setVisible(bool(notice))
            done = s.status in ("done", "skipped")
            self._show_aggregate(list(state.aggregate), list(s.members), s.status if done else None)

    def _fit_ranking(self) -> None:
        """Give the ranking the room its rows need (if the splitter has it), the reviews the rest."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        want = self.splitter.widget(0).sizeHint().height()
        if total > 0 and sizes[0] < want:
            top = min(want, int(total * 0.4))  # the reviews keep most of the room
            self.splitter.setSizes([top, total - top])

    def _show_aggregate(self, aggregate: Sequence[AggregateEntry], reviews: Sequence[MemberState],
                        status: str | None) -> None:
        self.table.show_entries(list(aggregate))
        shown = bool(aggregate) and status == "done"
        self.table.setVisible(shown)
        self.table_title.setVisible(shown)
        if shown:
            self._fit_ranking()
        if shown:
            used = reviews_used(reviews)
            if len(reviews) == 1:
                text = self.tr("Aggregate ranking from {used} of {total} review · lower average is better")
            else:
                text = self.tr("Aggregate ranking from {used} of {total} reviews · lower average is better")
            self.table_title.setText(text.format(used=used, total=len(reviews)))
