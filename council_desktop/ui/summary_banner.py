"""The run summary (wall time, tokens, cost) and clear banners for what went differently than planned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from council_desktop.council.state import MemberStatus, RunState
from council_desktop.ui import fmt
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.safe_text import plain

LEVEL_GLYPH = {"info": "ℹ", "warning": "⚠", "error": "✗", "ok": "✓"}
LEVEL_WORD = {"info": QT_TRANSLATE_NOOP("SummaryBanner", "Note"),
              "warning": QT_TRANSLATE_NOOP("SummaryBanner", "Warning"),
              "error": QT_TRANSLATE_NOOP("SummaryBanner", "Error"),
              "ok": QT_TRANSLATE_NOOP("SummaryBanner", "Done")}
LEVEL_BANNER = {"info": QT_TRANSLATE_NOOP("SummaryBanner", "Note banner"),  # a banner's accessible name
                "warning": QT_TRANSLATE_NOOP("SummaryBanner", "Warning banner"),
                "error": QT_TRANSLATE_NOOP("SummaryBanner", "Error banner"),
                "ok": QT_TRANSLATE_NOOP("SummaryBanner", "Done banner")}


def kept_text(record: RunState) -> str:
    """What a failed or cancelled run kept, in one sentence — partial text included: nothing written is lost."""
    parts = []
    answers, reviews = len(record.answers()), len(record.reviews())
    if answers == 1:
        parts.append(QCoreApplication.translate("SummaryBanner", "{n} answer (stage 1)").format(n=answers))
    elif answers:
        parts.append(QCoreApplication.translate("SummaryBanner", "{n} answers (stage 1)").format(n=answers))
    if reviews == 1:
        parts.append(QCoreApplication.translate("SummaryBanner", "{n} review (stage 2)").format(n=reviews))
    elif reviews:
        parts.append(QCoreApplication.translate("SummaryBanner", "{n} reviews (stage 2)").format(n=reviews))
    if record.synthesis is not None:
        parts.append(QCoreApplication.translate("SummaryBanner", "the final answer"))
    partial = [m for m in record.all_members() if m.text and not m.done]
    if partial:
        names = sorted({m.model for m in partial})
        shown = ", ".join(names[:4])
        if len(names) > 4:
            shown = QCoreApplication.translate("SummaryBanner", "{names} and {n} more").format(
                names=shown, n=len(names) - 4)
        if len(partial) == 1:
            text = QCoreApplication.translate("SummaryBanner", "the partial text of {n} member ({names})")
        else:
            text = QCoreApplication.translate("SummaryBanner", "the partial text of {n} members ({names})")
        parts.append(text.format(n=len(partial), names=shown))
    if not parts:
        return QCoreApplication.translate("SummaryBanner", "Nothing was kept.")
    return QCoreApplication.translate("SummaryBanner", "Kept: {items}.").format(items=", ".join(parts))


def _ended_message(record: RunState) -> tuple[str, str] | None:
    """The banner of a run that did not complete (failed, cancelled, interrupted), with what it kept."""
    kept = kept_text(record)
    if record.status == "failed":
        error = core_text(record.error) if record.error else QCoreApplication.translate("SummaryBanner",
                                                                                         "unknown error")
        text = QCoreApplication.translate("SummaryBanner", "The run failed: {error} {kept}")
        return "error", text.format(error=error, kept=kept)
    if record.status == "cancelled":
        text = QCoreApplication.translate("SummaryBanner", "The run was cancelled. {kept}")
        return "warning", text.format(kept=kept)
    if record.status == "interrupted":
        text = QCoreApplication.translate("SummaryBanner", "The run was interrupted (the app closed mid-run). {kept}")
        return "warning", text.format(kept=kept)
    return None


def record_messages(record: RunState) -> list[tuple[str, str]]:
    """The banners a finished record calls for, as (level, text)."""
    msgs: list[tuple[str, str]] = []
    if record.degraded:
        text = QCoreApplication.translate(
            "SummaryBanner", "Degraded — the final answer is not the whole council's work: {reasons}.")
        msgs.append(("warning", text.format(reasons="; ".join(map(core_text, record.degraded_reasons)))))
    ended = _ended_message(record)
    if ended is not None:
        msgs.append(ended)
    if record.stage2_skipped and record.stage2_notice:
        text = QCoreApplication.translate("SummaryBanner", "Stage 2 skipped — {notice}")
        msgs.append(("warning", text.format(notice=core_text(record.stage2_notice))))
    elif record.stage2_notice:
        msgs.append(("warning", core_text(record.stage2_notice)))
    if record.synthesis is not None and record.synthesis.fallback and record.synthesis.notice:
        text = QCoreApplication.translate("SummaryBanner", "Chairman fallback — {notice}")
        msgs.append(("warning", text.format(notice=core_text(record.synthesis.notice))))
    shown = {t for _, t in msgs}
    for n in record.notices:
        if n != record.stage2_notice and (record.synthesis is None or n != record.synthesis.notice) \
                and core_text(n) not in shown:
            msgs.append(("info", core_text(n)))
    failed = [r for r in record.errors() if r.status is MemberStatus.FAILED]
    if failed and record.status == "complete":
        names = ", ".join(sorted({r.model for r in failed}))
        if len(failed) == 1:
            text = QCoreApplication.translate(
                "SummaryBanner", "{n} model request failed ({names}); the council went on without them.")
        else:
            text = QCoreApplication.translate(
                "SummaryBanner", "{n} model requests failed ({names}); the council went on without them.")
        msgs.append(("info", text.format(n=len(failed), names=names)))
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
        self.totals.setAccessibleName(self.tr("Run summary"))
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
        if [lab.property("message") for lab in self._labels] == self.messages:  # the same banners: kept as they are
            self.setVisible(bool(self.messages) or self.totals.isVisibleTo(self))
            return
        for lab in self._labels:
            self._layout.removeWidget(lab)
            lab.deleteLater()
        self._labels = []
        for level, text in self.messages:
            word = QCoreApplication.translate("SummaryBanner", LEVEL_WORD[level])
            lab = QLabel(self.tr("{glyph} {level}: {message}").format(glyph=LEVEL_GLYPH[level], level=word,
                                                                       message=text))
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setAccessibleName(QCoreApplication.translate("SummaryBanner", LEVEL_BANNER[level]))
            lab.setProperty("message", (level, text))
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

    def show_record(self, record: RunState) -> None:
        """Totals and banners for a record; for a run still going, its totals so far and its notices (the line is
        there from the run's start, so its end changes the words, not the window's layout)."""
        self.show_totals(record)
        self.messages = record_messages(record)
        self._refresh()

    def show_totals(self, record: RunState) -> None:
        """The totals line alone (``Running · ~1,234 tokens · $0.0012`` while a run goes on)."""
        text = fmt.run_totals(record)
        if text != self.totals.text():
            self.totals.setText(text)
        if self.totals.isHidden():
            self.totals.show()
            self.setVisible(True)
