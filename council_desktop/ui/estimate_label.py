"""Next to Run: what the next run will cost, as a low–high range from the cached model prices (no request made).

The range is :func:`council.estimate.estimate_run` for the council, mode, prompts, web search and ``max_tokens``
in force and the prompt typed so far; its tooltip says what each stage costs and what the ends assume (the same
text as ``ask --estimate``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from council_desktop.council import units
from council_desktop.council.estimate import RunEstimate
from council_desktop.estimate_cmd import describe
from council_desktop.ui.elided_label import ElidedLabel
from council_desktop.ui.safe_text import tooltip

range_text = units.usd_range


class EstimateLabel(ElidedLabel):
    """``Estimated cost: $0.0012 – $0.034`` on one line (``free`` for a local council), in the council bar's row;
    details in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # cut with "…" when narrow
        self.setAccessibleName(self.tr("Estimated cost of the next run"))
        self.estimate: RunEstimate | None = None

    def show_estimate(self, est: RunEstimate | None, *, budget: float | None = None) -> None:
        self.estimate = est
        if est is None:
            self.setText("")
            self.setToolTip("")
            return
        cost = self.tr("free") if est.high == 0 else range_text(est.low, est.high)
        tip = describe(est)  # the same text as the command line's ask --estimate (English)
        if budget is not None and (est.high is None or est.high > budget):
            text = self.tr("Estimated cost: {cost} · ⚠ may pass the budget").format(cost=cost)
            tip += "\n" + self.tr("Your budget per run is {budget}: the run stops before a stage that would pass "
                                  "it.").format(budget=units.usd(budget))
        else:
            text = self.tr("Estimated cost: {cost}").format(cost=cost)
        self.setText(text)
        self.setToolTip(tooltip(tip.rstrip()))
        self.setAccessibleDescription(text)
