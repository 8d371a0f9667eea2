# Cache files: written for imported modules only, named with the cache tag, with a
# 16-byte header (magic + CRLF, flags 0, source mtime, source size); not written when
# sys.dont_write_bytecode is set; a folder that cannot be written is skipped silently.
import os
import sys
import importlib.util

tag = sys.implementation.cache_tag
# exec_module below caches lib_b, as CPython's loader does; start each run without it.
if os.path.exists('__pycache__/lib_b.' + tag + '.pyc'):
    os.remove('__pycache__/lib_b.' + tag + '.pyc')
import lib_a
print(lib_a.f(2))
names = sorted(os.listdir('__pycache__'))
print(names == ['lib_a.' + tag + '.pyc'])
with open('__pycache__/lib_a.' + tag + '.pyc', 'rb') as f:
    h = f.read(16)
st = os.stat('lib_a.py')
print(h[2:4] == b'\r\n', int.from_bytes(h[4:8], 'little'),
      int.from_bytes(h[8:12], 'little') == int(st.st_mtime) & 0xFFFFFFFF,
      int.from_bytes(h[12:16], 'little') == st.st_size)
print(h[:4] == importlib.util.MAGIC_NUMBER)
print(importlib.util.cache_from_source(os.path.join(os.getcwd(), 'lib_a.py')) ==
      os.path.join(os.getcwd(), '__pycache__', 'lib_a.' + tag + '.pyc'))
sys.dont_write_bytecode = True
import lib_b
print(lib_b.g(), sorted(os.listdir('__pycache__')) == names)
sys.dont_write_bytecode = False
os.mkdir('ro')
with open('ro/lib_c.py', 'w') as f:
    f.write('H = "from ro"\n')
with open('ro/__pycache__', 'w') as f:
    f.write('a file where the cache folder would go')
sys.path.insert(0, 'ro')
import lib_c
print(lib_c.H, os.path.isfile('ro/__pycache__'))
os.remove('ro/lib_c.py')
os.remove('ro/__pycache__')
os.rmdir('ro')
spec = importlib.util.spec_from_file_location('by_path', os.path.join(os.getcwd(), 'lib_b.py'))
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.g(), 'by_path' in sys.modules)
print(importlib.util.find_spec('lib_a').name, importlib.util.find_spec('nosuch_mod'))
