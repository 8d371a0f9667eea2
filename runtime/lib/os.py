"""Operating-system interfaces (taipan): the calls of the native `posix` module,
`os.path` (posixpath), `environ`, `stat_result`, makedirs/removedirs/walk/scandir.

Written for taipan; behaves like CPython 3.11's os on POSIX.
"""

import sys
import posix
import posixpath as path

from posix import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, unlink, remove,
                   rename, replace, readlink, symlink, access, chmod, getpid, getppid,
                   getuid, getgid, umask, utime, cpu_count, urandom, strerror, system, isatty,
                   _exit, F_OK, R_OK, W_OK, X_OK)

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
curdir = '.'
pardir = '..'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

supports_bytes_environ = True


def _exists(name):
    return name in globals()


# ----- paths ----------------------------------------------------------------------------

class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        if cls is PathLike:
            return any('__fspath__' in k.__dict__ and k.__dict__['__fspath__'] is not None
                       for k in sub.__mro__)
        return False


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


PathLike.__module__ = 'os'


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ----- stat -----------------------------------------------------------------------------

_STAT_NAMES = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 18
    n_unnamed_fields = 3

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(seq)}-sequence given)")
        if len(seq) > 18:
            raise TypeError(f"os.stat_result() takes an at most 18-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:]) + [None] * (18 - len(seq))
        for i in range(3):
            if extra[i] is None:
                extra[i] = seq[7 + i]
        self._extra = tuple(extra)
        return self

    st_mode = property(lambda self: self[0], doc='protection bits')
    st_ino = property(lambda self: self[1], doc='inode')
    st_dev = property(lambda self: self[2], doc='device')
    st_nlink = property(lambda self: self[3], doc='number of hard links')
    st_uid = property(lambda self: self[4], doc='user ID of owner')
    st_gid = property(lambda self: self[5], doc='group ID of owner')
    st_size = property(lambda self: self[6], doc='total size, in bytes')
    st_atime = property(lambda self: self._extra[0], doc='time of last access')
    st_mtime = property(lambda self: self._extra[1], doc='time of last modification')
    st_ctime = property(lambda self: self._extra[2], doc='time of last change')
    st_atime_ns = property(lambda self: self._extra[3], doc='time of last access in nanoseconds')
    st_mtime_ns = property(lambda self: self._extra[4], doc='time of last modification in nanoseconds')
    st_ctime_ns = property(lambda self: self._extra[5], doc='time of last change in nanoseconds')
    st_blksize = property(lambda self: self._extra[6], doc='blocksize for filesystem I/O')
    st_blocks = property(lambda self: self._extra[7], doc='number of blocks allocated')

    def __repr__(self):
        body = ', '.join(f'{n}={v!r}' for n, v in zip(_STAT_NAMES, self))
        return f'os.stat_result({body})'

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


stat_result.__module__ = 'os'


def stat(*args, **kwargs):
    """stat(path, *, dir_fd=None, follow_symlinks=True): perform a stat system call
    on the given path."""
    return stat_result(posix.stat(*args, **kwargs))


def lstat(*args, **kwargs):
    """lstat(path, *, dir_fd=None): perform a stat system call on the given path,
    without following symbolic links."""
    return stat_result(posix.lstat(*args, **kwargs))


# ----- directories ----------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): super-mkdir."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name): super-rmdir."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new): super-rename."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): name, path, is_dir(), is_file(), is_symlink(), stat()."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dir = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            if followlinks:
                walk_into = True
            else:
                try:
                    is_symlink = entry.is_symlink()
                except OSError:
                    is_symlink = False
                walk_into = not is_symlink
            if walk_into:
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# ----- the environment ------------------------------------------------------------------

class _Environ:
    """os.environ: a mapping of the process environment; changes reach child processes."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = self._check(key)
        value = self._check(value)
        posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        key = self._check(key)
        posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f'pop expected at most 2 arguments, got {1 + len(default)}')
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError from None
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        body = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{body}}})'

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _environ_data():
    data = {}
    for k, v in posix.environ.items():
        # (CPython's posix.environ has bytes; taipan's has str)
        if isinstance(k, bytes):
            k = k.decode('utf-8', 'surrogateescape')
            v = v.decode('utf-8', 'surrogateescape')
        data[k] = v
    return data


environ = _Environ(_environ_data())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(name, value):
    posix.putenv(name, value)


def unsetenv(name):
    posix.unsetenv(name)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)
