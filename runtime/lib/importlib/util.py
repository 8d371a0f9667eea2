"""importlib.util: specs, cache paths and loading a module from a file by hand."""
import sys
import _imp
from _bootstrap import ModuleSpec, SourceFileLoader, _spec

MAGIC_NUMBER = _imp.magic


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path the import system uses for source file `path`."""
    return _imp.cache_from_source(_fspath(path))


def source_from_cache(path):
    """The source path of a .pyc path in a __pycache__ folder."""
    path = _fspath(path)
    head, _, tail = path.rpartition('/')
    folder = head.rpartition('/')
    if folder[2] != '__pycache__':
        raise ValueError('{!r} not bottom-level directory in {!r}'.format('__pycache__', path))
    stem, dot, rest = tail.partition('.')
    if not dot or not rest.endswith('.pyc'):
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(tail))
    return (folder[0] + '/' if folder[1] else '') + stem + '.py'


def resolve_name(name, package):
    """An absolute module name for a relative `name` ('..mod') in `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name[level:]}' if name[level:] else base


def find_spec(name, package=None):
    """The spec of module `name`, or None when it cannot be found (parents are imported)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(fullname))
        return spec
    if fullname in sys.builtin_module_names:
        return _spec(fullname, None, None, None, 'builtin')
    if _imp.is_frozen(fullname):
        return _spec(fullname, None, None, [] if _imp.is_frozen_package(fullname) else None, 'frozen')
    found = _imp.find_source(fullname)
    if found is None:
        return None
    path, is_pkg = found
    return _spec(fullname, path, cache_from_source(path), [path.rpartition('/')[0]] if is_pkg else None, 'source')


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for loading module `name` from the file at `location`."""
    location = _fspath(location)
    spec = _spec(name, location, cache_from_source(location) if location.endswith('.py') else None,
                 submodule_search_locations, 'source')
    if loader is not None:
        spec.loader = loader
    return spec


def module_from_spec(spec):
    """A new module object initialised from `spec` (not yet executed)."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def _fspath(p):
    if isinstance(p, str):
        return p
    if hasattr(p, '__fspath__'):
        return p.__fspath__()
    raise TypeError('expected str or os.PathLike object, not ' + type(p).__name__)
