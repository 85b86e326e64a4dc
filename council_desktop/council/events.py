"""What happens during a council run, as small frozen dataclasses with typed payloads.

Each event has a ``type`` name used on the wire (``--jsonl``, history). ``to_dict()`` gives the JSON object;
:func:`event_from_dict` reads one back. :func:`council_desktop.council.state.apply` folds them into run state.

A run's first event is stage 1's ``stage_start``, which also says what the run is (``run``); ``run_end`` is the
last but one, then ``result`` (a final answer exists) or ``error`` (it does not). Each stage says
``stage_start`` … ``stage_complete``, and each member
``model_start``, ``model_progress``/``model_delta`` while it works, then ``model_complete`` or ``model_error``.
Concatenating a member's ``model_delta`` texts gives exactly its ``model_complete`` ``text`` (or the
``partial_text`` of its ``model_error``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field, fields
from typing import Any, ClassVar

from council_desktop.council.records import dataclass
from council_desktop.council.values import AggregateEntry, Citation, Review, RunInfo, Synthesis, opt_float, opt_int
from council_desktop.council.vocab import EndedStatus, ProgressStatus


def _plain(v: Any) -> Any:
    if isinstance(v, tuple):
        return [_plain(x) for x in v]
    if isinstance(v, AggregateEntry | Review | Synthesis | RunInfo | Citation):
        return v.to_dict()
    if isinstance(v, Mapping):
        return {k: _plain(x) for k, x in v.items()}
    return v


@dataclass(frozen=True, slots=True)
class _Event:
    """What every event has: its wire ``type`` and ``to_dict()``."""

    type: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type}
        for f in fields(self):
            d[f.name] = _plain(getattr(self, f.name))
        return d


@dataclass(frozen=True, slots=True)
class StageStart(_Event):
    """A stage begins; ``models`` are the members working in it (the chairman alone in stage 3).

    The first stage's event also says what the run is (``run``: id, prompt, members, chairman, settings), so a
    run's events alone can be folded into its record.
    """

    type: ClassVar[str] = "stage_start"
    stage: int
    models: tuple[str, ...]
    run: RunInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type, "stage": self.stage, "models": list(self.models)}
        if self.run is not None:
            d["run"] = self.run.to_dict()
        return d


@dataclass(frozen=True, slots=True)
class ModelStart(_Event):
    """A member starts; stage 2 says which anonymous label stands for which answer (``label_map``)."""

    type: ClassVar[str] = "model_start"
    stage: int
    model: str
    label_map: Mapping[str, str] = field(default_factory=dict)
    first_token_timeout: float | None = None


@dataclass(frozen=True, slots=True)
class ModelProgress(_Event):
    """A live update: the token count so far (an estimate while streaming) and what the model is doing.

    ``status``: ``queued`` (``ahead`` requests before it at its provider), ``waiting`` (sent, no token yet),
    ``generating``, ``thinking`` (reasoning arrives; ``reasoning_tokens`` counts it apart), ``retrying``
    (``retry_in`` seconds until the next attempt; ``message`` says why).
    """

    type: ClassVar[str] = "model_progress"
    stage: int
    model: str
    token_count: int
    status: ProgressStatus
    retry_in: float | None = None
    message: str | None = None
    ahead: int | None = None
    reasoning_tokens: int = 0


@dataclass(frozen=True, slots=True)
class ModelDelta(_Event):
    """Text a member added since its previous delta: answer ``text`` and/or ``reasoning`` (thinking) text."""

    type: ClassVar[str] = "model_delta"
    stage: int
    model: str
    text: str = ""
    reasoning: str = ""


@dataclass(frozen=True, slots=True)
class ModelComplete(_Event):
    """A member finished. ``token_count`` is exact when ``exact_tokens``; ``cost`` in USD when reported.

    ``duration_ms`` counts from when the request was sent; ``queue_ms`` is the wait before; ``ttft_ms`` the time
    to the first token. Stage 2 also carries ``review``. ``reused``: copied from an earlier run, not asked again.
    """

    type: ClassVar[str] = "model_complete"
    stage: int
    model: str
    duration_ms: int | None
    token_count: int
    cost: float | None = None
    exact_tokens: bool = False
    text: str = ""
    review: Review | None = None
    reasoning: str = ""
    reasoning_tokens: int = 0
    queue_ms: int | None = None
    ttft_ms: int | None = None
    reused: bool = False
    citations: tuple[Citation, ...] = ()
    note: str | None = None  # e.g. "no web search at this provider"


@dataclass(frozen=True, slots=True)
class ModelError(_Event):
    """A member stopped without finishing; the stage goes on without it. ``error`` is one readable sentence.

    ``status``: ``failed`` (an error), ``skipped`` (the user dropped it) or ``cancelled`` (the run was cancelled
    or the stage ended early). ``partial_text`` is what it had written — kept, never thrown away.
    """

    type: ClassVar[str] = "model_error"
    stage: int
    model: str
    error: str
    kind: str
    status_code: int | None = None
    duration_ms: int | None = None
    token_count: int = 0
    status: EndedStatus = "failed"
    partial_text: str = ""
    reasoning: str = ""
    queue_ms: int | None = None
    ttft_ms: int | None = None
    cost: float | None = None
    reused: bool = False


@dataclass(frozen=True, slots=True)
class StageComplete(_Event):
    """A stage ended, with what it produced. On the wire only the stage's own keys are written:

    stage 1 ``answers``, ``errors``; stage 2 ``reviews``, ``errors``, ``aggregate``, ``skipped``, ``notice``;
    stage 3 ``synthesis``, ``errors``; each with ``ended_early`` (why the stage did not wait for everyone) and
    ``notice``. ``answers``/``reviews``/``errors`` are the members' record form (``MemberState.to_dict``).
    """

    type: ClassVar[str] = "stage_complete"
    stage: int
    answers: tuple[Mapping[str, Any], ...] = ()
    errors: tuple[Mapping[str, Any], ...] = ()
    reviews: tuple[Mapping[str, Any], ...] = ()
    aggregate: tuple[AggregateEntry, ...] = ()
    skipped: bool = False
    notice: str | None = None
    synthesis: Synthesis | None = None
    ended_early: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type, "stage": self.stage}
        if self.stage == 1:
            d.update(answers=_plain(self.answers), errors=_plain(self.errors))
        elif self.stage == 2:
            d.update(reviews=_plain(self.reviews), errors=_plain(self.errors), aggregate=_plain(self.aggregate),
                     skipped=self.skipped)
        else:
            d.update(synthesis=self.synthesis.to_dict() if self.synthesis else None, errors=_plain(self.errors))
        d.update(notice=self.notice, ended_early=self.ended_early)
        return d


@dataclass(frozen=True, slots=True)
class RunEnd(_Event):
    """The run is over: its status (``complete``, ``failed``, ``cancelled``), when, how long, and why not."""

    type: ClassVar[str] = "run_end"
    status: str
    finished_at: str
    wall_ms: int
    error: str | None = None
    degraded: bool = False
    degraded_reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Result(_Event):
    """The whole run record (:meth:`RunState.to_dict`)."""

    type: ClassVar[str] = "result"
    data: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Error(_Event):
    """The run as a whole could not go on."""

    type: ClassVar[str] = "error"
    message: str


Event = (StageStart | ModelStart | ModelProgress | ModelDelta | ModelComplete | ModelError
         | StageComplete | RunEnd | Result | Error)

EVENT_TYPES: dict[str, type[_Event]] = {
    cls.type: cls
    for cls in (StageStart, ModelStart, ModelProgress, ModelDelta, ModelComplete, ModelError,
                StageComplete, RunEnd, Result, Error)
}


def event_from_dict(d: Mapping[str, Any]) -> Event:
    """Read an event back from its JSON object (unknown keys are ignored; ``KeyError``/``ValueError`` if bad)."""
    cls = EVENT_TYPES[d["type"]]
    names = {f.name for f in fields(cls)}
    kw: dict[str, Any] = {k: v for k, v in d.items() if k in names}
    if cls is StageStart:
        kw["models"] = tuple(kw.get("models") or ())
        kw["run"] = RunInfo.from_dict(kw["run"]) if isinstance(kw.get("run"), Mapping) else None
    if cls is ModelComplete and isinstance(kw.get("review"), Mapping):
        kw["review"] = Review.from_dict(kw["review"])
    if cls is ModelComplete:
        kw["citations"] = tuple(Citation.from_dict(c) for c in kw.get("citations") or () if isinstance(c, Mapping))
    if cls is ModelComplete or cls is ModelError:
        kw["cost"] = opt_float(kw.get("cost"))
        kw["duration_ms"] = opt_int(kw.get("duration_ms"))
    if cls is StageComplete:
        for k in ("answers", "errors", "reviews"):
            kw[k] = tuple(kw.get(k) or ())
        kw["aggregate"] = tuple(AggregateEntry.from_dict(a) for a in kw.get("aggregate") or ())
        syn = kw.get("synthesis")
        kw["synthesis"] = Synthesis.from_dict(syn) if isinstance(syn, Mapping) else None
    if cls is RunEnd:
        kw["degraded_reasons"] = tuple(kw.get("degraded_reasons") or ())
    return cls(**kw)  # type: ignore[return-value]


__all__ = [
    "EVENT_TYPES",
    "Error",
    "Event",
    "ModelComplete",
    "ModelDelta",
    "ModelError",
    "ModelProgress",
    "ModelStart",
    "Result",
    "RunEnd",
    "StageComplete",
    "StageStart",
    "event_from_dict",
]
