//! `types.GenericAlias`: what `list[int]` makes (PEP 585). It records the origin class
//! and the arguments, prints as written, calls the origin, and hands every other
//! attribute to the origin, so annotations like `dict[str, list[int]]` evaluate.

use crate::errors::{type_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{bool_, singletons, str as pystr, tuple};

/// A parameterized class.
#[repr(C)]
pub struct PyGenericAlias {
    ob: ObjHeader,
    /// The class subscripted (owned).
    origin: Value,
    /// The arguments, a tuple (owned).
    args: Value,
}

/// The `types.GenericAlias` type.
pub static GENERIC_ALIAS_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "GenericAlias", std::mem::size_of::<PyGenericAlias>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    let a = &*(v.as_ptr() as *const PyGenericAlias);
    decref(a.origin);
    decref(a.args);
    free_memory(v, std::mem::size_of::<PyGenericAlias>());
}

fn raw(v: Value) -> &'static PyGenericAlias {
    // SAFETY: callers pass generic aliases.
    unsafe { &*(v.as_ptr() as *const PyGenericAlias) }
}

/// True for generic aliases.
pub fn is_generic_alias(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &GENERIC_ALIAS_TYPE)
}

/// `origin[args]`: a tuple subscript gives several arguments.
pub fn new(origin: Value, args: Value) -> Obj {
    let args = if tuple::is_tuple(args) {
        Obj::new_ref(args)
    } else {
        tuple::from_vec(vec![Obj::new_ref(args)])
    };
    let p = alloc_object(&GENERIC_ALIAS_TYPE, std::mem::size_of::<PyGenericAlias>()) as *mut PyGenericAlias;
    incref(origin);
    // SAFETY: fresh allocation; both references move in.
    unsafe {
        std::ptr::addr_of_mut!((*p).origin).write(origin);
        std::ptr::addr_of_mut!((*p).args).write(args.into_raw());
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// `cls.__class_getitem__(item)` for the builtin classes that are generic.
pub fn class_getitem(cls: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__class_getitem__", a, kw, 1)?;
    Ok(new(cls, a[0]))
}

/// How an argument prints: classes by (module-qualified) name, `...`, aliases as written.
fn arg_repr(v: Value) -> PyResult<String> {
    if v == singletons::ellipsis() {
        return Ok("...".into());
    }
    if v == Value::from_ptr(type_of(singletons::none())) {
        return Ok("None".into());
    }
    if pytype::is_type(v) && !is_generic_alias(v) {
        let t = pytype::as_type(v);
        return Ok(match pytype::module_name(t) {
            Some("builtins") | None => pytype::qualname(t).to_string(),
            Some(module) => format!("{module}.{}", pytype::qualname(t)),
        });
    }
    protocol::repr_string(v)
}

fn alias_repr(v: Value) -> PyResult<Obj> {
    let a = raw(v);
    let items = tuple::items(a.args);
    let inner = if items.is_empty() {
        "()".to_string()
    } else {
        items.iter().map(|&x| arg_repr(x)).collect::<PyResult<Vec<_>>>()?.join(", ")
    };
    Ok(pystr::from_string(format!("{}[{}]", arg_repr(a.origin)?, inner)))
}

fn alias_getattr(v: Value, name: Value) -> PyResult<Option<Obj>> {
    let a = raw(v);
    match pystr::as_str(name) {
        "__origin__" => return Ok(Some(Obj::new_ref(a.origin))),
        "__args__" => return Ok(Some(Obj::new_ref(a.args))),
        "__parameters__" => return Ok(Some(tuple::from_vec(Vec::new()))),
        "__class__" => return Ok(Some(Obj::new_ref(Value::from_ptr(&*GENERIC_ALIAS_TYPE as *const TypeObject)))),
        _ => {}
    }
    if let Some(r) = crate::objects::object::generic_getattr(v, name)? {
        return Ok(Some(r));
    }
    // Everything else is the origin's (`list[int].__name__`, class methods, ...).
    protocol::getattr(a.origin, name).map(Some)
}

fn alias_call(v: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::interp::call::call(raw(v).origin, args, kwnames)
}

fn alias_hash(v: Value) -> PyResult<i64> {
    let a = raw(v);
    let h = protocol::hash(a.origin)? ^ protocol::hash(a.args)?;
    Ok(if h == -1 { -2 } else { h })
}

fn alias_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_generic_alias(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let (x, y) = (raw(a), raw(b));
    let same = x.origin == y.origin && protocol::rich_compare_bool(x.args, y.args, CompareOp::Eq)?;
    Ok(bool_::from_bool(same == (op == CompareOp::Eq)))
}

fn alias_or(a: Value, b: Value) -> PyResult<Obj> {
    crate::objects::typing::make_union(a, b)
}

fn mro_entries(this: Value, _a: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(tuple::from_vec(vec![Obj::new_ref(raw(this).origin)]))
}

fn alias_new(_t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("GenericAlias", a, kw, 2)?;
    if !tuple::is_tuple(a[1]) && !pytype::is_type(a[0]) {
        return Err(type_error("GenericAlias expects a class and its arguments"));
    }
    Ok(new(a[0], a[1]))
}

/// Installs the slots (start-up).
pub fn init_type() {
    let t = &GENERIC_ALIAS_TYPE;
    t.slots.new.set(Some(alias_new));
    t.slots.repr.set(Some(alias_repr));
    t.slots.getattr.set(Some(alias_getattr));
    t.slots.call.set(Some(alias_call));
    t.slots.hash.set(Some(alias_hash));
    t.slots.richcompare.set(Some(alias_richcompare));
    t.slots.binary[crate::object::BinOp::Or as usize].set(Some(alias_or));
    pytype::ready_static(t, Some(&crate::objects::object::OBJECT_TYPE.0));
    pytype::add_methods(t, crate::methods!["__mro_entries__" => mro_entries]);
    pytype::add_attr(t, "__module__", crate::interned!("types"));
}
