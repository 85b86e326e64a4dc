"""How much Markdown the window formats, decided by a cheap scan of the text before Qt sees it.

Qt formats Markdown on the GUI thread in one step that cannot be interrupted, and some shapes are slow far out of
proportion to their size (measured with ``benchmarks/bench_render.py``): a table costs about 0.25 ms per cell to lay
out, one long line or paragraph about 1 ms per 1,000 characters, a line opening thousands of nested lists tens of
ms per 1,000. :func:`plan` keeps a formatted answer within roughly 100 ms on a slow machine: tables past the cell
budget are shown as aligned text grids (code blocks, which lay out cheaply), and an answer past the other limits is
shown as plain text, with the reason. :func:`soft_wrap` cuts very long lines for the plain-text view.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

MAX_CHARS = 100_000  # the whole answer
MAX_LINE = 20_000  # one line: code lines are never wrapped, and Qt lays a block out at once
MAX_PARAGRAPH = 50_000  # consecutive plain lines form one paragraph block
MAX_DEPTH = 32  # quotes and list items opened on one line
MAX_TABLE_CELLS = 250  # cells laid out as real tables, over the whole answer
MAX_IMAGES = 200  # each image becomes a link (none is ever loaded): ~0.1 ms of Python apiece
GRID_CELL_WIDTH = 60  # a text-grid column is padded to at most this width
PLAIN_LINE = 2_000  # the plain-text view starts a new line past this many characters
GRID_LANGUAGE = "text-grid"  # the info string of a table shown as a text grid (its lines are never wrapped)

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_CONTAINER = re.compile(r"(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+")
_CONTAINER_FIRST = frozenset(" \t>-+*0123456789")
_MARKER = re.compile(r">|[-+*]|\d{1,9}[.)]")
_DELIMITER = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_BACKTICKS = re.compile(r"`+")


# Why an answer is not formatted: the kind, as words with ``{n}`` (a count) or ``{size}`` (a length), marked for
# the answer pane that shows them (context "MarkdownPane").
REASONS = {
    "size": "{size}",
    "images": QT_TRANSLATE_NOOP("MarkdownPane", "{n} images"),
    "line": QT_TRANSLATE_NOOP("MarkdownPane", "a line of {size}"),
    "nested": QT_TRANSLATE_NOOP("MarkdownPane", "lists or quotes nested {n} deep on one line"),
    "paragraph": QT_TRANSLATE_NOOP("MarkdownPane", "a paragraph of {size}"),
    "cells": QT_TRANSLATE_NOOP("MarkdownPane", "tables with more than {n} cells"),
}
MEGABYTES = QT_TRANSLATE_NOOP("MarkdownPane", "{mb} MB")
CHARACTERS = QT_TRANSLATE_NOOP("MarkdownPane", "{n} characters")


@dataclass(frozen=True)
class Plan:
    """What to show: ``markdown`` to format (large tables already turned into text grids), or None and why not
    (``why``, a key of :data:`REASONS`, and its ``count``)."""

    markdown: str | None
    why: str = ""
    count: int = 0
    grids: int = 0  # tables shown as text grids

    @property
    def reason(self) -> str:
        """Why the text is not formatted, in English words ("" when it is)."""
        return describe(self)


def describe(plan: Plan, translate: Callable[[str], str] = str) -> str:
    """``plan``'s reason, each of its words passed through ``translate`` (the window's language); "" when it is
    formatted."""
    if not plan.why:
        return ""
    n = plan.count
    size = translate(MEGABYTES).format(mb=f"{n / 1_000_000:.1f}") if n >= 1_000_000 else translate(
        CHARACTERS).format(n=f"{n:,}")
    return translate(REASONS[plan.why]).format(n=f"{n:,}", size=size)


def _cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") and not s.endswith("\\|") else s
    return [c.strip() for c in _CELL_SPLIT.split(s)]


def _inner(line: str) -> str:
    """``line`` without the quote and list markers it starts with."""
    m = _CONTAINER.match(line)
    return (line[m.end():] if m else line).strip()


def text_grid(lines: list[str]) -> list[str]:
    """A Markdown table (header, delimiter, rows) as a fenced block of aligned columns."""
    rows = [_cells(ln) for i, ln in enumerate(lines) if i != 1]
    ncols = max(len(r) for r in rows)
    widths = [min(GRID_CELL_WIDTH, max((len(r[c]) for r in rows if c < len(r)), default=0)) for c in range(ncols)]
    out = []
    for i, r in enumerate(rows):
        out.append("  ".join((r[c] if c < len(r) else "").ljust(widths[c]) for c in range(ncols)).rstrip())
        if i == 0:
            out.append("  ".join("-" * max(1, w) for w in widths))
    longest = max((len(m) for ln in out for m in _BACKTICKS.findall(ln)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence + GRID_LANGUAGE, *out, fence]


def plan(text: str) -> Plan:
    """Decide how ``text`` is shown; linear in its length, and O(1) past ``MAX_CHARS``."""
    if len(text) > MAX_CHARS:
        return Plan(None, "size", len(text))
    images = text.count("![")
    if images > MAX_IMAGES:
        return Plan(None, "images", images)
    lines = text.split("\n")
    longest = max(map(len, lines))
    if longest > MAX_LINE:
        return Plan(None, "line", longest)
    grids: list[tuple[int, int]] = []  # (first, end) line ranges of tables to show as text grids
    fence = ""  # the open code fence, or ""
    para = cells_kept = 0
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        i += 1
        first = line[:1]
        if first in " `~":
            m = _FENCE.match(line)
            if m and (not fence or (m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)
                                    and not line[m.end():].strip())):
                fence, para = ("" if fence else m.group(1)), 0
                continue
        if fence:
            continue
        if not line or line.isspace():
            para = 0
            continue
        prefix = _CONTAINER.match(line) if first in _CONTAINER_FIRST else None
        depth = len(_MARKER.findall(prefix.group(0))) if prefix else 0
        if depth > MAX_DEPTH:
            return Plan(None, "nested", depth)
        para = len(line) if depth or first == "#" else para + len(line)
        if para > MAX_PARAGRAPH:
            return Plan(None, "paragraph", para)
        if "|" not in line or i >= n:
            continue
        # A table: a header row with a pipe, then a delimiter row with as many cells (in a list or quote too).
        delim = _inner(lines[i])
        if not _DELIMITER.fullmatch(delim) or len(_cells(delim)) != len(_cells(_inner(line))):
            continue
        end = i + 1
        while end < n and "|" in lines[end] and _inner(lines[end]):
            end += 1
        ncells = (end - i) * len(_cells(delim))
        if cells_kept + ncells <= MAX_TABLE_CELLS:
            cells_kept += ncells
        elif not prefix and first != " ":
            grids.append((i - 1, end))
        else:  # inside a list or quote: no safe way to rewrite it
            return Plan(None, "cells", MAX_TABLE_CELLS)
        para, i = 0, end
    if not grids:
        return Plan(text)
    out: list[str] = []
    done = 0
    for a, b in grids:
        out += lines[done:a]
        out += text_grid(lines[a:b])
        done = b
    out += lines[done:]
    return Plan("\n".join(out), grids=len(grids))


def soft_wrap(chunk: str, col: int, width: int = PLAIN_LINE) -> tuple[str, int]:
    """``chunk`` with a line break wherever a line would pass ``width`` (at a space near the end when there is
    one), given that the text before it ends with a line of ``col`` characters; returns the text and the new col."""
    out: list[str] = []
    for n, seg in enumerate(chunk.split("\n")):
        if n:
            out.append("\n")
            col = 0
        while col + len(seg) > width:
            room = width - col
            cut = seg.rfind(" ", max(room // 2, room - 200), room) + 1
            cut = cut if cut > 0 else room
            out.append(seg[:cut])
            out.append("\n")
            seg = seg[cut:]
            col = 0
        out.append(seg)
        col += len(seg)
    return "".join(out), col
