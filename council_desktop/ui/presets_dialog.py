"""Manage council presets: save the council in force as a preset, rename, delete, edit a preset's prompts, export
and import presets as JSON (a presets file never holds a key: :func:`storage.presets.export_presets`).

Starters ship with the app: they cannot be renamed or deleted, but editing one's prompts saves your own copy
under its name (yours wins over the starter; deleting yours brings the starter back).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from council_desktop.council.prompts import PromptSet
from council_desktop.storage.presets import Preset, PresetError, export_presets, import_presets
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.ui.council_selection import CouncilSelection, mode_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.prompt_editor import PromptEditor
from council_desktop.ui.safe_text import plain, tooltip

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 5_000_000
# A preset's own settings, as the details name them.
KNOBS = {
    "temperature": QT_TRANSLATE_NOOP("PresetsDialog", "temperature"),
    "review_temperature": QT_TRANSLATE_NOOP("PresetsDialog", "review temperature"),
    "chairman_temperature": QT_TRANSLATE_NOOP("PresetsDialog", "chairman temperature"),
    "first_token_timeout": QT_TRANSLATE_NOOP("PresetsDialog", "first token timeout"),
    "total_timeout": QT_TRANSLATE_NOOP("PresetsDialog", "total timeout"),
    "max_tokens": QT_TRANSLATE_NOOP("PresetsDialog", "max tokens"),
}


class PresetsDialog(QDialog):
    """The presets of ``settings`` (yours, then the starters), changed and saved through ``store``.

    Signals:
        settings_saved(object): the new :class:`Settings` (already written).
    """

    settings_saved = Signal(object)

    def __init__(self, settings: Settings, store: SettingsStore, selection: CouncilSelection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Council presets"))
        self.setAccessibleName(self.tr("Council presets"))
        self.resize(720, 460)
        self.settings = settings
        self._store = store
        self._selection = selection
        self.prompt_editor: PromptEditor | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Presets"))
        self.details = plain(QLabel())
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Preset details"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Presets status"))
        self.save_as_button = QPushButton(self.tr("Save current council as…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.prompts_button = QPushButton(self.tr("Edit prompts…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        for b, name in ((self.save_as_button, self.tr("Save the council in force as a new preset")),
                        (self.rename_button, self.tr("Rename the selected preset")),
                        (self.delete_button, self.tr("Delete the selected preset")),
                        (self.prompts_button, self.tr("Edit the selected preset's prompts")),
                        (self.export_button, self.tr("Export presets to a JSON file (no keys)")),
                        (self.import_button, self.tr("Import presets from a JSON file"))):
            b.setAccessibleName(name)
            b.setToolTip(name)
        side = QVBoxLayout()
        for b in (self.save_as_button, self.rename_button, self.delete_button, self.prompts_button,
                  self.export_button, self.import_button):
            side.addWidget(b)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 2)
        middle.addWidget(self.details, 3)
        middle.addLayout(side)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lay = QVBoxLayout(self)
        lay.addLayout(middle, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_a: self._show_selected())
        self.save_as_button.clicked.connect(self._on_save_as_clicked)
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.prompts_button.clicked.connect(self._on_prompts_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self._fill()

    # -- the list ------------------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return [p.name for p in self.settings.all_presets()]

    def current(self) -> Preset | None:
        item = self.list.currentItem()
        return self.settings.find_preset(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and str(item.data(Qt.ItemDataRole.UserRole)).casefold() == name.casefold():
                self.list.setCurrentRow(i)
                return

    def _fill(self, keep: str | None = None) -> None:
        if keep is None:
            current = self.current()
            keep = current.name if current is not None else None
        self.list.clear()
        for p in self.settings.all_presets():
            item = QListWidgetItem(self.tr("{name}  (starter)").format(name=p.name) if p.starter else p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            item.setToolTip(tooltip(p.description or ", ".join(p.members)))
            self.list.addItem(item)
        if keep:
            self.select(keep)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        p = self.current()
        mine = p is not None and not p.starter
        self.rename_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)
        self.prompts_button.setEnabled(p is not None)
        if p is None:
            self.details.setText("")
            return
        lines = [self.tr("{name} — a starter shipped with the app").format(name=p.name) if p.starter else p.name, ""]
        if p.description:
            lines += [p.description, ""]
        lines.append(self.tr("Members: {members}").format(members=", ".join(p.members)))
        lines.append(self.tr("Chairman: {chairman}").format(chairman=p.chairman))
        lines.append(self.tr("Mode: {mode}").format(mode=mode_text(p.mode)))
        knobs = [self.tr("{setting} {value}").format(setting=QCoreApplication.translate("PresetsDialog", word),
                                                     value=getattr(p, k))
                 for k, word in KNOBS.items() if getattr(p, k) is not None]
        if knobs:
            lines.append(self.tr("Own settings: {settings}").format(settings=", ".join(knobs)))
        lines.append(self.tr("Prompts: the defaults") if p.prompt_set().is_default else self.tr("Prompts: edited"))
        self.details.setText("\n".join(lines))

    # -- changes -------------------------------------------------------------------------------------------
    def _save(self, settings: Settings, message: str, keep: str | None = None) -> bool:
        try:
            self._store.save(settings)
        except OSError as e:
            self.status.setText(self.tr("✗ Not saved: {reason}").format(reason=e.strerror or e))
            return False
        self.settings = settings
        self._fill(keep)
        self.status.setText(message)
        self.settings_saved.emit(settings)
        return True

    def _problem(self, name: str, *, allow: str | None = None) -> str | None:
        name = name.strip()
        if not name:
            return self.tr("A preset needs a name.")
        if len(name) > 80 or "\n" in name:
            return self.tr("A preset's name is one line of at most 80 characters.")
        mine = {p.name.casefold() for p in self.settings.presets}
        if name.casefold() in mine and name.casefold() != (allow or "").casefold():
            return self.tr("There is already a preset named “{name}”.").format(name=name)
        return None

    def save_current_as(self, name: str) -> bool:
        """Save the council in force (members, chairman, mode, prompts, the preset's own knobs) as ``name``."""
        problem = self._problem(name)
        if problem:
            self.status.setText(f"✗ {problem}")
            return False
        sel = self._selection
        c = sel.council()
        base = sel.preset()
        p = Preset(name.strip(), tuple(c.members), c.chairman, mode=sel.mode(),
                   prompts={k: v for k, v in sel.prompts().to_dict().items() if v != getattr(PromptSet(), k)})
        if base is not None:  # its own knobs come along
            p = replace(p, temperature=base.temperature, review_temperature=base.review_temperature,
                        chairman_temperature=base.chairman_temperature,
                        first_token_timeout=base.first_token_timeout, total_timeout=base.total_timeout,
                        max_tokens=base.max_tokens, description=base.description if not base.starter else "")
        return self._save(replace(self.settings, presets=(*self.settings.presets, p)),
                          self.tr("Saved “{name}”.").format(name=p.name), p.name)

    def rename(self, old: str, new: str) -> bool:
        p = next((x for x in self.settings.presets if x.name.casefold() == old.casefold()), None)
        if p is None:
            self.status.setText(self.tr("✗ Only your own presets can be renamed."))
            return False
        problem = self._problem(new, allow=old)
        if problem:
            self.status.setText(f"✗ {problem}")
            return False
        presets = tuple(replace(x, name=new.strip()) if x is p else x for x in self.settings.presets)
        in_force = self.settings.preset
        preset = new.strip() if in_force and in_force.casefold() == old.casefold() else in_force
        return self._save(replace(self.settings, presets=presets, preset=preset),
                          self.tr("Renamed to “{name}”.").format(name=new.strip()), new.strip())

    def delete(self, name: str) -> bool:
        presets = tuple(x for x in self.settings.presets if x.name.casefold() != name.casefold())
        if len(presets) == len(self.settings.presets):
            self.status.setText(self.tr("✗ Starters cannot be deleted."))
            return False
        new = replace(self.settings, presets=presets)
        if new.preset and new.find_preset(new.preset) is None:
            new = replace(new, preset=None)  # it was in force: back to the settings' council
        message = (self.tr("Deleted “{name}” (the starter of that name is back).") if new.find_preset(name) is not None
                   else self.tr("Deleted “{name}”."))
        return self._save(new, message.format(name=name))

    def set_prompts(self, name: str, prompt_set: PromptSet) -> bool:
        """Give preset ``name`` these prompts (a starter gets your own copy under its name)."""
        p = self.settings.find_preset(name)
        if p is None:
            return False
        edited = {k: v for k, v in prompt_set.to_dict().items() if v and v != getattr(PromptSet(), k)}
        new_p = replace(p, prompts=edited, starter=False)
        mine = [x.name.casefold() for x in self.settings.presets]
        if p.name.casefold() in mine:  # yours: edited in place
            presets = tuple(new_p if x.name.casefold() == p.name.casefold() else x for x in self.settings.presets)
        else:  # a starter: your own copy under its name
            presets = (*self.settings.presets, new_p)
        return self._save(replace(self.settings, presets=presets),
                          self.tr("Prompts of “{name}” saved.").format(name=p.name), p.name)

    def export_to(self, path: Path, names: list[str] | None = None) -> int:
        chosen = [p for p in self.settings.all_presets() if names is None or p.name in names]
        try:
            path.write_text(export_presets(chosen), encoding="utf-8")
        except OSError as e:
            self.status.setText(self.tr("✗ Cannot write {path}: {reason}").format(path=path, reason=e.strerror or e))
            return 0
        n = len(chosen)
        self.status.setText((self.tr("Exported {n} preset to {file}.") if n == 1
                             else self.tr("Exported {n} presets to {file}.")).format(n=n, file=path.name))
        return len(chosen)

    def import_from(self, path: Path) -> list[str]:
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise PresetError(self.tr("the file is too large to be a presets file"))
            incoming = import_presets(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, PresetError) as e:
            self.status.setText(self.tr("✗ {file} cannot be imported: {reason}").format(file=path.name, reason=e))
            return []
        names = {p.name.casefold() for p in incoming}
        kept = tuple(p for p in self.settings.presets if p.name.casefold() not in names)
        imported = [p.name for p in incoming]
        self._save(replace(self.settings, presets=kept + tuple(incoming)),
                   self.tr("Imported: {names}").format(names=", ".join(imported)), imported[0])
        return imported

    # -- buttons (they ask; the methods above do) ----------------------------------------------------------
    def _on_save_as_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save council as preset"), self.tr("Name of the new preset:"))
        if ok:
            self.save_current_as(name)

    def _on_rename_clicked(self) -> None:
        p = self.current()
        if p is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename preset"), self.tr("New name:"), text=p.name)
        if ok:
            self.rename(p.name, name)

    def _on_delete_clicked(self) -> None:
        from council_desktop.ui import safe_text

        p = self.current()
        if p is not None and safe_text.ask(self, self.tr("Delete preset"),
                                           self.tr("Delete the preset “{name}”?").format(name=p.name)):
            self.delete(p.name)

    def open_prompts(self) -> PromptEditor | None:
        p = self.current()
        if p is None:
            return None
        editor = PromptEditor(p.prompt_set(), title=self.tr("Prompts of “{name}”").format(name=p.name), parent=self)
        editor.prompts_saved.connect(lambda ps, name=p.name: self.set_prompts(name, ps))
        self.prompt_editor = editor
        editor.open()
        return editor

    def _on_prompts_clicked(self) -> None:
        self.open_prompts()

    def _on_export_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export presets"),
                                                str(Path.home() / "council-presets.json"), self.tr("JSON (*.json)"))
        if chosen:
            self.export_to(Path(chosen))

    def _on_import_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import presets"), str(Path.home()),
                                                self.tr("JSON (*.json)"))
        if chosen:
            self.import_from(Path(chosen))
