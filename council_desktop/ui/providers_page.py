"""Settings page: extra OpenAI-compatible providers (Ollama, LM Studio, llama.cpp, ...)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from council_desktop.providers.discovery import ConnectionReport, check_connection
from council_desktop.storage.settings import LOCAL_PROVIDER_PRESETS, ProviderConfig
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.safe_text import plain
from council_desktop.ui.tasks import TaskOwner

# The Add provider menu: (label, name, base URL, max concurrent). A label is shown translated
# (QCoreApplication.translate("ProvidersPage", label)); the storage's labels are product names, bar one.
PRESETS = (
    *((label, c.name, c.base_url, c.max_concurrent) for label, c in LOCAL_PROVIDER_PRESETS),
    (QT_TRANSLATE_NOOP("ProvidersPage", "Other OpenAI-compatible server"), "local",
     "http://127.0.0.1:8000/v1", 2),
)
_STORAGE_LABELS = (QT_TRANSLATE_NOOP("ProvidersPage", "llama.cpp server"),)  # so lupdate extracts it
NAME, URL, MAX, KEY = range(4)


class ProvidersPage(QWidget):
    """A table of providers; keys typed here are staged and saved to the keyring with the settings.

    "Test connection" asks the selected provider for its model list (its ``/models``) and lists what it serves;
    the models ticked there join the council as ``model@provider`` without typing.

    Signals:
        tested(object): the :class:`ConnectionReport` of the last "Test connection".
        add_members(list): ``model@provider`` ids the user chose to add to the council.
    """

    tested = Signal(object)
    add_members = Signal(list)

    def __init__(self, providers: Iterable[ProviderConfig], parent: Any = None, *,
                 http: httpx.AsyncClient | None = None,
                 saved_key: Callable[[str], str | None] | None = None) -> None:
        super().__init__(parent)
        self._http = http
        self._saved_key = saved_key or (lambda _name: None)
        self._tasks = TaskOwner("provider-test")
        self.staged_keys: dict[str, str] = {}  # name -> new key ("" = forget it)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Base URL"), self.tr("Max concurrent"),
                                              self.tr("API key")])
        self.table.setAccessibleName(self.tr("Extra providers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(URL, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add provider"))
        self.add_button.setAccessibleName(self.tr("Add a provider"))
        menu = QMenu(self.add_button)
        for label, name, url, limit in PRESETS:
            act = QAction(QCoreApplication.translate("ProvidersPage", label), menu)
            act.triggered.connect(lambda _c=False, n=name, u=url, m=limit: self.add_provider(n, u, m))
            menu.addAction(act)
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected provider"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("API key for the selected provider (optional)"))
        self.key_edit.setAccessibleName(self.tr("API key for the selected provider"))
        self.set_key_button = QPushButton(self.tr("Set key"))
        self.set_key_button.setAccessibleName(self.tr("Set the key of the selected provider"))
        self.clear_key_button = QPushButton(self.tr("Forget key"))
        self.clear_key_button.setAccessibleName(self.tr("Forget the key of the selected provider"))
        self.error = plain(QLabel())
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Provider settings problem"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to the selected provider and list its "
                                                   "models"))
        self.test_button.setToolTip(self.tr("Ask the selected provider for its model list"))
        self.test_button.setEnabled(http is not None)
        self.status = plain(QLabel(self.tr("Select a provider and test its connection to see the models it "
                                           "serves.")))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Connection test result"))
        self.models = QListWidget()
        self.models.setAccessibleName(self.tr("Models the selected provider serves"))
        self.models.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.models.setMaximumHeight(140)
        self.add_models_button = QPushButton(self.tr("Add selected to the council"))
        self.add_models_button.setAccessibleName(self.tr("Add the selected models to the council"))
        self.add_models_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        keys = QHBoxLayout()
        keys.addWidget(self.key_edit, 1)
        keys.addWidget(self.set_key_button)
        keys.addWidget(self.clear_key_button)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Local or self-hosted OpenAI-compatible servers. A member “model@name” "
                               "is served by the provider called “name”; requests beyond Max concurrent "
                               "wait."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addLayout(keys)
        test = QHBoxLayout()
        test.addWidget(self.test_button)
        test.addWidget(self.status, 1)
        lay.addLayout(test)
        lay.addWidget(self.models)
        add = QHBoxLayout()
        add.addStretch(1)
        add.addWidget(self.add_models_button)
        lay.addLayout(add)
        lay.addWidget(self.error)
        for p in providers:
            self.add_provider(p.name, p.base_url, p.max_concurrent, has_key=p.has_key)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.set_key_button.clicked.connect(self._on_set_key_clicked)
        self.clear_key_button.clicked.connect(self._on_clear_key_clicked)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.add_models_button.clicked.connect(self._on_add_models_clicked)
        self.models.itemSelectionChanged.connect(
            lambda: self.add_models_button.setEnabled(bool(self.models.selectedItems())))

    def add_provider(self, name: str, base_url: str, max_concurrent: int = 1, *, has_key: bool = False) -> int:
        existing = {self._text(r, NAME) for r in range(self.table.rowCount())}
        unique, n = name, 2
        while unique in existing:
            unique, n = f"{name}{n}", n + 1
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, NAME, QTableWidgetItem(unique))
        self.table.setItem(r, URL, QTableWidgetItem(base_url))
        limit = QTableWidgetItem()
        limit.setData(Qt.ItemDataRole.EditRole, int(max_concurrent))
        self.table.setItem(r, MAX, limit)
        key = QTableWidgetItem(self.tr("saved") if has_key else self.tr("none"))
        key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
        key.setData(Qt.ItemDataRole.UserRole, has_key)
        self.table.setItem(r, KEY, key)
        self.table.selectRow(r)
        return r

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _set_key(self, key: str) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.error.setText(self.tr("Select a provider first."))
            return
        name = self._text(row, NAME)
        self.staged_keys[name] = key
        item = self.table.item(row, KEY)
        if item is not None:
            item.setText(self.tr("new (unsaved)") if key else self.tr("none"))
            item.setData(Qt.ItemDataRole.UserRole, bool(key))
        self.key_edit.clear()

    def _on_set_key_clicked(self) -> None:
        if self.key_edit.text().strip():
            self._set_key(self.key_edit.text().strip())

    def _on_clear_key_clicked(self) -> None:
        self._set_key("")

    def values(self) -> tuple[list[ProviderConfig], list[str]]:
        """The providers and a list of problems (empty when valid)."""
        out: list[ProviderConfig] = []
        problems: list[str] = []
        seen: set[str] = set()
        for r in range(self.table.rowCount()):
            name, url = self._text(r, NAME), self._text(r, URL).rstrip("/")
            if not name or "@" in name or any(c.isspace() for c in name):
                problems.append(self.tr("Row {row}: a provider name must be one word without '@'.").format(row=r + 1))
                continue
            if name in seen:
                problems.append(self.tr("Two providers are called '{name}'.").format(name=name))
                continue
            seen.add(name)
            if not url.startswith(("http://", "https://")):
                problems.append(self.tr("Provider '{name}': the base URL must start with http:// or "
                                        "https://.").format(name=name))
                continue
            limit_item, key_item = self.table.item(r, MAX), self.table.item(r, KEY)
            try:
                limit = max(1, int(limit_item.data(Qt.ItemDataRole.EditRole))) if limit_item is not None else 1
            except (TypeError, ValueError):
                limit = 1
            has_key = bool(key_item.data(Qt.ItemDataRole.UserRole)) if key_item is not None else False
            out.append(ProviderConfig(name=name, base_url=url, has_key=has_key, max_concurrent=limit))
        self.error.setText("\n".join(problems))
        return out, problems

    # -- test connection, discover models -------------------------------------------------------------------
    def _on_test_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self._http is None:
            self.status.setText(self.tr("Select a provider first."))
            return
        name, url = self._text(row, NAME), self._text(row, URL).rstrip("/")
        if not url.startswith(("http://", "https://")):
            self.status.setText(self.tr("The base URL must start with http:// or https://."))
            return
        key = self.staged_keys.get(name) or self._saved_key(name) or None
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Asking {name} for its models…").format(name=name))
        self.models.clear()
        self._tasks.spawn(self._test(name, url, key))

    async def _test(self, name: str, url: str, key: str | None) -> None:
        try:
            report = await check_connection(self._http, url, key, provider=name)  # type: ignore[arg-type]
        finally:
            self.test_button.setEnabled(self._http is not None)
        self.show_report(name, report)

    def show_report(self, name: str, report: ConnectionReport) -> None:
        """Show what "Test connection" found: the sentence, and the models as ``model@provider`` to pick from."""
        self.status.setText(("✓ " if report.ok else "✗ ") + report.message)
        self.models.clear()
        for m in report.models:
            spec = f"{m.id}@{name}"
            shown = (self.tr("{model} · {tokens}-token context").format(model=m.id, tokens=f"{m.context_length:,}")
                     if m.context_length else m.id)
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, spec)
            item.setToolTip(spec)
            self.models.addItem(item)
        self.tested.emit(report)

    def _on_add_models_clicked(self) -> None:
        ids = [str(i.data(Qt.ItemDataRole.UserRole)) for i in self.models.selectedItems()]
        if ids:
            self.add_members.emit(ids)
            self.status.setText(self.tr("Added to the council: {models}. Save to keep it.").format(
                models=", ".join(ids)))
