"""Tabs whose pages are built when first looked at: a stage with 16 answers costs 16 cheap placeholders, not 16
text views in one event-loop step — and only the pages built so far follow the live text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from council_desktop.ui import safe_text
from council_desktop.ui.member_pane import MemberPane

PaneFactory = Callable[[], MemberPane]


class LazyPaneTabs(QTabWidget):
    """One tab per key; the :class:`MemberPane` behind a tab is made by its factory on first view."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideMiddle)
        self._factories: dict[str, PaneFactory] = {}
        self._holders: dict[str, QWidget] = {}
        self.panes: dict[str, MemberPane] = {}  # the ones built so far
        self.currentChanged.connect(self._on_current_changed)

    def clear_tabs(self) -> None:
        self.blockSignals(True)
        while self.count():
            w = self.widget(0)
            self.removeTab(0)
            if w is not None:
                w.deleteLater()
        self.blockSignals(False)
        self._factories, self._holders, self.panes = {}, {}, {}

    def add_lazy(self, key: str, title: str, tooltip: str, factory: PaneFactory) -> None:
        holder = QWidget()
        holder.setProperty("pane_key", key)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._factories[key] = factory
        self._holders[key] = holder
        i = self.addTab(holder, title)
        self.setTabToolTip(i, safe_text.tooltip(tooltip))

    def set_tab(self, key: str, title: str, tooltip: str) -> None:
        """Change the title and tooltip of ``key``'s tab (only what differs: a tab bar relayout is not free)."""
        i = self.indexOf(self._holders[key])
        if self.tabText(i) != title:
            self.setTabText(i, title)
        tip = safe_text.tooltip(tooltip)  # server text (an error), shown literally
        if self.tabToolTip(i) != tip:
            self.setTabToolTip(i, tip)

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

    def _on_current_changed(self, index: int) -> None:
        w = self.widget(index)
        key = w.property("pane_key") if w is not None else None
        if key:
            self.pane(str(key))
