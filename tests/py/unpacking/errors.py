# Unpacking errors with CPython's messages.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except (ValueError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
def too_few():
    a, b, c = [1, 2]
def too_many():
    a, b = [1, 2, 3]
def too_many_str():
    a, b = "abcd"
def none_unpack():
    a, b = None
def int_unpack():
    a, b = 5
def float_unpack():
    a, = 1.5
def starred_too_few():
    a, b, *c = [1]
def starred_too_few2():
    a, *b, c, d = (1, 2)
def nested_bad():
    (a, b), c = [1, 2], 3, 4
def nested_inner_bad():
    (a, b), c = [1, 2, 3], 4
def gen_too_many():
    a, b = (x for x in range(5))
def gen_too_few():
    a, b, c = (x for x in range(1))
def dict_too_many():
    a, = {"x": 1, "y": 2}
def empty():
    a, = []
def for_target():
    for a, b in [(1, 2), (3,)]:
        pass
def for_int():
    for a, b in [1, 2]:
        pass
def star_call():
    print(*5)
def star_call_none():
    len(*None)
def double_star():
    dict(**[1, 2])
def double_star_keys():
    dict(**{1: 2})
def zero_star():
    a, *b = ()
for fn in (too_few, too_many, too_many_str, none_unpack, int_unpack, float_unpack, starred_too_few,
           starred_too_few2, nested_bad, nested_inner_bad, gen_too_many, gen_too_few, dict_too_many,
           empty, for_target, for_int, star_call, star_call_none, double_star, double_star_keys, zero_star):
    attempt(fn.__name__, fn)
class Weird:
    def __iter__(self):
        return iter([1, 2, 3])
a, *b = Weird()
print(a, b)
class BadIter:
    def __iter__(self):
        return 5
attempt("bad __iter__", lambda: [*BadIter()])
partial = [0, 0]
try:
    partial[0], partial[1], partial[2] = 1, 2, 3
except IndexError as e:
    print("IndexError:", e, partial)
