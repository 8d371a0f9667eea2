//! `type`: the class of classes. Attribute lookup along the MRO (with a global method
//! cache keyed by version tag), creation of classes by `class` statements (C3 MRO, layout,
//! slot table), and instance allocation for classes.
//!
//! Version tags: every type has a `version`; changing a type's attributes (or any base's)
//! gives it and all its subclasses fresh versions, so caches keyed on `(version, name)` are
//! never stale.

use crate::errors::{attribute_error, type_error, PyResult};
use crate::object::attrs::AttrStore;
use crate::object::{alloc_object, decref, flags, free_memory, incref, protocol, type_of, GilCell, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::descr::{self, GetSetDef, MethodDef};
use crate::objects::{dict, list, singletons, str as pystr, tuple};
use std::cell::{Cell, RefCell};

/// The `type` type (its own metatype).
pub static TYPE_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "type",
    std::mem::size_of::<TypeObject>(),
    flags::BASETYPE | flags::TYPE_SUBCLASS,
    dealloc_type,
));

/// True for type objects.
#[inline(always)]
pub fn is_type(v: Value) -> bool {
    v.is_ptr() && type_of(v).has_flag(flags::TYPE_SUBCLASS)
}

/// A type value as a reference.
#[inline(always)]
pub fn as_type(v: Value) -> &'static TypeObject {
    // SAFETY: callers check `is_type` first; types live while referenced.
    unsafe { &*(v.as_ptr() as *const TypeObject) }
}

// ----- version tags and the method cache -----------------------------------------------

static NEXT_VERSION: GilCell<u32> = GilCell::new(1);

/// Gives `t` a fresh version tag.
pub fn assign_version(t: &TypeObject) {
    // SAFETY: under the GIL; short borrow.
    let n = unsafe { NEXT_VERSION.get_mut() };
    *n = n.wrapping_add(1).max(1);
    t.version.set(*n);
}

/// Invalidates `t` and every subclass (their attribute lookups may have changed).
pub fn modified(t: &TypeObject) {
    assign_version(t);
    let subs: Vec<*const TypeObject> = t.subclasses.borrow().clone();
    for s in subs {
        // SAFETY: subclasses unregister themselves before they are freed.
        modified(unsafe { &*s });
    }
}

const CACHE_SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct CacheEntry {
    version: u32,
    name: Value,
    value: Value,
}

static METHOD_CACHE: GilCell<[CacheEntry; CACHE_SIZE]> =
    GilCell::new([CacheEntry { version: 0, name: Value::NULL, value: Value::NULL }; CACHE_SIZE]);

/// Finds `name` (a str) along `t`'s MRO; the value is borrowed (owned by a type dict).
#[inline]
pub fn type_lookup(t: &TypeObject, name: Value) -> Option<Value> {
    let version = t.version.get();
    let interned = pystr::is_interned(name);
    if version != 0 && interned {
        let h = ((version as usize) ^ (name.bits() as usize >> 4)) & (CACHE_SIZE - 1);
        // SAFETY: under the GIL; the borrow does not outlive this function body.
        let cache = unsafe { METHOD_CACHE.get_mut() };
        let e = cache[h];
        if e.version == version && e.name == name {
            return if e.value.is_null() { None } else { Some(e.value) };
        }
        let found = lookup_mro(t, name);
        cache[h] = CacheEntry { version, name, value: found.unwrap_or(Value::NULL) };
        return found;
    }
    lookup_mro(t, name)
}

fn lookup_mro(t: &TypeObject, name: Value) -> Option<Value> {
    let mro = t.mro.get();
    if mro.is_null() {
        let d = t.dict.get();
        return if d.is_null() { None } else { dict::get_str(d, name) };
    }
    for &base in tuple::items(mro) {
        let d = as_type(base).dict.get();
        if !d.is_null() {
            if let Some(v) = dict::get_str(d, name) {
                return Some(v);
            }
        }
    }
    None
}

// ----- names --------------------------------------------------------------------------

/// `__qualname__` of a type.
pub fn qualname(t: &TypeObject) -> &'static str {
    let q = t.qualname.get();
    if q.is_null() {
        // SAFETY: the type outlives the returned text in every caller's use.
        unsafe { std::mem::transmute::<&str, &'static str>(t.name()) }
    } else {
        pystr::as_str(q)
    }
}

/// `__module__` of a type (None for builtins, which report "builtins").
pub fn module_name(t: &TypeObject) -> Option<&'static str> {
    if !t.has_flag(flags::HEAPTYPE) {
        // A builtin type living in another module says so in its dict (`types.UnionType`).
        let own = dict::get_str(t.dict.get(), crate::interned!("__module__")).filter(|m| pystr::is_str(*m));
        return Some(own.map_or_else(|| crate::objects::exceptions::builtin_module_of(t), pystr::as_str));
    }
    let d = t.dict.get();
    let m = dict::get_str(d, crate::interned!("__module__"))?;
    if pystr::is_str(m) {
        Some(pystr::as_str(m))
    } else {
        None
    }
}

/// `module.qualname`, or just the qualname for builtins (`repr` of classes and errors).
pub fn full_name(t: &TypeObject) -> String {
    match module_name(t) {
        Some(m) if m != "builtins" => format!("{}.{}", m, qualname(t)),
        _ => qualname(t).to_string(),
    }
}

// ----- installing native members ------------------------------------------------------

fn type_dict(t: &TypeObject) -> Value {
    let d = t.dict.get();
    if !d.is_null() {
        return d;
    }
    let d = dict::new().into_raw();
    t.dict.set(d);
    d
}

/// Adds native methods to a builtin type's dict.
pub fn add_methods(t: &TypeObject, defs: &'static [MethodDef]) {
    let d = type_dict(t);
    for def in defs {
        let m = descr::new_method_descr(t, def);
        dict::set_item_str(d, def.name, m.value());
    }
}

/// Adds computed attributes to a builtin type's dict.
pub fn add_getsets(t: &TypeObject, defs: &'static [GetSetDef]) {
    let d = type_dict(t);
    for def in defs {
        let g = descr::new_getset(t, def);
        dict::set_item_str(d, def.name, g.value());
    }
}

/// Adds a plain attribute to a type's dict.
pub fn add_attr(t: &TypeObject, name: &str, value: Value) {
    dict::set_item_str(type_dict(t), name, value);
}

/// Finishes a builtin type at start-up: its name object, base, MRO, version, inherited
/// slots, and the slot wrappers (`__add__`, `__repr__`, ...) in its dict.
pub fn ready_static(t: &'static TypeObject, base: Option<&'static TypeObject>) {
    if t.name.get().is_null() {
        t.name.set(pystr::intern(t.static_name));
    }
    if let Some(b) = base {
        if t.base.get().is_null() {
            t.base.set(b);
        }
    }
    let base = t.base();
    if let Some(b) = base {
        t.flags.set(t.flags.get() | (b.flags.get() & flags::INHERITED));
        inherit_missing_slots(t, b);
        b.subclasses.borrow_mut().push(t);
        if t.attrs_offset.get() == 0 {
            t.attrs_offset.set(b.attrs_offset.get());
        }
    }
    let mut mro = vec![Obj::new_ref(t.as_value())];
    let mut cur = base;
    while let Some(b) = cur {
        mro.push(Obj::new_ref(b.as_value()));
        cur = b.base();
    }
    t.bases.set(tuple::from_vec(base.map(|b| vec![Obj::new_ref(b.as_value())]).unwrap_or_default()).into_raw());
    t.mro.set(tuple::from_vec(mro).into_raw());
    let d = type_dict(t);
    // `__hash__ = None` in the class body makes instances unhashable (not inherited).
    if dict::get_str(d, crate::interned!("__hash__")) == Some(singletons::none()) {
        t.slots.hash.set(None);
    }
    crate::objects::slotwrap::add_slot_wrappers(t);
    assign_version(t);
}

fn inherit_missing_slots(t: &TypeObject, b: &TypeObject) {
    macro_rules! inherit {
        ($($f:ident),*) => { $( if t.slots.$f.get().is_none() { t.slots.$f.set(b.slots.$f.get()); } )* };
    }
    inherit!(repr, str, hash, richcompare, getattr, setattr, call, iter, next, descr_get, descr_set, new, init, neg, pos, abs, invert, bool, int, float, index, len, getitem, setitem, contains);
    for i in 0..crate::object::N_BINOPS {
        if t.slots.binary[i].get().is_none() {
            t.slots.binary[i].set(b.slots.binary[i].get());
        }
        if t.slots.inplace[i].get().is_none() {
            t.slots.inplace[i].set(b.slots.inplace[i].get());
        }
    }
}

// ----- instances of classes -------------------------------------------------------------

/// Extra bytes after the native part for the attribute store.
#[inline(always)]
pub fn attrs_extra(t: &TypeObject) -> usize {
    if t.attrs_offset.get() != 0 && t.attrs_offset.get() >= t.basicsize.get() {
        std::mem::size_of::<AttrStore>()
    } else {
        0
    }
}

/// Initializes the attribute store of a fresh instance (no-op for types without one).
pub fn init_instance_attrs(v: Value) {
    let t = type_of(v);
    let off = t.attrs_offset.get();
    if off != 0 {
        // SAFETY: the allocation includes the store at `off` (see `attrs_extra`).
        unsafe { ((v.as_ptr() as *mut u8).add(off) as *mut AttrStore).write(AttrStore::for_type(t)) };
    }
}

/// Releases the attribute store of a dying instance.
///
/// # Safety
/// Only from a deallocator, once.
pub unsafe fn release_instance_attrs(v: Value) {
    if let Some(s) = AttrStore::of(v) {
        s.clear();
    }
}

/// The layout of a plain class instance (`class A: pass`).
#[repr(C)]
pub struct PyInstance {
    ob: ObjHeader,
}

/// Allocates an instance of a class whose native layout is `object`'s.
pub fn alloc_plain_instance(t: &TypeObject) -> Obj {
    let size = t.basicsize.get() + attrs_extra(t);
    let p = alloc_object(t, size);
    // SAFETY: the header is initialized; the attribute store is set up next.
    let o = unsafe { Obj::from_raw(Value::from_ptr(p)) };
    init_instance_attrs(o.value());
    o
}

/// Deallocator of plain class instances.
pub unsafe fn dealloc_plain_instance(v: Value) {
    release_instance_attrs(v);
    let t = type_of(v);
    free_memory(v, t.basicsize.get() + attrs_extra(t));
}

/// A tuple-subclass instance with `n` item slots (for `tuple.__new__`).
pub fn alloc_instance_var(t: &TypeObject, n: usize) -> Obj {
    let o = tuple::alloc_of(t, n);
    o
}

// ----- the type type's slots ------------------------------------------------------------

unsafe fn dealloc_type(v: Value) {
    let t = as_type(v);
    if let Some(b) = t.base() {
        b.subclasses.borrow_mut().retain(|&s| !std::ptr::eq(s, t));
    }
    for f in [&t.name, &t.qualname, &t.bases, &t.mro, &t.dict] {
        decref(f.replace(Value::NULL));
    }
    std::ptr::drop_in_place(std::ptr::addr_of!(t.shared_keys) as *mut RefCell<Vec<Obj>>);
    std::ptr::drop_in_place(std::ptr::addr_of!(t.subclasses) as *mut RefCell<Vec<*const TypeObject>>);
    free_memory(v, type_of(v).basicsize.get() + attrs_extra(type_of(v)));
}

fn type_repr(v: Value) -> PyResult<Obj> {
    let t = as_type(v);
    Ok(pystr::from_string(format!("<class '{}'>", full_name(t))))
}

fn type_hash(v: Value) -> PyResult<i64> {
    Ok((v.bits() >> 4) as i64)
}

/// `type.__getattribute__`: metatype data descriptors, then the MRO (binding descriptors
/// with `__get__(None, type)`), then metatype attributes.
pub fn type_getattr(v: Value, name: Value) -> PyResult<Option<Obj>> {
    let t = as_type(v);
    let meta = type_of(v);
    let meta_attr = type_lookup(meta, name);
    if let Some(ma) = meta_attr {
        let mt = type_of(ma);
        if mt.slots.descr_set.get().is_some() {
            if let Some(get) = mt.slots.descr_get.get() {
                let ma = Obj::new_ref(ma);
                return get(ma.value(), v, meta.as_value()).map(Some);
            }
        }
    }
    if let Some(attr) = type_lookup(t, name) {
        let attr = Obj::new_ref(attr);
        if let Some(get) = type_of(attr.value()).slots.descr_get.get() {
            return get(attr.value(), Value::NULL, v).map(Some);
        }
        return Ok(Some(attr));
    }
    if let Some(ma) = meta_attr {
        let ma = Obj::new_ref(ma);
        if let Some(get) = type_of(ma.value()).slots.descr_get.get() {
            return get(ma.value(), v, meta.as_value()).map(Some);
        }
        return Ok(Some(ma));
    }
    Ok(None)
}

/// `type.__setattr__`: stores in the class dict, refreshes version tags and slots.
pub fn type_setattr(v: Value, name: Value, value: Value) -> PyResult<()> {
    let t = as_type(v);
    if !t.has_flag(flags::HEAPTYPE) {
        let n = pystr::as_str(name);
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            t.name()
        )));
    }
    // Data descriptors on the metatype (e.g. __name__, __qualname__, __doc__...).
    if let Some(ma) = type_lookup(type_of(v), name) {
        if let Some(set) = type_of(ma).slots.descr_set.get() {
            let ma = Obj::new_ref(ma);
            return set(ma.value(), v, value);
        }
    }
    let d = type_dict(t);
    let name = pystr::intern_value(name);
    if value.is_null() {
        if dict::pop(d, name)?.is_none() {
            return Err(attribute_error(format!("type object '{}' has no attribute '{}'", t.name(), pystr::as_str(name))));
        }
    } else {
        dict::set_str(d, name, value);
    }
    modified(t);
    let n = pystr::as_str(name);
    if n.starts_with("__") && n.ends_with("__") {
        crate::objects::slotwrap::update_slots_for(t, n);
    }
    Ok(())
}

/// Calling a type: `type(x)`, `type(name, bases, ns)`, or instantiation (`__new__` then
/// `__init__` when `__new__` returned an instance of the type).
pub fn type_call(callable: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let t = as_type(callable);
    if std::ptr::eq(t, &TYPE_TYPE.0) {
        let npos = crate::objects::args::npos(args, kwnames);
        if npos == 1 && kwnames.is_null() {
            return Ok(protocol::type_value(args[0]));
        }
        if npos != 3 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
    }
    let Some(new) = t.slots.new.get() else {
        return Err(type_error(format!("cannot create '{}' instances", full_name(t))));
    };
    let obj = new(t, args, kwnames)?;
    // `__init__` runs only when `__new__` returned an instance of this class.
    let ot = type_of(obj.value());
    if ot.is_subtype(t) {
        if let Some(init) = ot.slots.init.get() {
            init(obj.value(), args, kwnames)?;
        }
    }
    Ok(obj)
}

/// The `__init__` function to call on `object.__new__(cls)` when calling `callable`
/// means exactly those two steps: `callable` is a class whose metaclass is `type`,
/// which is not abstract, has no `__new__` of its own, and whose `__init__` is a
/// Python function. Callers may then allocate with [`alloc_plain_instance`] and call the
/// function themselves (and must check it returned None). `None` for anything else.
pub fn plain_python_init(callable: Value) -> Option<Value> {
    if !callable.is_ptr() || !std::ptr::eq(type_of(callable), &TYPE_TYPE.0) {
        return None;
    }
    let t = as_type(callable);
    if t.slots.new.get().map(|f| f as usize) != Some(crate::objects::object::object_new as *const () as usize) || t.has_flag(flags::ABSTRACT) || !crate::objects::slotwrap::init_is_python(t) {
        return None;
    }
    let init = type_lookup(t, crate::interned!("__init__"))?;
    crate::objects::function::is_function(init).then_some(init)
}

/// `type.__new__(meta, name, bases, namespace, **kwds)`: creates a class.
fn type_new(meta: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = crate::objects::args::Args::new(args, kwnames);
    if a.pos.len() == 1 && std::ptr::eq(meta, &TYPE_TYPE.0) {
        return Ok(protocol::type_value(a.pos[0]));
    }
    if a.pos.len() != 3 {
        return Err(type_error("type.__new__() takes exactly 3 arguments (1 given)"));
    }
    let (name, bases, ns) = (a.pos[0], a.pos[1], a.pos[2]);
    if !pystr::is_str(name) {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_of(name).name()
        )));
    }
    if !tuple::is_tuple(bases) {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_of(bases).name()
        )));
    }
    if !dict::is_dict(ns) {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_of(ns).name()
        )));
    }
    crate::objects::typecls::new_class(meta, name, bases, ns, &a.kw)
}

fn type_init(_v: Value, _args: &[Value], _kw: Value) -> PyResult<()> {
    Ok(())
}

fn type_richcompare(a: Value, b: Value, op: crate::object::CompareOp) -> PyResult<Obj> {
    use crate::object::CompareOp::*;
    match op {
        Eq => Ok(crate::objects::bool_::from_bool(a == b)),
        Ne => Ok(crate::objects::bool_::from_bool(a != b)),
        _ => Ok(singletons::not_implemented()),
    }
}

fn type_or(a: Value, b: Value) -> PyResult<Obj> {
    crate::objects::typing::make_union(a, b)
}

// ----- getsets and methods ---------------------------------------------------------------

fn get_name(v: Value) -> PyResult<Obj> {
    let t = as_type(v);
    if t.has_flag(flags::HEAPTYPE) {
        return Ok(Obj::new_ref(t.name.get()));
    }
    // Builtin names may be dotted ("collections.OrderedDict"): __name__ is the last part.
    let n = t.name();
    Ok(pystr::new(n.rsplit('.').next().unwrap_or(n)))
}

fn set_name(v: Value, value: Value) -> PyResult<()> {
    let t = as_type(v);
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(type_error(format!("cannot set '__name__' attribute of immutable type '{}'", t.name())));
    }
    if value.is_null() || !pystr::is_str(value) {
        return Err(type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            if value.is_null() { "NoneType" } else { type_of(value).name() }
        )));
    }
    incref(value);
    decref(t.name.replace(value));
    Ok(())
}

fn get_qualname(v: Value) -> PyResult<Obj> {
    let t = as_type(v);
    let q = t.qualname.get();
    if q.is_null() {
        get_name(v)
    } else {
        Ok(Obj::new_ref(q))
    }
}

fn set_qualname(v: Value, value: Value) -> PyResult<()> {
    let t = as_type(v);
    if value.is_null() || !pystr::is_str(value) {
        return Err(type_error(format!("can only assign string to {}.__qualname__", t.name())));
    }
    incref(value);
    decref(t.qualname.replace(value));
    Ok(())
}

fn get_module(v: Value) -> PyResult<Obj> {
    let t = as_type(v);
    if t.has_flag(flags::HEAPTYPE) {
        if let Some(m) = dict::get_str(type_dict(t), crate::interned!("__module__")) {
            return Ok(Obj::new_ref(m));
        }
    }
    Ok(pystr::new(module_name(t).unwrap_or("builtins")))
}

fn set_module(v: Value, value: Value) -> PyResult<()> {
    let t = as_type(v);
    dict::set_str(type_dict(t), crate::interned!("__module__"), if value.is_null() { singletons::none() } else { value });
    Ok(())
}

fn get_bases(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(as_type(v).bases.get()))
}

fn get_base(v: Value) -> PyResult<Obj> {
    match as_type(v).base() {
        Some(b) => Ok(Obj::new_ref(b.as_value())),
        None => Ok(singletons::none_obj()),
    }
}

fn get_mro(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(as_type(v).mro.get()))
}

fn get_dict(v: Value) -> PyResult<Obj> {
    Ok(crate::objects::mappingproxy::new(type_dict(as_type(v))))
}

fn get_doc(v: Value) -> PyResult<Obj> {
    let t = as_type(v);
    match dict::get_str(type_dict(t), crate::interned!("__doc__")) {
        Some(d) => {
            if let Some(get) = type_of(d).slots.descr_get.get() {
                let d = Obj::new_ref(d);
                return get(d.value(), Value::NULL, v);
            }
            Ok(Obj::new_ref(d))
        }
        None => Ok(singletons::none_obj()),
    }
}

fn set_doc(v: Value, value: Value) -> PyResult<()> {
    let t = as_type(v);
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(type_error(format!("cannot set '__doc__' attribute of immutable type '{}'", t.name())));
    }
    dict::set_str(type_dict(t), crate::interned!("__doc__"), if value.is_null() { singletons::none() } else { value });
    modified(t);
    Ok(())
}

fn get_abstractmethods(v: Value) -> PyResult<Obj> {
    let t = as_type(v);
    if !std::ptr::eq(t, &TYPE_TYPE.0) {
        if let Some(a) = dict::get_str(type_dict(t), crate::interned!("__abstractmethods__")) {
            return Ok(Obj::new_ref(a));
        }
    }
    Err(attribute_error("__abstractmethods__"))
}

fn set_abstractmethods(v: Value, value: Value) -> PyResult<()> {
    let t = as_type(v);
    let d = type_dict(t);
    if value.is_null() {
        dict::pop(d, crate::interned!("__abstractmethods__"))?;
        t.flags.set(t.flags.get() & !flags::ABSTRACT);
    } else {
        dict::set_str(d, crate::interned!("__abstractmethods__"), value);
        let abstract_ = protocol::is_true(value)?;
        t.flags.set(if abstract_ { t.flags.get() | flags::ABSTRACT } else { t.flags.get() & !flags::ABSTRACT });
    }
    modified(t);
    Ok(())
}

fn get_annotations(v: Value) -> PyResult<Obj> {
    let t = as_type(v);
    let d = type_dict(t);
    if let Some(a) = dict::get_str(d, crate::interned!("__annotations__")) {
        return Ok(Obj::new_ref(a));
    }
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(attribute_error(format!("type object '{}' has no attribute '__annotations__'", t.name())));
    }
    let a = dict::new();
    dict::set_str(d, crate::interned!("__annotations__"), a.value());
    Ok(a)
}

fn set_annotations(v: Value, value: Value) -> PyResult<()> {
    let t = as_type(v);
    let d = type_dict(t);
    if value.is_null() {
        dict::pop(d, crate::interned!("__annotations__"))?;
    } else {
        dict::set_str(d, crate::interned!("__annotations__"), value);
    }
    modified(t);
    Ok(())
}

fn m_mro(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let t = as_type(this);
    let mro = crate::objects::typecls::compute_mro(t)?;
    Ok(list::new(mro))
}

fn m_subclasses(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let subs: Vec<Obj> = as_type(this).subclasses.borrow().iter().map(|&s| Obj::new_ref(Value::from_ptr(s))).collect();
    Ok(list::new(subs))
}

fn m_instancecheck(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__instancecheck__", args, kw, 1)?;
    Ok(crate::objects::bool_::from_bool(type_of(args[0]).is_subtype(as_type(this))))
}

fn m_subclasscheck(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__subclasscheck__", args, kw, 1)?;
    let c = protocol::expect_type(args[0], "issubclass() arg 1")?;
    Ok(crate::objects::bool_::from_bool(c.is_subtype(as_type(this))))
}

fn m_prepare(_cls: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(dict::new())
}

fn m_dir(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let t = as_type(this);
    let mut names: Vec<Obj> = Vec::new();
    for &b in tuple::items(t.mro.get()).iter().rev() {
        for k in dict::keys_owned(type_dict(as_type(b))) {
            if !names.iter().any(|n| pystr::eq(n.value(), k.value())) {
                names.push(k);
            }
        }
    }
    let l = list::new(names);
    Ok(l)
}

fn m_sizeof(_this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(Obj::small_int(std::mem::size_of::<TypeObject>() as i64))
}

/// Installs the slots and members of `type` (start-up).
pub fn init_type() {
    let s = &TYPE_TYPE.slots;
    s.repr.set(Some(type_repr));
    s.hash.set(Some(type_hash));
    s.getattr.set(Some(type_getattr));
    s.setattr.set(Some(type_setattr));
    s.call.set(Some(type_call));
    s.new.set(Some(type_new));
    s.init.set(Some(type_init));
    s.richcompare.set(Some(type_richcompare));
    s.binary[crate::object::BinOp::Or as usize].set(Some(type_or));
    add_getsets(&TYPE_TYPE, &[
        GetSetDef { name: "__name__", get: get_name, set: Some(set_name) },
        GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname) },
        GetSetDef { name: "__module__", get: get_module, set: Some(set_module) },
        GetSetDef { name: "__bases__", get: get_bases, set: None },
        GetSetDef { name: "__base__", get: get_base, set: None },
        GetSetDef { name: "__mro__", get: get_mro, set: None },
        GetSetDef { name: "__dict__", get: get_dict, set: None },
        GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc) },
        GetSetDef { name: "__abstractmethods__", get: get_abstractmethods, set: Some(set_abstractmethods) },
        GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations) },
    ]);
    add_methods(&TYPE_TYPE, crate::methods![
        "__class_getitem__" => crate::objects::generic_alias::class_getitem, class;
        "mro" => m_mro;
        "__subclasses__" => m_subclasses;
        "__instancecheck__" => m_instancecheck;
        "__subclasscheck__" => m_subclasscheck;
        "__prepare__" => m_prepare, class;
        "__dir__" => m_dir;
        "__sizeof__" => m_sizeof;
    ]);
}

/// Whether `t`'s instances were allocated by `alloc_plain_instance`.
pub fn is_plain_layout(t: &TypeObject) -> bool {
    let _ = Cell::new(0);
    t.basicsize.get() == std::mem::size_of::<ObjHeader>()
}
