"""Stage 1: one tab per member with its answer as Markdown (or why it has none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from council_desktop.council.record import ModelRun
from council_desktop.ui import fmt
from council_desktop.ui.markdown_pane import MarkdownPane


def run_caption(run: ModelRun) -> str:
    parts = [run.model]
    if run.status == "done":
        parts += [fmt.tokens(run.token_count, exact=run.exact_tokens), fmt.duration(run.duration_ms),
                  fmt.cost(run.cost)]
    elif run.status == "error":
        parts.append("failed" if run.kind != "cancelled" else "skipped / cancelled")
    return " · ".join(p for p in parts if p)


def tab_title(run: ModelRun) -> str:
    glyph = fmt.GLYPHS["done"] if run.status == "done" else fmt.GLYPHS["error"] if run.status == "error" else "…"
    return f"{glyph} {run.model}"


class AnswersView(QTabWidget):
    """The members' stage-1 answers, one tab each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Stage 1 answers")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.panes: dict[str, MarkdownPane] = {}

    def clear_runs(self) -> None:
        while self.count():
            w = self.widget(0)
            self.removeTab(0)
            w.deleteLater()
        self.panes = {}

    def show_runs(self, runs: list[ModelRun]) -> None:
        self.clear_runs()
        for run in runs:
            pane = MarkdownPane(f"{run.model}'s answer")
            pane.set_caption(run_caption(run))
            if run.status == "done":
                pane.set_markdown(run.text)
            elif run.status == "error":
                pane.set_plain(f"{run.model} gave no answer: {run.error or 'unknown error'}")
                pane.copy_button.setEnabled(False)
            self.panes[run.model] = pane
            i = self.addTab(pane, tab_title(run))
            self.setTabToolTip(i, run_caption(run))
