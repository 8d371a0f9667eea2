//! `bool`: a subclass of `int` with exactly two instances, `True` and `False`, both
//! immortal statics shaped like heap ints (`PyLong`) so int operations accept them.

use crate::errors::{type_error, PyResult};
use crate::object::{flags, BinOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::int;
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::str as pystr;
use num_bigint::BigInt;

unsafe fn never_freed(_v: Value) {
    unreachable!("True and False are immortal");
}

/// The `bool` type (a subclass of `int`, not subclassable itself).
pub static BOOL_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "bool", std::mem::size_of::<int::PyLong>(), flags::INT_SUBCLASS, never_freed));

/// The layout of `True`/`False`: a `PyLong` header and a (lazily built) big int.
#[repr(C)]
pub struct PyBool {
    ob: ObjHeader,
    value: std::cell::UnsafeCell<std::mem::MaybeUninit<BigInt>>,
}

/// `False`.
pub static FALSE: Static<PyBool> = Static(PyBool { ob: ObjHeader::immortal(&BOOL_TYPE.0), value: std::cell::UnsafeCell::new(std::mem::MaybeUninit::uninit()) });
/// `True`.
pub static TRUE: Static<PyBool> = Static(PyBool { ob: ObjHeader::immortal(&BOOL_TYPE.0), value: std::cell::UnsafeCell::new(std::mem::MaybeUninit::uninit()) });

/// `True` as a value.
#[inline(always)]
pub fn true_value() -> Value {
    Value::from_ptr(&TRUE.0 as *const PyBool)
}

/// `False` as a value.
#[inline(always)]
pub fn false_value() -> Value {
    Value::from_ptr(&FALSE.0 as *const PyBool)
}

/// `True`.
#[inline(always)]
pub fn true_() -> Obj {
    Obj::immediate(true_value())
}

/// `False`.
#[inline(always)]
pub fn false_() -> Obj {
    Obj::immediate(false_value())
}

/// The bool for a Rust bool.
#[inline(always)]
pub fn from_bool(b: bool) -> Obj {
    if b {
        true_()
    } else {
        false_()
    }
}

/// The value for a Rust bool.
#[inline(always)]
pub fn value_of(b: bool) -> Value {
    if b {
        true_value()
    } else {
        false_value()
    }
}

fn bool_repr(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(pystr::intern(if v == true_value() { "True" } else { "False" })))
}

fn bool_new(_t: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::objects::args::no_kwargs("bool", kwnames)?;
    if args.len() > 1 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", args.len())));
    }
    if args.is_empty() {
        return Ok(false_());
    }
    Ok(from_bool(crate::object::protocol::is_true(args[0])?))
}

fn logic(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let is_bool = |v: Value| v == true_value() || v == false_value();
    if is_bool(a) && is_bool(b) {
        let (x, y) = (a == true_value(), b == true_value());
        return Ok(from_bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    int::binary(a, b, op)
}
fn and(a: Value, b: Value) -> PyResult<Obj> {
    logic(a, b, BinOp::And)
}
fn or(a: Value, b: Value) -> PyResult<Obj> {
    logic(a, b, BinOp::Or)
}
fn xor(a: Value, b: Value) -> PyResult<Obj> {
    logic(a, b, BinOp::Xor)
}

/// Creates the big-int payloads and installs the slots (start-up).
pub fn init_type() {
    // SAFETY: start-up is single-threaded; nothing reads the payloads before this.
    unsafe {
        (*FALSE.value.get()).write(BigInt::from(0));
        (*TRUE.value.get()).write(BigInt::from(1));
    }
    BOOL_TYPE.base.set(&int::INT_TYPE.0);
    BOOL_TYPE.slots.inherit_from(&int::INT_TYPE.slots);
    BOOL_TYPE.slots.dealloc.set(never_freed);
    BOOL_TYPE.slots.repr.set(Some(bool_repr));
    BOOL_TYPE.slots.new.set(Some(bool_new));
    BOOL_TYPE.slots.binary[BinOp::And as usize].set(Some(and));
    BOOL_TYPE.slots.binary[BinOp::Or as usize].set(Some(or));
    BOOL_TYPE.slots.binary[BinOp::Xor as usize].set(Some(xor));
}
