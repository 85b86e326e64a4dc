"""The recorder: a listener to the council's events that writes the run as it happens and never breaks it."""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
from pathlib import Path

import pytest

from council_desktop.council.events import Event, ModelComplete, ModelError, StageComplete
from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.provider import ProviderError
from council_desktop.council.state import apply
from council_desktop.storage.history import HistoryStore
from council_desktop.storage.recorder import RunRecorder
from tests.council.fakes import FakeBackend, Script
from tests.helpers import until

MEMBERS = ["m/alpha", "m/beta", "m/gamma"]


@pytest.fixture
def store(tmp_path: Path):
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def spec(members=MEMBERS, chairman="m/chair", prompt="Why is the sky blue?") -> RunSpec:
    return RunSpec.create(prompt, members, chairman)


async def recorded_run(store: HistoryStore, backend: FakeBackend, s: RunSpec | None = None):
    s = s or spec()
    recorder = RunRecorder(store)
    events: list[Event] = []
    recorder.begin(s.new_state())

    def emit(ev: Event, state) -> None:
        events.append(ev)
        recorder.on_event(ev, state)

    rec = await Council(backend, rng=random.Random(3)).run(s, emit)
    recorder.finish(rec)
    return rec, events, recorder


def mixed_backend() -> FakeBackend:
    backend = FakeBackend(default=Script(tokens=["blue ", "sky ", "scattering"], cost=0.002))
    backend.scripts["m/gamma"] = Script(error=ProviderError("Rate limited by the provider.", kind="rate_limit",
                                                            status_code=429))
    return backend


async def test_complete_run_is_stored_exactly(store: HistoryStore):
    rec, _events, recorder = await recorded_run(store, mixed_backend())
    assert rec.status == "complete"
    assert recorder.last_error is None
    assert store.get(rec.id).to_dict() == rec.to_dict()
    assert store.check_integrity() == []


async def test_events_alone_rebuild_the_record(store: HistoryStore):
    """Replay a run's events without the final result: the store holds what the live window showed."""
    backend = mixed_backend()
    backend.stage_scripts[(2, "m/beta")] = Script(error=ProviderError("Timed out.", kind="timeout"))
    events: list[Event] = []
    s = spec()
    rec = await Council(backend, rng=random.Random(3)).run(s, lambda ev, st: events.append(ev))
    recorder = RunRecorder(store)
    recorder.begin(s.new_state())
    state = None
    for ev in events:  # the events alone, folded, as a second process reading --jsonl would
        state = apply(state, ev)
        recorder.on_event(ev, state)
        if isinstance(ev, StageComplete) and ev.stage == 1:
            mid = store.get(rec.id)
            assert mid.status == "running"
            assert {r.model: r.status for r in mid.stage1} == {"m/alpha": "done", "m/beta": "done",
                                                               "m/gamma": "failed"}
            assert mid.stage1[2].to_dict() == rec.stage1[2].to_dict()  # kind, message, HTTP status
        if isinstance(ev, ModelError) and ev.stage == 2:  # a failed reviewer keeps its label map and text
            assert store.get(rec.id).find(2, "m/beta").review.label_map
    assert store.get(rec.id).to_dict() == rec.to_dict()


async def test_failed_run(store: HistoryStore):
    backend = FakeBackend(default=Script(error=ProviderError("Key rejected.", kind="auth", status_code=401)))
    rec, _events, _recorder = await recorded_run(store, backend)
    assert rec.status == "failed"
    got = store.get(rec.id)
    assert got.status == "failed" and got.error == rec.error
    assert got.to_dict() == rec.to_dict()
    assert {r.kind for r in got.stage1} == {"auth"}


async def test_cancelled_run_keeps_finished_answers(store: HistoryStore):
    backend = FakeBackend(default=Script(tokens=["fast ", "answer"]))
    backend.scripts["m/gamma"] = Script(hang=True)
    s = spec()
    council = Council(backend, rng=random.Random(3))
    recorder = RunRecorder(store)
    recorder.begin(s.new_state())
    task = asyncio.ensure_future(council.run(s, recorder.on_event))
    await until(lambda: len([r for r in store.get(s.run_id).stage1 if r.status == "done"]) == 2)
    assert store.get(s.run_id).status == "running"
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    record = council.state
    assert record is not None and record.status == "cancelled"
    recorder.finish(record)
    got = store.get(s.run_id)
    assert got.status == "cancelled"
    assert got.to_dict() == record.to_dict()
    assert [r.text for r in got.stage1 if r.status == "done"] == ["fast answer", "fast answer"]
    assert got.find(1, "m/gamma").kind == "cancelled" and got.find(1, "m/gamma").status == "cancelled"


async def test_storage_failure_never_breaks_the_run(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    db = tmp_path / "history.sqlite3"
    store = HistoryStore(db, timeout=0.05)
    locker = sqlite3.connect(db, isolation_level=None)
    try:
        locker.execute("BEGIN IMMEDIATE")  # another process holds the write lock for the whole run
        with caplog.at_level(logging.ERROR, logger="council_desktop.storage.recorder"):
            rec, _events, recorder = await recorded_run(store, mixed_backend())
        assert rec.status == "complete"  # the run went on
        assert recorder.last_error is not None and "busy" in str(recorder.last_error)
        assert recorder.failures >= 5
        assert caplog.records and all(r.exc_info for r in caplog.records)  # logged with the traceback
        locker.execute("ROLLBACK")
        recorder.finish(rec)  # once the store is usable again, the final save writes it whole
        assert store.get(rec.id).to_dict() == rec.to_dict()
    finally:
        locker.close()
        store.close()


def test_a_closed_store_is_logged_not_raised(store: HistoryStore, caplog: pytest.LogCaptureFixture):
    recorder = RunRecorder(store)
    state = spec().new_state()
    recorder.begin(state)
    store.close()
    with caplog.at_level(logging.ERROR):
        for ev in (ModelComplete(1, "m/alpha", 10, 3, text="hi"), ModelError(1, "m/beta", "Boom.", "upstream", 500)):
            state = apply(state, ev)
            recorder.on_event(ev, state)
    assert isinstance(recorder.last_error, sqlite3.ProgrammingError)
    assert recorder.failures == 2


def test_events_before_begin_are_ignored(store: HistoryStore):
    recorder = RunRecorder(store)
    state = spec().new_state()
    ev = ModelComplete(1, "m/alpha", 10, 3, text="hi")
    recorder.on_event(ev, apply(state, ev))
    assert recorder.last_error is None and store.count() == 0
