# Code compiled before it ever ran in the interpreter (a loop after the one that entered
# native code by OSR) has no type feedback: + - * and / take small ints, floats and mixes
# inline and everything else through the full protocol, with Python's results.
def run(n, values):
    warm = 0
    for i in range(n):
        warm += i
    out = []
    for a in values:
        for b in values:
            for op in range(4):
                try:
                    if op == 0:
                        r = a + b
                    elif op == 1:
                        r = a - b
                    elif op == 2:
                        r = a * b
                    else:
                        r = a / b
                except (TypeError, ZeroDivisionError, OverflowError, MemoryError) as e:
                    r = type(e).__name__
                out.append(r)
    return warm, out


values = [0, 3, -7, 2**62 - 1, -2**62, 2**70, 0.0, -0.0, 2.5, -1e308, 1e308, float("inf"), float("nan"), True, "ab", [1], 1j]
warm, out = run(50000, values)
print(warm, len(out))
for k in range(0, len(out), 17):
    print(out[k:k + 17])
