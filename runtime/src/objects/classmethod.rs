//! The three descriptor wrappers of `class` bodies: `classmethod`, `staticmethod` and
//! `property` (CPython's `funcobject.c` and `descrobject.c`).

use crate::errors::{attribute_error, type_error, PyResult};
use crate::interp::call::call;
use crate::object::{decref, incref, protocol, type_of, Obj, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args, method, singletons, str as pystr};
use std::cell::Cell;

/// `classmethod` / `staticmethod`: one wrapped callable plus an instance `__dict__`.
#[repr(C)]
pub struct PyWrapperDescr {
    ob: crate::object::ObjHeader,
    callable: Cell<Value>,
}

/// The `classmethod` type.
pub static CLASSMETHOD_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "classmethod",
    std::mem::size_of::<PyWrapperDescr>(),
    crate::object::flags::BASETYPE,
    dealloc_wrapper,
));
/// The `staticmethod` type.
pub static STATICMETHOD_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "staticmethod",
    std::mem::size_of::<PyWrapperDescr>(),
    crate::object::flags::BASETYPE,
    dealloc_wrapper,
));

unsafe fn dealloc_wrapper(v: Value) {
    let w = &*(v.as_ptr() as *const PyWrapperDescr);
    decref(w.callable.replace(Value::NULL));
    pytype::release_instance_attrs(v);
    let t = type_of(v);
    crate::object::free_memory(v, t.basicsize.get() + pytype::attrs_extra(t));
}

fn wrapper(v: Value) -> &'static PyWrapperDescr {
    // SAFETY: callers pass classmethod/staticmethod instances (or subclasses).
    unsafe { &*(v.as_ptr() as *const PyWrapperDescr) }
}

fn alloc_wrapper(t: &TypeObject, f: Value) -> Obj {
    let size = t.basicsize.get() + pytype::attrs_extra(t);
    let p = crate::object::alloc_object(t, size) as *mut PyWrapperDescr;
    incref(f);
    // SAFETY: fresh allocation of the type's size.
    unsafe {
        std::ptr::addr_of_mut!((*p).callable).write(Cell::new(f));
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

/// `classmethod(f)`.
pub fn new_classmethod(f: Value) -> Obj {
    alloc_wrapper(&CLASSMETHOD_TYPE, f)
}

/// `staticmethod(f)`.
pub fn new_staticmethod(f: Value) -> Obj {
    alloc_wrapper(&STATICMETHOD_TYPE, f)
}

/// True for (subclasses of) staticmethod.
pub fn is_staticmethod(v: Value) -> bool {
    v.is_ptr() && type_of(v).is_subtype(&STATICMETHOD_TYPE)
}

/// True for (subclasses of) classmethod.
pub fn is_classmethod(v: Value) -> bool {
    v.is_ptr() && type_of(v).is_subtype(&CLASSMETHOD_TYPE)
}

/// The wrapped callable (borrowed).
pub fn wrapped(v: Value) -> Value {
    wrapper(v).callable.get()
}

fn wrapper_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    let name = t.name().to_string();
    args::no_kwargs(&name, kw)?;
    if a.len() != 1 {
        return Err(type_error(format!("{name} expected 1 argument, got {}", a.len())));
    }
    Ok(alloc_wrapper(t, a[0]))
}

fn wrapper_init(_v: Value, _a: &[Value], _kw: Value) -> PyResult<()> {
    Ok(())
}

fn classmethod_get(v: Value, obj: Value, ty: Value) -> PyResult<Obj> {
    let f = wrapper(v).callable.get();
    if f.is_null() {
        return Err(crate::errors::runtime_error("uninitialized classmethod object"));
    }
    let cls = if ty.is_null() { Value::from_ptr(type_of(obj)) } else { ty };
    // A wrapped descriptor (e.g. a property) binds to the class itself (3.9–3.12).
    if let Some(get) = type_of(f).slots.descr_get.get() {
        if !crate::objects::function::is_function(f) {
            return get(f, cls, Value::NULL);
        }
    }
    Ok(method::new(Obj::new_ref(f), Obj::new_ref(cls)))
}

fn staticmethod_get(v: Value, _obj: Value, _ty: Value) -> PyResult<Obj> {
    let f = wrapper(v).callable.get();
    if f.is_null() {
        return Err(crate::errors::runtime_error("uninitialized staticmethod object"));
    }
    Ok(Obj::new_ref(f))
}

fn staticmethod_call(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    call(wrapper(v).callable.get(), a, kw)
}

fn get_func(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(wrapper(v).callable.get()))
}

fn get_isabstract(v: Value) -> PyResult<Obj> {
    let f = wrapper(v).callable.get();
    let r = match protocol::lookup_attr(f, crate::interned!("__isabstractmethod__"))? {
        Some(x) => protocol::is_true(x.value())?,
        None => false,
    };
    Ok(crate::objects::bool_::from_bool(r))
}

fn wrapper_getattr(v: Value, name: Value) -> PyResult<Option<Obj>> {
    if let Some(r) = crate::objects::object::generic_getattr(v, name)? {
        return Ok(Some(r));
    }
    // `__doc__`, `__name__`, `__qualname__`, `__wrapped__` ... come from the callable.
    let n = pystr::as_str(name);
    if matches!(n, "__doc__" | "__name__" | "__qualname__" | "__module__" | "__annotations__") {
        return protocol::lookup_attr(wrapper(v).callable.get(), name);
    }
    if n == "__wrapped__" {
        return Ok(Some(Obj::new_ref(wrapper(v).callable.get())));
    }
    Ok(None)
}

fn classmethod_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::from_string(format!("<classmethod({})>", protocol::repr_string(wrapper(v).callable.get())?)))
}

fn staticmethod_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::from_string(format!("<staticmethod({})>", protocol::repr_string(wrapper(v).callable.get())?)))
}

// ----- property ------------------------------------------------------------------------

/// A `property`.
#[repr(C)]
pub struct PyProperty {
    ob: crate::object::ObjHeader,
    fget: Cell<Value>,
    fset: Cell<Value>,
    fdel: Cell<Value>,
    doc: Cell<Value>,
    /// Set by `__set_name__` (for error messages).
    name: Cell<Value>,
    /// `__doc__` came from the getter (then `getter()` copies refresh it).
    getter_doc: Cell<bool>,
}

/// The `property` type.
pub static PROPERTY_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "property",
    std::mem::size_of::<PyProperty>(),
    crate::object::flags::BASETYPE,
    dealloc_property,
));

unsafe fn dealloc_property(v: Value) {
    let p = &*(v.as_ptr() as *const PyProperty);
    for c in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
        decref(c.replace(Value::NULL));
    }
    pytype::release_instance_attrs(v);
    let t = type_of(v);
    crate::object::free_memory(v, t.basicsize.get() + pytype::attrs_extra(t));
}

fn prop(v: Value) -> &'static PyProperty {
    // SAFETY: callers pass property instances (or subclasses).
    unsafe { &*(v.as_ptr() as *const PyProperty) }
}

fn none_to_null(v: Value) -> Value {
    if v == singletons::none() {
        Value::NULL
    } else {
        v
    }
}

fn alloc_property(t: &TypeObject) -> Obj {
    let size = t.basicsize.get() + pytype::attrs_extra(t);
    let p = crate::object::alloc_object(t, size) as *mut PyProperty;
    // SAFETY: fresh allocation of the type's size.
    unsafe {
        for f in [
            std::ptr::addr_of_mut!((*p).fget),
            std::ptr::addr_of_mut!((*p).fset),
            std::ptr::addr_of_mut!((*p).fdel),
            std::ptr::addr_of_mut!((*p).doc),
            std::ptr::addr_of_mut!((*p).name),
        ] {
            f.write(Cell::new(Value::NULL));
        }
        std::ptr::addr_of_mut!((*p).getter_doc).write(Cell::new(false));
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

fn property_new(t: &TypeObject, _a: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(alloc_property(t))
}

fn set_field(c: &Cell<Value>, v: Value) {
    let v = none_to_null(v);
    incref(v);
    decref(c.replace(v));
}

fn property_init(v: Value, a: &[Value], kw: Value) -> PyResult<()> {
    let b = args::bind("property", a, kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let p = prop(v);
    set_field(&p.fget, b[0]);
    set_field(&p.fset, b[1]);
    set_field(&p.fdel, b[2]);
    let mut doc = none_to_null(b[3]);
    p.getter_doc.set(false);
    if doc.is_null() && !p.fget.get().is_null() {
        if let Some(d) = protocol::lookup_attr(p.fget.get(), crate::interned!("__doc__"))? {
            if d.value() != singletons::none() {
                set_field(&p.doc, d.value());
                p.getter_doc.set(true);
                doc = Value::NULL;
                let _ = doc;
                return Ok(());
            }
        }
    }
    set_field(&p.doc, doc);
    Ok(())
}

fn property_name_suffix(p: &PyProperty) -> String {
    let n = p.name.get();
    if n.is_null() {
        String::new()
    } else {
        format!(" {}", protocol::repr_string(n).unwrap_or_default())
    }
}

fn property_get(v: Value, obj: Value, _ty: Value) -> PyResult<Obj> {
    if obj.is_null() || obj == singletons::none() {
        return Ok(Obj::new_ref(v));
    }
    let p = prop(v);
    let g = p.fget.get();
    if g.is_null() {
        let owner = type_of(obj).qualname_str();
        return Err(attribute_error(match p.name.get().is_null() {
            true => "unreadable attribute".to_string(),
            false => format!("property {} of '{}' object has no getter", protocol::repr_string(p.name.get())?, owner),
        }));
    }
    call(g, &[obj], Value::NULL)
}

fn property_set(v: Value, obj: Value, value: Value) -> PyResult<()> {
    let p = prop(v);
    let (f, what) = if value.is_null() { (p.fdel.get(), "deleter") } else { (p.fset.get(), "setter") };
    if f.is_null() {
        let owner = type_of(obj).qualname_str();
        let msg = if p.name.get().is_null() {
            if value.is_null() { "can't delete attribute".to_string() } else { "can't set attribute".to_string() }
        } else {
            format!("property {} of '{}' object has no {what}", protocol::repr_string(p.name.get())?, owner)
        };
        let _ = property_name_suffix(p);
        return Err(attribute_error(msg));
    }
    if value.is_null() {
        call(f, &[obj], Value::NULL)?;
    } else {
        call(f, &[obj, value], Value::NULL)?;
    }
    Ok(())
}

/// `prop.getter(f)` / `setter` / `deleter`: a copy with one function replaced.
fn property_copy(v: Value, which: usize, f: Value) -> PyResult<Obj> {
    let p = prop(v);
    let mut fs = [p.fget.get(), p.fset.get(), p.fdel.get()];
    fs[which] = f;
    let or_none = |x: Value| if x.is_null() { singletons::none() } else { x };
    let doc = if p.getter_doc.get() && which == 0 { singletons::none() } else { or_none(p.doc.get()) };
    let t = Value::from_ptr(type_of(v));
    let new = call(t, &[or_none(fs[0]), or_none(fs[1]), or_none(fs[2]), doc], Value::NULL)?;
    if crate::object::is_instance(new.value(), &PROPERTY_TYPE) {
        let np = prop(new.value());
        incref(p.name.get());
        decref(np.name.replace(p.name.get()));
    }
    Ok(new)
}

fn m_getter(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("getter", a, kw, 1)?;
    property_copy(v, 0, a[0])
}

fn m_setter(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("setter", a, kw, 1)?;
    property_copy(v, 1, a[0])
}

fn m_deleter(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("deleter", a, kw, 1)?;
    property_copy(v, 2, a[0])
}

fn m_set_name(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("__set_name__", a, kw, 2)?;
    set_field(&prop(v).name, a[1]);
    Ok(singletons::none_obj())
}

fn field_getter(c: &Cell<Value>) -> Obj {
    let v = c.get();
    if v.is_null() {
        singletons::none_obj()
    } else {
        Obj::new_ref(v)
    }
}

fn get_fget(v: Value) -> PyResult<Obj> {
    Ok(field_getter(&prop(v).fget))
}
fn get_fset(v: Value) -> PyResult<Obj> {
    Ok(field_getter(&prop(v).fset))
}
fn get_fdel(v: Value) -> PyResult<Obj> {
    Ok(field_getter(&prop(v).fdel))
}
fn get_doc(v: Value) -> PyResult<Obj> {
    Ok(field_getter(&prop(v).doc))
}
fn set_doc(v: Value, value: Value) -> PyResult<()> {
    set_field(&prop(v).doc, if value.is_null() { singletons::none() } else { value });
    Ok(())
}
fn get_prop_isabstract(v: Value) -> PyResult<Obj> {
    let p = prop(v);
    for f in [p.fget.get(), p.fset.get(), p.fdel.get()] {
        if f.is_null() {
            continue;
        }
        if let Some(x) = protocol::lookup_attr(f, crate::interned!("__isabstractmethod__"))? {
            if protocol::is_true(x.value())? {
                return Ok(crate::objects::bool_::true_());
            }
        }
    }
    Ok(crate::objects::bool_::false_())
}

/// `TypeObject::qualname_str` helper for messages.
trait QualName {
    fn qualname_str(&self) -> String;
}

impl QualName for TypeObject {
    fn qualname_str(&self) -> String {
        pytype::qualname(self).to_string()
    }
}

/// Installs the slots and methods (start-up).
pub fn init_types() {
    use crate::objects::descr::GetSetDef;
    let base = Some(&crate::objects::object::OBJECT_TYPE.0);
    CLASSMETHOD_TYPE.slots.descr_get.set(Some(classmethod_get));
    CLASSMETHOD_TYPE.slots.repr.set(Some(classmethod_repr));
    STATICMETHOD_TYPE.slots.descr_get.set(Some(staticmethod_get));
    STATICMETHOD_TYPE.slots.call.set(Some(staticmethod_call));
    STATICMETHOD_TYPE.slots.repr.set(Some(staticmethod_repr));
    for t in [&CLASSMETHOD_TYPE, &STATICMETHOD_TYPE] {
        t.attrs_offset.set(std::mem::size_of::<PyWrapperDescr>());
        t.slots.new.set(Some(wrapper_new));
        t.slots.init.set(Some(wrapper_init));
        t.slots.getattr.set(Some(wrapper_getattr));
        t.slots.setattr.set(Some(crate::objects::object::generic_setattr));
        pytype::ready_static(t, base);
        pytype::add_getsets(
            t,
            &[
                GetSetDef { name: "__func__", get: get_func, set: None },
                GetSetDef { name: "__isabstractmethod__", get: get_isabstract, set: None },
            ],
        );
        pytype::add_getsets(t, crate::objects::object::INSTANCE_DICT_GETSET);
    }

    PROPERTY_TYPE.slots.new.set(Some(property_new));
    PROPERTY_TYPE.slots.init.set(Some(property_init));
    PROPERTY_TYPE.slots.descr_get.set(Some(property_get));
    PROPERTY_TYPE.slots.descr_set.set(Some(property_set));
    pytype::ready_static(&PROPERTY_TYPE, base);
    pytype::add_methods(
        &PROPERTY_TYPE,
        crate::methods!["getter" => m_getter; "setter" => m_setter; "deleter" => m_deleter; "__set_name__" => m_set_name],
    );
    pytype::add_getsets(
        &PROPERTY_TYPE,
        &[
            GetSetDef { name: "fget", get: get_fget, set: None },
            GetSetDef { name: "fset", get: get_fset, set: None },
            GetSetDef { name: "fdel", get: get_fdel, set: None },
            GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc) },
            GetSetDef { name: "__isabstractmethod__", get: get_prop_isabstract, set: None },
        ],
    );
}
