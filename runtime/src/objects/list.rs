//! `list`: a mutable sequence, items in a growable buffer outside the object.
//!
//! Invariant: every item is an owned reference (non-NULL). Code that may run Python code
//! (comparisons, `__eq__`, key functions) never holds a borrow of the item buffer across
//! the call — Python code may mutate the list; indices are re-checked afterwards.

use crate::errors::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{args as argcheck, bool_, int, iter, singletons, slice, str as pystr, tuple};
use std::cell::UnsafeCell;

/// The `list` object.
#[repr(C)]
pub struct PyList {
    ob: ObjHeader,
    items: UnsafeCell<Vec<Value>>,
}

/// Where native code finds a list's items: byte offsets from the object's address of
/// the item-array pointer and of the length (words of the `Vec` inside a `PyList`).
#[derive(Clone, Copy, Debug)]
pub struct ItemsLayout {
    /// Offset of the pointer to the first item.
    pub ptr: usize,
    /// Offset of the item count.
    pub len: usize,
    /// Offset of the capacity (items the allocation has room for).
    pub cap: usize,
}

const _: () = assert!(std::mem::size_of::<Vec<Value>>() == 3 * std::mem::size_of::<usize>());

/// Where a `Vec<Value>` keeps its pointer, length and capacity (offsets within the `Vec`).
/// `Vec`'s field order is not specified, so it is read off a probe vector whose
/// pointer, capacity and length are known and distinct.
pub fn vec_layout() -> ItemsLayout {
    let mut probe: Vec<Value> = Vec::with_capacity(5);
    probe.push(Value::NULL);
    probe.push(Value::NULL);
    // SAFETY: a `Vec` is three words (asserted above); reading them copies plain integers.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&probe) };
    let find = |x: usize| words.iter().position(|&w| w == x).expect("Vec layout probe") * std::mem::size_of::<usize>();
    ItemsLayout { ptr: find(probe.as_ptr() as usize), len: find(2), cap: find(probe.capacity()) }
}

/// The [`ItemsLayout`] of list objects.
pub fn items_layout() -> ItemsLayout {
    let v = vec_layout();
    let base = std::mem::offset_of!(PyList, items);
    ItemsLayout { ptr: base + v.ptr, len: base + v.len, cap: base + v.cap }
}

/// The `list` type.
pub static LIST_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "list",
    std::mem::size_of::<PyList>(),
    crate::object::flags::BASETYPE | crate::object::flags::LIST_SUBCLASS | crate::object::flags::SEQUENCE,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    let mut items = std::mem::take(&mut *raw(v).items.get());
    for x in items.drain(..) {
        decref(x);
    }
    if std::ptr::eq(type_of(v), &LIST_TYPE.0) && items.capacity() <= FREE_CAP && free_list_keep(v.as_ptr() as *mut PyList) {
        // Kept for reuse with its emptied buffer; the type's reference goes as
        // `free_memory` would release it.
        *raw(v).items.get() = items;
        decref(Value::from_ptr(&LIST_TYPE.0 as *const TypeObject));
        return;
    }
    drop(items);
    std::ptr::drop_in_place(raw(v).items.get());
    crate::objects::pytype::release_instance_attrs(v);
    free_memory(v, type_of(v).basicsize.get() + crate::objects::pytype::attrs_extra(type_of(v)));
}

// ----- free list -------------------------------------------------------------------

/// Exact lists whose count reached zero are kept, with their emptied item buffers, for
/// the next lists made (CPython keeps a free list of list objects too): a short-lived
/// list — a slice, a copy — then costs no allocation. Per thread, so no locking; the
/// few lists a thread holds here when it ends stay allocated.
const FREE_MAX: usize = 32;
/// Largest item buffer (in items) a kept list may have.
const FREE_CAP: usize = 64;

struct FreeLists {
    n: usize,
    objs: [*mut PyList; FREE_MAX],
}

thread_local! {
    static FREE: UnsafeCell<FreeLists> = const { UnsafeCell::new(FreeLists { n: 0, objs: [std::ptr::null_mut(); FREE_MAX] }) };
}

/// Keeps dead list `p` (count zero, empty) if there is room.
fn free_list_keep(p: *mut PyList) -> bool {
    FREE.with(|f| {
        // SAFETY: only this thread touches its free list, and nothing here re-enters it.
        let f = unsafe { &mut *f.get() };
        if f.n == FREE_MAX {
            return false;
        }
        f.objs[f.n] = p;
        f.n += 1;
        true
    })
}

/// A new empty exact list with room for `n` items: a kept one when there is one.
#[inline]
fn empty_with_room(n: usize) -> Obj {
    let p = FREE.with(|f| {
        // SAFETY: as in `free_list_keep`.
        let f = unsafe { &mut *f.get() };
        if f.n == 0 {
            return None;
        }
        f.n -= 1;
        Some(f.objs[f.n])
    });
    let Some(p) = p else {
        return new_of(&LIST_TYPE.0, Vec::with_capacity(n));
    };
    // SAFETY: a kept list is a dead exact list with a valid (empty) buffer; it becomes
    // live again with one reference, holding one on its type as `alloc_object` would.
    unsafe {
        incref(Value::from_ptr(&LIST_TYPE.0 as *const TypeObject));
        (*p).ob.refcnt.set(1);
        (*(*p).items.get()).reserve(n);
        Obj::from_raw(Value::from_ptr(p))
    }
}

#[inline(always)]
fn raw(v: Value) -> &'static PyList {
    // SAFETY: callers pass list instances.
    unsafe { &*(v.as_ptr() as *const PyList) }
}

/// The item buffer. The caller must not run Python code while holding it.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn vec_mut(v: Value) -> &'static mut Vec<Value> {
    // SAFETY: under the GIL, with the no-Python-code-while-borrowed discipline above.
    unsafe { &mut *raw(v).items.get() }
}

/// The items, borrowed (same caveat as [`vec_mut`]).
#[inline(always)]
pub fn items(v: Value) -> &'static [Value] {
    vec_mut(v)
}

/// A copy of the item values (borrowed: valid while the list keeps them).
pub fn snapshot(v: Value) -> Vec<Value> {
    items(v).to_vec()
}

/// Owned references to the items, safe to hold while Python code runs.
pub fn snapshot_owned(v: Value) -> Vec<Obj> {
    items(v).iter().map(|&x| Obj::new_ref(x)).collect()
}

/// True for list (or subclass) instances.
#[inline(always)]
pub fn is_list(v: Value) -> bool {
    v.is_ptr() && type_of(v).has_flag(crate::object::flags::LIST_SUBCLASS)
}

/// True for exact lists.
#[inline(always)]
pub fn is_exact_list(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &LIST_TYPE.0)
}

/// Number of items.
#[inline(always)]
pub fn len(v: Value) -> usize {
    items(v).len()
}

/// A new list of type `ty` owning `items`.
pub fn new_of(ty: &TypeObject, items: Vec<Obj>) -> Obj {
    let size = ty.basicsize.get() + crate::objects::pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyList;
    let vals: Vec<Value> = items.into_iter().map(Obj::into_raw).collect();
    // SAFETY: fresh allocation of `size` bytes; the instance tail (if a subclass) is set up
    // by `init_instance_attrs`.
    unsafe {
        std::ptr::addr_of_mut!((*p).items).write(UnsafeCell::new(vals));
        let o = Obj::from_raw(Value::from_ptr(p));
        crate::objects::pytype::init_instance_attrs(o.value());
        o
    }
}

/// A new list owning `items`.
pub fn new(items: Vec<Obj>) -> Obj {
    new_of(&LIST_TYPE.0, items)
}

/// A new list from borrowed values.
pub fn from_slice(items: &[Value]) -> Obj {
    new(items.iter().map(|&x| Obj::new_ref(x)).collect())
}

/// An empty list with room for `n` items.
pub fn with_capacity(n: usize) -> Obj {
    empty_with_room(n)
}

/// Appends (takes ownership of `x`).
#[inline]
pub fn append(l: Value, x: Obj) {
    vec_mut(l).push(x.into_raw());
}

/// Item `i` (borrowed), if in range.
#[inline]
pub fn get(l: Value, i: usize) -> Option<Value> {
    items(l).get(i).copied()
}

/// Replaces item `i` (in range), releasing the old value after the store.
pub fn set(l: Value, i: usize, x: Obj) {
    let old = std::mem::replace(&mut vec_mut(l)[i], x.into_raw());
    decref(old);
}

/// Extends from any iterable.
pub fn extend(l: Value, it: Value) -> PyResult<()> {
    if is_list(it) || tuple::is_tuple(it) {
        let src: Vec<Value> = if is_list(it) { snapshot(it) } else { tuple::items(it).to_vec() };
        for &x in &src {
            incref(x);
        }
        vec_mut(l).extend(src);
        return Ok(());
    }
    let iterator = protocol::get_iter(it)?;
    while let Some(x) = protocol::next(iterator.value())? {
        append(l, x);
    }
    Ok(())
}

/// Normalizes an index (negative from the end) into `0..n`, or `None`.
#[inline]
pub fn normalize_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        None
    } else {
        Some(j as usize)
    }
}

/// `start`/`stop` arguments of `index()` (clamped like slice bounds).
pub fn index_bounds(args: &[Value], n: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: Value| -> PyResult<usize> {
        let i = int::to_index(v, "")?;
        let j = if i < 0 { (i + n as i64).max(0) } else { i.min(n as i64) };
        Ok(j as usize)
    };
    let start = if args.len() > 1 { clamp(args[1])? } else { 0 };
    let stop = if args.len() > 2 { clamp(args[2])? } else { n };
    Ok((start, stop))
}

// ----- slots ---------------------------------------------------------------------------

fn list_len(v: Value) -> PyResult<usize> {
    Ok(len(v))
}

/// `list.__repr__`.
pub fn repr(v: Value) -> PyResult<Obj> {
    if len(v) == 0 {
        return Ok(pystr::new("[]"));
    }
    let Some(_guard) = crate::interp::repr_guard::enter(v) else {
        return Ok(pystr::new("[...]"));
    };
    let mut s = String::from("[");
    let mut i = 0;
    while let Some(x) = get(v, i) {
        let x = Obj::new_ref(x);
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(pystr::as_str(protocol::repr(x.value())?.value()));
        i += 1;
    }
    s.push(']');
    Ok(pystr::from_string(s))
}

fn richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_list(b) {
        return Ok(singletons::not_implemented());
    }
    if (op == CompareOp::Eq || op == CompareOp::Ne) && len(a) != len(b) {
        return Ok(bool_::from_bool(op == CompareOp::Ne));
    }
    let (x, y) = (snapshot_owned(a), snapshot_owned(b));
    let xv: Vec<Value> = x.iter().map(|o| o.value()).collect();
    let yv: Vec<Value> = y.iter().map(|o| o.value()).collect();
    tuple::compare_seq(&xv, &yv, op)
}

/// `list[key]`.
pub fn getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::as_index_opt(key)? {
        return match normalize_index(i, len(v)) {
            Some(j) => Ok(Obj::new_ref(items(v)[j])),
            None => Err(index_error("list index out of range")),
        };
    }
    if slice::is_slice(key) {
        return get_slice(v, slice::start(key), slice::stop(key), slice::step(key));
    }
    Err(type_error(format!("list indices must be integers or slices, not {}", type_of(key).name())))
}

/// `v[start:stop:step]` from the slice's parts (NULL parts are None), as
/// `list.__getitem__` takes a slice: bounds first, then the length.
pub fn get_slice(v: Value, start: Value, stop: Value, step: Value) -> PyResult<Obj> {
    let (start, stop, step) = slice::unpack_parts(start, stop, step)?;
    let (start, _, n) = slice::adjust_indices(len(v) as isize, start, stop, step);
    let src = items(v);
    let out = empty_with_room(n);
    let dst = vec_mut(out.value());
    for k in 0..n {
        let x = src[(start + k as isize * step) as usize];
        incref(x);
        dst.push(x);
    }
    Ok(out)
}

/// `list[key] = value` / `del list[key]` (value NULL).
pub fn setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    if let Some(i) = int::as_index_opt(key)? {
        let Some(j) = normalize_index(i, len(v)) else {
            return Err(index_error(if value.is_null() { "list assignment index out of range" } else { "list assignment index out of range" }));
        };
        if value.is_null() {
            let old = vec_mut(v).remove(j);
            decref(old);
        } else {
            set(v, j, Obj::new_ref(value));
        }
        return Ok(());
    }
    if slice::is_slice(key) {
        return set_slice(v, slice::start(key), slice::stop(key), slice::step(key), value);
    }
    Err(type_error(format!("list indices must be integers or slices, not {}", type_of(key).name())))
}

/// Longest same-size slice assignment from a list or tuple done without allocating.
const REPLACE_ON_STACK: usize = 32;

/// `v[start:stop:step] = value` (`del` when `value` is NULL) from the slice's parts
/// (NULL parts are None).
pub fn set_slice(v: Value, start: Value, stop: Value, step: Value, value: Value) -> PyResult<()> {
    let (start, stop, step) = slice::unpack_parts(start, stop, step)?;
    let (start, stop, count) = slice::adjust_indices(len(v) as isize, start, stop, step);
    if value.is_null() {
        // Deletion.
        let mut idx: Vec<usize> = (0..count).map(|k| (start + k as isize * step) as usize).collect();
        idx.sort_unstable();
        let mut removed = Vec::with_capacity(idx.len());
        for &i in idx.iter().rev() {
            removed.push(vec_mut(v).remove(i));
        }
        for x in removed {
            decref(x);
        }
        return Ok(());
    }
    if value != v && (is_exact_list(value) || tuple::is_exact_tuple(value)) {
        let src = if is_exact_list(value) { items(value) } else { tuple::items(value) };
        let lo = start.max(0) as usize;
        let same = if step == 1 { (stop.max(start) as usize).min(len(v)) - lo == src.len() } else { count == src.len() };
        if same && src.len() <= REPLACE_ON_STACK {
            // The common same-size case without allocating: each slot takes its new
            // item, and the old ones are released once the list is consistent again.
            let mut old = [Value::NULL; REPLACE_ON_STACK];
            let slots = vec_mut(v);
            for (k, &x) in src.iter().enumerate() {
                let i = if step == 1 { lo + k } else { (start + k as isize * step) as usize };
                incref(x);
                old[k] = std::mem::replace(&mut slots[i], x);
            }
            for &x in &old[..src.len()] {
                decref(x);
            }
            return Ok(());
        }
    }
    // The new items, taken before touching the list (`a[:] = a` must work).
    let new_items: Vec<Obj> = if value == v {
        snapshot_owned(v)
    } else if is_exact_list(value) || tuple::is_exact_tuple(value) {
        // Their items directly, without the iterator protocol.
        let src = if is_exact_list(value) { items(value) } else { tuple::items(value) };
        src.iter().map(|&x| Obj::new_ref(x)).collect()
    } else {
        if type_of(value).slots.iter.get().is_none() && type_of(value).slots.getitem.get().is_none() {
            return Err(type_error(if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" }));
        }
        iter::collect(value)?
    };
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as isize)) as usize;
        let stop = stop.min(len(v));
        if stop - start == new_items.len() {
            // Same length: the items are replaced where they are (the old ones are
            // released once the list is consistent again).
            let slots = &mut vec_mut(v)[start..stop];
            let old: Vec<Value> = slots.iter().copied().collect();
            for (slot, x) in slots.iter_mut().zip(new_items) {
                *slot = x.into_raw();
            }
            for x in old {
                decref(x);
            }
            return Ok(());
        }
        let old: Vec<Value> = vec_mut(v).splice(start..stop, new_items.into_iter().map(Obj::into_raw)).collect();
        for x in old {
            decref(x);
        }
        return Ok(());
    }
    if new_items.len() != count {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            count
        )));
    }
    for (k, x) in new_items.into_iter().enumerate() {
        set(v, (start + k as isize * step) as usize, x);
    }
    Ok(())
}

fn contains(v: Value, x: Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(it) = get(v, i) {
        if it == x {
            return Ok(true);
        }
        let it = Obj::new_ref(it);
        if protocol::rich_compare_bool(it.value(), x, CompareOp::Eq)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn add(a: Value, b: Value) -> PyResult<Obj> {
    if !is_list(a) || !is_list(b) {
        // A right operand with its own __radd__ (UserList, ...) gets its turn first.
        if is_list(a) && !crate::objects::bytes::defers_to(b, crate::object::BinOp::Add) {
            return Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_of(b).name())));
        }
        return Ok(singletons::not_implemented());
    }
    let mut v = snapshot_owned(a);
    v.extend(snapshot_owned(b));
    Ok(new(v))
}

fn iadd(a: Value, b: Value) -> PyResult<Obj> {
    extend(a, b)?;
    Ok(Obj::new_ref(a))
}

/// `l * n`'s items; `MemoryError` when they cannot be allocated (CPython's limit is
/// the address space too, so a huge repeat fails cleanly instead of aborting).
fn repeat(l: Value, n: i64) -> PyResult<Vec<Obj>> {
    if n <= 0 {
        return Ok(Vec::new());
    }
    let src = snapshot(l);
    let total = src.len().checked_mul(n as usize).ok_or_else(crate::errors::memory_error)?;
    let mut out = crate::errors::vec_with_capacity(total)?;
    for _ in 0..n {
        out.extend(src.iter().map(|&x| Obj::new_ref(x)));
    }
    Ok(out)
}

fn mul(a: Value, b: Value) -> PyResult<Obj> {
    let (l, n) = if is_list(a) { (a, b) } else { (b, a) };
    let Some(n) = crate::objects::bytes::as_ssize_overflow(n)? else {
        return Ok(singletons::not_implemented());
    };
    Ok(new(repeat(l, n)?))
}

fn imul(a: Value, b: Value) -> PyResult<Obj> {
    let Some(n) = crate::objects::bytes::as_ssize_overflow(b)? else {
        return Ok(singletons::not_implemented());
    };
    let items = repeat(a, n)?;
    let old = std::mem::replace(vec_mut(a), items.into_iter().map(Obj::into_raw).collect());
    for x in old {
        decref(x);
    }
    Ok(Obj::new_ref(a))
}

fn list_iter(v: Value) -> PyResult<Obj> {
    Ok(iter::new_seq_iter(v))
}

fn list_new(ty: &TypeObject, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(new_of(ty, Vec::new()))
}

fn list_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    argcheck::no_kwargs("list", kwnames)?;
    if args.len() > 1 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", args.len())));
    }
    clear_items(v);
    if let Some(&it) = args.first() {
        extend(v, it)?;
    }
    Ok(())
}

fn clear_items(v: Value) {
    let old = std::mem::take(vec_mut(v));
    for x in old {
        decref(x);
    }
}

// ----- methods -------------------------------------------------------------------------

fn m_append(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("list.append", args, kw, 1)?;
    append(this, Obj::new_ref(args[0]));
    Ok(singletons::none_obj())
}

fn m_extend(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("list.extend", args, kw, 1)?;
    extend(this, args[0])?;
    Ok(singletons::none_obj())
}

fn m_insert(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::no_kwargs("insert", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("insert expected 2 arguments, got {}", args.len())));
    }
    let i = int::to_index(args[0], "")?;
    let n = len(this) as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    incref(args[1]);
    vec_mut(this).insert(j as usize, args[1]);
    Ok(singletons::none_obj())
}

fn m_pop(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("pop", args, kw, 0, 1)?;
    let n = len(this);
    if n == 0 {
        return Err(index_error("pop from empty list"));
    }
    let i = if args.is_empty() { n as i64 - 1 } else { int::to_index(args[0], "")? };
    let Some(j) = normalize_index(i, n) else {
        return Err(index_error("pop index out of range"));
    };
    // SAFETY: the removed item's reference moves to the caller.
    Ok(unsafe { Obj::from_raw(vec_mut(this).remove(j)) })
}

fn m_remove(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("list.remove", args, kw, 1)?;
    let mut i = 0;
    while let Some(x) = get(this, i) {
        let x = Obj::new_ref(x);
        if x.value() == args[0] || protocol::rich_compare_bool(x.value(), args[0], CompareOp::Eq)? {
            if i < len(this) {
                let old = vec_mut(this).remove(i);
                decref(old);
            }
            return Ok(singletons::none_obj());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn m_index(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("index", args, kw, 1, 3)?;
    let (start, stop) = index_bounds(args, len(this))?;
    let mut i = start;
    while i < stop.min(len(this)) {
        let x = Obj::new_ref(items(this)[i]);
        if x.value() == args[0] || protocol::rich_compare_bool(x.value(), args[0], CompareOp::Eq)? {
            return Ok(Obj::small_int(i as i64));
        }
        i += 1;
    }
    Err(value_error(format!("{} is not in list", pystr::as_str(protocol::repr(args[0])?.value()))))
}

fn m_count(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("list.count", args, kw, 1)?;
    let mut n = 0;
    for x in snapshot_owned(this) {
        if x.value() == args[0] || protocol::rich_compare_bool(x.value(), args[0], CompareOp::Eq)? {
            n += 1;
        }
    }
    Ok(Obj::small_int(n))
}

fn m_clear(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("list.clear", args, kw, 0)?;
    clear_items(this);
    Ok(singletons::none_obj())
}

fn m_copy(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("list.copy", args, kw, 0)?;
    Ok(new(snapshot_owned(this)))
}

fn m_reverse(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("list.reverse", args, kw, 0)?;
    vec_mut(this).reverse();
    Ok(singletons::none_obj())
}

/// A stable merge sort with a fallible "less than" (so `__lt__` may raise, and an
/// inconsistent `__lt__` cannot break anything), monomorphized for each `less` so a
/// simple comparison (two strs' bytes, two small ints) is inlined into the merge loops.
fn stable_sort<T: Copy>(mut a: Vec<T>, less: &mut impl FnMut(T, T) -> PyResult<bool>) -> PyResult<Vec<T>> {
    let n = a.len();
    if n < 64 {
        // CPython's timsort on a short list: one natural run (a strictly descending one
        // is reversed), then binary insertion of the rest — the same comparisons in the
        // same order, which a `__lt__` with side effects can observe.
        if n < 2 {
            return Ok(a);
        }
        let mut run = 2;
        if less(a[1], a[0])? {
            while run < n && less(a[run], a[run - 1])? {
                run += 1;
            }
            a[..run].reverse();
        } else {
            while run < n && !less(a[run], a[run - 1])? {
                run += 1;
            }
        }
        for i in run..n {
            let x = a[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = lo + ((hi - lo) >> 1);
                if less(x, a[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            a.copy_within(lo..i, lo + 1);
            a[lo] = x;
        }
        return Ok(a);
    }
    let mut buf = a.clone();
    // Bottom-up: sort runs of 16 by binary insertion, then merge.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = a[i];
            // Find the first position in [start, i) whose item is > x (stability).
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(x, a[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            a.copy_within(lo..i, lo + 1);
            a[lo] = x;
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                // Already in order: skip the merge.
                if less(a[mid], a[mid - 1])? {
                    let (mut i, mut j, mut k) = (lo, mid, lo);
                    while i < mid && j < hi {
                        if less(a[j], a[i])? {
                            buf[k] = a[j];
                            j += 1;
                        } else {
                            buf[k] = a[i];
                            i += 1;
                        }
                        k += 1;
                    }
                    buf[k..k + (mid - i)].copy_from_slice(&a[i..mid]);
                    k += mid - i;
                    buf[k..k + (hi - j)].copy_from_slice(&a[j..hi]);
                    a[lo..hi].copy_from_slice(&buf[lo..hi]);
                }
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(a)
}

/// What all of a sort's keys are.
#[derive(Clone, Copy)]
enum KeyKind {
    /// Exact strs (`str_methods::compare`).
    Str,
    /// Small ints.
    Int,
    /// Exact tuples: compared item by item (`tuple_less`).
    Tuple,
    Any,
}

fn key_kind(keys: &[Value]) -> KeyKind {
    let Some(&first) = keys.first() else {
        return KeyKind::Any;
    };
    if pystr::is_exact_str(first) && keys.iter().all(|&k| pystr::is_exact_str(k)) {
        KeyKind::Str
    } else if first.is_small_int() && keys.iter().all(|k| k.is_small_int()) {
        KeyKind::Int
    } else if tuple::is_exact_tuple(first) && keys.iter().all(|&k| tuple::is_exact_tuple(k)) {
        KeyKind::Tuple
    } else {
        KeyKind::Any
    }
}

/// `a < b` for two tuples, as tuple comparison does it: the first index whose items are
/// not equal decides with `<`, else the shorter tuple is less. Items that are small ints
/// or exact strs on both sides are compared right here: going through
/// `rich_compare_bool` twice per item (equality, then `<`) made sorting such tuples
/// ~30% slower.
fn tuple_less(a: Value, b: Value) -> PyResult<bool> {
    let (x, y) = (tuple::items(a), tuple::items(b));
    for (&p, &q) in x.iter().zip(y.iter()) {
        if p == q {
            continue;
        }
        if Value::both_small_ints(p, q) {
            return Ok(p.as_small_int() < q.as_small_int());
        }
        if pystr::is_exact_str(p) && pystr::is_exact_str(q) {
            match crate::objects::str_methods::compare(p, q) {
                std::cmp::Ordering::Equal => continue,
                o => return Ok(o.is_lt()),
            }
        }
        if !protocol::rich_compare_bool(p, q, CompareOp::Eq)? {
            return protocol::less_than(p, q);
        }
    }
    Ok(x.len() < y.len())
}

/// Sorts values by `key` (or themselves) with `<`, stable, optionally reversed (reverse
/// keeps stability, as CPython does). Returns the sorted owned values.
pub fn sort_values(vals: Vec<Obj>, key: Value, reverse: bool) -> PyResult<Vec<Obj>> {
    let keys: Vec<Obj> = if key.is_null() || key == singletons::none() {
        vals.clone()
    } else {
        let mut ks = Vec::with_capacity(vals.len());
        for v in &vals {
            ks.push(crate::interp::call::call(key, &[v.value()], Value::NULL)?);
        }
        ks
    };
    let kv: Vec<Value> = keys.iter().map(|k| k.value()).collect();
    let n = vals.len();
    // Keys all of one simple type compare without the general protocol (CPython's
    // `unsafe_latin_compare` / `unsafe_long_compare` / `unsafe_tuple_compare` idea): the
    // outcome is the same, as no Python code could run for them anyway.
    let kind = key_kind(&kv);
    // Reverse (CPython's way, which keeps equal items in their original order): reverse
    // the sequence, sort it stably ascending, reverse the result. Each key is sorted
    // next to its position in that sequence, so comparisons read keys without an
    // indirection.
    let pairs: Vec<(Value, usize)> = (0..n).map(|i| (if reverse { kv[n - 1 - i] } else { kv[i] }, i)).collect();
    let sorted = match kind {
        KeyKind::Str => stable_sort(pairs, &mut |a, b| Ok(crate::objects::str_methods::compare(a.0, b.0).is_lt())),
        KeyKind::Int => stable_sort(pairs, &mut |a, b| Ok(a.0.as_small_int() < b.0.as_small_int())),
        KeyKind::Tuple => stable_sort(pairs, &mut |a, b| tuple_less(a.0, b.0)),
        KeyKind::Any => stable_sort(pairs, &mut |a, b| protocol::less_than(a.0, b.0)),
    }?;
    let perm = sorted.into_iter().map(|(_, i)| i);
    let mut slots: Vec<Option<Obj>> = vals.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(n);
    for p in perm {
        let idx = if reverse { n - 1 - p } else { p };
        out.push(slots[idx].take().expect("each index once"));
    }
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn m_sort(this: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if argcheck::npos(args, kwnames) != 0 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let opts = argcheck::kwonly("sort", kwnames, args, &["key", "reverse"])?;
    let reverse = !opts[1].is_null() && protocol::is_true(opts[1])?;
    // Empty the list while sorting, as CPython does, to detect mutation.
    let taken: Vec<Obj> = std::mem::take(vec_mut(this)).into_iter().map(|v| unsafe { Obj::from_raw(v) }).collect();
    let result = sort_values(taken, opts[0], reverse);
    let mutated = len(this) != 0;
    match result {
        Ok(sorted) => {
            clear_items(this);
            vec_mut(this).extend(sorted.into_iter().map(Obj::into_raw));
            if mutated {
                return Err(value_error("list modified during sort"));
            }
            Ok(singletons::none_obj())
        }
        Err(e) => Err(e),
    }
}

fn m_reversed(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(iter::new_reverse_seq_iter(this))
}

fn m_sizeof(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(Obj::small_int(40 + 8 * vec_mut(this).capacity() as i64))
}

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let s = &LIST_TYPE.slots;
    s.repr.set(Some(repr));
    s.richcompare.set(Some(richcompare));
    s.len.set(Some(list_len));
    s.getitem.set(Some(getitem));
    s.setitem.set(Some(setitem));
    s.contains.set(Some(contains));
    s.binary[BinOp::Add as usize].set(Some(add));
    s.binary[BinOp::Mul as usize].set(Some(mul));
    s.inplace[BinOp::Add as usize].set(Some(iadd));
    s.inplace[BinOp::Mul as usize].set(Some(imul));
    s.iter.set(Some(list_iter));
    s.new.set(Some(list_new));
    s.init.set(Some(list_init));
    crate::objects::pytype::add_methods(&LIST_TYPE, crate::methods![
        "__class_getitem__" => crate::objects::generic_alias::class_getitem, class;
        "append" => m_append;
        "extend" => m_extend;
        "insert" => m_insert;
        "pop" => m_pop;
        "remove" => m_remove;
        "index" => m_index;
        "count" => m_count;
        "clear" => m_clear;
        "copy" => m_copy;
        "reverse" => m_reverse;
        "sort" => m_sort;
        "__reversed__" => m_reversed;
        "__sizeof__" => m_sizeof;
    ]);
}
