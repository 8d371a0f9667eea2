//! `BINARY_SUBSCR` / `STORE_SUBSCR` with their specialized forms' fast paths.

use crate::bytecode::code::CodeObject;
use crate::bytecode::opcodes::Opcode;
use crate::errors::PyResult;
use crate::interp::specialize;
use crate::object::{protocol, Obj, Value};
use crate::objects::{dict, list, tuple};

/// `container[key]`.
#[inline]
pub fn binary_subscr(code: &CodeObject, i: usize, op: Opcode, container: Value, key: Value) -> PyResult<Obj> {
    match op {
        Opcode::BinarySubscrListInt => {
            if key.is_small_int() && list::is_exact_list(container) {
                if let Some(j) = list::normalize_index(key.as_small_int(), list::len(container)) {
                    return Ok(Obj::new_ref(list::items(container)[j]));
                }
            }
            specialize::deopt(code, i, Opcode::BinarySubscr);
        }
        Opcode::BinarySubscrTupleInt => {
            if key.is_small_int() && tuple::is_exact_tuple(container) {
                if let Some(j) = list::normalize_index(key.as_small_int(), tuple::len(container)) {
                    return Ok(Obj::new_ref(tuple::items(container)[j]));
                }
            }
            specialize::deopt(code, i, Opcode::BinarySubscr);
        }
        Opcode::BinarySubscrDict => {
            if dict::is_exact_dict(container) {
                return dict::getitem(container, key);
            }
            specialize::deopt(code, i, Opcode::BinarySubscr);
        }
        _ => specialize::binary_subscr(code, i, container, key),
    }
    protocol::getitem(container, key)
}

/// `container[key] = v`.
#[inline]
pub fn store_subscr(code: &CodeObject, i: usize, op: Opcode, container: Value, key: Value, v: Obj) -> PyResult<()> {
    match op {
        Opcode::StoreSubscrListInt => {
            if key.is_small_int() && list::is_exact_list(container) {
                if let Some(j) = list::normalize_index(key.as_small_int(), list::len(container)) {
                    list::set(container, j, v);
                    return Ok(());
                }
            }
            specialize::deopt(code, i, Opcode::StoreSubscr);
        }
        Opcode::StoreSubscrDict => {
            if dict::is_exact_dict(container) {
                return dict::set(container, key, v.value());
            }
            specialize::deopt(code, i, Opcode::StoreSubscr);
        }
        _ => specialize::store_subscr(code, i, container, key),
    }
    protocol::setitem(container, key, v.value())
}
