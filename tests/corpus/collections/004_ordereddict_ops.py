from collections import OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od))
od.move_to_end('b'); print(list(od))
od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
o2 = OrderedDict.fromkeys('xyz', 0)
print(o2, list(reversed(o2)))
class LRU(OrderedDict):
    def __init__(self, cap): super().__init__(); self.cap = cap
    def put(self, k, v):
        self[k] = v; self.move_to_end(k)
        if len(self) > self.cap: self.popitem(last=False)
l = LRU(2)
for k in 'abac':
    l.put(k, k.upper())
print(l)
