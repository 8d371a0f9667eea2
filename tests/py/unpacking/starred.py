# Starred assignment targets in every position.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, b, *c = 1, 2
print(a, b, c)
*d, e, f = "ef"
print(d, e, f)
*everything, = "abc"
print(everything)
[*lst] = (1, 2)
print(lst, type(lst).__name__)
x, *y = "hello"
print(x, y, type(y).__name__)
*p, q = (i * i for i in range(5))
print(p, q)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
*a, (b, c) = [1, 2, (3, 4)]
print(a, b, c)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
for *front, back in ["ab", "xyz"]:
    print(front, back)
keys = {"k1": 1, "k2": 2, "k3": 3}
one, *others = keys
print(one, others)
one, *others = keys.items()
print(one, others)
line = "name: value: with: colons"
key, *value_parts = line.split(": ")
print(key, ": ".join(value_parts))
def split_ends(seq):
    first, *_, last = seq
    return first, last
print(split_ends([1, 2, 3, 4, 5]), split_ends("ab"))
head, *tail = [None]
print(head, tail)
big = list(range(100))
a, b, *mid, y, z = big
print(a, b, len(mid), y, z)
