"""The aggregate ranking after peer review: average rank, votes, Borda points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from council_desktop.council.state import AggregateEntry

HEADERS = ("#", "Model", "Average rank", "Votes", "Borda")


class AggregateTable(QTableWidget):
    """One row per member, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels(list(HEADERS))
        self.setAccessibleName("Aggregate ranking")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def show_entries(self, entries: list[AggregateEntry]) -> None:
        self.setRowCount(len(entries))
        for r, e in enumerate(entries):
            avg = "—" if e.average_rank is None else f"{e.average_rank:.2f}"
            cells = (str(e.position), e.model, avg, str(e.votes), str(e.borda))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        rows = max(1, len(entries))
        self.setFixedHeight(self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize() + 4)

    def rows(self) -> list[list[str]]:
        return [[(item.text() if (item := self.item(r, c)) is not None else "") for c in range(self.columnCount())]
                for r in range(self.rowCount())]
