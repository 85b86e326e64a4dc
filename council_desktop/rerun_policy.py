"""What "Retry this member", "Add a member", "Re-ask this reviewer", "New synthesis", "Follow up" and "Ask one
member" mean for a finished run — written once, apart from any widget, with the same rules as ``rerun`` and
``ask --follow-up`` (see :mod:`council_desktop.ask_cmd`).

Each function returns a :class:`RunPlan` (the spec and the unknown ids) or raises :class:`RunRefused` with a
sentence for a person. Nothing here asks anything: the runner does, and only the requests the spec needs.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from council_desktop.council.orchestrator import CouncilOptions, RunSpec, SpecError
from council_desktop.council.state import MemberState, RunState
from council_desktop.council.values import Redo
from council_desktop.council.vocab import Mode
from council_desktop.run_policy import RunPlan, RunRefused, check_spec

__all__ = ["MAX_THREAD", "ask_member", "can_follow_up", "can_resynthesize", "follow_up", "rerun", "retryable",
           "retryable_members", "reviewers", "thread_chain"]

MAX_THREAD = 500  # turns followed back through parent links (a guard against a cycle in an imported history)


def retryable(m: MemberState) -> bool:
    """A stage-1 member worth asking again: it failed, was skipped or cancelled (with or without partial text)."""
    return m.stage == 1 and m.status.finished and not m.done


def retryable_members(state: RunState) -> list[str]:
    return [m.model for m in state.stage1 if retryable(m)]


def reviewers(state: RunState) -> list[str]:
    """Every reviewer of the run (a parsed review may be asked again too)."""
    return [m.model for m in state.stage2] if 2 in state.stage_numbers else []


def can_resynthesize(state: RunState) -> bool:
    """A new synthesis needs a full-mode run with answers."""
    return 3 in state.stage_numbers and bool(state.answers())


def can_follow_up(state: RunState) -> bool:
    """A finished run with something to follow up on (a final answer or, without a synthesis, an answer)."""
    return state.status != "running" and bool(state.synthesis is not None or state.answers())


def _finished(parent: RunState) -> None:
    if parent.status == "running":
        raise RunRefused("This run is still running: re-run or follow up once it has finished.", "spec")


def rerun(parent: RunState, redo: Redo, *, has_openrouter_key: bool, known_ids: Collection[str] | None = None,
          options: CouncilOptions | None = None) -> RunPlan:
    """A run derived from ``parent``: ask again what ``redo`` names, reuse the rest (``RunSpec.derive``)."""
    _finished(parent)
    for m in redo.reviewers:
        if m not in reviewers(parent):
            raise RunRefused(f"{m} was not a reviewer in this run.", "spec")
    if redo.chairman is not None and 3 not in parent.stage_numbers:
        raise RunRefused("This run had no synthesis (its mode leaves it out).", "spec")
    try:
        spec = RunSpec.derive(parent, redo, options)
    except SpecError as e:
        raise RunRefused(str(e), "spec") from e
    return check_spec(spec, has_openrouter_key=has_openrouter_key, known_ids=known_ids)


def thread_chain(get: Callable[[str], RunState], run_id: str) -> list[RunState]:
    """The conversation a follow-up of ``run_id`` continues, oldest turn first, ending with that run.

    Walks ``parent`` links; a re-run stands in for the turn it re-ran (that one is left out); an earlier turn that
    was deleted ends the walk (``get`` raises ``KeyError``, which ``RunNotFound`` is)."""
    cur = get(run_id)
    chain = [cur]
    skip, parent = cur.redo is not None, cur.parent
    while parent and len(chain) < MAX_THREAD:
        try:
            p = get(parent)
        except KeyError:
            break
        if not skip:
            chain.append(p)
        skip, parent = p.redo is not None, p.parent
    chain.reverse()
    return chain


def follow_up(chain: Sequence[RunState], prompt: str, *, has_openrouter_key: bool,
              known_ids: Collection[str] | None = None, members: Sequence[str] | None = None,
              chairman: str | None = None, mode: Mode | None = None,
              options: CouncilOptions | None = None) -> RunPlan:
    """The next question of the conversation ``chain`` (oldest first, ending with the run it follows)."""
    if not chain:
        raise RunRefused("A follow-up needs the run it follows.", "spec")
    _finished(chain[-1])
    try:
        spec = RunSpec.follow_up(chain, prompt, members, chairman, options, mode)
    except SpecError as e:
        raise RunRefused(str(e), "spec") from e
    return check_spec(spec, has_openrouter_key=has_openrouter_key, known_ids=known_ids)


def ask_member(chain: Sequence[RunState], prompt: str, member: str, *, has_openrouter_key: bool,
               known_ids: Collection[str] | None = None, options: CouncilOptions | None = None) -> RunPlan:
    """One member answers the next question with the thread as context: no review, no synthesis."""
    return follow_up(chain, prompt, has_openrouter_key=has_openrouter_key, known_ids=known_ids, members=[member],
                     chairman=member, mode="answers", options=options)
