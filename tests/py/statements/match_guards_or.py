# match: guards, or-patterns, as-patterns and evaluation order.
def classify(n):
    match n:
        case int() if n < 0:
            return "negative"
        case 0:
            return "zero"
        case int() if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case _:
            return "not an int"
print([classify(v) for v in (-3, 0, 4, 7, "x")])
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case 400 | 401 | 403 | 404 as code if code != 403:
            return f"client error {code}"
        case 403:
            return "forbidden"
        case int(code) if 500 <= code < 600:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in (200, 204, 302, 404, 403, 503, 999)])
def or_with_captures(x):
    match x:
        case (a, 1) | (1, a):
            return f"a={a}"
        case [a, b] | {"a": a, "b": b}:
            return f"pair a={a} b={b}"
    return "none"
print(or_with_captures((5, 1)), or_with_captures((1, 7)), or_with_captures([2, 3]), or_with_captures({"a": 1, "b": 2}))
log = []
def guard(name, result):
    log.append(name)
    return result
def guarded(x):
    match x:
        case [a] if guard("first guard", a > 10):
            return "first"
        case [a] if guard("second guard", True):
            return "second"
    return "none"
print(guarded([5]), log)
log.clear()
print(guarded([50]), log)
def binding_after_failed_guard(x):
    match x:
        case [a, b] if a > b:
            return "descending"
        case _:
            pass
    return f"bound anyway: a={a}, b={b}"
print(binding_after_failed_guard([1, 2]))
def as_patterns(x):
    match x:
        case [int() as first, *_] as whole:
            return f"first={first} whole={whole}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
    return "none"
print(as_patterns([1, 2, 3]), as_patterns("s"), as_patterns(b"b"), as_patterns([None]))
def nested_or(x):
    match x:
        case {"kind": "a" | "b" as kind, "val": int() | float() as v}:
            return f"{kind}:{v}"
    return "no"
print(nested_or({"kind": "a", "val": 1}), nested_or({"kind": "b", "val": 1.5}), nested_or({"kind": "c", "val": 1}))
