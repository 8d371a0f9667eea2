for i in range(3):
    pass
else:
    print('for-else ran', i)
for i in range(3):
    if i == 1: break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while-else', n)
def find(l, t):
    for i, x in enumerate(l):
        if x == t: break
    else:
        return -1
    return i
print(find([5, 6, 7], 7), find([5], 9))
try:
    for x in [1, 2]:
        raise ValueError(x)
    else:
        print('no')
except ValueError as e:
    print('ve', e)
