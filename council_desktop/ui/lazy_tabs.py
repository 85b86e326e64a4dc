"""Tabs whose pages are built when first looked at: a stage with 16 answers costs 16 cheap placeholders, not 16
Markdown documents in one event-loop step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from council_desktop.ui import safe_text
from council_desktop.ui.markdown_pane import MarkdownPane

PaneFactory = Callable[[], MarkdownPane]


class LazyPaneTabs(QTabWidget):
    """One tab per key; the :class:`MarkdownPane` behind a tab is made by its factory on first view."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideMiddle)
        self._factories: dict[str, PaneFactory] = {}
        self._holders: dict[str, QWidget] = {}
        self.panes: dict[str, MarkdownPane] = {}  # the ones built so far
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

    def pane_keys(self) -> list[str]:
        return list(self._holders)

    def pane(self, key: str) -> MarkdownPane:
        """The pane of ``key``, built now if it was not yet."""
        pane = self.panes.get(key)
        if pane is None:
            pane = self._factories[key]()
            layout = self._holders[key].layout()
            assert layout is not None
            layout.addWidget(pane)
            self.panes[key] = pane
        return pane

    def show_key(self, key: str) -> MarkdownPane:
        self.setCurrentWidget(self._holders[key])
        return self.pane(key)

    def _on_current_changed(self, index: int) -> None:
        w = self.widget(index)
        key = w.property("pane_key") if w is not None else None
        if key:
            self.pane(str(key))
