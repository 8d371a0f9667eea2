"""Names for the types of built-in objects (CPython 3.11's `types`), taken from the
objects themselves, plus SimpleNamespace and the class-creation helpers."""
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ('_slot',)


MemberDescriptorType = type(_Slotted._slot)
del _Slotted
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)

del sys, _f, _g, _c, _co, _ag, _C


class SimpleNamespace:
    """A plain attribute bag: SimpleNamespace(a=1) has `.a`; equal when the attributes are."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def resolve_bases(bases):
    """Replace bases that are not classes but have __mro_entries__ (PEP 560)."""
    new = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            new.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new.extend(entries)
    return tuple(new) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) as the class statement computes them."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                            '(non-strict) subclass of the metaclasses of all its bases')
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """A property on instances that falls back to the class's __getattr__ on the class."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Make a generator function's generators awaitable (CO_ITERABLE_COROUTINE), the
    generator-based coroutines of before async/await."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if isinstance(func, FunctionType) and code is not None:
        if code.co_flags & 0x180:
            return func  # already a coroutine (async def) or marked
        if code.co_flags & 0x20:
            func.__code__ = code.replace(co_flags=code.co_flags | 0x100)
            return func
    return func
