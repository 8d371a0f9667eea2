//! `print`, `input` and `open`.

use crate::errors::{type_error, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, singletons, str as pystr};

fn sys_stream(name: &str) -> PyResult<Obj> {
    match crate::modules::sys::get(name) {
        Some(s) if s.value() != singletons::none() => Ok(s),
        _ => Err(crate::errors::runtime_error(format!("lost sys.{name}"))),
    }
}

/// Writes `s` (a str) to `file`: directly for native streams, else `file.write(s)`.
fn write(file: Value, s: Value) -> PyResult<()> {
    if crate::modules::io::is_file(file) {
        return crate::modules::io::write_str(file, s);
    }
    let w = protocol::getattr_str(file, "write")?;
    call(w.value(), &[s], Value::NULL)?;
    Ok(())
}

fn str_arg(v: Value, what: &str, default: &'static str) -> PyResult<Obj> {
    if v.is_null() || v == singletons::none() {
        return Ok(pystr::new(default));
    }
    if !pystr::is_str(v) {
        return Err(type_error(format!("{what} must be None or a string, not {}", type_of(v).name())));
    }
    Ok(Obj::new_ref(v))
}

fn print(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let n = args::npos(a, kw);
    let opts = args::kwonly("print", kw, a, &["sep", "end", "file", "flush"])?;
    let sep = str_arg(opts[0], "sep", " ")?;
    let end = str_arg(opts[1], "end", "\n")?;
    let file = if opts[2].is_null() || opts[2] == singletons::none() { sys_stream("stdout")? } else { Obj::new_ref(opts[2]) };
    for (i, &x) in a[..n].iter().enumerate() {
        if i > 0 {
            write(file.value(), sep.value())?;
        }
        let s = if pystr::is_exact_str(x) { Obj::new_ref(x) } else { protocol::str(x)? };
        write(file.value(), s.value())?;
    }
    write(file.value(), end.value())?;
    if !opts[3].is_null() && protocol::is_true(opts[3])? {
        if crate::modules::io::is_file(file.value()) {
            crate::modules::io::flush(file.value())?;
        } else {
            let f = protocol::getattr_str(file.value(), "flush")?;
            call(f.value(), &[], Value::NULL)?;
        }
    }
    Ok(singletons::none_obj())
}

fn input(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::range("input", a, kw, 0, 1)?;
    let out = sys_stream("stdout")?;
    if let Some(&prompt) = a.first() {
        let s = protocol::str(prompt)?;
        write(out.value(), s.value())?;
    }
    crate::modules::io::flush(out.value())?;
    let stdin = sys_stream("stdin")?;
    let rl = protocol::getattr_str(stdin.value(), "readline")?;
    let line = call(rl.value(), &[], Value::NULL)?;
    if !pystr::is_str(line.value()) {
        return Err(type_error("object.readline() returned non-string"));
    }
    let s = pystr::as_str(line.value());
    if s.is_empty() {
        return Err(crate::errors::PyErr::with_args(crate::objects::exceptions::eof_error(), &[pystr::new("EOF when reading a line")]));
    }
    Ok(pystr::new(s.strip_suffix('\n').unwrap_or(s)))
}

fn open(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    crate::modules::io::open(a, kw)
}

/// The functions defined here.
pub static FUNCTIONS: &[MethodDef] = crate::methods![
    "print" => print, static;
    "input" => input, static;
    "open" => open, static;
];
