x = a < b
x = a > b
x = a <= b
x = a >= b
x = a == b
x = a != b
x = a < b <= c > d >= e == f != g
x = a in b
x = a not in b
x = a is b
x = a is not b
x = a < b < c
x = not a in b
x = not a is b
x = a is not None and b not in c
x = (a < b) == (c > d)
x = a == b == c
x = a<b
x = a is not(b)
x = a not   in b
x = a is  not b
x = 1 < 2 < 3 < 4 < 5
x = a in b in c
x = a + 1 < b * 2
x = a | b < c & d
x = (a < b) < c
x = a < (b < c)
x = a == -b
x = [] == ()
x = a is (not b)
x = a not in(b)
