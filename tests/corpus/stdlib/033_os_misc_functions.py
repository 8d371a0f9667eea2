import os
print(os.sep, os.pathsep, os.linesep == '\n', os.devnull)
print(isinstance(os.cpu_count(), int), os.getpid() > 0, isinstance(os.getcwd(), str))
print(os.path.join(os.curdir, 'a'), os.path.join(os.pardir, 'b'))
print(os.fsencode('abc'), os.fsdecode(b'abc'))
print(sorted(os.environ.get('HOME_NOT_SET_XYZ', 'unset').split()))
print(type(os.stat('.').st_mtime).__name__, os.access('.', os.R_OK))
print(os.path.splitext(os.path.basename('/tmp/archive.tar.gz')))
print([e for e in ('isfile', 'isdir', 'getsize', 'exists') if hasattr(os.path, e)])
