"""Records a run into the history as it happens: one more listener to the council's event stream.

A storage failure (disk full, a locked or damaged database) never breaks the run: it is logged with its traceback,
kept in :attr:`RunRecorder.last_error`, and the run goes on. The final :meth:`RunRecorder.finish` writes the whole
record, so a run whose early writes failed is still saved whole if the store recovers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from council_desktop.council.events import Error, Event, ModelComplete, ModelError, Result, StageComplete
from council_desktop.council.record import AggregateEntry, ModelRun, RunRecord, Synthesis
from council_desktop.storage.history import HistoryError, HistoryStore

log = logging.getLogger(__name__)

__all__ = ["RunRecorder", "model_run_from_event", "open_recorder"]


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


def model_run_from_event(event: ModelComplete | ModelError) -> ModelRun:
    """Rebuild a member's :class:`ModelRun` from its ``model_complete`` / ``model_error`` event."""
    if isinstance(event, ModelError):
        return ModelRun(model=event.model, stage=event.stage, status="error", duration_ms=event.duration_ms,
                        token_count=event.token_count, error=event.error, kind=event.kind,
                        status_code=event.status_code)
    run = ModelRun(model=event.model, stage=event.stage, status="done", text=event.text,
                   duration_ms=event.duration_ms, token_count=event.token_count, exact_tokens=event.exact_tokens,
                   cost=event.cost)
    if event.review is not None:
        review = event.review
        run.label_map = review.get("label_map")
        run.parsed_ranking = review.get("parsed_ranking")
        run.ranking_models = review.get("ranking_models")
        run.parse_status = review.get("parse_status")
    return run


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

    def begin(self, record: RunRecord) -> None:
        """The run starts: record it as ``running`` with its prompt, members, chairman and settings."""
        self.run_id = record.id
        self._safely("create the run", lambda: self.store.create_run(record))

    def on_event(self, event: Event) -> None:
        """Store what just finished. Cheap for the events it ignores (progress, starts)."""
        run_id = self.run_id
        if run_id is None:
            return
        if isinstance(event, ModelComplete | ModelError):
            run = model_run_from_event(event)
            self._safely(f"save {event.model} (stage {event.stage})", lambda: self.store.save_model_run(run_id, run))
        elif isinstance(event, StageComplete):
            data = event.data
            if event.stage == 2:
                self._safely("save the peer review", lambda: self.store.save_stage2(
                    run_id, [AggregateEntry.from_dict(a) for a in data.get("aggregate") or []],
                    bool(data.get("skipped", False)), data.get("notice")))
            elif event.stage == 3 and data.get("synthesis"):
                synthesis = data["synthesis"]
                self._safely("save the synthesis",
                             lambda: self.store.save_synthesis(run_id, Synthesis.from_dict(synthesis)))
        elif isinstance(event, Result):
            data = event.data
            self._safely("save the finished run", lambda: self.store.save_record(RunRecord.from_dict(data)))
        elif isinstance(event, Error):
            # A cancelled run also says "error" first; finish() then writes its real status.
            message = event.message
            self._safely("mark the run failed", lambda: self.store.finish_run(run_id, "failed", error=message))

    def finish(self, record: RunRecord) -> None:
        """The run is over (complete, failed or cancelled): write the whole record with its own status."""
        if record.status == "running":
            log.warning("history: run %s finished while still marked running; saved as is", record.id)
        self.run_id = record.id
        self._safely("save the finished run", lambda: self.store.save_record(record))
