"""A rich-text view for untrusted Markdown: it never loads a resource and never follows a link by itself.

Qt's own ``QTextDocument.loadResource`` reads any local path an image names (``/dev/zero`` until memory runs
out, a FIFO forever); ``QTextBrowser`` navigates to ``file:`` links and hands other schemes to the OS. Here every
resource is refused in the document *and* the browser, navigation is a no-op, and a click goes to a
:class:`~council_desktop.ui.safe_text.LinkOpener`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QImage,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip

from council_desktop.ui import safe_text

log = logging.getLogger(__name__)

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
IMAGE_RESOURCE = int(QTextDocument.ResourceType.ImageResource.value)
_placeholder: QImage | None = None


def refused_resource(kind: Any) -> Any:
    """What a refused resource loads as: a small framed box for an image, empty text for anything else."""
    global _placeholder
    if int(kind) != IMAGE_RESOURCE:
        return ""
    if _placeholder is None:
        img = QImage(16, 16, QImage.Format.Format_ARGB32)
        img.fill(QColor(0, 0, 0, 0))
        p = QPainter(img)
        p.setPen(QColor(128, 128, 128))
        p.drawRect(0, 0, 15, 15)
        p.drawLine(0, 0, 15, 15)
        p.end()
        _placeholder = img
    return _placeholder


class SafeTextDocument(QTextDocument):
    """A document that loads nothing: images, style sheets and pages it names are refused."""

    def loadResource(self, type: Any, name: QUrl | str) -> Any:
        log.debug("refused to load a resource (%d)", int(type))
        return refused_resource(type)


def build_markdown_document(text: str, *, font: QFont, palette: QPalette, parent: Any = None) -> SafeTextDocument:
    """``text`` as a formatted document, not attached to a view (Qt lays out nothing yet).

    Raw HTML is shown as text. Images become ``[image: alt]`` links to their address (nothing is fetched; a click
    goes through the link policy). Fenced code gets a fixed-pitch font on a palette-tinted background.
    """
    doc = SafeTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    doc.setMarkdown(text, MARKDOWN)
    _finish(doc, palette)
    return doc


def _finish(doc: QTextDocument, palette: QPalette) -> None:
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    bg = palette.color(QPalette.ColorRole.AlternateBase)
    images: list[tuple[int, str, str]] = []
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
            cursor.setPosition(block.position())
            fmt.setBackground(bg)
            fmt.setLeftMargin(max(fmt.leftMargin(), 6))
            cursor.setBlockFormat(fmt)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cf = QTextCharFormat()
            cf.setFontFamilies([fixed.family()])
            cf.setFontFixedPitch(True)
            cursor.mergeCharFormat(cf)
        elif "\ufffc" in block.text():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                cf = frag.charFormat()
                if cf.isImageFormat():
                    img = cf.toImageFormat()
                    alt = str(img.property(QTextFormat.Property.ImageAltText) or "")
                    images.extend((frag.position() + k, img.name(), alt) for k in range(frag.length()))
                it += 1
        block = block.next()
    link = palette.brush(QPalette.ColorRole.Link)
    cursor.beginEditBlock()  # one change notification for all the images, not one each
    for pos, name, alt in reversed(images):
        cursor.setPosition(pos)
        cursor.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
        cf = QTextCharFormat()
        cf.setAnchor(True)
        cf.setAnchorHref(name)
        cf.setForeground(link)
        cursor.insertText(f"[image: {safe_text.elide(alt or name, 120)}]", cf)
    cursor.endEditBlock()


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that loads no resource, never navigates, and asks before a link leaves the app.

    ``links``: the :class:`~council_desktop.ui.safe_text.LinkOpener` for clicks (default: the app-wide one).
    """

    def __init__(self, parent: Any = None, *, links: Any = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setDocument(SafeTextDocument(self))
        self.links = links
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, type: Any, name: QUrl | str) -> Any:
        return refused_resource(type)

    def doSetSource(self, name: QUrl | str, type: Any = None) -> None:
        log.debug("refused to navigate the answer view")

    def replace_document(self, doc: QTextDocument) -> None:
        """Show ``doc``, dropping the previous document if this view owned it."""
        old = self.document()
        self.setDocument(doc)
        if old is not doc and old.parent() is self:
            old.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:
        # A Markdown link title becomes a tooltip, and Qt shows tooltips as rich text when they look like HTML.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.cursorForPosition(event.pos()).charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), safe_text.tooltip(tip), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        opener = self.links if self.links is not None else safe_text.default_link_opener()
        opener.activate(url, self)
