"""The run record format as a small declarative schema: strict for imports, lenient for rows already stored.

One schema, two uses:

* :func:`validate_record` checks a whole import up front and refuses it with the first problem, named by its
  field path (``stage1.answers[0].duration_ms: must be a whole number ≥ 0 or null, got the string '12'``).
* :func:`repair_record` turns whatever is in the database (rows of an older version, or imported before imports
  were checked) into a record of the right types, replacing what cannot be read by the field's default — so
  ``show``, ``export`` and the window never fail on a stored record. Values of the right type come back exactly
  as stored.

Both return a new dict in the export format (:meth:`RunState.to_dict`), ready for :meth:`RunState.from_dict`.
Imported strings are sanitised on the way in: a lone surrogate (JSON ``"\\ud800"``) becomes U+FFFD, and control
characters other than tab and newline become U+FFFD too (one-line fields such as ids and titles lose tab and
newline as well), so no imported text can move a terminal's cursor or break an encoder. Unknown keys are ignored.

To add a field to the format, add one line to the matching ``Obj`` below.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, get_args

from council_desktop.council.state import FORMAT_VERSION, READABLE_VERSIONS, MemberStatus
from council_desktop.council.text import lazy_pattern
from council_desktop.council.vocab import Mode, ParseStatus, RunStatus, StageStatus, SynthesisSource

__all__ = [
    "MAX_IMPORT_BYTES",
    "RECORD",
    "RecordError",
    "clean_text",
    "repair_record",
    "validate_record",
]

MAX_IMPORT_BYTES = 64 * 1024 * 1024  # a whole export file; a 16-member run with long answers is a few MB
MAX_TEXT = 16 * 1024 * 1024  # one answer, review, prompt or synthesis (characters)
MAX_LINE = 1000  # one-line fields: ids, titles, model ids, kinds
MAX_ITEMS = 1000  # members, answers, notices … in one list
MAX_DEPTH = 16  # free-form JSON (the settings object)
MAX_INT = 2**53  # exact in JSON and in SQLite's 64-bit INTEGER
MAX_COST = 1e9  # dollars: anything above is a broken number, not a bill

RUN_ID = lazy_pattern(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_BAD_LINE = lazy_pattern(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_TEXT = lazy_pattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class RecordError(ValueError):
    """A record does not fit the format: ``path`` names the field, ``problem`` says what is wrong."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


def clean_text(text: str, *, one_line: bool = False) -> str:
    """``text`` with lone surrogates and control characters replaced by U+FFFD (tab, CR, LF kept unless one_line)."""
    if text.isascii() and text.isprintable():  # most text: nothing to replace, no pattern to compile
        return text
    return (_BAD_LINE if one_line else _BAD_TEXT)().sub("\ufffd", text)


def _shown(value: object) -> str:
    """How a wrong value is named in a message: its JSON type and a short, inert excerpt."""
    kinds = {bool: "a boolean", int: "the number", float: "the number", str: "the string", list: "a list",
             dict: "an object", type(None): "null"}
    kind = kinds.get(type(value), type(value).__name__)
    if isinstance(value, bool | list | dict) or value is None:
        return kind
    text = repr(clean_text(value, one_line=True) if isinstance(value, str) else value)
    return f"{kind} {text[:40] + '…' if len(text) > 40 else text}"


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


# -- the schema nodes ----------------------------------------------------------------------------------------
# ``check`` (strict) returns the clean value or raises RecordError. ``repair`` (lenient) always returns a value of
# the right type: ``_coerce`` converts what it sensibly can ("12" → 12 for a number) or answers _BAD, and then the
# node's fallback (its default) takes the place of the value.

_BAD: Any = object()


class Node:
    """A schema node. The nodes are plain classes, not dataclasses: a dataclass compiles its methods when it is
    defined, and the settings schema is built on every start of the app and the CLI."""

    default: Any = None
    expects = "a value"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"

    def check(self, value: Any, path: str) -> Any:
        raise NotImplementedError

    def _coerce(self, value: Any) -> Any:
        try:
            return self.check(value, "")
        except RecordError:
            return _BAD

    def repair(self, value: Any) -> Any:
        fixed = self._coerce(value)
        return self.fallback() if fixed is _BAD else fixed

    def fallback(self) -> Any:
        return self.default

    def fail(self, value: Any, path: str) -> RecordError:
        return RecordError(path, f"must be {self.expects}, got {_shown(value)}")


class Text(Node):
    """A string; ``one_line`` for ids, titles and model ids; ``nonempty`` when blank makes no sense."""

    def __init__(self, one_line: bool = False, nonempty: bool = False, max_len: int = MAX_TEXT,
                 default: Any = "") -> None:
        self.one_line = one_line
        self.nonempty = nonempty
        self.max_len = max_len
        self.default = default
        self.expects = "a non-empty string" if nonempty else "a string"

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise self.fail(value, path)
        if len(value) > self.max_len:
            raise RecordError(path, f"is too long ({len(value):,} characters; at most {self.max_len:,})")
        if self.nonempty and not value.strip():
            raise RecordError(path, "must not be empty")
        return clean_text(value, one_line=self.one_line)

    def _coerce(self, value: Any) -> Any:  # a stored text is given back as stored: it was checked on the way in
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value if isinstance(value, str) else _BAD


class RunId(Node):
    """A run id: letters, digits, ``.``, ``_``, ``-``; at most 128 characters (a uuid4 hex is 32)."""

    expects = "a run id (1-128 letters, digits, '.', '_' or '-', starting with a letter or digit)"
    default = ""

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str) or not RUN_ID().fullmatch(value):
            raise self.fail(value, path)
        return value

    def _coerce(self, value: Any) -> Any:
        return str(value)  # a stored id is what addresses its row: shown as it is, never replaced


class Timestamp(Node):
    """An ISO 8601 date and time (``2025-03-01T10:00:00.000+00:00``)."""

    expects = "an ISO 8601 date and time"
    default = ""

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str) or len(value) > 64:
            raise self.fail(value, path)
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(value, path) from None
        return value

    def _coerce(self, value: Any) -> Any:  # shown as stored (units.local_time falls back to the raw text)
        return value if isinstance(value, str) else _BAD


class Integer(Node):
    def __init__(self, lo: int = 0, hi: int = MAX_INT, default: Any = 0) -> None:
        self.lo = lo
        self.hi = hi
        self.default = default
        self.expects = f"a whole number ≥ {lo}" if hi == MAX_INT else f"a whole number from {lo} to {hi}"

    def check(self, value: Any, path: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or not self.lo <= value <= self.hi:
            raise self.fail(value, path)
        return value

    def _coerce(self, value: Any) -> Any:
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        elif isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                return _BAD
        return super()._coerce(value)


class Number(Node):
    """A finite number (NaN and ±Infinity, which Python's JSON reader accepts, are refused)."""

    def __init__(self, lo: float = 0.0, hi: float = MAX_COST, default: Any = 0.0) -> None:
        self.lo = lo
        self.hi = hi
        self.default = default
        self.expects = f"a finite number ≥ {lo:g}" if hi == MAX_COST else f"a number from {lo:g} to {hi:g}"

    def check(self, value: Any, path: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(value, path)
        if not math.isfinite(value) or not self.lo <= value <= self.hi:
            raise self.fail(value, path)
        return value

    def _coerce(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                value = float(value.strip())
            except ValueError:
                return _BAD
        return super()._coerce(value)


class Boolean(Node):
    expects = "true or false"
    default = False

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, bool):
            raise self.fail(value, path)
        return value

    def _coerce(self, value: Any) -> Any:
        if isinstance(value, bool):
            return value
        return bool(value) if isinstance(value, int) else _BAD


class OneOf(Node):
    def __init__(self, values: tuple[Any, ...] = (), default: Any = None) -> None:
        self.values = values
        self.default = default
        self.expects = "one of " + ", ".join(repr(v) for v in values)

    def check(self, value: Any, path: str) -> Any:
        if isinstance(value, bool) or value not in self.values:  # True == 1: a bool is never a number here
            raise self.fail(value, path)
        return value


class Nullable(Node):
    def __init__(self, inner: Node | None = None) -> None:
        self.inner = Node() if inner is None else inner
        self.expects = f"{self.inner.expects} or null"

    def check(self, value: Any, path: str) -> Any:
        if value is None:
            return None
        try:
            return self.inner.check(value, path)
        except RecordError as e:
            if e.path == path and e.problem.startswith("must be "):
                raise self.fail(value, path) from None
            raise

    def _coerce(self, value: Any) -> Any:
        return None if value is None else self.inner._coerce(value)


class ListOf(Node):
    expects = "a list"

    def __init__(self, item: Node | None = None, max_items: int = MAX_ITEMS, min_items: int = 0,
                 unique_by: Callable[[Any], Any] | None = None, unique_what: str = "") -> None:
        self.item = Node() if item is None else item
        self.max_items = max_items
        self.min_items = min_items
        self.unique_by = unique_by  # items that must not repeat (a member listed twice)
        self.unique_what = unique_what

    def fallback(self) -> Any:
        return []

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, list):
            raise self.fail(value, path)
        if len(value) > self.max_items:
            raise RecordError(path, f"has too many items ({len(value):,}; at most {self.max_items:,})")
        if len(value) < self.min_items:
            raise RecordError(path, f"must have at least {self.min_items} item{'s' if self.min_items > 1 else ''}")
        out = [self.item.check(v, _join(path, i)) for i, v in enumerate(value)]
        if self.unique_by is not None:
            seen: set[Any] = set()
            for i, v in enumerate(out):
                key = self.unique_by(v)
                if key in seen:
                    raise RecordError(_join(path, i), f"repeats {self.unique_what} {key!r}")
                seen.add(key)
        return out

    def _coerce(self, value: Any) -> Any:
        if not isinstance(value, list):
            return _BAD
        out = [x for x in (self.item._coerce(v) for v in value[: self.max_items]) if x is not _BAD]
        if self.unique_by is not None:  # the first of repeated items wins
            unique: dict[Any, Any] = {}
            for x in out:
                unique.setdefault(self.unique_by(x), x)
            out = list(unique.values())
        return out


class MapOf(Node):
    """An object of string → string (a reviewer's label map)."""

    expects = "an object of strings"

    def __init__(self, key: Node | None = None, value: Node | None = None, max_items: int = MAX_ITEMS) -> None:
        self.key = Text(one_line=True, max_len=MAX_LINE) if key is None else key
        self.value = Text(one_line=True, max_len=MAX_LINE) if value is None else value
        self.max_items = max_items

    def fallback(self) -> Any:
        return {}

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise self.fail(value, path)
        if len(value) > self.max_items:
            raise RecordError(path, f"has too many entries ({len(value):,}; at most {self.max_items:,})")
        return {self.key.check(k, path): self.value.check(v, _join(path, k)) for k, v in value.items()}

    def _coerce(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return _BAD
        pairs = ((self.key._coerce(k), self.value._coerce(v)) for k, v in list(value.items())[: self.max_items])
        return {k: v for k, v in pairs if k is not _BAD and v is not _BAD}


class Json(Node):
    """Free-form JSON (the settings a run was made with): an object, bounded depth, strings sanitised."""

    expects = "an object"

    def __init__(self, max_depth: int = MAX_DEPTH) -> None:
        self.max_depth = max_depth

    def fallback(self) -> Any:
        return {}

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise self.fail(value, path)
        return self._walk(value, path, 1, True)

    def _coerce(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return _BAD
        try:
            return self._walk(value, "", 1, False)
        except RecordError:
            return _BAD

    def _walk(self, value: Any, path: str, depth: int, clean: bool) -> Any:
        if depth > self.max_depth:
            raise RecordError(path, f"is nested too deeply (more than {self.max_depth} levels)")
        if isinstance(value, dict):
            return {(clean_text(str(k), one_line=True) if clean else k):
                    self._walk(v, _join(path, str(k)), depth + 1, clean) for k, v in value.items()}
        if isinstance(value, list):
            return [self._walk(v, _join(path, i), depth + 1, clean) for i, v in enumerate(value)]
        if isinstance(value, str):
            return clean_text(value) if clean else value
        if isinstance(value, float) and not math.isfinite(value):
            raise RecordError(path, f"must be a finite number, got {value!r}")
        return value


class Obj(Node):
    """A JSON object with known fields; ``required`` ones must be present, absent others take their default
    later (``from_dict``). Unknown keys are left out."""

    expects = "an object"

    def __init__(self, fields: Mapping[str, Node] | None = None, required: frozenset[str] = frozenset()) -> None:
        self.fields: Mapping[str, Node] = {} if fields is None else fields
        self.required = required

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise self.fail(value, path)
        out: dict[str, Any] = {}
        for name, node in self.fields.items():
            where = _join(path, name)
            if name not in value:
                if name in self.required:
                    raise RecordError(where, "is missing")
                continue
            out[name] = node.check(value[name], where)
        return out

    def _coerce(self, value: Any) -> Any:
        if not isinstance(value, dict) or not self.required <= value.keys():
            return _BAD  # an item without its identity (a model run without a model) is dropped
        out = {name: node.repair(value[name]) for name, node in self.fields.items() if name in value}
        for name in self.required:
            node = self.fields[name]
            if isinstance(node, Text) and node.nonempty and not out[name].strip():
                return _BAD
        return out


# -- the record format ---------------------------------------------------------------------------------------
# One line per field. Vocabularies come from council (vocab, state), so a new status is known here the day it
# exists. Formats 1 and 2 are both read: 2 only added fields (and member statuses: format 1 said running/error).

MEMBER_STATUSES: tuple[str, ...] = (*(s.value for s in MemberStatus), "running", "error")


def _line(**kw: Any) -> Text:
    return Text(one_line=True, max_len=MAX_LINE, **kw)


def _opt_text() -> Nullable:
    return Nullable(Text())


def _opt_int() -> Nullable:
    return Nullable(Integer())


def _member(stage: int | None) -> Obj:
    return Obj({
        "model": _line(nonempty=True),
        "stage": OneOf((stage,) if stage else (1, 2, 3), default=stage),
        "status": OneOf(MEMBER_STATUSES, default="failed"),  # an unreadable status: not shown as done
        "text": Text(),
        "partial": Boolean(),
        "reasoning": Text(),
        "duration_ms": _opt_int(),
        "queue_ms": _opt_int(),
        "ttft_ms": _opt_int(),
        "token_count": Integer(),
        "reasoning_tokens": Integer(),
        "exact_tokens": Boolean(),
        "cost": Nullable(Number()),
        "error": _opt_text(),
        "kind": Nullable(_line()),
        "status_code": Nullable(Integer(lo=0, hi=999)),
        "reused": Boolean(),
        "citations": ListOf(Obj({"url": _line(), "title": _line()}, required=frozenset({"url"})), max_items=100),
        "note": _opt_text(),
        "label_map": Nullable(MapOf()),
        "parsed_ranking": Nullable(ListOf(_line())),
        "ranking_models": Nullable(ListOf(_line())),
        "parse_status": Nullable(OneOf(get_args(ParseStatus))),
        "parse_reason": Text(),
    }, required=frozenset({"model", "stage"}))


def _members(stage: int) -> ListOf:
    return ListOf(_member(stage), unique_by=lambda r: r["model"], unique_what="the model")


def _stage(n: int, ok: str, **more: Node) -> Obj:
    return Obj({ok: _members(n), "errors": _members(n), "status": OneOf(get_args(StageStatus), default="done"),
                "notice": _opt_text(), "ended_early": _opt_text(), **more})


AGGREGATE = Obj({
    "model": _line(nonempty=True),
    "average_rank": Nullable(Number(lo=0, hi=MAX_ITEMS)),
    "votes": Integer(hi=MAX_ITEMS),
    "borda": Integer(hi=MAX_ITEMS * MAX_ITEMS),
    "position": Nullable(Integer(lo=1, hi=MAX_ITEMS)),
    "rank": Nullable(Integer(lo=1, hi=MAX_ITEMS)),
}, required=frozenset({"model", "votes", "borda"}))

SYNTHESIS = Obj({
    "chairman": _line(),
    "model": _line(),
    "text": Text(),
    "source": OneOf(get_args(SynthesisSource), default="chairman"),
    "fallback": Boolean(),
    "notice": _opt_text(),
    "duration_ms": _opt_int(),
    "token_count": Integer(),
    "exact_tokens": Boolean(),
    "cost": Nullable(Number()),
}, required=frozenset({"chairman", "model", "text"}))

TURN = Obj({"run_id": _line(), "prompt": Text(), "answer": Text()})

REDO = Obj({
    "members": ListOf(_line(nonempty=True)),
    "reviewers": ListOf(_line(nonempty=True)),
    "chairman": Nullable(_line(nonempty=True)),
})

RECORD = Obj({
    "format_version": OneOf(READABLE_VERSIONS, default=FORMAT_VERSION),
    "id": RunId(),
    "title": _line(),
    "prompt": Text(),
    "members": ListOf(_line(nonempty=True), unique_by=lambda m: m, unique_what="the member"),
    "chairman": _line(),
    "settings": Json(),
    "created_at": Timestamp(),
    "finished_at": Nullable(Timestamp()),
    "status": OneOf(get_args(RunStatus), default="complete"),
    "mode": OneOf(get_args(Mode), default="full"),
    "parent": Nullable(_line()),
    "thread": Nullable(_line()),
    "redo": Nullable(REDO),
    "conversation": ListOf(TURN),
    "conversation_dropped": Integer(),
    "prompts": MapOf(value=Text()),  # the prompt templates the run used ({}: the defaults)
    "error": _opt_text(),
    "notices": ListOf(Text()),
    "stage": Nullable(Integer(hi=3)),
    "stage1": _stage(1, "answers"),
    "stage2": _stage(2, "reviews", aggregate=ListOf(AGGREGATE), skipped=Boolean()),
    "stage3": _stage(3, "attempts", synthesis=Nullable(SYNTHESIS)),
    # Derived from the fields above on export (from_dict reads only totals.wall_ms); checked for their types.
    "degraded": Boolean(),
    "degraded_reasons": ListOf(Text()),
    "aggregate_ranking": ListOf(AGGREGATE),
    "final_answer": _opt_text(),
    "errors": ListOf(_member(None)),
    "totals": Obj({"wall_ms": _opt_int(), "tokens": Integer(), "cost": Nullable(Number()),
                   "tokens_estimated": Boolean()}),
}, required=frozenset({"format_version", "id", "prompt", "members", "chairman", "created_at"}))


def _no_repeats_across(d: Mapping[str, Any], *, strict: bool) -> None:
    """A member appears once per stage: in the answers (reviews, attempts) or in the errors, never both."""
    for stage, ok in (("stage1", "answers"), ("stage2", "reviews"), ("stage3", "attempts")):
        block = d.get(stage)
        if not isinstance(block, dict):
            continue
        seen = {r["model"] for r in block.get(ok) or []}
        kept = []
        for i, r in enumerate(block.get("errors") or []):
            if r["model"] in seen:
                if strict:
                    raise RecordError(f"{stage}.errors[{i}]", f"repeats the model {r['model']!r} of {stage}.{ok}")
                continue
            seen.add(r["model"])
            kept.append(r)
        if "errors" in block:
            block["errors"] = kept


def validate_record(data: Any) -> dict[str, Any]:
    """The record ``data`` (decoded JSON), checked whole and cleaned; raises :class:`RecordError` at the first
    problem. The result has only the known fields, with the right types, ready for ``RunState.from_dict``."""
    clean: dict[str, Any] = RECORD.check(data, "")
    _no_repeats_across(clean, strict=True)
    return clean


def repair_record(data: Any) -> dict[str, Any]:
    """Whatever ``data`` holds, a record dict of the right types (unreadable parts take their defaults)."""
    if not isinstance(data, dict):
        raise RecordError("", f"a run record must be an object, got {_shown(data)}")
    filled = {"id": "", "prompt": "", "chairman": "", "created_at": "", "members": [], **data}
    if filled.get("format_version") not in READABLE_VERSIONS:
        filled["format_version"] = FORMAT_VERSION
    fixed: dict[str, Any] = RECORD.repair(filled)
    _no_repeats_across(fixed, strict=False)
    return fixed
