# OrderedDict views: odict_keys/odict_values/odict_items, order after move_to_end, set operations.
from collections import OrderedDict
o = OrderedDict(a=1, b=2, c=3)
print(o.keys(), o.values(), o.items(), type(o.keys()).__name__, len(o.keys()))
print(list(reversed(o.keys())), list(reversed(o.items())), 'a' in o.keys(), ('a', 1) in o.items(), 2 in o.values())
print(o.keys() == {'a', 'b', 'c'}, o.keys() & {'a', 'z'}, o.keys() | {'z'} == {'a','b','c','z'}, sorted(o.keys() - {'a'}), o.items() == {('a', 1), ('b', 2), ('c', 3)})
for k, v in o.items(): print(k, v, end='; ')
print()
o.move_to_end('a'); print(list(o), list(o.keys()), list(o.values()), o)
print(dict(o), OrderedDict(o), o == OrderedDict(b=2, c=3, a=1), o.copy())
import copy; print(copy.copy(o), copy.deepcopy(o))
d = {}; d.update(o); print(d)
print(sorted(o.items(), key=lambda kv: kv[1]))
