//! `object`: the root of every class — generic attribute access (descriptors, then the
//! instance store, then class attributes), identity equality and hashing, the default
//! `repr`, and the argument rules of `object.__new__`/`object.__init__`.

use crate::errors::{attribute_error, type_error, PyResult};
use crate::object::attrs::AttrStore;
use crate::object::{flags, protocol, type_of, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::descr::GetSetDef;
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{bool_, dict, list, singletons, str as pystr, tuple};

/// The `object` type.
pub static OBJECT_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "object",
    std::mem::size_of::<ObjHeader>(),
    flags::BASETYPE,
    pytype::dealloc_plain_instance,
));

/// `object.__getattribute__` (CPython's `PyObject_GenericGetAttr`); `None` if missing.
pub fn generic_getattr(obj: Value, name: Value) -> PyResult<Option<Obj>> {
    let t = type_of(obj);
    let descr = pytype::type_lookup(t, name);
    if let Some(d) = descr {
        let dt = type_of(d);
        if dt.slots.descr_set.get().is_some() {
            if let Some(get) = dt.slots.descr_get.get() {
                let d = Obj::new_ref(d);
                return get(d.value(), obj, t.as_value()).map(Some);
            }
        }
    }
    if let Some(store) = AttrStore::of(obj) {
        if let Some(v) = store.get(t, name) {
            return Ok(Some(Obj::new_ref(v)));
        }
    }
    if let Some(d) = descr {
        let d = Obj::new_ref(d);
        if let Some(get) = type_of(d.value()).slots.descr_get.get() {
            return get(d.value(), obj, t.as_value()).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// `object.__setattr__` / `__delattr__` (value NULL).
pub fn generic_setattr(obj: Value, name: Value, value: Value) -> PyResult<()> {
    let t = type_of(obj);
    if !pystr::is_str(name) {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_of(name).name())));
    }
    let descr = pytype::type_lookup(t, name);
    if let Some(d) = descr {
        if let Some(set) = type_of(d).slots.descr_set.get() {
            let d = Obj::new_ref(d);
            return set(d.value(), obj, value);
        }
    }
    let store = AttrStore::of(obj);
    let allowed = store.is_some() && (!t.has_flag(flags::NO_DICT) || !store.unwrap().dict_value().is_null());
    let Some(store) = store.filter(|_| allowed) else {
        let n = pystr::as_str(name);
        return Err(if descr.is_some() {
            attribute_error(format!("'{}' object attribute '{}' is read-only", t.name(), n))
        } else {
            let e = attribute_error(format!("'{}' object has no attribute '{}'", t.name(), n));
            crate::objects::exceptions::set_attribute_error_context(&e, obj, name);
            e
        });
    };
    if value.is_null() {
        if !store.delete(t, name) {
            let e = attribute_error(format!("'{}' object has no attribute '{}'", t.name(), pystr::as_str(name)));
            crate::objects::exceptions::set_attribute_error_context(&e, obj, name);
            return Err(e);
        }
    } else {
        store.set(t, name, value);
    }
    Ok(())
}

fn object_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::from_string(protocol::default_repr(v)))
}

fn object_str(v: Value) -> PyResult<Obj> {
    protocol::repr(v)
}

/// Identity hash (CPython's `_Py_HashPointer`: the address rotated by 4 bits).
pub fn identity_hash(v: Value) -> PyResult<i64> {
    let p = v.bits();
    let h = p.rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn object_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    match op {
        CompareOp::Eq => {
            if a == b {
                Ok(bool_::true_())
            } else {
                Ok(singletons::not_implemented())
            }
        }
        CompareOp::Ne => {
            // `!=` is the inverse of `__eq__` when `__eq__` is defined.
            let t = type_of(a);
            if let Some(f) = t.slots.richcompare.get() {
                if f as usize != object_richcompare as *const () as usize {
                    let r = f(a, b, CompareOp::Eq)?;
                    if singletons::is_not_implemented(r.value()) {
                        return Ok(r);
                    }
                    return Ok(bool_::from_bool(!protocol::is_true(r.value())?));
                }
            }
            if a == b {
                Ok(bool_::false_())
            } else {
                Ok(singletons::not_implemented())
            }
        }
        _ => Ok(singletons::not_implemented()),
    }
}

fn excess_args(args: &[Value], kwnames: Value) -> bool {
    !args.is_empty() || (!kwnames.is_null() && tuple::len(kwnames) > 0)
}

/// `object.__init__`.
pub fn object_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    if excess_args(args, kwnames) {
        let t = type_of(v);
        if t.slots.init.get().map(|f| f as usize) != Some(object_init as *const () as usize) {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if t.slots.new.get().map(|f| f as usize) == Some(object_new as *const () as usize) {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                pytype::qualname(t)
            )));
        }
    }
    Ok(())
}

/// `object.__new__`.
pub fn object_new(t: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if excess_args(args, kwnames) {
        if t.slots.new.get().map(|f| f as usize) != Some(object_new as *const () as usize) {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if t.slots.init.get().map(|f| f as usize) == Some(object_init as *const () as usize) {
            return Err(type_error(format!("{}() takes no arguments", pytype::qualname(t))));
        }
    }
    if t.has_flag(flags::ABSTRACT) {
        let names = dict::get_str(t.dict.get(), crate::interned!("__abstractmethods__"));
        let mut list: Vec<String> = match names {
            Some(n) => crate::objects::iter::collect(n)?.iter().map(|x| pystr::as_str(x.value()).to_string()).collect(),
            None => Vec::new(),
        };
        list.sort();
        let s = if list.len() == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "Can't instantiate abstract class {} with abstract method{s} {}",
            t.name(),
            list.join(", ")
        )));
    }
    Ok(pytype::alloc_plain_instance(t))
}

fn get_class(v: Value) -> PyResult<Obj> {
    Ok(protocol::type_value(v))
}

fn set_class(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(type_error("can't delete __class__ attribute"));
    }
    if !pytype::is_type(value) {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_of(value).name()
        )));
    }
    let new = pytype::as_type(value);
    let old = type_of(v);
    if !new.has_flag(flags::HEAPTYPE) || !old.has_flag(flags::HEAPTYPE) || new.basicsize.get() != old.basicsize.get() || new.attrs_offset.get() != old.attrs_offset.get() {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            old.name()
        )));
    }
    crate::object::incref(value);
    // SAFETY: `v` is a heap instance; the header's type field is replaced and the old
    // type's reference (held by the instance) released.
    unsafe { (*v.as_ptr()).ty.set(new) };
    crate::object::decref(old.as_value());
    Ok(())
}

fn get_instance_dict(v: Value) -> PyResult<Obj> {
    match AttrStore::of(v) {
        Some(s) => Ok(Obj::new_ref(s.materialize(type_of(v)))),
        None => Err(attribute_error(format!("'{}' object has no attribute '__dict__'", type_of(v).name()))),
    }
}

fn set_instance_dict(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() || !dict::is_dict(value) {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            if value.is_null() { "NoneType" } else { type_of(value).name() }
        )));
    }
    match AttrStore::of(v) {
        Some(s) => {
            s.replace_dict(type_of(v), Obj::new_ref(value));
            Ok(())
        }
        None => Err(attribute_error("__dict__")),
    }
}

/// The `__dict__` descriptor added to classes whose instances have attributes.
pub static INSTANCE_DICT_GETSET: &[GetSetDef] = &[GetSetDef { name: "__dict__", get: get_instance_dict, set: Some(set_instance_dict) }];

fn m_dir(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let mut names: Vec<Obj> = Vec::new();
    if let Some(s) = AttrStore::of(this) {
        let d = s.materialize(type_of(this));
        names.extend(dict::keys_owned(d));
    }
    let cls = pytype::type_lookup(type_of(this), crate::interned!("__dir__"));
    let _ = cls;
    let t = type_of(this);
    for &b in tuple::items(t.mro.get()) {
        for k in dict::keys_owned(pytype::as_type(b).dict.get()) {
            names.push(k);
        }
    }
    let mut uniq: Vec<Obj> = Vec::new();
    for n in names {
        if !uniq.iter().any(|u| pystr::eq(u.value(), n.value())) {
            uniq.push(n);
        }
    }
    Ok(list::new(uniq))
}

fn m_format(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__format__", args, kw, 1)?;
    if !pystr::is_str(args[0]) {
        return Err(type_error(format!("argument must be str, not {}", type_of(args[0]).name())));
    }
    if pystr::char_len(args[0]) > 0 {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_of(this).name()
        )));
    }
    protocol::str(this)
}

fn m_sizeof(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(Obj::small_int(type_of(this).basicsize.get() as i64))
}

fn m_init_subclass(cls: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if !kwnames.is_null() && tuple::len(kwnames) > 0 {
        let name = if pytype::is_type(cls) { pytype::qualname(pytype::as_type(cls)) } else { "object" };
        return Err(type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(type_error(format!("object.__init_subclass__() takes no arguments ({} given)", args.len())));
    }
    Ok(singletons::none_obj())
}

fn m_subclasshook(_cls: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(singletons::not_implemented())
}

fn m_reduce_ex(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    // copyreg-style reconstruction: (copyreg._reconstructor-equivalent, args, state)
    crate::objects::copyreg::reduce(this)
}

fn m_getstate(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    match AttrStore::of(this) {
        Some(s) if !s.is_empty() => Ok(Obj::new_ref(s.materialize(type_of(this)))),
        _ => Ok(singletons::none_obj()),
    }
}

/// Installs the slots and members of `object` (start-up).
pub fn init_type() {
    let s = &OBJECT_TYPE.slots;
    s.repr.set(Some(object_repr));
    s.str.set(Some(object_str));
    s.hash.set(Some(identity_hash));
    s.richcompare.set(Some(object_richcompare));
    s.getattr.set(Some(generic_getattr));
    s.setattr.set(Some(generic_setattr));
    s.init.set(Some(object_init));
    s.new.set(Some(object_new));
    pytype::add_getsets(&OBJECT_TYPE, &[GetSetDef { name: "__class__", get: get_class, set: Some(set_class) }]);
    pytype::add_methods(&OBJECT_TYPE, crate::methods![
        "__dir__" => m_dir;
        "__format__" => m_format;
        "__sizeof__" => m_sizeof;
        "__init_subclass__" => m_init_subclass, class;
        "__subclasshook__" => m_subclasshook, class;
        "__reduce_ex__" => m_reduce_ex;
        "__reduce__" => m_reduce_ex;
        "__getstate__" => m_getstate;
    ]);
}
