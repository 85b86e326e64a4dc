"""Stage 3: the final answer, prominent — growing while the chairman writes it, then Markdown — with who wrote it,
whether the run was degraded, and a Copy button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from council_desktop.council.state import MemberState, MemberStatus, RunState, Synthesis
from council_desktop.ui import fmt
from council_desktop.ui.appearance import RelativeFont
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.member_pane import MemberPane
from council_desktop.ui.runner import Changes

# English constants (marked for translation, context "FinalView"), translated where they are shown.
SOURCE_WORDS = {"chairman": QT_TRANSLATE_NOOP("FinalView", "by the chairman"),
                "fallback_member": QT_TRANSLATE_NOOP("FinalView", "by a fallback member (the chairman failed)"),
                "best_answer": QT_TRANSLATE_NOOP("FinalView", "the best-ranked member's own answer (no synthesis could "
                                                              "be written)")}
EMPTY = QT_TRANSLATE_NOOP("FinalView", "Ask the council a question: its final answer appears here.")
AT_WORK = QT_TRANSLATE_NOOP("FinalView", "The council is at work. The chairman's final answer appears here as it is "
                                         "written, after the answers (stage 1) and the peer review (stage 2).")
NO_ANSWER = {"failed": QT_TRANSLATE_NOOP("FinalView", "No final answer: the run failed."),
             "cancelled": QT_TRANSLATE_NOOP("FinalView", "No final answer: the run was cancelled."),
             "interrupted": QT_TRANSLATE_NOOP("FinalView", "No final answer: the run was interrupted.")}


def heading(state: RunState, model: str | None = None) -> str:
    """``Final answer — model``; a degraded run says so in the heading itself."""
    if model:
        if state.degraded:
            return QCoreApplication.translate("FinalView", "Final answer (degraded) — {model}").format(model=model)
        return QCoreApplication.translate("FinalView", "Final answer — {model}").format(model=model)
    if state.degraded:
        return QCoreApplication.translate("FinalView", "Final answer (degraded)")
    return QCoreApplication.translate("FinalView", "Final answer")


def synthesis_caption(s: Synthesis) -> str:
    if s.source == "chairman":
        by = QCoreApplication.translate("FinalView", "by the chairman {model}").format(model=s.chairman)
    else:
        by = QCoreApplication.translate("FinalView", SOURCE_WORDS[s.source]) if s.source in SOURCE_WORDS else s.source
    parts = [by]
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
        self.setAccessibleName(self.tr("Final answer"))
        self.title = QLabel(self.tr("Final answer"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Final answer heading"))
        self.title.setWordWrap(True)
        RelativeFont(self.title, 1.3, bold=True)  # follows the text-size setting
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Final answer notice"))
        self.notice.hide()
        self.member = MemberPane(self.tr("the final answer"), large=True)
        self.pane = self.member.pane
        self.pane.set_copy_text(self.tr("Copy final answer"))
        self.placeholder = QLabel()  # the empty state: says what will appear here, and when
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAccessibleName(self.tr("Final answer status"))
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
        self.show_placeholder(QCoreApplication.translate("FinalView", EMPTY))

    @property
    def writing(self) -> bool:
        """The chairman (or its fallback) is writing: the pane shows live text."""
        return self.member.isVisibleTo(self) and self.member.mode == "stream"

    def show_placeholder(self, text: str) -> None:
        self.title.setText(self.tr("Final answer"))
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
            notices = [self.tr("Degraded: {reasons}.").format(reasons="; ".join(state.degraded_reasons))
                       ] if state.degraded else []
            if s.notice:
                notices.append(core_text(s.notice))
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
            self.show_placeholder(
                self.tr("This run asked for the answers and their peer review only: no final answer is written.")
                if 2 in state.stage_numbers else
                self.tr("This run asked for the answers only: no final answer is written."))
            return
        if m is None:
            self.show_placeholder(self._no_answer(state) if over else QCoreApplication.translate("FinalView", AT_WORK))
            return
        if over and not m.text:
            self.show_placeholder(self._no_answer(state))
            return
        self.title.setText(heading(state, m.model))
        stopped = [a for a in state.stage3 if a is not m and a.status.finished and not a.done]
        self._set_notice("\n".join(self.tr("⚠ {model} stopped ({reason}); {writer} writes instead.").format(
            model=a.model, reason=fmt.stop_reason(a), writer=m.model) for a in stopped))
        self._show_member()
        if not (over or m.status.finished):
            detail = f"{fmt.status_word(fmt.look(m, over=over))}…"
        else:
            detail = fmt.member_detail(m, over=over)
        if m.model == state.chairman:
            caption = self.tr("the chairman {model} · {detail}").format(model=m.model, detail=detail)
        else:
            caption = self.tr("a fallback member {model} · {detail}").format(model=m.model, detail=detail)
        self.member.show_member(m, caption=caption, noun="synthesis", over=over)

    def _no_answer(self, state: RunState) -> str:
        """Why the run shown has no final answer (it is over)."""
        if state.status in NO_ANSWER:
            return QCoreApplication.translate("FinalView", NO_ANSWER[state.status])
        return self.tr("No final answer.")

    def _show_member(self) -> None:
        self.placeholder.hide()
        self.member.show()

    def _set_notice(self, text: str) -> None:
        if text != self.notice.text():
            self.notice.setText(text)
        self.notice.setVisible(bool(text))
