"""CouncilRunner: the state the council applied reaches the widgets coalesced, with what changed; structural
changes and a member's first text at once; cancel, skip, "Synthesize now" and pre-emption are clean."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest

from council_desktop.council.events import ModelDelta, ModelProgress, StageStart
from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.provider import ProviderError
from council_desktop.council.state import MemberStatus, apply
from council_desktop.council.values import RunInfo
from council_desktop.ui.runner import Changes, CouncilRunner, diff
from tests.council.fakes import FakeBackend, Script
from tests.helpers import until, wait_signal


class Recorder:
    def __init__(self):
        self.calls: list[tuple[str, str]] = []
        self.events: list[tuple[str, str, str]] = []  # (event type, state id, state status)

    def begin(self, state):
        self.calls.append(("begin", state.id))

    def on_event(self, event, state):
        self.events.append((event.type, state.id, state.status))

    def finish(self, state):
        self.calls.append(("finish", f"{state.id}:{state.status}"))


def spec(prompt="q", members=("m/a", "m/b")) -> RunSpec:
    return RunSpec.create(prompt, members, members[0])


def words(n: int) -> list[str]:
    return [f"w{i} " for i in range(n)]


async def test_state_changes_follow_the_stages_in_order_and_finished_comes_last():
    runner = CouncilRunner(Council(FakeBackend()), flush_interval_ms=0)
    seen: list[tuple[tuple[str, str, str], bool]] = []
    order: list[str] = []
    runner.state_changed.connect(lambda st, ch: (seen.append((tuple(s.status for s in st.stages), ch.everything)),
                                                 order.append("state")))
    finished = []
    runner.finished.connect(lambda st: (finished.append(st), order.append("finished")))
    state = await runner.run(spec())
    assert state.status == "complete" and finished == [state] and runner.state is state
    assert seen[0] == (("pending", "pending", "pending"), True)  # a new run: every view starts afresh
    assert not any(everything for _s, everything in seen[1:])
    statuses = [s for s, _e in seen]
    # in stage order (a flush may take in several steps when the loop pass is crowded: see ui/turns.py)
    progress = ["pending", "running", "done"]
    keys = [tuple(progress.index(x) for x in s) for s in statuses]
    assert keys == sorted(keys) and len(set(statuses)) >= 3
    assert ("running", "pending", "pending") in statuses and statuses[-1] == ("done", "done", "done")
    assert order[-1] == "finished" and not runner.is_running


async def test_progress_is_coalesced_to_the_latest_state():
    backend = FakeBackend(default=Script(tokens=words(50)))  # 50 tokens in one loop step
    runner = CouncilRunner(Council(backend), flush_interval_ms=10_000)  # only structural flushes
    counts: list[int] = []

    def on_state(state, changes):
        m = state.find(1, "m/a")
        if m is not None and changes.row(1, "m/a"):
            counts.append(m.token_count)

    runner.state_changed.connect(on_state)
    state = await runner.run(spec(members=("m/a",)))
    assert state.find(1, "m/a").text == "".join(words(50))
    assert counts == sorted(counts) and counts[-1] == 51  # the exact count of the completion
    assert len(counts) <= 3  # the member's start, its first words, its end — not 50 updates


async def test_flush_interval_bounds_the_emission_rate():
    runner = CouncilRunner(Council(FakeBackend(default=Script(tokens=words(40), delay=0.005))),
                           flush_interval_ms=50)
    texts: list[str] = []
    runner.state_changed.connect(lambda st, ch: texts.append(st.find(1, "m/a").text)
                                 if st.find(1, "m/a") is not None and ch.text_of(1, "m/a") else None)
    await runner.run(spec(members=("m/a",)))
    assert texts == sorted(texts, key=len) and texts[-1] == "".join(words(40))
    assert all(b.startswith(a) for a, b in itertools.pairwise(texts))  # text only grows
    assert 2 < len(texts) < 20  # ~0.2 s of tokens at 50 ms: a handful of repaints, not 40


async def test_a_members_first_words_are_shown_at_once():
    backend = FakeBackend(default=Script(tokens=["First ", *words(9)], delay=0.3))  # done only after 3 s
    runner = CouncilRunner(Council(backend, delta_interval=0), flush_interval_ms=10_000)
    first: list[float] = []
    runner.state_changed.connect(lambda st, ch: first.append(time.perf_counter())
                                 if not first and st.find(1, "m/a") is not None and st.find(1, "m/a").text else None)
    t0 = time.perf_counter()
    runner.start(spec(members=("m/a",)))
    await until(lambda: first, timeout=5)
    assert 0.25 < first[0] - t0 < 1.0  # the first token came after 0.3 s and was shown then, not 10 s later
    await runner.shutdown()


def test_changes_name_the_rows_text_and_stages_that_moved():
    run = RunInfo("r", "q", ("a", "b"), "a", "t")
    s0 = apply(None, StageStart(1, ("a", "b"), run=run))
    s1 = apply(s0, ModelProgress(1, "a", 3, "generating"))
    s2 = apply(s1, ModelDelta(1, "a", "Hello"))
    assert diff(None, s0) == Changes.all() and diff(s0, s0) == Changes()
    ch = diff(s0, s1)
    assert ch.rows == {(1, "a")} and not ch.text and not ch.stages and not ch.run
    ch = diff(s0, s2)
    assert ch.rows == {(1, "a")} and ch.text == {(1, "a")} and ch.text_changed
    ch = diff(s2, apply(s2, StageStart(2, ("a", "b"))))
    assert ch.stages == {2} and ch.run and ch.rows == {(2, "a"), (2, "b")} and not ch.in_stage(1)


async def test_cancel_finishes_with_a_cancelled_state_keeps_partial_text_and_closes_requests():
    backend = FakeBackend(default=Script(tokens=words(200), delay=0.02))
    recorder = Recorder()
    runner = CouncilRunner(Council(backend), recorder=recorder, flush_interval_ms=0)
    task = runner.start(spec())
    await until(lambda: runner.state.stage == 1 and all(m.text for m in runner.state.stage1))
    assert runner.is_running and runner.cancel()
    (state,) = await wait_signal(runner.finished)
    assert state.status == "cancelled"
    assert sorted(backend.cancelled) == ["m/a", "m/b"]
    assert all(m.status is MemberStatus.CANCELLED and m.partial for m in state.stage1)
    assert task.done() and not runner.is_running
    assert recorder.calls == [("begin", state.id), ("finish", f"{state.id}:cancelled")]
    assert recorder.events and all(sid == state.id for _t, sid, _s in recorder.events)  # (event, state) pairs
    assert recorder.events[-1][0] == "error" and recorder.events[-1][2] == "cancelled"
    assert not runner.cancel()


async def test_a_new_run_preempts_the_running_one():
    backend = FakeBackend(default=Script(hang=True))
    recorder = Recorder()
    runner = CouncilRunner(lambda: Council(backend), recorder=recorder, flush_interval_ms=0)
    finished = []
    runner.finished.connect(finished.append)
    shown: set[str] = set()
    runner.state_changed.connect(lambda st, ch: shown.add(st.prompt))
    first = spec("first")
    runner.start(first)
    await until(lambda: len(backend.requests) == 2)
    backend.default = Script()
    second = spec("second")
    state = await runner.run(second)
    assert state.id == second.run_id and state.status == "complete"
    assert [r.id for r in finished] == [second.run_id]  # the pre-empted run is recorded, not shown at its end
    assert recorder.calls[:3] == [("begin", first.run_id), ("finish", f"{first.run_id}:cancelled"),
                                  ("begin", second.run_id)]
    assert runner.state.id == second.run_id and "second" in shown


async def test_skip_drops_one_member_keeps_its_text_and_the_run_goes_on():
    backend = FakeBackend(scripts={"m/b": Script(tokens=words(200), delay=0.02)},
                          default=Script(tokens=words(3), delay=0.02))
    runner = CouncilRunner(Council(backend), flush_interval_ms=0)
    runner.start(spec(members=("m/a", "m/b", "m/c")))
    await until(lambda: (b := runner.state.find(1, "m/b")) is not None and b.text)
    assert runner.skip("m/b")
    (state,) = await wait_signal(runner.finished)
    assert state.status == "complete"
    b = state.find(1, "m/b")
    assert b.status is MemberStatus.SKIPPED and b.text.startswith("w0 ") and b.partial
    assert not runner.skip("m/b")


async def test_synthesize_now_ends_the_stage_with_who_finished_and_the_run_completes():
    backend = FakeBackend(scripts={"m/c": Script(tokens=words(500), delay=0.02)},
                          default=Script(tokens=words(3), delay=0.01))
    runner = CouncilRunner(Council(backend), flush_interval_ms=0)
    enabled: list[bool] = []
    runner.state_changed.connect(lambda st, ch: enabled.append(runner.can_end_stage()))
    runner.start(spec(members=("m/a", "m/b", "m/c")))
    await until(lambda: runner.state.stage == 1 and len(backend.requests) == 3)
    assert not runner.can_end_stage() and not runner.end_stage()  # nobody finished yet
    await until(lambda: len(runner.state.stage_state(1).done()) == 2 and runner.state.find(1, "m/c").text)
    assert runner.can_end_stage() and True in enabled
    assert runner.end_stage()
    (state,) = await wait_signal(runner.finished, timeout=10)
    assert state.status == "complete" and state.synthesis is not None
    c = state.find(1, "m/c")
    assert c.status is MemberStatus.CANCELLED and c.partial and "m/c" in backend.cancelled
    assert state.stage_state(1).ended_early == "ended early by the user"
    assert [m.model for m in state.stage2] == ["m/a", "m/b"]


async def test_listener_and_recorder_errors_do_not_stop_the_run():
    class Broken(Recorder):
        def on_event(self, event, state):
            raise RuntimeError("disk full")

    def bad_listener(_ev, _state):
        raise ValueError("boom")

    down = ProviderError("Rate limit exceeded.", kind="rate_limit", status_code=429)
    backend = FakeBackend(scripts={"m/b": Script(error=down)})
    runner = CouncilRunner(Council(backend), recorder=Broken(), listeners=[bad_listener], flush_interval_ms=0)
    state = await runner.run(spec(members=("m/a", "m/b", "m/c")))
    assert state.status == "complete"
    assert [r.model for r in state.errors()] == ["m/b"]


async def test_shutdown_cancels_and_waits():
    backend = FakeBackend(default=Script(hang=True))
    runner = CouncilRunner(Council(backend), flush_interval_ms=0)
    runner.start(spec())
    await until(lambda: len(backend.requests) == 2)
    await runner.shutdown()
    assert not runner.is_running
    assert runner.state.status == "cancelled"
    await asyncio.sleep(0)


async def test_a_run_cancelled_before_its_first_step_still_finishes(qapp):
    """Cancel right after start, before the task ran at all: the window must still hear that the run is over."""
    from council_desktop.council.orchestrator import Council, RunSpec
    from council_desktop.ui.runner import CouncilRunner
    from tests.council.fakes import FakeBackend, Script

    runner = CouncilRunner(lambda: Council(FakeBackend(default=Script(hang=True))))
    finished, running = [], []
    runner.finished.connect(finished.append)
    runner.running_changed.connect(running.append)
    runner.start(RunSpec.create("q", ["m/a"], "m/a"))
    assert runner.cancel() is True
    await asyncio.sleep(0.05)
    assert len(finished) == 1 and finished[0].status == "cancelled"
    assert running == [True, False] and not runner.is_running


async def test_the_window_asks_before_a_key_travels_over_plain_http(qapp, tmp_path):
    from council_desktop.providers.openrouter_api import ModelCatalog
    from council_desktop.storage.keystore import KeyStore
    from council_desktop.storage.settings import Settings
    from council_desktop.ui.run_controller import RunController
    from council_desktop.ui.runner import CouncilRunner
    from tests.council.fakes import FakeBackend, Script

    settings = Settings(members=("m/a",), chairman="m/a", base_url="http://203.0.113.7/api/v1")
    runner = CouncilRunner(lambda: Council(FakeBackend(default=Script(hang=True))))
    keys = KeyStore(env={"OPENROUTER_API_KEY": "sk-or-v1-" + "x" * 40})
    ctl = RunController(runner, settings=lambda: settings, key_store=keys, catalog=ModelCatalog(tmp_path / "models.json"))
    asked = []
    ctl.confirm_insecure = lambda where: asked.append(where) or False
    out = ctl.start("q")
    assert out.reason == "insecure" and "203.0.113.7" in out.refusal and not runner.is_running
    assert asked == [[("OpenRouter", "http://203.0.113.7/api/v1")]]
    local = Settings(members=("m/a",), chairman="m/a", base_url="http://127.0.0.1:9/api/v1")
    ctl2 = RunController(runner, settings=lambda: local, key_store=keys, catalog=ModelCatalog(tmp_path / "models.json"))
    ctl2.confirm_insecure = lambda where: pytest.fail("loopback needs no confirmation")
    assert ctl2.start("q").started
    runner.cancel()
    await asyncio.sleep(0.05)
