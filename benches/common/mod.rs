//! What the in-process benches share: loading a workload's `bench` function.

use taipan::parser::Mode;
use taipan::source::Origin;
use taipan_runtime::object::Obj;
use taipan_runtime::objects::{dict, module, str as pystr};

/// Compiles `src` as a fresh `__main__`, runs its body, and returns its `bench` function.
pub fn load(name: &str, src: &str) -> Obj {
    let (unit, _) = taipan::driver::compile_source(src.as_bytes(), name, Mode::Exec, Origin::File, 0).unwrap_or_else(|_| panic!("{name}: syntax"));
    let m = taipan::driver::main_namespace(None);
    let d = module::dict(m.value());
    let co = taipan::driver::code_object(&unit);
    taipan_runtime::interp::run_code(co.value(), d, d).unwrap_or_else(|_| panic!("{name}: module body raised"));
    Obj::new_ref(dict::get_str(d, pystr::intern("bench")).expect("bench defined"))
}
