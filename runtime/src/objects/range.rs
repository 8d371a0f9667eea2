//! `range` and its iterators (CPython's `Objects/rangeobject.c`).
//!
//! Representation: `PyRange { ob, start, stop, step, length }`, four owned exact ints
//! (`length` is computed once at creation). When start, stop and step are small ints —
//! nearly always — every operation runs on `i64`/`i128` without allocating; otherwise the
//! same formulas run on big ints. Ranges are immutable and not subclassable.
//!
//! Iteration: a range whose produced values are all small ints iterates with a
//! `range_iterator` ([`PyRangeIter`]), a fixed `#[repr(C)]` layout the interpreter's
//! `FOR_ITER` fast path ([`range_iter_next_small`]) and the JIT read directly; any other
//! range iterates with a `longrange_iterator` over big ints.

use crate::errors::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, protocol, type_of, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::descr::GetSetDef;
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args as argcheck, bool_, int, singletons, slice, str as pystr, tuple};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::{Cell, UnsafeCell};

/// The `range` object.
#[repr(C)]
pub struct PyRange {
    ob: ObjHeader,
    start: Value,
    stop: Value,
    step: Value,
    length: Value,
}

/// The `range` type.
pub static RANGE_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "range",
    std::mem::size_of::<PyRange>(),
    crate::object::flags::SEQUENCE,
    dealloc,
));

/// The iterator over a range of small ints (`range_iterator`).
///
/// The layout is fixed so compiled code can inline `__next__` (see
/// [`range_iter_next_small`]):
///
/// ```text
///   offset  0  ObjHeader (refcnt, type)
///   offset 16  next: i64        the value the next call returns
///   offset 24  step: i64        added to `next` after each call (never changes)
///   offset 32  remaining: u64   values left; 0 = exhausted
/// ```
///
/// Invariant: while `remaining > 0`, `next` and the `remaining - 1` values after it are
/// all small ints. After the last value `next` may wrap; it is never read again.
#[repr(C)]
pub struct PyRangeIter {
    ob: ObjHeader,
    /// The value returned next.
    pub next: Cell<i64>,
    /// The step.
    pub step: i64,
    /// Number of values left.
    pub remaining: Cell<u64>,
}

/// Byte offset of [`PyRangeIter::next`] (for the JIT).
pub const RANGE_ITER_NEXT_OFFSET: usize = std::mem::offset_of!(PyRangeIter, next);
/// Byte offset of [`PyRangeIter::step`] (for the JIT).
pub const RANGE_ITER_STEP_OFFSET: usize = std::mem::offset_of!(PyRangeIter, step);
/// Byte offset of [`PyRangeIter::remaining`] (for the JIT).
pub const RANGE_ITER_REMAINING_OFFSET: usize = std::mem::offset_of!(PyRangeIter, remaining);

/// The `range_iterator` type.
pub static RANGE_ITER_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "range_iterator", std::mem::size_of::<PyRangeIter>(), 0, dealloc_iter));

/// The iterator over a range with big values (`longrange_iterator`).
#[repr(C)]
pub struct PyLongRangeIter {
    ob: ObjHeader,
    next: UnsafeCell<BigInt>,
    step: BigInt,
    remaining: UnsafeCell<BigInt>,
}

/// The `longrange_iterator` type.
pub static LONGRANGE_ITER_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "longrange_iterator",
    std::mem::size_of::<PyLongRangeIter>(),
    0,
    dealloc_long_iter,
));

unsafe fn dealloc(v: Value) {
    let r = raw(v);
    decref(r.start);
    decref(r.stop);
    decref(r.step);
    decref(r.length);
    free_memory(v, std::mem::size_of::<PyRange>());
}

unsafe fn dealloc_iter(v: Value) {
    free_memory(v, std::mem::size_of::<PyRangeIter>());
}

unsafe fn dealloc_long_iter(v: Value) {
    let p = v.as_ptr() as *mut PyLongRangeIter;
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).next));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).step));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).remaining));
    free_memory(v, std::mem::size_of::<PyLongRangeIter>());
}

#[inline(always)]
fn raw(v: Value) -> &'static PyRange {
    // SAFETY: callers pass range objects.
    unsafe { &*(v.as_ptr() as *const PyRange) }
}

/// True for range objects.
#[inline(always)]
pub fn is_range(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &RANGE_TYPE.0)
}

/// `(start, stop, step)` when all three are small ints (the fast path).
#[inline]
pub fn small_parts(r: Value) -> Option<(i64, i64, i64)> {
    let p = raw(r);
    if p.start.is_small_int() && p.stop.is_small_int() && p.step.is_small_int() {
        Some((p.start.as_small_int(), p.stop.as_small_int(), p.step.as_small_int()))
    } else {
        None
    }
}

/// Number of items of `range(start, stop, step)` (step non-zero) on machine ints.
pub fn small_len(start: i64, stop: i64, step: i64) -> u64 {
    let (lo, hi) = if step > 0 { (start, stop) } else { (stop, start) };
    if lo >= hi {
        return 0;
    }
    // `hi - lo` and `|step|` fit in a u64 for any i64s: no 128-bit division (a
    // `for i in range(n)` in a hot function creates one range per call).
    let span = hi.wrapping_sub(lo) as u64 - 1;
    span / step.unsigned_abs() + 1
}

/// `iter(range(start, stop, step))` on machine ints (step non-zero), without the range
/// object (which nothing else could see).
pub fn small_iter(start: i64, stop: i64, step: i64) -> Obj {
    debug_assert!(step != 0);
    new_small_iter(start, step, small_len(start, stop, step))
}

/// Number of items, on big ints (CPython's `compute_range_length`).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start.clone(), stop.clone(), step.clone()) } else { (stop.clone(), start.clone(), -step) };
    if lo < hi {
        (hi - lo - 1u32) / st + 1u32
    } else {
        BigInt::zero()
    }
}

fn big(v: Value) -> BigInt {
    int::to_big(v).into_owned()
}

/// A range from three exact ints (step non-zero).
fn make(start: Obj, stop: Obj, step: Obj) -> Obj {
    let length = if Value::both_small_ints(start.value(), stop.value()) && step.is_small_int() {
        int::from_i128(small_len(start.as_small_int(), stop.as_small_int(), step.as_small_int()) as i128)
    } else {
        int::from_big(big_len(&big(start.value()), &big(stop.value()), &big(step.value())))
    };
    let p = alloc_object(&RANGE_TYPE.0, std::mem::size_of::<PyRange>()) as *mut PyRange;
    // SAFETY: fresh allocation of the right size; the four references move in.
    unsafe {
        std::ptr::addr_of_mut!((*p).start).write(start.into_raw());
        std::ptr::addr_of_mut!((*p).stop).write(stop.into_raw());
        std::ptr::addr_of_mut!((*p).step).write(step.into_raw());
        std::ptr::addr_of_mut!((*p).length).write(length.into_raw());
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// `range(start, stop, step)` from int-like values (any `__index__` objects).
pub fn new(start: Value, stop: Value, step: Value) -> PyResult<Obj> {
    let (a, b, c) = (int::index_obj(start)?, int::index_obj(stop)?, int::index_obj(step)?);
    if is_zero(c.value()) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(make(a, b, c))
}

/// `range(start, stop, step)` on machine ints (step non-zero, all small).
pub fn from_i64(start: i64, stop: i64, step: i64) -> Obj {
    debug_assert!(step != 0);
    make(int::from_i64(start), int::from_i64(stop), int::from_i64(step))
}

fn is_zero(v: Value) -> bool {
    if v.is_small_int() {
        v.as_small_int() == 0
    } else {
        int::to_big(v).is_zero()
    }
}

fn int_eq(a: Value, b: Value) -> bool {
    a == b || int::compare(a, b) == std::cmp::Ordering::Equal
}

// ----- iterators -----------------------------------------------------------------------------

fn new_small_iter(next: i64, step: i64, remaining: u64) -> Obj {
    let p = alloc_object(&RANGE_ITER_TYPE.0, std::mem::size_of::<PyRangeIter>()) as *mut PyRangeIter;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        std::ptr::addr_of_mut!((*p).next).write(Cell::new(next));
        std::ptr::addr_of_mut!((*p).step).write(step);
        std::ptr::addr_of_mut!((*p).remaining).write(Cell::new(remaining));
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn new_long_iter(next: BigInt, step: BigInt, remaining: BigInt) -> Obj {
    let p = alloc_object(&LONGRANGE_ITER_TYPE.0, std::mem::size_of::<PyLongRangeIter>()) as *mut PyLongRangeIter;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        std::ptr::addr_of_mut!((*p).next).write(UnsafeCell::new(next));
        std::ptr::addr_of_mut!((*p).step).write(step);
        std::ptr::addr_of_mut!((*p).remaining).write(UnsafeCell::new(remaining));
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// An iterator yielding `len` values from `first` by `step`: a `range_iterator` when all
/// of them are small ints, else a `longrange_iterator`.
fn iter_over(first: BigInt, step: BigInt, len: BigInt) -> Obj {
    let small = |b: &BigInt| b.to_i64().and_then(Value::small_int).is_some();
    if let (Some(f), Some(s), Some(n)) = (first.to_i64(), step.to_i64(), len.to_u64()) {
        let last = if n == 0 { first.clone() } else { &first + &step * (n - 1) };
        if small(&first) && small(&last) {
            return new_small_iter(f, s, n);
        }
    }
    new_long_iter(first, step, len)
}

/// The fast path of `FOR_ITER` over a `range_iterator`: the next value, or `None` when
/// exhausted. Allocates nothing and never fails.
///
/// `it` must be a `range_iterator` (`RANGE_ITER_TYPE`); the caller checks the type. The
/// returned value is always a small int ([`PyRangeIter`]'s invariant).
#[inline(always)]
pub fn range_iter_next_small(it: Value) -> Option<i64> {
    debug_assert!(crate::object::is_type(it, &RANGE_ITER_TYPE.0));
    // SAFETY: the caller passes a range_iterator (checked in debug builds).
    let r = unsafe { &*(it.as_ptr() as *const PyRangeIter) };
    let rem = r.remaining.get();
    if rem == 0 {
        return None;
    }
    let v = r.next.get();
    r.next.set(v.wrapping_add(r.step));
    r.remaining.set(rem - 1);
    Some(v)
}

fn iter_self(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(v))
}

fn small_iter_next(v: Value) -> PyResult<Option<Obj>> {
    Ok(range_iter_next_small(v).map(Obj::small_int))
}

fn small_iter_length_hint(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    // SAFETY: installed on range_iterator only.
    let r = unsafe { &*(this.as_ptr() as *const PyRangeIter) };
    Ok(int::from_i128(r.remaining.get() as i128))
}

fn long_iter(v: Value) -> &'static PyLongRangeIter {
    // SAFETY: only called on longrange iterators (their slots).
    unsafe { &*(v.as_ptr() as *const PyLongRangeIter) }
}

fn long_iter_next(v: Value) -> PyResult<Option<Obj>> {
    let it = long_iter(v);
    // SAFETY: under the GIL; the borrows end within this function and run no Python code.
    let (next, remaining) = unsafe { (&mut *it.next.get(), &mut *it.remaining.get()) };
    if !remaining.is_positive() {
        return Ok(None);
    }
    let value = next.clone();
    *next += &it.step;
    *remaining -= 1u32;
    Ok(Some(int::from_big(value)))
}

fn long_iter_length_hint(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    // SAFETY: under the GIL; a short read-only borrow.
    let n = unsafe { &*long_iter(this).remaining.get() };
    Ok(int::from_big(n.clone()))
}

// ----- slots -------------------------------------------------------------------------------

fn range_repr(v: Value) -> PyResult<Obj> {
    let r = raw(v);
    let s = if r.step.is_small_int() && r.step.as_small_int() == 1 {
        format!("range({}, {})", int::to_decimal(r.start), int::to_decimal(r.stop))
    } else {
        format!("range({}, {}, {})", int::to_decimal(r.start), int::to_decimal(r.stop), int::to_decimal(r.step))
    };
    Ok(pystr::from_string(s))
}

fn range_len(v: Value) -> PyResult<usize> {
    let l = raw(v).length;
    match int::as_i64(l) {
        Some(n) if n >= 0 && (n as u64) <= isize::MAX as u64 => Ok(n as usize),
        _ => Err(overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(v: Value) -> PyResult<bool> {
    Ok(!is_zero(raw(v).length))
}

/// `hash(range)`: the hash of `(len, start, step)`, with start and step replaced by None
/// where they do not matter (empty or one-item ranges), so equal ranges hash equal.
fn range_hash(v: Value) -> PyResult<i64> {
    let r = raw(v);
    let none = singletons::none();
    let t = if is_zero(r.length) {
        tuple::from_slice(&[r.length, none, none])
    } else if int_eq(r.length, Value::small_int_unchecked(1)) {
        tuple::from_slice(&[r.length, r.start, none])
    } else {
        tuple::from_slice(&[r.length, r.start, r.step])
    };
    tuple::hash(t.value())
}

/// CPython's `range_equals`: same sequence of values.
fn range_equals(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (x, y) = (raw(a), raw(b));
    if !int_eq(x.length, y.length) {
        return false;
    }
    if is_zero(x.length) {
        return true;
    }
    if !int_eq(x.start, y.start) {
        return false;
    }
    if int_eq(x.length, Value::small_int_unchecked(1)) {
        return true;
    }
    int_eq(x.step, y.step)
}

fn range_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_range(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    Ok(bool_::from_bool(range_equals(a, b) == (op == CompareOp::Eq)))
}

/// `start + i * step` (no bounds check).
fn item_at(r: &PyRange, i: &BigInt) -> Obj {
    int::from_big(big(r.start) + i * big(r.step))
}

fn range_getitem(v: Value, key: Value) -> PyResult<Obj> {
    let r = raw(v);
    if key.is_small_int() {
        if let (Some((start, _stop, step)), Some(len)) = (small_parts(v), int::as_i64(r.length)) {
            let i = key.as_small_int();
            let j = if i < 0 { i as i128 + len as i128 } else { i as i128 };
            if j < 0 || j >= len as i128 {
                return Err(index_error("range object index out of range"));
            }
            return Ok(int::from_i128(start as i128 + j * step as i128));
        }
    }
    if int::is_int(key) || (key.is_ptr() && type_of(key).slots.index.get().is_some()) {
        let i = big(int::index_obj(key)?.value());
        let len = big(r.length);
        let j = if i.is_negative() { i + &len } else { i };
        if j.is_negative() || j >= len {
            return Err(index_error("range object index out of range"));
        }
        return Ok(item_at(r, &j));
    }
    if slice::is_slice(key) {
        let (start, stop, step) = slice::long_indices(key, &big(r.length))?;
        let substep = int::from_big(big(r.step) * step);
        let substart = item_at(r, &start);
        let substop = item_at(r, &stop);
        return Ok(make(substart, substop, substep));
    }
    Err(type_error(format!("range indices must be integers or slices, not {}", type_of(key).name())))
}

/// True for exact ints and bools (CPython's fast membership test applies to them).
fn is_plain_int(x: Value) -> bool {
    int::is_exact_int(x) || x == bool_::true_value() || x == bool_::false_value()
}

/// `x in r` for an int `x`, by arithmetic.
fn contains_int(r: &PyRange, x: Value) -> bool {
    if let (true, Some(xv)) = (r.start.is_small_int() && r.stop.is_small_int() && r.step.is_small_int(), int::as_i64(x)) {
        let (start, stop, step) = (r.start.as_small_int() as i128, r.stop.as_small_int() as i128, r.step.as_small_int() as i128);
        let x = xv as i128;
        let inside = if step > 0 { start <= x && x < stop } else { stop < x && x <= start };
        return inside && (x - start).mod_floor(&step) == 0;
    }
    let (start, stop, step, x) = (big(r.start), big(r.stop), big(r.step), big(x));
    let inside = if step.is_positive() { start <= x && x < stop } else { stop < x && x <= start };
    inside && (x - start).mod_floor(&step).is_zero()
}

/// The values of `r` as an iterator, for the generic (`__eq__`-based) searches.
fn values(r: &PyRange) -> impl Iterator<Item = Obj> {
    let (mut next, step, mut remaining) = (big(r.start), big(r.step), big(r.length));
    std::iter::from_fn(move || {
        if !remaining.is_positive() {
            return None;
        }
        let v = int::from_big(next.clone());
        next += &step;
        remaining -= 1u32;
        Some(v)
    })
}

fn range_contains(v: Value, x: Value) -> PyResult<bool> {
    let r = raw(v);
    if is_plain_int(x) {
        return Ok(contains_int(r, x));
    }
    for item in values(r) {
        if protocol::rich_compare_bool(item.value(), x, CompareOp::Eq)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_iter(v: Value) -> PyResult<Obj> {
    let r = raw(v);
    if let Some((start, stop, step)) = small_parts(v) {
        return Ok(new_small_iter(start, step, small_len(start, stop, step)));
    }
    Ok(iter_over(big(r.start), big(r.step), big(r.length)))
}

fn range_new(_ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if crate::objects::descr::n_kwnames(kwnames) > 0 {
        return Err(type_error("range() takes no keyword arguments"));
    }
    match args.len() {
        0 => Err(type_error("range expected at least 1 argument, got 0")),
        1 => {
            let stop = int::index_obj(args[0])?;
            Ok(make(Obj::small_int(0), stop, Obj::small_int(1)))
        }
        2 | 3 => {
            let start = int::index_obj(args[0])?;
            let stop = int::index_obj(args[1])?;
            let step = if args.len() == 3 { int::index_obj(args[2])? } else { Obj::small_int(1) };
            if is_zero(step.value()) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(make(start, stop, step))
        }
        n => Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    }
}

// ----- methods -----------------------------------------------------------------------------

fn m_count(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("range.count", args, kw, 1)?;
    let r = raw(this);
    let x = args[0];
    if is_plain_int(x) {
        return Ok(Obj::small_int(contains_int(r, x) as i64));
    }
    let mut n: i64 = 0;
    for item in values(r) {
        if protocol::rich_compare_bool(item.value(), x, CompareOp::Eq)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn m_index(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("range.index", args, kw, 1)?;
    let r = raw(this);
    let x = args[0];
    if is_plain_int(x) {
        if !contains_int(r, x) {
            return Err(value_error(format!("{} is not in range", protocol::repr_string(x)?)));
        }
        let (xv, start, step) = (big(x), big(r.start), big(r.step));
        return Ok(int::from_big((xv - start).div_floor(&step)));
    }
    for (i, item) in values(r).enumerate() {
        if protocol::rich_compare_bool(item.value(), x, CompareOp::Eq)? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn m_reversed(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("range.__reversed__", args, kw, 0)?;
    let r = raw(this);
    if let Some((start, stop, step)) = small_parts(this) {
        let n = small_len(start, stop, step);
        if n == 0 {
            return Ok(new_small_iter(start, -step, 0));
        }
        // The last value lies between start and stop, so it is a small int too.
        let last = start as i128 + (n as i128 - 1) * step as i128;
        return Ok(new_small_iter(last as i64, -step, n));
    }
    let (start, step, len) = (big(r.start), big(r.step), big(r.length));
    let last = if len.is_zero() { start } else { &start + (&len - 1u32) * &step };
    Ok(iter_over(last, -step, len))
}

fn m_reduce(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let r = raw(this);
    Ok(tuple::pair(protocol::type_value(this), tuple::from_slice(&[r.start, r.stop, r.step])))
}

fn get_start(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(raw(v).start))
}

fn get_stop(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(raw(v).stop))
}

fn get_step(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(raw(v).step))
}

/// Installs the slots and methods of range and its iterators (start-up).
pub fn init_types() {
    let s = &RANGE_TYPE.slots;
    s.repr.set(Some(range_repr));
    s.hash.set(Some(range_hash));
    s.richcompare.set(Some(range_richcompare));
    s.len.set(Some(range_len));
    s.bool.set(Some(range_bool));
    s.getitem.set(Some(range_getitem));
    s.contains.set(Some(range_contains));
    s.iter.set(Some(range_iter));
    s.new.set(Some(range_new));
    pytype::add_methods(&RANGE_TYPE, crate::methods![
        "count" => m_count;
        "index" => m_index;
        "__reversed__" => m_reversed;
        "__reduce__" => m_reduce;
    ]);
    pytype::add_getsets(&RANGE_TYPE, &[
        GetSetDef { name: "start", get: get_start, set: None },
        GetSetDef { name: "stop", get: get_stop, set: None },
        GetSetDef { name: "step", get: get_step, set: None },
    ]);

    RANGE_ITER_TYPE.slots.iter.set(Some(iter_self));
    RANGE_ITER_TYPE.slots.next.set(Some(small_iter_next));
    pytype::add_methods(&RANGE_ITER_TYPE, crate::methods!["__length_hint__" => small_iter_length_hint]);
    LONGRANGE_ITER_TYPE.slots.iter.set(Some(iter_self));
    LONGRANGE_ITER_TYPE.slots.next.set(Some(long_iter_next));
    pytype::add_methods(&LONGRANGE_ITER_TYPE, crate::methods!["__length_hint__" => long_iter_length_hint]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_match_cpython() {
        // len(range(a, b, c)) from python3.11.
        for &(a, b, c, n) in &[
            (0, 10, 1, 10u64),
            (0, 10, 3, 4),
            (10, 0, -3, 4),
            (0, 0, 1, 0),
            (5, 0, 1, 0),
            (0, 5, -1, 0),
            (-5, 5, 2, 5),
            (1, 10, 3, 3),
            (i64::MIN, i64::MAX, 1, u64::MAX),
            (i64::MAX, i64::MIN, -1, u64::MAX),
            (i64::MIN, i64::MAX, i64::MAX, 3),
            (0, 10, i64::MIN, 0),
            (10, 0, i64::MIN, 1),
            (i64::MAX, i64::MIN, i64::MIN, 2),
        ] {
            assert_eq!(small_len(a, b, c), n, "len(range({a}, {b}, {c}))");
        }
        assert_eq!(big_len(&BigInt::from(0), &BigInt::from(1u128 << 70), &BigInt::from(3)), BigInt::from((1u128 << 70) / 3 + 1));
        assert_eq!(big_len(&BigInt::from(10), &BigInt::from(0), &BigInt::from(-3)), BigInt::from(4));
    }

    #[test]
    fn iterator_layout_is_stable() {
        assert_eq!(RANGE_ITER_NEXT_OFFSET, 16);
        assert_eq!(RANGE_ITER_STEP_OFFSET, 24);
        assert_eq!(RANGE_ITER_REMAINING_OFFSET, 32);
    }
}
