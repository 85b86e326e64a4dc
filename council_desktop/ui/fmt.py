"""How numbers and states read in the window: one place, so every widget says it the same way."""

from __future__ import annotations

from council_desktop.council import units
from council_desktop.council.state import RunState

# Status glyphs: each is always shown with a word, never as colour alone.
GLYPHS = {
    "pending": "○",
    "queued": "◔",
    "generating": "●",
    "thinking": "◐",
    "retrying": "↻",
    "done": "✓",
    "error": "✗",
    "skipped": "⊘",
    "cancelled": "⊘",
}

STATUS_WORDS = {
    "pending": "waiting",
    "queued": "queued",
    "generating": "generating",
    "thinking": "thinking",
    "retrying": "retrying",
    "done": "done",
    "error": "failed",
    "skipped": "skipped",
    "cancelled": "cancelled",
}

RUNNING_STATES = frozenset({"queued", "generating", "thinking", "retrying"})


def tokens(n: int, *, exact: bool = True) -> str:
    word = "token" if n == 1 else "tokens"
    return f"{'' if exact else '~'}{n:,} {word}"


def duration(ms: int | None) -> str:
    return units.duration(ms)


def cost(usd: float | None) -> str:
    return units.usd(usd)


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
