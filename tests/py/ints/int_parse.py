# int() from strings and other values, with the error messages.
good = [("42",), ("  -17  ",), ("+8",), ("1_000_000",), ("ff", 16), ("FF", 16), ("0xff", 16),
        ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2), ("z", 36), ("Zz", 36), ("0", 0),
        ("-0x10", 0), ("777", 8), ("12", 3), ("\t9\n",), ("00012",), ("1_2", 0), ("0b_1_1", 0)]
for args in good:
    print(repr(args[0]), args[1:] and args[1], "->", int(*args))
bad = [("abc",), ("",), (" ",), ("1.5",), ("0x10",), ("012", 0), ("1__0",), ("_1",), ("1_",),
       ("12", 2), ("9", 8), ("g", 16), ("0b2", 0), ("- 5",), ("1e3",)]
for args in bad:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("10", base)
    except ValueError as e:
        print("ValueError:", e)
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(True), int(False))
print(int(), int(2 ** 80), int(-2.5e3))
for v in (float("inf"), float("-inf")):
    try:
        int(v)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
for v in (None, [1], (2,)):
    try:
        int(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __int__(self):
        return 7
class Idx:
    def __index__(self):
        return 9
print(int(Num()), int(Idx()), int("10", Idx()))
print(int(b"42"), int(bytearray(b" 15 ")))
