//! Attribute and namespace builtins: `getattr`, `setattr`, `hasattr`, `delattr`,
//! `vars`, `dir`, `globals`, `locals`.

use crate::errors::{type_error, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, bool_, dict, list, singletons, str as pystr};

fn attr_name(v: Value, _fname: &str) -> PyResult<Value> {
    if !pystr::is_str(v) {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_of(v).name())));
    }
    Ok(v)
}

fn getattr(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("getattr", kw)?;
    if a.len() < 2 || a.len() > 3 {
        return Err(type_error(if a.len() < 2 {
            format!("getattr expected at least 2 arguments, got {}", a.len())
        } else {
            format!("getattr expected at most 3 arguments, got {}", a.len())
        }));
    }
    let name = attr_name(a[1], "getattr")?;
    if a.len() == 3 {
        return match protocol::lookup_attr(a[0], name)? {
            Some(v) => Ok(v),
            None => Ok(Obj::new_ref(a[2])),
        };
    }
    protocol::getattr(a[0], name)
}

fn setattr(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("setattr", kw)?;
    if a.len() != 3 {
        return Err(type_error(format!("setattr expected 3 arguments, got {}", a.len())));
    }
    let name = attr_name(a[1], "setattr")?;
    protocol::setattr(a[0], name, a[2])?;
    Ok(singletons::none_obj())
}

fn hasattr(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("hasattr", kw)?;
    if a.len() != 2 {
        return Err(type_error(format!("hasattr expected 2 arguments, got {}", a.len())));
    }
    let name = attr_name(a[1], "hasattr")?;
    Ok(bool_::from_bool(protocol::lookup_attr(a[0], name)?.is_some()))
}

fn delattr(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("delattr", kw)?;
    if a.len() != 2 {
        return Err(type_error(format!("delattr expected 2 arguments, got {}", a.len())));
    }
    let name = attr_name(a[1], "delattr")?;
    protocol::setattr(a[0], name, Value::NULL)?;
    Ok(singletons::none_obj())
}

/// The current frame's locals as a mapping (a fresh dict for function frames).
pub fn current_locals() -> PyResult<Obj> {
    let ts = crate::interp::thread_state();
    if ts.current.is_null() {
        return Ok(dict::new());
    }
    crate::interp::traceback::frame_locals(ts.current)
}

fn globals(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("globals", a, kw, 0)?;
    let g = crate::interp::state::current_globals();
    if g.is_null() {
        return Ok(singletons::none_obj());
    }
    Ok(Obj::new_ref(g))
}

fn locals(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("locals", a, kw, 0)?;
    current_locals()
}

fn vars(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("vars", kw)?;
    match a.len() {
        0 => current_locals(),
        1 => match protocol::lookup_attr(a[0], crate::interned!("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(type_error("vars() argument must have __dict__ attribute")),
        },
        n => Err(type_error(format!("vars expected at most 1 argument, got {n}"))),
    }
}

fn dir(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("dir", kw)?;
    let names = match a.len() {
        0 => {
            let l = current_locals()?;
            crate::objects::iter::collect(l.value())?
        }
        1 => {
            let Some(m) = protocol::lookup_special(a[0], "__dir__")? else {
                return Err(type_error(format!("object does not provide __dir__ ({})", type_of(a[0]).name())));
            };
            let r = call(m.value(), &[], Value::NULL)?;
            crate::objects::iter::collect(r.value())?
        }
        n => return Err(type_error(format!("dir expected at most 1 argument, got {n}"))),
    };
    let sorted = list::sort_values(names, Value::NULL, false)?;
    Ok(list::new(sorted))
}

/// The functions defined here.
pub static FUNCTIONS: &[MethodDef] = crate::methods![
    "getattr" => getattr, static;
    "setattr" => setattr, static;
    "hasattr" => hasattr, static;
    "delattr" => delattr, static;
    "globals" => globals, static;
    "locals" => locals, static;
    "vars" => vars, static;
    "dir" => dir, static;
];
