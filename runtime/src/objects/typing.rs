//! `types.UnionType`: what `int | str` makes (PEP 604). It flattens nested unions,
//! drops duplicates, turns `None` into `NoneType`, and works with `isinstance` and
//! `issubclass`.

use crate::errors::{type_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, protocol, type_of, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{bool_, singletons, str as pystr, tuple};

/// A union of types.
#[repr(C)]
pub struct PyUnion {
    ob: ObjHeader,
    /// The member types, a tuple (owned).
    args: Value,
}

/// The `types.UnionType` type.
pub static UNION_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "UnionType", std::mem::size_of::<PyUnion>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    decref((*(v.as_ptr() as *const PyUnion)).args);
    free_memory(v, std::mem::size_of::<PyUnion>());
}

/// True for union objects.
pub fn is_union(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &UNION_TYPE)
}

fn members(v: Value) -> Value {
    // SAFETY: callers pass unions.
    unsafe { (*(v.as_ptr() as *const PyUnion)).args }
}

/// May `v` take part in a `|` union? (types, None, unions; generic aliases are types here).
fn unionable(v: Value) -> bool {
    v == singletons::none() || pytype::is_type(v) || is_union(v) || crate::objects::generic_alias::is_generic_alias(v)
}

fn push_flat(v: Value, out: &mut Vec<Value>) {
    if is_union(v) {
        for &m in tuple::items(members(v)) {
            push_flat(m, out);
        }
        return;
    }
    let v = if v == singletons::none() { Value::from_ptr(type_of(singletons::none())) } else { v };
    if !out.contains(&v) {
        out.push(v);
    }
}

/// `a | b` for types: a union, or NotImplemented when either side cannot take part.
pub fn make_union(a: Value, b: Value) -> PyResult<Obj> {
    if !unionable(a) || !unionable(b) {
        return Ok(singletons::not_implemented());
    }
    let mut out = Vec::new();
    push_flat(a, &mut out);
    push_flat(b, &mut out);
    if out.len() == 1 {
        return Ok(Obj::new_ref(out[0]));
    }
    let p = alloc_object(&UNION_TYPE, std::mem::size_of::<PyUnion>()) as *mut PyUnion;
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).args).write(tuple::from_slice(&out).into_raw());
        Ok(Obj::from_raw(Value::from_ptr(p)))
    }
}

/// `isinstance(v, union)`.
pub fn union_instancecheck(u: Value, v: Value) -> PyResult<bool> {
    for &m in tuple::items(members(u)) {
        if protocol::isinstance(v, m)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `issubclass(c, union)`.
pub fn union_subclasscheck(u: Value, c: Value) -> PyResult<bool> {
    for &m in tuple::items(members(u)) {
        if protocol::issubclass(c, m)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn union_repr(v: Value) -> PyResult<Obj> {
    let mut parts = Vec::new();
    for &m in tuple::items(members(v)) {
        if m == Value::from_ptr(type_of(singletons::none())) {
            parts.push("None".to_string());
        } else if pytype::is_type(m) {
            let t = pytype::as_type(m);
            parts.push(match pytype::module_name(t) {
                Some("builtins") | None => pytype::qualname(t).to_string(),
                Some(module) => format!("{module}.{}", pytype::qualname(t)),
            });
        } else {
            parts.push(protocol::repr_string(m)?);
        }
    }
    Ok(pystr::from_string(parts.join(" | ")))
}

fn union_or(a: Value, b: Value) -> PyResult<Obj> {
    make_union(a, b)
}

fn union_hash(v: Value) -> PyResult<i64> {
    // Order-insensitive, as CPython hashes a frozenset of the members.
    let mut h: i64 = 0x345678;
    for &m in tuple::items(members(v)) {
        h ^= protocol::hash(m)?;
    }
    Ok(if h == -1 { -2 } else { h })
}

fn union_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_union(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let (x, y) = (tuple::items(members(a)), tuple::items(members(b)));
    let same = x.len() == y.len() && x.iter().all(|m| y.contains(m));
    Ok(bool_::from_bool(same == (op == CompareOp::Eq)))
}

fn get_args(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(members(v)))
}

fn union_new(_t: &TypeObject, _a: &[Value], _kw: Value) -> PyResult<Obj> {
    Err(type_error("cannot create 'types.UnionType' instances"))
}

/// Installs the slots (start-up).
pub fn init_type() {
    let t = &UNION_TYPE;
    t.slots.new.set(Some(union_new));
    t.slots.repr.set(Some(union_repr));
    t.slots.hash.set(Some(union_hash));
    t.slots.richcompare.set(Some(union_richcompare));
    t.slots.binary[crate::object::BinOp::Or as usize].set(Some(union_or));
    pytype::ready_static(t, Some(&crate::objects::object::OBJECT_TYPE.0));
    pytype::add_getsets(t, &[crate::objects::descr::GetSetDef { name: "__args__", get: get_args, set: None }]);
    pytype::add_attr(t, "__module__", crate::interned!("types"));
}
