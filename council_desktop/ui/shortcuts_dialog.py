"""Help → Keyboard shortcuts, generated from the window's own QAction and QShortcut objects (it cannot drift).

Every action or shortcut that should be listed says what it does with :func:`set_help`; the dialog reads the key
sequences from the objects themselves. Keys that Qt handles without an object of ours are in :data:`BUILT_IN`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

HELP_PROPERTY = "shortcutHelp"

# Keys Qt itself gives every window (no QAction/QShortcut of ours to read them from). What they do is English
# here (context "ShortcutsDialog"), translated when the list is made; the keys are key sequences.
BUILT_IN = (
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between controls")),
    ("Shift+F10 / Menu", QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the focused row's menu (model list: skip, copy "
                                                              "id; history: open, ask again, export, delete)")),
)

# How keys are spelled in the list (Return and the keypad's Enter are one key to a reader).
_WORDS = {"Return": "Enter", "Del": "Delete", "Escape": "Esc"}


def set_help(obj: QAction | QShortcut, text: str) -> None:
    """Say what ``obj`` does in Help → Keyboard shortcuts (an empty text keeps it out of the list)."""
    obj.setProperty(HELP_PROPERTY, text)


def help_of(obj: QObject) -> str | None:
    value = obj.property(HELP_PROPERTY)
    return str(value) if value is not None else None


def key_text(seq: QKeySequence) -> str:
    parts = seq.toString(QKeySequence.SequenceFormat.NativeText).split("+")
    return "+".join(_WORDS.get(p, p) for p in parts)


def keys_text(seqs: Iterable[QKeySequence]) -> str:
    out: list[str] = []
    for seq in seqs:
        text = key_text(seq)
        if text and text not in out:
            out.append(text)
    return " / ".join(out)


def _sequences(obj: QObject) -> list[QKeySequence]:
    if isinstance(obj, QAction):
        return list(obj.shortcuts())
    if isinstance(obj, QShortcut):
        return list(obj.keys())
    return []


def collect_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what it does) for every action of ``window`` with a shortcut (its help text, else its status tip or
    menu text) and every QShortcut inside it that has a help text; then :data:`BUILT_IN`."""
    rows: list[tuple[str, str]] = []
    objects: list[QObject] = [*window.actions(), *window.findChildren(QShortcut)]
    for obj in objects:
        seqs = _sequences(obj)
        if not seqs:
            continue
        what = help_of(obj)
        if what is None and isinstance(obj, QAction):
            what = obj.statusTip() or obj.text().replace("&", "").rstrip("…")
        if not what:
            continue
        row = (keys_text(seqs), what)
        if row not in rows:
            rows.append(row)
    built_in = [(keys, QCoreApplication.translate("ShortcutsDialog", what)) for keys, what in BUILT_IN]
    rows.extend(r for r in built_in if r not in rows)
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table (keys, what they do), sized to show every row without scrolling."""

    def __init__(self, rows: list[tuple[str, str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.set_rows(rows or [])

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for r, (keys, what) in enumerate(rows):
            keys_item = QTableWidgetItem(keys)
            what_item = QTableWidgetItem(what)
            what_item.setToolTip(what)
            self.table.setItem(r, 0, keys_item)
            self.table.setItem(r, 1, what_item)
        self.table.resizeRowsToContents()
        self._fit()

    def rows(self) -> list[tuple[str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]

    def _fit(self) -> None:
        """Make the table as large as its contents (capped by the screen) and the dialog fit around it."""
        t = self.table
        frame = 2 * t.frameWidth()
        width = frame + sum(max(t.sizeHintForColumn(c), t.horizontalHeader().sectionSizeHint(c))
                            for c in range(t.columnCount())) + 8
        height = frame + t.horizontalHeader().sizeHint().height() + sum(t.rowHeight(r)
                                                                        for r in range(t.rowCount()))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
            height = min(height, int(screen.height() * 0.8))
        t.setMinimumSize(width, height)
        self.adjustSize()

