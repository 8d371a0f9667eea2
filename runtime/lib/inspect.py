"""A subset of CPython's `inspect`: type predicates, frames and the stack, members,
docstrings, generator/coroutine state, source lines, and `signature` for Python
functions (Parameter, Signature with CPython's text forms)."""
import sys
import types

__all__ = [
    'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'iscode',
    'isframe', 'istraceback', 'isgenerator', 'isgeneratorfunction', 'iscoroutine',
    'iscoroutinefunction', 'isasyncgenfunction', 'isawaitable', 'isabstract',
    'currentframe', 'stack', 'getframeinfo', 'getmembers', 'getmro', 'getdoc', 'cleandoc',
    'getmodule', 'getfile', 'getsourcelines', 'getsource', 'getgeneratorstate',
    'getcoroutinestate', 'signature', 'Signature', 'Parameter', 'FrameInfo',
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
]

CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or isinstance(obj, (types.MethodDescriptorType, types.WrapperDescriptorType,
                                types.MethodWrapperType, types.ClassMethodDescriptorType)))


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def _flags(obj):
    while ismethod(obj):
        obj = obj.__func__
    code = getattr(obj, '__code__', None)
    return code.co_flags if isfunction(obj) and code is not None else 0


def isgeneratorfunction(obj):
    return bool(_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    return bool(_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    return bool(_flags(obj) & CO_ASYNC_GENERATOR)


def isawaitable(obj):
    return (iscoroutine(obj) or hasattr(type(obj), '__await__')
            or (isgenerator(obj) and bool(obj.gi_code.co_flags & 0x100)))


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


class FrameInfo(tuple):
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, index=%r)'
                % tuple(self))


def _line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError):
        pass
    return None


def getframeinfo(frame, context=1):
    """(filename, lineno, function, code_context, index) of a frame."""
    line = _line(frame.f_code.co_filename, frame.f_lineno) if context > 0 else None
    return _Traceback(frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name,
                      [line] if line is not None else None, 0 if line is not None else None)


class _Traceback(tuple):
    _fields = ('filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])


def stack(context=1):
    """FrameInfo for the caller's frame and each frame above it."""
    out = []
    frame = sys._getframe(1)
    while frame is not None:
        line = _line(frame.f_code.co_filename, frame.f_lineno) if context > 0 else None
        out.append(FrameInfo(frame, frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name,
                             [line] if line is not None else None, 0 if line is not None else None))
        frame = frame.f_back
    return out


def getmembers(obj, predicate=None):
    """(name, value) pairs of dir(obj), sorted by name, filtered by `predicate`."""
    out = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            out.append((name, value))
    out.sort(key=lambda pair: pair[0])
    return out


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    return sys.modules.get(name) if name else None


def getfile(obj):
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if module is not None and getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, got {}'.format(type(obj).__name__))


def getsourcelines(obj):
    """The source lines of a function, method, code object or module, and the first
    line number: a def's lines run until the indentation returns to its own."""
    filename = getfile(obj)
    with open(filename, encoding='utf-8') as f:
        lines = f.readlines()
    if ismodule(obj):
        return lines, 0
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if not iscode(obj):
        raise OSError('could not find code object')
    start = obj.co_firstlineno - 1
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    while end < len(lines):
        text = lines[end]
        stripped = text.strip()
        if stripped and not stripped.startswith('#') and len(text) - len(text.lstrip()) <= indent:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end], start + 1


def getsource(obj):
    return ''.join(getsourcelines(obj)[0])


GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_frame is None:
        return GEN_CLOSED
    # A generator that has not started is still at its first instruction.
    return GEN_SUSPENDED if generator.gi_frame.f_lasti > 0 else GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_SUSPENDED if coroutine.cr_frame.f_lasti > 0 else CORO_CREATED


class _empty:
    """Marker: no default / no annotation."""


class _ParameterKind(int):
    _names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD')
    _descriptions = ('positional-only', 'positional or keyword', 'variadic positional',
                     'keyword-only', 'variadic keyword')

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, int(self))

    def __str__(self):
        return self.name


_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = (
    _ParameterKind(i) for i in range(5))


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    empty = _empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '%s: %s' % (text, _annotation_text(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = '%s%s%r' % (text, sep, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == (
            other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: types.MappingProxyType(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def __str__(self):
        parts = []
        slash_pending = False
        star_done = False
        for p in self._parameters.values():
            if p.kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if p.kind == _VAR_POSITIONAL:
                star_done = True
            elif p.kind == _KEYWORD_ONLY and not star_done:
                parts.append('*')
                star_done = True
            parts.append(str(p))
        if slash_pending:
            parts.append('/')
        text = '(%s)' % ', '.join(parts)
        if self._return_annotation is not _empty:
            text += ' -> %s' % _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)


def signature(obj):
    """The call signature of a Python function, bound method or class (its __init__)."""
    bound = False
    if isinstance(obj, type):
        init = obj.__init__
        if not isfunction(init):
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        obj, bound = init, True
    elif ismethod(obj):
        obj, bound = obj.__func__, True
    if not isfunction(obj):
        raise ValueError('no signature found for {!r}'.format(obj))
    code = obj.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    annotations = obj.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default, annotation=annotations.get(names[i], _empty)))
    k = npos
    if code.co_flags & 0x4:
        name = names[npos + nkw]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(nkw):
        name = names[k + i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x8:
        name = names[npos + nkw + (1 if code.co_flags & 0x4 else 0)]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if bound and params:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))
