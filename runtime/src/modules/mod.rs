//! Modules written in Rust: `sys`, `time`, `math`, `posix` (under `os`), `_sha512`, and
//! `_io` with the file objects behind `open()`, `_imp` (the import system for importlib).

pub mod frontend;
pub mod imp;
pub mod io;
pub mod math;
pub mod posix;
pub mod opcode;
pub mod sys;
pub mod thread;
pub mod time;

use crate::errors::PyResult;
use crate::object::Obj;

/// Names of the modules built into the runtime (`sys.builtin_module_names`).
pub const BUILTIN_NAMES: &[&str] = &["_frontend", "_imp", "_io", "_opcode", "_sha512", "_threadcore", "builtins", "math", "posix", "sys", "time"];

/// Creates a fresh builtin module `name`, if there is one (`builtins` and `sys` exist
/// from start-up and are found in `sys.modules`).
pub fn create(name: &str) -> Option<PyResult<Obj>> {
    match name {
        "_frontend" => Some(frontend::create()),
        "math" => Some(math::create()),
        "_opcode" => Some(opcode::create()),
        "time" => Some(time::create()),
        "posix" => Some(posix::create()),
        "_sha512" => Some(posix::create_sha512()),
        "_io" => Some(io::create()),
        "_imp" => Some(imp::create()),
        "_threadcore" => Some(thread::create()),
        _ => None,
    }
}
