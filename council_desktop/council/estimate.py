"""What a run will cost before it runs: a low–high range in USD, per call, per stage and in total.

Pure data in, values out — the window, ``ask --estimate`` and the budget cap all call the same functions.

How the range is made (every number below is a named constant):

- **Text → tokens.** No tokenizer is shipped, so characters are counted. English runs at about 4 characters a
  token on average with today's tokenizers; the *low* end counts :data:`LOW_CHARS_PER_TOKEN` (6: the most compact
  text, plain prose where every word and its space is one token) and :data:`MESSAGE_OVERHEAD_TOKENS` a message;
  the *high* end is the core's conservative count (:mod:`council.context`: 3 ASCII characters a token — code,
  numbers, markup —, every other character a whole token, plus each turn's role markers), so the estimate and
  the fitting of prompts into a model's window count alike.
- **Replies.** Low: every call writes a short reply, :data:`SHORT_REPLY_TOKENS` (or ``max_tokens`` when that
  is smaller). High: every call writes ``max_tokens`` (reasoning tokens are billed as output and assumed to fit
  within ``max_tokens``).
- **Peer review grows N×N.** Each of the N reviewers reads the N-1 other answers: short answers at the low end,
  answers of ``max_tokens`` at the high end. The chairman reads all N answers and N reviews the same way.
- **Known texts win.** :func:`stage_estimate` takes the real answers and reviews when they exist (before
  stage 2 and before stage 3 of a live run), so only the replies still to come are guessed.
- **Prices.** USD per token from the provider's model list (OpenRouter's ``pricing.prompt`` /
  ``pricing.completion``, plus ``pricing.request`` per call). A ``MODEL@PROVIDER`` member is free unless the price
  book says otherwise. A model without a known price makes the range open-ended above (``high`` is None) and is
  listed in ``unknown``; the low end still counts every known price.
- **Web search** (stage 1, OpenRouter members only): :data:`WEB_RESULTS` results a call, each billed at the model's
  ``pricing.web_search`` (or :data:`WEB_RESULT_USD`, OpenRouter's $4 per 1,000 results, when the list has none),
  and their text added to the prompt: :data:`WEB_RESULT_TOKENS` (low, high) tokens a result.
- **Your own prompts**: the messages are built from the run's :class:`~council_desktop.council.prompts.PromptSet`.
- **Not counted:** retries after a failure, a fallback synthesis when the chairman fails, and prompt caching
  discounts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from council_desktop.council import context, prompts
from council_desktop.council.prompts import PromptSet
from council_desktop.council.records import dataclass
from council_desktop.council.values import Turn
from council_desktop.council.vocab import MODE_STAGES, STAGE_NAMES, Mode

if TYPE_CHECKING:  # the orchestrator may use this module (the budget cap): no import cycle at run time
    from council_desktop.council.orchestrator import RunSpec
    from council_desktop.council.state import MemberState

__all__ = [
    "FREE",
    "HIGH_CHARS_PER_TOKEN",
    "LOW_CHARS_PER_TOKEN",
    "MESSAGE_OVERHEAD_TOKENS",
    "SHORT_REPLY_TOKENS",
    "WEB_RESULTS",
    "WEB_RESULT_TOKENS",
    "WEB_RESULT_USD",
    "CallEstimate",
    "Price",
    "RunEstimate",
    "StageEstimate",
    "estimate_run",
    "estimate_spec",
    "is_local",
    "price_for",
    "stage_estimate",
    "text_tokens",
]

LOW_CHARS_PER_TOKEN = 6.0
HIGH_CHARS_PER_TOKEN = context.ASCII_CHARS_PER_TOKEN
MESSAGE_OVERHEAD_TOKENS = 4
SHORT_REPLY_TOKENS = 100
AGGREGATE_ROW_CHARS = 100  # one line of the aggregate ranking in the chairman's prompt
WEB_RESULTS = 5  # OpenRouter's web plugin: results a request (its default max_results)
WEB_RESULT_USD = 0.004  # $4 per 1,000 results
WEB_RESULT_TOKENS = (100, 1000)  # the text of one result added to the prompt: (low, high)

Span = tuple[int, int]  # (low, high) token counts


@dataclass(frozen=True, slots=True)
class Price:
    """USD per token (``prompt``, ``completion``) and per request; ``web_search`` per web result."""

    prompt: float
    completion: float
    request: float = 0.0
    web_search: float = 0.0

    @staticmethod
    def from_openrouter(pricing: Any) -> Price | None:
        """OpenRouter's ``pricing`` object (values are strings) → a Price; None when the prompt or completion
        price is missing, not a number, or negative (a router such as ``openrouter/auto`` says ``"-1"``)."""
        if not isinstance(pricing, Mapping):
            return None
        values: dict[str, float] = {}
        for name in ("prompt", "completion", "request", "web_search"):
            raw = pricing.get(name)
            if raw is None or isinstance(raw, bool):
                continue
            try:
                value = float(raw)
            except (TypeError, ValueError):
                continue
            if math.isfinite(value) and value >= 0:
                values[name] = value
        if "prompt" not in values or "completion" not in values:
            return None
        return Price(**values)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return self.prompt * prompt_tokens + self.completion * completion_tokens + self.request

    def to_dict(self) -> dict[str, float]:
        return {"prompt": self.prompt, "completion": self.completion, "request": self.request,
                "web_search": self.web_search}


FREE = Price(0.0, 0.0)


def is_local(spec: str) -> bool:
    """A ``MODEL@PROVIDER`` member (served by a configured OpenAI-compatible provider, not OpenRouter)."""
    model, at, provider = spec.strip().rpartition("@")
    return bool(at and model.strip() and provider.strip())


def price_for(spec: str, prices: Mapping[str, Price | None]) -> Price | None:
    """The price of one member spec: the book's entry (None there means "known to be unknown"); else free for a
    ``MODEL@PROVIDER`` member; else the base model's price for an OpenRouter variant (``vendor/model:nitro``,
    ``:online`` — same tokens, web results extra); else None (unknown)."""
    if spec in prices:
        return prices[spec]
    if is_local(spec):
        return FREE
    base, colon, _variant = spec.partition(":")
    if colon and base in prices:
        return prices[base]
    return None


# -- tokens --------------------------------------------------------------------------------------------------

def text_tokens(text: str) -> Span:
    """(low, high) token counts for ``text``: the high end is :func:`context.estimate_tokens`, the same
    conservative count the core uses to fit a prompt into a model's window."""
    if not text:
        return 0, 0
    return math.ceil(len(text) / LOW_CHARS_PER_TOKEN), context.estimate_tokens(text)


def _messages_tokens(messages: Sequence[dict[str, str]]) -> Span:
    low = sum(math.ceil(len(m.get("content", "")) / LOW_CHARS_PER_TOKEN) + MESSAGE_OVERHEAD_TOKENS for m in messages)
    return low, context.estimate_prompt_tokens(messages)


def _reply(max_tokens: int) -> Span:
    return min(SHORT_REPLY_TOKENS, max_tokens), max_tokens


def _texts(texts: Mapping[str, str | None], max_tokens: int) -> Span:
    """Tokens of texts that exist (counted) and of texts still to come (a reply each)."""
    low = high = 0
    for text in texts.values():
        lo, hi = _reply(max_tokens) if text is None else text_tokens(text)
        low += lo
        high += hi
    return low, high


# -- values --------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CallEstimate:
    """One request: its prompt and reply in tokens (low, high) and what that costs (None: price unknown)."""

    stage: int
    model: str
    prompt_tokens: Span
    completion_tokens: Span
    price: Price | None
    fees: float = 0.0  # USD beyond tokens (web-search results)

    @property
    def low(self) -> float | None:
        if self.price is None:
            return None
        return self.price.cost(self.prompt_tokens[0], self.completion_tokens[0]) + self.fees

    @property
    def high(self) -> float | None:
        if self.price is None:
            return None
        return self.price.cost(self.prompt_tokens[1], self.completion_tokens[1]) + self.fees

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "model": self.model, "prompt_tokens": list(self.prompt_tokens),
                "completion_tokens": list(self.completion_tokens), "fees": _round(self.fees),
                "low": _round(self.low), "high": _round(self.high),
                "price": self.price.to_dict() if self.price else None}


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 8)


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


@dataclass(frozen=True, slots=True)
class StageEstimate:
    """One stage: its calls, and their sum. ``high`` is None when a price is unknown (``unknown`` names them)."""

    stage: int
    calls: tuple[CallEstimate, ...]

    @property
    def low(self) -> float:
        return sum(c.low for c in self.calls if c.low is not None)

    @property
    def high(self) -> float | None:
        if self.unknown:
            return None
        return sum(c.high for c in self.calls if c.high is not None)

    @property
    def unknown(self) -> tuple[str, ...]:
        return _unique([c.model for c in self.calls if c.price is None])

    def tokens(self) -> dict[str, Span]:
        return {"prompt": (sum(c.prompt_tokens[0] for c in self.calls), sum(c.prompt_tokens[1] for c in self.calls)),
                "completion": (sum(c.completion_tokens[0] for c in self.calls),
                               sum(c.completion_tokens[1] for c in self.calls))}

    def to_dict(self) -> dict[str, Any]:
        t = self.tokens()
        return {"stage": self.stage, "name": STAGE_NAMES.get(self.stage, ""), "low": _round(self.low),
                "high": _round(self.high), "unknown_prices": list(self.unknown),
                "prompt_tokens": list(t["prompt"]), "completion_tokens": list(t["completion"]),
                "calls": [c.to_dict() for c in self.calls]}


@dataclass(frozen=True, slots=True)
class RunEstimate:
    """A whole run: the stages its mode runs, the total range, and what the range does not know."""

    mode: Mode
    max_tokens: int
    members: tuple[str, ...]
    chairman: str
    stages: tuple[StageEstimate, ...]
    notes: tuple[str, ...] = ()

    @property
    def low(self) -> float:
        return sum(s.low for s in self.stages)

    @property
    def high(self) -> float | None:
        highs = [s.high for s in self.stages]
        return None if any(h is None for h in highs) else sum(h for h in highs if h is not None)

    @property
    def unknown(self) -> tuple[str, ...]:
        return _unique([m for s in self.stages for m in s.unknown])

    @property
    def calls(self) -> int:
        return sum(len(s.calls) for s in self.stages)

    def stage(self, n: int) -> StageEstimate | None:
        for s in self.stages:
            if s.stage == n:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"low": _round(self.low), "high": _round(self.high), "currency": "USD", "mode": self.mode,
                "max_tokens": self.max_tokens, "members": list(self.members), "chairman": self.chairman,
                "calls": self.calls, "unknown_prices": list(self.unknown), "notes": list(self.notes),
                "stages": [s.to_dict() for s in self.stages],
                "assumptions": {"low_chars_per_token": LOW_CHARS_PER_TOKEN,
                                "high_chars_per_token": HIGH_CHARS_PER_TOKEN,
                                "message_overhead_tokens": MESSAGE_OVERHEAD_TOKENS,
                                "short_reply_tokens": min(SHORT_REPLY_TOKENS, self.max_tokens),
                                "long_reply_tokens": self.max_tokens}}


# -- stages --------------------------------------------------------------------------------------------------

def stage_estimate(stage: int, prompt: str, models: Sequence[str], prices: Mapping[str, Price | None], *,
                   max_tokens: int, answers: Mapping[str, str | None] | None = None,
                   reviews: Mapping[str, str | None] | None = None, conversation: Sequence[Turn] = (),
                   prompt_set: PromptSet | None = None, web_search: bool = False) -> StageEstimate:
    """What one stage will cost; ``models`` are the members asked in it (stage 3: the chairman).

    ``answers``: the stage-1 answers by model — the text when it exists, None for one still to come (default for
    stage 2: one from each of ``models``). ``reviews``: the stage-2 reviews the same way (default for stage 3: one
    from each answerer when there are at least two). The budget cap calls this before stage 2 with the real
    answers and before stage 3 with the real answers and reviews. ``prompt_set``: the run's own prompts;
    ``web_search``: stage-1 OpenRouter members search the web.
    """
    ps = prompt_set or PromptSet()
    if stage not in MODE_STAGES["full"]:
        raise ValueError(f"no stage {stage}")
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    models = _unique([m for m in models if m])
    reply = _reply(max_tokens)
    calls: list[CallEstimate] = []
    if stage == 1:
        asked = _messages_tokens(prompts.stage1_messages(prompt, conversation, system=ps.system))
        for m in models:
            price = price_for(m, prices)
            if web_search and not is_local(m) and price is not None:
                lo, hi = WEB_RESULT_TOKENS
                fees = WEB_RESULTS * (price.web_search or WEB_RESULT_USD)
                calls.append(CallEstimate(1, m, (asked[0] + WEB_RESULTS * lo, asked[1] + WEB_RESULTS * hi), reply,
                                          price, fees))
            else:
                calls.append(CallEstimate(1, m, asked, reply, price))
    elif stage == 2:
        known = answers if answers is not None else dict.fromkeys(models)
        for reviewer in models:
            others = {m: t for m, t in known.items() if m != reviewer}
            labels = [f"Response {chr(65 + i % 26)}" for i in range(len(others))]
            frame = _messages_tokens(prompts.stage2_messages(prompt, [(lab, "") for lab in labels], conversation,
                                                             template=ps.review))
            read = _texts(others, max_tokens)
            calls.append(CallEstimate(2, reviewer, (frame[0] + read[0], frame[1] + read[1]), reply,
                                      price_for(reviewer, prices)))
    else:
        if answers is None:
            raise ValueError("stage 3 needs the answers (texts, or None for each one still to come)")
        got = reviews if reviews is not None else (dict.fromkeys(answers) if len(answers) >= 2 else {})
        frame = _messages_tokens(prompts.stage3_messages(prompt, [(m, "") for m in answers],
                                                         [(m, "") for m in got], [], conversation=conversation,
                                                         template=ps.chairman))
        rows = text_tokens("x" * (AGGREGATE_ROW_CHARS * len(answers))) if got else (0, 0)
        a, r = _texts(answers, max_tokens), _texts(got, max_tokens)
        asked = (frame[0] + rows[0] + a[0] + r[0], frame[1] + rows[1] + a[1] + r[1])
        calls = [CallEstimate(3, m, asked, reply, price_for(m, prices)) for m in models]
    return StageEstimate(stage, tuple(calls))


def estimate_run(prompt: str, members: Sequence[str], chairman: str, prices: Mapping[str, Price | None], *,
                 max_tokens: int = 4096, mode: Mode = "full", conversation: Sequence[Turn] = (),
                 context_lengths: Mapping[str, int] | None = None, prompt_set: PromptSet | None = None,
                 web_search: bool = False) -> RunEstimate:
    """A whole run before it starts: every member answers, each reviews the others (when two or more answer),
    the chairman synthesizes — as far as ``mode`` goes. ``context_lengths`` (tokens, by model) adds a note for a
    call whose prompt and reply may not fit."""
    members = _unique([m.strip() for m in members if m.strip()])
    wanted = MODE_STAGES.get(mode, MODE_STAGES["full"])
    answers: dict[str, str | None] = dict.fromkeys(members)
    kw: dict[str, Any] = {"max_tokens": max_tokens, "conversation": conversation, "prompt_set": prompt_set}
    stages = [stage_estimate(1, prompt, members, prices, web_search=web_search, **kw)]
    if 2 in wanted and len(members) >= 2:
        stages.append(stage_estimate(2, prompt, members, prices, answers=answers, **kw))
    if 3 in wanted:
        stages.append(stage_estimate(3, prompt, [chairman], prices, answers=answers, **kw))
    return RunEstimate(mode, max_tokens, members, chairman, tuple(stages),
                       _context_notes(stages, context_lengths or {}))


def estimate_spec(spec: RunSpec, prices: Mapping[str, Price | None], *,
                  context_lengths: Mapping[str, int] | None = None) -> RunEstimate:
    """:func:`estimate_run` for a :class:`~council_desktop.council.orchestrator.RunSpec` (its mode, options and
    conversation). A re-run counts only what it asks again: reused answers and reviews are known texts, free."""
    o = spec.options
    base, redo = spec.base, spec.redo
    if base is None or redo is None:
        return estimate_run(spec.prompt, spec.members, spec.chairman, prices, max_tokens=o.max_tokens,
                            mode=spec.mode, conversation=spec.conversation, context_lengths=context_lengths,
                            prompt_set=spec.prompts, web_search=o.web_search)
    # Mirrors the orchestrator's reuse rules (Council._stage1/_stage2).
    kept1 = {m.model: m for m in base.stage1
             if m.model in spec.members and m.model not in redo.members and m.status.finished}
    asked1 = [m for m in spec.members if m not in kept1]
    answers: dict[str, str | None] = {m: (kept1[m].text if m in kept1 else None) for m in spec.members
                                      if m not in kept1 or kept1[m].done}
    wanted = MODE_STAGES.get(spec.mode, MODE_STAGES["full"])
    kw: dict[str, Any] = {"max_tokens": o.max_tokens, "conversation": spec.conversation,
                          "prompt_set": spec.prompts}
    stages = [stage_estimate(1, spec.prompt, asked1, prices, web_search=o.web_search, **kw)]
    reviews: dict[str, str | None] | None = None
    if 2 in wanted and len(answers) >= 2:
        kept2: dict[str, MemberState] = {}
        if not redo.members and base.stage_state(2).status == "done":
            kept2 = {m.model: m for m in base.stage2 if m.model not in redo.reviewers and m.status.finished}
        asked2 = [m for m in answers if m not in kept2]
        stages.append(stage_estimate(2, spec.prompt, asked2, prices, answers=answers, **kw))
        reviews = {m: (kept2[m].text if m in kept2 else None) for m in answers
                   if m not in kept2 or kept2[m].done}
    if 3 in wanted:
        stages.append(stage_estimate(3, spec.prompt, [spec.chairman], prices, answers=answers,
                                     reviews=reviews if reviews is not None else {}, **kw))
    return RunEstimate(spec.mode, o.max_tokens, tuple(spec.members), spec.chairman, tuple(stages),
                       _context_notes(stages, context_lengths or {}))


def _context_notes(stages: Sequence[StageEstimate], context: Mapping[str, int]) -> tuple[str, ...]:
    notes: list[str] = []
    for s in stages:
        worst: dict[str, int] = {}
        for c in s.calls:
            worst[c.model] = max(worst.get(c.model, 0), c.prompt_tokens[1] + c.completion_tokens[1])
        for model, need in worst.items():
            limit = context.get(model)
            if limit and need > limit:
                notes.append(f"{STAGE_NAMES[s.stage]}: {model}'s prompt and reply may reach {need:,} tokens, more "
                             f"than its context of {limit:,}.")
    return tuple(notes)
