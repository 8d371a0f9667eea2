a = 1 + 2
b = 2 ** 10
c = 2 ** 200
d = "ab" * 3
e = "x" * 5000
f = (1, 2) * 3
g = -5
h = ~7
i = not 1
j = 1 / 0
k = 7 // 2
l = -7 % 3
m = 1.5 * 2
n = 2 ** -1
o = 1 << 200
p = 1 >> 3
q = (1, 2, 3)[1]
r = "abc"[-1]
s = b"abc"[0]
t = 3 + 4j
u = (1, (2, 3))
v = __debug__
w = 1 if __debug__ else 2
x = 10 ** 30
y = 0.1 + 0.2
z = -0.0
aa = 0.0
bb = 1e300 * 1e300
cc = (-8) ** 0.5
dd = True + True
ee = True & False
ff = "a" + "b"
gg = b"a" + b"b"
hh = (1,) + (2,)
ii = 2 ** 0.5
jj = 3 % 0
kk = "%s" % 1
ll = 1 - 1j
mm = [1, 2, 3]
nn = {1, 2, 3}
oo = {1: 2}
pp = ()
qq = (x,)
for i in [1, 2, 3]:
    pass
for i in {1, 2}:
    pass
for i in [a, b]:
    pass
if 1:
    yes()
if 0:
    no()
while 0:
    never()
r2 = 1 and x
r3 = 0 or x
ss = {"a", "b", "a", 1, 1.0, True, (1, 2), (1, 2)}
if x in {1, 1.0, 2, 2}:
    pass
