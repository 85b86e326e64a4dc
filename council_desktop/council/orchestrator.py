"""The council: three stages over any :class:`ChatBackend`, spoken as events.

A member's failure is data (``model_error``) and the stage goes on without it. Any other exception is a bug: it is
logged with its traceback and the run ends loudly with an ``error`` event.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from council_desktop.council import prompts, ranking
from council_desktop.council.events import (
    Error,
    Event,
    ModelComplete,
    ModelError,
    ModelProgress,
    ModelStart,
    Result,
    StageComplete,
    StageStart,
)
from council_desktop.council.provider import (
    ChatBackend,
    ChatCompletion,
    ChatRequest,
    ChatUpdate,
    ProviderError,
)
from council_desktop.council.record import ModelRun, RunRecord, Synthesis, SynthesisSource, now_iso

log = logging.getLogger(__name__)

Emit = Callable[[Event], None]

STAGE_NAMES = {1: "Independent answers", 2: "Peer review", 3: "Chairman synthesis"}


@dataclass(frozen=True, slots=True)
class CouncilOptions:
    """Per-request knobs. Timeouts in seconds; the first-token deadline counts from when a request is sent."""

    max_tokens: int = 4096
    temperature: float = 0.7
    review_temperature: float = 0.3
    chairman_temperature: float = 0.5
    first_token_timeout: float = 90.0
    total_timeout: float = 600.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class SpecError(ValueError):
    """A run cannot start as asked (empty prompt, no members)."""


@dataclass(frozen=True, slots=True)
class RunSpec:
    prompt: str
    members: tuple[str, ...]
    chairman: str
    options: CouncilOptions = CouncilOptions()
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: str = field(default_factory=now_iso)

    @staticmethod
    def create(prompt: str, members: Sequence[str], chairman: str, options: CouncilOptions | None = None,
               **kw: Any) -> RunSpec:
        """Validate and normalise: a non-empty prompt, at least one member, duplicates dropped."""
        if not prompt or not prompt.strip():
            raise SpecError("The prompt is empty: type a question for the council.")
        seen: list[str] = []
        for m in members:
            m = m.strip()
            if m and m not in seen:
                seen.append(m)
        if not seen:
            raise SpecError("The council has no members: add at least one model.")
        chairman = chairman.strip()
        if not chairman:
            raise SpecError("No chairman model is set.")
        return RunSpec(prompt.strip(), tuple(seen), chairman, options or CouncilOptions(), **kw)

    def new_record(self) -> RunRecord:
        return RunRecord(id=self.run_id, prompt=self.prompt, members=list(self.members), chairman=self.chairman,
                         settings=self.options.to_dict(), created_at=self.created_at)


class Council:
    """Runs one council at a time over ``backend``. ``rng`` shuffles the answers each reviewer sees."""

    def __init__(self, backend: ChatBackend, *, rng: random.Random | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._backend = backend
        self._rng = rng or random.Random()
        self._clock = clock
        self._tasks: dict[tuple[int, str], asyncio.Task[ChatCompletion | None]] = {}
        self._skipped: set[tuple[int, str]] = set()
        self._stage = 0
        self.record: RunRecord | None = None

    # -- control -------------------------------------------------------------------------------------------
    def skip(self, model: str) -> bool:
        """Drop one member from the current stage without stopping the others. True if it was running."""
        key = (self._stage, model)
        task = self._tasks.get(key)
        if task is None or task.done():
            return False
        self._skipped.add(key)
        task.cancel()
        return True

    def running_models(self) -> list[str]:
        return [m for (s, m), t in self._tasks.items() if s == self._stage and not t.done()]

    # -- the run -------------------------------------------------------------------------------------------
    async def run(self, spec: RunSpec, emit: Emit) -> RunRecord:
        """Run all three stages, emitting events; returns the record (status complete / failed).

        On cancellation every in-flight member gets a ``model_error`` of kind ``cancelled``, an ``error`` event
        says the run was cancelled, the record's status becomes ``cancelled`` and ``CancelledError`` propagates.
        """
        rec = spec.new_record()
        self.record = rec
        self._tasks.clear()
        self._skipped.clear()
        t0 = self._clock()
        log.info("run %s: %d members, chairman %s", spec.run_id, len(spec.members), spec.chairman)
        try:
            await self._run(spec, rec, emit)
        except asyncio.CancelledError:
            rec.status = "cancelled"
            rec.error = "The run was cancelled."
            rec.finished_at = now_iso()
            rec.wall_ms = self._ms(t0)
            log.info("run %s cancelled after %d ms", spec.run_id, rec.wall_ms)
            emit(Error(rec.error))
            raise
        except Exception as e:
            log.exception("run %s failed with an internal error", spec.run_id)
            rec.status = "failed"
            rec.error = f"Internal error: {type(e).__name__}: {e}. The log file has the details."
            rec.finished_at = now_iso()
            rec.wall_ms = self._ms(t0)
            emit(Error(rec.error))
            return rec
        finally:
            self._stage = 0
        rec.finished_at = now_iso()
        rec.wall_ms = self._ms(t0)
        if rec.status == "failed":
            assert rec.error
            log.warning("run %s failed: %s", spec.run_id, rec.error)
            emit(Error(rec.error))
        else:
            rec.status = "complete"
            log.info("run %s complete in %d ms, %d tokens", spec.run_id, rec.wall_ms, rec.total_tokens)
            emit(Result(rec.to_dict()))
        return rec

    async def _run(self, spec: RunSpec, rec: RunRecord, emit: Emit) -> None:
        answers = await self._stage1(spec, rec, emit)
        if not answers:
            rec.status = "failed"
            rec.error = _no_answer_message(rec.stage1)
            return
        await self._stage2(spec, rec, emit, answers)
        await self._stage3(spec, rec, emit, answers)

    # -- stages --------------------------------------------------------------------------------------------
    async def _stage1(self, spec: RunSpec, rec: RunRecord, emit: Emit) -> list[ModelRun]:
        self._stage = 1
        emit(StageStart(1, spec.members))
        o = spec.options
        runs = [ModelRun(model=m, stage=1) for m in spec.members]
        rec.stage1 = runs
        request = {m: self._request(m, prompts.stage1_messages(spec.prompt), o.temperature, o) for m in spec.members}
        await self._run_all(1, runs, request, emit)
        answers = [r for r in runs if r.status == "done"]
        emit(StageComplete(1, {"answers": [r.to_dict() for r in answers],
                               "errors": [r.to_dict() for r in runs if r.status == "error"]}))
        return answers

    async def _stage2(self, spec: RunSpec, rec: RunRecord, emit: Emit, answers: list[ModelRun]) -> None:
        self._stage = 2
        o = spec.options
        if len(answers) < 2:
            only = answers[0].model
            rec.stage2_skipped = True
            rec.stage2_notice = (f"Peer review was skipped: only {only} answered, so there was nothing to compare. "
                                 "The chairman works from that one answer.")
            rec.notices.append(rec.stage2_notice)
            emit(StageStart(2, ()))
            emit(StageComplete(2, {"reviews": [], "errors": [], "aggregate": [], "skipped": True,
                                   "notice": rec.stage2_notice}))
            return
        reviewers = [a.model for a in answers]
        text_of = {a.model: a.text for a in answers}
        emit(StageStart(2, tuple(reviewers)))
        runs: list[ModelRun] = []
        request: dict[str, ChatRequest] = {}
        for reviewer in reviewers:
            others = [m for m in reviewers if m != reviewer]
            self._rng.shuffle(others)  # per-reviewer order against position bias
            labels = ranking.labels_for(len(others))
            label_map = dict(zip(labels, others, strict=True))
            runs.append(ModelRun(model=reviewer, stage=2, label_map=label_map))
            messages = prompts.stage2_messages(spec.prompt, [(lab, text_of[m]) for lab, m in label_map.items()])
            request[reviewer] = self._request(reviewer, messages, o.review_temperature, o)
        rec.stage2 = runs
        await self._run_all(2, runs, request, emit)
        reviews = [r for r in runs if r.status == "done"]
        rec.aggregate = ranking.aggregate([r.ranking_models or [] for r in reviews], reviewers)
        if not reviews:
            rec.stage2_notice = ("No reviewer finished, so there is no peer ranking; "
                                 "the chairman works from the answers.")
            rec.notices.append(rec.stage2_notice)
        elif all(r.parse_status == "failed" for r in reviews):
            rec.stage2_notice = "No reviewer's FINAL RANKING could be parsed, so there is no aggregate ranking."
            rec.notices.append(rec.stage2_notice)
        emit(StageComplete(2, {"reviews": [r.to_dict() for r in reviews],
                               "errors": [r.to_dict() for r in runs if r.status == "error"],
                               "aggregate": [a.to_dict() for a in rec.aggregate],
                               "skipped": False, "notice": rec.stage2_notice}))

    async def _stage3(self, spec: RunSpec, rec: RunRecord, emit: Emit, answers: list[ModelRun]) -> None:
        self._stage = 3
        o = spec.options
        emit(StageStart(3, (spec.chairman,)))
        reviews = [(r.model, prompts.deanonymize(r.text, r.label_map or {})) for r in rec.reviews()]
        messages = prompts.stage3_messages(spec.prompt, [(a.model, a.text) for a in answers], reviews,
                                           rec.aggregate, notice=rec.stage2_notice)
        best = _best_member(rec, answers)
        candidates = [spec.chairman] + ([best.model] if best.model != spec.chairman else [])
        failures: list[str] = []
        for model in candidates:
            run = ModelRun(model=model, stage=3)
            rec.stage3.append(run)
            await self._run_all(3, [run], {model: self._request(model, messages, o.chairman_temperature, o)}, emit)
            if run.status == "done":
                source: SynthesisSource = "chairman" if model == spec.chairman else "fallback_member"
                notice = None
                if source == "fallback_member":
                    notice = (f"The chairman {spec.chairman} failed ({failures[0]}); {model}, the best-ranked "
                              "member, wrote the synthesis instead.")
                rec.synthesis = Synthesis(chairman=spec.chairman, model=model, text=run.text, source=source,
                                          notice=notice, duration_ms=run.duration_ms, token_count=run.token_count,
                                          exact_tokens=run.exact_tokens, cost=run.cost)
                break
            failures.append(run.error or "unknown error")
        else:
            notice = (f"The chairman {spec.chairman} failed ({failures[0]})"
                      + (f" and so did {best.model} ({failures[1]})" if len(failures) > 1 else "")
                      + f"; the final answer is {best.model}'s own answer, the best-ranked one.")
            rec.synthesis = Synthesis(chairman=spec.chairman, model=best.model, text=best.text,
                                      source="best_answer", notice=notice)
        if rec.synthesis.notice:
            rec.notices.append(rec.synthesis.notice)
        emit(StageComplete(3, {"synthesis": rec.synthesis.to_dict(),
                               "errors": [r.to_dict() for r in rec.stage3 if r.status == "error"]}))

    # -- members -------------------------------------------------------------------------------------------
    @staticmethod
    def _request(model: str, messages: tuple[dict[str, str], ...], temperature: float,
                 o: CouncilOptions) -> ChatRequest:
        return ChatRequest(model=model, messages=messages, max_tokens=o.max_tokens, temperature=temperature,
                           first_token_timeout=o.first_token_timeout, total_timeout=o.total_timeout)

    async def _run_all(self, stage: int, runs: list[ModelRun], request: dict[str, ChatRequest],
                       emit: Emit) -> None:
        async with asyncio.TaskGroup() as tg:
            for run in runs:
                task = tg.create_task(self._member(stage, run, request[run.model], emit), name=f"{stage}:{run.model}")
                self._tasks[(stage, run.model)] = task

    async def _member(self, stage: int, run: ModelRun, request: ChatRequest, emit: Emit) -> ChatCompletion | None:
        model = run.model
        emit(ModelStart(stage, model))
        started = self._clock()
        count = 0

        def on_update(u: ChatUpdate) -> None:
            nonlocal count
            count = max(count, u.token_count)
            if u.kind == "token":
                emit(ModelProgress(stage, model, u.token_count, "generating"))
            elif u.kind == "thinking":
                emit(ModelProgress(stage, model, u.token_count, "thinking"))
            elif u.kind == "queued":
                emit(ModelProgress(stage, model, count, "queued", message="Waiting for a free slot at its provider."))
            elif u.kind == "retrying":
                emit(ModelProgress(stage, model, count, "retrying", retry_in=u.retry_in, message=u.message))
            elif u.kind == "sent":
                emit(ModelProgress(stage, model, count, "generating"))

        try:
            completion = await self._backend.chat(request, on_update)
        except ProviderError as e:
            self._fail(run, emit, e.message, e.kind, e.status_code, started, count)
            return None
        except asyncio.CancelledError:
            if (stage, model) in self._skipped:
                self._fail(run, emit, "Skipped by the user.", "cancelled", None, started, count)
                return None
            self._fail(run, emit, "Cancelled.", "cancelled", None, started, count)
            raise
        run.status = "done"
        run.text = completion.text
        run.duration_ms = self._ms(started)
        run.token_count = completion.token_count
        run.exact_tokens = completion.exact_tokens
        run.cost = completion.cost
        review = None
        if stage == 2:
            label_map = run.label_map or {}
            parsed = ranking.parse_ranking(completion.text, list(label_map))
            run.parsed_ranking = list(parsed.labels)
            run.ranking_models = ranking.to_models(parsed.labels, label_map)
            run.parse_status = parsed.status  # type: ignore[assignment]
            review = {"label_map": label_map, "parsed_ranking": run.parsed_ranking,
                      "ranking_models": run.ranking_models, "parse_status": run.parse_status}
        log.info("stage %d: %s done in %d ms, %d tokens", stage, model, run.duration_ms, run.token_count)
        emit(ModelComplete(stage, model, run.duration_ms, run.token_count, run.cost, run.exact_tokens,
                           run.text, review))
        return completion

    def _fail(self, run: ModelRun, emit: Emit, message: str, kind: str, status_code: int | None,
              started: float, count: int) -> None:
        run.status = "error"
        run.error = message
        run.kind = kind
        run.status_code = status_code
        run.duration_ms = self._ms(started)
        run.token_count = count
        # INFO, not WARNING: a member's failure is data the user already sees (row, event); the log keeps it.
        log.info("stage %d: %s failed (%s): %s", run.stage, run.model, kind, message)
        emit(ModelError(run.stage, run.model, message, kind, status_code, run.duration_ms, count))

    def _ms(self, since: float) -> int:
        return round((self._clock() - since) * 1000)


def _best_member(rec: RunRecord, answers: list[ModelRun]) -> ModelRun:
    """The best-ranked member that answered (first in member order when there is no ranking)."""
    by_model = {a.model: a for a in answers}
    for entry in rec.aggregate:
        if entry.votes and entry.model in by_model:
            return by_model[entry.model]
    return answers[0]


def _no_answer_message(runs: list[ModelRun]) -> str:
    kinds = {r.kind for r in runs}
    first = runs[0].error if runs else None
    if kinds == {"auth"}:
        return f"No council member answered: the API key was rejected ({first})"
    if kinds == {"credits"}:
        return f"No council member answered: the account is out of credits ({first})"
    details = "; ".join(f"{r.model}: {r.error}" for r in runs)
    return f"No council member answered, so the council cannot go on. {details}"
