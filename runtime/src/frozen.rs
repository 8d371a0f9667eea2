//! taipan's own pure-Python modules (`runtime/lib/*.py`: functools, itertools, operator,
//! copy, contextlib, traceback, fractions, bisect, heapq, ast, token, tokenize, types, os,
//! posixpath, io, collections, string, gc, random, dis, opcode, inspect), compiled into the binary and
//! imported by name like CPython's frozen modules, so a program needs no library folder.

/// `(module name, source)` of every embedded module.
pub const MODULES: &[(&str, &str)] = &[
    ("_bootstrap", include_str!("../lib/_bootstrap.py")),
    ("_thread", include_str!("../lib/_thread.py")),
    ("ast", include_str!("../lib/ast.py")),
    ("_ast_unparse", include_str!("../lib/_ast_unparse.py")),
    ("bisect", include_str!("../lib/bisect.py")),
    ("collections", include_str!("../lib/collections.py")),
    ("contextlib", include_str!("../lib/contextlib.py")),
    ("copy", include_str!("../lib/copy.py")),
    ("dis", include_str!("../lib/dis.py")),
    ("fractions", include_str!("../lib/fractions.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("gc", include_str!("../lib/gc.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("marshal", include_str!("../lib/marshal.py")),
    ("py_compile", include_str!("../lib/py_compile.py")),
    ("compileall", include_str!("../lib/compileall.py")),
    ("importlib", include_str!("../lib/importlib/__init__.py")),
    ("importlib.machinery", include_str!("../lib/importlib/machinery.py")),
    ("importlib.util", include_str!("../lib/importlib/util.py")),
    ("inspect", include_str!("../lib/inspect.py")),
    ("io", include_str!("../lib/io.py")),
    ("itertools", include_str!("../lib/itertools.py")),
    ("opcode", include_str!("../lib/opcode.py")),
    ("operator", include_str!("../lib/operator.py")),
    ("token", include_str!("../lib/token.py")),
    ("tokenize", include_str!("../lib/tokenize.py")),
    ("os", include_str!("../lib/os.py")),
    ("posixpath", include_str!("../lib/posixpath.py")),
    ("random", include_str!("../lib/random.py")),
    ("string", include_str!("../lib/string.py")),
    ("threading", include_str!("../lib/threading.py")),
    ("traceback", include_str!("../lib/traceback.py")),
    ("types", include_str!("../lib/types.py")),
];

/// Embedded modules that are packages (their submodules are `MODULES` entries too).
const PACKAGES: &[&str] = &["importlib"];

/// True for an embedded package.
pub fn is_package(name: &str) -> bool {
    PACKAGES.contains(&name)
}

/// The source of embedded module `name`.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}
