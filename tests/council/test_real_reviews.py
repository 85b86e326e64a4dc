"""The ranking parser on real stage-2 output (tests/council/fixtures/real_reviews.json, written by the
real-server test from a tiny local model's reviews)."""

import json
from pathlib import Path

import pytest

from council_desktop.council import ranking

FIXTURE = Path(__file__).parent / "fixtures" / "real_reviews.json"
REVIEWS = json.loads(FIXTURE.read_text(encoding="utf-8"))["reviews"]


def test_the_fixture_holds_real_reviews():
    assert len(REVIEWS) >= 3
    for r in REVIEWS:
        assert r["text"].strip() and r["label_map"] and r["reviewer"]
        assert set(r["label_map"]) == set(ranking.labels_for(len(r["label_map"])))


@pytest.mark.parametrize("review", REVIEWS, ids=lambda r: r["reviewer"])
def test_a_real_review_parses_to_offered_labels_only(review):
    offered = list(review["label_map"])
    parsed = ranking.parse_ranking(review["text"], offered)
    assert parsed.status in ("ok", "partial", "failed")
    assert set(parsed.labels) <= set(offered)
    assert len(parsed.labels) == len(set(parsed.labels))  # no label twice
    assert (parsed.status == "failed") == (not parsed.labels)
    assert set(ranking.to_models(parsed.labels, review["label_map"])) <= set(review["label_map"].values())
