"""The settings dialog: key, council, extra providers, timeouts and temperatures. Saves without touching a file
by hand: settings through :class:`SettingsStore`, keys through :class:`KeyStore` (the OS keyring)."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from council_desktop.council.text import key_problem
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.settings import Settings, SettingsStore
from council_desktop.ui.key_page import KeyPage
from council_desktop.ui.members_page import MembersPage
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.providers_page import ProvidersPage
from council_desktop.ui.safe_text import plain

log = logging.getLogger(__name__)

KEY_TAB, COUNCIL_TAB, PROVIDERS_TAB, TUNING_TAB = range(4)


def _spin(value: float, lo: float, hi: float, step: float, decimals: int, suffix: str, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setValue(value)
    box.setAccessibleName(name)
    return box


class SettingsDialog(QDialog):
    """Signals:
    settings_saved(object): the new :class:`Settings` (already written to disk).
    key_saved(bool): a new OpenRouter key was stored; True if in the keyring, False if for this session only.
    """

    settings_saved = Signal(object)
    key_saved = Signal(bool)

    def __init__(self, settings: Settings, store: SettingsStore, key_store: KeyStore,
                 service: OpenRouterService | None = None, *, first_run: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings — LLM Council")
        self.setAccessibleName("Settings")
        self.resize(760, 560)
        self._settings = settings
        self._store = store
        self._keys = key_store
        self.key_page = KeyPage(key_store, service, first_run=first_run)
        self.members_page = MembersPage(settings.members, settings.chairman, service)
        self.providers_page = ProvidersPage(settings.providers, http=service.http if service is not None else None,
                                            saved_key=key_store.provider_key)
        self.providers_page.add_members.connect(self.members_page.add_members)
        self.tuning = QWidget()
        form = QFormLayout(self.tuning)
        self.first_token_timeout = _spin(settings.first_token_timeout, 5, 3600, 5, 0, " s",
                                         "First-token timeout in seconds")
        self.total_timeout = _spin(settings.total_timeout, 10, 7200, 30, 0, " s", "Total timeout in seconds")
        self.temperature = _spin(settings.temperature, 0, 2, 0.1, 2, "", "Answer temperature")
        self.review_temperature = _spin(settings.review_temperature, 0, 2, 0.1, 2, "", "Review temperature")
        self.chairman_temperature = _spin(settings.chairman_temperature, 0, 2, 0.1, 2, "", "Chairman temperature")
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(64, 200_000)
        self.max_tokens.setSingleStep(256)
        self.max_tokens.setValue(settings.max_tokens)
        self.max_tokens.setAccessibleName("Maximum tokens per answer")
        form.addRow("First token within:", self.first_token_timeout)
        form.addRow("Whole answer within:", self.total_timeout)
        form.addRow("Answer temperature (stage 1):", self.temperature)
        form.addRow("Review temperature (stage 2):", self.review_temperature)
        form.addRow("Chairman temperature (stage 3):", self.chairman_temperature)
        form.addRow("Max tokens per answer:", self.max_tokens)
        self.quorum = QSpinBox()
        self.quorum.setRange(0, 99)
        self.quorum.setSpecialValueText("every member")
        self.quorum.setSuffix(" members")
        self.quorum.setValue(settings.quorum or 0)
        self.quorum.setAccessibleName("Quorum: a stage ends once this many members finished it")
        self.quorum.setToolTip("Stages 1 and 2 end as soon as this many members have finished; the others are "
                               "stopped (their text is kept). “every member” waits for all.")
        self.stage_deadline = _spin(settings.stage_deadline or 0, 0, 3600, 10, 0, " s",
                                    "Stage deadline in seconds")
        self.stage_deadline.setSpecialValueText("none")
        self.stage_deadline.setToolTip("Stages 1 and 2 end this long after they started, with the members that "
                                       "have finished (if none has, with the first that does). “none”: no deadline.")
        form.addRow("End a stage once this many finished:", self.quorum)
        form.addRow("End a stage after:", self.stage_deadline)
        self._add_power_rows(form, settings)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.key_page, "OpenRouter key")
        self.tabs.addTab(self.members_page, "Council")
        self.tabs.addTab(self.providers_page, "Providers")
        self.tabs.addTab(self.tuning, "Timeouts && temperatures")
        self.problem = plain(QLabel())
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Settings problem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if first_run:
            self.tabs.setCurrentIndex(KEY_TAB)
            self.key_page.key_edit.setFocus()

    def collect(self) -> tuple[Settings | None, list[str]]:
        """The settings as edited, or None and the problems that stop saving."""
        problems: list[str] = []
        members = self.members_page.members()
        chairman = self.members_page.chairman_id()
        if not members:
            problems.append("Add at least one council member.")
        if not chairman:
            problems.append("Choose a chairman.")
        providers, provider_problems = self.providers_page.values()
        problems += provider_problems
        names = {p.name for p in providers}
        for m in [*members, chairman]:
            if "@" in m and m.rpartition("@")[2] not in names:
                problems.append(f"'{m}' names a provider that is not configured on the Providers page.")
        typed = self.key_page.typed_key()
        if typed and (problem := key_problem(typed)):
            problems.append(f"OpenRouter key: {problem}")
        for name, staged in self.providers_page.staged_keys.items():
            if staged.strip() and (problem := key_problem(staged.strip())):
                problems.append(f"Key of provider '{name}': {problem}")
        if problems:
            return None, problems
        new = dataclasses.replace(
            self._settings, members=tuple(members), chairman=chairman, providers=tuple(providers),
            first_token_timeout=self.first_token_timeout.value(), total_timeout=self.total_timeout.value(),
            temperature=self.temperature.value(), review_temperature=self.review_temperature.value(),
            chairman_temperature=self.chairman_temperature.value(), max_tokens=self.max_tokens.value(),
            quorum=self.quorum.value() or None, stage_deadline=self.stage_deadline.value() or None,
            **self._power_values())
        return new, []

    # -- web search and the budget cap (issue 12) ----------------------------------------------------------
    def _add_power_rows(self, form: QFormLayout, settings: Settings) -> None:
        self.web_search = QCheckBox("Members search the web (where their provider can)")
        self.web_search.setChecked(settings.web_search)
        self.web_search.setAccessibleName("Web search by default")
        self.web_search.setToolTip("The default of the council bar's Web search toggle (OpenRouter's web plugin; "
                                   "it costs extra per request)")
        form.addRow("Web search:", self.web_search)
        self.budget = _spin(settings.budget or 0, 0, 1_000_000, 0.05, 2, " USD", "Budget per run in USD")
        self.budget.setSpecialValueText("no cap")
        self.budget.setToolTip("A stage whose estimate would pass what is left is not started, and when the cost "
                               "passes the cap every open request is stopped (its text kept); the run says why. "
                               "“no cap”: no limit.")
        form.addRow("Spend at most per run:", self.budget)

    def _power_values(self) -> dict[str, Any]:
        return {"web_search": self.web_search.isChecked(), "budget": self.budget.value() or None}

    def save(self) -> None:
        settings, problems = self.collect()
        if settings is None:
            self.problem.setText("✗ Not saved: " + " ".join(problems))
            return
        try:
            self._store.save(settings)
        except OSError as e:
            self.problem.setText(f"✗ The settings could not be written: {e}")
            return
        for name, key in self.providers_page.staged_keys.items():
            if settings.provider(name) is not None:
                self._keys.set_provider_key(name, key)
        if self.key_page.remove_requested and not self.key_page.typed_key():
            self._keys.delete_openrouter_key()
        key = self.key_page.typed_key()
        if key:
            in_keyring = self._keys.set_openrouter_key(key)
            self.key_page.key_edit.clear()
            log.info("OpenRouter key saved (%s)", "keyring" if in_keyring else "session only")
            self.key_saved.emit(in_keyring)
        self._settings = settings
        self.settings_saved.emit(settings)
        self.accept()
