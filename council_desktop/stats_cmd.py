"""``council-desktop stats``: what the history teaches — spend, the leaderboard, and self-preference.

Human tables on stdout, or JSON lines (``--jsonl``): one ``spend`` object, ``spend_by`` rows (by day, month,
model, provider, family), one ``leaderboard`` row per model and one ``self_preference`` row per reviewer.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from council_desktop.council import units
from council_desktop.errors import EXIT_FAILED, EXIT_OK, UsageError
from council_desktop.storage.history import HistoryError
from council_desktop.storage.stats import (
    MIN_SAMPLE,
    TIMING_SAMPLE,
    HistoryStats,
    LeaderRow,
    SelfPreference,
    Spend,
    SpendRow,
    StatsFilter,
)

__all__ = ["cmd_stats", "parse_day"]

RECENT_DAYS = 14  # the human table shows the latest days with spend (--jsonl has them all)
RECENT_MONTHS = 12


def parse_day(text: str, option: str) -> date:
    """``YYYY-MM-DD`` (or ``YYYY-MM``: its first day) → a date; UsageError otherwise."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise UsageError(f"{option} wants a date like 2025-03-01 (or a month like 2025-03), not {text!r}.")


def _filter(args: argparse.Namespace) -> StatsFilter:
    since = parse_day(args.since, "--since") if args.since else None
    until = parse_day(args.until, "--until") if args.until else None
    if until is not None and args.until.strip().count("-") == 1:  # a month: up to its end
        until = (until.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if since and until and until < since:
        raise UsageError("--until is before --since.")
    # Local days: from the start of --since to the end of --until.
    return StatsFilter(
        since=datetime.combine(since, datetime.min.time()).astimezone() if since else None,
        until=datetime.combine(until + timedelta(days=1), datetime.min.time()).astimezone() if until else None,
        mode=args.mode, settings={"preset": args.preset} if getattr(args, "preset", None) else {})


def cmd_stats(args: argparse.Namespace) -> int:
    flt = _filter(args)
    from council_desktop.history_cli import open_store

    try:
        with open_store() as store:  # migrates the file, marks runs of dead processes interrupted
            path = store.path
        with HistoryStats.open(path) as stats:
            spend, board, prefs = stats.spend(flt), stats.leaderboard(flt), stats.self_preference(flt)
    except HistoryError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_FAILED
    out = sys.stdout
    if args.jsonl:
        window = {"since": args.since, "until": args.until, "mode": args.mode}
        lines: list[dict[str, Any]] = [{"type": "spend", **window, **{k: v for k, v in spend.to_dict().items()
                                                                      if not k.startswith("by_")}}]
        for by in ("day", "month", "model", "provider", "family"):
            lines += [{"type": "spend_by", "by": by, **r.to_dict()} for r in getattr(spend, f"by_{by}")]
        lines += [{"type": "leaderboard", **r.to_dict()} for r in board]
        lines += [{"type": "self_preference", **p.to_dict()} for p in prefs]
        out.write("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))
    else:
        out.write(human(spend, board, prefs, args))
    out.flush()
    return EXIT_OK


# -- human tables ----------------------------------------------------------------------------------------------

def _table(header: Sequence[str], rows: Sequence[Sequence[str]], *, left: int = 1, indent: str = "  ") -> str:
    """Columns padded to their widest cell; the first ``left`` columns left-aligned, the rest right-aligned."""
    cells = [list(header), *[list(r) for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for row in cells:
        parts = [c.ljust(widths[i]) if i < left else c.rjust(widths[i]) for i, c in enumerate(row)]
        lines.append(indent + "  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


def _note(text: str) -> str:
    return textwrap.fill(text, width=110, initial_indent="  ", subsequent_indent="  ") + "\n"


def _usd(v: float | None) -> str:
    return units.usd(v, unknown="—")


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.0f}%"


def _spend_rows(rows: Sequence[SpendRow]) -> list[list[str]]:
    return [[r.key, _usd(r.cost), f"{r.calls:,}", f"{r.tokens:,}"] for r in rows]


def human(spend: Spend, board: Sequence[LeaderRow], prefs: Sequence[SelfPreference],
          args: argparse.Namespace) -> str:
    scope = " ".join(p for p in (f"since {args.since}" if args.since else "", f"until {args.until}"
                                 if args.until else "", f"mode {args.mode}" if args.mode else "") if p)
    parts = [f"Spend{f' ({scope})' if scope else ''}\n"]
    if not spend.calls:
        parts.append("  No runs in the history" + (" for this filter" if scope else "") + " yet.\n")
        return "".join(parts)
    unpriced = f" ({spend.unpriced:,} reported no cost)" if spend.unpriced else ""
    parts.append(f"  today {_usd(spend.today)} · this month {_usd(spend.this_month)} · "
                 f"{'in this filter' if scope else 'all time'} {_usd(spend.total)} — {spend.calls:,} calls{unpriced}\n")
    parts.append("\n" + _table(["PROVIDER", "COST", "CALLS", "TOKENS"], _spend_rows(spend.by_provider)))
    parts.append("\n" + _table(["MODEL", "COST", "CALLS", "TOKENS"], _spend_rows(spend.by_model)))
    parts.append("\n" + _table(["MONTH", "COST", "CALLS", "TOKENS"], _spend_rows(spend.by_month[-RECENT_MONTHS:])))
    days = [r for r in spend.by_day if r.cost][-RECENT_DAYS:]
    if days:
        parts.append("\n" + _table(["DAY", "COST", "CALLS", "TOKENS"], _spend_rows(days)))

    parts.append(f"\nLeaderboard (from your own councils{f', {scope}' if scope else ''})\n")
    rows = []
    for r in board:
        failures = ", ".join(f"{n} {k}" for k, n in sorted(r.failures.items(), key=lambda kv: -kv[1])) or "—"
        rows.append([r.model, f"{r.councils:,}", f"{r.wins:,}/{r.ranked:,}",
                     "—" if r.average_rank is None else f"{r.average_rank:.2f}", f"{r.borda:,}", _pct(r.score),
                     failures, units.duration(r.median_ttft_ms) or "—", units.duration(r.median_duration_ms) or "—",
                     f"{r.tokens:,}", _usd(r.cost),
                     "free" if r.score is not None and r.answer_cost == 0 else
                     ("—" if r.value is None else f"{r.value:,.0f}")])
    parts.append(_table(["MODEL", "COUNCILS", "WINS", "AVG RANK", "BORDA", "SCORE", "FAILED", "TTFT", "DURATION",
                         "TOKENS", "COST", "SCORE/$"], rows))
    parts.append(_note(f"WINS: councils whose ranking put it first (of those that ranked it). SCORE: 100% = placed "
                       f"first by every reviewer, 0% = last. TTFT, DURATION: medians of its latest {TIMING_SAMPLE} "
                       "answers. SCORE/$: score per dollar of an average answer."))

    parts.append("\nSelf-preference (do reviewers favour answers from their own vendor?)\n")
    if not prefs:
        parts.append("  No reviews yet.\n")
        return "".join(parts)
    rows = []
    for p in prefs:
        lean = "—" if p.lean is None else f"{p.lean * 100:+.0f} pts"
        if p.lean is not None and not p.enough:
            lean += " (too few to tell)"
        rows.append([p.reviewer, p.family, f"{_pct(p.own_score)} (n={p.own_n})",
                     f"{_pct(p.others_score)} (n={p.others_n})", f"{_pct(p.peers_score)} (n={p.peers_n})", lean])
    parts.append(_table(["REVIEWER", "FAMILY", "OWN FAMILY", "OTHER FAMILIES", "OWN FAMILY BY OTHERS", "LEAN"], rows,
                        left=2))
    parts.append(_note("Scores as above; n = places behind each. OWN FAMILY BY OTHERS: how reviewers of other "
                       "vendors placed the same answers. LEAN = own family minus that (a reviewer never sees its own "
                       f"answer). Fewer than {MIN_SAMPLE} places on either side is too few to tell."))
    return "".join(parts)
