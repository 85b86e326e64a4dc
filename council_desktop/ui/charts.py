"""Small charts drawn with QPainter (PySide6-Essentials has no QtCharts, and a plotting library would add tens of
megabytes to the bundle for two kinds of bars): horizontal bars with a label and a value, and a timeline of columns.

Colours come from the palette (Highlight for bars, Text and PlaceholderText for words), so dark mode just works;
every chart also says its data in words (``accessibleDescription`` and a tooltip per bar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from council_desktop.ui.safe_text import tooltip

MARGIN = 6
COLUMN_MAX = 48  # pixels: a few days do not make giant columns


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: what it is (``label``), how long (``value`` ≥ 0), what it says at its end (``text``)."""

    label: str
    value: float
    text: str = ""
    tip: str = ""


class BarChart(QWidget):
    """Horizontal bars, longest = the widest value; one row per bar, the label on the left, the text after it."""

    ROW = 22

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: tuple[Bar, ...] = ()
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text or b.value}" for b in self.bars)
                                      or self.tr("nothing to show"))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(420, self.fontMetrics().height() + 2 * MARGIN + rows * self.ROW)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 8, max(80, self.width() // 3))

    def bar_rect(self, i: int) -> QRectF:
        """Where bar ``i`` is drawn (tests and tooltips)."""
        fm = self.fontMetrics()
        top = fm.height() + MARGIN + i * self.ROW
        left = MARGIN + self._label_width()
        text = max((fm.horizontalAdvance(b.text) for b in self.bars), default=0) + 8
        room = max(10.0, self.width() - left - MARGIN - min(text, self.width() // 2))
        peak = max((b.value for b in self.bars), default=0.0)
        length = 0.0 if peak <= 0 else room * self.bars[i].value / peak
        return QRectF(left, top + 3, max(length, 1.0 if self.bars[i].value > 0 else 0.0), self.ROW - 6)

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QPoint(MARGIN, MARGIN + fm.ascent()), self.title)
        font.setBold(False)
        p.setFont(font)
        if not self.bars:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QPoint(MARGIN, fm.height() + MARGIN + fm.ascent() + 4), self.tr("Nothing to show yet."))
            p.end()
            return
        lw = self._label_width()
        for i, b in enumerate(self.bars):
            r = self.bar_rect(i)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideMiddle, lw - 8)
            p.drawText(QRectF(MARGIN, r.top() - 3, lw - 8, self.ROW), Qt.AlignmentFlag.AlignVCenter, label)
            p.fillRect(r, pal.color(QPalette.ColorRole.Highlight))
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(QRectF(r.right() + 6, r.top() - 3, self.width() - r.right(), self.ROW),
                       Qt.AlignmentFlag.AlignVCenter, b.text)
        p.end()

    def event(self, e: object) -> bool:
        if isinstance(e, QHelpEvent):
            for i, b in enumerate(self.bars):
                row = self.bar_rect(i)
                if row.top() - 3 <= e.pos().y() <= row.bottom() + 3:
                    QToolTip.showText(e.globalPos(), tooltip(b.tip or f"{b.label}: {b.text}"), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(e)  # type: ignore[arg-type]


class TimelineChart(QWidget):
    """Columns over time (oldest left), e.g. spend per day; every column's label under it when there is room."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.points: tuple[Bar, ...] = ()
        self.setAccessibleName(title)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_points(self, points: Sequence[Bar]) -> None:
        self.points = tuple(points)
        top = max(self.points, key=lambda b: b.value, default=None)
        self.setAccessibleDescription(
            self.tr("{n} columns from {first} to {last}; the highest {top}: {value}").format(
                n=len(self.points), first=self.points[0].label, last=self.points[-1].label, top=top.label,
                value=top.text) if self.points and top is not None else self.tr("nothing to show"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def column_rect(self, i: int) -> QRectF:
        fm = self.fontMetrics()
        top = fm.height() + 2 * MARGIN
        bottom = self.height() - fm.height() - MARGIN
        n = max(1, len(self.points))
        width = min(COLUMN_MAX, (self.width() - 2 * MARGIN) / n)
        peak = max((b.value for b in self.points), default=0.0)
        height = 0.0 if peak <= 0 else (bottom - top) * self.points[i].value / peak
        return QRectF(MARGIN + i * width + width * 0.1, bottom - height, max(1.0, width * 0.8), height)

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        fm = self.fontMetrics()
        text = pal.color(QPalette.ColorRole.WindowText)
        p.setPen(text)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        peak = max(self.points, key=lambda b: b.value, default=None)
        head = (self.tr("{title} — highest {label}: {value}").format(title=self.title, label=peak.label,
                                                                      value=peak.text)
                if peak is not None and peak.value else self.title)
        p.drawText(QPoint(MARGIN, MARGIN + fm.ascent()), head)
        font.setBold(False)
        p.setFont(font)
        bottom = self.height() - fm.height() - MARGIN
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawLine(MARGIN, int(bottom), self.width() - MARGIN, int(bottom))
        if not self.points:
            p.drawText(QPoint(MARGIN, int(bottom) - 6), self.tr("Nothing to show yet."))
            p.end()
            return
        for i in range(len(self.points)):
            p.fillRect(self.column_rect(i), pal.color(QPalette.ColorRole.Highlight))
        # first and last labels always; more when they fit
        n = len(self.points)
        step = max(1, int(fm.horizontalAdvance("2025-03-01  ") * n / max(1, self.width() - 2 * MARGIN)) + 1)
        p.setPen(text)
        shown = list(range(0, n, step))
        if n - 1 - shown[-1] >= step / 2:  # the last column's label, when it does not crowd the one before
            shown.append(n - 1)
        for i in shown:
            r = self.column_rect(i)
            label = self.points[i].label
            w = fm.horizontalAdvance(label)
            x = min(max(MARGIN, r.center().x() - w / 2), self.width() - MARGIN - w)
            p.drawText(QPoint(int(x), int(bottom + fm.ascent() + 2)), label)
        p.end()
