//! The global interpreter lock.
//!
//! Invariant (the reason plain `Cell`s and non-atomic reference counts are sound): every
//! Python object is read and written only by the thread that holds the GIL. `Value` and
//! `Obj` are `!Send`/`!Sync`, so the type system keeps them on their thread; code that
//! runs with the GIL released takes a `Send` closure, which no `Value` can enter.
//!
//! Until a second Python thread exists there is nobody to hand the lock to, so the main
//! thread holds it for good and a drop request is never raised; the hand-over protocol
//! (CPython's `ceval_gil.c`: switch interval, drop requests, forced switching) arrives
//! with the `threading` module.

/// Called by the eval breaker when another thread asked for the GIL.
pub fn yield_gil() {}

/// Runs `f` with the GIL released (blocking I/O, sleeps). `f` cannot touch Python
/// objects: it must be `Send`, which `Value` is not.
pub fn allow_threads<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    f()
}
