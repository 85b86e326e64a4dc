"""CouncilRunner: events become signals, progress is coalesced in order, cancel and pre-emption are clean."""

from __future__ import annotations

import asyncio

from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.provider import ChatCompletion, ChatRequest, ChatUpdate, ProviderError
from council_desktop.ui.runner import CouncilRunner
from tests.helpers import until, wait_signal


class Backend:
    """A ChatBackend: ``tokens`` updates per request, ``delay`` between them; ``hang`` never ends."""

    def __init__(self, tokens: int = 5, delay: float = 0.0, hang: bool = False, fail: set[str] | None = None):
        self.tokens, self.delay, self.hang, self.fail = tokens, delay, hang, fail or set()
        self.cancelled: list[str] = []

    async def chat(self, request: ChatRequest, on_update) -> ChatCompletion:
        content = request.messages[-1]["content"]
        try:
            on_update(ChatUpdate("sent"))
            if self.hang:
                await asyncio.sleep(3600)
            if request.model in self.fail and "FINAL RANKING" not in content:
                raise ProviderError("Rate limit exceeded.", kind="rate_limit", status_code=429)
            for i in range(self.tokens):
                if self.delay:
                    await asyncio.sleep(self.delay)
                on_update(ChatUpdate("token", token_count=i + 1))
            text = "FINAL RANKING:\n1. Response A\n" if "FINAL RANKING" in content else "answer"
            return ChatCompletion(text=text, token_count=self.tokens, exact_tokens=True, cost=0.001)
        except asyncio.CancelledError:
            self.cancelled.append(request.model)
            raise


class Recorder:
    def __init__(self):
        self.calls: list[tuple[str, str]] = []

    def begin(self, record):
        self.calls.append(("begin", record.id))

    def on_event(self, event):
        pass

    def finish(self, record):
        self.calls.append(("finish", f"{record.id}:{record.status}"))


def spec(prompt="q", members=("m/a", "m/b")) -> RunSpec:
    return RunSpec.create(prompt, members, members[0])


async def test_run_emits_signals_in_order_and_finishes():
    runner = CouncilRunner(Council(Backend()), flush_interval_ms=0)
    seen: list[str] = []
    runner.stage_started.connect(lambda s, models: seen.append(f"stage{s}:{len(models)}"))
    runner.model_completed.connect(lambda ev: seen.append(f"done{ev.stage}:{ev.model}"))
    runner.stage_completed.connect(lambda s, _d: seen.append(f"complete{s}"))
    finished = []
    runner.finished.connect(finished.append)
    record = await runner.run(spec())
    assert record.status == "complete"
    assert finished == [record]
    assert seen[0] == "stage1:2" and seen[-1] == "complete3"
    assert seen.index("complete1") < seen.index("stage2:2") < seen.index("complete2") < seen.index("stage3:1")
    assert not runner.is_running


async def test_progress_is_coalesced_to_the_latest_count_and_flushed_before_completion():
    runner = CouncilRunner(Council(Backend(tokens=50)), flush_interval_ms=10_000)  # only forced flushes
    progress: list[tuple[str, int]] = []
    order: list[str] = []
    runner.model_progress.connect(lambda s, m, n, st, ev: (progress.append((m, n)), order.append(f"p:{m}:{n}")))
    runner.model_completed.connect(lambda ev: order.append(f"c:{ev.model}") if ev.stage == 1 else None)
    await runner.run(spec(members=("m/a",)))
    stage1 = [n for m, n in progress if m == "m/a"][:1]
    # 50 token updates in one loop step: one coalesced emission with the last count, before the completion
    assert stage1 == [50]
    assert order.index("p:m/a:50") < order.index("c:m/a")


async def test_flush_interval_bounds_the_emission_rate():
    runner = CouncilRunner(Council(Backend(tokens=40, delay=0.005)), flush_interval_ms=50)
    counts: list[int] = []
    runner.model_progress.connect(lambda s, m, n, st, ev: counts.append(n) if s == 1 else None)
    await runner.run(spec(members=("m/a",)))
    assert counts == sorted(counts) and counts[-1] == 40
    assert 1 < len(counts) < 20  # ~0.2 s of tokens at 50 ms: a handful of repaints, not 40


async def test_cancel_finishes_with_a_cancelled_record_and_closes_requests():
    backend = Backend(hang=True)
    recorder = Recorder()
    runner = CouncilRunner(Council(backend), recorder=recorder, flush_interval_ms=0)
    started = []
    runner.model_started.connect(lambda s, m: started.append(m))
    task = runner.start(spec())
    await until(lambda: len(started) == 2)
    assert runner.is_running
    assert runner.cancel()
    (record,) = await wait_signal(runner.finished)
    assert record.status == "cancelled"
    assert sorted(backend.cancelled) == ["m/a", "m/b"]
    assert task.done() and not runner.is_running
    assert recorder.calls == [("begin", record.id), ("finish", f"{record.id}:cancelled")]
    assert not runner.cancel()


async def test_a_new_run_preempts_the_running_one():
    backend = Backend(hang=True)
    recorder = Recorder()
    runner = CouncilRunner(lambda: Council(backend), recorder=recorder, flush_interval_ms=0)
    finished = []
    runner.finished.connect(finished.append)
    first = spec("first")
    runner.start(first)
    await until(lambda: len(backend.cancelled) == 0 and runner.record is not None and runner.record.stage1)
    backend.hang = False
    second = spec("second")
    record = await runner.run(second)
    assert record.id == second.run_id and record.status == "complete"
    assert [r.id for r in finished] == [second.run_id]  # the pre-empted run is recorded, not shown
    assert recorder.calls[:3] == [("begin", first.run_id), ("finish", f"{first.run_id}:cancelled"),
                                  ("begin", second.run_id)]


async def test_skip_drops_one_member_and_the_run_goes_on():
    backend = Backend(tokens=3, delay=0.02)
    runner = CouncilRunner(Council(backend), flush_interval_ms=0)
    failed = []
    runner.model_failed.connect(failed.append)
    runner.start(spec(members=("m/a", "m/b", "m/c")))
    await until(lambda: runner.record is not None and len(runner.record.stage1) == 3)
    await asyncio.sleep(0.01)
    assert runner.skip("m/b")
    (record,) = await wait_signal(runner.finished)
    assert record.status == "complete"
    assert [(e.model, e.kind) for e in failed] == [("m/b", "cancelled")]
    assert not runner.skip("m/b")


async def test_listener_and_recorder_errors_do_not_stop_the_run():
    class Broken(Recorder):
        def on_event(self, event):
            raise RuntimeError("disk full")

    def bad_listener(_ev):
        raise ValueError("boom")

    runner = CouncilRunner(Council(Backend(fail={"m/b"})), recorder=Broken(), listeners=[bad_listener],
                           flush_interval_ms=0)
    record = await runner.run(spec(members=("m/a", "m/b", "m/c")))
    assert record.status == "complete"
    assert [r.model for r in record.errors()] == ["m/b"]


async def test_shutdown_cancels_and_waits():
    backend = Backend(hang=True)
    runner = CouncilRunner(Council(backend), flush_interval_ms=0)
    runner.start(spec())
    await until(lambda: runner.record is not None and len(runner.record.stage1) == 2)
    await runner.shutdown()
    assert not runner.is_running
    assert runner.record.status == "cancelled"
