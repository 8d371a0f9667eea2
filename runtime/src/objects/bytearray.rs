//! `bytearray`: a mutable byte string (CPython's `Objects/bytearrayobject.c`).
//!
//! Representation: `PyByteArray { ob, data: Vec<u8> }`, the bytes in a growable buffer
//! outside the object (so instances of Python subclasses keep their attribute store at the
//! end of the fixed part, as `list` does).
//!
//! Invariants: no borrow of the buffer is held while Python code runs (an argument's
//! `__index__`, an iterator) — arguments are converted first, and slices obtained from
//! [`data`] are dropped before anything that could call back. The methods shared with
//! `bytes` (`find`, `split`, `upper`, ...) live in `bytes.rs` and return bytearrays for a
//! bytearray receiver; this file holds what only a mutable sequence has (item and slice
//! assignment, `append`, `extend`, `pop`, `+=`, ...).

use crate::errors::{index_error, type_error, value_error, PyResult};
use crate::object::attrs::AttrStore;
use crate::object::{alloc_object, flags, free_memory, protocol, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::bytes::{self, PyBytesIter};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args as argcheck, bool_, exceptions, int, list, singletons, slice, str as pystr, tuple};
use std::cell::UnsafeCell;

/// The range message of bytearray item conversions.
const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// The `bytearray` object.
#[repr(C)]
pub struct PyByteArray {
    ob: ObjHeader,
    data: UnsafeCell<Vec<u8>>,
}

/// The `bytearray` type.
pub static BYTEARRAY_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "bytearray",
    std::mem::size_of::<PyByteArray>(),
    flags::BASETYPE,
    dealloc,
));

/// The `bytearray_iterator` type (same layout and slots as `bytes_iterator`).
pub static BYTEARRAY_ITER_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "bytearray_iterator",
    std::mem::size_of::<PyBytesIter>(),
    0,
    bytes::dealloc_iter,
));

unsafe fn dealloc(v: Value) {
    std::ptr::drop_in_place(raw(v).data.get());
    pytype::release_instance_attrs(v);
    free_memory(v, type_of(v).basicsize.get() + pytype::attrs_extra(type_of(v)));
}

#[inline(always)]
fn raw(v: Value) -> &'static PyByteArray {
    // SAFETY: callers pass bytearray instances.
    unsafe { &*(v.as_ptr() as *const PyByteArray) }
}

/// The buffer. No Python code may run while the borrow is alive.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn vec_mut(v: Value) -> &'static mut Vec<u8> {
    // SAFETY: under the GIL, with the discipline stated in the module docs.
    unsafe { &mut *raw(v).data.get() }
}

/// The contents (same caveat as [`vec_mut`]).
#[inline(always)]
pub fn data(v: Value) -> &'static [u8] {
    vec_mut(v)
}

/// True for bytearray (or subclass) instances.
#[inline]
pub fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && {
        let t = type_of(v);
        std::ptr::eq(t, &BYTEARRAY_TYPE.0) || (t.has_flag(flags::HEAPTYPE) && t.is_subtype(&BYTEARRAY_TYPE.0))
    }
}

/// A new bytearray of type `ty` (bytearray or a subclass) owning `data`.
pub fn new_of(ty: &TypeObject, data: Vec<u8>) -> Obj {
    let size = ty.basicsize.get() + pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyByteArray;
    // SAFETY: fresh allocation of `size` bytes; the attribute store of a subclass instance
    // is set up by `init_instance_attrs`.
    unsafe {
        std::ptr::addr_of_mut!((*p).data).write(UnsafeCell::new(data));
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

/// A new bytearray owning `data`.
pub fn from_vec(data: Vec<u8>) -> Obj {
    new_of(&BYTEARRAY_TYPE.0, data)
}

/// A new bytearray holding a copy of `data`.
pub fn new(data: &[u8]) -> Obj {
    from_vec(data.to_vec())
}

// ----- slots -----------------------------------------------------------------------------

fn ba_repr(v: Value) -> PyResult<Obj> {
    let mut s = String::from(type_of(v).name());
    s.push('(');
    crate::unicode::repr::repr_bytes_into(&mut s, data(v));
    s.push(')');
    Ok(pystr::from_string(s))
}

fn ba_unhashable(v: Value) -> PyResult<i64> {
    Err(type_error(format!("unhashable type: '{}'", type_of(v).name())))
}

fn ba_len(v: Value) -> PyResult<usize> {
    Ok(data(v).len())
}

fn ba_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    match (bytes::as_bytes_opt(a), bytes::as_bytes_opt(b)) {
        (Some(x), Some(y)) => Ok(bool_::from_bool(bytes::compare_bytes(x, y, op))),
        _ => Ok(singletons::not_implemented()),
    }
}

fn ba_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::as_index_opt(key)? {
        let d = data(v);
        return match list::normalize_index(i, d.len()) {
            Some(j) => Ok(Obj::small_int(d[j] as i64)),
            None => Err(index_error("bytearray index out of range")),
        };
    }
    if slice::is_slice(key) {
        let (start, _stop, step, n) = slice::indices(key, data(v).len())?;
        let d = data(v);
        let picked: Vec<u8> = if step == 1 {
            d[start as usize..start as usize + n].to_vec()
        } else {
            (0..n).map(|k| d[(start + k as isize * step) as usize]).collect()
        };
        return Ok(from_vec(picked));
    }
    Err(type_error(format!("bytearray indices must be integers or slices, not {}", type_of(key).name())))
}

/// True when `v` counts as a number for slice assignment (CPython's `PyNumber_Check`).
fn is_number(v: Value) -> bool {
    if v.is_small_int() || v.is_immediate_float() {
        return true;
    }
    let s = &type_of(v).slots;
    s.index.get().is_some() || s.int.get().is_some() || s.float.get().is_some() || crate::objects::complex::is_complex(v)
}

/// `self[index] = values` / `del self[index]` (values NULL): CPython's
/// `bytearray_ass_subscript`.
fn ba_setitem(v: Value, index: Value, values: Value) -> PyResult<()> {
    let (start, stop, step, slicelen);
    if let Some(i) = int::as_index_opt(index)? {
        // The value is converted before the bounds check (its __index__ may resize us).
        let ival = if values.is_null() { None } else { Some(bytes::byte_value(values, BYTE_RANGE)?) };
        let n = data(v).len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("bytearray index out of range"));
        }
        match ival {
            Some(b) => {
                vec_mut(v)[j as usize] = b;
                return Ok(());
            }
            None => {
                start = j as isize;
                stop = j as isize + 1;
                step = 1;
                slicelen = 1;
            }
        }
    } else if slice::is_slice(index) {
        let (a, b, c, n) = slice::indices(index, data(v).len())?;
        start = a;
        stop = b;
        step = c;
        slicelen = n;
    } else {
        return Err(type_error(format!("bytearray indices must be integers or slices, not {}", type_of(index).name())));
    }
    let needed: Option<Vec<u8>> = if values.is_null() {
        None
    } else if values == v || !is_bytearray(values) {
        if is_number(values) || pystr::is_str(values) {
            return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        }
        // Convert to a bytearray and start over: converting may have run Python code that
        // resized us, so the slice bounds are recomputed.
        let copy = from_vec(bytes::from_object_named(values, "bytearray", BYTE_RANGE)?);
        return ba_setitem(v, index, copy.value());
    } else {
        Some(data(values).to_vec())
    };
    let needed = needed.unwrap_or_default();
    let mut stop = stop;
    if (step < 0 && start < stop) || (step > 0 && start > stop) {
        stop = start;
    }
    let buf = vec_mut(v);
    if step == 1 {
        let (s, e) = (start as usize, (stop as usize).min(buf.len()));
        buf.splice(s..e.max(s), needed);
        return Ok(());
    }
    if needed.is_empty() {
        // Delete the extended slice.
        let mut doomed: Vec<usize> = (0..slicelen).map(|k| (start + k as isize * step) as usize).collect();
        doomed.sort_unstable();
        let mut k = 0;
        let mut idx = 0;
        buf.retain(|_| {
            let keep = !(k < doomed.len() && doomed[k] == idx);
            if !keep {
                k += 1;
            }
            idx += 1;
            keep
        });
        return Ok(());
    }
    if needed.len() != slicelen {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            needed.len(),
            slicelen
        )));
    }
    for (k, b) in needed.into_iter().enumerate() {
        buf[(start + k as isize * step) as usize] = b;
    }
    Ok(())
}

fn ba_contains(v: Value, x: Value) -> PyResult<bool> {
    bytes::contains_impl(v, x)
}

fn ba_iter(v: Value) -> PyResult<Obj> {
    Ok(bytes::new_iter_of(&BYTEARRAY_ITER_TYPE.0, v))
}

fn ba_add(a: Value, b: Value) -> PyResult<Obj> {
    bytes::concat_impl(a, b)
}

fn ba_iadd(a: Value, b: Value) -> PyResult<Obj> {
    let Some(y) = bytes::as_bytes_opt(b) else {
        if bytes::defers_to(b, BinOp::Add) {
            return Ok(singletons::not_implemented());
        }
        return Err(type_error(format!("can't concat {} to {}", type_of(b).name(), type_of(a).name())));
    };
    let y = y.to_vec();
    vec_mut(a).extend_from_slice(&y);
    Ok(Obj::new_ref(a))
}

/// `data * n`: a bytearray too long for the address space is a `MemoryError` (bytes
/// call it an `OverflowError`), as CPython's `bytearray_repeat`.
fn repeat(d: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n > 0 && d.len() as u128 * n as u128 > isize::MAX as u128 {
        return Err(crate::errors::memory_error());
    }
    bytes::repeat_bytes(d, n)
}

fn ba_mul(a: Value, b: Value) -> PyResult<Obj> {
    let Some((seq, n)) = bytes::repeat_operands(a, b, is_bytearray)? else {
        return Ok(singletons::not_implemented());
    };
    Ok(from_vec(repeat(data(seq), n)?))
}

fn ba_imul(a: Value, b: Value) -> PyResult<Obj> {
    let Some((_, n)) = bytes::repeat_operands(a, b, is_bytearray)? else {
        return Ok(singletons::not_implemented());
    };
    let r = repeat(data(a), n)?;
    *vec_mut(a) = r;
    Ok(Obj::new_ref(a))
}

fn ba_mod(a: Value, b: Value) -> PyResult<Obj> {
    if !is_bytearray(a) {
        return Ok(singletons::not_implemented());
    }
    let fmt = data(a).to_vec();
    Ok(from_vec(bytes::percent_format(&fmt, b)?))
}

fn ba_new(ty: &TypeObject, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(new_of(ty, Vec::new()))
}

/// `bytearray(source=b'', encoding=None, errors=None)` (CPython's `bytearray___init__`).
fn ba_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    let a = argcheck::bind("bytearray", args, kwnames, &["source", "encoding", "errors"], 0)?;
    let (arg, enc, errs) = (a[0], a[1], a[2]);
    let encoding = bytes::opt_str_arg("bytearray", "encoding", enc)?;
    let errors = bytes::opt_str_arg("bytearray", "errors", errs)?;
    vec_mut(v).clear();
    let no_string = || {
        type_error(if encoding.is_some() { "encoding without a string argument" } else { "errors without a string argument" })
    };
    if arg.is_null() {
        if encoding.is_some() || errors.is_some() {
            return Err(no_string());
        }
        return Ok(());
    }
    if pystr::is_str(arg) {
        let Some(encoding) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let encoded = bytes::encode_str(arg, encoding, errors.unwrap_or("strict"))?;
        vec_mut(v).extend_from_slice(&encoded);
        return Ok(());
    }
    if encoding.is_some() || errors.is_some() {
        return Err(no_string());
    }
    if int::is_int(arg) || (arg.is_ptr() && type_of(arg).slots.index.get().is_some()) {
        match bytes::as_ssize_overflow(arg) {
            Ok(Some(n)) => {
                if n < 0 {
                    return Err(value_error("negative count"));
                }
                if n > 1 << 40 {
                    return Err(crate::errors::memory_error());
                }
                vec_mut(v).resize(n as usize, 0);
                return Ok(());
            }
            Ok(None) => {}
            Err(e) if e.matches(exceptions::type_error()) => {}
            Err(e) => return Err(e),
        }
    }
    let contents = bytes::from_object_named(arg, "bytearray", BYTE_RANGE)?;
    *vec_mut(v) = contents;
    Ok(())
}

// ----- methods ---------------------------------------------------------------------------

fn m_append(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "append", args, kw, 1)?;
    let b = bytes::byte_value(args[0], BYTE_RANGE)?;
    vec_mut(this).push(b);
    Ok(singletons::none_obj())
}

fn m_extend(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "extend", args, kw, 1)?;
    let src = args[0];
    if let Some(b) = bytes::as_bytes_opt(src) {
        let b = b.to_vec();
        vec_mut(this).extend_from_slice(&b);
        return Ok(singletons::none_obj());
    }
    let it = match protocol::get_iter(src) {
        Ok(it) => it,
        Err(e) if e.matches(exceptions::type_error()) => {
            return Err(type_error(format!("can't extend bytearray with {}", type_of(src).name())));
        }
        Err(e) => return Err(e),
    };
    // Collected first, so a failing item leaves the bytearray unchanged (as CPython).
    let mut extra = Vec::new();
    while let Some(x) = protocol::next(it.value())? {
        extra.push(bytes::byte_value(x.value(), BYTE_RANGE)?);
    }
    vec_mut(this).extend_from_slice(&extra);
    Ok(singletons::none_obj())
}

fn m_pop(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("pop", args, kw, 0, 1)?;
    let i = if args.is_empty() { -1 } else { bytes::ssize_arg(args[0])? };
    let n = data(this).len();
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let Some(j) = list::normalize_index(i, n) else {
        return Err(index_error("pop index out of range"));
    };
    Ok(Obj::small_int(vec_mut(this).remove(j) as i64))
}

fn m_insert(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("insert", args, kw, 2)?;
    let i = bytes::ssize_arg(args[0])?;
    let b = bytes::byte_value(args[1], BYTE_RANGE)?;
    let n = data(this).len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    vec_mut(this).insert(j as usize, b);
    Ok(singletons::none_obj())
}

fn m_remove(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "remove", args, kw, 1)?;
    let b = bytes::byte_value(args[0], BYTE_RANGE)?;
    match data(this).iter().position(|&x| x == b) {
        Some(j) => {
            vec_mut(this).remove(j);
            Ok(singletons::none_obj())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn m_clear(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "clear", args, kw, 0)?;
    vec_mut(this).clear();
    Ok(singletons::none_obj())
}

fn m_copy(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "copy", args, kw, 0)?;
    Ok(new(data(this)))
}

fn m_reverse(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "reverse", args, kw, 0)?;
    vec_mut(this).reverse();
    Ok(singletons::none_obj())
}

fn m_alloc(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "__alloc__", args, kw, 0)?;
    let v = vec_mut(this);
    // CPython counts the trailing NUL it keeps; an untouched empty bytearray has none.
    let n = if v.capacity() == 0 { 0 } else { v.capacity() + 1 };
    Ok(Obj::small_int(n as i64))
}

fn m_sizeof(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let v = vec_mut(this);
    let alloc = if v.capacity() == 0 { 0 } else { v.capacity() + 1 };
    Ok(Obj::small_int((56 + alloc) as i64))
}

/// `(type(self), args, state)` for pickling: latin-1 text below protocol 3, bytes from 3.
fn reduce(this: Value, proto: i64) -> PyResult<Obj> {
    let d = data(this);
    let args = if proto < 3 {
        let text: String = d.iter().map(|&b| b as char).collect();
        tuple::from_vec(vec![pystr::from_string(text), pystr::new("latin-1")])
    } else {
        tuple::from_vec(vec![bytes::new(d)])
    };
    let state = match AttrStore::of(this) {
        Some(s) => Obj::new_ref(s.materialize(type_of(this))),
        None => singletons::none_obj(),
    };
    Ok(tuple::from_vec(vec![protocol::type_value(this), args, state]))
}

fn m_reduce(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    bytes::exact_q(this, "__reduce__", args, kw, 0)?;
    reduce(this, 0)
}

fn m_reduce_ex(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("__reduce_ex__", args, kw, 0, 1)?;
    let proto = if args.is_empty() { 0 } else { int::to_index(args[0], "")? };
    reduce(this, proto)
}

/// Installs the slots and methods of bytearray and bytearray_iterator (start-up).
pub fn init_type() {
    let s = &BYTEARRAY_TYPE.slots;
    s.repr.set(Some(ba_repr));
    s.hash.set(Some(ba_unhashable));
    s.richcompare.set(Some(ba_richcompare));
    s.len.set(Some(ba_len));
    s.getitem.set(Some(ba_getitem));
    s.setitem.set(Some(ba_setitem));
    s.contains.set(Some(ba_contains));
    s.iter.set(Some(ba_iter));
    s.new.set(Some(ba_new));
    s.init.set(Some(ba_init));
    s.binary[BinOp::Add as usize].set(Some(ba_add));
    s.binary[BinOp::Mul as usize].set(Some(ba_mul));
    s.binary[BinOp::Mod as usize].set(Some(ba_mod));
    s.inplace[BinOp::Add as usize].set(Some(ba_iadd));
    s.inplace[BinOp::Mul as usize].set(Some(ba_imul));
    // `bytearray.__hash__ is None`: no slot wrapper, and subclasses stay unhashable.
    pytype::add_attr(&BYTEARRAY_TYPE, "__hash__", singletons::none());
    bytes::add_shared_methods(&BYTEARRAY_TYPE);
    pytype::add_methods(&BYTEARRAY_TYPE, crate::methods![
        "append" => m_append;
        "extend" => m_extend;
        "pop" => m_pop;
        "insert" => m_insert;
        "remove" => m_remove;
        "clear" => m_clear;
        "copy" => m_copy;
        "reverse" => m_reverse;
        "__alloc__" => m_alloc;
        "__sizeof__" => m_sizeof;
        "__reduce__" => m_reduce;
        "__reduce_ex__" => m_reduce_ex;
    ]);
    let it = &BYTEARRAY_ITER_TYPE.slots;
    it.iter.set(Some(bytes::iter_self));
    it.next.set(Some(bytes::iter_next));
    pytype::add_methods(&BYTEARRAY_ITER_TYPE, crate::methods!["__length_hint__" => bytes::iter_length_hint]);
}
