import builtins
print(builtins.len is len, builtins.__name__, 'print' in dir(builtins))
print(sorted(n for n in dir(builtins) if n.endswith('Warning'))[:5])
print(type(__builtins__).__name__ in ('module', 'dict'))
orig = builtins.print
def myprint(*a, **k):
    orig('[wrapped]', *a, **k)
builtins.print = myprint
print('hello')
builtins.print = orig
print('restored')
print(__name__, __doc__, type(__spec__).__name__ if __spec__ else None)
print(__file__.endswith('008_builtins_module.py') or __file__.endswith('.py'))
