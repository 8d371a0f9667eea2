//! `member_descriptor`: the class attribute `__slots__` creates for each slot name. It
//! reads and writes the instance's attribute store directly, so slot attributes work on
//! classes whose instances have no `__dict__`.

use crate::errors::{attribute_error, PyResult};
use crate::object::attrs::AttrStore;
use crate::object::{alloc_object, decref, free_memory, incref, type_of, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::str as pystr;

/// A slot descriptor.
#[repr(C)]
pub struct PyMember {
    ob: ObjHeader,
    /// The class that declared the slot (borrowed: the class owns the descriptor).
    owner: *const TypeObject,
    /// The slot name (owned, interned).
    name: Value,
}

/// The `member_descriptor` type.
pub static MEMBER_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "member_descriptor", std::mem::size_of::<PyMember>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    decref((*(v.as_ptr() as *const PyMember)).name);
    free_memory(v, std::mem::size_of::<PyMember>());
}

fn member(v: Value) -> &'static PyMember {
    // SAFETY: callers pass member descriptors.
    unsafe { &*(v.as_ptr() as *const PyMember) }
}

/// True for member descriptors.
pub fn is_member(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &MEMBER_TYPE)
}

/// A descriptor for slot `name` of class `owner`.
pub fn new_member(owner: &TypeObject, name: Value) -> Obj {
    let p = alloc_object(&MEMBER_TYPE, std::mem::size_of::<PyMember>()) as *mut PyMember;
    incref(name);
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).owner).write(owner);
        std::ptr::addr_of_mut!((*p).name).write(name);
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn owner_name(m: &PyMember) -> &'static str {
    // SAFETY: the owner class outlives the descriptor it holds.
    unsafe { (*m.owner).name() }
}

fn check_instance(m: &PyMember, obj: Value) -> PyResult<()> {
    // SAFETY: see `owner_name`.
    let owner = unsafe { &*m.owner };
    if !type_of(obj).is_subtype(owner) {
        return Err(crate::errors::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            pystr::as_str(m.name),
            owner.name(),
            type_of(obj).name()
        )));
    }
    Ok(())
}

fn member_get(v: Value, obj: Value, _ty: Value) -> PyResult<Obj> {
    if obj.is_null() || obj == crate::objects::singletons::none() {
        return Ok(Obj::new_ref(v));
    }
    let m = member(v);
    check_instance(m, obj)?;
    if let Some(store) = AttrStore::of(obj) {
        if let Some(x) = store.get_slot_attr(type_of(obj), m.name) {
            return Ok(Obj::new_ref(x));
        }
    }
    let e = attribute_error(format!("'{}' object has no attribute '{}'", type_of(obj).name(), pystr::as_str(m.name)));
    crate::objects::exceptions::set_attribute_error_context(&e, obj, m.name);
    Err(e)
}

fn member_set(v: Value, obj: Value, value: Value) -> PyResult<()> {
    let m = member(v);
    check_instance(m, obj)?;
    let Some(store) = AttrStore::of(obj) else {
        return Err(attribute_error(format!("'{}' object has no slot storage", type_of(obj).name())));
    };
    if !store.set_slot_attr(type_of(obj), m.name, value) {
        return Err(attribute_error(format!("'{}' object has no attribute '{}'", type_of(obj).name(), pystr::as_str(m.name))));
    }
    Ok(())
}

fn member_repr(v: Value) -> PyResult<Obj> {
    let m = member(v);
    Ok(pystr::from_string(format!("<member '{}' of '{}' objects>", pystr::as_str(m.name), owner_name(m))))
}

fn get_name(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(member(v).name))
}

fn get_objclass(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(Value::from_ptr(member(v).owner)))
}

/// Installs the slots (start-up).
pub fn init_type() {
    use crate::objects::descr::GetSetDef;
    MEMBER_TYPE.slots.descr_get.set(Some(member_get));
    MEMBER_TYPE.slots.descr_set.set(Some(member_set));
    MEMBER_TYPE.slots.repr.set(Some(member_repr));
    pytype::ready_static(&MEMBER_TYPE, Some(&crate::objects::object::OBJECT_TYPE.0));
    MEMBER_TYPE.slots.new.set(None);
    pytype::add_getsets(
        &MEMBER_TYPE,
        &[
            GetSetDef { name: "__name__", get: get_name, set: None },
            GetSetDef { name: "__objclass__", get: get_objclass, set: None },
        ],
    );
}
