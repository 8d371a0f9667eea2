# importlib.reload re-executes the module's (changed) source in the same object; a
# changed source is recompiled and its cache rewritten, the namespace kept.
import importlib
import os
import sys

with open('plugin.py', 'w') as f:
    f.write('VERSION = 1\nLOADS = globals().get("LOADS", 0) + 1\n')
os.utime('plugin.py', (1600000000, 1600000000))
import plugin
first = plugin
plugin.extra = 'kept'
print(plugin.VERSION, plugin.LOADS)
with open('plugin.py', 'w') as f:
    f.write('VERSION = 22\nLOADS = globals().get("LOADS", 0) + 1\n')
os.utime('plugin.py', (1600000100, 1600000100))
again = importlib.reload(plugin)
print(again is first, plugin.VERSION, plugin.LOADS, plugin.extra)
try:
    importlib.reload(os.path)
    print('reloaded os.path')
except Exception as e:
    print(type(e).__name__)
try:
    importlib.reload(42)
except TypeError as e:
    print('TypeError', e)
m = type(sys)('loose')
try:
    importlib.reload(m)
except ImportError as e:
    print('ImportError', e)
os.remove('plugin.py')
