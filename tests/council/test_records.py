"""council/records.py's ``dataclass`` behaves as ``dataclasses.dataclass(frozen=True, slots=True)`` does."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections.abc import Mapping
from typing import Any, ClassVar

import pytest

from council_desktop.council import records


def make(dc: Any) -> dict[str, type]:
    """The same little family of classes, made with ``dc``."""

    @dc(frozen=True, slots=True)
    class Point:
        """A point."""

        x: int
        y: int = 0
        tags: tuple[str, ...] = ()
        meta: Mapping[str, Any] = dataclasses.field(default_factory=dict)
        hidden: str = dataclasses.field(default="h", repr=False, compare=False)
        kind: ClassVar[str] = "point"

        def norm(self) -> int:
            return abs(self.x) + abs(self.y)

    @dc(frozen=True, slots=True)
    class Base:
        type: ClassVar[str] = ""

        def to_dict(self) -> dict[str, Any]:
            return {"type": self.type, **{f.name: getattr(self, f.name) for f in dataclasses.fields(self)}}

    @dc(frozen=True, slots=True)
    class Child(Base):
        type: ClassVar[str] = "child"
        stage: int
        note: str | None = None

    @dc(frozen=True, slots=True)
    class Titled:
        prompt: str
        title: str = ""
        late: list[int] = dataclasses.field(default_factory=list, init=False)

        def __post_init__(self) -> None:
            if not self.title:
                object.__setattr__(self, "title", self.prompt[:3])

    @dc(frozen=True, slots=True)
    class OwnRepr:
        a: int

        def __repr__(self) -> str:
            return "mine"

    @dc(frozen=True, slots=True)
    class Empty:
        pass

    @dc(frozen=True, slots=True)
    class Nested:
        inner: Point | None = None
        others: tuple[Point, ...] = ()

    return {c.__name__: c for c in (Point, Base, Child, Titled, OwnRepr, Empty, Nested)}


FAST, STD = make(records.dataclass), make(dataclasses.dataclass)


def both(name: str) -> tuple[type, type]:
    return FAST[name], STD[name]


def test_the_fast_path_is_taken():
    assert all(c in records._made for c in FAST.values())
    assert not any(c in records._made for c in STD.values())


@pytest.mark.parametrize("name", sorted(FAST))
def test_fields_slots_and_match_args_are_the_standard_ones(name):
    fast, std = both(name)
    assert [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.compare)
            for f in dataclasses.fields(fast)] == [(f.name, f.type, f.default, f.default_factory, f.init, f.repr,
                                                    f.compare) for f in dataclasses.fields(std)]
    assert fast.__slots__ == std.__slots__ and fast.__match_args__ == std.__match_args__
    assert dataclasses.is_dataclass(fast) and fast.__doc__ == std.__doc__
    assert fast.__init__.__annotations__ == std.__init__.__annotations__
    assert str(inspect.signature(fast)) == str(inspect.signature(std))  # parameters, defaults, "<factory>"
    for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        mine, theirs = getattr(fast, method), getattr(std, method)
        assert (mine.__qualname__, mine.__module__) == (theirs.__qualname__, theirs.__module__)


def test_init_defaults_factories_and_post_init():
    for cls in both("Point"):
        p = cls(1)
        assert (p.x, p.y, p.tags, p.meta, p.hidden) == (1, 0, (), {}, "h")
        assert cls(1).meta is not p.meta  # a fresh default each time
        assert cls(1, 2, ("a",), {"k": 1}, "z").meta == {"k": 1}
        assert cls(x=3, y=4).norm() == 7
        with pytest.raises(TypeError):
            cls()
        with pytest.raises(TypeError):
            cls(1, 2, (), {}, "z", "extra")
        with pytest.raises(TypeError):
            cls(1, nope=2)
    for cls in both("Titled"):
        t = cls("question")
        assert (t.title, t.late) == ("que", []) and cls("q", "given").title == "given"
        with pytest.raises(TypeError):
            cls("q", late=[1])  # not an __init__ argument


def hashed(obj: Any) -> Any:
    try:
        return hash(obj)
    except TypeError as e:
        return str(e)


def test_equality_hash_and_repr_match():
    fp, sp = both("Point")
    for a, b in [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1,))]:
        assert (fp(*a) == fp(*b)) == (sp(*a) == sp(*b))
        assert hashed(fp(*a)) == hashed(sp(*a)) == "unhashable type: 'dict'"  # meta is a dict
    fc, sc = both("Child")
    assert hash(fc(1, "n")) == hash(sc(1, "n")) == hash((1, "n"))  # the same tuple is hashed
    assert fp(1, hidden="a") == fp(1, hidden="b")
    assert fp(1) != sp(1) and fp(1).__eq__(1) is NotImplemented
    assert repr(fp(1, 2, ("t",))) == repr(sp(1, 2, ("t",)))
    assert fc(1) == fc(1) and fc(1) != fc(2) and repr(fc(2, "n")) == repr(sc(2, "n"))
    assert fc(1).to_dict() == sc(1).to_dict() == {"type": "child", "stage": 1, "note": None}
    fe, se = both("Empty")
    assert fe() == fe() and hash(fe()) == hash(se()) and repr(fe()) == repr(se())
    assert repr(FAST["OwnRepr"](1)) == "mine"
    fn, sn = both("Nested")
    assert repr(fn(fp(1), (fp(2),))) == repr(sn(sp(1), (sp(2),)))


def test_recursive_repr_is_guarded():
    shown = []
    for cls in both("Nested"):
        box: dict[str, Any] = {}
        n = cls(None, (box,))  # type: ignore[arg-type]
        box["self"] = n  # the record holds itself: its own repr says "..."
        shown.append(repr(n))
    assert shown[0] == shown[1] == "make.<locals>.Nested(inner=None, others=({'self': ...},))"


def test_frozen():
    for cls in both("Point"):
        p = cls(1)
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 2
        with pytest.raises(dataclasses.FrozenInstanceError):
            del p.y
        with pytest.raises((AttributeError, TypeError)):
            p.other = 1


def test_replace_asdict_astuple_copy_and_pickle():
    fp, sp = both("Point")
    f, s = fp(1, 2, ("a",), {"k": [1]}), sp(1, 2, ("a",), {"k": [1]})
    assert dataclasses.replace(f, y=5) == fp(1, 5, ("a",), {"k": [1]})
    assert dataclasses.asdict(f) == dataclasses.asdict(s) and dataclasses.astuple(f) == dataclasses.astuple(s)
    assert copy.copy(f) == f and copy.deepcopy(f) == f and copy.deepcopy(f).meta is not f.meta
    assert f.__getstate__() == s.__getstate__()
    assert pickle.loads(pickle.dumps(Pickled(3, ("x",)))) == Pickled(3, ("x",))


@records.dataclass(frozen=True, slots=True)
class Pickled:
    a: int
    b: tuple[str, ...] = ()


def test_other_options_are_the_standard_librarys():
    @records.dataclass(slots=True)
    class Mutable:
        a: int

    @records.dataclass
    class Plain:
        a: int

    m = Mutable(1)
    m.a = 2
    assert m.a == 2 and Plain(1) == Plain(1)
    assert Mutable not in records._made and Plain not in records._made

    @dataclasses.dataclass(frozen=True)
    class StdBase:
        a: int

    @records.dataclass(frozen=True, slots=True)
    class OnStd(StdBase):
        b: int = 0

    assert OnStd not in records._made and OnStd(1).b == 0  # a standard base: the standard decorator


def test_a_non_default_field_after_a_default_is_refused():
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):
        @records.dataclass(frozen=True, slots=True)
        class Bad:
            a: int = 0
            b: int
