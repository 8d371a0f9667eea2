//! `super`: attribute lookup that starts after a given class in the instance's MRO.
//! The zero-argument form reads the calling frame, as CPython's `super_init_without_args`:
//! the first argument of the function and its `__class__` cell.

use crate::bytecode::opcodes::local_kind;
use crate::errors::{runtime_error, type_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{cell, str as pystr, tuple};
use std::cell::Cell;

/// A `super` object.
#[repr(C)]
pub struct PySuper {
    ob: ObjHeader,
    /// The class after which lookup starts (owned).
    ty: Cell<Value>,
    /// The bound object or class (owned) or NULL (unbound super).
    obj: Cell<Value>,
    /// The type whose MRO is walked (owned) or NULL.
    obj_type: Cell<Value>,
}

/// The `super` type.
pub static SUPER_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "super",
    std::mem::size_of::<PySuper>(),
    crate::object::flags::BASETYPE,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    let s = &*(v.as_ptr() as *const PySuper);
    decref(s.ty.replace(Value::NULL));
    decref(s.obj.replace(Value::NULL));
    decref(s.obj_type.replace(Value::NULL));
    free_memory(v, type_of(v).basicsize.get());
}

fn sup(v: Value) -> &'static PySuper {
    // SAFETY: callers pass super objects.
    unsafe { &*(v.as_ptr() as *const PySuper) }
}

/// `supercheck`: the type whose MRO `super(ty, obj)` walks.
fn supercheck(ty: &TypeObject, obj: Value) -> PyResult<Value> {
    // obj is a class that is a subclass of ty.
    if pytype::is_type(obj) && pytype::as_type(obj).is_subtype(ty) {
        return Ok(obj);
    }
    let ot = type_of(obj);
    if ot.is_subtype(ty) {
        return Ok(ot.as_value());
    }
    // obj.__class__ may differ (proxies).
    if let Some(c) = protocol::lookup_attr(obj, crate::interned!("__class__"))? {
        if pytype::is_type(c.value()) && pytype::as_type(c.value()).is_subtype(ty) && c.value() != ot.as_value() {
            return Ok(c.value());
        }
    }
    Err(type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn alloc(t: &TypeObject, ty: Value, obj: Value, obj_type: Value) -> Obj {
    let p = alloc_object(t, t.basicsize.get()) as *mut PySuper;
    incref(ty);
    incref(obj);
    incref(obj_type);
    // SAFETY: fresh allocation of the type's size.
    unsafe {
        std::ptr::addr_of_mut!((*p).ty).write(Cell::new(ty));
        std::ptr::addr_of_mut!((*p).obj).write(Cell::new(obj));
        std::ptr::addr_of_mut!((*p).obj_type).write(Cell::new(obj_type));
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// `super(ty, obj)`.
pub fn new_super(ty: Value, obj: Value) -> PyResult<Obj> {
    let t = protocol::expect_type(ty, "super() argument 1")?;
    let ot = supercheck(t, obj)?;
    Ok(alloc(&SUPER_TYPE, ty, obj, ot))
}

/// The zero-argument form: `(__class__, first argument)` of the calling frame.
fn from_frame() -> PyResult<(Obj, Obj)> {
    let ts = crate::interp::thread_state();
    let f = ts.current;
    if f.is_null() {
        return Err(runtime_error("super(): no current frame"));
    }
    // SAFETY: the current frame is live.
    let fr = unsafe { &*f };
    let code = fr.code();
    if code.argcount == 0 && code.flags & crate::bytecode::opcodes::co_flags::VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let mut first = fr.local(0);
    if !first.is_null() && code.localspluskinds[0] & local_kind::CELL != 0 && cell::is_cell(first) {
        first = cell::get(first);
    }
    if first.is_null() {
        return Err(runtime_error("super(): arg[0] deleted"));
    }
    for (i, &n) in code.localsplusnames.iter().enumerate() {
        if code.localspluskinds[i] & local_kind::FREE != 0 && pystr::as_str(n) == "__class__" {
            let c = fr.local(i);
            if c.is_null() || !cell::is_cell(c) {
                return Err(runtime_error("super(): bad __class__ cell"));
            }
            let cls = cell::get(c);
            if cls.is_null() {
                return Err(runtime_error("super(): empty __class__ cell"));
            }
            if !pytype::is_type(cls) {
                return Err(runtime_error(format!("super(): __class__ is not a type ({})", type_of(cls).name())));
            }
            return Ok((Obj::new_ref(cls), Obj::new_ref(first)));
        }
    }
    Err(runtime_error("super(): __class__ cell not found"))
}

fn super_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::no_kwargs("super", kw)?;
    match a.len() {
        0 => {
            let (cls, first) = from_frame()?;
            let ot = supercheck(pytype::as_type(cls.value()), first.value())?;
            Ok(alloc(t, cls.value(), first.value(), ot))
        }
        1 => {
            protocol::expect_type(a[0], "super() argument 1")?;
            Ok(alloc(t, a[0], Value::NULL, Value::NULL))
        }
        2 => {
            let ty = protocol::expect_type(a[0], "super() argument 1")?;
            let ot = supercheck(ty, a[1])?;
            Ok(alloc(t, a[0], a[1], ot))
        }
        n => Err(type_error(format!("super() expected at most 2 arguments, got {n}"))),
    }
}

fn super_init(_v: Value, _a: &[Value], _kw: Value) -> PyResult<()> {
    Ok(())
}

fn super_getattr(v: Value, name: Value) -> PyResult<Option<Obj>> {
    let s = sup(v);
    let start = s.obj_type.get();
    // `__class__` is the super object's own.
    if !start.is_null() && !(pystr::is_str(name) && pystr::as_str(name) == "__class__") {
        let mro = pytype::as_type(start).mro.get();
        let items = tuple::items(mro);
        let ty = s.ty.get();
        if let Some(pos) = items.iter().position(|&c| c == ty) {
            for &c in &items[pos + 1..] {
                let d = pytype::as_type(c).dict.get();
                if d.is_null() {
                    continue;
                }
                if let Some(r) = crate::objects::dict::get(d, name)? {
                    let r = Obj::new_ref(r);
                    if let Some(get) = type_of(r.value()).slots.descr_get.get() {
                        // A class as obj binds like class attribute access.
                        let obj = s.obj.get();
                        let bind_obj = if obj == start { Value::NULL } else { obj };
                        return get(r.value(), bind_obj, start).map(Some);
                    }
                    return Ok(Some(r));
                }
            }
        }
    }
    crate::objects::object::generic_getattr(v, name)
}

fn super_get(v: Value, obj: Value, _ty: Value) -> PyResult<Obj> {
    let s = sup(v);
    if obj.is_null() || obj == crate::objects::singletons::none() || !s.obj.get().is_null() {
        return Ok(Obj::new_ref(v));
    }
    new_super(s.ty.get(), obj)
}

fn super_repr(v: Value) -> PyResult<Obj> {
    let s = sup(v);
    let tn = pytype::as_type(s.ty.get()).name().to_string();
    if s.obj_type.get().is_null() {
        return Ok(pystr::from_string(format!("<super: <class '{tn}'>, NULL>")));
    }
    Ok(pystr::from_string(format!(
        "<super: <class '{tn}'>, <{} object>>",
        pytype::as_type(s.obj_type.get()).name()
    )))
}

fn get_thisclass(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(sup(v).ty.get()))
}

fn get_self(v: Value) -> PyResult<Obj> {
    let o = sup(v).obj.get();
    Ok(if o.is_null() { crate::objects::singletons::none_obj() } else { Obj::new_ref(o) })
}

fn get_self_class(v: Value) -> PyResult<Obj> {
    let o = sup(v).obj_type.get();
    Ok(if o.is_null() { crate::objects::singletons::none_obj() } else { Obj::new_ref(o) })
}

/// Installs the slots (start-up).
pub fn init_type() {
    use crate::objects::descr::GetSetDef;
    SUPER_TYPE.slots.new.set(Some(super_new));
    SUPER_TYPE.slots.init.set(Some(super_init));
    SUPER_TYPE.slots.getattr.set(Some(super_getattr));
    SUPER_TYPE.slots.descr_get.set(Some(super_get));
    SUPER_TYPE.slots.repr.set(Some(super_repr));
    pytype::ready_static(&SUPER_TYPE, Some(&crate::objects::object::OBJECT_TYPE.0));
    pytype::add_getsets(
        &SUPER_TYPE,
        &[
            GetSetDef { name: "__thisclass__", get: get_thisclass, set: None },
            GetSetDef { name: "__self__", get: get_self, set: None },
            GetSetDef { name: "__self_class__", get: get_self_class, set: None },
        ],
    );
}
