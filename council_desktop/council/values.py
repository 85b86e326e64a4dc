"""Small immutable values a run is made of, shared by the events and the run state."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

from council_desktop.council.vocab import ParseStatus, SynthesisSource


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a run is: asked of whom, when, under which settings (stage 1's ``stage_start`` carries it)."""

    run_id: str
    prompt: str
    members: tuple[str, ...]
    chairman: str
    created_at: str
    title: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "prompt": self.prompt, "members": list(self.members),
                "chairman": self.chairman, "created_at": self.created_at, "title": self.title,
                "settings": dict(self.settings)}

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> RunInfo:
        return RunInfo(str(d["run_id"]), str(d["prompt"]), tuple(str(m) for m in d.get("members") or ()),
                       str(d["chairman"]), str(d["created_at"]), str(d.get("title") or ""),
                       dict(d.get("settings") or {}))


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewer's anonymization and what was parsed from its FINAL RANKING."""

    label_map: Mapping[str, str] = field(default_factory=dict)  # {"Response A": model}
    parsed_ranking: tuple[str, ...] = ()
    ranking_models: tuple[str, ...] = ()
    parse_status: ParseStatus | None = None
    parse_reason: str = ""  # why the ranking is not ok, for a person; "" when ok

    def to_dict(self) -> dict[str, Any]:
        return {"label_map": dict(self.label_map), "parsed_ranking": list(self.parsed_ranking),
                "ranking_models": list(self.ranking_models), "parse_status": self.parse_status,
                "parse_reason": self.parse_reason}

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> Review:
        status = d.get("parse_status")
        return Review(label_map={str(k): str(v) for k, v in (d.get("label_map") or {}).items()},
                      parsed_ranking=tuple(str(x) for x in d.get("parsed_ranking") or ()),
                      ranking_models=tuple(str(x) for x in d.get("ranking_models") or ()),
                      parse_status=status if status in get_args(ParseStatus) else None,
                      parse_reason=str(d.get("parse_reason") or ""))


@dataclass(frozen=True, slots=True)
class AggregateEntry:
    """One model's standing after peer review. ``position`` is its place (1 for the best), ``rank`` the same but
    shared by ties; both None when nobody ranked it."""

    model: str
    average_rank: float | None  # None: nobody ranked it
    votes: int
    borda: int
    position: int | None
    rank: int | None = None

    @property
    def tied(self) -> bool:
        return self.rank is not None and self.rank != self.position

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, "average_rank": self.average_rank, "votes": self.votes,
                "borda": self.borda, "position": self.position, "rank": self.rank}

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> AggregateEntry:
        avg = d.get("average_rank")
        pos = d.get("position")
        return AggregateEntry(str(d["model"]), None if avg is None else float(avg), int(d["votes"]),
                              int(d["borda"]), None if pos is None else int(pos),
                              opt_int(d.get("rank", pos)))


@dataclass(frozen=True, slots=True)
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
    def from_dict(d: Mapping[str, Any]) -> Synthesis:
        source = d.get("source", "chairman")
        return Synthesis(chairman=str(d["chairman"]), model=str(d["model"]), text=str(d.get("text") or ""),
                         source=source if source in get_args(SynthesisSource) else "chairman",
                         notice=d.get("notice"), duration_ms=opt_int(d.get("duration_ms")),
                         token_count=int(d.get("token_count") or 0),
                         exact_tokens=bool(d.get("exact_tokens", False)), cost=opt_float(d.get("cost")))


def opt_int(v: Any) -> int | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return int(v)


def opt_float(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    f = float(v)
    return f if math.isfinite(f) else None


__all__ = ["AggregateEntry", "Review", "RunInfo", "Synthesis", "opt_float", "opt_int"]
