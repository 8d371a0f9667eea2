# match: literal, capture, wildcard, value and singleton patterns.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "True literal"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case b"bytes":
            return "bytes literal"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case other:
            return f"something else: {other!r}"
for v in (0, 2, "hello", True, None, -1, 2.5, b"bytes", "lengthy text", 99, 1.0, False, [1]):
    print(repr(v), "->", describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color_name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN:
            return "it's green"
        case _:
            return "unknown color"
print(color_name("red"), color_name("green"), color_name("blue"))
def wildcard_only(x):
    match x:
        case _:
            return "always"
print(wildcard_only(object()) , wildcard_only(None))
def capture_binding(x):
    match x:
        case captured:
            pass
    return captured
print(capture_binding(42))
def no_match(x):
    result = "unchanged"
    match x:
        case 1:
            result = "one"
    return result
print(no_match(5), no_match(1))
def complex_literals(x):
    match x:
        case -0:
            return "zero (negative literal)"
        case 1e3:
            return "thousand"
        case "a" "b":
            return "concatenated"
    return "none"
print(complex_literals(0), complex_literals(1000), complex_literals("ab"), complex_literals(0.0))
