"""PDF exports with Qt's own ``QPdfWriter`` and ``QTextDocument``: nothing else to install.

The document is the HTML export's body (:mod:`council_desktop.export_html`, ``target="qt"``: the same escaped,
link-filtered content with a style sheet Qt's rich-text engine understands), laid out on A4 with page numbers. It
loads no resource: ``loadResource`` is refused for every image, style sheet or page the HTML could name (the export
names none; this is the second lock).

Qt is imported when a PDF is written, not when this module is imported, so the command line stays light. Without
a ``QGuiApplication`` (the command line) one is made on Qt's ``offscreen`` platform: no display is needed.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from council_desktop import __version__
from council_desktop.council.state import RunState

__all__ = ["to_pdf", "write_pdf"]

log = logging.getLogger(__name__)

_app: Any = None  # the QGuiApplication this module made, kept alive for the process


def _ensure_gui_app() -> None:
    from PySide6.QtGui import QGuiApplication

    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["council-desktop", "-platform", "offscreen"])


def _document(html: str) -> Any:
    from PySide6.QtGui import QColor, QImage, QTextDocument

    image_resource = int(QTextDocument.ResourceType.ImageResource.value)

    class NoResourceDocument(QTextDocument):
        def loadResource(self, type: Any, name: Any) -> Any:
            log.debug("refused to load a resource (%d) into a PDF export", int(type))
            if int(type) != image_resource:
                return ""
            # an image must be answered with an image: for a null one Qt's image handler reads the file itself
            img = QImage(1, 1, QImage.Format.Format_ARGB32)
            img.fill(QColor(0, 0, 0, 0))
            return img

    doc = NoResourceDocument()
    doc.setUndoRedoEnabled(False)
    doc.setHtml(html)
    return doc


def to_pdf(records: RunState | Sequence[RunState], path: Path, *, title: str | None = None) -> int:
    """Lay ``records`` out as A4 pages into ``path`` (written in place); the number of pages."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from council_desktop.export_html import to_html, to_html_runs

    _ensure_gui_app()
    if isinstance(records, RunState):
        html, doc_title = to_html(records, target="qt"), records.title
    else:
        html = to_html_runs(records, title, target="qt")
        doc_title = title or (records[0].title if len(records) == 1 else f"{len(records)} council runs")
    writer = QPdfWriter(str(path))
    writer.setTitle(doc_title)
    writer.setCreator(f"LLM Council Desktop {__version__}")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    doc = _document(html)
    doc.print_(writer)  # paginates a copy of the document and numbers the pages
    del writer  # the file is complete once the writer is gone
    return _page_count(path)


def _page_count(path: Path) -> int:
    """Pages in a PDF Qt wrote: its page tree's /Count (Qt writes one, uncompressed)."""
    import re

    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", path.read_bytes())]
    return max(counts, default=0)


def write_pdf(records: RunState | Sequence[RunState], path: Path, *, title: str | None = None) -> int:
    """Like :func:`to_pdf`, atomically: a temp file next to ``path``, renamed when complete. Raises ``OSError``
    when the file cannot be written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pages = to_pdf(records, Path(tmp), title=title)
        if os.path.getsize(tmp) == 0:
            raise OSError(f"Qt wrote no PDF to {path.parent}")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return pages
