# list.sort / sorted: key, reverse, stability, errors.
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40), ("fay", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
by_age = sorted(people, key=lambda p: p[1])
by_age.sort(key=lambda p: p[0] in ("dan", "cat"))
print(by_age)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
print(sorted(nums, key=lambda n: (n % 2, n)))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("sorting"), sorted({3: 1, 1: 2, 2: 3}), sorted({5, 1, 3}), sorted(range(5), reverse=True))
print(sorted([1.5, 1, True, 0.5]), sorted([], key=len), sorted([3, 1, 2]).__class__.__name__)
r = [3, 1, 2]
print(r.sort(), r)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x, y: x)
except TypeError as e:
    print("TypeError:", e)
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
big = [(i * 7919) % 1000 for i in range(200)]
s1 = sorted(big)
print(s1[:10], s1[-5:], all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)))
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
