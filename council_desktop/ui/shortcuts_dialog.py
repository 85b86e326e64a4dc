"""Help → Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS = (
    ("Ctrl+Enter", "Run the council on the prompt"),
    ("Esc", "Cancel the running council"),
    ("Delete", "Skip the selected model (in the model list)"),
    ("Shift+F10 / Menu key", "Open the selected model's menu (skip, copy id)"),
    ("Ctrl+L", "Focus the prompt"),
    ("Ctrl+1 / Ctrl+2 / Ctrl+3", "Show the final answer / the answers / the peer review"),
    ("Ctrl+Shift+C", "Copy the final answer"),
    ("Ctrl+H", "Show or hide the history"),
    ("Ctrl+,", "Settings (key, council, providers, timeouts)"),
    ("F1", "This list"),
    ("Tab / Shift+Tab", "Move between controls"),
    ("Ctrl+Q", "Quit (a running council is cancelled first)"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, (keys, what) in enumerate(SHORTCUTS):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(560, 420)
