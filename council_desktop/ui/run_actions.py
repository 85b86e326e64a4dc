"""Re-run actions on a finished run (issue 11): retry or add a member, re-ask a reviewer, a new synthesis, and
ask one member — as a button bar that follows what is on screen, and in the context menus of the member rows,
the answer and review tabs, the results' tabs and the final answer.

These widgets only offer what :mod:`council_desktop.rerun_policy` allows for the run shown and forward the
choice (:class:`RunActions` signals); the window decides and starts the derived run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from council_desktop import rerun_policy
from council_desktop.council.state import RunState
from council_desktop.ui.elided_label import ElidedLabel
from council_desktop.ui.fmt import short_names
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB
from council_desktop.ui.safe_text import plain, tooltip


class ModelChoiceDialog(QDialog):
    """Choose one model id: typed, or picked from suggestions (the council, OpenRouter's cached list).

    Signals:
        chosen(str): the id, when the user pressed OK with one.
    """

    chosen = Signal(str)

    def __init__(self, title: str, label: str, suggestions: Iterable[str], *, current: str = "",
                 exclude: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        skip = set(exclude)
        items = [s for s in dict.fromkeys(suggestions) if s and s not in skip]
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(items)
        self.combo.setMinimumContentsLength(36)
        self.combo.setAccessibleName(label)
        completer = QCompleter(items, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        self.combo.setEditText(current)
        self.problem = plain(QLabel())
        self.problem.setAccessibleName(self.tr("Model choice problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(plain(QLabel(label)))
        lay.addWidget(self.combo)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self._exclude = skip
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)

    def choose(self, text: str | None = None) -> bool:
        """Accept ``text`` (default: what is typed); False, saying why, when it cannot be used."""
        model = (self.combo.currentText() if text is None else text).strip()
        if not model or any(c.isspace() for c in model):
            self.problem.setText(self.tr("Type a model id (vendor/model, or model@provider)."))
            return False
        if model in self._exclude:
            self.problem.setText(self.tr("{model} is already in this council.").format(model=model))
            return False
        self.chosen.emit(model)
        self.accept()
        return True


def short_name(model: str) -> str:
    """A member's name without its vendor (``gpt-5.1`` for ``openai/gpt-5.1``)."""
    return short_names([model])[model]


class RunActions(QObject):
    """What can be done with the run shown, as menu actions; the choices go out as signals.

    ``available()`` says why nothing may run now (None when a derived run may start): a council is running, no
    key, offline. Actions stay offered, with the reason as their tooltip, so the user learns what is missing.

    Signals:
        retry_member(str): ask this stage-1 member again (failed, skipped, cancelled, partial).
        add_member(): add a new member to the run (a model is chosen next).
        reask_reviewer(str): ask this reviewer again with the same anonymized answers.
        new_synthesis(): a new synthesis (the chairman is chosen next).
        ask_member(str): ask this member the next question of the thread (answers only).
    """

    retry_member = Signal(str)
    add_member = Signal()
    reask_reviewer = Signal(str)
    new_synthesis = Signal()
    ask_member = Signal(str)

    def __init__(self, available: Callable[[], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: RunState | None = None
        self.available = available

    def usable(self) -> bool:
        return self.state is not None and self.state.status != "running"

    def actions_for(self, stage: int, model: str | None, owner: QObject, *, short: bool = False) -> list[QAction]:
        """The actions for ``model``'s work in ``stage`` (``model`` None: the stage itself; stage 3: the final
        answer) of the run shown; empty while it runs. ``short``: texts name the member by its short name (a
        button), the whole id being the action's ``full_text`` property (its tooltip and accessible name)."""
        state = self.state
        if state is None or state.status == "running":
            return []
        why = self.available()
        out: list[QAction] = []

        def act(text: str, fire: Callable[[], None], tip: str) -> None:
            full = text.format(model=model)
            a = QAction(text.format(model=short_name(model) if short and model else model), owner)
            a.setProperty("full_text", full)
            a.setToolTip(why or tip)
            a.setStatusTip(why or tip)
            a.triggered.connect(lambda _c=False: fire())
            out.append(a)

        if stage == 1:
            m = state.find(1, model) if model else None
            if m is not None and rerun_policy.retryable(m):
                act(self.tr("Retry {model}"), lambda: self.retry_member.emit(m.model),
                    self.tr("Ask this member again; the other answers are reused, then peer review and synthesis "
                            "run anew"))
            act(self.tr("Add a member…"), self.add_member.emit,
                self.tr("Ask one more model; the other answers are reused, then peer review and synthesis run anew"))
            if model and rerun_policy.can_follow_up(state):
                act(self.tr("Ask {model}…"), lambda: self.ask_member.emit(model),
                    self.tr("Ask this member alone the next question, with the conversation so far"))
        elif stage == 2 and model and model in rerun_policy.reviewers(state):
            act(self.tr("Re-ask reviewer {model}"), lambda: self.reask_reviewer.emit(model),
                self.tr("Ask this reviewer again with the same anonymized answers; then a new synthesis"))
        elif stage == 3 and rerun_policy.can_resynthesize(state):
            act(self.tr("New synthesis…"), self.new_synthesis.emit,
                self.tr("Ask the chairman (the same or another model) for a new final answer; nothing else is "
                        "asked"))
        return out

    def extend(self, menu: QMenu, stage: int, model: str | None) -> int:
        """Append the actions for ``stage``/``model`` to ``menu`` (after a separator); how many."""
        actions = self.actions_for(stage, model, menu)
        if actions:
            if menu.actions():
                menu.addSeparator()
            for a in actions:
                menu.addAction(a)
        return len(actions)


class RunActionsBar(QWidget):
    """The buttons for what is on screen: the member of the answers tab, the reviewer of the review tab, the
    final answer; a short note says when nothing can run (offline, no key, a council running)."""

    def __init__(self, actions: RunActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_actions = actions
        self.setAccessibleName(self.tr("Run actions"))
        # One line cut with "…" (the whole note is its tooltip): a long note in a long language never widens the
        # window beside the buttons.
        self.label = ElidedLabel()
        self.label.setAccessibleName(self.tr("Run actions note"))
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self._target: tuple[int, str | None] = (0, None)
        self._current: list[QAction] = []
        self._shown: tuple[Any, ...] | None = None  # what the buttons say now (a refresh that changes nothing stops)
        self.hide()  # nothing to offer yet (an empty strip would also move the run view when the first run starts)

    def show_for(self, stage: int, model: str | None) -> None:
        """Offer the actions for ``model``'s work in ``stage`` (0: nothing)."""
        self._target = (stage, model)
        self.refresh()

    def refresh(self) -> None:
        stage, model = self._target
        # Buttons name the member briefly (a long id in a long language would widen the window); the whole id is
        # in the tooltip and the accessible name.
        actions = self.run_actions.actions_for(stage, model, self, short=True) if stage else []
        why = self.run_actions.available() if actions else None
        shown = (stage, model, why, [(a.text(), a.property("full_text"), a.toolTip()) for a in actions])
        if shown == self._shown and len(self.buttons) == len(actions):
            for a in actions:  # the same buttons, the same actions: nothing to lay out again (every state change
                a.deleteLater()  # of a live run refreshes the bar)
            return
        self._shown = shown
        for b in self.buttons:
            self._lay.removeWidget(b)
            b.deleteLater()
        for a in self._current:
            a.deleteLater()
        self.buttons = []
        self._current = actions
        for a in self._current:
            full = str(a.property("full_text") or a.text())
            b = QPushButton(a.text())
            b.setAccessibleName(full.rstrip("…"))
            b.setToolTip(tooltip(f"{full}\n{a.toolTip()}" if full != a.text() else a.toolTip()))
            b.clicked.connect(a.trigger)
            self._lay.addWidget(b)
            self.buttons.append(b)
        self.label.setText(f"⚠ {why}" if why else "")
        self.label.setToolTip(tooltip(why) if why else "")
        self.setVisible(bool(self._current))

    def button(self, text: str) -> QPushButton | None:
        """The button whose text, or whole text (the member's full id), starts with ``text`` (tests, the window)."""
        return next((b for b in self.buttons
                     if b.text().startswith(text) or b.accessibleName().startswith(text.rstrip("…"))), None)


def attach_tab_menu(bar: QTabBar, key_at: Callable[[int], str | None], stage: int, actions: RunActions) -> None:
    """Give the tab bar of a stage's tabs (one per member) a context menu with that member's actions."""
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        i = bar.tabAt(pos)
        key = key_at(i) if i >= 0 else None
        menu = QMenu(bar)
        if key is not None and actions.extend(menu, stage, key):
            menu.popup(bar.mapToGlobal(pos))

    bar.customContextMenuRequested.connect(show)


def results_tab_stage(index: int) -> int:
    return {FINAL_TAB: 3, ANSWERS_TAB: 1, REVIEW_TAB: 2}.get(index, 0)


def compose_menu(base: Callable[[], QMenu], extend: Callable[[QMenu], Any]) -> QMenu:
    """A widget's own menu, then the run actions."""
    menu = base()
    extend(menu)
    return menu
