"""py_compile: write the .pyc of one source file, as the import system would."""
import os
import sys
import _imp

__all__ = ['compile', 'main', 'PyCompileError']


class PyCompileError(Exception):
    """A syntax error (or other failure) while compiling a file."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            tb = ''.join(__import__('traceback').format_exception_only(exc_type, exc_value))
            errmsg = tb.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Compile `file` and write its cache (default: the __pycache__ path); return that path."""
    file = os.fspath(file)
    try:
        return _imp.compile_file(file, None if cfile is None else os.fspath(cfile))
    except (SyntaxError, ValueError) as err:
        py_exc = PyCompileError(type(err), err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None


def main():
    rv = 0
    for filename in sys.argv[1:]:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            rv = 1
            sys.stderr.write('%s\n' % error.msg)
        except OSError as error:
            rv = 1
            sys.stderr.write('%s\n' % error)
    return rv


if __name__ == '__main__':
    sys.exit(main())
