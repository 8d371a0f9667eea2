//! Per-thread interpreter state: the data stack, the current frame, the handled exception
//! (`sys.exc_info()`), recursion accounting and the eval breaker.
//!
//! Each OS thread running Python has one `ThreadState`, reached through a thread-local
//! pointer. Recursion is bounded two ways: Python frames against `sys.getrecursionlimit()`
//! (as CPython), and native re-entry (Rust calling back into Python) against a depth that
//! keeps the Rust stack safe, since interpreter threads run on large stacks.

use super::frame::{DataStack, Frame};
use crate::errors::{recursion_error, PyResult};
use crate::object::{Obj, Value};
use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

/// Native re-entries allowed (each may use a few KB of Rust stack; threads get 64 MB+).
const MAX_NATIVE_DEPTH: u32 = 6000;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

/// The state of one thread running Python code.
pub struct ThreadState {
    /// Frames live here.
    pub datastack: DataStack,
    /// The innermost running frame (NULL when idle).
    pub current: *mut Frame,
    /// Python frames on this thread's stack.
    pub py_depth: u32,
    /// Effective limit for `py_depth` (the recursion limit).
    pub recursion_limit: u32,
    /// Native (Rust) re-entries into Python.
    pub native_depth: u32,
    /// The exception being handled (`sys.exc_info()`), owned, or NULL.
    pub exc_info: Value,
    /// Set while re-raising (RERAISE): no new traceback entry for this frame.
    pub reraising: bool,
    /// Where RERAISE stood: the handler search in its frame starts there, not at the
    /// restored `lasti` (CPython's `INSTR_OFFSET()` vs `prev_instr`).
    pub unwind_at: Option<u32>,
    /// Calls/back-edges before a code object is handed to the JIT.
    pub jit_threshold: u32,
    /// Bits requesting attention at the next RESUME/JUMP_BACKWARD (GIL drop, signals).
    pub breaker: &'static AtomicU32,
    /// The exception raised in native (JIT) code, handed to whoever called the native
    /// function: set by a runtime helper that failed, taken as soon as native code returns.
    pub jit_err: Option<crate::errors::PyErr>,
    /// Native-to-native call nesting (JIT frames calling JIT frames on the Rust stack).
    pub jit_depth: u32,
}

/// Eval-breaker bit: another thread wants the GIL.
pub const BREAK_GIL_DROP: u32 = 1;
/// Eval-breaker bit: a signal (SIGINT) arrived.
pub const BREAK_SIGNAL: u32 = 2;

thread_local! {
    static CURRENT: Cell<*mut ThreadState> = const { Cell::new(std::ptr::null_mut()) };
}

/// The process-wide eval breaker (threads share it, as CPython's `eval_breaker`).
pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

/// This thread's state, created on first use.
#[inline]
pub fn thread_state() -> &'static mut ThreadState {
    let p = CURRENT.with(|c| c.get());
    if !p.is_null() {
        // SAFETY: the state lives as long as the thread and is only used from it.
        return unsafe { &mut *p };
    }
    new_thread_state()
}

#[cold]
fn new_thread_state() -> &'static mut ThreadState {
    let ts = Box::leak(Box::new(ThreadState {
        datastack: DataStack::new(),
        current: std::ptr::null_mut(),
        py_depth: 0,
        recursion_limit: recursion_limit(),
        native_depth: 0,
        exc_info: Value::NULL,
        reraising: false,
        unwind_at: None,
        jit_threshold: crate::jit_hook::threshold(),
        breaker: &EVAL_BREAKER,
        jit_err: None,
        jit_depth: 0,
    }));
    CURRENT.with(|c| c.set(ts));
    ts
}

/// Frees this thread's state when a Python thread ends (it holds the GIL; no frame of
/// it is running any more).
pub fn release_thread_state() {
    let p = CURRENT.with(|c| c.replace(std::ptr::null_mut()));
    if p.is_null() {
        return;
    }
    // SAFETY: the state was leaked from a Box by `new_thread_state` for this thread only,
    // and nothing refers to it once CURRENT is cleared.
    let ts = unsafe { Box::from_raw(p) };
    if !ts.exc_info.is_null() {
        crate::object::decref(ts.exc_info);
    }
    drop(ts);
}

static RECURSION_LIMIT: AtomicU32 = AtomicU32::new(DEFAULT_RECURSION_LIMIT);

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

/// `sys.setrecursionlimit(n)`.
pub fn set_recursion_limit(n: u32) {
    RECURSION_LIMIT.store(n, Ordering::Relaxed);
    thread_state().recursion_limit = n;
}

impl ThreadState {
    /// True when the eval breaker asks for attention.
    #[inline(always)]
    pub fn eval_breaker(&self) -> bool {
        self.breaker.load(Ordering::Relaxed) != 0
    }

    /// Handles eval-breaker requests: hands the GIL over, delivers signals.
    #[cold]
    pub fn handle_eval_breaker(&mut self) -> PyResult<()> {
        let bits = self.breaker.load(Ordering::Acquire);
        if bits & BREAK_SIGNAL != 0 {
            self.breaker.fetch_and(!BREAK_SIGNAL, Ordering::AcqRel);
            return Err(crate::errors::PyErr::with_args(crate::objects::exceptions::keyboard_interrupt(), &[]));
        }
        if bits & BREAK_GIL_DROP != 0 {
            crate::gil::yield_gil();
        }
        Ok(())
    }
}

/// Guard for one native re-entry (released on drop).
pub struct NativeGuard(());

impl Drop for NativeGuard {
    #[inline(always)]
    fn drop(&mut self) {
        thread_state().native_depth -= 1;
    }
}

/// Enters native code that may call back into Python; fails with RecursionError when the
/// nesting would endanger the Rust stack.
#[inline]
pub fn enter_native() -> PyResult<NativeGuard> {
    let ts = thread_state();
    if ts.native_depth >= MAX_NATIVE_DEPTH || ts.py_depth > ts.recursion_limit + 50 {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    ts.native_depth += 1;
    Ok(NativeGuard(()))
}

/// `__name__` of the current frame's globals (for `__module__` of new classes).
pub fn current_module_name() -> Option<Obj> {
    let ts = thread_state();
    if ts.current.is_null() {
        return None;
    }
    // SAFETY: the current frame is live.
    let g = unsafe { (*ts.current).globals };
    crate::objects::dict::get_str(g, crate::interned!("__name__")).map(Obj::new_ref)
}

/// The globals of the current frame (NULL when no Python code runs).
pub fn current_globals() -> Value {
    let ts = thread_state();
    if ts.current.is_null() {
        return Value::NULL;
    }
    // SAFETY: the current frame is live.
    unsafe { (*ts.current).globals }
}
