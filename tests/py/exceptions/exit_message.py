# sys.exit with a string: printed to stderr, exit status 1.
import sys
def check(value):
    if value < 0:
        sys.exit(f"fatal: negative value {value}")
    return value
try:
    check(-1)
except SystemExit as e:
    print("caught once:", repr(e.code))
values = [5, 3, 0, -2, 7]
total = 0
for v in values:
    total += check(v)
    print("running total", total)
print("unreachable")
