//! `slice`: the object `a[i:j:k]` passes to `__getitem__` (CPython's
//! `Objects/sliceobject.c`), and the index arithmetic every sequence uses to apply one:
//! [`indices`] (`PySlice_Unpack` + `PySlice_AdjustIndices`, machine-sized and clamped) and
//! [`long_indices`] (`_PySlice_GetLongIndices`, exact big ints, for `slice.indices()` and
//! `range`).
//!
//! Representation: `PySlice { ob, start, stop, step }`, three owned references (`None` when
//! omitted). Slices are immutable, not subclassable, and unhashable in 3.11; they compare
//! like the tuple `(start, stop, step)`.

use crate::errors::{type_error, value_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, protocol, type_of, CompareOp, GilCell, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::descr::GetSetDef;
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args as argcheck, bool_, int, singletons, str as pystr, tuple};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

/// The `slice` object.
#[repr(C)]
pub struct PySlice {
    ob: ObjHeader,
    start: Value,
    stop: Value,
    step: Value,
}

/// The `slice` type.
pub static SLICE_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "slice", std::mem::size_of::<PySlice>(), 0, dealloc));

/// One dead slice kept for the next `new` (CPython's `slice_cache`): `a[i:j]` in a loop
/// builds and drops a slice each time, and this saves the allocator round trip.
static CACHED: GilCell<Value> = GilCell::new(Value::NULL);

unsafe fn dealloc(v: Value) {
    let s = raw(v);
    decref(s.start);
    decref(s.stop);
    decref(s.step);
    // SAFETY: deallocation runs under the GIL; the borrow ends here.
    let cached = CACHED.get_mut();
    if cached.is_null() {
        // Kept whole: header (its type reference included) stays as it is.
        *cached = v;
        return;
    }
    free_memory(v, std::mem::size_of::<PySlice>());
}

#[inline(always)]
fn raw(v: Value) -> &'static PySlice {
    // SAFETY: callers pass slice objects.
    unsafe { &*(v.as_ptr() as *const PySlice) }
}

/// A new slice; NULL parts become `None`.
pub fn new(start: Obj, stop: Obj, step: Obj) -> Obj {
    let fix = |o: Obj| if o.is_null() { singletons::none_obj() } else { o };
    let (start, stop, step) = (fix(start), fix(stop), fix(step));
    // SAFETY: under the GIL; the borrow ends before anything else runs.
    let cached = std::mem::replace(unsafe { CACHED.get_mut() }, Value::NULL);
    let p = if cached.is_null() {
        alloc_object(&SLICE_TYPE.0, std::mem::size_of::<PySlice>()) as *mut PySlice
    } else {
        // A dead slice: its memory and type reference are reused, its count restarts.
        let p = cached.as_ptr() as *mut PySlice;
        // SAFETY: the cached object is a slice nobody references.
        unsafe { (*p).ob.refcnt.set(1) };
        p
    };
    // SAFETY: fresh allocation of the right size; the three references move in.
    unsafe {
        std::ptr::addr_of_mut!((*p).start).write(start.into_raw());
        std::ptr::addr_of_mut!((*p).stop).write(stop.into_raw());
        std::ptr::addr_of_mut!((*p).step).write(step.into_raw());
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// True for slice objects.
#[inline(always)]
pub fn is_slice(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &SLICE_TYPE.0)
}

/// `s.start` (borrowed).
pub fn start(s: Value) -> Value {
    raw(s).start
}

/// `s.stop` (borrowed).
pub fn stop(s: Value) -> Value {
    raw(s).stop
}

/// `s.step` (borrowed).
pub fn step(s: Value) -> Value {
    raw(s).step
}

fn bad_index() -> crate::errors::PyErr {
    type_error("slice indices must be integers or None or have an __index__ method")
}

fn has_index(v: Value) -> bool {
    int::is_int(v) || (v.is_ptr() && type_of(v).slots.index.get().is_some())
}

/// A non-None slice bound as a machine index (CPython's `_PyEval_SliceIndex`): ints and
/// `__index__` objects, clamped to the isize range; anything else is a TypeError.
pub fn index_value(v: Value) -> PyResult<isize> {
    if v.is_small_int() {
        return Ok(v.as_small_int() as isize);
    }
    if !has_index(v) {
        return Err(bad_index());
    }
    let i = int::index_obj(v)?;
    Ok(match int::as_i64(i.value()) {
        Some(x) => x as isize,
        None if int::to_big(i.value()).is_negative() => isize::MIN,
        None => isize::MAX,
    })
}

/// CPython's `PySlice_Unpack`: `(start, stop, step)` with None mapped to the extremes
/// (step is evaluated first; zero is an error).
pub fn unpack(s: Value) -> PyResult<(isize, isize, isize)> {
    let r = raw(s);
    unpack_parts(r.start, r.stop, r.step)
}

/// [`unpack`] on the parts of a slice that was never built (`x[a:b:c]` compiled
/// without a slice object); NULL parts are None.
pub fn unpack_parts(start: Value, stop: Value, step: Value) -> PyResult<(isize, isize, isize)> {
    let none = singletons::none();
    let fix = |v: Value| if v.is_null() { none } else { v };
    let (start, stop, step) = (fix(start), fix(stop), fix(step));
    let step = if step == none {
        1
    } else {
        let st = index_value(step)?;
        if st == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        st.max(-isize::MAX)
    };
    let start = if start == none { if step < 0 { isize::MAX } else { 0 } } else { index_value(start)? };
    let stop = if stop == none {
        if step < 0 {
            isize::MIN
        } else {
            isize::MAX
        }
    } else {
        index_value(stop)?
    };
    Ok((start, stop, step))
}

/// CPython's `PySlice_AdjustIndices`: clamps `start`/`stop` to a sequence of `length`
/// items and returns them with the number of items the slice selects.
pub fn adjust_indices(length: isize, start: isize, stop: isize, step: isize) -> (isize, isize, usize) {
    let clamp = |mut i: isize| -> isize {
        if i < 0 {
            i = i.saturating_add(length);
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= length {
            i = if step < 0 { length - 1 } else { length };
        }
        i
    };
    let (start, stop) = (clamp(start), clamp(stop));
    // A unit step (nearly every slice) needs no division.
    let n = if step < 0 {
        if stop >= start {
            0
        } else if step == -1 {
            (start - stop) as usize
        } else {
            ((start - stop - 1) / (-step) + 1) as usize
        }
    } else if start >= stop {
        0
    } else if step == 1 {
        (stop - start) as usize
    } else {
        ((stop - start - 1) / step + 1) as usize
    };
    (start, stop, n)
}

/// `(start, stop, step, slicelength)` of slice `s` applied to a sequence of `len` items
/// (CPython's `PySlice_GetIndicesEx`). Items are `start + k * step` for `k < slicelength`.
pub fn indices(s: Value, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = unpack(s)?;
    let (start, stop, n) = adjust_indices(len as isize, start, stop, step);
    Ok((start, stop, step, n))
}

/// A bound as an exact integer (CPython's `evaluate_slice_index`).
fn evaluate(v: Value) -> PyResult<BigInt> {
    if !has_index(v) {
        return Err(bad_index());
    }
    Ok(int::to_big(int::index_obj(v)?.value()).into_owned())
}

/// CPython's `_PySlice_GetLongIndices`: `(start, stop, step)` for a sequence of `length`
/// items, exactly, with no clamping to machine sizes.
pub fn long_indices(s: Value, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let r = raw(s);
    let none = singletons::none();
    let step = if r.step == none {
        BigInt::one()
    } else {
        let st = evaluate(r.step)?;
        if st.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        st
    };
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), length - 1) } else { (BigInt::zero(), length.clone()) };
    let bound = |v: Value, default: &BigInt| -> PyResult<BigInt> {
        if v == none {
            return Ok(default.clone());
        }
        let mut x = evaluate(v)?;
        if x.is_negative() {
            x += length;
            if x < lower {
                x = lower.clone();
            }
        } else if x > upper {
            x = upper.clone();
        }
        Ok(x)
    };
    let start = bound(r.start, if neg { &upper } else { &lower })?;
    let stop = bound(r.stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

// ----- slots -------------------------------------------------------------------------------

fn slice_repr(v: Value) -> PyResult<Obj> {
    let r = raw(v);
    let s = format!(
        "slice({}, {}, {})",
        protocol::repr_string(r.start)?,
        protocol::repr_string(r.stop)?,
        protocol::repr_string(r.step)?
    );
    Ok(pystr::from_string(s))
}

fn slice_unhashable(v: Value) -> PyResult<i64> {
    Err(type_error(format!("unhashable type: '{}'", type_of(v).name())))
}

fn slice_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_slice(a) || !is_slice(b) {
        return Ok(singletons::not_implemented());
    }
    if a == b {
        return Ok(bool_::from_bool(matches!(op, CompareOp::Eq | CompareOp::Le | CompareOp::Ge)));
    }
    let (x, y) = (raw(a), raw(b));
    tuple::compare_seq(&[x.start, x.stop, x.step], &[y.start, y.stop, y.step], op)
}

fn slice_new(_ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if crate::objects::descr::n_kwnames(kwnames) > 0 {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    let none = singletons::none_obj;
    let o = |v: Value| Obj::new_ref(v);
    match args.len() {
        0 => Err(type_error("slice expected at least 1 argument, got 0")),
        1 => Ok(new(none(), o(args[0]), none())),
        2 => Ok(new(o(args[0]), o(args[1]), none())),
        3 => Ok(new(o(args[0]), o(args[1]), o(args[2]))),
        n => Err(type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

// ----- methods -----------------------------------------------------------------------------

fn m_indices(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("slice.indices", args, kw, 1)?;
    let length = int::index_obj(args[0])?;
    let length = int::to_big(length.value()).into_owned();
    if length.is_negative() {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = long_indices(this, &length)?;
    Ok(tuple::from_vec(vec![int::from_big(start), int::from_big(stop), int::from_big(step)]))
}

fn m_reduce(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let r = raw(this);
    let parts = tuple::from_slice(&[r.start, r.stop, r.step]);
    Ok(tuple::pair(protocol::type_value(this), parts))
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

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let s = &SLICE_TYPE.slots;
    s.repr.set(Some(slice_repr));
    s.hash.set(Some(slice_unhashable));
    s.richcompare.set(Some(slice_richcompare));
    s.new.set(Some(slice_new));
    // `slice.__hash__ is None` in 3.11.
    pytype::add_attr(&SLICE_TYPE, "__hash__", singletons::none());
    pytype::add_methods(&SLICE_TYPE, crate::methods![
        "indices" => m_indices;
        "__reduce__" => m_reduce;
    ]);
    pytype::add_getsets(&SLICE_TYPE, &[
        GetSetDef { name: "start", get: get_start, set: None },
        GetSetDef { name: "stop", get: get_stop, set: None },
        GetSetDef { name: "step", get: get_step, set: None },
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `PySlice_Unpack`'s treatment of None, then the adjustment.
    fn apply(len: isize, start: Option<isize>, stop: Option<isize>, step: Option<isize>) -> (isize, isize, isize, usize) {
        let step = step.unwrap_or(1);
        let start = start.unwrap_or(if step < 0 { isize::MAX } else { 0 });
        let stop = stop.unwrap_or(if step < 0 { isize::MIN } else { isize::MAX });
        let (a, b, n) = adjust_indices(len, start, stop, step);
        (a, b, step, n)
    }

    /// `(len, start, stop, step, (start', stop', step', slicelength))`.
    type Case = (isize, Option<isize>, Option<isize>, Option<isize>, (isize, isize, isize, usize));

    #[test]
    fn adjust_indices_matches_cpython() {
        // (len, start, stop, step) -> slice(start, stop, step).indices(len) and the
        // length of range(*indices), from python3.11.
        let cases: &[Case] = &[
            (0, Some(0), Some(0), Some(-1), (-1, -1, -1, 0)),
            (5, Some(-1), Some(-3), Some(-1), (4, 2, -1, 2)),
            (10, Some(0), Some(12), Some(-1), (0, 9, -1, 0)),
            (10, Some(-1), Some(-3), Some(-3), (9, 7, -3, 1)),
            (10, Some(-5), None, Some(-1), (5, -1, -1, 6)),
            (0, Some(-5), None, Some(2), (0, 0, 2, 0)),
            (1, None, Some(3), Some(-3), (0, 0, -3, 0)),
            (0, Some(0), None, None, (0, 0, 1, 0)),
            (5, None, Some(12), Some(-1), (4, 4, -1, 0)),
            (10, Some(-12), Some(12), Some(2), (0, 10, 2, 5)),
            (1, Some(12), Some(-3), None, (1, 0, 1, 0)),
            (5, None, None, Some(1), (0, 5, 1, 5)),
            (5, Some(4), Some(-12), Some(-1), (4, -1, -1, 5)),
            (1, Some(0), Some(12), Some(1), (0, 1, 1, 1)),
            (10, Some(-5), Some(12), Some(-1), (5, 9, -1, 0)),
            (10, Some(4), Some(-3), Some(2), (4, 7, 2, 2)),
            (1, Some(2), Some(-12), Some(2), (1, 0, 2, 0)),
            (5, Some(0), Some(3), Some(-1), (0, 3, -1, 0)),
            (5, None, None, Some(-1), (4, -1, -1, 5)),
            (10, None, None, Some(-3), (9, -1, -3, 4)),
            (10, Some(isize::MIN), Some(isize::MAX), Some(isize::MAX), (0, 10, isize::MAX, 1)),
        ];
        for &(len, a, b, c, want) in cases {
            assert_eq!(apply(len, a, b, c), want, "slice({a:?}, {b:?}, {c:?}).indices({len})");
        }
    }
}
