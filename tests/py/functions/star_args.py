# *args, **kwargs, keyword-only, positional-only and unpacking in calls.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, a=3, b=4))
print(show(*[1, 2], *(3,), **{"x": 1}, y=2, **{"z": 3}))
def mixed(a, b=2, *rest, c, d=4, **opts):
    return (a, b, rest, c, d, opts)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*range(5), c="c", **{"d": "d", "f": "f"}))
def kwonly(*, key, flag=False):
    return key, flag
print(kwonly(key=1), kwonly(flag=True, key=2))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def pos_and_kwargs(name, /, **kw):
    return name, kw
print(pos_and_kwargs("n", name="kw-name"))
def defaults_po(a, b=10, /, c=20):
    return a + b + c
print(defaults_po(1), defaults_po(1, 2), defaults_po(1, 2, 3), defaults_po(1, c=0))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(*range(101)), total(1.5, 2.5, start=10))
args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(posonly(*args, **kwargs))
def star_only_first(*args, sep="-"):
    return sep.join(map(str, args))
print(star_only_first(1, 2, 3), star_only_first("a", sep=""), star_only_first())
def kw_collect(**kw):
    return sorted(kw.items())
print(kw_collect(b=2, a=1), kw_collect(**{"if": 1, "not valid": 2}))
def first_rest(first, *rest):
    return first, rest
print(first_rest(*"hello"), first_rest(*[[1, 2]]))
def modify(*args, **kwargs):
    kwargs["new"] = True
    return type(args).__name__, type(kwargs).__name__, kwargs
original = {"k": 1}
print(modify(**original), original)
print(show(*{3: "a", 1: "b"}, *"xy", **dict(zip("pq", (1, 2)))))
print(mixed.__code__.co_kwonlyargcount, posonly.__code__.co_posonlyargcount, mixed.__kwdefaults__)
