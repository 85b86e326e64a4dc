"""The rows of the model list: one per member of the stage on show, read from its :class:`MemberState`."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from council_desktop.council.state import MemberState, MemberStatus
from council_desktop.ui import fmt
from council_desktop.ui.safe_text import tooltip

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    STATUS = Qt.ItemDataRole.UserRole + 1  # the look's key (fmt.LOOKS)
    TOKENS = Qt.ItemDataRole.UserRole + 2
    DETAIL = Qt.ItemDataRole.UserRole + 3
    GLYPH = Qt.ItemDataRole.UserRole + 4
    MODEL = Qt.ItemDataRole.UserRole + 5
    ROW = Qt.ItemDataRole.UserRole + 6  # the Row itself: one call gives the delegate everything


@dataclass(frozen=True, slots=True)
class Row:
    """One member as its row shows it. ``since``: when (on ``clock``) it entered its current status; ``over``: the
    run has ended."""

    member: MemberState
    since: float
    over: bool
    clock: Callable[[], float]

    @property
    def model(self) -> str:
        return self.member.model

    @property
    def status(self) -> str:
        return fmt.look(self.member, over=self.over)

    @property
    def glyph(self) -> str:
        return fmt.GLYPHS[self.status]

    @property
    def tokens(self) -> int:
        return self.member.token_count

    @property
    def exact(self) -> bool:
        return self.member.exact_tokens

    @property
    def running(self) -> bool:
        return not self.over and self.status in fmt.RUNNING_STATES

    @property
    def waited(self) -> float:
        return max(0.0, self.clock() - self.since)

    def detail(self) -> str:
        return fmt.member_detail(self.member, waited=self.waited, over=self.over)

    def tooltip(self) -> str:
        return fmt.member_tooltip(self.member, waited=self.waited, over=self.over)

    def accessible(self) -> str:
        return fmt.member_spoken(self.member, waited=self.waited, over=self.over)


class ModelListModel(QAbstractListModel):
    """The members of one stage (the one under way, or the one a finished run is shown at).

    :meth:`show_members` is given the stage's members from the run state each time it changes; rows whose member
    did not change are not touched. ``clock`` (seconds, monotonic) times how long a member has been waiting.
    """

    def __init__(self, parent: Any = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[Row] = []
        self._index: dict[str, int] = {}
        self._since: dict[str, tuple[MemberStatus, float]] = {}
        self.stage = 0
        self.over = False

    # -- Qt model API --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Role.ROW:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.glyph} {row.model} — {row.detail()}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.accessible()
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row.tooltip())
        if role == Role.STATUS:
            return row.status
        if role == Role.TOKENS:
            return row.tokens
        if role == Role.DETAIL:
            return row.detail()
        if role == Role.GLYPH:
            return row.glyph
        if role == Role.MODEL:
            return row.model
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- queries -------------------------------------------------------------------------------------------
    def models(self) -> list[str]:
        return [r.model for r in self._rows]

    def row(self, model: str) -> Row | None:
        i = self._index.get(model)
        return self._rows[i] if i is not None else None

    def row_at(self, i: int) -> Row | None:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def any_running(self) -> bool:
        return any(r.running for r in self._rows)

    def ticking_rows(self) -> list[int]:
        """Rows whose text counts seconds (queued, waiting, retrying) while the run goes on."""
        return [i for i, r in enumerate(self._rows) if not r.over and r.status in fmt.TICKING_STATES]

    # -- updates -------------------------------------------------------------------------------------------
    def show_members(self, stage: int, members: Sequence[MemberState], *, over: bool = False) -> None:
        """Show ``members`` of ``stage``; ``over``: the run has ended."""
        models = [m.model for m in members]
        now = self._clock()
        if stage != self.stage:
            self._since = {}
        rows = [self._make_row(m, over, now) for m in members]
        old = self.models()
        if stage != self.stage or models[:len(old)] != old:
            self.beginResetModel()
            self.stage, self.over = stage, over
            self._rows, self._index = rows, {m: i for i, m in enumerate(models)}
            self.endResetModel()
            return
        changed = [i for i, r in enumerate(rows[:len(old)])
                   if r.member is not self._rows[i].member or r.over != self._rows[i].over]
        self.over = over
        if len(rows) > len(old):  # e.g. the chairman's fallback in stage 3
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._rows = rows
            self._index = {m: i for i, m in enumerate(models)}
            self.endInsertRows()
        else:
            self._rows = rows
        for i in changed:
            idx = self.index(i)
            self.dataChanged.emit(idx, idx)

    def _make_row(self, m: MemberState, over: bool, now: float) -> Row:
        seen = self._since.get(m.model)
        if seen is None or seen[0] is not m.status:
            seen = self._since[m.model] = (m.status, now)
        return Row(m, seen[1], over, self._clock)

    def tick(self) -> bool:
        """Repaint the rows that count seconds; False when there are none."""
        rows = self.ticking_rows()
        for i in rows:
            idx = self.index(i)
            self.dataChanged.emit(idx, idx)
        return bool(rows)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._index, self._since = [], {}, {}
        self.stage, self.over = 0, False
        self.endResetModel()
