"""The aggregate ranking after peer review: rank (ties shown as ties), average rank, votes, Borda points."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from council_desktop.council.state import AggregateEntry, MemberState
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

# English (context "AggregateTable"), translated where the table shows them.
HEADERS = (QT_TRANSLATE_NOOP("AggregateTable", "Rank"), QT_TRANSLATE_NOOP("AggregateTable", "Model"),
           QT_TRANSLATE_NOOP("AggregateTable", "Average rank"), QT_TRANSLATE_NOOP("AggregateTable", "Votes"),
           QT_TRANSLATE_NOOP("AggregateTable", "Borda"))
TIPS = (QT_TRANSLATE_NOOP("AggregateTable", "Place after peer review; “=1” means tied for first (= marks a tie), "
                                            "“—” that no review ranked it"),
        QT_TRANSLATE_NOOP("AggregateTable", "The council member whose answer was ranked"),
        QT_TRANSLATE_NOOP("AggregateTable", "The mean of the places the reviews gave it (1 is best); lower is better"),
        QT_TRANSLATE_NOOP("AggregateTable", "How many reviews ranked it"),
        QT_TRANSLATE_NOOP("AggregateTable", "Borda points: in a ranking of n answers, first place earns n − 1 "
                                            "points, last earns 0; higher is better"))


def reviews_used(reviews: Sequence[MemberState]) -> int:
    """How many finished reviews gave a ranking that could be read (the aggregate counts only those)."""
    return sum(1 for r in reviews if r.done and r.review is not None and r.review.ranking_models)


def rank_text(entry: AggregateEntry, tied: bool) -> str:
    """``1``, ``=1`` for a tie, ``—`` when no review ranked it."""
    if entry.rank is None or not entry.votes:
        return "—"
    return f"={entry.rank}" if tied else str(entry.rank)


class AggregateTable(QTableWidget):
    """One row per member, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("AggregateTable", h) for h in HEADERS])
        for c, tip in enumerate(TIPS):
            item = self.horizontalHeaderItem(c)
            if item is not None:
                item.setToolTip(QCoreApplication.translate("AggregateTable", tip))
        self.setAccessibleName(self.tr("Aggregate ranking"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def show_entries(self, entries: list[AggregateEntry]) -> None:
        self.setRowCount(len(entries))
        shared = Counter(e.rank for e in entries if e.rank is not None and e.votes)
        for r, e in enumerate(entries):
            voted = e.votes > 0
            avg = "—" if e.average_rank is None or not voted else f"{e.average_rank:.2f}"
            tied = e.rank is not None and shared[e.rank] > 1
            cells = (rank_text(e, tied), e.model, avg, str(e.votes) if voted else "—", str(e.borda) if voted else "—")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        rows = max(1, len(entries))
        row = self.verticalHeader().defaultSectionSize()
        # As tall as its rows, at most; the review splitter may make it smaller (it scrolls then).
        self._natural = self.horizontalHeader().height() + rows * row + 4
        self.setMaximumHeight(self._natural)
        self.setMinimumHeight(min(self._natural, self.horizontalHeader().height() + row + 4))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), getattr(self, "_natural", super().sizeHint().height()))

    def rows(self) -> list[list[str]]:
        return [[(item.text() if (item := self.item(r, c)) is not None else "") for c in range(self.columnCount())]
                for r in range(self.rowCount())]
