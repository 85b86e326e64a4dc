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

    def on_state(state, changes):
        if state.stage == 1 and not rows_at_start and win.list_model.models():
            rows_at_start.update({m: row_of(win, m).status for m in state.members})

    win.runner.state_changed.connect(on_state)
    win.prompt.set_text("Why is the sky blue?")
    assert win.run_council()
    record = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert record.status == "complete"
    # the first rows shown: nobody has written yet (a pending row may already say "waiting" when its request left
    # while the window took its turn: ui/turns.py)
    assert set(rows_at_start) == set(MEMBERS) and set(rows_at_start.values()) <= {"pending", "waiting"}
    # chunk 0 is the keep-alive comment (the request is on the wire: "waiting"); the count shown before each
    # later chunk rises with the chunks
    assert statuses[1] == "waiting"
    assert shown == sorted(shown)
    assert len(set(shown)) >= 5, shown  # intermediate values were on screen
    assert all(s == "generating" for s in statuses[2:]), statuses
    # stage 1 rows ended done with their exact counts; a finished council lists every member's answer again
    assert [r.status for r in record.stage1] == ["done"] * 3
    assert win.list_model.models() == list(MEMBERS)
    assert [row_of(win, m).status for m in MEMBERS] == ["done"] * 3
    assert row_of(win, "a/one").tokens == 8 and row_of(win, "a/one").exact


async def test_failed_model_shows_its_error_and_the_run_goes_on(harness, responder):
    win = harness.build(flush_ms=0)
    responder.scripts["b/two"] = Script(status=401, error_body="User not found.")
    seen = []

    def on_state(state, changes):
        r = row_of(win, "b/two")
        if win.list_model.stage == 1 and r is not None and r.status == "failed" and not seen:
            i = win.list_model.models().index("b/two")
            seen.append((r.detail(), win.list_model.data(win.list_model.index(i), Qt.ItemDataRole.ToolTipRole),
                         win.list_model.data(win.list_model.index(i), Qt.ItemDataRole.AccessibleTextRole),
                         win.list_model.data(win.list_model.index(i), Role.GLYPH)))

    win.runner.state_changed.connect(on_state)
    win.prompt.set_text("q")
    win.run_council()
    record = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert record.status == "complete"
    (detail, tooltip, spoken, glyph) = seen[0]  # while the run went on
    assert detail == "failed (401) · check the key in Settings"  # the row says what to do...
    assert "What you can do: Check the key" in tooltip  # ...and its tooltip why, and how
    assert "User not found" in tooltip and "HTTP 401" in tooltip
    assert spoken.startswith("b/two: failed")
    assert glyph == "✗"
    assert [r.model for r in record.answers()] == ["a/one", "c/three"]
    assert "1 model request failed (b/two)" in win.banner.text()
    assert row_of(win, "b/two").status == "failed"  # still visible with its reason after the run
    win.model_list.activated.emit(win.list_model.index(2))
    assert win.results.currentIndex() == 1 and win.results.answers.currentIndex() == 2


async def test_progress_bar_follows_the_stages_and_moves_within_them(harness, responder):
    win = harness.build(flush_ms=0)
    for m, delay in zip(MEMBERS, (0.005, 0.03, 0.06), strict=True):
        responder.scripts[m] = Script(delay=delay)
    labels: list[str] = []
    values: list[tuple[int, int]] = []

    def on_state(state, changes):
        labels.append(win.stage_progress.label.text())
        values.append((state.stage, win.stage_progress.bar.value()))

    win.runner.state_changed.connect(on_state)
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    for name in ("Stage 1/3 — Independent answers", "Stage 2/3 — Peer review", "Stage 3/3 — Chairman synthesis"):
        assert any(label.startswith(name) for label in labels), labels
    bar = [v for _s, v in values]
    assert bar == sorted(bar)  # never backwards
    # within stage 1 the bar moved before the stage ended: one member of three finished is a ninth of the bar
    assert any(s == 1 and 0 < v < 100 for s, v in values), values
    assert any(s == 2 and 100 < v < 200 for s, v in values), values
    assert win.stage_progress.bar.value() == win.stage_progress.bar.maximum()
    assert win.stage_progress.label.text() == "Done — the council has answered"


async def test_results_fill_in_with_markdown_real_names_aggregate_and_final_answer(harness, responder):
    win = harness.build(flush_ms=0)
    responder.default = Script(tokens=["## Heading\n\n", "Some **bold** text.\n\n", "```\ncode()\n```\n"])
    win.prompt.set_text("Explain")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    res = win.results
    assert res.currentIndex() == ANSWERS_TAB  # chosen when Run was pressed; never switched by the run
    assert win.windowTitle() == "LLM Council — Explain"
    # stage 1: a tab per model, Markdown rendered by Qt (no literal ** or ##)
    assert [res.answers.tabText(i) for i in range(res.answers.count())] == [f"✓ {m.split('/')[1]}" for m in MEMBERS]
    member = res.answers.show_key("b/two")
    await until(lambda: member.pane.browser.toPlainText().startswith("Heading"))
    text = member.shown_text()
    assert "**" not in text and "##" not in text
    member.pane.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("## Heading")
    # stage 2: real names instead of "Response X", parsed ranking, aggregate table with the reviews it used
    res.setCurrentIndex(REVIEW_TAB)
    review = res.reviews.tabs.show_key("a/one")
    await until(lambda: "FINAL RANKING" in review.pane.browser.toPlainText())
    text = review.shown_text()
    assert "Response A" not in text and ("b/two" in text or "c/three" in text)
    assert "Ranking (parsed): 1." in review.pane.caption.text()
    table = res.reviews.table.rows()
    assert sorted(r[1] for r in table) == sorted(MEMBERS)
    assert all(r[3] == "2" for r in table)  # every member got two votes
    assert res.reviews.table_title.text().startswith("Aggregate ranking from 3 of 3 reviews")
    # stage 3: the final answer, prominent, with its own copy button
    res.setCurrentIndex(FINAL_TAB)
    final = res.final.pane
    await until(lambda: final.browser.toPlainText().startswith("Synthesis"))
    assert res.final.title.text() == "Final answer — a/one"
    final.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("# Synthesis")
    assert "Finished in" in win.banner.text() and "tokens" in win.banner.text()


async def test_cancel_button_closes_every_stream_and_keeps_the_partial_text(harness, responder, qtbot):
    win = harness.build(flush_ms=0)
    responder.default = Script(hang=True)  # one token ("x"), then nothing but keep-alives
    win.prompt.set_text("q")
    qtbot.mouseClick(win.run_button, Qt.MouseButton.LeftButton)
    await until(lambda: len(responder.responses) == 3 and all(
        (r := row_of(win, m)) is not None and r.tokens > 0 for m in MEMBERS))
    assert win.run_button.text() == "Cancel"
    qtbot.mouseClick(win.run_button, Qt.MouseButton.LeftButton)
    record = (await wait_signal(win.runner.finished, timeout=5))[0]
    assert record.status == "cancelled"
    assert responder.streams and all(s.closed for s in responder.streams)
    assert [m.text for m in record.stage1] == ["x"] * 3  # nothing written is thrown away
    assert {row_of(win, m).status for m in MEMBERS} == {"partial"}
    assert row_of(win, "a/one").detail().startswith("partial — cancelled")
    text = win.banner.text()
    assert "The run was cancelled" in text and "Kept: the partial text of 3 members" in text
    assert win.stage_progress.label.text() == "Cancelled in stage 1/3"
    assert win.run_button.text() == "Run"


async def test_keyboard_ctrl_enter_runs_and_escape_cancels(harness, responder, qtbot):
    win = harness.build(flush_ms=0)
    responder.default = Script(hang=True)
    win.prompt.setFocus()
    qtbot.keyClicks(win.prompt, "hello")
    qtbot.keyClick(win.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: win.runner.is_running)
    assert win.run_view.question.prompt == "hello"  # Ctrl+Enter ran the council instead of inserting a newline
    assert win.prompt.text() == ""  # the run shows its question; the box is free for the next one
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
    assert win.stage_progress.label.text() == "The run failed in stage 1/3"


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
    assert win.results.tabText(2).endswith("Peer review · skipped")
    assert "Stage 2 skipped" in win.results.reviews.notice.text()
    # a degraded run says so in the banner, the final pane's heading and the stage bar — never "Done — the
    # council has answered"
    assert "Degraded — the final answer is not the whole council's work" in text
    assert win.results.final.title.text() == "Final answer (degraded) — a/one"
    notice = win.results.final.notice.text()
    assert notice.startswith("⚠ Degraded: peer review was skipped; the chairman did not write the final answer")
    assert "⚠ The chairman z/chair failed" in notice
    assert win.stage_progress.label.text().startswith("Done, degraded — peer review was skipped")
