# breakpoint() calls sys.breakpointhook with its arguments.
import sys

calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hooked"
print(breakpoint(1, x=2))
print(breakpoint())
print(calls)
