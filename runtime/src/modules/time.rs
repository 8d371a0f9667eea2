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

// ----- calendar time ------------------------------------------------------------------

/// Broken-down time, CPython's `struct tm` view: (year, month 1-12, day, hour, minute,
/// second, weekday 0=Monday, yearday 1-366, isdst) plus zone name and UTC offset.
struct Tm {
    fields: [i64; 9],
    zone: String,
    gmtoff: i64,
}

/// Days since 1970-01-01 → (year, month, day) (Howard Hinnant's civil calendar algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) → days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn tm_from_utc(secs: i64, offset: i64, zone: &str, isdst: i64) -> Tm {
    let t = secs + offset;
    let days = t.div_euclid(86400);
    let rem = t.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday = 0)
    let yday = days - days_from_civil(y, 1, 1) + 1;
    Tm { fields: [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, wday, yday, isdst], zone: zone.to_string(), gmtoff: offset }
}

#[repr(C)]
struct CTm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    tm_gmtoff: i64,
    tm_zone: *const std::ffi::c_char,
}

extern "C" {
    fn localtime_r(t: *const i64, out: *mut CTm) -> *mut CTm;
    fn tzset();
}

/// The local time zone's view of `secs` (the C library applies TZ and its rules).
fn local_tm(secs: i64) -> PyResult<Tm> {
    let mut c = std::mem::MaybeUninit::<CTm>::zeroed();
    // SAFETY: localtime_r fills the struct it is given and returns it (or NULL).
    let ok = unsafe {
        tzset();
        !localtime_r(&secs, c.as_mut_ptr()).is_null()
    };
    if !ok {
        return Err(crate::errors::overflow_error("timestamp out of range for platform time_t"));
    }
    // SAFETY: filled by localtime_r above.
    let c = unsafe { c.assume_init() };
    let zone = if c.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone points at a NUL-terminated zone abbreviation.
        unsafe { std::ffi::CStr::from_ptr(c.tm_zone) }.to_string_lossy().into_owned()
    };
    Ok(tm_from_utc(secs, c.tm_gmtoff, &zone, c.tm_isdst as i64))
}

fn struct_time_type() -> &'static crate::object::TypeObject {
    static T: crate::object::GilCell<Option<&'static crate::object::TypeObject>> = crate::object::GilCell::new(None);
    // SAFETY: under the GIL; created once.
    let slot = unsafe { T.get_mut() };
    *slot.get_or_insert_with(|| {
        // struct_time(seq) takes 9 to 11 items (tm_zone and tm_gmtoff may be left out).
        let t = crate::objects::structseq::new_type(
            "time",
            "struct_time",
            &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
        );
        dict::set_item_str(t.dict.get(), "n_sequence_fields", int::from_i64(9).value());
        t
    })
}

fn struct_time(tm: &Tm) -> Obj {
    let mut items: Vec<Obj> = tm.fields.iter().map(|&f| int::from_i64(f)).collect();
    items.push(crate::objects::str::new(&tm.zone));
    items.push(int::from_i64(tm.gmtoff));
    crate::objects::structseq::new_instance(struct_time_type(), items)
}

/// Seconds argument of gmtime/localtime/ctime (None or missing: now).
fn seconds_arg(a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None => Ok(epoch().as_secs() as i64),
        Some(&v) if v == singletons::none() => Ok(epoch().as_secs() as i64),
        Some(&v) if int::is_int(v) => int::as_i64(v).ok_or_else(|| crate::errors::overflow_error("timestamp out of range for platform time_t")),
        Some(&v) if float::is_float(v) => {
            let f = float::as_f64(v);
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            Ok(f.trunc() as i64)
        }
        Some(&v) => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_of(v).name()))),
    }
}

fn gmtime(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("gmtime", a, kw, 0, 1)?;
    Ok(struct_time(&tm_from_utc(seconds_arg(a)?, 0, "UTC", 0)))
}

fn localtime(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("localtime", a, kw, 0, 1)?;
    Ok(struct_time(&local_tm(seconds_arg(a)?)?))
}

/// A struct_time or 9-tuple → Tm (for strftime, mktime, asctime).
fn tm_from_tuple(v: Value, fname: &str) -> PyResult<Tm> {
    let items = crate::objects::iter::collect(v)?;
    if items.len() < 9 {
        return Err(type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().take(9).enumerate() {
        f[i] = int::as_i64(x.value()).ok_or_else(|| type_error("an integer is required"))?;
    }
    let zone = items.get(9).filter(|z| crate::objects::str::is_str(z.value())).map(|z| crate::objects::str::as_str(z.value()).to_string()).unwrap_or_default();
    let gmtoff = items.get(10).and_then(|x| int::as_i64(x.value())).unwrap_or(0);
    Ok(Tm { fields: f, zone, gmtoff })
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn asctime_text(tm: &Tm) -> String {
    let f = &tm.fields;
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &DAYS[f[6].rem_euclid(7) as usize][..3],
        &MONTHS[(f[1] - 1).clamp(0, 11) as usize][..3],
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )
}

/// C's strftime for the common directives (the C locale).
fn strftime_text(fmt: &str, tm: &Tm) -> PyResult<String> {
    let f = &tm.fields;
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let wday_sun0 = (f[6] + 1) % 7;
        match d {
            'Y' => out.push_str(&f[0].to_string()),
            'y' => out.push_str(&format!("{:02}", f[0].rem_euclid(100))),
            'C' => out.push_str(&format!("{:02}", f[0].div_euclid(100))),
            'm' => out.push_str(&format!("{:02}", f[1])),
            'd' => out.push_str(&format!("{:02}", f[2])),
            'e' => out.push_str(&format!("{:2}", f[2])),
            'H' => out.push_str(&format!("{:02}", f[3])),
            'I' => out.push_str(&format!("{:02}", if f[3] % 12 == 0 { 12 } else { f[3] % 12 })),
            'M' => out.push_str(&format!("{:02}", f[4])),
            'S' => out.push_str(&format!("{:02}", f[5])),
            'p' => out.push_str(if f[3] < 12 { "AM" } else { "PM" }),
            'a' => out.push_str(&DAYS[f[6].rem_euclid(7) as usize][..3]),
            'A' => out.push_str(DAYS[f[6].rem_euclid(7) as usize]),
            'b' | 'h' => out.push_str(&MONTHS[(f[1] - 1).clamp(0, 11) as usize][..3]),
            'B' => out.push_str(MONTHS[(f[1] - 1).clamp(0, 11) as usize]),
            'j' => out.push_str(&format!("{:03}", f[7])),
            'w' => out.push_str(&wday_sun0.to_string()),
            'u' => out.push_str(&(f[6] + 1).to_string()),
            'U' => out.push_str(&format!("{:02}", (f[7] - 1 + 7 - wday_sun0) / 7)),
            'W' => out.push_str(&format!("{:02}", (f[7] - 1 + 7 - f[6]) / 7)),
            'c' => out.push_str(&asctime_text(tm)),
            'x' => out.push_str(&format!("{:02}/{:02}/{:02}", f[1], f[2], f[0].rem_euclid(100))),
            'X' | 'T' => out.push_str(&format!("{:02}:{:02}:{:02}", f[3], f[4], f[5])),
            'D' => out.push_str(&format!("{:02}/{:02}/{:02}", f[1], f[2], f[0].rem_euclid(100))),
            'F' => out.push_str(&format!("{}-{:02}-{:02}", f[0], f[1], f[2])),
            'R' => out.push_str(&format!("{:02}:{:02}", f[3], f[4])),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'Z' => out.push_str(&tm.zone),
            'z' => {
                let o = tm.gmtoff;
                let sign = if o < 0 { '-' } else { '+' };
                out.push_str(&format!("{sign}{:02}{:02}", o.abs() / 3600, o.abs() % 3600 / 60));
            }
            's' => out.push_str(&(days_from_civil(f[0], f[1], f[2]) * 86400 + f[3] * 3600 + f[4] * 60 + f[5] - tm.gmtoff).to_string()),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn strftime(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("strftime", a, kw, 1, 2)?;
    if !crate::objects::str::is_str(a[0]) {
        return Err(type_error(format!("strftime() argument 1 must be str, not {}", type_of(a[0]).name())));
    }
    let tm = match a.get(1) {
        Some(&t) => tm_from_tuple(t, "strftime")?,
        None => local_tm(epoch().as_secs() as i64)?,
    };
    if !(1..=12).contains(&tm.fields[1]) {
        return Err(value_error("month out of range"));
    }
    Ok(crate::objects::str::from_string(strftime_text(crate::objects::str::as_str(a[0]), &tm)?))
}

fn asctime(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("asctime", a, kw, 0, 1)?;
    let tm = match a.first() {
        Some(&t) => tm_from_tuple(t, "asctime")?,
        None => local_tm(epoch().as_secs() as i64)?,
    };
    Ok(crate::objects::str::from_string(asctime_text(&tm)))
}

fn ctime(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("ctime", a, kw, 0, 1)?;
    Ok(crate::objects::str::from_string(asctime_text(&local_tm(seconds_arg(a)?)?)))
}

fn mktime(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("mktime", a, kw, 1)?;
    let tm = tm_from_tuple(a[0], "mktime")?;
    let f = &tm.fields;
    let local = days_from_civil(f[0], f[1], f[2]) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    // The offset in force at that moment (one correction step handles DST changes).
    let guess = local - local_tm(local)?.gmtoff;
    let secs = local - local_tm(guess)?.gmtoff;
    let _ = is_leap(f[0]);
    Ok(float::from_f64(secs as f64))
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
    "gmtime" => gmtime, static;
    "localtime" => localtime, static;
    "strftime" => strftime, static;
    "asctime" => asctime, static;
    "ctime" => ctime, static;
    "mktime" => mktime, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let _ = start();
    let m = module::new("time");
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "time").value());
    }
    dict::set_item_str(d, "struct_time", struct_time_type().as_value());
    let now = local_tm(epoch().as_secs() as i64)?;
    dict::set_item_str(d, "timezone", int::from_i64(-now.gmtoff).value());
    dict::set_item_str(d, "altzone", int::from_i64(-now.gmtoff - if now.fields[8] > 0 { 0 } else { 3600 }).value());
    dict::set_item_str(d, "daylight", int::from_i64(now.fields[8].max(0)).value());
    let zone = crate::objects::str::new(&now.zone);
    dict::set_item_str(d, "tzname", crate::objects::tuple::from_vec(vec![zone.clone(), zone]).value());
    Ok(m)
}
