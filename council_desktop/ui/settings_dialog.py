"""The settings dialog: key, council, extra providers, timeouts and temperatures. Saves without touching a file
by hand: settings through :class:`SettingsStore`, keys through :class:`KeyStore` (the OS keyring)."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from council_desktop.council.text import key_problem
from council_desktop.storage.keystore import KeyStore
from council_desktop.storage.settings import APPEARANCES, TEXT_SCALES, Settings, SettingsStore
from council_desktop.ui.appearance import APPEARANCE_WORDS, RelativeFont, apply_appearance
from council_desktop.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SYSTEM, choose_language
from council_desktop.ui.key_page import KeyPage
from council_desktop.ui.members_page import MembersPage
from council_desktop.ui.openrouter_service import OpenRouterService
from council_desktop.ui.providers_page import ProvidersPage
from council_desktop.ui.safe_text import plain

log = logging.getLogger(__name__)

KEY_TAB, COUNCIL_TAB, PROVIDERS_TAB, TUNING_TAB, APPEARANCE_TAB = range(5)

# What each knob does, said where it is set (also its tooltip and accessible description). Translated where shown.
HELP: dict[str, str] = {
    "first_token_timeout": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "How long a model may take to start answering once its request is sent (waiting in a local server's queue "
        "does not count). A model silent for this long is stopped and counted as failed."),
    "total_timeout": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "The most one whole answer may take. Long, careful answers and slow local models need more."),
    "temperature": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "How adventurous the members' answers are: 0 is the most predictable, around 0.7 the usual, above 1 "
        "erratic."),
    "review_temperature": QT_TRANSLATE_NOOP(
        "SettingsDialog", "For the peer reviews: a low value keeps the rankings consistent and easy to read."),
    "chairman_temperature": QT_TRANSLATE_NOOP("SettingsDialog", "For the chairman's final answer."),
    "max_tokens": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "The longest answer a model may write (a token is about three quarters of a word). Paid models reserve "
        "credit for this many tokens per request; a local model's context must hold it and the question."),
    "quorum": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Stages 1 and 2 end as soon as this many members have finished; the others are stopped (their text is "
        "kept). “every member” waits for all."),
    "stage_deadline": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Stages 1 and 2 end this long after they started, with the members that have finished (if none has, with "
        "the first that does). “none”: no deadline."),
}


def help_label(text: str) -> QLabel:
    """A knob's explanation under it: small, muted, wrapped."""
    label = plain(QLabel(text))
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    RelativeFont(label, 0.9)
    return label


def with_help(field: QWidget, help_text: QLabel) -> QWidget:
    """A field with its explanation right under it (one form row)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 4)
    lay.setSpacing(2)
    lay.addWidget(field)
    lay.addWidget(help_text)
    return box


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
        self.setWindowTitle(self.tr("Settings — LLM Council"))
        self.setAccessibleName(self.tr("Settings"))
        self._fit_to_text()
        self._settings = settings
        self._store = store
        self._keys = key_store
        self.key_page = KeyPage(key_store, service, first_run=first_run)
        self.members_page = MembersPage(settings.members, settings.chairman, service,
                                        favourites=settings.favourite_models)
        self.providers_page = ProvidersPage(settings.providers, http=service.http if service is not None else None,
                                            saved_key=key_store.provider_key)
        self.providers_page.add_members.connect(self.members_page.add_members)
        self.tuning = QWidget()
        self._build_tuning(settings)
        self.appearance_page = AppearancePage(settings)
        self.language_notice: QMessageBox | None = None  # says a new language comes at the next start
        self.tabs = QTabWidget()
        self.tabs.addTab(self.key_page, self.tr("OpenRouter key"))
        self.tabs.addTab(self.members_page, self.tr("Council"))
        self.tabs.addTab(self.providers_page, self.tr("Providers"))
        self.tabs.addTab(self._scrolled(self.tuning), self.tr("Timeouts && temperatures"))
        self.tabs.addTab(self.appearance_page, self.tr("Appearance"))
        self.problem = plain(QLabel())
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Settings problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.rejected.connect(self.appearance_page.revert)
        if first_run:
            self.tabs.setCurrentIndex(KEY_TAB)
            self.key_page.key_edit.setFocus()

    def _fit_to_text(self) -> None:
        """Room for the pages at the text size in force (capped by the screen)."""
        fm = QFontMetrics(QApplication.font())
        width, height = max(760, fm.averageCharWidth() * 110), max(560, fm.height() * 30)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def _build_tuning(self, settings: Settings) -> None:
        form = QFormLayout(self.tuning)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_token_timeout = _spin(settings.first_token_timeout, 5, 3600, 5, 0, " s",
                                         self.tr("First-token timeout in seconds"))
        self.total_timeout = _spin(settings.total_timeout, 10, 7200, 30, 0, " s",
                                   self.tr("Total timeout in seconds"))
        self.temperature = _spin(settings.temperature, 0, 2, 0.1, 2, "", self.tr("Answer temperature"))
        self.review_temperature = _spin(settings.review_temperature, 0, 2, 0.1, 2, "",
                                        self.tr("Review temperature"))
        self.chairman_temperature = _spin(settings.chairman_temperature, 0, 2, 0.1, 2, "",
                                          self.tr("Chairman temperature"))
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(64, 200_000)
        self.max_tokens.setSingleStep(256)
        self.max_tokens.setValue(settings.max_tokens)
        self.max_tokens.setAccessibleName(self.tr("Maximum tokens per answer"))
        self.quorum = QSpinBox()
        self.quorum.setRange(0, 99)
        self.quorum.setSpecialValueText(self.tr("every member"))
        self.quorum.setSuffix(self.tr(" members"))
        self.quorum.setValue(settings.quorum or 0)
        self.quorum.setAccessibleName(self.tr("Quorum: a stage ends once this many members finished it"))
        self.stage_deadline = _spin(settings.stage_deadline or 0, 0, 3600, 10, 0, " s",
                                    self.tr("Stage deadline in seconds"))
        self.stage_deadline.setSpecialValueText(self.tr("none"))
        rows = ((self.tr("First token &within:"), "first_token_timeout"),
                (self.tr("Whole answer w&ithin:"), "total_timeout"),
                (self.tr("&Answer temperature (stage 1):"), "temperature"),
                (self.tr("Re&view temperature (stage 2):"), "review_temperature"),
                (self.tr("C&hairman temperature (stage 3):"), "chairman_temperature"),
                (self.tr("&Max tokens per answer:"), "max_tokens"),
                (self.tr("End a stage once this many &finished:"), "quorum"),
                (self.tr("End a stage a&fter:"), "stage_deadline"))
        self.help_labels: dict[str, QLabel] = {}
        for text, name in rows:
            box = getattr(self, name)
            explained = QCoreApplication.translate("SettingsDialog", HELP[name])
            box.setToolTip(explained)
            box.setAccessibleDescription(explained)
            label = QLabel(text)
            label.setBuddy(box)
            self.help_labels[name] = help_label(explained)
            form.addRow(label, with_help(box, self.help_labels[name]))
        self._add_power_rows(form, settings)
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
        self.reset_button.setAccessibleName(self.tr("Reset timeouts and temperatures to their defaults"))
        self.reset_button.setToolTip(self.tr("Put every value on this page back to its default (saved when you "
                                             "press Save)"))
        self.reset_button.clicked.connect(self.reset_tuning)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        form.addRow(row)

    def reset_tuning(self) -> None:
        """Every knob of the tuning page back to its default (not saved until Save)."""
        d = Settings()
        self.first_token_timeout.setValue(d.first_token_timeout)
        self.total_timeout.setValue(d.total_timeout)
        self.temperature.setValue(d.temperature)
        self.review_temperature.setValue(d.review_temperature)
        self.chairman_temperature.setValue(d.chairman_temperature)
        self.max_tokens.setValue(d.max_tokens)
        self.quorum.setValue(d.quorum or 0)
        self.stage_deadline.setValue(d.stage_deadline or 0)
        self.web_search.setChecked(d.web_search)
        self.budget.setValue(d.budget or 0)

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        """A page that scrolls when the window is small or the text large, instead of squeezing its rows."""
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def collect(self) -> tuple[Settings | None, list[str]]:
        """The settings as edited, or None and the problems that stop saving."""
        problems: list[str] = []
        members = self.members_page.members()
        chairman = self.members_page.chairman_id()
        if not members:
            problems.append(self.tr("Add at least one council member."))
        if not chairman:
            problems.append(self.tr("Choose a chairman."))
        providers, provider_problems = self.providers_page.values()
        problems += provider_problems
        names = {p.name for p in providers}
        for m in [*members, chairman]:
            if "@" in m and m.rpartition("@")[2] not in names:
                problems.append(self.tr("'{model}' names a provider that is not configured on the Providers "
                                        "page.").format(model=m))
        typed = self.key_page.typed_key()
        if typed and (problem := key_problem(typed)):
            problems.append(self.tr("OpenRouter key: {problem}").format(problem=problem))
        for name, staged in self.providers_page.staged_keys.items():
            if staged.strip() and (problem := key_problem(staged.strip())):
                problems.append(self.tr("Key of provider '{name}': {problem}").format(name=name, problem=problem))
        if problems:
            return None, problems
        new = dataclasses.replace(
            self._settings, members=tuple(members), chairman=chairman, providers=tuple(providers),
            first_token_timeout=self.first_token_timeout.value(), total_timeout=self.total_timeout.value(),
            temperature=self.temperature.value(), review_temperature=self.review_temperature.value(),
            chairman_temperature=self.chairman_temperature.value(), max_tokens=self.max_tokens.value(),
            quorum=self.quorum.value() or None, stage_deadline=self.stage_deadline.value() or None,
            appearance=self.appearance_page.appearance(), text_scale=self.appearance_page.text_scale(),
            language=self.appearance_page.language(), favourite_models=self.members_page.favourites(),
            **self._power_values())
        return new, []

    # -- web search and the budget cap (issue 12) ----------------------------------------------------------
    def _add_power_rows(self, form: QFormLayout, settings: Settings) -> None:
        self.web_search = QCheckBox(self.tr("Members search the web (where their provider can)"))
        self.web_search.setChecked(settings.web_search)
        self.web_search.setAccessibleName(self.tr("Web search by default"))
        self.web_search.setToolTip(self.tr("The default of the council bar's Web search toggle (OpenRouter's web "
                                           "plugin; it costs extra per request)"))
        form.addRow(self.tr("Web search:"), self.web_search)
        self.budget = _spin(settings.budget or 0, 0, 1_000_000, 0.05, 2, " USD", self.tr("Budget per run in USD"))
        self.budget.setSpecialValueText(self.tr("no cap"))
        self.budget.setToolTip(self.tr("A stage whose estimate would pass what is left is not started, and when the "
                                       "cost passes the cap every open request is stopped (its text kept); the run "
                                       "says why. “no cap”: no limit."))
        form.addRow(self.tr("Spend at most per run:"), self.budget)

    def _power_values(self) -> dict[str, Any]:
        return {"web_search": self.web_search.isChecked(), "budget": self.budget.value() or None}

    def save(self) -> None:
        settings, problems = self.collect()
        if settings is None:
            self.problem.setText(self.tr("✗ Not saved: {problems}").format(problems=" ".join(problems)))
            return
        try:
            self._store.save(settings)
        except OSError as e:
            self.problem.setText(self.tr("✗ The settings could not be written: {error}").format(error=e))
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
        language_changed = settings.language != self._settings.language
        self._settings = settings
        self.appearance_page.keep()
        self.settings_saved.emit(settings)
        self.accept()
        if language_changed:
            self._say_language_applies_at_next_start()

    def _say_language_applies_at_next_start(self) -> None:
        """A new language is not applied live (every widget would have to be built again): say when it is. Not
        modal, on the window the dialog belongs to (the dialog itself has just closed)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language — LLM Council"),
                          self.tr("The new language is used when LLM Council starts again."),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(self.tr("Language changes at the next start"))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.language_notice = box


class AppearancePage(QWidget):
    """Colours (follow the system, light, dark) and text size — shown live as they are chosen; Cancel puts the
    previous ones back, Save keeps them. The language is only saved: it changes when the app starts again."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = (settings.appearance, settings.text_scale)
        self.colours = QComboBox()
        self.colours.setAccessibleName(self.tr("Colours"))
        for value in APPEARANCES:
            self.colours.addItem(QCoreApplication.translate("appearance", APPEARANCE_WORDS[value]), value)
        self.colours.setCurrentIndex(max(0, self.colours.findData(settings.appearance)))
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SCALES:
            self.text_size.addItem(self.tr("{percent} % (the system's)").format(percent=scale) if scale == 100
                                   else self.tr("{percent} %").format(percent=scale), scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_scale)))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        system_name = LANGUAGES[choose_language(SYSTEM)]
        self.language_box.addItem(self.tr("Follow the system ({language})").format(language=system_name), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)  # each language by its own name: never translated
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        language_help = self.tr("The window's language. It changes when the app starts again; the command line "
                                "stays English.")
        self.language_box.setToolTip(language_help)
        self.language_box.setAccessibleDescription(language_help)
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
        self.reset_button.setAccessibleName(self.tr("Reset the appearance to its defaults"))
        form = QFormLayout(self)
        colours_label = QLabel(self.tr("&Colours:"))
        colours_label.setBuddy(self.colours)
        size_label = QLabel(self.tr("&Text size:"))
        size_label.setBuddy(self.text_size)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_box)
        form.addRow(colours_label, with_help(self.colours, help_label(
            self.tr("“Follow the system” switches with your desktop's light or dark mode."))))
        form.addRow(size_label, with_help(self.text_size, help_label(
            self.tr("The size of all the window's text. Ctrl+plus and Ctrl+minus zoom the answers alone."))))
        form.addRow(language_label, with_help(self.language_box, help_label(language_help)))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        form.addRow(row)
        self.colours.currentIndexChanged.connect(lambda _i: self._preview())
        self.text_size.currentIndexChanged.connect(lambda _i: self._preview())
        self.reset_button.clicked.connect(self.reset)

    def appearance(self) -> str:
        return str(self.colours.currentData())

    def text_scale(self) -> int:
        return int(self.text_size.currentData())

    def language(self) -> str:
        return str(self.language_box.currentData())

    def reset(self) -> None:
        d = Settings()
        self.colours.setCurrentIndex(self.colours.findData(d.appearance))
        self.text_size.setCurrentIndex(self.text_size.findData(d.text_scale))
        self.language_box.setCurrentIndex(self.language_box.findData(d.language))

    def _preview(self) -> None:
        apply_appearance(self.appearance(), self.text_scale())

    def keep(self) -> None:
        """Saved: what is shown now is the appearance in force."""
        self._saved = (self.appearance(), self.text_scale())

    def revert(self) -> None:
        """Cancelled: the appearance in force before the dialog opened comes back."""
        if (self.appearance(), self.text_scale()) != self._saved:
            apply_appearance(*self._saved)
