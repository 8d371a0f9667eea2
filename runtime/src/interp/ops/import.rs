//! `IMPORT_NAME`, `IMPORT_FROM` and `IMPORT_STAR`, on top of `crate::import`.

use crate::errors::PyResult;
use crate::interp::frame::Frame;
use crate::object::{protocol, Obj, Value};
use crate::objects::{dict, int, iter, module, str as pystr};

/// `IMPORT_NAME`: `__import__(name, globals, locals, fromlist, level)`.
pub fn import_name(fr: &Frame, name: Value, fromlist: Value, level: Value) -> PyResult<Obj> {
    let lvl = int::as_i64(level).unwrap_or(0);
    crate::import::import_with_builtin_hook(fr.builtins, name, fr.globals, fromlist, lvl)
}

/// `IMPORT_FROM`: an attribute of the module, else a submodule, else ImportError.
pub fn import_from(m: Value, name: Value) -> PyResult<Obj> {
    crate::import::import_from(m, name)
}

/// `IMPORT_STAR`: copies the public names (or `__all__`) into the frame's namespace.
pub fn import_star(fr: &Frame, m: Value) -> PyResult<()> {
    let target = if fr.locals.is_null() { fr.globals } else { fr.locals };
    let all = protocol::lookup_attr(m, crate::interned!("__all__"))?;
    let names: Vec<Obj> = match all {
        Some(a) => iter::collect(a.value())?,
        None => {
            let d = if module::is_module(m) { module::dict(m) } else { protocol::getattr_str(m, "__dict__")?.into_raw() };
            dict::keys_owned(d).into_iter().filter(|k| pystr::is_str(k.value()) && !pystr::as_str(k.value()).starts_with('_')).collect()
        }
    };
    for n in names {
        let v = protocol::getattr(m, n.value())?;
        if dict::is_dict(target) {
            dict::set(target, n.value(), v.value())?;
        } else {
            protocol::setitem(target, n.value(), v.value())?;
        }
    }
    Ok(())
}
