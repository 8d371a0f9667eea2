# Augmented assignment with every operator and every kind of target.
x += 1
x -= 1
x *= 2
x @= m
x /= 2
x //= 2
x %= 3
x **= 2
x >>= 1
x <<= 1
x &= 0xFF
x ^= mask
x |= flags
obj.attr += 1
obj.attr.sub -= 2
obj[0] *= 3
obj[1:2] += [4]
obj[i, j] //= 5
obj().x |= 6
(x) += 1
(obj.attr) **= 2
x += 1, 2
x += *a, b
x += yield_
x+=1
x-=-1
x**=-x
x>>=x<<1
x <<= (y := 2)
x |= lambda: 0
x &= a if b else c


def g():
    x += yield
    x -= yield from h()
    x *= yield 1
