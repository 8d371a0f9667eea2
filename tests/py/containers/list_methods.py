# list methods and their errors.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.extend("ab")
print(a, len(a))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5, 2), a.count(1), a.count("zz"))
for fn, args in ((a.remove, ("zz",)), (a.index, ("zz",)), (a.index, (3, 2))):
    try:
        fn(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
b.clear()
print(b, a[:3])
nums = [5, 2, 8, 1]
nums += [0]
nums *= 2
print(nums, nums * 0, [0] * 3, [[]] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] + [3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [1, [2]] == [1, [2]])
print(3 in nums, 7 in nums, nums.index(8), list(reversed([1, 2, 3])), sorted(nums)[:3])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < ["a", 1]
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
x.append(x)
print(x, len(x), x[3][3][0])
y = list(range(5))
print(y.__len__(), y.__getitem__(-1), y.__contains__(3), list(), list("hi"), list((1, 2)), list({1: 2}))
