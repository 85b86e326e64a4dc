from hypothesis import given
from hypothesis import strategies as st

from council_desktop.council.ranking import aggregate, labels_for, parse_ranking, to_models

OFFERED = ["Response A", "Response B", "Response C"]


def test_plain_ranking_parses_in_order():
    text = "A is fine. B is weak.\n\nFINAL RANKING:\n1. Response C\n2. Response A\n3. Response B\n"
    p = parse_ranking(text, OFFERED)
    assert p.labels == ("Response C", "Response A", "Response B")
    assert p.status == "ok"


def test_markdown_bold_paren_numbering_and_case():
    text = "**Final Ranking:**\n1) **response b**\n2) *Response A*\n- RESPONSE c"
    p = parse_ranking(text, OFFERED)
    assert p.labels == ("Response B", "Response A", "Response C")
    assert p.status == "ok"


def test_only_section_after_last_header_counts():
    text = ("FINAL RANKING: (draft)\n1. Response A\n2. Response B\n3. Response C\n\n"
            "On reflection...\nFINAL RANKING:\n1. Response B\n2. Response C\n3. Response A")
    assert parse_ranking(text, OFFERED).labels == ("Response B", "Response C", "Response A")


def test_duplicates_keep_first_and_unknown_labels_dropped():
    text = "FINAL RANKING:\n1. Response B\n2. Response Z\n3. Response B\n4. Response A"
    p = parse_ranking(text, OFFERED)
    assert p.labels == ("Response B", "Response A")
    assert p.status == "partial"


def test_no_header_fails():
    p = parse_ranking("Response A is best, then Response B.", OFFERED)
    assert p.labels == ()
    assert p.status == "failed"


def test_header_without_labels_fails():
    assert parse_ranking("FINAL RANKING:\nnothing useful", OFFERED).status == "failed"


def test_labels_beyond_z():
    labels = labels_for(28)
    assert labels[0] == "Response A" and labels[25] == "Response Z"
    assert labels[26] == "Response AA" and labels[27] == "Response AB"
    text = "FINAL RANKING:\n1. Response AB\n2. Response A"
    assert parse_ranking(text, labels).labels == ("Response AB", "Response A")


def test_to_models_maps_through_label_map():
    lm = {"Response A": "m2", "Response B": "m1"}
    assert to_models(["Response B", "Response A", "Response Q"], lm) == ["m1", "m2"]


def test_aggregate_average_votes_borda():
    rankings = [["a", "b", "c"], ["b", "a", "c"], ["a", "c"]]
    agg = aggregate(rankings, ["a", "b", "c"])
    by = {e.model: e for e in agg}
    assert by["a"].average_rank == round((1 + 2 + 1) / 3, 4)
    assert by["a"].votes == 3
    assert by["a"].borda == 2 + 1 + 1
    assert by["c"].average_rank == round((3 + 3 + 2) / 3, 4)
    assert by["c"].borda == 0 + 0 + 0
    assert [e.model for e in agg] == ["a", "b", "c"]
    assert [e.position for e in agg] == [1, 2, 3]


def test_aggregate_tie_break_borda_then_votes_then_name():
    # a and b both average 1.5; a has more Borda points (its rankings were longer lists).
    agg = aggregate([["a", "b", "c"], ["c", "a", "d"], ["b", "d"]], ["b", "a", "c", "d"])
    assert agg[0].model == "a" and agg[0].average_rank == agg[1].average_rank == 1.5
    assert agg[0].borda > agg[1].borda
    # Complete tie: alphabetical.
    agg2 = aggregate([["y", "x"], ["x", "y"]], ["y", "x"])
    assert [e.model for e in agg2] == ["x", "y"]


def test_unranked_models_come_last_with_no_average():
    agg = aggregate([["b"]], ["a", "b", "c"])
    assert [e.model for e in agg] == ["b", "a", "c"]
    assert agg[1].average_rank is None and agg[1].votes == 0


label_st = st.sampled_from([*OFFERED, "Response Q", "response a", "RESPONSE B"])
noise_st = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(prefix=noise_st, items=st.lists(label_st, max_size=8), style=st.sampled_from(["{i}. {l}", "{i}) **{l}**", "- {l}"]))
def test_parse_is_total_and_never_invents_labels(prefix, items, style):
    body = "\n".join(style.format(i=i, l=lab) for i, lab in enumerate(items, 1))
    p = parse_ranking(f"{prefix}\nFINAL RANKING:\n{body}", OFFERED)
    assert set(p.labels) <= set(OFFERED)
    assert len(set(p.labels)) == len(p.labels)
    expected = []
    for lab in items:
        canon = "Response " + lab.split()[-1].upper()
        if canon in OFFERED and canon not in expected:
            expected.append(canon)
    assert list(p.labels) == expected
    assert p.status == ("failed" if not expected else "ok" if len(expected) == 3 else "partial")


@given(st.text())
def test_parse_never_raises(text):
    parse_ranking(text, OFFERED)


@given(st.lists(st.permutations(["a", "b", "c", "d"]), max_size=6))
def test_aggregate_positions_are_competition_ranks(rankings):
    agg = aggregate(rankings, ["a", "b", "c", "d"])
    assert {e.model for e in agg} == {"a", "b", "c", "d"}
    assert sum(e.borda for e in agg) == len(rankings) * (3 + 2 + 1)
    if not rankings:  # nobody voted: nobody gets a rank
        assert all(e.position is None and e.rank is None and e.votes == 0 for e in agg)
        return
    assert [e.position for e in agg] == [1, 2, 3, 4]
    ranks = [e.rank for e in agg]
    assert ranks[0] == 1 and ranks == sorted(ranks)
    for i, e in enumerate(agg):  # "1, 1, 3": a rank is 1 + the number of entries strictly ahead
        ahead = [x for x in agg if (-x.borda, x.average_rank, -x.votes) < (-e.borda, e.average_rank, -e.votes)]
        assert e.rank == len(ahead) + 1, (i, agg)


def test_aggregate_ties_share_a_rank_and_more_votes_beat_one_lucky_first():
    tie = aggregate([["a", "b"], ["b", "a"]], ["a", "b"])
    assert [e.rank for e in tie] == [1, 1] and [e.position for e in tie] == [1, 2] and tie[1].tied
    agg = aggregate([["x", "y", "z"], ["y", "x"], ["y"]], ["x", "y", "z", "w"])
    by = {e.model: e for e in agg}
    # y: ranks 2, 1, 1 (3 votes); x: 1, 2; z: 3; w: nobody ranked it
    assert [e.model for e in agg][:2] == ["y", "x"]
    assert by["w"].position is None and by["w"].average_rank is None
