"""importlib.machinery: the spec and loader classes the import system uses."""
from _bootstrap import ModuleSpec, SourceFileLoader, BuiltinImporter, FrozenImporter

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
