# Slice reading, slice assignment (incl. extended slices) and deletion.
a = list(range(10))
print(a[2:5], a[-3:], a[::3], a[::-1], a[7:2:-2], a[20:], a[-20:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:2] = []
print(b)
b[len(b):] = [7, 7]
print(b)
b[-2:] = "ab"
print(b)
b[3:1] = [None]
print(b)
c = list(range(10))
c[::2] = "ABCDE"
print(c)
c[1::3] = [0, 0, 0]
print(c)
c[::-3] = [9, 9, 9, 9]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[::-1] = []
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
d = list(range(10))
del d[1:3]
print(d)
del d[::2]
print(d)
del d[-1]
print(d)
del d[10:20]
print(d)
del d[:]
print(d)
for idx in (5, -1):
    try:
        d[idx] = 1
    except IndexError as e:
        print("IndexError:", e)
try:
    del d[0]
except IndexError as e:
    print("IndexError:", e)
key = "a"
try:
    [1, 2][key]
except TypeError as e:
    print("TypeError:", e)
e = [1, 2, 3, 4, 5]
e[1:4] = e
print(e)
f = [1, 2, 3]
f[:] = (x * 10 for x in f)
print(f)
g = [0, 1, 2, 3, 4, 5]
g[1:5:2] = [10, 30]
del g[::-2]
print(g, g[slice(1, None)], g[slice(None, None, 2)])
