"""One run's state, and the one pure function that folds events into it.

``apply(state, event) -> state`` is the only place where an event changes what a run is. The orchestrator, the
window, the history recorder and the CLI printer all read the state it returns; none of them interprets events on
its own. ``RunState.to_dict()`` is the run's record form: the ``result`` event's data, the history's content and
the JSON export, and :meth:`RunState.from_dict` reads it back (also records of format 1).

Everything here is immutable: ``apply`` returns a new state and never changes the one it was given.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, get_args

from council_desktop.council.events import (
    Error,
    Event,
    ModelComplete,
    ModelDelta,
    ModelError,
    ModelProgress,
    ModelStart,
    Result,
    RunEnd,
    StageComplete,
    StageStart,
)
from council_desktop.council.records import dataclass
from council_desktop.council.values import (
    AggregateEntry,
    Citation,
    Redo,
    Review,
    RunInfo,
    Synthesis,
    Turn,
    opt_float,
    opt_int,
    opt_str,
)
from council_desktop.council.vocab import MODE_STAGES, STAGES, Mode, RunStatus, StageStatus


def _evolve(obj: Any, changes: dict[str, Any]) -> Any:
    """``dataclasses.replace`` without re-running ``__init__``: a copy of a frozen slots dataclass with some
    fields changed. The reducer's hot path (a token, a delta) uses it; it is several times faster."""
    cls = type(obj)
    names, get, slots = _LAYOUT[cls]
    new = object.__new__(cls)
    pick = changes.get
    for name, slot, value in zip(names, slots, get(obj), strict=True):
        slot.__set__(new, pick(name, value))  # the slot's own setter: frozen classes refuse setattr
    return new


FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)


class MemberStatus(StrEnum):
    """What one member is doing in one stage — the one vocabulary every surface shows.

    pending: listed, not started yet. queued: waiting for a free slot at its provider (one-request-at-a-time
    servers). waiting: the request is on the wire, no token yet (the server reads the prompt or queues it).
    generating: answer text arrives. thinking: reasoning text arrives. retrying: an attempt failed before any
    token, the next one comes after a pause. done: finished. failed: gave up with an error. skipped: the user
    dropped it. cancelled: the run was cancelled, or the stage ended early without it.
    """

    PENDING = "pending"
    QUEUED = "queued"
    WAITING = "waiting"
    GENERATING = "generating"
    THINKING = "thinking"
    RETRYING = "retrying"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in _FINISHED

    @property
    def active(self) -> bool:
        return not self.finished and self is not MemberStatus.PENDING


_FINISHED = frozenset({MemberStatus.DONE, MemberStatus.FAILED, MemberStatus.SKIPPED, MemberStatus.CANCELLED})



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


@dataclass(frozen=True, slots=True)
class MemberState:
    """One member's work in one stage, as the user sees it now.

    ``text`` is what it wrote so far: the answer when ``done``, the partial text when it failed, was skipped or
    cancelled. ``duration_ms`` counts from when the request was sent; ``queue_ms`` is the time it waited for its
    provider before that; ``ttft_ms`` the time from sending to the first token.
    """

    model: str
    stage: int
    status: MemberStatus = MemberStatus.PENDING
    text: str = ""
    reasoning: str = ""
    token_count: int = 0
    reasoning_tokens: int = 0
    exact_tokens: bool = False
    cost: float | None = None
    duration_ms: int | None = None
    queue_ms: int | None = None
    ttft_ms: int | None = None
    error: str | None = None
    kind: str | None = None
    status_code: int | None = None
    review: Review | None = None  # stage 2
    reused: bool = False
    citations: tuple[Citation, ...] = ()  # web sources it cited
    note: str | None = None  # what the row should say besides its status (e.g. no web search at its provider)
    # Live only (not part of the record): what the row says while it works.
    message: str | None = None
    retry_in: float | None = None
    ahead: int | None = None
    deadline_s: float | None = None

    @property
    def done(self) -> bool:
        return self.status is MemberStatus.DONE

    @property
    def partial(self) -> bool:
        """It stopped before finishing but had written something."""
        return self.status in (MemberStatus.FAILED, MemberStatus.SKIPPED, MemberStatus.CANCELLED) and bool(self.text)

    @property
    def tokens_per_second(self) -> float | None:
        if not self.done or self.duration_ms is None or self.ttft_ms is None:
            return None
        gen_ms = self.duration_ms - self.ttft_ms
        return self.token_count * 1000 / gen_ms if gen_ms > 0 and self.token_count else None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "model": self.model, "stage": self.stage, "status": self.status.value, "text": self.text,
            "partial": self.partial, "reasoning": self.reasoning, "duration_ms": self.duration_ms,
            "queue_ms": self.queue_ms, "ttft_ms": self.ttft_ms, "token_count": self.token_count,
            "reasoning_tokens": self.reasoning_tokens, "exact_tokens": self.exact_tokens, "cost": self.cost,
            "error": self.error, "kind": self.kind, "status_code": self.status_code, "reused": self.reused,
            "citations": [c.to_dict() for c in self.citations], "note": self.note,
        }
        if self.stage == 2:
            d.update((self.review or Review()).to_dict())
        return d

    @staticmethod
    def from_dict(d: Mapping[str, Any]) -> MemberState:
        stage = int(d["stage"])
        raw = d.get("status", "done")
        error = d.get("error")
        if raw == "error":  # format 1: one "error" status for every way of stopping
            kind = d.get("kind")
            if kind == "cancelled" and error == "Skipped by the user.":
                raw = "skipped"
            else:
                raw = "cancelled" if kind == "cancelled" else "failed"
        elif raw == "running":
            raw = "pending"
        try:
            status = MemberStatus(raw)
        except ValueError:
            status = MemberStatus.FAILED
        review = Review.from_dict(d) if stage == 2 else None
        return MemberState(
            model=str(d["model"]), stage=stage, status=status, text=str(d.get("text") or ""),
            reasoning=str(d.get("reasoning") or ""), token_count=int(d.get("token_count") or 0),
            reasoning_tokens=int(d.get("reasoning_tokens") or 0), exact_tokens=bool(d.get("exact_tokens", False)),
            cost=opt_float(d.get("cost")), duration_ms=opt_int(d.get("duration_ms")),
            queue_ms=opt_int(d.get("queue_ms")), ttft_ms=opt_int(d.get("ttft_ms")),
            error=None if error is None else str(error), kind=d.get("kind"),
            status_code=opt_int(d.get("status_code")), review=review, reused=bool(d.get("reused", False)),
            citations=tuple(Citation.from_dict(c) for c in d.get("citations") or () if isinstance(c, Mapping)),
            note=opt_str(d.get("note")),
        )


@dataclass(frozen=True, slots=True)
class StageState:
    """One stage: its members (in the order they started) and how it ended."""

    stage: int
    status: StageStatus = "pending"
    members: tuple[MemberState, ...] = ()
    notice: str | None = None
    ended_early: str | None = None  # why the stage did not wait for every member

    def member(self, model: str) -> MemberState | None:
        for m in self.members:
            if m.model == model:
                return m
        return None

    def done(self) -> list[MemberState]:
        return [m for m in self.members if m.done]

    def stopped(self) -> list[MemberState]:
        return [m for m in self.members if m.status.finished and not m.done]

    @property
    def finished_count(self) -> int:
        return sum(1 for m in self.members if m.status.finished)


@dataclass(frozen=True, slots=True)
class RunState:
    """Everything about one run at this instant; immutable — :func:`apply` returns a new one."""

    id: str
    prompt: str
    members: tuple[str, ...]
    chairman: str
    settings: Mapping[str, Any] = field(default_factory=dict)
    created_at: str = field(default_factory=now_iso)
    finished_at: str | None = None
    status: RunStatus = "running"
    title: str = ""
    stage: int = 0  # the stage under way (0 before the first)
    stages: tuple[StageState, StageState, StageState] = (StageState(1), StageState(2), StageState(3))
    aggregate: tuple[AggregateEntry, ...] = ()
    synthesis: Synthesis | None = None
    notices: tuple[str, ...] = ()
    error: str | None = None
    wall_ms: int | None = None
    mode: Mode = "full"
    parent: str | None = None
    thread: str | None = None
    redo: Redo | None = None
    conversation: tuple[Turn, ...] = ()
    conversation_dropped: int = 0
    prompts: Mapping[str, str] = field(default_factory=dict)  # the templates the models were given ({}: defaults)

    def __post_init__(self) -> None:
        if not self.title:
            object.__setattr__(self, "title", make_title(self.prompt))

    # -- queries -------------------------------------------------------------------------------------------
    def stage_state(self, stage: int) -> StageState:
        return self.stages[stage - 1]

    def stage_runs(self, stage: int) -> tuple[MemberState, ...]:
        return self.stages[stage - 1].members

    @property
    def stage1(self) -> tuple[MemberState, ...]:
        return self.stages[0].members

    @property
    def stage2(self) -> tuple[MemberState, ...]:
        return self.stages[1].members

    @property
    def stage3(self) -> tuple[MemberState, ...]:
        return self.stages[2].members

    @property
    def stage2_skipped(self) -> bool:
        return self.stages[1].status == "skipped"

    @property
    def stage2_notice(self) -> str | None:
        return self.stages[1].notice

    def answers(self) -> list[MemberState]:
        return self.stages[0].done()

    def reviews(self) -> list[MemberState]:
        return self.stages[1].done()

    def errors(self) -> list[MemberState]:
        return [m for s in self.stages for m in s.stopped()]

    def all_members(self) -> list[MemberState]:
        return [m for s in self.stages for m in s.members]

    def find(self, stage: int, model: str) -> MemberState | None:
        return self.stages[stage - 1].member(model)

    @property
    def total_tokens(self) -> int:
        return sum(m.token_count for m in self.all_members() if not m.reused)

    @property
    def tokens_estimated(self) -> bool:
        """Some counted tokens are live estimates (the server reported no usage)."""
        return any(not m.exact_tokens and m.token_count for m in self.all_members() if not m.reused)

    @property
    def total_cost(self) -> float | None:
        costs = [m.cost for m in self.all_members() if m.cost is not None and not m.reused]
        return round(sum(costs), 10) if costs else None

    @property
    def final_answer(self) -> str | None:
        return self.synthesis.text if self.synthesis else None

    @property
    def degraded_reasons(self) -> tuple[str, ...]:
        """Why a finished run is not the council's full work (empty when it is)."""
        if self.status != "complete":
            return ()
        reasons = []
        s2 = self.stages[1]
        if 2 not in self.stage_numbers:
            pass
        elif s2.status == "skipped":
            reasons.append("peer review was skipped")
        elif s2.status == "done":
            reviews = s2.done()
            if not reviews:
                reasons.append("every review failed")
            elif all((m.review is None or m.review.parse_status == "failed") for m in reviews):
                reasons.append("no reviewer's ranking could be read")
        if self.synthesis is not None and self.synthesis.fallback:
            reasons.append("the chairman did not write the final answer" if self.synthesis.source
                           == "fallback_member" else "no model could write a synthesis")
        return tuple(reasons)

    @property
    def degraded(self) -> bool:
        return bool(self.degraded_reasons)

    @property
    def stage_numbers(self) -> tuple[int, ...]:
        """The stages this run's mode runs."""
        return MODE_STAGES.get(self.mode, STAGES)

    @property
    def thread_id(self) -> str:
        """The conversation this run belongs to (its own id when it starts one)."""
        return self.thread or self.id

    @property
    def progress(self) -> float:
        """0..1: (finished stages + finished members of this stage ÷ its members) ÷ the stages the mode runs."""
        if self.status == "complete":
            return 1.0
        done = 0.0
        for s in self.stages:
            if s.stage not in self.stage_numbers:
                continue
            if s.status in ("done", "skipped"):
                done += 1
            elif s.status == "running" and s.members:
                # Stage 3 may add a fallback attempt: it counts as one step, finished when anyone finished.
                if s.stage == 3:
                    done += 1.0 if any(m.done for m in s.members) else 0.0
                else:
                    done += s.finished_count / len(s.members)
        return min(done / len(self.stage_numbers), 1.0)

    # -- (de)serialisation ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        def split(members: Sequence[MemberState], ok: str) -> dict[str, Any]:
            return {ok: [m.to_dict() for m in members if not m.status.finished or m.done],
                    "errors": [m.to_dict() for m in members if m.status.finished and not m.done]}

        s1, s2, s3 = self.stages
        stage1 = split(s1.members, "answers")
        stage1.update(status=s1.status, notice=s1.notice, ended_early=s1.ended_early)
        stage2 = split(s2.members, "reviews")
        stage2.update(status=s2.status, aggregate=[a.to_dict() for a in self.aggregate],
                      skipped=s2.status == "skipped", notice=s2.notice, ended_early=s2.ended_early)
        stage3 = split(s3.members, "attempts")
        stage3.update(status=s3.status, notice=s3.notice, ended_early=s3.ended_early,
                      synthesis=self.synthesis.to_dict() if self.synthesis else None)
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
            "mode": self.mode,
            "parent": self.parent,
            "thread": self.thread,
            "redo": self.redo.to_dict() if self.redo else None,
            "conversation": [t.to_dict() for t in self.conversation],
            "conversation_dropped": self.conversation_dropped,
            "prompts": dict(self.prompts),
            "degraded": self.degraded,
            "degraded_reasons": list(self.degraded_reasons),
            "error": self.error,
            "notices": list(self.notices),
            "stage": self.stage,
            "stage1": stage1,
            "stage2": stage2,
            "stage3": stage3,
            "aggregate_ranking": [a.to_dict() for a in self.aggregate],
            "final_answer": self.final_answer,
            "errors": [m.to_dict() for m in self.errors()],
            "totals": {"wall_ms": self.wall_ms, "tokens": self.total_tokens, "cost": self.total_cost,
                       "tokens_estimated": self.tokens_estimated},
        }

    @staticmethod
    def from_dict(d: Any) -> RunState:
        """Read a record written by :meth:`to_dict` (format 1 or 2); ``ValueError`` with a reason otherwise."""
        if not isinstance(d, dict):
            raise ValueError("a run record must be a JSON object")
        version = d.get("format_version")
        if version not in READABLE_VERSIONS:
            raise ValueError(f"unsupported format_version {version!r} (this version reads "
                             f"{', '.join(map(str, READABLE_VERSIONS))})")
        try:
            return _from_dict(d)
        except (KeyError, TypeError, AttributeError, ValueError) as e:
            raise ValueError(f"not a council run record: missing or malformed {e}") from e


def _from_dict(d: dict[str, Any]) -> RunState:
    members = tuple(str(m) for m in d["members"])
    chairman = str(d["chairman"])
    order = {m: i for i, m in enumerate(members)}

    def stage(n: int, ok: str) -> StageState:
        s = d.get(f"stage{n}") or {}
        runs = [MemberState.from_dict(x) for x in (s.get(ok) or []) + (s.get("errors") or [])]
        if n < 3:  # keep the order members were listed in (errors were split off)
            runs.sort(key=lambda r: order.get(r.model, len(order)))
        else:  # the chairman's attempt, then the fallback's
            runs.sort(key=lambda r: r.model != chairman)
        raw = s.get("status")
        status: StageStatus = "skipped" if s.get("skipped") else (  # format 1 has no status: infer it
            "done" if runs or (n == 3 and s.get("synthesis")) else "pending")
        if raw in get_args(StageStatus):
            status = raw  # type: ignore[assignment]
        return StageState(n, status, tuple(runs), s.get("notice"), s.get("ended_early"))

    s2 = d.get("stage2") or {}
    s3 = d.get("stage3") or {}
    totals = d.get("totals") or {}
    run_status = d.get("status", "complete")
    mode = d.get("mode", "full")
    stages = (stage(1, "answers"), stage(2, "reviews"), stage(3, "attempts"))
    current = d.get("stage")
    if not isinstance(current, int) or not 0 <= current <= 3:
        current = max((s.stage for s in stages if s.status != "pending"), default=0)
    return RunState(
        id=str(d["id"]), prompt=str(d["prompt"]), members=members, chairman=chairman,
        settings=dict(d.get("settings") or {}), created_at=str(d["created_at"]),
        finished_at=d.get("finished_at"),
        status=run_status if run_status in get_args(RunStatus) else "failed",
        title=str(d.get("title") or ""), stage=current, stages=stages,
        aggregate=tuple(AggregateEntry.from_dict(a) for a in s2.get("aggregate") or []),
        synthesis=Synthesis.from_dict(s3["synthesis"]) if s3.get("synthesis") else None,
        notices=tuple(str(n) for n in d.get("notices") or []), error=d.get("error"),
        wall_ms=opt_int(totals.get("wall_ms")),
        mode=mode if mode in get_args(Mode) else "full", parent=opt_str(d.get("parent")),
        thread=opt_str(d.get("thread")),
        redo=Redo.from_dict(d["redo"]) if isinstance(d.get("redo"), dict) else None,
        conversation=tuple(Turn.from_dict(t) for t in d.get("conversation") or () if isinstance(t, dict)),
        conversation_dropped=int(d.get("conversation_dropped") or 0),
        prompts={str(k): str(v) for k, v in (d.get("prompts") or {}).items()},
    )


# -- the reducer -------------------------------------------------------------------------------------------------
def initial_state(run: RunInfo) -> RunState:
    return RunState(id=run.run_id, prompt=run.prompt, members=tuple(run.members), chairman=run.chairman,
                    settings=dict(run.settings), created_at=run.created_at, title=run.title, mode=run.mode,
                    parent=run.parent, thread=run.thread, redo=run.redo, conversation=run.conversation,
                    conversation_dropped=run.conversation_dropped, prompts=dict(run.prompts))


_PROGRESS_STATUS = {
    "queued": MemberStatus.QUEUED,
    "waiting": MemberStatus.WAITING,
    "generating": MemberStatus.GENERATING,
    "thinking": MemberStatus.THINKING,
    "retrying": MemberStatus.RETRYING,
}


def apply(state: RunState | None, event: Event) -> RunState | None:
    """Fold one event into the run state. Pure and total: an unknown or out-of-order event never raises.

    ``state`` is None before the run's first event (stage 1's ``stage_start``, which carries ``run``); any other
    event then leaves it None.
    """
    if isinstance(event, StageStart) and event.run is not None:
        state = initial_state(event.run)
    if state is None:
        return None
    if isinstance(event, StageStart):
        if not 1 <= event.stage <= 3:
            return state
        s = state.stage_state(event.stage)
        known = {m.model for m in s.members}
        members = s.members + tuple(MemberState(m, event.stage) for m in event.models if m not in known)
        return _with_stage(replace(state, stage=event.stage), replace(s, status="running", members=members))
    if isinstance(event, ModelStart):
        review = Review(label_map=dict(event.label_map)) if event.stage == 2 else None
        return _with_member(state, event.stage, event.model,
                            lambda m: replace(m, review=review if review is not None else m.review,
                                              deadline_s=event.first_token_timeout))
    if isinstance(event, ModelProgress):
        live = _PROGRESS_STATUS.get(event.status)

        def progress(m: MemberState) -> MemberState:
            if m.status.finished:
                return m
            return _evolve(m, {"status": live or m.status,  # type: ignore[no-any-return]
                               "token_count": max(m.token_count, event.token_count),
                               "reasoning_tokens": max(m.reasoning_tokens, event.reasoning_tokens),
                               "message": event.message, "retry_in": event.retry_in, "ahead": event.ahead})

        return _with_member(state, event.stage, event.model, progress)
    if isinstance(event, ModelDelta):
        def delta(m: MemberState) -> MemberState:
            if m.status.finished:
                return m
            status = m.status
            if event.text:
                status = MemberStatus.GENERATING
            elif event.reasoning and status not in (MemberStatus.GENERATING,):
                status = MemberStatus.THINKING
            return _evolve(m, {"text": m.text + event.text,  # type: ignore[no-any-return]
                               "reasoning": m.reasoning + event.reasoning, "status": status,
                               "message": None, "retry_in": None, "ahead": None})

        return _with_member(state, event.stage, event.model, delta)
    if isinstance(event, ModelComplete):
        return _with_member(state, event.stage, event.model, lambda m: replace(
            m, status=MemberStatus.DONE, text=event.text, reasoning=event.reasoning,
            token_count=event.token_count, reasoning_tokens=event.reasoning_tokens,
            exact_tokens=event.exact_tokens, cost=event.cost, duration_ms=event.duration_ms,
            queue_ms=event.queue_ms, ttft_ms=event.ttft_ms, error=None, kind=None, status_code=None,
            review=event.review if event.review is not None else m.review, reused=event.reused,
            citations=event.citations, note=event.note, message=None, retry_in=None, ahead=None))
    if isinstance(event, ModelError):
        try:
            status = MemberStatus(event.status)
        except ValueError:
            status = MemberStatus.FAILED
        return _with_member(state, event.stage, event.model, lambda m: replace(
            m, status=status, text=event.partial_text, reasoning=event.reasoning,
            token_count=event.token_count, duration_ms=event.duration_ms, queue_ms=event.queue_ms,
            ttft_ms=event.ttft_ms, cost=event.cost, error=event.error, kind=event.kind,
            status_code=event.status_code, reused=event.reused, message=None, retry_in=None, ahead=None))
    if isinstance(event, StageComplete):
        if not 1 <= event.stage <= 3:
            return state
        s = state.stage_state(event.stage)
        ended: StageStatus = "skipped" if event.skipped else "done"
        state = _with_stage(state, replace(s, status=ended, notice=event.notice, ended_early=event.ended_early))
        notices = state.notices
        for n in (event.notice, event.synthesis.notice if event.synthesis else None):
            if n and n not in notices:
                notices = (*notices, n)
        if event.stage == 2:
            state = replace(state, aggregate=tuple(event.aggregate))
        if event.stage == 3 and event.synthesis is not None:
            state = replace(state, synthesis=event.synthesis)
        return replace(state, notices=notices)
    if isinstance(event, RunEnd):
        status_: RunStatus = event.status if event.status in get_args(RunStatus) else "failed"  # type: ignore[assignment]
        return replace(state, status=status_, finished_at=event.finished_at, wall_ms=event.wall_ms,
                       error=event.error)
    if isinstance(event, Error):
        return state if state.error else replace(state, error=event.message)
    if isinstance(event, Result):
        return state
    return state


def _with_stage(state: RunState, s: StageState) -> RunState:
    stages = list(state.stages)
    stages[s.stage - 1] = s
    return _evolve(state, {"stages": (stages[0], stages[1], stages[2])})  # type: ignore[no-any-return]


def _with_member(state: RunState, stage: int, model: str, change: Any) -> RunState:
    if not 1 <= stage <= 3:
        return state
    s = state.stage_state(stage)
    members = list(s.members)
    for i, m in enumerate(members):
        if m.model == model:
            new = change(m)
            if new is m:
                return state
            members[i] = new
            break
    else:  # an event for a member the stage did not list: keep it rather than lose it
        members.append(change(MemberState(model, stage)))
    return _with_stage(state, _evolve(s, {"members": tuple(members)}))


def fold(events: Sequence[Event], state: RunState | None = None) -> RunState | None:
    """Fold a whole event stream (e.g. a run's ``--jsonl`` output read back)."""
    for ev in events:
        state = apply(state, ev)
    return state


__all__ = [
    "FORMAT_VERSION",
    "AggregateEntry",
    "MemberState",
    "MemberStatus",
    "Review",
    "RunState",
    "StageState",
    "Synthesis",
    "apply",
    "fold",
    "initial_state",
    "make_title",
    "now_iso",
]


def _layout(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], tuple[Any, ...]]:
    """A slots dataclass's field names, a getter of all their values at once, and their slot descriptors."""
    names = tuple(f.name for f in fields(cls))
    return names, operator.attrgetter(*names), tuple(cls.__dict__[n] for n in names)


_LAYOUT = {cls: _layout(cls) for cls in (MemberState, StageState, RunState)}
