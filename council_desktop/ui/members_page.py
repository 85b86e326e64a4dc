"""Settings page: council members and chairman, picked from OpenRouter's list or typed; unknown ids flagged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from council_desktop.run_policy import unknown_members
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.model_picker import ModelPicker, describe_model
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.safe_text import plain, tooltip

# Followed by the ids; shown translated: QCoreApplication.translate("MembersPage", UNKNOWN_TEXT).
UNKNOWN_TEXT = QT_TRANSLATE_NOOP("MembersPage", "Not in OpenRouter's model list (retired or mistyped?): ")


class MembersPage(QWidget):
    """Edits the ordered member list and the chairman."""

    def __init__(self, members: Iterable[str], chairman: str, service: OpenRouterService | None,
                 parent: Any = None, *, favourites: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self._service = service
        self._favourites: list[str] = list(favourites)
        self._catalog: dict[str, dict[str, Any]] = {}
        self._known: set[str] = set()
        self._load_catalog()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Council members"))
        self.list.setAccessibleDescription(self.tr("The models that answer, review each other and are ranked."))
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(self.tr("vendor/model or model@provider"))
        self.add_edit.setAccessibleName(self.tr("Model id to add"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the typed model id"))
        self.pick_button = QPushButton(self.tr("Pick from OpenRouter…"))
        self.pick_button.setAccessibleName(self.tr("Pick members from OpenRouter's model list"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the selected member up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the selected member down"))
        self.chairman = QComboBox()
        self.chairman.setEditable(True)
        self.chairman.setAccessibleName(self.tr("Chairman model"))
        self.chairman.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.chairman.setAccessibleDescription(self.tr("Any model id, a member or not; typed or picked from "
                                                       "OpenRouter's list."))
        self.chairman.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chairman.setMinimumContentsLength(24)
        self.chairman_pick_button = QPushButton(self.tr("Pick…"))
        self.chairman_pick_button.setAccessibleName(self.tr("Pick the chairman from OpenRouter's model list"))
        self.chairman_pick_button.setToolTip(self.tr("Pick the chairman from OpenRouter's model list (any model, "
                                                     "not only a member)"))
        self.chairman_flag = plain(QLabel())
        self.chairman_flag.setAccessibleName(self.tr("Chairman check"))
        self.warning = plain(QLabel())
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Unknown model ids"))
        # Typing completes from OpenRouter's list (and, for the chairman, the members too).
        self._known_model = QStringListModel(self)
        self._chairman_model = QStringListModel(self)
        self.add_edit.setCompleter(self._completer(self._known_model))
        # Inline: the rest of the id appears as typed, with no popup that would swallow the next click.
        chair_completer = self._completer(self._chairman_model)
        chair_completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        chair_completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.chairman.setCompleter(chair_completer)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        side = QVBoxLayout()
        for b in (self.pick_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        chair_row = QHBoxLayout()
        chair_row.addWidget(self.chairman, 1)
        chair_row.addWidget(self.chairman_pick_button)
        chair_row.addWidget(self.chairman_flag)
        chair_label = QLabel(self.tr("&Chairman:"))
        chair_label.setBuddy(self.chairman)
        form = QFormLayout()
        form.addRow(chair_label, chair_row)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Members answer in stage 1 and review each other in stage 2; the chairman — any "
                               "model, a member or not — writes the final answer. Use model@provider for a model "
                               "served by an extra provider."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addLayout(body, 1)
        lay.addLayout(add_row)
        lay.addLayout(form)
        lay.addWidget(self.warning)
        for m in members:
            self._add(m)
        self.chairman.setCurrentText(chairman)
        self._sync_chairman_items()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.add_edit.returnPressed.connect(self._on_add_clicked)
        self.pick_button.clicked.connect(self._on_pick_clicked)
        self.chairman_pick_button.clicked.connect(self._on_chairman_pick_clicked)
        self.chairman_pick_button.setEnabled(service is not None)
        self.pick_button.setEnabled(service is not None)
        if service is not None:
            service.catalog_changed.connect(self._on_catalog_changed)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.chairman.currentTextChanged.connect(lambda _t: self.refresh_flags())
        self.refresh_flags()

    # -- values --------------------------------------------------------------------------------------------
    def favourites(self) -> tuple[str, ...]:
        """The models starred in a picker (saved with the settings)."""
        return tuple(self._favourites)

    def _load_catalog(self) -> None:
        models = self._service.cached_models() if self._service is not None else []
        self._catalog = {m["id"]: m for m in models}
        self._known = set(self._catalog)

    def members(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def chairman_id(self) -> str:
        return self.chairman.currentText().strip()

    def unknown(self) -> list[str]:
        return unknown_members([*self.members(), self.chairman_id()], self._known)

    # -- editing -------------------------------------------------------------------------------------------
    def _add(self, model: str) -> bool:
        model = model.strip()
        if not model or model in self.members():
            return False
        item = QListWidgetItem(model)
        item.setData(Qt.ItemDataRole.UserRole, model)
        self.list.addItem(item)
        return True

    def _on_add_clicked(self) -> None:
        if self._add(self.add_edit.text()):
            self.add_edit.clear()
            self._changed()

    def _on_pick_clicked(self) -> None:
        picker = ModelPicker(self._service, self, exclude=set(self.members()), favourites=self._favourites)
        picker.accepted.connect(lambda: self._on_picked(picker.selected_ids()))
        picker.finished.connect(lambda _r: self._keep_favourites(picker))
        picker.open()
        self.picker = picker

    def add_members(self, ids: list[str]) -> None:
        """Add these members (e.g. local models found by a provider's connection test)."""
        if any([self._add(m) for m in ids]):
            self._changed()

    def _on_picked(self, ids: list[str]) -> None:
        for m in ids:
            self._add(m)
        self._on_catalog_changed()  # a Refresh in the picker may have brought a new list

    def _on_chairman_pick_clicked(self) -> None:
        picker = ModelPicker(self._service, self, multi=False, current=self.chairman_id(),
                             title=self.tr("Pick the chairman"), favourites=self._favourites)
        picker.accepted.connect(lambda: self._on_chairman_picked(picker.selected_ids()))
        picker.finished.connect(lambda _r: self._keep_favourites(picker))
        picker.open()
        self.chairman_picker = picker

    def _on_chairman_picked(self, ids: list[str]) -> None:
        if ids:
            self.chairman.setCurrentText(ids[0])
        self._on_catalog_changed()

    def _keep_favourites(self, picker: ModelPicker) -> None:
        self._favourites = picker.favourites()

    def _on_catalog_changed(self) -> None:
        """OpenRouter's list changed (a Refresh in a picker, even one then cancelled, or the start-up fetch)."""
        self._load_catalog()
        self._changed()

    @staticmethod
    def _completer(model: QStringListModel) -> QCompleter:
        completer = QCompleter()
        completer.setModel(model)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._changed()

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        new = row + delta
        if row < 0 or not 0 <= new < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(new, item)
        self.list.setCurrentRow(new)
        self._changed()

    def _changed(self) -> None:
        self._sync_chairman_items()
        self.refresh_flags()

    def _sync_chairman_items(self) -> None:
        current = self.chairman.currentText()
        self.chairman.blockSignals(True)
        self.chairman.clear()
        self.chairman.addItems(self.members())
        self.chairman.setCurrentText(current)
        self.chairman.blockSignals(False)
        known = sorted(self._known)
        if self._known_model.stringList() != known:
            self._known_model.setStringList(known)
        chairs = self.members() + [k for k in known if k not in set(self.members())]
        if self._chairman_model.stringList() != chairs:
            self._chairman_model.setStringList(chairs)

    def refresh_flags(self) -> None:
        unknown = set(self.unknown())
        for i in range(self.list.count()):
            item = self.list.item(i)
            model = str(item.data(Qt.ItemDataRole.UserRole))
            if model in unknown:
                item.setText(self.tr("⚠ {model}  (not in OpenRouter's list)").format(model=model))
                item.setToolTip(tooltip(self.tr("{model} is not in OpenRouter's model list: it may be retired or "
                                                "mistyped.").format(model=model)))
            elif model in self._catalog:  # its name, price and context, from the cached list
                item.setText(describe_model(self._catalog[model]))
                item.setToolTip(tooltip(describe_model(self._catalog[model])))
            else:
                item.setText(model)
                item.setToolTip(tooltip(model))
        chairman = self.chairman_id()
        if chairman in unknown:
            self.chairman_flag.setText(self.tr("⚠ not in OpenRouter's list"))
            self.chairman.setToolTip(tooltip(self.tr("{model} is not in OpenRouter's model list: it may be retired "
                                                     "or mistyped.").format(model=chairman)))
        else:
            self.chairman_flag.setText("")
            self.chairman.setToolTip(tooltip(chairman))
        self.chairman_flag.setVisible(bool(self.chairman_flag.text()))
        if unknown:
            names = [self.tr("{model} (chairman)").format(model=m) if m == chairman and m not in self.members()
                     else m for m in self.unknown()]
            self.warning.setText("⚠ " + QCoreApplication.translate("MembersPage", UNKNOWN_TEXT) + ", ".join(names))
        elif not self._known:
            self.warning.setText(self.tr("Model ids are checked once OpenRouter's model list has been fetched (the "
                                         "app fetches it at start when online; or Pick from OpenRouter… → "
                                         "Refresh)."))
        else:
            self.warning.setText("")
