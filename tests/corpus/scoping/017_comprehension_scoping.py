x = 10
print([x for x in range(3)], x)
y = 5
print([y * i for i in range(3)])
def f():
    z = 2
    return [z * i for i in range(3)], {i: z for i in range(2)}, list(z + i for i in range(2))
print(f())
print([[i * j for j in range(3)] for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(vals)
print(C.doubled, C.total)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([(lambda i=i: i)() for i in range(3)])
a = [1, 2, 3]
print([a for a in a])
print({(i, j) for i in range(2) for j in range(2) if i != j})
