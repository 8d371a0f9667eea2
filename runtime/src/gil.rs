//! The global interpreter lock.
//!
//! Invariant (the reason plain `Cell`s, `GilCell`s and non-atomic reference counts are
//! sound): every Python object, and every piece of interpreter state not owned by one
//! thread, is read and written only by the thread that holds the GIL. `Value` and `Obj`
//! are `!Send`/`!Sync`, so the type system keeps them on their thread; code that runs with
//! the GIL released ([`allow_threads`]) takes a `Send` closure, which no `Value` can
//! enter. The few places that move object references to a new thread (`_thread`'s start)
//! wrap them and touch them only after that thread has taken the GIL.
//!
//! The hand-over protocol is CPython's (`Python/ceval_gil.c`), on parking_lot:
//! - a thread that wants the GIL waits on a condition variable for the switch interval
//!   (5 ms, `sys.setswitchinterval`); if no switch happened meanwhile it sets the drop
//!   request bit in the eval breaker, which the holder checks at function entry and
//!   loop back-edges (interpreted and native code alike);
//! - the holder then releases the GIL and, when someone is waiting, waits until another
//!   thread has actually taken it before competing again (no convoy: the thread that
//!   asked gets to run);
//! - blocking calls (sleep, I/O, lock waits, joins) run inside [`allow_threads`].
//!
//! Each thread accounts the time it holds the GIL, waits for it and spends with it
//! released in blocking calls, and the hand-offs it made: `--gil-stats` prints them.

use crate::interp::state::{BREAK_GIL_DROP, EVAL_BREAKER};
use parking_lot::{Condvar, Mutex};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

struct State {
    locked: bool,
    /// Incremented by every acquisition: a waiter can tell a switch happened.
    switch_number: u64,
    waiters: u32,
}

static STATE: Mutex<State> = Mutex::new(State { locked: false, switch_number: 0, waiters: 0 });
/// Signalled when the GIL is released.
static FREED: Condvar = Condvar::new();
/// Signalled when a thread takes the GIL (the yielding holder waits for it).
static SWITCHED: Condvar = Condvar::new();
/// `sys.getswitchinterval()`, in microseconds.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);
/// `--gil-stats`.
static STATS_ON: AtomicBool = AtomicBool::new(false);

/// What one thread did with the GIL.
#[derive(Clone, Debug, Default)]
pub struct ThreadStats {
    /// The thread's name (threading's, or "MainThread").
    pub name: String,
    /// Time holding the GIL.
    pub held: Duration,
    /// Time waiting to take it.
    pub waited: Duration,
    /// Times it handed the GIL to a waiting thread on request.
    pub handoffs: u64,
    /// Time with the GIL released around blocking calls.
    pub blocked: Duration,
}

struct Local {
    stats: ThreadStats,
    held_since: Option<Instant>,
}

thread_local! {
    static LOCAL: RefCell<Local> = RefCell::new(Local { stats: ThreadStats::default(), held_since: None });
}

/// Statistics of threads that have finished (the running ones report at exit).
static FINISHED: Mutex<Vec<ThreadStats>> = Mutex::new(Vec::new());

/// `sys.setswitchinterval(seconds)`.
pub fn set_switch_interval(secs: f64) {
    INTERVAL_US.store(((secs * 1e6) as u64).max(1), Ordering::Relaxed);
}

/// `sys.getswitchinterval()`.
pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// Turns on `--gil-stats` accounting.
pub fn enable_stats() {
    STATS_ON.store(true, Ordering::Relaxed);
}

/// True under `--gil-stats`.
pub fn stats_enabled() -> bool {
    STATS_ON.load(Ordering::Relaxed)
}

/// Takes the GIL, waiting for it if another thread holds it.
pub fn acquire() {
    let start = Instant::now();
    let mut s = STATE.lock();
    if s.locked {
        s.waiters += 1;
        let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed));
        while s.locked {
            let before = s.switch_number;
            let timed_out = FREED.wait_for(&mut s, interval).timed_out();
            if s.locked && timed_out && s.switch_number == before {
                // The holder has had a full interval: ask it to let go.
                EVAL_BREAKER.fetch_or(BREAK_GIL_DROP, Ordering::AcqRel);
            }
        }
        s.waiters -= 1;
    }
    s.locked = true;
    s.switch_number = s.switch_number.wrapping_add(1);
    // The request (if any) is answered by this switch; later waiters will ask again.
    EVAL_BREAKER.fetch_and(!BREAK_GIL_DROP, Ordering::AcqRel);
    SWITCHED.notify_all();
    drop(s);
    let now = Instant::now();
    LOCAL.with(|l| {
        let mut l = l.borrow_mut();
        l.stats.waited += now - start;
        l.held_since = Some(now);
    });
}

/// Ends this thread's current holding period in its statistics.
fn stop_holding() {
    LOCAL.with(|l| {
        let mut l = l.borrow_mut();
        if let Some(t) = l.held_since.take() {
            l.stats.held += t.elapsed();
        }
    });
}

/// Releases the GIL (the caller holds it).
pub fn release() {
    stop_holding();
    let mut s = STATE.lock();
    s.locked = false;
    drop(s);
    FREED.notify_one();
}

/// Called by the eval breaker when another thread asked for the GIL: hand it over and
/// wait until that thread has it before competing again.
pub fn yield_gil() {
    stop_holding();
    let mut s = STATE.lock();
    let switch = s.switch_number;
    s.locked = false;
    let waiting = s.waiters > 0;
    FREED.notify_one();
    if waiting {
        LOCAL.with(|l| l.borrow_mut().stats.handoffs += 1);
        while s.switch_number == switch {
            SWITCHED.wait(&mut s);
        }
    } else {
        // Nobody is waiting after all (a stale request).
        EVAL_BREAKER.fetch_and(!BREAK_GIL_DROP, Ordering::AcqRel);
    }
    drop(s);
    acquire();
}

/// Runs `f` with the GIL released (blocking I/O, sleeps, lock waits). `f` cannot touch
/// Python objects: it must be `Send`, which `Value` is not.
pub fn allow_threads<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    release();
    let t = Instant::now();
    let r = f();
    let blocked = t.elapsed();
    LOCAL.with(|l| l.borrow_mut().stats.blocked += blocked);
    acquire();
    r
}

/// Names this thread in the statistics.
pub fn set_thread_name(name: &str) {
    LOCAL.with(|l| l.borrow_mut().stats.name = name.to_string());
}

/// A thread is ending (it still holds the GIL): keep its statistics for `--gil-stats`.
pub fn thread_finished() {
    if !STATS_ON.load(Ordering::Relaxed) {
        return;
    }
    let stats = LOCAL.with(|l| {
        let l = l.borrow();
        let mut s = l.stats.clone();
        if let Some(t) = l.held_since {
            s.held += t.elapsed();
        }
        s
    });
    FINISHED.lock().push(stats);
}

/// `--gil-stats`: the table printed at exit (this thread's numbers included).
pub fn report() -> String {
    thread_finished();
    let rows = FINISHED.lock().clone();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let mut out = format!(
        "GIL statistics (switch interval {:.1} ms)\n{:<28} {:>10} {:>10} {:>10} {:>14}\n",
        switch_interval() * 1e3,
        "thread",
        "held ms",
        "waited ms",
        "hand-offs",
        "released ms"
    );
    let mut total = ThreadStats::default();
    for r in &rows {
        let name = if r.name.is_empty() { "MainThread" } else { &r.name };
        out.push_str(&format!("{:<28} {:>10.1} {:>10.1} {:>10} {:>14.1}\n", name, ms(r.held), ms(r.waited), r.handoffs, ms(r.blocked)));
        total.held += r.held;
        total.waited += r.waited;
        total.handoffs += r.handoffs;
        total.blocked += r.blocked;
    }
    out.push_str(&format!(
        "{:<28} {:>10.1} {:>10.1} {:>10} {:>14.1}\n",
        format!("total ({} threads)", rows.len()),
        ms(total.held),
        ms(total.waited),
        total.handoffs,
        ms(total.blocked)
    ));
    out
}
