//! taipan's own pure-Python modules (`runtime/lib/*.py`: functools, itertools, operator,
//! copy, contextlib, traceback, fractions, bisect, heapq, dis, opcode), compiled into the binary and
//! imported by name like CPython's frozen modules, so a program needs no library folder.

/// `(module name, source)` of every embedded module.
pub const MODULES: &[(&str, &str)] = &[
    ("bisect", include_str!("../lib/bisect.py")),
    ("contextlib", include_str!("../lib/contextlib.py")),
    ("copy", include_str!("../lib/copy.py")),
    ("dis", include_str!("../lib/dis.py")),
    ("fractions", include_str!("../lib/fractions.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("itertools", include_str!("../lib/itertools.py")),
    ("opcode", include_str!("../lib/opcode.py")),
    ("operator", include_str!("../lib/operator.py")),
    ("traceback", include_str!("../lib/traceback.py")),
];

/// The source of embedded module `name`.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}
