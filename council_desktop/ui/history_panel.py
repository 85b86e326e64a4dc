"""The history sidebar: search (Ctrl+K), the list of past runs grouped by date (pinned runs on top), and Open /
Ask again / Rename (F2) / Pin / Export… / Delete — on one run, or Export and Delete on several selected.

The panel only talks to the :class:`HistoryStore`; the window decides what opening a run means. Wire it like::

    panel.run_selected.connect(lambda run_id: results.show_record(store.get(run_id)))
    panel.ask_again.connect(...)                      # fill the prompt box from store.get(run_id)
    panel.export_requested.connect(lambda run_id: export_dialog(window, store, run_id))

The panel owns the Ctrl+K shortcut (window-wide): do not bind Ctrl+K elsewhere, or Qt reports it ambiguous.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from council_desktop.storage.export import export_format, write_export
from council_desktop.storage.history import HistoryError, HistoryStore
from council_desktop.ui import safe_text
from council_desktop.ui.history_delegate import HistoryRowDelegate
from council_desktop.ui.safe_text import plain
from council_desktop.ui.shortcuts_dialog import set_help
from council_desktop.ui.thread_history import ThreadListModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200


class HistoryListView(QListView):
    """The list of runs; the context menu key (or Shift+F10) opens the menu of the current run.

    Signals:
        menu_requested(QPoint): a context menu was asked for at this viewport position (of the current run when
            asked from the keyboard).
    """

    menu_requested = Signal(QPoint)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        if e.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center() if index.isValid() else QPoint(4, 4)
        else:
            pos = e.pos()
        self.menu_requested.emit(pos)


class HistoryPanel(QWidget):
    """Past runs, newest first, with a search field and per-run actions.

    Signals:
        run_selected(str): the user chose a run to look at (click, arrow keys, Enter, "Open"); the run id.
        ask_again(str): the user wants this run's prompt and council back in the prompt box; the run id.
        export_requested(str): the user asked to export this run (connect to :func:`export_dialog`); the run id.
        run_deleted(str): a run was deleted from the history; the run id (clear any view showing it).
        export_selected(list): the user asked to export these runs (several selected); their ids, newest first.
        run_renamed(str, str): a run got a new title (the run id, the title now shown).
    """

    run_selected = Signal(str)
    ask_again = Signal(str)
    export_requested = Signal(str)
    run_deleted = Signal(str)
    export_selected = Signal(list)
    run_renamed = Signal(str, str)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None, *, page_size: int = 100) -> None:
        super().__init__(parent)
        self._store = store
        self._current_id: str | None = None
        self.menu: QMenu | None = None  # the context menu open now (or last)
        self.model = ThreadListModel(store, page_size=page_size, parent=self)  # a conversation is one entry
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._setup_ui()
        self._connect_signals()
        self._update_state()

    # -- building ------------------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setAccessibleName(self.tr("History"))
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search history (Ctrl+K)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search history"))
        self.search_field.setAccessibleDescription(self.tr("Shows only runs whose question, answers or final answer "
                                                           "contain every word typed here."))

        self.view = HistoryListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(HistoryRowDelegate(self.view))
        self.view.setAccessibleName(self.tr("Past runs"))
        self.view.setAccessibleDescription(self.tr(
            "Pinned runs first, then the newest, grouped by date. Enter opens a run, F2 renames it, Delete removes "
            "it; the context menu (Menu key) has Ask again, Pin, Export and Rename. Shift or Ctrl with a click or an "
            "arrow selects several runs to export or delete together."))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2 (a shortcut) renames
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elide, never scroll sideways

        self.empty_label = plain(QLabel(self))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("History status"))

        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete run"))
        self.delete_button.setToolTip(self.tr("Delete the selected run from the history (Delete)"))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self._search_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        self._search_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._open_shortcut = QShortcut(self.view)
        self._open_shortcut.setKeys([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self._open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._rename_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.view)
        self._rename_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        set_help(self._rename_shortcut, self.tr("Rename the selected run (in the history list)"))
        set_help(self._search_shortcut, self.tr("Search the history"))
        set_help(self._open_shortcut, self.tr("Open the selected run (in the history list)"))
        set_help(self._delete_shortcut, self.tr("Delete the selected run, after asking (in the history list)"))

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.search_field.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        self._search_shortcut.activated.connect(self.focus_search)
        self._delete_shortcut.activated.connect(self._on_delete_requested)
        self._rename_shortcut.activated.connect(self.rename_current)
        self.model.renamed.connect(self.run_renamed)
        self._open_shortcut.activated.connect(lambda: self._on_view_activated(self.view.currentIndex()))
        self.delete_button.clicked.connect(self._on_delete_requested)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.activated.connect(self._on_view_activated)
        self.view.menu_requested.connect(self._on_view_context_menu)
        self.model.modelReset.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self.model.rowsInserted.connect(self._update_state)
        self.model.load_failed.connect(self._update_state)

    # -- public --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (after a run starts or ends), keeping the selected run selected."""
        keep = self._current_id
        self.model.refresh()
        if keep is not None:
            self._reselect(keep)

    def select_run(self, run_id: str) -> bool:
        """Select a run in the list (loading pages as needed) without emitting ``run_selected``."""
        row = self.model.row_of(run_id, load=True)
        if row < 0:
            return False
        self._current_id = run_id
        self._select_row(row)
        return True

    def current_run_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.run_id_at(index.row()) if index.isValid() else None

    def selected_run_ids(self) -> list[str]:
        """The runs selected in the list (several with Shift or Ctrl), in list order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [run_id for r in rows if (run_id := self.model.run_id_at(r)) is not None]

    def rename_current(self) -> bool:
        """Edit the current run's title in place (F2); Enter keeps it, Esc does not, empty goes back to the title
        made from the question."""
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        self.view.edit(index)
        return True

    def rename_run(self, run_id: str, title: str | None) -> bool:
        return self.model.rename(run_id, title)

    def set_pinned(self, run_id: str, pinned: bool) -> bool:
        """Pin a run to the top of the list (or unpin it), keeping the selection."""
        keep = self._current_id
        if not self.model.set_pinned(run_id, pinned):
            return False
        if keep is not None:
            self._select_row(self.model.row_of(keep))
        return True

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in keyboard (Tab) order: search, the list, Delete."""
        return [self.search_field, self.view, self.delete_button]

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def delete_run(self, run_id: str, *, confirm: bool = True) -> bool:
        """Delete one run (after asking, unless ``confirm`` is False); True when it was deleted."""
        summary = next((s for s in (self.model.summary(i) for i in range(self.model.rowCount()))
                        if s and s.id == run_id), None)
        title = summary.title if summary else run_id
        if confirm and not self._confirm_delete(title):
            return False
        try:
            self._store.delete(run_id)
        except HistoryError as e:
            log.warning("history: delete failed: %s", e)
            safe_text.warn(self, self.tr("Delete failed"), str(e))
            return False
        if self._current_id == run_id:
            self._current_id = None
        self.model.remove_run(run_id)
        self.run_deleted.emit(run_id)
        return True

    # -- slots ---------------------------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _reselect(self, run_id: str) -> None:
        """Select the entry holding ``run_id`` again after a reload, without opening anything: a conversation's
        entry stands for its newest run (which may have changed), and that is what the panel now remembers."""
        row = self.model.row_of(run_id)
        if row >= 0:
            self._current_id = self.model.run_id_at(row)
        self._select_row(row)

    def _on_search_field_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        keep = self._current_id
        self.model.set_search(self.search_field.text())
        if keep is not None:
            self._reselect(keep)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        run_id = self.model.run_id_at(current.row()) if current.isValid() else None
        self.delete_button.setEnabled(run_id is not None)
        if run_id is not None and run_id != self._current_id:
            self._current_id = run_id
            self.run_selected.emit(run_id)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        run_id = self.model.run_id_at(index.row())
        if run_id is not None:
            self._current_id = run_id
            self.run_selected.emit(run_id)

    def _on_delete_requested(self) -> None:
        selected = self.selected_run_ids()
        if len(selected) > 1:
            self.delete_runs(selected)
            return
        run_id = self.current_run_id()
        if run_id is not None:
            self.delete_run(run_id)

    def _on_view_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        run_id = self.model.run_id_at(index.row()) if index.isValid() else None
        if run_id is None:
            return
        selected = self.selected_run_ids()
        self.menu = self.build_menu(run_id, selected if run_id in selected and len(selected) > 1 else None)
        self.menu.popup(self.view.viewport().mapToGlobal(pos))  # not exec(): the window's loop keeps running

    def build_menu(self, run_id: str, several: list[str] | None = None) -> QMenu:
        """The context menu for one run (Open, Ask again, Rename…, Pin, Export…, Delete…), or for ``several``
        selected runs (Export them, Delete them)."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Run actions"))
        if several:
            n = len(several)  # always more than one
            menu.addAction(self.tr("Export {n} runs…").format(n=n), lambda: self.export_selected.emit(list(several)))
            menu.addSeparator()
            menu.addAction(self.tr("Delete {n} runs…").format(n=n), lambda: self.delete_runs(several))
            return menu
        summary = self._summary(run_id)
        pinned = summary is not None and summary.pinned
        menu.addAction(self.tr("Open"), lambda: self._open(run_id))
        menu.addAction(self.tr("Ask again"), lambda: self.ask_again.emit(run_id))
        menu.addAction(self.tr("Rename…\tF2"), lambda: self._rename(run_id))
        menu.addAction(self.tr("Unpin") if pinned else self.tr("Pin to the top"),
                       lambda: self.set_pinned(run_id, not pinned))
        menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(run_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_run(run_id))
        return menu

    def _summary(self, run_id: str) -> Any:
        row = self.model.row_of(run_id)
        return self.model.summary(row) if row >= 0 else None

    def _rename(self, run_id: str) -> None:
        self.select_run(run_id)
        self.rename_current()

    def delete_runs(self, run_ids: list[str], *, confirm: bool = True) -> int:
        """Delete several runs after asking once; how many were deleted."""
        if not run_ids:
            return 0
        if len(run_ids) == 1:
            return int(self.delete_run(run_ids[0], confirm=confirm))
        if confirm and not safe_text.ask(self, self.tr("Delete runs"), self.tr(
                "Delete {n} runs from the history? This cannot be undone.").format(n=len(run_ids))):
            return 0
        return sum(self.delete_run(run_id, confirm=False) for run_id in run_ids)

    def _open(self, run_id: str) -> None:
        self.select_run(run_id)
        self.run_selected.emit(run_id)

    def _confirm_delete(self, title: str) -> bool:
        return safe_text.ask(self, self.tr("Delete run"),
                             self.tr("Delete “{title}” from the history? This cannot be undone.").format(title=title))

    def _update_state(self, *_args: Any) -> None:
        if self.model.last_error:
            text = self.model.last_error
        elif self.model.rowCount() == 0:
            text = (self.tr("No runs match “{search}”.").format(search=self.model.search) if self.model.search
                    else self.tr("No runs yet: ask the council a question."))
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.delete_button.setEnabled(self.view.currentIndex().isValid())


def _file_stem(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-")
    return stem[:60] or "council-run"


def export_dialog(parent: QWidget | None, store: HistoryStore, run_id: str) -> Path | None:
    """Ask where to save a run and write it as Markdown or JSON (by the chosen name). The path, or None."""
    try:
        record = store.get(run_id)
    except HistoryError as e:
        safe_text.warn(parent, QCoreApplication.translate("HistoryPanel", "Export failed"), str(e))
        return None
    md = QCoreApplication.translate("HistoryPanel", "Markdown (*.md)")
    js = QCoreApplication.translate("HistoryPanel", "JSON (*.json)")
    suggested = str(Path.home() / f"{_file_stem(record.title)}.md")
    chosen, selected = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("HistoryPanel", "Export run"),
                                                   suggested, f"{md};;{js}")
    if not chosen:
        return None
    path = Path(chosen)
    if export_format(path) is None:
        path = path.with_name(path.name + (".json" if selected == js else ".md"))
    try:
        write_export(record, path)
    except OSError as e:
        safe_text.warn(parent, QCoreApplication.translate("HistoryPanel", "Export failed"),
                       QCoreApplication.translate("HistoryPanel", "Cannot write {path}: {reason}").format(
                           path=path, reason=e.strerror or e))
        return None
    return path
