"""How numbers and states read in the window: one place, so every widget says it the same way.

A member's look (glyph and word) comes from its :class:`MemberStatus`, plus one look the status alone does not
say: *partial* — it stopped (failed, skipped, cancelled) after writing something, and that text is kept.

Every word shown is translated here (context ``fmt``); the tables keep their English words, marked with
``QT_TRANSLATE_NOOP`` and translated where a word is produced for display. Durations and amounts come from
:mod:`council_desktop.council.units` as they are (unit symbols: ``ms``, ``s``, ``min``, ``$``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from council_desktop.council import units
from council_desktop.council.state import MemberState, MemberStatus, RunState
from council_desktop.ui.core_texts import core_text
from council_desktop.ui.i18n import QT_TRANSLATE_NOOP

# Each look is a glyph and a word, always shown together (never colour alone). Skipped, cancelled, partial and
# failed each look different.
# The words are English here (keys and tests read them); status_word() gives the one to show.
LOOKS: dict[str, tuple[str, str]] = {
    "pending": ("○", QT_TRANSLATE_NOOP("fmt", "pending")),
    "queued": ("◔", QT_TRANSLATE_NOOP("fmt", "queued")),
    "waiting": ("◌", QT_TRANSLATE_NOOP("fmt", "waiting")),
    "generating": ("●", QT_TRANSLATE_NOOP("fmt", "generating")),
    "thinking": ("◐", QT_TRANSLATE_NOOP("fmt", "thinking")),
    "retrying": ("↻", QT_TRANSLATE_NOOP("fmt", "retrying")),
    "done": ("✓", QT_TRANSLATE_NOOP("fmt", "done")),
    "failed": ("✗", QT_TRANSLATE_NOOP("fmt", "failed")),
    "skipped": ("↷", QT_TRANSLATE_NOOP("fmt", "skipped")),
    "cancelled": ("⊘", QT_TRANSLATE_NOOP("fmt", "cancelled")),
    "partial": ("◑", QT_TRANSLATE_NOOP("fmt", "partial")),
}
GLYPHS = {k: g for k, (g, _w) in LOOKS.items()}
STATUS_WORDS = {k: w for k, (_g, w) in LOOKS.items()}


def status_word(key: str) -> str:
    """The word of look ``key`` (see :data:`LOOKS`) as the window shows it."""
    return QCoreApplication.translate("fmt", STATUS_WORDS[key])


# A member in one of these may be skipped (its request is under way).
RUNNING_STATES = frozenset({"queued", "waiting", "generating", "thinking", "retrying"})
# Rows whose text counts seconds (they change without any event).
TICKING_STATES = frozenset({"queued", "waiting", "retrying"})


def _name_levels(model: str) -> tuple[str, str, str, str]:
    """Ever longer names for ``vendor/name@provider``: ``name``, ``name@provider``, ``vendor/name``, the id."""
    base, _at, provider = model.partition("@")
    name = base.rsplit("/", 1)[-1] or base
    return name, f"{name}@{provider}" if provider else name, base, model


def short_names(models: Iterable[str]) -> dict[str, str]:
    """A short, unique label per model id: the model's own name without its vendor (``gpt-5.1`` for
    ``openai/gpt-5.1``); where two would read the same, as much more of the id as tells them apart."""
    ids = list(dict.fromkeys(models))
    levels = {m: _name_levels(m) for m in ids}
    level = dict.fromkeys(ids, 0)
    for step in range(1, 4):
        seen: dict[str, list[str]] = {}
        for m in ids:
            seen.setdefault(levels[m][level[m]], []).append(m)
        clashes = [m for group in seen.values() if len(group) > 1 for m in group]
        if not clashes:
            break
        for m in clashes:
            level[m] = step
    return {m: levels[m][level[m]] for m in ids}


def tokens(n: int, *, exact: bool = True) -> str:
    count = f"{'' if exact else '~'}{n:,}"
    if n == 1:
        return QCoreApplication.translate("fmt", "{count} token").format(count=count)
    return QCoreApplication.translate("fmt", "{count} tokens").format(count=count)


def duration(ms: int | None) -> str:
    return units.duration(ms)


def cost(usd: float | None) -> str:
    return units.usd(usd)


def look(m: MemberState, *, over: bool = False) -> str:
    """The key of ``m``'s look in :data:`LOOKS`. ``over``: the run has ended (a member still marked as working
    then was cut off with it)."""
    if m.partial:
        return "partial"
    if over and not m.status.finished:
        return "cancelled"
    return m.status.value


def stop_reason(m: MemberState, *, over: bool = False) -> str:
    """Why a member stopped without finishing, as the end of a sentence: ``skipped by the user``,
    ``failed: Rate limit exceeded.``, ``stopped: the stage ended early (a quorum of 2 finished)``."""
    if m.status is MemberStatus.SKIPPED:
        return QCoreApplication.translate("fmt", "skipped by the user")
    if m.status is MemberStatus.FAILED:
        return QCoreApplication.translate("fmt", "failed: {reason}").format(
            reason=core_text(m.error) if m.error else QCoreApplication.translate("fmt", "unknown error"))
    if m.status is MemberStatus.CANCELLED:
        text = (core_text(m.error) if m.error else QCoreApplication.translate("fmt", "cancelled")).rstrip(".")
        return text[:1].lower() + text[1:]
    if over:
        return QCoreApplication.translate("fmt", "the run ended first")
    return ""


# What the user can do about a failure, by its kind: (short, for the row; whole sentence, for the tooltip and the
# pane). A kind with nothing to do (cancelled) has none.
REMEDIES: dict[str, tuple[str, str]] = {
    "auth": (QT_TRANSLATE_NOOP("fmt", "check the key in Settings"),
             QT_TRANSLATE_NOOP("fmt", "Check the key: Settings → OpenRouter key (Test key says whether it works), "
                                      "or the provider's key on the Providers page.")),
    "credits": (QT_TRANSLATE_NOOP("fmt", "top up credits or lower Max tokens"),
                QT_TRANSLATE_NOOP("fmt", "Top up your OpenRouter credits (openrouter.ai/settings/credits), or lower "
                                         "“Max tokens per answer” in Settings → Timeouts & temperatures: a request "
                                         "reserves credit for its whole answer.")),
    "rate_limit": (QT_TRANSLATE_NOOP("fmt", "wait a minute, or pick another model"),
                   QT_TRANSLATE_NOOP("fmt", "Wait a minute and ask again, or pick another model in Settings → "
                                            "Council (free models have tight rate limits).")),
    "not_found": (QT_TRANSLATE_NOOP("fmt", "pick another model"),
                  QT_TRANSLATE_NOOP("fmt", "Pick another model in Settings → Council: this id may be retired or "
                                           "mistyped.")),
    "timeout": (QT_TRANSLATE_NOOP("fmt", "allow more time, or pick a faster model"),
                QT_TRANSLATE_NOOP("fmt", "Allow more time (Settings → Timeouts & temperatures → “First token "
                                         "within”), or pick a faster model.")),
    "context_length": (QT_TRANSLATE_NOOP("fmt", "lower Max tokens, or pick a larger model"),
                       QT_TRANSLATE_NOOP("fmt", "The question and the answers did not fit this model's context "
                                                "window: lower “Max tokens per answer” in Settings, or pick a model "
                                                "with a larger context.")),
    "stream_broken": (QT_TRANSLATE_NOOP("fmt", "ask again"),
                      QT_TRANSLATE_NOOP("fmt", "The connection dropped mid-answer: ask again.")),
    "moderation": (QT_TRANSLATE_NOOP("fmt", "rephrase, or pick another model"),
                   QT_TRANSLATE_NOOP("fmt", "The provider's moderation refused the request: rephrase the question, "
                                            "or pick another model.")),
    "server": (QT_TRANSLATE_NOOP("fmt", "ask again later, or pick another model"),
               QT_TRANSLATE_NOOP("fmt", "The provider had trouble serving this model: ask again later, or pick "
                                        "another model.")),
}
_CONTEXT_WORDS = ("context length", "context window", "maximum context", "too long", "exceed context",
                  "exceeds the context", "context_length")


def remedy_key(m: MemberState) -> str | None:
    """Which :data:`REMEDIES` entry fits ``m``'s failure (None: nothing the user can do, or not a failure)."""
    if m.status is not MemberStatus.FAILED:
        return None
    kind = m.kind or ""
    text = (m.error or "").lower()
    if kind == "context_length" or (m.status_code in (400, 413, None) and any(w in text for w in _CONTEXT_WORDS)):
        return "context_length"
    if kind in REMEDIES:
        return kind
    if kind == "upstream" and m.status_code == 403:
        return "moderation"
    if kind == "upstream" and (m.status_code or 0) >= 500:
        return "server"
    return None


def remedy(m: MemberState, *, short: bool = False) -> str:
    """What the user can do about ``m``'s failure, or "" (see :data:`REMEDIES`)."""
    key = remedy_key(m)
    if key is None:
        return ""
    return QCoreApplication.translate("fmt", REMEDIES[key][0 if short else 1])


def partial_mark(m: MemberState, *, over: bool = False) -> str:
    """``partial — skipped by the user``: how kept text of a member that did not finish is marked."""
    return QCoreApplication.translate("fmt", "partial — {reason}").format(reason=stop_reason(m, over=over))


def member_detail(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    """The status line of a member's row. ``waited``: seconds since it entered its current status. A member
    reused from the run this one re-ran says so (it was not asked again, nor counted again); a provider's note
    (e.g. that it cannot search the web) follows."""
    detail = _status_detail(m, waited=waited, over=over)
    if m.reused:
        detail = QCoreApplication.translate("fmt", "reused from the earlier run · {detail}").format(detail=detail)
    return f"{detail} · {m.note}" if m.note else detail


def _status_detail(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    key = look(m, over=over)
    seconds = f"{waited:.0f}"
    if key == "pending":
        return status_word("pending")
    if key == "queued":
        if m.ahead:
            return QCoreApplication.translate("fmt", "queued · {seconds} s, {ahead} ahead").format(
                seconds=seconds, ahead=m.ahead)
        return QCoreApplication.translate("fmt", "queued · {seconds} s").format(seconds=seconds)
    if key == "waiting":
        if m.deadline_s:
            return QCoreApplication.translate("fmt", "waiting · {seconds} s of {deadline} s").format(
                seconds=seconds, deadline=f"{m.deadline_s:.0f}")
        return QCoreApplication.translate("fmt", "waiting · {seconds} s").format(seconds=seconds)
    if key == "generating":
        return QCoreApplication.translate("fmt", "generating · {tokens}…").format(tokens=tokens(m.token_count))
    if key == "thinking":
        return QCoreApplication.translate("fmt", "thinking · {count} reasoning tokens…").format(
            count=f"{m.reasoning_tokens:,}")
    if key == "retrying":
        if m.retry_in is not None:
            return QCoreApplication.translate("fmt", "retrying in {seconds} s").format(
                seconds=f"{max(0.0, m.retry_in - waited):.0f}")
        return status_word("retrying")
    if key == "done":
        parts = [tokens(m.token_count, exact=m.exact_tokens), duration(m.duration_ms), cost(m.cost)]
        return " · ".join(p for p in parts if p)
    if key == "partial":
        return QCoreApplication.translate("fmt", "{mark} · {tokens} kept").format(
            mark=partial_mark(m, over=over), tokens=tokens(m.token_count, exact=False))
    if key == "failed":
        what = remedy(m, short=True)
        if what:  # the row says what to do; the whole reason is in its tooltip and the member's pane
            if m.status_code:
                return QCoreApplication.translate("fmt", "failed ({code}) · {remedy}").format(
                    code=m.status_code, remedy=what)
            return QCoreApplication.translate("fmt", "failed · {remedy}").format(remedy=what)
        return stop_reason(m)
    return stop_reason(m, over=over)  # skipped / cancelled


def member_tooltip(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    """The row's tooltip: the whole reason of a failure, or the timings of a finished member."""
    lines = [m.model]
    key = look(m, over=over)
    if key == "done":
        if m.duration_ms is not None:
            lines.append(QCoreApplication.translate("fmt", "done in {duration} (from sending the request)").format(
                duration=duration(m.duration_ms)))
        else:
            lines.append(status_word("done"))
        if m.ttft_ms is not None:
            lines.append(QCoreApplication.translate("fmt", "first token after {duration}").format(
                duration=duration(m.ttft_ms)))
        tps = m.tokens_per_second
        if tps is not None:
            lines.append(QCoreApplication.translate("fmt", "{rate} tokens/s").format(rate=f"{tps:,.0f}"))
        if m.queue_ms:
            lines.append(QCoreApplication.translate("fmt", "queued {duration} before sending").format(
                duration=duration(m.queue_ms)))
        lines.append(" · ".join(p for p in (tokens(m.token_count, exact=m.exact_tokens), cost(m.cost)) if p))
    elif key in ("failed", "partial", "skipped", "cancelled"):
        lines.append(stop_reason(m, over=over) if key == "failed" else member_detail(m, waited=waited, over=over))
        if m.status_code:
            lines.append(QCoreApplication.translate("fmt", "HTTP {code}").format(code=m.status_code))
        what = remedy(m)
        if what:
            lines.append(QCoreApplication.translate("fmt", "What you can do: {remedy}").format(remedy=what))
    else:
        lines.append(member_detail(m, waited=waited, over=over))
        if m.message:
            lines.append(m.message)
    if m.reasoning_tokens:
        lines.append(QCoreApplication.translate("fmt", "reasoning: {count} tokens (counted apart)").format(
            count=f"{m.reasoning_tokens:,}"))
    return "\n".join(lines)


def member_spoken(m: MemberState, *, waited: float = 0.0, over: bool = False) -> str:
    """What a screen reader says for a row: the status in words, never a glyph alone."""
    word = status_word(look(m, over=over))
    detail = member_detail(m, waited=waited, over=over)
    if detail.startswith(word):
        return f"{m.model}: {detail}"
    return f"{m.model}: {word}, {detail}"


# How a run's totals open, by its status ("Took …" for any other).
RUN_SPANS: dict[str, str] = {
    "complete": QT_TRANSLATE_NOOP("fmt", "Finished in {duration}"),
    "failed": QT_TRANSLATE_NOOP("fmt", "Failed after {duration}"),
    "cancelled": QT_TRANSLATE_NOOP("fmt", "Cancelled after {duration}"),
    "interrupted": QT_TRANSLATE_NOOP("fmt", "Interrupted after {duration}"),
    "running": QT_TRANSLATE_NOOP("fmt", "Running for {duration}"),
}
# A run's status as the totals say it when its duration is unknown.
RUN_STATUS_WORDS: dict[str, str] = {
    "complete": QT_TRANSLATE_NOOP("fmt", "Complete"),
    "failed": QT_TRANSLATE_NOOP("fmt", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("fmt", "Cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("fmt", "Interrupted"),
    "running": QT_TRANSLATE_NOOP("fmt", "Running"),
}


def run_totals(record: RunState) -> str:
    """``Finished in 12.3 s · 4,210 tokens · $0.0123`` (cost only when reported)."""
    parts = []
    if record.wall_ms is not None:
        span = RUN_SPANS.get(record.status)
        text = QCoreApplication.translate("fmt", span) if span else QCoreApplication.translate("fmt", "Took {duration}")
        parts.append(text.format(duration=duration(record.wall_ms)))
    else:
        word = RUN_STATUS_WORDS.get(record.status)
        parts.append(QCoreApplication.translate("fmt", word) if word else record.status.capitalize())
    parts.append(tokens(record.total_tokens, exact=not record.tokens_estimated))  # "~": some are estimates
    c = cost(record.total_cost)
    if c:
        parts.append(c)
    return " · ".join(parts)
