"""Common string constants, capwords and Template (taipan).

Written for taipan; the same values and results as CPython 3.11's string module.
Template placeholders are scanned by hand (taipan has no `re`): `delimiter` may be
changed by a subclass; `idpattern`, `braceidpattern` and `pattern` are not consulted.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _Placeholder:
    """One delimiter occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'."""

    def __init__(self, kind, start, end, name=None, invalid_at=0):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.invalid_at = invalid_at


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                return
            k = j + len(d)
            if t.startswith(d, k):
                yield _Placeholder('escaped', j, k + len(d))
                i = k + len(d)
                continue
            if k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                yield _Placeholder('named', j, e, t[k:e])
                i = e
                continue
            if k < n and t[k] == '{' and k + 1 < n and t[k + 1] in _ID_START:
                e = k + 2
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                if e < n and t[e] == '}':
                    yield _Placeholder('braced', j, e + 1, t[k + 1:e])
                    i = e + 1
                    continue
            yield _Placeholder('invalid', j, k, invalid_at=k)
            i = k if k > j else j + 1

    def _invalid(self, ph):
        i = ph.invalid_at
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, safe):
        out = []
        pos = 0
        t = self.template
        for ph in self._scan():
            out.append(t[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                out.append(self.delimiter)
            elif ph.kind == 'invalid':
                if not safe:
                    self._invalid(ph)
                out.append(t[ph.start:ph.end])
            elif safe:
                try:
                    out.append(str(mapping[ph.name]))
                except KeyError:
                    out.append(t[ph.start:ph.end])
            else:
                out.append(str(mapping[ph.name]))
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._render(_mapping(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(_mapping(mapping, kws), True)

    def is_valid(self):
        return all(ph.kind != 'invalid' for ph in self._scan())

    def get_identifiers(self):
        ids = []
        for ph in self._scan():
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


def _mapping(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
