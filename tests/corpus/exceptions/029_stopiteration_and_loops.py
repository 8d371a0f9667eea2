it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print('done')
        break
    print('v', v)
class Limited:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration('finished')
        self.n -= 1
        return self.n
print(list(Limited(3)), [x for x in Limited(2)], sum(Limited(4)))
try:
    next(Limited(0))
except StopIteration as e:
    print('StopIteration', e.args)
def g():
    yield 1
    return 'ret'
for v in g():
    print('loop', v)
print('no StopIteration leaks')
