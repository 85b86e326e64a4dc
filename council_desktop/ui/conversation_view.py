"""A conversation (a thread of runs) as one: its questions in order with the council's answers, each turn's full
council detail one click away, re-runs listed under the turn they re-ran.

Read from the history only (offline); nothing here changes a run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from council_desktop.council import units
from council_desktop.council.orchestrator import turn_answer
from council_desktop.council.state import RunState
from council_desktop.storage.export import demote_headings
from council_desktop.ui.history_model import short_date, status_icon, status_text
from council_desktop.ui.lineage_bar import redo_text
from council_desktop.ui.markdown_pane import MarkdownPane
from council_desktop.ui.safe_text import plain, tooltip

WHOLE = "__whole__"
RUN_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class TurnGroup:
    """One question of a conversation: the run that asked it and the re-runs of it, oldest first."""

    first: RunState
    versions: list[RunState] = field(default_factory=list)  # first, then its re-runs

    @property
    def shown(self) -> RunState:
        """The version whose answer the conversation shows: the newest that has one (else the newest)."""
        for r in reversed(self.versions):
            if turn_answer(r):
                return r
        return self.versions[-1]


def group_turns(runs: Sequence[RunState]) -> list[TurnGroup]:
    """The turns of a thread (``runs`` oldest first): each run that is not a re-run starts one; a re-run joins the
    turn of the run it re-ran (through chains of re-runs)."""
    groups: list[TurnGroup] = []
    turn_of: dict[str, TurnGroup] = {}
    for r in runs:
        g = turn_of.get(r.parent or "") if r.redo is not None else None
        if g is None:
            g = TurnGroup(r, [])
            groups.append(g)
        g.versions.append(r)
        turn_of[r.id] = g
    return groups


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().split("\n"))


def turn_markdown(i: int, g: TurnGroup) -> str:
    """One turn: the question (quoted), then the answer it got (its headings under the turn's own)."""
    r = g.shown
    answer = turn_answer(r)
    if r.synthesis is not None:
        who = QCoreApplication.translate("ConversationView", "the council (chairman {model})").format(
            model=r.synthesis.model)
    elif len(r.members) == 1:
        who = QCoreApplication.translate("ConversationView", "{model} alone").format(model=r.members[0])
    else:
        who = QCoreApplication.translate("ConversationView", "the council's answers (no synthesis)")
    if len(g.versions) > 1:
        heading = QCoreApplication.translate("ConversationView", "Answer from {who} — version {k} of {n}").format(
            who=who, k=g.versions.index(r) + 1, n=len(g.versions))
    else:
        heading = QCoreApplication.translate("ConversationView", "Answer from {who}").format(who=who)
    if answer:
        body = demote_headings(answer, 4).strip()
    else:
        body = "*" + QCoreApplication.translate("ConversationView", "No answer: the run {status}.").format(
            status=status_text(r.status)) + "*"
    asked = QCoreApplication.translate("ConversationView", "{i}. You asked · {when}").format(
        i=i, when=units.local_time(r.created_at))
    return f"## {asked}\n\n{_quote(r.prompt)}\n\n### {heading}\n\n{body}\n"


def conversation_markdown(groups: Sequence[TurnGroup]) -> str:
    return "\n---\n\n".join(turn_markdown(i, g) for i, g in enumerate(groups, 1))


class ConversationView(QWidget):
    """The turns on the left ("Whole conversation" first), the chosen one's text on the right.

    Signals:
        open_run(str): show this run's full council detail (answers, reviews, final answer).
        closed(): "Back to the run" was clicked.
    """

    open_run = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Conversation"))
        self.title = plain(QLabel(self.tr("Conversation")))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.back_button = QPushButton(self.tr("Back to the run"))
        self.back_button.setAccessibleName(self.tr("Back to the run"))
        self.turns = QListWidget()
        self.turns.setAccessibleName(self.tr("Questions of the conversation"))
        self.turns.setAccessibleDescription(self.tr("Enter or a double click opens that run's full council detail."))
        self.turns.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.turns.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pane = MarkdownPane(self.tr("the conversation"))
        self.detail_button = QPushButton(self.tr("Open council detail"))
        self.detail_button.setAccessibleName(self.tr("Open the full council detail of this question"))
        self.detail_button.setToolTip(self.tr("Every answer, review and the final answer of this run"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.pane, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.detail_button)
        rl.addLayout(row)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.turns)
        self.splitter.addWidget(right)
        self.splitter.setSizes([300, 900])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)
        self.groups: list[TurnGroup] = []
        self.runs: list[RunState] = []
        self.back_button.clicked.connect(self.closed)
        self.turns.currentItemChanged.connect(lambda *_a: self._show_current())
        self.turns.itemActivated.connect(lambda item: self._open(item))
        self.detail_button.clicked.connect(lambda: self._open(self.turns.currentItem()))

    @property
    def thread_id(self) -> str | None:
        return self.runs[0].thread_id if self.runs else None

    def show_thread(self, runs: Sequence[RunState], focus: str | None = None) -> None:
        """Show the conversation ``runs`` (oldest first); ``focus``: select the turn holding that run (a search
        hit) — otherwise the whole conversation is shown."""
        self.runs = list(runs)
        self.groups = group_turns(self.runs)
        n = len(self.groups)
        first = self.groups[0].first.title if self.groups else ""
        self.title.setText((self.tr("Conversation: {title} · {n} question") if n == 1
                            else self.tr("Conversation: {title} · {n} questions")).format(title=first, n=n))
        self.turns.blockSignals(True)
        self.turns.clear()
        whole = QListWidgetItem(self.tr("Whole conversation"))
        whole.setData(RUN_ROLE, WHOLE)
        self.turns.addItem(whole)
        select = whole
        for i, g in enumerate(self.groups, 1):
            for k, r in enumerate(g.versions):
                if k == 0:
                    text = f"{i}. {r.title} · {short_date(r.created_at)}"
                else:
                    what = redo_text(r.redo, r.mode) if r.redo is not None else self.tr("re-run")
                    text = "    " + self.tr("↳ re-run: {what} · {when}").format(what=what,
                                                                                when=short_date(r.created_at))
                item = QListWidgetItem(status_icon(r.status), text)
                item.setData(RUN_ROLE, r.id)
                item.setToolTip(tooltip(f"{r.prompt[:500]}\n\n{status_text(r.status)} · {', '.join(r.members)}"))
                self.turns.addItem(item)
                if r.id == focus:
                    select = item
        self.turns.blockSignals(False)
        self.turns.setCurrentItem(select)
        self._show_current()

    def _run(self, run_id: str) -> RunState | None:
        return next((r for r in self.runs if r.id == run_id), None)

    def current_run_id(self) -> str | None:
        item = self.turns.currentItem()
        value = item.data(RUN_ROLE) if item is not None else None
        return None if value in (None, WHOLE) else str(value)

    def _show_current(self) -> None:
        run_id = self.current_run_id()
        self.detail_button.setEnabled(run_id is not None)
        if run_id is None:
            self.pane.set_caption(self.tr("The whole conversation, each question with the answer it got."))
            self.pane.set_final_markdown(conversation_markdown(self.groups))
            return
        r = self._run(run_id)
        if r is None:
            return
        group = next(g for g in self.groups if r in g.versions)
        i = self.groups.index(group) + 1
        one = TurnGroup(group.first, [r])
        self.pane.set_caption(self.tr("Question {i} of {n} · {status} · {members}").format(
            i=i, n=len(self.groups), status=status_text(r.status), members=", ".join(r.members)))
        self.pane.set_final_markdown(turn_markdown(i, one))

    def _open(self, item: QListWidgetItem | None) -> None:
        value = item.data(RUN_ROLE) if item is not None else None
        if value not in (None, WHOLE):
            self.open_run.emit(str(value))
