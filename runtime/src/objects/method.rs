//! Bound methods (`obj.f` for a Python function `f`): calling one prepends `self`.

use crate::errors::PyResult;
use crate::object::{alloc_object, decref, free_memory, protocol, type_of, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{bool_, singletons, str as pystr};

/// A bound method.
#[repr(C)]
pub struct PyMethod {
    ob: ObjHeader,
    func: Value,
    self_: Value,
}

/// The `method` type.
pub static METHOD_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "method", std::mem::size_of::<PyMethod>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    let m = &*(v.as_ptr() as *const PyMethod);
    decref(m.func);
    decref(m.self_);
    free_memory(v, std::mem::size_of::<PyMethod>());
}

/// `func` bound to `self_`.
pub fn new(func: Obj, self_: Obj) -> Obj {
    let p = alloc_object(&METHOD_TYPE, std::mem::size_of::<PyMethod>()) as *mut PyMethod;
    // SAFETY: fresh allocation; ownership moves in.
    unsafe {
        std::ptr::addr_of_mut!((*p).func).write(func.into_raw());
        std::ptr::addr_of_mut!((*p).self_).write(self_.into_raw());
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// True for bound methods.
#[inline(always)]
pub fn is_method(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &METHOD_TYPE)
}

/// `(__func__, __self__)` (borrowed).
#[inline(always)]
pub fn parts(v: Value) -> (Value, Value) {
    // SAFETY: callers check `is_method`.
    let m = unsafe { &*(v.as_ptr() as *const PyMethod) };
    (m.func, m.self_)
}

fn method_call(v: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (f, s) = parts(v);
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(s);
    full.extend_from_slice(args);
    crate::interp::call::call(f, &full, kwnames)
}

fn method_repr(v: Value) -> PyResult<Obj> {
    let (f, s) = parts(v);
    let name = match protocol::lookup_attr(f, crate::interned!("__qualname__"))? {
        Some(n) if pystr::is_str(n.value()) => pystr::as_str(n.value()).to_string(),
        _ => "?".into(),
    };
    Ok(pystr::from_string(format!("<bound method {} of {}>", name, protocol::repr_string(s)?)))
}

fn method_getattr(v: Value, name: Value) -> PyResult<Option<Obj>> {
    if let Some(r) = crate::objects::object::generic_getattr(v, name)? {
        return Ok(Some(r));
    }
    protocol::lookup_attr(parts(v).0, name)
}

fn method_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_method(b) || !(op == CompareOp::Eq || op == CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let (fa, sa) = parts(a);
    let (fb, sb) = parts(b);
    let eq = sa == sb && protocol::rich_compare_bool(fa, fb, CompareOp::Eq)?;
    Ok(bool_::from_bool(eq == (op == CompareOp::Eq)))
}

fn method_hash(v: Value) -> PyResult<i64> {
    let (f, s) = parts(v);
    Ok(protocol::hash(f)? ^ (s.bits() >> 4) as i64)
}

fn get_func(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(parts(v).0))
}
fn get_self(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(parts(v).1))
}

/// Installs the slots (start-up).
pub fn init_type() {
    let s = &METHOD_TYPE.slots;
    s.call.set(Some(method_call));
    s.repr.set(Some(method_repr));
    s.getattr.set(Some(method_getattr));
    s.richcompare.set(Some(method_richcompare));
    s.hash.set(Some(method_hash));
    crate::objects::pytype::add_getsets(&METHOD_TYPE, &[
        crate::objects::descr::GetSetDef { name: "__func__", get: get_func, set: None },
        crate::objects::descr::GetSetDef { name: "__self__", get: get_self, set: None },
    ]);
    let _ = type_of;
}
