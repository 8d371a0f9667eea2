# lambda expressions in many positions.
square = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), varargs(1, x=2), (lambda: "no args")())
print(square.__name__, (lambda: 0).__name__, type(square).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x ** 2, range(6))), list(filter(lambda s: len(s) > 3, ["hi", "hello", "hey", "howdy"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("a")("b")("c"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
kw = lambda *, k: k
po = lambda a, /, b: (a, b)
print(kw(k=5), po(1, b=2), po(1, 2))
try:
    kw(5)
except TypeError as e:
    print("TypeError:", e)
funcs = [lambda n=n: n * 10 for n in range(4)]
print([f() for f in funcs])
y = 1
late = lambda: y
y = 2
print(late())
print((lambda x, y: x if x > y else y)(3, 8), (lambda *a: sum(a))(1, 2, 3))
walrus = lambda v: (w := v * 3) + w
print(walrus(2))
immediately = (lambda n: [i for i in range(n)])(4)
print(immediately)
