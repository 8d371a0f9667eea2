# CPython 3.11 limits int<->str conversion of huge decimal numbers (4300 digits).
import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-5:])
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("7" * 4300) % 1000)
# hex and binary conversions are not limited
h = hex(2 ** 20000)
print(len(h), h[:6])
print(int("1" + "0" * 5000, 16).bit_length())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
