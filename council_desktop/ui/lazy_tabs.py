"""Members side by side: a narrow list on the left (one short, readable label per member, its full id in the
tooltip) and the chosen member's page beside it. It scales to 12+ members — the list scrolls, no label is cut to
"…" — where a row of tabs elided every title at 1024 px.

Pages are built when first looked at: a stage with 16 answers costs 16 list rows, not 16 text views in one
event-loop step — and only the pages built so far follow the live text. The widget speaks the small part of
QTabWidget's API the window uses (``count``, ``tabText``, ``currentIndex``…), so callers need not care.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from council_desktop.ui import safe_text
from council_desktop.ui.member_pane import MemberPane

PaneFactory = Callable[[], MemberPane]
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAV_MIN_CHARS, NAV_MAX_CHARS = 10, 26  # the list's width follows its labels within these bounds


class MemberNav(QListWidget):
    """The member list beside the pages: sized to its labels (within bounds), never scrolling sideways."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Expanding)  # the page takes the rest

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        longest = max((fm.horizontalAdvance(self.item(i).text()) for i in range(self.count())), default=0)
        lo, hi = fm.horizontalAdvance("x" * NAV_MIN_CHARS), fm.horizontalAdvance("x" * NAV_MAX_CHARS)
        width = min(hi, max(lo, longest)) + 2 * self.frameWidth() + 16 + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().sizeHint().height())

    # The little of QTabBar's API that a tab-bar context menu uses (see run_actions.attach_tab_menu).
    def tabAt(self, pos: QPoint) -> int:
        index = self.indexAt(pos)
        return index.row() if index.isValid() else -1

    def tabRect(self, index: int) -> QRect:
        item = self.item(index)
        return self.visualItemRect(item) if item is not None else QRect()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("x" * NAV_MIN_CHARS), 2 * self.fontMetrics().height())


class LazyPaneTabs(QWidget):
    """One page per key, chosen in a side list; the :class:`MemberPane` behind a page is made on first view.

    Signals:
        currentChanged(int): another member was chosen (its index).
    """

    currentChanged = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.nav = MemberNav()
        self.nav.setAccessibleName(self.tr("Members"))
        self.stack = QStackedWidget()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self._factories: dict[str, PaneFactory] = {}
        self._holders: dict[str, QWidget] = {}
        self.panes: dict[str, MemberPane] = {}  # the ones built so far
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.nav.setAccessibleName(self.tr("{name}: members").format(name=name))

    # -- QTabWidget's API, as far as the window uses it ------------------------------------------------------
    def count(self) -> int:
        return self.nav.count()

    def tabBar(self) -> MemberNav:
        """The member list (it answers ``tabAt``/``tabRect`` like a tab bar)."""
        return self.nav

    def tabText(self, index: int) -> str:
        item = self.nav.item(index)
        return item.text() if item is not None else ""

    def tabToolTip(self, index: int) -> str:
        item = self.nav.item(index)
        return item.toolTip() if item is not None else ""

    def currentIndex(self) -> int:
        return self.nav.currentRow()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.nav.count():
            self.nav.setCurrentRow(index)

    def widget(self, index: int) -> QWidget | None:
        item = self.nav.item(index)
        return self._holders.get(str(item.data(KEY_ROLE))) if item is not None else None

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, w: QWidget) -> int:
        for i in range(self.nav.count()):
            if self.widget(i) is w:
                return i
        return -1

    def setCurrentWidget(self, w: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(w))

    # -- pages ---------------------------------------------------------------------------------------------
    def clear_tabs(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self._factories, self._holders, self.panes = {}, {}, {}
        self.nav.updateGeometry()

    def add_lazy(self, key: str, title: str, tooltip: str, factory: PaneFactory) -> None:
        holder = QWidget()
        holder.setProperty("pane_key", key)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._factories[key] = factory
        self._holders[key] = holder
        self.stack.addWidget(holder)
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setToolTip(safe_text.tooltip(tooltip))
        self.nav.addItem(item)
        self.nav.updateGeometry()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)  # like a tab bar: the first page is shown (and built)

    def set_tab(self, key: str, title: str, tooltip: str) -> None:
        """Change the label and tooltip of ``key``'s row (only what differs: a relayout is not free)."""
        item = self.nav.item(self.indexOf(self._holders[key]))
        if item is None:
            return
        if item.text() != title:
            item.setText(title)
            self.nav.updateGeometry()
        tip = safe_text.tooltip(tooltip)  # server text (an error), shown literally
        if item.toolTip() != tip:
            item.setToolTip(tip)

    def has_key(self, key: str) -> bool:
        return key in self._holders

    def pane_keys(self) -> list[str]:
        return list(self._holders)

    def pane(self, key: str) -> MemberPane:
        """The pane of ``key``, built now if it was not yet."""
        pane = self.panes.get(key)
        if pane is None:
            pane = self._factories[key]()
            layout = self._holders[key].layout()
            assert layout is not None
            layout.addWidget(pane)
            self.panes[key] = pane
        return pane

    def show_key(self, key: str) -> MemberPane:
        self.setCurrentWidget(self._holders[key])
        return self.pane(key)

    def current_key(self) -> str | None:
        w = self.currentWidget()
        key = w.property("pane_key") if w is not None else None
        return str(key) if key else None

    def current_pane(self) -> MemberPane | None:
        key = self.current_key()
        return self.pane(key) if key is not None else None

    def _on_nav_current_row_changed(self, row: int) -> None:
        w = self.widget(row)
        if w is not None:
            key = w.property("pane_key")
            if key and self.isVisible():  # hidden (another results tab is shown): built when it is shown
                self.pane(str(key))
            self.stack.setCurrentWidget(w)
        self.currentChanged.emit(row)

    def showEvent(self, e: QShowEvent) -> None:
        key = self.current_key()
        if key is not None:
            self.pane(key)  # the page chosen while hidden, built now that it is seen
        super().showEvent(e)
