"""The multi-line prompt box."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPlainTextEdit


class PromptBox(QPlainTextEdit):
    """Where the question is typed. Ctrl+Enter (a window shortcut) runs it; Tab moves focus on."""

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

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)
