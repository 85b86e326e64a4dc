"""Records a run into the history as it happens: one more listener to the council's event stream.

A storage failure (disk full, a locked or damaged database) never breaks the run: it is logged with its traceback,
kept in :attr:`RunRecorder.last_error`, and the run goes on. The final :meth:`RunRecorder.finish` writes the whole
record, so a run whose early writes failed is still saved whole if the store recovers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from council_desktop.council.events import Event, ModelComplete, ModelError, RunEnd, StageComplete
from council_desktop.council.state import RunState
from council_desktop.storage.history import HistoryError, HistoryStore

log = logging.getLogger(__name__)

__all__ = ["RunRecorder", "open_recorder"]


def open_recorder(db_path: Path) -> tuple[RunRecorder | None, str | None]:
    """Open the history for recording (runs of dead processes become ``interrupted``).

    Returns ``(recorder, None)``, or ``(None, reason)`` when the database cannot be used: the caller goes on
    without saving and tells the user the reason.
    """
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        store = HistoryStore(db_path)
    except (HistoryError, OSError) as e:
        log.error("cannot open the history database %s: %s", db_path, e)
        return None, str(e)
    try:
        interrupted = store.mark_interrupted()
    except HistoryError as e:
        store.close()
        log.error("cannot use the history database %s: %s", db_path, e)
        return None, str(e)
    if interrupted:
        log.info("%d run(s) from a process that died were marked interrupted", interrupted)
    return RunRecorder(store), None


class RunRecorder:
    """Writes one run into a :class:`HistoryStore`: ``begin``, then ``on_event`` for each event, then ``finish``."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self.run_id: str | None = None
        self.last_error: Exception | None = None
        self.failures = 0

    def _safely(self, what: str, action: Callable[[], None]) -> bool:
        try:
            action()
        except Exception as e:  # never let the history break the run
            self.last_error = e
            self.failures += 1
            log.exception("history: could not %s for run %s; the run goes on", what, self.run_id)
            return False
        return True

    def begin(self, state: RunState) -> None:
        """The run starts: record it as ``running`` with its prompt, members, chairman and settings."""
        self.run_id = state.id
        self._safely("create the run", lambda: self.store.create_run(state))

    def on_event(self, event: Event, state: RunState) -> None:
        """Store what ``event`` finished, as ``state`` (the state after it) has it. Cheap for the others."""
        run_id = self.run_id
        if run_id is None or state.id != run_id:
            return
        if isinstance(event, ModelComplete | ModelError):
            member = state.find(event.stage, event.model)
            if member is not None:
                self._safely(f"save {event.model} (stage {event.stage})",
                             lambda: self.store.save_model_run(run_id, member))
        elif isinstance(event, StageComplete):
            self._safely(f"save stage {event.stage}", lambda: self.store.save_progress(state))
        elif isinstance(event, RunEnd):
            self._safely("save the finished run", lambda: self.store.save_record(state))

    def finish(self, state: RunState) -> None:
        """The run is over (complete, failed or cancelled): write the whole record with its own status."""
        if state.status == "running":
            log.warning("history: run %s finished while still marked running; saved as is", state.id)
        self.run_id = state.id
        self._safely("save the finished run", lambda: self.store.save_record(state))
