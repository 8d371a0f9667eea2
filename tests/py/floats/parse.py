# float() from strings and other values.
good = ["1.5", "  -2.25  ", "+3", "1e5", "1E-5", ".5", "5.", "-.5e1", "inf", "-inf", "+inf", "Infinity",
        "-INFINITY", "iNf", "nan", "-nan", "NaN", "1_000.5", "1_0e1_0", "\n\t7\r ", "0", "-0", "00.1",
        "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "0.1000000000000000055511151231257827"]
for s in good:
    print(repr(s), "->", repr(float(s)))
bad = ["", " ", "abc", "1.5.5", "1e", "e5", "0x10", "1_", "_1", "1__0", "in f", "nanx", "- 1", "1,5", "--1", "infinit"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(3), float(-0), float(True), float(2 ** 63), float(b"2.5"))
for v in (None, [1.0], {}):
    try:
        float(v)
    except TypeError as e:
        print("TypeError:", e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return "no"
try:
    float(Bad())
except TypeError as e:
    print("TypeError:", e)
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"), float("4.9e-324"), float("2e-324"))
print(float(" 12 ") + float("0.25"), float("-0") == 0, str(float("-0")))
