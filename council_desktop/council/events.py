"""What happens during a council run, as small frozen dataclasses.

Each event has a ``type`` name used on the wire (``--jsonl``, history). ``to_dict()`` gives the JSON object;
:func:`event_from_dict` reads one back.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar, Literal

ProgressStatus = Literal["queued", "generating", "thinking", "retrying"]


@dataclass(frozen=True, slots=True)
class _Event:
    type: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type}
        for f in fields(self):
            v = getattr(self, f.name)
            d[f.name] = list(v) if isinstance(v, tuple) else v
        return d


@dataclass(frozen=True, slots=True)
class StageStart(_Event):
    """A stage begins; ``models`` are the members working in it (the chairman alone in stage 3)."""

    type: ClassVar[str] = "stage_start"
    stage: int
    models: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ModelStart(_Event):
    type: ClassVar[str] = "model_start"
    stage: int
    model: str


@dataclass(frozen=True, slots=True)
class ModelProgress(_Event):
    """A live update: the token count so far (an estimate while streaming) and what the model is doing.

    ``retry_in`` is set with status ``retrying``: seconds until the next attempt.
    """

    type: ClassVar[str] = "model_progress"
    stage: int
    model: str
    token_count: int
    status: ProgressStatus
    retry_in: float | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class ModelComplete(_Event):
    """A member finished. ``token_count`` is exact when ``exact_tokens``; ``cost`` in USD when reported.

    ``text`` is the answer (stage 1), the critique (stage 2) or the synthesis (stage 3). Stage 2 also carries
    ``review``: ``label_map`` ({"Response A": model}), ``parsed_ranking`` (labels), ``ranking_models``,
    ``parse_status``.
    """

    type: ClassVar[str] = "model_complete"
    stage: int
    model: str
    duration_ms: int
    token_count: int
    cost: float | None = None
    exact_tokens: bool = False
    text: str = ""
    review: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ModelError(_Event):
    """A member failed; the stage goes on without it. ``error`` is one readable sentence."""

    type: ClassVar[str] = "model_error"
    stage: int
    model: str
    error: str
    kind: str
    status_code: int | None = None
    duration_ms: int | None = None
    token_count: int = 0


@dataclass(frozen=True, slots=True)
class StageComplete(_Event):
    """A stage ended. ``data`` is what it produced (see :mod:`council_desktop.council.record`); on the wire its
    keys sit at the top level of the event.

    stage 1: {"answers": [...], "errors": [...]}; stage 2: {"reviews": [...], "aggregate": [...],
    "skipped": bool, "notice": str | None}; stage 3: {"synthesis": {...}}.
    """

    type: ClassVar[str] = "stage_complete"
    stage: int
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """On the wire what the stage produced sits beside ``stage``: ``{"type", "stage", "answers", ...}``."""
        return {"type": self.type, "stage": self.stage, **self.data}


@dataclass(frozen=True, slots=True)
class Result(_Event):
    """The whole run record (:meth:`RunRecord.to_dict`)."""

    type: ClassVar[str] = "result"
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Error(_Event):
    """The run as a whole could not go on."""

    type: ClassVar[str] = "error"
    message: str


Event = StageStart | ModelStart | ModelProgress | ModelComplete | ModelError | StageComplete | Result | Error

EVENT_TYPES: dict[str, type[_Event]] = {
    cls.type: cls
    for cls in (StageStart, ModelStart, ModelProgress, ModelComplete, ModelError, StageComplete, Result, Error)
}


def event_from_dict(d: dict[str, Any]) -> Event:
    """Read an event back from its JSON object (unknown keys are ignored)."""
    cls = EVENT_TYPES[d["type"]]
    if cls is StageComplete:
        return StageComplete(int(d["stage"]), {k: v for k, v in d.items() if k not in ("type", "stage")})
    names = {f.name for f in fields(cls)}
    kwargs = {k: (tuple(v) if k == "models" else v) for k, v in d.items() if k in names}
    return cls(**kwargs)  # type: ignore[return-value]
