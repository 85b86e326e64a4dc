"""Stage 3: the final answer, prominent — growing while the chairman writes it, then Markdown — with who wrote it,
whether the run was degraded, and a Copy button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from council_desktop.council.state import MemberState, MemberStatus, RunState, Synthesis
from council_desktop.ui import fmt
from council_desktop.ui.appearance import RelativeFont
from council_desktop.ui.member_pane import MemberPane
from council_desktop.ui.runner import Changes

SOURCE_WORDS = {"chairman": "by the chairman", "fallback_member": "by a fallback member (the chairman failed)",
                "best_answer": "the best-ranked member's own answer (no synthesis could be written)"}
EMPTY = "Ask the council a question: its final answer appears here."
AT_WORK = ("The council is at work. The chairman's final answer appears here as it is written, after the answers "
           "(stage 1) and the peer review (stage 2).")
NO_ANSWER = {"failed": "No final answer: the run failed.", "cancelled": "No final answer: the run was cancelled.",
             "interrupted": "No final answer: the run was interrupted."}


def heading(state: RunState, model: str | None = None) -> str:
    """``Final answer — model``; a degraded run says so in the heading itself."""
    title = "Final answer (degraded)" if state.degraded else "Final answer"
    return f"{title} — {model}" if model else title


def synthesis_caption(s: Synthesis) -> str:
    parts = [f"by the chairman {s.chairman}" if s.source == "chairman" else SOURCE_WORDS.get(s.source, s.source)]
    parts += [fmt.tokens(s.token_count, exact=s.exact_tokens) if s.token_count else "", fmt.duration(s.duration_ms),
              fmt.cost(s.cost)]
    return " · ".join(p for p in parts if p)


def writer(state: RunState) -> MemberState | None:
    """The stage-3 attempt to show: the one under way, else the last that wrote something, else the last."""
    attempts = state.stage3
    for m in reversed(attempts):
        if not m.status.finished:
            return m
    for m in reversed(attempts):
        if m.text:
            return m
    return attempts[-1] if attempts else None


class FinalView(QWidget):
    """The chairman's synthesis (or its fallback), live while it is written."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Final answer")
        self.title = QLabel("Final answer")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName("Final answer heading")
        self.title.setWordWrap(True)
        RelativeFont(self.title, 1.3, bold=True)  # follows the text-size setting
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Final answer notice")
        self.notice.hide()
        self.member = MemberPane("the final answer", large=True)
        self.pane = self.member.pane
        self.pane.set_copy_text("Copy final answer")
        self.placeholder = QLabel()  # the empty state: says what will appear here, and when
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAccessibleName("Final answer status")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        RelativeFont(self.placeholder, 1.2)
        self.placeholder.setMargin(24)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.notice)
        lay.addWidget(self.member, 1)
        lay.addWidget(self.placeholder, 1)
        self.show_placeholder(EMPTY)

    @property
    def writing(self) -> bool:
        """The chairman (or its fallback) is writing: the pane shows live text."""
        return self.member.isVisibleTo(self) and self.member.mode == "stream"

    def show_placeholder(self, text: str) -> None:
        self.title.setText("Final answer")
        self._set_notice("")
        self.member.hide()
        self.member.pane.set_caption("")
        self.placeholder.setText(text)
        self.placeholder.show()

    def show_state(self, state: RunState, changes: Changes) -> None:
        if not (changes.in_stage(3) or changes.run):
            return
        over = state.status != "running"
        s = state.synthesis
        if s is not None:
            self.title.setText(heading(state, s.model))
            notices = [f"Degraded: {'; '.join(state.degraded_reasons)}."] if state.degraded else []
            if s.notice:
                notices.append(s.notice)
            self._set_notice("\n".join(f"⚠ {n}" for n in notices))
            self._show_member()
            attempt = state.find(3, s.model)
            if attempt is not None and attempt.done and attempt.text == s.text:
                self.member.show_member(attempt, caption=synthesis_caption(s), noun="synthesis")
            else:  # the best answer standing in (no stage-3 attempt wrote it): shown as it is
                self.member.show_member(MemberState(s.model, 3, status=MemberStatus.DONE, text=s.text),
                                        caption=synthesis_caption(s), noun="synthesis")
            return
        m = writer(state)
        if m is None and 3 not in state.stage_numbers:
            self.show_placeholder("This run asked for the answers" + (" and their peer review" if 2 in
                                  state.stage_numbers else "") + " only: no final answer is written.")
            return
        if m is None:
            self.show_placeholder(NO_ANSWER.get(state.status, "No final answer.") if over else AT_WORK)
            return
        if over and not m.text:
            self.show_placeholder(NO_ANSWER.get(state.status, "No final answer."))
            return
        who = "the chairman" if m.model == state.chairman else "a fallback member"
        self.title.setText(heading(state, m.model))
        stopped = [a for a in state.stage3 if a is not m and a.status.finished and not a.done]
        self._set_notice("\n".join(f"⚠ {a.model} stopped ({fmt.stop_reason(a)}); {m.model} writes instead."
                                   for a in stopped))
        self._show_member()
        caption = f"{who} {m.model} · " + (f"{fmt.STATUS_WORDS[fmt.look(m, over=over)]}…" if not (over or
                                                   m.status.finished) else fmt.member_detail(m, over=over))
        self.member.show_member(m, caption=caption, noun="synthesis", over=over)

    def _show_member(self) -> None:
        self.placeholder.hide()
        self.member.show()

    def _set_notice(self, text: str) -> None:
        if text != self.notice.text():
            self.notice.setText(text)
        self.notice.setVisible(bool(text))
