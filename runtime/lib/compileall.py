"""compileall: write the .pyc files of every source file under a folder
(`taipan -m compileall DIR...`)."""
import os
import sys
import py_compile

__all__ = ['compile_dir', 'compile_file', 'main']


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Compile one file; True on success."""
    if not fullname.endswith('.py'):
        return True
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        ok = py_compile.compile(fullname, doraise=True)
    except py_compile.PyCompileError as err:
        if quiet >= 2:
            return False
        if quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(err.msg)
        return False
    return ok is not None


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False,
                optimize=-1, workers=1, invalidation_mode=None, *, stripdir=None,
                prependdir=None, limit_sl_dest=None, hardlink_dupes=False):
    """Compile every .py file under `dir` (recursing `maxlevels` deep); True if all compiled."""
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = sorted(os.listdir(dir))
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        return False
    success = True
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if os.path.isdir(fullname):
            if maxlevels > 0 and name != os.curdir and name != os.pardir and not os.path.islink(fullname):
                if not compile_dir(fullname, maxlevels - 1, quiet=quiet):
                    success = False
        elif not compile_file(fullname, quiet=quiet):
            success = False
    return success


def main():
    args = sys.argv[1:]
    quiet = 0
    dirs = []
    for a in args:
        if a == '-q':
            quiet += 1
        else:
            dirs.append(a)
    if not dirs:
        dirs = [d for d in sys.path if d] or ['.']
    success = True
    for d in dirs:
        if os.path.isfile(d):
            if not compile_file(d, quiet=quiet):
                success = False
        elif not compile_dir(d, quiet=quiet):
            success = False
    return success


if __name__ == '__main__':
    sys.exit(int(not main()))
