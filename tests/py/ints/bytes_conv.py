# int.to_bytes / int.from_bytes.
for n in (0, 1, 255, 256, 1000, 65535, 2 ** 32 - 1):
    print(n, n.to_bytes(4, "big"), n.to_bytes(4, "little"))
print((1024).to_bytes(2, byteorder="big"), (1024).to_bytes(2, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((2 ** 100).to_bytes(13, "big"))
print((5).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x01" * 20, "little"))
for n in range(-300, 300, 37):
    b = n.to_bytes(2, "big", signed=True)
    assert int.from_bytes(b, "big", signed=True) == n
print("roundtrip ok")
for args in ((256, 1, "big"), (-1, 2, "big"), (128, 1, "big", True), (-129, 1, "big", True), (1, 0, "big")):
    n, length, order, *signed = args
    try:
        n.to_bytes(length, order, signed=bool(signed))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print("ValueError:", e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print("TypeError:", e)
