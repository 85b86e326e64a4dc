"""Paints one model row: status glyph, name, live detail and a small Skip button while it runs."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from council_desktop.ui.model_list_model import Role

Index = QModelIndex | QPersistentModelIndex
PAD = 8
_SELECTED = QStyle.StateFlag.State_Selected
_HOVER = QStyle.StateFlag.State_MouseOver


@dataclass(frozen=True, slots=True)
class _Colors:
    text: QColor
    dim: QColor
    highlight: QColor
    mid: QColor
    button: QColor
    button_text: QColor


class ModelRowDelegate(QStyledItemDelegate):
    """Signals:
    skip_clicked(str): the Skip button of a running row was clicked (the model id).
    """

    skip_clicked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.phase = 0.0  # 0..1, advanced by the view while a row is generating
        self._elide_cache: dict[tuple[str, int], str] = {}
        self._color_cache: dict[tuple[int, bool], _Colors] = {}
        self._glyph_widths: dict[int, int] = {}

    # -- geometry ------------------------------------------------------------------------------------------
    @staticmethod
    def skip_rect(rect: QRect, fm: QFontMetrics) -> QRect:
        w = fm.horizontalAdvance(QCoreApplication.translate("ModelRowDelegate", "Skip")) + 2 * PAD
        h = fm.height() + 4
        return QRect(rect.right() - PAD - w, rect.center().y() - h // 2 + 1, w, h)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = option.fontMetrics
        return QSize(fm.horizontalAdvance("x" * 32), 2 * fm.lineSpacing() + 12)

    # -- painting ------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Two lines: glyph + model name (+ Skip button while running); below, the status in words."""
        # Lean on purpose (this runs for every row 8 times a second while a council streams): no initStyleOption,
        # no QRect objects, colours looked up once per palette, the item panel only when it shows something.
        opt = option
        state = opt.state
        selected = bool(state & _SELECTED)
        if selected or state & _HOVER:
            widget = opt.widget
            style = widget.style() if widget is not None else QApplication.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        row = index.data(Role.ROW)
        if row is None:
            return
        colors = self._colors(opt.palette, selected)
        status = row.status
        fm = opt.fontMetrics
        rect = opt.rect
        left, top = rect.left() + PAD, rect.top() + 6
        width_all = rect.width() - 2 * PAD
        line = fm.lineSpacing()
        # Text is drawn at its baseline: drawText into a rectangle lays each string out again (≈40 % dearer).
        base = top + (line - fm.height()) // 2 + fm.ascent()
        # glyph: the generating dot pulses gently; its shape and the words below already say the state
        gw = self._glyph_width(fm)
        if status == "generating" and not selected:
            glyph_color = QColor(colors.highlight)
            glyph_color.setAlphaF(0.45 + 0.55 * (0.5 + 0.5 * math.cos(2 * math.pi * self.phase)))
        else:
            glyph_color = colors.dim if status == "pending" else colors.text
        painter.setPen(glyph_color)
        painter.drawText(left, base, row.glyph)
        right = left + width_all
        if row.running:
            btn = self.skip_rect(rect, fm)
            right = btn.left() - PAD
            painter.setPen(colors.mid)
            painter.setBrush(colors.button)
            painter.drawRoundedRect(btn.adjusted(0, 0, -1, -1), 4, 4)
            painter.setPen(colors.button_text)
            skip = self.tr("Skip")
            painter.drawText(btn.left() + (btn.width() - fm.horizontalAdvance(skip)) // 2,
                             btn.top() + (btn.height() - fm.height()) // 2 + fm.ascent(), skip)
        x = left + gw
        width = max(0, right - x)
        painter.setPen(colors.text)
        painter.drawText(x, base, self._elided(fm, row.model, width))
        painter.setPen(colors.text if status in ("failed", "partial") else colors.dim)
        detail = row.detail()
        if fm.horizontalAdvance(detail) > width:
            detail = fm.elidedText(detail, Qt.TextElideMode.ElideRight, width)
        painter.drawText(x, base + line, detail)

    def _colors(self, pal: QPalette, selected: bool) -> _Colors:
        key = (pal.cacheKey(), selected)
        colors = self._color_cache.get(key)
        if colors is None:
            if len(self._color_cache) > 8:
                self._color_cache.clear()
            role = QPalette.ColorRole
            text = pal.color(role.HighlightedText if selected else role.Text)
            colors = self._color_cache[key] = _Colors(
                text=text, dim=QColor(text) if selected else pal.color(role.PlaceholderText),
                highlight=pal.color(role.Highlight), mid=pal.color(role.Mid), button=pal.color(role.Button),
                button_text=pal.color(role.ButtonText))
        return colors

    def _glyph_width(self, fm: QFontMetrics) -> int:
        key = fm.height()
        w = self._glyph_widths.get(key)
        if w is None:
            w = self._glyph_widths[key] = fm.horizontalAdvance("●") + PAD
        return w

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
