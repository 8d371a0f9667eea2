//! Structural pattern matching support (`MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`,
//! `MATCH_CLASS`), following CPython's `ceval.c` helpers.

use crate::errors::{type_error, PyResult};
use crate::object::{flags, protocol, type_of, Obj, Value};
use crate::objects::{dict, pytype, singletons, str as pystr, tuple};

/// `collections.abc.Mapping` instances (by flag; `dict` and registered subclasses).
pub fn is_mapping(v: Value) -> bool {
    type_of(v).has_flag(flags::MAPPING)
}

/// `collections.abc.Sequence` instances, excluding str/bytes/bytearray.
pub fn is_sequence(v: Value) -> bool {
    let t = type_of(v);
    t.has_flag(flags::SEQUENCE) && !t.has_flag(flags::STR_SUBCLASS) && !t.has_flag(flags::BYTES_SUBCLASS)
}

/// `MATCH_KEYS`: the values for `keys` (a tuple) in `subject`, or None if any is missing.
pub fn match_keys(subject: Value, keys: Value) -> PyResult<Obj> {
    if !tuple::is_tuple(keys) {
        return Err(crate::errors::system_error("MATCH_KEYS without a tuple of keys"));
    }
    let ks = tuple::items(keys);
    let mut seen: Vec<Value> = Vec::new();
    let mut values = Vec::with_capacity(ks.len());
    let get = protocol::lookup_attr(subject, crate::interned!("get"))?;
    for &k in ks {
        for &s in &seen {
            if protocol::rich_compare_bool(s, k, crate::object::CompareOp::Eq)? {
                return Err(crate::errors::value_error(format!("mapping pattern checks duplicate key ({})", protocol::repr_string(k)?)));
            }
        }
        seen.push(k);
        let v = if dict::is_exact_dict(subject) {
            dict::get(subject, k)?.map(Obj::new_ref)
        } else {
            let dummy = crate::objects::object::OBJECT_TYPE.as_value();
            let g = get.as_ref().ok_or_else(|| type_error("mapping has no get"))?;
            let r = crate::interp::call::call(g.value(), &[k, dummy], Value::NULL)?;
            if r.value() == dummy { None } else { Some(r) }
        };
        match v {
            Some(x) => values.push(x),
            None => return Ok(singletons::none_obj()),
        }
    }
    Ok(tuple::from_vec(values))
}

/// `MATCH_CLASS`: `isinstance(subject, cls)` then the positional (`__match_args__`) and
/// keyword attributes; a tuple of them, or None.
pub fn match_class(subject: Value, cls: Value, nargs: usize, names: Value) -> PyResult<Obj> {
    if !tuple::is_tuple(names) || !tuple::items(names).iter().all(|&n| pystr::is_str(n)) {
        return Err(crate::errors::system_error("MATCH_CLASS without a tuple of names"));
    }
    if !pytype::is_type(cls) {
        return Err(type_error("called match pattern must be a type"));
    }
    if !protocol::isinstance(subject, cls)? {
        return Ok(singletons::none_obj());
    }
    let t = pytype::as_type(cls);
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if nargs > 0 {
        let match_args = protocol::lookup_attr(cls, crate::interned!("__match_args__"))?;
        let self_match = t.has_flag(flags::INT_SUBCLASS)
            || t.has_flag(flags::FLOAT_SUBCLASS)
            || t.has_flag(flags::STR_SUBCLASS)
            || t.has_flag(flags::BYTES_SUBCLASS)
            || t.has_flag(flags::LIST_SUBCLASS)
            || t.has_flag(flags::TUPLE_SUBCLASS)
            || t.has_flag(flags::DICT_SUBCLASS)
            || t.has_flag(flags::SET_SUBCLASS)
            || std::ptr::eq(t, &crate::objects::bool_::BOOL_TYPE.0);
        match match_args {
            Some(ma) => {
                if !tuple::is_tuple(ma.value()) {
                    return Err(type_error(format!("{}.__match_args__ must be a tuple (got {})", t.name(), type_of(ma.value()).name())));
                }
                let items = tuple::items(ma.value());
                if nargs > items.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name(),
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        nargs
                    )));
                }
                for &n in &items[..nargs] {
                    if !pystr::is_str(n) {
                        return Err(type_error(format!("__match_args__ elements must be strings (got {})", type_of(n).name())));
                    }
                    seen.push(pystr::as_str(n).to_string());
                    match protocol::lookup_attr(subject, n)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(singletons::none_obj()),
                    }
                }
            }
            None if self_match && nargs == 1 => attrs.push(Obj::new_ref(subject)),
            None => {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    t.name(),
                    if self_match { 1 } else { 0 },
                    if self_match { "" } else { "s" },
                    nargs
                )));
            }
        }
    }
    for &n in tuple::items(names) {
        let s = pystr::as_str(n).to_string();
        if seen.contains(&s) {
            return Err(type_error(format!("{}() got multiple sub-patterns for attribute '{}'", t.name(), s)));
        }
        seen.push(s);
        match protocol::lookup_attr(subject, n)? {
            Some(v) => attrs.push(v),
            None => return Ok(singletons::none_obj()),
        }
    }
    Ok(tuple::from_vec(attrs))
}
