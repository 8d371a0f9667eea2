//! The `_threadcore` module (under `_thread`, runtime/lib/_thread.py): OS threads running Python under the GIL (`gil.rs`), and the
//! lock every synchronization primitive of `threading` (runtime/lib/threading.py) is
//! built from.
//!
//! `start_new_thread(function, args, kwargs=None)`, `get_ident()`, `get_native_id()`,
//! `_count()`, `allocate_lock()` → a lock id, `lock_acquire(id, blocking=True,
//! timeout=-1)`, `lock_release(id)`, `lock_locked(id)`, `lock_free(id)`, `set_name(name)`
//! (for `--gil-stats`), `TIMEOUT_MAX`, `error` (= RuntimeError).
//!
//! A lock is a parking_lot mutex + condition variable outside the Python heap, shared by
//! `Arc`: a waiter clones it out of the table and then blocks with the GIL released, so
//! the table itself is only touched under the GIL.

use crate::errors::{runtime_error, type_error, value_error, PyResult};
use crate::object::{Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, bool_, dict, float, int, module, singletons, str as pystr, tuple};
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Python threads started and not yet finished (`_count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static IDENT: u64 = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
}

/// The largest timeout `acquire` accepts, in seconds.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// This thread's identifier (`threading.get_ident()`).
pub fn ident() -> u64 {
    IDENT.with(|i| *i)
}

struct RawLock {
    locked: Mutex<bool>,
    freed: Condvar,
}

impl RawLock {
    fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        if *l {
            return false;
        }
        *l = true;
        true
    }

    /// Blocks (the caller has released the GIL) until acquired or `deadline` passes.
    fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut l = self.locked.lock();
        while *l {
            match deadline {
                None => self.freed.wait(&mut l),
                Some(d) => {
                    if self.freed.wait_until(&mut l, d).timed_out() && *l {
                        return false;
                    }
                }
            }
        }
        *l = true;
        true
    }

    fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.freed.notify_one();
        true
    }
}

/// Live locks by id; ids are never reused within a process.
static LOCKS: Mutex<Vec<Option<Arc<RawLock>>>> = Mutex::new(Vec::new());

fn lock_of(v: Value) -> PyResult<Arc<RawLock>> {
    let id = int::to_index(v, "lock id")?;
    LOCKS
        .lock()
        .get(id as usize)
        .and_then(|l| l.clone())
        .ok_or_else(|| value_error("no such lock"))
}

fn allocate_lock(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("allocate_lock", a, kw, 0)?;
    let mut t = LOCKS.lock();
    t.push(Some(Arc::new(RawLock { locked: Mutex::new(false), freed: Condvar::new() })));
    Ok(int::from_i64(t.len() as i64 - 1))
}

fn lock_free(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("lock_free", a, kw, 1)?;
    let id = int::to_index(a[0], "lock id")?;
    if let Some(slot) = LOCKS.lock().get_mut(id as usize) {
        *slot = None;
    }
    Ok(singletons::none_obj())
}

fn lock_acquire(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("acquire", a, kw, &["lock", "blocking", "timeout"], 1)?;
    let lock = lock_of(b[0])?;
    let blocking = b[1].is_null() || crate::object::protocol::is_true(b[1])?;
    let timeout = if b[2].is_null() { -1.0 } else { float::convert(b[2])? };
    if !blocking && timeout != -1.0 {
        return Err(value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(crate::errors::overflow_error("timeout value is too large"));
    }
    // Uncontended: no need to let go of the GIL.
    if lock.try_acquire() {
        return Ok(bool_::true_());
    }
    if !blocking {
        return Ok(bool_::false_());
    }
    let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    let got = crate::gil::allow_threads(move || lock.acquire_until(deadline));
    Ok(bool_::from_bool(got))
}

fn lock_release(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("release", a, kw, 1)?;
    if !lock_of(a[0])?.release() {
        return Err(runtime_error("release unlocked lock"));
    }
    Ok(singletons::none_obj())
}

fn lock_locked(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("locked", a, kw, 1)?;
    let l = lock_of(a[0])?;
    let v = *l.locked.lock();
    Ok(bool_::from_bool(v))
}

fn get_ident(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("get_ident", a, kw, 0)?;
    Ok(int::from_i64(ident() as i64))
}

extern "C" {
    fn gettid() -> i32;
}

fn get_native_id(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("get_native_id", a, kw, 0)?;
    // SAFETY: gettid has no preconditions.
    Ok(int::from_i64(unsafe { gettid() } as i64))
}

fn count(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("_count", a, kw, 0)?;
    Ok(int::from_i64(RUNNING.load(Ordering::Relaxed) as i64))
}

fn set_name(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("set_name", a, kw, 1)?;
    if pystr::is_str(a[0]) {
        crate::gil::set_thread_name(pystr::as_str(a[0]));
    }
    Ok(singletons::none_obj())
}

/// Object references handed to a new thread. They are only touched by that thread
/// after it has taken the GIL, which is what makes moving them across threads sound.
struct Handoff {
    func: Value,
    args: Value,
    kwargs: Value,
}

// SAFETY: see `Handoff`: the values are used only under the GIL, by one thread at a time.
unsafe impl Send for Handoff {}

fn start_new_thread(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("start_new_thread", a, kw, &["function", "args", "kwargs"], 2)?;
    if !crate::object::protocol::is_callable(b[0]) {
        return Err(type_error("first arg must be callable"));
    }
    if !tuple::is_tuple(b[1]) {
        return Err(type_error("2nd arg must be a tuple"));
    }
    let kwargs = if b[2].is_null() || b[2] == singletons::none() { Value::NULL } else { b[2] };
    if !kwargs.is_null() && !dict::is_dict(kwargs) {
        return Err(type_error("optional 3rd arg must be a dictionary"));
    }
    for v in [b[0], b[1], kwargs] {
        if !v.is_null() {
            crate::object::incref(v);
        }
    }
    let h = Handoff { func: b[0], args: b[1], kwargs };
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    let spawned = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
        let _ = tx.send(ident());
        run_thread(h);
    });
    if let Err(e) = spawned {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        return Err(runtime_error(format!("can't start new thread: {e}")));
    }
    // The new thread's ident, without holding the GIL while it starts.
    let id = crate::gil::allow_threads(move || rx.recv().unwrap_or(0));
    Ok(int::from_i64(id as i64))
}

fn run_thread(h: Handoff) {
    crate::gil::acquire();
    // SAFETY: the references were counted for this thread in `start_new_thread`.
    let (func, targs) = unsafe { (Obj::from_raw(h.func), Obj::from_raw(h.args)) };
    // SAFETY: likewise counted there, when present.
    let kwargs = (!h.kwargs.is_null()).then(|| unsafe { Obj::from_raw(h.kwargs) });
    let r = crate::interp::call::call_ex(func.value(), targs.value(), kwargs.as_ref().map(|k| k.value()));
    if let Err(e) = r {
        if !e.matches(crate::objects::exceptions::system_exit()) {
            crate::modules::sys::flush_std_streams();
            let who = crate::object::protocol::repr_string(func.value()).unwrap_or_default();
            let text = crate::interp::report::format_exception(e.value());
            crate::modules::sys::write_stderr(&format!("Exception ignored in thread started by: {who}\n{text}"));
        }
    }
    drop((func, targs, kwargs));
    crate::gil::thread_finished();
    crate::interp::state::release_thread_state();
    RUNNING.fetch_sub(1, Ordering::Relaxed);
    crate::gil::release();
}

static FUNCTIONS: &[MethodDef] = crate::methods![
    "start_new_thread" => start_new_thread, static;
    "get_ident" => get_ident, static;
    "get_native_id" => get_native_id, static;
    "_count" => count, static;
    "allocate_lock" => allocate_lock, static;
    "lock_acquire" => lock_acquire, static;
    "lock_release" => lock_release, static;
    "lock_locked" => lock_locked, static;
    "lock_free" => lock_free, static;
    "set_name" => set_name, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let m = module::new("_threadcore");
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "_threadcore").value());
    }
    dict::set_item_str(d, "TIMEOUT_MAX", float::from_f64(TIMEOUT_MAX).value());
    let rt = crate::objects::exceptions::runtime_error();
    dict::set_item_str(d, "error", rt.as_value());
    Ok(m)
}
