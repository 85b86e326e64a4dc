"""Find in the answer on screen (Ctrl+F): every match highlighted, Enter / F3 to the next, Shift+F3 back, Esc closes.

The bar searches whatever text view its ``target`` callable returns at the time (the final answer, or the member
chosen in the answers or reviews), so it follows the user from tab to tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QWidget

from council_desktop.ui.safe_text import plain
from council_desktop.ui.shortcuts_dialog import set_help

MAX_MARKED = 2000  # matches highlighted at most (a one-letter search in a long answer)


class FindField(QLineEdit):
    """The search field: Esc closes the bar (before the window's Esc, which cancels a run, can take it).

    Signals:
        escape_pressed(): Esc was pressed in the field.
    """

    escape_pressed = Signal()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) \
                and e.key() == Qt.Key.Key_Escape and not e.modifiers():
            e.accept()  # ours, not the window's Cancel
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape and not e.modifiers():
            self.escape_pressed.emit()
            return
        super().keyPressEvent(e)


class FindBar(QWidget):
    """``Find: [____] 3 of 12 [Previous] [Next] [Close]`` under the results; hidden until Ctrl+F."""

    def __init__(self, target: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._target = target
        self._marked: Any = None  # the view whose matches are highlighted
        self.field = FindField()
        self.field.setPlaceholderText(self.tr("Find in this answer"))
        self.field.setAccessibleName(self.tr("Find in this answer"))
        self.field.setClearButtonEnabled(True)
        self.count = plain(QLabel())
        self.count.setAccessibleName(self.tr("Matches"))
        self.prev_button = QPushButton(self.tr("Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 0)
        label = QLabel(self.tr("Fin&d:"))
        label.setBuddy(self.field)
        lay.addWidget(label)
        lay.addWidget(self.field, 1)
        lay.addWidget(self.count)
        lay.addWidget(self.prev_button)
        lay.addWidget(self.next_button)
        lay.addWidget(self.close_button)
        self.next_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self)
        self.next_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        set_help(self.next_shortcut, self.tr("Next match of Find"))
        self.prev_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self)
        self.prev_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        set_help(self.prev_shortcut, self.tr("Previous match of Find"))
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.returnPressed.connect(self.find_next)
        self.field.escape_pressed.connect(self.close_bar)
        self.next_button.clicked.connect(self.find_next)
        self.prev_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self.next_shortcut.activated.connect(self.find_next)
        self.prev_shortcut.activated.connect(self.find_previous)
        self.hide()

    # -- what the window calls -----------------------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with the field focused (its text selected): Ctrl+F."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self._search(from_start=True)

    def close_bar(self) -> None:
        self._unmark()
        self.hide()
        view = self._target()
        if view is not None:
            view.setFocus()

    def find_next(self) -> bool:
        return self._step(backward=False)

    def find_previous(self) -> bool:
        return self._step(backward=True)

    def refresh(self) -> None:
        """The text on screen changed (another member, another tab): mark the matches there."""
        if self.isVisible() and self.field.text():
            self._search(from_start=True)

    # -- searching -----------------------------------------------------------------------------------------
    def _on_field_text_changed(self, _text: str) -> None:
        self._search(from_start=True)

    def _matches(self, view: Any, text: str) -> list[QTextCursor]:
        doc: QTextDocument = view.document()
        out: list[QTextCursor] = []
        cursor = QTextCursor(doc)
        while len(out) < MAX_MARKED:
            cursor = doc.find(text, cursor)
            if cursor.isNull():
                break
            out.append(QTextCursor(cursor))
        return out

    def _search(self, *, from_start: bool) -> None:
        view = self._target()
        text = self.field.text()
        self._unmark()
        if view is None or not text:
            self.count.setText("")
            return
        matches = self._matches(view, text)
        self._mark(view, matches)
        if from_start and matches:
            view.setTextCursor(matches[0])
            view.ensureCursorVisible()
        self._say_count(view, matches)

    def _step(self, *, backward: bool) -> bool:
        view = self._target()
        text = self.field.text()
        if view is None or not text:
            return False
        if not self.isVisible():
            self.open_bar()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = view.find(text, flags)
        if not found:  # wrap around
            cursor = view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            view.setTextCursor(cursor)
            found = view.find(text, flags)
        matches = self._matches(view, text)
        if self._marked is not view:
            self._mark(view, matches)
        self._say_count(view, matches)
        return bool(found)

    def _say_count(self, view: Any, matches: list[QTextCursor]) -> None:
        if not matches:
            self.count.setText(self.tr("No match"))
            return
        here = view.textCursor().selectionStart()
        index = next((i for i, c in enumerate(matches) if c.selectionStart() == here), None)
        total = f"{len(matches)}{'+' if len(matches) >= MAX_MARKED else ''}"  # "2000+": more were not counted
        self.count.setText(self.tr("{n} of {total}").format(n=index + 1, total=total) if index is not None
                           else self.tr("{total} matches").format(total=total))

    def _mark(self, view: Any, matches: list[QTextCursor]) -> None:
        selections = []
        colour = view.palette().color(QPalette.ColorRole.Highlight)
        colour.setAlpha(90)
        for cursor in matches:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor  # type: ignore[attr-defined]
            sel.format.setBackground(colour)  # type: ignore[attr-defined]
            selections.append(sel)
        view.setExtraSelections(selections)
        self._marked = view

    def _unmark(self) -> None:
        if self._marked is not None:
            try:
                self._marked.setExtraSelections([])
            except RuntimeError:  # the view was deleted (another run shown)
                pass
            self._marked = None
