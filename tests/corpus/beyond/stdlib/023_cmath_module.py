import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.rect(1, 0))
print(round(cmath.exp(1j * cmath.pi).real, 6), cmath.isclose(cmath.exp(0), 1))
print(cmath.pi == __import__('math').pi, cmath.log(1), abs(cmath.sqrt(-4)))
