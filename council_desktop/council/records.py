"""``dataclass``: the standard decorator, cheaper to apply to the engine's frozen records.

``dataclasses.dataclass`` writes six methods of a frozen class as source text and compiles each one
(``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``): some 1.5 ms a class on
a small machine, and ``ask`` defines some fifty records (events, run state, settings, requests) before its first
request. For ``@dataclass(frozen=True, slots=True)`` this module compiles ``__init__`` and ``__eq__`` together,
in one piece of source as short as it can be (they run for every record made and compared, so they stay generated
code); the other four are shared functions over the class's field names that behave as the generated ones do
(Python 3.11's: ``__hash__`` hashes the tuple of the hashed fields, ``__repr__`` guards against recursion,
assigning or deleting a field raises ``FrozenInstanceError``); pickling and copying use the same
``__getstate__``/``__setstate__`` as the standard library's. The class is built by ``dataclasses.dataclass``
itself (fields, defaults, slots, ``__match_args__``), so ``dataclasses.fields``, ``replace``, ``asdict`` and
``is_dataclass`` work as before. One difference remains: ``__dataclass_params__`` says what the standard library
was asked for (``eq``, ``repr`` and ``frozen`` false).

Any other options, a base dataclass not made here, ``InitVar`` or ``KW_ONLY`` fields: ``dataclasses.dataclass``
as it is. Type checkers see ``dataclasses.dataclass``.
"""

from __future__ import annotations

import _thread
import dataclasses
import inspect
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

__all__ = ["dataclass"]

_made: set[type] = set()  # the classes built here (a subclass of one may be built here too)
_FAST_OPTIONS = {"frozen": True, "slots": True}


class _HasDefaultFactory:
    def __repr__(self) -> str:
        return "<factory>"  # as in the standard library's signatures


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _dataclass(cls: type | None = None, /, **options: Any) -> Any:
    def wrap(c: type) -> type:
        if options == _FAST_OPTIONS and _fast_path_fits(c):
            return _frozen_record(c)
        made: type = dataclasses.dataclass(c, **options)
        return made

    return wrap if cls is None else wrap(cls)


if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
else:
    dataclass = _dataclass


def _fast_path_fits(cls: type) -> bool:
    annotations = inspect.get_annotations(cls)
    if any("InitVar" in str(a) or "KW_ONLY" in str(a) for a in annotations.values()):
        return False
    return all(base in _made or not dataclasses.is_dataclass(base) for base in cls.__mro__[1:])


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """``obj -> (obj.a, obj.b, …)``, a tuple whatever the number of names."""
    if len(names) >= 2:
        return attrgetter(*names)
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return lambda obj: ()


def _frozen_record(cls: type) -> type:
    own = cls.__dict__
    class_hash = own.get("__hash__", dataclasses.MISSING)
    explicit_hash = not (class_hash is dataclasses.MISSING or (class_hash is None and "__eq__" in own))
    own_repr, own_eq = "__repr__" in own, "__eq__" in own
    docless = not getattr(cls, "__doc__", None)
    new: Any = dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=False, slots=True)
    fields = dataclasses.fields(new)
    for name, method in _methods(new, fields, eq=not own_eq).items():
        setattr(new, name, method)
    if not own_repr:
        new.__repr__ = _repr(tuple(f.name for f in fields if f.repr))
    if not explicit_hash:
        hashed = _getter(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))

        def __hash__(self: Any) -> int:
            return hash(hashed(self))

        new.__hash__ = __hash__
    names = frozenset(f.name for f in fields)

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is new or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(new, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is new or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(new, self).__delattr__(name)

    new.__setattr__ = __setattr__
    new.__delattr__ = __delattr__
    if "__getstate__" not in own:
        new.__getstate__ = _getstate
    if "__setstate__" not in own:
        new.__setstate__ = _setstate
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        fn = new.__dict__.get(name)
        if fn is not None and getattr(fn, "__module__", None) in (__name__, None):  # the class's own, as
            fn.__qualname__ = f"{new.__qualname__}.{name}"                           # generated ones are
            fn.__module__ = new.__module__
    if docless:
        new.__doc__ = new.__name__ + str(inspect.signature(new)).replace(" -> None", "")
    _made.add(new)
    made: type = new
    return made


def _methods(cls: type, fields: tuple[dataclasses.Field[Any], ...], *, eq: bool) -> dict[str, Any]:
    """``__init__`` as the standard library writes a frozen one (same parameters, defaults, factories and
    ``__post_init__``) and, when ``eq``, its ``__eq__``: the compiled methods (they run for every record made and
    compared). One compilation for both; the defaults go in ``__defaults__`` rather than being named in the
    source."""
    env: dict[str, Any] = {"__name__": None, "__set": object.__setattr__, "__F": _HAS_DEFAULT_FACTORY}
    params: list[str] = []
    defaults: list[Any] = []
    body: list[str] = []
    for f in fields:
        has_default = f.default is not dataclasses.MISSING
        has_factory = f.default_factory is not dataclasses.MISSING
        if has_factory:
            env[f"__f_{f.name}"] = f.default_factory
        elif has_default and not f.init:
            env[f"__d_{f.name}"] = f.default
        if f.init:
            if has_default or has_factory:
                params.append(f"{f.name}=0")  # the real default is in __defaults__
                defaults.append(f.default if has_default else _HAS_DEFAULT_FACTORY)
            elif defaults:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            else:
                params.append(f.name)
            value = f"__f_{f.name}() if {f.name} is __F else {f.name}" if has_factory else f.name
        elif has_factory:
            value = f"__f_{f.name}()"
        elif has_default:
            value = f"__d_{f.name}"
        else:
            continue
        body.append(f" __set(self,{f.name!r},{value})")
    if hasattr(cls, "__post_init__"):
        body.append(" self.__post_init__()")
    source = f"def __init__(self{''.join(', ' + p for p in params)}):\n" + ("\n".join(body) or " pass") + "\n"
    if eq:
        compared = [f.name for f in fields if f.compare]
        mine, theirs = (f"({''.join(f'{x}.{n},' for n in compared)})" for x in ("self", "other"))
        source += (f"def __eq__(self, other):\n if other.__class__ is self.__class__:\n  return {mine}=={theirs}\n"
                   " return NotImplemented\n")
    exec(source, env)  # our own source, as dataclasses does
    env["__init__"].__defaults__ = tuple(defaults) or None
    env["__init__"].__annotations__ = {**{f.name: f.type for f in fields if f.init}, "return": None}
    return {name: env[name] for name in ("__init__", "__eq__") if name in env}


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    running: set[tuple[int, int]] = set()

    def __repr__(self: Any) -> str:
        key = (id(self), _thread.get_ident())
        if key in running:
            return "..."
        running.add(key)
        try:
            return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"
        finally:
            running.discard(key)

    return __repr__


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, f.name) for f in dataclasses.fields(self)]


def _setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(dataclasses.fields(self), state, strict=False):
        object.__setattr__(self, f.name, value)  # frozen: as the standard library's __setstate__ does
