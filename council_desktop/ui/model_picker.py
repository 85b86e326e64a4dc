"""Pick models from OpenRouter's model list: a table of name, id, price per million tokens in and out, and context
length — sortable by any column, filtered by text, favourites starred (listed first, a filter of their own). The
list is cached for offline use."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.safe_text import plain, tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STAR, NAME, MODEL_ID, PRICE_IN, PRICE_OUT, CONTEXT = range(6)
# The columns' headings and tooltips, shown translated: QCoreApplication.translate("ModelPicker", text).
HEADERS: tuple[str, ...] = (
    "★", QT_TRANSLATE_NOOP("ModelPicker", "Name"), QT_TRANSLATE_NOOP("ModelPicker", "Model id"),
    QT_TRANSLATE_NOOP("ModelPicker", "In $/M"), QT_TRANSLATE_NOOP("ModelPicker", "Out $/M"),
    QT_TRANSLATE_NOOP("ModelPicker", "Context"))
TIPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ModelPicker", "Your favourites (Ctrl+D stars the selected models): listed first; "
                                     "“Favourites only” shows just them"),
    QT_TRANSLATE_NOOP("ModelPicker", "The model's name on OpenRouter"),
    QT_TRANSLATE_NOOP("ModelPicker", "The id the council uses"),
    QT_TRANSLATE_NOOP("ModelPicker", "Price per million tokens of the question (what the model reads)"),
    QT_TRANSLATE_NOOP("ModelPicker", "Price per million tokens of the answer (what the model writes)"),
    QT_TRANSLATE_NOOP("ModelPicker", "How many tokens the model can read and write in one request"))
UNKNOWN_PRICE = float("inf")  # sorts after every real price


def per_million(pricing: dict[str, Any], key: str) -> float | None:
    """USD per million tokens from OpenRouter's per-token price string; None when it is missing or odd."""
    try:
        value = float(pricing[key]) * 1_000_000
    except (KeyError, TypeError, ValueError):
        return None
    return value if value >= 0 else None


def price_text(value: float | None) -> str:
    if value is None:
        return "?"
    return QCoreApplication.translate("ModelPicker", "free") if value == 0 else f"${value:,.2f}"


def price_per_million(pricing: dict[str, Any], key: str) -> str:
    return price_text(per_million(pricing, key))


def context_text(tokens: Any) -> str:
    if not isinstance(tokens, int) or isinstance(tokens, bool) or tokens <= 0:
        return "?"
    return f"{round(tokens / 1_000_000, 2):g}M" if tokens >= 1_000_000 else f"{round(tokens / 1000):,}k"


def describe_model(m: dict[str, Any]) -> str:
    """``Name — id · in $1.00 / out $2.00 per 1M tokens · 128k context`` (one line, for lists and tooltips)."""
    parts = [m["id"]]
    if m.get("name") and m["name"] != m["id"]:
        parts.insert(0, str(m["name"]))
    details = []
    pricing = m.get("pricing") or {}
    if pricing:
        details.append(QCoreApplication.translate("ModelPicker", "in {prompt} / out {completion} per 1M tokens").format(
            prompt=price_per_million(pricing, "prompt"), completion=price_per_million(pricing, "completion")))
    if m.get("context_length"):
        details.append(QCoreApplication.translate("ModelPicker", "{tokens} context").format(
            tokens=context_text(m["context_length"])))
    return " — ".join(parts) + (" · " + " · ".join(details) if details else "")


class PickerProxy(QSortFilterProxyModel):
    """Text filter over name and id; "favourites only"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.favourites_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_favourites_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.favourites_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self.favourites_only and not model.index(row, STAR, parent).data(SORT_ROLE):
            return False
        if not self.text:
            return True
        return any(self.text in str(model.index(row, c, parent).data() or "").casefold() for c in (NAME, MODEL_ID))


class ModelPicker(QDialog):
    """Choose one or more model ids. ``service`` may be None (offline: only the cache is shown).

    ``favourites``: the ids starred so far; :meth:`favourites` gives them back as the user left them.
    """

    def __init__(self, service: OpenRouterService | None, parent: QWidget | None = None, *,
                 multi: bool = True, exclude: set[str] | None = None, current: str | None = None,
                 title: str | None = None, favourites: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or (self.tr("Pick models") if multi else self.tr("Pick a model")))
        self.setAccessibleName(self.windowTitle())
        self.resize(860, 560)
        self._service = service
        self._exclude = exclude or set()
        self._current = current
        self._favourites: list[str] = list(dict.fromkeys(favourites))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or id…"))
        self.search.setAccessibleName(self.tr("Filter models"))
        self.search.setClearButtonEnabled(True)
        self.favourites_only = QCheckBox(self.tr("&Favourites only"))
        self.favourites_only.setAccessibleName(self.tr("Show favourites only"))
        self.items = QStandardItemModel(0, len(HEADERS), self)
        self.items.setHorizontalHeaderLabels([QCoreApplication.translate("ModelPicker", h) for h in HEADERS])
        for c, tip in enumerate(TIPS):
            heading = self.items.horizontalHeaderItem(c)
            if heading is not None:
                heading.setToolTip(QCoreApplication.translate("ModelPicker", tip))
        self.proxy = PickerProxy(self)
        self.proxy.setSourceModel(self.items)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Models"))
        self.view.setAccessibleDescription(self.tr("Click a column heading to sort by it (price, context, …)."))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                                   else QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users reach the buttons)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MODEL_ID, QHeaderView.ResizeMode.Stretch)
        self.star_button = QPushButton(self.tr("★ Favourite"))
        self.star_button.setAccessibleName(self.tr("Star or unstar the selected models as favourites"))
        self.star_button.setToolTip(self.tr("Star or unstar the selected models (Ctrl+D)"))
        self.star_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Model list status"))
        self.refresh_button = QPushButton(self.tr("Refresh from OpenRouter"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the model list from OpenRouter"))
        self.refresh_button.setEnabled(service is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add") if multi else self.tr("Choose"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.favourites_only)
        top.addWidget(self.star_button)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refresh_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(row)
        lay.addWidget(self.buttons)
        self.search.textChanged.connect(self.proxy.set_text)
        self.favourites_only.toggled.connect(self.proxy.set_favourites_only)
        self.star_button.clicked.connect(self.toggle_favourite)
        self.star_shortcut.activated.connect(self.toggle_favourite)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        if service is not None:
            service.models_loaded.connect(self._on_models_loaded)
            service.models_failed.connect(self._on_models_failed)
            self.set_models(service.cached_models())
            fetched = service.catalog.fetched_at()
            if self.items.rowCount() == 0:
                self.status.setText(self.tr("No model list yet: press Refresh (needs the network)."))
            elif fetched:
                n, when = self.items.rowCount(), time.strftime("%Y-%m-%d %H:%M", time.localtime(fetched))
                self.status.setText(self.tr("{n} model, list from {when}.").format(n=n, when=when) if n == 1
                                    else self.tr("{n} models, list from {when}.").format(n=n, when=when))
        else:
            self.status.setText(self.tr("The model list is not available offline yet."))
        self.search.setFocus()

    # -- the list ------------------------------------------------------------------------------------------
    def set_models(self, models: list[dict[str, Any]]) -> None:
        self.items.removeRows(0, self.items.rowCount())
        self.view.setSortingEnabled(False)
        for m in sorted(models, key=lambda m: (str(m.get("name") or m["id"]).casefold(), m["id"])):
            if m["id"] in self._exclude:
                continue
            self.items.appendRow(self._row(m))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(STAR, Qt.SortOrder.DescendingOrder)  # favourites first, then by name (stable)
        if self._current:
            self.select_id(self._current)

    def _row(self, m: dict[str, Any]) -> list[QStandardItem]:
        pricing = m.get("pricing") or {}
        price_in, price_out = per_million(pricing, "prompt"), per_million(pricing, "completion")
        ctx = m.get("context_length")
        name = str(m.get("name") or m["id"])
        fav = m["id"] in self._favourites
        cells: list[tuple[str, Any]] = [
            ("★" if fav else "", int(fav)), (name, name.casefold()), (m["id"], m["id"]),
            (price_text(price_in), UNKNOWN_PRICE if price_in is None else price_in),
            (price_text(price_out), UNKNOWN_PRICE if price_out is None else price_out),
            (context_text(ctx), ctx if isinstance(ctx, int) else -1),
        ]
        row = []
        tip = tooltip(describe_model(m))  # server text: shown literally
        for c, (text, key) in enumerate(cells):
            item = QStandardItem(text)
            item.setData(key, SORT_ROLE)
            item.setData(m["id"], ID_ROLE)
            item.setToolTip(tip)
            item.setEditable(False)
            if c in (PRICE_IN, PRICE_OUT, CONTEXT):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == STAR:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setAccessibleText(self.tr("favourite") if fav else "")
            row.append(item)
        return row

    def row_texts(self) -> list[list[str]]:
        """What the table shows, in its order (tests)."""
        return [[str(self.proxy.index(r, c).data() or "") for c in range(len(HEADERS))]
                for r in range(self.proxy.rowCount())]

    def select_id(self, model_id: str) -> bool:
        """Select and show one model (the current chairman, say); False when it is not in the list."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, NAME)
            if index.data(ID_ROLE) == model_id:
                # Explicit flags: selectRow() would read the keyboard's modifiers (a held Ctrl toggles instead).
                flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
                self.view.selectionModel().setCurrentIndex(index, flags)
                self.view.scrollTo(index)
                return True
        return False

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [str(self.proxy.index(r, NAME).data(ID_ROLE)) for r in rows]

    # -- favourites ------------------------------------------------------------------------------------------
    def favourites(self) -> list[str]:
        return list(self._favourites)

    def toggle_favourite(self) -> list[str]:
        """Star the selected models, or unstar them when all of them are starred already."""
        ids = self.selected_ids()
        if not ids:
            return self.favourites()
        starring = not all(i in self._favourites for i in ids)
        for model_id in ids:
            if starring and model_id not in self._favourites:
                self._favourites.append(model_id)
            elif not starring and model_id in self._favourites:
                self._favourites.remove(model_id)
        for r in range(self.items.rowCount()):
            item = self.items.item(r, STAR)
            if item is not None and item.data(ID_ROLE) in ids:
                item.setText("★" if starring else "")
                item.setData(int(starring), SORT_ROLE)
                item.setAccessibleText(self.tr("favourite") if starring else "")
        self.proxy.invalidate()
        return self.favourites()

    # -- slots ---------------------------------------------------------------------------------------------
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == STAR:
            self.toggle_favourite()
        else:
            self.accept()

    def _on_refresh_clicked(self) -> None:
        if self._service is None:
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Fetching the model list…"))
        self._service.refresh_models()

    def _on_models_loaded(self, models: list[dict[str, Any]]) -> None:
        self.set_models(models)
        self.refresh_button.setEnabled(True)
        n = len(models)
        self.status.setText(self.tr("{n} model, fetched just now (cached for offline use).").format(n=n) if n == 1
                            else self.tr("{n} models, fetched just now (cached for offline use).").format(n=n))

    def _on_models_failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("The model list could not be fetched: {reason}").format(reason=message))
