"""Council presets: members, chairman, mode, prompts, temperatures and timeouts under one name.

A few starters ship with the app (:func:`starters`); the user's own presets live in the settings file
(``presets``) and win over a starter of the same name. A preset never holds a key: exports are plain JSON of the
fields below, and an import validates every field (:data:`PRESET`) before anything is saved.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import field, replace
from typing import Any, get_args

from council_desktop.council.orchestrator import CouncilOptions
from council_desktop.council.prompts import VARIABLES, PromptSet
from council_desktop.council.records import dataclass
from council_desktop.council.vocab import Mode
from council_desktop.storage.validate import Integer, ListOf, Node, Nullable, Number, Obj, OneOf, RecordError, Text

__all__ = ["EXPORT_KIND", "PRESET", "Preset", "PresetError", "export_presets", "import_presets", "starters"]

EXPORT_KIND = "council-desktop-presets"


class PresetError(ValueError):
    """A preset (or a presets file) cannot be used; the message names the field."""


@dataclass(frozen=True, slots=True)
class Preset:
    """A named council. ``None`` for a knob means "the settings' value"; ``prompts`` holds only edited prompts."""

    name: str
    members: tuple[str, ...]
    chairman: str
    mode: Mode = "full"
    description: str = ""
    prompts: Mapping[str, str] = field(default_factory=dict)
    temperature: float | None = None
    review_temperature: float | None = None
    chairman_temperature: float | None = None
    first_token_timeout: float | None = None
    total_timeout: float | None = None
    max_tokens: int | None = None
    starter: bool = False  # shipped with the app (not saved unless edited)

    def prompt_set(self) -> PromptSet:
        return PromptSet.from_dict(self.prompts)

    def options(self, base: CouncilOptions) -> CouncilOptions:
        """``base`` (from the settings) with this preset's knobs applied."""
        changes = {k: getattr(self, k) for k in ("temperature", "review_temperature", "chairman_temperature",
                                                  "first_token_timeout", "total_timeout", "max_tokens")
                   if getattr(self, k) is not None}
        options = replace(base, **changes)
        return replace(options, total_timeout=max(options.total_timeout, options.first_token_timeout))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "members": list(self.members), "chairman": self.chairman,
                             "mode": self.mode}
        if self.description:
            d["description"] = self.description
        prompts = {k: v for k, v in self.prompts.items() if v and v != getattr(PromptSet(), k)}
        if prompts:
            d["prompts"] = prompts
        for k in ("temperature", "review_temperature", "chairman_temperature", "first_token_timeout",
                  "total_timeout", "max_tokens"):
            if getattr(self, k) is not None:
                d[k] = getattr(self, k)
        return d

    @staticmethod
    def from_dict(d: Any, path: str = "preset") -> Preset:
        """A preset from JSON, every field checked; :class:`PresetError` names the first bad one."""
        try:
            clean = PRESET.check(d, path)
        except RecordError as e:
            raise PresetError(str(e)) from e
        members = tuple(dict.fromkeys(m.strip() for m in clean["members"]))
        return Preset(
            name=clean["name"].strip(), members=members, chairman=clean["chairman"].strip(),
            mode=clean.get("mode", "full"), description=clean.get("description", ""),
            prompts=dict(clean.get("prompts") or {}),
            **{k: clean.get(k) for k in ("temperature", "review_temperature", "chairman_temperature",
                                         "first_token_timeout", "total_timeout", "max_tokens")},
        )


_MODEL = Text(one_line=True, nonempty=True, max_len=300)
_TEMPERATURE = Nullable(Number(lo=0, hi=2))
_TIMEOUT = Nullable(Number(lo=1, hi=86_400))

PRESET: Node = Obj({
    "name": Text(one_line=True, nonempty=True, max_len=80),
    "members": ListOf(_MODEL, min_items=1, max_items=64),
    "chairman": _MODEL,
    "mode": OneOf(get_args(Mode)),
    "description": Text(one_line=True, max_len=300),
    "prompts": Obj({k: Text(max_len=50_000) for k in VARIABLES}),
    "temperature": _TEMPERATURE,
    "review_temperature": _TEMPERATURE,
    "chairman_temperature": _TEMPERATURE,
    "first_token_timeout": _TIMEOUT,
    "total_timeout": _TIMEOUT,
    "max_tokens": Nullable(Integer(lo=1, hi=10_000_000)),
}, required=frozenset({"name", "members", "chairman"}))


def starters(local_models: Sequence[str] = ()) -> list[Preset]:
    """The presets that ship with the app. "Local only" is offered when a local provider has known models
    (``local_models``: ``MODEL@PROVIDER`` ids); it needs no OpenRouter key and costs nothing."""
    out = [
        Preset("Fast & cheap", ("openai/gpt-4o-mini", "google/gemini-2.5-flash", "meta-llama/llama-3.3-70b-instruct",
                                "mistralai/mistral-small-3.2-24b-instruct"),
               "google/gemini-2.5-flash", description="Small, fast models: answers in seconds, cents per council.",
               max_tokens=1500, starter=True),
        Preset("Frontier", ("openai/gpt-5.1", "google/gemini-3-pro-preview", "anthropic/claude-sonnet-4.5",
                            "x-ai/grok-4"), "google/gemini-3-pro-preview",
               description="The strongest models, for questions worth the cost.", starter=True),
        Preset("Quick answers", ("openai/gpt-4o-mini", "google/gemini-2.5-flash",
                                 "meta-llama/llama-3.3-70b-instruct"), "google/gemini-2.5-flash", mode="answers",
               description="Just the answers side by side: no review, no synthesis.", max_tokens=1500,
               starter=True),
    ]
    local = list(dict.fromkeys(local_models))
    if local:
        out.append(Preset("Local only", tuple(local[:4]), local[0],
                          description="Models on your own machine: no key, no cost (one request at a time).",
                          max_tokens=512, starter=True))
    return out


def export_presets(presets: Sequence[Preset]) -> str:
    """A presets file: JSON with the presets' fields only (no keys, no provider secrets)."""
    return json.dumps({"kind": EXPORT_KIND, "version": 1, "presets": [p.to_dict() for p in presets]},
                      indent=2, ensure_ascii=False) + "\n"


def import_presets(text: str) -> list[Preset]:
    """Presets from a file written by :func:`export_presets` (or one preset object); every field is checked."""
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError) as e:
        raise PresetError(f"not valid JSON ({e})") from e
    if isinstance(data, dict) and "presets" in data:
        if data.get("kind") not in (None, EXPORT_KIND):
            raise PresetError(f"not a presets file (kind {data.get('kind')!r})")
        items = data["presets"]
    else:
        items = [data]
    if not isinstance(items, list) or not items:
        raise PresetError("the file holds no presets")
    presets = [Preset.from_dict(item, f"presets[{i}]") for i, item in enumerate(items)]
    names = [p.name for p in presets]
    for i, n in enumerate(names):
        if n in names[:i]:
            raise PresetError(f"presets[{i}].name: repeats the preset {n!r}")
    return presets
