import sys
print(sys.get_int_max_str_digits())
s = '7' * 4300
print(len(str(int(s))))
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError', e)
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError', e)
print(len(hex(10 ** 5000)) > 4000, int('f' * 5000, 16) > 0)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(int('9' * 4999))))
