"""Writes bytecode mutants that pass marshal.loads (and so the verifier).

Usage: taipan mutate.py SEED COUNT OUTDIR. The program below is compiled, marshalled,
and 1-3 bytes inside its code objects' instructions are changed; every mutant the
loader accepts is written to OUTDIR/N.bin for run_one.py (tests/fuzz_pyc.rs runs each
in its own process: it may raise or loop, it must never crash)."""
import marshal
import random
import sys

SRC = '''
def outer(a, *args, k=3, **kw):
    x = [i * a for i in range(4) if i]
    y = {i: j for i, j in zip(x, args)}
    s = {*x, *args}
    def inner(z):
        nonlocal a
        a += z
        return a, x
    try:
        r = inner(1)[0] / k
    except ZeroDivisionError as e:
        r = str(e)
    finally:
        s.add(1)
    with open(__file__) if False else Ctx() as c:
        pass
    g = (v for v in x)
    match a:
        case [1, *rest]: pass
        case {"k": v, **others}: pass
        case Point(x=0): pass
        case int() | float() if a > 2: pass
    return f"{r!r:>{k}} {sum(g)} {len(s)}", y, print(*args, sep=",", end="\\n", **kw) if False else None
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
class Point:
    __match_args__ = ("x",)
    def __init__(self): self.x = 0
def gen(n):
    yield from range(n)
    return (yield n)
async def co(): return [i async for i in ag()]
async def ag(): yield 1
RESULT = outer(5, 1, 2, k=2), list(gen(3))
'''


def program():
    return compile(SRC, '<fuzz>', 'exec')


def main():
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    code = program()
    good = marshal.dumps(code)
    ranges = []

    def collect(c):
        at = good.find(c.co_code)
        if at >= 0:
            ranges.append((at, at + len(c.co_code)))
        for k in c.co_consts:
            if hasattr(k, 'co_code'):
                collect(k)

    collect(code)
    rnd = random.Random(seed)
    accepted = 0
    for t in range(count):
        b = bytearray(good)
        for _ in range(rnd.choice([1, 1, 2, 3])):
            lo, hi = rnd.choice(ranges)
            i = rnd.randrange(lo, hi)
            b[i] = rnd.choice([b[i] ^ 1, b[i] ^ 0x80, 0, 0xff, rnd.randrange(256), (b[i] + 1) & 255, (b[i] - 1) & 255])
        try:
            marshal.loads(bytes(b))
        except ValueError:
            continue
        accepted += 1
        with open(f'{out}/{t}.bin', 'wb') as f:
            f.write(bytes(b))
    print(accepted)


if __name__ == '__main__':
    main()
