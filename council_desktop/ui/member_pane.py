"""One member's text in one stage: the answer growing while it streams (plain, cheap), Markdown once it is final, a
mark when the text is partial, and the reasoning, collapsed under the answer and counted apart.

The answer itself is a :class:`MarkdownPane`: ``set_streaming_text`` while it grows (the reader keeps their place
unless at the bottom, then follows), ``set_final_markdown`` once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from council_desktop.council.state import MemberState, MemberStatus
from council_desktop.ui import fmt
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.live_text import LiveTextView
from council_desktop.ui.markdown_pane import MarkdownPane

# What the pane says when a member stopped without writing anything, by what it was asked for (``noun``).
NO_TEXT = {"answer": QT_TRANSLATE_NOOP("MemberPane", "{model} gave no answer: {reason}."),
           "review": QT_TRANSLATE_NOOP("MemberPane", "{model} gave no review: {reason}."),
           "synthesis": QT_TRANSLATE_NOOP("MemberPane", "{model} gave no synthesis: {reason}.")}
# The live view's placeholder while a member has not written yet, by its status (else WAITING_WORDS).
WAITING = {MemberStatus.PENDING: QT_TRANSLATE_NOOP("MemberPane", "Not started yet."),
           MemberStatus.QUEUED: QT_TRANSLATE_NOOP("MemberPane", "Queued at its provider…"),
           MemberStatus.RETRYING: QT_TRANSLATE_NOOP("MemberPane", "Retrying…"),
           MemberStatus.THINKING: QT_TRANSLATE_NOOP("MemberPane", "Thinking…")}
WAITING_WORDS = QT_TRANSLATE_NOOP("MemberPane", "Waiting for the first words…")


def visible_text_view(pane: MarkdownPane) -> Any:
    """The text view the pane shows now: its live plain view, or its formatted one (tests, the benchmark)."""
    return pane.stack.currentWidget()


class MemberPane(QWidget):
    """A member's text in one stage, from its :class:`MemberState` (see :meth:`show_member`)."""

    def __init__(self, name: str, parent: Any = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.mark = QLabel()  # "◑ Partial — skipped by the user …"
        self.mark.setTextFormat(Qt.TextFormat.PlainText)
        self.mark.setWordWrap(True)
        self.mark.hide()
        self.pane = MarkdownPane(name, large=large)
        self.pane.live.setPlaceholderText(QCoreApplication.translate("MemberPane", WAITING_WORDS))
        self.reasoning_button = QToolButton()
        self.reasoning_button.setCheckable(True)
        self.reasoning_button.setChecked(False)
        self.reasoning_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reasoning_button.setArrowType(Qt.ArrowType.RightArrow)
        self.reasoning_button.setAutoRaise(True)
        self.reasoning_button.toggled.connect(self._on_reasoning_toggled)
        self.reasoning_button.hide()
        self.reasoning_view = LiveTextView()  # plain, appended in bounded slices like a streaming answer
        self.rename(name)
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
        self._reasoning_shown = ""  # what the (expanded) reasoning view has

    def rename(self, name: str) -> None:
        """Name the pane: ``name`` is what a screen reader calls it and its parts (``{model}'s answer``)."""
        self.name = name
        self.mark.setAccessibleName(self.tr("{name}: partial text").format(name=name))
        self.reasoning_button.setAccessibleName(self.tr("Show {name}: reasoning").format(name=name))
        self.reasoning_view.setAccessibleName(self.tr("{name}: reasoning").format(name=name))
        self.pane.rename(name)

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
            what = fmt.remedy(m)
            text_mark = self.tr("{glyph} {mark}. This is what it wrote before it stopped.").format(
                glyph=fmt.GLYPHS["partial"], mark=f"{mark[:1].upper()}{mark[1:]}")
            if what:
                text_mark += " " + self.tr("What you can do: {remedy}").format(remedy=what)
            self._set_mark(text_mark)
        elif stopped or cut_off:
            what = fmt.remedy(m)
            reason = fmt.stop_reason(m, over=over).rstrip(".")
            if noun in NO_TEXT:
                message = QCoreApplication.translate("MemberPane", NO_TEXT[noun]).format(model=m.model, reason=reason)
            else:
                message = self.tr("{model} gave no {noun}: {reason}.").format(model=m.model, noun=noun, reason=reason)
            if what:
                message += "\n\n" + self.tr("What you can do: {remedy}").format(remedy=what)
            self._put("plain", message)
            self._set_mark("")
        else:
            # Also before the first words: an empty live view (its placeholder says what it waits for) that the
            # reader follows from the start.
            placeholder = QCoreApplication.translate("MemberPane", WAITING.get(m.status, WAITING_WORDS))
            if self.pane.live.placeholderText() != placeholder:
                self.pane.live.setPlaceholderText(placeholder)
            self._put("stream", text)
            self._set_mark("")
        self._show_reasoning(m)

    def _put(self, how: str, text: str) -> None:
        if self._shown == (how, text):
            return
        if how == "stream":
            self.pane.set_streaming_text(text)
        elif how == "final":
            self.pane.set_final_markdown(text)
        else:
            self.pane.set_plain(text)
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
        if not count:
            label = self.tr("Reasoning")
        elif count == 1:
            label = self.tr("Reasoning · {count} token").format(count=f"{count:,}")
        else:
            label = self.tr("Reasoning · {count} tokens").format(count=f"{count:,}")
        if self.reasoning_button.text() != label:
            self.reasoning_button.setText(label)
        self.reasoning_button.show()
        if reasoning != self._reasoning:
            self._reasoning = reasoning
            if self.reasoning_button.isChecked():
                self._fill_reasoning()

    def _fill_reasoning(self) -> None:
        shown, text = self._reasoning_shown, self._reasoning
        if shown and text.startswith(shown):
            self.reasoning_view.append_text(text[len(shown):])
        else:
            self.reasoning_view.set_text(text)
        self._reasoning_shown = text

    def _on_reasoning_toggled(self, shown: bool) -> None:
        self.reasoning_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.reasoning_button.setAccessibleName((self.tr("Hide {name}: reasoning") if shown
                                                 else self.tr("Show {name}: reasoning")).format(name=self.name))
        if shown:
            self._fill_reasoning()
        self.reasoning_view.setVisible(shown)

    # -- what tests and the window read ------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.pane.text

    def shown_text(self) -> str:
        return self.pane.shown_text()
