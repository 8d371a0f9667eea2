//! Iterators over sequences: `list_iterator`, `tuple_iterator`, `str_iterator`,
//! reversed list iteration, the generic `iterator` over `__getitem__`, and
//! `callable_iterator` (`iter(f, sentinel)`), plus `collect`, the Rust-side "list(it)".

use crate::errors::{PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{list, str as pystr, tuple};
use std::cell::Cell;

/// An index-based iterator over a sequence.
#[repr(C)]
pub struct PySeqIter {
    ob: ObjHeader,
    /// The sequence (owned), NULL once exhausted.
    seq: Cell<Value>,
    /// Next index (counting down for reversed iterators).
    index: Cell<isize>,
}

/// Byte offsets of a sequence iterator's sequence and next index, for native code.
pub const SEQ_OFFSET: usize = std::mem::offset_of!(PySeqIter, seq);
/// See [`SEQ_OFFSET`].
pub const INDEX_OFFSET: usize = std::mem::offset_of!(PySeqIter, index);

unsafe fn dealloc_seq(v: Value) {
    decref((*(v.as_ptr() as *const PySeqIter)).seq.replace(Value::NULL));
    free_memory(v, std::mem::size_of::<PySeqIter>());
}

macro_rules! iter_type {
    ($name:ident, $py:literal) => {
        #[doc = concat!("`", $py, "`.")]
        pub static $name: Static<TypeObject> =
            Static(TypeObject::new_static(&TYPE_TYPE.0, $py, std::mem::size_of::<PySeqIter>(), 0, dealloc_seq));
    };
}
iter_type!(LIST_ITER_TYPE, "list_iterator");
iter_type!(LIST_REVITER_TYPE, "list_reverseiterator");
iter_type!(TUPLE_ITER_TYPE, "tuple_iterator");
iter_type!(STR_ITER_TYPE, "str_ascii_iterator");
iter_type!(SEQ_ITER_TYPE, "iterator");

fn new_iter(ty: &TypeObject, seq: Value, start: isize) -> Obj {
    incref(seq);
    let p = alloc_object(ty, std::mem::size_of::<PySeqIter>()) as *mut PySeqIter;
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).seq).write(Cell::new(seq));
        std::ptr::addr_of_mut!((*p).index).write(Cell::new(start));
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn raw(v: Value) -> &'static PySeqIter {
    // SAFETY: only called on sequence iterators.
    unsafe { &*(v.as_ptr() as *const PySeqIter) }
}

/// An iterator for a list, tuple or str (by exact container kind).
pub fn new_seq_iter(seq: Value) -> Obj {
    let ty: &TypeObject = if list::is_list(seq) {
        &LIST_ITER_TYPE
    } else if tuple::is_tuple(seq) {
        &TUPLE_ITER_TYPE
    } else if pystr::is_str(seq) {
        &STR_ITER_TYPE
    } else {
        &SEQ_ITER_TYPE
    };
    new_iter(ty, seq, 0)
}

/// A list iterator over `l` (for snapshots iterated by value).
pub fn new_list_iter(l: Obj) -> Obj {
    new_iter(&LIST_ITER_TYPE, l.value(), 0)
}

/// `reversed(list)`.
pub fn new_reverse_seq_iter(l: Value) -> Obj {
    new_iter(&LIST_REVITER_TYPE, l, list::len(l) as isize - 1)
}

/// The `iterator` over any object with `__getitem__` (stops at IndexError).
pub fn new_getitem_iter(seq: Value) -> Obj {
    new_iter(&SEQ_ITER_TYPE, seq, 0)
}

/// True for list iterators (`FOR_ITER_LIST`).
#[inline(always)]
pub fn is_list_iter(v: Value) -> bool {
    crate::object::is_type(v, &LIST_ITER_TYPE)
}

/// Next item of a list iterator (the `FOR_ITER_LIST` fast path).
#[inline]
pub fn list_iter_next(it: Value) -> Option<Obj> {
    let r = raw(it);
    let seq = r.seq.get();
    if seq.is_null() {
        return None;
    }
    let i = r.index.get();
    match list::get(seq, i as usize) {
        Some(x) => {
            r.index.set(i + 1);
            Some(Obj::new_ref(x))
        }
        None => {
            decref(r.seq.replace(Value::NULL));
            None
        }
    }
}

fn exhaust(r: &PySeqIter) {
    decref(r.seq.replace(Value::NULL));
}

fn list_next(it: Value) -> PyResult<Option<Obj>> {
    Ok(list_iter_next(it))
}

fn list_rev_next(it: Value) -> PyResult<Option<Obj>> {
    let r = raw(it);
    let seq = r.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = r.index.get();
    if i >= 0 && (i as usize) < list::len(seq) {
        r.index.set(i - 1);
        return Ok(Some(Obj::new_ref(list::items(seq)[i as usize])));
    }
    exhaust(r);
    Ok(None)
}

fn tuple_next(it: Value) -> PyResult<Option<Obj>> {
    let r = raw(it);
    let seq = r.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = r.index.get() as usize;
    let items = tuple::items(seq);
    if i < items.len() {
        r.index.set(i as isize + 1);
        return Ok(Some(Obj::new_ref(items[i])));
    }
    exhaust(r);
    Ok(None)
}

fn str_next(it: Value) -> PyResult<Option<Obj>> {
    let r = raw(it);
    let seq = r.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    // `index` is a byte offset here.
    let pos = r.index.get() as usize;
    let b = pystr::as_bytes(seq);
    if pos < b.len() {
        let w = pystr::utf8_width(b[pos]);
        r.index.set((pos + w) as isize);
        if w == 1 {
            return Ok(Some(Obj::new_ref(pystr::single_ascii(b[pos]))));
        }
        return Ok(Some(pystr::from_payload(&b[pos..pos + w])));
    }
    exhaust(r);
    Ok(None)
}

fn getitem_next(it: Value) -> PyResult<Option<Obj>> {
    let r = raw(it);
    let seq = r.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = r.index.get();
    let key = Obj::small_int(i as i64);
    match protocol::getitem(seq, key.value()) {
        Ok(v) => {
            r.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(crate::objects::exceptions::index_error()) || e.matches(crate::objects::exceptions::stop_iteration()) => {
            exhaust(r);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn iter_self(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(v))
}

fn length_hint(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let r = raw(this);
    let seq = r.seq.get();
    if seq.is_null() {
        return Ok(Obj::small_int(0));
    }
    let t = type_of(this);
    let n = if std::ptr::eq(t, &LIST_ITER_TYPE.0) {
        list::len(seq) as isize - r.index.get()
    } else if std::ptr::eq(t, &LIST_REVITER_TYPE.0) {
        r.index.get() + 1
    } else if std::ptr::eq(t, &TUPLE_ITER_TYPE.0) {
        tuple::len(seq) as isize - r.index.get()
    } else if std::ptr::eq(t, &STR_ITER_TYPE.0) {
        let b = pystr::as_bytes(seq);
        crate::unicode::codepoints::count(&b[r.index.get() as usize..]) as isize
    } else {
        return Ok(crate::objects::singletons::not_implemented());
    };
    Ok(Obj::small_int(n.max(0) as i64))
}

// ----- callable_iterator -----------------------------------------------------------------

/// `iter(callable, sentinel)`.
#[repr(C)]
pub struct PyCallIter {
    ob: ObjHeader,
    func: Cell<Value>,
    sentinel: Value,
}

unsafe fn dealloc_call(v: Value) {
    let c = &*(v.as_ptr() as *const PyCallIter);
    decref(c.func.replace(Value::NULL));
    decref(c.sentinel);
    free_memory(v, std::mem::size_of::<PyCallIter>());
}

/// `callable_iterator`.
pub static CALL_ITER_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "callable_iterator", std::mem::size_of::<PyCallIter>(), 0, dealloc_call));

/// A new `iter(func, sentinel)`.
pub fn new_call_iter(func: Value, sentinel: Value) -> Obj {
    incref(func);
    incref(sentinel);
    let p = alloc_object(&CALL_ITER_TYPE, std::mem::size_of::<PyCallIter>()) as *mut PyCallIter;
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).func).write(Cell::new(func));
        std::ptr::addr_of_mut!((*p).sentinel).write(sentinel);
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn call_next(it: Value) -> PyResult<Option<Obj>> {
    // SAFETY: only called on callable iterators.
    let c = unsafe { &*(it.as_ptr() as *const PyCallIter) };
    let f = c.func.get();
    if f.is_null() {
        return Ok(None);
    }
    let f = Obj::new_ref(f);
    match crate::interp::call::call(f.value(), &[], Value::NULL) {
        Ok(v) => {
            if protocol::rich_compare_bool(v.value(), c.sentinel, crate::object::CompareOp::Eq)? {
                decref(c.func.replace(Value::NULL));
                return Ok(None);
            }
            Ok(Some(v))
        }
        Err(e) if e.matches(crate::objects::exceptions::stop_iteration()) => {
            decref(c.func.replace(Value::NULL));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// All items of an iterable, as owned references.
pub fn collect(v: Value) -> PyResult<Vec<Obj>> {
    if tuple::is_exact_tuple(v) {
        return Ok(tuple::items(v).iter().map(|&x| Obj::new_ref(x)).collect());
    }
    if list::is_exact_list(v) {
        return Ok(list::snapshot_owned(v));
    }
    let it = protocol::get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = protocol::next(it.value())? {
        out.push(x);
    }
    Ok(out)
}

/// Installs the slots (start-up).
pub fn init_types() {
    for (t, next) in [
        (&LIST_ITER_TYPE, list_next as crate::object::typeobj::NextFn),
        (&LIST_REVITER_TYPE, list_rev_next),
        (&TUPLE_ITER_TYPE, tuple_next),
        (&STR_ITER_TYPE, str_next),
        (&SEQ_ITER_TYPE, getitem_next),
    ] {
        t.slots.iter.set(Some(iter_self));
        t.slots.next.set(Some(next));
        crate::objects::pytype::add_methods(t, crate::methods!["__length_hint__" => length_hint]);
    }
    CALL_ITER_TYPE.slots.iter.set(Some(iter_self));
    CALL_ITER_TYPE.slots.next.set(Some(call_next));
}
