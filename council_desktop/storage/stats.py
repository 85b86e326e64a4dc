"""What the history teaches: spend over time and per model and provider, a leaderboard of the models from the
user's own councils, and whether reviewers favour their own vendor's answers.

Read-only SQL over the history's tables (``runs``, ``model_runs``; JSON fields through ``json_extract``); it never
writes and needs no schema change. Members copied from a parent run (``reused``) are never counted again: not in
spend, not in the leaderboard. Everything comes back as frozen dataclasses, so the window (on a worker thread,
with its own connection: :meth:`HistoryStats.open`) and ``council-desktop stats`` show the same numbers.

Definitions:

- **Spend** is the ``cost`` each call reported, summed (calls without a reported cost add nothing and are
  counted as ``unpriced``). Days and months are local dates of the run's start (``local=False``: UTC).
- **Placement**: each stage-2 review that was read (``ranking_models``) places each model it ranked: place p of
  n answers offered. Average rank is the mean p; Borda points are n - p (as in the aggregate); **score** is
  1 - (p-1)/(n-1), so 1 is always first and 0 always last, comparable across council sizes.
- **Wins**: councils whose aggregate ranking put the model first (ties share), counting only runs with a review
  of their own (a re-run that only asked a new synthesis does not count its parent's verdict again).
- **Time**: medians over the model's latest :data:`TIMING_SAMPLE` stage-1 answers in the filter (recent speed is
  what matters; time to first token is recorded since schema 2, older answers have a duration only).
- **Value**: score per dollar of an average stage-1 answer (None when answers were free or had no cost).
- **Family**: the vendor prefix of a model id (``openai`` in ``openai/gpt-5.1``; for ``MODEL@PROVIDER`` the
  model id's prefix, or the model id when it has none). Self-preference compares how a reviewer places answers
  of its own family with how it places the others, and with how reviewers of other families place that family.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from council_desktop.council.records import dataclass
from council_desktop.council.vocab import Mode
from council_desktop.storage.history import MIGRATIONS, SCHEMA_VERSION, STATS_INDEXES, HistoryError

__all__ = [
    "MIN_SAMPLE",
    "OPENROUTER",
    "PROPOSED_INDEXES",
    "TIMING_SAMPLE",
    "HistoryStats",
    "LeaderRow",
    "SelfPreference",
    "Spend",
    "SpendRow",
    "StatsFilter",
    "family_of",
    "provider_of",
]

OPENROUTER = "OpenRouter"
MIN_SAMPLE = 10  # fewer placements than this: too few to tell (the table says so)
BROAD_SHARE = 0.25  # a filter keeping more of the runs than this reads all members in one pass
TIMING_SAMPLE = 500  # medians of time to first token and duration: a model's latest answers (in the filter)
_SETTING_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


PROPOSED_INDEXES = STATS_INDEXES  # made by the history's migration 3; the queries also run without them


def provider_of(spec: str) -> str:
    """``model@name`` → ``name``; an OpenRouter id → ``OpenRouter``."""
    model, at, provider = spec.rpartition("@")
    return provider.strip() if at and model.strip() and provider.strip() else OPENROUTER


def family_of(spec: str) -> str:
    """The vendor prefix: ``openai/gpt-5.1`` → ``openai``; ``llama3.2:3b@ollama`` → ``llama3.2``."""
    model, at, provider = spec.rpartition("@")
    bare = model if at and model.strip() and provider.strip() else spec
    bare = bare.strip().lower()
    if "/" in bare:
        return bare.split("/", 1)[0]
    return bare.split(":", 1)[0]


@dataclass(frozen=True, slots=True)
class StatsFilter:
    """Which runs count. ``since`` inclusive, ``until`` exclusive (aware datetimes; naive ones are local time);
    ``mode``: runs of that mode; ``settings``: runs whose settings JSON has these values (dotted keys for nested
    values, e.g. ``{"preset": "Frontier"}``; None matches a missing value)."""

    since: datetime | None = None
    until: datetime | None = None
    mode: Mode | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on ``runs r`` and their parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if self.since is not None:
            conds.append("r.created_at >= ?")
            params.append(_iso(self.since))
        if self.until is not None:
            conds.append("r.created_at < ?")
            params.append(_iso(self.until))
        if self.mode is not None:
            conds.append("coalesce(json_extract(r.detail, '$.mode'), 'full') = ?")
            params.append(self.mode)
        for key, value in self.settings.items():
            if not _SETTING_KEY.match(key):
                raise ValueError(f"not a settings key: {key!r}")
            if value is None:
                conds.append("json_extract(r.settings, ?) IS NULL")
                params.append(f"$.{key}")
            else:
                conds.append("json_extract(r.settings, ?) = ?")
                params += [f"$.{key}", int(value) if isinstance(value, bool) else value]
        return (" AND ".join(conds) or "1"), params


def _iso(t: datetime) -> str:
    """The stored form of a time (``now_iso``: UTC, milliseconds), so text comparison is time order."""
    if t.tzinfo is None:
        t = t.astimezone()
    return t.astimezone(UTC).isoformat(timespec="milliseconds")


# -- values --------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SpendRow:
    """Spend of one day, month, model, provider or family. ``unpriced``: finished calls that reported no cost."""

    key: str
    cost: float
    calls: int
    tokens: int
    unpriced: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "cost": round(self.cost, 10), "calls": self.calls, "tokens": self.tokens,
                "unpriced": self.unpriced}


@dataclass(frozen=True, slots=True)
class Spend:
    """Totals (``today`` and ``this_month`` relative to the time asked), and the same money split five ways."""

    today: float
    this_month: float
    total: float
    calls: int
    unpriced: int
    by_day: tuple[SpendRow, ...]  # oldest first
    by_month: tuple[SpendRow, ...]  # oldest first
    by_model: tuple[SpendRow, ...]  # most spent first
    by_provider: tuple[SpendRow, ...]
    by_family: tuple[SpendRow, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"today": round(self.today, 10), "this_month": round(self.this_month, 10),
                "total": round(self.total, 10), "calls": self.calls, "unpriced": self.unpriced,
                **{name: [r.to_dict() for r in getattr(self, name)]
                   for name in ("by_day", "by_month", "by_model", "by_provider", "by_family")}}


@dataclass(frozen=True, slots=True)
class LeaderRow:
    """One model's record in the user's own councils (see the module docstring for the definitions)."""

    model: str
    provider: str
    councils: int  # councils it was asked to answer in
    answers: int  # of those, answered
    reviews: int  # reviews it wrote
    syntheses: int  # final answers it wrote
    ranked: int  # councils whose aggregate ranked it (it received votes)
    wins: int  # councils whose aggregate put it first
    votes: int  # placements received from reviews
    average_rank: float | None
    borda: int
    score: float | None  # 0..1, 1 = always placed first
    failures: Mapping[str, int]  # failed calls by kind
    median_ttft_ms: int | None
    median_duration_ms: int | None
    timed: int  # answers the duration median is taken over
    tokens: int  # all its calls
    cost: float | None  # all its calls (None: none reported a cost)
    answer_cost: float | None  # mean cost of a stage-1 answer
    value: float | None  # score per dollar of an average answer

    @property
    def win_rate(self) -> float | None:
        return self.wins / self.ranked if self.ranked else None

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["failures"] = dict(self.failures)
        d["win_rate"] = self.win_rate
        return d


@dataclass(frozen=True, slots=True)
class SelfPreference:
    """How one reviewer places answers of its own family (never its own answer: reviewers do not see it), of
    other families, and how reviewers of other families place those same models (``peers``). Scores 0..1,
    1 = always first; ``_n`` are the numbers of placements behind each score."""

    reviewer: str
    family: str
    own_n: int
    own_score: float | None
    others_n: int
    others_score: float | None
    peers_n: int
    peers_score: float | None

    @property
    def lean(self) -> float | None:
        """own_score - peers_score: above 0, it places its family higher than other families' reviewers do."""
        if self.own_score is None or self.peers_score is None:
            return None
        return self.own_score - self.peers_score

    @property
    def enough(self) -> bool:
        """Both samples have at least :data:`MIN_SAMPLE` placements."""
        return self.own_n >= MIN_SAMPLE and self.peers_n >= MIN_SAMPLE

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d.update(lean=self.lean, enough=self.enough)
        return d


# -- the queries ---------------------------------------------------------------------------------------------

@dataclass
class _Acc:
    """Placement sums for one (reviewer, ranked model) pair."""

    votes: int = 0
    rank_sum: float = 0.0
    borda: int = 0
    score_sum: float = 0.0
    score_n: int = 0


class HistoryStats:
    """Statistics over one history database; read-only. One instance per thread (SQLite connections are not
    shared across threads)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        conn.isolation_level = None  # no implicit transaction: a later answer sees what others wrote since
        self._conn = conn
        self._indexes: set[str] | None = None
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._cache_version: int | None = None
        self._broad = True  # the filter keeps most runs: one pass over all members beats a lookup per run

    @classmethod
    def open(cls, path: Path | str) -> HistoryStats:
        """A read-only connection to the history at ``path`` (open it once with :class:`HistoryStore` first, which
        migrates it); a missing file reads as an empty history."""
        path = Path(path)
        try:
            if not path.exists():
                conn = sqlite3.connect(":memory:")
                for migrate in MIGRATIONS:
                    migrate(conn)
                return cls(conn)
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5.0)
        except sqlite3.Error as e:
            raise HistoryError(f"Cannot read the history database {path}: {e}.") from e
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as e:
            conn.close()
            raise HistoryError(f"Cannot read the history database {path}: {e}.") from e
        if version != SCHEMA_VERSION:
            conn.close()
            raise HistoryError(f"The history database {path} has schema {version}, not {SCHEMA_VERSION}: open it "
                               "with this version of the app first.")
        return cls(conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> HistoryStats:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The answer computed for ``key`` since the history last changed (a window asks again and again)."""
        version = self._rows("PRAGMA data_version")[0][0]
        if version != self._cache_version:
            self._cache.clear()
            self._cache_version = version
        if key not in self._cache:
            self._rows("BEGIN")  # one snapshot for all the queries of one answer
            try:
                self._cache[key] = compute()
            finally:
                self._rows("COMMIT")
        return self._cache[key]

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, list(params)).fetchall()
        except sqlite3.OperationalError as e:
            raise HistoryError(f"The history cannot be read: {e}.") from e

    def _select_runs(self, flt: StatsFilter | None, *, local: bool = True, aggregate: bool = False) -> None:
        """The filtered runs into ``temp.stats_runs``: their pk, start day, whether each comes from another run
        (only a re-run has reused members, so only those runs' members' detail JSON is ever read), how many
        answers its peer review ranked (its aggregate's length: each reviewer was offered all answers but its own)
        and, when asked, the aggregate itself (one read of each run's row serves the filter and the ranking)."""
        where, params = (flt or StatsFilter()).where()
        self._rows("DROP TABLE IF EXISTS temp.stats_runs")
        self._rows("CREATE TEMP TABLE stats_runs (pk INTEGER PRIMARY KEY, day TEXT, rerun INTEGER NOT NULL, "
                   "agg TEXT, answers INTEGER)")
        self._rows(f"""INSERT INTO temp.stats_runs
                       SELECT r.pk, date(r.created_at, ?),
                              json_extract(r.detail, '$.redo') IS NOT NULL
                                  OR json_extract(r.detail, '$.parent') IS NOT NULL,
                              {"r.aggregate" if aggregate else "NULL"}, json_array_length(r.aggregate)
                       FROM runs r WHERE {where}""", ["localtime" if local else "+0 seconds", *params])
        chosen = self._rows("SELECT count(*) FROM temp.stats_runs")[0][0]
        total = self._rows("SELECT count(*) FROM runs")[0][0]
        self._broad = chosen > BROAD_SHARE * total

    def _members(self, columns: str, condition: str = "1", *, reruns_only: bool = False,
                 index: str | None = None) -> str:
        """The filtered runs' members that were asked in that run (not reused), as a sub-query with ``day``,
        ``answers`` and ``columns`` of model_runs. Runs that are not re-runs never read the member's detail JSON,
        so an index on the listed columns (``index``, when the history has it) answers for them alone."""
        hint = self._hint(index)
        rerun = f"""SELECT f.day, f.answers, {columns}
                    FROM temp.stats_runs f CROSS JOIN model_runs m ON m.run_pk = f.pk
                    WHERE f.rerun AND NOT coalesce(json_extract(m.detail, '$.reused'), 0) AND {condition}"""
        if reruns_only:
            return rerun
        return f"""SELECT f.day, f.answers, {columns}
                   FROM temp.stats_runs f CROSS JOIN model_runs m {hint} ON m.run_pk = f.pk
                   WHERE NOT f.rerun AND {condition}
                   UNION ALL
                   {rerun}"""

    def _hint(self, index: str | None) -> str:
        """``INDEXED BY`` one of :data:`PROPOSED_INDEXES` when the history has it (the planner, without
        statistics, does not always see that it spares reading every row)."""
        if index is None:
            return ""
        if self._indexes is None:
            self._indexes = {str(r[0]) for r in self._rows(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'model_runs'")}
        return f"INDEXED BY {index}" if index in self._indexes else ""

    # -- spend ---------------------------------------------------------------------------------------------
    def spend(self, flt: StatsFilter | None = None, *, now: datetime | None = None, local: bool = True) -> Spend:
        """What the calls cost: totals, per day, month, model, provider and family."""
        now = now or datetime.now(UTC)
        result: Spend = self._cached(("spend", repr(flt), now.date(), local), lambda: self._spend(flt, now, local))
        return result

    def _spend(self, flt: StatsFilter | None, now: datetime, local: bool) -> Spend:
        self._select_runs(flt, local=local)
        columns = ("f.day, m.model, count(*), total(m.cost), total(m.token_count), "
                   "sum(m.cost IS NULL AND m.status = 'done')")
        # Runs that are not re-runs: a pass over the members (an index with these columns answers it without
        # reading the rows), each run's day looked up; re-runs: their members that were asked.
        if self._broad:
            rows = self._rows(
                f"""SELECT {columns} FROM model_runs m {self._hint("model_runs_stats")}
                    CROSS JOIN temp.stats_runs f ON f.pk = m.run_pk
                    WHERE NOT f.rerun GROUP BY f.day, m.model""")
        else:
            rows = self._rows(
                f"""SELECT {columns} FROM temp.stats_runs f CROSS JOIN model_runs m ON m.run_pk = f.pk
                    WHERE NOT f.rerun GROUP BY f.day, m.model""")
        rows += self._rows(
            f"""SELECT {columns} FROM temp.stats_runs f CROSS JOIN model_runs m ON m.run_pk = f.pk
                WHERE f.rerun AND NOT coalesce(json_extract(m.detail, '$.reused'), 0) GROUP BY f.day, m.model""")
        today = (now.astimezone() if local else now.astimezone(UTC)).date().isoformat()
        sums: dict[str, dict[str, list[float]]] = {k: defaultdict(lambda: [0.0, 0, 0, 0])
                                                   for k in ("day", "month", "model", "provider", "family")}
        for day, model, calls, cost, tokens, unpriced in rows:
            day = day or "unknown"
            for kind, key in (("day", day), ("month", day[:7]), ("model", model), ("provider", provider_of(model)),
                              ("family", family_of(model))):
                acc = sums[kind][key]
                acc[0] += cost
                acc[1] += calls
                acc[2] += tokens
                acc[3] += unpriced or 0

        def table(kind: str, by_key: bool) -> tuple[SpendRow, ...]:
            out = [SpendRow(k, v[0], int(v[1]), int(v[2]), int(v[3])) for k, v in sums[kind].items()]
            out.sort(key=(lambda r: r.key) if by_key else (lambda r: (-r.cost, -r.calls, r.key)))
            return tuple(out)

        by_day = table("day", True)
        return Spend(
            today=sum(r.cost for r in by_day if r.key == today),
            this_month=sum(r.cost for r in by_day if r.key[:7] == today[:7]),
            total=sum(r.cost for r in by_day), calls=sum(r.calls for r in by_day),
            unpriced=sum(r.unpriced for r in by_day), by_day=by_day, by_month=table("month", True),
            by_model=table("model", False), by_provider=table("provider", False), by_family=table("family", False))

    # -- leaderboard ---------------------------------------------------------------------------------------
    def _placements(self, *, reruns_only: bool = False) -> dict[tuple[str, str], _Acc]:
        """Placement sums by (reviewer, model placed), from the reviews of ``temp.stats_runs`` (each review's
        ``ranking_models``; ``n``: the answers it was offered)."""
        condition = "m.stage = 2 AND m.status = 'done' AND m.review IS NOT NULL"
        reviews = self._members("m.model, m.review", condition, reruns_only=reruns_only, index="model_runs_reviews")
        rows = self._rows(  # MATERIALIZED: each review's JSON is read once
            f"""WITH v AS MATERIALIZED (
                    SELECT model, ranking, max(answers - 1, json_array_length(ranking)) AS n
                    FROM (SELECT model, answers, json_extract(review, '$.ranking_models') AS ranking
                          FROM ({reviews})))
                SELECT v.model, j.value, count(*), sum(j.key + 1), sum(v.n - 1 - j.key),
                       total(CASE WHEN v.n > 1 THEN 1.0 - j.key * 1.0 / (v.n - 1) END), sum(v.n > 1)
                FROM v, json_each(v.ranking) j
                GROUP BY v.model, j.value""")
        return {(str(rev), str(ranked)): _Acc(int(n), float(rs or 0), int(b or 0), float(ss), int(sn or 0))
                for rev, ranked, n, rs, b, ss, sn in rows}

    def leaderboard(self, flt: StatsFilter | None = None) -> list[LeaderRow]:
        """Every model of the filtered runs, best score first.

        Places come from each run's aggregate ranking (votes, average rank and Borda per model: the reviews of one
        run summed, no review JSON to read); a re-run's aggregate also holds the reviews it reused, so a re-run's
        places come from its own reviews instead."""
        result: list[LeaderRow] = self._cached(("leaderboard", repr(flt)), lambda: self._leaderboard(flt))
        return list(result)

    def _leaderboard(self, flt: StatsFilter | None) -> list[LeaderRow]:
        self._select_runs(flt, aggregate=True)
        # Runs that are not re-runs: one pass in (model, stage, status, kind) order — an index in that order
        # (PROPOSED_INDEXES) answers it without touching the rows; re-runs: their members that were asked.
        columns = "m.model, m.stage, m.status, m.kind, count(*), total(m.cost), count(m.cost), total(m.token_count)"
        if self._broad:  # "+": not a lookup per run, but one pass over the members in group order
            calls = self._rows(
                f"""SELECT {columns} FROM model_runs m {self._hint("model_runs_stats")}
                    WHERE +m.run_pk IN (SELECT pk FROM temp.stats_runs WHERE NOT rerun)
                    GROUP BY m.model, m.stage, m.status, m.kind""")
        else:
            calls = self._rows(
                f"""SELECT {columns} FROM temp.stats_runs f CROSS JOIN model_runs m ON m.run_pk = f.pk
                    WHERE NOT f.rerun GROUP BY m.model, m.stage, m.status, m.kind""")
        calls += self._rows(
            f"""SELECT {columns} FROM temp.stats_runs f CROSS JOIN model_runs m ON m.run_pk = f.pk
                WHERE f.rerun AND NOT coalesce(json_extract(m.detail, '$.reused'), 0)
                GROUP BY m.model, m.stage, m.status, m.kind""")
        # "+": walk the runs newest first (the primary key's order) and stop after the sample
        timings: dict[str, list[tuple[int | None, Any]]] = {}
        for (model,) in {(c[0],) for c in calls if c[1] == 1 and c[2] == "done"}:
            timings[model] = self._rows(
                f"""SELECT m.duration_ms, json_extract(m.detail, '$.ttft_ms') FROM model_runs m
                    WHERE +m.model = ? AND m.stage = 1 AND m.status = 'done'
                          AND m.run_pk IN (SELECT pk FROM temp.stats_runs)
                          AND NOT coalesce(json_extract(m.detail, '$.reused'), 0)
                    ORDER BY m.run_pk DESC LIMIT {TIMING_SAMPLE}""", [model])
        # n: the answers each reviewer was offered (all but its own): a place p is worth n - p Borda points and
        # a score of 1 - (p-1)/(n-1); the aggregate has the votes and average place of each model.
        ranked = self._rows(  # MATERIALIZED: each JSON field is read once, not once per use below
            """WITH e AS MATERIALIZED (
                   SELECT json_extract(a.value, '$.model') AS model,
                          coalesce(json_extract(a.value, '$.rank'), json_extract(a.value, '$.position')) = 1 AS first,
                          json_extract(a.value, '$.votes') AS votes,
                          json_extract(a.value, '$.average_rank') AS average_rank, f.answers - 1 AS n
                   FROM temp.stats_runs f, json_each(f.agg) a
                   WHERE NOT f.rerun)
               SELECT model, count(*), sum(first), sum(votes), sum(rank_sum), sum(n * votes - rank_sum),
                      total(CASE WHEN n > 1 THEN votes - (rank_sum - votes) / (n - 1.0) END),
                      sum(CASE WHEN n > 1 THEN votes ELSE 0 END)
               FROM (SELECT model, first, votes, round(average_rank * votes) AS rank_sum, n FROM e WHERE votes > 0)
               GROUP BY model""")
        voted = self._members("m.run_pk", "m.stage = 2 AND m.status = 'done'", reruns_only=True)
        rerun_wins = self._rows(
            f"""SELECT json_extract(a.value, '$.model'), count(*),
                       sum(coalesce(json_extract(a.value, '$.rank'), json_extract(a.value, '$.position')) = 1)
                FROM temp.stats_runs f JOIN (SELECT DISTINCT run_pk FROM ({voted})) v ON f.pk = v.run_pk,
                     json_each(f.agg) a
                WHERE json_extract(a.value, '$.votes') > 0
                GROUP BY 1""")
        rerun_places = self._placements(reruns_only=True)

        per: dict[str, dict[str, Any]] = defaultdict(lambda: {
            "councils": 0, "answers": 0, "reviews": 0, "syntheses": 0, "failures": defaultdict(int), "tokens": 0,
            "cost": 0.0, "priced": 0, "answer_cost": 0.0, "answer_priced": 0, "ttft": [], "duration": [],
            "ranked": 0, "wins": 0, "recv": _Acc()})
        for model, stage, status, kind, n, cost, priced, tokens in calls:
            p = per[model]
            p["tokens"] += int(tokens)
            p["cost"] += cost
            p["priced"] += priced
            if stage == 1:
                p["councils"] += n
            if status == "done":
                p[{1: "answers", 2: "reviews", 3: "syntheses"}[stage]] += n
                if stage == 1:
                    p["answer_cost"] += cost
                    p["answer_priced"] += priced
            elif status == "failed":
                p["failures"][kind or "unknown"] += n
        for model, rows in timings.items():
            per[model]["duration"] = [d for d, _ in rows if d is not None]
            per[model]["ttft"] = [t for _, t in rows if isinstance(t, int | float)]
        for model, n, won, votes, rank_sum, borda, score_sum, score_n in ranked:
            if model is not None:
                p = per[str(model)]
                p["ranked"] += n
                p["wins"] += won or 0
                _add(p["recv"], _Acc(int(votes), float(rank_sum), int(borda), float(score_sum), int(score_n)))
        for model, n, won in rerun_wins:
            if model is not None:
                per[str(model)]["ranked"] += n
                per[str(model)]["wins"] += won or 0
        for (_rev, model), acc in rerun_places.items():
            _add(per[model]["recv"], acc)

        out = []
        for model, p in per.items():
            recv = p["recv"]
            score = recv.score_sum / recv.score_n if recv.score_n else None
            answer_cost = p["answer_cost"] / p["answer_priced"] if p["answer_priced"] else None
            out.append(LeaderRow(
                model=model, provider=provider_of(model), councils=p["councils"], answers=p["answers"],
                reviews=p["reviews"], syntheses=p["syntheses"], ranked=p["ranked"], wins=p["wins"],
                votes=recv.votes,
                average_rank=round(recv.rank_sum / recv.votes, 4) if recv.votes else None, borda=recv.borda,
                score=round(score, 4) if score is not None else None, failures=dict(p["failures"]),
                median_ttft_ms=_median(p["ttft"]), median_duration_ms=_median(p["duration"]),
                timed=len(p["duration"]), tokens=p["tokens"], cost=p["cost"] if p["priced"] else None,
                answer_cost=answer_cost,
                value=score / answer_cost if score is not None and answer_cost else None))
        out.sort(key=lambda r: (r.score is None, -(r.score or 0), -r.wins, -r.councils, r.model))
        return out

    # -- self-preference -----------------------------------------------------------------------------------
    def self_preference(self, flt: StatsFilter | None = None) -> list[SelfPreference]:
        """One row per reviewer that placed anything, the best-sampled first."""
        result: list[SelfPreference] = self._cached(("self_preference", repr(flt)),
                                                    lambda: self._self_preference(flt))
        return list(result)

    def _self_preference(self, flt: StatsFilter | None) -> list[SelfPreference]:
        self._select_runs(flt)
        placements = self._placements()
        by_others: dict[str, _Acc] = defaultdict(_Acc)  # a model as placed by reviewers of another family
        reviewers: dict[str, tuple[_Acc, _Acc]] = defaultdict(lambda: (_Acc(), _Acc()))
        for (rev, ranked), acc in placements.items():
            own, others = reviewers[rev]
            same = family_of(rev) == family_of(ranked)
            _add(own if same else others, acc)
            if not same:
                _add(by_others[ranked], acc)
        out = []
        for rev, (own, others) in reviewers.items():
            fam = family_of(rev)
            # peers: the same answers it judged as "own family" (its family but itself), placed by other families
            peers = _Acc()
            for model, acc in by_others.items():
                if model != rev and family_of(model) == fam:
                    _add(peers, acc)
            out.append(SelfPreference(rev, fam, own.score_n, _score(own), others.score_n, _score(others),
                                      peers.score_n, _score(peers)))
        out.sort(key=lambda s: (-min(s.own_n, s.peers_n), -s.own_n, s.reviewer))
        return out


def _add(into: _Acc, acc: _Acc) -> None:
    into.votes += acc.votes
    into.rank_sum += acc.rank_sum
    into.borda += acc.borda
    into.score_sum += acc.score_sum
    into.score_n += acc.score_n


def _score(acc: _Acc) -> float | None:
    return round(acc.score_sum / acc.score_n, 4) if acc.score_n else None


def _median(values: list[Any]) -> int | None:
    return round(statistics.median(values)) if values else None

