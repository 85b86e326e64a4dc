"""The council in force, above the run: preset (switched in one step), members and chairman with their prices,
the mode, web search — and an override ("Ask again" with a past run's council) that ends visibly with its ✕.

Prices are per million tokens (prompt / completion) from OpenRouter's cached model list; ``MODEL@PROVIDER`` ids
run on the user's own server and read "local". The bar only shows the :class:`CouncilSelection` and forwards
what the user picks; saving a picked preset is the window's business (``preset_picked``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from council_desktop.council.estimate import Price
from council_desktop.providers.openrouter_api import ModelCatalog, context_lengths_of, prices_of
from council_desktop.providers.registry import parse_member
from council_desktop.storage.settings import Settings
from council_desktop.ui.council_selection import CouncilSelection, mode_text
from council_desktop.ui.elided_label import ElidedLabel
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.model_picker import price_per_million
from council_desktop.ui.safe_text import plain, tooltip

SETTINGS_ITEM = QT_TRANSLATE_NOOP("CouncilBar", "Your settings' council")
MODES = ("full", "review", "answers")


class BudgetPrices(Mapping[str, Price | None]):
    """OpenRouter's prices, and "unknown" (None) for every model of a provider that holds a key (a hosted service
    whose prices are not known) — what ``ask`` gives the budget cap, for members not known in advance."""

    def __init__(self, book: dict[str, Price], keyed: frozenset[str]) -> None:
        self._book = book
        self._keyed = keyed

    def _keyed_member(self, model: str) -> bool:
        provider = parse_member(model)[1]
        return bool(provider) and provider in self._keyed

    def __getitem__(self, model: str) -> Price | None:
        if self._keyed_member(model):
            return None
        return self._book[model]

    def __contains__(self, model: object) -> bool:
        return isinstance(model, str) and (self._keyed_member(model) or model in self._book)

    def __iter__(self) -> Iterator[str]:
        return iter(self._book)

    def __len__(self) -> int:
        return len(self._book)


class PriceBook:
    """Prices per model id from the cached model list, read again only when the cache file changed."""

    def __init__(self, catalog: ModelCatalog) -> None:
        self._catalog = catalog
        self._stamp: tuple[float, int] | None = None
        self._prices: dict[str, dict[str, Any]] = {}
        self._book: dict[str, Price] = {}
        self._context: dict[str, int] = {}

    def _load(self) -> None:
        try:
            st = os.stat(self._catalog.cache_file)
            stamp: tuple[float, int] | None = (st.st_mtime, st.st_size)
        except OSError:
            stamp = None
        if stamp != self._stamp or stamp is None:
            self._stamp = stamp
            models = self._catalog.load_cached()
            self._prices = {m["id"]: dict(m.get("pricing") or {}) for m in models}
            self._book = prices_of(models)
            self._context = context_lengths_of(models)

    def estimate_prices(self, models: Iterable[str], settings: Settings) -> dict[str, Price | None]:
        """The price book of an estimate (as ``ask --estimate`` makes it): OpenRouter's prices, and None for a
        member of a provider that holds a key (a hosted service whose prices are not known)."""
        self._load()
        prices: dict[str, Price | None] = dict(self._book)
        for m in models:
            provider = parse_member(m)[1]
            config = settings.provider(provider) if provider else None
            if config is not None and config.has_key:
                prices[m] = None
        return prices

    def budget_prices(self, settings: Settings) -> BudgetPrices:
        """The prices the budget cap of a run counts with (``Council(prices=...)``), for any member."""
        self._load()
        keyed = {p.name for p in settings.providers if p.has_key}
        return BudgetPrices(dict(self._book), frozenset(keyed))

    def context_lengths(self) -> dict[str, int]:
        self._load()
        return dict(self._context)

    def pricing(self, model: str) -> dict[str, Any] | None:
        """OpenRouter's pricing of ``model`` (USD per token, as strings), or None when the list lacks it."""
        self._load()
        return self._prices.get(model)

    def text(self, model: str) -> str:
        """``$0.15 / $0.60``, ``local``, ``free`` or ``price unknown``: in / out per million tokens."""
        if "@" in model:
            return QCoreApplication.translate("CouncilBar", "local")
        p = self.pricing(model)
        if not p:
            return QCoreApplication.translate("CouncilBar", "price unknown")
        prompt, completion = price_per_million(p, "prompt"), price_per_million(p, "completion")
        if prompt == completion == "free":
            return QCoreApplication.translate("CouncilBar", "free")
        return f"{prompt} / {completion}"


def council_line(members: tuple[str, ...], chairman: str, prices: PriceBook, mode: str) -> str:
    """``a/x ($1.00 / $2.00) · b/y (local) — chairman c/z ($3.00 / $15.00)``."""
    line = " · ".join(f"{m} ({prices.text(m)})" for m in members)
    if mode == "full":
        line = QCoreApplication.translate("CouncilBar", "{members} — chairman {chairman} ({price})").format(
            members=line, chairman=chairman, price=prices.text(chairman))
    return line


MODE_SHORT = {"full": QT_TRANSLATE_NOOP("CouncilBar", "Full council"),
              "review": QT_TRANSLATE_NOOP("CouncilBar", "Answers + review"),
              "answers": QT_TRANSLATE_NOOP("CouncilBar", "Answers only")}


class CouncilBar(QWidget):
    """Preset, mode and web search in one row; the council with its prices under it; an override row with ✕.

    Signals:
        preset_picked(object): the user picked a preset name (str), or None for the settings' own council.
        manage_requested(): "Presets…" was clicked (manage, edit prompts, import, export).
    """

    preset_picked = Signal(object)
    manage_requested = Signal()

    def __init__(self, selection: CouncilSelection, prices: PriceBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.prices = prices
        self._settings: Settings | None = None
        self._setup_ui()
        self.preset_combo.activated.connect(self._on_preset_combo_activated)
        self.mode_combo.activated.connect(self._on_mode_combo_activated)
        self.web_check.toggled.connect(self._on_web_check_toggled)
        self.back_button.clicked.connect(lambda: self.selection.use_council(None))
        self.manage_button.clicked.connect(self.manage_requested)
        selection.changed.connect(self.refresh)

    def _setup_ui(self) -> None:
        self.setAccessibleName(self.tr("Council in force"))
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Council preset"))
        self.preset_combo.setToolTip(self.tr("The council the next run asks: one of your presets, a starter, or the "
                                             "council in Settings"))
        # Sized to a short name, not the longest one: the bar never widens the window (large text, 1024 px).
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(14)
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(self.tr("Mode"))
        shorts = {mode: QCoreApplication.translate("CouncilBar", word) for mode, word in MODE_SHORT.items()}
        for mode in MODES:  # short words in the bar (it must fit 1024 px at large text); the long ones as tips
            words = mode_text(mode)
            self.mode_combo.addItem(shorts.get(mode, words), mode)
            self.mode_combo.setItemData(self.mode_combo.count() - 1, words, Qt.ItemDataRole.ToolTipRole)
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode_combo.setMinimumContentsLength(max(len(w) for w in shorts.values()))
        self.mode_combo.setToolTip(self.tr("Which stages run: the answers only, answers and peer review, or the full "
                                           "council with the chairman's synthesis"))
        self.web_check = QCheckBox(self.tr("Web search"))
        self.web_check.setAccessibleName(self.tr("Web search for this run"))
        self.web_check.setToolTip(self.tr("Members search the web where their provider can (OpenRouter's web "
                                          "plugin); their cited sources are shown under the answer. Costs extra."))
        self.manage_button = QPushButton(self.tr("Presets…"))
        self.manage_button.setAccessibleName(self.tr("Manage presets"))
        self.manage_button.setToolTip(self.tr("Save the current council as a preset, rename, delete, edit its "
                                              "prompts, import or export presets"))
        self.estimate = plain(QLabel())  # filled by the cost estimate when it is available
        self.estimate.setAccessibleName(self.tr("Cost estimate"))
        self.estimate.hide()
        top = self.top_row = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Council:"))
        label.setBuddy(self.preset_combo)
        top.addWidget(label)
        top.addWidget(self.preset_combo)
        top.addWidget(self.mode_combo)
        top.addWidget(self.web_check)
        top.addWidget(self.manage_button)
        top.addStretch(1)
        top.addWidget(self.estimate)
        # One line, cut with "…" when narrow (the whole list is its text and tooltip): the answers keep the room.
        self.members_label = ElidedLabel()
        self.members_label.setAccessibleName(self.tr("Council members and prices"))
        self.members_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.override_label = plain(QLabel())
        self.override_label.setAccessibleName(self.tr("Council override"))
        self.override_label.setWordWrap(True)
        self.back_button = QToolButton()
        self.back_button.setAccessibleName(self.tr("End the override"))
        self.override_row = QWidget()
        orow = QHBoxLayout(self.override_row)
        orow.setContentsMargins(0, 0, 0, 0)
        orow.addWidget(self.override_label, 1)
        orow.addWidget(self.back_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        # The members line, cut with "…", leaves room at its end for the cost estimate (the window adds it there):
        # the top row stays within 1024 px at 150 % text in the longest languages.
        members = self.members_row = QHBoxLayout()
        members.setContentsMargins(0, 0, 0, 0)
        members.addWidget(self.members_label, 1)
        lay.addLayout(top)
        lay.addWidget(self.override_row)
        lay.addLayout(members)
        self.override_row.hide()

    # -- showing -------------------------------------------------------------------------------------------
    def set_settings(self, settings: Settings) -> None:
        """The settings in force changed (saved, or a preset picked): list their presets again."""
        self._settings = settings
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItem(QCoreApplication.translate("CouncilBar", SETTINGS_ITEM), None)
        for p in settings.all_presets():
            self.preset_combo.addItem(self.tr("{name} (starter)").format(name=p.name) if p.starter else p.name, p.name)
            i = self.preset_combo.count() - 1
            self.preset_combo.setItemData(i, tooltip(p.description or ", ".join(p.members)),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        sel = self.selection
        preset = sel.preset()
        index = self.preset_combo.findData(preset.name if preset is not None else None)
        if index >= 0 and index != self.preset_combo.currentIndex():
            self.preset_combo.setCurrentIndex(index)
        mode_index = self.mode_combo.findData(sel.mode())
        if mode_index != self.mode_combo.currentIndex():
            self.mode_combo.setCurrentIndex(mode_index)
        if self.web_check.isChecked() != sel.web_search():
            self.web_check.blockSignals(True)
            self.web_check.setChecked(sel.web_search())
            self.web_check.blockSignals(False)
        c = sel.council()
        text = council_line(c.members, c.chairman, self.prices, sel.mode())
        self.members_label.setText(self.tr("{council}   (prices in / out per million tokens)").format(council=text))
        chairman = self.tr("chairman {chairman}: {price}").format(chairman=c.chairman,
                                                                  price=self.prices.text(c.chairman))
        self.members_label.setToolTip(tooltip("\n".join(
            [f"{m}: {self.prices.text(m)}" for m in c.members] + ([chairman] if sel.mode() == "full" else []))))
        override = sel.override
        if override is not None:
            self.override_label.setText(self.tr("Using the council of {source} (not {name}).").format(
                source=override.source, name=sel.base_name()))
            # no mnemonic: a name's "&" stays an "&"
            self.back_button.setText(self.tr("✕ Back to {name}").format(name=sel.base_name()).replace("&", "&&"))
            self.back_button.setToolTip(self.tr("Run the next councils with {name} again").format(name=sel.base_name()))
        self.override_row.setVisible(override is not None)

    def set_estimate(self, text: str, tip: str = "") -> None:
        self.estimate.setText(text)
        self.estimate.setToolTip(tooltip(tip))
        self.estimate.setVisible(bool(text))

    # -- slots ---------------------------------------------------------------------------------------------
    def _on_preset_combo_activated(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        current = self.selection.preset()
        if name != (current.name if current is not None else None) or self.selection.override is not None:
            self.preset_picked.emit(name)

    def _on_mode_combo_activated(self, index: int) -> None:
        self.selection.set_mode(self.mode_combo.itemData(index))

    def _on_web_check_toggled(self, on: bool) -> None:
        self.selection.set_web_search(on)
