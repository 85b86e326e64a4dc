"""OpenRouter's small REST endpoints: ``GET /key`` (check a key) and ``GET /models`` (the model list, cached)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from council_desktop.council.provider import ModelLimits, ProviderError
from council_desktop.council.records import dataclass
from council_desktop.council.text import key_problem, may_hold_surrogates, remember_secret, sanitize_json
from council_desktop.providers import errors
from council_desktop.providers.body import ACCEPT_ENCODING, BodyTooLarge, UnsupportedEncoding, read_capped
from council_desktop.providers.discovery import parse_model_entry

if TYPE_CHECKING:  # prices are read when asked for: a request's limits lookup needs none
    from council_desktop.council.estimate import Price

__all__ = ["ModelCatalog", "ModelInfo", "context_lengths_of", "fetch_key_info", "fetch_models", "prices_of"]

log = logging.getLogger(__name__)

_PROVIDER = "OpenRouter"
_TIMEOUT = httpx.Timeout(30.0, connect=15.0)
_KEY_FIELDS = ("label", "limit", "limit_remaining", "usage", "is_free_tier")
_MAX_BODY = 32 * 1024 * 1024  # the full model list is a few MB
_MAX_ERROR_BODY = 16 * 1024


async def _get_json(http: httpx.AsyncClient, url: str, key: str | None) -> Any:
    if key:
        problem = key_problem(key)
        if problem:
            raise errors.key_refused(provider=_PROVIDER, model=None, problem=problem)
        remember_secret(key)
    headers = {"Accept-Encoding": ACCEPT_ENCODING}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    host = httpx.URL(url).host or url
    responded = False
    try:
        async with http.stream("GET", url, headers=headers, timeout=_TIMEOUT) as resp:
            responded = True
            if not resp.is_success:
                raw = await read_capped(resp, _MAX_ERROR_BODY, strict=False)
                raise _final(errors.http_error(resp.status_code, raw, provider=_PROVIDER, model=None,
                                               headers=resp.headers, secrets=(key,)))
            body = await read_capped(resp, _MAX_BODY)
            status = resp.status_code
    except httpx.HTTPError as e:
        raise _final(errors.transport_error(e, provider=_PROVIDER, model=None, host=host, responded=responded,
                                            secrets=(key,))) from None
    except UnsupportedEncoding as e:
        raise errors.encoding_unsupported(provider=_PROVIDER, model=None, encoding=str(e)) from None
    except BodyTooLarge:
        raise ProviderError(f"OpenRouter's answer from {url} passed the limit of {_MAX_BODY // 2**20} MB.",
                            kind="too_large", status_code=200) from None
    try:
        text = body.decode("utf-8", "replace")
        value = json.loads(text)
        return sanitize_json(value) if may_hold_surrogates(text) else value
    except (ValueError, RecursionError):
        raise ProviderError(f"OpenRouter's answer from {url} is not JSON.", kind="upstream",
                            status_code=status) from None


def _final(err: ProviderError) -> ProviderError:
    """These calls are not retried here: hand back a plain ProviderError."""
    return ProviderError(err.message, kind=err.kind, status_code=err.status_code)


async def fetch_key_info(http: httpx.AsyncClient, base_url: str, key: str) -> dict[str, Any]:
    """``GET {base}/key``: the key's ``label``, ``limit``, ``limit_remaining``, ``usage``, ``is_free_tier``
    (always present, None when not reported) and whatever else OpenRouter sends.

    Raises ProviderError (kind ``auth`` for a rejected key).
    """
    data = await _get_json(http, f"{base_url.rstrip('/')}/key", key)
    info = data.get("data") if isinstance(data, dict) else None
    if not isinstance(info, dict):
        raise ProviderError("OpenRouter's key check answered without key details.", kind="upstream",
                            status_code=200)
    for name in _KEY_FIELDS:
        info.setdefault(name, None)
    return info


async def fetch_models(http: httpx.AsyncClient, base_url: str) -> list[dict[str, Any]]:
    """``GET {base}/models`` → ``[{id, name, context_length, max_completion_tokens, pricing}]`` (pricing values
    are strings, USD/token; ``max_completion_tokens`` is the top provider's cap on an answer, or None)."""
    data = await _get_json(http, f"{base_url.rstrip('/')}/models", None)
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ProviderError("OpenRouter's model list answered without a list of models.", kind="upstream",
                            status_code=200)
    models: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        info = parse_model_entry(item)
        pricing = item.get("pricing")
        models.append({
            "id": item["id"],
            "name": item["name"] if isinstance(item.get("name"), str) else item["id"],
            "context_length": info.context_length if info else None,
            "max_completion_tokens": info.max_completion_tokens if info else None,
            "pricing": dict(pricing) if isinstance(pricing, dict) else {},
        })
    return models


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """One model of the list: its id, display name, context length (tokens) and price (None: not usable)."""

    id: str
    name: str
    context_length: int | None
    price: Price | None

    @staticmethod
    def from_entry(entry: dict[str, Any]) -> ModelInfo:
        from council_desktop.council.estimate import Price

        ctx = entry.get("context_length")
        name = entry.get("name")
        return ModelInfo(str(entry["id"]), name if isinstance(name, str) else str(entry["id"]),
                         ctx if isinstance(ctx, int) and not isinstance(ctx, bool) and ctx > 0 else None,
                         Price.from_openrouter(entry.get("pricing")))


class ModelCatalog:
    """The last fetched model list, kept in a JSON file so the app knows model ids (and their prices and
    context lengths) offline. The file also says which base URL the list came from."""

    def __init__(self, cache_file: Path) -> None:
        self.cache_file = cache_file
        # The parsed file, kept while the file is unchanged: a request's limits lookup reads it on the loop's
        # thread (the window's GUI thread), and OpenRouter's list is half a megabyte of JSON.
        self._parsed: tuple[tuple[int, int, int], dict[str, Any]] | None = None

    def _document(self) -> dict[str, Any]:
        """The cache file's JSON object ({} when missing or unusable), parsed once per change of the file."""
        try:
            st = self.cache_file.stat()
        except FileNotFoundError:
            self._parsed = None
            return {}
        except OSError as e:
            log.warning("model cache %s is unreadable (%s); ignoring it", self.cache_file, type(e).__name__)
            return {}
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)  # save() replaces the file: a new inode
        if self._parsed is not None and self._parsed[0] == stamp:
            return self._parsed[1]
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            log.warning("model cache %s is unreadable (%s); ignoring it", self.cache_file, type(e).__name__)
            data = {}
        doc = data if isinstance(data, dict) else {}
        models = doc.get("models")
        doc["models"] = [m for m in models if isinstance(m, dict) and isinstance(m.get("id"), str)] \
            if isinstance(models, list) else []
        doc["_by_id"] = {m["id"]: m for m in doc["models"]}
        self._parsed = (stamp, doc)
        return doc

    def load_cached(self) -> list[dict[str, Any]]:
        """The cached models, or [] if there is no usable cache."""
        return list(self._document().get("models", []))

    def fetched_at(self) -> float | None:
        """When the cache was written (Unix time), or None."""
        value = self._document().get("fetched_at")
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None

    def source(self) -> str | None:
        """The base URL the cached list was fetched from (None: not recorded, or no cache)."""
        value = self._document().get("base_url")
        return value if isinstance(value, str) and value else None

    def save(self, models: list[dict[str, Any]], *, base_url: str | None = None) -> None:
        """Write atomically (temp file in the same folder, then rename); ``base_url``: where the list came from."""
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache_file.parent, prefix=".models-", suffix=".json")
        doc: dict[str, Any] = {"fetched_at": time.time(), "models": models}
        if base_url:
            doc["base_url"] = base_url.rstrip("/")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
                f.write("\n")
            os.replace(tmp, self.cache_file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def known_ids(self) -> set[str]:
        return set(self._document().get("_by_id", ()))

    def limits(self, model_id: str) -> ModelLimits | None:
        """What the cached list says of ``model_id``'s context window and answer cap, or None."""
        m = self._document().get("_by_id", {}).get(model_id)
        if m is None:
            return None
        ctx, cap = m.get("context_length"), m.get("max_completion_tokens")
        ctx = ctx if isinstance(ctx, int) and not isinstance(ctx, bool) and ctx > 0 else None
        cap = cap if isinstance(cap, int) and not isinstance(cap, bool) and cap > 0 else None
        return ModelLimits(ctx, cap, source="openrouter") if ctx or cap else None

    def info(self) -> dict[str, ModelInfo]:
        """The cached models by id, with their prices and context lengths."""
        return {m["id"]: ModelInfo.from_entry(m) for m in self.load_cached()}

    def prices(self) -> dict[str, Price]:
        """The cached models' prices by id (models without a usable price are left out: unknown)."""
        return prices_of(self.load_cached())


def prices_of(models: list[dict[str, Any]]) -> dict[str, Price]:
    """Prices by model id from a model list as :func:`fetch_models` returns it."""
    from council_desktop.council.estimate import Price

    out: dict[str, Price] = {}
    for m in models:
        price = Price.from_openrouter(m.get("pricing"))
        if price is not None and isinstance(m.get("id"), str):
            out[m["id"]] = price
    return out


def context_lengths_of(models: list[dict[str, Any]]) -> dict[str, int]:
    """Context lengths (tokens) by model id, where the list gives one."""
    return {i.id: i.context_length for i in map(ModelInfo.from_entry, models) if i.context_length}
