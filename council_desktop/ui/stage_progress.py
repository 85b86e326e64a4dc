"""Stage n/3 — name, and a progress bar that follows the stages and the members within them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from council_desktop.council.orchestrator import STAGE_NAMES
from council_desktop.ui.safe_text import plain

STEPS = 100  # per stage


class StageProgress(QWidget):
    """``Stage 2/3 — Peer review`` and a bar from 0 to 300 (100 per stage, shared among its members)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = 0
        self._members = 0
        self._ended = 0
        self._pending_value = 0
        # QProgressBar.setValue repaints at once when its percentage text changes (~0.3 ms here): when a dozen
        # members end in the same loop turn, one deferred update replaces a dozen synchronous repaints.
        self._bar_timer = QTimer(self)
        self._bar_timer.setSingleShot(True)
        self._bar_timer.setInterval(0)
        self._bar_timer.timeout.connect(self._apply_pending_value)
        self.label = plain(QLabel("Ready"))  # may show an imported run's status
        self.label.setAccessibleName("Stage")
        self.bar = QProgressBar()
        self.bar.setRange(0, 3 * STEPS)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName("Council progress")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.bar, 2)
        self._set_text("Ready")

    def _set_text(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)

    def reset(self, text: str = "Ready") -> None:
        self._bar_timer.stop()
        self.stage = 0
        self._members = self._ended = 0
        self.bar.setValue(0)
        self._set_text(text)

    def stage_started(self, stage: int, members: int) -> None:
        self.stage = stage
        self._members = members
        self._ended = 0
        self.bar.setValue((stage - 1) * STEPS)
        self._set_text(f"Stage {stage}/3 — {STAGE_NAMES.get(stage, '')}")

    def member_ended(self) -> None:
        """One member of the current stage finished or failed."""
        if self.stage == 0:
            return
        self._ended += 1
        share = min(1.0, self._ended / self._members) if self._members else 1.0
        self._pending_value = (self.stage - 1) * STEPS + round(share * (STEPS - 1))
        self._bar_timer.start()

    def _apply_pending_value(self) -> None:
        if self.stage and self._pending_value > self.bar.value():
            self.bar.setValue(self._pending_value)

    def stage_completed(self, stage: int) -> None:
        self.stage = stage
        self.bar.setValue(stage * STEPS)

    def finished(self, status: str) -> None:
        text = {"complete": "Done — the council has answered", "failed": "The run failed",
                "cancelled": "Cancelled", "interrupted": "Interrupted"}.get(status, status)
        if status == "complete":
            self.bar.setValue(3 * STEPS)
        self._set_text(text)
