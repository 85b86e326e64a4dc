"""Small immutable values a run is made of, shared by the events and the run state."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import field
from typing import Any, get_args

from council_desktop.council.records import dataclass
from council_desktop.council.vocab import Mode, ParseStatus, SynthesisSource


@dataclass(frozen=True, slots=True)
class Citation:
    """A source a web-searching model cited: an http(s) URL and its title (untrusted text, shown as a link)."""

    url: str
    title: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"url": self.url, "title": self.title}

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> Citation:
        return Citation(str(d.get("url") or ""), str(d.get("title") or ""))


@dataclass(frozen=True, slots=True)
class Turn:
    """One earlier turn of a conversation, as the council sees it: the question and the answer it got."""

    run_id: str
    prompt: str
    answer: str

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "prompt": self.prompt, "answer": self.answer}

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> Turn:
        return Turn(str(d.get("run_id") or ""), str(d.get("prompt") or ""), str(d.get("answer") or ""))


@dataclass(frozen=True, slots=True)
class Redo:
    """What a run derived from another asks again; everything else is reused from its ``parent``.

    ``members``: stage-1 members re-asked (retried or added) — peer review and synthesis then run anew.
    ``reviewers``: reviewers re-asked with the same anonymized answers — then a new synthesis.
    ``chairman``: set for a new synthesis (by that model) — always part of a re-run.
    """

    members: tuple[str, ...] = ()
    reviewers: tuple[str, ...] = ()
    chairman: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"members": list(self.members), "reviewers": list(self.reviewers), "chairman": self.chairman}

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> Redo:
        chairman = d.get("chairman")
        return Redo(tuple(str(m) for m in d.get("members") or ()), tuple(str(m) for m in d.get("reviewers") or ()),
                    None if chairman is None else str(chairman))


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a run is: asked of whom, when, under which settings (stage 1's ``stage_start`` carries it).

    ``mode``: which stages run. ``parent``: the run this one comes from (a re-run or a follow-up); ``thread``:
    the conversation it belongs to (the first run's id). ``redo``: set for a re-run. ``conversation``: the earlier
    turns the models were shown, oldest first; ``conversation_dropped``: how many older turns did not fit.
    """

    run_id: str
    prompt: str
    members: tuple[str, ...]
    chairman: str
    created_at: str
    title: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)
    mode: Mode = "full"
    parent: str | None = None
    thread: str | None = None
    redo: Redo | None = None
    conversation: tuple[Turn, ...] = ()
    conversation_dropped: int = 0
    prompts: Mapping[str, str] = field(default_factory=dict)  # the prompt templates the run used ({}: defaults)

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "prompt": self.prompt, "members": list(self.members),
                "chairman": self.chairman, "created_at": self.created_at, "title": self.title,
                "settings": dict(self.settings), "mode": self.mode, "parent": self.parent, "thread": self.thread,
                "redo": self.redo.to_dict() if self.redo else None,
                "conversation": [t.to_dict() for t in self.conversation],
                "conversation_dropped": self.conversation_dropped, "prompts": dict(self.prompts)}

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> RunInfo:
        mode: Mode = d["mode"] if d.get("mode") in get_args(Mode) else "full"
        redo = d.get("redo")
        return RunInfo(str(d["run_id"]), str(d["prompt"]), tuple(str(m) for m in d.get("members") or ()),
                       str(d["chairman"]), str(d["created_at"]), str(d.get("title") or ""),
                       dict(d.get("settings") or {}), mode,
                       opt_str(d.get("parent")), opt_str(d.get("thread")),
                       Redo.from_dict(redo) if isinstance(redo, Mapping) else None,
                       tuple(Turn.from_dict(t) for t in d.get("conversation") or () if isinstance(t, Mapping)),
                       int(d.get("conversation_dropped") or 0),
                       {str(k): str(v) for k, v in (d.get("prompts") or {}).items()})


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


def opt_str(v: Any) -> str | None:
    return None if v is None else str(v)


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


__all__ = ["AggregateEntry", "Citation", "Redo", "Review", "RunInfo", "Synthesis", "Turn", "opt_float", "opt_int",
           "opt_str"]
