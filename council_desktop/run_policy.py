"""What "Run" means, written once for the window and ``ask``: which council is in force, whether it can start
(prompt, members, a key when OpenRouter is used), and which ids look unknown.

Each surface phrases a refusal its own way (a banner and the Settings dialog; a usage error and exit 2) from the
same :class:`RunRefused`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import field
from typing import Literal

from council_desktop.council.orchestrator import CouncilOptions, RunSpec, SpecError
from council_desktop.council.prompts import PromptSet
from council_desktop.council.records import dataclass
from council_desktop.council.vocab import Mode
from council_desktop.providers.registry import is_openrouter, needs_openrouter

__all__ = ["CouncilChoice", "RunPlan", "RunRefused", "check_spec", "plan_run", "unknown_members"]


@dataclass(frozen=True, slots=True)
class CouncilChoice:
    """The members and chairman a run uses, and where they come from (``settings`` or an override's name)."""

    members: tuple[str, ...]
    chairman: str
    source: str = "settings"


class RunRefused(Exception):
    """The run cannot start. ``reason``: ``spec`` (empty prompt, no members, bad options) or ``no_key``."""

    def __init__(self, message: str, reason: Literal["spec", "no_key"]) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RunPlan:
    """A run that may start: its spec, and ids that are not in the provider's model list (it runs anyway)."""

    spec: RunSpec
    unknown_ids: list[str] = field(default_factory=list)


def unknown_members(members: Iterable[str], known: Collection[str] | None) -> list[str]:
    """Ids not in OpenRouter's (cached) list: retired or mistyped. Local ``model@provider`` ids are not checked,
    and nothing is flagged while no list has been fetched."""
    if not known:
        return []
    out: list[str] = []
    for m in members:
        m = m.strip()
        if m and is_openrouter(m) and m not in known and m not in out:
            out.append(m)
    return out


def plan_run(prompt: str, council: CouncilChoice, options: CouncilOptions, *, has_openrouter_key: bool,
             known_ids: Collection[str] | None = None, mode: Mode = "full",
             prompts: PromptSet | None = None, preset: str | None = None) -> RunPlan:
    """Decide whether a council may start on ``prompt``; raises :class:`RunRefused` with the reason."""
    try:
        spec = RunSpec.create(prompt, council.members, council.chairman, options, mode=mode,
                              prompts=prompts or PromptSet(), preset=preset)
    except SpecError as e:
        raise RunRefused(str(e), "spec") from e
    return check_spec(spec, has_openrouter_key=has_openrouter_key, known_ids=known_ids)


def check_spec(spec: RunSpec, *, has_openrouter_key: bool, known_ids: Collection[str] | None = None) -> RunPlan:
    """The checks every run passes, also a re-run or a follow-up built from a past run."""
    asked = [*spec.members, spec.chairman] if spec.mode == "full" else list(spec.members)
    if needs_openrouter(asked, asked[0]) and not has_openrouter_key:
        raise RunRefused("No OpenRouter API key yet, and this council asks OpenRouter models.", "no_key")
    return RunPlan(spec, unknown_members(asked, known_ids))
