# Sequence repetition by counts past an index-sized integer (OverflowError) or past what
# memory can hold (MemoryError, never an abort): the error classes CPython gives.
for seq in ([1], (1,), "ab", b"ab", bytearray(b"ab")):
    for n in (2**70, -2**70, 2**62, 2**40):
        try:
            r = seq * n
            print(type(r).__name__, len(r))
        except Exception as e:
            print(type(e).__name__, e)
        try:
            s2 = seq
            s2 *= n
            print(type(s2).__name__, len(s2))
        except Exception as e:
            print(type(e).__name__, e)
