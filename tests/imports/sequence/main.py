# The import sequence: sys.modules entry before execution, one execution, removal on
# failure, re-execution after deletion, circular imports, module attributes, __main__.
import os
import sys

print(__name__, '__main__' in sys.modules, sys.modules['__main__'].__name__)
import counted
import counted
print('runs:', counted.RUNS)
del sys.modules['counted']
import counted as again
print('runs after del:', again.RUNS, again is not counted)

for attempt in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        print('broken raised', e, 'broken' in sys.modules)

import alpha
print('alpha.from_beta =', alpha.FROM_BETA, '| beta saw alpha partial:', alpha.BETA_SAW)
try:
    import cyc_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(os.getcwd(), '.'))

import counted
print(counted.__name__, counted.__file__.replace(os.getcwd(), '.'), repr(counted.__package__))
print(counted.__spec__.name, counted.__spec__.origin == counted.__file__, repr(counted.__spec__.parent))
print(counted.__cached__.endswith('.pyc'), os.path.basename(os.path.dirname(counted.__cached__)))
print(counted.__spec__.loader.get_filename() == counted.__file__, counted.__loader__ is counted.__spec__.loader)
print(counted.__spec__.cached == counted.__cached__, counted.__spec__.submodule_search_locations)
import guarded
print(guarded.main_ran, guarded.__name__)
print(__import__('sys') is sys, type(sys.modules).__name__)
