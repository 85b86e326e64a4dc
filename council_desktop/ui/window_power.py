"""The window's council controls and derived runs (issues 11 and 12), wired onto the :class:`MainWindow` shell.

* Above the run: the council bar (preset, members and chairman with prices, mode, web search, an override with
  its ✕, "Presets…").
* Around the run view: where the run comes from and what came from it (:class:`LineageBar`), the actions for
  what is on screen (retry or add a member, re-ask a reviewer, a new synthesis), the answer's cited sources, and
  the follow-up box; the same actions in the context menus of the member rows, the answer and review tabs and the
  final answer.
* A conversation (a thread of runs) opened from the history shows as one (:class:`ConversationView`).

What each action means is :mod:`council_desktop.rerun_policy`; a derived run goes through the same runner as any
run, so it streams, is recorded and can be cancelled like one. The shell keeps Run, Cancel and the history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QStackedWidget, QVBoxLayout, QWidget

from council_desktop import rerun_policy
from council_desktop.council.estimate import RunEstimate, estimate_run
from council_desktop.council.prompts import PromptSet
from council_desktop.council.state import RunState
from council_desktop.council.values import Redo
from council_desktop.providers.registry import needs_openrouter
from council_desktop.run_policy import RunPlan, RunRefused
from council_desktop.storage.settings import Settings
from council_desktop.ui.conversation_view import ConversationView, group_turns
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.council_bar import CouncilBar, PriceBook
from council_desktop.ui.estimate_label import EstimateLabel
from council_desktop.ui.follow_up_box import FollowUpBox
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.lineage_bar import LineageBar, thread_records
from council_desktop.ui.presets_dialog import PresetsDialog
from council_desktop.ui.prompt_editor import PromptEditor
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB
from council_desktop.ui.run_actions import ModelChoiceDialog, RunActions, RunActionsBar, attach_tab_menu
from council_desktop.ui.run_controller import StartOutcome
from council_desktop.ui.shortcuts_dialog import set_help
from council_desktop.ui.sources_strip import SourcesStrip
from council_desktop.ui.stats_view import StatsView
from council_desktop.ui.thread_history import ThreadListModel

if TYPE_CHECKING:
    from council_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RUN_PAGE, CONVERSATION_PAGE = 0, 1
# Why a derived run cannot start: English keys (context "WindowPower"), translated where they are shown.
OFFLINE = QT_TRANSLATE_NOOP("WindowPower", "You are offline: asking the models again needs the network (the earlier "
                                           "run stays as it is).")
NO_KEY = QT_TRANSLATE_NOOP("WindowPower", "No OpenRouter key: add one in Settings to ask OpenRouter models again.")
BUSY = QT_TRANSLATE_NOOP("WindowPower", "A council is running: re-run or follow up once it has finished.")
ESTIMATE_DELAY_MS = 250  # typing settles before the estimate is made again


def system_online() -> bool | None:
    """Whether the system says it is online (None: it cannot tell; then the app assumes it is).

    The first call loads Qt's network module and its reachability backend (~30 ms): the app makes it once the
    window is up (:func:`council_desktop.app.warm_up`), not when a run ends. A build without QtNetwork (the
    frozen bundle leaves it out: httpx does the networking) cannot tell.
    """
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return None

    if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
        return None
    info = QNetworkInformation.instance()
    if info is None:
        return None
    r = info.reachability()
    if r == QNetworkInformation.Reachability.Disconnected:
        return False
    return None if r == QNetworkInformation.Reachability.Unknown else True


class BottomRow(QWidget):
    """One line under the run: the follow-up box and the run's actions side by side, the line shown while either
    is. A run's end enables the box and adds buttons within the line: the run above keeps its place and size."""

    def __init__(self, *parts: QWidget) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for i, part in enumerate(parts):
            lay.addWidget(part, 1 if i == 0 else 0)
            part.installEventFilter(self)
        self._parts = parts
        self._follow()

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._follow()
        return False

    def _follow(self) -> None:
        self.setVisible(any(not p.isHidden() for p in self._parts))


class WindowPower(QObject):
    """Builds the council bar and the run area for ``window`` and carries out what they ask.

    ``online`` says whether the network is up (None: unknown); tests hand in their own.
    """

    def __init__(self, window: MainWindow, *, online: Callable[[], bool | None] = system_online) -> None:
        super().__init__(window)
        self.w = window
        self.online = online
        self.selection = window.controller.selection
        self.prices = PriceBook(window._catalog)
        self.council_bar = CouncilBar(self.selection, self.prices)
        self.council_bar.set_settings(window.settings)
        self.estimate = EstimateLabel()  # next to Run
        self._estimate_timer = QTimer(self)
        self._estimate_timer.setSingleShot(True)
        self._estimate_timer.setInterval(ESTIMATE_DELAY_MS)
        self._estimate_timer.timeout.connect(self.update_estimate)
        self.actions = RunActions(self.unavailable, self)
        self.lineage_bar = LineageBar()
        self.actions_bar = RunActionsBar(self.actions)
        self.sources = SourcesStrip()
        self.follow_up_box = FollowUpBox()
        self.conversation = ConversationView()
        run_page = QWidget()
        lay = QVBoxLayout(run_page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.lineage_bar)
        lay.addWidget(window.run_view, 1)
        lay.addWidget(self.sources)
        lay.addWidget(BottomRow(self.follow_up_box, self.actions_bar))
        self.run_area = QStackedWidget()
        self.run_area.setObjectName("runArea")
        self.run_area.addWidget(run_page)
        self.run_area.addWidget(self.conversation)
        self.presets_dialog: PresetsDialog | None = None
        self.prompts_dialog: PromptEditor | None = None
        self.model_dialog: ModelChoiceDialog | None = None
        self.stats_view: StatsView | None = None
        self._shown: tuple[str, str] | None = None  # (run id, status) the lineage and the follow-up box are for
        self._thread: list[RunState] = []  # the runs of the shown run's conversation

    # -- wiring --------------------------------------------------------------------------------------------
    def connect_signals(self) -> None:
        w = self.w
        rv = w.run_view
        res = rv.results
        rv.shown.connect(self._on_run_view_shown)
        w.runner.run_started.connect(self._on_runner_run_started)
        w.runner.running_changed.connect(lambda _r: self._refresh_actions())
        w.settings_changed.connect(self._on_window_settings_changed)
        if w._service is not None:
            w._service.catalog_changed.connect(self.council_bar.refresh)
            w._service.catalog_changed.connect(self._estimate_timer.start)
        w.prompt.textChanged.connect(self._estimate_timer.start)
        self.selection.changed.connect(self._estimate_timer.start)
        w.settings_changed.connect(lambda _s: self._estimate_timer.start())
        self.council_bar.preset_picked.connect(self.pick_preset)
        self.council_bar.manage_requested.connect(self.open_presets)
        self.selection.changed.connect(w.check_council_ids)
        res.currentChanged.connect(lambda _i: self._follow_view())
        res.answers.currentChanged.connect(lambda _i: self._follow_view())
        res.reviews.tabs.currentChanged.connect(lambda _i: self._follow_view())
        self.actions.retry_member.connect(self.retry_member)
        self.actions.add_member.connect(self.ask_added_member)
        self.actions.reask_reviewer.connect(self.reask_reviewer)
        self.actions.new_synthesis.connect(self.ask_new_synthesis)
        self.actions.ask_member.connect(self._on_actions_ask_member)
        self.lineage_bar.open_run.connect(self.open_run)
        self.lineage_bar.open_conversation.connect(self.open_conversation)
        self.lineage_bar.show_prompts.connect(self.show_run_prompts)
        self.follow_up_box.follow_up.connect(self.follow_up)
        self.follow_up_box.ask_member.connect(self.ask_member)
        self.conversation.open_run.connect(self.open_run)
        self.conversation.closed.connect(lambda: self.run_area.setCurrentIndex(RUN_PAGE))
        self._attach_menus()
        self.update_estimate()

    def _attach_menus(self) -> None:
        rv = self.w.run_view
        res = rv.results
        attach_tab_menu(res.answers.tabBar(), lambda i: self._key(res.answers, i), 1, self.actions)
        attach_tab_menu(res.reviews.tabs.tabBar(), lambda i: self._key(res.reviews.tabs, i), 2, self.actions)
        stage_of = {FINAL_TAB: 3, ANSWERS_TAB: 1}  # the results' tabs: "New synthesis…", "Add a member…"
        bar = res.tabBar()
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        bar.customContextMenuRequested.connect(lambda pos: self._popup(
            self._stage_menu(stage_of.get(bar.tabAt(pos), 0)), bar, pos))
        view = rv.model_list  # the member rows: the list's own menu (Skip, Copy id), then the run actions
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_model_list_menu)
        final = res.final.pane
        for w in (final.browser, final.live):
            w.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            w.customContextMenuRequested.connect(lambda pos, w=w: self._popup(self.final_menu(w), w, pos))

    @staticmethod
    def _key(tabs: Any, i: int) -> str | None:
        holder = tabs.widget(i)
        key = holder.property("pane_key") if holder is not None else None
        return str(key) if key else None

    @staticmethod
    def _popup(menu: QMenu, widget: QWidget, pos: QPoint) -> None:
        if menu.actions():
            target = widget.viewport() if hasattr(widget, "viewport") else widget
            menu.popup(target.mapToGlobal(pos))

    def _stage_menu(self, stage: int) -> QMenu:
        menu = QMenu(self.w)
        if stage:
            self.actions.extend(menu, stage, None)
        return menu

    def row_menu(self, row: int) -> QMenu:
        """A member row's menu: the list's own actions, then what can be re-run for that member."""
        view = self.w.run_view.model_list
        menu = view.context_menu_for(row)
        r = view.list_model.row_at(row)
        if r is not None:
            self.actions.extend(menu, view.list_model.stage or 1, r.model)
        return menu

    def final_menu(self, widget: Any) -> QMenu:
        """The final answer's menu: copy and select, then "New synthesis…"."""
        menu: QMenu = widget.createStandardContextMenu()
        self.actions.extend(menu, 3, None)
        return menu

    def _on_model_list_menu(self, pos: QPoint) -> None:
        view = self.w.run_view.model_list
        idx = view.indexAt(pos)
        if not idx.isValid():
            idx = view.currentIndex()
            pos = view.visualRect(idx).center()
        if not idx.isValid():
            return
        view.setCurrentIndex(idx)
        self._popup(self.row_menu(idx.row()), view, pos)

    # -- what can run ----------------------------------------------------------------------------------------
    def unavailable(self, state: RunState | None = None) -> str | None:
        """Why a re-run or a follow-up of the run shown cannot start now, in words (None: it can)."""
        why = self._blocker(state)
        return QCoreApplication.translate("WindowPower", why) if why else None

    def _blocker(self, state: RunState | None = None) -> str | None:
        """:data:`BUSY`, :data:`NO_KEY` or :data:`OFFLINE` (English) when a derived run cannot start (None: it can)."""
        if self.w.runner.is_running:
            return BUSY
        state = state or self.w.run_view.state
        asks_openrouter = state is None or needs_openrouter(state.members, state.chairman)
        if asks_openrouter and not self.w._keys.openrouter_key():
            return NO_KEY
        if self.online() is False:
            return OFFLINE
        return None

    def _refresh_actions(self) -> None:
        state = self.w.run_view.state
        self.actions.state = state if state is not None and state.status != "running" else None
        self._follow_view()

    def _follow_view(self) -> None:
        """The actions bar and the sources follow the results tab and the member on screen."""
        res = self.w.run_view.results
        tab = res.currentIndex()
        stage, model = 0, None
        if tab == ANSWERS_TAB:
            stage, model = 1, res.answers.current_key()
        elif tab == REVIEW_TAB:
            stage, model = 2, res.reviews.tabs.current_key()
        elif tab == FINAL_TAB:
            stage = 3
        self.actions_bar.show_for(stage, model)
        state = self.w.run_view.state
        if self.follow_up_box.isVisible():
            why = self._blocker(state)
            self.follow_up_box.set_note(QCoreApplication.translate("WindowPower", why) if why and why != BUSY else "")
        member = state.find(1, model) if state is not None and stage == 1 and model else None
        if member is not self.sources.member:
            self.sources.show_member(member)

    # -- following the run view --------------------------------------------------------------------------
    def _on_run_view_shown(self, state: RunState | None) -> None:
        key = (state.id, state.status) if state is not None else None
        if key != self._shown:
            self._shown = key
            self._thread = thread_records(self.w.history_store, state.id) if state is not None else []
            self.lineage_bar.show_state(state, self._thread)
            self.follow_up_box.show_for(state)
            self._refresh_actions()
        elif state is not None and self.run_area.currentIndex() == RUN_PAGE:
            self._follow_view()

    def _on_runner_run_started(self, _spec: Any) -> None:
        self.run_area.setCurrentIndex(RUN_PAGE)

    # -- moving between runs -------------------------------------------------------------------------------
    def open_run(self, run_id: str) -> bool:
        """Show one run (from the history) in the run view, and select it in the history list."""
        store = self.w.history_store
        if store is None:
            return False
        try:
            record = store.get(run_id)
        except Exception as e:
            self.w.banner.show_message(self.tr("This run cannot be opened: {error}").format(error=e), "warning")
            return False
        self.run_area.setCurrentIndex(RUN_PAGE)
        self.w.show_record(record)
        if self.w.history_panel is not None:
            self.w.history_panel.select_run(record.id)
        return True

    def open_conversation(self, run_id: str, focus: str | None = None) -> bool:
        """Show the conversation ``run_id`` belongs to as one (False when it has a single question)."""
        runs = thread_records(self.w.history_store, run_id)
        if len(runs) < 2:
            return False
        self.conversation.show_thread(runs, focus=focus)
        self.run_area.setCurrentIndex(CONVERSATION_PAGE)
        return True

    def set_history(self, panel: Any, store: Any) -> None:
        """The history sidebar came: a conversation entry opens as a conversation."""
        panel.run_selected.connect(self._on_history_run_selected)

    def _on_history_run_selected(self, run_id: str) -> None:
        model = getattr(self.w.history_panel, "model", None)
        entry = model.entry_of(run_id) if isinstance(model, ThreadListModel) else None
        searching = bool(getattr(model, "search", ""))
        single = entry is None or (len(entry.runs) == 1 and entry.thread == run_id and not searching)
        if single or not self._open_thread_of(run_id, search=searching):
            self.run_area.setCurrentIndex(RUN_PAGE)

    def _open_thread_of(self, run_id: str, *, search: bool) -> bool:
        runs = thread_records(self.w.history_store, run_id)
        if len(group_turns(runs)) < 2:
            return False  # one question (perhaps with re-runs): the run view and its lineage bar show it
        self.conversation.show_thread(runs, focus=run_id if search else None)
        self.run_area.setCurrentIndex(CONVERSATION_PAGE)
        return True

    # -- menus and the statistics ----------------------------------------------------------------------------
    def add_actions(self, view_menu: QMenu, council_menu: QMenu) -> None:
        """Council → Presets…; View → Spend and leaderboard…"""
        self.presets_action = QAction(self.tr("&Presets…"), self.w)
        self.presets_action.triggered.connect(lambda _c=False: self.open_presets())
        council_menu.addAction(self.presets_action)
        self.stats_action = QAction(self.tr("Spend and &leaderboard…"), self.w)
        self.stats_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        set_help(self.stats_action, self.tr("Spend, the leaderboard of your models and self-preference"))
        self.stats_action.triggered.connect(lambda _c=False: self.open_stats())
        view_menu.addAction(self.stats_action)
        self.w.addAction(self.stats_action)

    def open_stats(self) -> StatsView | None:
        store = self.w.history_store
        if store is None:
            self.w.banner.show_message(self.tr("The history is not available: there is nothing to count."), "warning")
            return None
        view = self.stats_view
        if view is None:
            view = self.stats_view = StatsView(store.path, parent=self.w)
        if view.isVisible():
            view.raise_()
            view.activateWindow()
        view.refresh()
        view.show()
        return view

    # -- the estimate ---------------------------------------------------------------------------------------
    def update_estimate(self) -> RunEstimate | None:
        """What the next run would cost (the prompt typed so far, the council and choices in force)."""
        self._estimate_timer.stop()
        sel = self.selection
        c = sel.council()
        o = sel.options()
        try:
            est = estimate_run(self.w.prompt.text(), c.members, c.chairman,
                               self.prices.estimate_prices([*c.members, c.chairman], self.w.settings),
                               max_tokens=o.max_tokens, mode=sel.mode(), prompt_set=sel.prompts(),
                               web_search=o.web_search, context_lengths=self.prices.context_lengths())
        except ValueError as e:  # a council that cannot run (no members): Run says why
            log.debug("no estimate: %s", e)
            est = None
        self.estimate.show_estimate(est, budget=getattr(o, "budget", None))
        return est

    # -- presets -------------------------------------------------------------------------------------------
    def pick_preset(self, name: str | None) -> bool:
        """Use preset ``name`` (None: the settings' own council) for the next runs; remembered in the settings."""
        new = replace(self.w.settings, preset=name)
        try:
            self.w._settings_store.save(new)
        except OSError as e:
            self.w.banner.show_message(self.tr("The preset could not be remembered: {error}").format(error=e),
                                       "warning")
            return False
        self._adopt(new)
        self.w.say(self.tr("Council: {name}.").format(name=self.selection.base_name()), 4000)
        return True

    def _adopt(self, settings: Settings) -> None:
        self.w.settings = settings
        self.w.settings_changed.emit(settings)
        self.selection.preset_changed()

    def _on_window_settings_changed(self, settings: Settings) -> None:
        self.council_bar.set_settings(settings)

    def open_presets(self) -> PresetsDialog:
        dlg = PresetsDialog(self.w.settings, self.w._settings_store, self.selection, parent=self.w)
        dlg.settings_saved.connect(self._on_presets_dialog_saved)
        self.presets_dialog = dlg
        dlg.open()
        return dlg

    def _on_presets_dialog_saved(self, settings: Settings) -> None:
        preset_before = self.selection.preset()
        self.w.settings = settings
        self.w.settings_changed.emit(settings)
        after = self.selection.preset()
        if (preset_before is None) != (after is None) or (after is not None and preset_before != after):
            self.selection.preset_changed()
        else:
            self.selection.changed.emit()

    def show_run_prompts(self) -> PromptEditor | None:
        """The prompts the models of the run shown were given (its record; empty: the defaults), read-only."""
        state = self.w.run_view.state
        if state is None:
            return None
        dlg = PromptEditor(PromptSet.from_dict(state.prompts), title=self.tr("Prompts of “{title}”").format(
                               title=state.title),
                           read_only=True, parent=self.w)
        self.prompts_dialog = dlg
        dlg.open()
        return dlg

    # -- derived runs --------------------------------------------------------------------------------------
    def _parent(self) -> RunState | None:
        state = self.w.run_view.state
        if state is None or state.status == "running":
            self.w.say(self.tr("Open a finished run first."), 4000)
            return None
        return state

    def _start(self, build: Callable[[], RunPlan], news: str) -> bool:
        why = self._blocker()
        if why in (OFFLINE, BUSY):
            self.w.banner.show_message(QCoreApplication.translate("WindowPower", why), "warning")
            return False
        try:
            plan = build()
        except RunRefused as e:
            return self._refused(StartOutcome(refusal=core_text(e.message), reason=e.reason))
        outcome = self.w.controller.start_spec(plan.spec)
        if not outcome.started:
            return self._refused(outcome)
        if outcome.unknown_ids:
            self.w.warn_unknown_ids(outcome.unknown_ids, running=True)
        self.w.say(news, 5000)
        return True

    def _refused(self, outcome: StartOutcome) -> bool:
        if outcome.reason == "no_key":
            self.w.banner.show_message(QCoreApplication.translate("WindowPower", NO_KEY), "warning")
            self.w.open_settings(first_run=True)
        else:
            self.w.banner.show_message(outcome.refusal or self.tr("This cannot start."), "warning")
        return False

    def _checks(self) -> dict[str, Any]:
        return {"has_openrouter_key": bool(self.w._keys.openrouter_key()),
                "known_ids": self.w._catalog.known_ids()}

    def rerun(self, redo: Redo, news: str) -> bool:
        """Start a run derived from the run shown: ``redo`` asked again, the rest reused."""
        parent = self._parent()
        if parent is None:
            return False
        return self._start(lambda: rerun_policy.rerun(parent, redo, **self._checks()), news)

    def retry_member(self, model: str) -> bool:
        return self.rerun(Redo(members=(model,)),
                          self.tr("Asking {model} again; the other answers are reused…").format(model=model))

    def add_member(self, model: str) -> bool:
        return self.rerun(Redo(members=(model,)),
                          self.tr("Asking {model} too; the other answers are reused…").format(model=model))

    def reask_reviewer(self, model: str) -> bool:
        return self.rerun(Redo(reviewers=(model,)),
                          self.tr("Asking reviewer {model} again, then a new synthesis…").format(model=model))

    def new_synthesis(self, chairman: str) -> bool:
        return self.rerun(Redo(chairman=chairman),
                          self.tr("A new synthesis by {model}; nothing else is asked…").format(model=chairman))

    def _suggestions(self, first: list[str]) -> list[str]:
        ids = sorted(self.w._catalog.known_ids())
        return [*first, *self.w.settings.members, self.w.settings.chairman, *ids]

    def ask_added_member(self) -> ModelChoiceDialog | None:
        parent = self._parent()
        if parent is None:
            return None
        dlg = ModelChoiceDialog(self.tr("Add a member"), self.tr("The model to ask too (its answer joins the others, "
                                                                 "then peer review and synthesis run anew):"),
                                self._suggestions([]), exclude=parent.members, parent=self.w)
        dlg.chosen.connect(self.add_member)
        self.model_dialog = dlg
        dlg.open()
        return dlg

    def ask_new_synthesis(self) -> ModelChoiceDialog | None:
        parent = self._parent()
        if parent is None:
            return None
        dlg = ModelChoiceDialog(self.tr("New synthesis"),
                                self.tr("The chairman of the new synthesis (only it is asked):"),
                                self._suggestions([parent.chairman, *parent.members]), current=parent.chairman,
                                parent=self.w)
        dlg.chosen.connect(self.new_synthesis)
        self.model_dialog = dlg
        dlg.open()
        return dlg

    # -- follow-ups ----------------------------------------------------------------------------------------
    def _chain(self, parent: RunState) -> list[RunState]:
        store = self.w.history_store
        if store is None:
            return [parent]
        try:
            return rerun_policy.thread_chain(store.get, parent.id)
        except Exception:  # not in the history (it could not be saved): the run alone is the conversation
            log.warning("the thread of %s could not be read; following up on the run alone", parent.id)
            return [parent]

    def follow_up(self, question: str) -> bool:
        """Ask the council the next question of the run shown's conversation."""
        parent = self._parent()
        if parent is None:
            return False
        sel = self.selection
        started = self._start(lambda: rerun_policy.follow_up(
            self._chain(parent), question, mode=sel.mode(), options=sel.options(), **self._checks()),
            self.tr("Asking the council the follow-up…"))
        if started:
            self.follow_up_box.clear()
        return started

    def ask_member(self, model: str, question: str) -> bool:
        """Ask one member the next question, with the conversation so far (answers only)."""
        parent = self._parent()
        if parent is None:
            return False
        started = self._start(lambda: rerun_policy.ask_member(
            self._chain(parent), question, model, options=self.selection.options(), **self._checks()),
            self.tr("Asking {model}…").format(model=model))
        if started:
            self.follow_up_box.clear()
        return started

    def _on_actions_ask_member(self, model: str) -> None:
        self.follow_up_box.set_target(model)
