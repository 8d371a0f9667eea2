//! The iterator classes of the builtins module: `enumerate`, `zip` (with `strict`),
//! `map`, `filter` and `reversed`. Each is a type (so `isinstance(x, map)` and
//! subclassing work), created by calling it, and iterates lazily.

use crate::errors::{type_error, value_error, PyResult};
use crate::interp::call::call;
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args, int, singletons, tuple};
use std::cell::{Cell, RefCell};

/// All five share one layout: the iterators they pull from plus a little state.
#[repr(C)]
pub struct PyBuiltinIter {
    ob: ObjHeader,
    /// Underlying iterators (owned), emptied when exhausted.
    its: RefCell<Vec<Obj>>,
    /// map/filter: the function (owned) or NULL (filter(None, ...)).
    func: Cell<Value>,
    /// enumerate: the next count, as an int object (owned) once past i64.
    count: Cell<i64>,
    big_count: Cell<Value>,
    /// zip(strict=True).
    strict: Cell<bool>,
    /// reversed: the sequence (owned) and the next index.
    seq: Cell<Value>,
    index: Cell<isize>,
}

macro_rules! iter_type {
    ($name:ident, $py:literal) => {
        #[doc = concat!("The `", $py, "` type.")]
        pub static $name: Static<TypeObject> = Static(TypeObject::new_static(
            &TYPE_TYPE.0,
            $py,
            std::mem::size_of::<PyBuiltinIter>(),
            crate::object::flags::BASETYPE,
            dealloc,
        ));
    };
}
iter_type!(ENUMERATE_TYPE, "enumerate");
iter_type!(ZIP_TYPE, "zip");
iter_type!(MAP_TYPE, "map");
iter_type!(FILTER_TYPE, "filter");
iter_type!(REVERSED_TYPE, "reversed");

unsafe fn dealloc(v: Value) {
    let r = &*(v.as_ptr() as *const PyBuiltinIter);
    std::ptr::drop_in_place(std::ptr::addr_of!(r.its) as *mut RefCell<Vec<Obj>>);
    decref(r.func.replace(Value::NULL));
    decref(r.big_count.replace(Value::NULL));
    decref(r.seq.replace(Value::NULL));
    pytype::release_instance_attrs(v);
    let t = type_of(v);
    free_memory(v, t.basicsize.get() + pytype::attrs_extra(t));
}

fn raw(v: Value) -> &'static PyBuiltinIter {
    // SAFETY: callers pass instances of these types (or subclasses).
    unsafe { &*(v.as_ptr() as *const PyBuiltinIter) }
}

fn alloc(t: &TypeObject, its: Vec<Obj>) -> Obj {
    let size = t.basicsize.get() + pytype::attrs_extra(t);
    let p = alloc_object(t, size) as *mut PyBuiltinIter;
    // SAFETY: fresh allocation of the type's size.
    unsafe {
        std::ptr::addr_of_mut!((*p).its).write(RefCell::new(its));
        std::ptr::addr_of_mut!((*p).func).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).count).write(Cell::new(0));
        std::ptr::addr_of_mut!((*p).big_count).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).strict).write(Cell::new(false));
        std::ptr::addr_of_mut!((*p).seq).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).index).write(Cell::new(0));
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

fn self_iter(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(v))
}

/// The first iterator, cloned out so no borrow is held while Python code runs.
fn first_it(r: &PyBuiltinIter) -> Option<Obj> {
    r.its.borrow().first().cloned()
}

// ----- enumerate -----------------------------------------------------------------------

fn enumerate_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("enumerate", a, kw, &["iterable", "start"], 1)?;
    let it = protocol::get_iter(b[0])?;
    let o = alloc(t, vec![it]);
    if !b[1].is_null() {
        let start = int::index_obj(b[1]).map_err(|_| {
            type_error(format!("'{}' object cannot be interpreted as an integer", type_of(b[1]).name()))
        })?;
        match int::as_i64(start.value()) {
            Some(i) => raw(o.value()).count.set(i),
            None => raw(o.value()).big_count.set(start.into_raw()),
        }
    }
    Ok(o)
}

fn enumerate_next(v: Value) -> PyResult<Option<Obj>> {
    let r = raw(v);
    let Some(it) = first_it(r) else { return Ok(None) };
    let Some(x) = protocol::next(it.value())? else {
        r.its.borrow_mut().clear();
        return Ok(None);
    };
    let idx = if r.big_count.get().is_null() {
        let i = r.count.get();
        match i.checked_add(1) {
            Some(n) => r.count.set(n),
            None => r.big_count.set(int::from_i128(i as i128 + 1).into_raw()),
        }
        int::from_i64(i)
    } else {
        let cur = Obj::new_ref(r.big_count.get());
        let next = int::binary(cur.value(), Value::small_int_unchecked(1), crate::object::BinOp::Add)?;
        decref(r.big_count.replace(next.into_raw()));
        cur
    };
    Ok(Some(tuple::pair(idx, x)))
}

// ----- zip ---------------------------------------------------------------------------------

fn zip_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    let mut parsed = args::Args::new(a, kw);
    let strict = match parsed.take_kw("strict") {
        Some(s) => protocol::is_true(s)?,
        None => false,
    };
    parsed.no_more_kw("zip")?;
    let n = args::npos(a, kw);
    let mut its = Vec::with_capacity(n);
    for (i, &x) in a[..n].iter().enumerate() {
        let _ = i;
        its.push(protocol::get_iter(x)?);
    }
    let o = alloc(t, its);
    raw(o.value()).strict.set(strict);
    Ok(o)
}

fn zip_next(v: Value) -> PyResult<Option<Obj>> {
    let r = raw(v);
    let its: Vec<Obj> = r.its.borrow().clone();
    if its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match protocol::next(it.value())? {
            Some(x) => items.push(x),
            None => {
                if r.strict.get() {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(value_error(format!("zip() argument {} is shorter than argument{plural}{i}", i + 1)));
                    }
                    // The first ran out: every other must be exhausted too.
                    for (j, other) in its.iter().enumerate().skip(1) {
                        if protocol::next(other.value())?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!("zip() argument {} is longer than argument{plural}{j}", j + 1)));
                        }
                    }
                }
                r.its.borrow_mut().clear();
                return Ok(None);
            }
        }
    }
    Ok(Some(tuple::from_vec(items)))
}

// ----- map ---------------------------------------------------------------------------------

fn map_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    if !kw.is_null() && tuple::len(kw) > 0 && std::ptr::eq(t, &MAP_TYPE.0) {
        return Err(type_error("map() takes no keyword arguments"));
    }
    if a.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for &x in &a[1..] {
        its.push(protocol::get_iter(x)?);
    }
    let o = alloc(t, its);
    incref(a[0]);
    raw(o.value()).func.set(a[0]);
    Ok(o)
}

fn map_next(v: Value) -> PyResult<Option<Obj>> {
    let r = raw(v);
    let its: Vec<Obj> = r.its.borrow().clone();
    if its.is_empty() {
        return Ok(None);
    }
    let mut items: smallvec::SmallVec<[Obj; 4]> = smallvec::SmallVec::new();
    for it in &its {
        match protocol::next(it.value())? {
            Some(x) => items.push(x),
            None => {
                r.its.borrow_mut().clear();
                return Ok(None);
            }
        }
    }
    let vals: smallvec::SmallVec<[Value; 4]> = items.iter().map(|o| o.value()).collect();
    call(r.func.get(), &vals, Value::NULL).map(Some)
}

// ----- filter ------------------------------------------------------------------------------

fn filter_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    if !kw.is_null() && tuple::len(kw) > 0 && std::ptr::eq(t, &FILTER_TYPE.0) {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return Err(type_error(format!("filter expected 2 arguments, got {}", a.len())));
    }
    let it = protocol::get_iter(a[1])?;
    let o = alloc(t, vec![it]);
    if a[0] != singletons::none() {
        incref(a[0]);
        raw(o.value()).func.set(a[0]);
    }
    Ok(o)
}

fn filter_next(v: Value) -> PyResult<Option<Obj>> {
    let r = raw(v);
    let Some(it) = first_it(r) else { return Ok(None) };
    loop {
        let Some(x) = protocol::next(it.value())? else {
            r.its.borrow_mut().clear();
            return Ok(None);
        };
        let f = r.func.get();
        let keep = if f.is_null() {
            protocol::is_true(x.value())?
        } else {
            let res = call(f, &[x.value()], Value::NULL)?;
            protocol::is_true(res.value())?
        };
        if keep {
            return Ok(Some(x));
        }
    }
}

// ----- reversed ----------------------------------------------------------------------------

fn reversed_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    if !kw.is_null() && tuple::len(kw) > 0 && std::ptr::eq(t, &REVERSED_TYPE.0) {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(type_error(format!("reversed expected 1 argument, got {}", a.len())));
    }
    let seq = a[0];
    if let Some(m) = protocol::lookup_special(seq, "__reversed__")? {
        if m.value() == singletons::none() {
            return Err(type_error(format!("'{}' object is not reversible", type_of(seq).name())));
        }
        return call(m.value(), &[], Value::NULL);
    }
    let st = type_of(seq);
    let is_mapping = crate::objects::dict::is_dict(seq) || st.has_flag(crate::object::flags::MAPPING);
    if st.slots.getitem.get().is_none() || is_mapping {
        return Err(type_error(format!("'{}' object is not reversible", st.name())));
    }
    let n = protocol::len(seq)?;
    let o = alloc(t, Vec::new());
    incref(seq);
    raw(o.value()).seq.set(seq);
    raw(o.value()).index.set(n as isize - 1);
    Ok(o)
}

fn reversed_next(v: Value) -> PyResult<Option<Obj>> {
    let r = raw(v);
    let seq = r.seq.get();
    let i = r.index.get();
    if seq.is_null() || i < 0 {
        decref(r.seq.replace(Value::NULL));
        return Ok(None);
    }
    match protocol::getitem(seq, Value::small_int_unchecked(i as i64)) {
        Ok(x) => {
            r.index.set(i - 1);
            Ok(Some(x))
        }
        Err(e) if e.matches(crate::objects::exceptions::index_error()) || e.matches(crate::objects::exceptions::stop_iteration()) => {
            decref(r.seq.replace(Value::NULL));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn reversed_length_hint(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("__length_hint__", a, kw, 0)?;
    let r = raw(v);
    let n = if r.seq.get().is_null() { 0 } else { r.index.get() + 1 };
    Ok(int::from_i64(n.max(0) as i64))
}

fn any_init(_v: Value, _a: &[Value], _kw: Value) -> PyResult<()> {
    Ok(())
}

/// Installs the types (start-up).
pub fn init_types() {
    let base = Some(&crate::objects::object::OBJECT_TYPE.0);
    type NextFn = fn(Value) -> PyResult<Option<Obj>>;
    type NewFn = fn(&TypeObject, &[Value], Value) -> PyResult<Obj>;
    let table: [(&'static Static<TypeObject>, NewFn, NextFn); 5] = [
        (&ENUMERATE_TYPE, enumerate_new, enumerate_next),
        (&ZIP_TYPE, zip_new, zip_next),
        (&MAP_TYPE, map_new, map_next),
        (&FILTER_TYPE, filter_new, filter_next),
        (&REVERSED_TYPE, reversed_new, reversed_next),
    ];
    for (t, new, next) in table {
        t.slots.new.set(Some(new));
        t.slots.init.set(Some(any_init));
        t.slots.iter.set(Some(self_iter));
        t.slots.next.set(Some(next));
        pytype::ready_static(t, base);
    }
    pytype::add_methods(&REVERSED_TYPE, crate::methods!["__length_hint__" => reversed_length_hint]);
}
