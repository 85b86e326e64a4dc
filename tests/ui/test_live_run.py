"""Watching the council write, in the real window over respx-scripted streams: text grows chunk by chunk in each
stage's tab and in the final pane, the reader's scroll is kept (or followed at the bottom), tabs never switch by
themselves, partial text is kept and marked, "Synthesize now" ends a stage, a waiting member says how long."""

from __future__ import annotations

import asyncio

import httpx
from PySide6.QtCore import Qt

from council_desktop.app import build_app
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.ui.member_pane import visible_text_view
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB
from tests.helpers import until, wait_signal
from tests.ui.conftest import BASE, TEST_KEY, Script

MEMBERS = ("a/one", "b/two", "c/three")


def growing(texts: list[str], start: str) -> list[str]:
    """The distinct texts that begin with ``start``, in the order seen; each must extend the one before."""
    out: list[str] = []
    for t in texts:
        if t.startswith(start) and (not out or t != out[-1]):
            assert not out or t.startswith(out[-1]), (out[-1], t)
            out.append(t)
    return out


async def test_an_answer_grows_chunk_by_chunk_in_its_tab(harness, responder):
    win = harness.build(flush_ms=0)
    tokens = [f"word{i} " for i in range(10)]
    responder.default = Script(tokens=tokens, delay=0.08)  # slower than the engine's 50 ms text coalescing
    seen: list[str] = []
    responder.before_chunk["a/one"] = lambda _i: seen.append(win.results.answers.pane("a/one").shown_text())
    win.prompt.set_text("q")
    assert win.run_council()
    assert win.results.currentIndex() == ANSWERS_TAB  # Run shows where the text appears first
    await wait_signal(win.runner.finished, timeout=15)
    shown = growing(seen, "word0")
    assert len(shown) >= 6, seen  # the answer was on screen in many intermediate states, not only at the end
    assert all("".join(tokens).startswith(t) for t in shown)
    pane = win.results.answers.pane("a/one")
    await until(lambda: pane.mode == "final" and pane.pane.browser.toPlainText().startswith("word0"))


async def test_a_review_and_the_final_answer_grow_live(harness, responder):
    win = harness.build(flush_ms=0)
    responder.default = Script(tokens=["ok"], delay=0.06)
    responder.stage_tokens[2] = [f"Response A is point {i}. " for i in range(6)]
    responder.stage_tokens[3] = ["# Synthesis\n\n"] + [f"part {i} " for i in range(8)]
    reviews: list[str] = []
    finals: list[str] = []
    modes: set[str] = set()
    titles: list[str] = []

    def on_state(state, changes):
        if state.stage == 2 and win.results.reviews.tabs.has_key("a/one"):
            reviews.append(win.results.reviews.pane("a/one").shown_text())
        if state.stage == 3:
            finals.append(win.results.final.member.shown_text())
            modes.add(win.results.final.member.mode)
            titles.append(win.results.tabText(FINAL_TAB))

    win.runner.state_changed.connect(on_state)
    win.prompt.set_text("q")
    win.run_council()
    win.results.setCurrentIndex(REVIEW_TAB)  # the user watches the peer review
    state = (await wait_signal(win.runner.finished, timeout=15))[0]
    assert state.status == "complete"
    shown = growing(reviews, "**b/two** is point 0") or growing(reviews, "**c/three** is point 0")
    assert len(shown) >= 4, reviews  # real names instead of "Response A", also while streaming
    live = growing(finals, "# Synthesis")  # streamed as plain text; the Markdown render comes at the end
    assert len(live) >= 4, finals
    assert "stream" in modes
    assert "● Final answer · writing…" in titles  # the pane the user is not reading says so
    assert win.results.currentIndex() == REVIEW_TAB  # never switched while the user read


async def test_the_reader_keeps_their_place_unless_at_the_bottom(harness, responder):
    win = harness.build(flush_ms=0)
    lines = [f"Line {i} of a long answer that keeps going.\n\n" for i in range(400)]
    responder.scripts["a/one"] = Script(tokens=lines, delay=0.01)
    win.resize(1000, 600)
    win.prompt.set_text("q")
    win.run_council()
    await until(lambda: win.results.answers.has_key("a/one"))
    pane = win.results.answers.pane("a/one")

    def bar():
        return visible_text_view(pane.pane).verticalScrollBar()

    def chars() -> int:
        return len(pane.text)

    await until(lambda: bar().maximum() > 100 and pane.mode == "stream", timeout=10)
    assert bar().value() == bar().maximum()  # a reader who never scrolled follows the text
    bar().setValue(0)  # the reader scrolls up to read the beginning
    before, top_max = chars(), bar().maximum()
    await until(lambda: chars() > before + 2000 and bar().maximum() > top_max)
    assert bar().value() == 0  # kept: the text grew below them
    bar().setValue(bar().maximum())  # back at the bottom: follow again
    before, old_max = chars(), bar().maximum()
    await until(lambda: chars() > before + 2000 and bar().maximum() > old_max)
    assert bar().value() >= bar().maximum() - 4
    win.cancel_run()
    await wait_signal(win.runner.finished, timeout=5)


async def test_tabs_never_switch_and_results_appearing_are_announced(harness, responder):
    win = harness.build(flush_ms=0)
    said: list[str] = []
    win.statusBar().messageChanged.connect(lambda text: said.append(text))
    indexes: set[int] = set()
    badges: list[str] = []

    def on_state(state, changes):
        indexes.add(win.results.currentIndex())
        badges.append(win.results.tabText(ANSWERS_TAB))

    win.runner.state_changed.connect(on_state)
    win.prompt.set_text("q")
    win.run_council()
    win.results.setCurrentIndex(FINAL_TAB)  # the user goes to the final answer and waits there
    await wait_signal(win.runner.finished, timeout=10)
    assert indexes <= {ANSWERS_TAB, FINAL_TAB} and win.results.currentIndex() == FINAL_TAB
    assert any(b.startswith("● Answers · ") for b in badges)  # results appeared while unseen
    assert win.results.tabText(REVIEW_TAB) == "● Peer review · 3/3"
    assert any(t.startswith("Stage 1 done: 3 answers") for t in said)
    assert any(t.startswith("Peer review done: 3 reviews") for t in said)
    win.results.setCurrentIndex(REVIEW_TAB)
    assert win.results.tabText(REVIEW_TAB) == "Peer review · 3/3"  # seen: the badge goes


async def test_a_skipped_member_keeps_its_partial_text_marked(harness, responder):
    win = harness.build(flush_ms=0)
    responder.scripts["c/three"] = Script(hang=True)  # one token, "x", then silence
    win.prompt.set_text("q")
    win.run_council()
    await until(lambda: (r := win.list_model.row("c/three")) is not None and r.status == "generating")
    menu = win.model_list.context_menu_for(2)
    menu.actions()[0].trigger()
    state = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert state.status == "complete"
    c = state.find(1, "c/three")
    assert c.text == "x" and c.partial and c.error == "Skipped by the user."
    assert win.list_model.row("c/three").status == "partial"
    assert win.results.answers.tabText(2) == "◑ three"
    pane = win.results.answers.show_key("c/three")
    await until(lambda: pane.shown_text() == "x")
    assert pane.mark.text().startswith("◑ Partial — skipped by the user.")
    assert [m.model for m in state.stage2] == ["a/one", "b/two"]  # the council went on without it


async def test_synthesize_now_ends_stage_1_and_the_run_completes(harness, responder):
    win = harness.build(flush_ms=0)
    responder.scripts["c/three"] = Script(hang=True)
    button = win.run_view.synthesize_button
    assert not button.isEnabled() and not win.synthesize_action.isEnabled()
    win.prompt.set_text("q")
    win.run_council()
    await until(lambda: len(responder.responses) == 3)
    await until(lambda: (s := win.runner.state) is not None and len(s.stage_state(1).done()) == 2
                and s.find(1, "c/three").text == "x")
    await until(button.isEnabled)  # someone finished, someone has not
    assert win.synthesize_action.isEnabled()
    button.click()
    state = (await wait_signal(win.runner.finished, timeout=10))[0]
    assert state.status == "complete" and state.synthesis is not None
    assert state.stage_state(1).ended_early == "ended early by the user"
    c = state.find(1, "c/three")
    assert c.status.value == "cancelled" and c.text == "x"
    assert all(s.closed for s in responder.streams)
    assert "Independent answers ended early" in win.banner.text()
    assert not button.isEnabled() and not win.synthesize_action.isEnabled()


async def test_a_member_waiting_for_its_first_token_says_how_long(harness, responder):
    win = harness.build(flush_ms=0)
    responder.default = Script(silent=True)
    win.prompt.set_text("q")
    win.run_council()
    await until(lambda: (r := win.list_model.row("a/one")) is not None and r.status == "waiting")
    assert win.list_model.row("a/one").detail() == "waiting · 0 s of 90 s"
    assert win.model_list.ticking
    await asyncio.sleep(1.3)
    assert win.list_model.row("a/one").detail() in ("waiting · 1 s of 90 s", "waiting · 2 s of 90 s")
    win.cancel_run()
    await wait_signal(win.runner.finished, timeout=5)
    assert win.list_model.row("a/one").status == "cancelled" and not win.model_list.ticking


async def test_a_cancelled_run_reopened_from_history_shows_everything_written(qtbot, responder):
    paths = app_paths().ensure()
    SettingsStore(paths.settings_file).save(Settings(members=MEMBERS, chairman=MEMBERS[0], base_url=BASE))
    http = httpx.AsyncClient()
    parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}), env={},
                      check_key_on_show=False, flush_interval_ms=0)
    win = parts.window
    qtbot.addWidget(win)
    win.show()
    responder.scripts["c/three"] = Script(hang=True)
    win.prompt.set_text("Keep what was written")
    win.run_council()
    await until(lambda: (s := win.runner.state) is not None and len(s.stage_state(1).done()) == 2
                and s.find(1, "c/three").text == "x")
    win.cancel_run()
    live = (await wait_signal(parts.runner.finished, timeout=10))[0]
    assert live.status == "cancelled"
    bar_live = win.stage_progress.bar.value()
    assert bar_live == 100  # stage 1 was decided for every member (two answered, one was cancelled)
    win.run_view.clear()
    win.history_panel.run_selected.emit(live.id)
    assert win.stage_progress.bar.value() == bar_live  # the bar it ended with
    assert win.stage_progress.label.text() == "Past run · Cancelled in stage 1/3"
    assert [win.results.answers.tabText(i) for i in range(3)] == ["✓ one", "✓ two", "◑ three"]
    pane = win.results.answers.show_key("c/three")
    await until(lambda: pane.shown_text() == "x")
    assert pane.mark.text().startswith("◑ Partial — cancelled")
    assert win.list_model.row("c/three").status == "partial"
    assert "Kept: 2 answers (stage 1), the partial text of 1 member (c/three)." in win.banner.text()
    await parts.aclose()
    await http.aclose()


async def test_run_rows_open_their_text_on_enter(harness, responder, qtbot):
    win = harness.build(flush_ms=0)
    win.prompt.set_text("q")
    win.run_council()
    await wait_signal(win.runner.finished, timeout=10)
    win.results.setCurrentIndex(FINAL_TAB)
    win.model_list.setCurrentIndex(win.list_model.index(1))
    win.model_list.open_shortcut.activated.emit()
    assert win.results.currentIndex() == ANSWERS_TAB and win.results.answers.current_key() == "b/two"
    assert win.list_model.data(win.list_model.index(1), Qt.ItemDataRole.AccessibleTextRole).startswith("b/two: done")


async def test_a_run_keeps_its_place_when_it_ends(harness, responder):
    """What a run's end shows (the summary line, the follow-up box, the run's actions) has its room from the run's
    start: the run view does not move or resize when it ends, so the text being read stays where it is (and the
    window is not repainted whole)."""
    win = harness.build(flush_ms=0)
    responder.default = Script(tokens=["word "] * 6, delay=0.05)
    box = win.power.follow_up_box
    win.prompt.set_text("q")
    assert win.run_council()
    await until(lambda: win.runner.state is not None and win.runner.state.stage == 2)
    await asyncio.sleep(0.1)  # the window has laid the run out
    mid = win.run_view.mapTo(win, win.run_view.rect().topLeft()), win.run_view.size()
    assert box.isVisible() and not box.isEnabled()  # there, waiting for the end
    assert "once the council has answered" in box.edit.placeholderText()
    assert win.banner.isVisible() and win.banner.totals.text().startswith("Running")  # the running totals
    win.results.setCurrentIndex(FINAL_TAB)
    state = (await wait_signal(win.runner.finished, timeout=15))[0]
    assert state.status == "complete"
    await asyncio.sleep(0.1)
    assert (win.run_view.mapTo(win, win.run_view.rect().topLeft()), win.run_view.size()) == mid
    assert box.isVisible() and box.isEnabled() and "next question" in box.edit.placeholderText()
    assert win.banner.totals.text().startswith("Finished in")
    bar = win.power.actions_bar
    assert bar.isVisible() and bar.button("New synthesis") is not None  # in the follow-up box's line
    assert bar.parentWidget() is box.parentWidget()


async def test_the_first_page_of_a_run_is_built_ahead(harness, responder):
    """The window builds a member's page while it is idle; a run's first page is that one, named for its member,
    and another is built ahead after it is taken."""
    win = harness.build(flush_ms=0)
    responder.default = Script(tokens=["word "] * 3, delay=0.02)
    answers = win.results.answers
    win.results.warm_up()
    await until(lambda: answers._spare is not None)
    spare = answers._spare
    assert not spare.isVisible()
    win.prompt.set_text("q")
    assert win.run_council()
    await until(lambda: answers.has_key("a/one"))
    pane = answers.pane("a/one")
    assert pane is spare
    await until(pane.isVisible)
    assert pane.pane.browser.accessibleName() == "a/one's answer" == pane.name
    assert pane.reasoning_view.accessibleName() == "a/one's answer: reasoning"
    await wait_signal(win.runner.finished, timeout=15)
    await until(lambda: answers._spare is not None and answers._spare is not spare, timeout=5)
