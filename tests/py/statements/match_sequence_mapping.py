# match: sequence and mapping patterns, including star and **rest.
def seq(x):
    match x:
        case []:
            return "empty"
        case [single]:
            return f"one item: {single}"
        case [first, second]:
            return f"pair: {first}, {second}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*init, "end"]:
            return f"ends with 'end', init={init}"
        case [a, *_, z] if a == z:
            return f"same ends {a}"
        case (a, b, *middle, c):
            return f"long: {a} {b} {middle} {c}"
for v in ([], [7], (1, 2), [0, 1, 2, 3], ["x", "y", "end"], [5, 1, 5], range(6), "ab", {"a": 1}):
    print(repr(v), "->", seq(v))
def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return f"a={a} b={b} c={c} d={d}"
        case [[[deep]]]:
            return f"deep={deep}"
    return "no match"
print(nested([(1, 2), [3, 4, 5]]), nested([[[9]]]), nested([[1, 2], "xy"]), nested(["ab", "c"]))
def mapping(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
    return "not a mapping"
for v in ({"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red"},
          {"type": "square"}, {"kind": "x"}, {}, [("type", "point")]):
    print(mapping(v))
def commands(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown: {cmd!r}"
for c in ("go north", "go", "take lamp key", "take", "quit", "exit", "dance now"):
    print(commands(c))
def star_capture(x):
    match x:
        case [*all_items]:
            return type(all_items).__name__, all_items
print(star_capture((1, 2)), star_capture(range(2)))
