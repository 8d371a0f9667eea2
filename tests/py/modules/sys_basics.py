# The sys module: argv, maxsize, recursion limit, version info, streams.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_basics.py"), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.version_info < (4,))
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str), isinstance(sys.version, str))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode, sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
n = sys.stdout.write("written with sys.stdout.write\n")
print(n)
sys.stdout.flush()
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, __name__)
print(sys.exc_info(), callable(sys.exit), callable(sys.getsizeof))
print(isinstance(sys.path, list), sys.flags.optimize, sys.dont_write_bytecode in (True, False))
try:
    sys.exit(4)
except SystemExit as e:
    print("SystemExit caught:", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit caught:", repr(e.code))
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
