"""How money and time read for people: one place, so the window, the CLI and the history say it the same way."""

from __future__ import annotations

from datetime import datetime


def usd(cost: float | None, *, unknown: str = "") -> str:
    """``$0.0123``-style: 4 decimals under a cent, 2 above, ``<$0.0001`` for crumbs, ``unknown`` for None."""
    if cost is None:
        return unknown
    if cost == 0:
        return "$0"
    if cost < 0.0001:
        return "<$0.0001"
    if cost < 0.01:
        return f"${cost:.4f}"
    return f"${cost:.2f}"


def usd_range(low: float, high: float | None) -> str:
    """``$0.0012 – $0.034``; ``$0.01 – ?`` when the high end is unknown; one amount when both ends read the same."""
    lo = usd(low)
    if high is None:
        return f"{lo} – ?"
    hi = usd(high)
    return lo if lo == hi else f"{lo} – {hi}"


def duration(ms: int | None) -> str:
    """``850 ms``, ``12.3 s``, ``2 min 05 s``; empty for None."""
    if ms is None:
        return ""
    if ms < 1000:
        return f"{ms} ms"
    s = ms / 1000
    if s < 60:
        return f"{s:.1f} s"
    m, sec = divmod(round(s), 60)
    return f"{m} min {sec:02d} s"


def local_time(iso: str) -> str:
    """An ISO 8601 timestamp as ``2026-11-22 14:05`` in the local time zone (the raw text if unreadable)."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]
