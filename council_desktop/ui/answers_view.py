"""Stage 1: one tab per member with its answer as Markdown (or why it has none)."""

from __future__ import annotations

import functools
from typing import Any

from council_desktop.council.state import MemberState
from council_desktop.ui import fmt
from council_desktop.ui.lazy_tabs import LazyPaneTabs
from council_desktop.ui.markdown_pane import MarkdownPane


def run_caption(run: MemberState) -> str:
    parts = [run.model]
    if run.status == "done":
        parts += [fmt.tokens(run.token_count, exact=run.exact_tokens), fmt.duration(run.duration_ms),
                  fmt.cost(run.cost)]
    elif run.status == "error":
        parts.append("failed" if run.kind != "cancelled" else "skipped / cancelled")
    return " · ".join(p for p in parts if p)


def tab_title(run: MemberState) -> str:
    glyph = fmt.GLYPHS["done"] if run.status == "done" else fmt.GLYPHS["error"] if run.status == "error" else "…"
    return f"{glyph} {run.model}"


class AnswersView(LazyPaneTabs):
    """The members' stage-1 answers, one tab each (each pane built when its tab is first shown)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Stage 1 answers")

    def clear_runs(self) -> None:
        self.clear_tabs()

    def show_runs(self, runs: list[MemberState]) -> None:
        self.clear_tabs()
        for run in runs:
            self.add_lazy(run.model, tab_title(run), run_caption(run), functools.partial(answer_pane, run))
        if runs:
            self.pane(runs[0].model)


def answer_pane(run: MemberState) -> MarkdownPane:
    pane = MarkdownPane(f"{run.model}'s answer")
    pane.set_caption(run_caption(run))
    if run.status == "done":
        pane.set_markdown(run.text)
    elif run.status == "error":
        pane.set_plain(f"{run.model} gave no answer: {run.error or 'unknown error'}")
        pane.copy_button.setEnabled(False)
    return pane
