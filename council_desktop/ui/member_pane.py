"""One member's text in one stage: the answer growing while it streams (plain, cheap), Markdown once it is final, a
mark when the text is partial, and the reasoning, collapsed under the answer and counted apart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from council_desktop.council.state import MemberState, MemberStatus
from council_desktop.ui import fmt
from council_desktop.ui.markdown_pane import RENDER_DELAY_MS, MarkdownPane

FOLLOW_SLACK = 4  # pixels: a reader this close to the bottom is "at the bottom" and follows the text


# -- the pane's streaming API ---------------------------------------------------------------------------------
# ADAPTER: the safe Markdown pane (another branch) brings ``set_streaming_text`` / ``set_final_markdown`` with
# scroll-follow. Until it lands, these two functions give the same behaviour on the existing pane's API; once it
# has the methods, they only call them.

def stream_text(pane: MarkdownPane, text: str) -> None:
    """Show ``text`` (the whole text so far) as plain text, cheaply when it extends what is shown; the reader keeps
    their place unless they are at the bottom (then the view follows the text)."""
    method = getattr(pane, "set_streaming_text", None)
    if callable(method):
        method(text)
        return
    browser = pane.browser
    bar = browser.verticalScrollBar()
    follow = bar.value() >= bar.maximum() - FOLLOW_SLACK
    value = bar.value()
    old = pane.text
    if getattr(pane, "_live_plain", False) and text.startswith(old):
        if len(text) > len(old):
            cursor = QTextCursor(browser.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[len(old):])
            pane._text = text  # the pane's raw text (Copy): what set_plain would have stored
            pane.copy_button.setEnabled(True)
    else:
        pane.set_plain(text)
        pane._live_plain = True  # type: ignore[attr-defined]
    target = bar.maximum() if follow else value
    if bar.value() != target:  # (setting the same value still costs a scroll-bar repaint)
        bar.setValue(target)


def final_markdown(pane: MarkdownPane, text: str) -> None:
    """Show ``text`` as Markdown (rendered on a later loop turn, never in the caller's step); a reader who was
    reading the streamed text keeps their place, or stays at the bottom."""
    method = getattr(pane, "set_final_markdown", None)
    if callable(method):
        method(text)
        return
    bar = pane.browser.verticalScrollBar()
    follow = getattr(pane, "_live_plain", False) and bar.value() >= bar.maximum() - FOLLOW_SLACK and bar.value() > 0
    fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
    pane._live_plain = False  # type: ignore[attr-defined]
    pane.set_markdown(text)
    if pane.isVisible() and (follow or fraction):
        def restore() -> None:  # after the pane's own render timer (same interval, started first)
            bar.setValue(bar.maximum() if follow else round(fraction * bar.maximum()))

        QTimer.singleShot(RENDER_DELAY_MS + 1, pane, restore)


def visible_text_view(pane: MarkdownPane) -> Any:
    """The text view the pane shows now (tests and the benchmark read it)."""
    stack = getattr(pane, "stack", None)
    return stack.currentWidget() if stack is not None else pane.browser


class MemberPane(QWidget):
    """A member's text in one stage, from its :class:`MemberState` (see :meth:`show_member`)."""

    def __init__(self, name: str, parent: Any = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.name = name
        self.mark = QLabel()  # "◑ Partial — skipped by the user …"
        self.mark.setTextFormat(Qt.TextFormat.PlainText)
        self.mark.setWordWrap(True)
        self.mark.setAccessibleName(f"{name}: partial text")
        self.mark.hide()
        self.pane = MarkdownPane(name, large=large)
        self.reasoning_button = QToolButton()
        self.reasoning_button.setCheckable(True)
        self.reasoning_button.setChecked(False)
        self.reasoning_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reasoning_button.setArrowType(Qt.ArrowType.RightArrow)
        self.reasoning_button.setAutoRaise(True)
        self.reasoning_button.setAccessibleName(f"Show {name}: reasoning")
        self.reasoning_button.toggled.connect(self._on_reasoning_toggled)
        self.reasoning_button.hide()
        self.reasoning_view = QPlainTextEdit()
        self.reasoning_view.setReadOnly(True)
        self.reasoning_view.setAccessibleName(f"{name}: reasoning")
        self.reasoning_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
        self.reasoning_view.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.mark)
        lay.addWidget(self.pane, 1)
        lay.addWidget(self.reasoning_button)
        lay.addWidget(self.reasoning_view)
        self.member: MemberState | None = None
        self._shown: tuple[str, str] = ("", "")  # (how, text) last put in the pane
        self._reasoning = ""

    @property
    def mode(self) -> str:
        """How the text is shown: ``stream`` (plain, growing), ``final`` (Markdown), ``plain`` (a message)."""
        return self._shown[0]

    def show_member(self, m: MemberState, *, text: str | None = None, caption: str = "", noun: str = "answer",
                    over: bool = False) -> None:
        """Show ``m``: ``text`` replaces ``m.text`` (a review with real names); ``over``: the run has ended."""
        self.member = m
        text = m.text if text is None else text
        self.pane.set_caption(caption)
        stopped = m.status.finished and not m.done
        cut_off = over and not m.status.finished
        if m.done:
            self._put("final", text)
            self._set_mark("")
        elif text and (stopped or cut_off):
            self._put("final", text)
            mark = fmt.partial_mark(m, over=over).rstrip(".")
            self._set_mark(f"{fmt.GLYPHS['partial']} {mark[:1].upper()}{mark[1:]}. This is what it wrote before it "
                           "stopped.")
        elif stopped or cut_off:
            self._put("plain", f"{m.model} gave no {noun}: {fmt.stop_reason(m, over=over).rstrip('.')}.")
            self._set_mark("")
        elif text:
            self._put("stream", text)
            self._set_mark("")
        else:
            waiting = {MemberStatus.PENDING: "Not started yet.", MemberStatus.QUEUED: "Queued at its provider…",
                       MemberStatus.RETRYING: "Retrying…", MemberStatus.THINKING: "Thinking…"}
            self._put("plain", waiting.get(m.status, "Waiting for the first words…"))
            self._set_mark("")
        self._show_reasoning(m)

    def _put(self, how: str, text: str) -> None:
        if self._shown == (how, text):
            return
        if how == "stream":
            stream_text(self.pane, text)
        elif how == "final":
            final_markdown(self.pane, text)
        else:
            self.pane.set_plain(text)
            self.pane._live_plain = False  # type: ignore[attr-defined]
            self.pane.copy_button.setEnabled(False)
        self._shown = (how, text)

    def _set_mark(self, text: str) -> None:
        if text != self.mark.text():
            self.mark.setText(text)
        self.mark.setVisible(bool(text))

    def _show_reasoning(self, m: MemberState) -> None:
        reasoning = m.reasoning
        if not reasoning:
            self.reasoning_button.hide()
            return
        count = m.reasoning_tokens
        label = f"Reasoning · {count:,} token{'s' if count != 1 else ''}" if count else "Reasoning"
        if self.reasoning_button.text() != label:
            self.reasoning_button.setText(label)
        self.reasoning_button.show()
        if reasoning != self._reasoning:
            self._reasoning = reasoning
            if self.reasoning_button.isChecked():
                self._fill_reasoning()

    def _fill_reasoning(self) -> None:
        view = self.reasoning_view
        old = view.toPlainText()
        if old and self._reasoning.startswith(old):
            cursor = QTextCursor(view.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(self._reasoning[len(old):])
        else:
            view.setPlainText(self._reasoning)

    def _on_reasoning_toggled(self, shown: bool) -> None:
        self.reasoning_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.reasoning_button.setAccessibleName(f"{'Hide' if shown else 'Show'} {self.name}: reasoning")
        if shown:
            self._fill_reasoning()
        self.reasoning_view.setVisible(shown)

    # -- what tests and the window read ------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.pane.text

    def shown_text(self) -> str:
        view = visible_text_view(self.pane)
        return str(view.toPlainText())
