z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
print(complex('1+2j'), complex(2), complex(), complex(1.5, -2))
print(z == 3 + 4j, (2j) ** 2, -z, +z)
print(repr(complex(0, 0)), repr(complex(-0.0, 1)), repr(1e20j))
print(1j.__class__.__name__, type(1 + 0j))
try:
    z < z
except TypeError as e:
    print('TypeError', e)
print(complex('-3j'), complex(' 1.5 '))
