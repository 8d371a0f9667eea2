"""marshal: taipan's serialization of code objects and constants (the format of its
.pyc files; it is taipan's own, not CPython's byte format, like its bytecode).
Supports None, bool, Ellipsis, int, float, complex, str, bytes, tuple, list, set,
frozenset, dict and code objects. Loaded code objects are verified before use."""
import _imp

version = 1


def dumps(value, version=version, /):
    """The bytes of `value`; ValueError for an unsupported type."""
    return _imp.dumps(value)


def loads(bytes, /):
    """The value in `bytes`; ValueError if they are not marshal data."""
    return _imp.loads(bytes)


def dump(value, file, version=version, /):
    """Write `value` to the binary file `file`."""
    file.write(_imp.dumps(value))


def load(file, /):
    """Read one value from the rest of the binary file `file`."""
    return _imp.loads(file.read())
