"""ModuleSpec and the loaders that taipan's import system (runtime/src/import.rs) attaches
to every module it creates, as CPython's importlib._bootstrap does. The finding and
executing happen in Rust; these objects describe the result and let programs load a
module themselves (spec_from_file_location + module_from_spec + exec_module).
"""
import _imp


class ModuleSpec:
    """What the import system knows about a module: name, loader, origin, cache file."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)


ModuleSpec.__module__ = '_frozen_importlib'


class SourceFileLoader:
    """Loads a module from a .py file, through its __pycache__ entry when current."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'

    def get_source(self, fullname):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_code(self, fullname):
        return _imp.source_code(self.path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


SourceFileLoader.__module__ = '_frozen_importlib_external'


class BuiltinImporter:
    """The loader of modules written in Rust (sys, math, time, ...)."""

    @classmethod
    def create_module(cls, spec):
        return None

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False


BuiltinImporter.__module__ = '_frozen_importlib'


class FrozenImporter:
    """The loader of taipan's embedded Python modules (runtime/lib)."""

    @classmethod
    def create_module(cls, spec):
        return None

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return hasattr(__import__(fullname), '__path__')


FrozenImporter.__module__ = '_frozen_importlib'


def _spec(name, origin, cached, search, kind):
    # Called by the import system for every module it creates.
    if kind == 'source':
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
        spec.has_location = True
    elif kind == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
    else:
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
    spec.cached = cached
    spec.submodule_search_locations = search
    return spec
