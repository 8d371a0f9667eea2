import shlex, fnmatch
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote('it s'), shlex.join(['a', 'b c']))
names = ['a.py', 'b.txt', 'c.py', 'README']
print(fnmatch.filter(names, '*.py'), fnmatch.fnmatch('x.PY', '*.py'), fnmatch.fnmatchcase('x.PY', '*.py'))
print(fnmatch.translate('*.py'))
import glob, os
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(__file__) in [os.path.basename(g) for g in glob.glob(os.path.join(here, '*.py'))])
