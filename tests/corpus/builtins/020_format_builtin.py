print(format(3.14159, '.2f'), format(42, '05d'), format('hi', '>5'), format('hi', '^6'))
print(format(1234567, ','), format(1234567.891, ',.2f'), format(0.25, '%'), format(0.256, '.1%'))
print(format(1e10, 'e'), format(1e10, '.3g'), format(123, ''), format(12.0))
print(format(-5, '+d'), format(5, '+d'), format(5, ' d'), format(-5, '=6'))
print(format(255, '#010x'), format('x', '*<4'), format(True), format(None))
class F:
    def __format__(self, spec): return 'F[' + spec + ']'
print(format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()))
print(format(1_000_000, '_'), format(0xdeadbeef, '_x'))
print(format(3+4j), format(2.5, 'g'), format(1e-7, 'g'), format(123456789.0, 'g'))
