a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, (lambda: None)() is None)
x = 'abc'
print(x is x, isinstance(id(x), int))
