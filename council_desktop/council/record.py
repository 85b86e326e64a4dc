"""The record of one council run: what every member said, how long it took, what it cost, what failed.

The same record is the ``result`` event's data, the history store's content and the JSON export
(``to_dict`` / ``from_dict`` round-trip losslessly).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

FORMAT_VERSION = 1

RunStatus = Literal["running", "complete", "failed", "cancelled", "interrupted"]
ModelStatus = Literal["running", "done", "error"]
ParseStatus = Literal["ok", "partial", "failed"]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def make_title(prompt: str, max_words: int = 8, max_chars: int = 60) -> str:
    """A short list title from the prompt's first words."""
    words = " ".join(prompt.split()).split(" ")
    title = " ".join(words[:max_words])
    if len(title) > max_chars:
        title = title[: max_chars - 1].rstrip() + "…"
    elif len(words) > max_words:
        title += "…"
    return title or "(empty prompt)"


@dataclass(slots=True)
class ModelRun:
    """One member's work in one stage."""

    model: str
    stage: int
    status: ModelStatus = "running"
    text: str = ""
    duration_ms: int | None = None
    token_count: int = 0
    exact_tokens: bool = False
    cost: float | None = None
    error: str | None = None
    kind: str | None = None
    status_code: int | None = None
    # Stage 2 only: the reviewer's anonymization and what was parsed from its FINAL RANKING.
    label_map: dict[str, str] | None = None
    parsed_ranking: list[str] | None = None
    ranking_models: list[str] | None = None
    parse_status: ParseStatus | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "model": self.model, "stage": self.stage, "status": self.status, "text": self.text,
            "duration_ms": self.duration_ms, "token_count": self.token_count,
            "exact_tokens": self.exact_tokens, "cost": self.cost,
            "error": self.error, "kind": self.kind, "status_code": self.status_code,
        }
        if self.stage == 2:
            d.update(label_map=self.label_map, parsed_ranking=self.parsed_ranking,
                     ranking_models=self.ranking_models, parse_status=self.parse_status)
        return d

    @staticmethod
    def from_dict(d: dict[str, Any]) -> ModelRun:
        return ModelRun(
            model=str(d["model"]), stage=int(d["stage"]), status=d.get("status", "done"),
            text=str(d.get("text") or ""), duration_ms=d.get("duration_ms"),
            token_count=int(d.get("token_count") or 0), exact_tokens=bool(d.get("exact_tokens", False)),
            cost=d.get("cost"), error=d.get("error"), kind=d.get("kind"), status_code=d.get("status_code"),
            label_map=d.get("label_map"), parsed_ranking=d.get("parsed_ranking"),
            ranking_models=d.get("ranking_models"), parse_status=d.get("parse_status"),
        )


@dataclass(frozen=True, slots=True)
class AggregateEntry:
    """One model's standing after peer review. ``position`` is 1 for the best."""

    model: str
    average_rank: float | None  # None: nobody ranked it
    votes: int
    borda: int
    position: int

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, "average_rank": self.average_rank, "votes": self.votes,
                "borda": self.borda, "position": self.position}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> AggregateEntry:
        avg = d.get("average_rank")
        return AggregateEntry(str(d["model"]), None if avg is None else float(avg), int(d["votes"]),
                              int(d["borda"]), int(d["position"]))


SynthesisSource = Literal["chairman", "fallback_member", "best_answer"]


@dataclass(slots=True)
class Synthesis:
    """The final answer. ``model`` wrote it; ``source`` says whether the chairman did or a fallback."""

    chairman: str
    model: str
    text: str
    source: SynthesisSource = "chairman"
    notice: str | None = None
    duration_ms: int | None = None
    token_count: int = 0
    exact_tokens: bool = False
    cost: float | None = None

    @property
    def fallback(self) -> bool:
        return self.source != "chairman"

    def to_dict(self) -> dict[str, Any]:
        return {"chairman": self.chairman, "model": self.model, "text": self.text, "source": self.source,
                "fallback": self.fallback, "notice": self.notice, "duration_ms": self.duration_ms,
                "token_count": self.token_count, "exact_tokens": self.exact_tokens, "cost": self.cost}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Synthesis:
        return Synthesis(chairman=str(d["chairman"]), model=str(d["model"]), text=str(d.get("text") or ""),
                         source=d.get("source", "chairman"), notice=d.get("notice"),
                         duration_ms=d.get("duration_ms"), token_count=int(d.get("token_count") or 0),
                         exact_tokens=bool(d.get("exact_tokens", False)), cost=d.get("cost"))


@dataclass(slots=True)
class RunRecord:
    """Everything about one run. Stage lists hold every member that started, done or failed."""

    id: str
    prompt: str
    members: list[str]
    chairman: str
    settings: dict[str, Any] = field(default_factory=dict)
    created_at: str = field(default_factory=now_iso)
    finished_at: str | None = None
    status: RunStatus = "running"
    title: str = ""
    stage1: list[ModelRun] = field(default_factory=list)
    stage2: list[ModelRun] = field(default_factory=list)
    stage3: list[ModelRun] = field(default_factory=list)
    stage2_skipped: bool = False
    stage2_notice: str | None = None
    aggregate: list[AggregateEntry] = field(default_factory=list)
    synthesis: Synthesis | None = None
    notices: list[str] = field(default_factory=list)
    error: str | None = None
    wall_ms: int | None = None

    def __post_init__(self) -> None:
        if not self.title:
            self.title = make_title(self.prompt)

    # -- queries -------------------------------------------------------------------------------------------
    def stage_runs(self, stage: int) -> list[ModelRun]:
        return {1: self.stage1, 2: self.stage2, 3: self.stage3}[stage]

    def answers(self) -> list[ModelRun]:
        return [r for r in self.stage1 if r.status == "done"]

    def reviews(self) -> list[ModelRun]:
        return [r for r in self.stage2 if r.status == "done"]

    def errors(self) -> list[ModelRun]:
        return [r for s in (1, 2, 3) for r in self.stage_runs(s) if r.status == "error"]

    def find(self, stage: int, model: str) -> ModelRun | None:
        for r in self.stage_runs(stage):
            if r.model == model:
                return r
        return None

    @property
    def total_tokens(self) -> int:
        return sum(r.token_count for s in (1, 2, 3) for r in self.stage_runs(s))

    @property
    def total_cost(self) -> float | None:
        costs = [r.cost for s in (1, 2, 3) for r in self.stage_runs(s) if r.cost is not None]
        return round(sum(costs), 10) if costs else None

    @property
    def final_answer(self) -> str | None:
        return self.synthesis.text if self.synthesis else None

    # -- (de)serialisation ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        def split(runs: list[ModelRun], ok: str) -> dict[str, Any]:
            return {ok: [r.to_dict() for r in runs if r.status != "error"],
                    "errors": [r.to_dict() for r in runs if r.status == "error"]}

        stage2 = split(self.stage2, "reviews")
        stage2.update(aggregate=[a.to_dict() for a in self.aggregate], skipped=self.stage2_skipped,
                      notice=self.stage2_notice)
        stage3 = split(self.stage3, "attempts")
        stage3["synthesis"] = self.synthesis.to_dict() if self.synthesis else None
        return {
            "format_version": FORMAT_VERSION,
            "id": self.id,
            "title": self.title,
            "prompt": self.prompt,
            "members": list(self.members),
            "chairman": self.chairman,
            "settings": dict(self.settings),
            "created_at": self.created_at,
            "finished_at": self.finished_at,
            "status": self.status,
            "error": self.error,
            "notices": list(self.notices),
            "stage1": split(self.stage1, "answers"),
            "stage2": stage2,
            "stage3": stage3,
            "aggregate_ranking": [a.to_dict() for a in self.aggregate],
            "final_answer": self.final_answer,
            "errors": [r.to_dict() for r in self.errors()],
            "totals": {"wall_ms": self.wall_ms, "tokens": self.total_tokens, "cost": self.total_cost},
        }

    @staticmethod
    def from_dict(d: dict[str, Any]) -> RunRecord:
        """Read a record written by :meth:`to_dict`; raises ``ValueError`` with a reason when it is not one."""
        if not isinstance(d, dict):
            raise ValueError("a run record must be a JSON object")
        version = d.get("format_version")
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported format_version {version!r} (this version reads {FORMAT_VERSION})")
        try:
            def runs(stage: dict[str, Any] | None, ok: str) -> list[ModelRun]:
                stage = stage or {}
                return [ModelRun.from_dict(x) for x in (stage.get(ok) or []) + (stage.get("errors") or [])]

            s2 = d.get("stage2") or {}
            s3 = d.get("stage3") or {}
            totals = d.get("totals") or {}
            rec = RunRecord(
                id=str(d["id"]), prompt=str(d["prompt"]), members=[str(m) for m in d["members"]],
                chairman=str(d["chairman"]), settings=dict(d.get("settings") or {}),
                created_at=str(d["created_at"]), finished_at=d.get("finished_at"),
                status=d.get("status", "complete"), title=str(d.get("title") or ""),
                stage1=runs(d.get("stage1"), "answers"), stage2=runs(s2, "reviews"),
                stage3=runs(s3, "attempts"), stage2_skipped=bool(s2.get("skipped", False)),
                stage2_notice=s2.get("notice"),
                aggregate=[AggregateEntry.from_dict(a) for a in s2.get("aggregate") or []],
                synthesis=Synthesis.from_dict(s3["synthesis"]) if s3.get("synthesis") else None,
                notices=[str(n) for n in d.get("notices") or []], error=d.get("error"),
                wall_ms=totals.get("wall_ms"),
            )
        except (KeyError, TypeError, AttributeError) as e:
            raise ValueError(f"not a council run record: missing or malformed {e}") from e
        # Keep the stage lists in the order members were listed (errors were split off in to_dict).
        order = {m: i for i, m in enumerate(rec.members)}
        for lst in (rec.stage1, rec.stage2):
            lst.sort(key=lambda r: order.get(r.model, len(order)))
        rec.stage3.sort(key=lambda r: r.model != rec.chairman)  # the chairman's attempt, then the fallback's
        return rec
