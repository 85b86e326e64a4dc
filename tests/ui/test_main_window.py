"""The real MainWindow driven by respx-scripted OpenRouter streams through the real ProviderRegistry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from council_desktop.ui.model_list_model import Role
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB
from tests.helpers import until, wait_signal
from tests.ui.conftest import TEST_KEY, Script

MEMBERS = ("a/one", "b/two", "c/three")


def row_of(win, model):
    return win.list_model.row(model)


async def test_rows_go_pending_generating_chunk_by_chunk_then_done(harness, responder):
    win = harness.build(flush_ms=0)
    tokens = [f"t{i} " for i in range(8)]
    responder.default = Script(tokens=tokens, delay=0.02)
    shown: list[int] = []
    statuses: list[str] = []

    def before_chunk(_i):
        r = row_of(win, "a/one")
        shown.append(r.tokens if r else -1)
        statuses.append(r.status if r else "none")

    responder.before_chunk["a/one"] = before_chunk
    rows_at_start = {}

    def on_stage(stage, models):
        if stage == 1:
            rows_at_start.update({m: row_of(win, m).status for m in models})

    win.runner.stage_started.connect(on_stage)
    win.prompt.set_text("Why is the sky blue?")
    assert win.run_council()
    record = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert record.status == "complete"
    assert rows_at_start == {m: "pending" for m in MEMBERS}
    # chunk 0 is the keep-alive comment; the count shown before each later chunk rises with the chunks
    assert shown == sorted(shown)
    assert len(set(shown)) >= 5, shown  # intermediate values were on screen
    assert all(s == "generating" for s in statuses[1:])
    # stage 1 rows ended done with their exact counts; a finished council lists every member's answer again
    assert [r.status for r in record.stage1] == ["done"] * 3
    assert win.list_model.models() == list(MEMBERS)
    assert [row_of(win, m).status for m in MEMBERS] == ["done"] * 3
    assert row_of(win, "a/one").tokens == 8 and row_of(win, "a/one").exact


async def test_failed_model_shows_its_error_and_the_run_goes_on(harness, responder):
    win = harness.build(flush_ms=0)
    responder.scripts["b/two"] = Script(status=401, error_body="User not found.")
    errors = []
    win.runner.model_failed.connect(lambda ev: errors.append((ev.model, row_of(win, ev.model).status,
                                                              row_of(win, ev.model).detail(),
                                                              win.list_model.data(win.list_model.index(1),
                                                                                  Qt.ItemDataRole.ToolTipRole),
                                                              win.list_model.data(win.list_model.index(1),
                                                                                  Qt.ItemDataRole.AccessibleTextRole))))
    win.prompt.set_text("q")
    win.run_council()
    record = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert record.status == "complete"
    (model, status, detail, tooltip, spoken) = errors[0]
    assert (model, status) == ("b/two", "error")
    assert detail.startswith("Error: ") and "b/two" in detail
    assert "User not found" in tooltip
    assert spoken.startswith("b/two: failed")
    assert [r.model for r in record.answers()] == ["a/one", "c/three"]
    assert "1 model request failed (b/two)" in win.banner.text()
    assert row_of(win, "b/two").status == "error"  # still visible with its reason after the run
    win.model_list.activated.emit(win.list_model.index(2))
    assert win.results.currentIndex() == 1 and win.results.answers.currentIndex() == 2


async def test_progress_bar_follows_the_stages(harness, responder):
    win = harness.build(flush_ms=0)
    values = []
    labels = []
    win.runner.stage_started.connect(lambda s, _m: labels.append(win.stage_progress.label.text()))
    win.runner.stage_completed.connect(lambda s, _d: values.append(win.stage_progress.bar.value()))
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    assert labels == ["Stage 1/3 — Independent answers", "Stage 2/3 — Peer review", "Stage 3/3 — Chairman synthesis"]
    assert values == [100, 200, 300]
    assert win.stage_progress.bar.value() == win.stage_progress.bar.maximum()


async def test_results_fill_in_with_markdown_real_names_aggregate_and_final_answer(harness, responder):
    win = harness.build(flush_ms=0)
    responder.default = Script(tokens=["## Heading\n\n", "Some **bold** text.\n\n", "```\ncode()\n```\n"])
    win.prompt.set_text("Explain")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    res = win.results
    assert res.currentIndex() == FINAL_TAB
    assert win.windowTitle() == "LLM Council — Explain"
    # stage 1: a tab per model, Markdown rendered by Qt (no literal ** or ##)
    assert [res.answers.tabText(i) for i in range(res.answers.count())] == [f"✓ {m}" for m in MEMBERS]
    res.setCurrentIndex(ANSWERS_TAB)
    pane = res.answers.show_key("b/two")
    await until(lambda: "Heading" in pane.browser.toPlainText())
    assert "**" not in pane.browser.toPlainText() and "##" not in pane.browser.toPlainText()
    pane.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("## Heading")
    # stage 2: real names instead of "Response X", parsed ranking, aggregate table
    res.setCurrentIndex(REVIEW_TAB)
    review = res.reviews.tabs.show_key("a/one")
    await until(lambda: review.browser.toPlainText() != "")
    text = review.browser.toPlainText()
    assert "Response A" not in text and ("b/two" in text or "c/three" in text)
    assert "Ranking (parsed): 1." in review.caption.text()
    table = res.reviews.table.rows()
    assert sorted(r[1] for r in table) == sorted(MEMBERS)
    assert all(r[3] == "2" for r in table)  # every member got two votes
    # stage 3: the final answer, prominent, with its own copy button
    res.setCurrentIndex(FINAL_TAB)
    final = res.final.pane
    await until(lambda: "Synthesis" in final.browser.toPlainText())
    assert res.final.title.text() == "Final answer — a/one"
    final.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("# Synthesis")
    assert "Finished in" in win.banner.text() and "tokens" in win.banner.text()


async def test_cancel_button_closes_every_stream(harness, responder, qtbot):
    win = harness.build(flush_ms=0)
    responder.default = Script(hang=True)
    win.prompt.set_text("q")
    qtbot.mouseClick(win.run_button, Qt.MouseButton.LeftButton)
    await until(lambda: len(responder.responses) == 3 and all(
        (r := row_of(win, m)) is not None and r.tokens > 0 for m in MEMBERS))
    assert win.run_button.text() == "Cancel"
    qtbot.mouseClick(win.run_button, Qt.MouseButton.LeftButton)
    record = (await wait_signal(win.runner.finished, timeout=5))[0]
    assert record.status == "cancelled"
    assert responder.streams and all(s.closed for s in responder.streams)
    assert {row_of(win, m).status for m in MEMBERS} == {"cancelled"}
    assert "The run was cancelled" in win.banner.text() and "Kept: nothing" in win.banner.text().replace(
        "Nothing was kept", "Kept: nothing")
    assert win.run_button.text() == "Run"


async def test_keyboard_ctrl_enter_runs_and_escape_cancels(harness, responder, qtbot):
    win = harness.build(flush_ms=0)
    responder.default = Script(hang=True)
    win.prompt.setFocus()
    qtbot.keyClicks(win.prompt, "hello")
    qtbot.keyClick(win.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: win.runner.is_running)
    assert win.prompt.text() == "hello"  # Ctrl+Enter ran the council instead of inserting a newline
    await until(lambda: len(responder.responses) == 3)
    qtbot.keyClick(win.prompt, Qt.Key.Key_Escape)
    record = (await wait_signal(win.runner.finished, timeout=5))[0]
    assert record.status == "cancelled"
    assert responder.streams and all(s.closed for s in responder.streams)


async def test_empty_prompt_does_nothing_but_says_why(harness, responder, qtbot):
    win = harness.build()
    qtbot.mouseClick(win.run_button, Qt.MouseButton.LeftButton)
    assert not win.runner.is_running
    assert "The prompt is empty" in win.banner.text()
    assert responder.requests == []


async def test_a_failed_run_says_what_was_kept(harness, responder):
    win = harness.build(flush_ms=0)
    for m in MEMBERS:
        responder.scripts[m] = Script(status=402, error_body="Insufficient credits")
    win.prompt.set_text("q")
    win.run_council()
    record = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert record.status == "failed"
    text = win.banner.text()
    assert "The run failed" in text and "Nothing was kept" in text
    assert "run failed" in win.stage_progress.label.text()


async def test_skip_from_the_row_menu(harness, responder):
    win = harness.build(flush_ms=0)
    responder.scripts["c/three"] = Script(hang=True)
    win.prompt.set_text("q")
    win.run_council()
    await until(lambda: (r := row_of(win, "c/three")) is not None and r.status == "generating" and r.tokens > 0)
    menu = win.model_list.context_menu_for(2)
    skip = menu.actions()[0]
    assert skip.isEnabled() and skip.text() == "Skip c/three"
    skip.trigger()
    record = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert record.status == "complete"
    assert record.find(1, "c/three").error == "Skipped by the user."
    assert [r.model for r in record.answers()] == ["a/one", "b/two"]


async def test_unknown_member_ids_warn_but_do_not_block(harness, responder):
    win = harness.build(members=("a/one", "b/two", "x@local"), known=["a/one"], flush_ms=0)
    win.prompt.set_text("q")
    assert win.run_council()
    assert "b/two" in win.banner.text() and "x@local" not in win.banner.text()
    await wait_signal(win.runner.finished, timeout=10)


async def test_missing_key_opens_settings_instead_of_running(harness, responder):
    win = harness.build(key=None)
    win.prompt.set_text("q")
    assert not win.run_council()
    assert win.settings_dialog is not None and win.settings_dialog.isVisible()
    assert "No OpenRouter API key" in win.banner.text()
    win.settings_dialog.reject()


async def test_closing_the_window_mid_run_cancels_cleanly(harness, responder):
    win = harness.build(flush_ms=0)
    responder.default = Script(hang=True)
    win.prompt.set_text("q")
    win.run_council()
    await until(lambda: len(responder.responses) == 3)
    closed = []
    win.closed.connect(lambda: closed.append(True))
    win.close()
    await harness.runner.shutdown()
    assert closed == [True]
    assert not win.runner.is_running
    assert responder.streams and all(s.closed for s in responder.streams)


async def test_the_key_is_never_shown(harness, responder):
    win = harness.build(flush_ms=0)
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    dlg = win.open_settings()
    assert dlg.key_page.key_edit.text() == ""
    texts = [win.windowTitle(), dlg.windowTitle()]
    for w in [win, dlg, *win.findChildren(QWidget), *dlg.findChildren(QWidget)]:
        for attr in ("text", "toolTip", "accessibleName", "accessibleDescription", "placeholderText",
                     "windowTitle", "statusTip", "toPlainText"):
            fn = getattr(w, attr, None)
            if callable(fn):
                try:
                    texts.append(str(fn()))
                except TypeError:
                    pass
    assert texts and not [t for t in texts if TEST_KEY in t or TEST_KEY[-12:] in t]
    dlg.reject()


def test_every_control_has_an_accessible_name(harness):
    win = harness.build()
    dlg = win.open_settings()
    missing = []
    for root in (win, dlg):
        for w in root.findChildren(QWidget):
            if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit | QAbstractItemView) \
                    and not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text()):
                if w.objectName().startswith("qt_") or isinstance(w, QHeaderView) or not w.isVisibleTo(root):
                    continue  # Qt's own parts (headers, scroll buttons, popups not open)
                if w.parent() is not None and type(w.parent()).__name__ in ("QComboBox", "QSpinBox",
                                                                            "QDoubleSpinBox"):
                    continue
                missing.append(f"{type(w).__name__} {w.objectName()} in {type(w.parent()).__name__}")
    dlg.reject()
    assert not missing, missing


async def test_row_reads_its_status_as_text(harness, responder):
    win = harness.build(flush_ms=0)
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    spoken = win.list_model.data(win.list_model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("a/one: done") and "tokens" in spoken
    assert win.list_model.data(win.list_model.index(0), Role.GLYPH) == "✓"


def test_geometry_is_remembered(harness, qtbot):
    win = harness.build()
    win.resize(700, 500)
    win.close()
    from council_desktop.ui.main_window import MainWindow

    again = MainWindow(harness.runner, settings_store=harness.settings_store, key_store=harness.key_store,
                       paths=harness.paths, check_key_on_show=False)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert (harness.paths.config_dir / "window.ini").exists()


def test_shortcuts_list_under_help(harness):
    win = harness.build()
    dlg = win.show_shortcuts()
    keys = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
    assert "Ctrl+Enter" in keys and "Esc" in keys
    help_menu = [a for a in win.menuBar().actions() if a.text() == "&Help"][0].menu()
    assert any(a.text() == "&Keyboard shortcuts" for a in help_menu.actions())
    dlg.reject()


async def test_banners_for_a_skipped_review_and_a_chairman_fallback(harness, responder):
    win = harness.build(members=("a/one", "b/two"), chairman="z/chair", flush_ms=0)
    responder.scripts["b/two"] = Script(status=402, error_body="Insufficient credits")
    responder.scripts["z/chair"] = Script(status=404, error_body="z/chair is not a valid model ID",
                                          fail_stages=(3,))
    win.prompt.set_text("q")
    win.run_council()
    record = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert record.status == "complete" and record.stage2_skipped and record.synthesis.fallback
    text = win.banner.text()
    assert "Stage 2 skipped" in text and "Chairman fallback" in text
    assert "Finished in" in text
    assert win.results.tabText(2) == "Peer review (stage 2) · skipped"
    assert "Stage 2 skipped" in win.results.reviews.notice.text()
    assert win.results.final.notice.text().startswith("⚠ The chairman z/chair failed")
