//! The interpreter's side of native (JIT-compiled) code: entering it from the dispatch
//! loop, and running a frame that native code pushed.
//!
//! A compiled code object has one native function `extern "C" fn(*mut ThreadState,
//! *mut Frame) -> u64` that starts at the frame's `ip` (function entry, or a loop header
//! for on-stack replacement). It returns the frame's return value (a non-zero word, the
//! frame still to be released by the caller) or 0: the frame's `ip`, `lasti` and stack
//! are written back and either `ThreadState::jit_err` holds an exception raised at
//! `lasti`, or the interpreter simply continues at `ip` (an instruction native code
//! leaves to the interpreter).

use super::frame::Frame;
use super::ThreadState;
use crate::errors::{PyErr, PyResult};
use crate::object::{Obj, Value};

/// A compiled code object's entry point.
pub type NativeFn = unsafe extern "C" fn(*mut ThreadState, *mut Frame) -> u64;

/// How a run of native code ended.
pub enum NativeExit {
    /// The frame returned this value (owned); the frame is not yet released.
    Return(Value),
    /// Continue interpreting the frame at its `ip`.
    Continue,
    /// An exception was raised at the frame's `lasti`.
    Error(PyErr),
}

/// Runs `f`'s native code from `f.ip`. `f` is the current frame and its code has a
/// native entry.
#[inline(never)]
pub fn enter(ts: &mut ThreadState, f: *mut Frame) -> NativeExit {
    // SAFETY: `f` is live and current; its code was compiled to `entry`.
    let r = unsafe {
        let entry: NativeFn = std::mem::transmute::<usize, NativeFn>((*f).code().jit_entry.get());
        entry(ts, f)
    };
    if r != 0 {
        return NativeExit::Return(Value::from_bits(r));
    }
    match ts.jit_err.take() {
        Some(e) => NativeExit::Error(e),
        None => NativeExit::Continue,
    }
}

/// Runs a frame that native code pushed and linked (current, `previous` set, depth
/// counted) to completion: natively when its code is compiled, continuing in the
/// interpreter from wherever native code left it. The frame is released.
pub fn run_pushed(ts: &mut ThreadState, f: *mut Frame) -> PyResult<Obj> {
    // SAFETY: `f` is the live current frame.
    let code = unsafe { (*f).code() };
    if code.jit_entry.get() == 0 {
        return returned(super::run_frame(f)?);
    }
    // SAFETY: `f` is current and its code has a native entry.
    let r = unsafe {
        let entry: NativeFn = std::mem::transmute::<usize, NativeFn>(code.jit_entry.get());
        entry(ts, f)
    };
    if r == 0 {
        return resume_pushed(ts, f);
    }
    super::pop_returned_frame(ts, f);
    // SAFETY: the returned reference moves to the caller.
    Ok(unsafe { Obj::from_raw(Value::from_bits(r)) })
}

/// Finishes a pushed frame whose native code returned 0: the interpreter raises the
/// pending exception in it (`jit_err`) or continues at its `ip`. The frame is released.
pub fn resume_pushed(ts: &mut ThreadState, f: *mut Frame) -> PyResult<Obj> {
    returned(match ts.jit_err.take() {
        Some(e) => super::run_frame_throw(f, e)?,
        None => super::run_frame(f)?,
    })
}

fn returned(exit: super::Exit) -> PyResult<Obj> {
    match exit {
        super::Exit::Return(v) => Ok(v),
        super::Exit::Yield(_) => Err(crate::errors::system_error("a function frame yielded")),
    }
}
