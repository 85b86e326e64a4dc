"""The three stages' results of one run (live or reopened from history), one tab per stage."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget

from council_desktop.council.state import RunState
from council_desktop.ui.answers_view import AnswersView
from council_desktop.ui.final_view import FinalView
from council_desktop.ui.review_view import ReviewView

FINAL_TAB, ANSWERS_TAB, REVIEW_TAB = 0, 1, 2


class ResultsView(QTabWidget):
    """Filled in stage by stage from a :class:`RunState`; Markdown is rendered once per completed stage."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Results")
        self.final = FinalView()
        self.answers = AnswersView()
        self.reviews = ReviewView()
        self.addTab(self.final, "Final answer")
        self.addTab(self.answers, "Answers (stage 1)")
        self.addTab(self.reviews, "Peer review (stage 2)")
        self.record: RunState | None = None
        self.clear()

    def clear(self, placeholder: str = "Ask the council a question: its final answer appears here.") -> None:
        self.record = None
        self.answers.clear_runs()
        self.reviews.clear_reviews()
        self.final.show_placeholder(placeholder)
        self.setTabText(ANSWERS_TAB, "Answers (stage 1)")
        self.setTabText(REVIEW_TAB, "Peer review (stage 2)")
        self.setCurrentIndex(FINAL_TAB)

    def show_stage(self, stage: int, record: RunState, *, focus: bool = True) -> None:
        """Show what ``stage`` produced (call when it completes)."""
        self.record = record
        if stage == 1:
            self.answers.show_runs(record.stage1)
            self.setTabText(ANSWERS_TAB, f"Answers (stage 1) · {len(record.answers())}")
            if focus:
                self.setCurrentIndex(ANSWERS_TAB)
        elif stage == 2:
            self.reviews.show_reviews(record.stage2, record.aggregate, skipped=record.stage2_skipped,
                                      notice=record.stage2_notice)
            label = "skipped" if record.stage2_skipped else str(len(record.reviews()))
            self.setTabText(REVIEW_TAB, f"Peer review (stage 2) · {label}")
            if focus and not record.stage2_skipped:
                self.setCurrentIndex(REVIEW_TAB)
        elif stage == 3:
            if record.synthesis is not None:
                self.final.show_synthesis(record.synthesis)
            if focus:
                self.setCurrentIndex(FINAL_TAB)

    def show_record(self, record: RunState) -> None:
        """Show a whole run (finished live, or reopened from history)."""
        self.clear()
        self.record = record
        if record.stage1:
            self.show_stage(1, record, focus=False)
        if record.stage2 or record.stage2_skipped:
            self.show_stage(2, record, focus=False)
        if record.synthesis is not None:
            self.show_stage(3, record, focus=False)
            self.setCurrentIndex(FINAL_TAB)
        else:
            msg = {"failed": "No final answer: the run failed.", "cancelled": "No final answer: the run was cancelled.",
                   "interrupted": "No final answer: the run was interrupted.",
                   "running": "The final answer appears here when the chairman has written it."}
            self.final.show_placeholder(msg.get(record.status, "No final answer."))
            self.setCurrentIndex(ANSWERS_TAB if record.stage1 else FINAL_TAB)
