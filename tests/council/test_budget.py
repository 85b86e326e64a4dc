"""The budget cap: a stage that could cost more than is left is not started; a stage whose cost reaches the cap is
stopped at once (streams closed, partial text kept); the run keeps what it has and says why."""

import random

import pytest

from council_desktop.council.estimate import Price
from council_desktop.council.orchestrator import Council, CouncilOptions, RunSpec
from council_desktop.council.state import MemberStatus
from tests.council.fakes import FakeBackend, Script

M = ["m/alpha", "m/beta", "m/gamma"]
CHEAP = Price(prompt=1e-7, completion=1e-6)  # $0.10 / $1 per million tokens


async def run(backend, options, prices):
    council = Council(backend, rng=random.Random(1), delta_interval=0, prices=prices)
    events = []
    state = await council.run(RunSpec.create("Why is the sky blue?", M, "m/chair", options),
                              lambda ev, st: events.append(ev))
    return state, council, events


async def test_a_stage_that_could_cost_more_than_is_left_is_not_started():
    prices = dict.fromkeys([*M, "m/chair"], CHEAP)
    backend = FakeBackend(default=Script(tokens=["answer"], cost=0.0005))
    # Stage 1 fits (3 x 4096 tokens out at $1/M: about $0.0123 at most); then $0.0015 is spent and peer review
    # (3 reviewers, up to 4096 tokens out each, reading the answers) could cost more than the $0.0115 left.
    state, council, _ = await run(backend, CouncilOptions(budget=0.013), prices)
    assert state.status == "failed" and state.error.startswith("Budget: peer review could cost up to $")
    assert "the run stops here with what it has" in state.error
    assert [FakeBackend.stage_of(r) for r in backend.requests] == [1, 1, 1]  # no review was asked
    assert len(state.answers()) == 3 and state.total_cost == pytest.approx(0.0015)


async def test_the_cap_stops_streams_as_soon_as_it_is_reached():
    prices = dict.fromkeys([*M, "m/chair"], Price(prompt=0.0, completion=0.001))  # $1,000 per million out
    backend = FakeBackend(default=Script(tokens=[f"t{i} " for i in range(200)], delay=0.002, cost=None))
    # The estimate fits (3 x 10 tokens at most: $0.03), but these servers ignore max_tokens and stream on.
    state, council, _ = await run(backend, CouncilOptions(budget=0.05, max_tokens=10), prices)
    assert state.status == "failed" and "budget of $0.05 was reached" in state.error
    stopped = [m for m in state.stage1 if m.status is MemberStatus.CANCELLED]
    assert stopped and all(m.text and m.partial for m in stopped)  # partial text kept
    assert sorted(backend.cancelled) == sorted(m.model for m in stopped)  # their streams were closed
    # never more than one in-flight request's chunk over the cap (each chunk costs $0.001)
    assert council.spent() <= 0.05 + len(M) * 0.001
    assert state.stage_state(1).ended_early.startswith("the budget")


async def test_no_budget_no_check_and_local_models_are_free():
    backend = FakeBackend(default=Script(tokens=["x"], cost=None))
    state, council, _ = await run(backend, CouncilOptions(budget=0.0), {})  # prices unknown: only reports count
    assert state.status == "complete"
    local = FakeBackend(default=Script(tokens=["x"], cost=None))
    council = Council(local, prices={})
    state = await council.run(RunSpec.create("q", ["a@ollama", "b@ollama"], "a@ollama",
                                             CouncilOptions(budget=0.0)), lambda ev, st: None)
    assert state.status == "complete" and council.spent() == 0
