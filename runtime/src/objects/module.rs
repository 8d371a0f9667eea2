//! Module objects: a namespace dict with `__name__`, `__doc__`, `__file__`, ...
//! Attribute access goes straight to the dict (`LOAD_ATTR_MODULE` caches entries), with
//! module `__getattr__` (PEP 562) as the fallback.

use crate::errors::{attribute_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{dict, singletons, str as pystr};

/// A module.
#[repr(C)]
pub struct PyModule {
    ob: ObjHeader,
    dict: Value,
}

/// The `module` type.
pub static MODULE_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "module",
    std::mem::size_of::<PyModule>(),
    crate::object::flags::BASETYPE,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    decref((*(v.as_ptr() as *const PyModule)).dict);
    crate::objects::pytype::release_instance_attrs(v);
    let t = crate::object::type_of(v);
    free_memory(v, t.basicsize.get() + crate::objects::pytype::attrs_extra(t));
}

/// A new module named `name` with a fresh namespace.
pub fn new(name: &str) -> Obj {
    let d = dict::new();
    dict::set_item_str(d.value(), "__name__", pystr::new(name).value());
    dict::set_item_str(d.value(), "__doc__", singletons::none());
    dict::set_item_str(d.value(), "__package__", singletons::none());
    dict::set_item_str(d.value(), "__loader__", singletons::none());
    dict::set_item_str(d.value(), "__spec__", singletons::none());
    with_dict(&MODULE_TYPE, d)
}

/// A module object of type `ty` around an existing namespace.
pub fn with_dict(ty: &TypeObject, d: Obj) -> Obj {
    let size = ty.basicsize.get() + crate::objects::pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyModule;
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).dict).write(d.into_raw());
        let o = Obj::from_raw(Value::from_ptr(p));
        crate::objects::pytype::init_instance_attrs(o.value());
        o
    }
}

/// True for module objects.
#[inline(always)]
pub fn is_module(v: Value) -> bool {
    v.is_ptr() && crate::object::type_of(v).is_subtype(&MODULE_TYPE)
}

/// The namespace (borrowed).
#[inline(always)]
pub fn dict(v: Value) -> Value {
    // SAFETY: callers pass modules.
    unsafe { (*(v.as_ptr() as *const PyModule)).dict }
}

/// `__name__` as text.
pub fn name(v: Value) -> String {
    match dict::get_str(dict(v), crate::interned!("__name__")) {
        Some(n) if pystr::is_str(n) => pystr::as_str(n).to_string(),
        _ => "?".to_string(),
    }
}

/// Sets an attribute of a module (Rust helper).
pub fn set_attr(m: Value, name: &str, v: Value) {
    dict::set_item_str(dict(m), name, v);
}

fn module_getattr(m: Value, name: Value) -> PyResult<Option<Obj>> {
    // Data descriptors of the type (__dict__, __class__) first.
    if let Some(d) = crate::objects::pytype::type_lookup(crate::object::type_of(m), name) {
        if crate::object::type_of(d).slots.descr_set.get().is_some() {
            return crate::objects::object::generic_getattr(m, name);
        }
    }
    if let Some(v) = dict::get_str(dict(m), name) {
        return Ok(Some(Obj::new_ref(v)));
    }
    if let Some(r) = crate::objects::object::generic_getattr(m, name)? {
        return Ok(Some(r));
    }
    if let Some(ga) = dict::get_str(dict(m), crate::interned!("__getattr__")) {
        let ga = Obj::new_ref(ga);
        return crate::interp::call::call(ga.value(), &[name], Value::NULL).map(Some);
    }
    Ok(None)
}

fn module_setattr(m: Value, name: Value, value: Value) -> PyResult<()> {
    if let Some(d) = crate::objects::pytype::type_lookup(crate::object::type_of(m), name) {
        if crate::object::type_of(d).slots.descr_set.get().is_some() {
            return crate::objects::object::generic_setattr(m, name, value);
        }
    }
    let d = dict(m);
    if value.is_null() {
        if dict::pop(d, name)?.is_none() {
            return Err(attribute_error(format!("module '{}' has no attribute '{}'", self::name(m), pystr::as_str(name))));
        }
        return Ok(());
    }
    dict::set(d, name, value)
}

fn module_repr(m: Value) -> PyResult<Obj> {
    let d = dict(m);
    let n = self::name(m);
    if let Some(f) = dict::get_str(d, crate::interned!("__file__")) {
        if pystr::is_str(f) {
            return Ok(pystr::from_string(format!("<module '{}' from '{}'>", n, pystr::as_str(f))));
        }
    }
    Ok(pystr::from_string(format!("<module '{n}' (built-in)>")))
}

fn get_dict(m: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(dict(m)))
}

fn module_new(t: &TypeObject, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(with_dict(t, dict::new()))
}

fn module_init(m: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    let a = crate::objects::args::bind("module", args, kwnames, &["name", "doc"], 1)?;
    let d = dict(m);
    dict::set_item_str(d, "__name__", a[0]);
    dict::set_item_str(d, "__doc__", if a[1].is_null() { singletons::none() } else { a[1] });
    for k in ["__package__", "__loader__", "__spec__"] {
        if dict::get_str(d, pystr::intern(k)).is_none() {
            dict::set_item_str(d, k, singletons::none());
        }
    }
    Ok(())
}

fn m_dir(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let keys = dict::keys_owned(dict(this));
    Ok(crate::objects::list::new(keys))
}

/// Installs the slots (start-up).
pub fn init_type() {
    let s = &MODULE_TYPE.slots;
    s.getattr.set(Some(module_getattr));
    s.setattr.set(Some(module_setattr));
    s.repr.set(Some(module_repr));
    s.new.set(Some(module_new));
    s.init.set(Some(module_init));
    crate::objects::pytype::add_getsets(&MODULE_TYPE, &[crate::objects::descr::GetSetDef { name: "__dict__", get: get_dict, set: None }]);
    crate::objects::pytype::add_methods(&MODULE_TYPE, crate::methods!["__dir__" => m_dir]);
}
