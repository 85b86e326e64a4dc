"""``council-desktop stats``: spend, leaderboard and self-preference from the user's history, as tables or JSON."""

from __future__ import annotations

import json

import pytest

from council_desktop.cli import main
from council_desktop.storage.history import HistoryStore
from council_desktop.storage.paths import app_paths
from tests.storage.test_stats import O1, O2, G, L, council, rid


@pytest.fixture
def history():
    with HistoryStore(app_paths().history_db) as store:
        store.save_record(council(rid(1), "2025-03-01T10:00:00.000+00:00",
                                  {O1: (0.01, 2000, 300), O2: (0.02, 4000, 500), G: (0.03, 6000, None)},
                                  {O1: [O2, G], O2: [O1, G], G: [O1, O2]}, failures={L: "timeout"}))
        store.save_record(council(rid(2), "2025-04-02T10:00:00.000+00:00", {O1: (0.01, 1000, 100), L: (None, 800, 50)},
                                  {}, mode="answers"))


def lines_of(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_stats_tables(history, capsys):
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Spend\n  today $0 · this month $0 · all time $0.09 — 10 calls (1 reported no cost)")
    assert "PROVIDER" in out and "OpenRouter" in out and "ollama" in out
    board = out[out.index("Leaderboard"):out.index("Self-preference")]
    rows = [ln.split() for ln in board.splitlines()[2:] if ln.startswith("  ") and "/" in ln.split()[0]]
    assert [r[0] for r in rows][:3] == [O1, O2, G]  # best score first
    assert rows[0][1:6] == ["2", "1/1", "1.00", "2", "100%"]  # councils, wins/ranked, avg rank, Borda, score
    assert "1 timeout" in board
    prefs = out[out.index("Self-preference"):]
    assert "openai" in prefs and "(n=1)" in prefs and "too few to tell" in prefs


def test_stats_jsonl(history, capsys):
    assert main(["stats", "--jsonl"]) == 0
    rows = lines_of(capsys.readouterr().out)
    assert rows[0]["type"] == "spend" and rows[0]["calls"] == 10 and rows[0]["total"] == pytest.approx(0.086)
    by = {(r["by"], r["key"]): r for r in rows if r["type"] == "spend_by"}
    assert by[("provider", "ollama")]["calls"] == 2 and by[("month", "2025-04")]["cost"] == pytest.approx(0.01)
    board = [r for r in rows if r["type"] == "leaderboard"]
    assert board[0]["model"] == O1 and board[0]["score"] == 1.0 and board[0]["wins"] == 1
    assert {r["reviewer"] for r in rows if r["type"] == "self_preference"} == {O1, O2, G}


def test_stats_date_filter(history, capsys):
    assert main(["stats", "--jsonl", "--since", "2025-04-01"]) == 0
    rows = lines_of(capsys.readouterr().out)
    assert rows[0]["calls"] == 2 and rows[0]["since"] == "2025-04-01"
    assert [r["model"] for r in rows if r["type"] == "leaderboard"] == sorted([O1, L])
    assert main(["stats", "--jsonl", "--until", "2025-03"]) == 0  # a month: up to its last day
    assert lines_of(capsys.readouterr().out)[0]["calls"] == 8
    assert main(["stats", "--jsonl", "--since", "2025-03-02", "--until", "2025-04-01"]) == 0
    assert lines_of(capsys.readouterr().out)[0]["calls"] == 0
    assert main(["stats", "--jsonl", "--mode", "answers"]) == 0
    assert lines_of(capsys.readouterr().out)[0]["calls"] == 2


@pytest.mark.parametrize("argv", [["--since", "yesterday"], ["--until", "2025-13-01"],
                                  ["--since", "2025-04-02", "--until", "2025-04-01"]])
def test_stats_bad_dates_are_usage_errors(argv, capsys):
    assert main(["stats", *argv]) == 2
    assert "error:" in capsys.readouterr().err


def test_stats_on_an_empty_history(capsys):
    assert main(["stats"]) == 0
    assert "No runs in the history yet." in capsys.readouterr().out


def test_stats_by_preset(capsys):
    with HistoryStore(app_paths().history_db) as store:
        store.save_record(council(rid(5), "2025-05-01T10:00:00.000+00:00", {O1: (0.01, 1000, 100), O2: (0.02, 1, 1)},
                                  {}, settings={"preset": "Frontier"}))
        store.save_record(council(rid(6), "2025-05-02T10:00:00.000+00:00", {L: (None, 1000, 100)}, {}))
    assert main(["stats", "--jsonl", "--preset", "Frontier"]) == 0
    rows = lines_of(capsys.readouterr().out)
    models = {r["model"] for r in rows if r["type"] == "leaderboard"}
    assert {O1, O2} <= models and L not in models  # the other run had no preset
