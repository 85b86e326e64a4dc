"""Under the answer on screen: the web sources it cited (as links, opened only through the safe link opener after
the user confirms), and its provider's note (e.g. that it cannot search the web).

Titles and URLs come from a server: they are escaped into the label's rich text (no tag of theirs survives), and
a click goes to :class:`~council_desktop.ui.safe_text.LinkOpener`, never to the label itself.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from council_desktop.council.state import MemberState
from council_desktop.ui import safe_text

MAX_SHOWN = 12  # sources listed; the tooltip says how many more
TITLE_MAX = 90


def _host(url: str) -> str:
    return QUrl(url).host() or url


def sources_html(m: MemberState) -> str:
    """``Sources: 1. title (host) · 2. …`` as escaped rich text; "" without citations."""
    if not m.citations:
        return ""
    items = []
    for i, c in enumerate(m.citations[:MAX_SHOWN], 1):
        title = c.title.strip() or _host(c.url)
        if len(title) > TITLE_MAX:
            title = title[: TITLE_MAX - 1] + "…"
        items.append(f'{i}. <a href="{html.escape(c.url, quote=True)}">{html.escape(title)}</a>'
                     f" ({html.escape(_host(c.url))})")
    more = len(m.citations) - MAX_SHOWN
    listed = " · ".join(items)
    if more > 0:
        return QCoreApplication.translate("SourcesStrip", "Sources: {sources} · and {more} more").format(
            sources=listed, more=more)
    return QCoreApplication.translate("SourcesStrip", "Sources: {sources}").format(sources=listed)


class SourcesStrip(QWidget):
    """The cited sources and the provider note of one member's answer."""

    def __init__(self, links: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sources"))
        self._links = links
        self.sources = QLabel()
        self.sources.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only (sources_html)
        self.sources.setWordWrap(True)
        self.sources.setOpenExternalLinks(False)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.sources.setAccessibleName(self.tr("Cited sources"))
        self.sources.linkActivated.connect(self._on_sources_link_activated)
        self.note = safe_text.plain(QLabel())
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Provider note"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.sources)
        lay.addWidget(self.note)
        self.member: MemberState | None = None
        self.show_member(None)

    def show_member(self, m: MemberState | None) -> None:
        self.member = m
        text = sources_html(m) if m is not None else ""
        if text != self.sources.text():
            self.sources.setText(text)
        self.sources.setVisible(bool(text))
        if m is not None and m.citations:
            self.sources.setToolTip(safe_text.tooltip("\n".join(c.url for c in m.citations)))
        note = f"ℹ {m.model}: {m.note}" if m is not None and m.note else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setVisible(bool(text or note))

    def urls(self) -> list[str]:
        return [c.url for c in self.member.citations] if self.member is not None else []

    def _on_sources_link_activated(self, link: str) -> None:
        opener = self._links if self._links is not None else safe_text.default_link_opener()
        opener.activate(QUrl(link), self)
