# Tuple and list unpacking, swapping, chained assignment.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = [10, 20]
print(s, t)
[u, (v, w)] = (5, [6, 7])
print(u, v, w)
one, = [1]
(two,) = (2,)
[three] = {3}
print(one, two, three)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
g1, g2, g3 = (n * n for n in range(3))
print(g1, g2, g3)
r1, r2 = range(2)
print(r1, r2)
i = j = k = 0
j += 1
print(i, j, k)
m = n = []
m.append(1)
print(n, m is n)
a, b = c, d = 1, 2
print(a, b, c, d)
nums = [0, 0, 0]
idx = 0
idx, nums[idx] = 1, "set"
print(idx, nums)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
dct = {}
dct["x"], dct["y"] = 1, 2
print(dct)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
lst[1:3], extra = ["a", "b", "c"], "e"
print(lst, extra)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
fib = [0, 1]
for _ in range(8):
    x, y = fib[-2:]
    fib.append(x + y)
print(fib)
def pair():
    return "left", "right"
left, right = pair()
print(left, right)
(a, b), (c, d) = "ab", "cd"
print(a + b + c + d)
