"""A subset of CPython's importlib over taipan's import system (runtime/src/import.rs,
reached through `_imp`): import_module, reload, invalidate_caches, and the util and
machinery submodules."""
import _imp


def import_module(name, package=None):
    """Import a module by name; a relative name ('.mod') is resolved against `package`."""
    return _imp.import_module(name, package)


def reload(module):
    """Re-execute a module's source in the same module object and return it."""
    return _imp.reload(module)


def invalidate_caches():
    """Nothing to do: taipan keeps no directory listings, every import looks at the disk."""


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    import builtins
    return builtins.__import__(name, globals, locals, fromlist, level)
