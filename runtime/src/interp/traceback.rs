//! Tracebacks and frame objects.
//!
//! As an exception unwinds, each frame it leaves adds a `traceback` entry (`tb_frame`,
//! `tb_lasti`, `tb_lineno`, `tb_next`). Frame objects — what `sys._getframe()` and
//! `tb_frame` return — are created lazily for interpreter frames; when the interpreter
//! frame finishes while its frame object is still referenced, the frame object takes a
//! copy of it (locals, code, line) so it stays inspectable.

use super::frame::{Frame, FrameKind, HEADER_WORDS};
use crate::errors::PyResult;
use crate::object::{alloc_object, decref, free_memory, incref, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{dict, exceptions, int, singletons, str as pystr};
use std::cell::Cell;

// ----- frame objects ----------------------------------------------------------------

/// A Python-visible frame.
#[repr(C)]
pub struct PyFrameObject {
    ob: ObjHeader,
    /// The interpreter frame (live, or this object's own copy).
    frame: Cell<*mut Frame>,
    /// The copy's storage once the frame finished.
    owned: Cell<Option<Box<[Value]>>>,
    /// `f_back` captured when the frame finished (owned) or NULL.
    back: Cell<Value>,
    /// Locals dict snapshot for `f_locals` (owned) or NULL.
    locals_snapshot: Cell<Value>,
}

/// The `frame` type.
pub static FRAME_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "frame", std::mem::size_of::<PyFrameObject>(), 0, dealloc_frame));

unsafe fn dealloc_frame(v: Value) {
    let fo = &*(v.as_ptr() as *const PyFrameObject);
    let f = fo.frame.get();
    if let Some(buf) = fo.owned.take() {
        // The copy owns its references.
        (*f).clear();
        drop(buf);
    } else if !f.is_null() {
        // Still running: the interpreter frame no longer has a frame object.
        (*f).frame_obj.set(Value::NULL);
    }
    decref(fo.back.replace(Value::NULL));
    decref(fo.locals_snapshot.replace(Value::NULL));
    free_memory(v, std::mem::size_of::<PyFrameObject>());
}

fn fobj(v: Value) -> &'static PyFrameObject {
    // SAFETY: only called on frame objects.
    unsafe { &*(v.as_ptr() as *const PyFrameObject) }
}

/// The frame object for an interpreter frame (created on first request). The returned
/// reference is new; the interpreter frame keeps its own.
pub fn frame_object(f: *mut Frame) -> Obj {
    // SAFETY: `f` is a live frame.
    let fr = unsafe { &*f };
    let existing = fr.frame_obj.get();
    if !existing.is_null() {
        return Obj::new_ref(existing);
    }
    let p = alloc_object(&FRAME_TYPE, std::mem::size_of::<PyFrameObject>()) as *mut PyFrameObject;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        std::ptr::addr_of_mut!((*p).frame).write(Cell::new(f));
        std::ptr::addr_of_mut!((*p).owned).write(Cell::new(None));
        std::ptr::addr_of_mut!((*p).back).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).locals_snapshot).write(Cell::new(Value::NULL));
    }
    let v = Value::from_ptr(p);
    // The interpreter frame holds one reference; the caller gets another.
    fr.frame_obj.set(v);
    incref(v);
    // SAFETY: the interpreter frame's reference was just counted.
    unsafe { Obj::from_raw(v) }
}

/// Called when an interpreter frame with a frame object finishes: the frame object takes
/// a copy of the frame so it stays usable.
///
/// # Safety
/// `f` is finishing; called before its slots are released.
pub unsafe fn frame_finished(f: *mut Frame) {
    let fr = &*f;
    let v = fr.frame_obj.replace(Value::NULL);
    if v.is_null() {
        return;
    }
    let fo = fobj(v);
    // Capture f_back while the caller still exists.
    if !fr.previous.is_null() {
        let back = frame_object(fr.previous);
        fo.back.set(back.into_raw());
    }
    // Copy header + localsplus (the stack is dropped by the caller's clear()).
    let words = HEADER_WORDS + fr.nlocalsplus as usize;
    let mut buf: Box<[Value]> = vec![Value::NULL; words].into_boxed_slice();
    std::ptr::copy_nonoverlapping(f as *const Value, buf.as_mut_ptr(), words);
    let copy = buf.as_mut_ptr() as *mut Frame;
    // The copy takes its own references to everything the frame holds.
    let c = &*copy;
    // The copy owns what a frame owns (see `Frame::init`).
    if c.func.is_null() {
        incref(c.globals);
        incref(c.builtins);
        incref(c.code().as_value());
    } else {
        incref(c.func);
    }
    incref(c.locals);
    for i in 0..c.nlocalsplus as usize {
        incref(*c.localsplus().add(i));
    }
    c.stack_depth.set(0);
    c.kind.set(FrameKind::Owned);
    c.frame_obj.set(Value::NULL);
    fo.frame.set(copy);
    fo.owned.set(Some(buf));
    decref(v);
}

fn frame_of(v: Value) -> &'static Frame {
    // SAFETY: a frame object always points to a live frame or its own copy.
    unsafe { &*fobj(v).frame.get() }
}

/// `f_lineno`.
pub fn lineno(v: Value) -> Option<u32> {
    frame_of(v).lineno()
}

fn get_code(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(frame_of(v).code().as_value()))
}
fn get_lineno(v: Value) -> PyResult<Obj> {
    Ok(match lineno(v) {
        Some(l) => int::from_i64(l as i64),
        None => singletons::none_obj(),
    })
}
fn get_lasti(v: Value) -> PyResult<Obj> {
    Ok(int::from_i64(frame_of(v).lasti.get() as i64 * 2))
}
fn get_globals(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(frame_of(v).globals))
}
fn get_builtins(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(frame_of(v).builtins))
}
fn get_back(v: Value) -> PyResult<Obj> {
    let fo = fobj(v);
    let b = fo.back.get();
    if !b.is_null() {
        return Ok(Obj::new_ref(b));
    }
    if fo.owned.take().map(|buf| {
        fo.owned.set(Some(buf));
        true
    }) == Some(true)
    {
        return Ok(singletons::none_obj());
    }
    let prev = frame_of(v).previous;
    if prev.is_null() {
        return Ok(singletons::none_obj());
    }
    Ok(frame_object(prev))
}

/// `f_locals`: the namespace for module/class frames, a fresh dict of the fast locals
/// (and cell contents) for function frames.
pub fn locals_dict(f: &Frame) -> Obj {
    if !f.locals.is_null() {
        return Obj::new_ref(f.locals);
    }
    let d = dict::new();
    let code = f.code();
    for i in 0..f.nlocalsplus as usize {
        let name = code.localsplusnames[i];
        let mut v = f.local(i);
        let kind = code.localspluskinds[i];
        if kind & (crate::bytecode::opcodes::local_kind::CELL | crate::bytecode::opcodes::local_kind::FREE) != 0
            && !v.is_null()
            && crate::objects::cell::is_cell(v)
        {
            v = crate::objects::cell::get(v);
        }
        if !v.is_null() {
            dict::set_str(d.value(), name, v);
        }
    }
    d
}

/// `locals()` of a running frame.
pub fn frame_locals(f: *mut Frame) -> PyResult<Obj> {
    // SAFETY: `f` is a live frame.
    Ok(locals_dict(unsafe { &*f }))
}

/// A frame was moved (into a generator): its frame object follows it.
///
/// # Safety
/// `f` is the frame's new, initialized location.
pub unsafe fn frame_relocated(f: *mut Frame) {
    let v = (*f).frame_obj.get();
    if !v.is_null() {
        fobj(v).frame.set(f);
    }
}

fn get_locals(v: Value) -> PyResult<Obj> {
    Ok(locals_dict(frame_of(v)))
}

fn frame_repr(v: Value) -> PyResult<Obj> {
    let f = frame_of(v);
    let c = f.code();
    Ok(pystr::from_string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.bits(),
        c.filename_str(),
        f.lineno().unwrap_or(0),
        c.name_str()
    )))
}

// ----- traceback objects ----------------------------------------------------------------

/// A traceback entry.
#[repr(C)]
pub struct PyTraceback {
    ob: ObjHeader,
    /// `tb_next` (owned) or NULL.
    pub next: Cell<Value>,
    /// `tb_frame` (owned).
    pub frame: Value,
    /// `tb_lasti` in code units.
    pub lasti: u32,
    /// `tb_lineno`.
    pub lineno: u32,
}

/// The `traceback` type.
pub static TRACEBACK_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "traceback", std::mem::size_of::<PyTraceback>(), 0, dealloc_tb));

unsafe fn dealloc_tb(v: Value) {
    let t = &*(v.as_ptr() as *const PyTraceback);
    decref(t.next.replace(Value::NULL));
    decref(t.frame);
    free_memory(v, std::mem::size_of::<PyTraceback>());
}

/// True for traceback objects.
pub fn is_traceback(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &TRACEBACK_TYPE)
}

/// The fields of a traceback object.
pub fn tb(v: Value) -> &'static PyTraceback {
    // SAFETY: callers check `is_traceback`.
    unsafe { &*(v.as_ptr() as *const PyTraceback) }
}

/// Adds the entry for frame `f` at the head of `exc.__traceback__` (PyTraceBack_Here).
pub fn add_entry(exc: Value, f: *mut Frame) {
    if !exceptions::is_exception(exc) {
        return;
    }
    // SAFETY: `f` is a live frame.
    let fr = unsafe { &*f };
    let fo = frame_object(f);
    let lasti = fr.lasti.get();
    let lineno = fr.code().line_of(lasti).unwrap_or(0);
    let p = alloc_object(&TRACEBACK_TYPE, std::mem::size_of::<PyTraceback>()) as *mut PyTraceback;
    let fields = exceptions::fields(exc);
    let old = fields.traceback.get();
    // SAFETY: fresh allocation; `old` moves into tb_next.
    unsafe {
        std::ptr::addr_of_mut!((*p).next).write(Cell::new(old));
        std::ptr::addr_of_mut!((*p).frame).write(fo.into_raw());
        std::ptr::addr_of_mut!((*p).lasti).write(lasti);
        std::ptr::addr_of_mut!((*p).lineno).write(lineno);
    }
    fields.traceback.set(Value::from_ptr(p));
}

fn tb_next(v: Value) -> PyResult<Obj> {
    let n = tb(v).next.get();
    Ok(if n.is_null() { singletons::none_obj() } else { Obj::new_ref(n) })
}
fn tb_set_next(v: Value, value: Value) -> PyResult<()> {
    let new = if value.is_null() || value == singletons::none() { Value::NULL } else { value };
    if !new.is_null() && !is_traceback(new) {
        return Err(crate::errors::type_error("expected traceback object or None"));
    }
    incref(new);
    decref(tb(v).next.replace(new));
    Ok(())
}
fn tb_frame(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(tb(v).frame))
}
fn tb_lineno(v: Value) -> PyResult<Obj> {
    Ok(int::from_i64(tb(v).lineno as i64))
}
fn tb_lasti(v: Value) -> PyResult<Obj> {
    Ok(int::from_i64(tb(v).lasti as i64 * 2))
}

/// The entries of a traceback chain, outermost first: (frame object, line).
pub fn entries(mut t: Value) -> Vec<(Value, u32)> {
    let mut out = Vec::new();
    while !t.is_null() && is_traceback(t) {
        let e = tb(t);
        out.push((e.frame, e.lineno));
        t = e.next.get();
    }
    out
}

/// `(f_globals, f_builtins)` of a frame object (borrowed).
pub fn frame_namespaces(fo: Value) -> (Value, Value) {
    let f = frame_of(fo);
    (f.globals, f.builtins)
}

/// The code object of a frame object.
pub fn frame_code(fo: Value) -> &'static crate::bytecode::code::CodeObject {
    frame_of(fo).code()
}

/// Installs the slots and attributes (start-up).
pub fn init_types() {
    use crate::objects::descr::GetSetDef;
    FRAME_TYPE.slots.repr.set(Some(frame_repr));
    crate::objects::pytype::add_getsets(&FRAME_TYPE, &[
        GetSetDef { name: "f_code", get: get_code, set: None },
        GetSetDef { name: "f_lineno", get: get_lineno, set: None },
        GetSetDef { name: "f_lasti", get: get_lasti, set: None },
        GetSetDef { name: "f_globals", get: get_globals, set: None },
        GetSetDef { name: "f_builtins", get: get_builtins, set: None },
        GetSetDef { name: "f_back", get: get_back, set: None },
        GetSetDef { name: "f_locals", get: get_locals, set: None },
    ]);
    crate::objects::pytype::add_getsets(&TRACEBACK_TYPE, &[
        GetSetDef { name: "tb_next", get: tb_next, set: Some(tb_set_next) },
        GetSetDef { name: "tb_frame", get: tb_frame, set: None },
        GetSetDef { name: "tb_lineno", get: tb_lineno, set: None },
        GetSetDef { name: "tb_lasti", get: tb_lasti, set: None },
    ]);
}
