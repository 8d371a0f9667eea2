print(chr(65), chr(97), chr(0x263a), chr(0x1F600) == '\U0001F600')
print(ord('A'), ord('z'), ord('€'), ord('\n'))
print([chr(i) for i in range(48, 58)])
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    chr(-1)
except ValueError as e:
    print('ValueError', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError', e)
print(ord(b'a'), ord(bytearray(b'z')))
print(chr(0x10FFFF) == '\U0010ffff')
