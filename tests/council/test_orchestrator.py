import asyncio
import json
import random

import pytest

from council_desktop.council.events import (
    Error,
    ModelComplete,
    ModelError,
    ModelProgress,
    ModelStart,
    Result,
    StageComplete,
    StageStart,
    event_from_dict,
)
from council_desktop.council.orchestrator import Council, RunSpec, SpecError
from council_desktop.council.provider import ProviderError
from council_desktop.council.state import RunState
from tests.council.fakes import FakeBackend, Script
from tests.helpers import until

M = ["m/alpha", "m/beta", "m/gamma"]


def spec(members=M, chairman="m/chair", prompt="Why is the sky blue?"):
    return RunSpec.create(prompt, members, chairman)


async def run(backend, s=None, seed=1, delta_interval=0.0):
    events = []
    council = Council(backend, rng=random.Random(seed), delta_interval=delta_interval)
    rec = await council.run(s or spec(), lambda ev, st: events.append(ev))
    return rec, events


def of(events, cls, **match):
    return [e for e in events if isinstance(e, cls) and all(getattr(e, k) == v for k, v in match.items())]


async def test_happy_path_three_stages_in_order():
    rec, events = await run(FakeBackend(default=Script(tokens=["a ", "b ", "c"])))
    assert rec.status == "complete"
    stage_starts = of(events, StageStart)
    assert [(e.stage, e.models) for e in stage_starts] == [(1, tuple(M)), (2, tuple(M)), (3, ("m/chair",))]
    assert [e.stage for e in of(events, StageComplete)] == [1, 2, 3]
    # every member starts, streams rising counts, completes, in stage 1
    for m in M:
        counts = [e.token_count for e in of(events, ModelProgress, stage=1, model=m, status="generating")]
        assert counts[-3:] == [1, 2, 3]
        assert of(events, ModelStart, stage=1, model=m)
        done = of(events, ModelComplete, stage=1, model=m)[0]
        assert done.text == "a b c" and done.exact_tokens and done.cost == 0.001
    assert isinstance(events[-1], Result)
    assert events[-1].data == rec.to_dict()
    assert rec.synthesis.model == "m/chair" and rec.synthesis.source == "chairman"
    assert rec.final_answer == "a b c"
    assert rec.total_tokens > 0 and rec.total_cost == pytest.approx(0.007)
    # stage 2: each reviewer saw the other two, anonymized, and its ranking was parsed
    for r in rec.stage2:
        assert set(r.review.label_map.values()) == set(M) - {r.model}
        assert list(r.review.label_map) == ["Response A", "Response B"]
        assert r.review.parse_status == "ok" and len(r.review.ranking_models) == 2
    assert {a.model for a in rec.aggregate} == set(M)
    assert all(a.votes == 2 for a in rec.aggregate)


async def test_events_are_json_and_round_trip():
    _, events = await run(FakeBackend())
    for ev in events:
        d = json.loads(json.dumps(ev.to_dict()))
        assert d["type"] == ev.type
        assert event_from_dict(d) == ev
    sc2 = next(e for e in events if isinstance(e, StageComplete) and e.stage == 2).to_dict()
    assert set(sc2) == {"type", "stage", "reviews", "errors", "aggregate", "skipped", "notice",
                        "ended_early"}
    sc3 = next(e for e in events if isinstance(e, StageComplete) and e.stage == 3).to_dict()
    assert sc3["synthesis"]["text"] and sc3["stage"] == 3


async def test_record_round_trips_through_dict():
    rec, _ = await run(FakeBackend(scripts={"m/beta": Script(error=ProviderError("boom", kind="upstream"))}))
    again = RunState.from_dict(json.loads(json.dumps(rec.to_dict())))
    assert again.to_dict() == rec.to_dict()


async def test_reviewers_see_shuffled_orders():
    orders = set()
    for seed in range(12):
        rec, _ = await run(FakeBackend(), spec(members=["a", "b", "c", "d"]), seed=seed)
        orders.update(tuple(r.review.label_map.values()) for r in rec.stage2 if r.model == "a")
    assert len(orders) > 1  # the order a reviewer sees is not fixed


async def test_reviewer_prompt_is_anonymized_and_chairman_gets_real_names():
    backend = FakeBackend(scripts={m: Script(tokens=[f"answer of {m}"]) for m in M})
    rec, _ = await run(backend)
    review_prompts = [r.messages[-1]["content"] for r in backend.requests if backend.stage_of(r) == 2]
    assert len(review_prompts) == 3
    for p in review_prompts:
        assert "Response A:" in p and "Response B:" in p
        assert "m/alpha" not in p.split("Here are the responses")[0]
    chair = [r for r in backend.requests if backend.stage_of(r) == 3][0].messages[-1]["content"]
    for m in M:
        assert f"Model: {m}" in chair and f"answer of {m}" in chair
    assert "Response A" not in chair.split("STAGE 2")[1]  # reviews were de-anonymized
    assert "**m/" in chair


async def test_failing_member_is_left_out_and_council_goes_on():
    err = ProviderError("The API key was rejected (401): User not found.", kind="auth", status_code=401)
    rec, events = await run(FakeBackend(scripts={"m/beta": Script(error=err)}))
    e = of(events, ModelError, model="m/beta")[0]
    assert (e.stage, e.kind, e.status_code) == (1, "auth", 401)
    assert "rejected" in e.error
    assert rec.status == "complete"
    assert [r.model for r in rec.stage2] == ["m/alpha", "m/gamma"]
    assert rec.errors()[0].model == "m/beta"
    assert of(events, StageStart, stage=2)[0].models == ("m/alpha", "m/gamma")


async def test_error_after_some_tokens_keeps_count():
    err = ProviderError("The stream broke.", kind="stream_broken")
    rec, events = await run(FakeBackend(scripts={"m/beta": Script(tokens=list("abcdef"), error=err, error_after=3)}))
    e = of(events, ModelError, model="m/beta")[0]
    assert e.kind == "stream_broken" and e.token_count == 3


async def test_one_answer_skips_review_with_notice():
    err = ProviderError("Rate limited.", kind="rate_limit", status_code=429)
    rec, events = await run(FakeBackend(scripts={"m/beta": Script(error=err), "m/gamma": Script(error=err)}))
    assert rec.status == "complete"
    assert rec.stage2_skipped and "only m/alpha answered" in rec.stage2_notice
    sc2 = of(events, StageComplete, stage=2)[0]
    assert sc2.skipped is True and sc2.notice == rec.stage2_notice
    assert rec.synthesis.source == "chairman"
    assert rec.stage2_notice in rec.notices


async def test_no_answer_fails_with_one_clear_message():
    err = ProviderError("The API key was rejected (401): User not found.", kind="auth", status_code=401)
    rec, events = await run(FakeBackend(default=Script(error=err)))
    assert rec.status == "failed"
    assert isinstance(events[-1], Error)
    assert "No council member answered" in events[-1].message and "key was rejected" in events[-1].message
    assert not of(events, Result)
    assert not of(events, StageStart, stage=2)


async def test_chairman_failure_falls_back_to_best_ranked_member():
    backend = FakeBackend(scripts={"m/chair": Script(error=ProviderError("Chair down.", kind="upstream", status_code=502))})
    rec, events = await run(backend)
    best = rec.aggregate[0].model
    assert rec.synthesis.source == "fallback_member" and rec.synthesis.model == best
    assert "m/chair failed (Chair down.)" in rec.synthesis.notice
    assert of(events, ModelStart, stage=3, model=best)
    assert [r.model for r in rec.stage3] == ["m/chair", best]
    assert rec.status == "complete"


async def test_chairman_and_fallback_fail_uses_best_answer():
    down = ProviderError("Down.", kind="upstream")
    backend = FakeBackend(scripts={m: Script(tokens=[f"answer {m}"]) for m in M})
    backend.scripts["m/chair"] = Script(error=down)
    rec0, _ = await run(FakeBackend(scripts=dict(backend.scripts)))  # learn the best with the same seed
    best = rec0.synthesis.model
    backend.stage_scripts[(3, best)] = Script(error=down)
    rec, _ = await run(backend)
    assert rec.synthesis.source == "best_answer" and rec.synthesis.model == best
    assert rec.synthesis.text == f"answer {best}"
    assert "own answer" in rec.synthesis.notice


async def test_unparseable_rankings_are_recorded_with_notice():
    backend = FakeBackend(default=Script(reply=lambda req: "I like them all."))
    for m in M:
        backend.stage_scripts[(1, m)] = Script(tokens=["x"])
    rec, _ = await run(backend)
    assert all(r.review.parse_status == "failed" for r in rec.stage2)
    assert "could be read" in rec.stage2_notice
    assert rec.degraded and "no reviewer's ranking could be read" in rec.degraded_reasons
    assert rec.status == "complete"


async def test_cancel_closes_every_stream_at_once():
    backend = FakeBackend(default=Script(hang=True))
    events = []
    council = Council(backend)
    task = asyncio.ensure_future(council.run(spec(), lambda ev, st: events.append(ev)))
    await until(lambda: len(backend.requests) == 3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sorted(backend.cancelled) == sorted(M)
    errs = of(events, ModelError)
    assert {e.model for e in errs} == set(M) and {e.kind for e in errs} == {"cancelled"}
    assert {e.status for e in errs} == {"cancelled"}
    assert isinstance(events[-1], Error) and "cancelled" in events[-1].message
    assert council.state.status == "cancelled"


async def test_skip_one_member_mid_stage():
    backend = FakeBackend(scripts={"m/beta": Script(hang=True)}, default=Script(tokens=["a"], delay=0.01))
    events = []
    council = Council(backend, rng=random.Random(3))
    task = asyncio.ensure_future(council.run(spec(), lambda ev, st: events.append(ev)))
    await until(lambda: "m/beta" in council.running_models())
    assert council.skip("m/beta") is True
    rec = await task
    e = of(events, ModelError, model="m/beta")[0]
    assert e.kind == "cancelled" and e.status == "skipped" and "Skipped" in e.error
    assert rec.find(1, "m/beta").status == "skipped"
    assert rec.status == "complete" and [r.model for r in rec.stage2] == ["m/alpha", "m/gamma"]
    assert council.skip("m/beta") is False


async def test_internal_bug_ends_run_loudly(caplog):
    class Broken(FakeBackend):
        async def chat(self, request, on_update):
            raise KeyError("oops")

    rec, events = await run(Broken())
    assert rec.status == "failed"
    assert isinstance(events[-1], Error) and "Internal error" in events[-1].message
    assert any(r.exc_info for r in caplog.records)


def test_spec_validation():
    with pytest.raises(SpecError, match="empty"):
        RunSpec.create("   ", M, "c")
    with pytest.raises(SpecError, match="no members"):
        RunSpec.create("q", [" ", ""], "c")
    s = RunSpec.create(" q ", ["a", "b", "a"], "c")
    assert s.members == ("a", "b") and s.prompt == "q"


def test_run_ids_are_uuid4_hex():
    import uuid

    from council_desktop.council.orchestrator import new_run_id

    ids = {RunSpec.create("q", ["a/b"], "a/b").run_id for _ in range(200)} | {new_run_id() for _ in range(200)}
    assert len(ids) == 400
    for run_id in ids:
        u = uuid.UUID(hex=run_id)
        assert u.hex == run_id and u.version == 4 and u.variant == uuid.RFC_4122
