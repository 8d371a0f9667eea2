# Import forms: dotted, aliased, from-imports, star (with and without __all__),
# relative imports in packages, __import__, importlib.import_module, and the errors.
import os
import sys
import importlib

import shapes.solid.cube
print(shapes.solid.cube.volume(3), shapes.__name__, shapes.solid.__name__)
import shapes.solid.cube as c
print(c is sys.modules['shapes.solid.cube'], c.__package__)
from shapes import circle, square as sq
print(circle.area(1) > 3.14, sq.area(2), circle.__name__)
from shapes.circle import area, PI
print(area(2) == 4 * PI)
from plain.stars import *
print(sorted(n for n in dir() if n.startswith('pub')), 'hidden_' in dir())
from plain.everything import *
print(visible, '_private' in dir())
print(shapes.solid.cube.NEIGHBOUR, shapes.solid.cube.UP)
m = __import__('shapes.solid', fromlist=['cube'])
print(m.__name__, m.cube.__name__)
top = __import__('shapes.solid.cube')
print(top.__name__)
print(importlib.import_module('shapes.square').area(3))
print(importlib.import_module('.cube', 'shapes.solid').volume(2))
print(importlib.import_module('..circle', 'shapes.solid').__name__)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError', e)


def show(e):
    print(type(e).__name__, str(e).replace(os.getcwd(), '.'), e.name)


for stmt in ['import nosuch', 'import shapes.nosuch', 'from shapes import nosuch',
             'from shapes.circle import nosuch', 'import shapes.circle.deeper',
             'from . import x']:
    try:
        exec(stmt, {'__name__': '__main__'})
    except ImportError as e:
        show(e)
print('shapes.nosuch' in sys.modules, 'nosuch' in sys.modules)
