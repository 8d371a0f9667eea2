//! Ctrl-C: SIGINT sets a bit in the eval breaker, and whichever code polls it next — the
//! interpreter at RESUME / JUMP_BACKWARD, native code at function entry and loop
//! back-edges — raises KeyboardInterrupt (CPython's "trip the signal, handle it at a
//! safe point"). An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython's
//! does, so shells see the usual status.

use crate::interp::state::{BREAK_SIGNAL, EVAL_BREAKER};
use std::sync::atomic::Ordering;

const SIGINT: i32 = 2;
const SIG_DFL: usize = 0;

extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

extern "C" fn on_sigint(_sig: i32) {
    // Only an atomic read-modify-write: async-signal-safe.
    EVAL_BREAKER.fetch_or(BREAK_SIGNAL, Ordering::AcqRel);
}

/// Installs the SIGINT handler (start-up).
pub fn install() {
    // SAFETY: `on_sigint` only performs an atomic operation, which is signal-safe.
    unsafe { signal(SIGINT, on_sigint as *const () as usize) };
}

/// Ends the process the way an unhandled SIGINT would (after KeyboardInterrupt's
/// traceback was printed).
pub fn die_by_sigint() -> ! {
    // SAFETY: restoring the default action and raising the signal terminates the process.
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    std::process::exit(130)
}
