"""What the history teaches: spend, the leaderboard and self-preference, read from a real history file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from council_desktop.council import ranking
from council_desktop.council.events import ModelComplete, ModelError, RunEnd, StageComplete, StageStart
from council_desktop.council.state import RunState, fold
from council_desktop.council.values import Redo, Review, RunInfo, Synthesis
from council_desktop.storage.history import HistoryError, HistoryStore
from council_desktop.storage.stats import HistoryStats, StatsFilter, family_of, provider_of

O1, O2, G, L = "openai/gpt-a", "openai/gpt-b", "google/gem", "llama3.2:3b@ollama"
CHAIR = "google/gem"


def council(run_id: str, created: str, answers: dict, reviews: dict, *, failures: dict | None = None,
            chairman: str = CHAIR, chair_cost: float = 0.01, mode: str = "full", settings: dict | None = None,
            reused: tuple[str, ...] = (), reused_reviews: tuple[str, ...] = (), stage2: bool = True) -> RunState:
    """A finished run. ``answers``: {model: (cost, duration_ms, ttft_ms)}; ``reviews``: {reviewer: [models, best
    first]} (every other answer is offered); ``failures``: {model: kind}; ``reused``: members copied from a parent."""
    failures = failures or {}
    members = (*answers, *failures)
    redo = Redo(chairman=chairman) if reused else None  # only a re-run reuses members
    info = RunInfo(run_id, "Why?", members, chairman, created, settings={"max_tokens": 1000, **(settings or {})},
                   mode=mode, parent=rid(2) if reused else None, redo=redo)
    evs: list = [StageStart(1, members, run=info)]
    for m, (cost, dur, ttft) in answers.items():
        evs.append(ModelComplete(1, m, dur, 100, cost, True, f"answer of {m}", ttft_ms=ttft, reused=m in reused))
    for m, kind in failures.items():
        evs.append(ModelError(1, m, "It failed.", kind, 500, 100, 0))
    evs.append(StageComplete(1))
    if mode != "answers" and stage2:
        evs.append(StageStart(2, tuple(answers)))
        for rev, order in reviews.items():
            offered = [m for m in answers if m != rev]
            labels = ranking.labels_for(len(offered))
            label_map = dict(zip(labels, offered, strict=True))
            by_model = {m: lab for lab, m in label_map.items()}
            review = Review(label_map, tuple(by_model[m] for m in order), tuple(order), "ok")
            evs.append(ModelComplete(2, rev, 500, 50, 0.002, True, "a review", review, reused=rev in reused_reviews))
        aggregate = ranking.aggregate([list(o) for o in reviews.values()], list(answers),
                                      [len(answers) - 1] * len(reviews))
        evs.append(StageComplete(2, aggregate=tuple(aggregate)))
    if mode == "full":
        evs += [StageStart(3, (chairman,)), ModelComplete(3, chairman, 900, 200, chair_cost, True, "final"),
                StageComplete(3, synthesis=Synthesis(chairman, chairman, "final"))]
    evs.append(RunEnd("complete", created, 1000))
    state = fold(evs)
    assert state is not None
    return state


def rid(i: int) -> str:
    return f"{i:032x}"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        # run 1 (March 1st): O1 wins
        store.save_record(council(rid(1), "2025-03-01T10:00:00.000+00:00",
                                  {O1: (0.01, 2000, 300), O2: (0.02, 4000, 500), G: (0.03, 6000, None)},
                                  {O1: [O2, G], O2: [O1, G], G: [O1, O2]}, failures={L: "timeout"}))
        # run 2 (March 2nd): a three-way tie (one Borda point each): all share the first rank
        store.save_record(council(rid(2), "2025-03-02T23:30:00.000+00:00",
                                  {O1: (0.01, 3000, 400), O2: (0.02, 5000, 600), G: (0.03, 7000, 900)},
                                  {O1: [G, O2], O2: [O1, G], G: [O2, O1]}))
        # run 3 (April 5th): a re-run that only asked a new synthesis: everything but the chairman reused
        store.save_record(council(rid(3), "2025-04-05T09:00:00.000+00:00",
                                  {O1: (0.01, 3000, 400), O2: (0.02, 5000, 600), G: (0.03, 7000, 900)},
                                  {O1: [G, O2], O2: [O1, G], G: [O2, O1]}, reused=(O1, O2, G),
                                  reused_reviews=(O1, O2, G), chairman=O2, chair_cost=0.05))
        # run 4 (April 6th): answers only, a local member that reports no cost
        store.save_record(council(rid(4), "2025-04-06T09:00:00.000+00:00", {O1: (0.01, 1000, 100), L: (None, 800, 50)},
                                  {}, mode="answers", settings={"preset": "Local mix"}))
    return path


def test_provider_and_family():
    assert provider_of(O1) == "OpenRouter" and provider_of(L) == "ollama"
    assert family_of(O1) == family_of(O2) == "openai" and family_of(L) == "llama3.2"
    assert family_of("meta-llama/Llama-3@lmstudio") == "meta-llama"


def test_spend_per_day_month_model_and_provider_counts_reused_members_once(db):
    with HistoryStats.open(db) as stats:
        s = stats.spend(now=datetime(2025, 4, 6, 12, tzinfo=UTC), local=False)
    run1 = 0.01 + 0.02 + 0.03 + 3 * 0.002 + 0.01
    run3 = 0.05  # only the new synthesis: the reused answers and reviews were paid for by run 2
    assert s.total == pytest.approx(2 * run1 + run3 + 0.01)
    assert [r.key for r in s.by_day] == ["2025-03-01", "2025-03-02", "2025-04-05", "2025-04-06"]
    assert [r.key for r in s.by_month] == ["2025-03", "2025-04"]
    assert s.by_month[1].cost == pytest.approx(run3 + 0.01)
    assert s.today == pytest.approx(0.01) and s.this_month == pytest.approx(run3 + 0.01)
    by_model = {r.key: r for r in s.by_model}
    assert by_model[O2].cost == pytest.approx(2 * 0.022 + 0.05) and by_model[O2].calls == 5
    assert by_model[L].cost == 0 and by_model[L].calls == 2 and by_model[L].unpriced == 1  # the failure is not "unpriced"
    assert s.by_model[0].key == O2  # most spent first
    assert {r.key: r.calls for r in s.by_provider} == {"OpenRouter": 16, "ollama": 2}
    assert {r.key for r in s.by_family} == {"openai", "google", "llama3.2"}
    assert s.calls == 8 + 7 + 1 + 2 and s.unpriced == 1
    assert s.to_dict()["by_provider"][0]["key"] == "OpenRouter"


def test_spend_days_follow_local_time(db):
    with HistoryStats.open(db) as stats:
        utc = stats.spend(local=False)
        local = stats.spend(local=True)
    assert sum(r.cost for r in utc.by_day) == pytest.approx(sum(r.cost for r in local.by_day))
    expected = datetime(2025, 3, 2, 23, 30, tzinfo=UTC).astimezone().date().isoformat()
    assert expected in [r.key for r in local.by_day]


def test_filters_by_date_mode_and_settings(db):
    with HistoryStats.open(db) as stats:
        march = stats.spend(StatsFilter(since=datetime(2025, 3, 1, tzinfo=UTC), until=datetime(2025, 4, 1, tzinfo=UTC)))
        assert march.calls == 8 + 7
        assert stats.spend(StatsFilter(mode="answers")).calls == 2
        assert stats.spend(StatsFilter(settings={"preset": "Local mix"})).calls == 2
        assert stats.spend(StatsFilter(settings={"max_tokens": 1000})).calls == 18
        assert stats.spend(StatsFilter(settings={"preset": None})).calls == 16
        assert {r.model for r in stats.leaderboard(StatsFilter(mode="answers"))} == {O1, L}
        with pytest.raises(ValueError):
            stats.spend(StatsFilter(settings={"x') OR 1 --": 1}))


def test_leaderboard(db):
    with HistoryStats.open(db) as stats:
        board = {r.model: r for r in stats.leaderboard()}
    o1, o2, g, loc = board[O1], board[O2], board[G], board[L]
    # places received (run 3's reused reviews are not counted again), each of 2 answers offered:
    # O1 1,1 then 1,2; O2 1,2 then 2,1; G 2,2 then 1,2
    assert (o1.votes, o1.average_rank, o1.borda, o1.score) == (4, 1.25, 3, 0.75)
    assert (o2.votes, o2.average_rank, o2.borda, o2.score) == (4, 1.5, 2, 0.5)
    assert (g.votes, g.average_rank, g.borda, g.score) == (4, 1.75, 1, 0.25)
    # councils with a verdict of their own: runs 1 and 2 (run 3 reused its reviews); run 2 is a tie for first
    assert (o1.ranked, o1.wins, o2.wins, g.wins) == (2, 2, 1, 1) and o1.win_rate == 1.0
    assert (o1.councils, o1.answers, o1.reviews, o1.syntheses) == (3, 3, 2, 0)
    assert (g.councils, g.syntheses) == (2, 2) and o2.syntheses == 1
    assert loc.failures == {"timeout": 1} and loc.councils == 2 and loc.answers == 1 and loc.score is None
    assert (o1.median_duration_ms, o1.median_ttft_ms, o1.timed) == (2000, 300, 3)
    assert g.median_ttft_ms == 900 and g.median_duration_ms == 6500  # run 1 has no time to first token
    assert o1.tokens == 3 * 100 + 2 * 50 and o1.cost == pytest.approx(0.034)
    assert o1.answer_cost == pytest.approx(0.01) and o1.value == pytest.approx(75.0)
    assert loc.cost is None and loc.value is None
    assert board[O1].to_dict()["failures"] == {} and board[L].to_dict()["failures"] == {"timeout": 1}


def test_leaderboard_order_is_best_score_first(db):
    with HistoryStats.open(db) as stats:
        assert [r.model for r in stats.leaderboard()] == [O1, O2, G, L]


def test_self_preference_compares_own_family_with_other_reviewers(db):
    with HistoryStats.open(db) as stats:
        rows = {r.reviewer: r for r in stats.self_preference()}
    o1, o2, g = rows[O1], rows[O2], rows[G]
    # O1 placed O2 (its family) 1st then 2nd, G 2nd then 1st; G (another family) placed O2 2nd then 1st
    assert (o1.family, o1.own_n, o1.own_score, o1.others_n, o1.others_score) == ("openai", 2, 0.5, 2, 0.5)
    assert (o1.peers_n, o1.peers_score) == (2, 0.5) and o1.lean == 0 and not o1.enough
    # O2 placed O1 first twice and G last twice; G placed O1 1st then 2nd: O2 leans to its family
    assert (o2.own_n, o2.own_score, o2.others_score, o2.peers_n, o2.peers_score) == (2, 1.0, 0.0, 2, 0.5)
    assert o2.lean == 0.5
    # G has no other google model to judge
    assert (g.own_n, g.own_score, g.lean) == (0, None, None) and (g.others_n, g.others_score) == (4, 0.5)
    assert set(rows) == {O1, O2, G}


def test_self_preference_shows_a_lean(tmp_path):
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        for i in range(12):  # O1 always puts O2 first; G always puts O2 last
            store.save_record(council(rid(100 + i), f"2025-05-{i + 1:02d}T10:00:00.000+00:00",
                                      {O1: (0.01, 1, 1), O2: (0.01, 1, 1), G: (0.01, 1, 1)},
                                      {O1: [O2, G], G: [O1, O2], O2: [O1, G]}))
    with HistoryStats.open(path) as stats:
        o1 = next(r for r in stats.self_preference() if r.reviewer == O1)
    assert (o1.own_n, o1.own_score, o1.peers_n, o1.peers_score) == (12, 1.0, 12, 0.0)
    assert o1.lean == 1.0 and o1.enough
    assert o1.to_dict()["lean"] == 1.0 and o1.to_dict()["enough"] is True


def test_empty_missing_and_old_histories(tmp_path):
    with HistoryStats.open(tmp_path / "missing.sqlite3") as stats:
        assert stats.leaderboard() == [] and stats.self_preference() == []
        s = stats.spend()
        assert (s.total, s.calls, s.by_day) == (0, 0, ())
    assert not (tmp_path / "missing.sqlite3").exists()  # never created by reading
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("CREATE TABLE runs (pk INTEGER)")
    conn.close()
    with pytest.raises(HistoryError, match="schema 1"):
        HistoryStats.open(old)


def test_stats_never_write(db):
    before = db.read_bytes()
    with HistoryStats.open(db) as stats:
        stats.leaderboard()
        stats.spend()
        with pytest.raises(sqlite3.OperationalError):
            stats._conn.execute("DELETE FROM runs")
    assert db.read_bytes() == before


def _snapshot(path, flt=None):
    with HistoryStats.open(path) as stats:
        return ([r.to_dict() for r in stats.leaderboard(flt)], [r.to_dict() for r in stats.self_preference(flt)],
                stats.spend(flt, now=datetime(2025, 4, 6, tzinfo=UTC), local=False).to_dict())


def test_the_proposed_indexes_and_both_query_paths_give_the_same_numbers(db, monkeypatch):
    from council_desktop.storage import stats as stats_module

    month = StatsFilter(since=datetime(2025, 3, 1, tzinfo=UTC), until=datetime(2025, 3, 2, tzinfo=UTC))
    with sqlite3.connect(db) as conn:  # the history's migration made them: compare without, then with
        conn.execute("DROP INDEX IF EXISTS model_runs_stats")
        conn.execute("DROP INDEX IF EXISTS model_runs_reviews")
    plain = [_snapshot(db), _snapshot(db, month)]
    monkeypatch.setattr(stats_module, "BROAD_SHARE", 1.0)  # every filter: a lookup per run
    assert [_snapshot(db), _snapshot(db, month)] == plain
    monkeypatch.setattr(stats_module, "BROAD_SHARE", 0.0)  # every filter: one pass over all members
    assert [_snapshot(db), _snapshot(db, month)] == plain
    with sqlite3.connect(db) as conn:
        for sql in stats_module.PROPOSED_INDEXES:
            conn.execute(sql)
    assert [_snapshot(db), _snapshot(db, month)] == plain
    with HistoryStats.open(db) as stats:
        assert stats._hint("model_runs_stats") == "INDEXED BY model_runs_stats"


def test_a_run_and_the_same_run_recorded_as_a_rerun_rank_alike(tmp_path):
    """Places come from the aggregate for ordinary runs and from the reviews for re-runs: the same reviews must
    give the same leaderboard either way."""
    answers = {O1: (0.01, 1000, 100), O2: (0.02, 2000, 200), G: (0.03, 3000, 300), "x/four": (0.01, 1, 1)}
    reviews = {O1: [G, "x/four", O2], O2: [O1, G, "x/four"], G: ["x/four", O1, O2], "x/four": [O1, O2, G]}
    plain, rerun = tmp_path / "plain.sqlite3", tmp_path / "rerun.sqlite3"
    with HistoryStore(plain) as store:
        store.save_record(council(rid(1), "2025-03-01T10:00:00.000+00:00", answers, reviews))
    with HistoryStore(rerun) as store:  # a re-run that reused nothing: every member asked anew
        store.save_record(council(rid(1), "2025-03-01T10:00:00.000+00:00", answers, reviews, reused=("none",)))
    a, b = _snapshot(plain), _snapshot(rerun)
    assert a == b
    board = {r["model"]: r for r in a[0]}
    assert board[O1]["average_rank"] == pytest.approx((1 + 2 + 1) / 3, abs=1e-4) and board[O1]["borda"] == 2 + 1 + 2
    assert board[O1]["wins"] == 1 and board[O1]["score"] == pytest.approx((1 + 0.5 + 1) / 3, abs=1e-4)


def test_a_rerun_that_asks_one_reviewer_again_counts_only_that_review(tmp_path):
    path = tmp_path / "h.sqlite3"
    answers = {O1: (0.01, 1000, 100), O2: (0.02, 2000, 200), G: (0.03, 3000, 300)}
    with HistoryStore(path) as store:
        store.save_record(council(rid(1), "2025-03-01T10:00:00.000+00:00", answers,
                                  {O1: [O2, G], O2: [O1, G], G: [O1, O2]}))
        # G asked again: it now puts O2 first; O1's and O2's reviews and every answer are reused
        store.save_record(council(rid(2), "2025-03-02T10:00:00.000+00:00", answers,
                                  {O1: [O2, G], O2: [O1, G], G: [O2, O1]}, reused=(O1, O2, G),
                                  reused_reviews=(O1, O2)))
    with HistoryStats.open(path) as stats:
        board = {r.model: r for r in stats.leaderboard()}
        spend = stats.spend()
    assert board[O2].votes == 3 and board[O2].average_rank == pytest.approx(4 / 3, abs=1e-4)  # 1st, 2nd, then 1st by G
    assert board[G].votes == 2 and board[O1].votes == 3
    assert board[O1].councils == 1 and board[G].reviews == 2  # G reviewed twice, answered once
    assert (board[O1].ranked, board[O1].wins) == (2, 1) and (board[O2].ranked, board[O2].wins) == (2, 1)
    assert spend.calls == 7 + 2  # the re-run paid for G's review and the synthesis only


def test_answers_are_kept_until_the_history_changes(db):
    with HistoryStats.open(db) as stats:
        first = stats.leaderboard()
        calls = []
        real = stats._rows
        stats._rows = lambda sql, params=(): calls.append(sql) or real(sql, params)
        assert stats.leaderboard() == first and len(calls) == 1  # only the version check
        with HistoryStore(db) as store:  # another connection records a run
            store.save_record(council(rid(9), "2025-04-07T09:00:00.000+00:00", {"new/model": (0.5, 1, 1)}, {},
                                      mode="answers"))
        assert "new/model" in {r.model for r in stats.leaderboard()}
        assert stats.spend().by_model[0].key == "new/model"
