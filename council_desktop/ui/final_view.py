"""Stage 3: the final answer, prominent, with who wrote it and a Copy button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from council_desktop.council.state import Synthesis
from council_desktop.ui import fmt
from council_desktop.ui.markdown_pane import MarkdownPane
from council_desktop.ui.safe_text import plain

SOURCE_WORDS = {"chairman": "by the chairman", "fallback_member": "by a fallback member (the chairman failed)",
                "best_answer": "the best-ranked member's own answer (no synthesis could be written)"}


class FinalView(QWidget):
    """The chairman's synthesis (or its fallback)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Final answer")
        self.title = plain(QLabel("Final answer"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.notice = plain(QLabel())  # server text (the chairman's error)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Final answer notice")
        self.notice.hide()
        self.pane = MarkdownPane("the final answer", large=True)
        self.pane.copy_button.setText("Copy final answer")
        self.placeholder = QLabel()  # the empty state: says what will appear here, and when
        self.placeholder.setAccessibleName("Final answer status")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.placeholder.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.placeholder.setFont(font)
        self.placeholder.setMargin(24)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.notice)
        lay.addWidget(self.pane, 1)
        lay.addWidget(self.placeholder, 1)
        self.show_placeholder("The final answer appears here when the chairman has written it.")

    def show_placeholder(self, text: str) -> None:
        self.title.setText("Final answer")
        self.notice.hide()
        self.pane.set_caption("")
        self.pane.set_plain("")
        self.pane.copy_button.setEnabled(False)
        self.pane.hide()
        self.placeholder.setText(text)
        self.placeholder.show()

    def show_synthesis(self, s: Synthesis) -> None:
        self.title.setText(f"Final answer — {s.model}")
        parts = [SOURCE_WORDS.get(s.source, s.source)]
        if s.source == "chairman":
            parts = [f"by the chairman {s.chairman}"]
        parts += [fmt.tokens(s.token_count, exact=s.exact_tokens) if s.token_count else "",
                  fmt.duration(s.duration_ms), fmt.cost(s.cost)]
        self.pane.set_caption(" · ".join(p for p in parts if p))
        if s.notice:
            self.notice.setText(f"⚠ {s.notice}")
            self.notice.show()
        else:
            self.notice.hide()
        self.placeholder.hide()
        self.pane.show()
        self.pane.set_markdown(s.text)
