"""The window shell: menus and actions, the prompt, the banner, the history sidebar, settings and geometry.

What a run looks like lives in :class:`RunView` (fed from the run state); what Run, Cancel, Skip and "Synthesize
now" mean lives in :class:`RunController`. The shell wires them together and says what happened.
"""

from __future__ import annotations

import itertools
import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from council_desktop import APP_NAME
from council_desktop.council.orchestrator import RunSpec
from council_desktop.council.state import RunState, make_title
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.keystore import KEY_ENV, KeyStore
from council_desktop.storage.paths import AppPaths
from council_desktop.storage.settings import Settings, SettingsError, SettingsStore
from council_desktop.ui import file_actions
from council_desktop.ui.appearance import apply_appearance, text_zoom
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.live_run_bar import LiveRunBar
from council_desktop.ui.notice_bar import NoticeBar
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB
from council_desktop.ui.run_controller import ALREADY_RUNNING, RunController, StartOutcome, already_running_text
from council_desktop.ui.run_view import RunView
from council_desktop.ui.runner import Changes, CouncilRunner
from council_desktop.ui.settings_dialog import SettingsDialog
from council_desktop.ui.shortcuts_dialog import ShortcutsDialog, collect_shortcuts, set_help
from council_desktop.ui.summary_banner import SummaryBanner

log = logging.getLogger(__name__)

__all__ = ["ALREADY_RUNNING", "MainWindow"]

GEOMETRY_FILE = "window.ini"
TOTALS_EVERY_S = 1.0  # a live run's totals line (tokens and cost so far) changes at most this often
RUNNING_TEXT = QT_TRANSLATE_NOOP("MainWindow", "Running the council…  (Esc cancels)")


class MainWindow(QMainWindow):
    """The desktop window. Listens to one :class:`CouncilRunner`; never awaits.

    Signals:
        settings_changed(object): the user saved new :class:`Settings` (the app updates its providers).
        closed(): the window was closed (a running council was cancelled); the app cleans up and quits.
    """

    settings_changed = Signal(object)
    closed = Signal()

    def __init__(self, runner: CouncilRunner, *, settings_store: SettingsStore, key_store: KeyStore,
                 paths: AppPaths, service: OpenRouterService | None = None, check_key_on_show: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._settings_store = settings_store
        self._keys = key_store
        self._paths = paths
        self._service = service
        self._catalog = service.catalog if service is not None else ModelCatalog(paths.models_cache_file)
        self._check_key_on_show = check_key_on_show
        self._shown_once = False
        self._live = True  # the run view shows the live run (not one reopened from history)
        self._listed_run: str | None = None  # the live run the history sidebar lists already
        self._run_notes: list[tuple[str, str]] = []  # (level, text) said when the live run started; kept after it
        self._totals_at = 0.0  # when the live run's totals line last changed (time.monotonic)
        self._unknown_texts: set[str] = set()  # the banner's warnings about unknown model ids, to replace them
        self.history_panel: Any = None
        self.history_store: Any = None
        self.settings_dialog: SettingsDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._settings_problem: str | None = None
        try:
            self.settings = settings_store.load()
        except SettingsError as e:
            self.settings = Settings()
            self._settings_problem = self.tr("{problem}. Using the default settings; saving will replace the "
                                             "file.").format(problem=e)
        self.controller = RunController(runner, settings=lambda: self.settings, key_store=key_store,
                                        catalog=self._catalog)
        self.controller.confirm_insecure = self._confirm_insecure
        apply_appearance(self.settings.appearance, self.settings.text_scale)
        self._setup_ui()
        self._setup_actions()
        self._connect_signals()
        self._restore_geometry()
        self._update_title()
        self._update_key_status()
        if self._settings_problem:
            self.banner.show_message(self._settings_problem, "warning")
        self.check_council_ids()
        self.prompt.setFocus()

    # -- construction --------------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        from council_desktop.ui.prompt_box import PromptBox

        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.prompt = PromptBox()
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(False)
        self.run_button.setAccessibleName(self.tr("Run the council"))
        self.run_button.setToolTip(self.tr("Run the council (Ctrl+Enter)"))
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setAccessibleName(self.tr("Open settings"))
        self.settings_button.setToolTip(self.tr("Key, council members, providers, timeouts (Ctrl+,)"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(self._prompt_heading())
        top.addWidget(self.prompt, 1)
        top.addLayout(buttons)
        self.banner = SummaryBanner()
        self.notice = NoticeBar()
        self.live_bar = LiveRunBar()
        self.run_view = RunView()
        # The run view's parts, as the shell and its tests reach them.
        self.stage_progress = self.run_view.stage_progress
        self.model_list = self.run_view.model_list
        self.list_model = self.run_view.list_model
        self.models_label = self.run_view.models_label
        self.results = self.run_view.results
        self.inner_splitter = self.run_view.splitter
        main = QWidget()
        lay = QVBoxLayout(main)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addLayout(top)
        # Issues 11 and 12: the council bar above the run; around the run view its lineage, actions, sources and
        # the follow-up box; conversations (see window_power).
        from council_desktop.ui.window_power import WindowPower

        self.power = WindowPower(self)
        self.power.council_bar.members_row.addWidget(self.power.estimate)  # the next run's cost, by the council
        self.run_view.question.add_button(self.power.lineage_bar.prompts_button)  # beside the question
        lay.addWidget(self.power.council_bar)
        lay.addWidget(self.banner)
        lay.addWidget(self.notice)
        lay.addWidget(self.live_bar)
        lay.addWidget(self.power.run_area, 1)
        self.sidebar = QWidget()
        self.sidebar.setObjectName("historySidebar")
        self.sidebar.setAccessibleName(self.tr("History"))
        self._sidebar_layout = QVBoxLayout(self.sidebar)
        self._sidebar_layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar.hide()  # shown once a history panel is set
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("outerSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(main)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setCollapsible(1, False)
        self._size_sidebar()
        self.setCentralWidget(self.splitter)
        self.key_status = QLabel()
        self.key_status.setAccessibleName(self.tr("Key status"))
        self.statusBar().addPermanentWidget(self.key_status)
        self.resize(1280, 820)
        self.inner_splitter.setSizes([380, 900])
        self.splitter.setSizes([260, 1020])
        self._apply_tab_order()

    def _prompt_heading(self) -> QVBoxLayout:
        """Left of the prompt (no row of its own: the answers keep the height): the button that shows or hides
        the history, and what the prompt box is for."""
        self.history_button = QToolButton()
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.history_button.setAutoRaise(False)
        self.prompt_label = QLabel(self.tr("&New question:"))
        self.prompt_label.setBuddy(self.prompt)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.history_button)
        column.addWidget(self.prompt_label)
        column.addStretch(1)
        return column

    def roomy_enough_for_history(self) -> bool:
        """Whether the history fits beside a main area ~55 lines of text wide, at this window width and text
        size (on a first start; afterwards the user's own choice is kept): at 1024 px with 150 % text it starts
        collapsed, at 1024 px with the usual text it shows."""
        return self.width() >= self.sidebar.minimumWidth() + 55 * QFontMetrics(QApplication.font()).height()

    def _size_sidebar(self) -> None:
        """The history sidebar never shrinks to a sliver: at least ~18 characters wide, or collapsed (dragged
        shut, Ctrl+H, or the History button) — the answers get the room on a small screen."""
        # The application's font (the text-size setting), which this window may not have taken yet.
        self.sidebar.setMinimumWidth(QFontMetrics(QApplication.font()).horizontalAdvance("x" * 18))
        self.splitter.setCollapsible(0, True)

    def focus_chain(self) -> list[QWidget]:
        """The window's controls in keyboard (Tab) order, following the layout left to right: the history
        (search, list, Delete), the prompt, Run, Settings, the live-run bar, the question, the model list, the
        results."""
        history = self.history_panel.focus_chain() if self.history_panel is not None else []
        question = self.run_view.question
        return [*history, self.history_button, self.prompt, self.run_button, self.settings_button,
                self.live_bar.back_button, question.reuse_button, question.more_button, self.model_list,
                self.results]

    def _apply_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _action(self, text: str, slot: Any, shortcuts: tuple[str | QKeySequence.StandardKey, ...] = (),
                menu: Any = None, tip: str = "", help_text: str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcuts:
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
        act.triggered.connect(lambda _checked=False: slot())
        if tip:
            act.setStatusTip(tip)
        if help_text is not None:
            set_help(act, help_text)  # what Help → Keyboard shortcuts says about it
        if menu is not None:
            menu.addAction(act)
        self.addAction(act)  # shortcuts work wherever the focus is in the window
        return act

    def _setup_actions(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        council_menu = bar.addMenu(self.tr("&Council"))
        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, ("Ctrl+,",), file_menu,
                                            help_text=self.tr("Settings (key, council, providers, timeouts)"))
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, ("Ctrl+Q",), file_menu,
                                        help_text=self.tr("Quit (a running council is cancelled first)"))
        run_keys = ("Ctrl+Return", "Ctrl+Enter")
        self.run_action = self._action(self.tr("&Run"), self.run_council, run_keys, council_menu,
                                       self.tr("Run the council on the prompt"))
        # While a run goes on, Run is disabled (it never pre-empts the running council); the same keys then reach
        # this hidden action, which only says so. Disabled actions do not make a shortcut ambiguous.
        self.run_busy_action = self._action(self.tr("Run (a council is already running)"), self.run_council,
                                            run_keys, help_text="")
        self.run_busy_action.setEnabled(False)
        self.cancel_action = self._action(self.tr("&Cancel run"), self.cancel_run, ("Esc",), council_menu,
                                          help_text=self.tr("Cancel the running council"))
        self.cancel_action.setEnabled(False)
        self.synthesize_action = self._action(
            self.tr("Synthesize &now"), self.synthesize_now, ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), council_menu,
            self.tr("End this stage with the members that have finished; the council goes on"),
            help_text=self.tr("Synthesize now: end the current stage with the members that have finished"))
        self.synthesize_action.setEnabled(False)
        self.skip_action = self._action(self.tr("S&kip selected model"), self.skip_selected, (), council_menu)
        self.focus_prompt_action = self._action(self.tr("&Focus prompt"), self.prompt.setFocus, ("Ctrl+L",),
                                                council_menu, help_text=self.tr("Focus the prompt"))
        self.final_action = self._action(self.tr("&Final answer"), lambda: self.results.setCurrentIndex(FINAL_TAB),
                                         ("Ctrl+1",), view_menu, help_text=self.tr("Show the final answer"))
        self.answers_action = self._action(self.tr("&Answers (stage 1)"),
                                           lambda: self.results.setCurrentIndex(ANSWERS_TAB), ("Ctrl+2",), view_menu,
                                           help_text=self.tr("Show the answers (stage 1)"))
        self.review_action = self._action(self.tr("&Peer review (stage 2)"),
                                          lambda: self.results.setCurrentIndex(REVIEW_TAB), ("Ctrl+3",), view_menu,
                                          help_text=self.tr("Show the peer review (stage 2)"))
        self.copy_final_action = self._action(self.tr("&Copy final answer"), self.results.final.pane.copy,
                                              ("Ctrl+Shift+C",), view_menu, help_text=self.tr("Copy the final answer"))
        view_menu.addSeparator()
        self.history_action = QAction(self.tr("&History"), self)
        self.history_action.setCheckable(True)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setEnabled(False)
        self.history_action.toggled.connect(self._on_history_action_toggled)
        set_help(self.history_action, self.tr("Show or hide the history"))
        view_menu.addAction(self.history_action)
        self.addAction(self.history_action)
        self.history_button.setDefaultAction(self.history_action)
        self.history_button.setAccessibleName(self.tr("Show or hide the history"))
        self.back_to_live_action = self._action(self.tr("Back to the &live run"), self.back_to_live,
                                                ("Ctrl+Shift+L",), view_menu,
                                                help_text=self.tr("Back to the live run (while looking at a past "
                                                                  "run)"))
        self.back_to_live_action.setEnabled(False)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, ("F1",), help_menu,
                                             help_text=self.tr("This list"))
        self.about_action = self._action(self.tr("&About"), self.show_about, (), help_menu)
        self.power.add_actions(view_menu, council_menu)  # Presets…, Spend and leaderboard…
        self._setup_file_actions()
        self._setup_reading_actions()

    def _connect_signals(self) -> None:
        r = self.runner
        r.run_started.connect(self._on_runner_run_started)
        r.running_changed.connect(self._on_runner_running_changed)
        r.state_changed.connect(self._on_runner_state_changed)
        r.finished.connect(self._on_runner_finished)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.settings_button.clicked.connect(lambda: self.open_settings())
        self.model_list.skip_requested.connect(self._on_model_list_skip_requested)
        self.run_view.synthesize_requested.connect(self.synthesize_now)
        self.run_view.news.connect(self.say)
        self.run_view.reuse_requested.connect(self._on_run_view_reuse_requested)
        self.live_bar.back_button.clicked.connect(self.back_to_live)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.prompt.submit_requested.connect(self.run_council)
        self.prompt.cancel_requested.connect(self.cancel_run)
        if self._service is not None:
            self._service.catalog_changed.connect(self._on_service_catalog_changed)
        self.statusBar().messageChanged.connect(self._on_status_message_changed)
        self.power.connect_signals()

    # -- geometry ------------------------------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        path = self._paths.config_dir / GEOMETRY_FILE
        return QSettings(str(path), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        s = self._qsettings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name, splitter in (("window/splitter", self.splitter), ("window/inner_splitter", self.inner_splitter)):
            state = s.value(name)
            if state is not None:
                splitter.restoreState(state)
        saved = s.value("window/history_visible")
        # None: the user never chose; the first show decides by the room there is (see roomy_enough_for_history)
        self._history_visible: bool | None = str(saved).lower() == "true" if saved is not None else None
        try:
            text_zoom().set_percent(int(str(s.value("view/zoom", "100"))))
        except ValueError:
            text_zoom().reset()

    def save_geometry(self) -> None:
        try:
            self._paths.config_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.warning("cannot remember the window geometry: %s", e)
            return
        s = self._qsettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/inner_splitter", self.inner_splitter.saveState())
        s.setValue("view/zoom", str(text_zoom().percent))
        if self.history_panel is not None:
            s.setValue("window/history_visible", "true" if self.history_action.isChecked() else "false")
        s.sync()

    # -- the key -------------------------------------------------------------------------------------------
    def _update_key_status(self) -> None:
        found = self._keys.lookup()
        if found.source == "none" and not self.controller.needs_openrouter():
            text = self.tr("Local council: no OpenRouter key needed")  # every member and the chairman are local
        else:
            text = {"env": self.tr("OpenRouter key: from {env}").format(env=KEY_ENV),
                    "keyring": self.tr("OpenRouter key: in the system keyring"),
                    "session": self.tr("OpenRouter key: this session only (not saved)"),
                    "none": self.tr("No OpenRouter key — open Settings")}[found.source]
        self.key_status.setText(text)

    def needs_key(self) -> bool:
        return self.controller.needs_key()

    def setVisible(self, visible: bool) -> None:
        # Decided before the window first shows: a sidebar there would widen a 1024 px window (the layout's
        # minimum from before is applied at show); the size asked for is put back once the layout has settled.
        wanted = self.size() if visible and not self._shown_once else None
        if wanted is not None and self._history_visible is None and self.history_panel is not None:
            self.history_action.setChecked(self.roomy_enough_for_history())
        super().setVisible(visible)
        if wanted is not None and self.size() != wanted:
            QTimer.singleShot(0, lambda: self.resize(wanted))

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if not self._shown_once:
            self._shown_once = True
            if self._check_key_on_show and self.needs_key():
                QTimer.singleShot(0, lambda: self.open_settings(first_run=True))

    # -- Run / Cancel / Skip / Synthesize now --------------------------------------------------------------
    def run_council(self) -> bool:
        """Start a council on the prompt; False (and a message saying why) when it cannot start. A running council
        is never pre-empted: Esc (or Cancel) ends it first."""
        outcome = self.controller.start(self.prompt.text())
        if not outcome.started:
            self._say_refusal(outcome)
            return False
        self._run_notes = []
        if outcome.unknown_ids:
            self.warn_unknown_ids(outcome.unknown_ids, running=True)
        self._clear_prompt()
        return True

    def _confirm_insecure(self, insecure: list[tuple[str, str]]) -> bool:
        """Before a key travels over plain http:// to another machine: say where, and let the user decide."""
        from council_desktop.ui.safe_text import ask

        where = "\n".join(f"• {name}: {url}" for name, url in insecure)
        return ask(self, self.tr("Send the key unencrypted?"),
                   self.tr("This council sends an API key over plain http:// (not encrypted) to another machine:\n\n"
                           "{where}\n\nAnyone on the networks in between could read the key. Use an https:// "
                           "address if the server has one. Send it anyway for this session?").format(where=where))

    def _say_refusal(self, outcome: StartOutcome) -> None:
        if outcome.reason == "busy":
            self.say(outcome.refusal or already_running_text())
        elif outcome.reason == "no_key":
            self.banner.show_message(self.tr("No OpenRouter API key yet: add one in Settings (or set {env}).").format(
                env=KEY_ENV), "warning")
            self.open_settings(first_run=True)
        else:
            self.banner.show_message(outcome.refusal or self.tr("The council cannot start."), "warning")
            self.prompt.setFocus()

    def cancel_run(self) -> bool:
        if self.controller.cancel():
            self.say(self.tr("Cancelling…"), 3000)
            return True
        return False

    def skip_selected(self) -> None:
        model = self.model_list.current_model()
        if model:
            self._on_model_list_skip_requested(model)

    def synthesize_now(self) -> bool:
        """End the current stage with the members that have finished; the council goes on."""
        if self.controller.synthesize_now():
            self.say(self.tr("Ending this stage with the members that have finished…"), 4000)
            return True
        self.say(self.tr("Nothing to end early: no member has finished this stage yet, or every member has."), 4000)
        return False

    def _on_model_list_skip_requested(self, model: str) -> None:
        if self.controller.skip(model):
            self.say(self.tr("Skipping {model}…").format(model=model), 3000)
        else:
            self.say(self.tr("{model} is not running.").format(model=model), 3000)

    def _on_run_button_clicked(self) -> None:
        if self.runner.is_running:
            self.cancel_run()
        else:
            self.run_council()

    # -- model ids -----------------------------------------------------------------------------------------
    def refresh_model_list_if_stale(self) -> bool:
        """At start: fetch OpenRouter's model list in the background when the cache is missing or a day old, so
        unknown ids are flagged before a run (only if the council uses OpenRouter). True when a fetch started."""
        if self._service is None or not self.controller.needs_openrouter():
            return False
        return self._service.refresh_if_stale()

    def unknown_council_ids(self) -> list[str]:
        return self.controller.unknown_ids()

    def check_council_ids(self) -> None:
        """Warn (in the banner, outside a run) about council ids that are not in OpenRouter's cached list."""
        if self.runner.is_running:
            return
        for text in self._unknown_texts:  # the earlier warnings (a run's, a re-run's, this check's)
            self.banner.remove_messages(text)
        self._unknown_texts = set()
        self._run_notes = []
        unknown = self.unknown_council_ids()
        if unknown:
            self.warn_unknown_ids(unknown, running=False)

    def warn_unknown_ids(self, ids: list[str], *, running: bool) -> None:
        """Say in the banner which council ids are not in OpenRouter's list (``running``: a run started with them
        anyway; else: check the settings). The next check replaces the warning."""
        text = (self.tr("Not in OpenRouter's model list (retired or mistyped?): {ids}. The council runs anyway.")
                if running else
                self.tr("Not in OpenRouter's model list (retired or mistyped?): {ids}. Check Settings → Council.")
                ).format(ids=", ".join(ids))
        self._unknown_texts.add(text)
        if running:
            self._run_notes.append(("warning", text))
        self.banner.add_message(text, "warning")

    def _on_service_catalog_changed(self) -> None:
        self.check_council_ids()

    @staticmethod
    def _running_text() -> str:
        return QCoreApplication.translate("MainWindow", RUNNING_TEXT)

    def _ended_text(self, status: str) -> str:
        """The status bar's line when the live run has ended (``status``: how)."""
        texts = {"complete": self.tr("Run complete."), "failed": self.tr("Run failed."),
                 "cancelled": self.tr("Run cancelled."), "interrupted": self.tr("Run interrupted.")}
        return texts.get(status) or self.tr("Run {status}.").format(status=status)

    def say(self, text: str, ms: int = 4000) -> None:
        """A passing message in the status bar (while a run goes on, "Running…" comes back after it)."""
        self.statusBar().showMessage(text, ms)

    def _on_status_message_changed(self, text: str) -> None:
        if not text and self.runner.is_running:
            self.statusBar().showMessage(self._running_text())

    # -- dialogs -------------------------------------------------------------------------------------------
    def open_settings(self, first_run: bool = False) -> SettingsDialog:
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        dlg = SettingsDialog(self.settings, self._settings_store, self._keys, self._service, first_run=first_run,
                             parent=self)
        dlg.settings_saved.connect(self._on_settings_dialog_saved)
        dlg.key_saved.connect(self._on_settings_dialog_key_saved)
        dlg.finished.connect(lambda _r: self._update_key_status())
        self.settings_dialog = dlg
        dlg.open()
        return dlg

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(parent=self)
        self.shortcuts_dialog.set_rows(self.shortcut_rows())  # the history panel may have come since
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every shortcut the window has, read from its QAction and QShortcut objects."""
        return collect_shortcuts(self)

    def show_about(self) -> None:
        from council_desktop import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About {app}").format(app=APP_NAME),
                          self.tr("{app} {version}\n\nOne question to a council of LLMs: independent answers, "
                                  "anonymous peer review, and a chairman's synthesis — live.").format(
                              app=APP_NAME, version=__version__),
                          QMessageBox.StandardButton.Ok, self)
        box.open()

    # -- history -------------------------------------------------------------------------------------------
    def set_history(self, panel: Any, store: Any) -> None:
        """Embed the history panel in the left sidebar; selecting a run shows it in the run view."""
        self.history_panel = panel
        self.history_store = store
        self._sidebar_layout.addWidget(panel)
        panel.run_selected.connect(self._on_history_run_selected)
        panel.ask_again.connect(self._on_history_ask_again)
        panel.export_requested.connect(self._on_history_export_requested)
        if hasattr(panel, "run_deleted"):
            panel.run_deleted.connect(self._on_history_run_deleted)
        if hasattr(panel, "export_selected"):
            panel.export_selected.connect(self._on_history_export_selected)
            panel.run_renamed.connect(self._on_history_run_renamed)
        self.history_action.setEnabled(True)
        self.history_action.setChecked(getattr(self, "_history_visible", None) is not False)
        self.sidebar.setVisible(self.history_action.isChecked())
        self._apply_tab_order()
        self.power.set_history(panel, store)

    def show_record(self, record: RunState) -> None:
        """Show a run in the run view from its state alone (reopened from history, offline). The live run, chosen
        again, comes back live."""
        live = self.runner.is_running and record.id == self.runner.current_run_id
        self._live = live or (self.runner.state is not None and record.id == self.runner.state.id)
        if live and self.runner.state is not None:
            record = self.runner.state
        self.run_view.show_record(record)
        self.run_view.live = live
        self._show_banner(record, live=live)
        self._update_title(self._shown_title(record))
        self._update_live_bar()

    def _on_history_run_selected(self, run_id: str) -> None:
        if self.history_store is None:
            return
        try:
            record = self.history_store.get(run_id)
        except Exception as e:  # a broken row must not take the window down
            log.exception("cannot open run %s", run_id)
            self.banner.show_message(self.tr("This run cannot be opened: {error}").format(error=e), "error")
            return
        if record is None:
            self.banner.show_message(self.tr("This run is no longer in the history."), "warning")
            return
        self.show_record(record)

    def _on_history_run_deleted(self, run_id: str) -> None:
        shown = self.run_view.state
        if shown is not None and shown.id == run_id and not self.runner.is_running:
            self.run_view.clear()
            self.banner.clear()
            self._update_title()

    def _on_history_ask_again(self, run_id: str) -> None:
        if self.history_store is None:
            return
        try:
            record = self.history_store.get(run_id)
        except Exception as e:
            self.banner.show_message(self.tr("This run cannot be opened: {error}").format(error=e), "error")
            return
        if record is not None:
            self.prompt.set_text(record.prompt)
            self.prompt.setFocus()
            self.use_council(tuple(record.members), record.chairman)

    def use_council(self, members: tuple[str, ...] | None, chairman: str | None = None) -> None:
        """Run the next councils with these members and chairman instead of the configured ones (None: back to
        the settings). "Ask again" uses it to bring a past run's council back."""
        if self.controller.use_council(members, chairman) is not None:
            c = self.controller.council()
            self.banner.show_message(
                self.tr("Asking again with that run's council: {members} (chairman {chairman}). The council bar's ✕ "
                        "goes back to {base}.").format(members=", ".join(c.members), chairman=c.chairman,
                                                      base=self.controller.selection.base_name()), "info")

    def _on_history_export_requested(self, run_id: str) -> None:
        self._on_history_export_selected([run_id])

    def _on_history_export_selected(self, run_ids: list[str]) -> Path | None:
        if self.history_store is None:
            return None
        try:
            records = sorted((self.history_store.get(r) for r in run_ids), key=lambda r: r.created_at)
        except Exception as e:
            self.notice.show_notice(self.tr("These runs cannot be exported: {error}").format(error=e))
            return None
        path = file_actions.ask_export_path(self, records, self._export_folder())
        return self.export_runs(records, path) if path is not None else None

    def _on_history_run_renamed(self, run_id: str, title: str) -> None:
        shown = self.run_view.state
        if shown is not None and shown.id == run_id:
            self._update_title(title)

    def _refresh_history(self, select: str | None) -> None:
        if self.history_panel is None:
            return
        try:
            self.history_panel.refresh()
            if select is not None:
                self.history_panel.select_run(select)  # (selects without emitting run_selected)
        except Exception:
            log.exception("the history panel could not refresh")

    # -- File → Export… / Import…, drag and drop ------------------------------------------------------------
    def _setup_file_actions(self) -> None:
        first = self.settings_action
        self.export_action = self._action(self.tr("&Export…"), self.export_shown, ("Ctrl+E",), None,
                                          self.tr("Save the run on screen (or the runs selected in the history) to a "
                                                  "file"),
                                          help_text=self.tr("Export the run on screen, or the runs selected in the "
                                                            "history"))
        self.import_action = self._action(self.tr("&Import…"), self.import_dialog, ("Ctrl+O",), None,
                                          self.tr("Add runs from a JSON export to the history (or drop the file "
                                                  "here)"),
                                          help_text=self.tr("Import runs from a JSON export"))
        self.file_menu.insertAction(first, self.export_action)
        self.file_menu.insertAction(first, self.import_action)
        self.file_menu.insertSeparator(first)
        self.setAcceptDrops(True)

    def runs_to_export(self) -> list[RunState]:
        """What File → Export… saves: the runs selected in the history when there are several, else the run on
        screen."""
        panel, store = self.history_panel, self.history_store
        ids = panel.selected_run_ids() if panel is not None and hasattr(panel, "selected_run_ids") else []
        if len(ids) > 1 and store is not None:
            records = []
            for run_id in ids:
                try:
                    records.append(store.get(run_id))
                except Exception:
                    log.exception("cannot read run %s for export", run_id)
            return sorted(records, key=lambda r: r.created_at)
        shown = self.run_view.state
        return [shown] if shown is not None else []

    def export_shown(self) -> Path | None:
        records = self.runs_to_export()
        if not records:
            self.notice.show_notice(self.tr("Nothing to export yet: run the council, or open a run from the "
                                            "history."))
            return None
        path = file_actions.ask_export_path(self, records, self._export_folder())
        return self.export_runs(records, path) if path is not None else None

    def export_runs(self, records: list[RunState], path: Path) -> Path | None:
        """Write ``records`` to ``path``; the notice bar says where it went, with "Open folder"."""
        try:
            file_actions.write_runs(records, path)
        except (OSError, ValueError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            self.notice.show_notice(self.tr("The export could not be written to {path}: {reason}.").format(
                path=path, reason=reason))
            return None
        self._last_export_folder = path.parent
        if len(records) == 1:
            text = self.tr("The run was exported to {path}.").format(path=path)
        else:
            text = self.tr("{n} runs were exported to {path}.").format(n=len(records), path=path)
        self.notice.show_notice(text, self.tr("Open folder"), lambda: self.open_folder(path.parent))
        return path

    def _export_folder(self) -> Path:
        return getattr(self, "_last_export_folder", None) or Path.home()

    def open_folder(self, folder: Path) -> bool:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def import_dialog(self) -> list[file_actions.ImportResult]:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Import runs"), str(self._export_folder()),
                                                 self.tr("JSON exports (*.json)"))
        return self.import_files([Path(c) for c in chosen])

    def import_files(self, paths: list[Path]) -> list[file_actions.ImportResult]:
        """Add the runs of these export files to the history; the first new run is shown."""
        if not paths:
            return []
        if self.history_store is None:
            self.notice.show_notice(self.tr("Runs cannot be imported: the history is not available in this "
                                            "session."))
            return []
        results = []
        for path in paths:
            try:
                results.append(file_actions.import_file(self.history_store, path))
            except Exception as e:  # a full disk, a read-only history: say it, keep the window
                log.exception("import of %s failed", path)
                results.append(file_actions.ImportResult(path, problem=str(e)))
        added = [r for result in results for r in result.added]
        self.notice.show_notice(" ".join(result.sentence() for result in results))
        if added:
            self._refresh_history(None)
            first = added[0]
            self.show_record(first)
            self._refresh_history(first.id)
        return results

    def dragEnterEvent(self, e: Any) -> None:
        if self._dropped_files(e):
            e.acceptProposedAction()
        else:
            e.ignore()

    def dropEvent(self, e: Any) -> None:
        paths = self._dropped_files(e)
        if paths:
            e.acceptProposedAction()
            self.import_files(paths)

    @staticmethod
    def _dropped_files(e: Any) -> list[Path]:
        mime = e.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and file_actions.importable(Path(u.toLocalFile()))]

    # -- reading: find, zoom, copy -------------------------------------------------------------------------
    def _setup_reading_actions(self) -> None:
        view_menu = self.view_menu
        first = self.history_action
        self.find_action = self._action(self.tr("&Find in answer…"), self.run_view.find_bar.open_bar,
                                        (QKeySequence.StandardKey.Find,), None,
                                        help_text=self.tr("Find in the answer on screen"))
        self.zoom_in_action = self._action(self.tr("Zoom &in"), text_zoom().zoom_in, ("Ctrl++", "Ctrl+="), None,
                                           help_text=self.tr("Larger answer text"))
        self.zoom_out_action = self._action(self.tr("Zoom &out"), text_zoom().zoom_out, ("Ctrl+-",), None,
                                            help_text=self.tr("Smaller answer text"))
        self.zoom_reset_action = self._action(self.tr("&Actual size"), text_zoom().reset, ("Ctrl+0",), None,
                                              help_text=self.tr("Answer text at its normal size"))
        for act in (self.find_action, self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.insertAction(first, act)
        view_menu.insertSeparator(first)
        text_zoom().changed.connect(self._on_text_zoom_changed)
        self.results.final.pane.copied.connect(self._on_final_copied)

    def _on_text_zoom_changed(self) -> None:
        self.zoom_reset_action.setText(self.tr("&Actual size (now {percent} %)").format(percent=text_zoom().percent))

    def _on_final_copied(self, what: str) -> None:
        self.say(self.tr("Copied the code.") if what == "code" else
                 self.tr("Copied the final answer: pasted as text it is Markdown, in a word processor it keeps its "
                         "formatting."), 5000)

    # -- the way back to the live run, the question, the sidebar ----------------------------------------------
    def back_to_live(self) -> bool:
        """Show the run the user started (going on, or ended while they looked at a past run)."""
        state = self.runner.state
        if state is None or self._live:
            return False
        self.show_record(state)
        if self.history_panel is not None:
            self._refresh_history(state.id)
        return True

    def _update_live_bar(self) -> None:
        state = self.runner.state
        away = state is not None and not self._live
        if away and state is not None:
            self.live_bar.follow(state)
        self.live_bar.setVisible(away)
        self.back_to_live_action.setEnabled(away)

    def _shown_title(self, record: RunState) -> str:
        """The run's title as the history lists it (the user's own name for it, if any)."""
        if self.history_store is not None and hasattr(self.history_store, "summary"):
            try:
                return str(self.history_store.summary(record.id).title)
            except Exception:  # not stored (a run of this session without history), or unreadable
                log.debug("no stored title for %s", record.id)
        return record.title

    def _clear_prompt(self) -> None:
        """The run took the question (it is shown with the run): the box is free for the next one. Ctrl+Z in
        the box brings the text back."""
        cursor = self.prompt.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.removeSelectedText()
        self.prompt.setTextCursor(cursor)

    def _on_run_view_reuse_requested(self, prompt: str) -> None:
        self.prompt.set_text(prompt)
        self.prompt.setFocus()
        self.say(self.tr("The question is in the prompt box: change it and press Ctrl+Enter."), 5000)

    def _on_history_action_toggled(self, shown: bool) -> None:
        self.sidebar.setVisible(shown)
        if shown and self.splitter.sizes()[0] < self.sidebar.minimumWidth():
            total = sum(self.splitter.sizes())
            width = max(self.sidebar.minimumWidth(), min(300, total // 4))
            self.splitter.setSizes([width, max(0, total - width)])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        collapsed = self.splitter.sizes()[0] == 0
        if collapsed and self.history_action.isChecked():
            self.history_action.setChecked(False)  # dragged shut: the button and Ctrl+H bring it back

    # -- runner slots --------------------------------------------------------------------------------------
    def _on_runner_run_started(self, spec: RunSpec) -> None:
        self._live = True
        self._update_live_bar()
        self._run_notes = []
        self.banner.clear()
        self.run_view.begin(spec.prompt)
        self.statusBar().showMessage(self._running_text())
        self._update_title(make_title(spec.prompt))

    def _on_runner_running_changed(self, running: bool) -> None:
        self.run_button.setText(self.tr("Cancel") if running else self.tr("Run"))
        self.run_button.setAccessibleName(self.tr("Cancel the run") if running else self.tr("Run the council"))
        self.run_button.setToolTip(self.tr("Cancel the run (Esc)") if running
                                   else self.tr("Run the council (Ctrl+Enter)"))
        self.cancel_action.setEnabled(running)
        self.run_action.setEnabled(not running)
        self.run_busy_action.setEnabled(running)
        if not running:
            self._set_synthesize_enabled(False)

    def _on_runner_state_changed(self, state: RunState, changes: Changes) -> None:
        self._set_synthesize_enabled(self.controller.can_synthesize_now())
        if not self._live:
            if changes.run or changes.stages:
                self._update_live_bar()
            return  # the user is looking at a past run; the live one goes on (and is recorded)
        self.run_view.show_state(state, changes, live=True)
        if state.status == "running":
            now = time.monotonic()
            if changes.run or changes.stages:
                self._show_banner(state, live=True)
                self._totals_at = now
            elif now - self._totals_at >= TOTALS_EVERY_S:  # the running totals: a new line a second is plenty
                self.banner.show_totals(state)
                self._totals_at = now
        if state.stage >= 1 and self._listed_run != state.id:
            self._listed_run = state.id
            self._refresh_history(state.id)  # the recorder has written the new run by now: list it

    def _set_synthesize_enabled(self, enabled: bool) -> None:
        if self.synthesize_action.isEnabled() != enabled:
            self.synthesize_action.setEnabled(enabled)
            self.run_view.synthesize_button.setEnabled(enabled)

    def _show_banner(self, state: RunState, *, live: bool) -> None:
        """The run's banners (notices so far, or the summary) plus what was said when the live run started."""
        self.banner.show_record(state)
        if live or (self.runner.state is not None and self.runner.state.id == state.id):
            for level, text in self._run_notes:
                self.banner.add_message(text, level)

    def _on_runner_finished(self, state: RunState) -> None:
        if self._live:  # the run view has the final state already (the runner flushes before ``finished``)
            self._show_banner(state, live=True)
        else:
            self._update_live_bar()
        self._refresh_history(state.id if self._live else None)
        self.statusBar().showMessage(self._ended_text(state.status), 5000)

    # -- settings ------------------------------------------------------------------------------------------
    def _on_settings_dialog_saved(self, settings: Settings) -> None:
        self.settings = settings
        apply_appearance(settings.appearance, settings.text_scale)
        self.controller.use_council(None)
        self.settings_changed.emit(settings)
        self.say(self.tr("Settings saved."), 4000)
        self._update_key_status()
        self.check_council_ids()

    def _on_settings_dialog_key_saved(self, in_keyring: bool) -> None:
        self._update_key_status()
        if not in_keyring:
            self.banner.show_message(core_text(self._keys.status_text()), "warning")

    # -- window --------------------------------------------------------------------------------------------
    def _update_title(self, title: str | None = None) -> None:
        self.setWindowTitle(f"{APP_NAME} — {title}" if title else APP_NAME)

    def changeEvent(self, e: Any) -> None:
        super().changeEvent(e)
        if e.type() == e.Type.FontChange:  # the text-size setting changed
            self._size_sidebar()

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.runner.is_running:
            self.runner.cancel()
        self.save_geometry()
        super().closeEvent(e)
        self.closed.emit()
