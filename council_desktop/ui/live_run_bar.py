"""The way back to the live run: shown while the user looks at a past run and the run they started goes on (or
has just finished unseen). Browsing the history never disturbs the live run; this bar says where it is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from council_desktop.council.state import RunState
from council_desktop.ui.safe_text import plain
from council_desktop.ui.stage_progress import stage_text


def bar_text(state: RunState) -> str:
    """What the bar says about the live run ``state``."""
    if state.status == "running":
        return QCoreApplication.translate(
            "LiveRunBar", "You are looking at a past run. The council you started goes on: {stage}.").format(
            stage=stage_text(state))
    return QCoreApplication.translate(
        "LiveRunBar", "You are looking at a past run. The run you started has ended: {stage}.").format(
        stage=stage_text(state))


class LiveRunBar(QFrame):
    """``You are looking at a past run … [Back to the live run]``. The window connects :attr:`back_button`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveRunBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = plain(QLabel())
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Live run"))
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.back_button = QPushButton(self.tr("Back to the live run"))
        self.back_button.setAccessibleName(self.tr("Back to the live run"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 2, 8, 2)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.back_button)
        self.hide()

    def follow(self, state: RunState) -> None:
        text = bar_text(state)
        if text != self.label.text():
            self.label.setText(text)
        self.back_button.setText(self.tr("Back to the live run") if state.status == "running"
                                 else self.tr("Show the run you started"))
        self.back_button.setAccessibleName(self.back_button.text())
