//! `memoryview` basics: a view of a bytes or bytearray object's bytes (format 'B',
//! one dimension), with indexing, slicing (strides included), assignment into a
//! bytearray, `tobytes`/`tolist`/`hex`, comparison with anything bytes-like, `release`
//! and use as a context manager.
//!
//! The view keeps its object alive and re-reads the object's current bytes on every
//! access (bounds checked), so no raw pointer outlives a resize. CPython instead forbids
//! resizing a bytearray while a view exists; here a view of a shrunk bytearray reports
//! IndexError rather than BufferError.

use crate::errors::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args, bool_, bytearray, bytes, int, list, singletons, slice, str as pystr};
use std::cell::Cell;

/// A memoryview.
#[repr(C)]
pub struct PyMemoryView {
    ob: ObjHeader,
    /// The exporting object (owned).
    obj: Value,
    /// First byte, in the object's data.
    start: isize,
    /// Distance between consecutive items.
    step: isize,
    /// Number of items.
    len: usize,
    /// Set by `release()`.
    released: Cell<bool>,
}

/// The `memoryview` type.
pub static MEMORYVIEW_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "memoryview", std::mem::size_of::<PyMemoryView>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    decref((*(v.as_ptr() as *const PyMemoryView)).obj);
    free_memory(v, std::mem::size_of::<PyMemoryView>());
}

fn raw(v: Value) -> &'static PyMemoryView {
    // SAFETY: callers pass memoryviews.
    unsafe { &*(v.as_ptr() as *const PyMemoryView) }
}

/// True for memoryviews.
pub fn is_memoryview(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &MEMORYVIEW_TYPE)
}

fn make(obj: Value, start: isize, step: isize, len: usize) -> Obj {
    let p = alloc_object(&MEMORYVIEW_TYPE, std::mem::size_of::<PyMemoryView>()) as *mut PyMemoryView;
    incref(obj);
    // SAFETY: fresh allocation of the right size.
    unsafe {
        p.write(PyMemoryView { ob: std::ptr::read(p as *const ObjHeader), obj, start, step, len, released: Cell::new(false) });
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// The view's bytes (copied), or the error for a released view.
fn contents(v: Value) -> PyResult<Vec<u8>> {
    let m = live(v)?;
    let data = bytes::as_bytes_opt(m.obj).unwrap_or(&[]);
    (0..m.len).map(|k| byte_at(m, data, k)).collect()
}

fn live(v: Value) -> PyResult<&'static PyMemoryView> {
    let m = raw(v);
    if m.released.get() {
        return Err(value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn byte_at(m: &PyMemoryView, data: &[u8], k: usize) -> PyResult<u8> {
    let i = m.start + k as isize * m.step;
    data.get(i as usize).copied().filter(|_| i >= 0).ok_or_else(|| index_error("index out of bounds on dimension 1"))
}

/// The bytes of a contiguous view (for `bytes(view)` and friends); `None` otherwise.
pub fn contiguous_bytes(v: Value) -> Option<&'static [u8]> {
    let m = raw(v);
    if m.released.get() || (m.step != 1 && m.len > 1) {
        return None;
    }
    let data = bytes::as_bytes_opt(m.obj)?;
    data.get(m.start as usize..m.start as usize + m.len)
}

fn mv_new(_t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("memoryview", a, kw, &["object"], 1)?;
    let obj = b[0];
    if is_memoryview(obj) {
        let m = live(obj)?;
        return Ok(make(m.obj, m.start, m.step, m.len));
    }
    match bytes::as_bytes_opt(obj) {
        Some(data) => Ok(make(obj, 0, 1, data.len())),
        None => Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_of(obj).name()))),
    }
}

fn mv_len(v: Value) -> PyResult<usize> {
    Ok(live(v)?.len)
}

fn mv_getitem(v: Value, key: Value) -> PyResult<Obj> {
    let m = live(v)?;
    if slice::is_slice(key) {
        let (start, _, step, n) = slice::indices(key, m.len)?;
        return Ok(make(m.obj, m.start + start * m.step, m.step * step, n));
    }
    let Some(i) = int::as_index_opt(key)? else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    let k = if i < 0 { i + m.len as i64 } else { i };
    if k < 0 || k >= m.len as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    let data = bytes::as_bytes_opt(m.obj).unwrap_or(&[]);
    Ok(int::from_i64(byte_at(m, data, k as usize)? as i64))
}

fn mv_setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    let m = live(v)?;
    if !bytearray::is_bytearray(m.obj) {
        return Err(type_error("cannot modify read-only memory"));
    }
    if value.is_null() {
        return Err(type_error("cannot delete memory"));
    }
    // The positions first (no Python code runs after the bytes are borrowed).
    let (positions, new): (Vec<isize>, Vec<u8>) = if slice::is_slice(key) {
        let (start, _, step, n) = slice::indices(key, m.len)?;
        let src = match bytes::as_bytes_opt(value) {
            Some(b) => b.to_vec(),
            None if is_memoryview(value) => contents(value)?,
            None => return Err(type_error(format!("a bytes-like object is required, not '{}'", type_of(value).name()))),
        };
        if src.len() != n {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        ((0..n).map(|k| m.start + (start + k as isize * step) * m.step).collect(), src)
    } else {
        let Some(i) = int::as_index_opt(key)? else {
            return Err(type_error("memoryview: invalid slice key"));
        };
        let k = if i < 0 { i + m.len as i64 } else { i };
        if k < 0 || k >= m.len as i64 {
            return Err(index_error("index out of bounds on dimension 1"));
        }
        let Some(b) = int::as_index_opt(value)? else {
            return Err(type_error("memoryview: invalid type for format 'B'"));
        };
        if !(0..=255).contains(&b) {
            return Err(value_error("memoryview: invalid value for format 'B'"));
        }
        (vec![m.start + k as isize * m.step], vec![b as u8])
    };
    let data = bytearray::vec_mut(m.obj);
    for (p, b) in positions.into_iter().zip(new) {
        match data.get_mut(p as usize) {
            Some(slot) if p >= 0 => *slot = b,
            _ => return Err(index_error("index out of bounds on dimension 1")),
        }
    }
    Ok(())
}

fn mv_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    if raw(a).released.get() || (is_memoryview(b) && raw(b).released.get()) {
        return Ok(bool_::from_bool((a == b) == (op == CompareOp::Eq)));
    }
    let other = if is_memoryview(b) {
        contents(b)?
    } else if let Some(d) = bytes::as_bytes_opt(b) {
        d.to_vec()
    } else {
        return Ok(singletons::not_implemented());
    };
    Ok(bool_::from_bool((contents(a)? == other) == (op == CompareOp::Eq)))
}

fn mv_hash(v: Value) -> PyResult<i64> {
    let m = live(v)?;
    if !bytes::is_bytes(m.obj) {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(pystr::hash_bytes(&contents(v)?))
}

fn mv_iter(v: Value) -> PyResult<Obj> {
    let items: Vec<Obj> = contents(v)?.into_iter().map(|b| int::from_i64(b as i64)).collect();
    protocol::get_iter(list::new(items).value())
}

fn mv_repr(v: Value) -> PyResult<Obj> {
    let state = if raw(v).released.get() { "released " } else { "" };
    Ok(pystr::from_string(format!("<{state}memory at {:#x}>", v.bits())))
}

fn m_tobytes(this: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("tobytes", a, kw, 0, 1)?;
    Ok(bytes::new(&contents(this)?))
}

fn m_tolist(this: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("tolist", a, kw, 0)?;
    Ok(list::new(contents(this)?.into_iter().map(|b| int::from_i64(b as i64)).collect()))
}

fn m_hex(this: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("hex", a, kw, 0)?;
    Ok(pystr::from_string(contents(this)?.iter().map(|b| format!("{b:02x}")).collect()))
}

fn m_release(this: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("release", a, kw, 0)?;
    raw(this).released.set(true);
    Ok(singletons::none_obj())
}

fn m_enter(this: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("__enter__", a, kw, 0)?;
    live(this)?;
    Ok(Obj::new_ref(this))
}

fn m_exit(this: Value, _a: &[Value], _kw: Value) -> PyResult<Obj> {
    raw(this).released.set(true);
    Ok(singletons::none_obj())
}

fn get_obj(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(live(v)?.obj))
}

fn get_readonly(v: Value) -> PyResult<Obj> {
    Ok(bool_::from_bool(!bytearray::is_bytearray(live(v)?.obj)))
}

fn get_nbytes(v: Value) -> PyResult<Obj> {
    Ok(int::from_i64(live(v)?.len as i64))
}

fn get_format(v: Value) -> PyResult<Obj> {
    live(v)?;
    Ok(pystr::new("B"))
}

fn get_one(v: Value) -> PyResult<Obj> {
    live(v)?;
    Ok(int::from_i64(1))
}

fn get_released(v: Value) -> PyResult<Obj> {
    Ok(bool_::from_bool(raw(v).released.get()))
}

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let t = &MEMORYVIEW_TYPE;
    t.slots.new.set(Some(mv_new));
    t.slots.repr.set(Some(mv_repr));
    t.slots.len.set(Some(mv_len));
    t.slots.getitem.set(Some(mv_getitem));
    t.slots.setitem.set(Some(mv_setitem));
    t.slots.richcompare.set(Some(mv_richcompare));
    t.slots.hash.set(Some(mv_hash));
    t.slots.iter.set(Some(mv_iter));
    pytype::ready_static(t, Some(&crate::objects::object::OBJECT_TYPE.0));
    pytype::add_methods(t, crate::methods![
        "tobytes" => m_tobytes;
        "tolist" => m_tolist;
        "hex" => m_hex;
        "release" => m_release;
        "__enter__" => m_enter;
        "__exit__" => m_exit;
    ]);
    use crate::objects::descr::GetSetDef;
    pytype::add_getsets(t, &[
        GetSetDef { name: "obj", get: get_obj, set: None },
        GetSetDef { name: "readonly", get: get_readonly, set: None },
        GetSetDef { name: "nbytes", get: get_nbytes, set: None },
        GetSetDef { name: "format", get: get_format, set: None },
        GetSetDef { name: "itemsize", get: get_one, set: None },
        GetSetDef { name: "ndim", get: get_one, set: None },
        GetSetDef { name: "released", get: get_released, set: None },
    ]);
}
