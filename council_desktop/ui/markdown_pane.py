"""One answer with a caption and a Copy button: plain text while it streams, Markdown once it is final.

Rendering never blocks the window: streaming text is appended to a plain-text view in bounded slices; the final
Markdown is formatted once, in two event-loop turns (build a detached document, then show it), and only within the
budget of :mod:`~council_desktop.ui.text_budget` — past it the answer stays plain text, with a note saying so.
Nothing in an answer loads a resource or opens a link by itself (:mod:`~council_desktop.ui.safe_browser`).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont, QGuiApplication, QShowEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from council_desktop.ui import text_budget, turns
from council_desktop.ui.appearance import text_zoom
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.live_text import LiveTextView, ScrollFollower
from council_desktop.ui.safe_browser import (
    SafeTextBrowser,
    build_markdown_document,
    layout_steps,
    markdown_document_steps,
)
from council_desktop.ui.safe_text import plain, tooltip

# A timer (not a 0 ms posted call): the render runs in its own loop turn, apart from the paint of the page
# that was just shown and from the paint of the rendered text, so no single turn takes a frame.
RENDER_DELAY_MS = 5
# Between the render's slices: room for a paint, input and the window's own updates, so that a slice never lands
# in the same event-loop pass as them (each is short; back to back they were a 40 ms stall at a stage's end).
RENDER_STEP_GAP_MS = 12
SMALL_PLAIN = 20_000  # set_plain text up to this size (a failure's reason) goes in the browser itself
COPIED_MS = 1500  # how long the Copy button says "Copied"
COPY_TEXT = QT_TRANSLATE_NOOP("MarkdownPane", "Copy")
COPIED_TEXT = QT_TRANSLATE_NOOP("MarkdownPane", "✓ Copied")


def too_large_note(plan: text_budget.Plan) -> str:
    """The note under an answer shown as plain text because it is too large to format, in the window's language."""
    reason = text_budget.describe(plan, lambda words: QCoreApplication.translate("MarkdownPane", words))
    return "ℹ " + QCoreApplication.translate(
        "MarkdownPane", "Shown as plain text: the answer is too large to format ({reason}).").format(reason=reason)


def render_markdown(browser: SafeTextBrowser, text: str) -> None:
    """Format ``text`` into ``browser`` now, whatever its size (the pane applies the budget; this does not)."""
    browser.replace_document(build_markdown_document(text, font=browser.font(), palette=browser.palette(),
                                                     parent=browser))


class MarkdownPane(QWidget):
    """A read-only view of one answer, a one-line caption, a format note, and a Copy button.

    Copy puts the Markdown on the clipboard as text and, once formatted, the formatted answer as rich text (a
    word processor pastes it formatted, a plain editor gets the Markdown); the button says "Copied". Each code
    block has its own Copy link. The text follows the window's answer zoom and text size.

    ``links``: who confirms and opens a clicked link (default: the app-wide
    :class:`~council_desktop.ui.safe_text.LinkOpener`).

    Signals:
        copied(str): the answer (``"answer"``) or one code block (``"code"``) went to the clipboard.
    """

    copied = Signal(str)

    def __init__(self, name: str, parent: Any = None, *, large: bool = False, links: Any = None) -> None:
        super().__init__(parent)
        self._chunks: list[str] = []
        self._joined: str | None = ""
        self._format = "empty"  # stream | markdown | fallback | plain | empty: what the view shows
        self._live_is_text = False  # the live view shows exactly ``text``
        self._dirty = False  # a final render is due
        self._built: QTextDocument | None = None  # a document built and laid out, to be shown next turn
        self._steps: Generator[QTextDocument | None, None, None] | None = None  # the build under way, a slice per turn
        # The document put in the browser and being laid out there, and where the reader goes when it is shown.
        self._revealing: tuple[Iterator[None], tuple[bool, float]] | None = None
        self._grids = 0
        self._keep_place = False  # the next render keeps the reader's place (a palette change)
        self._setup_ui(name, large, links)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_step)
        self._turn = turns.Turn()
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self._on_copied_timer_timeout)
        self._copy_text = self.tr(COPY_TEXT)
        text_zoom().changed.connect(self._apply_zoom)
        self._apply_zoom()

    def _setup_ui(self, name: str, large: bool, links: Any) -> None:
        self.caption = plain(QLabel())
        self.caption.setWordWrap(True)
        self.note = plain(QLabel())
        self.note.setWordWrap(True)
        self.note.hide()
        self.copy_button = QPushButton(self.tr(COPY_TEXT))
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        self.browser = SafeTextBrowser(links=links)
        self.browser.code_copied.connect(lambda _code: self._say_copied("code"))
        self.browser_follower = ScrollFollower(self.browser, slack=4)
        self.live = LiveTextView()
        self.rename(name)
        self._large = large
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.live)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.stack, 1)

    # -- what is shown ---------------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The raw text (final, or so far), as Copy puts it on the clipboard."""
        if self._joined is None:
            self._joined = "".join(self._chunks)
            self._chunks = [self._joined]
        return self._joined

    def shown_text(self) -> str:
        """What the view shows now, as plain text (long lines of a plain view are broken up)."""
        self.live.flush()
        view = self.live if self.stack.currentWidget() is self.live else self.browser
        return view.toPlainText()

    def is_formatted(self) -> bool:
        """True when the text is shown as formatted Markdown (not streaming, not simplified)."""
        return self._format == "markdown" and not self._dirty

    def is_simplified(self) -> bool:
        """True when the final text is shown as plain text because it is too large to format."""
        return self._format == "fallback"

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)

    # -- live text -------------------------------------------------------------------------------------------
    def set_streaming_text(self, text: str) -> None:
        """Show ``text``, the whole answer so far, as plain text; cheap when it extends the previous call's."""
        old = self.text
        if self._streaming() and text.startswith(old):
            if len(text) > len(old):
                self._set_text(text)
                self.live.append_text(text[len(old):])
        else:
            self._start_stream(text)

    def append_text(self, delta: str) -> None:
        """Add ``delta`` to the text and show it as plain text while it streams."""
        if not self._streaming():
            self._start_stream(self.text + delta)
        elif delta:
            self._chunks.append(delta)
            self._joined = None
            self.copy_button.setEnabled(True)
            self.live.append_text(delta)

    def _streaming(self) -> bool:
        return self._format == "stream" and not self._dirty

    def _start_stream(self, text: str) -> None:
        # The reader follows a new text; on a replaced one they keep their place unless they were at the bottom.
        state = self._state() if self.text else (True, 1.0)
        self._cancel_render()
        self._set_text(text)
        self._format = "stream"
        self._live_is_text = True
        self.note.hide()
        self._show(self.live, state, lambda: self.live.set_text(text))

    # -- final text ------------------------------------------------------------------------------------------
    def set_final_markdown(self, text: str) -> None:
        """Show ``text`` formatted (within the budget), on the next loop turns if visible, else when first shown.

        Formatting never happens inside the caller's step, so a stage ending does not stall the window.
        """
        same = self._live_is_text and text == self.text
        self._cancel_render()
        self._set_text(text)
        self._live_is_text = same
        self._dirty = True
        if self.isVisible():
            self._render_timer.start(RENDER_DELAY_MS)

    def set_markdown(self, text: str) -> None:
        """Same as :meth:`set_final_markdown`."""
        self.set_final_markdown(text)

    def set_plain(self, text: str) -> None:
        """Show ``text`` as plain text, now (a short message, such as why a member gave no answer)."""
        self._cancel_render()
        self._set_text(text)
        self._format = "plain"
        self.note.hide()
        if len(text) <= SMALL_PLAIN and max(map(len, text.split("\n"))) <= text_budget.PLAIN_LINE:
            self._live_is_text = False
            self._show(self.browser, (False, 0.0), lambda: self.browser.setPlainText(text))
        else:
            self._live_is_text = True
            self._show(self.live, (False, 0.0), lambda: self.live.set_text(text))

    def render_now(self) -> None:
        """Finish any pending render at once (tests; a caller about to read the view)."""
        self._render_timer.stop()
        while self._dirty:
            self._render_slice()
        self.live.flush()

    def copy(self) -> None:
        """The answer to the clipboard: its Markdown as text, and formatted (once it is) as rich text."""
        text = self.text
        if not text:
            return
        mime = QMimeData()
        mime.setText(text)
        if self.is_formatted():
            # A clean copy of the formatted answer: no "Copy" lines, images as links (nothing for the paste target
            # to load).
            doc = build_markdown_document(text, font=self.browser.font(), palette=self.browser.palette(),
                                          copy_links=False)
            mime.setHtml(doc.toHtml())
            doc.deleteLater()
        QGuiApplication.clipboard().setMimeData(mime)
        self._say_copied("answer")

    def set_copy_text(self, text: str) -> None:
        """The Copy button's own word ("Copy final answer"); it says "Copied" for a moment after a copy."""
        self._copy_text = text
        if not self._copied_timer.isActive():
            self.copy_button.setText(text)

    def _say_copied(self, what: str) -> None:
        self.copy_button.setText(self.tr(COPIED_TEXT) if what == "answer" else self.tr("✓ Code copied"))
        self._copied_timer.start()
        if QAccessible.isActive():  # a screen reader hears it too
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.copy_button,
                                                                         self.tr("Copied to the clipboard")))
        self.copied.emit(what)

    def _on_copied_timer_timeout(self) -> None:
        self.copy_button.setText(self._copy_text)

    def copy_feedback_shown(self) -> bool:
        return self._copied_timer.isActive()

    # -- zoom, palette, find -----------------------------------------------------------------------------------
    def _apply_zoom(self) -> None:
        size = text_zoom().point_size(large=self._large)
        for view in (self.browser, self.live):
            if view.font().pointSizeF() != size:
                font = QFont(view.font())
                font.setPointSizeF(size)
                view.setFont(font)

    def text_point_size(self) -> float:
        return self.browser.font().pointSizeF()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.PaletteChange and self._format == "markdown":
            # Code backgrounds and link colours come from the palette: format again in the new colours, the reader
            # kept where they are.
            self._keep_place = True
            self.set_final_markdown(self.text)
        elif e.type() == QEvent.Type.ApplicationFontChange:
            self._apply_zoom()

    def visible_view(self) -> Any:
        """The text view shown now (the live plain view or the formatted one): what Find searches."""
        return self.stack.currentWidget()

    # -- internals -------------------------------------------------------------------------------------------
    def _set_text(self, text: str) -> None:
        self._chunks, self._joined = [text], text
        self.copy_button.setEnabled(bool(text))

    def _cancel_render(self) -> None:
        self._render_timer.stop()
        self._dirty = False
        if self._steps is not None:
            self._steps.close()
            self._steps = None
        if self._built is not None:
            self._built.deleteLater()
            self._built = None
        if self._revealing is not None:  # a text put in and not yet shown: shown as it is
            self._revealing = None
            self.browser.reveal()

    def _state(self) -> tuple[bool, float]:
        """Where the reader is in the view shown now: (at the bottom, fraction of the text above the top)."""
        current = self.stack.currentWidget()
        follower = self.live.follower if current is self.live else self.browser_follower
        return follower.snapshot()

    def _show(self, view: QWidget, state: tuple[bool, float], change: Any) -> None:
        """Change ``view``'s content with ``change()`` and make it the one shown, the reader placed by ``state``."""
        follower = self.live.follower if view is self.live else self.browser_follower
        with follower.hold(state):
            # Shown first, then changed (in the same turn: nobody sees the old content): a hidden page of the stack
            # keeps the size it last had, and showing it with the new text would lay that out twice.
            self.stack.setCurrentWidget(view)
            change()

    def _render_step(self) -> None:
        """One slice of the final render, a loop turn each: plan; parse, format and lay out a detached document
        (:func:`markdown_document_steps`); then show it."""
        if not self._dirty:
            return
        if not self._turn.run(self._render_slice):  # another heavy job ran in this loop pass: after it
            self._render_timer.start(turns.WAIT_MS)

    def _render_slice(self) -> None:
        if self._built is None and self._revealing is None:
            if self._steps is None and not self._plan():
                return
            assert self._steps is not None
            self._built = next(self._steps)
            if self._built is not None:
                self._steps = None
            self._render_timer.start(RENDER_STEP_GAP_MS)
            return
        if self._revealing is None:
            # Shown first, then the document put in (a hidden page of the stack keeps the size it last had, and
            # showing it with the new text would lay that out twice); the old text stays on screen while the view
            # lays the new one out, a slice per turn (a long answer's layout was a 30 ms paint).
            state = self._final_place()
            doc, self._built = self._built, None
            assert doc is not None  # built (the branch above returns until it is)
            self._format = "markdown"
            self._live_is_text = False
            self.stack.setCurrentWidget(self.browser)
            self.browser.take_document(doc)
            self._revealing = (layout_steps(doc), state)
            self._render_timer.start(RENDER_STEP_GAP_MS)  # its layout in the next slices (putting it in costs one)
            return
        steps, state = self._revealing
        if next(steps, True) is None:
            self._render_timer.start(RENDER_STEP_GAP_MS)
            return
        self._revealing = None
        self._dirty = False
        self.browser_follower.place(state)  # the text is laid out: this costs nothing now
        self.browser.reveal()
        if self._grids:
            self.note.setText("ℹ " + (self.tr("1 table too large to format shown as aligned text.") if self._grids == 1
                                      else self.tr("{n} tables too large to format shown as aligned text.").format(
                                          n=self._grids)))
        self.note.setVisible(bool(self._grids))

    def _final_place(self) -> tuple[bool, float]:
        """Where the final text puts the reader: a reader who watched the text stream (or a palette change) keeps
        their place; otherwise a final text opens at the top."""
        keep, self._keep_place = self._format == "stream" or self._keep_place, False
        return self._state() if keep else (False, 0.0)

    def _plan(self) -> bool:
        """Start the build of the final text; False when it is too large to format (then shown as plain text)."""
        plan = text_budget.plan(self.text)
        if plan.markdown is None:
            state = self._final_place()
            self._dirty = False
            self._format = "fallback"
            self.note.setText(too_large_note(plan))
            self.note.show()
            if self._live_is_text:  # the live view shows this very text already
                self.stack.setCurrentWidget(self.live)
            else:
                self._live_is_text = True
                text = self.text
                self._show(self.live, state, lambda: self.live.set_text(text))
            return False
        self._grids = plan.grids
        # Laid out at the width of the view shown now (a hidden page of the stack keeps an old size); when the
        # browser's ends up different, Qt lays the document out again when it is shown.
        shown = self.live if self.stack.currentWidget() is self.live else self.browser
        width = shown.viewport().width() if self.isVisible() else None
        self._steps = markdown_document_steps(plan.markdown, font=self.browser.font(),
                                              palette=self.browser.palette(), parent=self.browser, width=width)
        return True

    def rename(self, name: str) -> None:
        """Name the pane (what its parts are called to a screen reader, and in the Copy button's tooltip)."""
        self.caption.setAccessibleName(self.tr("{name} details").format(name=name))
        self.note.setAccessibleName(self.tr("{name} format note").format(name=name))
        self.copy_button.setAccessibleName(self.tr("Copy {name}").format(name=name))
        # name has a model id: a tooltip shows it as plain text
        self.copy_button.setToolTip(tooltip(self.tr("Copy {name} to the clipboard (as Markdown)").format(name=name)))
        self.browser.setAccessibleName(name)
        self.live.setAccessibleName(name)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._dirty and not self._render_timer.isActive():
            self._render_timer.start(RENDER_DELAY_MS)
