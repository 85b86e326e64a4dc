"""The multi-line prompt box: a *new* question (the question of the run on screen is shown with that run)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MIN_LINES, MAX_LINES = 2, 8  # it grows with its text between these; longer prompts scroll
PLACEHOLDER = QT_TRANSLATE_NOOP("PromptBox", "Ask the council a new question…  (Ctrl+Enter runs it, Esc cancels)")


class PromptBox(QPlainTextEdit):
    """Where a new question is typed. Ctrl+Enter runs it, Esc cancels, Tab moves focus on. Two lines high when
    empty, it grows with its text (up to eight lines), so the results keep the room.

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
        self.setPlaceholderText(QCoreApplication.translate("PromptBox", PLACEHOLDER))
        self.setAccessibleName(self.tr("New question"))
        self.setAccessibleDescription(self.tr("A new question for the council; the question of the run on screen is "
                                              "shown above its results. Ctrl+Enter runs the council."))
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def lines_shown(self) -> int:
        """How many lines of text the box makes room for now (between MIN_LINES and MAX_LINES)."""
        lines = int(self.document().documentLayout().documentSize().height())  # a plain layout counts lines
        return max(MIN_LINES, min(MAX_LINES, lines))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        doc_margin = 2 * int(self.document().documentMargin())
        return lines * self.fontMetrics().lineSpacing() + doc_margin + margins.top() + margins.bottom() + 2

    def _fit(self) -> None:
        height = self._height_for(self.lines_shown())
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(self.lines_shown()))

    def changeEvent(self, e: Any) -> None:
        super().changeEvent(e)
        if e.type() == e.Type.FontChange:  # the text-size setting or a style change
            self._fit()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.oldSize().width() != e.size().width():  # lines wrap differently
            self._fit()

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

