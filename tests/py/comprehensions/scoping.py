# Comprehension scoping: no leaking loop variables, class-body rules.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = "outer i"
gen = list(i for i in range(3))
print(gen, i)
s = {k for k in "ab"}
d = {k: v for k, v in [(1, 2)]}
try:
    k
except NameError as e:
    print("NameError:", e)
def uses_enclosing():
    factor = 3
    return [n * factor for n in range(3)]
print(uses_enclosing())
def closures_from_comp():
    return [lambda: n for n in range(3)]
print([f() for f in closures_from_comp()])
def closures_bound():
    return [lambda n=n: n for n in range(3)]
print([f() for f in closures_bound()])
class Config:
    base = 10
    items = [1, 2, 3]
    first_iterable_ok = [v * 2 for v in items]
    try:
        uses_class_name = [v * base for v in items]
    except NameError as e:
        error = str(e)
    outermost_ok = [v for v in range(base)]
print(Config.first_iterable_ok, Config.error, len(Config.outermost_ok), hasattr(Config, "v"))
class Table:
    rows = 2
    cols = 3
    try:
        grid = [[0] * cols for _ in range(rows)]
    except NameError as e:
        grid = "NameError: " + str(e)
print(Table.grid)
def shadow_param(x):
    return [x for x in range(x)], x
print(shadow_param(3))
y = 5
nested = [[y for y in range(2)] for _ in range(2)]
print(nested, y)
total = 0
for total in [total + t for t in range(3)]:
    pass
print(total)
def comp_in_function_sees_globals():
    return [g for g in (x, i)]
print(comp_in_function_sees_globals())
print([type(__name__).__name__ for _ in range(1)])
funcs = {name: (lambda name=name: name.upper()) for name in ("a", "b")}
print({k: f() for k, f in funcs.items()})
