# f-strings: expressions, nested format specs, conversions and =.
name, n, pi = "world", 42, 3.14159265
print(f"hello {name}!", f"{n + 1}", f"{n * 2:05d}", f"{pi:.3f}", f"{name!r}", f"{name.upper()}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]", f"[{name:^{width}}]", f"[{n:{'>'}{width}}]", f"[{n:#{'x'}}]")
print(f"{n=}", f"{pi=:.2f}", f"{name=!s}", f"{ n = }", f"{n + 1=}", f"{name.upper()=}", f"{[1, 2]=}")
items = [1, 2, 3]
d = {"key": "val"}
print(f"{items[0]}{items[-1]}", f"{d['key']}", f"{len(items)}", f"{'nested' if n > 5 else 'no'}")
print(f"{{}} {{{n}}} {{n}}", f"{'{'}", f"{3:{'<'}5}|")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:,} {10**9:_} {-n:+} {n:e} {n:%}")
print(f"{'abc':>5}{'abc':<5}|{'abc':.2}|{'é':*^5}|")
print(f"{1/3:.5g} {1e-10:g} {123456789:.3e} {0.5:.0%} {2.5:.0f} {3.5:.0f}")
print(f"{'a' 'b'}", f"{'multi'}" f"ple" "-parts", F"{n}", rf"\n{n}", fr"\t{name}")
lam = lambda x: x * 2
print(f"{lam(4)}", f"{(lambda y: y + 1)(1)}", f"{[x * x for x in range(4)]}", f"{ {'a': 1}['a'] }")
print(f"{n!s:>5}|{name!r:<9}|{'é'!a}")
def cost(x):
    return f"${x:,.2f}"
print(cost(1234.5), cost(0.005), cost(-1e6))
vals = [(1, "one"), (22, "twenty-two"), (333, "three hundred thirty-three")]
for num, word in vals:
    print(f"{num:>4} | {word:<12.12} | {num / 7:8.3f}")
x = 5
print(f"{x if x > 3 else 0}", f"{x:{x}}", f"{x:0{x}}", f"{(x, x)}", f"{x!r:^{x+2}}|")
try:
    print(f"{n:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{n:,s}")
except ValueError as e:
    print("ValueError:", e)
