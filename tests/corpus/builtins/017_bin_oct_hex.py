print(bin(10), oct(10), hex(255))
print(bin(-10), oct(-8), hex(-255))
print(bin(0), oct(0), hex(0))
print(hex(2**64), bin(2**10))
print(int('0b1010', 0), int('0o17', 0), int('0xff', 0), int('ff', 16), int('z', 36))
print(int('1010', 2), int('777', 8), int('-0x10', 16))
class I:
    def __index__(self): return 12
print(bin(I()), hex(I()), oct(I()))
print(format(255, 'b'), format(255, '#x'), format(255, 'X'), format(8, 'o'))
