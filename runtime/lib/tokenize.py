"""Tokenization of Python source, as CPython 3.11's `tokenize` module does it.

The work is done by taipan's tokenizer (the one `taipan -m tokenize` prints), reached
through `_frontend.tokenize`; this module gives it CPython's Python interface:
`generate_tokens(readline)` for str lines, `tokenize(readline)` for bytes (an ENCODING
token first), `TokenInfo` with CPython's repr, `TokenError`, `detect_encoding` and
`untokenize`.
"""
import _frontend
import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class TokenInfo(tuple):
    """TokenInfo(type, string, start, end, line)"""

    __slots__ = ()
    _fields = ('type', 'string', 'start', 'end', 'line')

    def __new__(cls, type, string, start, end, line):
        return tuple.__new__(cls, (type, string, start, end, line))

    type = property(lambda self: self[0], doc='Alias for field number 0')
    string = property(lambda self: self[1], doc='Alias for field number 1')
    start = property(lambda self: self[2], doc='Alias for field number 2')
    end = property(lambda self: self[3], doc='Alias for field number 3')
    line = property(lambda self: self[4], doc='Alias for field number 4')

    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return 'TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % (
            annotated, self.string, self.start, self.end, self.line)

    def __getnewargs__(self):
        return tuple(self)

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(self._fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return TokenInfo(*values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def _run(readline, is_bytes):
    tokens, error = _frontend.tokenize(readline, is_bytes)
    for t in tokens:
        yield TokenInfo(*t)
    if error is not None:
        kind, msg, line, col = error
        if kind == 'TokenError':
            raise TokenError(msg, (line, col))
        if kind == 'IndentationError':
            raise IndentationError(msg, ('<tokenize>', line, col, ''))
        raise SyntaxError(msg)


def generate_tokens(readline):
    """Tokens of the str lines `readline` returns, as TokenInfo tuples (no ENCODING)."""
    return _run(readline, False)


def tokenize(readline):
    """Tokens of the bytes lines `readline` returns: ENCODING first, then the tokens of
    the text decoded as `detect_encoding` finds it."""
    return _run(readline, True)


def _cookie_name(line):
    # `# -*- coding: NAME -*-` and friends, as PEP 263's regular expression reads them.
    stripped = line.lstrip(b' \t\f')
    if not stripped.startswith(b'#'):
        return None
    text = stripped.decode('latin-1')
    i = text.find('coding')
    while i >= 0:
        rest = text[i + 6:]
        if rest[:1] in (':', '='):
            rest = rest[1:].lstrip(' \t')
            name = ''
            for ch in rest:
                if ch.isalnum() or ch in '-_.':
                    name += ch
                else:
                    break
            if name:
                return name
        i = text.find('coding', i + 6)
    return None


def _normal_name(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The source encoding (PEP 263 cookie or BOM, default 'utf-8') and the lines read
    to find it."""
    bom = False
    lines = []

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    first = read()
    if first.startswith(b'\xef\xbb\xbf'):
        bom = True
        first = first[3:]
    if not first:
        return ('utf-8-sig' if bom else 'utf-8'), []
    lines.append(first)
    name = _cookie_name(first)
    if name is None and first.strip(b' \t\f\r\n').startswith(b'#') or name is None and not first.strip(b' \t\f\r\n'):
        second = read()
        if second:
            lines.append(second)
            name = _cookie_name(second)
    if name is None:
        return ('utf-8-sig' if bom else 'utf-8'), lines
    enc = _normal_name(name)
    if bom:
        if enc != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
        enc = 'utf-8-sig'
    return enc, lines


def untokenize(iterable):
    """Source text from tokens. Full 5-tuples are placed at their positions (so
    tokenize → untokenize round-trips); (type, string) pairs get compatible spacing."""
    parts = []
    indents = []
    encoding = None
    row, col = 1, 0
    at_line_start = False
    it = iter(iterable)
    for tok in it:
        if len(tok) == 2:
            _untokenize_pairs(tok, it, parts, indents)
            break
        typ, s, start, end, line = tok
        if typ == ENCODING:
            encoding = s
            continue
        if typ == ENDMARKER:
            break
        if typ == INDENT:
            indents.append(s)
            continue
        if typ == DEDENT:
            indents.pop()
            row, col = end
            continue
        if typ in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            if start[1] >= len(indents[-1]):
                parts.append(indents[-1])
                col = len(indents[-1])
            at_line_start = False
        srow, scol = start
        if srow < row or (srow == row and scol < col):
            raise ValueError("start ({},{}) precedes previous end ({},{})".format(srow, scol, row, col))
        if srow > row:
            parts.append("\\\n" * (srow - row))
            col = 0
        if scol > col:
            parts.append(" " * (scol - col))
        parts.append(s)
        row, col = end
        if typ in (NEWLINE, NL):
            row += 1
            col = 0
    text = "".join(parts)
    if encoding is not None:
        return text.encode(encoding)
    return text


def _untokenize_pairs(first, rest, parts, indents):
    prev = None
    at_line_start = False
    for tok in _chain(first, rest):
        typ, s = tok[0], tok[1]
        if typ == ENCODING:
            continue
        if typ in (NAME, NUMBER):
            s += " "
        if typ == STRING and prev == STRING:
            s = " " + s
        if typ == INDENT:
            indents.append(s)
            prev = typ
            continue
        if typ == DEDENT:
            indents.pop()
            prev = typ
            continue
        if typ in (NEWLINE, NL):
            at_line_start = True
        elif at_line_start and indents:
            parts.append(indents[-1])
            at_line_start = False
        parts.append(s)
        prev = typ


def _chain(first, rest):
    yield first
    yield from rest


def main():
    import sys
    args = sys.argv[1:]
    exact = False
    if args and args[0] in ('-e', '--exact'):
        exact = True
        args = args[1:]
    if args:
        with open(args[0], 'rb') as f:
            tokens = list(tokenize(f.readline))
    else:
        tokens = list(generate_tokens(sys.stdin.readline))
    for t in tokens:
        typ = t.exact_type if exact else t.type
        rng = '%d,%d-%d,%d:' % (t.start + t.end)
        print('%-20s%-15s%-15r' % (rng, tok_name[typ], t.string))


if __name__ == '__main__':
    main()
