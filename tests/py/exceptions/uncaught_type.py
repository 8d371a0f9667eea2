# Uncaught TypeError when adding incompatible types in a loop.
def describe(values):
    kinds = {}
    for v in values:
        kinds[type(v).__name__] = kinds.get(type(v).__name__, 0) + 1
    return kinds
items = [1, 2, "3", 4]
print(describe(items))
try:
    print(sum(items))
except TypeError as e:
    print("sum failed:", e)
print(sum(int(v) for v in items))
total = 0
for item in items:
    print("adding", repr(item))
    total = total + item
print(total)
