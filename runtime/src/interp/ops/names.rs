//! Name resolution: `LOAD_NAME` (locals → globals → builtins), `LOAD_GLOBAL`,
//! `LOAD_CLASSDEREF`, cells, and CPython's NameError / UnboundLocalError messages.

use crate::bytecode::code::CodeObject;
use crate::bytecode::opcodes::local_kind;
use crate::errors::{name_error, PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::object::{protocol, Obj, Value};
use crate::objects::{cell, dict, exceptions, str as pystr};

/// `NameError: name 'x' is not defined` (with `name` set).
pub fn name_not_defined(name: Value) -> PyErr {
    let e = name_error(format!("name '{}' is not defined", pystr::as_str(name)));
    exceptions::set_name_error_name(&e, name);
    e
}

fn lookup_mapping(m: Value, name: Value) -> PyResult<Option<Obj>> {
    if dict::is_exact_dict(m) {
        return Ok(dict::get_str(m, name).map(Obj::new_ref));
    }
    match protocol::getitem(m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(exceptions::key_error()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `LOAD_NAME`.
pub fn load_name(fr: &Frame, name: Value) -> PyResult<Obj> {
    if !fr.locals.is_null() {
        if let Some(v) = lookup_mapping(fr.locals, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = dict::get_str(fr.globals, name) {
        return Ok(Obj::new_ref(v));
    }
    if let Some(v) = lookup_mapping(fr.builtins, name)? {
        return Ok(v);
    }
    Err(name_not_defined(name))
}

/// `STORE_NAME`.
pub fn store_name(fr: &Frame, name: Value, v: Value) -> PyResult<()> {
    if fr.locals.is_null() {
        return Err(crate::errors::system_error(format!("no locals found when storing '{}'", pystr::as_str(name))));
    }
    if dict::is_exact_dict(fr.locals) {
        dict::set_str(fr.locals, name, v);
        return Ok(());
    }
    protocol::setitem(fr.locals, name, v)
}

/// `DELETE_NAME`.
pub fn delete_name(fr: &Frame, name: Value) -> PyResult<()> {
    if fr.locals.is_null() {
        return Err(crate::errors::system_error("no locals when deleting"));
    }
    let gone = if dict::is_exact_dict(fr.locals) {
        dict::pop(fr.locals, name)?.is_some()
    } else {
        match protocol::delitem(fr.locals, name) {
            Ok(()) => true,
            Err(e) if e.matches(exceptions::key_error()) => false,
            Err(e) => return Err(e),
        }
    };
    if !gone {
        return Err(name_not_defined(name));
    }
    Ok(())
}

/// `LOAD_GLOBAL`.
#[inline]
pub fn load_global(fr: &Frame, name: Value) -> PyResult<Obj> {
    if let Some(v) = dict::get_str(fr.globals, name) {
        return Ok(Obj::new_ref(v));
    }
    if let Some(v) = lookup_mapping(fr.builtins, name)? {
        return Ok(v);
    }
    Err(name_not_defined(name))
}

/// A builtin by name (`LOAD_BUILD_CLASS`).
pub fn load_builtin(fr: &Frame, name: &str) -> PyResult<Obj> {
    match lookup_mapping(fr.builtins, pystr::intern(name))? {
        Some(v) => Ok(v),
        None => Err(name_error(format!("{name} not found"))),
    }
}

/// The error for an empty cell: UnboundLocalError for a cell of this function, NameError
/// for a free variable of an enclosing one (CPython 3.11's wording).
pub fn unbound_deref(code: &CodeObject, i: usize) -> PyErr {
    let name = pystr::as_str(code.localsplusnames[i]);
    if code.localspluskinds[i] & local_kind::FREE != 0 {
        let e = name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ));
        exceptions::set_name_error_name(&e, code.localsplusnames[i]);
        e
    } else {
        crate::errors::unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }
}

/// `LOAD_CLASSDEREF`: the class namespace first, then the cell.
pub fn load_classderef(fr: &Frame, i: usize) -> PyResult<Obj> {
    let code = fr.code();
    let name = code.localsplusnames[i];
    if !fr.locals.is_null() {
        if let Some(v) = lookup_mapping(fr.locals, name)? {
            return Ok(v);
        }
    }
    let v = cell::get(fr.local(i));
    if v.is_null() {
        return Err(unbound_deref(code, i));
    }
    Ok(Obj::new_ref(v))
}

/// `SETUP_ANNOTATIONS`.
pub fn setup_annotations(fr: &Frame) -> PyResult<()> {
    if fr.locals.is_null() {
        return Err(crate::errors::system_error("no locals found when setting up annotations"));
    }
    let key = crate::interned!("__annotations__");
    if lookup_mapping(fr.locals, key)?.is_none() {
        let d = dict::new();
        store_name(fr, key, d.value())?;
    }
    Ok(())
}
