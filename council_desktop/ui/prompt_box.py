"""The multi-line prompt box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PromptBox(QPlainTextEdit):
    """Where the question is typed. Ctrl+Enter runs it, Esc cancels, Tab moves focus on.

    The window has the same shortcuts as actions; when the key reaches the editor first (no active window, or
    an input method), the editor asks for the same thing through its signals, so exactly one of them fires.

    Signals:
        submit_requested(): Ctrl+Enter was pressed in the box.
        cancel_requested(): Esc was pressed in the box.
    """

    submit_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt")
        self.setPlaceholderText("Ask the council a question…  (Ctrl+Enter runs it, Esc cancels)")
        self.setAccessibleName("Prompt")
        self.setAccessibleDescription("The question for the council. Ctrl+Enter runs the council.")
        self.setTabChangesFocus(True)
        fm = self.fontMetrics()
        self.setMinimumHeight(fm.lineSpacing() * 3 + 16)
        self.setMaximumHeight(fm.lineSpacing() * 7 + 16)  # long prompts scroll; the results get the room

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in SUBMIT_KEYS and e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit_requested.emit()
            return
        if e.key() == Qt.Key.Key_Escape and not e.modifiers():
            self.cancel_requested.emit()
            return
        super().keyPressEvent(e)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)
