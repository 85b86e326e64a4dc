"""``ask --estimate`` against the local fake OpenRouter: no chat request, prices from the model list, and the real
cost of the same run inside the range."""

from __future__ import annotations

import json

import pytest

from council_desktop.council.estimate import Price, stage_estimate
from council_desktop.devserver import PRICES, FakeOpenRouter, ServerOptions
from council_desktop.providers.openrouter_api import ModelCatalog
from tests.test_cli import KEY, events_of, run_cli

MEMBERS = ("test/alpha", "test/beta", "test/gamma")
BOOK = {m: Price(float(p), float(c)) for m, (p, c) in PRICES.items()}
LONG_PROMPT = ("I run a small bakery and want to cut energy costs without hurting the bread. We bake from 4am in "
               "two deck ovens and one convection oven, the proofer runs all night, and the walk-in fridge is old. "
               "Electricity is billed with a peak tariff from 7am to 9pm. Which changes should come first, what "
               "would each save in a year, and what would you measure before and after to know it worked? Please "
               "keep it practical: we cannot close for more than two days, and the budget is about 15,000 euros.")


@pytest.fixture
def server():
    with FakeOpenRouter(ServerOptions(tokens=250, review_tokens=150, delay=0.0005, key=KEY)) as srv:
        yield srv


def ask(server, prompt="Why is the sky blue?", *extra, members=MEMBERS):
    args = ["ask", prompt, "--chairman", "test/chair", "--base-url", server.base_url]
    for m in members:
        args += ["--model", m]
    return [*args, *extra]


def with_settings(home, **values):
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_estimate_makes_no_chat_request_and_needs_no_key(server, tmp_path):
    r = run_cli(ask(server, "Why is the sky blue?", "--estimate"), tmp_path, OPENROUTER_API_KEY=None)
    assert r.returncode == 0, r.stderr
    assert server.paths == ["GET /api/v1/models"] and server.requests == []  # the price list, nothing else
    first = r.stdout.splitlines()[0]
    assert first.startswith("Estimated cost: $") and " – $" in first and "3 members" in first
    assert "Stage 2 — Peer review" in r.stdout and "Stage 3 — Chairman synthesis" in r.stdout
    assert KEY not in r.stdout + r.stderr


def test_estimate_jsonl_is_one_object(server, tmp_path):
    r = run_cli(ask(server, "Why?", "--estimate", "--jsonl", "--mode", "review"), tmp_path)
    assert r.returncode == 0, r.stderr
    (doc,) = events_of(r.stdout)
    assert doc["type"] == "estimate" and doc["mode"] == "review" and doc["currency"] == "USD"
    assert [s["stage"] for s in doc["stages"]] == [1, 2] and doc["calls"] == 6
    assert 0 < doc["low"] < doc["high"] and doc["unknown_prices"] == []
    assert doc["prices_fetched_at"] is not None and doc["prices_problem"] is None
    assert not any(p.startswith("POST") for p in server.paths)


def test_estimate_reads_the_cached_list_and_names_unknown_prices(server, tmp_path):
    catalog = ModelCatalog(tmp_path / "data" / "models-cache.json")
    catalog.save([{"id": "test/alpha", "pricing": {"prompt": "0.000001", "completion": "0.000002"}},
                  {"id": "test/chair", "pricing": {"prompt": "0.000001", "completion": "0.000002"}}],
                 base_url=server.base_url)
    r = run_cli(ask(server, "Why?", "--estimate", "--jsonl", members=("test/alpha", "test/beta", "local@box")),
                tmp_path)
    assert r.returncode == 0, r.stderr
    assert server.paths == []  # the cache was enough
    (doc,) = events_of(r.stdout)
    assert doc["high"] is None and doc["unknown_prices"] == ["test/beta"] and doc["low"] > 0
    human = run_cli(ask(server, "Why?", "--estimate", members=("test/alpha", "test/beta")), tmp_path)
    assert "No price known for test/beta: the range is open-ended above." in human.stdout
    assert "– ?" in human.stdout.splitlines()[0]


def test_estimate_offline_still_answers_with_an_open_range(tmp_path):
    r = run_cli(["ask", "Why?", "--model", "a/x", "--chairman", "a/x", "--base-url", "http://127.0.0.1:9/api/v1",
                 "--estimate"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "– ?" in r.stdout and "could not be fetched" in r.stderr


def _stage_costs(result):
    costs = {1: 0.0, 2: 0.0, 3: 0.0}
    for key, stage in (("stage1", 1), ("stage2", 2), ("stage3", 3)):
        for group in ("answers", "reviews", "attempts", "errors"):
            for m in result[key].get(group) or []:
                costs[stage] += m["cost"] or 0.0
    return costs


@pytest.mark.slow
@pytest.mark.parametrize("prompt, mode", [("Why is the sky blue?", "full"), (LONG_PROMPT, "full"),
                                          (LONG_PROMPT, "review")])
def test_the_real_cost_of_the_same_run_falls_inside_the_range(server, tmp_path, prompt, mode):
    with_settings(tmp_path, max_tokens=1024)
    r = run_cli(ask(server, prompt, "--estimate", "--jsonl", "--mode", mode), tmp_path)
    assert r.returncode == 0, r.stderr
    (est,) = events_of(r.stdout)
    assert est["max_tokens"] == 1024
    r = run_cli(ask(server, prompt, "--jsonl", "--no-save", "--mode", mode), tmp_path)
    assert r.returncode == 0, r.stderr
    result = events_of(r.stdout)[-1]["data"]
    real = result["totals"]["cost"]
    assert est["low"] <= real <= est["high"], (est["low"], real, est["high"])
    by_stage = _stage_costs(result)
    for s in est["stages"]:
        assert s["low"] <= by_stage[s["stage"]] <= s["high"], (s["stage"], s["low"], by_stage[s["stage"]], s["high"])
    # what the budget cap will ask before stages 2 and 3, with the real texts: also brackets the real cost
    answers = {a["model"]: a["text"] for a in result["stage1"]["answers"]}
    s2 = stage_estimate(2, prompt, list(answers), BOOK, max_tokens=1024, answers=answers)
    assert s2.low <= by_stage[2] <= s2.high
    # known answers (250 words) narrow the prompt range from both ends
    before, known = est["stages"][1]["prompt_tokens"], s2.tokens()["prompt"]
    assert before[0] < known[0] <= known[1] < before[1]
    if mode == "full":
        reviews = {v["model"]: v["text"] for v in result["stage2"]["reviews"]}
        s3 = stage_estimate(3, prompt, ["test/chair"], BOOK, max_tokens=1024, answers=answers, reviews=reviews)
        assert s3.low <= by_stage[3] <= s3.high


def test_ask_budget_stops_before_a_stage_it_cannot_afford_and_keeps_the_run(server, tmp_path):
    # The stage-1 answers fit in the budget; the peer review that follows could not.
    one = stage_estimate(1, "Why is the sky blue?", MEMBERS, BOOK, max_tokens=4096)
    budget = one.high * 1.05
    r = run_cli(ask(server, "Why is the sky blue?", "--budget", f"{budget:.6f}", "--jsonl"), tmp_path)
    assert r.returncode == 1, r.stderr
    evs = events_of(r.stdout)
    assert evs[-1]["type"] == "error" and evs[-1]["message"].startswith("Budget: peer review could cost up to")
    assert {e["stage"] for e in evs if e["type"] == "stage_start"} == {1}
    chat = [p for p in server.paths if p.endswith("/chat/completions")]
    assert len(chat) == 3  # the three answers, no review
    run_id = next(e for e in evs if e["type"] == "stage_start")["run"]["run_id"]
    shown = json.loads(run_cli(["show", run_id, "--format", "json"], tmp_path).stdout)
    assert shown["status"] == "failed" and len(shown["stage1"]["answers"]) == 3
    r = run_cli(ask(server, "Why?", "--budget", "-1"), tmp_path)
    assert r.returncode == 2
