"""A rich-text view for untrusted Markdown: it never loads a resource and never follows a link by itself.

Qt's own ``QTextDocument.loadResource`` reads any local path an image names (``/dev/zero`` until memory runs
out, a FIFO forever); ``QTextBrowser`` navigates to ``file:`` links and hands other schemes to the OS. Here every
resource is refused in the document *and* the browser, navigation is a no-op, and a click goes to a
:class:`~council_desktop.ui.safe_text.LinkOpener`.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Generator, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
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
    QTextDocumentFragment,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip

from council_desktop.ui import safe_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.text_budget import GRID_LANGUAGE

log = logging.getLogger(__name__)

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
IMAGE_RESOURCE = int(QTextDocument.ResourceType.ImageResource.value)
_placeholder: QImage | None = None
COPY_SCHEME = "council-copy"  # links of a code block's "Copy" line: council-copy:<document token>/<block>
COPY_WORD = QT_TRANSLATE_NOOP("SafeTextBrowser", "Copy")  # translated where the line is written


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
    """A document that loads nothing: images, style sheets and pages it names are refused.

    ``code_blocks`` holds the text of each code block, for its "Copy" link (``copy_href``); the token in the link
    is this document's own, so a link written in the answer itself cannot pose as one.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.code_blocks: list[str] = []
        self.token = secrets.token_hex(8)

    def copy_href(self, n: int) -> str:
        return f"{COPY_SCHEME}:{self.token}/{n}"

    def code_for(self, url: QUrl) -> str | None:
        """The code block a "Copy" link of this document names (None for any other link)."""
        if url.scheme() != COPY_SCHEME:
            return None
        token, _slash, n = url.path().partition("/")
        if token != self.token or not n.isdigit() or int(n) >= len(self.code_blocks):
            return None
        return self.code_blocks[int(n)]

    def loadResource(self, type: Any, name: QUrl | str) -> Any:
        log.debug("refused to load a resource (%d)", int(type))
        return refused_resource(type)


def build_markdown_document(text: str, *, font: QFont, palette: QPalette, parent: Any = None,
                            copy_links: bool = True) -> SafeTextDocument:
    """``text`` as a formatted document, not attached to a view (Qt lays out nothing yet).

    Raw HTML is shown as text. Images become ``[image: alt]`` links to their address (nothing is fetched; a click
    goes through the link policy). Code gets a fixed-pitch font on a palette-tinted background; its lines wrap
    (one long line never scrolls the whole answer sideways), and each block opens with a "Copy" link
    (``copy_links``) that copies exactly its code.
    """
    steps = markdown_document_steps(text, font=font, palette=palette, parent=parent, copy_links=copy_links)
    for doc in steps:
        if doc is not None:
            return doc
    raise AssertionError("markdown_document_steps ended without a document")


def markdown_document_steps(text: str, *, font: QFont, palette: QPalette, parent: Any = None,
                            copy_links: bool = True, width: float | None = None,
                            ) -> Generator[SafeTextDocument | None, None, None]:
    """:func:`build_markdown_document` in slices of a few milliseconds each, however long the answer: parse (a part
    of the text at a time), format, and (given the view's ``width``) lay out. Yields ``None`` between slices and the
    document last; a caller runs one slice per event-loop turn, so no turn holds the window for long."""
    doc = SafeTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    option = QTextOption(doc.defaultTextOption())
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    parts = markdown_parts(text)
    doc.setMarkdown(parts[0], MARKDOWN)
    for part in parts[1:]:
        yield None
        _append_markdown(doc, part)
    yield None
    yield from _finish_steps(doc, palette, copy_links=copy_links)
    if width is not None and width > 0:
        yield None
        # The layout a view would do when the document is shown, done now at the view's width: showing it then
        # costs little more than the paint.
        doc.setTextWidth(width)
        layout = doc.documentLayout()  # made now: it lays out the first part of the text
        yield None
        yield from layout_steps(doc)
        layout.documentSize()
    yield doc


def layout_steps(doc: QTextDocument) -> Iterator[None]:
    """Lay ``doc`` out to its end a slice at a time (yielding between slices): asking for a block's rectangle lays
    the document out down to that block, no further, and on from where it stopped."""
    layout = doc.documentLayout()
    last = doc.blockCount() - 1
    number = 0
    while number < last:
        deadline = time.perf_counter() + SLICE_S
        while number < last and time.perf_counter() < deadline:
            number = min(last, number + LAYOUT_STRIDE)
            layout.blockBoundingRect(doc.findBlockByNumber(number))
        if number < last:
            yield None


#: How long after :meth:`SafeTextBrowser.replace_document` the view paints again (room for another turn's work).
PAINT_LATER_MS = 12
#: How long one slice of a Markdown build may work before it lets the event loop run.
SLICE_S = 0.005
#: Blocks laid out between two looks at the clock.
LAYOUT_STRIDE = 20
#: The size of the parts a long text is parsed in (characters; each part ends at a blank line).
PART_CHARS = 4000
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:", re.MULTILINE)


def markdown_parts(text: str, size: int = PART_CHARS) -> list[str]:
    """``text`` cut into parts of about ``size`` characters that parse, one after the other, into the same
    document as the whole: cuts only at a blank line outside a code fence, before a line that starts a new block of
    its own (not indented, not a list item, a quote or a table row). A text with link reference definitions (which
    may be used before they are defined) stays whole."""
    if len(text) <= size or _REFERENCE.search(text):
        return [text]
    parts: list[str] = []
    lines = text.split("\n")
    start = 0
    length = 0
    fence: str | None = None  # the fence that opened the code block we are in
    for i, line in enumerate(lines):
        length += len(line) + 1
        m = _FENCE.match(line)
        if m is not None:
            mark = m.group(1)
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence) and not line[m.end():].strip():
                fence = None
        if length < size or fence is not None or line.strip() or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1]
        if not nxt.strip() or nxt[0].isspace() or nxt[0] in "-*+|>0123456789":
            continue
        parts.append("\n".join(lines[start:i + 1]))
        start, length = i + 1, 0
    parts.append("\n".join(lines[start:]))
    return parts


def _append_markdown(doc: QTextDocument, part: str) -> None:
    """Parse ``part`` at the end of ``doc`` as a block of its own, as if it had been parsed with what is there."""
    piece = QTextDocument()
    piece.setMarkdown(part, MARKDOWN)
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    at = cursor.position()
    cursor.insertFragment(QTextDocumentFragment(piece))
    # The part's first block went into the block made for it, which kept its own formats: give it the part's. (The
    # Markdown reader gives a heading's block the heading's character format, but not the first block of a text.)
    first = piece.begin()
    fix = QTextCursor(doc.findBlock(at))
    fix.setBlockFormat(first.blockFormat())
    it = first.begin()
    heading = first.blockFormat().headingLevel() and not it.atEnd()
    fix.setBlockCharFormat(it.fragment().charFormat() if heading else first.charFormat())


def _is_code(fmt: QTextFormat) -> bool:
    return fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or fmt.hasProperty(
        QTextFormat.Property.BlockCodeLanguage)


def _finish_steps(doc: SafeTextDocument, palette: QPalette, *, copy_links: bool = True) -> Iterator[None]:
    """Code blocks in a fixed font on their own background, with a Copy line; images as links. Yields when a
    slice's time is up (the positions read stay valid: nothing else changes the detached document meanwhile)."""
    deadline = time.perf_counter() + SLICE_S
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    bg = palette.color(QPalette.ColorRole.AlternateBase)
    images: list[tuple[int, str, str]] = []
    code_starts: list[tuple[int, str]] = []  # (position of a code block's first line, its language)
    code: list[str] | None = None  # the lines of the code block being read
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        if time.perf_counter() > deadline:
            yield None
            deadline = time.perf_counter() + SLICE_S
        fmt = block.blockFormat()
        if _is_code(fmt):
            language = str(fmt.property(QTextFormat.Property.BlockCodeLanguage) or "")
            if code is None:
                code = []
                code_starts.append((block.position(), language))
            code.append(block.text())
            cursor.setPosition(block.position())
            fmt.setBackground(bg)
            fmt.setLeftMargin(max(fmt.leftMargin(), 6))
            fmt.setNonBreakableLines(language == GRID_LANGUAGE)  # a text grid keeps its columns; code wraps
            cursor.setBlockFormat(fmt)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cf = QTextCharFormat()
            cf.setFontFamilies([fixed.family()])
            cf.setFontFixedPitch(True)
            cursor.mergeCharFormat(cf)
            nxt = block.next()
            if not (nxt.isValid() and _is_code(nxt.blockFormat())):
                doc.code_blocks.append("\n".join(code))
                code = None
            block = nxt
            continue
        code = None
        if "\ufffc" in block.text():
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
    # Every change is made from the end of the document backwards, so the positions read above stay valid.
    changes: list[tuple[int, int, Any]] = [(pos, 0, (name, alt)) for pos, name, alt in images]
    if copy_links:
        changes += [(pos, 1, (n, language)) for n, (pos, language) in enumerate(code_starts)
                    if language != GRID_LANGUAGE]
    cursor.beginEditBlock()  # one change notification for all of them, not one each
    for pos, what, arg in sorted(changes, reverse=True):
        if what == 0:
            name, alt = arg
            cursor.setPosition(pos)
            cursor.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
            cf = QTextCharFormat()
            cf.setAnchor(True)
            cf.setAnchorHref(name)
            cf.setForeground(link)
            cursor.insertText(QCoreApplication.translate("SafeTextBrowser", "[image: {alt}]").format(
                alt=safe_text.elide(alt or name, 120)), cf)
        else:
            _add_copy_line(doc, cursor, pos, *arg, palette)
    cursor.endEditBlock()


def _add_copy_line(doc: SafeTextDocument, cursor: QTextCursor, pos: int, index: int, language: str,
                   palette: QPalette) -> None:
    """A line above a code block: its language, and a "Copy" link that copies the block (see
    :meth:`SafeTextDocument.code_for`)."""
    cursor.setPosition(pos)
    block_fmt = cursor.blockFormat()
    head = QTextCharFormat()
    head.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)  # "small", relative: it follows the zoom
    head.setForeground(palette.brush(QPalette.ColorRole.PlaceholderText))
    cursor.insertBlock(block_fmt, head)  # the code's first line moves down; the empty block before it is ours
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    plain_fmt = QTextFormat(block_fmt).toBlockFormat()
    plain_fmt.clearProperty(QTextFormat.Property.BlockCodeFence)
    plain_fmt.clearProperty(QTextFormat.Property.BlockCodeLanguage)
    plain_fmt.clearBackground()
    cursor.setBlockFormat(plain_fmt)
    if language:
        cursor.insertText(f"{language}  ", head)
    link = QTextCharFormat(head)
    link.setAnchor(True)
    link.setAnchorHref(doc.copy_href(index))
    link.setForeground(palette.brush(QPalette.ColorRole.Link))
    link.setToolTip(QCoreApplication.translate("SafeTextBrowser", "Copy this code"))
    cursor.insertText(QCoreApplication.translate("SafeTextBrowser", COPY_WORD), link)


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that loads no resource, never navigates, and asks before a link leaves the app.

    ``links``: the :class:`~council_desktop.ui.safe_text.LinkOpener` for clicks (default: the app-wide one).

    Signals:
        code_copied(str): a code block's "Copy" link was used; its code is on the clipboard.
    """

    code_copied = Signal(str)

    def __init__(self, parent: Any = None, *, links: Any = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long word never scrolls sideways
        self.setDocument(SafeTextDocument(self))
        self.links = links
        self.anchorClicked.connect(self._on_anchor_clicked)
        # A new document is painted one loop turn after it is put in: taking it (Qt lays out what the view shows)
        # and its first paint are each several milliseconds for a long answer, and together made one long stall.
        self._paint_later = QTimer(self)
        self._paint_later.setSingleShot(True)
        self._paint_later.setInterval(PAINT_LATER_MS)
        self._paint_later.timeout.connect(self.reveal)

    def loadResource(self, type: Any, name: QUrl | str) -> Any:
        return refused_resource(type)

    def doSetSource(self, name: QUrl | str, type: Any = None) -> None:
        log.debug("refused to navigate the answer view")

    def replace_document(self, doc: QTextDocument) -> None:
        """Show ``doc``, dropping the previous document if this view owned it; painted from the next turn on."""
        self.take_document(doc)
        if self.isVisible():
            self._paint_later.start()

    def take_document(self, doc: QTextDocument) -> None:
        """Put ``doc`` in, dropping the previous document if this view owned it. What is on screen stays there
        until :meth:`reveal` (the view lays the new text out first, a part at a time: :func:`layout_steps`)."""
        old = self.document()
        bar = self.verticalScrollBar()
        policy = self.verticalScrollBarPolicy()
        taller = (doc.textWidth() > 0 and not bar.isVisible() and policy == Qt.ScrollBarPolicy.ScrollBarAsNeeded
                  and doc.size().height() > self.viewport().height())  # known without work when laid out already
        if self.isVisible():
            self._paint_later.stop()
            self.viewport().setUpdatesEnabled(False)
        if taller:  # the scroll bar takes its room first: the text is laid out once, at its final width
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setDocument(doc)
        if taller:
            self.setVerticalScrollBarPolicy(policy)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if old is not doc and old.parent() is self:
            old.deleteLater()

    def reveal(self) -> None:
        """Paint the view again (after :meth:`take_document`)."""
        self._paint_later.stop()
        self.viewport().setUpdatesEnabled(True)

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
        doc = self.document()
        code = doc.code_for(url) if isinstance(doc, SafeTextDocument) else None
        if code is not None:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(code)
            self.code_copied.emit(code)
            return
        opener = self.links if self.links is not None else safe_text.default_link_opener()
        opener.activate(url, self)
