print(int('101', 2), int('777', 8), int('ff', 16), int('FF', 16), int('zz', 36), int('  12  '))
print(int('0x1F', 16), int('0b11', 2), int('0o7', 8), int('1_0', 0), int('010', 10))
for s, b in [('12', 3), ('2', 2), ('0x', 16), ('010', 0), ('9', 8), ('', 10), ('1__0', 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError', e)
try:
    int('1', 1)
except ValueError as e:
    print('ValueError', e)
try:
    int(1.5, 10)
except TypeError as e:
    print('TypeError', e)
print(int(b'42'), int(bytearray(b'-7')), int('+5'), int('-0'))
print(int('123456789' * 5), int('1' * 70, 2))
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or '0'
print([to_base(255, b) for b in (2, 8, 16, 36)])
