"""The live model list: one row per member in the current stage, skip by context menu, button or Delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu

from council_desktop.ui import fmt
from council_desktop.ui.model_delegate import ModelRowDelegate
from council_desktop.ui.model_list_model import ModelListModel
from council_desktop.ui.shortcuts_dialog import set_help

PULSE_MS = 125  # the generating dot's gentle pulse: 1 s per cycle, 8 steps
PULSE_STEPS = 8
TICK_MS = 1000  # rows that count seconds (queued, waiting, retrying) repaint once a second


class ModelListView(QListView):
    """Shows a :class:`ModelListModel`; asks to skip a running model.

    Signals:
        skip_requested(str): the user asked to skip this model (context menu, the row's button, Delete).
    """

    skip_requested = Signal(str)

    def __init__(self, model: ModelListModel | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.list_model = model or ModelListModel(self)
        self.setModel(self.list_model)
        self.delegate = ModelRowDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide, never scroll
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Council members"))
        self.setAccessibleDescription(self.tr("One row per model in the current stage, with its status in words. "
                                              "Enter opens a model's text; Delete or the context menu skips a "
                                              "running model."))
        self.delegate.skip_clicked.connect(self.skip_requested)
        self._pulse = QTimer(self)
        self._pulse.setInterval(PULSE_MS)
        self._pulse.timeout.connect(self._on_pulse)
        self._step = 0
        self._repainting = False  # rows changed since the last pulse: that repaint shows the new phase too
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self.list_model.dataChanged.connect(self._on_rows_changed)
        self.list_model.modelReset.connect(self._update_pulse)
        self.list_model.rowsInserted.connect(self._update_pulse)
        # Keys of the list as QShortcut objects (Help → Keyboard shortcuts lists them from these).
        self.skip_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        self.skip_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        set_help(self.skip_shortcut, self.tr("Skip the selected model while it runs (in the model list)"))
        self.skip_shortcut.activated.connect(self._on_skip_shortcut_activated)
        self.open_shortcut = QShortcut(self)
        self.open_shortcut.setKeys([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        set_help(self.open_shortcut, self.tr("Open that model's answer (on a row of the model list, after "
                                             "stage 1)"))
        self.open_shortcut.activated.connect(self._on_open_shortcut_activated)

    # -- animation -----------------------------------------------------------------------------------------
    def _on_rows_changed(self, top: Any, *args: Any) -> None:
        self._repainting = True
        row = self.list_model.row_at(top.row())
        if row is not None and row.status == "generating" and not row.over:
            if not self._pulse.isActive():
                self._pulse.start()
        elif self._pulse.isActive():
            self._update_pulse()  # that may have been the last generating row
        if row is not None and row.status in fmt.TICKING_STATES and not row.over:
            if not self._tick.isActive():
                self._tick.start()
        elif self._tick.isActive() and not self.list_model.ticking_rows():
            self._tick.stop()

    def _update_pulse(self, *args: Any) -> None:
        generating = any((r := self.list_model.row_at(i)) is not None and r.status == "generating" and not r.over
                         for i in range(self.list_model.rowCount()))
        if generating and not self._pulse.isActive():
            self._pulse.start()
        elif not generating and self._pulse.isActive():
            self._pulse.stop()
            self.delegate.phase = 0.0
        if self.list_model.ticking_rows():
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()

    def _on_tick(self) -> None:
        if not self.list_model.tick():
            self._tick.stop()

    @property
    def ticking(self) -> bool:
        return self._tick.isActive()

    def _on_pulse(self) -> None:
        self._step = (self._step + 1) % PULSE_STEPS
        self.delegate.phase = self._step / PULSE_STEPS
        if not self._repainting:  # one repaint per pulse at most, shared with the token-count updates
            self.viewport().update()
        self._repainting = False

    @property
    def animating(self) -> bool:
        return self._pulse.isActive()

    # -- skipping ------------------------------------------------------------------------------------------
    def _model_at(self, row: int) -> str | None:
        r = self.list_model.row_at(row)
        return r.model if r is not None else None

    def current_model(self) -> str | None:
        idx = self.currentIndex()
        return self._model_at(idx.row()) if idx.isValid() else None

    def context_menu_for(self, row: int) -> QMenu:
        """The row's menu (built separately so tests can check it without opening a popup)."""
        menu = QMenu(self)
        model = self._model_at(row)
        r = self.list_model.row_at(row)
        act = QAction(self.tr("Skip {model}").format(model=model) if model else self.tr("Skip"), menu)
        act.setEnabled(r is not None and r.running)
        if model:
            act.triggered.connect(lambda: self.skip_requested.emit(model))
        menu.addAction(act)
        copy = QAction(self.tr("Copy model id"), menu)
        copy.setEnabled(model is not None)
        if model:
            copy.triggered.connect(lambda: self._copy(model))
        menu.addAction(copy)
        return menu

    @staticmethod
    def _copy(text: str) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(text)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        if e.reason() == QContextMenuEvent.Reason.Keyboard:
            idx = self.currentIndex()
            pos = self.visualRect(idx).center() if idx.isValid() else QPoint(4, 4)
        else:
            idx = self.indexAt(e.pos())
            pos = e.pos()
        if not idx.isValid():
            return
        self.setCurrentIndex(idx)
        self.context_menu_for(idx.row()).popup(self.viewport().mapToGlobal(pos))

    def _on_skip_shortcut_activated(self) -> None:
        model = self.current_model()
        row = self.list_model.row(model) if model else None
        if model and row is not None and row.running:
            self.skip_requested.emit(model)

    def _on_open_shortcut_activated(self) -> None:
        idx = self.currentIndex()
        if idx.isValid():
            self.activated.emit(idx)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        # The QShortcut handles Delete while the list has the focus in the active window; a key event that reaches
        # the list otherwise (no active window) asks for the same.
        if e.key() == Qt.Key.Key_Delete and not e.modifiers():
            self._on_skip_shortcut_activated()
            return
        super().keyPressEvent(e)
