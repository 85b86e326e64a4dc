"""The history list as a Qt item model: newest first, loaded a page at a time as the view scrolls."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from council_desktop.council import units
from council_desktop.storage.history import HistoryError, HistoryStore, RunSummary
from council_desktop.ui import fmt
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.safe_text import tooltip

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

# Every status has a word and a distinct shape: never colour alone.
STATUS_WORDS = {
    "running": QT_TRANSLATE_NOOP("HistoryListModel", "running"),
    "complete": QT_TRANSLATE_NOOP("HistoryListModel", "complete"),
    "failed": QT_TRANSLATE_NOOP("HistoryListModel", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("HistoryListModel", "cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("HistoryListModel", "interrupted"),
}


def status_text(status: str) -> str:
    """A run's status in words, translated (an unknown status as it is)."""
    word = STATUS_WORDS.get(status)
    return QCoreApplication.translate("HistoryListModel", word) if word else status
# The hue says the same as the shape (green check, red cross, ...); its lightness is fitted to the palette so the
# icon stays readable on a light or dark list. On the selection highlight the icon takes HighlightedText.
_STATUS_HUES = {"complete": 130, "failed": 0, "interrupted": 35}
MIN_CONTRAST = 3.0  # WCAG's minimum for graphical objects
_icons: dict[tuple[str, int], QIcon] = {}


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour`` with its lightness moved away from ``background`` until the contrast is at least ``minimum``."""
    if contrast(colour, background) >= minimum:
        return colour
    hue, sat, lightness, alpha = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF(), colour.alphaF()
    darker = _luminance(background) > 0.18
    c = QColor(colour)
    for _ in range(20):
        lightness = max(0.0, lightness - 0.05) if darker else min(1.0, lightness + 0.05)
        c = QColor.fromHslF(max(hue, 0.0), sat, lightness, alpha)
        if contrast(c, background) >= minimum:
            break
    return c


def status_colour(status: str, palette: QPalette) -> QColor:
    """The status's colour for a list drawn with ``palette`` (never used alone: the shape differs too)."""
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    if status == "running":
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Link)
    elif status in _STATUS_HUES:
        colour = QColor.fromHsl(_STATUS_HUES[status], 170, 100 if _luminance(base) > 0.18 else 150)
    else:  # cancelled, unknown: the palette's muted text
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    return readable(_over(colour, base), base)


def _over(colour: QColor, background: QColor) -> QColor:
    """A translucent palette colour as it shows on ``background`` (opaque)."""
    a = colour.alphaF()
    if a >= 1.0:
        return QColor(colour)
    return QColor.fromRgbF(*(a * f + (1 - a) * b for f, b in ((colour.redF(), background.redF()),
                                                               (colour.greenF(), background.greenF()),
                                                               (colour.blueF(), background.blueF()))))


def _draw_status(status: str, size: int, colour: QColor) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    pen = QPen(colour, max(1.5, s / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    m = s * 0.15
    box = QRectF(m, m, s - 2 * m, s - 2 * m)
    if status == "complete":  # a check mark
        path = QPainterPath(QPointF(s * 0.2, s * 0.55))
        path.lineTo(QPointF(s * 0.42, s * 0.76))
        path.lineTo(QPointF(s * 0.8, s * 0.28))
        p.drawPath(path)
    elif status == "failed":  # a cross
        p.drawLine(QPointF(s * 0.25, s * 0.25), QPointF(s * 0.75, s * 0.75))
        p.drawLine(QPointF(s * 0.75, s * 0.25), QPointF(s * 0.25, s * 0.75))
    elif status == "cancelled":  # a circle with a slash
        p.drawEllipse(box)
        p.drawLine(QPointF(s * 0.3, s * 0.7), QPointF(s * 0.7, s * 0.3))
    elif status == "interrupted":  # a warning triangle with "!"
        tri = QPainterPath(QPointF(s * 0.5, m))
        tri.lineTo(QPointF(s - m, s - m))
        tri.lineTo(QPointF(m, s - m))
        tri.closeSubpath()
        p.drawPath(tri)
        p.drawLine(QPointF(s * 0.5, s * 0.42), QPointF(s * 0.5, s * 0.62))
        p.drawPoint(QPointF(s * 0.5, s * 0.74))
    else:  # running: a ring with a filled centre
        p.drawEllipse(box)
        p.setBrush(colour)
        p.drawEllipse(QPointF(s / 2, s / 2), s * 0.14, s * 0.14)
    p.end()
    return pix


def status_icon(status: str, palette: QPalette | None = None) -> QIcon:
    """The list's status icon: a distinct shape per status (check, cross, slashed circle, triangle, ring), in a
    colour taken from ``palette`` (the application's by default) and in HighlightedText on the selection."""
    palette = palette if palette is not None else QGuiApplication.palette()
    key = (status, palette.cacheKey())
    icon = _icons.get(key)
    if icon is None:
        if len(_icons) > 64:  # palettes changed many times: start over
            _icons.clear()
        icon = QIcon()
        normal = status_colour(status, palette)
        selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        for size in (16, 24, 32):
            icon.addPixmap(_draw_status(status, size, normal), QIcon.Mode.Normal)
            icon.addPixmap(_draw_status(status, size, selected), QIcon.Mode.Selected)
        _icons[key] = icon
    return icon


def short_date(iso: str, *, now: datetime | None = None) -> str:
    """``14:05`` today, ``Nov 20 14:05`` this year, ``2025-11-20`` before: the list column stays narrow."""
    try:
        when = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso[:10]
    now = now or datetime.now().astimezone()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if when.year == now.year:  # the month's abbreviation in the window's language (QLocale), not the C library's
        shown = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute), QTimeZone.utc())
        return QLocale().toString(shown, QCoreApplication.translate(
            "HistoryListModel", "MMM dd HH:mm", "QLocale date format of a run this year: Nov 20 14:05"))
    return when.strftime("%Y-%m-%d")


def cost_text(usd: float | None) -> str:
    return fmt.cost(usd) or QCoreApplication.translate("HistoryListModel", "cost unknown")


PINNED = QT_TRANSLATE_NOOP("HistoryListModel", "Pinned")  # shown (and in GroupRole) translated


def date_group(iso: str, *, today: date | None = None) -> str:
    """The sidebar's group for a run made at ``iso``: Today, Yesterday, This week, Last week, This month, then
    the month (``March 2025``)."""
    try:
        day = datetime.fromisoformat(iso).astimezone().date()
    except ValueError:
        return QCoreApplication.translate("HistoryListModel", "Earlier")
    today = today or datetime.now().astimezone().date()
    if day >= today:
        return QCoreApplication.translate("HistoryListModel", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("HistoryListModel", "Yesterday")
    monday = today - timedelta(days=today.weekday())
    if day >= monday:
        return QCoreApplication.translate("HistoryListModel", "This week")
    if day >= monday - timedelta(days=7):
        return QCoreApplication.translate("HistoryListModel", "Last week")
    if (day.year, day.month) == (today.year, today.month):
        return QCoreApplication.translate("HistoryListModel", "This month")
    # the month's name in the window's language (QLocale), not the C library's
    return QLocale().toString(QDate(day.year, day.month, day.day), QCoreApplication.translate(
        "HistoryListModel", "MMMM yyyy", "QLocale date format of a month's group in the history: March 2025"))


MAX_PINNED = 500  # pinned runs are listed all at once, above the pages of the others


def status_word(r: RunSummary) -> str:
    """``complete``, ``complete, degraded``, ``failed``…: what the row's icon means, in words."""
    word = status_text(r.status)
    if r.degraded and r.status == "complete":
        return QCoreApplication.translate("HistoryListModel", "{status}, degraded").format(status=word)
    return word


class HistoryListModel(QAbstractListModel):
    """Past runs, newest first. ``refresh()`` loads the first page; the view pulls more with ``fetchMore``.

    Signals:
        load_failed(str): the store could not be read; the argument is the readable reason.
    """

    load_failed = Signal(str)
    renamed = Signal(str, str)

    IdRole = Qt.ItemDataRole.UserRole + 1
    TitleRole = Qt.ItemDataRole.UserRole + 2
    DateRole = Qt.ItemDataRole.UserRole + 3  # ISO 8601, as stored
    StatusRole = Qt.ItemDataRole.UserRole + 4
    MembersRole = Qt.ItemDataRole.UserRole + 5  # list of model ids
    CostRole = Qt.ItemDataRole.UserRole + 6  # float USD or None
    TokensRole = Qt.ItemDataRole.UserRole + 7
    SummaryRole = Qt.ItemDataRole.UserRole + 8  # the RunSummary
    GroupRole = Qt.ItemDataRole.UserRole + 9  # the group this row opens ("Pinned", "Today", ...), else None
    PinnedRole = Qt.ItemDataRole.UserRole + 10

    def __init__(self, store: HistoryStore, *, page_size: int = 100, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._rows: list[RunSummary] = []
        self._ids: set[str] = set()
        self._heads: dict[int, str] = {}  # row → the group it opens
        self._pinned = 0  # the first rows are the pinned runs (all of them)
        self._total = 0
        self._search = ""
        self.last_error: str | None = None
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------------
    @property
    def search(self) -> str:
        return self._search

    @property
    def total(self) -> int:
        """How many runs match (loaded or not)."""
        return self._total

    def set_search(self, text: str) -> None:
        """Show only runs whose prompt, answers or final answer contain every word of ``text``."""
        text = text.strip()
        if text != self._search:
            self._search = text
            self.refresh()

    def refresh(self) -> None:
        """Reload from the store (first page only)."""
        self.beginResetModel()
        self._rows, self._ids, self._total, self._pinned = [], set(), 0, 0
        self.last_error = None
        try:
            search = self._search or None
            pinned = self._store.list_runs(search, limit=MAX_PINNED, offset=0, pinned=True)
            self._append(pinned)
            self._pinned = len(self._rows)
            self._total = self._pinned + self._store.count(search, pinned=False)
            self._append(self._store.list_runs(search, limit=self._page_size, offset=0, pinned=False))
        except HistoryError as e:
            self._fail(e)
        self.endResetModel()

    def _append(self, runs: list[RunSummary]) -> None:
        for r in runs:
            if r.id not in self._ids:  # a run added meanwhile shifts the pages: skip repeats
                self._ids.add(r.id)
                self._rows.append(r)
        self._regroup()

    def _regroup(self) -> None:
        """Which rows open a group: the first pinned run, and each first run of a date group after them."""
        today = datetime.now().astimezone().date()
        heads: dict[int, str] = {}
        last = None
        for i, r in enumerate(self._rows):
            group = (QCoreApplication.translate("HistoryListModel", PINNED) if i < self._pinned
                     else date_group(r.created_at, today=today))
            if group != last:
                heads[i] = group
                last = group
        self._heads = heads

    def _fail(self, e: HistoryError) -> None:
        log.warning("history list: %s", e)
        self.last_error = str(e)
        self._total = len(self._rows)
        self.load_failed.emit(str(e))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore(parent):
            return
        try:
            runs = self._store.list_runs(self._search or None, limit=self._page_size,
                                         offset=len(self._rows) - self._pinned, pinned=False)
        except HistoryError as e:
            self._fail(e)
            return
        fresh = [r for r in runs if r.id not in self._ids]
        if not fresh:
            self._total = len(self._rows)  # nothing more to load (runs were deleted meanwhile)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._append(fresh)
        self.endInsertRows()

    # -- lookups -------------------------------------------------------------------------------------------
    def summary(self, row: int) -> RunSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def run_id_at(self, row: int) -> str | None:
        s = self.summary(row)
        return s.id if s else None

    def row_of(self, run_id: str, *, load: bool = False) -> int:
        """The row of a run, or -1. With ``load``, fetch further pages until it is found."""
        start = 0
        while True:
            for i in range(start, len(self._rows)):
                if self._rows[i].id == run_id:
                    return i
            if not (load and self.canFetchMore()):
                return -1
            start = len(self._rows)
            self.fetchMore()

    def remove_run(self, run_id: str) -> bool:
        """Drop one run from the list (after it was deleted from the store) without a reset."""
        row = self.row_of(run_id)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._ids.discard(run_id)
        self._total = max(0, self._total - 1)
        if row < self._pinned:
            self._pinned -= 1
        self._regroup()
        self.endRemoveRows()
        if self._rows:  # the next row may open the group now
            self.dataChanged.emit(self.index(min(row, len(self._rows) - 1), 0), self.index(len(self._rows) - 1, 0))
        return True

    # -- the user's own touches ----------------------------------------------------------------------------
    def group_at(self, row: int) -> str | None:
        """The group row ``row`` opens ("Pinned", "Today", "March 2025"…), or None."""
        return self._heads.get(row)

    def group_of(self, row: int) -> str | None:
        """The group row ``row`` belongs to."""
        heads = [g for r, g in self._heads.items() if r <= row]
        return heads[-1] if heads else None

    def rename(self, run_id: str, title: str | None) -> bool:
        """Give a run the user's own title (None or blank: back to the one made from its prompt)."""
        row = self.row_of(run_id)
        try:
            self._store.rename(run_id, title)
            summary = self._store.summary(run_id)
        except HistoryError as e:
            self._fail(e)
            return False
        if row >= 0:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        self.renamed.emit(run_id, summary.title)
        return True

    def set_pinned(self, run_id: str, pinned: bool) -> bool:
        """Pin a run (it moves to the top, under "Pinned") or unpin it; the list reloads."""
        try:
            self._store.set_pinned(run_id, pinned)
        except HistoryError as e:
            self._fail(e)
            return False
        self.refresh()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self.summary(index.row())
        if r is None:
            return False
        text = str(value or "").strip()
        return self.rename(r.id, text or None) if text != r.title else False

    # -- the Qt model interface ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in ((self.IdRole, b"runId"), (self.TitleRole, b"title"), (self.DateRole, b"date"),
                           (self.StatusRole, b"status"), (self.MembersRole, b"members"), (self.CostRole, b"cost"),
                           (self.TokensRole, b"tokens")):
            names[role] = QByteArray(name)
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.summary(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.title}\n{self._details(r)}"
        if role == Qt.ItemDataRole.EditRole:
            return r.title
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(r.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.tr("{title}\n{when} — {status}\nCouncil: {members}\n{tokens} tokens, {cost}").format(
                title=r.title, when=units.local_time(r.created_at), status=status_text(r.status),
                members=", ".join(r.members), tokens=f"{r.tokens:,}", cost=cost_text(r.cost)))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.tr("{title}. {status}. {details}").format(title=r.title, status=status_word(r),
                                                                  details=self._details(r))
            if r.pinned:
                text = self.tr("Pinned. {text}").format(text=text)
            if index.row() in self._heads:
                text = self.tr("{group}: {text}").format(group=self.group_of(index.row()), text=text)
            return text
        if role == self.GroupRole:
            return self._heads.get(index.row())
        return {
            self.IdRole: r.id, self.TitleRole: r.title, self.DateRole: r.created_at, self.StatusRole: r.status,
            self.MembersRole: list(r.members), self.CostRole: r.cost, self.TokensRole: r.tokens,
            self.SummaryRole: r, self.PinnedRole: r.pinned,
        }.get(role)

    @staticmethod
    def _details(r: RunSummary) -> str:
        """Date, status (spelled out unless complete: the icon's shape says that), cost, council size."""
        n = len(r.members)
        parts = [short_date(r.created_at)]
        if r.status != "complete" or r.degraded:
            parts.append(status_word(r))
        if r.cost is not None:
            parts.append(cost_text(r.cost))
        parts.append(QCoreApplication.translate("HistoryListModel", "{n} model").format(n=n) if n == 1
                     else QCoreApplication.translate("HistoryListModel", "{n} models").format(n=n))
        return " · ".join(parts)
