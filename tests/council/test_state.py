"""The one reducer: folding a run's events gives its record; live text, partial text, ending a stage early."""

import asyncio
import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from council_desktop.council.events import (
    Error,
    ModelComplete,
    ModelDelta,
    ModelError,
    ModelProgress,
    ModelStart,
    Result,
    RunEnd,
    StageComplete,
    StageStart,
    event_from_dict,
)
from council_desktop.council.orchestrator import Council, CouncilOptions, RunSpec
from council_desktop.council.provider import ProviderError
from council_desktop.council.state import MemberStatus, RunState, apply, fold
from council_desktop.council.values import RunInfo
from tests.council.fakes import FakeBackend, Script
from tests.helpers import until

M = ["m/alpha", "m/beta", "m/gamma"]


def start(members):
    """The state after a run's first event: stage 1 starts and says what the run is."""
    return apply(None, StageStart(1, members, run=RunInfo("r", "q", members, members[0], "t")))


def spec(members=M, chairman="m/chair", options=None):
    return RunSpec.create("Why is the sky blue?", members, chairman, options)


async def collect(backend, s=None, *, delta_interval=0.05, control=None):
    events, states = [], []
    council = Council(backend, rng=random.Random(2), delta_interval=delta_interval)

    def listener(ev, state):
        events.append(ev)
        states.append(state)

    task = asyncio.ensure_future(council.run(s or spec(), listener))
    if control is not None:
        await control(council, task)
    try:
        final = await task
    except asyncio.CancelledError:
        final = council.state
    return final, events, states


def wire(events):
    """The events as `--jsonl` writes them, read back."""
    return [event_from_dict(json.loads(json.dumps(e.to_dict(), ensure_ascii=False))) for e in events]


def fold_without_result(events):
    return fold([e for e in wire(events) if not isinstance(e, Result)])


def deltas(events, stage, model):
    return "".join(e.text for e in events if isinstance(e, ModelDelta) and (e.stage, e.model) == (stage, model))


# -- the promise: folding the events gives the record -----------------------------------------------------------
async def test_fold_of_a_complete_run_is_the_result_record():
    final, events, states = await collect(FakeBackend(default=Script(tokens=["a ", "b ", "c"], delay=0.001)))
    assert final.status == "complete"
    result = events[-1]
    assert isinstance(result, Result)
    assert fold_without_result(events).to_dict() == result.data == final.to_dict()
    assert RunState.from_dict(json.loads(json.dumps(result.data))).to_dict() == result.data
    # every listener saw the state after its event was applied
    assert states[-1] is final


@pytest.mark.parametrize("how", ["failed", "cancelled", "ended_early", "skipped"])
async def test_fold_holds_for_failed_cancelled_and_ended_runs(how):
    down = ProviderError("Down.", kind="upstream", status_code=502)
    control = None
    if how == "failed":
        backend = FakeBackend(default=Script(tokens=list("abc"), error=down, error_after=2))
    else:
        backend = FakeBackend(scripts={"m/gamma": Script(tokens=list("hello world"), delay=0.02)},
                              default=Script(tokens=list("ab"), delay=0.001))

        async def control(council, task):
            await until(lambda: council.state and council.state.find(1, "m/gamma")
                        and council.state.find(1, "m/gamma").text)
            await until(lambda: len(council.state.stage_state(1).done()) == 2)
            if how == "cancelled":
                task.cancel()
            elif how == "ended_early":
                assert council.end_stage() is True
            else:
                assert council.skip("m/gamma") is True

    final, events, _ = await collect(backend, control=control)
    folded = fold_without_result(events)
    assert folded.to_dict() == final.to_dict()
    if how == "failed":
        assert final.status == "failed" and isinstance(events[-1], Error)
        for m in M:  # partial text kept
            assert final.find(1, m).text == "ab" and final.find(1, m).partial
    else:
        g = final.find(1, "m/gamma")
        assert g.status is {"cancelled": MemberStatus.CANCELLED, "ended_early": MemberStatus.CANCELLED,
                            "skipped": MemberStatus.SKIPPED}[how]
        assert g.text and "hello world".startswith(g.text) and g.partial
        assert g.text == deltas(events, 1, "m/gamma")
        err = next(e for e in events if isinstance(e, ModelError) and e.model == "m/gamma")
        assert err.partial_text == g.text
        if how == "cancelled":
            assert final.status == "cancelled"
        else:
            assert final.status == "complete"
            assert [m.model for m in final.stage2] == ["m/alpha", "m/beta"]
        if how == "ended_early":
            sc1 = next(e for e in events if isinstance(e, StageComplete) and e.stage == 1)
            assert sc1.ended_early == "ended early by the user" and "ended early" in sc1.notice
            assert final.stage_state(1).ended_early


# -- live text --------------------------------------------------------------------------------------------------
async def test_deltas_concatenate_to_the_complete_text_and_are_coalesced():
    tokens = [f"t{i} " for i in range(40)]
    final, events, _ = await collect(FakeBackend(default=Script(tokens=tokens, delay=0.005)), delta_interval=0.05)
    for stage, members in ((1, M), (3, ["m/chair"])):
        for m in members:
            done = next(e for e in events if isinstance(e, ModelComplete) and (e.stage, e.model) == (stage, m))
            assert deltas(events, stage, m) == done.text
    n = sum(1 for e in events if isinstance(e, ModelDelta) and e.stage == 1 and e.model == "m/alpha")
    assert 2 <= n < 40  # 40 tokens over ~0.2 s, at most one delta per 50 ms (plus the first and the last)
    first = next(e for e in events if isinstance(e, ModelDelta) and e.model == "m/alpha")
    assert first.text == "t0 "  # the first token is not held back
    # the live count travels with the deltas: one progress event per delta, rising, the last one the whole count
    alpha = [e for e in events if getattr(e, "stage", None) == 1 and getattr(e, "model", None) == "m/alpha"]
    counts = [e.token_count for e in alpha if isinstance(e, ModelProgress) and e.status == "generating"]
    assert len(counts) == n and counts[0] == 1 and counts[-1] == 40 and counts == sorted(counts)
    kinds = [type(e).__name__ for e in alpha if isinstance(e, ModelDelta | ModelProgress)]
    assert kinds[-2:] == ["ModelDelta", "ModelProgress"]  # the text first, then the count that includes it


async def test_reasoning_is_kept_apart_from_the_answer():
    class Thinker(FakeBackend):
        async def chat(self, request, on_update):
            from council_desktop.council.provider import ChatCompletion, ChatUpdate
            on_update(ChatUpdate("sent"))
            on_update(ChatUpdate("thinking", token_count=1, text="hmm "))
            on_update(ChatUpdate("thinking", token_count=2, text="so"))
            on_update(ChatUpdate("token", token_count=3, text="Answer."))
            return ChatCompletion("Answer.", 3, reasoning="hmm so")

    final, events, states = await collect(Thinker(), spec(members=["x"], chairman="x"), delta_interval=0)
    x = final.find(1, "x")
    assert (x.text, x.reasoning, x.reasoning_tokens) == ("Answer.", "hmm so", 2)
    assert any(s.find(1, "x") and s.find(1, "x").status is MemberStatus.THINKING for s in states)


# -- statuses, timings, progress --------------------------------------------------------------------------------
def test_waiting_status_and_timings_from_events():
    s = start(("a",))
    s = apply(s, StageStart(1, ("a",)))
    assert s.find(1, "a").status is MemberStatus.PENDING and s.progress == 0
    s = apply(s, ModelStart(1, "a", first_token_timeout=90))
    s = apply(s, ModelProgress(1, "a", 0, "queued", ahead=2))
    assert s.find(1, "a").status is MemberStatus.QUEUED and s.find(1, "a").ahead == 2
    s = apply(s, ModelProgress(1, "a", 0, "waiting"))
    a = s.find(1, "a")
    assert a.status is MemberStatus.WAITING and a.deadline_s == 90 and a.ahead is None
    s = apply(s, ModelDelta(1, "a", "Hel"))
    s = apply(s, ModelDelta(1, "a", "lo"))
    assert s.find(1, "a").status is MemberStatus.GENERATING and s.find(1, "a").text == "Hello"
    s = apply(s, ModelComplete(1, "a", 1200, 2, text="Hello", queue_ms=35000, ttft_ms=200))
    a = s.find(1, "a")
    assert (a.duration_ms, a.queue_ms, a.ttft_ms) == (1200, 35000, 200)
    assert a.tokens_per_second == pytest.approx(2 / 1.0)
    assert s.progress == pytest.approx(1 / 3)


def test_progress_moves_within_a_stage():
    s = start(("a", "b", "c", "d"))
    s = apply(s, StageStart(1, ("a", "b", "c", "d")))
    s = apply(s, ModelComplete(1, "a", 1, 1, text="x"))
    assert s.progress == pytest.approx(0.25 / 3)
    s = apply(s, ModelError(1, "b", "boom", "upstream"))
    assert s.progress == pytest.approx(0.5 / 3)


def test_reducer_is_pure_and_total():
    s0 = start(("a",))
    before = s0.to_dict()
    s1 = apply(s0, ModelDelta(2, "ghost", "text for a member nobody announced"))
    assert s0.to_dict() == before and s1 is not s0
    assert s1.find(2, "ghost").text.startswith("text")
    for ev in (StageStart(9, ("a",)), StageComplete(7), ModelProgress(0, "a", 1, "generating"),
               RunEnd("weird", "t", 1), Error("x"), Result({})):
        apply(s1, ev)  # never raises
    assert apply(None, ModelDelta(1, "a", "x")) is None
    done = apply(apply(s0, ModelComplete(1, "a", 1, 1, text="final")), ModelDelta(1, "a", " late"))
    assert done.find(1, "a").text == "final"  # text after the end is not added to a finished member


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=8), min_size=1, max_size=30), st.integers(0, 29))
def test_any_split_of_a_text_folds_back_to_it(chunks, cut):
    """Deltas in any split, then an error at any point: the partial text is exactly what was streamed."""
    s = start(("a",))
    s = apply(s, StageStart(1, ("a",)))
    streamed = chunks[: cut + 1]
    for c in streamed:
        s = apply(s, ModelDelta(1, "a", c))
    partial = "".join(streamed)
    assert s.find(1, "a").text == partial
    s = apply(s, ModelError(1, "a", "Cancelled.", "cancelled", status="cancelled", partial_text=partial))
    assert s.find(1, "a").text == partial and s.find(1, "a").status is MemberStatus.CANCELLED


# -- ending a stage early ---------------------------------------------------------------------------------------
async def test_quorum_ends_a_stage_with_the_members_that_finished():
    backend = FakeBackend(scripts={"m/gamma": Script(hang=True)}, default=Script(tokens=["x"], delay=0.005))
    final, events, _ = await collect(backend, spec(options=CouncilOptions(quorum=2)))
    assert final.status == "complete"
    g = final.find(1, "m/gamma")
    assert g.status is MemberStatus.CANCELLED and "quorum of 2" in g.error
    assert "m/gamma" in backend.cancelled  # its stream was really closed
    sc1 = next(e for e in events if isinstance(e, StageComplete) and e.stage == 1)
    assert sc1.ended_early == "a quorum of 2 finished"
    assert {a["model"] for a in sc1.answers} == {"m/alpha", "m/beta"}


async def test_stage_deadline_ends_a_stage_with_whoever_finished():
    backend = FakeBackend(scripts={"m/gamma": Script(hang=True)}, default=Script(tokens=["x"], delay=0.01))
    final, events, _ = await collect(backend, spec(options=CouncilOptions(stage_deadline=0.3)))
    assert final.status == "complete"
    assert final.find(1, "m/gamma").status is MemberStatus.CANCELLED
    sc1 = next(e for e in events if isinstance(e, StageComplete) and e.stage == 1)
    assert "deadline of 0.3 s" in sc1.ended_early
    assert final.synthesis.source == "chairman"


async def test_end_stage_needs_a_finished_member():
    backend = FakeBackend(default=Script(hang=True))

    async def control(council, task):
        await until(lambda: len(backend.requests) == 3)
        assert council.can_end_stage() is False and council.end_stage() is False
        task.cancel()

    final, _, _ = await collect(backend, control=control)
    assert final.status == "cancelled"


async def test_chairman_fallback_without_votes_claims_no_ranking():
    backend = FakeBackend(default=Script(reply=lambda req: "They are all fine."))
    for m in M:
        backend.stage_scripts[(1, m)] = Script(tokens=[f"answer {m}"])
    backend.stage_scripts[(3, "m/chair")] = Script(error=ProviderError("Down.", kind="upstream"))
    final, events, _ = await collect(backend)
    assert final.synthesis.source == "fallback_member"
    assert "best-ranked" not in final.synthesis.notice and "no ranking" in final.synthesis.notice
    assert all(a.position is None for a in final.aggregate)
    assert final.degraded
    end = next(e for e in events if isinstance(e, RunEnd))
    assert end.degraded and end.status == "complete" and end.degraded_reasons == final.degraded_reasons


def test_format_1_records_are_read():
    v1 = {
        "format_version": 1, "id": "old", "title": "t", "prompt": "q", "members": ["a", "b"], "chairman": "a",
        "settings": {}, "created_at": "2026-01-01T00:00:00+00:00", "finished_at": None, "status": "cancelled",
        "error": "The run was cancelled.", "notices": [],
        "stage1": {"answers": [{"model": "a", "stage": 1, "status": "done", "text": "A", "duration_ms": 5,
                                "token_count": 1, "exact_tokens": True, "cost": 0.1, "error": None, "kind": None,
                                "status_code": None}],
                   "errors": [{"model": "b", "stage": 1, "status": "error", "text": "", "duration_ms": 3,
                               "token_count": 0, "exact_tokens": False, "cost": None,
                               "error": "Skipped by the user.", "kind": "cancelled", "status_code": None}]},
        "stage2": {"reviews": [], "errors": [], "aggregate": [], "skipped": False, "notice": None},
        "stage3": {"attempts": [], "errors": [], "synthesis": None},
        "totals": {"wall_ms": 10, "tokens": 1, "cost": 0.1},
    }
    s = RunState.from_dict(v1)
    assert s.find(1, "a").status is MemberStatus.DONE and s.find(1, "b").status is MemberStatus.SKIPPED
    assert s.stage_state(1).status == "done" and s.stage_state(2).status == "pending"
    assert RunState.from_dict(json.loads(json.dumps(s.to_dict()))).to_dict() == s.to_dict()


async def test_web_search_asks_stage_1_only_and_keeps_citations():
    from council_desktop.council.provider import ChatCompletion, ChatUpdate

    class Searcher(FakeBackend):
        async def chat(self, request, on_update):
            self.requests.append(request)
            on_update(ChatUpdate("sent"))
            on_update(ChatUpdate("token", token_count=1, text="FINAL RANKING:\n1. Response A"))
            extra = {}
            if request.web_search and request.model == "local@ollama":
                extra["note"] = "No web search at ollama: answered without it."
            elif request.web_search:
                extra["citations"] = [{"url": "https://example.org/sky", "title": "Sky"},
                                      {"url": "javascript:alert(1)", "title": "bad"},
                                      {"url": "https://example.org/sky", "title": "again"}]
            return ChatCompletion("FINAL RANKING:\n1. Response A", 1, extra=extra)

    backend = Searcher()
    final, events, _ = await collect(backend, spec(members=["m/a", "local@ollama"], chairman="m/a",
                                                   options=CouncilOptions(web_search=True)), delta_interval=0)
    assert {r.model for r in backend.requests if r.web_search} == {"m/a", "local@ollama"}
    assert sum(r.web_search for r in backend.requests) == 2  # stage 1 only
    a = final.find(1, "m/a")
    assert [(c.url, c.title) for c in a.citations] == [("https://example.org/sky", "Sky")]
    assert final.find(1, "local@ollama").note.startswith("No web search")
    assert fold_without_result(events).to_dict() == final.to_dict()


_script = st.one_of(
    st.builds(lambda toks: Script(tokens=toks), st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=8)),
    st.builds(lambda toks, k, kind: Script(tokens=toks, error=ProviderError("Boom.", kind=kind), error_after=k),
              st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=8), st.integers(0, 8),
              st.sampled_from(["upstream", "timeout", "stream_broken", "credits"])),
    st.just(Script(hang=True)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_script, min_size=1, max_size=4), st.sampled_from(["full", "review", "answers"]),
       st.one_of(st.none(), st.integers(1, 3)))
def test_any_run_folds_back_into_its_record(scripts, mode, quorum):
    """Whatever the members do (stream any text, fail at any point, hang until the stage deadline), the events on
    the wire fold into exactly the state the council ended with, and the record reads back unchanged."""
    members = [f"m/{i}" for i in range(len(scripts))]
    backend = FakeBackend(scripts=dict(zip(members, scripts, strict=True)))
    deadline = 0.05 if any(s.hang for s in scripts) else None
    options = CouncilOptions(quorum=quorum, stage_deadline=deadline, total_timeout=5)
    s = RunSpec.create("q", members, members[0], options, mode=mode)

    async def go():
        events = []
        council = Council(backend, rng=random.Random(0), delta_interval=0.0)
        task = asyncio.ensure_future(council.run(s, lambda ev, state: events.append(ev)))
        try:
            async with asyncio.timeout(1):
                await task
        except TimeoutError:  # everyone hung in a later stage: cancel, as a user would
            pass
        return council.state, events

    final, events = asyncio.run(go())
    assert fold_without_result(events).to_dict() == final.to_dict()
    assert RunState.from_dict(json.loads(json.dumps(final.to_dict()))).to_dict() == final.to_dict()
    for m in final.all_members():
        if not m.reused:
            assert deltas(events, m.stage, m.model) == m.text
