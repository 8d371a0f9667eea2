//! Modules written in Rust: `sys`, `time`, `math`, and the file objects behind `open()`.

pub mod io;
pub mod math;
pub mod opcode;
pub mod sys;
pub mod time;

use crate::errors::PyResult;
use crate::object::Obj;

/// Names of the modules built into the runtime (`sys.builtin_module_names`).
pub const BUILTIN_NAMES: &[&str] = &["_opcode", "builtins", "math", "sys", "time"];

/// Creates a fresh builtin module `name`, if there is one (`builtins` and `sys` exist
/// from start-up and are found in `sys.modules`).
pub fn create(name: &str) -> Option<PyResult<Obj>> {
    match name {
        "math" => Some(math::create()),
        "_opcode" => Some(opcode::create()),
        "time" => Some(time::create()),
        _ => None,
    }
}
