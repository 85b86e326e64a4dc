"""The words every surface shares: stages, run and stage statuses, parse statuses, synthesis sources.

Each vocabulary is written once, as a ``Literal`` with its meaning; tuples of its values are derived with
``typing.get_args`` where needed, never copied by hand. Member statuses are :class:`state.MemberStatus`; error
kinds are :data:`provider.ErrorKind`.
"""

from __future__ import annotations

from typing import Literal, get_args

STAGES = (1, 2, 3)
STAGE_NAMES = {1: "Independent answers", 2: "Peer review", 3: "Chairman synthesis"}

RunStatus = Literal["running", "complete", "failed", "cancelled", "interrupted"]
"""running: under way (or its process died, until the history notices); complete: a final answer exists;
failed: no final answer; cancelled: the user stopped it; interrupted: its process died mid-run."""
RUN_STATUSES: tuple[str, ...] = get_args(RunStatus)

StageStatus = Literal["pending", "running", "done", "skipped"]

Mode = Literal["full", "review", "answers"]
"""full: answers, peer review, synthesis; review: answers and peer review; answers: the answers side by side."""
MODE_STAGES: dict[str, tuple[int, ...]] = {"full": (1, 2, 3), "review": (1, 2), "answers": (1,)}

ParseStatus = Literal["ok", "partial", "failed"]
"""ok: a complete, unambiguous ranking; partial: an unambiguous ranking of some labels; failed: no ranking."""

SynthesisSource = Literal["chairman", "fallback_member", "best_answer"]
"""chairman: the chairman wrote it; fallback_member: another member did, the chairman failed;
best_answer: nobody could write one, the best answer stands in verbatim."""

ProgressStatus = Literal["queued", "waiting", "generating", "thinking", "retrying"]
"""What ``model_progress`` may say a member is doing (the live subset of ``MemberStatus``)."""

EndedStatus = Literal["failed", "skipped", "cancelled"]
"""How ``model_error`` says a member stopped."""

__all__ = ["MODE_STAGES", "RUN_STATUSES", "STAGES", "STAGE_NAMES", "EndedStatus", "Mode", "ParseStatus",
           "ProgressStatus", "RunStatus", "StageStatus", "SynthesisSource"]
