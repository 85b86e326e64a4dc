"""Which council the next run uses: a preset (or the settings' own council), an override, the mode, web search.

One place, read by Run (:class:`~council_desktop.ui.run_controller.RunController`) and shown by the council bar. An
override ("Ask again" brings a past run's council back) lasts until the user ends it (the bar's ✕), picks a
preset, or saves the settings: it is never silent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from council_desktop.council.orchestrator import CouncilOptions
from council_desktop.council.prompts import PromptSet
from council_desktop.council.vocab import Mode
from council_desktop.run_policy import CouncilChoice
from council_desktop.storage.presets import Preset
from council_desktop.storage.settings import Settings
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

# Shown translated: mode_text(mode), or QCoreApplication.translate("CouncilSelection", MODE_WORDS[mode]).
MODE_WORDS: dict[str, str] = {
    "full": QT_TRANSLATE_NOOP("CouncilSelection", "Full council (answers, review, synthesis)"),
    "review": QT_TRANSLATE_NOOP("CouncilSelection", "Answers and peer review"),
    "answers": QT_TRANSLATE_NOOP("CouncilSelection", "Answers only"),
}


def mode_text(mode: str) -> str:
    """A mode in words, in the window's language (an unknown mode as it is)."""
    return QCoreApplication.translate("CouncilSelection", MODE_WORDS[mode]) if mode in MODE_WORDS else mode


class CouncilSelection(QObject):
    """The council in force and the run's choices, from the settings in force (``settings()``).

    Signals:
        changed(): the council, the mode or web search in force changed (the bar and the estimate follow).
    """

    changed = Signal()

    def __init__(self, settings: Callable[[], Settings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._override: CouncilChoice | None = None
        self._mode: Mode | None = None  # None: the preset's mode (full without a preset)
        self._web: bool | None = None  # None: the settings' default

    # -- what is in force ----------------------------------------------------------------------------------
    def preset(self) -> Preset | None:
        """The preset in force (``Settings.preset``), or None: the settings' own council."""
        s = self._settings()
        return s.find_preset(s.preset) if s.preset else None

    def base_name(self) -> str:
        """What the council comes from when no override is in force, for a person."""
        p = self.preset()
        return self.tr("preset “{name}”").format(name=p.name) if p is not None else self.tr("your settings")

    def base_council(self) -> CouncilChoice:
        p = self.preset()
        if p is not None:
            return CouncilChoice(tuple(p.members), p.chairman, f"preset {p.name}")
        s = self._settings()
        return CouncilChoice(tuple(s.members), s.chairman)

    def council(self) -> CouncilChoice:
        """The members and chairman the next run uses."""
        return self._override if self._override is not None else self.base_council()

    @property
    def override(self) -> CouncilChoice | None:
        return self._override

    def mode(self) -> Mode:
        if self._mode is not None:
            return self._mode
        p = self.preset()
        return p.mode if p is not None else "full"

    def web_search(self) -> bool:
        return self._settings().web_search if self._web is None else self._web

    def prompts(self) -> PromptSet:
        p = self.preset()
        return p.prompt_set() if p is not None else PromptSet()

    def options(self) -> CouncilOptions:
        """The run's knobs: the settings (the budget cap among them), the preset's own knobs over them, and the
        web-search toggle."""
        s = self._settings()
        base = s.council_options(web_search=self.web_search())
        p = self.preset()
        return p.options(base) if p is not None else base

    # -- changing it ---------------------------------------------------------------------------------------
    def use_council(self, members: Sequence[str] | None, chairman: str | None = None,
                    source: str | None = None) -> CouncilChoice | None:
        """Use these members and chairman instead of the preset's (None: back to it). Returns the override now
        in force (None when the preset or the settings are). ``source``: where they come from, for a person
        (default: a past run)."""
        if source is None:
            source = self.tr("a past run")
        base = self.base_council()
        if members is None or (tuple(members) == base.members and (chairman or base.chairman) == base.chairman):
            new = None
        else:
            new = CouncilChoice(tuple(members), chairman or base.chairman, source)
        if new != self._override:
            self._override = new
            self.changed.emit()
        return self._override

    def set_mode(self, mode: Mode | None) -> None:
        """The mode of the next runs (None: the preset's)."""
        p = self.preset()
        if mode == (p.mode if p is not None else "full"):
            mode = None
        if mode != self._mode:
            self._mode = mode
            self.changed.emit()

    def set_web_search(self, on: bool | None) -> None:
        """Web search for the next runs (None: the settings' default)."""
        if on == self._settings().web_search:
            on = None
        if on != self._web:
            self._web = on
            self.changed.emit()

    def preset_changed(self) -> None:
        """A preset was picked (or the settings were saved): its mode comes into force and any override ends."""
        self._override = None
        self._mode = None
        self.changed.emit()

    def describe(self) -> dict[str, Any]:
        """What is in force, for a log line or a test."""
        c = self.council()
        return {"members": list(c.members), "chairman": c.chairman, "source": c.source, "mode": self.mode(),
                "web_search": self.web_search()}
