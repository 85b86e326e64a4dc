"""User settings: council members, chairman, providers, timeouts, temperatures. A JSON file in the config dir.

Every value of the file is checked against :data:`SCHEMA` (one line per setting) when it is read: a wrong type or
range (``"temperature": "inf"``, ``"members": "m/a"``, a negative or NaN timeout) makes the whole file invalid and
:class:`SettingsError` names the setting and what is wrong. Absent settings take their default; unknown keys are
ignored (a newer version's file still loads).

A file that cannot be used is never silently replaced by the defaults (which run four paid models):

* :meth:`SettingsStore.load` raises :class:`SettingsError`; the CLI refuses to run (exit 2) and says which setting
  is wrong, the window shows the message and says the defaults are in force.
* :meth:`SettingsStore.load_or_default` gives the defaults and keeps the reason in :attr:`SettingsStore.problem`
  (logged once), for a caller that must start anyway.
* :meth:`SettingsStore.save` never destroys such a file: it is first kept aside as
  ``settings.json.corrupt-<UTC time>``, so a user's hand-edited council is never lost.

The per-request defaults (timeouts, temperatures, max tokens) come from one place: :class:`CouncilOptions`.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from council_desktop.council.orchestrator import CouncilOptions
from council_desktop.council.records import dataclass
from council_desktop.storage.paths import PRIVATE_FILE, private_dir, tighten
from council_desktop.storage.validate import (
    Boolean,
    Integer,
    Json,
    ListOf,
    MapOf,
    Node,
    Nullable,
    Number,
    Obj,
    OneOf,
    RecordError,
    Text,
)

if TYPE_CHECKING:  # the presets are imported when a file has some, or when they are asked for
    from collections.abc import Mapping

    from council_desktop.storage.presets import Preset

log = logging.getLogger(__name__)

_OPTIONS = CouncilOptions()  # the one source of the per-request defaults

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

APPEARANCES = ("system", "light", "dark")  # the window's colours: follow the OS (default), or always one
TEXT_SCALES = (90, 100, 115, 130, 150, 175, 200)  # the window's text size, in percent of the system's
# The window's language: follow the system's locale (default), or one of the shipped catalogues. The window's
# list of them with their names (council_desktop.ui.i18n.LANGUAGES) must have these keys.
LANGUAGE_CHOICES = ("system", "en", "de", "fr", "es", "zh_CN")


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
    context_length: int | None = None  # the models' window when the server does not say (llama-cpp-python)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> ProviderConfig:
        return ProviderConfig(
            name=str(d["name"]).strip(),
            base_url=str(d["base_url"]).strip().rstrip("/"),
            has_key=d.get("has_key") is True,
            max_concurrent=max(1, int(d.get("max_concurrent", 1))),
            context_length=_positive_or_none(d.get("context_length")),
        )


def _positive_or_none(value: object) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    number = int(value)  # type: ignore[call-overload]
    return number if number > 0 else None


#: Ready-made entries for the usual local servers. Each serves one request at a time by default (Ollama queues
#: the rest itself; llama.cpp's and LM Studio's servers run one generation per loaded model), so the app queues
#: the others and shows them as queued instead of letting them time out inside the server.
LOCAL_PROVIDER_PRESETS: tuple[tuple[str, ProviderConfig], ...] = (
    ("Ollama", ProviderConfig("ollama", "http://127.0.0.1:11434/v1", max_concurrent=1)),
    ("LM Studio", ProviderConfig("lmstudio", "http://127.0.0.1:1234/v1", max_concurrent=1)),
    ("llama.cpp server", ProviderConfig("llamacpp", "http://127.0.0.1:8080/v1", max_concurrent=1)),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the settings file holds; absent settings take the defaults below."""

    members: tuple[str, ...] = DEFAULT_MEMBERS
    chairman: str = DEFAULT_CHAIRMAN
    base_url: str = DEFAULT_BASE_URL
    providers: tuple[ProviderConfig, ...] = ()
    # OpenRouter has no small concurrency cap; 0 means unlimited.
    openrouter_max_concurrent: int = 0
    first_token_timeout: float = _OPTIONS.first_token_timeout
    total_timeout: float = _OPTIONS.total_timeout
    temperature: float = _OPTIONS.temperature
    review_temperature: float = _OPTIONS.review_temperature
    chairman_temperature: float = _OPTIONS.chairman_temperature
    max_tokens: int = _OPTIONS.max_tokens
    quorum: int | None = _OPTIONS.quorum  # a stage ends once this many members finished it (None: wait for all)
    stage_deadline: float | None = _OPTIONS.stage_deadline  # seconds after which a stage ends with whoever finished
    web_search: bool = _OPTIONS.web_search  # members search the web where their provider can
    budget: float | None = None  # USD a run may spend at most (None: no cap)
    presets: tuple[Preset, ...] = ()  # the user's own (a starter of the same name is replaced)
    preset: str | None = None  # the preset in force in the window (None: the council above)
    # member spec -> its context window in tokens, when neither OpenRouter nor the server says (or says wrong)
    context_lengths: dict[str, int] = field(default_factory=dict)
    appearance: str = "system"  # one of APPEARANCES
    text_scale: int = 100  # percent of the system's text size, one of TEXT_SCALES
    language: str = "system"  # one of LANGUAGE_CHOICES; applied when the window starts (the CLI stays English)
    favourite_models: tuple[str, ...] = ()  # starred in the model picker (listed first, a filter of their own)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["members"] = list(self.members)
        d["providers"] = [asdict(p) for p in self.providers]
        d["presets"] = [p.to_dict() for p in self.presets]
        d["favourite_models"] = list(self.favourite_models)
        return d

    def local_models(self) -> list[str]:
        """``MODEL@PROVIDER`` ids the settings know of (the council's own), for the "Local only" starter."""
        return [m for m in (*self.members, self.chairman) if "@" in m]

    def all_presets(self) -> list[Preset]:
        """The user's presets, then the starters whose names they do not take."""
        from council_desktop.storage.presets import starters

        mine = {p.name.casefold() for p in self.presets}
        return [*self.presets, *(p for p in starters(self.local_models()) if p.name.casefold() not in mine)]

    def find_preset(self, name: str) -> Preset | None:
        """A preset by name (case does not matter)."""
        for p in self.all_presets():
            if p.name.casefold() == name.strip().casefold():
                return p
        return None

    @staticmethod
    def from_dict(d: Any) -> Settings:
        """Settings from the file's JSON; raises :class:`SettingsError` naming the first bad setting."""
        try:
            clean = SCHEMA.check(d, "")
        except RecordError as e:
            raise SettingsError(str(e), field=e.path) from e
        known = {f.name for f in fields(Settings)}
        kwargs: dict[str, Any] = {k: v for k, v in clean.items() if k in known}
        if "members" in kwargs:
            kwargs["members"] = tuple(m.strip() for m in kwargs["members"])
        if "chairman" in kwargs:
            kwargs["chairman"] = kwargs["chairman"].strip()
        if "favourite_models" in kwargs:
            kwargs["favourite_models"] = tuple(dict.fromkeys(m.strip() for m in kwargs["favourite_models"]))
        if "providers" in kwargs:
            names = [p["name"].strip() for p in kwargs["providers"]]
            for i, name in enumerate(names):
                if name in names[:i]:
                    raise SettingsError(f"providers[{i}].name: repeats the provider {name!r}",
                                        field=f"providers[{i}].name")
            kwargs["providers"] = tuple(ProviderConfig.from_dict(p) for p in kwargs["providers"])
        if kwargs.get("presets"):
            from council_desktop.storage.presets import Preset, PresetError

            try:
                presets = tuple(Preset.from_dict(p, f"presets[{i}]") for i, p in enumerate(kwargs["presets"]))
            except PresetError as e:
                raise SettingsError(str(e), field="presets") from e
            names = [p.name.casefold() for p in presets]
            for i, name in enumerate(names):
                if name in names[:i]:
                    raise SettingsError(f"presets[{i}].name: repeats the preset {presets[i].name!r}",
                                        field=f"presets[{i}].name")
            kwargs["presets"] = presets
        elif "presets" in kwargs:
            kwargs["presets"] = ()
        if "context_lengths" in kwargs:
            kwargs["context_lengths"] = {m.strip(): n for m, n in kwargs["context_lengths"].items() if m.strip()}
        for k in ("first_token_timeout", "total_timeout", "temperature", "review_temperature",
                  "chairman_temperature", "stage_deadline"):
            if kwargs.get(k) is not None:
                kwargs[k] = float(kwargs[k])
        return replace(Settings(), **kwargs)

    def effective_base_url(self, env: Mapping[str, str] | None = None) -> str:
        """``OPENROUTER_BASE_URL`` overrides the saved base URL (read in place: a run's start asks once a member)."""
        override = (os.environ if env is None else env).get(BASE_URL_ENV)
        return (override or self.base_url or DEFAULT_BASE_URL).rstrip("/")

    def council_options(self, *, first_token_timeout: float | None = None, quorum: int | None = None,
                        stage_deadline: float | None = None, web_search: bool | None = None,
                        budget: float | None = None) -> CouncilOptions:
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
            web_search=self.web_search if web_search is None else web_search,
            budget=self.budget if budget is None else budget,
        )

    def provider(self, name: str) -> ProviderConfig | None:
        for p in self.providers:
            if p.name == name:
                return p
        return None


class SettingsError(Exception):
    """The settings file exists but cannot be used; ``field`` names the bad setting (None: the file itself)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


# -- the schema: one line per setting ------------------------------------------------------------------------

class HttpUrl(Text):
    """An ``http://`` or ``https://`` URL."""

    def __init__(self) -> None:
        super().__init__(one_line=True, nonempty=True, max_len=2000)
        self.expects = "an http:// or https:// URL"

    def check(self, value: Any, path: str) -> Any:
        text = super().check(value, path)
        if not text.strip().lower().startswith(("http://", "https://")):
            raise self.fail(value, path)
        return text


def _model_id() -> Text:
    return Text(one_line=True, nonempty=True, max_len=300)


TIMEOUT = Number(lo=1, hi=86_400)  # seconds: NaN, negative and zero are refused
TEMPERATURE = Number(lo=0, hi=2)

PROVIDER = Obj({
    "name": Text(one_line=True, nonempty=True, max_len=100),
    "base_url": HttpUrl(),
    "has_key": Boolean(),
    "max_concurrent": Integer(lo=1, hi=1000),
    "context_length": Nullable(Integer(lo=1, hi=100_000_000)),
}, required=frozenset({"name", "base_url"}))

SCHEMA: Node = Obj({
    "members": ListOf(_model_id(), min_items=1, max_items=64),
    "chairman": _model_id(),
    "base_url": HttpUrl(),
    "providers": ListOf(PROVIDER, max_items=64),
    "openrouter_max_concurrent": Integer(lo=0, hi=1000),
    "first_token_timeout": TIMEOUT,
    "total_timeout": TIMEOUT,
    "temperature": TEMPERATURE,
    "review_temperature": TEMPERATURE,
    "chairman_temperature": TEMPERATURE,
    "max_tokens": Integer(lo=1, hi=10_000_000),
    "quorum": Nullable(Integer(lo=1, hi=64)),
    "stage_deadline": Nullable(TIMEOUT),
    "web_search": Boolean(),
    "budget": Nullable(Number(lo=0, hi=1_000_000)),
    "presets": ListOf(Json(), max_items=200),  # each checked by presets.PRESET in from_dict
    "preset": Nullable(Text(one_line=True, max_len=80)),
    "context_lengths": MapOf(key=_model_id(), value=Integer(lo=1, hi=100_000_000), max_items=1000),
    "appearance": OneOf(APPEARANCES),
    "text_scale": OneOf(TEXT_SCALES),
    "language": OneOf(LANGUAGE_CHOICES),
    "favourite_models": ListOf(_model_id(), max_items=500),
    "extra": Json(),
})


class SettingsStore:
    """Loads and saves :class:`Settings` atomically (write to a temp file, then rename), ``0600``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None  # why load_or_default gave the defaults
        self.kept_aside: Path | None = None  # where save() put a file it could not read

    def load(self) -> Settings:
        """The saved settings (defaults when there is no file). Raises :class:`SettingsError` naming the file and
        the bad setting."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except (OSError, UnicodeDecodeError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            raise SettingsError(f"The settings file {self.path} cannot be read: {reason}.") from e
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as e:
            raise SettingsError(f"The settings file {self.path} is not valid JSON ({e}).") from e
        if not isinstance(data, dict):
            raise SettingsError(f"The settings file {self.path} must hold a JSON object, not a "
                                f"{type(data).__name__}.")
        try:
            return Settings.from_dict(data)
        except SettingsError as e:
            raise SettingsError(f"The settings file {self.path} has a bad setting: {e}.", field=e.field) from e

    def load_or_default(self) -> Settings:
        """The saved settings, or the defaults when the file cannot be used: then :attr:`problem` says why."""
        try:
            settings = self.load()
        except SettingsError as e:
            if self.problem != str(e):
                log.warning("%s Using the default settings until it is fixed.", e)
            self.problem = str(e)
            return Settings()
        self.problem = None
        return settings

    def save(self, settings: Settings) -> None:
        """Write ``settings``; a file there that cannot be read is kept aside first (:attr:`kept_aside`)."""
        private_dir(self.path.parent)
        self._keep_aside_if_unreadable()
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(settings.to_dict(), f, indent=2, ensure_ascii=False)
                f.write("\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        tighten(self.path, PRIVATE_FILE)
        self.problem = None

    def _keep_aside_if_unreadable(self) -> None:
        try:
            self.load()
        except SettingsError:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
            n = 1
            while aside.exists():
                n += 1
                aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            os.replace(self.path, aside)
            self.kept_aside = aside
            log.warning("the settings file %s could not be read; it is kept as %s", self.path, aside)
