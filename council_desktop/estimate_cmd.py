"""``council-desktop ask --estimate``: what the run would cost, printed instead of running it.

No chat request is made. Prices come from the cached model list; when there is none for the run's base URL (and
the council asks OpenRouter), the list is fetched once (``GET /models``, no key needed).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from council_desktop.council import units
from council_desktop.council.estimate import Price, RunEstimate, estimate_spec, is_local
from council_desktop.council.orchestrator import RunSpec
from council_desktop.council.provider import ProviderError
from council_desktop.council.vocab import STAGE_NAMES
from council_desktop.errors import EXIT_OK
from council_desktop.providers.openrouter_api import ModelCatalog, context_lengths_of, fetch_models, prices_of
from council_desktop.providers.registry import parse_member
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings

__all__ = ["PriceSource", "cmd_estimate", "describe", "load_prices"]


@dataclass(frozen=True, slots=True)
class PriceSource:
    """The price book for an estimate and where it came from."""

    prices: dict[str, Price | None]
    context_lengths: dict[str, int]
    fetched_at: float | None = None  # the model list's time (Unix), None when no list was used
    fetched_now: bool = False
    problem: str | None = None  # why there are no OpenRouter prices


def load_prices(spec: RunSpec, settings: Settings, base_url: str | None, catalog: ModelCatalog) -> PriceSource:
    """OpenRouter prices from the cache (or one fetch of ``/models``), and ``None`` for members of a provider
    that holds a key (a hosted service whose prices are not known); other ``MODEL@PROVIDER`` members are free."""
    asked = [*spec.members, spec.chairman]
    effective = settings.effective_base_url()
    base = (base_url or effective).rstrip("/")
    models: list[dict[str, Any]] = []
    fetched_at, fetched_now, problem = None, False, None
    if any(not is_local(m) for m in asked):
        if (catalog.source() or effective) == base:
            models = catalog.load_cached()
            fetched_at = catalog.fetched_at() if models else None
        if not models:
            try:
                models = asyncio.run(_fetch(base))
            except ProviderError as e:
                problem = f"the model list could not be fetched ({e.message})"
            else:
                fetched_at, fetched_now = time.time(), True
                if base == effective:  # a per-run --base-url does not replace the window's list
                    try:
                        catalog.save(models, base_url=base)
                    except OSError:
                        pass
    prices: dict[str, Price | None] = dict(prices_of(models))
    for m in asked:
        provider = parse_member(m)[1]
        config = settings.provider(provider) if provider else None
        if config is not None and config.has_key:
            prices[m] = None
    return PriceSource(prices, context_lengths_of(models), fetched_at, fetched_now, problem)


async def _fetch(base_url: str) -> list[dict[str, Any]]:
    from council_desktop.net import make_http_client

    async with make_http_client() as http:
        return await fetch_models(http, base_url)


def cmd_estimate(spec: RunSpec, settings: Settings, args: argparse.Namespace, *,
                 out: TextIO | None = None) -> int:
    """Print the estimate of ``spec`` (human, or one ``{"type": "estimate"}`` JSON line); exit 0."""
    out = out or sys.stdout
    source = load_prices(spec, settings, args.base_url, ModelCatalog(app_paths().models_cache_file))
    est = estimate_spec(spec, source.prices, context_lengths=source.context_lengths)
    if args.jsonl:
        doc = {"type": "estimate", **est.to_dict(), "prices_fetched_at": source.fetched_at,
               "prices_problem": source.problem}
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    else:
        out.write(describe(est, source))
        if source.problem:
            print(f"council-desktop: warning: {source.problem}", file=sys.stderr)
    out.flush()
    return EXIT_OK


def describe(est: RunEstimate, source: PriceSource | None = None) -> str:
    """The estimate for a person: the range, one line per stage, what the ends assume, what is not known."""
    n = len(est.members)
    who = f"{n} member{'s' if n != 1 else ''}" + (f", chairman {est.chairman}" if est.stage(3) else "")
    lines = [f"Estimated cost: {_range(est.low, est.high)}  ({who}, mode {est.mode}, max_tokens {est.max_tokens})"]
    width = max(len(STAGE_NAMES[s.stage]) for s in est.stages)
    for s in est.stages:
        calls = f"{len(s.calls)} call{'s' if len(s.calls) != 1 else ''}"
        lines.append(f"  Stage {s.stage} — {STAGE_NAMES[s.stage]:<{width}}  {calls:>8}  {_range(s.low, s.high)}")
    est_dict = est.to_dict()["assumptions"]
    fees = sum(c.fees for s in est.stages for c in s.calls)
    lines.append(f"Low: every reply short ({est_dict['short_reply_tokens']} tokens); high: every reply "
                 f"max_tokens ({est.max_tokens}), prompts at {est_dict['high_chars_per_token']:g} characters a "
                 "token." + (f" Web search: {units.usd(fees)} in result fees, and the results' text." if fees else "")
                 + " Retries and fallbacks are not counted.")
    if est.unknown:
        lines.append(f"No price known for {', '.join(est.unknown)}: the range is open-ended above.")
    lines += list(est.notes)
    if source is not None and source.fetched_now:
        lines.append("Prices from the model list, fetched now.")
    elif source is not None and source.fetched_at is not None:
        when = datetime.fromtimestamp(source.fetched_at, UTC).isoformat()
        lines.append(f"Prices from the model list of {units.local_time(when)}.")
    return "\n".join(lines) + "\n"


_range = units.usd_range
