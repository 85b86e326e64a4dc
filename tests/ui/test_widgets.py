"""Widgets on their own, fed run states: rows and their words, the Skip button, banners, result views, the bar."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette

from council_desktop.council.state import (
    AggregateEntry,
    MemberState,
    MemberStatus,
    RunState,
    StageState,
    Synthesis,
)
from council_desktop.council.values import Review
from council_desktop.ui import fmt
from council_desktop.ui.model_list import ModelListView
from council_desktop.ui.results_view import ANSWERS_TAB, FINAL_TAB, REVIEW_TAB, ResultsView
from council_desktop.ui.review_view import ranking_line
from council_desktop.ui.runner import Changes
from council_desktop.ui.stage_progress import StageProgress
from council_desktop.ui.summary_banner import SummaryBanner, record_messages

S = MemberStatus


def member(model, stage=1, status=S.DONE, text="", **kw) -> MemberState:
    return MemberState(model, stage, status, text, **kw)


def make_record(**kw) -> RunState:
    s1 = (member("a/x", text="Answer **A**", duration_ms=1000, token_count=10, exact_tokens=True, cost=0.001),
          member("b/y", text="Answer B", duration_ms=900, token_count=12, exact_tokens=True, cost=0.002),
          member("c/z", status=S.FAILED, error="Rate limit exceeded.", kind="rate_limit", status_code=429))
    s2 = (member("a/x", 2, text="Response A is better.\n\nFINAL RANKING:\n1. Response A", duration_ms=500,
                 token_count=8, review=Review({"Response A": "b/y"}, ("Response A",), ("b/y",), "ok")),
          member("b/y", 2, text="meh", duration_ms=500, token_count=3,
                 review=Review({"Response A": "a/x"}, (), (), "failed")))
    s3 = (member("a/x", 3, text="# Final\n\nDone.", duration_ms=800, token_count=20),)
    rec = RunState(id="r1", prompt="Why?", members=("a/x", "b/y", "c/z"), chairman="a/x", status="complete",
                   wall_ms=12_300, stage=3,
                   stages=(StageState(1, "done", s1), StageState(2, "done", s2), StageState(3, "done", s3)),
                   aggregate=(AggregateEntry("b/y", 1.0, 1, 1, 1, 1), AggregateEntry("a/x", None, 0, 0, None, None)),
                   synthesis=Synthesis("a/x", "a/x", "# Final\n\nDone.", duration_ms=800, token_count=20))
    return dataclasses.replace(rec, **kw)


def live_record(*stage1: MemberState) -> RunState:
    """A run still in stage 1, with these members."""
    return make_record(status="running", synthesis=None, aggregate=(), stage=1, wall_ms=None,
                       stages=(StageState(1, "running", stage1), StageState(2), StageState(3)))


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_rows_read_their_member_state_in_words(qtbot):
    clock = Clock()
    view = ModelListView()
    qtbot.addWidget(view)
    m = view.list_model
    m._clock = clock
    m.show_members(1, [member("a/x", status=S.PENDING), member("b/y", status=S.PENDING)])
    assert m.row("a/x").detail() == "pending" and m.data(m.index(0), 0x0100 + 4) == fmt.GLYPHS["pending"]
    # waiting for its first token: the time waited (since it entered "waiting") and the deadline
    m.show_members(1, [member("a/x", status=S.WAITING, deadline_s=90), member("b/y", status=S.QUEUED, ahead=2)])
    clock.t += 12.2
    assert m.row("a/x").detail() == "waiting · 12 s of 90 s"
    assert m.row("b/y").detail() == "queued · 12 s, 2 ahead"
    clock.t += 23
    assert m.row("b/y").detail() == "queued · 35 s, 2 ahead"
    m.show_members(1, [member("a/x", status=S.WAITING, deadline_s=90, token_count=0),
                       member("b/y", status=S.QUEUED, ahead=1)])
    assert m.row("a/x").detail() == "waiting · 35 s of 90 s"  # still waiting: the clock did not restart
    m.show_members(1, [member("a/x", status=S.GENERATING, token_count=42), member("b/y", status=S.RETRYING,
                                                                                   retry_in=2.0, message="Rate limited")])
    assert m.row("a/x").detail() == "generating · 42 tokens…"
    assert m.row("b/y").detail() == "retrying in 2 s" and "Rate limited" in m.row("b/y").tooltip()
    done = member("a/x", duration_ms=4200, ttft_ms=200, queue_ms=35_000, token_count=823, exact_tokens=True,
                  cost=0.0012)
    m.show_members(1, [done, member("b/y", status=S.SKIPPED, error="Skipped by the user.", kind="cancelled")])
    assert m.row("a/x").detail() == "823 tokens · 4.2 s · $0.0012"
    tip = m.row("a/x").tooltip()
    assert "done in 4.2 s (from sending the request)" in tip and "first token after 200 ms" in tip
    assert "206 tokens/s" in tip and "queued 35.0 s before sending" in tip
    assert m.row("b/y").status == "skipped"
    assert m.data(m.index(1), Qt.ItemDataRole.AccessibleTextRole) == "b/y: skipped by the user"


def test_skipped_cancelled_partial_and_failed_look_different(qtbot):
    cases = {
        "skipped": member("s", status=S.SKIPPED, error="Skipped by the user.", kind="cancelled"),
        "cancelled": member("c", status=S.CANCELLED, error="Cancelled.", kind="cancelled"),
        "partial": member("p", status=S.CANCELLED, text="half an ans", token_count=4,
                          error="Stopped: the stage ended early (a quorum of 2 finished).", kind="cancelled"),
        "failed": member("f", status=S.FAILED, error="Rate limit exceeded.", kind="rate_limit", status_code=429),
    }
    view = ModelListView()
    qtbot.addWidget(view)
    view.list_model.show_members(1, list(cases.values()))
    rows = {k: view.list_model.row(m.model) for k, m in cases.items()}
    assert {k: r.status for k, r in rows.items()} == {k: k for k in cases}
    assert len({r.glyph for r in rows.values()}) == 4  # a glyph each...
    assert len({fmt.STATUS_WORDS[r.status] for r in rows.values()}) == 4  # ...and a word each
    assert rows["partial"].detail() == ("partial — stopped: the stage ended early (a quorum of 2 finished) "
                                        "· ~4 tokens kept")
    assert rows["failed"].detail() == "failed (429) · wait a minute, or pick another model"  # what to do
    assert "HTTP 429" in rows["failed"].tooltip() and "Rate limit exceeded." in rows["failed"].tooltip()
    # a run that ended with a member still marked as working: it was cut off
    view.list_model.show_members(1, [member("w", status=S.WAITING)], over=True)
    assert view.list_model.row("w").status == "cancelled" and not view.list_model.row("w").running


def test_the_row_skip_button_and_delete_key_ask_to_skip(qtbot):
    view = ModelListView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    m = view.list_model
    m.show_members(1, [member("a/x", status=S.GENERATING, token_count=3), member("b/y", status=S.PENDING)])
    asked = []
    view.skip_requested.connect(asked.append)
    rect = view.visualRect(m.index(0))
    btn = view.delegate.skip_rect(rect, view.fontMetrics())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=btn.center())
    assert asked == ["a/x"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, rect.center().y()))
    assert asked == ["a/x"]  # clicking the row itself only selects it
    view.setCurrentIndex(m.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # b/y has not started: nothing to skip
    assert asked == ["a/x"]
    view.setCurrentIndex(m.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked == ["a/x", "a/x"]
    assert not view.context_menu_for(1).actions()[0].isEnabled()
    assert view.context_menu_for(0).actions()[0].isEnabled()


def test_generating_rows_pulse_waiting_rows_tick_and_both_stop(qtbot):
    view = ModelListView()
    qtbot.addWidget(view)
    m = view.list_model
    m.show_members(1, [member("a/x", status=S.PENDING)])
    assert not view.animating and not view.ticking
    m.show_members(1, [member("a/x", status=S.WAITING, deadline_s=90)])
    assert view.ticking and not view.animating  # "waiting · 12 s" counts on with no event
    m.show_members(1, [member("a/x", status=S.GENERATING, token_count=1)])
    assert view.animating and not view.ticking
    m.show_members(1, [member("a/x", token_count=1)])
    assert not view.animating and not view.ticking


def test_banner_says_what_happened_for_skipped_review_fallback_and_failure(qtbot):
    notice = "Peer review was skipped: only a/x answered."
    syn = Synthesis("c/z", "a/x", "text", source="fallback_member",
                    notice="The chairman c/z failed (timeout); a/x wrote the synthesis instead.")
    rec = make_record(stages=(make_record().stages[0], StageState(2, "skipped", (), notice), StageState(3, "done")),
                      synthesis=syn, notices=(notice, syn.notice))
    texts = " ".join(t for _, t in record_messages(rec))
    assert "Stage 2 skipped" in texts and "Chairman fallback" in texts
    assert texts.count("Peer review was skipped") == 1  # not repeated as a plain notice
    assert "Degraded — the final answer is not the whole council's work: peer review was skipped" in texts
    failed = make_record(status="failed", error="No council member answered.", synthesis=None,
                         stages=(make_record().stages[0], StageState(2), StageState(3)))
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
    assert view.tabText(ANSWERS_TAB) == "Answers · 2/3"  # no badge: nothing moved while shown
    assert [view.answers.tabText(i) for i in range(3)] == ["✓ x", "✓ y", "✗ z"]
    assert view.answers.pane("c/z").shown_text() == ("c/z gave no answer: failed: Rate limit exceeded.\n\nWhat you can "
                                                     "do: " + fmt.REMEDIES["rate_limit"][1])
    assert not view.answers.pane("c/z").pane.copy_button.isEnabled()
    rows = view.reviews.table.rows()
    assert rows[0] == ["1", "b/y", "1.00", "1", "1"]
    assert rows[1] == ["—", "a/x", "—", "—", "—"]  # nobody ranked it
    assert view.reviews.table_title.text().startswith("Aggregate ranking from 1 of 2 reviews")
    assert ranking_line(rec.stage2[0]) == "Ranking (parsed): 1. b/y"
    assert ranking_line(rec.stage2[1]) == "Ranking: none (could not be parsed)"
    view.setCurrentIndex(REVIEW_TAB)
    review = view.reviews.tabs.show_key("a/x")
    qtbot.waitUntil(lambda: "b/y is better" in review.pane.browser.toPlainText())
    assert view.reviews.tabs.pane_keys() == ["a/x", "b/y"]
    assert set(view.reviews.panes) == {"a/x"}  # b/y's pane is built when its tab is first shown


def test_aggregate_ties_are_shown_as_ties(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    agg = (AggregateEntry("a/x", 1.5, 2, 2, 1, 1), AggregateEntry("b/y", 1.5, 2, 2, 2, 1),
           AggregateEntry("c/z", 3.0, 2, 0, 3, 3))
    view.show_record(make_record(aggregate=agg))
    assert [r[0] for r in view.reviews.table.rows()] == ["=1", "=1", "3"]
    header = view.reviews.table.horizontalHeaderItem(4)
    assert "Borda" in header.text() and "first place earns" in header.toolTip()


def test_a_reopened_cancelled_run_shows_everything_written(qtbot):
    s1 = (member("a/x", text="A full answer.", token_count=3, duration_ms=900),
          member("b/y", status=S.CANCELLED, text="Half of an ans", token_count=4, error="Cancelled.",
                 kind="cancelled"),
          member("c/z", status=S.SKIPPED, text="Skipped but", token_count=2, error="Skipped by the user.",
                 kind="cancelled", reasoning="Let me think", reasoning_tokens=3))
    rec = make_record(status="cancelled", synthesis=None, aggregate=(), stage=1, wall_ms=4000,
                      stages=(StageState(1, "running", s1), StageState(2), StageState(3)))
    rec = RunState.from_dict(rec.to_dict())  # through the record form, as history keeps it
    view = ResultsView()
    qtbot.addWidget(view)
    view.show()
    view.show_record(rec)
    assert view.currentIndex() == ANSWERS_TAB
    assert view.final.placeholder.text() == "No final answer: the run was cancelled."
    assert [view.answers.tabText(i) for i in range(3)] == ["✓ x", "◑ y", "◑ z"]
    b = view.answers.show_key("b/y")
    qtbot.waitUntil(lambda: b.shown_text() == "Half of an ans")
    assert b.mark.isVisibleTo(b) and b.mark.text().startswith("◑ Partial — cancelled.")
    c = view.answers.show_key("c/z")
    qtbot.waitUntil(lambda: c.shown_text() == "Skipped but")
    assert c.mark.text().startswith("◑ Partial — skipped by the user.")
    # reasoning: available, collapsed, counted apart
    assert c.reasoning_button.isVisibleTo(c) and c.reasoning_button.text() == "Reasoning · 3 tokens"
    assert not c.reasoning_view.isVisibleTo(c)
    c.reasoning_button.click()
    assert c.reasoning_view.isVisibleTo(c) and c.reasoning_view.toPlainText() == "Let me think"
    banner = SummaryBanner()
    qtbot.addWidget(banner)
    banner.show_record(rec)
    assert "Kept: 1 answer (stage 1), the partial text of 2 members (b/y, c/z)." in banner.text()


def test_stage_bar_follows_progress_and_a_reopened_run_shows_where_it_ended(qtbot):
    sp = StageProgress()
    qtbot.addWidget(sp)
    s1 = (member("a", token_count=1), member("b", status=S.GENERATING), member("c", status=S.WAITING),
          member("d", status=S.FAILED, error="x", kind="upstream"))
    running = make_record(status="running", synthesis=None, stage=1, wall_ms=None,
                          stages=(StageState(1, "running", s1), StageState(2), StageState(3)))
    sp.show_state(running)
    assert sp.bar.value() == round(0.5 / 3 * 300)  # two of four finished: half of the first third
    assert sp.label.text() == "Stage 1/3 — Independent answers · 2 of 4 finished"
    cancelled = dataclasses.replace(running, status="cancelled")
    sp.show_state(RunState.from_dict(cancelled.to_dict()), live=False)
    assert sp.bar.value() == 50  # the bar it ended with
    assert sp.label.text() == "Past run · Cancelled in stage 1/3"
    sp.show_state(make_record())
    assert sp.bar.value() == 300 and sp.label.text() == "Done — the council has answered"


def test_formatting():
    assert fmt.tokens(1) == "1 token" and fmt.tokens(1234, exact=False) == "~1,234 tokens"
    assert fmt.duration(950) == "950 ms" and fmt.duration(61_000) == "1 min 01 s"
    assert fmt.cost(None) == "" and fmt.cost(0.00001) == "<$0.0001" and fmt.cost(1.234) == "$1.23"


def test_results_view_never_switches_tabs_and_badges_what_moved(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    view.show()
    start = live_record(member("a/x", status=S.WAITING))
    view.show_state(start, Changes.all())
    view.setCurrentIndex(FINAL_TAB)  # the user reads the final-answer tab
    grown = dataclasses.replace(start, stages=(StageState(1, "running", (member("a/x", status=S.GENERATING,
                                                                               text="Hel"),)),
                                               StageState(2), StageState(3)))
    view.show_state(grown, Changes(rows=frozenset({(1, "a/x")}), text=frozenset({(1, "a/x")})))
    assert view.currentIndex() == FINAL_TAB
    assert view.tabText(ANSWERS_TAB) == "● Answers · 0/1"
    view.setCurrentIndex(ANSWERS_TAB)  # looking at it clears the badge
    assert view.tabText(ANSWERS_TAB) == "Answers · 0/1"


def test_hidden_result_tabs_catch_up_a_turn_later_and_at_once_when_shown(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    view.show()
    start = live_record(member("a/x", status=S.WAITING))
    view.setCurrentIndex(FINAL_TAB)
    view.show_state(start, Changes.all())  # a live run shown afresh: the hidden tabs are built a turn later
    assert view.answers.pane_keys() == []
    qtbot.waitUntil(lambda: view.answers.pane_keys() == ["a/x"], timeout=1000)

    def grown(*models):
        return dataclasses.replace(start, stages=(StageState(1, "running", tuple(
            member(m, status=S.GENERATING, text=f"{m} writes") for m in models)), StageState(2), StageState(3)))

    two = grown("a/x", "b/y")
    view.show_state(two, Changes(rows=frozenset({(1, "a/x"), (1, "b/y")}), text=frozenset({(1, "a/x"), (1, "b/y")})))
    assert view.answers.pane_keys() == ["a/x"]  # hidden: not in this turn
    assert view.tabText(ANSWERS_TAB) == "● Answers · 0/2"  # the badge and the count are at once
    qtbot.waitUntil(lambda: view.answers.pane_keys() == ["a/x", "b/y"], timeout=1000)  # a few ms later
    three = grown("a/x", "b/y", "c/z")
    view.show_state(three, Changes(rows=frozenset({(1, "c/z")}), text=frozenset({(1, "c/z")})))
    view.setCurrentIndex(ANSWERS_TAB)  # shown before its turn came: brought up to date before it is painted
    assert view.answers.pane_keys() == ["a/x", "b/y", "c/z"]
    four = grown("a/x", "b/y", "c/z", "d/w")
    view.show_state(four, Changes(rows=frozenset({(1, "d/w")}), text=frozenset({(1, "d/w")})))
    assert view.answers.pane_keys() == ["a/x", "b/y", "c/z", "d/w"]  # the tab shown follows at once
    view.setCurrentIndex(FINAL_TAB)
    view.show_state(grown("a/x", "b/y", "c/z", "d/w", "e/v"), Changes(rows=frozenset({(1, "e/v")})))
    view.catch_up()  # what reads a tab's content first brings it up to date
    assert view.answers.pane_keys()[-1] == "e/v"


def test_a_hidden_tab_builds_its_chosen_page_when_it_is_shown(qtbot):
    view = ResultsView()
    qtbot.addWidget(view)
    view.show()
    view.setCurrentIndex(FINAL_TAB)
    view.show_record(make_record())  # the answers tab is filled while hidden
    view.setCurrentIndex(FINAL_TAB)
    assert view.answers.pane_keys() == ["a/x", "b/y", "c/z"] and view.answers.current_key() == "a/x"
    assert view.answers.panes == {}  # nobody looks: no text view built yet
    view.setCurrentIndex(ANSWERS_TAB)
    assert set(view.answers.panes) == {"a/x"}  # shown: the chosen page is built, the others still wait


def test_a_run_that_asked_for_the_answers_only_says_so(qtbot):
    rec = make_record(mode="answers", synthesis=None, aggregate=(), stage=1,
                      stages=(make_record().stages[0], StageState(2), StageState(3)))
    sp = StageProgress()
    qtbot.addWidget(sp)
    sp.show_state(rec)
    assert sp.label.text() == "Done — the answers are in" and sp.bar.value() == 300
    running = dataclasses.replace(rec, status="running")
    sp.show_state(running)
    assert sp.label.text().startswith("Stage 1/1 — Independent answers")
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_record(rec)
    assert view.final.placeholder.text() == "This run asked for the answers only: no final answer is written."


async def test_worker_jobs_never_collect_qt_objects_on_their_thread():
    """Garbage made of Qt objects dies in the GUI thread, not on the worker a job runs on (where a Qt object with a
    timer would warn "Timers cannot be stopped from another thread")."""
    import asyncio
    import gc
    import threading

    from PySide6.QtCore import QObject

    from council_desktop.ui.tasks import run_in_thread

    died_in: list[str] = []

    class Cyclic(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.me = self  # only the cycle collector frees it

        def __del__(self) -> None:
            died_in.append(threading.current_thread().name)

    def job() -> bool:
        junk = [[i] for i in range(100_000)]  # allocations enough for a collection, wherever one may run
        del junk
        return gc.isenabled()

    def make_garbage() -> None:
        gc.collect()
        died_in.clear()
        for _ in range(30):
            Cyclic()

    make_garbage()  # the hazard: a plain worker thread collects them itself
    assert await asyncio.to_thread(job) is True
    gc.collect()
    assert threading.main_thread().name != died_in[0] or len(set(died_in)) > 1
    make_garbage()
    assert await run_in_thread(job) is False  # collection paused while the job ran
    assert gc.isenabled()
    gc.collect()
    assert len(died_in) == 30 and set(died_in) == {threading.main_thread().name}


def test_a_tab_bar_with_reserved_room_never_moves_its_tabs(qtbot):
    """The results' tab bar makes each tab as wide as the longest title the run will give it: counts and badges
    then change inside the tabs, which never move, and no scroll button ever shows."""
    from PySide6.QtWidgets import QToolButton

    from council_desktop.ui.results_view import StableTabBar

    bar = StableTabBar()
    qtbot.addWidget(bar)
    for text in ("Final answer", "Answers", "Peer review"):
        bar.addTab(text)
    bar.resize(bar.sizeHint())
    bar.show()
    bar.reserve({0: "● Final answer · writing…", 1: "● Answers · 16/16", 2: "● Peer review · 16/16"})
    bar.resize(bar.sizeHint())
    rects = [bar.tabRect(i) for i in range(3)]
    assert rects[1].width() > bar.fontMetrics().horizontalAdvance("● Answers · 16/16")
    for n in (0, 7, 16):
        for badge in ("", "● "):
            bar.setTabText(1, f"{badge}Answers · {n}/16")
            bar.setTabText(2, f"{badge}Peer review · {n}/16")
            bar.setTabText(0, f"{badge}Final answer · writing…" if n < 16 else "Final answer")
            assert [bar.tabRect(i) for i in range(3)] == rects
            assert bar.sizeHint().width() <= bar.width()
    assert not any(b.isVisible() for b in bar.findChildren(QToolButton))  # the scroll buttons never show


async def test_a_live_runs_counts_reach_the_model_list_a_turn_after_the_update(qtbot):
    """Counts and statuses within a stage reach the list in a turn of their own (its rows repaint apart from the
    growing text); a new stage, the run's start and its end reach it at once."""
    from council_desktop.ui.run_view import RunView
    from tests.helpers import until

    view = RunView()
    qtbot.addWidget(view)
    rec = live_record(member("a/x", status=S.GENERATING, token_count=3), member("b/y", status=S.GENERATING))
    view.show_state(rec, Changes.all(), live=True)
    assert view.list_model.row("a/x").tokens == 3  # the run's first sight: at once
    more = live_record(member("a/x", status=S.GENERATING, token_count=40),
                       member("b/y", status=S.GENERATING, token_count=5))
    view.show_state(more, Changes(rows=frozenset({(1, "a/x"), (1, "b/y")})), live=True)
    assert view.list_model.row("a/x").tokens == 3  # not in the runner's own turn...
    await until(lambda: view.list_model.row("a/x").tokens == 40)  # ...but in the next
    assert view.list_model.row("b/y").tokens == 5
    done = make_record()
    view.show_state(done, Changes(run=True, stages=frozenset({1, 2, 3})), live=True)
    assert view.list_model.row("a/x").status == "done"  # the end: at once
