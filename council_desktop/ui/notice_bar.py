"""A one-line notice with a button, for what just happened and the one thing to do next ("Exported to …
[Open folder]"). It stays until closed or replaced: a path is read, not glimpsed in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from council_desktop.ui.safe_text import plain


class NoticeBar(QFrame):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = plain(QLabel())  # may hold a path: plain text
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Notice"))
        self.action_button = QPushButton()
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the notice"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 2, 8, 2)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.action_button)
        lay.addWidget(self.close_button)
        self._action: Callable[[], Any] | None = None
        self.action_button.clicked.connect(self._on_action_clicked)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_notice(self, text: str, action_text: str | None = None,
                    action: Callable[[], Any] | None = None) -> None:
        self.label.setText(text)
        self._action = action
        self.action_button.setVisible(action is not None)
        if action_text:
            self.action_button.setText(action_text)
            self.action_button.setAccessibleName(action_text)
        self.show()

    def _on_action_clicked(self) -> None:
        if self._action is not None:
            self._action()
