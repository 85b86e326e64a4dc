"""The cost estimate: token counting, prices, the stages a mode runs, N×N peer review, known texts, re-runs."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from council_desktop.council import context, prompts
from council_desktop.council.estimate import (
    FREE,
    HIGH_CHARS_PER_TOKEN,
    LOW_CHARS_PER_TOKEN,
    MESSAGE_OVERHEAD_TOKENS,
    SHORT_REPLY_TOKENS,
    WEB_RESULT_TOKENS,
    WEB_RESULT_USD,
    Price,
    estimate_run,
    estimate_spec,
    is_local,
    price_for,
    stage_estimate,
    text_tokens,
)
from council_desktop.council.events import ModelComplete, ModelError, RunEnd, StageComplete, StageStart
from council_desktop.council.orchestrator import CouncilOptions, RunSpec
from council_desktop.council.prompts import PromptSet
from council_desktop.council.state import fold
from council_desktop.council.values import Redo, Review, RunInfo, Synthesis, Turn

A, B, C, CHAIR = "a/one", "b/two", "c/three", "a/chair"
PRICES = {A: Price(1e-6, 2e-6), B: Price(3e-6, 15e-6), C: Price(0.5e-6, 1.5e-6), CHAIR: Price(2.5e-6, 10e-6)}


def test_text_tokens_bracket_the_usual_four_characters_a_token():
    text = "Why is the sky blue? " * 30  # 630 ASCII characters
    low, high = text_tokens(text)
    assert low == math.ceil(630 / LOW_CHARS_PER_TOKEN) and high == math.ceil(630 / HIGH_CHARS_PER_TOKEN)
    assert low < 630 / 4 < high
    assert text_tokens("") == (0, 0)


def test_non_ascii_characters_count_as_a_whole_token_at_the_high_end():
    low, high = text_tokens("天空为什么是蓝色的")  # 9 characters, ~9-14 real tokens
    assert high == 9 and low == 2


def test_openrouter_pricing_strings_become_a_price():
    p = Price.from_openrouter({"prompt": "0.000003", "completion": "0.000015", "request": "0.001",
                               "web_search": "0.004", "image": "0"})
    assert p == Price(3e-6, 15e-6, 0.001, 0.004)
    assert p.cost(1000, 100) == pytest.approx(0.003 + 0.0015 + 0.001)
    assert Price.from_openrouter({"prompt": "0", "completion": "0"}) == FREE


@pytest.mark.parametrize("pricing", [
    {"prompt": "-1", "completion": "-1"},  # openrouter/auto: decided per request
    {"prompt": "0.000001"},  # no completion price
    {"prompt": "cheap", "completion": "0.1"},
    {"prompt": True, "completion": "0"},
    {"prompt": "nan", "completion": "0"},
    None,
    "0.1",
])
def test_unusable_pricing_is_unknown(pricing):
    assert Price.from_openrouter(pricing) is None


def test_price_for_local_variants_and_unknown():
    book = {A: PRICES[A], "x/hosted@paid": None}
    assert price_for(A, book) == PRICES[A]
    assert price_for("llama3.2:3b@ollama", book) == FREE  # a local provider: free
    assert price_for("x/hosted@paid", book) is None  # a provider with a key: the book says unknown
    assert price_for(f"{A}:nitro", book) == PRICES[A]  # a routing variant bills the base model's tokens
    assert price_for("z/nobody", book) is None
    assert is_local("m@p") and not is_local("vendor/m") and not is_local("m@") and not is_local("@p")


def test_modes_run_their_stages_and_the_total_is_the_sum():
    for mode, stages in (("answers", [1]), ("review", [1, 2]), ("full", [1, 2, 3])):
        est = estimate_run("Why is the sky blue?", [A, B, C], CHAIR, PRICES, max_tokens=1000, mode=mode)
        assert [s.stage for s in est.stages] == stages
        assert est.low == pytest.approx(sum(s.low for s in est.stages))
        assert est.high == pytest.approx(sum(s.high for s in est.stages))
        assert 0 < est.low < est.high
    full = estimate_run("Why is the sky blue?", [A, B, C], CHAIR, PRICES, max_tokens=1000)
    assert [len(s.calls) for s in full.stages] == [3, 3, 1] and full.calls == 7
    assert [c.model for c in full.stage(3).calls] == [CHAIR]


def test_low_is_short_replies_and_high_is_max_tokens_replies():
    est = estimate_run("Q?", [A, B], CHAIR, PRICES, max_tokens=800)
    for s in est.stages:
        for c in s.calls:
            assert c.completion_tokens == (SHORT_REPLY_TOKENS, 800)
    tiny = estimate_run("Q?", [A, B], CHAIR, PRICES, max_tokens=20)
    assert all(c.completion_tokens == (20, 20) for s in tiny.stages for c in s.calls)


def test_peer_review_grows_n_by_n():
    def review_prompt_high(n: int) -> int:
        members = [f"v{i}/m" for i in range(n)]
        est = estimate_run("Q?", members, CHAIR, {m: FREE for m in members}, max_tokens=1000, mode="review")
        return est.stage(2).tokens()["prompt"][1]

    # every reviewer reads the n-1 others' answers of up to max_tokens: n(n-1) answers in all
    for n in (2, 4, 8):
        assert n * (n - 1) * 1000 <= review_prompt_high(n) < n * (n - 1) * 1000 + n * 1000
    assert review_prompt_high(8) > 3 * review_prompt_high(4)


def test_one_member_skips_review_and_the_chairman_reads_one_answer():
    est = estimate_run("Q?", [A], CHAIR, PRICES, max_tokens=500)
    assert [s.stage for s in est.stages] == [1, 3]
    frame = prompts.stage3_messages("Q?", [(A, "")], [], [])
    assert est.stage(3).calls[0].prompt_tokens[1] == context.estimate_prompt_tokens(frame) + 500
    assert context.estimate_prompt_tokens(frame) >= math.ceil(len(frame[0]["content"]) / HIGH_CHARS_PER_TOKEN)


def test_an_unknown_price_opens_the_range_and_is_named():
    est = estimate_run("Q?", [A, "z/unknown", "local@ollama"], CHAIR, PRICES, max_tokens=500)
    assert est.high is None and est.unknown == ("z/unknown",)
    known = estimate_run("Q?", [A, "local@ollama"], CHAIR, PRICES, max_tokens=500)
    assert 0 < known.stage(1).low == est.stage(1).low  # the unknown member adds nothing to the low end
    assert est.stage(3).high is not None  # the chairman's stage is fully priced
    d = est.to_dict()
    assert d["high"] is None and d["unknown_prices"] == ["z/unknown"] and d["stages"][0]["high"] is None


def test_local_only_council_costs_nothing():
    est = estimate_run("Q?", ["a@ollama", "b@ollama"], "a@ollama", {}, max_tokens=500)
    assert est.low == 0 and est.high == 0 and est.unknown == ()


def test_known_answers_replace_the_guess_before_stage_2():
    answers = {A: "word " * 400, B: "short", C: "x" * 3000}
    est = stage_estimate(2, "Q?", [A, B, C], PRICES, max_tokens=4096, answers=answers)
    for call in est.calls:
        others = [(f"Response {chr(65 + i)}", t) for i, t in enumerate(t for m, t in answers.items() if m != call.model)]
        real = sum(len(m["content"]) for m in prompts.stage2_messages("Q?", others))
        low, high = call.prompt_tokens
        assert low - MESSAGE_OVERHEAD_TOKENS <= real / LOW_CHARS_PER_TOKEN + len(others) + 1
        assert high - MESSAGE_OVERHEAD_TOKENS >= real / HIGH_CHARS_PER_TOKEN - 1
        assert high < 4096  # no max_tokens answers assumed: the texts are known
    # an answer still to come (None) is guessed, the known ones are counted
    partial = stage_estimate(2, "Q?", [A], PRICES, max_tokens=4096, answers={A: "mine", B: None, C: "tiny"})
    assert partial.calls[0].prompt_tokens[1] > 4096


def test_known_answers_and_reviews_before_stage_3():
    answers = {A: "alpha " * 100, B: "beta " * 100}
    reviews = {A: "review " * 50, B: "review " * 50}
    est = stage_estimate(3, "Q?", [CHAIR], PRICES, max_tokens=2000, answers=answers, reviews=reviews)
    (call,) = est.calls
    assert call.prompt_tokens[1] < 2000 and call.completion_tokens == (SHORT_REPLY_TOKENS, 2000)
    assert est.low == pytest.approx(PRICES[CHAIR].cost(call.prompt_tokens[0], SHORT_REPLY_TOKENS))
    with pytest.raises(ValueError):
        stage_estimate(3, "Q?", [CHAIR], PRICES, max_tokens=2000)
    with pytest.raises(ValueError):
        stage_estimate(4, "Q?", [CHAIR], PRICES, max_tokens=2000)


def test_a_follow_up_pays_for_the_conversation_in_every_stage():
    conv = (Turn("r1", "Earlier question?", "An earlier answer. " * 200),)
    plain = estimate_run("Q?", [A, B], CHAIR, PRICES, max_tokens=500)
    follow = estimate_run("Q?", [A, B], CHAIR, PRICES, max_tokens=500, conversation=conv)
    for s0, s1 in zip(plain.stages, follow.stages, strict=True):
        assert s1.calls[0].prompt_tokens[0] > s0.calls[0].prompt_tokens[0] + 500


def test_context_note_when_a_prompt_may_not_fit():
    est = estimate_run("Q?", [A, B, C], CHAIR, PRICES, max_tokens=4096, context_lengths={CHAIR: 8000, A: 200_000})
    assert len(est.notes) == 1 and CHAIR in est.notes[0] and "8,000" in est.notes[0]


def _parent():
    info = RunInfo("p" * 32, "Why?", (A, B, C), CHAIR, "2025-03-01T10:00:00.000+00:00",
                   settings={"max_tokens": 1000})
    review = Review({"Response A": B}, ("Response A",), (B,), "ok")
    return fold([
        StageStart(1, (A, B, C), run=info),
        ModelComplete(1, A, 100, 10, 0.001, True, "answer a " * 50),
        ModelComplete(1, B, 100, 10, 0.001, True, "answer b " * 50),
        ModelError(1, C, "Out of credits.", "credits", 402, 10, 0),
        StageComplete(1), StageStart(2, (A, B)),
        ModelComplete(2, A, 100, 10, 0.001, True, "review by a", review),
        ModelComplete(2, B, 100, 10, 0.001, True, "review by b", Review({"Response A": A}, ("Response A",), (A,), "ok")),
        StageComplete(2), StageStart(3, (CHAIR,)),
        ModelComplete(3, CHAIR, 100, 10, 0.001, True, "final"),
        StageComplete(3, synthesis=Synthesis(CHAIR, CHAIR, "final")),
        RunEnd("complete", "2025-03-01T10:01:00.000+00:00", 60_000),
    ])


def test_a_rerun_counts_only_what_it_asks_again():
    parent = _parent()
    retry = estimate_spec(RunSpec.derive(parent, Redo(members=(C,))), PRICES)
    assert [c.model for c in retry.stage(1).calls] == [C]  # A and B are reused: free
    assert sorted(c.model for c in retry.stage(2).calls) == [A, B, C]  # new answers: everyone reviews again
    # the reused answers are known texts: a reviewer reading only them is bounded by their length
    assert retry.stage(2).calls[0].prompt_tokens[1] < 2 * 1000 + 1000

    again = estimate_spec(RunSpec.derive(parent, Redo(reviewers=(A,))), PRICES)
    assert again.stage(1).calls == ()
    assert [c.model for c in again.stage(2).calls] == [A]
    assert again.stage(3).calls[0].prompt_tokens[1] < 2000  # B's review and both answers are known

    synth = estimate_spec(RunSpec.derive(parent, Redo(chairman=B)), PRICES)
    assert synth.stage(2).calls == () and [c.model for c in synth.stage(3).calls] == [B]
    assert synth.low < again.low < retry.low


def test_estimate_spec_follows_the_spec_options_and_mode():
    spec = RunSpec.create("Q?", [A, B], CHAIR, CouncilOptions(max_tokens=321), mode="review")
    est = estimate_spec(spec, PRICES)
    assert est.max_tokens == 321 and est.mode == "review" and [s.stage for s in est.stages] == [1, 2]
    assert est.to_dict()["assumptions"]["long_reply_tokens"] == 321


@settings(max_examples=60, deadline=None)
@given(prompt=st.text(min_size=1, max_size=400), n=st.integers(1, 6), max_tokens=st.integers(1, 8000),
       mode=st.sampled_from(["answers", "review", "full"]))
def test_low_never_exceeds_high_and_high_grows_with_max_tokens(prompt, n, max_tokens, mode):
    members = [f"v{i}/m" for i in range(n)]
    book = {m: Price(1e-6 * (i + 1), 3e-6 * (i + 1)) for i, m in enumerate([*members, CHAIR])}
    est = estimate_run(prompt, members, CHAIR, book, max_tokens=max_tokens, mode=mode)
    assert 0 < est.low <= est.high
    for s in est.stages:
        assert all(c.prompt_tokens[0] <= c.prompt_tokens[1] and c.completion_tokens[0] <= c.completion_tokens[1]
                   for c in s.calls)
    bigger = estimate_run(prompt, members, CHAIR, book, max_tokens=max_tokens + 100, mode=mode)
    assert bigger.high > est.high and bigger.low >= est.low


def test_web_search_adds_result_fees_and_text_for_openrouter_members_only():
    book = {**PRICES, A: Price(1e-6, 2e-6, web_search=0.01)}
    plain = stage_estimate(1, "Q?", [A, B, "l@ollama"], book, max_tokens=500)
    web = stage_estimate(1, "Q?", [A, B, "l@ollama"], book, max_tokens=500, web_search=True)
    fees = {c.model: c.fees for c in web.calls}
    assert fees == {A: 5 * 0.01, B: 5 * WEB_RESULT_USD, "l@ollama": 0.0}  # the list's price, else $4 per 1,000
    a0, a1 = plain.calls[0], web.calls[0]
    assert a1.prompt_tokens[0] - a0.prompt_tokens[0] == 5 * WEB_RESULT_TOKENS[0]
    assert a1.low - a0.low == pytest.approx(0.05 + 5 * WEB_RESULT_TOKENS[0] * 1e-6)
    assert web.calls[2].prompt_tokens == plain.calls[2].prompt_tokens
    spec = RunSpec.create("Q?", [A, B], CHAIR, CouncilOptions(max_tokens=500, web_search=True))
    assert estimate_spec(spec, book).stage(1).calls[0].fees == pytest.approx(0.05)


def test_the_runs_own_prompts_are_counted():
    long_system = PromptSet(system="Answer as a careful physicist. " * 100,
                            review=PromptSet().review + "\nBe brief." * 50)
    plain = estimate_run("Q?", [A, B], CHAIR, PRICES, max_tokens=500)
    custom = estimate_run("Q?", [A, B], CHAIR, PRICES, max_tokens=500, prompt_set=long_system)
    assert custom.stage(1).calls[0].prompt_tokens[0] > plain.stage(1).calls[0].prompt_tokens[0] + 400
    assert custom.stage(2).calls[0].prompt_tokens[0] > plain.stage(2).calls[0].prompt_tokens[0] + 50
    assert custom.stage(3).calls[0].prompt_tokens == plain.stage(3).calls[0].prompt_tokens
    spec = replace(RunSpec.create("Q?", [A, B], CHAIR, CouncilOptions(max_tokens=500)), prompts=long_system)
    assert estimate_spec(spec, PRICES).to_dict() == custom.to_dict()
