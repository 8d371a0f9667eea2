if (n := len(a)) > 10:
    pass
while (chunk := f.read(8192)):
    pass
while chunk := f.read():
    pass
if x := f():
    pass
elif y := g():
    pass
print(y := 5)
foo(x=(y := f(x)))
[y := f(x), y ** 2, y ** 3]
[y for x in data if (y := f(x)) is not None]
stuff = [[y := f(x), x / y] for x in range(5)]
assert (x := 1)
x = (y := 0)
(x := 1)
(x := (y := (z := 0)))
lambda: (x := 1)
a[x := 1]
{x := 1, y := 2}
f"{(x:=10)}"
f"{(x := 10)!r:>5}"
with (x := open(p)) as f:
    pass
match x := 1:
    case _:
        pass
if (a := 1) and (b := 2):
    pass
f((x := 1), y)
f(x := 1, y := 2)
x = [(z := y) for y in range(3)]
x = {(z := 1): (w := 2)}
x = a if (b := c) else d
x = (a := 1), (b := 2)
x = [i for i in range(5) if (j := i * 2) > 4]


def g(p=(q := 1)) -> (r := int):
    return (s := p)


@(d := decorator)
def h(): pass
