"""Pick models from OpenRouter's model list, with search; the list is cached for offline use."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.safe_text import plain, tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def price_per_million(pricing: dict[str, Any], key: str) -> str:
    try:
        value = float(pricing.get(key) or 0) * 1_000_000
    except (TypeError, ValueError):
        return "?"
    return "free" if value == 0 else f"${value:,.2f}"


def describe_model(m: dict[str, Any]) -> str:
    parts = [m["id"]]
    if m.get("name") and m["name"] != m["id"]:
        parts.append(str(m["name"]))
    if m.get("context_length"):
        parts.append(f"{int(m['context_length']) // 1000}k context")
    pricing = m.get("pricing") or {}
    if pricing:
        parts.append(f"in {price_per_million(pricing, 'prompt')} / out {price_per_million(pricing, 'completion')}"
                     " per 1M tokens")
    return " — ".join(parts)


class ModelPicker(QDialog):
    """Choose one or more model ids. ``service`` may be None (offline: only the cache is shown)."""

    def __init__(self, service: OpenRouterService | None, parent: QWidget | None = None, *,
                 multi: bool = True, exclude: set[str] | None = None, current: str | None = None,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or ("Pick models" if multi else "Pick a model"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 520)
        self._service = service
        self._exclude = exclude or set()
        self._current = current
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search models by id or name…")
        self.search.setAccessibleName("Search models")
        self.search.setClearButtonEnabled(True)
        self.items = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName("Models")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                                   else QAbstractItemView.SelectionMode.SingleSelection)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Model list status")
        self.refresh_button = QPushButton("Refresh from OpenRouter")
        self.refresh_button.setAccessibleName("Refresh the model list from OpenRouter")
        self.refresh_button.setEnabled(service is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add" if multi else "Choose")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refresh_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        lay.addLayout(row)
        lay.addWidget(self.buttons)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        if service is not None:
            service.models_loaded.connect(self._on_models_loaded)
            service.models_failed.connect(self._on_models_failed)
            self.set_models(service.cached_models())
            fetched = service.catalog.fetched_at()
            if self.items.rowCount() == 0:
                self.status.setText("No model list yet: press Refresh (needs the network).")
            elif fetched:
                self.status.setText(f"{self.items.rowCount()} models, list from "
                                    f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(fetched))}.")
        else:
            self.status.setText("The model list is not available offline yet.")
        self.search.setFocus()

    def set_models(self, models: list[dict[str, Any]]) -> None:
        self.items.clear()
        for m in sorted(models, key=lambda m: m["id"]):
            if m["id"] in self._exclude:
                continue
            item = QStandardItem(describe_model(m))
            item.setData(m["id"], ID_ROLE)
            item.setToolTip(tooltip(describe_model(m)))
            item.setEditable(False)
            self.items.appendRow(item)
        if self._current:
            self.select_id(self._current)

    def select_id(self, model_id: str) -> bool:
        """Select and show one model (the current chairman, say); False when it is not in the list."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == model_id:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def selected_ids(self) -> list[str]:
        rows = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [str(i.data(ID_ROLE)) for i in rows]

    def _on_refresh_clicked(self) -> None:
        if self._service is None:
            return
        self.refresh_button.setEnabled(False)
        self.status.setText("Fetching the model list…")
        self._service.refresh_models()

    def _on_models_loaded(self, models: list[dict[str, Any]]) -> None:
        self.set_models(models)
        self.refresh_button.setEnabled(True)
        self.status.setText(f"{len(models)} models, fetched just now (cached for offline use).")

    def _on_models_failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(f"The model list could not be fetched: {message}")
