//! Building and unpacking: `LIST_EXTEND`, `DICT_UPDATE`/`DICT_MERGE` (with the call-site
//! messages), `UNPACK_SEQUENCE`/`UNPACK_EX` over any iterable, `FORMAT_VALUE`.

use crate::errors::{type_error, value_error, PyResult};
use crate::interp::call::callable_name;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::{dict, iter, list, str as pystr};

/// `LIST_EXTEND` (for `[*a]` and `f(*a)`).
pub fn list_extend(l: Value, it: Value) -> PyResult<()> {
    match list::extend(l, it) {
        Ok(()) => Ok(()),
        Err(e) => {
            if e.matches(crate::objects::exceptions::type_error()) && type_of(it).slots.iter.get().is_none() && type_of(it).slots.getitem.get().is_none() {
                return Err(type_error(format!("Value after * must be an iterable, not {}", type_of(it).name())));
            }
            Err(e)
        }
    }
}

/// `DICT_UPDATE` (for `{**m}`).
pub fn dict_update(d: Value, m: Value) -> PyResult<()> {
    if dict::is_dict(m) {
        return dict::update(d, m);
    }
    if protocol::lookup_attr(m, crate::interned!("keys"))?.is_none() {
        return Err(type_error(format!("'{}' object is not a mapping", type_of(m).name())));
    }
    dict::update(d, m)
}

/// `DICT_MERGE` (for `f(**m)`): keys must be strings and unique.
pub fn dict_merge(func: Value, d: Value, m: Value) -> PyResult<()> {
    let pairs: Vec<(Obj, Obj)> = if dict::is_dict(m) {
        dict::items_owned(m)
    } else {
        let Some(keys) = protocol::lookup_attr(m, crate::interned!("keys"))? else {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                callable_name(func),
                type_of(m).name()
            )));
        };
        let ks = crate::interp::call::call(keys.value(), &[], Value::NULL)?;
        let mut out = Vec::new();
        for k in iter::collect(ks.value())? {
            let v = protocol::getitem(m, k.value())?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in pairs {
        if !pystr::is_str(k.value()) {
            return Err(type_error("keywords must be strings"));
        }
        if dict::get(d, k.value())?.is_some() {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                callable_name(func),
                pystr::as_str(k.value())
            )));
        }
        dict::set(d, k.value(), v.value())?;
    }
    Ok(())
}

/// Unpacks an iterable into exactly `before` values, or (with `after`) into `before`
/// values, a list of the middle and `after` values (`a, *b, c = it`).
pub fn unpack_iterable(seq: Value, before: usize, after: Option<usize>) -> PyResult<Vec<Obj>> {
    let it = match protocol::get_iter(seq) {
        Ok(it) => it,
        Err(e) => {
            if e.matches(crate::objects::exceptions::type_error()) {
                return Err(type_error(format!("cannot unpack non-iterable {} object", type_of(seq).name())));
            }
            return Err(e);
        }
    };
    let mut out = Vec::with_capacity(before + after.unwrap_or(0) + 1);
    for i in 0..before {
        match protocol::next(it.value())? {
            Some(v) => out.push(v),
            None => {
                return Err(value_error(match after {
                    None => format!("not enough values to unpack (expected {before}, got {i})"),
                    Some(a) => format!("not enough values to unpack (expected at least {}, got {i})", before + a),
                }))
            }
        }
    }
    match after {
        None => {
            if protocol::next(it.value())?.is_some() {
                return Err(value_error(format!("too many values to unpack (expected {before})")));
            }
            Ok(out)
        }
        Some(a) => {
            let mut rest = Vec::new();
            while let Some(v) = protocol::next(it.value())? {
                rest.push(v);
            }
            if rest.len() < a {
                return Err(value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + a,
                    before + rest.len()
                )));
            }
            let tail = rest.split_off(rest.len() - a);
            out.push(list::new(rest));
            out.extend(tail);
            Ok(out)
        }
    }
}

/// `FORMAT_VALUE`: conversion (0 none, 1 str, 2 repr, 3 ascii) then `format(v, spec)`.
pub fn format_value(v: Value, conversion: u32, spec: Option<Value>) -> PyResult<Obj> {
    let converted = match conversion {
        1 => protocol::str(v)?,
        2 => protocol::repr(v)?,
        3 => crate::builtins::ascii_of(v)?,
        _ => Obj::new_ref(v),
    };
    let spec_s = spec.map(pystr::as_str).unwrap_or("");
    if spec_s.is_empty() && pystr::is_exact_str(converted.value()) {
        return Ok(converted);
    }
    crate::format::format_value(converted.value(), spec_s)
}

/// BUILD_STRING: joins the pieces, consuming their references. FORMAT_VALUE and str
/// constants feed it; bytecode from a file may not, so the types are checked.
#[inline(never)]
pub fn build_string(pieces: &[Value]) -> PyResult<Obj> {
    let ok = pieces.iter().all(|&s| pystr::is_str(s));
    let mut buf = Vec::new();
    for &s in pieces {
        if ok {
            buf.extend_from_slice(pystr::as_bytes(s));
        }
        crate::object::decref(s);
    }
    if !ok {
        return Err(crate::errors::system_error("BUILD_STRING of a non-str"));
    }
    Ok(pystr::from_payload(&buf))
}

/// MAKE_FUNCTION's inputs have the types `function::new` relies on: a code object, a
/// defaults tuple, a kwdefaults dict and a closure of exactly the code's free cells.
pub fn check_function_parts(code: Value, defaults: Option<&Obj>, kwdefaults: Option<&Obj>, closure: Option<&Obj>) -> PyResult<()> {
    use crate::objects::{cell, dict, tuple};
    let bad = |what: &str| Err(crate::errors::system_error(format!("MAKE_FUNCTION: {what}")));
    if !crate::bytecode::code::is_code(code) {
        return bad("not a code object");
    }
    let nfrees = crate::bytecode::code::as_code(code).nfrees as usize;
    if defaults.is_some_and(|d| !tuple::is_tuple(d.value())) {
        return bad("defaults must be a tuple");
    }
    if kwdefaults.is_some_and(|d| !dict::is_dict(d.value())) {
        return bad("kwdefaults must be a dict");
    }
    match closure {
        Some(c) => {
            let c = c.value();
            if !tuple::is_tuple(c) || tuple::len(c) != nfrees || !tuple::items(c).iter().all(|&x| cell::is_cell(x)) {
                return bad("closure must be a tuple of the code's free cells");
            }
        }
        None if nfrees > 0 => return bad("closure missing"),
        None => {}
    }
    Ok(())
}
