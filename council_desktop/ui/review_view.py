"""Stage 2: each reviewer's critique with real model names, its parsed ranking, and the aggregate table."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from council_desktop.council.prompts import deanonymize
from council_desktop.council.state import AggregateEntry, MemberState
from council_desktop.ui.aggregate_table import AggregateTable
from council_desktop.ui.answers_view import run_caption, tab_title
from council_desktop.ui.lazy_tabs import LazyPaneTabs
from council_desktop.ui.markdown_pane import MarkdownPane
from council_desktop.ui.safe_text import plain

PARSE_WORDS = {"ok": "parsed", "partial": "partly parsed", "failed": "could not be parsed"}


def ranking_line(run: MemberState) -> str:
    """``Ranking (parsed): 1. a · 2. b`` — the reviewer's FINAL RANKING with real names, and its parse status."""
    models = run.ranking_models
    if models is None and run.parsed_ranking:
        label_map = run.label_map or {}
        models = [label_map.get(lab, lab) for lab in run.parsed_ranking]
    status = PARSE_WORDS.get(run.parse_status or "", run.parse_status or "unknown")
    if not models:
        return f"Ranking: none ({status})"
    return f"Ranking ({status}): " + " · ".join(f"{i}. {m}" for i, m in enumerate(models, 1))


class ReviewView(QWidget):
    """The peer-review stage of one run."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Stage 2 peer review")
        self.notice = plain(QLabel())
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Peer review notice")
        self.notice.hide()
        self.table_title = QLabel("Aggregate ranking (lower average rank is better)")
        self.table = AggregateTable()
        self.tabs = LazyPaneTabs()
        self.tabs.setAccessibleName("Reviews")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.notice)
        lay.addWidget(self.table_title)
        lay.addWidget(self.table)
        lay.addWidget(self.tabs, 1)

    @property
    def panes(self) -> dict[str, MarkdownPane]:
        return self.tabs.panes

    def pane(self, model: str) -> MarkdownPane:
        return self.tabs.pane(model)

    def clear_reviews(self) -> None:
        self.tabs.clear_tabs()
        self.table.show_entries([])
        self.notice.hide()

    def show_reviews(self, runs: list[MemberState], aggregate: list[AggregateEntry], *, skipped: bool = False,
                     notice: str | None = None) -> None:
        self.clear_reviews()
        if notice:
            self.notice.setText(("⚠ Stage 2 skipped: " if skipped else "⚠ ") + notice)
            self.notice.show()
        self.table.show_entries(aggregate)
        self.table.setVisible(bool(aggregate))
        self.table_title.setVisible(bool(aggregate))
        for run in runs:
            self.tabs.add_lazy(run.model, tab_title(run), run_caption(run), functools.partial(review_pane, run))
        if runs:
            self.tabs.pane(runs[0].model)


def review_pane(run: MemberState) -> MarkdownPane:
    pane = MarkdownPane(f"{run.model}'s review")
    if run.status == "done":
        pane.set_caption(f"{run_caption(run)}\n{ranking_line(run)}")
        pane.set_markdown(deanonymize(run.text, run.label_map or {}))
    else:
        pane.set_caption(run_caption(run))
        pane.set_plain(f"{run.model} gave no review: {run.error or 'unknown error'}")
        pane.copy_button.setEnabled(False)
    return pane
