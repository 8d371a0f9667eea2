//! The runtime's side of the JIT tier: a `JitBackend` trait the `taipan-jit` crate
//! implements and installs at start-up, and the switches the interpreter reads. The
//! runtime never depends on the JIT crate; with no backend installed (or `--no-jit`)
//! nothing is ever compiled.

use crate::bytecode::code::CodeObject;
use crate::interp::frame::Frame;
use crate::object::Value;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::OnceLock;

/// A native-code tier.
pub trait JitBackend: Sync + Send {
    /// Called once when `code` becomes hot; the backend may set `code.jit_entry` (or
    /// `jit_failed`). `globals` and `locals` are the globals dict (or NULL) and the
    /// local slots of the frame that made it hot: what its names are bound to now is a
    /// hint, never a promise. Runs under the GIL.
    fn compile(&self, code: &CodeObject, globals: Value, locals: &[Value]);
    /// What `--jit-stats` prints at exit.
    fn stats(&self) -> String;
}

static STATS: AtomicBool = AtomicBool::new(false);
static BACKEND: OnceLock<Box<dyn JitBackend>> = OnceLock::new();
static ENABLED: AtomicBool = AtomicBool::new(false);
/// Calls plus back-edges before a code object is compiled.
static THRESHOLD: AtomicU32 = AtomicU32::new(1000);

/// Installs the backend and turns compilation on (start-up; later calls are ignored).
pub fn install(backend: Box<dyn JitBackend>, threshold: u32) {
    if BACKEND.set(backend).is_ok() {
        THRESHOLD.store(threshold.max(1), Ordering::Relaxed);
        ENABLED.store(true, Ordering::Relaxed);
    }
}

/// True when a backend is installed and enabled.
#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// The hotness threshold.
pub fn threshold() -> u32 {
    THRESHOLD.load(Ordering::Relaxed)
}

/// `code` reached the threshold.
#[cold]
pub fn hot(code: &CodeObject, frame: &Frame) {
    if code.jit_failed.get() || code.jit_entry.get() != 0 {
        return;
    }
    if let Some(b) = BACKEND.get() {
        // SAFETY: a live frame of `code` has `nlocalsplus` initialized local slots.
        let locals = unsafe { std::slice::from_raw_parts(frame.localsplus(), code.nlocalsplus as usize) };
        b.compile(code, frame.globals, locals);
    }
}

/// The backend's statistics, if one is installed.
pub fn stats() -> Option<String> {
    BACKEND.get().map(|b| b.stats())
}

/// `--jit-stats`: report at exit.
pub fn enable_stats() {
    STATS.store(true, Ordering::Relaxed);
}

/// True when `--jit-stats` was given.
pub fn stats_enabled() -> bool {
    STATS.load(Ordering::Relaxed)
}

/// Turns compilation of newly hot code on or off (code already compiled keeps running
/// natively). For in-process comparisons such as the criterion benches.
pub fn set_enabled(on: bool) {
    if BACKEND.get().is_some() {
        ENABLED.store(on, Ordering::Relaxed);
    }
}
