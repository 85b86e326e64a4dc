"""Parsing a reviewer's ``FINAL RANKING`` and aggregating everyone's rankings.

Where the ranking is
    After a *header*: a line that starts with "final ranking(s)" (any case, ``FINAL_RANKING``, Markdown decoration
    such as ``## `` or ``**``, an optional "(best to worst)") followed by a colon or by nothing, or a line with
    "final ranking:" that ends there ("Here is my final ranking:") or goes on with a label ("...: Response C > ...").
    The words in prose ("I hope this final ranking helps") or inside a longer word ("semifinal") are not a header.
    A JSON object with a ``"ranking"`` list, fenced or not, is a ranking too. When a review holds several, the
    last one that names a response wins (a reviewer may reconsider); one that names none (prose, an empty header)
    is passed over. Plain prose is never read as a ranking, with or without a header.

How it is written (the formats reviewers use; ``tests/council/test_ranking.py`` holds one case of each)
    - a list: ``1.`` ``1)`` ``(1)`` ``#1`` ``1st (place):`` ``Rank 1:`` numbers, ``-`` ``*`` ``+`` ``•`` bullets,
      ordinal leads (``First:``, ``Best response by far:``, ``Worst -``), bare label lines, Markdown table rows;
      Markdown bold/italics/code, any case of "response", ``1.Response D``, blank lines between items;
    - one line: ``Response C > Response A > Response B`` (also ``->`` ``→`` ``>>`` ``,`` ``;`` "then"), on the
      header line or the line after it, with labels or bare letters (``B > A > C``), or ``1. C 2. A 3. B``;
    - JSON: ``{"ranking": ["Response C", "Response A"]}`` (bare letters too; a nested list is a tie).

What belongs to the list
    An item takes the first offered label it names ("1. Response C, clearer than Response A" ranks C). The list
    ends at the first prose paragraph after a blank line (a numbered list goes on only with its next number), at
    a number 1 seen a second time, and (bare lines, table rows) at a blank line. Deeper-indented lines
    (sub-bullets), lines of another list style and prose right under an item are commentary: their labels are not
    votes. Numbers place items ("2., 3., 1." is fine). At most three lines of prose may stand between a header and
    its list.

Ambiguity
    ``status`` is ``ok`` when every offered label is placed exactly once and nothing contradicts it; ``partial``
    for the unambiguous prefix of an incomplete or later-ambiguous ranking; ``failed`` when no position is known.
    The prefix stops at the first position that is unknown (a label not offered, an item without a label, a gap in
    the numbers, "Worst:" that is not last), tied (``Response A = Response B``, two labels in one numbered item,
    two items with the same number) or contradicted (a label placed twice). A list repeated word for word (a
    repetition loop) counts once.

Echo
    A reply that repeats the prompt's own text (``prompts.REVIEW_SCAFFOLD``: two of its sentences or more) is not
    a review: ``failed``. A ranking whose text is a copy of an example in the instructions is skipped.

Aggregation (per model, over the reviewers that ranked it):
- ``average_rank``: mean of the 1-based positions (lower is better);
- ``votes``: how many rankings include it;
- ``borda``: for a ranking of n labels, position p earns n - p points, summed.
Tie-break, in order: lower average rank, more Borda points, more votes, then model name (alphabetical) so
the order is always total and stable. Models nobody ranked come last, in member order.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from functools import lru_cache
from itertools import islice

from council_desktop.council.prompts import REVIEW_SCAFFOLD
from council_desktop.council.records import dataclass
from council_desktop.council.values import AggregateEntry
from council_desktop.council.vocab import ParseStatus

# "Response C" / "Response AB"; a lower-case letter only where it cannot start an English word ("response b,"
# yes, "response by far" and "response a user wants" no).
_LABEL_RE = re.compile(r"\b(?i:response)[ \t]+(?:([A-Z]{1,2})\b|([a-z])(?![\w'’])(?![ \t]+[a-z]))")
# At the start of an item any single letter is a label ("1. response b is best").
_LEADING_LABEL_RE = re.compile(r"(?i:response)[ \t]+(?:([A-Z]{1,2})|([a-z]))\b")
_BARE_CODE_RE = re.compile(r"([A-Z]{1,2})(?:[ \t]*[:\-–—(,.].*)?")
_AFTER_LABEL_RE = re.compile(r"[ \t]*(?:$|[^\w\s'’])")

_HEADER_RE = re.compile(
    r"[ \t>#*_~=+\-]*(?:(?:my|the|our|your)[ \t]+)?final[ \t_\-]*rankings?\b[ \t*_~]*(?:\([^()\n]{0,80}\))?"
    r"[ \t*_~]*(?P<sep>[:：]|[-–—=]+(?=[ \t]|$))?[ \t*_~]*(?P<rest>.*)",
    re.IGNORECASE,
)
# "Here is my final ranking:" ending a line, or followed by the ranking itself ("...: Response C > Response A").
_HEADER_INLINE_RE = re.compile(
    r"\bfinal[ \t_\-]*rankings?\b[ \t*_~]*(?:\([^()\n]{0,80}\))?[ \t*_~]*(?:(?:is|would be|as follows)[ \t*_~]*)?"
    r"[:：][ \t*_~]*(?P<rest>.*)",
    re.IGNORECASE,
)
_LETTER_CHAIN_RE = re.compile(r"[A-Z]{1,2}[ \t]*(?:>|->|→|,)")

_NUM_RE = re.compile(
    r"[*_]*(?:\(?(?P<n1>\d{1,3})[.):\]](?!\d)"
    r"|#[ \t]*(?P<n2>\d{1,3})\b[.):]?"
    r"|(?P<n3>\d{1,3})(?i:st|nd|rd|th)\b(?:[ \t]+(?i:place))?[ \t]*[.:)\-–—]?"
    r"|(?i:rank(?:ed)?|no\.?|number)[ \t]*#?[ \t]*(?P<n4>\d{1,3})\b[ \t]*[.:)\-–—]?"
    r")[*_]*[ \t]*"
)
_BULLET_RE = re.compile(r"(?P<b>[-*+•▪◦‣])[ \t]+")
_LEAD_RE = re.compile(
    r"[*_]*(?P<lead>[A-Za-z][A-Za-z0-9'’ \t-]{0,40}?)[*_]*[ \t]*(?::|[ \t][-–—]+[ \t])[*_ \t]*(?P<rest>.+)"
)
_TABLE_SEP_RE = re.compile(r"[ \t|:\-]+")

_ORDINALS = {"first": 1, "best": 1, "top": 1, "winner": 1, "second": 2, "runner-up": 2, "third": 3, "fourth": 4,
             "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_LAST_WORDS = {"worst", "last", "bottom", "weakest"}
_LAST = -1  # a "Worst:" lead: the last position, whatever the number of offered labels

_CHAIN_TOKEN_RE = re.compile(
    r"(?P<label>(?i:response)[ \t]+(?:[A-Z]{1,2}|[a-z])\b)"
    r"|(?P<bare>\b[A-Z]{1,2}\b)"
    r"|(?P<order>-+>|=+>|>+|→|⟶|➔|➜|⇒|≻|,|;|\b(?i:then|followed[ \t]+by|and)\b|(?<![\w.])\d{1,3}[.)])"
    r"|(?P<tie>=|~|≈|/|&|\b(?i:tied?[ \t]+with)\b)"
    r"|(?P<tiemark>\((?i:[ \t]*(?:a[ \t]+)?(?:tie|tied|joint|equal)\b)[^()\n]{0,40}\)|\b(?i:tied|a[ \t]+tie)\b)"
    r"|(?P<skip>[ \t*_`\"'“”‘’\[\]]+|\([^()\n]{0,80}\)|[.!]+[ \t*_`]*$)"
    r"|(?P<junk>.)"
)

_JSON_KEY_RE = re.compile(r'"(?:final[ _]?)?rankings?"\s*:\s*\[', re.IGNORECASE)
_JSON_TRIES = 40  # bounds the work on hostile text full of braces
_PREAMBLE_LINES = 3
_ECHO_LINES = 2  # sentences of the prompt's own text that make a reply an echo
_ECHO_MIN_WORDS = 6
_MARKUP_RE = re.compile(r"[\s*_`#>]+")

Slot = tuple[str, ...]  # the codes ("C", "AB") at one position: one code; () nothing usable; two or more a tie


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
    """The labels a review ranked, best first, and how surely they were read (``status``, ``reason``)."""

    labels: tuple[str, ...]
    status: ParseStatus
    reason: str = ""  # why it is not ok, one sentence for a person; "" when ok


def parse_ranking(text: str, offered: Sequence[str], *, instructions: str = REVIEW_SCAFFOLD) -> ParsedRanking:
    """The reviewer's ranking of ``offered`` labels (best first) and how sure we are of it.

    ``instructions``: the text the app wrote into the review prompt; a reply that repeats it is an echo, not a
    vote. Pass ``""`` to skip that check.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    codes = {lab.split()[-1].upper(): lab for lab in offered if lab.split()}
    if instructions and _echoes(text, instructions):
        return ParsedRanking((), "failed", "The reply repeats the review instructions instead of ranking.")
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    candidates = _candidates(text, lines, offsets)
    if not candidates:
        return ParsedRanking((), "failed", "The reply has no FINAL RANKING section.")
    echoed = False
    for cand in reversed(candidates):
        found = cand.read(lines, offsets, codes)
        if found is None:
            continue
        slots, span = found
        if instructions and _copied_from(text[span[0]:span[1]], instructions):
            echoed = True
            continue
        return _judge(slots, codes, len(offered))
    if echoed:
        return ParsedRanking((), "failed", "The ranking is the example from the instructions.")
    return ParsedRanking((), "failed", "The FINAL RANKING section names no response.")


# --- where rankings are -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    pos: int  # offset in the text, to order candidates
    line: int = -1  # header: its line index; JSON: -1
    rest: str = ""  # header: what follows the header on its line
    end_line: int = 0  # header: the next header's line (the section stops there)
    json_slots: list[Slot] = field(default_factory=list)
    json_end: int = 0

    def read(self, lines: list[str], offsets: list[int],
             codes: Mapping[str, str]) -> tuple[list[Slot], tuple[int, int]] | None:
        """The slots and the text span of this candidate's ranking; None when it names no label at all."""
        if self.line < 0:
            if not any(self.json_slots):
                return None
            return self.json_slots, (self.pos, self.json_end)
        found = _read_section(lines, self.line, self.end_line, self.rest, codes)
        if found is None:
            return None
        slots, last_line = found
        return slots, (offsets[self.line], offsets[last_line + 1])


def _candidates(text: str, lines: list[str], offsets: list[int]) -> list[_Candidate]:
    out: list[_Candidate] = []
    headers: list[_Candidate] = []
    for i, line in enumerate(lines):
        lower = line.lower()
        if "final" in lower and "ranking" in lower:
            rest = _header_rest(line)
            if rest is not None:
                headers.append(_Candidate(pos=offsets[i], line=i, rest=rest))
    for k, header in enumerate(headers):
        header.end_line = headers[k + 1].line if k + 1 < len(headers) else len(lines)
    out.extend(headers)
    out.extend(_json_candidates(text))
    out.sort(key=lambda c: c.pos)
    return out


def _header_rest(line: str) -> str | None:
    """What follows a header on its line ("" for a bare header); None when the line is not a header."""
    m = _HEADER_RE.match(line)
    if m and (m.group("sep") or not m.group("rest").strip()):
        return m.group("rest")
    m = _HEADER_INLINE_RE.search(line)
    if m:
        rest = m.group("rest")
        stripped = _strip_markup(rest)
        label = _LEADING_LABEL_RE.match(stripped)
        if not stripped or (label and _AFTER_LABEL_RE.match(stripped, label.end())) or _LETTER_CHAIN_RE.match(stripped):
            return rest
    return None


def _json_candidates(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    decoder = json.JSONDecoder()
    tries = 0
    for key in islice(_JSON_KEY_RE.finditer(text), _JSON_TRIES):
        start = key.start()
        for _ in range(3):
            start = text.rfind("{", 0, start)
            tries += 1
            if start < 0 or tries > _JSON_TRIES:
                break
            try:
                obj, end = decoder.raw_decode(text, start)
            except (ValueError, RecursionError):
                continue
            if not isinstance(obj, dict) or end <= key.start():
                continue
            value = next((v for k, v in obj.items() if _JSON_KEY_RE.fullmatch(f'"{k}":[')), None)
            if isinstance(value, list):
                out.append(_Candidate(pos=start, json_slots=[_json_slot(v) for v in value], json_end=end))
            break
    return out


def _json_slot(value: object) -> Slot:
    if isinstance(value, str):
        m = _LEADING_LABEL_RE.fullmatch(value.strip()) or _BARE_CODE_RE.fullmatch(value.strip())
        return (_code(m),) if m else ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(c for v in value for c in _json_slot(v))
    return ()


# --- one section --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    style: str  # num / bullet:<char> / lead / table / bare
    pos: int | None  # an explicit position (a list number, "Second:", "Worst:"); None: the next one
    slots: list[Slot]
    line: int


def _read_section(lines: list[str], header: int, end: int, rest: str,
                  codes: Mapping[str, str]) -> tuple[list[Slot], int] | None:
    """The slots of the list under a header and the index of its last line; None when it names no label."""
    items: list[_Item] = []
    indent: int | None = None  # of the list's items; unknown while the only item is on the header's line
    gap = False  # a blank line since the last item
    paused = False  # a numbered list interrupted by a paragraph: only the next number continues it
    preamble = 0
    body_lines = [(header, rest), *((i, lines[i]) for i in range(header + 1, end))]
    for i, raw in body_lines:
        if not raw.strip():
            if items and items[0].style in ("bare", "table"):
                break
            gap = bool(items)
            continue
        depth, body = _measure(raw)
        item = _classify(body, i, codes)
        if not items:
            if item is not None and item.slots != [()]:
                items.append(item)
                indent = depth if i != header else None
                continue
            if item is None or item.style != "tablesep":
                preamble += 1
            if preamble > _PREAMBLE_LINES:
                return None
            continue
        if indent is not None and depth >= indent + 2:
            continue  # a sub-bullet or a continuation line: commentary
        if item is not None and item.style == items[0].style:
            if paused and (item.pos is None or items[-1].pos is None or item.pos != items[-1].pos + 1):
                break
            items.append(item)
            indent = depth if indent is None else indent
            gap = paused = False
        elif item is not None:
            continue  # a line of another list style (a note under an item)
        elif gap and items[0].style == "num":
            paused = True  # "1. Response C", a paragraph about it, then "2. Response A"
        elif gap:
            break  # a paragraph of prose after the list
    if not items or not any(any(s) for it in items for s in it.slots):
        return None
    return _place(items, len(codes)), items[-1].line


def _measure(raw: str) -> tuple[int, str]:
    """Indentation (tabs count 4) and the line without it or blockquote markers."""
    expanded = raw.expandtabs(4)
    body = expanded.lstrip()
    depth = len(expanded) - len(body)
    while body.startswith(">"):
        body = body[1:].lstrip()
    return depth, body.rstrip()


def _classify(body: str, line: int, codes: Mapping[str, str]) -> _Item | None:
    """The list item on this line, or None for prose."""
    if body.startswith("|"):
        if _TABLE_SEP_RE.fullmatch(body):
            return _Item("tablesep", None, [()], line)
        cells = [c.strip() for c in body.strip("|").split("|")]
        for cell in cells:
            slots = _content_slots(cell, codes)
            if slots != [()]:
                return _Item("table", None, slots[:1] if len(slots) == 1 else [_tie(slots)], line)
        return _Item("table", None, [()], line)
    m = _NUM_RE.match(body)
    if m:
        number = int(next(g for g in m.group("n1", "n2", "n3", "n4") if g))
        return _Item("num", number, _content_slots(body[m.end():], codes), line)
    m = _BULLET_RE.match(body)
    if m:
        return _Item(f"bullet:{m.group('b')}", None, _content_slots(body[m.end():], codes), line)
    m = _LEAD_RE.fullmatch(body)
    if m and len(m.group("lead").split()) <= 6 and not _LABEL_RE.search(m.group("lead")):
        rest = m.group("rest")
        if _is_bare_item(rest, codes):
            words = m.group("lead").lower().split()
            pos = _ORDINALS.get(words[0]) if words else None
            if words and words[0] in _LAST_WORDS:
                pos = _LAST
            return _Item("lead", pos, _content_slots(rest, codes), line)
    if _is_bare_item(body, codes):
        return _Item("bare", None, _content_slots(body, codes), line)
    return None


def _is_bare_item(content: str, codes: Mapping[str, str]) -> bool:
    """A label standing alone (maybe with a short note after a separator), or a one-line chain."""
    stripped = _strip_markup(content)
    m = _LEADING_LABEL_RE.match(stripped)
    if m and _AFTER_LABEL_RE.match(stripped, m.end()):
        return True
    return _chain(content, codes) is not None


def _content_slots(content: str, codes: Mapping[str, str]) -> list[Slot]:
    """What one item places: one slot, several for a one-line chain, [()] when it names no label."""
    chain = _chain(content, codes)
    if chain is not None:
        return chain
    stripped = _strip_markup(content)
    m = _LEADING_LABEL_RE.match(stripped)
    found = [_code(m)] if m else []
    if not found:
        b = _BARE_CODE_RE.fullmatch(stripped)
        if b and b.group(1) in codes:
            return [(b.group(1),)]
    found += [_code(x) for x in _LABEL_RE.finditer(content)]
    offered = [c for c in dict.fromkeys(found) if c in codes]
    if offered:
        return [(offered[0],)]
    return [(found[0],)] if found else [()]


def _chain(content: str, codes: Mapping[str, str]) -> list[Slot] | None:
    """Labels joined by separators and nothing else ("C > A > B", "B, C, A", "A = B"); None otherwise."""
    groups: list[list[str]] = []
    sep: str | None = None
    tied = False
    for m in _CHAIN_TOKEN_RE.finditer(content):
        kind = m.lastgroup
        if kind == "junk":
            return None
        if kind == "tiemark":
            tied = True
        elif kind in ("order", "tie"):
            sep = "tie" if kind == "tie" or sep == "tie" else "order"
        elif kind in ("label", "bare"):
            code = m.group().split()[-1].upper()
            if kind == "bare" and code not in codes:
                return None
            if not groups:
                groups.append([code])
            elif sep is None:
                return None  # two labels with nothing between them: not a chain
            elif sep == "tie":
                groups[-1].append(code)
            else:
                groups.append([code])
            sep = None
    if not groups:
        return None
    if tied:  # "Response A and Response B (tie)"
        return [tuple(c for g in groups for c in g)]
    return [tuple(g) for g in groups]


def _strip_markup(s: str) -> str:
    return s.strip().strip("*_`~\"'“”‘’[]").strip()


def _code(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g).upper()


def _tie(slots: list[Slot]) -> Slot:
    return tuple(c for s in slots for c in s)


# --- from items to positions --------------------------------------------------------------------------------


def _place(items: list[_Item], n: int) -> list[Slot]:
    """Turn the items of one list into slots by position: numbers where given, order otherwise.

    ``n``: how many labels were offered, for "Worst:" (the last position only when the rest fills all others).
    """
    expand = len(items) == 1 or items[0].style == "bare"
    positions = [it.pos for it in items]
    if all(p == 1 for p in positions):  # Markdown auto-numbering: "1." on every line
        positions = [None] * len(items)
    if positions[0] == 0:  # a list numbered from 0
        positions = [p + 1 if p is not None and p >= 0 else p for p in positions]
    for k in range(1, len(items)):
        if positions[k] == 1 and 1 in positions[:k]:  # numbering restarts: a second list (or a repetition)
            items, positions = items[:k], positions[:k]
            break
    by_pos: dict[int, list[Slot]] = {}
    current = 0
    last: list[Slot] = []
    for it, p in zip(items, positions, strict=True):
        # Several labels in one item of a list ("2. Response A, Response B") share its position: a tie.
        slots = it.slots if expand or len(it.slots) == 1 else [_tie(it.slots)]
        if p == _LAST:
            last.extend(slots)
            continue
        current = p if p is not None else current + 1
        for k, slot in enumerate(slots):
            by_pos.setdefault(current + k, []).append(slot)
        current += len(slots) - 1
    out: list[Slot] = []
    for k in range(1, max(by_pos, default=0) + 1):
        at = by_pos.get(k, [])
        out.append(at[0] if len(at) == 1 else _tie(at) if all(at) else ())
    if last:
        out += last if len(out) + len(last) == n and len(last) == 1 else [(), *last]
    return out


def _judge(slots: list[Slot], codes: Mapping[str, str], n: int) -> ParsedRanking:
    slots = _unrepeat(slots)
    counts = Counter(c for s in slots for c in s)
    prefix: list[str] = []
    reason = ""
    for slot in slots:
        if len(slot) != 1 or slot[0] not in codes:
            reason = _why(slot, codes)
            break
        if counts[slot[0]] > 1:
            reason = f"{codes[slot[0]]} is placed more than once."
            break
        prefix.append(codes[slot[0]])
    if len(prefix) == n and n:
        return ParsedRanking(tuple(prefix), "ok")
    if not reason:
        reason = f"Ranked {len(prefix)} of {n} responses."
    return ParsedRanking(tuple(prefix), "partial" if prefix else "failed", reason)


def _why(slot: Slot, codes: Mapping[str, str]) -> str:
    if not slot:
        return "A position in the ranking names no offered response."
    if len(slot) > 1:
        return "Tied: " + ", ".join(codes.get(c, f"Response {c}") for c in slot) + "."
    return f"Response {slot[0]} was not among the responses offered."


def _unrepeat(slots: list[Slot]) -> list[Slot]:
    """A list written out two or more times over (a repetition loop) counts once."""
    if len(slots) < 2:
        return slots
    try:
        period = slots.index(slots[0], 1)
    except ValueError:
        return slots
    if period >= 2 and len(slots) >= 2 * period and all(slots[i] == slots[i % period] for i in range(len(slots))):
        return slots[:period]
    return slots


# --- echoes of the prompt -----------------------------------------------------------------------------------


def _normal(s: str) -> str:
    return _MARKUP_RE.sub(" ", s.lower()).strip()


@lru_cache(maxsize=8)
def _fingerprints(instructions: str) -> tuple[tuple[str, ...], str]:
    """The prompt's own sentences long enough to be unmistakable, and the whole prompt, normalized."""
    lines = []
    for line in instructions.split("\n"):
        line = re.sub(r"^\s*(?:\d+[.)]|[-*•])\s*", "", line)
        norm = _normal(line)
        if len(norm.split()) >= _ECHO_MIN_WORDS:
            lines.append(norm)
    return tuple(dict.fromkeys(lines)), _normal(instructions)


def _echoes(text: str, instructions: str) -> bool:
    """The reply repeats at least two of the prompt's own sentences word for word."""
    lines, _ = _fingerprints(instructions)
    norm = _normal(text)
    return sum(1 for line in lines if line in norm) >= _ECHO_LINES


def _copied_from(span: str, instructions: str) -> bool:
    _, whole = _fingerprints(instructions)
    return bool(whole) and _normal(span) in whole


# --- aggregation --------------------------------------------------------------------------------------------


def aggregate(rankings: Iterable[Sequence[str]], members: Sequence[str],
              offered: Sequence[int] | None = None) -> list[AggregateEntry]:
    """Combine rankings (each a list of model names, best first) into one standing for ``members``.

    Borda points: a place p among n offered answers is worth n - p, so a partial ranking (only the top picks)
    still gives its first place full weight; ``offered[i]`` is how many answers ranking i was offered (default:
    as many as it names).

    Order: most Borda points, then the better average rank, then more votes, then the name. ``position`` is the
    place in that order (1, 2, 3…); ``rank`` is shared by ties (equal on all three: "1, 1, 3"). Models nobody
    ranked come last with neither."""
    positions: dict[str, list[int]] = {m: [] for m in members}
    borda: dict[str, int] = dict.fromkeys(members, 0)
    for i, ranking in enumerate(rankings):
        n = max(len(ranking), offered[i]) if offered is not None and i < len(offered) else len(ranking)
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
