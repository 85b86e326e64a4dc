"""Will a prompt fit a model's context window, and how many tokens may the answer take?

Pure arithmetic on an *estimate*: the core has no tokenizer, so it counts characters and errs on the side of
more tokens than the server will count.

Estimate: about 3 ASCII characters per token, and 1 token per other character. BPE tokenizers of current
models (Llama, Qwen, Gemma, GPT) average roughly 4 characters per token on English prose and 3–3.5 on code
and numbers; CJK text is close to one token per character or more. Each message adds a few tokens for its role
markers (chat templates wrap every turn), and the prompt as a whole a few for the assistant turn opener. The
estimate is therefore usually *above* the true count, which is the safe side: ``max_tokens`` is fitted into
what is left after the estimate and a margin, so prompt + answer stay inside the window.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from council_desktop.council.provider import ChatRequest, ModelLimits, ProviderError
from council_desktop.council.records import dataclass

log = logging.getLogger(__name__)

ASCII_CHARS_PER_TOKEN = 3.0
MESSAGE_OVERHEAD_TOKENS = 8  # role markers and separators of one chat turn
PROMPT_OVERHEAD_TOKENS = 4  # the assistant turn opener and the BOS token
MIN_ANSWER_TOKENS = 128  # a prompt that leaves less room than this for the answer does not fit
MARGIN_FRACTION = 0.05  # kept free of the window besides the estimate: 5 % of it, at least MIN_MARGIN_TOKENS
MIN_MARGIN_TOKENS = 32

#: What each stage's prompt is called in the "does not fit" sentence.
PROMPT_NAMES = {1: "the question", 2: "the review prompt", 3: "the synthesis prompt"}


def estimate_tokens(text: str) -> int:
    """A conservative token count for ``text`` (see the module docstring)."""
    if not text:
        return 0
    # counted in C (a window's estimate measures whole stage prompts on the GUI thread): the ASCII characters are
    # what survives an ASCII encoding that drops the rest
    ascii_chars = len(text) if text.isascii() else len(text.encode("ascii", "ignore"))
    other = len(text) - ascii_chars
    return math.ceil(ascii_chars / ASCII_CHARS_PER_TOKEN) + other


def estimate_prompt_tokens(messages: Sequence[dict[str, str]]) -> int:
    """A conservative token count for a chat prompt: its texts plus each turn's role markers."""
    return PROMPT_OVERHEAD_TOKENS + sum(
        MESSAGE_OVERHEAD_TOKENS + estimate_tokens(str(m.get("content", ""))) for m in messages)


def margin_for(context_length: int) -> int:
    """Tokens kept free besides the estimate: 5 % of the window, at least 32."""
    return max(MIN_MARGIN_TOKENS, math.ceil(context_length * MARGIN_FRACTION))


@dataclass(frozen=True, slots=True)
class Fit:
    """The outcome of fitting one request into a model's limits.

    ``max_tokens``: what to send (never more than asked). ``problem``: a sentence when the prompt cannot fit
    (then ``max_tokens`` is 0). ``shortened``: ``max_tokens`` was lowered to fit.
    """

    prompt_tokens: int
    max_tokens: int
    problem: str | None = None

    @property
    def fits(self) -> bool:
        return self.problem is None


def approx(tokens: int) -> str:
    """``5183`` → ``"5,200"``: an estimate shown to a user, rounded to what it is worth."""
    step = 100 if tokens >= 1000 else 10
    return f"{max(step, round(tokens / step) * step):,}"


def fit(prompt_tokens: int, wanted_max_tokens: int, limits: ModelLimits | None, *, model: str,
        prompt_name: str = "the prompt") -> Fit:
    """Fit ``max_tokens`` into what the window leaves after the prompt and a margin.

    Unknown limits change nothing. A model's own cap on completion tokens (``max_completion_tokens``) is
    honoured too. When less than :data:`MIN_ANSWER_TOKENS` would be left, the prompt does not fit:
    ``"the review prompt (≈5,200 tokens) does not fit model X's 4,096-token context"``.
    """
    wanted = max(1, wanted_max_tokens)
    if limits is None:
        return Fit(prompt_tokens, wanted)
    allowed = wanted
    if limits.max_completion_tokens:
        allowed = min(allowed, limits.max_completion_tokens)
    ctx = limits.context_length
    if ctx:
        room = ctx - prompt_tokens - margin_for(ctx)
        if room < MIN_ANSWER_TOKENS:
            return Fit(prompt_tokens, 0, (f"{prompt_name} (≈{approx(prompt_tokens)} tokens) does not fit "
                                          f"model {model}'s {ctx:,}-token context"))
        allowed = min(allowed, room)
    return Fit(prompt_tokens, allowed)


async def fit_request(backend: Any, request: ChatRequest, *, stage: int) -> ChatRequest:
    """``request`` with ``max_tokens`` fitted to the model's limits, asked of ``backend.limits`` if it has one.

    Raises :class:`ProviderError` of kind ``context_length`` when the prompt itself cannot fit: such a request
    could never succeed, so it is not sent (and so not retried). A backend without ``limits``, or one whose
    lookup fails, leaves the request as it is.
    """
    lookup = getattr(backend, "limits", None)
    if lookup is None:
        return request
    try:
        limits = await lookup(request.model)
    except ProviderError as e:
        log.info("limits of %s unknown (%s); sending max_tokens=%d as set", request.model, e.message,
                 request.max_tokens)
        return request
    if limits is not None and not isinstance(limits, ModelLimits):
        return request
    result = fit(estimate_prompt_tokens(request.messages), request.max_tokens, limits, model=request.model,
                 prompt_name=PROMPT_NAMES.get(stage, "the prompt"))
    if result.problem is not None:
        sentence = result.problem[0].upper() + result.problem[1:] + "."
        raise ProviderError(sentence, kind="context_length")
    if result.max_tokens != request.max_tokens:
        log.info("%s: max_tokens %d -> %d (prompt ≈%d tokens, %s)", request.model, request.max_tokens,
                 result.max_tokens, result.prompt_tokens, limits)
        return replace(request, max_tokens=result.max_tokens)
    return request


async def window_of(backend: Any, model: str) -> int | None:
    """The model's context window as ``backend.limits`` knows it; None when it does not say."""
    lookup = getattr(backend, "limits", None)
    if lookup is None:
        return None
    try:
        limits = await lookup(model)
    except ProviderError:
        return None
    return limits.context_length if isinstance(limits, ModelLimits) else None


SYNTHESIS_ANSWER_TOKENS = 1024  # room kept for the chairman's answer when its prompt has to be shortened


def shorten_texts(texts: Sequence[str], fixed_tokens: int, context_length: int,
                  answer_tokens: int) -> tuple[list[str], int | None]:
    """Cut each of ``texts`` to the same length so that they, plus ``fixed_tokens`` of prompt around them, leave
    ``answer_tokens`` (and the margin) free in the window. Returns the texts and the cap in characters (None when
    nothing had to be cut). Each cut text ends with "[…]" so a reader (and the model) sees it was shortened."""
    room = context_length - margin_for(context_length) - answer_tokens - fixed_tokens
    if sum(estimate_tokens(t) for t in texts) <= room or not texts:
        return list(texts), None
    cap = max(200, int(max(room, 0) / len(texts) * ASCII_CHARS_PER_TOKEN))
    return [t if len(t) <= cap else t[:cap].rstrip() + " […]" for t in texts], cap

