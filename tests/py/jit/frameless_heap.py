# Frameless functions that read the objects they are given — tuples unpacked, `is`
# and None tests — borrow everything they see; the call still consumes its arguments
# and returns a new reference, and anything else (another type or length, a subclass)
# makes the ordinary call, with the interpreter's error.
import sys


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def leftmost(node):
    left, right = node
    if left is None:
        return node
    return leftmost(left)


def same(a, b):
    if a is b:
        return 1
    if a is not None:
        return 2
    return 3


def depth_of(node, d):
    left, right = node
    if left is None:
        return d
    return depth_of(left, d + 1)


class Pair(tuple):
    pass


def driver(n):
    total = 0
    for i in range(n):
        total += check_tree(make_tree(i % 6))
        total += same(i, i) + same(None, 1) + same("a", None) + same(None, None)
    return total


print(driver(200))
tree = make_tree(8)
print(check_tree(tree), depth_of(tree, 0))

# Reference counts: the tree, its leftmost leaf (returned), and constants stay exact.
leaf = leftmost(tree)
before = (sys.getrefcount(tree), sys.getrefcount(leaf))
for _ in range(1000):
    x = leftmost(tree)
    y = check_tree(tree)
    del x
after = (sys.getrefcount(tree), sys.getrefcount(leaf))
print(before == after, leaf, leftmost(tree) is leaf)

# Arguments are released once the call returns: temporaries too.
token = object()


def count_refs(n):
    got = 0
    for _ in range(n):
        got += same(token, None) + same([token], None) + same((token, token), token)
    return got


base = sys.getrefcount(token)
print(count_refs(500), sys.getrefcount(token) - base)

# What the frameless path does not cover goes the ordinary way.
print(check_tree(Pair((None, None))), check_tree([None, None]))
try:
    check_tree((None, None, None))
except ValueError as e:
    print("ValueError:", e)
try:
    check_tree(((None, None), 5))
except TypeError as e:
    print("TypeError:", e)
try:
    check_tree(None)
except TypeError as e:
    print("TypeError:", e)
print(depth_of(((((None, 1), 2), 3), 4), 0), depth_of(tree, 2.5))

# Deep structures: the recursion limit applies as it does with frames.
deep = (None, None)
for _ in range(2000):
    deep = (deep, (None, None))
try:
    check_tree(deep)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(5000)
print(check_tree(deep), depth_of(deep, 0))
sys.setrecursionlimit(1000)
