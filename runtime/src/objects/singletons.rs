//! `None`, `NotImplemented` and `Ellipsis`: immortal static objects with no fields.

use crate::errors::{type_error, PyResult};
use crate::object::{Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;

unsafe fn never_freed(_v: Value) {
    unreachable!("immortal singletons are never deallocated");
}

/// `NoneType`.
pub static NONE_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "NoneType", std::mem::size_of::<ObjHeader>(), 0, never_freed));
/// `NotImplementedType`.
pub static NOT_IMPLEMENTED_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "NotImplementedType", std::mem::size_of::<ObjHeader>(), 0, never_freed));
/// `ellipsis`.
pub static ELLIPSIS_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "ellipsis", std::mem::size_of::<ObjHeader>(), 0, never_freed));

/// The `None` object.
pub static NONE: Static<ObjHeader> = Static(ObjHeader::immortal(&NONE_TYPE.0));
/// The `NotImplemented` object.
pub static NOT_IMPLEMENTED: Static<ObjHeader> = Static(ObjHeader::immortal(&NOT_IMPLEMENTED_TYPE.0));
/// The `Ellipsis` object.
pub static ELLIPSIS: Static<ObjHeader> = Static(ObjHeader::immortal(&ELLIPSIS_TYPE.0));

/// `None` as a value.
#[inline(always)]
pub fn none() -> Value {
    Value::from_ptr(&NONE.0 as *const ObjHeader)
}

/// `None` as an owned reference (immortal: no count change needed).
#[inline(always)]
pub fn none_obj() -> Obj {
    Obj::immediate(none())
}

/// `NotImplemented`.
#[inline(always)]
pub fn not_implemented() -> Obj {
    Obj::immediate(Value::from_ptr(&NOT_IMPLEMENTED.0 as *const ObjHeader))
}

/// True for `NotImplemented`.
#[inline(always)]
pub fn is_not_implemented(v: Value) -> bool {
    v == Value::from_ptr(&NOT_IMPLEMENTED.0 as *const ObjHeader)
}

/// `Ellipsis`.
#[inline(always)]
pub fn ellipsis() -> Value {
    Value::from_ptr(&ELLIPSIS.0 as *const ObjHeader)
}

fn none_repr(_v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(crate::interned!("None")))
}
fn not_impl_repr(_v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(crate::interned!("NotImplemented")))
}
fn ellipsis_repr(_v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(crate::interned!("Ellipsis")))
}
fn none_bool(_v: Value) -> PyResult<bool> {
    Ok(false)
}
fn not_impl_bool(_v: Value) -> PyResult<bool> {
    // CPython 3.11 still allows it (with a DeprecationWarning).
    Ok(true)
}
fn none_new(_t: &TypeObject, args: &[Value], kw: Value) -> PyResult<Obj> {
    if !args.is_empty() || !kw.is_null() {
        return Err(type_error("NoneType takes no arguments"));
    }
    Ok(none_obj())
}
fn ellipsis_new(_t: &TypeObject, args: &[Value], kw: Value) -> PyResult<Obj> {
    if !args.is_empty() || !kw.is_null() {
        return Err(type_error("ellipsis takes no arguments"));
    }
    Ok(Obj::immediate(ellipsis()))
}
fn identity_hash(v: Value) -> PyResult<i64> {
    Ok((v.bits() >> 4) as i64)
}

/// Installs the slots (start-up).
pub fn init_types() {
    NONE_TYPE.slots.repr.set(Some(none_repr));
    NONE_TYPE.slots.bool.set(Some(none_bool));
    NONE_TYPE.slots.new.set(Some(none_new));
    NONE_TYPE.slots.hash.set(Some(identity_hash));
    NOT_IMPLEMENTED_TYPE.slots.repr.set(Some(not_impl_repr));
    NOT_IMPLEMENTED_TYPE.slots.bool.set(Some(not_impl_bool));
    NOT_IMPLEMENTED_TYPE.slots.hash.set(Some(identity_hash));
    ELLIPSIS_TYPE.slots.repr.set(Some(ellipsis_repr));
    ELLIPSIS_TYPE.slots.new.set(Some(ellipsis_new));
    ELLIPSIS_TYPE.slots.hash.set(Some(identity_hash));
}
