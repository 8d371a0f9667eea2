#!/usr/bin/env python3
"""A small realistic module mixing many constructs."""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
__all__ = ["Stack", "main"]


@dataclasses.dataclass(frozen=True, slots=True)
class Point:
    x: float = 0.0
    y: float = 0.0

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y


class Stack(Generic[T]):
    """A LIFO stack."""

    def __init__(self, *items: T) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T, /) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack") from None
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(map(repr, self._items))})"


def describe(value: object) -> str:
    match value:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=0) if x > 0:
            return f"on the positive x axis at {x:.2f}"
        case [Point() as p, *others]:
            return f"{p} and {len(others)} more"
        case {"name": str(name), **rest}:
            return f"{name!r} with {sorted(rest)}"
        case int() | float() as n if n < 0:
            return "negative"
        case _:
            return "something else"


def fib(n: int) -> Iterator[int]:
    a, b = 0, 1
    while (n := n - 1) >= 0:
        yield a
        a, b = b, a + b


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    total = 0
    for i, arg in enumerate(argv, start=1):
        try:
            total += int(arg, 0)
        except ValueError as exc:
            print(f"bad argument #{i}: {arg!r} ({exc})", file=sys.stderr)
            continue
        finally:
            pass
    else:
        print(f"{total = }")
    squares = {n: n ** 2 for n in fib(10) if n % 2 == 0}
    with open(__file__, encoding="utf-8") as fh, open(__file__) as fh2:
        lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
    del fh2
    assert len(lines) > 0, "empty file?"
    print(describe(Point()), describe([Point(1, 2)]), squares, lines[:1])
    return 0 if total >= 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
