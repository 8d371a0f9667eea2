//! `tuple`: an immutable sequence, items stored inline after the header.
//!
//! Invariant: `len` items follow the header, each an owned reference (never NULL once
//! the tuple is visible to Python code).

use crate::errors::{index_error, type_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{int, iter, list, slice, str as pystr};
use std::cell::Cell;

/// The `tuple` object.
#[repr(C)]
pub struct PyTuple {
    ob: ObjHeader,
    hash: Cell<i64>,
    len: usize,
}

const HEADER: usize = std::mem::size_of::<PyTuple>();
/// Byte offset of an exact tuple's length, for native code.
pub const LEN_OFFSET: usize = std::mem::offset_of!(PyTuple, len);
/// Byte offset of an exact tuple's first item (subclasses put theirs elsewhere).
pub const ITEMS_OFFSET: usize = HEADER;

/// The `tuple` type.
pub static TUPLE_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "tuple",
    HEADER,
    crate::object::flags::BASETYPE | crate::object::flags::TUPLE_SUBCLASS | crate::object::flags::SEQUENCE,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    for &x in items(v) {
        decref(x);
    }
    let off = items_offset(v);
    if off != HEADER {
        crate::objects::pytype::release_instance_attrs(v);
    }
    free_memory(v, off + len(v) * 8);
}

/// Where the items start: right after the header for `tuple` itself; instances of
/// subclasses keep their attribute store there and the items after it.
#[inline(always)]
fn items_offset(v: Value) -> usize {
    let t = crate::object::type_ptr(v);
    if t == &TUPLE_TYPE.0 as *const TypeObject {
        HEADER
    } else {
        // SAFETY: `t` is the live type of `v`.
        HEADER + crate::objects::pytype::attrs_extra(unsafe { &*t })
    }
}

#[inline(always)]
fn raw(v: Value) -> &'static PyTuple {
    // SAFETY: callers pass tuples.
    unsafe { &*(v.as_ptr() as *const PyTuple) }
}

/// True for tuple (or subclass) instances.
#[inline(always)]
pub fn is_tuple(v: Value) -> bool {
    v.is_ptr() && type_of(v).has_flag(crate::object::flags::TUPLE_SUBCLASS)
}

/// True for exact tuples.
#[inline(always)]
pub fn is_exact_tuple(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &TUPLE_TYPE.0)
}

/// Number of items.
#[inline(always)]
pub fn len(v: Value) -> usize {
    raw(v).len
}

/// The items (borrowed).
#[inline(always)]
pub fn items(v: Value) -> &'static [Value] {
    // SAFETY: `len` values follow the header.
    unsafe { std::slice::from_raw_parts((v.as_ptr() as *const u8).add(items_offset(v)) as *const Value, raw(v).len) }
}

fn items_mut(v: Value) -> *mut Value {
    // SAFETY: the item array follows the header.
    unsafe { (v.as_ptr() as *mut u8).add(items_offset(v)) as *mut Value }
}

/// A tuple of `n` NULL slots of type `ty` (a tuple type); the caller fills them before
/// the tuple escapes.
pub fn alloc_of(ty: &TypeObject, n: usize) -> Obj {
    let extra = if std::ptr::eq(ty, &TUPLE_TYPE.0) { 0 } else { crate::objects::pytype::attrs_extra(ty) };
    let p = alloc_object(ty, HEADER + extra + n * 8) as *mut PyTuple;
    // SAFETY: fresh allocation with room for the attribute store and `n` items.
    unsafe {
        std::ptr::addr_of_mut!((*p).hash).write(Cell::new(-1));
        std::ptr::addr_of_mut!((*p).len).write(n);
        let items = (p as *mut u8).add(HEADER + extra) as *mut Value;
        for i in 0..n {
            items.add(i).write(Value::NULL);
        }
        let o = Obj::from_raw(Value::from_ptr(p));
        if extra != 0 {
            crate::objects::pytype::init_instance_attrs(o.value());
        }
        o
    }
}

/// Sets item `i` of a tuple under construction (takes ownership of `v`).
pub fn init_item(t: &Obj, i: usize, v: Obj) {
    debug_assert!(i < len(t.value()));
    // SAFETY: `i` is in bounds and the tuple is not yet shared.
    unsafe { items_mut(t.value()).add(i).write(v.into_raw()) };
}

/// A tuple owning the given references.
pub fn from_vec(v: Vec<Obj>) -> Obj {
    if v.is_empty() {
        return Obj::new_ref(empty());
    }
    let t = alloc_of(&TUPLE_TYPE.0, v.len());
    for (i, x) in v.into_iter().enumerate() {
        init_item(&t, i, x);
    }
    t
}

/// A tuple of new references to borrowed values.
pub fn from_slice(v: &[Value]) -> Obj {
    if v.is_empty() {
        return Obj::new_ref(empty());
    }
    let t = alloc_of(&TUPLE_TYPE.0, v.len());
    for (i, &x) in v.iter().enumerate() {
        incref(x);
        // SAFETY: in bounds; the tuple is not yet shared.
        unsafe { items_mut(t.value()).add(i).write(x) };
    }
    t
}

/// A tuple from an iterable's items (`tuple(iterable)`).
pub fn from_iterable(it: Value) -> PyResult<Obj> {
    if is_exact_tuple(it) {
        return Ok(Obj::new_ref(it));
    }
    if list::is_list(it) {
        return Ok(from_slice(&list::snapshot(it)));
    }
    Ok(from_vec(iter::collect(it)?))
}

/// The empty tuple (a singleton).
pub fn empty() -> Value {
    static EMPTY: crate::object::GilCell<Value> = crate::object::GilCell::new(Value::NULL);
    // SAFETY: under the GIL; the borrow is immediately dropped.
    let e = unsafe { EMPTY.get_mut() };
    if e.is_null() {
        let t = alloc_of(&TUPLE_TYPE.0, 0).into_raw();
        raw(t).ob.refcnt.set(crate::object::IMMORTAL);
        *e = t;
    }
    *e
}

/// A 2-tuple.
pub fn pair(a: Obj, b: Obj) -> Obj {
    let t = alloc_of(&TUPLE_TYPE.0, 2);
    init_item(&t, 0, a);
    init_item(&t, 1, b);
    t
}

// ----- slots ---------------------------------------------------------------------------

fn tuple_len(v: Value) -> PyResult<usize> {
    Ok(len(v))
}

/// `tuple.__repr__`.
pub fn repr(v: Value) -> PyResult<Obj> {
    let items = items(v);
    if items.is_empty() {
        return Ok(pystr::new("()"));
    }
    let Some(_guard) = crate::interp::repr_guard::enter(v) else {
        return Ok(pystr::new("(...)"));
    };
    let mut s = String::from("(");
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(pystr::as_str(protocol::repr(x)?.value()));
    }
    if items.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(pystr::from_string(s))
}

/// `hash(tuple)`: CPython's xxHash-based tuple hash, so hashes match CPython's.
pub fn hash(v: Value) -> PyResult<i64> {
    let h = raw(v).hash.get();
    if h != -1 {
        return Ok(h);
    }
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let items = items(v);
    let mut acc: u64 = P5;
    for &x in items {
        let lane = protocol::hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    let mut h = acc as i64;
    if h == -1 {
        h = 1546275796;
    }
    raw(v).hash.set(h);
    Ok(h)
}

/// Lexicographic rich comparison of two sequences (shared with list).
pub fn compare_seq(a: &[Value], b: &[Value], op: CompareOp) -> PyResult<Obj> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if a[i] == b[i] {
            continue;
        }
        if !protocol::rich_compare_bool(a[i], b[i], CompareOp::Eq)? {
            return match op {
                CompareOp::Eq => Ok(crate::objects::bool_::false_()),
                CompareOp::Ne => Ok(crate::objects::bool_::true_()),
                _ => protocol::rich_compare(a[i], b[i], op),
            };
        }
    }
    Ok(crate::objects::bool_::from_bool(op.test(a.len().cmp(&b.len()))))
}

fn richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_tuple(b) {
        return Ok(crate::objects::singletons::not_implemented());
    }
    compare_seq(items(a), items(b), op)
}

fn getitem(v: Value, key: Value) -> PyResult<Obj> {
    let items = items(v);
    if let Some(i) = int::as_index_opt(key)? {
        let n = items.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("tuple index out of range"));
        }
        return Ok(Obj::new_ref(items[j as usize]));
    }
    if slice::is_slice(key) {
        let (start, _stop, step, n) = slice::indices(key, items.len())?;
        if step == 1 && start == 0 && n == items.len() && is_exact_tuple(v) {
            return Ok(Obj::new_ref(v));
        }
        let picked: Vec<Value> = (0..n).map(|k| items[(start + k as isize * step) as usize]).collect();
        return Ok(from_slice(&picked));
    }
    Err(type_error(format!("tuple indices must be integers or slices, not {}", type_of(key).name())))
}

fn contains(v: Value, x: Value) -> PyResult<bool> {
    for &it in items(v) {
        if it == x || protocol::rich_compare_bool(it, x, CompareOp::Eq)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn add(a: Value, b: Value) -> PyResult<Obj> {
    if !is_tuple(a) || !is_tuple(b) {
        if is_tuple(a) && !crate::objects::bytes::defers_to(b, crate::object::BinOp::Add) {
            return Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_of(b).name()
            )));
        }
        return Ok(crate::objects::singletons::not_implemented());
    }
    let mut v: Vec<Value> = items(a).to_vec();
    v.extend_from_slice(items(b));
    Ok(from_slice(&v))
}

fn mul(a: Value, b: Value) -> PyResult<Obj> {
    let (t, n) = if is_tuple(a) { (a, b) } else { (b, a) };
    let Some(n) = crate::objects::bytes::as_ssize_overflow(n)? else {
        return Ok(crate::objects::singletons::not_implemented());
    };
    if n <= 0 {
        return Ok(Obj::new_ref(empty()));
    }
    if n == 1 && is_exact_tuple(t) {
        return Ok(Obj::new_ref(t));
    }
    let src = items(t);
    let total = src.len().checked_mul(n as usize).ok_or_else(crate::errors::memory_error)?;
    let mut v = crate::errors::vec_with_capacity(total)?;
    for _ in 0..n {
        v.extend_from_slice(src);
    }
    Ok(from_slice(&v))
}

fn tuple_iter(v: Value) -> PyResult<Obj> {
    Ok(iter::new_seq_iter(v))
}

fn new(ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::objects::args::no_kwargs("tuple", kwnames)?;
    if args.len() > 1 {
        return Err(type_error(format!("tuple expected at most 1 argument, got {}", args.len())));
    }
    let base = if args.is_empty() { Obj::new_ref(empty()) } else { from_iterable(args[0])? };
    if std::ptr::eq(ty, &TUPLE_TYPE.0) {
        return Ok(base);
    }
    // A subclass: copy the items into an instance of `ty`.
    let src = items(base.value());
    let t = crate::objects::pytype::alloc_instance_var(ty, src.len());
    for (i, &x) in src.iter().enumerate() {
        init_item(&t, i, Obj::new_ref(x));
    }
    Ok(t)
}

fn count(this: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::objects::args::exact("count", args, kwnames, 1)?;
    let mut n = 0;
    for &x in items(this) {
        if x == args[0] || protocol::rich_compare_bool(x, args[0], CompareOp::Eq)? {
            n += 1;
        }
    }
    Ok(Obj::small_int(n))
}

fn index(this: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::objects::args::range("index", args, kwnames, 1, 3)?;
    let items = items(this);
    let (start, stop) = list::index_bounds(args, items.len())?;
    for (i, &x) in items.iter().enumerate().take(stop).skip(start) {
        if x == args[0] || protocol::rich_compare_bool(x, args[0], CompareOp::Eq)? {
            return Ok(Obj::small_int(i as i64));
        }
    }
    Err(crate::errors::value_error("tuple.index(x): x not in tuple"))
}

fn getnewargs(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(from_vec(vec![from_slice(items(this))]))
}

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let s = &TUPLE_TYPE.slots;
    s.repr.set(Some(repr));
    s.hash.set(Some(hash));
    s.richcompare.set(Some(richcompare));
    s.len.set(Some(tuple_len));
    s.getitem.set(Some(getitem));
    s.contains.set(Some(contains));
    s.binary[crate::object::BinOp::Add as usize].set(Some(add));
    s.binary[crate::object::BinOp::Mul as usize].set(Some(mul));
    s.iter.set(Some(tuple_iter));
    s.new.set(Some(new));
    crate::objects::pytype::add_methods(&TUPLE_TYPE, crate::methods![
        "__class_getitem__" => crate::objects::generic_alias::class_getitem, class;
        "count" => count;
        "index" => index;
        "__getnewargs__" => getnewargs;
    ]);
}
