b = b'hello'
print(b, len(b), b[0], b[1:3], b[-1], list(b[:2]))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(range(3)))
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'), b.find(b'l'), b + b'!', b * 2)
print(b.hex(), bytes.fromhex('6869'), b.decode(), b'x' in b, b'll' in b)
print(b.startswith(b'he'), b.strip(b'ho'), b'a,b'.split(b','), b'-'.join([b'a', b'b']))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba), bytes(ba), ba.pop(), ba)
print(bytearray(2), bytearray('hi', 'ascii'))
print(b == bytearray(b'hello'), b < b'help', b'abc'.count(b'b'))
print(b'%d-%s' % (5, b'x'))
print(b'\x00\x01'.hex(':'), int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'))
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
print(b.isalpha(), b'123'.isdigit(), b'Ab'.lower(), b'ab'.title())
