# memoryview basics: views of bytes/bytearray, slicing with strides, writes into a
# bytearray, release and context-manager use, comparisons and hashing.
m = memoryview(b'abcdef'); print(len(m), m[0], m[1:3].tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.nbytes, m[::2].tobytes(), m == b'abcdef', bytes(m[2:]))
b = bytearray(b'xyz'); v = memoryview(b); v[0] = 65; v[1:3] = b'QR'; print(b, v.readonly, v.obj is b)
v.release()
try: v[0]
except ValueError as e: print(e)
try: memoryview(b'a')[0] = 1
except TypeError as e: print(e)
try: memoryview('s')
except TypeError as e: print(e)
with memoryview(b'ab') as q: print(q.hex(), list(q))
print(memoryview(b'ab')[-1], hash(memoryview(b'ab')) == hash(b'ab'), b'ab' == memoryview(b'ab'))
try: memoryview(b'ab')[5]
except IndexError as e: print(e)
print(b''.join([memoryview(b'x'), b'y']), bytearray(memoryview(b'zz')), memoryview(b'abcdef')[::-1].tobytes(), memoryview(b'abcdef')[4:1:-2].tolist())
print(type(memoryview(b'')).__name__, isinstance(memoryview(b'a'), memoryview))
