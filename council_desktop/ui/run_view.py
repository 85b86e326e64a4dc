"""The live run view: stage bar, model list and the results (answers, reviews, final answer), fed from RunState.

The same code shows a run while it happens and one reopened from history, so what the live window showed is
what offline review shows later. The view never awaits and never reads an event: :meth:`show_state` gets the
run state and what changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from council_desktop.council.state import RunState
from council_desktop.ui import turns
from council_desktop.ui.find_bar import FindBar
from council_desktop.ui.model_list import ModelListView
from council_desktop.ui.question_bar import QuestionBar
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB, ResultsView
from council_desktop.ui.runner import Changes
from council_desktop.ui.stage_progress import StageProgress


def list_stage(state: RunState) -> int:
    """The stage whose members the model list shows: the one under way; stage 1 (every member's own answer) once
    a run is complete; the stage it stopped in otherwise."""
    if state.status == "complete":
        return 1
    return state.stage or 1


class RunView(QWidget):
    """Stage bar on top; the model list beside the results.

    Signals:
        news(str): a line for the status bar: a stage's results appeared, the chairman started writing.
        synthesize_requested(): the "Synthesize now" button was clicked.
        shown(object): the view now shows this :class:`RunState` (after every update), or None once cleared.
        reuse_requested(str): "Edit as new question" was clicked: the run's question, for the prompt box.
    """

    news = Signal(str)
    synthesize_requested = Signal()
    shown = Signal(object)
    reuse_requested = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.question = QuestionBar()
        self.stage_progress = StageProgress()
        self.model_list = ModelListView()
        self.list_model = self.model_list.list_model
        self.models_label = QLabel(self.tr("&Models"))
        self.models_label.setBuddy(self.model_list)
        self.models_label.setWordWrap(True)
        list_box = QWidget()
        list_lay = QVBoxLayout(list_box)
        list_lay.setContentsMargins(0, 0, 0, 0)
        list_lay.addWidget(self.models_label)
        list_lay.addWidget(self.model_list, 1)
        self.results = ResultsView()
        self.find_bar = FindBar(self.results.current_view)
        results_box = QWidget()
        results_lay = QVBoxLayout(results_box)
        results_lay.setContentsMargins(0, 0, 0, 0)
        results_lay.addWidget(self.results, 1)
        results_lay.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("innerSplitter")
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(results_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setCollapsible(0, True)  # the model list may be dragged shut on a small screen
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.question)
        lay.addWidget(self.stage_progress)
        lay.addWidget(self.splitter, 1)
        self.state: RunState | None = None
        self.live = False
        self._said: set[str] = set()
        # A live run's counts reach the model list a turn after the runner's update (its 16 rows repaint in a
        # pass of their own, not in the one that also paints the growing text).
        self._list_pending: tuple[int, RunState] | None = None
        self._list_turn = turns.Turn()
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.timeout.connect(self._on_list_timer)
        self.stage_progress.synthesize_button.clicked.connect(self.synthesize_requested)
        self.question.reuse_requested.connect(self.reuse_requested)
        self.model_list.activated.connect(self._on_model_list_activated)
        for source in (self.results, self.results.answers, self.results.reviews.tabs):
            source.currentChanged.connect(lambda _i: self.find_bar.refresh())

    @property
    def synthesize_button(self) -> Any:
        return self.stage_progress.synthesize_button

    # -- what is shown -------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.state = None
        self.live = False
        self._list_pending = None
        self._list_timer.stop()
        self.results.clear()
        self.list_model.clear()
        self.models_label.setText(self.tr("&Models"))
        self.stage_progress.reset()
        self.shown.emit(None)
        self.question.show_question("")

    def begin(self, prompt: str = "") -> None:
        """A new run starts (a user action): its question on top; its answers are where the text appears first."""
        self.clear()
        self.question.show_question(prompt)
        self.live = True
        self.stage_progress.reset(self.tr("Starting…"))
        self.results.setCurrentIndex(ANSWERS_TAB)

    def show_state(self, state: RunState, changes: Changes, *, live: bool = True) -> None:
        """Follow ``state``; ``changes`` says what moved (``Changes.all()`` for a run shown afresh)."""
        if changes.everything:
            self._said = set()
        self.state = state
        self.live = live
        self.question.show_question(state.prompt)
        stage = list_stage(state)
        if changes.run or changes.in_stage(stage):
            if live and state.status == "running" and not (changes.everything or changes.stages or changes.run):
                self._list_pending = (stage, state)  # counts and statuses within the stage: the next turn
                if not self._list_timer.isActive():
                    self._list_timer.start(0)
            else:
                self._show_list(stage, state)
        self.stage_progress.show_state(state, live=live)
        self.results.show_state(state, changes, live=live)
        if live and not changes.everything:
            self._announce(state)
        self.shown.emit(state)

    def _show_list(self, stage: int, state: RunState) -> None:
        self._list_pending = None
        self._list_timer.stop()
        self.list_model.show_members(stage, state.stage_runs(stage), over=state.status != "running")
        self._label_models(state, stage)

    def _on_list_timer(self) -> None:
        pending = self._list_pending
        if pending is not None and not self._list_turn.run(lambda: self._show_list(*pending)):
            self._list_timer.start(turns.WAIT_MS)

    def show_record(self, state: RunState) -> None:
        """A run reopened from history (or the live run shown again): everything from its state alone."""
        self.show_state(state, Changes.all(), live=False)
        self.results.show_record(state)

    def _label_models(self, state: RunState, stage: int) -> None:
        if state.status == "complete":
            text = self.tr("&Models · stage 1")
        elif not state.stage_runs(stage):
            text = self.tr("&Models · nobody in this stage")
        elif state.status == "running":
            text = self.tr("&Models · stage {stage}").format(stage=stage)
        else:
            text = self.tr("&Models · stage {stage}, where the run stopped").format(stage=stage)
        if self.models_label.text() != text:
            self.models_label.setText(text)

    def _announce(self, state: RunState) -> None:
        """Say once per run when a stage's results appear (tabs never switch by themselves)."""
        s1, s2 = state.stage_state(1), state.stage_state(2)
        if s1.status == "done" and "1" not in self._said:
            self._said.add("1")
            n = len(s1.done())
            self.news.emit(self.tr("Stage 1 done: {n} answer — Ctrl+2 shows them.").format(n=n) if n == 1
                           else self.tr("Stage 1 done: {n} answers — Ctrl+2 shows them.").format(n=n))
        if s2.status in ("done", "skipped") and "2" not in self._said:
            self._said.add("2")
            n = len(s2.done())
            if s2.status == "skipped":
                self.news.emit(self.tr("Peer review skipped."))
            elif n == 1:
                self.news.emit(self.tr("Peer review done: {n} review — Ctrl+3 shows them.").format(n=n))
            else:
                self.news.emit(self.tr("Peer review done: {n} reviews — Ctrl+3 shows them.").format(n=n))
        if any(m.text for m in state.stage3) and "3" not in self._said and state.synthesis is None:
            self._said.add("3")
            self.news.emit(self.tr("The chairman is writing the final answer — Ctrl+1 shows it."))

    # -- opening a member ----------------------------------------------------------------------------------
    def open_member(self, model: str, stage: int | None = None) -> bool:
        """Show ``model``'s text of ``stage`` (default: the list's stage) in the results; False if it has none."""
        stage = stage or self.list_model.stage
        self.results.catch_up()
        if stage == 1 and self.results.answers.has_key(model):
            self.results.setCurrentIndex(ANSWERS_TAB)
            self.results.answers.show_key(model)
        elif stage == 2 and self.results.reviews.tabs.has_key(model):
            self.results.setCurrentIndex(REVIEW_TAB)
            self.results.reviews.tabs.show_key(model)
        elif stage == 3:
            self.results.setCurrentIndex(FINAL_TAB)
        else:
            return False
        return True

    def _on_model_list_activated(self, index: Any) -> None:
        row = self.list_model.row_at(index.row())
        if row is not None:
            self.open_member(row.model)
