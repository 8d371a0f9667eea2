print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10**30))
print(abs(3 + 4j))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.23456, 3), round(-1.5))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), type(round(7.0)), type(round(7.0, 1)))
print(round(123.456, -1), round(0.0), round(-0.4))
print(round(1e20), round(5, 0))
class A:
    def __abs__(self): return 'abs!'
    def __round__(self, n=None): return ('round', n)
print(abs(A()), round(A()), round(A(), 2))
