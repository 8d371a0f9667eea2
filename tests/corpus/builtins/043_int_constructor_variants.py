class WithInt:
    def __int__(self): return 7
class WithIndex:
    def __index__(self): return 9
class WithTrunc:
    def __trunc__(self): return 11
print(int(WithInt()), int(WithIndex()), int('  +12  '), int('-0b101', 0), int('0_7') if False else 'skip')
print(int(2.999), int(-0.0), int(1e18), int('١٢٣'))
for s in ['0x', '1.0', '1e5', '--1', '0b2', ' ', '12a']:
    try:
        int(s, 0)
    except ValueError as e:
        print('ValueError', e)
try:
    int([1])
except TypeError as e:
    print('TypeError', e)
try:
    int(None)
except TypeError as e:
    print('TypeError', e)
print(float(WithIndex()) if hasattr(WithIndex, '__float__') else 'no __float__', bool(WithInt()))
