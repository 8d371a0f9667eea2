"""The io module (taipan): open() and the file type from the native `_io`, and
in-memory streams StringIO and BytesIO written in Python.

Written for taipan; behaves like CPython 3.11's io (results, reprs, exceptions).
"""

import _io
from _io import open, TextIOWrapper

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "StringIO",
           "BytesIO", "TextIOBase", "BufferedIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class _IOMeta(type):
    """isinstance() also accepts the native file type for the text ABCs."""

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        return isinstance(obj, TextIOWrapper) and cls in (IOBase, TextIOBase)

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return issubclass(sub, TextIOWrapper) and cls in (IOBase, TextIOBase)


class IOBase(metaclass=_IOMeta):
    """The abstract base class for all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        res = bytearray()
        while size is None or size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _index_or_none(size, default=-1):
    if size is None:
        return default
    if isinstance(size, int):
        return size
    if hasattr(type(size), '__index__'):
        return type(size).__index__(size)
    raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")


def _seek_args(pos, whence):
    if not isinstance(pos, int):
        if hasattr(type(pos), '__index__'):
            pos = type(pos).__index__(pos)
        else:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
    if not isinstance(whence, int):
        raise TypeError(f"'{type(whence).__name__}' object cannot be interpreted as an integer")
    return pos, whence


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = ''
        self._pending = []
        self._len = 0
        self._pos = 0
        self._closed = False
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._pending:
            self._buf += ''.join(self._pending)
            self._pending = []
        return self._buf

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None:
            return None
        found = tuple(n for n in ('\r', '\n', '\r\n') if n in self._seen)
        if not found:
            return None
        return found[0] if len(found) == 1 else found

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        nl = self._newline
        if nl is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                if '\r' in s.replace('\r\n', ''):
                    self._seen.add('\r')
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s.replace('\r\n', ''):
                self._seen.add('\n')
        elif nl in ('\r', '\r\n'):
            s = s.replace('\n', nl)
        if not s:
            return n
        if self._pos == self._len:
            self._pending.append(s)
            self._len += len(s)
            self._pos = self._len
        else:
            buf = self._value()
            pos = self._pos
            if pos > len(buf):
                buf += '\0' * (pos - len(buf))
            buf = buf[:pos] + s + buf[pos + len(s):]
            self._buf = buf
            self._len = len(buf)
            self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        nl = self._newline
        if nl == '':
            end = limit
            i = pos
            while i < limit:
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < limit and buf[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            term = '\n' if nl is None else nl
            j = buf.find(term, pos, limit)
            end = limit if j < 0 else min(limit, j + len(term))
        self._pos = end
        return buf[pos:end]

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check()
        hint = _index_or_none(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos, whence = _seek_args(pos, whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # (CPython's message, which says cur-relative here too)
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _index_or_none(size)
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        buf = self._value()
        if size < len(buf):
            self._buf = buf[:size]
            self._len = size
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


StringIO.__module__ = '_io'


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf += memoryview(initial_bytes).tobytes() if not isinstance(initial_bytes, (bytes, bytearray)) else initial_bytes

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            if isinstance(b, str) or not hasattr(type(b), '__buffer__') and type(b).__name__ != 'memoryview':
                raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
            b = bytes(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        j = buf.find(b'\n', pos, limit)
        end = limit if j < 0 else j + 1
        self._pos = end
        return bytes(buf[pos:end])

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check()
        hint = _index_or_none(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos, whence = _seek_args(pos, whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _index_or_none(size)
        if size < 0:
            raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


BytesIO.__module__ = '_io'
