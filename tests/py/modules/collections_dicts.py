# collections: defaultdict, Counter, OrderedDict, ChainMap
from collections import defaultdict, Counter, OrderedDict, ChainMap


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd["a"], "c" in dd, defaultdict(int, {"x": 2}), defaultdict(), dd.default_factory, dict(dd))
show(lambda: defaultdict(1))
show(lambda: defaultdict(None)["x"])
cnt = defaultdict(int)
for ch in "hello world":
    cnt[ch] += 1
print(cnt, isinstance(cnt, dict), cnt.get("zz"), len(cnt))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(dict(nested["a"]), dd.copy(), type(dd.copy()).__name__)

c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), Counter(), c["zz"], sorted(c.elements()))
print(+c, -c, c - Counter("aaa"), c + c, c | Counter("zz"), c & Counter("aab"))
c.update("zzz")
c.subtract({"a": 10})
print(c, c.total())
print(Counter(a=3, b=1) == Counter(a=3, b=1, c=0), Counter({"x": 2}), Counter(["a", "b", "a"]), Counter(a=1) <= Counter(a=2))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
show(lambda: Counter.fromkeys("ab"))
c2 = Counter(a=2, b=-1)
c2 += Counter(b=1)
print(c2)
del c2["nope"]
print(c2, list(c2.keys()))

o = OrderedDict(a=1, b=2, c=3)
print(o, OrderedDict(), repr(OrderedDict(a=1)))
o.move_to_end("a")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(last=False), o.popitem(), o)
show(lambda: OrderedDict().popitem())
show(lambda: o.move_to_end("zz"))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), list(OrderedDict.fromkeys("xyz")))
o2 = OrderedDict()
o2["k"] = 1
o2["j"] = 2
print(list(o2), list(reversed(o2)), o2 | {"z": 0}, type(o2.copy()).__name__)

cm = ChainMap({1: 2}, {3: 4, 1: 9})
print(cm, cm[1], cm[3], len(cm), sorted(cm), 3 in cm, cm.get(7))
cm[5] = 6
print(cm.maps, cm.new_child(), cm.parents)
