# assert with and without messages, and what gets evaluated.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("message:", e, e.args)
try:
    x = 5
    assert x % 2 == 0, f"x={x} is odd"
except AssertionError as e:
    print("f-string:", e)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("list message:", e.args[0])
calls = []
def msg():
    calls.append("message evaluated")
    return "lazy"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
for n in (3, -1):
    try:
        print(check_positive(n))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert (), 42
except AssertionError as e:
    print(repr(e), e.args)
print(issubclass(AssertionError, Exception), __debug__)
