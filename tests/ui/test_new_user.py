"""What a new user hit (issue 13), each fixed and checked as the user sees it: readable member names at 12+
members, a run that always shows its own question, history browsing that leaves the live run alone, a layout for
1024x700 at 150 % text, parse status on every review, a key page that does not contradict itself, a model picker
with prices, help in Settings, copy with feedback, Find and zoom, errors that say what to do."""

from __future__ import annotations

import asyncio
import dataclasses

import httpx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QCompleter, QFileDialog

from council_desktop.app import build_app
from council_desktop.council.state import (
    AggregateEntry,
    MemberState,
    MemberStatus,
    RunState,
    StageState,
    Synthesis,
)
from council_desktop.council.values import Review
from council_desktop.storage.export import from_json_any
from council_desktop.storage.keystore import OPENROUTER_USER, KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.ui import fmt
from council_desktop.ui.answers_view import AnswersView
from council_desktop.ui.appearance import apply_appearance, text_zoom
from council_desktop.ui.markdown_pane import COPIED_TEXT, MarkdownPane
from council_desktop.ui.model_picker import HEADERS, ModelPicker
from council_desktop.ui.prompt_box import MAX_LINES, MIN_LINES, PromptBox
from council_desktop.ui.review_view import PARSE_GLYPH, ReviewView
from council_desktop.ui.runner import Changes
from council_desktop.ui.settings_dialog import HELP, SettingsDialog
from tests.helpers import until, wait_signal
from tests.ui.conftest import BASE, OFFSCREEN_NOISE, TEST_KEY, Script

S = MemberStatus
MEMBERS = ("a/one", "b/two", "c/three")


def member(model, stage=1, status=S.DONE, text="", **kw) -> MemberState:
    return MemberState(model, stage, status, text, **kw)


def record(prompt="Why is the sky blue?", run_id="r-old", **kw) -> RunState:
    s1 = tuple(member(m, text=f"Answer of {m}", duration_ms=100, token_count=10, exact_tokens=True) for m in MEMBERS)
    s3 = (member("a/one", 3, text="# Final\n\nThe **old** final answer.", token_count=5, exact_tokens=True),)
    rec = RunState(id=run_id, prompt=prompt, members=MEMBERS, chairman="a/one", status="complete", wall_ms=1000,
                   stage=3, created_at="2025-03-01T10:00:00.000+00:00",
                   stages=(StageState(1, "done", s1), StageState(2, "done", ()), StageState(3, "done", s3)),
                   synthesis=Synthesis("a/one", "a/one", "# Final\n\nThe **old** final answer."))
    return dataclasses.replace(rec, **kw)


_HTTP: dict[int, httpx.AsyncClient] = {}


@pytest.fixture
def app_parts(qtbot, responder):
    """The real object graph (history included) on respx; a test ends with ``await close(parts)``."""

    def make(members=MEMBERS, *, text_scale=100, size=(1280, 820), **settings):
        paths = app_paths().ensure()
        SettingsStore(paths.settings_file).save(Settings(members=members, chairman=members[0], base_url=BASE,
                                                         text_scale=text_scale, **settings))
        http = httpx.AsyncClient()
        parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}), env={},
                          check_key_on_show=False, flush_interval_ms=0)
        qtbot.addWidget(parts.window)
        parts.window.resize(*size)
        parts.window.show()
        _HTTP[id(parts)] = http
        return parts

    yield make
    apply_appearance("system", 100)  # the appearance is app-wide: the next test starts from the system's
    text_zoom().reset()


async def close(parts) -> None:
    await parts.aclose()
    http = _HTTP.pop(id(parts), None)
    if http is not None:
        await http.aclose()


# -- tabs that can be read, at 12+ members --------------------------------------------------------------------

def test_member_names_are_short_unique_and_the_full_id_is_in_the_tooltip(qtbot):
    assert fmt.short_names(["openai/gpt-5.1", "google/gemini-3-pro"]) == {"openai/gpt-5.1": "gpt-5.1",
                                                                         "google/gemini-3-pro": "gemini-3-pro"}
    clash = fmt.short_names(["a/llama", "b/llama", "llama@ollama", "llama@lmstudio", "c/x"])
    assert len(set(clash.values())) == 5 and clash["c/x"] == "x"
    assert clash["a/llama"] == "a/llama" and clash["llama@ollama"] == "llama@ollama"
    ids = [f"vendor{i % 4}/model-{i}" for i in range(14)] + ["other/model-3"]
    view = AnswersView()
    qtbot.addWidget(view)
    view.resize(1024, 500)
    view.show()
    view.show_members([member(m, text="x") for m in ids], Changes.all(), over=True)
    labels = [view.tabText(i) for i in range(view.count())]
    assert len(set(labels)) == len(ids) == 15  # every member readable and told apart
    assert "✓ model-0" in labels and "✓ vendor3/model-3" in labels and "✓ other/model-3" in labels
    assert all("…" not in lab for lab in labels)
    assert all(ids[i] in view.tabToolTip(i) for i in range(len(ids)))
    # the list is as wide as its labels (within bounds), and the page gets the rest
    assert view.nav.width() < view.width() // 3
    view.setCurrentIndex(14)
    assert view.current_key() == "other/model-3" and view.current_pane() is not None


def test_every_review_says_whether_its_ranking_was_read(qtbot):
    reviews = (member("a/x", 2, text="ok\n\nFINAL RANKING:\n1. Response A",
                      review=Review({"Response A": "b/y"}, ("Response A",), ("b/y",), "ok")),
               member("b/y", 2, text="meh", review=Review({"Response A": "a/x"}, (), (), "failed",
                                                         parse_reason="no FINAL RANKING line")),
               member("c/z", 2, text="half", review=Review({"Response A": "a/x", "Response B": "b/y"},
                                                          ("Response A",), ("a/x",), "partial")))
    state = RunState(id="r", prompt="q", members=("a/x", "b/y", "c/z"), chairman="a/x", status="complete", stage=3,
                     stages=(StageState(1, "done", ()), StageState(2, "done", reviews), StageState(3, "done", ())),
                     aggregate=(AggregateEntry("b/y", 1.0, 1, 2, 1, 1), AggregateEntry("a/x", 1.0, 1, 1, 2, 2)))
    view = ReviewView()
    qtbot.addWidget(view)
    view.show_state(state, Changes.all())
    titles = [view.tabs.tabText(i) for i in range(3)]
    assert titles == ["✓ x", f"{PARSE_GLYPH} y · no ranking", "✓ z · partly parsed"]  # a failed parse has no ✓
    assert "no FINAL RANKING line" in view.tabs.tabToolTip(1)
    assert view.table_title.text().startswith("Aggregate ranking from 2 of 3 reviews")


# -- a run on screen shows its own question; the prompt box is for the next one ------------------------------

async def test_a_reopened_run_shows_its_own_question_and_ctrl_enter_asks_the_box(app_parts, responder, qtbot):
    parts = app_parts()
    win = parts.window
    parts.history_store.save_record(record())
    win.prompt.set_text("A brand new question")
    win.history_panel.refresh()
    win.history_panel.run_selected.emit("r-old")
    assert win.run_view.question.prompt == "Why is the sky blue?"  # the run's own question, above its answer
    assert "Why is the sky blue?" in win.run_view.question.shown_text()
    assert win.prompt.text() == "A brand new question"  # the box keeps the next question...
    assert win.prompt.accessibleName() == "New question" and win.prompt_label.text() == "&New question:"
    qtbot.keyClick(win.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    state = (await wait_signal(parts.runner.finished, timeout=10))[0]
    assert state.prompt == "A brand new question"  # ...and Ctrl+Enter asks it, not the run on screen
    assert win.run_view.question.prompt == "A brand new question" and win.prompt.text() == ""
    win.run_view.question.reuse_button.click()  # "Edit as new question"
    assert win.prompt.text() == "A brand new question" and win.prompt.hasFocus()
    await close(parts)


def test_a_long_question_is_cut_with_show_all(qtbot):
    from council_desktop.ui.question_bar import QuestionBar

    bar = QuestionBar()
    qtbot.addWidget(bar)
    long = "\n".join(f"line {i} of a long question" for i in range(10))
    bar.show_question(long)
    assert bar.shown_text().endswith("…") and bar.more_button.isVisibleTo(bar)
    bar.more_button.click()
    assert bar.shown_text() == long and bar.more_button.text() == "Show less"


# -- browsing history never disturbs the live run; the way back is obvious -----------------------------------

async def test_opening_an_old_run_mid_run_leaves_the_live_run_alone(app_parts, responder, qtbot):
    parts = app_parts()
    win = parts.window
    parts.history_store.save_record(record())
    win.history_panel.refresh()
    responder.default = Script(hang=True)
    win.prompt.set_text("live question")
    assert win.run_council()
    await until(lambda: len(responder.responses) == 3)
    assert not win.live_bar.isVisibleTo(win)
    win.history_panel.run_selected.emit("r-old")
    # the old run alone: its question, its final answer, its rows — nothing of the live run mixed in
    assert win.run_view.question.prompt == "Why is the sky blue?"
    assert win.results.final.pane.text.startswith("# Final") and win.results.final.member.isVisibleTo(win)
    assert [win.list_model.row(m).status for m in MEMBERS] == ["done"] * 3
    assert win.live_bar.isVisibleTo(win) and "goes on" in win.live_bar.label.text()
    assert win.back_to_live_action.isEnabled() and win.back_to_live_action.shortcuts()
    await asyncio.sleep(0.2)  # the live run moves on meanwhile...
    assert win.run_view.question.prompt == "Why is the sky blue?"  # ...and never pulls the view back
    win.live_bar.back_button.click()
    assert win.run_view.question.prompt == "live question" and win.run_view.live
    assert not win.live_bar.isVisibleTo(win) and not win.back_to_live_action.isEnabled()
    win.cancel_run()
    await wait_signal(parts.runner.finished, timeout=10)
    await close(parts)


# -- 1024x700 at 150 % text --------------------------------------------------------------------------------------

async def test_the_window_fits_1024x700_at_150_percent_text(app_parts, responder, qtbot):
    parts = app_parts(text_scale=150, size=(1024, 700))
    win = parts.window
    assert QApplication.font().pointSizeF() == pytest.approx(_system_size() * 1.5, abs=0.1)
    await until(lambda: win.isVisible())
    assert not win.sidebar.isVisibleTo(win)  # no room for it: collapsed, the button brings it back
    assert win.history_button.defaultAction() is win.history_action
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(parts.runner.finished, timeout=10)
    win.results.setCurrentIndex(2)
    await asyncio.sleep(0.05)  # (never processEvents() inside the running loop)
    assert win.minimumSizeHint().width() <= 1024 and win.width() <= 1024  # nothing widens the window
    line = QFontMetrics(QApplication.font()).lineSpacing()
    review = win.results.reviews.tabs.current_pane()
    assert review is not None and review.pane.visible_view().height() >= 3 * line  # lines of a review, not 60 px
    win.results.setCurrentIndex(0)
    await asyncio.sleep(0.05)
    assert win.results.final.pane.visible_view().height() >= 6 * line
    win.history_action.trigger()
    assert win.sidebar.isVisibleTo(win) and win.sidebar.width() >= win.sidebar.minimumWidth() > 100
    await close(parts)


def _system_size() -> float:
    from council_desktop.ui.appearance import _Base

    return (_Base.font or QApplication.font()).pointSizeF()


def test_the_prompt_box_grows_with_its_text(qtbot):
    box = PromptBox()
    qtbot.addWidget(box)
    box.resize(400, 100)
    box.show()
    empty = box.height()
    assert box.lines_shown() == MIN_LINES
    box.set_text("\n".join(["line"] * 5))
    assert box.lines_shown() == 5 and box.height() > empty
    box.set_text("\n".join(["line"] * 40))
    assert box.lines_shown() == MAX_LINES  # then it scrolls
    box.clear()
    assert box.height() == empty


# -- errors say what the user can do; totals keep "~"; a local council needs no key --------------------------

@pytest.mark.parametrize(("kind", "code", "error", "says"), [
    ("credits", 402, "Not enough OpenRouter credits (402).", "top up credits or lower Max tokens"),
    ("auth", 401, "OpenRouter rejected the API key (401).", "check the key in Settings"),
    ("rate_limit", 429, "Rate limited (429).", "wait a minute, or pick another model"),
    ("not_found", 404, "No such model (404).", "pick another model"),
    ("upstream", 400, "This model's maximum context length is 4096 tokens.", "lower Max tokens"),
])
def test_failed_rows_say_what_to_do(kind, code, error, says):
    m = member("a/x", status=S.FAILED, error=error, kind=kind, status_code=code)
    assert says in fmt.member_detail(m)
    assert "What you can do:" in fmt.member_tooltip(m) and error in fmt.member_tooltip(m)


def test_totals_keep_the_tilde_of_estimated_tokens():
    rec = record()
    assert "~" not in fmt.run_totals(rec)  # all exact
    estimated = dataclasses.replace(rec, stages=(StageState(1, "done", (member("a/one", token_count=40),)),
                                                 *rec.stages[1:]))
    assert "~" in fmt.run_totals(estimated)


def test_a_local_council_never_asks_for_an_openrouter_key(harness):
    win = harness.build(members=("llama@ollama",), chairman="llama@ollama", key=None)
    assert "No OpenRouter key" not in win.key_status.text() and "no OpenRouter key needed" in win.key_status.text()
    win.settings = Settings(members=("a/one",), chairman="a/one")
    win._update_key_status()
    assert win.key_status.text() == "No OpenRouter key — open Settings"


# -- the key page -------------------------------------------------------------------------------------------

def _dialog(qtbot, settings=None, keys=None, service=None, first_run=False) -> SettingsDialog:
    paths = app_paths().ensure()
    dlg = SettingsDialog(settings or Settings(), SettingsStore(paths.settings_file), keys or KeyStore(env={}),
                         service, first_run=first_run)
    qtbot.addWidget(dlg)
    return dlg


def test_the_key_page_never_calls_an_unsaved_key_saved(qtbot):
    keys = KeyStore(env={})
    keys._session[OPENROUTER_USER] = "sk-or-v1-session-only"  # a key kept for this session (no keyring)
    dlg = _dialog(qtbot, keys=keys)
    page = dlg.key_page
    assert keys.lookup().source == "session"
    assert "not saved" in page.source.text() and "saved in" not in page.key_edit.placeholderText()
    assert "this session" in page.key_edit.placeholderText()
    assert "openrouter.ai/keys" in page.link.text() and 'href="https://openrouter.ai/keys"' in page.link.text()
    assert page.link.openExternalLinks()


def test_without_a_keyring_the_first_run_says_so_once(qtbot):
    import keyring
    from keyring.backends import fail

    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dlg = _dialog(qtbot, first_run=True)
        page = dlg.key_page
        assert "this session only" in page.intro.text()
        assert not page.keyring_notice.isVisibleTo(page)  # said in the welcome text: not twice
    finally:
        keyring.set_keyring(old)


async def test_a_key_that_tested_fine_is_not_reported_missing(qtbot, respx_mock):
    from council_desktop.providers.openrouter_api import ModelCatalog
    from council_desktop.ui.openrouter_service import OpenRouterService

    respx_mock.get(f"{BASE}/key").mock(return_value=httpx.Response(200, json={"data": {"label": "sk-or…x"}}))
    http = httpx.AsyncClient()
    service = OpenRouterService(http, lambda: BASE, ModelCatalog(app_paths().ensure().models_cache_file))
    dlg = _dialog(qtbot, service=service)
    page = dlg.key_page
    assert page.source.text() == "No key is set yet."
    page.key_edit.setText("sk-or-v1-typed")
    page.test_button.click()
    await wait_signal(service.key_checked)
    assert page.result.text().startswith("✓") and "No key is set yet" not in page.source.text()
    assert "works" in page.source.text() and "Save" in page.source.text()
    await service.aclose()
    await http.aclose()


# -- model picker, settings help ------------------------------------------------------------------------------

CATALOG = [
    {"id": "openai/gpt-5.1", "name": "GPT-5.1", "context_length": 400_000,
     "pricing": {"prompt": "0.00000125", "completion": "0.00001"}},
    {"id": "meta/llama:free", "name": "Llama (free)", "context_length": 131_072,
     "pricing": {"prompt": "0", "completion": "0"}},
    {"id": "x-ai/grok-4", "name": "Grok 4", "context_length": 256_000,
     "pricing": {"prompt": "0.000003", "completion": "0.000015"}},
    {"id": "odd/model", "name": "Odd", "pricing": {}},
]


def _picker(qtbot, **kw) -> ModelPicker:
    picker = ModelPicker(None, **kw)
    qtbot.addWidget(picker)
    picker.set_models(CATALOG)
    return picker


def test_the_picker_shows_price_and_context_and_sorts_by_them(qtbot):
    picker = _picker(qtbot)
    assert list(HEADERS) == ["★", "Name", "Model id", "In $/M", "Out $/M", "Context"]
    rows = {r[2]: r for r in picker.row_texts()}
    assert rows["openai/gpt-5.1"][3:] == ["$1.25", "$10.00", "400k"]
    assert rows["meta/llama:free"][3:] == ["free", "free", "131k"]
    assert rows["odd/model"][3:] == ["?", "?", "?"]
    picker.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # cheapest answers first; unknown prices last
    assert [r[2] for r in picker.row_texts()] == ["meta/llama:free", "openai/gpt-5.1", "x-ai/grok-4", "odd/model"]
    picker.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # largest context first
    assert [r[2] for r in picker.row_texts()][0] == "openai/gpt-5.1"
    picker.search.setText("GROK")  # by name or id, any case
    assert [r[2] for r in picker.row_texts()] == ["x-ai/grok-4"]


def test_favourites_are_starred_listed_first_and_saved(qtbot):
    picker = _picker(qtbot, favourites=["x-ai/grok-4"])
    assert picker.row_texts()[0][:3] == ["★", "Grok 4", "x-ai/grok-4"]
    assert picker.select_id("meta/llama:free")
    picker.star_shortcut.activated.emit()  # Ctrl+D
    picker.favourites_only.setChecked(True)
    assert sorted(r[2] for r in picker.row_texts()) == ["meta/llama:free", "x-ai/grok-4"]
    assert picker.favourites() == ["x-ai/grok-4", "meta/llama:free"]
    dlg = _dialog(qtbot, Settings(favourite_models=("x-ai/grok-4",)))
    dlg.members_page._keep_favourites(picker)  # the picker closed
    dlg.save()
    assert SettingsStore(app_paths().settings_file).load().favourite_models == ("x-ai/grok-4", "meta/llama:free")


def test_the_chairman_box_completes_inline_without_a_popup(qtbot):
    dlg = _dialog(qtbot)
    page = dlg.members_page
    assert page.chairman.completer().completionMode() == QCompleter.CompletionMode.InlineCompletion


def test_members_are_listed_with_name_price_and_context(qtbot):
    from council_desktop.providers.openrouter_api import ModelCatalog
    from council_desktop.ui.openrouter_service import OpenRouterService

    catalog = ModelCatalog(app_paths().ensure().models_cache_file)
    catalog.save(CATALOG)
    service = OpenRouterService(None, lambda: BASE, catalog)
    dlg = _dialog(qtbot, Settings(members=("openai/gpt-5.1",), chairman="openai/gpt-5.1"), service=service)
    page = dlg.members_page
    text = page.list.item(0).text()
    assert text.startswith("GPT-5.1 — openai/gpt-5.1") and "$1.25" in text and "400k context" in text
    assert page.members() == ["openai/gpt-5.1"]  # the id is what is saved


def test_every_timeout_and_temperature_is_explained_and_can_be_reset(qtbot):
    dlg = _dialog(qtbot, Settings(temperature=1.5, max_tokens=999, quorum=2, first_token_timeout=15))
    for name, text in HELP.items():
        box = getattr(dlg, name)
        assert box.toolTip() == text and box.accessibleDescription() == text
        assert dlg.help_labels[name].text() == text
    dlg.reset_button.click()
    d = Settings()
    assert (dlg.temperature.value(), dlg.max_tokens.value(), dlg.quorum.value(), dlg.first_token_timeout.value()) \
        == (d.temperature, d.max_tokens, 0, d.first_token_timeout)


# -- appearance -------------------------------------------------------------------------------------------------

def test_light_dark_and_text_size_apply_live_and_cancel_reverts(qtbot):
    base = QApplication.font().pointSizeF()
    dlg = _dialog(qtbot)
    page = dlg.appearance_page
    pane = MarkdownPane("an answer")
    qtbot.addWidget(pane)
    page.colours.setCurrentIndex(page.colours.findData("dark"))
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80  # at once, before Save
    page.text_size.setCurrentIndex(page.text_size.findData(150))
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    assert pane.text_point_size() == pytest.approx(base * 1.5, abs=0.1)  # the answers follow
    dlg.reject()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    assert QApplication.font().pointSizeF() == pytest.approx(base, abs=0.1)
    dlg = _dialog(qtbot)
    dlg.appearance_page.colours.setCurrentIndex(dlg.appearance_page.colours.findData("light"))
    dlg.save()
    assert SettingsStore(app_paths().settings_file).load().appearance == "light"
    apply_appearance("system", 100)


# -- reading and copying ----------------------------------------------------------------------------------------

def _formatted(qtbot, text: str) -> MarkdownPane:
    pane = MarkdownPane("the final answer")
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    pane.set_final_markdown(text)
    pane.render_now()
    return pane


def test_copy_gives_markdown_and_formatted_text_and_says_copied(qtbot):
    pane = _formatted(qtbot, "# Title\n\nSome **bold** text.")
    with qtbot.waitSignal(pane.copied):
        pane.copy_button.click()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "# Title\n\nSome **bold** text."  # Markdown where pasted as text
    assert "<b>" in mime.html() or "font-weight" in mime.html()  # formatted where pasted as rich text
    assert pane.copy_button.text() == COPIED_TEXT
    qtbot.waitUntil(lambda: pane.copy_button.text() == "Copy", timeout=3000)


def test_each_code_block_has_its_own_copy_link(qtbot):
    pane = _formatted(qtbot, "Intro\n\n```python\nprint('a')\nprint('b')\n```\n\nMiddle\n\n```\nsecond\n```\n")
    doc = pane.browser.document()
    assert doc.code_blocks == ["print('a')\nprint('b')", "second"]
    assert "python  Copy" in pane.shown_text()
    pane.browser.anchorClicked.emit(QUrl(doc.copy_href(0)))
    assert QGuiApplication.clipboard().text() == "print('a')\nprint('b')"  # exactly the block
    assert pane.copy_button.text() == "✓ Code copied"
    forged = QUrl(f"council-copy:{'0' * 16}/1")  # a link written in the answer cannot pose as one
    assert doc.code_for(forged) is None


def test_a_long_code_line_does_not_scroll_the_whole_answer(qtbot):
    pane = _formatted(qtbot, "Text\n\n```\n" + "x" * 3000 + "\n```\n")
    QApplication.processEvents()
    assert pane.browser.horizontalScrollBar().maximum() == 0


async def test_ctrl_f_finds_in_the_answer_and_esc_only_closes_the_bar(harness, responder, qtbot):
    win = harness.build()
    responder.stage_tokens[3] = ["The sky ", "is blue. ", "The sea ", "is blue too."]
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    win.results.setCurrentIndex(0)
    win.results.final.pane.render_now()
    win.find_action.trigger()  # Ctrl+F
    bar = win.run_view.find_bar
    assert bar.isVisibleTo(win) and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "blue")
    assert bar.count.text() == "1 of 2"
    bar.next_shortcut.activated.emit()  # F3
    assert bar.count.text() == "2 of 2"
    bar.find_next()  # wraps around
    assert bar.count.text() == "1 of 2"
    assert win.results.final.pane.browser.extraSelections()  # every match is marked
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisibleTo(win) and not win.results.final.pane.browser.extraSelections()
    await harness.aclose()


def test_ctrl_plus_and_minus_zoom_the_answers(harness, qtbot):
    win = harness.build()
    pane = win.results.final.pane
    before = pane.text_point_size()
    win.zoom_in_action.trigger()
    win.zoom_in_action.trigger()
    assert pane.text_point_size() > before and text_zoom().percent == 125
    win.zoom_out_action.trigger()
    assert text_zoom().percent == 110
    assert [k.toString() for k in win.zoom_in_action.shortcuts()][:1] == ["Ctrl++"]
    win.zoom_reset_action.trigger()
    assert pane.text_point_size() == pytest.approx(before)


# -- export and import from the window ----------------------------------------------------------------------------

async def test_file_export_says_where_the_file_went_and_opens_its_folder(app_parts, responder, tmp_path, qtbot,
                                                                          monkeypatch):
    parts = app_parts()
    win = parts.window
    assert win.export_action.shortcuts()[0].toString() == "Ctrl+E" and win.export_action in win.file_menu.actions()
    win.prompt.set_text("What is a council?")
    win.run_council()
    state = (await wait_signal(parts.runner.finished, timeout=10))[0]
    target = tmp_path / "council.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened = []
    monkeypatch.setattr(win, "open_folder", lambda folder: opened.append(folder) or True)
    assert win.export_shown() == target
    assert [r.id for r in from_json_any(target.read_text(encoding="utf-8"))] == [state.id]
    assert str(target) in win.notice.label.text() and win.notice.action_button.text() == "Open folder"
    win.notice.action_button.click()
    assert opened == [tmp_path]
    offered = []  # the dialog offers every format the export knows; a name without a suffix gets the chosen one
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: offered.append(a[3]) or (str(tmp_path / "page"), "Web page (*.html *.htm)"))
    assert win.export_shown() == tmp_path / "page.html"
    assert "PDF (*.pdf)" in offered[0] and "Markdown" in offered[0]
    assert "<html" in (tmp_path / "page.html").read_text(encoding="utf-8").lower()
    # several runs selected in the history: one file with all of them
    parts.history_store.save_record(record())
    win.history_panel.refresh()
    win.history_panel.view.selectAll()
    both = tmp_path / "both.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(both), ""))
    win.export_action.trigger()
    assert {r.id for r in from_json_any(both.read_text(encoding="utf-8"))} == {state.id, "r-old"}
    assert "2 runs were exported" in win.notice.label.text()
    await close(parts)


async def test_file_import_and_a_dropped_json_add_runs(app_parts, tmp_path, qtbot, monkeypatch):
    from council_desktop.storage.export import to_json

    parts = app_parts()
    win = parts.window
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_text(to_json(record(run_id="r-imported", prompt="Imported question")), encoding="utf-8")
    two.write_text(to_json(record(run_id="r-dropped", prompt="Dropped question")), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(one)], ""))
    win.import_action.trigger()
    assert parts.history_store.exists("r-imported") and "Imported 1 run from one.json." in win.notice.label.text()
    assert win.run_view.question.prompt == "Imported question"  # shown at once
    assert win.history_panel.current_run_id() == "r-imported"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(two))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    win.dropEvent(drop)
    assert parts.history_store.exists("r-dropped")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    win.import_files([bad])
    assert "bad.json was not imported" in win.notice.label.text()
    win.import_files([one])  # already there: said, nothing doubled
    assert "already in the history" in win.notice.label.text()
    assert parts.history_store.count() == 2
    await close(parts)


# -- history niceties ---------------------------------------------------------------------------------------------

def test_history_groups_by_date_with_pinned_runs_on_top(qtbot, tmp_path):
    from datetime import date

    from council_desktop.storage.history import HistoryStore
    from council_desktop.ui.history_model import PINNED, date_group
    from council_desktop.ui.history_panel import HistoryPanel

    today = date(2026, 3, 12)  # a Thursday
    assert [date_group(f"2026-03-{d:02d}T12:00:00", today=today) for d in (12, 11, 9, 3, 1)] == [
        "Today", "Yesterday", "This week", "Last week", "This month"]
    assert date_group("2025-11-02T12:00:00", today=today) == "November 2025"
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        for i, when in enumerate(("2024-01-05", "2024-01-06", "2024-02-01")):
            store.save_record(record(run_id=f"r{i}", prompt=f"Question {i}", created_at=f"{when}T10:00:00+00:00"))
        panel = HistoryPanel(store)
        qtbot.addWidget(panel)
        m = panel.model
        groups = [m.data(m.index(r, 0), m.GroupRole) for r in range(3)]
        assert groups == ["February 2024", "January 2024", None]
        assert panel.set_pinned("r0", True)  # the oldest run, pinned: on top, in a group of its own
        assert [m.run_id_at(r) for r in range(3)] == ["r0", "r2", "r1"]
        assert m.data(m.index(0, 0), m.GroupRole) == PINNED
        assert m.data(m.index(0, 0), Qt.ItemDataRole.AccessibleTextRole).startswith("Pinned: Pinned. Question 0")
        menu = panel.build_menu("r0")
        assert "Unpin" in [a.text() for a in menu.actions()]


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_rename_in_place_with_f2(qtbot, tmp_path):
    from council_desktop.storage.history import HistoryStore
    from council_desktop.ui.history_panel import HistoryPanel

    with HistoryStore(tmp_path / "h.sqlite3") as store:
        store.save_record(record(run_id="r0", prompt="Question zero"))
        panel = HistoryPanel(store)
        qtbot.addWidget(panel)
        with qtbot.waitActive(panel):  # keys go to the active window
            panel.show()
            panel.activateWindow()
        panel.select_run("r0")
        renamed = []
        panel.run_renamed.connect(lambda run_id, title: renamed.append((run_id, title)))
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: panel.view.state() == panel.view.State.EditingState)
        editor = QApplication.focusWidget()  # the title, in place, ready to type over
        assert editor is panel.view.indexWidget(panel.view.currentIndex())
        assert editor.text() == "Question zero"
        editor.setText("My name for it")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(renamed))  # Qt commits on the next loop turn
        assert renamed == [("r0", "My name for it")]
        assert store.summary("r0").title == "My name for it" and store.list_runs("name")[0].id == "r0"
        m = panel.model
        assert m.data(m.index(0, 0), m.TitleRole) == "My name for it"


def test_history_rows_show_cost_and_status_at_a_glance(qtbot):
    from council_desktop.storage.history import RunSummary
    from council_desktop.ui.history_delegate import row_cost, row_details

    failed = RunSummary("id", "t", "2025-03-01T10:00:00+00:00", "failed", ["a", "b"], None, 0)
    degraded = RunSummary("id", "t", "2025-03-01T10:00:00+00:00", "complete", ["a"], 0.0123, 5, degraded=True)
    assert row_details(failed) == "2025-03-01 · failed · 2 models" and row_cost(failed.cost) == ""
    assert row_details(degraded) == "2025-03-01 · complete, degraded · 1 model" and row_cost(0.0123) == fmt.cost(0.0123)
    assert row_cost(0.0) == "free"


# (drag enter accepts only .json files)
def test_drag_enter_accepts_only_json_files(harness, tmp_path):
    from PySide6.QtGui import QDragEnterEvent

    win = harness.build()
    good, other = tmp_path / "a.json", tmp_path / "a.txt"
    good.write_text("{}", encoding="utf-8")
    other.write_text("x", encoding="utf-8")
    for path, accepted in ((good, True), (other, False)):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        e = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
        win.dragEnterEvent(e)
        assert e.isAccepted() == accepted
    assert win.acceptDrops()
