"""Export files in every format, picked by the file name: what the command line and the window call.

``export_runs(records, path)`` writes one run, a conversation, a selection or the whole history as Markdown,
JSON (lossless, for import), a self-contained HTML page or a PDF. ``file_dialog_filter()`` is the filter string of
a save dialog and ``path_for_filter`` completes a name typed without a suffix. Markdown and JSON come from
:mod:`council_desktop.storage.export`, HTML from :mod:`council_desktop.export_html`; the PDF module (and with it
Qt) is imported only when a PDF is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

from council_desktop.council.state import RunState
from council_desktop.storage.export import write_text_atomically

__all__ = ["FORMATS", "ExportFormat", "export_format", "export_runs", "file_dialog_filter", "path_for_filter",
           "unknown_format_message"]

ExportFormat = Literal["markdown", "json", "html", "pdf"]


class Format(NamedTuple):
    name: ExportFormat
    label: str  # what a file dialog calls it (English; the window translates it)
    suffixes: tuple[str, ...]  # the first is the one a name without a suffix gets


FORMATS: tuple[Format, ...] = (
    Format("markdown", "Markdown", (".md", ".markdown")),
    Format("html", "Web page", (".html", ".htm")),
    Format("pdf", "PDF", (".pdf",)),
    Format("json", "JSON, for import", (".json",)),
)
_BY_SUFFIX = {suffix: f.name for f in FORMATS for suffix in f.suffixes}


def export_format(path: Path) -> ExportFormat | None:
    """The format a file name asks for (case-insensitive suffix); None for any other name."""
    return _BY_SUFFIX.get(path.suffix.lower())


def unknown_format_message(path: Path) -> str:
    return (f"cannot tell the format of {path.name}: name it .md (Markdown), .json (JSON), .html (web page) or "
            ".pdf (PDF)")


def file_dialog_filter(translate: Callable[[str], str] = str) -> str:
    """``"Markdown (*.md *.markdown);;Web page (*.html *.htm);;…"`` for ``QFileDialog``; ``translate`` is applied
    to each format's label (the window passes its ``tr``)."""
    return ";;".join(f"{translate(f.label)} ({' '.join('*' + s for s in f.suffixes)})" for f in FORMATS)


def path_for_filter(path: Path, selected_filter: str) -> Path:
    """``path`` as typed in a save dialog: kept when its suffix names a format, else given the suffix of the
    chosen filter (the first format when the filter is not one of ours)."""
    if export_format(path) is not None:
        return path
    patterns = selected_filter.rpartition("(")[2].rstrip(")")
    chosen = next((f for f in FORMATS if f"*{f.suffixes[0]}" in patterns.split()), FORMATS[0])
    return path.with_name(path.name + chosen.suffixes[0])


def export_runs(records: RunState | Sequence[RunState], path: Path, *, title: str | None = None) -> ExportFormat:
    """Write one run, or several oldest first (a conversation, a selection, the whole history), to ``path`` in the
    format its suffix names, atomically (a temp file next to it, then a rename). The format written.

    Raises ``ValueError`` for a name whose format is unknown (:func:`unknown_format_message`) or for no runs,
    and ``OSError`` when the file cannot be written.
    """
    fmt = export_format(path)
    if fmt is None:
        raise ValueError(unknown_format_message(path))
    runs = [records] if isinstance(records, RunState) else list(records)
    if not runs:
        raise ValueError("no runs to export")
    # one run is its own document (a JSON export of one run imports as that run); a titled list stays a list
    single = runs[0] if isinstance(records, RunState) or (len(runs) == 1 and title is None) else None
    if fmt == "pdf":
        from council_desktop.export_pdf import write_pdf

        write_pdf(single if single is not None else runs, path, title=title)
        return fmt
    if fmt == "json":
        from council_desktop.storage.export import to_json, to_json_runs

        text = to_json(single) if single is not None else to_json_runs(runs)
    elif fmt == "markdown":
        from council_desktop.storage.export import to_markdown, to_markdown_runs

        text = to_markdown(single) if single is not None else to_markdown_runs(runs, title)
    else:
        from council_desktop.export_html import to_html, to_html_runs

        text = to_html(single) if single is not None else to_html_runs(runs, title)
    _write_text(path, text)
    return fmt


_write_text = write_text_atomically
