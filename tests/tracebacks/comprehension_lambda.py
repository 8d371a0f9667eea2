f = lambda x: 10 // x
values = [f(x) for x in (2, 1, 0)]
