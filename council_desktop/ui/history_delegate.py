"""Paints one history row: the group it opens (Pinned, Today, …) above it; then its status icon and title, and
below the title when it ran, its status in words (unless complete), the size of its council and its cost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from council_desktop.ui import fmt
from council_desktop.ui.history_model import HistoryListModel, short_date, status_word

Index = QModelIndex | QPersistentModelIndex
PAD = 6
ICON = 18


def row_cost(cost: float | None) -> str:
    """The cost shown on the row: ``$0.0037``, ``free`` for a reported zero; nothing when unknown."""
    if cost is None:
        return ""
    return QCoreApplication.translate("HistoryRowDelegate", "free") if cost == 0 else fmt.cost(cost)


def row_details(summary: Any) -> str:
    """The second line: when, the status in words unless complete, the council's size."""
    n = len(summary.members)
    parts = [short_date(summary.created_at)]
    if summary.status != "complete" or summary.degraded:
        parts.append(status_word(summary))
    parts.append(QCoreApplication.translate("HistoryRowDelegate", "{n} model").format(n=n) if n == 1
                 else QCoreApplication.translate("HistoryRowDelegate", "{n} models").format(n=n))
    return " · ".join(parts)


class HistoryRowDelegate(QStyledItemDelegate):
    """Two-line rows with a group heading where a group starts; F2 edits the title on the title line."""

    def _head_height(self, fm: QFontMetrics) -> int:
        return fm.height() + 2 * PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = option.fontMetrics
        height = 2 * fm.lineSpacing() + 2 * PAD
        if index.data(HistoryListModel.GroupRole):
            height += self._head_height(fm)
        return QSize(fm.horizontalAdvance("x" * 24), height)

    def _row_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect:
        rect = QRect(option.rect)
        if index.data(HistoryListModel.GroupRole):
            rect.setTop(rect.top() + self._head_height(option.fontMetrics))
        return rect

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary = index.data(HistoryListModel.SummaryRole)
        if summary is None:
            return super().paint(painter, option, index)
        fm = option.fontMetrics
        pal = option.palette
        group = index.data(HistoryListModel.GroupRole)
        painter.save()
        if group:
            head = QRect(option.rect.left() + PAD, option.rect.top() + PAD, option.rect.width() - 2 * PAD,
                         fm.height())
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(group))
            painter.setFont(option.font)
        rect = self._row_rect(option, index)
        row_opt = QStyleOptionViewItem(option)
        row_opt.rect = rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or option.state & QStyle.StateFlag.State_MouseOver:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, row_opt, painter, widget)
        text = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = text if selected else pal.color(QPalette.ColorRole.PlaceholderText)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        left = rect.left() + PAD
        if icon is not None:
            mode = icon.Mode.Selected if selected else icon.Mode.Normal
            icon.paint(painter, QRect(left, rect.top() + (rect.height() - ICON) // 2, ICON, ICON),
                       Qt.AlignmentFlag.AlignCenter, mode)
        left += ICON + PAD
        width = rect.right() - PAD - left
        line = fm.lineSpacing()
        top = rect.top() + PAD
        cost = row_cost(summary.cost)
        cost_w = fm.horizontalAdvance(cost) + PAD if cost else 0
        painter.setPen(text)
        title = fm.elidedText(summary.title, Qt.TextElideMode.ElideRight, max(0, width))
        painter.drawText(QRect(left, top, width, line), int(Qt.AlignmentFlag.AlignVCenter), title)
        painter.setPen(dim)
        room = max(0, width - cost_w)
        details = fm.elidedText(row_details(summary), Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(left, top + line, room, line), int(Qt.AlignmentFlag.AlignVCenter), details)
        if cost:  # the cost at the end of the second line: the title keeps the whole first line
            painter.drawText(QRect(left, top + line, width, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), cost)
        painter.restore()
        return None

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = self._row_rect(option, index)
        left = rect.left() + PAD + ICON + PAD
        editor.setGeometry(QRect(left, rect.top() + PAD // 2, rect.right() - PAD - left,
                                 option.fontMetrics.lineSpacing() + PAD))
