"""User settings: council members, chairman, providers, timeouts, temperatures. A JSON file in the config dir."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from council_desktop.council.orchestrator import CouncilOptions

log = logging.getLogger(__name__)

OPENROUTER = "openrouter"
DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
BASE_URL_ENV = "OPENROUTER_BASE_URL"

DEFAULT_MEMBERS: tuple[str, ...] = (
    "openai/gpt-5.1",
    "google/gemini-3-pro-preview",
    "anthropic/claude-sonnet-4.5",
    "x-ai/grok-4",
)
DEFAULT_CHAIRMAN = "google/gemini-3-pro-preview"


@dataclass(frozen=True, slots=True)
class ProviderConfig:
    """An extra OpenAI-compatible provider (Ollama, LM Studio, llama.cpp's server, ...).

    A member ``MODEL_ID@name`` is served by it. ``has_key``: its key lives in the OS keyring.
    ``max_concurrent``: requests beyond this wait in a queue (the row says "queued").
    """

    name: str
    base_url: str
    has_key: bool = False
    max_concurrent: int = 1

    @staticmethod
    def from_dict(d: dict[str, Any]) -> ProviderConfig:
        return ProviderConfig(
            name=str(d["name"]).strip(),
            base_url=str(d["base_url"]).strip().rstrip("/"),
            has_key=bool(d.get("has_key", False)),
            max_concurrent=max(1, int(d.get("max_concurrent", 1))),
        )


@dataclass(frozen=True, slots=True)
class Settings:
    members: tuple[str, ...] = DEFAULT_MEMBERS
    chairman: str = DEFAULT_CHAIRMAN
    base_url: str = DEFAULT_BASE_URL
    providers: tuple[ProviderConfig, ...] = ()
    # OpenRouter has no small concurrency cap; 0 means unlimited.
    openrouter_max_concurrent: int = 0
    first_token_timeout: float = 90.0
    total_timeout: float = 600.0
    temperature: float = 0.7
    review_temperature: float = 0.3
    chairman_temperature: float = 0.5
    max_tokens: int = 4096
    quorum: int | None = None  # a stage ends once this many members finished it (None: wait for all)
    stage_deadline: float | None = None  # seconds after which a stage ends with whoever finished
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["members"] = list(self.members)
        d["providers"] = [asdict(p) for p in self.providers]
        return d

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Settings:
        known = {f.name for f in fields(Settings)}
        base = Settings()
        kwargs: dict[str, Any] = {}
        for k, v in d.items():
            if k not in known:
                continue
            if k == "members":
                kwargs[k] = tuple(str(m).strip() for m in v if str(m).strip())
            elif k == "providers":
                kwargs[k] = tuple(ProviderConfig.from_dict(p) for p in v)
            elif k in ("first_token_timeout", "total_timeout", "temperature", "review_temperature",
                       "chairman_temperature"):
                kwargs[k] = float(v)
            elif k in ("max_tokens", "openrouter_max_concurrent"):
                kwargs[k] = int(v)
            elif k == "quorum":
                kwargs[k] = None if v is None else int(v)
            elif k == "stage_deadline":
                kwargs[k] = None if v is None else float(v)
            elif k == "extra":
                kwargs[k] = dict(v)
            else:
                kwargs[k] = str(v)
        return replace(base, **kwargs)

    def effective_base_url(self, env: dict[str, str] | None = None) -> str:
        """``OPENROUTER_BASE_URL`` overrides the saved base URL."""
        env = dict(os.environ) if env is None else env
        return (env.get(BASE_URL_ENV) or self.base_url or DEFAULT_BASE_URL).rstrip("/")

    def council_options(self, *, first_token_timeout: float | None = None, quorum: int | None = None,
                        stage_deadline: float | None = None) -> CouncilOptions:
        """The knobs of a run; each argument given overrides the saved value (``--timeout``, ``--quorum``,
        ``--stage-deadline``). The total deadline is never shorter than the first-token one.
        """
        first = self.first_token_timeout if first_token_timeout is None else first_token_timeout
        return CouncilOptions(
            max_tokens=self.max_tokens, temperature=self.temperature, review_temperature=self.review_temperature,
            chairman_temperature=self.chairman_temperature, first_token_timeout=first,
            total_timeout=max(self.total_timeout, first),
            quorum=self.quorum if quorum is None else quorum,
            stage_deadline=self.stage_deadline if stage_deadline is None else stage_deadline,
        )

    def provider(self, name: str) -> ProviderConfig | None:
        for p in self.providers:
            if p.name == name:
                return p
        return None


class SettingsError(Exception):
    """The settings file exists but cannot be read."""


class SettingsStore:
    """Loads and saves :class:`Settings` atomically (write to a temp file, then rename)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        if not self.path.exists():
            return Settings()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("top level is not an object")
            return Settings.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise SettingsError(f"The settings file {self.path} cannot be read: {e}") from e

    def load_or_default(self) -> Settings:
        try:
            return self.load()
        except SettingsError as e:
            log.warning("%s; using defaults", e)
            return Settings()

    def save(self, settings: Settings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(settings.to_dict(), f, indent=2, ensure_ascii=False)
                f.write("\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
