//! The `sys` module.

use crate::errors::{type_error, value_error, PyErr, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, GilCell, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, dict, exceptions, int, list, module, singletons, str as pystr, tuple};
use std::sync::atomic::{AtomicUsize, Ordering};

static SYS: GilCell<Value> = GilCell::new(Value::NULL);

/// `sys.get_int_max_str_digits()` (0: no limit).
static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

/// The digit limit for int ↔ decimal str conversions.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// The module object (borrowed).
pub fn module() -> Value {
    // SAFETY: set once at start-up, under the GIL.
    unsafe { *SYS.get_mut() }
}

fn sys_dict() -> Value {
    module::dict(module())
}

/// `sys.<name>`, if set.
pub fn get(name: &str) -> Option<Obj> {
    dict::get_str(sys_dict(), pystr::intern(name)).map(Obj::new_ref)
}

/// Sets `sys.<name>`.
pub fn set(name: &str, v: Value) {
    dict::set_item_str(sys_dict(), name, v);
}

/// `sys.modules` (borrowed).
pub fn modules() -> Value {
    dict::get_str(sys_dict(), crate::interned!("modules")).expect("sys.modules exists")
}

/// `sys.displayhook(v)` (interactive results).
pub fn displayhook(v: Value) -> PyResult<()> {
    match get("displayhook") {
        Some(h) => {
            call(h.value(), &[v], Value::NULL)?;
            Ok(())
        }
        None => Err(crate::errors::runtime_error("lost sys.displayhook")),
    }
}

fn default_displayhook(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("displayhook", a, kw, 1)?;
    let v = a[0];
    if v == singletons::none() {
        return Ok(singletons::none_obj());
    }
    let b = crate::builtins::builtins_dict();
    dict::set_item_str(b, "_", singletons::none());
    let r = protocol::repr(v)?;
    if let Some(out) = get("stdout") {
        crate::modules::io::write_str(out.value(), r.value())?;
        crate::modules::io::write_str(out.value(), crate::interned!("\n"))?;
    }
    dict::set_item_str(b, "_", v);
    Ok(singletons::none_obj())
}

/// Prints an exception nobody can catch (`__del__`, generator finalizers) to stderr as
/// CPython's `PyErr_WriteUnraisable` does.
pub fn write_unraisable(e: &PyErr, obj: Option<Value>) {
    let mut text = String::new();
    if let Some(o) = obj {
        let r = protocol::repr_string(o).unwrap_or_else(|_| "<object repr() failed>".into());
        text.push_str(&format!("Exception ignored in: {r}\n"));
    }
    text.push_str(&crate::interp::report::format_exception(e.value()));
    write_stderr(&text);
}

/// Writes text to `sys.stderr` (or the process's stderr when that is gone).
pub fn write_stderr(text: &str) {
    if let Some(err) = get("stderr") {
        if crate::modules::io::is_file(err.value()) {
            let s = pystr::new(text);
            if crate::modules::io::write_str(err.value(), s.value()).is_ok() {
                let _ = crate::modules::io::flush(err.value());
                return;
            }
        } else if let Ok(w) = protocol::getattr_str(err.value(), "write") {
            let s = pystr::new(text);
            if call(w.value(), &[s.value()], Value::NULL).is_ok() {
                return;
            }
        }
    }
    eprint!("{text}");
}

fn exit(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("exit", a, kw, 0, 1)?;
    // CPython raises with PyErr_SetObject: None means no arguments, a tuple is the
    // argument list itself, anything else the one argument.
    let args: Vec<Obj> = match a.first() {
        None => Vec::new(),
        Some(&v) if v == singletons::none() => Vec::new(),
        Some(&v) if tuple::is_exact_tuple(v) => tuple::items(v).iter().map(|&x| Obj::new_ref(x)).collect(),
        Some(&v) => vec![Obj::new_ref(v)],
    };
    Err(PyErr::with_args(exceptions::system_exit(), &args))
}

fn setswitchinterval(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("setswitchinterval", a, kw, 1)?;
    let secs = crate::objects::float::convert(a[0])?;
    if !(secs > 0.0) {
        return Err(crate::errors::value_error("switch interval must be strictly positive"));
    }
    crate::gil::set_switch_interval(secs);
    Ok(singletons::none_obj())
}

fn getswitchinterval(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("getswitchinterval", a, kw, 0)?;
    Ok(crate::objects::float::from_f64(crate::gil::switch_interval()))
}

fn getrecursionlimit(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("getrecursionlimit", a, kw, 0)?;
    Ok(int::from_i64(crate::interp::state::recursion_limit() as i64))
}

fn setrecursionlimit(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("setrecursionlimit", a, kw, 1)?;
    if !int::is_int(a[0]) {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_of(a[0]).name())));
    }
    let n = int::as_i64(a[0]).unwrap_or(i64::MAX);
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    let ts = crate::interp::thread_state();
    if (n as u64) <= ts.py_depth as u64 {
        return Err(crate::errors::recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            ts.py_depth
        )));
    }
    crate::interp::state::set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(singletons::none_obj())
}

fn get_int_max_str_digits(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("get_int_max_str_digits", a, kw, 0)?;
    Ok(int::from_i64(int_max_str_digits() as i64))
}

fn set_int_max_str_digits(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("set_int_max_str_digits", a, kw, &["maxdigits"], 1)?;
    let n = int::to_index(b[0], "maxdigits")?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    INT_MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
    Ok(singletons::none_obj())
}

fn getsizeof(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("getsizeof", a, kw, 1, 2)?;
    match protocol::lookup_special(a[0], "__sizeof__")? {
        Some(m) => {
            let r = call(m.value(), &[], Value::NULL)?;
            let n = int::as_i64(r.value()).unwrap_or(0);
            Ok(int::from_i64(n + 16))
        }
        None if a.len() == 2 => Ok(Obj::new_ref(a[1])),
        None => Err(type_error(format!("Type {} doesn't define __sizeof__", type_of(a[0]).name()))),
    }
}

fn intern(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("intern", a, kw, 1)?;
    if !pystr::is_exact_str(a[0]) {
        return Err(type_error(format!("intern() argument must be str, not {}", type_of(a[0]).name())));
    }
    Ok(Obj::new_ref(pystr::intern_value(a[0])))
}

fn current_exception() -> Obj {
    let e = crate::interp::thread_state().exc_info;
    if e.is_null() {
        singletons::none_obj()
    } else {
        Obj::new_ref(e)
    }
}

fn exc_info(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("exc_info", a, kw, 0)?;
    let e = current_exception();
    if e.value() == singletons::none() {
        return Ok(tuple::from_vec(vec![singletons::none_obj(), singletons::none_obj(), singletons::none_obj()]));
    }
    let tb = exceptions::fields(e.value()).traceback.get();
    let tb = if tb.is_null() { singletons::none_obj() } else { Obj::new_ref(tb) };
    Ok(tuple::from_vec(vec![protocol::type_value(e.value()), e, tb]))
}

fn exception(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("exception", a, kw, 0)?;
    Ok(current_exception())
}

fn getdefaultencoding(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("getdefaultencoding", a, kw, 0)?;
    Ok(pystr::new("utf-8"))
}

fn getframe(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("_getframe", a, kw, 0, 1)?;
    let depth = match a.first() {
        Some(&d) => int::to_index(d, "depth")?,
        None => 0,
    };
    let ts = crate::interp::thread_state();
    let mut f = ts.current;
    for _ in 0..depth {
        if f.is_null() {
            break;
        }
        // SAFETY: frames on the chain are live.
        f = unsafe { (*f).previous };
    }
    if f.is_null() {
        return Err(value_error("call stack is not deep enough"));
    }
    Ok(crate::interp::traceback::frame_object(f))
}

/// `sys.implementation.cache_tag`: names this runtime's bytecode caches (`m.<tag>.pyc`).
pub const CACHE_TAG: &str = concat!("taipan-", env!("CARGO_PKG_VERSION_MAJOR"), env!("CARGO_PKG_VERSION_MINOR"));

/// `sys.getrefcount(x)`: the object's reference count (the argument's own reference
/// included, as in CPython). Small ints and immediate floats are not counted at all:
/// they report a large constant, as immortal objects do.
fn getrefcount(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("getrefcount", a, kw, 1)?;
    let v = a[0];
    let n = if v.is_ptr() {
        // SAFETY: a live object's header.
        let c = unsafe { (*(v.as_ptr() as *const crate::object::ObjHeader)).refcnt.get() };
        c.min(u32::MAX as usize) as i64
    } else {
        u32::MAX as i64
    };
    Ok(int::from_i64(n))
}

/// Module `__getattr__` (PEP 562): attributes made on first use, so start-up does not
/// pay for them. `implementation` needs `types.SimpleNamespace`, a Python class.
fn sys_getattr(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("__getattr__", a, kw, 1)?;
    let name = a[0];
    if pystr::is_str(name) && pystr::as_str(name) == "implementation" {
        let types = crate::import::import_module_level(crate::interned!("types"), Value::NULL, Value::NULL, 0)?;
        let ns = crate::object::protocol::getattr_str(types.value(), "SimpleNamespace")?;
        let d = sys_dict();
        let version = dict::get_str(d, crate::interned!("version_info")).unwrap_or(singletons::none());
        let kwnames = tuple::from_vec(["name", "cache_tag", "version", "hexversion", "_multiarch"].iter().map(|s| pystr::new(s)).collect());
        let values = [pystr::new("taipan"), pystr::new(CACHE_TAG), Obj::new_ref(version), int::from_i64(0x030b07f0), pystr::new("x86_64-linux-gnu")];
        let vals: Vec<Value> = values.iter().map(|o| o.value()).collect();
        let imp = crate::interp::call::call(ns.value(), &vals, kwnames.value())?;
        dict::set_item_str(d, "implementation", imp.value());
        return Ok(imp);
    }
    let n = if pystr::is_str(name) { pystr::as_str(name).to_string() } else { String::new() };
    Err(crate::errors::attribute_error(format!("module 'sys' has no attribute '{n}'")))
}

fn excepthook(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("excepthook", a, kw, 3)?;
    write_stderr(&crate::interp::report::format_exception(a[1]));
    Ok(singletons::none_obj())
}

static FUNCTIONS: &[MethodDef] = crate::methods![
    "exit" => exit, static;
    "getrecursionlimit" => getrecursionlimit, static;
    "setswitchinterval" => setswitchinterval, static;
    "getswitchinterval" => getswitchinterval, static;
    "setrecursionlimit" => setrecursionlimit, static;
    "get_int_max_str_digits" => get_int_max_str_digits, static;
    "set_int_max_str_digits" => set_int_max_str_digits, static;
    "getsizeof" => getsizeof, static;
    "intern" => intern, static;
    "exc_info" => exc_info, static;
    "exception" => exception, static;
    "getdefaultencoding" => getdefaultencoding, static;
    "getfilesystemencoding" => getdefaultencoding, static;
    "_getframe" => getframe, static;
    "displayhook" => default_displayhook, static;
    "excepthook" => excepthook, static;
    "getrefcount" => getrefcount, static;
    "__getattr__" => sys_getattr, static;
];

/// What the command line hands to `sys`.
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.path[0]` and what follows.
    pub path: Vec<String>,
    /// `sys.executable`.
    pub executable: String,
    /// `sys.dont_write_bytecode`.
    pub dont_write_bytecode: bool,
}

/// Creates the module (start-up, after builtins).
pub fn init(cfg: &Config) -> Obj {
    let m = module::new("sys");
    // SAFETY: start-up, single-threaded; the module lives for the whole run.
    unsafe {
        crate::object::incref(m.value());
        *SYS.get_mut() = m.value();
    }
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        let f = crate::objects::descr::new_module_function(def, "sys");
        dict::set_item_str(d, def.name, f.value());
    }
    let s = |x: &str| pystr::new(x);
    let strs = |v: &[String]| list::new(v.iter().map(|x| pystr::new(x)).collect());
    dict::set_item_str(d, "argv", strs(&cfg.argv).value());
    dict::set_item_str(d, "orig_argv", strs(&cfg.argv).value());
    dict::set_item_str(d, "path", strs(&cfg.path).value());
    dict::set_item_str(d, "modules", dict::new().value());
    dict::set_item_str(d, "executable", s(&cfg.executable).value());
    dict::set_item_str(d, "maxsize", int::from_i64(i64::MAX).value());
    dict::set_item_str(d, "maxunicode", int::from_i64(0x10ffff).value());
    dict::set_item_str(d, "byteorder", s("little").value());
    dict::set_item_str(d, "platform", s("linux").value());
    dict::set_item_str(d, "version", s(&format!("3.11.7 (taipan {})", env!("CARGO_PKG_VERSION"))).value());
    dict::set_item_str(d, "hexversion", int::from_i64(0x030b07f0).value());
    let vi: Vec<Obj> = vec![int::from_i64(3), int::from_i64(11), int::from_i64(7), s("final"), int::from_i64(0)];
    let vt = crate::objects::structseq::new_type("sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    dict::set_item_str(d, "version_info", crate::objects::structseq::new_instance(vt, vi).value());
    let ft = crate::objects::structseq::new_type(
        "sys",
        "float_info",
        &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    );
    let f = crate::objects::float::from_f64;
    let fi = vec![
        f(f64::MAX),
        int::from_i64(1024),
        int::from_i64(308),
        f(f64::MIN_POSITIVE),
        int::from_i64(-1021),
        int::from_i64(-307),
        int::from_i64(15),
        int::from_i64(53),
        f(f64::EPSILON),
        int::from_i64(2),
        int::from_i64(1),
    ];
    dict::set_item_str(d, "float_info", crate::objects::structseq::new_instance(ft, fi).value());
    let it = crate::objects::structseq::new_type(
        "sys",
        "int_info",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    );
    let ii = vec![int::from_i64(30), int::from_i64(4), int::from_i64(4300), int::from_i64(640)];
    dict::set_item_str(d, "int_info", crate::objects::structseq::new_instance(it, ii).value());
    let ht = crate::objects::structseq::new_type("sys", "hash_info", &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
    let hi = vec![
        int::from_i64(64),
        int::from_i64((1i64 << 61) - 1),
        int::from_i64(314159),
        int::from_i64(0),
        int::from_i64(1000003),
        s("siphash13"),
        int::from_i64(64),
        int::from_i64(128),
        int::from_i64(0),
    ];
    dict::set_item_str(d, "hash_info", crate::objects::structseq::new_instance(ht, hi).value());
    let names = [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ];
    let flt = crate::objects::structseq::new_type("sys", "flags", &names);
    let fv: Vec<Obj> = names
        .iter()
        .map(|n| match *n {
            "dont_write_bytecode" => int::from_i64(cfg.dont_write_bytecode as i64),
            "hash_randomization" => int::from_i64(1),
            "dev_mode" | "safe_path" => crate::objects::bool_::from_bool(false),
            "int_max_str_digits" => int::from_i64(-1),
            _ => int::from_i64(0),
        })
        .collect();
    dict::set_item_str(d, "flags", crate::objects::structseq::new_instance(flt, fv).value());
    dict::set_item_str(d, "dont_write_bytecode", crate::objects::bool_::value_of(cfg.dont_write_bytecode));
    dict::set_item_str(d, "builtin_module_names", tuple::from_vec(super::BUILTIN_NAMES.iter().map(|n| s(n)).collect()).value());
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let stream = crate::modules::io::std_stream(fd);
        dict::set_item_str(d, name, stream.value());
        dict::set_item_str(d, &format!("__{name}__"), stream.value());
    }
    dict::set_item_str(d, "__displayhook__", dict::get_str(d, crate::interned!("displayhook")).expect("set above"));
    dict::set_item_str(d, "__excepthook__", dict::get_str(d, crate::interned!("excepthook")).expect("set above"));
    let _ = singletons::none();
    m
}

/// Flushes `sys.stdout` and `sys.stderr` (at exit).
pub fn flush_std_streams() {
    for name in ["stdout", "stderr"] {
        if let Some(s) = get(name) {
            if crate::modules::io::is_file(s.value()) {
                let _ = crate::modules::io::flush(s.value());
            } else if let Ok(f) = protocol::getattr_str(s.value(), "flush") {
                let _ = call(f.value(), &[], Value::NULL);
            }
        }
    }
}
