"""Runs that come from runs: retry a member, re-ask a reviewer, a new synthesis, follow-ups, modes.

Each test counts the requests the backend got: a re-run asks exactly what it must and reuses the rest.
"""

import json
import random

import pytest

from council_desktop.council import prompts
from council_desktop.council.events import Result, event_from_dict
from council_desktop.council.orchestrator import Council, RunSpec, SpecError
from council_desktop.council.provider import ProviderError
from council_desktop.council.state import MemberStatus, fold
from council_desktop.council.values import Redo, Turn
from tests.council.fakes import FakeBackend, Script

M = ["m/alpha", "m/beta", "m/gamma"]


async def run(backend, spec, seed=1):
    events = []
    state = await Council(backend, rng=random.Random(seed), delta_interval=0).run(
        spec, lambda ev, st: events.append(ev))
    return state, events


def stages_asked(backend):
    return [(backend.stage_of(r), r.model) for r in backend.requests]


def folded(events):
    wire = [event_from_dict(json.loads(json.dumps(e.to_dict()))) for e in events if not isinstance(e, Result)]
    return fold(wire)


async def parent_with_failed_beta():
    backend = FakeBackend(default=Script(tokens=["answer"]))
    backend.stage_scripts[(1, "m/beta")] = Script(error=ProviderError("Out of credits.", kind="credits",
                                                                      status_code=402))
    state, _ = await run(backend, RunSpec.create("Why is the sky blue?", M, "m/chair"))
    assert state.find(1, "m/beta").status is MemberStatus.FAILED
    return state


async def test_retry_a_failed_member_asks_it_then_review_and_synthesis_reusing_the_rest():
    parent = await parent_with_failed_beta()
    backend = FakeBackend(default=Script(tokens=["fresh"], cost=0.01))
    spec = RunSpec.derive(parent, Redo(members=("m/beta",)))
    state, events = await run(backend, spec)
    assert stages_asked(backend).count((1, "m/beta")) == 1
    assert [s for s, _ in stages_asked(backend)] == [1, 2, 2, 2, 3]  # exactly what is needed
    assert state.status == "complete" and state.synthesis.source == "chairman"
    alpha = state.find(1, "m/alpha")
    assert alpha.reused and alpha.text == parent.find(1, "m/alpha").text
    assert state.find(1, "m/beta").done and not state.find(1, "m/beta").reused
    assert (state.parent, state.thread, state.redo.members) == (parent.id, parent.id, ("m/beta",))
    # cost and tokens count the new calls only
    new_calls = [m for m in state.all_members() if not m.reused]
    assert state.total_cost == pytest.approx(0.01 * len(new_calls))
    assert folded(events).to_dict() == state.to_dict()


async def test_add_a_member():
    parent = await parent_with_failed_beta()
    backend = FakeBackend(default=Script(tokens=["new voice"]))
    state, _ = await run(backend, RunSpec.derive(parent, Redo(members=("m/delta",))))
    assert state.members == (*M, "m/delta")
    assert [m for s, m in stages_asked(backend) if s == 1] == ["m/delta"]
    beta = state.find(1, "m/beta")  # the failed member is carried over as it was, not asked again
    assert beta.status is MemberStatus.FAILED and beta.reused and beta.kind == "credits"
    assert {m.model for m in state.stage2} == {"m/alpha", "m/gamma", "m/delta"}


async def test_reask_a_reviewer_with_the_same_anonymized_answers():
    backend = FakeBackend(default=Script(tokens=["answer"]))
    backend.stage_scripts[(2, "m/beta")] = Script(reply=lambda req: "They are all fine.")
    parent, _ = await run(backend, RunSpec.create("q", M, "m/chair"))
    assert parent.find(2, "m/beta").review.parse_status == "failed"
    old_prompt = next(r for r in backend.requests if backend.stage_of(r) == 2 and r.model == "m/beta").messages

    again = FakeBackend(default=Script(tokens=["answer"]))
    state, events = await run(again, RunSpec.derive(parent, Redo(reviewers=("m/beta",))), seed=99)
    assert stages_asked(again) == [(2, "m/beta"), (3, "m/chair")]
    assert again.requests[0].messages == old_prompt  # same labels, same order
    assert state.find(2, "m/beta").review.parse_status == "ok"
    assert state.find(2, "m/alpha").reused and state.find(1, "m/alpha").reused
    assert all(a.votes == 2 for a in state.aggregate)  # re-aggregated with the new vote
    assert folded(events).to_dict() == state.to_dict()


async def test_new_synthesis_only():
    backend = FakeBackend(default=Script(tokens=["answer"]))
    parent, _ = await run(backend, RunSpec.create("q", M, "m/chair"))
    again = FakeBackend(default=Script(tokens=["a better synthesis"]))
    state, _ = await run(again, RunSpec.derive(parent, Redo(chairman="m/other-chair")))
    assert stages_asked(again) == [(3, "m/other-chair")]
    assert state.chairman == "m/other-chair" and state.synthesis.text == "a better synthesis"
    assert state.total_cost == pytest.approx(0.001)  # only the new call
    assert parent.synthesis.text == "answer"  # the earlier run is untouched


def test_nothing_to_rerun_is_refused():
    from council_desktop.council.orchestrator import RunSpec as S

    parent = S.create("q", M, "c").new_state()
    with pytest.raises(SpecError, match="Nothing to re-run"):
        S.derive(parent, Redo())


async def test_follow_up_shows_the_conversation_to_every_stage():
    backend = FakeBackend(default=Script(tokens=["Blue light scatters more."]))
    first, _ = await run(backend, RunSpec.create("Why is the sky blue?", M, "m/chair"))
    again = FakeBackend(default=Script(tokens=["Red light scatters less."]))
    spec = RunSpec.follow_up([first], "And why are sunsets red?")
    state, _ = await run(again, spec)
    assert (state.parent, state.thread) == (first.id, first.id)
    assert state.conversation == (Turn(first.id, "Why is the sky blue?", "Blue light scatters more."),)
    s1 = next(r for r in again.requests if again.stage_of(r) == 1)
    assert [m["role"] for m in s1.messages] == ["user", "assistant", "user"]
    assert s1.messages[0]["content"] == "Why is the sky blue?" and s1.messages[-1]["content"] == "And why are sunsets red?"
    for stage in (2, 3):
        content = next(r for r in again.requests if again.stage_of(r) == stage).messages[-1]["content"]
        assert prompts.CONVERSATION_INTRO in content and "Why is the sky blue?" in content
    # a third turn's thread id is the first run's
    third = RunSpec.follow_up([first, state], "Thanks!")
    assert third.thread == first.id and len(third.conversation) == 2


def test_long_conversations_drop_the_oldest_turns_and_say_so():
    turns = [Turn(str(i), f"question {i}", "x" * 10_000) for i in range(5)]
    kept, dropped = prompts.fit_conversation(turns, budget=25_000)
    assert [t.run_id for t in kept] == ["3", "4"] and dropped == 3
    huge = [Turn("h", "q", "y" * 100_000)]
    kept, dropped = prompts.fit_conversation(huge, budget=1_000)
    assert dropped == 0 and len(kept[0].prompt) + len(kept[0].answer) <= 1_000


@pytest.mark.parametrize(("mode", "stages"), [("answers", [1]), ("review", [1, 2])])
async def test_modes_run_only_their_stages(mode, stages):
    backend = FakeBackend(default=Script(tokens=["answer"]))
    state, events = await run(backend, RunSpec.create("q", M, "m/chair", mode=mode))
    assert sorted({s for s, _ in stages_asked(backend)}) == stages
    assert state.status == "complete" and state.mode == mode and state.synthesis is None
    assert state.progress == 1.0 and state.stage_numbers == tuple(stages)
    assert not state.degraded
    assert folded(events).to_dict() == state.to_dict()


async def test_ask_one_member_in_a_thread():
    backend = FakeBackend(default=Script(tokens=["The council said blue."]))
    first, _ = await run(backend, RunSpec.create("Why is the sky blue?", M, "m/chair"))
    one = FakeBackend(default=Script(tokens=["Just me answering."]))
    spec = RunSpec.follow_up([first], "What do you think, beta?", members=["m/beta"], chairman="m/beta",
                             mode="answers")
    state, _ = await run(one, spec)
    assert stages_asked(one) == [(1, "m/beta")]
    assert state.answers()[0].text == "Just me answering." and state.thread == first.id


async def test_custom_prompts_are_sent_and_recorded():
    custom = prompts.PromptSet(
        system="Answer like a pirate.",
        review="Judge these for: $question\n\n$responses\n\nEnd with FINAL RANKING: then a numbered list.",
        chairman="Chair, combine $answers for $question. Reviews: $reviews. Ranking: $ranking")
    backend = FakeBackend(default=Script(tokens=["arr"]))
    state, events = await run(backend, RunSpec.create("Why is the sky blue?", M, "m/chair", prompts=custom))
    s1 = next(r for r in backend.requests if backend.stage_of(r) == 1)
    assert s1.messages[0] == {"role": "system", "content": "Answer like a pirate."}
    s2 = next(r for r in backend.requests if backend.stage_of(r) == 2).messages[-1]["content"]
    assert s2.startswith("Judge these for: Why is the sky blue?") and "Response A:" in s2
    s3 = [r for r in backend.requests if r.model == "m/chair"][0].messages[-1]["content"]
    assert s3.startswith("Chair, combine Model: m/") and "$" not in s3
    assert state.prompts == custom.to_dict()
    assert folded(events).prompts == custom.to_dict()
    # a reviewer that only echoes the custom instructions casts no vote
    echo = FakeBackend(default=Script(tokens=["x"]))
    echo.stage_scripts[(2, "m/alpha")] = Script(reply=lambda req: req.messages[-1]["content"])
    state, _ = await run(echo, RunSpec.create("q", M, "m/chair", prompts=custom))
    assert state.find(2, "m/alpha").review.parse_status == "failed"


def test_prompt_editor_checks_and_preview():
    assert prompts.template_problems("review", prompts.REVIEW_TEMPLATE) == []
    assert prompts.template_problems("chairman", prompts.CHAIRMAN_TEMPLATE) == []
    problems = prompts.template_problems("review", "Rank $responses please, $nme")
    assert any("$nme" in p for p in problems) and any("FINAL RANKING" in p for p in problems)
    view = prompts.preview(prompts.PromptSet(system="Be brief."))
    assert view["answers"][0]["content"] == "Be brief." and "FINAL RANKING:" in view["review"][-1]["content"]
    assert prompts.PromptSet.from_dict(None).is_default
