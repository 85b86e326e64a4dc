"""Widgets on their own: rows, the Skip button, banners for skipped stages / fallbacks / failures, result views."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette

from council_desktop.council.events import ModelComplete, ModelError
from council_desktop.council.state import AggregateEntry, MemberState, RunState, Synthesis
from council_desktop.ui import fmt
from council_desktop.ui.model_list import ModelListView
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, ResultsView
from council_desktop.ui.review_view import ranking_line
from council_desktop.ui.summary_banner import SummaryBanner, record_messages


def make_record(**kw) -> RunState:
    rec = RunState(id="r1", prompt="Why?", members=["a/x", "b/y", "c/z"], chairman="a/x", status="complete",
                    wall_ms=12_300)
    rec.stage1 = [MemberState("a/x", 1, "done", "Answer **A**", 1000, 10, True, 0.001),
                  MemberState("b/y", 1, "done", "Answer B", 900, 12, True, 0.002),
                  MemberState("c/z", 1, "error", error="Rate limit exceeded.", kind="rate_limit", status_code=429)]
    rec.stage2 = [MemberState("a/x", 2, "done", "Response A is better.\n\nFINAL RANKING:\n1. Response A", 500, 8,
                           label_map={"Response A": "b/y"}, parsed_ranking=["Response A"], ranking_models=["b/y"],
                           parse_status="ok"),
                  MemberState("b/y", 2, "done", "meh", 500, 3, label_map={"Response A": "a/x"}, parsed_ranking=[],
                           ranking_models=[], parse_status="failed")]
    rec.aggregate = [AggregateEntry("b/y", 1.0, 1, 1, 1), AggregateEntry("a/x", None, 0, 0, 2)]
    rec.synthesis = Synthesis("a/x", "a/x", "# Final\n\nDone.", duration_ms=800, token_count=20)
    for k, v in kw.items():
        setattr(rec, k, v)
    return rec


def test_rows_show_state_in_words_and_never_undo_a_final_state(qtbot):
    view = ModelListView()
    qtbot.addWidget(view)
    m = view.list_model
    m.set_members(1, ["a/x", "b/y"])
    assert m.row("a/x").detail() == "waiting" and m.data(m.index(0), 0x0100 + 4) == fmt.GLYPHS["pending"]
    m.start("a/x")
    m.progress("a/x", 42, "generating")
    assert m.row("a/x").detail() == "generating · 42 tokens…"
    m.progress("a/x", 45, "retrying", message="Rate limited", retry_in=2.0)
    assert m.row("a/x").detail() == "retrying in 2 s"
    m.complete(ModelComplete(1, "a/x", 4200, 823, 0.0012, True, "x"))
    m.progress("a/x", 50, "generating")  # a late update
    assert m.row("a/x").status == "done"
    assert m.row("a/x").detail() == "823 tokens · 4.2 s · $0.0012"
    m.fail(ModelError(1, "b/y", "Skipped by the user.", "cancelled"))
    assert m.row("b/y").status == "skipped"
    assert m.data(m.index(1), Qt.ItemDataRole.AccessibleTextRole) == "b/y: skipped"
    m.fail(ModelError(3, "z/fallback", "Timed out.", "timeout"))  # unannounced rows are added
    assert m.models()[-1] == "z/fallback" and m.row("z/fallback").status == "error"


def test_the_row_skip_button_and_delete_key_ask_to_skip(qtbot):
    view = ModelListView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    m = view.list_model
    m.set_members(1, ["a/x", "b/y"])
    m.start("a/x")
    asked = []
    view.skip_requested.connect(asked.append)
    rect = view.visualRect(m.index(0))
    btn = view.delegate.skip_rect(rect, view.fontMetrics())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=btn.center())
    assert asked == ["a/x"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, rect.center().y()))
    assert asked == ["a/x"]  # clicking the row itself only selects it
    view.setCurrentIndex(m.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # b/y is only waiting: nothing to skip
    assert asked == ["a/x"]
    view.setCurrentIndex(m.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked == ["a/x", "a/x"]
    assert not view.context_menu_for(1).actions()[0].isEnabled()


def test_generating_rows_pulse_and_stop_when_done(qtbot):
    view = ModelListView()
    qtbot.addWidget(view)
    m = view.list_model
    m.set_members(1, ["a/x"])
    assert not view.animating
    m.start("a/x")
    assert view.animating
    m.complete(ModelComplete(1, "a/x", 10, 1))
    assert not view.animating


def test_banner_says_what_happened_for_skipped_review_fallback_and_failure(qtbot):
    rec = make_record(stage2_skipped=True, stage2_notice="Peer review was skipped: only a/x answered.")
    rec.synthesis = Synthesis("c/z", "a/x", "text", source="fallback_member",
                              notice="The chairman c/z failed (timeout); a/x wrote the synthesis instead.")
    rec.notices = [rec.stage2_notice, rec.synthesis.notice]
    levels = record_messages(rec)
    texts = " ".join(t for _, t in levels)
    assert "Stage 2 skipped" in texts and "Chairman fallback" in texts
    assert texts.count("Peer review was skipped") == 1  # not repeated as a plain notice
    failed = make_record(status="failed", error="No council member answered.", synthesis=None, stage2=[])
    banner = SummaryBanner()
    qtbot.addWidget(banner)
    banner.show_record(failed)
    text = banner.text()
    assert "Failed after 12.3 s" in text and "The run failed: No council member answered." in text
    assert "Kept: 2 answers (stage 1)." in text
    assert "✗ Error:" in text  # a glyph and a word, not colour alone
    assert banner.backgroundRole() == QPalette.ColorRole.AlternateBase


def test_results_view_renders_a_reopened_record(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    view.show()
    rec = RunState.from_dict(make_record().to_dict())  # as the history gives it back
    view.show_record(rec)
    assert view.currentIndex() == FINAL_TAB
    qtbot.waitUntil(lambda: view.final.pane.browser.toPlainText().startswith("Final"))  # rendered a turn later
    assert view.tabText(ANSWERS_TAB) == "Answers (stage 1) · 2"
    assert [view.answers.tabText(i) for i in range(3)] == ["✓ a/x", "✓ b/y", "✗ c/z"]
    assert "Rate limit exceeded." in view.answers.pane("c/z").browser.toPlainText()
    assert not view.answers.pane("c/z").copy_button.isEnabled()
    assert view.reviews.table.rows()[0] == ["1", "b/y", "1.00", "1", "1"]
    assert view.reviews.table.rows()[1][2] == "—"
    assert ranking_line(rec.stage2[0]) == "Ranking (parsed): 1. b/y"
    assert ranking_line(rec.stage2[1]) == "Ranking: none (could not be parsed)"
    view.setCurrentIndex(2)
    review = view.reviews.tabs.show_key("a/x")
    qtbot.waitUntil(lambda: "b/y is better" in review.browser.toPlainText())
    assert view.reviews.tabs.pane_keys() == ["a/x", "b/y"]
    assert set(view.reviews.panes) == {"a/x"}  # b/y's pane is built when its tab is first shown


def test_results_for_a_run_without_a_final_answer(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    rec = make_record(status="cancelled", synthesis=None, stage2=[], aggregate=[])
    view.show_record(rec)
    assert view.currentIndex() == ANSWERS_TAB
    assert view.final.placeholder.text() == "No final answer: the run was cancelled."
    assert view.final.pane.isHidden() and not view.final.pane.copy_button.isEnabled()


def test_formatting():
    assert fmt.tokens(1) == "1 token" and fmt.tokens(1234, exact=False) == "~1,234 tokens"
    assert fmt.duration(950) == "950 ms" and fmt.duration(61_000) == "1 min 01 s"
    assert fmt.cost(None) == "" and fmt.cost(0.00001) == "<$0.0001" and fmt.cost(1.234) == "$1.23"


def test_stage_progress_coalesces_a_burst_of_member_updates(qtbot):
    from council_desktop.ui.stage_progress import StageProgress

    sp = StageProgress()
    qtbot.addWidget(sp)
    sp.stage_started(2, 4)
    assert sp.bar.value() == 100 and sp.label.text() == "Stage 2/3 — Peer review"
    for _ in range(3):
        sp.member_ended()
    assert sp.bar.value() == 100  # one deferred repaint, not three synchronous ones
    qtbot.waitUntil(lambda: sp.bar.value() == 100 + round(0.75 * 99), timeout=2000)
    sp.member_ended()
    sp.stage_completed(2)
    assert sp.bar.value() == 200
    qtbot.wait(20)  # the pending member update must not pull the bar back
    assert sp.bar.value() == 200
