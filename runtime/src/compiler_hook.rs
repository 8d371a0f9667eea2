//! The runtime's door to the front end: source text in, code object out. The `taipan`
//! crate implements [`Compiler`] (tokenizer, parser, compiler) and installs it at
//! start-up; `exec`, `eval`, `compile` and the import system go through it, so the
//! runtime itself never depends on the front end.

use crate::errors::{PyResult};
use crate::object::Obj;
use std::sync::OnceLock;

/// What `compile()` is asked to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`).
    Exec,
    /// One expression (`eval`).
    Eval,
    /// One interactive statement (`single`).
    Single,
}

/// Where the source came from: CPython words some syntax errors differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file being run or imported.
    File,
    /// A string given to `exec`/`eval`/`compile`.
    String,
}

/// The front end.
pub trait Compiler: Sync + Send {
    /// Compiles `source` (bytes, decoded per PEP 263) into a code object; syntax errors
    /// come back as SyntaxError exceptions, warnings go through the warnings machinery.
    fn compile(&self, source: &[u8], filename: &str, mode: Mode, origin: Origin, optimize: u8) -> PyResult<Obj>;

    /// `ast.parse`: parses `source` (`mode` is "exec", "eval", "single" or "func_type")
    /// and returns the tree as nested tuples (the front end's `ast/py.rs` describes them).
    fn parse_ast(&self, source: &[u8], filename: &str, mode: &str, type_comments: bool, origin: Origin) -> PyResult<Obj>;

    /// `compile(tree, ...)`: compiles node objects of the `ast` module (`mode` is "exec",
    /// "eval" or "single"); a malformed tree is a TypeError/ValueError, as in CPython.
    fn compile_ast(&self, tree: crate::object::Value, filename: &str, mode: &str, optimize: u8) -> PyResult<Obj>;

    /// `tokenize`: reads lines with `readline` (str lines, or bytes with encoding
    /// detection when `bytes` is set) and returns `(tokens, error)`: the 5-tuples produced
    /// before tokenizing stopped, and None or `(kind, message, line, column)` for the error
    /// that stopped it.
    fn tokenize(&self, readline: crate::object::Value, bytes: bool) -> PyResult<Obj>;

    /// The `token` module's data, from the tokenizer's own tables: the names indexed by
    /// token number, and each operator string with its exact token number.
    fn token_table(&self) -> (&'static [&'static str], &'static [(&'static str, u8)]);
}

fn front() -> PyResult<&'static dyn Compiler> {
    COMPILER.get().map(|b| &**b).ok_or_else(|| crate::errors::system_error("no compiler installed"))
}

/// `parse_ast` through the installed front end.
pub fn parse_ast(source: &[u8], filename: &str, mode: &str, type_comments: bool, origin: Origin) -> PyResult<Obj> {
    front()?.parse_ast(source, filename, mode, type_comments, origin)
}

/// `compile_ast` through the installed front end.
pub fn compile_ast(tree: crate::object::Value, filename: &str, mode: &str, optimize: u8) -> PyResult<Obj> {
    front()?.compile_ast(tree, filename, mode, optimize)
}

/// `tokenize` through the installed front end.
pub fn tokenize(readline: crate::object::Value, bytes: bool) -> PyResult<Obj> {
    front()?.tokenize(readline, bytes)
}

static COMPILER: OnceLock<Box<dyn Compiler>> = OnceLock::new();

/// Installs the front end (start-up).
pub fn install(c: Box<dyn Compiler>) {
    let _ = COMPILER.set(c);
}

/// Compiles through the installed front end.
pub fn compile(source: &[u8], filename: &str, mode: Mode, origin: Origin, optimize: u8) -> PyResult<Obj> {
    match COMPILER.get() {
        Some(c) => c.compile(source, filename, mode, origin, optimize),
        None => Err(crate::errors::system_error("no compiler installed")),
    }
}

/// `token_table` of the installed front end.
pub fn token_table() -> PyResult<(&'static [&'static str], &'static [(&'static str, u8)])> {
    Ok(front()?.token_table())
}
