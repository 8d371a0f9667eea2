# Chained comparisons: semantics and single evaluation of middle operands.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x == 5, 5 == x == 5.0, 1 < 2 < 3 < 4 < 5, 1 < 3 > 2 < 4)
print(0 <= x <= 4, x != 5 != 6, 1 < x != 5, "a" < "b" < "c", [1] < [2] <= [2])
log = []
def val(name, v):
    log.append(name)
    return v
print(val("a", 1) < val("b", 2) < val("c", 3), log)
log.clear()
print(val("a", 1) < val("b", 0) < val("c", 3), log)
log.clear()
print(val("a", 5) > val("b", 3) > val("c", 4) > val("d", 0), log)
log.clear()
print(val("a", 1) == val("b", 1) in [val("c", 1)], log)
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]], None is None is not False)
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v
a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
print(b < a < c)
class WeirdBool:
    def __lt__(self, other):
        return "truthy string"
w = WeirdBool()
print(w < 1, w < 1 < 2, (w < 1) < 2 if False else "skip")
r = 1 < 2 and 2 < 3
print(r, (1 < 2) < 3, 1 < (2 < 3), True == 1 < 2)
ages = [15, 25, 35, 70]
print([age for age in ages if 18 <= age < 65])
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
print(3 > 2 == 2, (3 > 2) == 2, not 1 < 0 < 2)
