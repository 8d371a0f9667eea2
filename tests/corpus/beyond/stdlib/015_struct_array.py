import struct, array
b = struct.pack('<IhB', 1, -2, 255)
print(b, len(b), struct.unpack('<IhB', b), struct.calcsize('<IhB'), struct.calcsize('@i'))
print(struct.pack('>d', 1.5), struct.unpack('>f', struct.pack('>f', 0.5)), struct.pack('3s', b'abcd'))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
a = array.array('i', [1, 2, 3])
a.append(4); a.extend([5])
print(a, a[1], a.tolist(), a.itemsize, a.typecode, sum(a))
print(array.array('d', [1.5]).tobytes(), array.array('b', b'\x01\xff').tolist())
