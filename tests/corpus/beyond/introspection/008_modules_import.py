import math as m
from os import path as osp
from collections import *
import importlib
print(m.sqrt(4), osp.join('a', 'b'), deque([1]))
mod = importlib.import_module('json')
print(mod.__name__, mod.dumps([1]))
import sys
print('json' in sys.modules, type(sys.modules['math']).__name__)
import types
mm = types.ModuleType('fake')
mm.x = 5
print(mm.x, mm.__name__, repr(mm))
try:
    from math import nothing_here
except ImportError as e:
    print('ImportError', e)
try:
    import not_a_module_zz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e.name)
print(m.__name__, hasattr(m, '__file__') or True)
