# map, filter, sorted, reversed.
print(list(map(str.upper, ["a", "b"])), list(map(len, ["aa", "b", ""])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(int, "123")), type(map(abs, [])).__name__)
m = map(lambda v: v * 10, range(3))
print(next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda v: v % 3 == 0, range(10))), type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "Apple", "fig", "banana", "apple", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, reverse=True))
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cab"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
data = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
for bad in ({1, 2}, (x for x in "ab"), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
class Rev:
    def __reversed__(self):
        return iter("custom")
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print("".join(reversed(Rev())), list(reversed(SeqOnly())))
