//! Dict views (`dict_keys`, `dict_values`, `dict_items`) and dict iterators. Views are
//! live: they read the dict each time. Iterators walk the entry array and raise
//! CPython's `RuntimeError` when the dict changes size (or its keys) underneath them.

use crate::errors::{runtime_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, protocol, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{bool_, dict, iter, set, singletons, str as pystr, tuple};
use std::cell::Cell;

/// What a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` pairs.
    Items,
}

/// A view of a dict.
#[repr(C)]
pub struct PyDictView {
    ob: ObjHeader,
    dict: Value,
    kind: Kind,
}

/// An iterator over a dict.
#[repr(C)]
pub struct PyDictIter {
    ob: ObjHeader,
    dict: Value,
    kind: Kind,
    pos: Cell<usize>,
    used: Cell<usize>,
    version: Cell<u32>,
    remaining: Cell<usize>,
}

unsafe fn dealloc_view(v: Value) {
    decref((*(v.as_ptr() as *const PyDictView)).dict);
    free_memory(v, std::mem::size_of::<PyDictView>());
}

unsafe fn dealloc_iter(v: Value) {
    decref((*(v.as_ptr() as *const PyDictIter)).dict);
    free_memory(v, std::mem::size_of::<PyDictIter>());
}

macro_rules! view_type {
    ($name:ident, $py:literal, $size:ty, $dealloc:ident) => {
        #[doc = concat!("`", $py, "`.")]
        pub static $name: Static<TypeObject> = Static(TypeObject::new_static(&TYPE_TYPE.0, $py, std::mem::size_of::<$size>(), 0, $dealloc));
    };
}
view_type!(KEYS_TYPE, "dict_keys", PyDictView, dealloc_view);
view_type!(VALUES_TYPE, "dict_values", PyDictView, dealloc_view);
view_type!(ITEMS_TYPE, "dict_items", PyDictView, dealloc_view);
view_type!(KEY_ITER_TYPE, "dict_keyiterator", PyDictIter, dealloc_iter);
view_type!(VALUE_ITER_TYPE, "dict_valueiterator", PyDictIter, dealloc_iter);
view_type!(ITEM_ITER_TYPE, "dict_itemiterator", PyDictIter, dealloc_iter);
view_type!(REV_KEY_ITER_TYPE, "dict_reversekeyiterator", PyDictIter, dealloc_iter);
view_type!(REV_VALUE_ITER_TYPE, "dict_reversevalueiterator", PyDictIter, dealloc_iter);
view_type!(REV_ITEM_ITER_TYPE, "dict_reverseitemiterator", PyDictIter, dealloc_iter);

fn view(v: Value) -> &'static PyDictView {
    // SAFETY: only called on views (their slots).
    unsafe { &*(v.as_ptr() as *const PyDictView) }
}

fn it(v: Value) -> &'static PyDictIter {
    // SAFETY: only called on dict iterators (their slots).
    unsafe { &*(v.as_ptr() as *const PyDictIter) }
}

/// A new view of `d`.
pub fn new_view(d: Value, kind: Kind) -> Obj {
    let ty = match kind {
        Kind::Keys => &KEYS_TYPE,
        Kind::Values => &VALUES_TYPE,
        Kind::Items => &ITEMS_TYPE,
    };
    let p = alloc_object(ty, std::mem::size_of::<PyDictView>()) as *mut PyDictView;
    crate::object::incref(d);
    // SAFETY: fresh allocation of the right size.
    unsafe {
        p.write(PyDictView { ob: std::ptr::read(p as *const ObjHeader), dict: d, kind });
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// A new iterator over `d`.
pub fn new_iter(d: Value, kind: Kind) -> Obj {
    let ty = match kind {
        Kind::Keys => &KEY_ITER_TYPE,
        Kind::Values => &VALUE_ITER_TYPE,
        Kind::Items => &ITEM_ITER_TYPE,
    };
    make_iter(ty, d, kind, 0)
}

/// `reversed(d)` / `reversed(d.keys())` ...: walks the entries from the end.
pub fn new_reverse_iter(d: Value, kind: Kind) -> Obj {
    let ty = match kind {
        Kind::Keys => &REV_KEY_ITER_TYPE,
        Kind::Values => &REV_VALUE_ITER_TYPE,
        Kind::Items => &REV_ITEM_ITER_TYPE,
    };
    make_iter(ty, d, kind, dict::table(d).entries.len())
}

fn make_iter(ty: &'static Static<TypeObject>, d: Value, kind: Kind, pos: usize) -> Obj {
    let p = alloc_object(ty, std::mem::size_of::<PyDictIter>()) as *mut PyDictIter;
    crate::object::incref(d);
    // SAFETY: fresh allocation of the right size.
    unsafe {
        p.write(PyDictIter {
            ob: std::ptr::read(p as *const ObjHeader),
            dict: d,
            kind,
            pos: Cell::new(pos),
            used: Cell::new(dict::len(d)),
            version: Cell::new(dict::keys_version(d)),
            remaining: Cell::new(dict::len(d)),
        });
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn iter_next(v: Value) -> PyResult<Option<Obj>> {
    let i = it(v);
    if i.dict.is_null() {
        return Ok(None);
    }
    let d = i.dict;
    if dict::len(d) != i.used.get() {
        i.used.set(usize::MAX);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let t = dict::table(d);
    let mut p = i.pos.get();
    while p < t.entries.len() && t.entries[p].key.is_null() {
        p += 1;
    }
    if p >= t.entries.len() {
        if i.remaining.get() != 0 && dict::keys_version(d) != i.version.get() {
            i.remaining.set(0);
            return Err(runtime_error("dictionary keys changed during iteration"));
        }
        return Ok(None);
    }
    let e = t.entries[p];
    i.pos.set(p + 1);
    i.remaining.set(i.remaining.get().saturating_sub(1));
    Ok(Some(match i.kind {
        Kind::Keys => Obj::new_ref(e.key),
        Kind::Values => Obj::new_ref(e.value),
        Kind::Items => tuple::pair(Obj::new_ref(e.key), Obj::new_ref(e.value)),
    }))
}

fn rev_next(v: Value) -> PyResult<Option<Obj>> {
    let i = it(v);
    let d = i.dict;
    if d.is_null() {
        return Ok(None);
    }
    if dict::len(d) != i.used.get() {
        i.used.set(usize::MAX);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let t = dict::table(d);
    let mut p = i.pos.get().min(t.entries.len());
    while p > 0 && t.entries[p - 1].key.is_null() {
        p -= 1;
    }
    if p == 0 {
        return Ok(None);
    }
    let e = t.entries[p - 1];
    i.pos.set(p - 1);
    i.remaining.set(i.remaining.get().saturating_sub(1));
    Ok(Some(match i.kind {
        Kind::Keys => Obj::new_ref(e.key),
        Kind::Values => Obj::new_ref(e.value),
        Kind::Items => tuple::pair(Obj::new_ref(e.key), Obj::new_ref(e.value)),
    }))
}

fn iter_self(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(v))
}

fn length_hint(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(Obj::small_int(it(this).remaining.get() as i64))
}

fn view_len(v: Value) -> PyResult<usize> {
    Ok(dict::len(view(v).dict))
}

fn view_iter(v: Value) -> PyResult<Obj> {
    Ok(new_iter(view(v).dict, view(v).kind))
}

fn view_contains(v: Value, x: Value) -> PyResult<bool> {
    let w = view(v);
    match w.kind {
        Kind::Keys => Ok(dict::get(w.dict, x)?.is_some()),
        Kind::Values => {
            for val in dict::values_owned(w.dict) {
                if protocol::rich_compare_bool(val.value(), x, CompareOp::Eq)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::Items => {
            if !tuple::is_tuple(x) || tuple::len(x) != 2 {
                return Ok(false);
            }
            let (k, val) = (tuple::items(x)[0], tuple::items(x)[1]);
            match dict::get(w.dict, k)? {
                Some(found) => {
                    let found = Obj::new_ref(found);
                    protocol::rich_compare_bool(found.value(), val, CompareOp::Eq)
                }
                None => Ok(false),
            }
        }
    }
}

fn view_repr(v: Value) -> PyResult<Obj> {
    let w = view(v);
    let Some(_g) = crate::interp::repr_guard::enter(v) else {
        return Ok(pystr::new("..."));
    };
    let items = iter::collect(v)?;
    let mut s = format!("{}([", type_of(v).name());
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(pystr::as_str(protocol::repr(x.value())?.value()));
    }
    s.push_str("])");
    let _ = w;
    Ok(pystr::from_string(s))
}

/// Set operations on keys/items views produce sets: `set(a)` updated in place by `b`
/// (CPython's `dictviews_or`/`_sub`/`_xor`), which fixes the iteration order.
fn view_setop(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let result = set::from_iterable(a)?;
    let method = match op {
        BinOp::Or => "update",
        BinOp::Sub => "difference_update",
        _ => "symmetric_difference_update",
    };
    let m = protocol::getattr_str(result.value(), method)?;
    crate::interp::call::call(m.value(), &[b], Value::NULL)?;
    Ok(result)
}

fn is_view_set(v: Value) -> bool {
    crate::object::is_type(v, &KEYS_TYPE.0) || crate::object::is_type(v, &ITEMS_TYPE.0)
}

/// `_PyDictView_Intersect`: iterate the smaller side, test membership in the view.
fn view_and(a: Value, b: Value) -> PyResult<Obj> {
    let (mut this, mut other) = if is_view_set(a) { (a, b) } else { (b, a) };
    let len_self = protocol::len(this)?;
    if set::is_set(other) && crate::object::type_of(other).name() == "set" && len_self <= protocol::len(other)? {
        let m = protocol::getattr_str(other, "intersection")?;
        return crate::interp::call::call(m.value(), &[this], Value::NULL);
    }
    if is_view_set(other) && protocol::len(other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = set::new_set(Vec::new())?;
    let it = protocol::get_iter(other)?;
    while let Some(k) = protocol::next(it.value())? {
        if view_contains(this, k.value())? {
            set::add(result.value(), k.value())?;
        }
    }
    Ok(result)
}
fn view_or(a: Value, b: Value) -> PyResult<Obj> {
    view_setop(a, b, BinOp::Or)
}
fn view_sub(a: Value, b: Value) -> PyResult<Obj> {
    view_setop(a, b, BinOp::Sub)
}
fn view_xor(a: Value, b: Value) -> PyResult<Obj> {
    view_setop(a, b, BinOp::Xor)
}

fn view_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if view(a).kind == Kind::Values {
        return Ok(singletons::not_implemented());
    }
    let left = set::from_iterable(a)?;
    let right = if set::is_anyset(b) || crate::object::is_type(b, &KEYS_TYPE.0) || crate::object::is_type(b, &ITEMS_TYPE.0) {
        set::from_iterable(b)?
    } else {
        return Ok(singletons::not_implemented());
    };
    protocol::rich_compare(left.value(), right.value(), op)
}

fn isdisjoint(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("isdisjoint", args, kw, 1)?;
    for x in iter::collect(args[0])? {
        if view_contains(this, x.value())? {
            return Ok(bool_::false_());
        }
    }
    Ok(bool_::true_())
}

fn view_reversed(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(new_reverse_iter(view(this).dict, view(this).kind))
}

fn get_mapping(v: Value) -> PyResult<Obj> {
    Ok(crate::objects::mappingproxy::new(view(v).dict))
}

/// Installs the slots (start-up).
pub fn init_types() {
    for t in [&KEYS_TYPE, &VALUES_TYPE, &ITEMS_TYPE] {
        t.slots.len.set(Some(view_len));
        t.slots.iter.set(Some(view_iter));
        t.slots.contains.set(Some(view_contains));
        t.slots.repr.set(Some(view_repr));
        t.slots.richcompare.set(Some(view_richcompare));
        crate::objects::pytype::add_methods(t, crate::methods!["__reversed__" => view_reversed]);
        crate::objects::pytype::add_getsets(t, &[crate::objects::descr::GetSetDef { name: "mapping", get: get_mapping, set: None }]);
    }
    for t in [&KEYS_TYPE, &ITEMS_TYPE] {
        t.slots.binary[BinOp::And as usize].set(Some(view_and));
        t.slots.binary[BinOp::Or as usize].set(Some(view_or));
        t.slots.binary[BinOp::Sub as usize].set(Some(view_sub));
        t.slots.binary[BinOp::Xor as usize].set(Some(view_xor));
        crate::objects::pytype::add_methods(t, crate::methods!["isdisjoint" => isdisjoint]);
    }
    for t in [&KEY_ITER_TYPE, &VALUE_ITER_TYPE, &ITEM_ITER_TYPE] {
        t.slots.iter.set(Some(iter_self));
        t.slots.next.set(Some(iter_next));
        crate::objects::pytype::add_methods(t, crate::methods!["__length_hint__" => length_hint]);
    }
    for t in [&REV_KEY_ITER_TYPE, &REV_VALUE_ITER_TYPE, &REV_ITEM_ITER_TYPE] {
        t.slots.iter.set(Some(iter_self));
        t.slots.next.set(Some(rev_next));
        crate::objects::pytype::add_methods(t, crate::methods!["__length_hint__" => length_hint]);
    }
}
