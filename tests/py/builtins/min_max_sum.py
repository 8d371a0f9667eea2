# min, max (key, default, errors) and sum (start, floats).
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("apple", "banana"), max((1, 2), (1, 3)))
print(max([1, 5, 5, 2], key=lambda v: -v), min(["bb", "a", "ccc"], key=len), max(["bb", "a", "cc"], key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0), min((), key=abs, default=-1))
print(max({"a": 3, "b": 9}), max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get), min(range(5, 0, -1)))
print(max(1, 2.5), min(-1, -1.0), max(-1.0, -1), max(True, 1), max([1, True]), min(False, 0))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(max(pairs), min(pairs), max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
for args, kwargs in (((), {}), (([],), {}), ((1,), {}), (([1, "a"],), {}), ((1, 2), {"default": 0}),
                     (([1],), {"bad": 1})):
    try:
        max(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([1, 2], start=100), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5]), sum([True, True, False]), sum(x * x for x in range(4)))
print(sum([2 ** 64, 2 ** 64]), sum([-1, -2]), sum([(1,), (2,)], ()), sum([0.5, 0.25], 1))
for bad in ((["a", "b"], ""), (["a"],), ([1, "a"],), ([[1]], )):
    try:
        print(sum(*bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.v})"
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))
