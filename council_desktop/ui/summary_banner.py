"""The run summary (wall time, tokens, cost) and clear banners for what went differently than planned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from council_desktop.council.state import MemberStatus, RunState
from council_desktop.ui import fmt
from council_desktop.ui.safe_text import plain

LEVEL_GLYPH = {"info": "ℹ", "warning": "⚠", "error": "✗", "ok": "✓"}
LEVEL_WORD = {"info": "Note", "warning": "Warning", "error": "Error", "ok": "Done"}


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def kept_text(record: RunState) -> str:
    """What a failed or cancelled run kept, in one sentence — partial text included: nothing written is lost."""
    parts = []
    answers, reviews = len(record.answers()), len(record.reviews())
    if answers:
        parts.append(f"{_n(answers, 'answer')} (stage 1)")
    if reviews:
        parts.append(f"{_n(reviews, 'review')} (stage 2)")
    if record.synthesis is not None:
        parts.append("the final answer")
    partial = [m for m in record.all_members() if m.text and not m.done]
    if partial:
        names = sorted({m.model for m in partial})
        shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
        parts.append(f"the partial text of {_n(len(partial), 'member')} ({shown})")
    return ("Kept: " + ", ".join(parts) + ".") if parts else "Nothing was kept."


def record_messages(record: RunState) -> list[tuple[str, str]]:
    """The banners a finished record calls for, as (level, text)."""
    msgs: list[tuple[str, str]] = []
    if record.degraded:
        msgs.append(("warning", "Degraded — the final answer is not the whole council's work: "
                                f"{'; '.join(record.degraded_reasons)}."))
    if record.status == "failed":
        msgs.append(("error", f"The run failed: {record.error or 'unknown error'} {kept_text(record)}"))
    elif record.status in ("cancelled", "interrupted"):
        what = "was cancelled" if record.status == "cancelled" else "was interrupted (the app closed mid-run)"
        msgs.append(("warning", f"The run {what}. {kept_text(record)}"))
    if record.stage2_skipped and record.stage2_notice:
        msgs.append(("warning", f"Stage 2 skipped — {record.stage2_notice}"))
    elif record.stage2_notice:
        msgs.append(("warning", record.stage2_notice))
    if record.synthesis is not None and record.synthesis.fallback and record.synthesis.notice:
        msgs.append(("warning", f"Chairman fallback — {record.synthesis.notice}"))
    shown = {t for _, t in msgs}
    for n in record.notices:
        if n != record.stage2_notice and (record.synthesis is None or n != record.synthesis.notice) \
                and n not in shown:
            msgs.append(("info", n))
    failed = [r for r in record.errors() if r.status is MemberStatus.FAILED]
    if failed and record.status == "complete":
        names = ", ".join(sorted({r.model for r in failed}))
        msgs.append(("info", f"{len(failed)} model request{'s' if len(failed) != 1 else ''} failed ({names}); "
                             "the council went on without them."))
    return msgs


class SummaryBanner(QFrame):
    """A totals line and a list of banners; hidden when there is nothing to say."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.totals = plain(QLabel())
        self.totals.setAccessibleName("Run summary")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.totals)
        self._labels: list[QLabel] = []
        self.messages: list[tuple[str, str]] = []
        self.totals.hide()
        self.hide()

    def _refresh(self) -> None:
        for lab in self._labels:
            self._layout.removeWidget(lab)
            lab.deleteLater()
        self._labels = []
        for level, text in self.messages:
            lab = QLabel(f"{LEVEL_GLYPH[level]} {LEVEL_WORD[level]}: {text}")
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setAccessibleName(f"{LEVEL_WORD[level]} banner")
            if level == "error":
                font = lab.font()
                font.setBold(True)
                lab.setFont(font)
            self._layout.addWidget(lab)
            self._labels.append(lab)
        self.setVisible(bool(self.messages) or self.totals.isVisibleTo(self))

    def clear(self) -> None:
        self.messages = []
        self.totals.clear()
        self.totals.hide()
        self._refresh()

    def text(self) -> str:
        """Everything the banner says (for tests and the accessible description)."""
        lines = [self.totals.text()] if self.totals.text() else []
        return "\n".join(lines + [lab.text() for lab in self._labels])

    def show_message(self, text: str, level: str = "info", *, replace: bool = True) -> None:
        if replace:
            self.messages = []
        if (level, text) not in self.messages:
            self.messages.append((level, text))
        self._refresh()

    def add_message(self, text: str, level: str = "info") -> None:
        self.show_message(text, level, replace=False)

    def remove_messages(self, prefix: str) -> None:
        """Drop the messages whose text starts with ``prefix`` (the totals stay)."""
        kept = [m for m in self.messages if not m[1].startswith(prefix)]
        if kept != self.messages:
            self.messages = kept
            self._refresh()

    def show_record(self, record: RunState, *, live: bool = False) -> None:
        """Totals and banners for a record (``live``: the run is still going; only notices so far)."""
        if live:
            self.totals.hide()
        else:
            self.totals.setText(fmt.run_totals(record))
            self.totals.show()
        self.messages = record_messages(record)
        self._refresh()
