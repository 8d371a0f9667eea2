//! The object model's foundations: the value word (`value.rs`), heap object headers and
//! reference counting (`header.rs`), type objects and their slot tables (`typeobj.rs`),
//! instance attribute storage (`attrs.rs`) and the generic protocols every operation goes
//! through (`protocol.rs`: CPython's `abstract.c`/`object.c`).

pub mod attrs;
pub mod header;
pub mod protocol;
pub mod typeobj;
pub mod value;

pub use header::{alloc_object, decref, free_memory, free_object, incref, GilCell, Obj, ObjHeader, Static, IMMORTAL};
pub use typeobj::{flags, BinOp, CompareOp, Slots, TypeObject, N_BINOPS};
pub use value::Value;

use crate::objects::{float::FLOAT_TYPE, int::INT_TYPE};

/// The type of any value (small ints are `int`, immediate floats are `float`).
#[inline(always)]
pub fn type_ptr(v: Value) -> *const TypeObject {
    if v.is_ptr() {
        // SAFETY: non-NULL pointer values point at live objects.
        unsafe { (*v.as_ptr()).ty.get() }
    } else if v.is_small_int() {
        &INT_TYPE.0
    } else {
        debug_assert!(v.is_immediate_float(), "type of NULL");
        &FLOAT_TYPE.0
    }
}

/// The type of any value, as a reference.
#[inline(always)]
pub fn type_of(v: Value) -> &'static TypeObject {
    // SAFETY: types outlive the values that refer to them (instances keep heap types alive).
    unsafe { &*type_ptr(v) }
}

/// True when `v`'s type is exactly `t`.
#[inline(always)]
pub fn is_type(v: Value, t: &TypeObject) -> bool {
    std::ptr::eq(type_ptr(v), t)
}

/// `isinstance(v, t)` on the MRO only (no `__instancecheck__`).
#[inline]
pub fn is_instance(v: Value, t: &TypeObject) -> bool {
    let ty = type_of(v);
    std::ptr::eq(ty, t) || ty.is_subtype(t)
}
