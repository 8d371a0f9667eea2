from collections import deque
d = deque(range(10), maxlen=5)
print(d, len(d))
d.extendleft([100, 101])
print(d)
d.rotate(0); d.rotate(12)
print(d, d[2], d[-2])
d[0] = 'first'
del d[1]
print(d, d.index(d[-1]), list(reversed(d)))
print(deque('abc') < deque('abd'), deque([1, 2]) == [1, 2], deque(), repr(deque(maxlen=2)))
e = deque()
for i in range(5):
    (e.append if i % 2 else e.appendleft)(i)
print(e)
print(e.popleft(), e.pop(), e, 3 in e, e.count(1))
try:
    deque([1]).index(5)
except ValueError as ex:
    print('ValueError', ex)
