"""The rows of the live model list: one per member working in the current stage."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from council_desktop.council.events import ModelComplete, ModelError
from council_desktop.council.state import MemberState
from council_desktop.ui import fmt
from council_desktop.ui.safe_text import tooltip

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    STATUS = Qt.ItemDataRole.UserRole + 1
    TOKENS = Qt.ItemDataRole.UserRole + 2
    DETAIL = Qt.ItemDataRole.UserRole + 3
    GLYPH = Qt.ItemDataRole.UserRole + 4
    MODEL = Qt.ItemDataRole.UserRole + 5
    ROW = Qt.ItemDataRole.UserRole + 6  # the Row itself: one call gives the delegate everything


@dataclass(slots=True)
class Row:
    model: str
    status: str = "pending"
    tokens: int = 0
    exact: bool = False
    duration_ms: int | None = None
    cost: float | None = None
    error: str | None = None
    message: str | None = None
    retry_in: float | None = None

    @property
    def running(self) -> bool:
        return self.status in fmt.RUNNING_STATES

    def detail(self) -> str:
        """The text right of the model name."""
        s = self.status
        if s == "pending":
            return "waiting"
        if s == "queued":
            return "queued"
        if s in ("generating", "thinking"):
            return f"{s} · {fmt.tokens(self.tokens)}…"
        if s == "retrying":
            wait = f" in {self.retry_in:.0f} s" if self.retry_in is not None else ""
            return f"retrying{wait}"
        if s == "done":
            parts = [fmt.tokens(self.tokens, exact=self.exact), fmt.duration(self.duration_ms), fmt.cost(self.cost)]
            return " · ".join(p for p in parts if p)
        if s in ("skipped", "cancelled"):
            return fmt.STATUS_WORDS[s]
        return f"Error: {self.error or 'unknown error'}"

    def accessible(self) -> str:
        """What a screen reader says: the status in words, never a glyph alone."""
        word = fmt.STATUS_WORDS.get(self.status, self.status)
        detail = self.detail()
        if self.status == "error":
            return f"{self.model}: failed. {self.error or ''}".strip()
        if detail == word:
            return f"{self.model}: {word}"
        return f"{self.model}: {word}, {detail}" if not detail.startswith(word) else f"{self.model}: {detail}"

    def tooltip(self) -> str:
        if self.status == "error":
            return f"{self.model} failed:\n{self.error or 'unknown error'}"
        if self.message:
            return f"{self.model}: {self.message}"
        return f"{self.model}: {self.detail()}"


class ModelListModel(QAbstractListModel):
    """Live state of each member in the current stage; slots are plain methods (no awaiting)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._index: dict[str, int] = {}
        self.stage = 0

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
            return f"{fmt.GLYPHS.get(row.status, '')} {row.model} — {row.detail()}"
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
            return fmt.GLYPHS.get(row.status, "")
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

    # -- updates -------------------------------------------------------------------------------------------
    def set_members(self, stage: int, models: list[str]) -> None:
        self.beginResetModel()
        self.stage = stage
        self._rows = [Row(m) for m in models]
        self._index = {m: i for i, m in enumerate(models)}
        self.endResetModel()

    def load_runs(self, stage: int, runs: list[MemberState]) -> None:
        """Show a finished stage (a run reopened from history)."""
        self.beginResetModel()
        self.stage = stage
        self._rows = []
        for r in runs:
            status = "done" if r.status == "done" else "error" if r.status == "error" else "pending"
            if r.status == "error" and r.kind == "cancelled":
                status = "skipped" if r.error and "Skipped" in r.error else "cancelled"
            self._rows.append(Row(r.model, status, r.token_count, r.exact_tokens, r.duration_ms, r.cost, r.error))
        self._index = {r.model: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def clear(self) -> None:
        self.set_members(0, [])

    def _ensure(self, model: str) -> int:
        i = self._index.get(model)
        if i is None:  # e.g. the stage-3 fallback member, not announced in stage_start
            i = len(self._rows)
            self.beginInsertRows(QModelIndex(), i, i)
            self._rows.append(Row(model))
            self._index[model] = i
            self.endInsertRows()
        return i

    def _changed(self, i: int) -> None:
        idx = self.index(i)
        self.dataChanged.emit(idx, idx)

    def start(self, model: str) -> None:
        i = self._ensure(model)
        row = self._rows[i]
        row.status, row.tokens, row.error, row.message = "generating", 0, None, None
        self._changed(i)

    def progress(self, model: str, count: int, status: str, message: str | None = None,
                 retry_in: float | None = None) -> None:
        i = self._ensure(model)
        row = self._rows[i]
        if row.status in ("done", "error", "skipped", "cancelled"):
            return  # a late coalesced update must not undo a final state
        row.tokens = max(row.tokens, count)
        row.status = status
        row.message = message
        row.retry_in = retry_in
        self._changed(i)

    def complete(self, ev: ModelComplete) -> None:
        i = self._ensure(ev.model)
        row = self._rows[i]
        row.status, row.tokens, row.exact = "done", ev.token_count, ev.exact_tokens
        row.duration_ms, row.cost, row.message = ev.duration_ms, ev.cost, None
        self._changed(i)

    def fail(self, ev: ModelError) -> None:
        i = self._ensure(ev.model)
        row = self._rows[i]
        if ev.kind == "cancelled":
            row.status = "skipped" if ev.error.startswith("Skipped") else "cancelled"
        else:
            row.status = "error"
        row.error, row.duration_ms, row.message = ev.error, ev.duration_ms, None
        row.tokens = max(row.tokens, ev.token_count)
        self._changed(i)

    def cancel_pending(self) -> None:
        """The run ended: rows that never started read "cancelled", not "waiting"."""
        for i, row in enumerate(self._rows):
            if row.status == "pending" or row.running:
                row.status = "cancelled"
                self._changed(i)
