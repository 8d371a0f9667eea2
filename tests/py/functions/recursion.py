# Recursion: classic functions, mutual recursion, RecursionError caught.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([item] + rest)
    return out
print(fact(30), fib(20), ackermann(2, 3), len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(is_even(100), is_odd(77), flatten([1, [2, [3, [4, []]], 5]]), permutations([1, 2, 3]))
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("caught, depth below limit:", 50 < depth < 100)
print(fact(40) > 0, "still works after the error")
sys.setrecursionlimit(1000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
print(issubclass(RecursionError, RuntimeError))
