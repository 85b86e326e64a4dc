"""Cost in the window: the estimate next to Run (no request made; the real cost of the same run at the local fake
server falls inside it) and the spend / leaderboard view with its QPainter charts."""

from __future__ import annotations

from dataclasses import replace

import httpx

from council_desktop.app import build_app
from council_desktop.council.events import ModelComplete, RunEnd, StageComplete, StageStart
from council_desktop.council.state import fold
from council_desktop.council.values import AggregateEntry, Review, RunInfo, Synthesis
from council_desktop.devserver import PRICES, FakeOpenRouter, ServerOptions
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.storage.history import HistoryStore
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.storage.stats import HistoryStats
from council_desktop.ui.stats_view import StatsView, leader_cells, period_filter, rank_bars
from tests.helpers import until, wait_signal
from tests.storage.test_history import make_record
from tests.ui.conftest import TEST_KEY

MEMBERS = ("test/alpha", "test/beta", "test/gamma")
PROMPT = ("Our team of four writes a small desktop app in Python. Which test layers should we have, what does each "
          "one catch, and how long should the whole suite take on a laptop?")


async def test_estimate_next_to_run_brackets_the_real_cost(qtbot):
    with FakeOpenRouter(ServerOptions(tokens=250, review_tokens=150, delay=0.0005)) as srv:
        paths = app_paths().ensure()
        SettingsStore(paths.settings_file).save(Settings(members=MEMBERS, chairman="test/chair",
                                                         base_url=srv.base_url, max_tokens=400))
        ModelCatalog(paths.models_cache_file).save(
            [{"id": m, "name": m, "pricing": {"prompt": p, "completion": c}} for m, (p, c) in PRICES.items()],
            base_url=srv.base_url)
        http = httpx.AsyncClient()
        parts = build_app(http, paths, key_store=KeyStore(env={"OPENROUTER_API_KEY": TEST_KEY}), env={},
                          check_key_on_show=False, flush_interval_ms=0)
        win = parts.window
        qtbot.addWidget(win)
        win.show()
        try:
            win.prompt.set_text(PROMPT)
            est = win.power.update_estimate()
            label = win.power.estimate
            assert label.text().startswith("Estimated cost: $") and " – $" in label.text()
            assert "Stage 2 — Peer review" in label.toolTip() and est.calls == 3 + 3 + 1
            assert srv.requests == []  # estimating asked nothing
            assert win.run_council()
            state = (await wait_signal(parts.runner.finished, timeout=30))[0]
            assert state.status == "complete"
            assert est.low <= state.total_cost <= est.high, (est.low, state.total_cost, est.high)
            # the mode in force changes the estimate: answers only is one stage
            win.power.selection.set_mode("answers")
            assert win.power.update_estimate().calls == 3
            # a local council costs nothing
            win.use_council(("llama@box",), "llama@box")
            assert win.power.update_estimate().high == 0 and win.power.estimate.text().endswith("free")
        finally:
            await parts.aclose()
            await http.aclose()


def council_run(run_id: str, day: str, order=("a/one", "b/two", "c/three")):
    """A complete council whose every reviewer ranks the others in ``order``; each call costs 0.001 * its rank."""
    info = RunInfo(run_id, f"Question {run_id[-2:]}", order, "a/one", f"{day}T10:00:00.000+00:00")
    evs = [StageStart(1, order, run=info)]
    evs += [ModelComplete(1, m, 1000 + i, 50, 0.001 * (i + 1), True, f"Answer of {m}", ttft_ms=200 + i)
            for i, m in enumerate(order)]
    evs += [StageComplete(1), StageStart(2, order)]
    for reviewer in order:
        others = [m for m in order if m != reviewer]
        labels = {f"Response {chr(65 + i)}": m for i, m in enumerate(others)}
        ranking = tuple(labels)
        evs.append(ModelComplete(2, reviewer, 900, 30, 0.0005, True, "FINAL RANKING:\n1. Response A\n2. Response B",
                                 review=Review(labels, ranking, tuple(others), "ok")))
    evs += [StageComplete(2, aggregate=tuple(AggregateEntry(m, 1.0 + i, 2, 2 - i, i + 1, i + 1)
                                             for i, m in enumerate(order))),
            StageStart(3, ("a/one",)), ModelComplete(3, "a/one", 1500, 60, 0.002, True, "Synthesis"),
            StageComplete(3, synthesis=Synthesis("a/one", "a/one", "Synthesis", "chairman", None, 1500, 60, True,
                                                 0.002)),
            RunEnd("complete", f"{day}T10:00:09.000+00:00", 9000, None)]
    return fold(evs)


def fill_history(path):
    store = HistoryStore(path)
    for i, day in enumerate(("2025-03-01", "2025-03-01", "2025-03-04", "2025-03-09")):
        store.save_record(council_run(f"{i:032x}", day))
    store.close()


async def test_spend_and_leaderboard_view(tmp_path, qtbot):
    path = tmp_path / "history.sqlite3"
    fill_history(path)
    with HistoryStats.open(path) as stats:
        spend, board = stats.spend(), stats.leaderboard()
    view = StatsView(path)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    shown = (await wait_signal(view.loaded, timeout=10))[0]
    assert shown.spend == spend and list(shown.leaderboard) == board
    assert f"{spend.calls:,} calls" in view.summary.text() and "all time" in view.summary.text()
    # the timeline has a column for every day from the first run to the last, spending or not
    assert [p.label for p in view.timeline.points][:2] == ["2025-03-01", "2025-03-02"]
    assert len(view.timeline.points) == 9 and view.timeline.points[1].value == 0
    assert view.timeline.points[0].value == max(p.value for p in view.timeline.points)
    # bars for spend per model, for rank (score) and for cost; the longest bar is the biggest value
    assert [b.label for b in view.by_model.bars] == [r.key for r in spend.by_model]
    assert view.rank_chart.bars == tuple(rank_bars(board))
    widths = [view.rank_chart.bar_rect(i).width() for i in range(len(view.rank_chart.bars))]
    assert widths == sorted(widths, reverse=True) and widths[0] > 0
    assert view.leaders.rowCount() == len(board)
    assert [view.leaders.item(0, j).text() for j in range(view.leaders.columnCount())] == leader_cells(board[0])
    assert view.prefs.rowCount() >= 1 and "n=" in view.prefs.item(0, 2).text()
    # a period with no runs says so
    view.period.setCurrentText("Last 7 days")
    empty = (await wait_signal(view.loaded, timeout=10))[0]
    assert empty.spend.calls == 0 and view.summary.text() == "No runs in this period yet."
    assert view.rank_chart.bars == () and view.leaders.rowCount() == 0
    view.reject()


def test_period_filters():
    from datetime import date

    today = date(2025, 3, 20)
    assert period_filter("All time", None, today=today).since is None
    assert period_filter("Last 7 days", "full", today=today).since.date() == date(2025, 3, 14)
    assert period_filter("This month", None, today=today).since.date() == date(2025, 3, 1)
    f = period_filter("Custom dates", None, since=date(2025, 3, 1), until=date(2025, 3, 4), today=today)
    assert (f.since.date(), f.until.date()) == (date(2025, 3, 1), date(2025, 3, 5))  # until inclusive


async def test_the_view_menu_opens_it_on_the_window_history(power_app, power_responder):
    win = power_app.build()
    await power_app.ask()
    power_app.store.save_record(replace(make_record("e" * 32), prompt="Older"))
    assert win.power.stats_action.shortcut().toString() == "Ctrl+Shift+S"
    win.power.stats_action.trigger()
    view = win.power.stats_view
    result = (await wait_signal(view.loaded, timeout=10))[0]
    assert result.spend.calls > 0 and any(r.model == "a/one" for r in result.leaderboard)
    await until(lambda: view.status.text().endswith("models"))
    view.reject()
