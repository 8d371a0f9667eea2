for v in [0, 1, -1, 255, 10 ** 18, -(2 ** 70)]:
    print(v, str(v), int(str(v)) == v, repr(v), float(v))
for v in [0.5, -1.25, 1e100, 3.141592653589793, 1e-7, 123456.789]:
    print(v, float(repr(v)) == v, str(v), int(v))
print(str(True), int('0'), float('-0'), str(-0.0), repr(0.0))
print(int(' 0x10 '.strip(), 16), int('+0b1', 0), float('  .5'), float('5.'), float('1_0.0_1'))
