x = 1 is 1
assert (x, 1)
y = [1, 2](0)
z = (1, 2)[a, b]
w = 5[0]
return
