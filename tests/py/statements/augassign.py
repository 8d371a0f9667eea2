# Augmented assignment on names, attributes and subscripts; evaluation order.
x = 10
x += 5; x -= 3; x *= 2; x /= 4; x //= 2; x **= 3; x %= 7
print(x)
n = 0b1100
n &= 0b1010; n |= 0b0001; n ^= 0b1111; n <<= 3; n >>= 1
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(tup, alias_t, tup is alias_t)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
b.v *= 3
print(b.v)
d = {"k": 1}
d["k"] += 1
d["k"] **= 5
d.setdefault("new", []).append(0)
d["new"] += [1]
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] -= 2
print(grid)
log = []
class Traced:
    def __init__(self):
        self.data = {"a": 1}
    def __getitem__(self, k):
        log.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f"set {k}={v}")
        self.data[k] = v
def key():
    log.append("key evaluated")
    return "a"
t = Traced()
t[key()] += 100
print(log, t.data)
class Obj:
    def __init__(self):
        self._v = 0
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return 0
o = Obj()
log.clear()
o.counter += 1
print(log, o.counter if "counter" in vars(o) else None)
try:
    undefined_counter += 1
except NameError as e:
    print("NameError:", e)
try:
    missing = {}
    missing["x"] += 1
except KeyError as e:
    print("KeyError:", e)
v = [1]
v *= 3
v[1:2] = []
print(v)
f = 1.5
f //= 0.5
f **= 2
print(f)
