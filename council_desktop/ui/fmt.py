"""How numbers and states read in the window: one place, so every widget says it the same way.

A member's look (glyph and word) comes from its :class:`MemberStatus`, plus one look the status alone does not
say: *partial* — it stopped (failed, skipped, cancelled) after writing something, and that text is kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from council_desktop.council import units
from council_desktop.council.state import MemberState, MemberStatus, RunState

# Each look is a glyph and a word, always shown together (never colour alone). Skipped, cancelled, partial and
# failed each look different.
LOOKS: dict[str, tuple[str, str]] = {
    "pending": ("○", "pending"),
    "queued": ("◔", "queued"),
    "waiting": ("◌", "waiting"),
    "generating": ("●", "generating"),
    "thinking": ("◐", "thinking"),
    "retrying": ("↻", "retrying"),
    "done": ("✓", "done"),
    "failed": ("✗", "failed"),
    "skipped": ("↷", "skipped"),
    "cancelled": ("⊘", "cancelled"),
    "partial": ("◑", "partial"),
}
GLYPHS = {k: g for k, (g, _w) in LOOKS.items()}
STATUS_WORDS = {k: w for k, (_g, w) in LOOKS.items()}

# A member in one of these may be skipped (its request is under way).
RUNNING_STATES = frozenset({"queued", "waiting", "generating", "thinking", "retrying"})
# Rows whose text counts seconds (they change without any event).
TICKING_STATES = frozenset({"queued", "waiting", "retrying"})


def _name_levels(model: str) -> tuple[str, str, str, str]:
    """Ever longer names for ``vendor/name@provider``: ``name``, ``name@provider``, ``vendor/name``, the id."""
    base, _at, provider = model.partition("@")
    name = base.rsplit("/", 1)[-1] or base
    return name, f"{name}@{provider}" if provider else name, base, model


def short_names(models: Iterable[str]) -> dict[str, str]:
    """A short, unique label per model id: the model's own name without its vendor (``gpt-5.1`` for
    ``openai/gpt-5.1``); where two would read the same, as much more of the id as tells them apart."""
    ids = list(dict.fromkeys(models))
    levels = {m: _name_levels(m) for m in ids}
    level = dict.fromkeys(ids, 0)
    for step in range(1, 4):
        seen: dict[str, list[str]] = {}
        for m in ids:
            seen.setdefault(levels[m][level[m]], []).append(m)
        clashes = [m for group in seen.values() if len(group) > 1 for m in group]
        if not clashes:
            break
        for m in clashes:
            level[m] = step
    return {m: levels[m][level[m]] for m in ids}


def tokens(n: int, *, exact: bool = True) -> str:
    word = "token" if n == 1 else "tokens"
    return f"{'' if exact else '~'}{n:,} {word}"


def duration(ms: int | None) -> str:
    return units.duration(ms)


def cost(usd: float | None) -> str:
    return units.usd(usd)


def look(m: MemberState, *, over: bool = False) -> str:
    """The key of ``m``'s look in :data:`LOOKS`. ``over``: the run has ended (a member still marked as working
    then was cut off with it)."""
    if m.partial:
        return "partial"
    if over and not m.status.finished:
        return "cancelled"
    return m.status.value


def stop_reason(m: MemberState, *, over: bool = False) -> str:
    """Why a member stopped without finishing, as the end of a sentence: ``skipped by the user``,
    ``failed: Rate limit exceeded.``, ``stopped: the stage ended early (a quorum of 2 finished)``."""
    if m.status is MemberStatus.SKIPPED:
        return "skipped by the user"
    if m.status is MemberStatus.FAILED:
        return f"failed: {m.error or 'unknown error'}"
    if m.status is MemberStatus.CANCELLED:
        text = (m.error or "cancelled").rstrip(".")
        return text[:1].lower() + text[1:]
    if over:
        return "the run ended first"
    return ""


# What the user can do about a failure, by its kind: (short, for the row; whole sentence, for the tooltip and the
# pane). A kind with nothing to do (cancelled) has none.
REMEDIES: dict[str, tuple[str, str]] = {
    "auth": ("check the key in Settings",
             "Check the key: Settings → OpenRouter key (Test key says whether it works), or the provider's key on "
             "the Providers page."),
    "credits": ("top up credits or lower Max tokens",
                "Top up your OpenRouter credits (openrouter.ai/settings/credits), or lower “Max tokens per answer” "
                "in Settings → Timeouts & temperatures: a request reserves credit for its whole answer."),
    "rate_limit": ("wait a minute, or pick another model",
                   "Wait a minute and ask again, or pick another model in Settings → Council (free models have "
                   "tight rate limits)."),
    "not_found": ("pick another model",
                  "Pick another model in Settings → Council: this id may be retired or mistyped."),
    "timeout": ("allow more time, or pick a faster model",
                "Allow more time (Settings → Timeouts & temperatures → “First token within”), or pick a faster "
                "model."),
    "context_length": ("lower Max tokens, or pick a larger model",
                       "The question and the answers did not fit this model's context window: lower “Max tokens "
                       "per answer” in Settings, or pick a model with a larger context."),
    "stream_broken": ("ask again", "The connection dropped mid-answer: ask again."),
    "moderation": ("rephrase, or pick another model",
                   "The provider's moderation refused the request: rephrase the question, or pick another model."),
    "server": ("ask again later, or pick another model",
               "The provider had trouble serving this model: ask again later, or pick another model."),
}
_CONTEXT_WORDS = ("context length", "context window", "maximum context", "too long", "exceed context",
                  "exceeds the context", "context_length")


def remedy_key(m: MemberState) -> str | None:
    """Which :data:`REMEDIES` entry fits ``m``'s failure (None: nothing the user can do, or not a failure)."""
    if m.status is not MemberStatus.FAILED:
        return None
    kind = m.kind or ""
    text = (m.error or "").lower()
    if kind == "context_length" or (m.status_code in (400, 413, None) and any(w in text for w in _CONTEXT_WORDS)):
        return "context_length"
    if kind in REMEDIES:
        return kind
    if kind == "upstream" and m.status_code == 403:
        return "moderation"
    if kind == "upstream" and (m.status_code or 0) >= 500:
        return "server"
    return None


def remedy(m: MemberState, *, short: bool = False) -> str:
    """What the user can do about ``m``'s failure, or "" (see :data:`REMEDIES`)."""
    key = remedy_key(m)
    if key is None:
        return ""
    return REMEDIES[key][0 if short else 1]


def partial_mark(m: MemberState, *, over: bool = False) -> str:
    """``partial — skipped by the user``: how kept text of a member that did not finish is marked."""
    return f"partial — {stop_reason(m, over=over)}"


def member_detail(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    """The status line of a member's row. ``waited``: seconds since it entered its current status. A member
    reused from the run this one re-ran says so (it was not asked again, nor counted again); a provider's note
    (e.g. that it cannot search the web) follows."""
    detail = _status_detail(m, waited=waited, over=over)
    if m.reused:
        detail = f"reused from the earlier run · {detail}"
    return f"{detail} · {m.note}" if m.note else detail


def _status_detail(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    key = look(m, over=over)
    if key == "pending":
        return "pending"
    if key == "queued":
        ahead = f", {m.ahead} ahead" if m.ahead else ""
        return f"queued · {waited:.0f} s{ahead}"
    if key == "waiting":
        of = f" of {m.deadline_s:.0f} s" if m.deadline_s else ""
        return f"waiting · {waited:.0f} s{of}"
    if key == "generating":
        return f"generating · {tokens(m.token_count)}…"
    if key == "thinking":
        return f"thinking · {m.reasoning_tokens:,} reasoning tokens…"
    if key == "retrying":
        left = f" in {max(0.0, m.retry_in - waited):.0f} s" if m.retry_in is not None else ""
        return f"retrying{left}"
    if key == "done":
        parts = [tokens(m.token_count, exact=m.exact_tokens), duration(m.duration_ms), cost(m.cost)]
        return " · ".join(p for p in parts if p)
    if key == "partial":
        return f"{partial_mark(m, over=over)} · {tokens(m.token_count, exact=False)} kept"
    if key == "failed":
        what = remedy(m, short=True)
        if what:  # the row says what to do; the whole reason is in its tooltip and the member's pane
            code = f" ({m.status_code})" if m.status_code else ""
            return f"failed{code} · {what}"
        return stop_reason(m)
    return stop_reason(m, over=over)  # skipped / cancelled


def member_tooltip(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    """The row's tooltip: the whole reason of a failure, or the timings of a finished member."""
    lines = [m.model]
    key = look(m, over=over)
    if key == "done":
        lines.append(f"done in {duration(m.duration_ms)} (from sending the request)" if m.duration_ms is not None
                     else "done")
        if m.ttft_ms is not None:
            lines.append(f"first token after {duration(m.ttft_ms)}")
        tps = m.tokens_per_second
        if tps is not None:
            lines.append(f"{tps:,.0f} tokens/s")
        if m.queue_ms:
            lines.append(f"queued {duration(m.queue_ms)} before sending")
        lines.append(" · ".join(p for p in (tokens(m.token_count, exact=m.exact_tokens), cost(m.cost)) if p))
    elif key in ("failed", "partial", "skipped", "cancelled"):
        lines.append(stop_reason(m, over=over) if key == "failed" else member_detail(m, waited=waited, over=over))
        if m.status_code:
            lines.append(f"HTTP {m.status_code}")
        if remedy(m):
            lines.append(f"What you can do: {remedy(m)}")
    else:
        lines.append(member_detail(m, waited=waited, over=over))
        if m.message:
            lines.append(m.message)
    if m.reasoning_tokens:
        lines.append(f"reasoning: {m.reasoning_tokens:,} tokens (counted apart)")
    return "\n".join(lines)


def member_spoken(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    """What a screen reader says for a row: the status in words, never a glyph alone."""
    word = STATUS_WORDS[look(m, over=over)]
    detail = member_detail(m, waited=waited, over=over)
    if detail.startswith(word):
        return f"{m.model}: {detail}"
    return f"{m.model}: {word}, {detail}"


def run_totals(record: RunState) -> str:
    """``Finished in 12.3 s · 4,210 tokens · $0.0123`` (cost only when reported)."""
    parts = []
    verb = {"complete": "Finished in", "failed": "Failed after", "cancelled": "Cancelled after",
            "interrupted": "Interrupted after", "running": "Running for"}.get(record.status, "Took")
    if record.wall_ms is not None:
        parts.append(f"{verb} {duration(record.wall_ms)}")
    else:
        parts.append(record.status.capitalize())
    parts.append(tokens(record.total_tokens, exact=not record.tokens_estimated))  # "~": some are estimates
    c = cost(record.total_cost)
    if c:
        parts.append(c)
    return " · ".join(parts)
