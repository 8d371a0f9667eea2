//! The `time` module: clocks and `sleep` (which releases the GIL).

use crate::errors::{type_error, value_error, PyResult};
use crate::object::{type_of, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, dict, float, int, module, singletons};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

/// Origin of the monotonic clocks (their values only matter as differences).
fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn process_cpu() -> std::time::Duration {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec.
    unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
}

fn time(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("time", a, kw, 0)?;
    Ok(float::from_f64(epoch().as_secs_f64()))
}

fn time_ns(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("time_ns", a, kw, 0)?;
    Ok(int::from_i128(epoch().as_nanos() as i128))
}

fn perf_counter(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("perf_counter", a, kw, 0)?;
    Ok(float::from_f64(start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("perf_counter_ns", a, kw, 0)?;
    Ok(int::from_i128(start().elapsed().as_nanos() as i128))
}

fn process_time(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("process_time", a, kw, 0)?;
    Ok(float::from_f64(process_cpu().as_secs_f64()))
}

fn process_time_ns(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("process_time_ns", a, kw, 0)?;
    Ok(int::from_i128(process_cpu().as_nanos() as i128))
}

fn sleep(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("sleep", a, kw, 1)?;
    let secs = if int::is_int(a[0]) {
        int::to_f64(a[0])?
    } else if float::is_float(a[0]) {
        float::as_f64(a[0])
    } else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_of(a[0]).name())));
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    let d = std::time::Duration::from_secs_f64(secs);
    crate::gil::allow_threads(move || std::thread::sleep(d));
    Ok(singletons::none_obj())
}

static FUNCTIONS: &[MethodDef] = crate::methods![
    "time" => time, static;
    "time_ns" => time_ns, static;
    "perf_counter" => perf_counter, static;
    "perf_counter_ns" => perf_counter_ns, static;
    "monotonic" => perf_counter, static;
    "monotonic_ns" => perf_counter_ns, static;
    "process_time" => process_time, static;
    "process_time_ns" => process_time_ns, static;
    "sleep" => sleep, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let _ = start();
    let m = module::new("time");
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "time").value());
    }
    Ok(m)
}
