"""Hostile answers in the window: nothing an answer (or any server text) says makes the app read a file, a device
or the network, follow a link by itself, or hold the GUI thread; the live-text API keeps the reader's place."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QHelpEvent, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from council_desktop.ui import safe_text, text_budget
from council_desktop.ui.markdown_pane import MarkdownPane
from council_desktop.ui.safe_text import LinkOpener, judge_link

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

# WORKAROUND: offscreen tooltips try to raise their window, which the offscreen platform cannot do (this marker
# replaces the suite's own, so that one is repeated).
TOOLTIP_NOISE = (r"This plugin does not support raise\(\)", r"This plugin does not support propagateSizeHints\(\)")

WATCHER = textwrap.dedent("""
    import os, sys, time
    path = sys.argv[1]
    while True:  # a reader opening the FIFO lets a non-blocking writer in: say so, and close (the reader sees EOF)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            time.sleep(0.002)
            continue
        print("opened", flush=True)
        os.close(fd)
        time.sleep(0.01)
""")


class FifoWatcher:
    """A FIFO and a separate process that notices whenever anything opens it for reading.

    A separate process, because a GUI thread stuck in ``open()`` on a FIFO holds the GIL: a thread of ours could
    neither notice nor release it. The watcher's open also releases such a reader, so a regression fails the test
    instead of hanging it.
    """

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "answer-image"
        os.mkfifo(self.path)
        self.proc = subprocess.Popen([sys.executable, "-c", WATCHER, str(self.path)], stdout=subprocess.PIPE)
        os.set_blocking(self.proc.stdout.fileno(), False)  # type: ignore[union-attr]
        self.count = 0

    def opens(self, settle: float = 0.15) -> int:
        """How often the FIFO was opened so far (after letting the watcher catch up)."""
        time.sleep(settle)
        try:
            self.count += os.read(self.proc.stdout.fileno(), 1 << 16).count(b"opened")  # type: ignore[union-attr]
        except BlockingIOError:
            pass
        return self.count

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()  # type: ignore[union-attr]


@pytest.fixture
def fifo(tmp_path: Path):
    w = FifoWatcher(tmp_path)
    yield w
    w.close()


def shown_pane(qtbot, **kw) -> MarkdownPane:
    pane = MarkdownPane("answer", **kw)
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def paint(widget: QWidget) -> None:
    """Lay out and paint ``widget`` now (Qt loads an image when it lays out the text that shows it)."""
    QApplication.processEvents()
    widget.grab()
    QApplication.processEvents()


# -- 1. no resource is ever loaded ----------------------------------------------------------------------------

@pytest.mark.parametrize("markdown", [
    "An image: ![diagram]({abs})",
    "An image: ![diagram](file://{abs})",
    "A relative image: ![diagram]({name}) next to the working directory",
    "Reference style: ![diagram][img]\n\n[img]: {abs}",
    'Raw HTML: <img src="{abs}"> and <table background="{abs}"><tr><td>x</td></tr></table>',
    '[a link with a title](https://example.com "<img src={abs}>")',
])
def test_answer_markdown_reads_no_local_file(markdown: str, fifo: FifoWatcher, qtbot, monkeypatch):
    monkeypatch.chdir(fifo.path.parent)
    pane = shown_pane(qtbot)
    pane.set_markdown(markdown.format(abs=fifo.path, name=fifo.path.name))
    pane.render_now()
    paint(pane)
    assert fifo.opens() == 0
    assert pane.is_formatted()
    assert any(word in pane.shown_text() for word in ("diagram", "<img", "link"))


def test_html_put_into_the_view_directly_loads_nothing_either(fifo: FifoWatcher, qtbot):
    """Defence in depth: even rich text set on the browser by other code cannot load a resource."""
    pane = shown_pane(qtbot)
    pane.browser.setHtml(f'<img src="{fifo.path}"><div style="background-image: url({fifo.path})">x</div>'
                         f'<link rel="stylesheet" href="{fifo.path}">')
    paint(pane)
    assert fifo.opens() == 0


def _png(w: int, h: int) -> bytes:
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.red)
    buf = QBuffer()
    buf.open(QBuffer.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data().data())


def test_data_qrc_web_and_real_image_files_load_nothing(tmp_path: Path, qtbot):
    png = tmp_path / "real.png"
    png.write_bytes(_png(37, 23))
    data_url = "data:image/png;base64," + base64.b64encode(_png(41, 29)).decode()
    qrc_url = "qrc:/qt-project.org/styles/commonstyle/images/standardbutton-apply-32.png"
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    server.setblocking(False)
    web_url = f"http://127.0.0.1:{server.getsockname()[1]}/pixel.png"
    urls = [str(png), QUrl.fromLocalFile(str(png)).toString(), data_url, qrc_url, web_url]
    try:
        pane = shown_pane(qtbot)
        pane.set_final_markdown(" ".join(f"![img{i}]({u})" for i, u in enumerate(urls)))
        pane.render_now()
        paint(pane)
        shown = pane.shown_text()
        assert all(f"[image: img{i}]" in shown for i in range(len(urls)))  # each image is a link to click
        # Rich text put in by other code: the document answers every image with its own placeholder.
        pane.browser.setHtml("".join(f'<img src="{u}">' for u in urls))
        paint(pane)
        doc = pane.browser.document()
        for u in urls:
            img = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(u))
            assert isinstance(img, QImage) and (img.width(), img.height()) == (16, 16), u
        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected
    finally:
        server.close()


CHILD = textwrap.dedent("""
    import os, resource, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from council_desktop.ui.markdown_pane import MarkdownPane
    pane = MarkdownPane("answer")
    pane.resize(600, 400)
    pane.show()
    app.processEvents()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    for src in sys.argv[1:]:
        for text in (f"![x]({src})", f"![x](file://{src})", f'<img src="{src}">'):
            pane.set_markdown(text)
            pane.render_now()
            app.processEvents()
            pane.grab()
        pane.browser.setHtml(f'<img src="{src}">')
        pane.grab()
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
    print(f"ok {time.perf_counter() - t:.3f} {grown}")
""")


@pytest.mark.slow
def test_dev_zero_and_a_fifo_return_at_once_with_flat_memory(tmp_path: Path):
    """On the old view /dev/zero ate memory until the process died and a FIFO hung it for ever (here: killed)."""
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)
    root = Path(__file__).resolve().parents[2]

    def limit_memory() -> None:  # a regression must not take the machine's memory with it
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))  # 1.5 GiB

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-c", CHILD, "/dev/zero", str(fifo)], capture_output=True, text=True,
                          timeout=60, env=env, preexec_fn=limit_memory, cwd=root)
    assert proc.returncode == 0, proc.stderr[-2000:]
    _, seconds, grown_kb = proc.stdout.split()[-3:]
    assert float(seconds) < 5
    assert int(grown_kb) < 50_000  # KiB: flat, not gigabytes


# -- 2. links -------------------------------------------------------------------------------------------------

class RecordingOpener(LinkOpener):
    """Confirms as told and records instead of showing dialogs or opening anything."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.confirmed: list[str] = []
        self.refused: list[tuple[str, str]] = []
        self.opened: list[str] = []

    def confirm(self, verdict, parent) -> bool:
        self.confirmed.append(verdict.shown)
        return self.answer

    def refuse(self, verdict, parent) -> None:
        self.refused.append((verdict.shown, verdict.reason))

    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def click_link(pane: MarkdownPane, qtbot, text: str) -> None:
    """A real mouse click on the link whose text is ``text``."""
    doc = pane.browser.document()
    found = doc.find(text)
    assert not found.isNull(), text
    c = QTextCursor(doc)
    c.setPosition(found.selectionStart() + 1)
    pos = pane.browser.cursorRect(c).center()
    assert pane.browser.anchorAt(pos), "no link under the mouse"
    qtbot.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def url_handlers():
    """Catch anything handed to the OS (QDesktopServices.openUrl) for the schemes an answer might use."""
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            self.urls.append(url.toString())

    catcher = Catcher()
    schemes = ("http", "https", "mailto", "file", "javascript", "ms-settings", "x-custom")
    for s in schemes:
        QDesktopServices.setUrlHandler(s, catcher, "handle")
    yield catcher
    for s in schemes:
        QDesktopServices.unsetUrlHandler(s)


@pytest.mark.parametrize("answer", [True, False])
def test_a_web_link_opens_only_after_confirming_the_full_address(answer: bool, qtbot, url_handlers):
    opener = RecordingOpener(answer)
    pane = shown_pane(qtbot, links=opener)
    pane.set_final_markdown("See [the docs](https://docs.example.com/a%20b?q=1#top) for more.")
    pane.render_now()
    paint(pane)
    before = pane.shown_text()
    click_link(pane, qtbot, "the docs")
    assert opener.confirmed == ["https://docs.example.com/a%20b?q=1#top"]
    assert opener.opened == (["https://docs.example.com/a%20b?q=1#top"] if answer else [])
    assert pane.shown_text() == before  # the view never navigates
    assert url_handlers.urls == []  # only the opener hands a link to the system


@pytest.mark.parametrize("href", ["file://{secret}", "{secret}", "javascript:alert(1)", "x-custom://run?cmd=rm",
                                  "ms-settings:privacy", "secret.txt"])
def test_other_links_are_refused_and_the_answer_stays(href: str, tmp_path: Path, qtbot, url_handlers, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT")
    monkeypatch.chdir(tmp_path)
    opener = RecordingOpener()
    old = safe_text.set_default_link_opener(opener)  # the pane is built without one, as the views do
    try:
        pane = shown_pane(qtbot)
        pane.set_final_markdown(f"Click [here]({href.format(secret=secret)}) now.")
        pane.render_now()
        paint(pane)
        click_link(pane, qtbot, "here")
    finally:
        safe_text.set_default_link_opener(old)
    assert len(opener.refused) == 1 and opener.confirmed == [] and opener.opened == []
    assert "Click here now." in pane.shown_text() and "TOP SECRET" not in pane.shown_text()
    assert url_handlers.urls == []


def test_link_verdicts():
    ok = judge_link(QUrl("HTTPS://Example.com/a b"))
    assert ok.url is not None and ok.shown == "https://example.com/a%20b" and ok.host == "example.com"
    homograph = judge_link(QUrl("https://аррӏе.com/login"))
    assert homograph.url is not None and homograph.host == "xn--80ak6aa92e.com"  # the dialog shows what it is
    mail = judge_link(QUrl("mailto:a@b.example?subject=Hi&attach=/home/u/.ssh/id_rsa&body=x"))
    assert mail.url is not None and mail.shown == "mailto:a@b.example?subject=Hi&body=x"  # no attach=
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>", "smb://host/share",
                "x-custom:run", "relative/page.md", "http:///no-host", "qrc:/x"):
        assert judge_link(QUrl(bad)).url is None, bad


@pytest.mark.qt_log_ignore(*TOOLTIP_NOISE)
def test_a_link_title_tooltip_is_shown_literally(fifo: FifoWatcher, qtbot):
    pane = shown_pane(qtbot, links=RecordingOpener())
    title = f"<img src='{fifo.path}'><b>bold?</b>"
    pane.set_final_markdown(f'[hover me](https://example.com "{title}")')
    pane.render_now()
    paint(pane)
    c = QTextCursor(pane.browser.document())
    c.setPosition(pane.browser.document().find("hover").selectionStart() + 1)
    pos = pane.browser.cursorRect(c).center()
    vp = pane.browser.viewport()
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, pos, vp.mapToGlobal(pos)))
    QApplication.processEvents()
    assert fifo.opens() == 0
    shown = QToolTip.text()
    assert "&lt;img" in shown  # escaped: the tag is shown as text
    doc = QTextDocument()
    doc.setHtml(shown)
    assert doc.toPlainText() == title
    QToolTip.hideText()


# -- 3. server text in labels, tooltips and dialogs -----------------------------------------------------------

def hostile(fifo: FifoWatcher) -> str:
    return f'<img src="{fifo.path}"> <b>x</b>'


def test_banner_notices_and_captions_show_server_text_literally(fifo: FifoWatcher, qtbot):
    from council_desktop.council.state import MemberState, MemberStatus, RunState, StageState, Synthesis
    from council_desktop.ui.final_view import FinalView
    from council_desktop.ui.review_view import ReviewView
    from council_desktop.ui.runner import Changes
    from council_desktop.ui.stage_progress import StageProgress
    from council_desktop.ui.summary_banner import SummaryBanner

    evil = hostile(fifo)
    state = RunState(id="r", prompt="q", members=(evil,), chairman=evil, status="complete", stage=3,
                     stages=(StageState(1, "done", (MemberState(evil, 1, MemberStatus.DONE, "fine"),)),
                             StageState(2, "skipped", (), evil), StageState(3, "done")),
                     synthesis=Synthesis(chairman=evil, model=evil, text="fine", source="fallback_member",
                                         notice=f"The chairman failed ({evil})"))
    final = FinalView()
    final.show_state(state, Changes.all())
    review = ReviewView()
    review.show_state(state, Changes.all())
    banner = SummaryBanner()
    banner.show_message(f"Chairman fallback — {evil}", "warning")
    progress = StageProgress()
    progress.reset(f"Past run · {evil}")
    pane = MarkdownPane("answer")
    pane.set_caption(evil)
    widgets = [final, review, banner, progress, pane]
    for w in widgets:
        qtbot.addWidget(w)
        w.show()
        paint(w)
    assert fifo.opens() == 0
    labels = [lab for w in widgets for lab in w.findChildren(QLabel) if evil in lab.text()]
    assert len(labels) >= 6
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in labels)


@pytest.mark.qt_log_ignore(*TOOLTIP_NOISE)
def test_tooltips_with_server_text_are_shown_literally(fifo: FifoWatcher, tmp_path: Path, qtbot):
    from council_desktop.council.state import MemberState, MemberStatus
    from council_desktop.storage.history import HistoryStore
    from council_desktop.ui.history_model import HistoryListModel
    from council_desktop.ui.lazy_tabs import LazyPaneTabs
    from council_desktop.ui.member_pane import MemberPane
    from council_desktop.ui.members_page import MembersPage
    from council_desktop.ui.model_list_model import ModelListModel
    from tests.storage.test_history import make_record

    evil = hostile(fifo)
    tips: list[str] = []
    store = HistoryStore(tmp_path / "h.sqlite3")  # an imported run whose title is hostile
    try:
        store.save_record(make_record("0" * 32, prompt=evil))
        hist = HistoryListModel(store)
        tips.append(hist.data(hist.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    finally:
        store.close()
    rows = ModelListModel()  # a member's live row: the model id and the server's error
    rows.show_members(1, [MemberState(evil, 1, MemberStatus.FAILED, error=evil)])
    tips.append(rows.data(rows.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    tabs = LazyPaneTabs()
    qtbot.addWidget(tabs)
    tabs.add_lazy("k", "title", evil, lambda: MemberPane("x"))
    tips.append(tabs.tabToolTip(0))
    members = MembersPage([evil], evil, None)
    qtbot.addWidget(members)
    members.refresh_flags()
    tips += [members.list.item(0).toolTip(), members.chairman.toolTip()]
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    for tip in tips:
        assert tip
        QToolTip.showText(host.mapToGlobal(QPoint(5, 5)), tip, host)
        QApplication.processEvents()
        doc = QTextDocument()
        doc.setHtml(QToolTip.text())
        assert "<img" in doc.toPlainText()  # the tag is shown, as text
    QToolTip.hideText()
    assert fifo.opens() == 0


def test_message_boxes_show_server_text_literally(fifo: FifoWatcher, qtbot):
    from PySide6.QtWidgets import QMessageBox

    box = safe_text.message_box(None, QMessageBox.Icon.Warning, "Export failed", hostile(fifo))
    qtbot.addWidget(box)
    QTimer.singleShot(0, box.accept)
    box.exec()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert fifo.opens() == 0


# -- 4. rendering never blocks the window ---------------------------------------------------------------------

def table(rows: int) -> str:
    return "| model | answer | score | notes |\n|---|---|---|---|\n" + "".join(
        f"| member {i} | an answer of some words, number {i} | {i * 3} | notes on row {i}, which go on for a "
        f"while to make the row about 250 characters long as in real comparison tables |\n" for i in range(rows))


class StallMeter:
    """The longest stretch of main-thread CPU between two ticks of a 1 ms timer (what the user feels as a freeze;
    CPU time, so that a busy shared machine descheduling us is not counted)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = time.thread_time()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.thread_time()
        self.worst = max(self.worst, (now - self.last) * 1000)
        self.last = now

    def __enter__(self) -> StallMeter:
        self.last = time.thread_time()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def settle(pane: MarkdownPane, qtbot, timeout: float = 30.0) -> None:
    qtbot.waitUntil(lambda: not pane._dirty and not pane.live.pending(), timeout=int(timeout * 1000))
    qtbot.wait(100)


@pytest.mark.parametrize("case, text", [
    ("a 2,000-row table (~0.5 MB)", table(2_000)),
    ("a 5 MB single line", "x" * 5_000_000),
    ("10,000 nested lists", "- " * 10_000 + "x\n"),
    ("10,000 nested quotes", "> " * 10_000 + "x\n"),
    ("1,000 images", "![x](/dev/zero) " * 1_000),
])
def test_hostile_answers_render_without_freezing_and_say_so(case: str, text: str, qtbot):
    pane = shown_pane(qtbot)
    with StallMeter() as meter:
        pane.set_final_markdown(text)
        settle(pane, qtbot)
    assert meter.worst < 100, f"{case}: the window froze for {meter.worst:.0f} ms"
    assert pane.is_simplified() and not pane.is_formatted()
    assert pane.note.isVisible() and "shown as plain text: the answer is too large to format" in \
        pane.note.text().lower()
    assert pane.shown_text().replace("\n", "")[:1000] == text.replace("\n", "")[:1000]
    assert pane.text == text  # Copy gives the answer as it came


def test_a_big_table_in_a_normal_answer_becomes_an_aligned_text_grid(qtbot):
    pane = shown_pane(qtbot)
    with StallMeter() as meter:
        pane.set_final_markdown("# Results\n\nIntro.\n\n" + table(150) + "\nThe end.")
        settle(pane, qtbot)
    assert meter.worst < 100
    assert pane.is_formatted() and pane.note.isVisible() and "1 table" in pane.note.text()
    shown = pane.shown_text()
    assert shown.startswith("Results") and "member 149" in shown and "The end." in shown
    assert "|" not in shown  # aligned columns, not raw Markdown pipes


def test_a_normal_answer_is_formatted_without_a_note(qtbot):
    pane = shown_pane(qtbot)
    pane.set_final_markdown("# Title\n\nSome **bold** and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```py\nx = 1\n```")
    settle(pane, qtbot)
    assert pane.is_formatted() and not pane.note.isVisible()
    shown = pane.shown_text()
    assert "Title" in shown and "**" not in shown and "x = 1" in shown


def test_streaming_updates_are_cheap_even_when_the_text_is_huge(qtbot):
    pane = shown_pane(qtbot)
    line = "y" * 1_000_000  # one line, growing, as a runaway stream would send it
    pane.set_streaming_text(line)
    settle(pane, qtbot)
    costs = []
    with StallMeter() as meter:
        for _ in range(40):
            line += "z" * 2_000
            t = time.thread_time()
            pane.set_streaming_text(line)
            costs.append((time.thread_time() - t) * 1000)
            qtbot.wait(5)
    assert max(costs) < 16, costs
    assert meter.worst < 50
    assert pane.text == line and pane.shown_text().replace("\n", "") == line


# -- 5. the live-text API and the reader's scroll position ----------------------------------------------------

def lines(n: int, start: int = 0) -> str:
    return "".join(f"line {i} of the answer\n\n" for i in range(start, start + n))  # a paragraph each


def test_streaming_shows_plain_text_then_the_final_markdown(qtbot):
    pane = shown_pane(qtbot)
    pane.set_streaming_text("# Head")
    pane.set_streaming_text("# Heading\n\nSome **bold**")
    pane.append_text(" text.")
    assert pane.shown_text() == "# Heading\n\nSome **bold** text."  # cheap: the raw text
    assert pane.text == "# Heading\n\nSome **bold** text." and pane.copy_button.isEnabled()
    pane.set_streaming_text("A different text")  # not a continuation: replaced
    assert pane.shown_text() == "A different text"
    pane.set_final_markdown("# Heading\n\nSome **bold** text.")
    settle(pane, qtbot)
    assert pane.is_formatted() and pane.shown_text() == "Heading\nSome bold text."


def test_a_reader_at_the_bottom_follows_the_stream(qtbot):
    pane = shown_pane(qtbot)
    bar = pane.live.verticalScrollBar()
    text = ""
    for k in range(30):
        text += lines(10, 10 * k)
        pane.set_streaming_text(text)
        QApplication.processEvents()
        assert bar.value() == bar.maximum()
    assert bar.maximum() > 100
    pane.set_final_markdown(text)
    settle(pane, qtbot)
    bbar = pane.browser.verticalScrollBar()
    assert bbar.maximum() > 0 and bbar.value() == bbar.maximum()  # still at the end of the answer
    assert "line 299" in pane.browser.cursorForPosition(QPoint(5, pane.browser.viewport().height() - 20)) \
        .block().text()
    # the scroll bar took its room before the layout, and is back to "as needed"; the text is painted a turn later
    assert pane.browser.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded and bbar.isVisible()
    qtbot.waitUntil(lambda: pane.browser.viewport().updatesEnabled(), timeout=1000)


def test_a_short_final_answer_after_a_long_one_has_no_scroll_bar(qtbot):
    pane = shown_pane(qtbot)
    pane.set_final_markdown(lines(300))
    settle(pane, qtbot)
    assert pane.browser.verticalScrollBar().isVisible()
    pane.set_final_markdown("A short **answer**.")
    settle(pane, qtbot)
    qtbot.waitUntil(lambda: pane.browser.viewport().updatesEnabled(), timeout=1000)
    assert pane.shown_text() == "A short answer." and not pane.browser.verticalScrollBar().isVisible()


def test_a_reader_who_scrolled_up_keeps_their_place(qtbot):
    pane = shown_pane(qtbot)
    bar = pane.live.verticalScrollBar()
    text = lines(200)
    pane.set_streaming_text(text)
    QApplication.processEvents()
    bar.setValue(100)  # the reader scrolls up to line 50 (each line is followed by a blank one)
    for k in range(10):
        text += lines(20, 200 + 20 * k)
        pane.set_streaming_text(text)
        QApplication.processEvents()
        assert bar.value() == 100
    top = pane.live.cursorForPosition(QPoint(0, 0)).block().text()
    assert top == "line 50 of the answer"
    pane.set_final_markdown(text)
    settle(pane, qtbot)
    top = pane.browser.cursorForPosition(QPoint(5, 5)).block().text()
    assert top.startswith("line 5") and 45 <= int(top.split()[1]) <= 55  # about the same place
    bar.setValue(bar.maximum())  # scrolling back to the bottom follows again


def test_scrolling_back_to_the_bottom_follows_again(qtbot):
    pane = shown_pane(qtbot)
    bar = pane.live.verticalScrollBar()
    text = lines(200)
    pane.set_streaming_text(text)
    QApplication.processEvents()
    bar.setValue(10)
    text += lines(50, 200)
    pane.set_streaming_text(text)
    assert bar.value() == 10
    bar.setValue(bar.maximum())
    text += lines(50, 250)
    pane.set_streaming_text(text)
    QApplication.processEvents()
    assert bar.value() == bar.maximum() and pane.live.follower.follow


def test_a_final_answer_that_did_not_stream_opens_at_the_top(qtbot):
    pane = shown_pane(qtbot)
    pane.set_final_markdown(lines(300))
    settle(pane, qtbot)
    assert pane.browser.verticalScrollBar().maximum() > 0
    assert pane.browser.verticalScrollBar().value() == 0


def test_rendering_waits_until_the_pane_is_shown(qtbot):
    pane = MarkdownPane("answer")
    qtbot.addWidget(pane)
    pane.set_markdown("**bold**")
    qtbot.wait(30)
    assert pane.browser.toPlainText() == "" and pane.copy_button.isEnabled()
    pane.show()
    qtbot.waitUntil(pane.is_formatted)
    assert pane.browser.toPlainText() == "bold"


# -- the budget itself (no Qt) --------------------------------------------------------------------------------

def test_plan_limits_each_costly_shape():
    assert text_budget.plan("# fine\n\ntext").markdown == "# fine\n\ntext"
    assert text_budget.plan("x" * (text_budget.MAX_CHARS + 1)).markdown is None
    assert "line of" in text_budget.plan("x" * (text_budget.MAX_LINE + 1)).reason
    assert "nested" in text_budget.plan("- " * 40 + "x").reason
    assert "paragraph" in text_budget.plan(("word " * 100 + "\n") * 120).reason
    assert "images" in text_budget.plan("![a](b) " * (text_budget.MAX_IMAGES + 1)).reason
    assert "tables" in text_budget.plan("> " + table(100).replace("\n", "\n> ")).reason  # cannot be rewritten
    small = table(10)
    assert text_budget.plan(small).markdown == small  # kept as a real table
    grid = text_budget.plan("before\n\n" + table(100) + "\nafter")
    assert grid.grids == 1 and grid.markdown is not None and "| member" not in grid.markdown
    fenced = "```\n" + table(100) + "```\n"  # a table inside a code block is only text
    assert text_budget.plan(fenced).markdown == fenced


def test_soft_wrap_breaks_long_lines_only():
    assert text_budget.soft_wrap("short\nlines", 0, 10) == ("short\nlines", 5)
    out, col = text_budget.soft_wrap("a" * 25, 0, 10)
    assert out == "a" * 10 + "\n" + "a" * 10 + "\n" + "a" * 5 and col == 5
    out, col = text_budget.soft_wrap("aaa", 8, 10)  # continues a line of 8 characters
    assert out == "aa\na" and col == 1
    out, _ = text_budget.soft_wrap("word " * 5, 0, 12)  # breaks after a space when one is near
    assert out.split("\n")[0] == "word word "


def test_copy_gives_the_raw_text(qtbot):
    pane = shown_pane(qtbot)
    pane.set_final_markdown("**raw** text")
    settle(pane, qtbot)
    pane.copy()
    assert QApplication.clipboard().text() == "**raw** text"


def test_the_big_table_screenshot_case(qtbot, tmp_path: Path):
    """The fallback note is on screen, above the text (a picture is saved for a person to look at)."""
    pane = shown_pane(qtbot)
    pane.set_final_markdown(table(2_000))
    settle(pane, qtbot)
    img = pane.grab()
    assert img.save(str(tmp_path / "fallback.png"))
    assert pane.note.isVisible() and pane.note.geometry().bottom() <= pane.stack.geometry().top()


# -- a long answer is parsed a part at a time ---------------------------------------------------------------------
def _blocks(doc: QTextDocument) -> list[tuple]:
    """What a reader sees of each block: its text and formats, and its fragments' formats."""
    out = []
    block = doc.begin()
    while block.isValid():
        f, cf = block.blockFormat(), block.charFormat()
        frags = []
        it = block.begin()
        while not it.atEnd():
            fr = it.fragment()
            c = fr.charFormat()
            frags.append((fr.text(), c.fontWeight(), c.fontItalic(), c.anchorHref(), c.fontFixedPitch(),
                          c.fontStrikeOut()))
            it += 1
        lst = block.textList()
        out.append((block.text(), f.headingLevel(), lst.format().style() if lst else None, f.leftMargin(),
                    f.topMargin(), f.bottomMargin(), f.indent(), f.hasProperty(0x1063), f.hasProperty(0x1064),
                    f.nonBreakableLines(), cf.fontWeight(), tuple(frags)))
        block = block.next()
    return out


LONG_PARTS = [
    "## Heading {n}\n\nA paragraph with **bold**, *italic*, `code` and a [link](https://example.com/{n}).",
    "**Bold** opens this paragraph {n}.",
    "- a list item {n}\n- another\n\n- a loose item\n  continued\n\n  - nested",
    "1. first {n}\n2. second\n\n3. third after a blank line",
    "> a quote {n}\n>\n> its second paragraph",
    "```python\ndef f{n}(x):\n\n    return x  # a blank line inside the fence\n```",
    "~~~\n```\nnot a fence end {n}\n\nstill code\n~~~",
    "| a | b |\n|---|---|\n| {n} | 2 |",
    "    indented code {n}\n\n    more of it",
    "Setext heading {n}\n---------------",
    "~~struck~~ and https://example.org/{n} autolinked",
]


def long_markdown(n: int) -> str:
    return "\n\n".join(LONG_PARTS[i % len(LONG_PARTS)].format(n=i) for i in range(n)) + "\n"


def test_a_long_answer_is_cut_in_parts_that_parse_into_the_same_document(qapp):
    from council_desktop.ui.safe_browser import MARKDOWN, _append_markdown, markdown_parts

    text = long_markdown(400)
    parts = markdown_parts(text, 2000)
    assert len(parts) > 10 and "\n".join(parts) == text  # nothing lost, nothing added
    whole = QTextDocument()
    whole.setMarkdown(text, MARKDOWN)
    pieced = QTextDocument()
    pieced.setMarkdown(parts[0], MARKDOWN)
    for part in parts[1:]:
        _append_markdown(pieced, part)
    assert _blocks(pieced) == _blocks(whole)


def test_a_long_answer_is_never_cut_inside_a_code_fence_or_with_reference_links(qapp):
    from council_desktop.ui.safe_browser import markdown_parts

    fence = "```\n" + "code line\n\n" * 2000 + "```\n"
    parts = markdown_parts("Intro.\n\n" + fence + "\nAfter.\n", 500)
    assert all(p.count("```") % 2 == 0 for p in parts)  # every part opens and closes its fences
    refs = "A [reference link][r] used before it is defined.\n\n" * 500 + "[r]: https://example.com\n"
    assert markdown_parts(refs, 500) == [refs]


def test_a_long_answer_renders_in_short_slices(qtbot):
    from council_desktop.ui import safe_browser

    text = long_markdown(2000)  # ~190 KB
    steps = safe_browser.markdown_document_steps(text, font=QApplication.font(), palette=QApplication.palette(),
                                                 width=700)
    took = []
    doc = None
    while doc is None:
        t = time.perf_counter()
        doc = next(steps)
        took.append(time.perf_counter() - t)
    whole = safe_browser.build_markdown_document(text, font=QApplication.font(), palette=QApplication.palette())
    assert doc.toPlainText() == whole.toPlainText() and len(doc.code_blocks) == len(whole.code_blocks)
    assert len(took) > 20
    # no slice near what one parse of the whole text takes (generous: a shared CI machine)
    t = time.perf_counter()
    QTextDocument().setMarkdown(text)
    once = time.perf_counter() - t
    assert sorted(took)[-2] < max(0.03, once / 3)


def test_a_long_final_text_is_laid_out_before_it_is_shown_and_a_new_text_meanwhile_wins(qtbot):
    pane = shown_pane(qtbot)
    text = long_markdown(600)
    pane.set_final_markdown(text)
    while pane._revealing is None:  # build it, put it in the browser
        pane._render_slice()
    assert pane.stack.currentWidget() is pane.browser
    assert not pane.browser.viewport().updatesEnabled()  # the old text stays on screen while the new is laid out
    pane.set_streaming_text("A new answer starts")  # e.g. the member is asked again
    assert pane.browser.viewport().updatesEnabled() and pane._revealing is None
    assert pane.shown_text() == "A new answer starts"
    pane.set_final_markdown(text)
    settle(pane, qtbot)
    assert pane.is_formatted() and pane.browser.viewport().updatesEnabled()
    assert pane.browser.toPlainText() == pane.browser.document().toPlainText() and "Heading 0" in pane.shown_text()
