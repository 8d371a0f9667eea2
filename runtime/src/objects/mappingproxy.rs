//! `mappingproxy`: a read-only view of a mapping (what `type.__dict__` returns).

use crate::errors::PyResult;
use crate::interp::call::call;
use crate::object::{alloc_object, decref, free_memory, protocol, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args, str as pystr};

/// A read-only proxy.
#[repr(C)]
pub struct PyMappingProxy {
    ob: ObjHeader,
    mapping: Value,
}

/// The `mappingproxy` type.
pub static MAPPINGPROXY_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "mappingproxy", std::mem::size_of::<PyMappingProxy>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    decref((*(v.as_ptr() as *const PyMappingProxy)).mapping);
    free_memory(v, std::mem::size_of::<PyMappingProxy>());
}

fn target(v: Value) -> Value {
    // SAFETY: callers pass mappingproxy objects.
    unsafe { (*(v.as_ptr() as *const PyMappingProxy)).mapping }
}

/// A proxy for `mapping` (a new reference to it is taken).
pub fn new(mapping: Value) -> Obj {
    let p = alloc_object(&MAPPINGPROXY_TYPE, std::mem::size_of::<PyMappingProxy>()) as *mut PyMappingProxy;
    crate::object::incref(mapping);
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).mapping).write(mapping);
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn proxy_new(_t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("mappingproxy", a, kw, &["mapping"], 1)?;
    let m = b[0];
    let t = crate::object::type_of(m);
    if t.slots.getitem.get().is_none() || crate::objects::list::is_list(m) || crate::objects::tuple::is_tuple(m) {
        return Err(crate::errors::type_error(format!("mappingproxy() argument must be a mapping, not {}", t.name())));
    }
    Ok(new(m))
}

fn proxy_getitem(v: Value, k: Value) -> PyResult<Obj> {
    protocol::getitem(target(v), k)
}

fn proxy_len(v: Value) -> PyResult<usize> {
    protocol::len(target(v))
}

fn proxy_contains(v: Value, k: Value) -> PyResult<bool> {
    protocol::contains(target(v), k)
}

fn proxy_iter(v: Value) -> PyResult<Obj> {
    protocol::get_iter(target(v))
}

fn proxy_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::from_string(format!("mappingproxy({})", protocol::repr_string(target(v))?)))
}

fn proxy_str(v: Value) -> PyResult<Obj> {
    protocol::str(target(v))
}

fn proxy_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    protocol::rich_compare(target(a), b, op)
}

fn forward(v: Value, name: &str, a: &[Value], kw: Value) -> PyResult<Obj> {
    let m = protocol::getattr_str(target(v), name)?;
    call(m.value(), a, kw)
}

fn m_keys(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("keys", a, kw, 0)?;
    forward(v, "keys", a, kw)
}
fn m_values(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("values", a, kw, 0)?;
    forward(v, "values", a, kw)
}
fn m_items(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("items", a, kw, 0)?;
    forward(v, "items", a, kw)
}
fn m_get(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("get", a, kw, 1, 2)?;
    forward(v, "get", a, kw)
}
fn m_copy(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("copy", a, kw, 0)?;
    forward(v, "copy", a, kw)
}
fn m_reversed(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("__reversed__", a, kw, 0)?;
    let r = crate::builtins::lookup_builtin("reversed")?;
    call(r.value(), &[target(v)], Value::NULL)
}
fn m_or(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("__or__", a, kw, 1)?;
    let other = if crate::object::is_type(a[0], &MAPPINGPROXY_TYPE) { target(a[0]) } else { a[0] };
    protocol::binary_op(target(v), other, crate::object::BinOp::Or)
}

/// Installs the slots (start-up).
pub fn init_type() {
    let t = &MAPPINGPROXY_TYPE;
    t.flags.set(t.flags.get() | crate::object::flags::MAPPING);
    t.slots.new.set(Some(proxy_new));
    t.slots.getitem.set(Some(proxy_getitem));
    t.slots.len.set(Some(proxy_len));
    t.slots.contains.set(Some(proxy_contains));
    t.slots.iter.set(Some(proxy_iter));
    t.slots.repr.set(Some(proxy_repr));
    t.slots.str.set(Some(proxy_str));
    t.slots.richcompare.set(Some(proxy_richcompare));
    pytype::ready_static(t, Some(&crate::objects::object::OBJECT_TYPE.0));
    t.slots.hash.set(None);
    pytype::add_attr(t, "__hash__", crate::objects::singletons::none());
    pytype::add_methods(
        t,
        crate::methods![
            "keys" => m_keys; "values" => m_values; "items" => m_items; "get" => m_get;
            "copy" => m_copy; "__reversed__" => m_reversed; "__or__" => m_or
        ],
    );
}
