"""The question of the run on screen, above its results: a run shown (live or reopened) always shows its own
question, whatever the prompt box holds (the prompt box is for the next question)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from council_desktop.ui.safe_text import plain

SHORT_CHARS, SHORT_LINES = 280, 3  # a longer question is shown cut, with "Show all"


def shorten(text: str, chars: int = SHORT_CHARS, lines: int = SHORT_LINES) -> str:
    """The start of ``text``: at most ``lines`` lines and ``chars`` characters, "…" where it was cut."""
    kept = text.strip().split("\n")[:lines]
    short = "\n".join(kept)
    if len(short) > chars:
        short = short[:chars].rstrip()
    return short if short == text.strip() else short.rstrip() + " …"


class QuestionBar(QWidget):
    """``Question:`` and the run's prompt (cut to three lines, "Show all" for the rest), and "Edit as new
    question", which copies it into the prompt box.

    Signals:
        reuse_requested(str): the user wants this question in the prompt box (to edit and ask again).
    """

    reuse_requested = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionBar")
        self.heading = QLabel(self.tr("Question:"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text = plain(QLabel())  # the user's own text: never rich text
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setAccessibleName(self.tr("Question of the run on screen"))
        self.more_button = QPushButton(self.tr("Show all"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Show the whole question"))
        self.more_button.toggled.connect(self._on_more_toggled)
        self.reuse_button = QPushButton(self.tr("Edit as new question"))
        self.reuse_button.setAccessibleName(self.tr("Edit this question as a new question"))
        self.reuse_button.setToolTip(self.tr("Copy this question into the prompt box, to change it and ask again"))
        self.reuse_button.clicked.connect(lambda: self.reuse_requested.emit(self.prompt))
        buttons = self._buttons = QHBoxLayout()  # one row: the question keeps the lines
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.reuse_button)
        buttons.addStretch(0)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.text, 1)
        lay.addLayout(buttons)
        lay.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.prompt = ""
        self.hide()

    def add_button(self, button: QWidget) -> None:
        """Another button for the run on screen, in this bar's column (saves the run area a row)."""
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def show_question(self, prompt: str) -> None:
        """Show ``prompt`` (an empty one hides the bar)."""
        if prompt == self.prompt and self.isVisibleTo(self.parentWidget()) == bool(prompt):
            return
        self.prompt = prompt
        self.more_button.blockSignals(True)
        self.more_button.setChecked(False)
        self.more_button.blockSignals(False)
        self._show_text()
        self.setVisible(bool(prompt.strip()))

    def shown_text(self) -> str:
        return self.text.text()

    def _show_text(self) -> None:
        short = shorten(self.prompt)
        cut = short != self.prompt.strip()
        self.more_button.setVisible(cut)
        self.more_button.setText(self.tr("Show less") if self.more_button.isChecked() else self.tr("Show all"))
        self.text.setText(self.prompt.strip() if self.more_button.isChecked() or not cut else short)

    def _on_more_toggled(self, _checked: bool) -> None:
        self._show_text()
