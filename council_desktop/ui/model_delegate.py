"""Paints one model row: status glyph, name, live detail and a small Skip button while it runs."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from council_desktop.ui.model_list_model import Role

Index = QModelIndex | QPersistentModelIndex
PAD = 8


class ModelRowDelegate(QStyledItemDelegate):
    """Signals:
    skip_clicked(str): the Skip button of a running row was clicked (the model id).
    """

    skip_clicked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.phase = 0.0  # 0..1, advanced by the view while a row is generating
        self._elide_cache: dict[tuple[str, int], str] = {}

    # -- geometry ------------------------------------------------------------------------------------------
    @staticmethod
    def skip_rect(rect: QRect, fm: QFontMetrics) -> QRect:
        w = fm.horizontalAdvance("Skip") + 2 * PAD
        h = fm.height() + 4
        return QRect(rect.right() - PAD - w, rect.center().y() - h // 2 + 1, w, h)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = option.fontMetrics
        return QSize(fm.horizontalAdvance("x" * 32), 2 * fm.lineSpacing() + 12)

    # -- painting ------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Two lines: glyph + model name (+ Skip button while running); below, the status in words."""
        # Lean on purpose: no initStyleOption (a dozen model lookups per row); this runs 8 times a second.
        opt = option
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        row = index.data(Role.ROW)
        if row is None:
            return
        pal: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = pal.color(text_role)
        dim = QColor(text_color) if selected else pal.color(QPalette.ColorRole.PlaceholderText)
        status = row.status
        glyph = row.glyph
        model = row.model
        detail = row.detail()
        running = row.running
        fm = opt.fontMetrics
        r = opt.rect.adjusted(PAD, 6, -PAD, -6)
        line = fm.lineSpacing()
        top = QRect(r.left(), r.top(), r.width(), line)
        bottom = QRect(r.left(), r.top() + line, r.width(), line)

        painter.save()
        # glyph: the generating dot pulses gently; its shape and the words below already say the state
        gw = fm.horizontalAdvance("●") + PAD
        glyph_color = QColor(text_color)
        if status == "generating" and not selected:
            glyph_color = QColor(pal.color(QPalette.ColorRole.Highlight))
            glyph_color.setAlphaF(0.45 + 0.55 * (0.5 + 0.5 * math.cos(2 * math.pi * self.phase)))
        elif status == "pending":
            glyph_color = dim
        painter.setPen(glyph_color)
        painter.drawText(QRect(top.left(), top.top(), gw, line), Qt.AlignmentFlag.AlignVCenter, glyph)

        right = r.right()
        if running:
            btn = self.skip_rect(opt.rect, fm)
            right = btn.left() - PAD
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.setBrush(pal.color(QPalette.ColorRole.Button))
            painter.drawRoundedRect(btn.adjusted(0, 0, -1, -1), 4, 4)
            painter.setPen(pal.color(QPalette.ColorRole.ButtonText))
            painter.drawText(btn, Qt.AlignmentFlag.AlignCenter, "Skip")

        left = top.left() + gw
        width = max(0, right - left)
        painter.setPen(text_color)
        name = self._elided(fm, model, width)
        painter.drawText(QRect(left, top.top(), width, line), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setPen(text_color if status in ("failed", "partial") else dim)
        shown = fm.elidedText(detail, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, bottom.top(), width, line), Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()

    def _elided(self, fm: QFontMetrics, text: str, width: int) -> str:
        key = (text, width)
        cached = self._elide_cache.get(key)
        if cached is None:
            if len(self._elide_cache) > 512:
                self._elide_cache.clear()
            cached = self._elide_cache[key] = fm.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
        return cached

    # -- the Skip button -----------------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: Index) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and (row := index.data(Role.ROW)) is not None and row.running
                and self.skip_rect(option.rect, option.fontMetrics).contains(event.position().toPoint())):
            self.skip_clicked.emit(index.data(Role.MODEL))
            return True
        return super().editorEvent(event, model, option, index)
