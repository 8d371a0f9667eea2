//! Classes made by `class` statements (CPython's `type_new`): the MRO (C3 linearization),
//! the native layout inherited from the "solid" base, the instance attribute store, the
//! slot table resolved from the MRO, `__slots__`, `__set_name__`, `__init_subclass__` and
//! `__classcell__`.

use crate::errors::{type_error, PyResult};
use crate::object::attrs::AttrStore;
use crate::object::{alloc_object, flags, incref, type_of, Obj, TypeObject, Value};
use crate::objects::pytype::{self, as_type, is_type, TYPE_TYPE};
use crate::objects::{cell, descr, dict, list, singletons, str as pystr, tuple};
use std::cell::{Cell, RefCell};

/// The C3 linearization of `t` from its `__bases__`.
pub fn compute_mro(t: &TypeObject) -> PyResult<Vec<Obj>> {
    let bases: Vec<Value> = tuple::items(t.bases.get()).to_vec();
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].contains(b) {
            return Err(type_error(format!("duplicate base class {}", as_type(*b).name())));
        }
    }
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| tuple::items(as_type(b).mro.get()).to_vec()).collect();
    seqs.push(bases.clone());
    let mut out = vec![Obj::new_ref(t.as_value())];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0]).find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
        let Some(c) = candidate else {
            let names: Vec<&str> = bases.iter().map(|&b| as_type(b).name()).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(Obj::new_ref(c));
        for s in &mut seqs {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// The base whose native layout instances must have ("solid base").
fn solid_base(t: &'static TypeObject) -> &'static TypeObject {
    let mut cur = t;
    while cur.has_flag(flags::HEAPTYPE) {
        match cur.base() {
            Some(b) => cur = b,
            None => break,
        }
    }
    // Builtin exception classes that add no fields to their base share its layout
    // (CPython's `extra_ivars`), so `class E(OSError, ValueError)` is allowed.
    let base_exc = crate::objects::exceptions::base_exception();
    while !std::ptr::eq(cur, base_exc) && cur.is_subtype(base_exc) {
        match cur.base() {
            Some(b) if b.basicsize.get() == cur.basicsize.get() => cur = b,
            _ => break,
        }
    }
    cur
}

fn best_base(bases: &[Value]) -> PyResult<&'static TypeObject> {
    let mut winner: Option<&'static TypeObject> = None;
    let mut base: Option<&'static TypeObject> = None;
    for &b in bases {
        let bt = as_type(b);
        if !bt.has_flag(flags::BASETYPE) {
            return Err(type_error(format!("type '{}' is not an acceptable base type", pytype::full_name(bt))));
        }
        let candidate = solid_base(bt);
        match winner {
            None => {
                winner = Some(candidate);
                base = Some(bt);
            }
            Some(w) if w.is_subtype(candidate) => {}
            Some(w) if candidate.is_subtype(w) => {
                winner = Some(candidate);
                base = Some(bt);
            }
            Some(w) => {
                // Layouts are compatible when one is object's (plain instances).
                let plain = |x: &TypeObject| x.basicsize.get() == std::mem::size_of::<crate::object::ObjHeader>();
                if plain(candidate) {
                    continue;
                }
                if plain(w) {
                    winner = Some(candidate);
                    base = Some(bt);
                    continue;
                }
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(base.expect("at least one base"))
}

/// `type.__new__(meta, name, bases, ns, **kw)`.
pub fn new_class(meta: &TypeObject, name: Value, bases: Value, ns: Value, kw: &[(Value, Value)]) -> PyResult<Obj> {
    let mut base_list: Vec<Value> = tuple::items(bases).to_vec();
    for &b in &base_list {
        if !is_type(b) {
            return Err(type_error(format!("bases must be types, not {}", type_of(b).name())));
        }
    }
    if base_list.is_empty() {
        base_list.push(crate::objects::object::OBJECT_TYPE.as_value());
    }
    // The most derived metaclass among meta and the bases' metaclasses.
    let mut winner: &TypeObject = meta;
    for &b in &base_list {
        let bm = type_of(b);
        if winner.is_subtype(bm) {
            continue;
        }
        if bm.is_subtype(winner) {
            winner = bm;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    if !std::ptr::eq(winner, meta) && winner.slots.new.get().map(|f| f as usize) != meta.slots.new.get().map(|f| f as usize) {
        // A more derived metaclass with its own __new__ takes over.
        let args = [name, tuple::from_slice(&base_list).value(), ns];
        return crate::interp::call::call(winner.as_value(), &args, Value::NULL);
    }
    let meta = winner;
    let primary = best_base(&base_list)?;
    let solid = solid_base(primary);

    // Allocate the type object (an instance of the metaclass).
    let size = std::mem::size_of::<TypeObject>().max(meta.basicsize.get());
    let p = alloc_object(meta, size) as *mut TypeObject;
    let dealloc = solid.slots.dealloc.get();
    let dict_copy = dict::copy(ns);
    // SAFETY: fresh allocation; every field is written before the type escapes.
    let t: &'static TypeObject = unsafe {
        let header = std::ptr::read(p as *const crate::object::ObjHeader);
        p.write(TypeObject {
            ob: header,
            slots: crate::object::Slots::new(dealloc),
            static_name: "",
            name: Cell::new(Value::NULL),
            qualname: Cell::new(Value::NULL),
            base: Cell::new(primary),
            bases: Cell::new(tuple::from_slice(&base_list).into_raw()),
            mro: Cell::new(Value::NULL),
            dict: Cell::new(dict_copy.into_raw()),
            flags: Cell::new(flags::HEAPTYPE | flags::BASETYPE | (primary.flags.get() & flags::INHERITED)),
            version: Cell::new(0),
            basicsize: Cell::new(solid.basicsize.get()),
            attrs_offset: Cell::new(0),
            shared_keys: RefCell::new(Vec::new()),
            subclasses: RefCell::new(Vec::new()),
        });
        &*p
    };
    incref(primary.as_value());
    let tobj = unsafe { Obj::from_raw(Value::from_ptr(p)) };
    let d = t.dict.get();

    // Names.
    incref(name);
    t.name.set(pystr::intern_value(name));
    let qn = dict::pop(d, crate::interned!("__qualname__"))?;
    match qn {
        Some(q) => {
            if !pystr::is_str(q.value()) {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_of(q.value()).name()
                )));
            }
            t.qualname.set(q.into_raw());
        }
        None => {
            incref(name);
            t.qualname.set(name);
        }
    }

    // MRO.
    let mro = compute_mro(t)?;
    t.mro.set(tuple::from_vec(mro).into_raw());
    for &b in &base_list {
        as_type(b).subclasses.borrow_mut().push(t);
    }

    // Instance layout: keep the solid base's store, or append one.
    let is_meta = t.has_flag(flags::TYPE_SUBCLASS);
    let slots_decl = dict::get_str(d, crate::interned!("__slots__"));
    let inherited_attrs = primary.attrs_offset.get();
    if inherited_attrs != 0 {
        t.attrs_offset.set(inherited_attrs);
    } else if !is_meta {
        t.attrs_offset.set(solid.basicsize.get());
    }
    if let Some(decl) = slots_decl {
        setup_slots(t, decl, inherited_attrs != 0)?;
    }
    if t.attrs_offset.get() != 0 && !t.has_flag(flags::NO_DICT) && !is_meta && dict::get_str(d, crate::interned!("__dict__")).is_none() {
        // `obj.__dict__` for instances of this class.
        pytype::add_getsets(t, crate::objects::object::INSTANCE_DICT_GETSET);
    }

    // __module__ defaults to the caller's globals' __name__.
    if dict::get_str(d, crate::interned!("__module__")).is_none() {
        if let Some(m) = crate::interp::current_module_name() {
            dict::set_str(d, crate::interned!("__module__"), m.value());
        }
    }
    // __eq__ without __hash__ makes instances unhashable.
    if dict::get_str(d, crate::interned!("__eq__")).is_some() && dict::get_str(d, crate::interned!("__hash__")).is_none() {
        dict::set_str(d, crate::interned!("__hash__"), singletons::none());
    }
    // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
    if let Some(f) = dict::get_str(d, crate::interned!("__new__")) {
        if crate::objects::function::is_function(f) {
            let sm = crate::objects::classmethod::new_staticmethod(f);
            dict::set_str(d, crate::interned!("__new__"), sm.value());
        }
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_str(d, pystr::intern(n)) {
            if crate::objects::function::is_function(f) {
                let cm = crate::objects::classmethod::new_classmethod(f);
                dict::set_str(d, pystr::intern(n), cm.value());
            }
        }
    }

    // Slots, from the MRO.
    pytype::assign_version(t);
    crate::objects::slotwrap::fixup_slots(t);

    // __classcell__: the cell behind zero-argument super().
    if let Some(c) = dict::pop(d, crate::interned!("__classcell__"))? {
        if !cell::is_cell(c.value()) {
            return Err(type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                type_of(c.value()).name()
            )));
        }
        cell::set(c.value(), Obj::new_ref(t.as_value()));
    }

    // __set_name__ on the namespace's descriptors.
    for (k, v) in dict::items_owned(d) {
        if let Some(set_name) = crate::object::protocol::lookup_special(v.value(), "__set_name__")? {
            crate::interp::call::call(set_name.value(), &[t.as_value(), k.value()], Value::NULL).map_err(|e| {
                e
            })?;
        }
    }

    // super().__init_subclass__(**kw) on the parent.
    // super(new_class, new_class): the search starts after the class itself.
    let _ = primary;
    let sup = crate::objects::super_::new_super(tobj.value(), tobj.value())?;
    let init_sub = crate::object::protocol::getattr_str(sup.value(), "__init_subclass__")?;
    let mut args: Vec<Value> = kw.iter().map(|(_, v)| *v).collect();
    let kwnames = if kw.is_empty() {
        Obj::immediate(Value::NULL)
    } else {
        tuple::from_slice(&kw.iter().map(|(k, _)| *k).collect::<Vec<_>>())
    };
    crate::interp::call::call(init_sub.value(), &args, kwnames.value())?;
    args.clear();
    Ok(tobj)
}

/// `__slots__`: names become instance attributes; without `'__dict__'` among them,
/// instances reject other names.
fn setup_slots(t: &'static TypeObject, decl: Value, base_has_dict: bool) -> PyResult<()> {
    let names: Vec<Obj> = if pystr::is_str(decl) { vec![Obj::new_ref(decl)] } else { crate::objects::iter::collect(decl)? };
    let mut has_dict = base_has_dict && t.base().is_some_and(|b| !b.has_flag(flags::NO_DICT));
    let d = t.dict.get();
    for n in &names {
        if !pystr::is_str(n.value()) {
            return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_of(n.value()).name())));
        }
        let s = pystr::as_str(n.value());
        if s == "__dict__" {
            has_dict = true;
            continue;
        }
        if s == "__weakref__" {
            continue;
        }
        if dict::get_str(d, pystr::intern(s)).is_some() {
            return Err(crate::errors::value_error(format!("'{s}' in __slots__ conflicts with class variable")));
        }
        let member = crate::objects::member::new_member(t, pystr::intern(s));
        dict::set_str(d, pystr::intern(s), member.value());
        // Reserve the key so slot order is stable.
        let name = pystr::intern(s);
        let mut keys = t.shared_keys.borrow_mut();
        if !keys.iter().any(|k| k.value() == name) {
            keys.push(Obj::new_ref(name));
        }
    }
    if !has_dict {
        t.flags.set(t.flags.get() | flags::NO_DICT);
    }
    if t.attrs_offset.get() == 0 {
        t.attrs_offset.set(t.basicsize.get());
    }
    let _ = std::mem::size_of::<AttrStore>();
    Ok(())
}

/// `__build_class__`-style helper used by tests: makes a class from Rust.
pub fn make_class(name: &str, bases: &[Value], ns: Obj) -> PyResult<Obj> {
    let b = tuple::from_slice(bases);
    new_class(&TYPE_TYPE, pystr::intern(name), b.value(), ns.value(), &[])
}

/// The MRO as a list (for `type.mro()` overrides).
pub fn mro_list(t: &TypeObject) -> PyResult<Obj> {
    Ok(list::new(compute_mro(t)?))
}

/// Marker: descriptor module used for slot members.
pub fn _uses(_d: &descr::MethodDef) {}
