"""Context awareness: estimate a prompt, fit max_tokens, refuse a prompt that cannot fit (before sending it)."""

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from council_desktop.council import context
from council_desktop.council.events import ModelComplete, ModelError
from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.provider import ChatRequest, ModelLimits, ProviderError
from tests.council.fakes import FakeBackend, Script


def test_estimate_counts_ascii_by_three_and_other_characters_one_each():
    assert context.estimate_tokens("") == 0
    assert context.estimate_tokens("a" * 300) == 100
    assert context.estimate_tokens("a" * 301) == 101  # rounds up
    assert context.estimate_tokens("天气很好") == 4
    assert context.estimate_tokens("é" * 10 + "abc") == 11
    assert context.estimate_tokens("a\ud800b🙂") == 3  # a lone surrogate and an emoji count as one token each


@given(st.text())
def test_estimate_tokens_counts_ascii_by_thirds_and_every_other_character_whole(text):
    ascii_chars = sum(1 for c in text if c.isascii())
    assert context.estimate_tokens(text) == math.ceil(ascii_chars / 3) + len(text) - ascii_chars


def test_prompt_estimate_adds_each_turns_markers():
    one = ({"role": "user", "content": "a" * 30},)
    two = ({"role": "system", "content": ""}, {"role": "user", "content": "a" * 30})
    assert context.estimate_prompt_tokens(one) == 4 + 8 + 10
    assert context.estimate_prompt_tokens(two) == 4 + 8 + 8 + 10


def test_estimate_is_above_a_typical_tokenizer_on_english():
    # BPE tokenizers average ~4 characters per token on English prose; the estimate must not be below that.
    prose = "The council weighs each answer with care and names what is strong and what is weak. " * 20
    assert context.estimate_tokens(prose) >= len(prose) / 4 * 1.2


@pytest.mark.parametrize(("tokens", "shown"), [(5183, "5,200"), (5150, "5,200"), (999, "1,000"), (412, "410"),
                                               (3, "10"), (12_345, "12,300")])
def test_approx_rounds_to_what_an_estimate_is_worth(tokens, shown):
    assert context.approx(tokens) == shown


def test_unknown_limits_change_nothing():
    assert context.fit(50_000, 4096, None, model="m") == context.Fit(50_000, 4096)
    assert context.fit(50_000, 4096, ModelLimits(), model="m").max_tokens == 4096


def test_max_tokens_is_fitted_into_what_the_window_leaves():
    # 4096-token window, 1000-token prompt, 5 % margin (205): 2891 left for the answer.
    result = context.fit(1000, 4096, ModelLimits(4096), model="m")
    assert result.fits and result.max_tokens == 4096 - 1000 - 205
    # Room to spare: what was asked stays.
    assert context.fit(1000, 512, ModelLimits(4096), model="m").max_tokens == 512
    # The model's own cap on the answer counts too.
    assert context.fit(100, 4096, ModelLimits(200_000, 1024), model="m").max_tokens == 1024
    assert context.fit(100, 4096, ModelLimits(None, 1024), model="m").max_tokens == 1024


def test_a_prompt_that_cannot_fit_is_said_so_in_one_sentence():
    result = context.fit(5183, 4096, ModelLimits(4096), model="local/gemma-a", prompt_name="the review prompt")
    assert not result.fits and result.max_tokens == 0
    assert result.problem == "the review prompt (≈5,200 tokens) does not fit model local/gemma-a's 4,096-token context"


def test_a_prompt_that_leaves_almost_no_room_for_the_answer_does_not_fit():
    ctx = 4096
    margin = context.margin_for(ctx)
    just_fits = ctx - margin - context.MIN_ANSWER_TOKENS
    assert context.fit(just_fits, 4096, ModelLimits(ctx), model="m").max_tokens == context.MIN_ANSWER_TOKENS
    assert not context.fit(just_fits + 1, 4096, ModelLimits(ctx), model="m").fits


class LimitedBackend(FakeBackend):
    """A FakeBackend that also answers ``limits`` (as the provider registry does)."""

    def __init__(self, limits: dict[str, ModelLimits | None], **kw) -> None:
        super().__init__(**kw)
        self.table = limits
        self.asked: list[str] = []

    async def limits(self, model: str) -> ModelLimits | None:
        self.asked.append(model)
        found = self.table.get(model)
        if isinstance(found, Exception):
            raise found
        return found


def _request(chars: int, max_tokens: int = 4096) -> ChatRequest:
    return ChatRequest("m", ({"role": "user", "content": "x" * chars},), max_tokens=max_tokens)


async def test_fit_request_lowers_max_tokens_and_leaves_the_rest():
    backend = LimitedBackend({"m": ModelLimits(4096)})
    req = _request(3000)  # ≈1012 tokens
    fitted = await context.fit_request(backend, req, stage=1)
    assert fitted.max_tokens == 4096 - 1012 - 205
    assert fitted.messages == req.messages and fitted.model == req.model


async def test_fit_request_refuses_a_prompt_that_cannot_fit():
    backend = LimitedBackend({"m": ModelLimits(4096)})
    with pytest.raises(ProviderError) as info:
        await context.fit_request(backend, _request(15_500), stage=2)
    assert info.value.kind == "context_length"
    assert info.value.message == "The review prompt (≈5,200 tokens) does not fit model m's 4,096-token context."


async def test_fit_request_without_limits_or_with_a_failing_lookup_sends_as_set():
    req = _request(50_000)
    assert await context.fit_request(FakeBackend(), req, stage=1) is req
    failing = LimitedBackend({"m": ProviderError("No OpenRouter API key.", kind="auth")})  # type: ignore[dict-item]
    assert await context.fit_request(failing, req, stage=1) is req


async def test_a_member_whose_review_prompt_cannot_fit_fails_at_once_without_a_request():
    small = "m/small-window"
    members = ["m/alpha", "m/beta", small]
    long_answer = Script(tokens=["word " * 1500])  # 7,500 characters per answer
    backend = LimitedBackend({small: ModelLimits(2048), "m/alpha": ModelLimits(128_000)},
                             default=long_answer)
    council = Council(backend, rng=random.Random(1))
    events: list = []
    rec = await council.run(RunSpec.create("Why?", members, "m/alpha"), lambda ev, state: events.append(ev))

    errors = [e for e in events if isinstance(e, ModelError)]
    assert [(e.stage, e.model, e.kind) for e in errors] == [(2, small, "context_length")]
    assert errors[0].error.startswith("The review prompt (≈") and "2,048-token context" in errors[0].error
    # Its review was never sent; its stage-1 answer (a short prompt) was, with max_tokens fitted to 2048.
    sent = [(backend.stage_of(r), r.model, r.max_tokens) for r in backend.requests if r.model == small]
    assert len(sent) == 1 and sent[0][0] == 1 and sent[0][2] < 2048
    # The others went on: two reviews, the chairman's synthesis.
    assert sum(1 for e in events if isinstance(e, ModelComplete) and e.stage == 2) == 2
    assert rec.synthesis is not None and rec.synthesis.source == "chairman"


async def test_a_synthesis_prompt_too_long_for_the_chairman_is_shortened_and_says_so():
    import random

    from council_desktop.council.orchestrator import Council, RunSpec
    from council_desktop.council.provider import ModelLimits
    from tests.council.fakes import FakeBackend, Script

    class Small(FakeBackend):
        async def limits(self, model):
            return ModelLimits(context_length=4096)

    backend = Small(default=Script(tokens=["word " * 1500]))  # ~7,500 chars an answer: too much for 3 + reviews
    state = await Council(backend, rng=random.Random(1), delta_interval=0).run(
        RunSpec.create("q", ["m/a", "m/b", "m/c"], "m/chair"), lambda ev, st: None)
    assert state.synthesis.source == "chairman"
    chair = [r for r in backend.requests if r.model == "m/chair"][0]
    assert "[…]" in chair.messages[-1]["content"]
    assert chair.max_tokens >= 128
    assert any("shortened to fit m/chair's 4,096-token context" in n for n in state.notices)
