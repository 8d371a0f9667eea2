"""Common string constants, capwords and Template (taipan).

Written for taipan; the same values and results as CPython 3.11's string module.
Template placeholders are scanned by hand (taipan has no `re`): `delimiter` may be
changed by a subclass; `idpattern`, `braceidpattern` and `pattern` are not consulted.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "Formatter",
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


class Formatter:
    """str.format's machinery as overridable methods (PEP 3101): parse, get_field,
    get_value, convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto)
                auto += 1
            elif field_name.isdigit():
                if auto:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto = False
            obj, key = self.get_field(field_name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece: literal
        text with {{ and }} undoubled, then the replacement field after it (None
        when the piece is only text)."""
        s = format_string
        i, n = 0, len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    # An escaped brace ends the literal piece (CPython's MarkupIterator).
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # The field name, up to '!', ':' or '}' outside brackets.
            k = i + 1
            bracket = False
            while k < n:
                ch = s[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:}':
                    break
                elif not bracket and ch == '{':
                    raise ValueError("unexpected '{' in field name")
                k += 1
            if k == n:
                raise ValueError("expected '}' before end of string")
            name = s[i + 1:k]
            conversion = None
            if s[k] == '!':
                if k + 1 >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[k + 1]
                k += 2
                if k >= n:
                    raise ValueError("unmatched '{' in format spec")
                if s[k] not in ':}':
                    raise ValueError("expected ':' after conversion specifier")
            spec = ''
            if s[k] == ':':
                # The spec, with nested fields: up to the matching '}'.
                depth = 1
                j = k + 1
                while j < n:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                if j >= n:
                    raise ValueError("unmatched '{' in format spec")
                spec = s[k + 1:j]
                k = j
            if s[k] != '}':
                raise ValueError("unmatched '{' in format spec")
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = k + 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _split_field_name(name):
    # "a.b[0]" -> ('a', [(True, 'b'), (False, 0)]); a numeric first part is an int.
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    first = int(first) if first.isdigit() else first
    rest = []
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[k + 1:j]))
            k = j
        else:
            j = name.index(']', k)
            key = name[k + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
    return first, rest
