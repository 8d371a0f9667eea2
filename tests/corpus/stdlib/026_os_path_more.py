import os
p = os.path
for path in ['/usr/local/lib/python3.11/os.py', 'relative/dir/', 'file', '/', '.hidden', 'a.b.c', '']:
    print(repr(path), repr(p.basename(path)), repr(p.dirname(path)), p.splitext(path), p.isabs(path))
print(p.join('', 'a'), p.join('a', ''), p.join('/', 'b'), p.normpath(''), p.normpath('a/./b/../../..'))
print(p.split('/a/b/'), p.normcase('AbC'), p.commonpath(['a/b/c', 'a/b/d']))
print(os.getcwd() == p.abspath('.'), p.abspath('x').endswith('/x'), p.realpath('.') == p.realpath(os.getcwd()))
print(p.exists('.'), p.isdir('..'), p.islink('.'))
