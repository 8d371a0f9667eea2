g = (x * x for x in range(5))
print(sum(g), sum(g))
print(list(x for x in 'abc' if x != 'b'))
print(max(len(w) for w in 'a bb ccc'.split()))
print(dict((i, str(i)) for i in range(3)))
print(', '.join(str(i) for i in range(4)))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
it = iter(range(10))
print(list(x for x in it if x % 3 == 0))
def lazy():
    for i in range(3):
        print('produce', i)
        yield i
for v in (x * 10 for x in lazy()):
    print('consume', v)
print(any(x > 1 for x in lazy()))
