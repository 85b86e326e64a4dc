"""The history list with one entry per conversation: a thread's runs (follow-ups, re-runs) are grouped under its
newest run, and a search groups its hits the same way (an entry holds the thread's runs that matched).

Rows are :class:`RunSummary` values like the plain list's (the newest run of the thread, which opening an entry
shows); a single run reads exactly as before. Paging follows the runs the store returns, so a long history still
loads a page at a time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from council_desktop.council import units
from council_desktop.storage.history import HistoryError, RunSummary
from council_desktop.ui.history_model import MAX_PINNED, HistoryListModel, cost_text, short_date, status_text
from council_desktop.ui.safe_text import tooltip

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


@dataclass
class ThreadEntry:
    """One conversation in the list: its runs loaded so far (newest first) and the first question's title."""

    thread: str
    runs: list[RunSummary] = field(default_factory=list)
    first_title: str | None = None

    @property
    def newest(self) -> RunSummary:
        return self.runs[0]

    @property
    def cost(self) -> float | None:
        costs = [r.cost for r in self.runs if r.cost is not None]
        return round(sum(costs), 10) if costs else None


class ThreadListModel(HistoryListModel):
    """Past conversations, newest first; a thread of several runs is one entry.

    Extra roles: ``ThreadRole`` (the thread id), ``RunsRole`` (the ids of its runs listed, newest first).
    """

    ThreadRole = Qt.ItemDataRole.UserRole + 20
    RunsRole = Qt.ItemDataRole.UserRole + 21

    def refresh(self) -> None:
        """Reload from the store (first page only). Pinned runs come first (all of them, their threads' entries
        on top under "Pinned"); then the others a page at a time, grouped by date (see :meth:`_regroup`)."""
        self.beginResetModel()
        self._rows, self._ids, self._total = [], set(), 0
        self._fetched = 0
        self._pinned_runs = 0  # pinned runs fetched (the pages of the others start after them)
        self._seen: set[str] = set()
        self._entries: list[ThreadEntry] = []
        self._by_thread: dict[str, ThreadEntry] = {}
        self.last_error = None
        try:
            search = self._search or None
            pinned = self._store.list_runs(search, limit=MAX_PINNED, offset=0, pinned=True)
            self._take(pinned)
            self._pinned_runs = self._fetched
            self._pinned = len(self._entries)
            self._total = self._fetched + self._store.count(search, pinned=False)
            self._take(self._store.list_runs(search, limit=self._page_size, offset=0, pinned=False))
        except HistoryError as e:
            self._failed(e)
        self._regroup()
        self.endResetModel()

    def _failed(self, e: HistoryError) -> None:
        self._fail(e)
        self._total = self._fetched

    def _take(self, runs: list[RunSummary]) -> tuple[list[ThreadEntry], list[int]]:
        """Add runs to their entries; the new entries, and the rows of entries that got runs."""
        new: list[ThreadEntry] = []
        grown: list[int] = []
        for r in runs:
            self._fetched += 1
            if r.id in self._seen:  # a run added meanwhile shifts the pages: skip repeats
                continue
            self._seen.add(r.id)
            entry = self._by_thread.get(r.thread)
            if entry is None:
                entry = ThreadEntry(r.thread)
                self._by_thread[r.thread] = entry
                self._entries.append(entry)
                self._rows.append(r)
                self._ids.add(r.id)
                new.append(entry)
            elif entry not in new:
                grown.append(self._entries.index(entry))
            entry.runs.append(r)
            if r.id == r.thread:
                entry.first_title = r.title
        return new, grown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._fetched < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore(parent):
            return
        try:
            runs = self._store.list_runs(self._search or None, limit=self._page_size,
                                         offset=self._fetched - self._pinned_runs, pinned=False)
        except HistoryError as e:
            self._failed(e)
            return
        if not runs:
            self._total = self._fetched  # nothing more to load (runs were deleted meanwhile)
            return
        threads: list[str] = []  # threads not listed yet: each becomes a new row
        for r in runs:
            if r.id not in self._seen and r.thread not in self._by_thread and r.thread not in threads:
                threads.append(r.thread)
        first = len(self._rows)
        if threads:
            self.beginInsertRows(QModelIndex(), first, first + len(threads) - 1)
        _new, grown = self._take(runs)
        self._regroup()
        if threads:
            self.endInsertRows()
        for row in sorted(set(grown)):
            idx = self.index(row, 0)
            self.dataChanged.emit(idx, idx)

    # -- lookups -------------------------------------------------------------------------------------------
    def entry(self, row: int) -> ThreadEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entry_of(self, run_id: str) -> ThreadEntry | None:
        """The entry holding ``run_id`` (among the runs loaded so far)."""
        for e in self._entries:
            if any(r.id == run_id for r in e.runs):
                return e
        return None

    def row_of(self, run_id: str, *, load: bool = False) -> int:
        """The row of the entry holding a run, or -1. With ``load``, fetch further pages until it is found."""
        while True:
            for i, e in enumerate(self._entries):
                if e.thread == run_id or any(r.id == run_id for r in e.runs):
                    return i
            if not (load and self.canFetchMore()):
                return -1
            self.fetchMore()

    def remove_run(self, run_id: str) -> bool:
        """Drop one deleted run: its entry goes when it was the thread's only run listed; else the list reloads
        (the entry then shows the thread's next newest run)."""
        e = self.entry_of(run_id)
        if e is None:
            return False
        if len(e.runs) > 1:
            self.refresh()
            return True
        row = self._entries.index(e)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._entries[row]
        self._by_thread.pop(e.thread, None)
        self._ids.discard(run_id)
        self._seen.discard(run_id)
        self._total = max(0, self._total - 1)
        self._fetched = max(0, self._fetched - 1)
        if row < self._pinned:
            self._pinned -= 1
            self._pinned_runs = max(0, self._pinned_runs - 1)
        self._regroup()
        self.endRemoveRows()
        if self._rows:  # the next row may open the group now
            self.dataChanged.emit(self.index(min(row, len(self._rows) - 1), 0), self.index(len(self._rows) - 1, 0))
        return True

    # -- the user's own touches ----------------------------------------------------------------------------
    def rename(self, run_id: str, title: str | None) -> bool:
        """Rename an entry: a thread's name is its first question's run (the list then reloads)."""
        e = self.entry_of(run_id)
        target = e.thread if e is not None and len(e.runs) > 1 and self._store.exists(e.thread) else run_id
        if not super().rename(target, title):
            return False
        if e is not None and len(e.runs) > 1:
            self.refresh()
        return True

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None or len(e.runs) == 1 or role != Qt.ItemDataRole.EditRole:
            return super().setData(index, value, role)
        text = str(value or "").strip()
        return self.rename(e.newest.id, text or None) if text != (e.first_title or e.newest.title) else False

    # -- the Qt model interface ----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        if role == self.ThreadRole:
            return e.thread
        if role == self.RunsRole:
            return [r.id for r in e.runs]
        if len(e.runs) == 1:
            return super().data(index, role)
        r = e.newest
        title = e.first_title or r.title
        if role == Qt.ItemDataRole.EditRole:
            return title
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}\n{self._thread_details(e)}"
        if role == self.TitleRole:
            return title
        if role == self.CostRole:
            return e.cost
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{title}\nA thread of {n} runs (follow-ups and re-runs), the newest {when} — {status}\n"
                           "Opening it shows the conversation.").format(
                title=title, n=len(e.runs), when=units.local_time(r.created_at), status=status_text(r.status))
            if self.search:
                text += "\n" + self.tr("{n} of its runs match “{search}”").format(n=len(e.runs), search=self.search)
            return tooltip(text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title}. A thread of runs. {details}").format(title=title, details=self._thread_details(e))
        return super().data(index, role)

    def _thread_details(self, e: ThreadEntry) -> str:
        r = e.newest
        parts = [short_date(r.created_at)]
        if r.status != "complete":
            parts.append(status_text(r.status))
        if e.cost is not None:
            parts.append(cost_text(e.cost))
        n = len(e.runs)
        parts.append(self.tr("{n} matching runs of a thread").format(n=n) if self.search
                     else self.tr("thread of {n} runs").format(n=n))
        return " · ".join(parts)
