"""One answer rendered as Markdown (Qt's own), with a Copy button. Rendered once, when first shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPalette,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

# A timer (not a 0 ms posted call): the render runs in its own loop turn, apart from the paint of the page
# that was just shown and from the paint of the rendered text, so no single turn takes a frame.
RENDER_DELAY_MS = 5


def render_markdown(browser: QTextBrowser, text: str) -> None:
    """Render ``text`` and give fenced code blocks a fixed-pitch font on a palette-tinted background."""
    browser.setMarkdown(text)
    doc = browser.document()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    bg = browser.palette().color(QPalette.ColorRole.AlternateBase)
    block = doc.begin()
    cursor = None
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
            cursor = cursor or QTextCursor(doc)
            cursor.setPosition(block.position())
            fmt.setBackground(bg)
            fmt.setLeftMargin(max(fmt.leftMargin(), 6))
            cursor.setBlockFormat(fmt)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cf = QTextCharFormat()
            cf.setFontFamilies([fixed.family()])
            cf.setFontFixedPitch(True)
            cursor.mergeCharFormat(cf)
        block = block.next()


class MarkdownPane(QWidget):
    """A read-only Markdown view of one text, a one-line caption, and a Copy button for the raw text."""

    def __init__(self, name: str, parent: Any = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self._text = ""
        self._dirty = False
        self.caption = QLabel()
        self.caption.setAccessibleName(f"{name} details")
        self.caption.setWordWrap(True)
        self.copy_button = QPushButton("Copy")
        self.copy_button.setAccessibleName(f"Copy {name}")
        self.copy_button.setToolTip(f"Copy {name} to the clipboard (as Markdown)")
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(name)
        if large:
            font = QFont(self.browser.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            self.browser.setFont(font)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.browser, 1)

    @property
    def text(self) -> str:
        return self._text

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)

    def set_markdown(self, text: str) -> None:
        """Keep ``text``; render it on the next loop turn if visible, else when first shown.

        Rendering is never done inside the caller's step, so a stage ending does not stall the window.
        """
        self._text = text
        self.copy_button.setEnabled(bool(text))
        self._dirty = True
        if self.isVisible():
            QTimer.singleShot(RENDER_DELAY_MS, self, self.render_now)

    def set_plain(self, text: str) -> None:
        self._text = text
        self._dirty = False
        self.copy_button.setEnabled(bool(text))
        self.browser.setPlainText(text)

    def render_now(self) -> None:
        if self._dirty:
            self._dirty = False
            render_markdown(self.browser, self._text)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._dirty:
            QTimer.singleShot(RENDER_DELAY_MS, self, self.render_now)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
