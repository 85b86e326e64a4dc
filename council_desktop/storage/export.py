"""Exports of one run: a self-contained Markdown document, or the complete JSON record (lossless import)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Literal

from council_desktop.council.prompts import deanonymize
from council_desktop.council.state import FORMAT_VERSION, READABLE_VERSIONS, MemberState, MemberStatus, RunState
from council_desktop.storage.validate import MAX_IMPORT_BYTES, RecordError, validate_record

__all__ = ["ExportFormatError", "export_format", "from_json", "to_json", "to_markdown", "write_export"]

_STAGE_NAMES = {1: "Answer", 2: "Review", 3: "Synthesis"}


class ExportFormatError(ValueError):
    """A file is not a Council Desktop JSON export; the message says why."""


# -- files ---------------------------------------------------------------------------------------------------

def export_format(path: Path) -> Literal["markdown", "json"] | None:
    """The format a file name asks for: ``.md`` / ``.markdown`` or ``.json``; None for anything else."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".json":
        return "json"
    return None


def write_export(record: RunState | Sequence[RunState], path: Path, *,
                 title: str | None = None) -> Literal["markdown", "json"]:
    """Write one run, or several (a conversation, a selection, the whole history), to ``path`` in the format its
    suffix names, atomically (a temp file, then a rename).

    Raises ``ValueError`` for an unknown suffix and ``OSError`` when the file cannot be written.
    """
    fmt = export_format(path)
    if fmt is None:
        raise ValueError(f"cannot tell the format of {path.name}: name it .md (Markdown) or .json (JSON)")
    if isinstance(record, RunState):
        text = to_json(record) if fmt == "json" else to_markdown(record)
    else:
        text = to_json_runs(record) if fmt == "json" else to_markdown_runs(record, title)
    write_text_atomically(path, text)
    return fmt


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temp file and a rename: a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- JSON ----------------------------------------------------------------------------------------------------

def to_json(record: RunState) -> str:
    """The complete record (:meth:`RunState.to_dict`, with its ``format_version``), pretty-printed."""
    return json.dumps(record.to_dict(), indent=2, ensure_ascii=False) + "\n"


RUNS_KIND = "council-desktop-runs"


def to_json_runs(records: Sequence[RunState]) -> str:
    """Several runs in one file (a conversation, a selection, the whole history), oldest first."""
    return json.dumps({"kind": RUNS_KIND, "format_version": FORMAT_VERSION,
                       "runs": [r.to_dict() for r in records]}, indent=2, ensure_ascii=False) + "\n"


def from_json_any(text: str) -> list[RunState]:
    """One run export or a file of several (:func:`to_json_runs`); every run is checked before any is returned."""
    if len(text) > MAX_IMPORT_BYTES:
        raise ExportFormatError(f"the file is too large to import ({len(text):,} characters; "
                                f"at most {MAX_IMPORT_BYTES:,})")
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return [from_json(text)]  # the single-run reader names the problem
    if not (isinstance(data, dict) and data.get("kind") == RUNS_KIND):
        return [from_json(text)]
    runs = data.get("runs")
    if not isinstance(runs, list) or not runs:
        raise ExportFormatError("the file holds no runs")
    out = []
    for i, run in enumerate(runs):
        try:
            out.append(from_json(json.dumps(run)))
        except ExportFormatError as e:
            raise ExportFormatError(f"runs[{i}]: {e}") from e
    return out


def from_json(text: str) -> RunState:
    """Read a JSON export back; raises :class:`ExportFormatError` naming the first problem when it is not one.

    The whole file is checked against the record format up front (:func:`validate.validate_record`): every known
    field's type, sizes, nesting; strings come back sanitised. Unknown keys are ignored.
    """
    if len(text) > MAX_IMPORT_BYTES:
        raise ExportFormatError(f"the file is too large for a run export ({len(text):,} characters; "
                                f"at most {MAX_IMPORT_BYTES:,})")
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as e:
        raise ExportFormatError(f"not valid JSON ({e.msg} at line {e.lineno}, column {e.colno})") from e
    except RecursionError as e:
        raise ExportFormatError("not a run export: its JSON is nested too deeply") from e
    except ValueError as e:  # e.g. an integer of more than 4,300 digits
        raise ExportFormatError(f"not valid JSON ({e})") from e
    if not isinstance(data, dict):
        raise ExportFormatError(f"a run export is a JSON object, this file holds a {type(data).__name__}")
    if "format_version" not in data:
        raise ExportFormatError("no format_version: this is not a Council Desktop run export")
    version = data["format_version"]
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        shown = version if isinstance(version, int | float | bool) or version is None else "of another kind"
        raise ExportFormatError(f"unsupported format_version {shown!r} (this version of Council "
                                f"Desktop reads {', '.join(map(str, READABLE_VERSIONS))})")
    try:
        clean = validate_record(data)
    except RecordError as e:
        raise ExportFormatError(str(e)) from e
    try:
        return RunState.from_dict(clean)
    except (ValueError, TypeError, KeyError) as e:  # pragma: no cover - validate_record admits only sound records
        raise ExportFormatError(str(e)) from e


# -- Markdown ------------------------------------------------------------------------------------------------

_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def demote_headings(text: str, top: int) -> str:
    """Shift the Markdown headings of ``text`` so that its highest one is at level ``top`` (deeper ones keep their
    distance; level 6 is the floor). Code blocks are left alone. An answer's ``# Title`` then sits under the
    export's own headings instead of breaking its outline."""
    lines = text.split("\n")
    fence: str | None = None
    levels = []
    marks: list[int | None] = []
    for line in lines:
        m = _FENCE.match(line)
        if m:
            if fence is None:
                fence = m.group(1)[0]
            elif m.group(1)[0] == fence:
                fence = None
            marks.append(None)
            continue
        h = None if fence else _HEADING.match(line)
        marks.append(len(h.group(2)) if h else None)
        if h:
            levels.append(len(h.group(2)))
    if not levels or min(levels) >= top:
        return text
    shift = top - min(levels)
    out = []
    for line, level in zip(lines, marks, strict=True):
        if level is not None:
            h = _HEADING.match(line)
            assert h is not None
            line = f"{h.group(1)}{'#' * min(6, level + shift)}{line[h.end():]}"
        out.append(line)
    return "\n".join(out)


def to_markdown_runs(records: Sequence[RunState], title: str | None = None) -> str:
    """Several runs as one document: a conversation reads turn by turn (each run's headings one level down)."""
    if len(records) == 1:
        return to_markdown(records[0])
    thread = len({r.thread_id for r in records}) == 1
    heading = title or (f"Conversation: {records[0].title}" if thread else f"{len(records)} council runs")
    out = [f"# {heading}", ""]
    for i, r in enumerate(records, 1):
        kind = ("follow-up" if r.conversation else "re-run" if r.redo else "question") if thread else "run"
        doc = to_markdown(r)
        first, _, rest = doc.partition("\n")
        out += [f"## {i}. {first.lstrip('# ')} ({kind})", "", demote_headings(rest, 3).strip(), "", "---", ""]
    return "\n".join(out)


def _cell(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S %Z").strip()
    except ValueError:
        return iso


def _secs(ms: int | None) -> str:
    return "—" if ms is None else f"{ms / 1000:.1f} s"


def _cost(cost: float | None) -> str:
    return "—" if cost is None else f"${cost:.8f}".rstrip("0").rstrip(".") if cost else "$0"


def _stopped(run: MemberState, label_map: dict[str, str] | None = None) -> list[str]:
    """A member that did not finish: why, and what it had written (kept, marked partial)."""
    word = {MemberStatus.SKIPPED: "Skipped", MemberStatus.CANCELLED: "Cancelled"}.get(run.status, "Failed")
    out = [f"*{word}: {run.error}*", ""]
    if run.text:
        text = deanonymize(run.text, label_map) if label_map else run.text
        out += [f"*Partial answer — {run.status.value}, {run.token_count} tokens:*", "", demote_headings(text, 4), ""]
    return out


def _link_text(text: str) -> str:
    return _cell(text).replace("[", "\\[").replace("]", "\\]")


def _tokens(run: MemberState) -> str:
    return f"{run.token_count}" + ("" if run.exact_tokens or not run.token_count else " (estimate)")


def _stats(run: MemberState) -> str:
    return f"*{_secs(run.duration_ms)} · {_tokens(run)} tokens · cost {_cost(run.cost)}*"


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines()) or ">"


def to_markdown(record: RunState) -> str:
    """One self-contained document: question, final answer, ranking, every answer and review, costs, errors."""
    r = record
    out: list[str] = [f"# {r.title}", ""]
    out += [
        "| | |", "|---|---|",
        f"| Run | `{r.id}` |",
        f"| Date | {_when(r.created_at)} |",
        f"| Status | {r.status} |",
        f"| Council | {_cell(', '.join(r.members))} |",
        f"| Chairman | {_cell(r.chairman)} |",
        f"| Wall time | {_secs(r.wall_ms)} |",
        f"| Tokens | {r.total_tokens} |",
        f"| Cost | {_cost(r.total_cost)} |",
        "",
    ]
    if r.error:
        out += [f"**Run error:** {r.error}", ""]
    out += ["## Question", "", _quote(r.prompt), ""]

    out += ["## Final answer", ""]
    if r.synthesis is not None:
        s = r.synthesis
        who = {"chairman": f"by the chairman, {s.model}", "fallback_member": f"by {s.model}, standing in for the "
               f"chairman {s.chairman}", "best_answer": f"{s.model}'s own answer (no synthesis could be written)"}
        out += [f"*{who.get(s.source, s.model)} · {_secs(s.duration_ms)} · {s.token_count} tokens · "
                f"cost {_cost(s.cost)}*", ""]
        if s.notice:
            out += [f"> **Note:** {s.notice}", ""]
        out += [demote_headings(s.text, 3), ""]
    else:
        out += ["*No final answer: the run ended before the synthesis.*", ""]

    out += ["## Aggregate ranking", ""]
    if r.aggregate:
        out += ["| # | Model | Average rank | Votes | Borda |", "|---:|---|---:|---:|---:|"]
        for a in r.aggregate:
            avg = "—" if a.average_rank is None else f"{a.average_rank:.2f}"
            out.append(f"| {a.position} | {_cell(a.model)} | {avg} | {a.votes} | {a.borda} |")
        out.append("")
    else:
        out += [f"*{r.stage2_notice or 'No aggregate ranking.'}*", ""]

    out += ["## Answers (stage 1)", ""]
    for run in r.stage1:
        out += [f"### {run.model}", ""]
        if not run.done:
            out += _stopped(run)
            continue
        out += [_stats(run), "", demote_headings(run.text, 4), ""]
        if run.citations:  # web sources it cited: http(s) only (checked where they entered)
            out += ["Sources:", ""] + [f"- [{_link_text(c.title or c.url)}](<{c.url}>)" for c in run.citations] + [""]

    out += ["## Reviews (stage 2)", ""]
    if r.stage2_skipped:
        out += [f"*{r.stage2_notice or 'Peer review was skipped.'}*", ""]
    for run in r.stage2:
        out += [f"### Review by {run.model}", ""]
        review = run.review
        label_map = dict(review.label_map) if review else {}
        if not run.done:
            out += _stopped(run, label_map)
            continue
        out.append(_stats(run))
        out.append("")
        if label_map:
            out.append("Labels: " + "; ".join(f"{label} = {model}" for label, model in label_map.items()))
            out.append("")
        if review and review.ranking_models:
            ranked = ", ".join(f"{i}. {m}" for i, m in enumerate(review.ranking_models, 1))
            out += [f"Parsed ranking ({review.parse_status}): {ranked}", ""]
        elif review and review.parse_status:
            out += [f"Parsed ranking ({review.parse_status}): none", ""]
        out += [demote_headings(deanonymize(run.text, label_map), 4), ""]

    out += ["## Timings, tokens and cost", "",
            "| Stage | Model | Status | Time | Tokens | Cost |", "|---|---|---|---:|---:|---:|"]
    for stage in (1, 2, 3):
        for run in r.stage_runs(stage):
            out.append(f"| {_STAGE_NAMES[stage]} | {_cell(run.model)} | {run.status.value} | "
                       f"{_secs(run.duration_ms)} | {_tokens(run)} | {_cost(run.cost)} |")
    out.append(f"| **Total** | | | {_secs(r.wall_ms)} | {r.total_tokens} | {_cost(r.total_cost)} |")
    out.append("")

    errors = r.errors()
    if errors:
        out += ["## Errors", "", "| Stage | Model | Kind | HTTP status | Message |", "|---|---|---|---:|---|"]
        for run in errors:
            out.append(f"| {run.stage} | {_cell(run.model)} | {run.kind or '—'} | {run.status_code or '—'} | "
                       f"{_cell(run.error or '')} |")
        out.append("")
    if r.notices:
        out += ["## Notices", ""] + [f"- {n}" for n in r.notices] + [""]
    out += ["---", f"*Exported from LLM Council Desktop (format {FORMAT_VERSION}).*", ""]
    return "\n".join(out)
