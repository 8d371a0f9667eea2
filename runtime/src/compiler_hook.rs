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
