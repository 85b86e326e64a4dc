"""How numbers and states read in the window: one place, so every widget says it the same way.

A member's look (glyph and word) comes from its :class:`MemberStatus`, plus one look the status alone does not
say: *partial* — it stopped (failed, skipped, cancelled) after writing something, and that text is kept.
"""

from __future__ import annotations

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
        lines.append(member_detail(m, waited=waited, over=over))
        if m.status_code:
            lines.append(f"HTTP {m.status_code}")
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
    parts.append(tokens(record.total_tokens))
    c = cost(record.total_cost)
    if c:
        parts.append(c)
    return " · ".join(parts)
