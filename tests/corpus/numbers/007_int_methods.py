n = 42
print(n.bit_length(), n.bit_count(), n.to_bytes(2, 'big'), n.real, n.imag, n.numerator, n.denominator)
print((-5).__abs__(), (5).__neg__(), (7).__floordiv__(2), (7).__rtruediv__(14), (3).__pow__(2))
print(int.__add__(1, 2), (1).__lt__(2), (255).__format__('x'), (10).conjugate())
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
print((3).as_integer_ratio(), int('12').__index__(), (8).__rshift__(1), (1).__lshift__(10))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print(1 .__add__(2), (5).__bool__(), (0).__bool__(), (5).__hash__())
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 100)
m = MyInt(5)
print(m + 1, type(m + 1).__name__, m * 2, type(m * 2).__name__, repr(m), m == 5)
