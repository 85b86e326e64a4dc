"""What the window's Run, Cancel, Skip and "Synthesize now" mean — the run policy, apart from any widget.

Which council is in force (the settings, or a past run's council brought back by "Ask again"), whether a run may
start (:func:`run_policy.plan_run`: prompt, members, the key when OpenRouter is asked), and which ids look unknown
are decided here, with the same rules as ``ask``. The window only shows the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QCoreApplication

from council_desktop.council.orchestrator import RunSpec
from council_desktop.provider_setup import insecure_endpoints
from council_desktop.providers.openrouter_api import ModelCatalog
from council_desktop.providers.registry import needs_openrouter
from council_desktop.run_policy import CouncilChoice, RunPlan, RunRefused, check_spec, plan_run, unknown_members
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.settings import Settings
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.council_selection import CouncilSelection
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.runner import CouncilRunner

ALREADY_RUNNING = QT_TRANSLATE_NOOP("RunController", "A council is already running — Esc cancels it.")


def already_running_text() -> str:
    """:data:`ALREADY_RUNNING` in the window's language."""
    return QCoreApplication.translate("RunController", ALREADY_RUNNING)


@dataclass(frozen=True, slots=True)
class StartOutcome:
    """What pressing Run did: ``plan`` when the run started; else the ``refusal`` and its ``reason``.

    ``reason``: ``busy`` (a council is running; it is never pre-empted), ``spec`` (empty prompt, no members, bad
    options) or ``no_key`` (the council asks OpenRouter and there is no key).
    """

    plan: RunPlan | None = None
    refusal: str | None = None
    reason: Literal["busy", "spec", "no_key", "insecure"] | None = None
    unknown_ids: list[str] = field(default_factory=list)

    @property
    def started(self) -> bool:
        return self.plan is not None


class RunController:
    """Starts, stops and steers runs on a :class:`CouncilRunner` for the window.

    ``settings`` returns the settings in force (they change when the user saves the Settings dialog).
    """

    def __init__(self, runner: CouncilRunner, *, settings: Callable[[], Settings], key_store: KeyStore,
                 catalog: ModelCatalog) -> None:
        self.runner = runner
        self._settings = settings
        self._keys = key_store
        self._catalog = catalog
        self.selection = CouncilSelection(settings)  # preset, override, mode, web search: what Run uses
        # Asked before a key would travel over plain http:// to another machine; True lets the run go. The window
        # sets it (a confirm dialog); without one such a run is refused. Each URL is asked about once a session.
        self.confirm_insecure: Callable[[list[tuple[str, str]]], bool] | None = None
        self._trusted_http: set[str] = set()

    # -- the council in force ------------------------------------------------------------------------------
    def council(self) -> CouncilChoice:
        """The members and chairman the next run uses."""
        return self.selection.council()

    @property
    def override(self) -> CouncilChoice | None:
        return self.selection.override

    def use_council(self, members: tuple[str, ...] | None, chairman: str | None = None,
                    source: str = "a past run") -> CouncilChoice | None:
        """Run the next councils with these members and chairman instead of the preset's or the configured ones
        (None: back to them). Returns the override now in force (None when the preset or the settings are)."""
        return self.selection.use_council(members, chairman, source)

    def needs_openrouter(self) -> bool:
        c = self.council()
        return needs_openrouter(c.members, c.chairman)

    def needs_key(self) -> bool:
        """The council in force asks OpenRouter and there is no key."""
        return self.needs_openrouter() and not self._keys.openrouter_key()

    def unknown_ids(self) -> list[str]:
        """Ids of the council in force that are not in OpenRouter's cached model list."""
        c = self.council()
        return unknown_members([*c.members, c.chairman], self._catalog.known_ids())

    # -- Run / Cancel / Skip / Synthesize now ---------------------------------------------------------------
    def start(self, prompt: str) -> StartOutcome:
        """Start a council on ``prompt`` if the policy allows; a running council is never pre-empted."""
        if self.runner.is_running:
            return StartOutcome(refusal=already_running_text(), reason="busy")
        try:
            sel = self.selection
            plan = plan_run(prompt, self.council(), sel.options(), has_openrouter_key=bool(self._keys.openrouter_key()),
                            known_ids=self._catalog.known_ids(), mode=sel.mode(), prompts=sel.prompts(),
                            preset=_preset_name(sel))
        except RunRefused as e:
            return StartOutcome(refusal=core_text(e.message), reason=e.reason)
        return self._launch(plan)

    def _launch(self, plan: RunPlan) -> StartOutcome:
        spec = plan.spec
        insecure = [(name, url) for name, url in insecure_endpoints(self._settings(), [*spec.members, spec.chairman])
                    if url not in self._trusted_http]
        if insecure:
            if self.confirm_insecure is None or not self.confirm_insecure(insecure):
                where = "; ".join(QCoreApplication.translate("RunController", "{name} at {url}").format(
                    name=name, url=url) for name, url in insecure)
                refusal = QCoreApplication.translate(
                    "RunController", "Not started: the API key would travel unencrypted (plain http://) to {where}. "
                    "Use https://, or confirm to send it anyway.").format(where=where)
                return StartOutcome(refusal=refusal, reason="insecure")
            self._trusted_http.update(url for _name, url in insecure)
        self.runner.start(spec)
        return StartOutcome(plan=plan, unknown_ids=list(plan.unknown_ids))

    def start_spec(self, spec: RunSpec) -> StartOutcome:
        """Start a run built elsewhere (a re-run, a follow-up) after the checks every run passes."""
        if self.runner.is_running:
            return StartOutcome(refusal=already_running_text(), reason="busy")
        try:
            plan = check_spec(spec, has_openrouter_key=bool(self._keys.openrouter_key()),
                              known_ids=self._catalog.known_ids())
        except RunRefused as e:
            return StartOutcome(refusal=core_text(e.message), reason=e.reason)
        return self._launch(plan)

    def cancel(self) -> bool:
        """Cancel the running council (every stream closes, the text so far is kept)."""
        return self.runner.cancel()

    def skip(self, model: str) -> bool:
        """Drop one member from the current stage; the others go on."""
        return self.runner.skip(model)

    def can_synthesize_now(self) -> bool:
        return self.runner.can_end_stage()

    def synthesize_now(self) -> bool:
        """End the current stage with the members that finished; the rest are stopped and the council goes on."""
        return self.runner.end_stage()


def _preset_name(selection: CouncilSelection) -> str | None:
    """The preset a run comes from, unless an override replaced its council."""
    preset = selection.preset()
    return preset.name if preset is not None and selection.override is None else None
