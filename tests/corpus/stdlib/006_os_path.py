import os.path as p
import os
print(p.join('a', 'b', 'c.txt'), p.join('/root', 'x'), p.join('a', '/abs', 'b'), p.join('a/', 'b'))
print(p.splitext('file.tar.gz'), p.splitext('noext'), p.splitext('.bashrc'), p.splitext('a/b.c/d'))
print(p.basename('/x/y/z.py'), p.dirname('/x/y/z.py'), p.split('/x/y/z.py'), p.split('file'))
print(p.normpath('a//b/../c/./d'), p.normpath('/../x'), p.isabs('/a'), p.isabs('a'))
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']))
print(os.getcwd() == p.abspath('.'), p.exists(__file__), p.isfile(__file__), p.isdir('.'), p.exists('no/such/file'))
print(p.basename(p.abspath(__file__)), os.sep, os.curdir, os.pardir, os.extsep)
print(p.relpath('/a/b/c', '/a'), p.expanduser('noexpand'), p.splitdrive('/x/y'))
print(os.path is p, os.name)
