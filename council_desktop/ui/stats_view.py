"""What the history teaches, in the window: spend (today, this month, in the period; a timeline; per model and per
provider), the leaderboard of the models in the user's own councils (bars for their score and their cost, and the
whole table), and self-preference (how reviewers place their own vendor's answers), honest about sample sizes.

The numbers are :mod:`council_desktop.storage.stats`' (the same as ``council-desktop stats``), computed on a worker
thread with its own read-only connection, so a large history never stalls the window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from council_desktop.council import units
from council_desktop.storage.history import HistoryError
from council_desktop.storage.stats import (
    MIN_SAMPLE,
    TIMING_SAMPLE,
    HistoryStats,
    LeaderRow,
    SelfPreference,
    Spend,
    SpendRow,
    StatsFilter,
)
from council_desktop.ui.charts import Bar, BarChart, TimelineChart
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP
from council_desktop.ui.safe_text import plain
from council_desktop.ui.tasks import TaskOwner, run_in_thread

log = logging.getLogger(__name__)

# The periods' English names are their keys (the combo's data); shown translated.
PERIODS = (QT_TRANSLATE_NOOP("StatsView", "All time"), QT_TRANSLATE_NOOP("StatsView", "Last 7 days"),
           QT_TRANSLATE_NOOP("StatsView", "Last 30 days"), QT_TRANSLATE_NOOP("StatsView", "This month"),
           QT_TRANSLATE_NOOP("StatsView", "Last 12 months"), QT_TRANSLATE_NOOP("StatsView", "Custom dates"))
MODES = ((QT_TRANSLATE_NOOP("StatsView", "Any mode"), None), (QT_TRANSLATE_NOOP("StatsView", "Full council"), "full"),
         (QT_TRANSLATE_NOOP("StatsView", "Answers and review"), "review"),
         (QT_TRANSLATE_NOOP("StatsView", "Answers only"), "answers"))
TIMELINE_DAYS = 90  # days shown one column each; a longer period is shown by month
LEADER_COLUMNS = (QT_TRANSLATE_NOOP("StatsView", "Model"), QT_TRANSLATE_NOOP("StatsView", "Councils"),
                  QT_TRANSLATE_NOOP("StatsView", "Wins"), QT_TRANSLATE_NOOP("StatsView", "Avg rank"),
                  QT_TRANSLATE_NOOP("StatsView", "Borda"), QT_TRANSLATE_NOOP("StatsView", "Score"),
                  QT_TRANSLATE_NOOP("StatsView", "Failed"), QT_TRANSLATE_NOOP("StatsView", "First token"),
                  QT_TRANSLATE_NOOP("StatsView", "Duration"), QT_TRANSLATE_NOOP("StatsView", "Tokens"),
                  QT_TRANSLATE_NOOP("StatsView", "Cost"), QT_TRANSLATE_NOOP("StatsView", "Score per $"))
SELF_COLUMNS = (QT_TRANSLATE_NOOP("StatsView", "Reviewer"), QT_TRANSLATE_NOOP("StatsView", "Family"),
                QT_TRANSLATE_NOOP("StatsView", "Own family"), QT_TRANSLATE_NOOP("StatsView", "Other families"),
                QT_TRANSLATE_NOOP("StatsView", "Own family, by others"), QT_TRANSLATE_NOOP("StatsView", "Lean"))


@dataclass(frozen=True, slots=True)
class StatsResult:
    """One answer of the statistics for one filter."""

    spend: Spend
    leaderboard: tuple[LeaderRow, ...]
    self_preference: tuple[SelfPreference, ...]
    filter: StatsFilter


def compute(path: Path | str, flt: StatsFilter) -> StatsResult:
    """Every number of the view, read with a connection of this thread's own."""
    with HistoryStats.open(path) as stats:
        return StatsResult(stats.spend(flt), tuple(stats.leaderboard(flt)), tuple(stats.self_preference(flt)), flt)


def period_filter(period: str, mode: str | None, *, since: date | None = None, until: date | None = None,
                  today: date | None = None) -> StatsFilter:
    """The filter of a period of the combo (its English name, a key of :data:`PERIODS`; local days; ``until``
    inclusive for custom dates)."""
    today = today or date.today()
    start: date | None = None
    end: date | None = None
    if period == "Last 7 days":
        start = today - timedelta(days=6)
    elif period == "Last 30 days":
        start = today - timedelta(days=29)
    elif period == "This month":
        start = today.replace(day=1)
    elif period == "Last 12 months":
        start = (today.replace(day=1) - timedelta(days=335)).replace(day=1)
    elif period == "Custom dates":
        start, end = since, (until + timedelta(days=1) if until else None)

    def local(d: date | None) -> datetime | None:
        return datetime.combine(d, datetime.min.time()).astimezone() if d else None

    return StatsFilter(since=local(start), until=local(end), mode=mode)  # type: ignore[arg-type]


def usd(v: float | None) -> str:
    return units.usd(v, unknown="—")


def pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.0f}%"


def timeline(spend: Spend) -> tuple[str, list[Bar]]:
    """Spend per day (at most :data:`TIMELINE_DAYS`, every day shown, spending or not) or per month."""
    days = [r for r in spend.by_day]
    if not days:
        return QCoreApplication.translate("StatsView", "Spend per day"), []
    first, last = date.fromisoformat(days[0].key), date.fromisoformat(days[-1].key)
    if (last - first).days < TIMELINE_DAYS:
        by = {r.key: r for r in days}
        out = []
        d = first
        while d <= last:
            r = by.get(d.isoformat())
            out.append(Bar(d.isoformat(), r.cost if r else 0.0, usd(r.cost) if r else "$0",
                           QCoreApplication.translate("StatsView", "{key}: {cost}, {calls} calls").format(
                               key=d.isoformat(), cost=usd(r.cost) if r else "$0", calls=r.calls if r else 0)))
            d += timedelta(days=1)
        return QCoreApplication.translate("StatsView", "Spend per day"), out
    return QCoreApplication.translate("StatsView", "Spend per month"), [
        Bar(r.key, r.cost, usd(r.cost), QCoreApplication.translate("StatsView", "{key}: {cost}, {calls} calls").format(
            key=r.key, cost=usd(r.cost), calls=f"{r.calls:,}")) for r in spend.by_month]


def cost_bars(rows: Sequence[SpendRow], limit: int = 12) -> list[Bar]:
    def tip(r: SpendRow) -> str:
        text = (QCoreApplication.translate("StatsView", "{key}: {cost} over {calls} calls, {tokens} tokens "
                                                        "({unpriced} reported no cost)") if r.unpriced
                else QCoreApplication.translate("StatsView", "{key}: {cost} over {calls} calls, {tokens} tokens"))
        return text.format(key=r.key, cost=usd(r.cost), calls=f"{r.calls:,}", tokens=f"{r.tokens:,}",
                           unpriced=r.unpriced)

    return [Bar(r.key, r.cost, usd(r.cost), tip(r)) for r in rows[:limit]]


def rank_bars(board: Sequence[LeaderRow]) -> list[Bar]:
    """Each model's score (100% = placed first by every reviewer), best first."""
    ranked = sorted((r for r in board if r.score is not None), key=lambda r: -(r.score or 0.0))
    out = []
    for r in ranked:
        text = (QCoreApplication.translate("StatsView", "{score} · {wins}/{ranked} wins · avg rank {avg}")
                if r.average_rank is not None
                else QCoreApplication.translate("StatsView", "{score} · {wins}/{ranked} wins"))
        tip = QCoreApplication.translate("StatsView", "{model}: score {score} from {votes} placements; first in {wins} "
                                                      "of {ranked} councils that ranked it")
        out.append(Bar(r.model, r.score or 0.0,
                       text.format(score=pct(r.score), wins=r.wins, ranked=r.ranked,
                                   avg=f"{r.average_rank:.2f}" if r.average_rank is not None else ""),
                       tip.format(model=r.model, score=pct(r.score), votes=r.votes, wins=r.wins, ranked=r.ranked)))
    return out


def leader_cost_bars(board: Sequence[LeaderRow]) -> list[Bar]:
    priced = sorted((r for r in board if r.cost), key=lambda r: -(r.cost or 0.0))
    return [Bar(r.model, r.cost or 0.0,
                QCoreApplication.translate("StatsView", "{cost} · {value} score/$").format(
                    cost=usd(r.cost), value=f"{r.value:,.0f}") if r.value else usd(r.cost),
                QCoreApplication.translate("StatsView", "{model}: {cost} in all its calls; an average answer "
                                                        "{answer_cost}").format(
                    model=r.model, cost=usd(r.cost), answer_cost=usd(r.answer_cost))) for r in priced]


def leader_cells(r: LeaderRow) -> list[str]:
    failures = ", ".join(f"{n} {k}" for k, n in sorted(r.failures.items(), key=lambda kv: -kv[1])) or "—"
    value = (QCoreApplication.translate("StatsView", "free") if r.score is not None and r.answer_cost == 0
             else "—" if r.value is None else f"{r.value:,.0f}")
    return [r.model, f"{r.councils:,}", f"{r.wins:,}/{r.ranked:,}",
            "—" if r.average_rank is None else f"{r.average_rank:.2f}", f"{r.borda:,}", pct(r.score), failures,
            units.duration(r.median_ttft_ms) or "—", units.duration(r.median_duration_ms) or "—", f"{r.tokens:,}",
            usd(r.cost), value]


def self_cells(p: SelfPreference) -> list[str]:
    if p.lean is None:
        lean = "—"
    else:
        lean = (QCoreApplication.translate("StatsView", "{lean} pts") if p.enough
                else QCoreApplication.translate("StatsView", "{lean} pts (too few to tell)")).format(
            lean=f"{p.lean * 100:+.0f}")
    return [p.reviewer, p.family, f"{pct(p.own_score)} (n={p.own_n})", f"{pct(p.others_score)} (n={p.others_n})",
            f"{pct(p.peers_score)} (n={p.peers_n})", lean]


def _table(columns: Sequence[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels([QCoreApplication.translate("StatsView", c) for c in columns])
    t.setAccessibleName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            item = QTableWidgetItem(cell)  # plain text: model ids are shown literally
            if j:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, j, item)


def _scrolled(*widgets: QWidget) -> QScrollArea:
    inner = QWidget()
    lay = QVBoxLayout(inner)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


class StatsView(QDialog):
    """Spend, leaderboard and self-preference of the history at ``path``, for a period and a mode.

    Signals:
        loaded(object): the :class:`StatsResult` now shown.
    """

    loaded = Signal(object)

    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spend and leaderboard"))
        self.setAccessibleName(self.tr("Spend and leaderboard"))
        self.resize(1000, 720)
        self.path = path
        self.tasks = TaskOwner("stats")
        self.stats: StatsResult | None = None
        self._setup_ui()
        self.period.currentIndexChanged.connect(lambda _i: self._on_period_changed())
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.until.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)

    def _setup_ui(self) -> None:
        self.period = QComboBox()
        for period in PERIODS:
            self.period.addItem(QCoreApplication.translate("StatsView", period), period)
        self.period.setAccessibleName(self.tr("Period"))
        self.mode = QComboBox()
        for text, value in MODES:
            self.mode.addItem(QCoreApplication.translate("StatsView", text), value)
        self.mode.setAccessibleName(self.tr("Mode"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for d, name in ((self.since, self.tr("From")), (self.until, self.tr("Until (inclusive)"))):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setAccessibleName(name)
            d.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.status = plain(QLabel())
        self.status.setAccessibleName(self.tr("Statistics status"))
        row = QHBoxLayout()
        for w in (QLabel(self.tr("Period:")), self.period, self.since, QLabel("–"), self.until,
                  QLabel(self.tr("Mode:")), self.mode, self.refresh_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.status)
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Spend summary"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.summary.setFont(font)
        self.timeline = TimelineChart(self.tr("Spend per day"))
        self.by_model = BarChart(self.tr("Spend per model"))
        self.by_provider = BarChart(self.tr("Spend per provider"))
        self.rank_chart = BarChart(self.tr("Score (100% = placed first by every reviewer)"))
        self.cost_chart = BarChart(self.tr("Cost per model (all its calls)"))
        self.leaders = _table(LEADER_COLUMNS, self.tr("Leaderboard"))
        self.leader_note = plain(QLabel(self.tr(
            "Wins: councils whose ranking put it first (of those that ranked it). Score: 100% = placed first by "
            "every reviewer, 0% = last. First token and duration: medians of its latest {n} answers. "
            "Score per $: score per dollar of an average answer. Re-used answers are counted once.").format(
                n=TIMING_SAMPLE)))
        self.leader_note.setWordWrap(True)
        self.prefs = _table(SELF_COLUMNS, self.tr("Self-preference"))
        self.prefs_note = plain(QLabel(self.tr(
            "Scores as in the leaderboard; n = the placements behind each. “Own family, by others”: how reviewers "
            "of other vendors placed the same answers. Lean = own family minus that (a reviewer never sees its own "
            "answer). Fewer than {n} placements on either side is too few to tell.").format(n=MIN_SAMPLE)))
        self.prefs_note.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(self.timeline, self.by_model, self.by_provider), self.tr("Spend"))
        leaders = QWidget()
        ll = QVBoxLayout(leaders)
        ll.addWidget(_scrolled(self.rank_chart, self.cost_chart), 1)
        ll.addWidget(self.leaders, 1)
        ll.addWidget(self.leader_note)
        self.tabs.addTab(leaders, self.tr("Leaderboard"))
        prefs = QWidget()
        pl = QVBoxLayout(prefs)
        pl.addWidget(self.prefs, 1)
        pl.addWidget(self.prefs_note)
        self.tabs.addTab(prefs, self.tr("Self-preference"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.buttons)

    # -- loading -------------------------------------------------------------------------------------------
    def current_filter(self) -> StatsFilter:
        custom = self.period.currentData() == "Custom dates"
        return period_filter(self.period.currentData(), self.mode.currentData(),
                             since=self.since.date().toPython() if custom else None,  # type: ignore[arg-type]
                             until=self.until.date().toPython() if custom else None)  # type: ignore[arg-type]

    def _on_period_changed(self) -> None:
        custom = self.period.currentData() == "Custom dates"
        self.since.setEnabled(custom)
        self.until.setEnabled(custom)
        self.refresh()

    def refresh(self) -> None:
        """Compute the numbers for the filter again (on a worker thread); ``loaded`` says when they are shown."""
        self.tasks.cancel_all()
        self.status.setText(self.tr("Counting…"))
        self.tasks.spawn(self._load(self.current_filter()), name="stats")

    async def _load(self, flt: StatsFilter) -> None:
        try:
            result = await run_in_thread(compute, self.path, flt)
        except (HistoryError, ValueError) as e:
            self.status.setText(self.tr("The statistics cannot be read: {reason}").format(reason=e))
            return
        self.show_result(result)

    def show_result(self, result: StatsResult) -> None:
        self.stats = result
        s = result.spend
        if not s.calls:
            self.summary.setText(self.tr("No runs in this period yet.") if result.filter.since or result.filter.mode
                                 else self.tr("No runs yet: ask the council a question."))
        else:
            text = (self.tr("Spent today {today} · this month {month} · in this period {total} — {calls} calls")
                    if result.filter.since or result.filter.until or result.filter.mode
                    else self.tr("Spent today {today} · this month {month} · all time {total} — {calls} calls"))
            text = text.format(today=usd(s.today), month=usd(s.this_month), total=usd(s.total), calls=f"{s.calls:,}")
            if s.unpriced:
                text = self.tr("{summary} ({n} reported no cost)").format(summary=text, n=f"{s.unpriced:,}")
            self.summary.setText(text)
        title, points = timeline(s)
        self.timeline.title = title
        self.timeline.set_points(points)
        self.by_model.set_bars(cost_bars(s.by_model))
        self.by_provider.set_bars(cost_bars(s.by_provider))
        self.rank_chart.set_bars(rank_bars(result.leaderboard))
        self.cost_chart.set_bars(leader_cost_bars(result.leaderboard))
        _fill(self.leaders, [leader_cells(r) for r in result.leaderboard])
        _fill(self.prefs, [self_cells(p) for p in result.self_preference])
        self.status.setText(self.tr("{n} models").format(n=len(result.leaderboard)))  # "1 models", as before
        self.loaded.emit(result)

    def done(self, r: int) -> None:
        self.tasks.cancel_all()
        super().done(r)
