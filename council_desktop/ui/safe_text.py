"""Showing untrusted text (answers, server errors, model ids, imported titles) where Qt might read it as HTML.

``QLabel``, tooltips and ``QMessageBox`` guess: text with an HTML tag on its first line is rendered as rich text,
and rich text loads the images it names — from a local path, a device or a FIFO. So every label that can show
server text is :func:`plain`, every tooltip goes through :func:`tooltip`, every message box through
:func:`message_box`, and a link from an answer is judged by :func:`judge_link` before anything opens it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

WEB_SCHEMES = ("http", "https")
MAIL_QUERY_KEEP = ("subject", "body")  # mailto: ?attach=/path makes some mail programs attach a local file
SHOWN_URL_MAX = 600  # characters of a URL shown in a dialog's main text (the rest in its details)


def plain(label: QLabel) -> QLabel:
    """``label``, set to show its text literally (never as HTML)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """A tooltip string that shows ``text`` literally: escaped inside rich text (a tooltip has no format switch)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, *,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton | None = None, details: str = "") -> QMessageBox:
    """A message box whose text is shown literally (the static helpers guess, and guess rich for ``<img …>``)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)  # always plain
    if default is not None:
        box.setDefaultButton(default)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """``QMessageBox.warning`` with literal text."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """``QMessageBox.question`` (Yes / Cancel, Cancel by default) with literal text; True for Yes."""
    yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
    return message_box(parent, QMessageBox.Icon.Question, title, text, buttons=yes | cancel,
                       default=cancel).exec() == yes


def elide(text: str, limit: int = SHOWN_URL_MAX) -> str:
    """``text`` cut in the middle to ``limit`` characters."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return text[:half] + "…" + text[-half:]


@dataclass(frozen=True)
class LinkVerdict:
    """What clicking a link in an answer does: open ``url`` (after confirmation) or refuse, saying ``reason``."""

    url: QUrl | None  # what would be opened (mailto: stripped of unsafe fields), or None: refused
    shown: str  # the target as the user must see it: fully encoded (punycode host, escaped characters)
    host: str = ""
    reason: str = ""


def judge_link(url: QUrl) -> LinkVerdict:
    """Only web (http, https, with a host) and mail (mailto) links may leave the app; everything else is refused
    (``reason`` says why, in the window's language)."""
    shown = url.toString(QUrl.ComponentFormattingOption.FullyEncoded) or url.toString()
    scheme = url.scheme().lower()
    if not url.isValid() or not scheme:
        return LinkVerdict(None, shown,
                           reason=QCoreApplication.translate("LinkOpener", "it is not a complete web address"))
    if scheme in WEB_SCHEMES:
        host = url.host(QUrl.ComponentFormattingOption.FullyEncoded)
        if not host:
            return LinkVerdict(None, shown,
                               reason=QCoreApplication.translate("LinkOpener", "the web address has no host"))
        return LinkVerdict(QUrl(url), shown, host=host)
    if scheme == "mailto":
        safe = QUrl(url)
        # None is a null string to Qt: no query, no fragment (PySide's stubs do not say so; its adjusted() fails).
        safe.setQuery(None)  # type: ignore[call-overload]
        safe.setFragment(None)  # type: ignore[arg-type]
        kept = QUrlQuery()
        for key, value in QUrlQuery(url).queryItems(QUrl.ComponentFormattingOption.FullyDecoded):
            if key.lower() in MAIL_QUERY_KEEP:
                kept.addQueryItem(key, value)
        if not kept.isEmpty():
            safe.setQuery(kept)
        return LinkVerdict(safe, safe.toString(QUrl.ComponentFormattingOption.FullyEncoded), host=safe.path())
    return LinkVerdict(None, shown, reason=QCoreApplication.translate(
        "LinkOpener", "“{scheme}:” links can open files or run programs on this computer").format(scheme=scheme))


class LinkOpener:
    """Confirms and opens an answer's link in the user's browser or mail program, or says why it will not.

    Tests hand in a subclass (or any object with ``activate``) so that nothing opens for real.
    """

    def activate(self, url: QUrl, parent: QWidget | None = None) -> bool:
        """Judge, confirm and open ``url``; True when it was handed to the system."""
        verdict = judge_link(url)
        if verdict.url is None:
            self.refuse(verdict, parent)
            return False
        if not self.confirm(verdict, parent):
            return False
        self.open(verdict.url)
        return True

    def confirm(self, verdict: LinkVerdict, parent: QWidget | None) -> bool:
        mail = verdict.url is not None and verdict.url.scheme().lower() == "mailto"
        if mail:
            text = QCoreApplication.translate("LinkOpener", "Write an email with your mail program?\n\nTo: {host}"
                                                            "\n\n{url}")
        else:
            text = QCoreApplication.translate("LinkOpener", "Open this link in your web browser?\n\nSite: {host}"
                                                            "\n\n{url}")
        box = message_box(parent, QMessageBox.Icon.Question, QCoreApplication.translate("LinkOpener", "Open link"),
                          text.format(host=verdict.host, url=elide(verdict.shown)),
                          buttons=QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                          default=QMessageBox.StandardButton.Cancel,
                          details=verdict.shown if len(verdict.shown) > SHOWN_URL_MAX else "")
        return bool(box.exec() == QMessageBox.StandardButton.Open)

    def refuse(self, verdict: LinkVerdict, parent: QWidget | None) -> None:
        message_box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("LinkOpener", "Link not opened"),
                    QCoreApplication.translate("LinkOpener", "This link was not opened: {reason}. Only web (http, "
                                               "https) and email (mailto) links are opened from an answer.\n\n{url}"
                                               ).format(reason=verdict.reason, url=elide(verdict.shown)),
                    details=verdict.shown if len(verdict.shown) > SHOWN_URL_MAX else "").exec()

    def open(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)


_default_opener: Any = LinkOpener()


def default_link_opener() -> Any:
    return _default_opener


def set_default_link_opener(opener: Any) -> Any:
    """Use ``opener`` for panes built without one (tests); returns the previous one."""
    global _default_opener
    old, _default_opener = _default_opener, opener
    return old
