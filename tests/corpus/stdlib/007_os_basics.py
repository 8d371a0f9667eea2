import os
print(type(os.environ).__name__, isinstance(os.getpid(), int), 'PATH' in os.environ)
os.environ['TAIPAN_TEST_VAR'] = 'v1'
print(os.environ['TAIPAN_TEST_VAR'], os.environ.get('NOPE_NOT_SET_X', 'dflt'), os.getenv('TAIPAN_TEST_VAR'))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(__file__) in os.listdir(here))
print(sorted(f for f in os.listdir('.') if f.startswith('00') and f.endswith('.py'))[:3])
st = os.stat(__file__)
print(st.st_size > 0, os.path.getsize(__file__) == st.st_size)
print(os.fspath('x/y'), os.path.join(*'abc'))
print(callable(os.walk), callable(os.makedirs), os.linesep == '\n')
