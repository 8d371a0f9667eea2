# Assignment expressions (:=), including inside comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} elements")
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
totals = [total := 0] + [total := total + x for x in data]
print(totals, total)
print([last := c for c in "abc"], last)
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["hi", "hello", "howdy"]), first_long(["a", "b"]))
stack = [1, 2, 3]
out = []
while (top := stack.pop() if stack else None) is not None:
    out.append(top)
print(out, top)
def fn():
    [z := i for i in range(3)]
    return z
print(fn())
def counter_in_genexp():
    count = 0
    items = list((count := count + 1) for _ in range(4))
    return items, count
print(counter_in_genexp())
print((a := 10, a + 1), a)
print(f"{(b := 5)} {b * 2}")
import math
points = [(1, 1), (3, 4), (6, 8)]
print([(p, d) for p in points if (d := math.hypot(*p)) > 2])
nums = [5, 10, 15]
print({(sq := v * v): sq + 1 for v in nums}, sq)
class Holder:
    vals = [w := 1, w + 1]
print(Holder.vals, Holder.w, "w" in globals())
def walrus_in_while():
    chunks = []
    source = iter("abcdefg")
    while chunk := "".join(c for _, c in zip(range(3), source)):
        chunks.append(chunk)
    return chunks
print(walrus_in_while())
