# Indexing and slicing with negative indices and steps.
s = "Hello, World!"
print(s[0], s[4], s[-1], s[-13], len(s))
print(s[0:5], s[7:], s[:5], s[:], s[-6:], s[-6:-1], s[3:3], s[10:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3], s[10:2:-2], s[2:10:-1] == "")
print(s[100:], s[-100:3], s[3:-100], s[-100:100], repr(s[5:100:4]))
print(s[None:None], s[None:4], s[slice(1, 8, 3)], s[slice(None, None, -4)])
for i in (13, -14, 100):
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = "abcdefghij"
for start in (None, -3, 0, 4, 20):
    for stop in (None, -3, 2, 8):
        for step in (None, 1, 2, -1, -3):
            print(t[start:stop:step], end=",")
    print()
print([c for c in "xyz"], list("hé!"), "".join(reversed("stressed")))
print(t[True], t[False:True + 2])
class I:
    def __index__(self):
        return 2
print(t[I()], t[I():5], t[:I()])
