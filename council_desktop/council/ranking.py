"""Parsing a reviewer's ``FINAL RANKING:`` and aggregating everyone's rankings.

Parsing is strict about *where* (the section after the last ``FINAL RANKING:`` header) and tolerant about
*how* (Markdown bold/italics, ``1.`` / ``1)`` / ``-`` numbering, any case). Labels are kept in order of first
occurrence; labels that were not offered to the reviewer are dropped.

``parse_status``: ``ok`` every offered label ranked once; ``partial`` some ranked; ``failed`` none (or no
header).

Aggregation (per model, over the reviewers that ranked it):
- ``average_rank``: mean of the 1-based positions (lower is better);
- ``votes``: how many rankings include it;
- ``borda``: for a ranking of n labels, position p earns n - p points, summed.
Tie-break, in order: lower average rank, more Borda points, more votes, then model name (alphabetical) so
the order is always total and stable. Models nobody ranked come last, in member order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from council_desktop.council.values import AggregateEntry

HEADER_RE = re.compile(r"final\s+ranking\s*:?", re.IGNORECASE)
LABEL_RE = re.compile(r"response\s+([A-Z]{1,2})\b", re.IGNORECASE)


def labels_for(n: int) -> list[str]:
    """``Response A`` … ``Response Z``, then ``Response AA`` … for very large councils."""
    out = []
    for i in range(n):
        if i < 26:
            out.append(f"Response {chr(65 + i)}")
        else:
            out.append(f"Response {chr(65 + i // 26 - 1)}{chr(65 + i % 26)}")
    return out


@dataclass(frozen=True, slots=True)
class ParsedRanking:
    labels: tuple[str, ...]
    status: str  # ok / partial / failed


def parse_ranking(text: str, offered: Sequence[str]) -> ParsedRanking:
    """The ranked labels after the last ``FINAL RANKING:`` header, restricted to ``offered``."""
    headers = list(HEADER_RE.finditer(text or ""))
    if not headers:
        return ParsedRanking((), "failed")
    section = text[headers[-1].end():]
    canon = {lab.upper(): lab for lab in offered}
    seen: list[str] = []
    for line in section.splitlines():
        # One label per line: the first "Response X" on the line ("1. Response B is better than Response A").
        stripped = line.strip().strip("*_`#>").strip()
        if not stripped:
            continue
        m = LABEL_RE.search(stripped)
        if not m:
            continue
        label = canon.get(f"RESPONSE {m.group(1).upper()}")
        if label and label not in seen:
            seen.append(label)
    if not seen:
        return ParsedRanking((), "failed")
    status = "ok" if len(seen) == len(offered) else "partial"
    return ParsedRanking(tuple(seen), status)


def aggregate(rankings: Iterable[Sequence[str]], members: Sequence[str]) -> list[AggregateEntry]:
    """Combine rankings (each a list of model names, best first) into one standing for ``members``.

    Order: most Borda points, then the better average rank, then more votes, then the name. ``position`` is the
    place in that order (1, 2, 3…); ``rank`` is shared by ties (equal on all three: "1, 1, 3"). Models nobody
    ranked come last with neither."""
    positions: dict[str, list[int]] = {m: [] for m in members}
    borda: dict[str, int] = dict.fromkeys(members, 0)
    for ranking in rankings:
        n = len(ranking)
        for pos, model in enumerate(ranking, start=1):
            if model not in positions:
                positions[model] = []
                borda[model] = 0
            positions[model].append(pos)
            borda[model] += n - pos
    order = {m: i for i, m in enumerate(members)}
    ranked = [m for m, p in positions.items() if p]
    unranked = [m for m, p in positions.items() if not p]
    # Borda points first: they grow with every vote, so one lucky first place does not outrank two good ones.
    def key(m: str) -> tuple[int, float, int]:
        return (-borda[m], sum(positions[m]) / len(positions[m]), -len(positions[m]))

    ranked.sort(key=lambda m: (*key(m), m))
    unranked.sort(key=lambda m: order.get(m, len(order)))
    out: list[AggregateEntry] = []
    rank = 0
    for i, m in enumerate(ranked, start=1):
        if i == 1 or key(m) != key(ranked[i - 2]):
            rank = i  # ties share a rank ("1, 1, 3"); the position stays a unique order
        avg = round(sum(positions[m]) / len(positions[m]), 4)
        out.append(AggregateEntry(m, avg, len(positions[m]), borda[m], i, rank))
    out.extend(AggregateEntry(m, None, 0, 0, None, None) for m in unranked)  # no votes: no position, no rank
    return out


def to_models(labels: Iterable[str], label_map: Mapping[str, str]) -> list[str]:
    """``["Response B", ...]`` → model names through a reviewer's label map (``{"Response B": model}``)."""
    return [label_map[lab] for lab in labels if lab in label_map]
