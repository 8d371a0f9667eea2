# slice objects and __getitem__ receiving them.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
print(s.indices(20), s.indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
print(slice(None, None, -2).indices(0), slice(10, -10, -3).indices(7))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
data = list(range(20))
print(data[s], data[slice(-5, None)], "abcdef"[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
q = Seq()
print(q[1], q[1:2], q[::3], q[:], q[-1:], q["a":"b"], q[1:2, 3], q[...])
print(q[::], q[1::], q[:2:], q[None])
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
r = slice("a", [1], None)
print(r)
words = "zero one two three four five six".split()
evens, odds = slice(0, None, 2), slice(1, None, 2)
print(words[evens], words[odds], words[slice(*s.indices(len(words)))])
tail = slice(-2, None)
words[tail] = ["FIVE", "SIX"]
print(words)
del words[evens]
print(words)
