"""The council: three stages over any :class:`ChatBackend`, spoken as events and folded into one run state.

The orchestrator decides what to do next. Everything that happens is an event; every event goes through
:func:`state.apply` before a listener sees it, and the orchestrator reads that state to decide — it never
assembles a record by hand. A member's failure is data (``model_error``) and the stage goes on without it. Any
other exception is a bug: it is logged with its traceback and the run ends loudly with an ``error`` event.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, field, replace
from typing import TYPE_CHECKING, Any, Literal

from council_desktop.council import context, prompts, units
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
from council_desktop.council.provider import (
    ChatBackend,
    ChatCompletion,
    ChatRequest,
    ChatUpdate,
    ProviderError,
)
from council_desktop.council.records import dataclass
from council_desktop.council.state import (
    MemberState,
    MemberStatus,
    RunState,
    apply,
    initial_state,
    make_title,
    now_iso,
)
from council_desktop.council.text import redact, shorten
from council_desktop.council.values import Citation, Redo, Review, RunInfo, Synthesis, Turn
from council_desktop.council.vocab import STAGE_NAMES, EndedStatus, Mode, SynthesisSource

if TYPE_CHECKING:  # the estimate is imported when a run has a budget
    from council_desktop.council.estimate import Price

log = logging.getLogger(__name__)

Listener = Callable[[Event, RunState], None]
"""Gets every event together with the run state after it was applied."""

DELTA_INTERVAL = 0.05  # seconds: a member's text reaches listeners at most this often (never lost, never reordered)
# model_progress still goes out per chunk: it is small, and its live token count is part of the event contract.


@dataclass(frozen=True, slots=True)
class CouncilOptions:
    """Per-run knobs — the one place each default lives. Timeouts in seconds; the first-token deadline counts
    from when a request is sent. ``quorum``: a stage (1 and 2) ends as soon as that many members finished it.
    ``stage_deadline``: a stage (1 and 2) ends that long after it started, with whoever has finished (if nobody
    has yet, with the first one that does)."""

    max_tokens: int = 4096
    temperature: float = 0.7
    review_temperature: float = 0.3
    chairman_temperature: float = 0.5
    first_token_timeout: float = 90.0
    total_timeout: float = 600.0
    quorum: int | None = None
    stage_deadline: float | None = None
    web_search: bool = False  # stage-1 members search the web where their provider can
    budget: float | None = None  # USD the run may spend at most (None: no cap); see Council's ``prices``

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class SpecError(ValueError):
    """A run cannot start as asked (empty prompt, no members)."""


def new_run_id() -> str:
    """A random run id: a version 4 UUID as 32 hex digits, as ``uuid.uuid4().hex`` gives (the uuid module is not
    imported for it: it imports ``platform``, some 4 ms of every start)."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40  # version 4
    b[8] = (b[8] & 0x3F) | 0x80  # the RFC 4122 variant
    return b.hex()


@dataclass(frozen=True, slots=True)
class RunSpec:
    """One run to make. A re-run has ``redo`` and ``base`` (the parent's state it reuses); a follow-up has
    ``conversation`` (the thread's earlier turns); both have ``parent`` and ``thread``."""

    prompt: str
    members: tuple[str, ...]
    chairman: str
    options: CouncilOptions = CouncilOptions()
    run_id: str = field(default_factory=new_run_id)
    created_at: str = field(default_factory=now_iso)
    mode: Mode = "full"
    parent: str | None = None
    thread: str | None = None
    redo: Redo | None = None
    conversation: tuple[Turn, ...] = ()
    conversation_dropped: int = 0
    prompts: prompts.PromptSet = field(default_factory=prompts.PromptSet)
    preset: str | None = None  # the council preset it came from (kept in the record's settings, for the stats)
    base: RunState | None = field(default=None, compare=False, repr=False)

    @staticmethod
    def derive(parent: RunState, redo: Redo, options: CouncilOptions | None = None) -> RunSpec:
        """A re-run of ``parent``: ask again what ``redo`` names (members, reviewers, the chairman), reuse the rest.

        Members in ``redo.members`` that were not in ``parent`` are added. A new synthesis always follows."""
        if not (redo.members or redo.reviewers or redo.chairman):
            raise SpecError("Nothing to re-run: name a member, a reviewer or a chairman.")
        members = tuple(parent.members) + tuple(m for m in redo.members if m not in parent.members)
        chairman = redo.chairman or parent.chairman
        return RunSpec(parent.prompt, members, chairman, options or options_from(parent.settings),
                       mode=parent.mode, parent=parent.id, thread=parent.thread_id,
                       redo=Redo(redo.members, redo.reviewers, chairman), conversation=parent.conversation,
                       conversation_dropped=parent.conversation_dropped,
                       prompts=prompts.PromptSet.from_dict(parent.prompts), base=parent)

    @staticmethod
    def follow_up(thread: Sequence[RunState], prompt: str, members: Sequence[str] | None = None,
                  chairman: str | None = None, options: CouncilOptions | None = None,
                  mode: Mode | None = None) -> RunSpec:
        """The next question of a conversation. ``thread``: its runs, oldest first, ending with the parent.

        The council is the parent's unless ``members``/``chairman`` say otherwise. Each model is shown the earlier
        questions and the council's answers to them; the oldest turns are left out when they do not fit
        (:func:`prompts.fit_conversation`), and the run records how many."""
        if not thread:
            raise SpecError("A follow-up needs the run it follows.")
        parent = thread[-1]
        turns = [Turn(r.id, r.prompt, answer) for r in thread if (answer := turn_answer(r))]
        conversation, dropped = prompts.fit_conversation(turns)
        spec = RunSpec.create(prompt, list(members or parent.members), chairman or parent.chairman,
                              options or options_from(parent.settings), mode=mode or "full",
                              parent=parent.id, thread=parent.thread_id,
                              prompts=prompts.PromptSet.from_dict(parent.prompts))
        return replace(spec, conversation=conversation, conversation_dropped=dropped)

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
        o = options or CouncilOptions()
        if o.quorum is not None and o.quorum < 1:
            raise SpecError("The quorum must be at least 1.")
        if o.stage_deadline is not None and not (o.stage_deadline > 0 and math.isfinite(o.stage_deadline)):
            raise SpecError("The stage deadline must be a positive number of seconds.")
        return RunSpec(prompt.strip(), tuple(seen), chairman, o, **kw)

    def info(self) -> RunInfo:
        settings = self.options.to_dict() | ({"preset": self.preset} if self.preset else {})
        return RunInfo(self.run_id, self.prompt, self.members, self.chairman, self.created_at,
                       make_title(self.prompt), settings, self.mode, self.parent, self.thread,
                       self.redo, self.conversation, self.conversation_dropped,
                       {} if self.prompts.is_default else self.prompts.to_dict())

    def new_state(self) -> RunState:
        return initial_state(self.info())


class Council:
    """Runs one council at a time over ``backend``. ``rng`` shuffles the answers each reviewer sees."""

    def __init__(self, backend: ChatBackend, *, rng: random.Random | None = None,
                 clock: Callable[[], float] = time.monotonic, delta_interval: float = DELTA_INTERVAL,
                 prices: Mapping[str, Price | None] | None = None) -> None:
        """``prices``: USD per token by model id, for the budget cap (``CouncilOptions.budget``); a model without a
        price there is free when it is ``MODEL@PROVIDER`` and unknown otherwise (then only its reported cost
        counts)."""
        self._backend = backend
        self._prices: Mapping[str, Price | None] = prices or {}
        self._budget: float | None = None
        self._over_budget: str | None = None
        self._asked_tokens: dict[tuple[int, str], int] = {}
        self._rng = rng or random.Random()
        self._clock = clock
        self._delta_interval = delta_interval
        self._tasks: dict[tuple[int, str], asyncio.Task[None]] = {}
        self._stopped: dict[tuple[int, str], tuple[EndedStatus, str]] = {}  # why a member was stopped
        self._end_stage: asyncio.Event | None = None
        self._end_reason: str | None = None
        self._stage = 0
        self._listener: Listener = lambda ev, st: None
        self.state: RunState | None = None
        self._scaffold = prompts.REVIEW_SCAFFOLD

    # -- control -------------------------------------------------------------------------------------------
    def skip(self, model: str) -> bool:
        """Drop one member from the current stage without stopping the others. True if it was running."""
        key = (self._stage, model)
        task = self._tasks.get(key)
        if task is None or task.done():
            return False
        self._stopped[key] = ("skipped", "Skipped by the user.")
        task.cancel()
        return True

    def can_end_stage(self) -> bool:
        """Whether :meth:`end_stage` would do something: stage 1 or 2 runs, someone finished, someone has not."""
        if self.state is None or self._stage not in (1, 2) or self._end_stage is None:
            return False
        s = self.state.stage_state(self._stage)
        return bool(s.done()) and bool(self.running_models())

    def end_stage(self, reason: str = "ended early by the user") -> bool:
        """"Synthesize now": end the current stage with the members that finished; the rest are cancelled (their
        streams closed, their partial text kept) and the council goes on. True if the stage was ended."""
        if not self.can_end_stage():
            return False
        assert self._end_stage is not None
        self._end_reason = reason
        self._end_stage.set()
        return True

    def running_models(self) -> list[str]:
        return [m for (s, m), t in self._tasks.items() if s == self._stage and not t.done()]

    # -- events --------------------------------------------------------------------------------------------
    def _emit(self, ev: Event) -> None:
        self.state = apply(self.state, ev)
        assert self.state is not None
        self._listener(ev, self.state)
        if self._budget is not None and self._over_budget is None and isinstance(
                ev, ModelProgress | ModelComplete | ModelError):
            spent = self.spent()
            if spent > self._budget:
                self._over_budget = (f"the budget of {units.usd(self._budget)} was reached "
                                     f"({units.usd(spent)} spent or under way)")
                log.info("run %s: %s", self.state.id, self._over_budget)
                if self._end_stage is not None:  # close every stream still open in this stage
                    self._end_reason = self._over_budget
                    self._end_stage.set()

    def spent(self) -> float:
        """USD this run has cost so far: reported costs, and for members still writing (or stopped without a
        reported cost) their prompt and tokens so far at their price. Reused work is not counted again."""
        from council_desktop.council import estimate

        total = 0.0
        for m in self._st().all_members():
            if m.reused or m.status is MemberStatus.PENDING:
                continue
            if m.cost is not None:
                total += m.cost
                continue
            price = estimate.price_for(m.model, self._prices)
            if price is not None:
                total += price.cost(self._asked_tokens.get((m.stage, m.model), 0), m.token_count)
        return total

    def _afford(self, spec: RunSpec, stage: int, models: Sequence[str], **known: Any) -> None:
        """Before a stage: stop the run (:class:`_OverBudget`) when the stage could cost more than is left."""
        if self._budget is None or not models:
            return
        if self._over_budget is not None:
            raise _OverBudget(f"Budget: {self._over_budget}; the run stops here with what it has.")
        from council_desktop.council import estimate

        o = spec.options
        est = estimate.stage_estimate(stage, spec.prompt, models, self._prices, max_tokens=o.max_tokens,
                                      conversation=spec.conversation, prompt_set=spec.prompts,
                                      web_search=o.web_search and stage == 1, **known)
        left = self._budget - self.spent()
        if est.high is not None and est.high > left:
            raise _OverBudget(
                f"Budget: {STAGE_NAMES[stage].lower()} could cost up to {units.usd(est.high)}, and "
                f"{units.usd(max(left, 0.0)) or '$0'} of the {units.usd(self._budget)} budget is left; the run "
                "stops here with what it has.")

    def _st(self) -> RunState:
        assert self.state is not None
        return self.state

    # -- the run -------------------------------------------------------------------------------------------
    async def run(self, spec: RunSpec, listener: Listener) -> RunState:
        """Run all three stages, emitting events; returns the final state (complete / failed).

        On cancellation every in-flight member gets a ``model_error`` with status ``cancelled`` (its partial text
        kept), ``run_end`` and ``error`` say the run was cancelled, and ``CancelledError`` propagates.
        """
        self._listener = listener
        self._tasks.clear()
        self._stopped.clear()
        self._asked_tokens.clear()
        self._budget = spec.options.budget
        self._over_budget = None
        self.state = None
        review = spec.prompts.review
        self._scaffold = prompts.REVIEW_SCAFFOLD if review == prompts.REVIEW_TEMPLATE else prompts.scaffold(review)
        t0 = self._clock()
        log.info("run %s: %d members, chairman %s", spec.run_id, len(spec.members), spec.chairman)
        try:
            failure = await self._run(spec)
        except asyncio.CancelledError:
            self._finish(t0, "cancelled", "The run was cancelled.")
            log.info("run %s cancelled after %d ms", spec.run_id, self._ms(t0))
            raise
        except Exception as e:
            log.exception("run %s failed with an internal error", spec.run_id)
            self._finish(t0, "failed", redact(f"Internal error: {type(e).__name__}: {shorten(redact(str(e)), 500)}. "
                                              "The log file has the details."))
            return self._st()
        finally:
            self._stage = 0
            self._end_stage = None
        if failure:
            log.warning("run %s failed: %s", spec.run_id, failure)
            self._finish(t0, "failed", failure)
        else:
            self._finish(t0, "complete", None)
            st = self._st()
            log.info("run %s complete in %d ms, %d tokens%s", spec.run_id, st.wall_ms or 0, st.total_tokens,
                     f" (degraded: {'; '.join(st.degraded_reasons)})" if st.degraded else "")
        return self._st()

    def _finish(self, t0: float, status: str, error: str | None) -> None:
        # What run_end says about degradation is what the state derives once the status is in.
        probe = apply(self._st(), RunEnd(status, now_iso(), self._ms(t0), error))
        assert probe is not None
        self._emit(RunEnd(status, probe.finished_at or now_iso(), probe.wall_ms or 0, error, probe.degraded,
                          probe.degraded_reasons))
        if status == "complete":
            self._emit(Result(self._st().to_dict()))
        else:
            assert error
            self._emit(Error(error))

    async def _run(self, spec: RunSpec) -> str | None:
        """The stages the mode runs; returns why the run failed (None when it has its result)."""
        try:
            answers = await self._stage1(spec)
            if self._over_budget is not None:
                return f"Budget: {self._over_budget}; the run stops here with what it has."
            if not answers:
                return _no_answer_message(self._st().stage1)
            if spec.mode == "answers":
                return None
            await self._stage2(spec, answers)
            if self._over_budget is not None:
                return f"Budget: {self._over_budget}; the run stops here with what it has."
            if spec.mode == "review":
                return None
            await self._stage3(spec, answers)
            if self._over_budget is not None:
                return f"Budget: {self._over_budget}; the synthesis was stopped."
        except _OverBudget as e:
            log.info("run %s: %s", spec.run_id, e)
            return str(e)
        return None

    def _reuse(self, m: MemberState) -> None:
        """Copy a member's finished work from the parent run: shown and recorded, not asked again, not counted."""
        if m.done:
            self._emit(ModelComplete(m.stage, m.model, m.duration_ms, m.token_count, m.cost, m.exact_tokens, m.text,
                                     m.review, m.reasoning, m.reasoning_tokens, m.queue_ms, m.ttft_ms, reused=True))
        else:
            self._emit(ModelError(m.stage, m.model, m.error or "It did not finish.", m.kind or "upstream",
                                  m.status_code, m.duration_ms, m.token_count, _ended(m), m.text, m.reasoning,
                                  m.queue_ms, m.ttft_ms, m.cost, reused=True))

    # -- stages --------------------------------------------------------------------------------------------
    async def _stage1(self, spec: RunSpec) -> list[MemberState]:
        o = spec.options
        self._emit(StageStart(1, spec.members, run=spec.info()))
        redo = set(spec.redo.members) if spec.redo else set()
        if spec.base is not None:
            for m in spec.base.stage1:
                if m.model in spec.members and m.model not in redo and m.status.finished:
                    self._reuse(m)
        reused = {m.model for m in self._st().stage1 if m.reused}
        messages = prompts.stage1_messages(spec.prompt, spec.conversation, system=spec.prompts.system)
        request = {m: replace(self._request(m, messages, o.temperature, o), web_search=o.web_search)
                   for m in spec.members if m not in reused}
        try:
            self._afford(spec, 1, list(request))
        except _OverBudget as e:
            self._emit(StageComplete(1, notice=str(e)))
            raise
        ended = await self._run_stage(1, request, {}, quorum=o.quorum, deadline=o.stage_deadline)
        s = self._st().stage_state(1)
        self._emit(StageComplete(1, answers=tuple(m.to_dict() for m in s.done()),
                                 errors=tuple(m.to_dict() for m in s.stopped()),
                                 notice=_ended_notice(1, ended), ended_early=ended))
        return self._st().answers()

    async def _stage2(self, spec: RunSpec, answers: list[MemberState]) -> None:
        o = spec.options
        if len(answers) < 2:
            notice = (f"Peer review was skipped: only {answers[0].model} answered, so there was nothing to "
                      "compare. The chairman works from that one answer.")
            self._emit(StageStart(2, ()))
            self._emit(StageComplete(2, skipped=True, notice=notice))
            return
        from council_desktop.council import ranking  # peer review's own module: not loaded before stage 2

        reviewers = [a.model for a in answers]
        text_of = {a.model: a.text for a in answers}
        base = spec.base
        keep: dict[str, MemberState] = {}
        if (base is not None and spec.redo is not None and not spec.redo.members
                and base.stage_state(2).status == "done"):
            # The answers are the parent's: its reviews stand, but for the reviewers asked again.
            keep = {m.model: m for m in base.stage2 if m.model not in spec.redo.reviewers and m.status.finished}
        self._afford(spec, 2, [r for r in reviewers if r not in keep], answers=text_of)
        self._emit(StageStart(2, tuple(reviewers)))
        for m in keep.values():
            self._reuse(m)
        request: dict[str, ChatRequest] = {}
        label_maps: dict[str, dict[str, str]] = {}
        for reviewer in reviewers:
            if reviewer in keep:
                continue
            earlier = base.find(2, reviewer) if base is not None and keep else None
            if earlier is not None and earlier.review is not None and earlier.review.label_map:
                label_map = dict(earlier.review.label_map)  # the same anonymized answers, in the same order
            else:
                others = [m for m in reviewers if m != reviewer]
                self._rng.shuffle(others)  # per-reviewer order against position bias
                label_map = dict(zip(ranking.labels_for(len(others)), others, strict=True))
            label_maps[reviewer] = label_map
            messages = prompts.stage2_messages(spec.prompt, [(lab, text_of[m]) for lab, m in label_map.items()],
                                               spec.conversation, spec.prompts.review)
            request[reviewer] = self._request(reviewer, messages, o.review_temperature, o)
        ended = await self._run_stage(2, request, label_maps, quorum=o.quorum, deadline=o.stage_deadline)
        s = self._st().stage_state(2)
        reviews = s.done()
        aggregate = ranking.aggregate([list(r.review.ranking_models) if r.review else [] for r in reviews],
                                      reviewers, [len(r.review.label_map) if r.review else 0 for r in reviews])
        review_notice = _ended_notice(2, ended)
        if not reviews:
            review_notice = _join(review_notice, "No reviewer finished, so there is no peer ranking; the chairman "
                                                 "works from the answers.")
        elif all(r.review is None or r.review.parse_status == "failed" for r in reviews):
            review_notice = _join(review_notice, "No reviewer's FINAL RANKING could be read, so there is no "
                                                 "aggregate ranking.")
        self._emit(StageComplete(2, reviews=tuple(m.to_dict() for m in reviews),
                                 errors=tuple(m.to_dict() for m in s.stopped()), aggregate=tuple(aggregate),
                                 notice=review_notice, ended_early=ended))

    async def _stage3(self, spec: RunSpec, answers: list[MemberState]) -> None:
        o = spec.options
        st = self._st()
        self._afford(spec, 3, [spec.chairman], answers={a.model: a.text for a in answers},
                     reviews={r.model: r.text for r in st.reviews()})
        self._emit(StageStart(3, (spec.chairman,)))
        reviews = [(r.model, prompts.deanonymize(r.text, dict(r.review.label_map) if r.review else {}))
                   for r in st.reviews()]
        def synthesis_prompt(texts: list[str]) -> tuple[dict[str, str], ...]:
            n = len(answers)
            return prompts.stage3_messages(
                spec.prompt, [(a.model, t) for a, t in zip(answers, texts[:n], strict=True)],
                [(m, t) for (m, _), t in zip(reviews, texts[n:], strict=True)], list(st.aggregate),
                notice=st.stage2_notice, conversation=spec.conversation, template=spec.prompts.chairman)

        texts = [a.text for a in answers] + [t for _, t in reviews]
        messages = synthesis_prompt(texts)
        shortened: str | None = None
        window = await context.window_of(self._backend, spec.chairman)
        if window and context.estimate_prompt_tokens(messages) > window - context.margin_for(window) - min(
                o.max_tokens, context.SYNTHESIS_ANSWER_TOKENS):
            fixed = context.estimate_prompt_tokens(synthesis_prompt([""] * len(texts)))
            cut, cap = context.shorten_texts(texts, fixed, window, min(o.max_tokens, context.SYNTHESIS_ANSWER_TOKENS))
            if cap is not None:
                messages = synthesis_prompt(cut)
                shortened = (f"The synthesis prompt was shortened to fit {spec.chairman}'s {window:,}-token context: "
                             f"each answer and review was cut to its first {cap:,} characters.")
                log.info("run %s: %s", spec.run_id, shortened)
        best, ranked = _best_member(st, answers)
        how = "the best-ranked member" if ranked else "the first member that answered (there was no ranking)"
        candidates = [spec.chairman] + ([best.model] if best.model != spec.chairman else [])
        failures: list[str] = []
        synthesis: Synthesis | None = None
        for model in candidates:
            if self._over_budget is not None:
                break
            await self._run_stage(3, {model: self._request(model, messages, o.chairman_temperature, o)}, {})
            run = self._st().find(3, model)
            if run is not None and run.done:
                source: SynthesisSource = "chairman" if model == spec.chairman else "fallback_member"
                notice = None
                if source == "fallback_member":
                    notice = (f"The chairman {spec.chairman} failed ({failures[0]}); {model}, {how}, wrote the "
                              "synthesis instead.")
                synthesis = Synthesis(chairman=spec.chairman, model=model, text=run.text, source=source,
                                      notice=notice, duration_ms=run.duration_ms, token_count=run.token_count,
                                      exact_tokens=run.exact_tokens, cost=run.cost)
                break
            failures.append((run.error if run else None) or "unknown error")
        if synthesis is None:
            notice = (f"The chairman {spec.chairman} failed ({failures[0]})"
                      + (f" and so did {best.model} ({failures[1]})" if len(failures) > 1 else "")
                      + f"; the final answer is {best.model}'s own answer, {how}.")
            synthesis = Synthesis(chairman=spec.chairman, model=best.model, text=best.text, source="best_answer",
                                  notice=notice)
        s = self._st().stage_state(3)
        self._emit(StageComplete(3, synthesis=synthesis, errors=tuple(m.to_dict() for m in s.stopped()),
                                 notice=shortened))

    # -- members -------------------------------------------------------------------------------------------
    @staticmethod
    def _request(model: str, messages: tuple[dict[str, str], ...], temperature: float,
                 o: CouncilOptions) -> ChatRequest:
        return ChatRequest(model=model, messages=messages, max_tokens=o.max_tokens, temperature=temperature,
                           first_token_timeout=o.first_token_timeout, total_timeout=o.total_timeout)

    async def _run_stage(self, stage: int, request: Mapping[str, ChatRequest],
                         label_maps: Mapping[str, Mapping[str, str]], *, quorum: int | None = None,
                         deadline: float | None = None) -> str | None:
        """Run the members of one stage in parallel; returns why it ended early (None: everyone finished)."""
        self._stage = stage
        if self._budget is not None:
            for m, r in request.items():
                self._asked_tokens[(stage, m)] = context.estimate_prompt_tokens(r.messages)
        loop = asyncio.get_running_loop()
        end = self._end_stage = asyncio.Event()
        self._end_reason = None
        tasks = [loop.create_task(self._member(stage, m, r, label_maps.get(m, {})), name=f"{stage}:{m}")
                 for m, r in request.items()]
        for m, t in zip(request, tasks, strict=True):
            self._tasks[(stage, m)] = t
        deadline_at = None if deadline is None else loop.time() + deadline
        reason: str | None = None
        try:
            while any(not t.done() for t in tasks):
                waiter = loop.create_task(end.wait())
                timeout = None if deadline_at is None else max(0.0, deadline_at - loop.time())
                try:
                    await asyncio.wait([*(t for t in tasks if not t.done()), waiter], timeout=timeout,
                                       return_when=asyncio.FIRST_COMPLETED)
                finally:
                    waiter.cancel()
                done = len(self._st().stage_state(stage).done())
                if end.is_set() or self._over_budget is not None:
                    reason = self._end_reason or self._over_budget or "ended early"
                elif quorum is not None and done >= quorum and quorum < len(tasks):
                    reason = f"a quorum of {quorum} finished"
                elif deadline_at is not None and loop.time() >= deadline_at and done:
                    reason = f"the stage deadline of {deadline:g} s passed"
                if reason is not None:
                    break
        except asyncio.CancelledError:
            await self._stop(stage, tasks, request, "cancelled", "Cancelled.")
            raise
        finally:
            self._end_stage = None
        if reason is not None:
            await self._stop(stage, tasks, request, "cancelled", f"Stopped: the stage ended early ({reason}).")
        for t in tasks:  # a bug in a member's code ends the run loudly
            if t.done() and not t.cancelled() and t.exception() is not None:
                raise t.exception()  # type: ignore[misc]
        return reason

    async def _stop(self, stage: int, tasks: list[asyncio.Task[None]], request: Mapping[str, ChatRequest],
                    status: EndedStatus, message: str) -> None:
        for m, t in zip(request, tasks, strict=True):
            if not t.done():
                self._stopped.setdefault((stage, m), (status, message))
                t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _member(self, stage: int, model: str, request: ChatRequest, label_map: Mapping[str, str]) -> None:
        self._emit(ModelStart(stage, model, dict(label_map), request.first_token_timeout))
        loop = asyncio.get_running_loop()
        started = self._clock()
        sent: float | None = None
        first: float | None = None
        count = 0
        reasoning_count = 0
        text: list[str] = []
        reasoning: list[str] = []
        pending_text: list[str] = []
        pending_reasoning: list[str] = []
        last_flush = -math.inf
        timer: asyncio.TimerHandle | None = None
        counted: Literal["generating", "thinking"] | None = None  # the status of a live count not sent yet

        def flush() -> None:
            nonlocal last_flush, timer, counted
            if timer is not None:
                timer.cancel()
                timer = None
            last_flush = self._clock()
            if pending_text or pending_reasoning:
                delta = ModelDelta(stage, model, "".join(pending_text), "".join(pending_reasoning))
                pending_text.clear()
                pending_reasoning.clear()
                self._emit(delta)
            if counted is not None:  # the live count, at the deltas' pace (a reducer step per chunk was the
                # engine's biggest cost while 16 members stream, and no surface shows more than a few a second)
                self._emit(ModelProgress(stage, model, count, counted, reasoning_tokens=reasoning_count))
                counted = None

        def on_update(u: ChatUpdate) -> None:
            nonlocal sent, first, count, reasoning_count, timer, counted
            if u.kind == "queued":
                self._emit(ModelProgress(stage, model, count, "queued", ahead=getattr(u, "ahead", None),
                                         message="Waiting for a free slot at its provider."))
            elif u.kind == "sent":
                if sent is None:
                    sent = self._clock()
                self._emit(ModelProgress(stage, model, count, "waiting"))
            elif u.kind == "retrying":
                self._emit(ModelProgress(stage, model, count, "retrying", retry_in=u.retry_in, message=u.message))
            elif u.kind in ("token", "thinking"):
                if first is None:
                    first = self._clock()
                count = max(count, u.token_count)
                if u.kind == "token":
                    text.append(u.text)
                    pending_text.append(u.text)
                else:
                    reasoning_count += 1
                    reasoning.append(u.text)
                    pending_reasoning.append(u.text)
                counted = "generating" if u.kind == "token" else "thinking"
                wait = last_flush + self._delta_interval - self._clock()
                if wait <= 0:
                    flush()
                elif timer is None:
                    timer = loop.call_later(wait, flush)

        def timing() -> dict[str, int | None]:
            t_sent = sent if sent is not None else started
            return {"duration_ms": self._ms(t_sent), "queue_ms": round((t_sent - started) * 1000),
                    "ttft_ms": None if first is None else round((first - t_sent) * 1000)}

        try:
            request = await context.fit_request(self._backend, request, stage=stage)
            completion = await self._backend.chat(request, on_update)
        except ProviderError as e:
            flush()
            self._fail(stage, model, "failed", e.message, e.kind, e.status_code, count, "".join(text),
                       "".join(reasoning), timing())
            return
        except asyncio.CancelledError:
            flush()
            status, message = self._stopped.get((stage, model), ("cancelled", "Cancelled."))
            self._fail(stage, model, status, message, "cancelled", None, count, "".join(text), "".join(reasoning),
                       timing())
            if (stage, model) in self._stopped:
                return  # skipped, or the stage ended early: the council goes on
            raise
        finally:
            if timer is not None:
                timer.cancel()
        flush()
        self._complete(stage, model, completion, "".join(text), "".join(reasoning), reasoning_count, timing(),
                       label_map)

    def _complete(self, stage: int, model: str, completion: ChatCompletion, streamed: str, streamed_reasoning: str,
                  reasoning_count: int, timing: dict[str, int | None], label_map: Mapping[str, str]) -> None:
        final = completion.text
        if final != streamed:
            if final.startswith(streamed):  # e.g. a body that was not streamed: say the rest as one delta
                self._emit(ModelDelta(stage, model, final[len(streamed):]))
            else:  # the deltas are what listeners saw: they stay the truth
                log.warning("stage %d: %s: completion text differs from the streamed text; keeping the streamed",
                            stage, model)
                final = streamed
        review = None
        if stage == 2:
            from council_desktop.council import ranking

            parsed = ranking.parse_ranking(final, list(label_map), instructions=self._scaffold)
            review = Review(label_map=dict(label_map), parsed_ranking=tuple(parsed.labels),
                            ranking_models=tuple(ranking.to_models(parsed.labels, label_map)),
                            parse_status=parsed.status, parse_reason=parsed.reason)
        reasoning = streamed_reasoning or completion.reasoning
        log.info("stage %d: %s done in %s ms, %d tokens", stage, model, timing["duration_ms"],
                 completion.token_count)
        self._emit(ModelComplete(stage, model, timing["duration_ms"], completion.token_count, completion.cost,
                                 completion.exact_tokens, final, review, reasoning, reasoning_count,
                                 timing["queue_ms"], timing["ttft_ms"], citations=_citations(completion),
                                 note=_note(completion)))

    def _fail(self, stage: int, model: str, status: EndedStatus, message: str, kind: str, status_code: int | None,
              count: int, partial: str, reasoning: str, timing: dict[str, int | None]) -> None:
        # Every error sentence that is shown, stored or exported passes the one redaction function.
        message = redact(message)
        # INFO, not WARNING: a member's failure is data the user already sees (row, event); the log keeps it.
        log.info("stage %d: %s %s (%s): %s", stage, model, status, kind, message)
        self._emit(ModelError(stage, model, message, kind, status_code, timing["duration_ms"], count, status,
                              partial, reasoning, timing["queue_ms"], timing["ttft_ms"]))

    def _ms(self, since: float) -> int:
        return round((self._clock() - since) * 1000)


MAX_CITATIONS = 50


def _citations(completion: ChatCompletion) -> tuple[Citation, ...]:
    """The web sources a completion cited (``extra["citations"]``: dicts with url/title), http(s) only."""
    raw = completion.extra.get("citations")
    out: list[Citation] = []
    seen: set[str] = set()
    for c in raw if isinstance(raw, list | tuple) else ():
        url = c.get("url") if isinstance(c, dict) else None
        if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        title = c.get("title")
        out.append(Citation(url[:2000], title[:300] if isinstance(title, str) else ""))
        if len(out) >= MAX_CITATIONS:
            break
    return tuple(out)


def _note(completion: ChatCompletion) -> str | None:
    note = completion.extra.get("note")
    return note[:300] if isinstance(note, str) and note else None


def options_from(settings: Mapping[str, Any]) -> CouncilOptions:
    """A past run's options (its ``settings``), for a re-run or a follow-up; unknown or bad values fall back."""
    base = CouncilOptions()
    known = {k: v for k, v in settings.items() if k in CouncilOptions.__dataclass_fields__}
    try:
        return replace(base, **known)
    except TypeError:
        return base


def turn_answer(state: RunState) -> str | None:
    """What a run answered, as a conversation turn: the final answer, else its only (or first) answer."""
    if state.synthesis is not None:
        return state.synthesis.text
    answers = state.answers()
    return answers[0].text if answers else None


def _ended(m: MemberState) -> EndedStatus:
    return "skipped" if m.status is MemberStatus.SKIPPED else (
        "cancelled" if m.status is MemberStatus.CANCELLED else "failed")


class _OverBudget(Exception):
    """The next stage could cost more than the budget has left: the run stops with what it has."""


def _ended_notice(stage: int, reason: str | None) -> str | None:
    if reason is None:
        return None
    return f"{STAGE_NAMES[stage]} ended early: {reason}; the members still working were stopped (their text kept)."


def _join(a: str | None, b: str) -> str:
    return f"{a} {b}" if a else b


def _best_member(state: RunState, answers: list[MemberState]) -> tuple[MemberState, bool]:
    """The best-ranked member that answered, and True; or the first that answered and False (no ranking)."""
    by_model = {a.model: a for a in answers}
    for entry in state.aggregate:
        if entry.votes and entry.model in by_model:
            return by_model[entry.model], True
    return answers[0], False


def _no_answer_message(runs: Sequence[MemberState]) -> str:
    kinds = {r.kind for r in runs}
    first = runs[0].error if runs else None
    if kinds == {"auth"}:
        return f"No council member answered: the API key was rejected ({first})"
    if kinds == {"credits"}:
        return f"No council member answered: the account is out of credits ({first})"
    details = "; ".join(f"{r.model}: {r.error}" for r in runs)
    return f"No council member answered, so the council cannot go on. {details}"


__all__ = ["DELTA_INTERVAL", "STAGE_NAMES", "Council", "CouncilOptions", "Listener", "RunSpec", "SpecError",
           "options_from", "turn_answer"]
