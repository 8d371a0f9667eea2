//! Native callables and descriptors: how functions written in Rust appear in Python.
//!
//! - `method_descriptor`: a method of a builtin type (`list.append`), found in the type's
//!   dict; binding it to an instance gives a `builtin_function_or_method`.
//! - `builtin_function_or_method`: a module-level native function (`len`) or a bound one.
//! - `getset_descriptor`: a computed attribute of a builtin type (`function.__name__`).
//! - `wrapper_descriptor` / `method-wrapper`: a type's slot exposed as a dunder method
//!   (`int.__add__`, `object.__init__`), so Python code can call slots by name.
//!
//! Tables of [`MethodDef`]/[`GetSetDef`] are declared at the end of each type's file and
//! installed into the type's dict at start-up.

use crate::errors::{type_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{str as pystr, tuple};

/// A native function: `(self_or_module_or_NULL, args, kwnames)`.
pub type NativeFn = fn(Value, &[Value], Value) -> PyResult<Obj>;

/// How a method binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// An instance method: the instance is `self`.
    Method,
    /// A class method: the class is `self`.
    Class,
    /// A static method: `self` is NULL.
    Static,
}

/// One native method or function.
pub struct MethodDef {
    /// Python-visible name.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// How it binds.
    pub kind: MethodKind,
    /// `__doc__`.
    pub doc: &'static str,
}

/// One computed attribute.
pub struct GetSetDef {
    /// Attribute name.
    pub name: &'static str,
    /// Getter.
    pub get: fn(Value) -> PyResult<Obj>,
    /// Setter (value NULL deletes); `None` makes the attribute read-only.
    pub set: Option<fn(Value, Value) -> PyResult<()>>,
}

/// Declares a method table: `methods![ "append" => list_append, ... ]`.
#[macro_export]
macro_rules! methods {
    ($($name:literal => $f:path $(, $kind:ident)?);* $(;)?) => {
        &[$($crate::objects::descr::MethodDef {
            name: $name,
            func: $f,
            kind: $crate::methods!(@kind $($kind)?),
            doc: "",
        }),*]
    };
    (@kind) => { $crate::objects::descr::MethodKind::Method };
    (@kind class) => { $crate::objects::descr::MethodKind::Class };
    (@kind static) => { $crate::objects::descr::MethodKind::Static };
}

// ----- method_descriptor -------------------------------------------------------------

/// A builtin type's method.
#[repr(C)]
pub struct PyMethodDescr {
    ob: ObjHeader,
    /// The method.
    pub def: &'static MethodDef,
    /// The type it belongs to (immortal builtin type).
    pub owner: *const TypeObject,
}

/// `method_descriptor`.
pub static METHOD_DESCR_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "method_descriptor", std::mem::size_of::<PyMethodDescr>(), 0, dealloc_plain::<PyMethodDescr>));

/// `classmethod_descriptor`.
pub static CLASSMETHOD_DESCR_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "classmethod_descriptor", std::mem::size_of::<PyMethodDescr>(), 0, dealloc_plain::<PyMethodDescr>));

unsafe fn dealloc_plain<T>(v: Value) {
    free_memory(v, std::mem::size_of::<T>());
}

/// A new method descriptor.
pub fn new_method_descr(owner: &TypeObject, def: &'static MethodDef) -> Obj {
    let ty = if def.kind == MethodKind::Class { &CLASSMETHOD_DESCR_TYPE.0 } else { &METHOD_DESCR_TYPE.0 };
    let p = alloc_object(ty, std::mem::size_of::<PyMethodDescr>()) as *mut PyMethodDescr;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        std::ptr::addr_of_mut!((*p).def).write(def);
        std::ptr::addr_of_mut!((*p).owner).write(owner);
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// The descriptor behind a value known to be a method descriptor.
#[inline(always)]
pub fn method_descr(v: Value) -> &'static PyMethodDescr {
    // SAFETY: callers check the type first.
    unsafe { &*(v.as_ptr() as *const PyMethodDescr) }
}

fn owner_of(d: &PyMethodDescr) -> &'static TypeObject {
    // SAFETY: owners are builtin (immortal) types.
    unsafe { &*d.owner }
}

/// Calls a method descriptor with `args[0]` as self (after checking its type).
pub fn call_method_descr(d: &PyMethodDescr, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let owner = owner_of(d);
    if d.def.kind == MethodKind::Static {
        return (d.def.func)(Value::NULL, args, kwnames);
    }
    if d.def.kind == MethodKind::Class {
        let Some(&cls) = args.first() else {
            return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", d.def.name, owner.name())));
        };
        return (d.def.func)(cls, &args[1..], kwnames);
    }
    let Some(&this) = args.first() else {
        return Err(type_error(format!("unbound method {}.{}() needs an argument", owner.name(), d.def.name)));
    };
    if !type_of(this).is_subtype(owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            owner.name(),
            type_of(this).name()
        )));
    }
    (d.def.func)(this, &args[1..], kwnames)
}

fn method_descr_call(callable: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    call_method_descr(method_descr(callable), args, kwnames)
}

fn method_descr_get(descr: Value, obj: Value, ty: Value) -> PyResult<Obj> {
    let d = method_descr(descr);
    match d.def.kind {
        MethodKind::Method => {
            if obj.is_null() {
                return Ok(Obj::new_ref(descr));
            }
            Ok(new_builtin(d.def, Obj::new_ref(obj)))
        }
        MethodKind::Class => {
            let cls = if ty.is_null() { crate::object::type_of(obj).as_value() } else { ty };
            Ok(new_builtin(d.def, Obj::new_ref(cls)))
        }
        MethodKind::Static => Ok(new_builtin(d.def, Obj::immediate(Value::NULL))),
    }
}

fn method_descr_repr(v: Value) -> PyResult<Obj> {
    let d = method_descr(v);
    let what = if d.def.kind == MethodKind::Class { "method" } else { "method" };
    Ok(pystr::from_string(format!("<{what} '{}' of '{}' objects>", d.def.name, owner_of(d).name())))
}

// ----- builtin_function_or_method ----------------------------------------------------

/// A native function, possibly bound to `self_`.
#[repr(C)]
pub struct PyBuiltinFunction {
    ob: ObjHeader,
    /// The function.
    pub def: &'static MethodDef,
    /// The bound instance, class or module (owned), or NULL.
    pub self_: Value,
    /// The defining module's name (owned str) or NULL.
    pub module: Value,
}

/// `builtin_function_or_method`.
pub static BUILTIN_FUNCTION_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "builtin_function_or_method",
    std::mem::size_of::<PyBuiltinFunction>(),
    0,
    dealloc_builtin,
));

unsafe fn dealloc_builtin(v: Value) {
    let f = &*(v.as_ptr() as *const PyBuiltinFunction);
    decref(f.self_);
    decref(f.module);
    free_memory(v, std::mem::size_of::<PyBuiltinFunction>());
}

/// A native function bound to `self_` (NULL for a free function).
pub fn new_builtin(def: &'static MethodDef, self_: Obj) -> Obj {
    let p = alloc_object(&BUILTIN_FUNCTION_TYPE.0, std::mem::size_of::<PyBuiltinFunction>()) as *mut PyBuiltinFunction;
    // SAFETY: fresh allocation of the right size; ownership of `self_` moves in.
    unsafe {
        std::ptr::addr_of_mut!((*p).def).write(def);
        std::ptr::addr_of_mut!((*p).self_).write(self_.into_raw());
        std::ptr::addr_of_mut!((*p).module).write(Value::NULL);
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// A module-level function.
pub fn new_module_function(def: &'static MethodDef, module_name: &str) -> Obj {
    let f = new_builtin(def, Obj::immediate(Value::NULL));
    // SAFETY: `f` was just created and is not shared yet.
    unsafe { (*(f.as_ptr() as *mut PyBuiltinFunction)).module = crate::objects::str::intern(module_name) };
    f
}

/// The function behind a builtin function value.
#[inline(always)]
pub fn builtin(v: Value) -> &'static PyBuiltinFunction {
    // SAFETY: callers check the type first.
    unsafe { &*(v.as_ptr() as *const PyBuiltinFunction) }
}

fn builtin_call(callable: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let f = builtin(callable);
    (f.def.func)(f.self_, args, kwnames)
}

fn builtin_repr(v: Value) -> PyResult<Obj> {
    let f = builtin(v);
    let s = if f.self_.is_null() || crate::objects::module::is_module(f.self_) {
        format!("<built-in function {}>", f.def.name)
    } else {
        let r = if crate::objects::pytype::is_type(f.self_) {
            format!("<class '{}'>", crate::objects::pytype::as_type(f.self_).name())
        } else {
            format!("<{} object at {:#x}>", type_of(f.self_).name(), f.self_.bits())
        };
        format!("<built-in method {} of {}>", f.def.name, r)
    };
    Ok(pystr::from_string(s))
}

// ----- getset_descriptor --------------------------------------------------------------

/// A computed attribute of a builtin type.
#[repr(C)]
pub struct PyGetSetDescr {
    ob: ObjHeader,
    def: &'static GetSetDef,
    owner: *const TypeObject,
}

/// `getset_descriptor`.
pub static GETSET_DESCR_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "getset_descriptor", std::mem::size_of::<PyGetSetDescr>(), 0, dealloc_plain::<PyGetSetDescr>));

/// A new getset descriptor.
pub fn new_getset(owner: &TypeObject, def: &'static GetSetDef) -> Obj {
    let p = alloc_object(&GETSET_DESCR_TYPE.0, std::mem::size_of::<PyGetSetDescr>()) as *mut PyGetSetDescr;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        std::ptr::addr_of_mut!((*p).def).write(def);
        std::ptr::addr_of_mut!((*p).owner).write(owner);
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn getset(v: Value) -> &'static PyGetSetDescr {
    // SAFETY: only called on getset descriptors (their slots).
    unsafe { &*(v.as_ptr() as *const PyGetSetDescr) }
}

fn getset_get(descr: Value, obj: Value, _ty: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::new_ref(descr));
    }
    let d = getset(descr);
    // SAFETY: owners are immortal builtin types.
    let owner = unsafe { &*d.owner };
    if !type_of(obj).is_subtype(owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            owner.name(),
            type_of(obj).name()
        )));
    }
    (d.def.get)(obj)
}

fn getset_set(descr: Value, obj: Value, value: Value) -> PyResult<()> {
    let d = getset(descr);
    match d.def.set {
        Some(set) => set(obj, value),
        None => {
            // SAFETY: owners are immortal builtin types.
            let owner = unsafe { &*d.owner };
            Err(crate::errors::attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                d.def.name,
                owner.name()
            )))
        }
    }
}

fn getset_repr(v: Value) -> PyResult<Obj> {
    let d = getset(v);
    // SAFETY: owners are immortal builtin types.
    let owner = unsafe { &*d.owner };
    Ok(pystr::from_string(format!("<attribute '{}' of '{}' objects>", d.def.name, owner.name())))
}

// ----- wrapper_descriptor / method-wrapper: slots as dunders ----------------------------

/// Which slot a wrapper exposes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(missing_docs)]
pub enum SlotId {
    Repr,
    Str,
    Hash,
    Compare(CompareOp),
    GetAttribute,
    SetAttr,
    DelAttr,
    Init,
    Call,
    Iter,
    Next,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Bool,
    Binary(BinOp),
    ReflectedBinary(BinOp),
    Inplace(BinOp),
    Neg,
    Pos,
    Abs,
    Invert,
    Int,
    Float,
    Index,
    Get,
    Set,
    Delete,
}

/// A slot of `owner` exposed as a method, optionally bound to `self_`.
#[repr(C)]
pub struct PySlotWrapper {
    ob: ObjHeader,
    owner: *const TypeObject,
    slot: SlotId,
    name: &'static str,
    self_: Value,
}

/// `wrapper_descriptor`.
pub static WRAPPER_DESCR_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "wrapper_descriptor", std::mem::size_of::<PySlotWrapper>(), 0, dealloc_wrapper));

/// `method-wrapper`.
pub static METHOD_WRAPPER_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "method-wrapper", std::mem::size_of::<PySlotWrapper>(), 0, dealloc_wrapper));

unsafe fn dealloc_wrapper(v: Value) {
    let w = &*(v.as_ptr() as *const PySlotWrapper);
    decref(w.self_);
    free_memory(v, std::mem::size_of::<PySlotWrapper>());
}

/// A new slot wrapper (unbound when `self_` is NULL).
pub fn new_slot_wrapper(owner: &TypeObject, slot: SlotId, name: &'static str, self_: Obj) -> Obj {
    let ty = if self_.is_null() { &WRAPPER_DESCR_TYPE.0 } else { &METHOD_WRAPPER_TYPE.0 };
    let p = alloc_object(ty, std::mem::size_of::<PySlotWrapper>()) as *mut PySlotWrapper;
    // SAFETY: fresh allocation of the right size; `self_` ownership moves in.
    unsafe {
        std::ptr::addr_of_mut!((*p).owner).write(owner);
        std::ptr::addr_of_mut!((*p).slot).write(slot);
        std::ptr::addr_of_mut!((*p).name).write(name);
        std::ptr::addr_of_mut!((*p).self_).write(self_.into_raw());
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// The type whose slot a wrapper descriptor exposes.
pub fn wrapper_owner(v: Value) -> &'static TypeObject {
    // SAFETY: the owner is a type that outlives its dict's descriptors.
    unsafe { &*wrapper(v).owner }
}

fn wrapper(v: Value) -> &'static PySlotWrapper {
    // SAFETY: only called on wrapper objects (their slots).
    unsafe { &*(v.as_ptr() as *const PySlotWrapper) }
}

fn wrapper_get(descr: Value, obj: Value, _ty: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::new_ref(descr));
    }
    let w = wrapper(descr);
    // SAFETY: owners are live types (builtin types are immortal).
    Ok(new_slot_wrapper(unsafe { &*w.owner }, w.slot, w.name, Obj::new_ref(obj)))
}

fn wrapper_call(callable: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let w = wrapper(callable);
    // SAFETY: owners are live types.
    let owner = unsafe { &*w.owner };
    let (this, rest) = if w.self_.is_null() {
        let Some((&first, rest)) = args.split_first() else {
            return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", w.name, owner.name())));
        };
        if !type_of(first).is_subtype(owner) {
            return Err(type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                w.name,
                owner.name(),
                type_of(first).name()
            )));
        }
        (first, rest)
    } else {
        (w.self_, args)
    };
    crate::objects::slotwrap::call_slot(owner, w.slot, w.name, this, rest, kwnames)
}

fn wrapper_repr(v: Value) -> PyResult<Obj> {
    let w = wrapper(v);
    // SAFETY: owners are live types.
    let owner = unsafe { &*w.owner };
    if w.self_.is_null() {
        Ok(pystr::from_string(format!("<slot wrapper '{}' of '{}' objects>", w.name, owner.name())))
    } else {
        Ok(pystr::from_string(format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            w.name,
            type_of(w.self_).name(),
            w.self_.bits()
        )))
    }
}

/// Installs the slots of the descriptor types (start-up).
pub fn init_types() {
    for t in [&METHOD_DESCR_TYPE, &CLASSMETHOD_DESCR_TYPE] {
        t.slots.call.set(Some(method_descr_call));
        t.slots.descr_get.set(Some(method_descr_get));
        t.slots.repr.set(Some(method_descr_repr));
    }
    BUILTIN_FUNCTION_TYPE.slots.call.set(Some(builtin_call));
    BUILTIN_FUNCTION_TYPE.slots.repr.set(Some(builtin_repr));
    GETSET_DESCR_TYPE.slots.descr_get.set(Some(getset_get));
    GETSET_DESCR_TYPE.slots.descr_set.set(Some(getset_set));
    GETSET_DESCR_TYPE.slots.repr.set(Some(getset_repr));
    WRAPPER_DESCR_TYPE.slots.descr_get.set(Some(wrapper_get));
    for t in [&WRAPPER_DESCR_TYPE, &METHOD_WRAPPER_TYPE] {
        t.slots.call.set(Some(wrapper_call));
        t.slots.repr.set(Some(wrapper_repr));
    }
}

// ----- attributes of the native callables ------------------------------------------------

fn md_name(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(method_descr(v).def.name))
}
fn md_qualname(v: Value) -> PyResult<Obj> {
    let d = method_descr(v);
    Ok(pystr::from_string(format!("{}.{}", crate::objects::pytype::qualname(owner_of(d)), d.def.name)))
}
fn md_objclass(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(owner_of(method_descr(v)).as_value()))
}
fn doc_of(def: &MethodDef) -> Obj {
    if def.doc.is_empty() {
        crate::objects::singletons::none_obj()
    } else {
        pystr::new(def.doc)
    }
}
fn md_doc(v: Value) -> PyResult<Obj> {
    Ok(doc_of(method_descr(v).def))
}
fn bf_name(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(builtin(v).def.name))
}
fn bf_qualname(v: Value) -> PyResult<Obj> {
    let f = builtin(v);
    let s = f.self_;
    if s.is_null() || crate::objects::module::is_module(s) {
        return Ok(pystr::new(f.def.name));
    }
    let owner = if crate::objects::pytype::is_type(s) { crate::objects::pytype::as_type(s) } else { type_of(s) };
    Ok(pystr::from_string(format!("{}.{}", crate::objects::pytype::qualname(owner), f.def.name)))
}
fn bf_module(v: Value) -> PyResult<Obj> {
    let m = builtin(v).module;
    Ok(if m.is_null() { crate::objects::singletons::none_obj() } else { Obj::new_ref(m) })
}
fn bf_self(v: Value) -> PyResult<Obj> {
    let s = builtin(v).self_;
    if s.is_null() {
        // Module-level functions report their module; without one, None.
        let m = builtin(v).module;
        if !m.is_null() {
            if let Some(module) = crate::objects::dict::get_str(crate::modules::sys::modules(), m) {
                return Ok(Obj::new_ref(module));
            }
        }
        return Ok(crate::objects::singletons::none_obj());
    }
    Ok(Obj::new_ref(s))
}
fn bf_doc(v: Value) -> PyResult<Obj> {
    Ok(doc_of(builtin(v).def))
}
fn sw_name(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(wrapper(v).name))
}
fn sw_qualname(v: Value) -> PyResult<Obj> {
    let w = wrapper(v);
    // SAFETY: owners outlive their wrappers.
    let owner = unsafe { &*w.owner };
    Ok(pystr::from_string(format!("{}.{}", crate::objects::pytype::qualname(owner), w.name)))
}
fn sw_objclass(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(wrapper_owner(v).as_value()))
}
fn sw_self(v: Value) -> PyResult<Obj> {
    let s = wrapper(v).self_;
    Ok(if s.is_null() { crate::objects::singletons::none_obj() } else { Obj::new_ref(s) })
}
fn none_getter(_v: Value) -> PyResult<Obj> {
    Ok(crate::objects::singletons::none_obj())
}
fn gs_name(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(getset(v).def.name))
}
fn gs_objclass(v: Value) -> PyResult<Obj> {
    // SAFETY: owners outlive their descriptors.
    Ok(Obj::new_ref(unsafe { (*getset(v).owner).as_value() }))
}

/// Adds `__name__`, `__qualname__`, ... to the native callable types (after they are ready).
pub fn init_attributes() {
    use crate::objects::pytype::add_getsets;
    for t in [&METHOD_DESCR_TYPE, &CLASSMETHOD_DESCR_TYPE] {
        add_getsets(t, &[
            GetSetDef { name: "__name__", get: md_name, set: None },
            GetSetDef { name: "__qualname__", get: md_qualname, set: None },
            GetSetDef { name: "__objclass__", get: md_objclass, set: None },
            GetSetDef { name: "__doc__", get: md_doc, set: None },
            GetSetDef { name: "__text_signature__", get: none_getter, set: None },
        ]);
    }
    add_getsets(&BUILTIN_FUNCTION_TYPE, &[
        GetSetDef { name: "__name__", get: bf_name, set: None },
        GetSetDef { name: "__qualname__", get: bf_qualname, set: None },
        GetSetDef { name: "__module__", get: bf_module, set: None },
        GetSetDef { name: "__self__", get: bf_self, set: None },
        GetSetDef { name: "__doc__", get: bf_doc, set: None },
        GetSetDef { name: "__text_signature__", get: none_getter, set: None },
    ]);
    for t in [&WRAPPER_DESCR_TYPE, &METHOD_WRAPPER_TYPE] {
        add_getsets(t, &[
            GetSetDef { name: "__name__", get: sw_name, set: None },
            GetSetDef { name: "__qualname__", get: sw_qualname, set: None },
            GetSetDef { name: "__objclass__", get: sw_objclass, set: None },
            GetSetDef { name: "__doc__", get: none_getter, set: None },
            GetSetDef { name: "__text_signature__", get: none_getter, set: None },
        ]);
    }
    add_getsets(&METHOD_WRAPPER_TYPE, &[GetSetDef { name: "__self__", get: sw_self, set: None }]);
    add_getsets(&GETSET_DESCR_TYPE, &[
        GetSetDef { name: "__name__", get: gs_name, set: None },
        GetSetDef { name: "__objclass__", get: gs_objclass, set: None },
        GetSetDef { name: "__doc__", get: none_getter, set: None },
    ]);
}

/// `__name__` of any native callable, for error messages.
pub fn native_name(v: Value) -> Option<&'static str> {
    let t = crate::object::type_ptr(v);
    if t == &BUILTIN_FUNCTION_TYPE.0 as *const _ {
        Some(builtin(v).def.name)
    } else if t == &METHOD_DESCR_TYPE.0 as *const _ || t == &CLASSMETHOD_DESCR_TYPE.0 as *const _ {
        Some(method_descr(v).def.name)
    } else {
        None
    }
}

/// Number of keyword names in a call (0 for NULL).
#[inline]
pub fn n_kwnames(kwnames: Value) -> usize {
    if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    }
}
