//! Small builtins: conversions (`chr`, `ord`, `bin`, `oct`, `hex`, `repr`, `ascii`,
//! `format`), iteration (`iter`, `next`, `len`, `sorted`, `any`, `all`), identity and
//! type tests (`id`, `hash`, `callable`, `isinstance`, `issubclass`).

use crate::errors::{type_error, value_error, PyErr, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, bool_, int, iter, list, singletons, str as pystr};

fn chr(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("chr", a, kw, 1)?;
    let i = match int::as_index_opt(a[0])? {
        Some(i) => i,
        None if int::is_int(a[0]) => return Err(crate::errors::overflow_error("Python int too large to convert to C int")),
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_of(a[0]).name()))),
    };
    if !(0..0x110000).contains(&i) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(pystr::from_char(i as u32))
}

fn ord(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("ord", a, kw, 1)?;
    let v = a[0];
    if pystr::is_str(v) {
        let n = pystr::char_len(v);
        if n != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {n} found")));
        }
        return Ok(int::from_i64(pystr::char_at(v, 0) as i64));
    }
    if crate::objects::bytes::is_bytes(v) || crate::objects::bytearray::is_bytearray(v) {
        let data = crate::objects::bytes::as_bytes_opt(v).unwrap_or(&[]);
        if data.len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", data.len())));
        }
        return Ok(int::from_i64(data[0] as i64));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_of(v).name())))
}

fn radix(name: &str, a: &[Value], kw: Value, base: u32, prefix: &str) -> PyResult<Obj> {
    args::exact(name, a, kw, 1)?;
    let i = int::index_obj(a[0])?;
    let b = int::to_big(i.value());
    let digits = b.magnitude().to_str_radix(base);
    let sign = if b.sign() == num_bigint::Sign::Minus { "-" } else { "" };
    Ok(pystr::from_string(format!("{sign}{prefix}{digits}")))
}

fn bin(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    radix("bin", a, kw, 2, "0b")
}

fn oct(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    radix("oct", a, kw, 8, "0o")
}

fn hex(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    radix("hex", a, kw, 16, "0x")
}

fn repr(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("repr", a, kw, 1)?;
    protocol::repr(a[0])
}

fn ascii(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("ascii", a, kw, 1)?;
    super::ascii_of(a[0])
}

/// `format(value, spec)`: `type(value).__format__(value, spec)`, which must return a str.
pub fn format_with_spec(v: Value, spec: Value) -> PyResult<Obj> {
    if pystr::is_exact_str(v) && pystr::char_len(spec) == 0 {
        return Ok(Obj::new_ref(v));
    }
    let Some(m) = protocol::lookup_special(v, "__format__")? else {
        return Err(type_error(format!("Type {} doesn't define __format__", type_of(v).name())));
    };
    let r = call(m.value(), &[spec], Value::NULL)?;
    if !pystr::is_str(r.value()) {
        return Err(type_error(format!("__format__ must return a str, not {}", type_of(r.value()).name())));
    }
    Ok(r)
}

fn format(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("format", a, kw, &["value", "format_spec"], 1)?;
    let spec = if b[1].is_null() { pystr::empty() } else { b[1] };
    if !pystr::is_str(spec) {
        return Err(type_error(format!("format() argument 2 must be str, not {}", type_of(spec).name())));
    }
    format_with_spec(b[0], spec)
}

fn iter_(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("iter", kw)?;
    match a.len() {
        1 => protocol::get_iter(a[0]),
        2 => {
            if !protocol::is_callable(a[0]) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(iter::new_call_iter(a[0], a[1]))
        }
        0 => Err(type_error("iter expected at least 1 argument, got 0")),
        n => Err(type_error(format!("iter expected at most 2 arguments, got {n}"))),
    }
}

fn next(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("next", kw)?;
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(if a.is_empty() {
            "next expected at least 1 argument, got 0".to_string()
        } else {
            format!("next expected at most 2 arguments, got {}", a.len())
        }));
    }
    let it = a[0];
    let Some(slot) = type_of(it).slots.next.get() else {
        return Err(type_error(format!("'{}' object is not an iterator", type_of(it).name())));
    };
    if let Some(r) = crate::objects::slotwrap::python_next(it, slot) {
        return match r {
            Err(e) if a.len() == 2 && e.matches(crate::objects::exceptions::stop_iteration()) => Ok(Obj::new_ref(a[1])),
            r => r,
        };
    }
    // The slot directly: a StopIteration it raises keeps its value unless a default is
    // given.
    let r = match slot(it) {
        Err(e) if a.len() == 2 && e.matches(crate::objects::exceptions::stop_iteration()) => Ok(None),
        r => r,
    };
    match r? {
        Some(x) => Ok(x),
        None if a.len() == 2 => Ok(Obj::new_ref(a[1])),
        None => Err(crate::errors::stop_iteration(None)),
    }
}

fn len(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("len", a, kw, 1)?;
    Ok(int::from_i64(protocol::len(a[0])? as i64))
}

fn sorted(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let n = args::npos(a, kw);
    if n != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let opts = args::kwonly("sort", kw, a, &["key", "reverse"])?;
    let items = iter::collect(a[0])?;
    let key = if opts[0] == singletons::none() { Value::NULL } else { opts[0] };
    let reverse = !opts[1].is_null() && protocol::is_true(opts[1])?;
    let out = list::sort_values(items, key, reverse)?;
    Ok(list::new(out))
}

fn any_all(name: &str, a: &[Value], kw: Value, want: bool) -> PyResult<Obj> {
    args::exact(name, a, kw, 1)?;
    let it = protocol::get_iter(a[0])?;
    while let Some(x) = protocol::next(it.value())? {
        if protocol::is_true(x.value())? == want {
            return Ok(bool_::from_bool(want));
        }
    }
    Ok(bool_::from_bool(!want))
}

fn any(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    any_all("any", a, kw, true)
}

fn all(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    any_all("all", a, kw, false)
}

fn id(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("id", a, kw, 1)?;
    Ok(int::from_i128(a[0].bits() as i128))
}

fn hash(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("hash", a, kw, 1)?;
    Ok(int::from_i64(protocol::hash(a[0])?))
}

fn callable(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("callable", a, kw, 1)?;
    Ok(bool_::from_bool(protocol::is_callable(a[0])))
}

/// `breakpoint()`: calls `sys.breakpointhook` when a program installed one; taipan has
/// no debugger, so the default says so on stderr and the program continues
/// (`PYTHONBREAKPOINT=0` silences it, as it disables CPython's).
fn breakpoint(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    if let Some(hook) = crate::modules::sys::get("breakpointhook") {
        return crate::interp::call::call(hook.value(), a, kw);
    }
    if std::env::var("PYTHONBREAKPOINT").as_deref() != Ok("0") {
        crate::modules::sys::write_stderr("breakpoint(): taipan has no debugger; continuing\n");
    }
    Ok(crate::objects::singletons::none_obj())
}

fn isinstance(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("isinstance", kw)?;
    if a.len() != 2 {
        return Err(type_error(format!("isinstance expected 2 arguments, got {}", a.len())));
    }
    Ok(bool_::from_bool(protocol::isinstance(a[0], a[1])?))
}

fn issubclass(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("issubclass", kw)?;
    if a.len() != 2 {
        return Err(type_error(format!("issubclass expected 2 arguments, got {}", a.len())));
    }
    Ok(bool_::from_bool(protocol::issubclass(a[0], a[1])?))
}

/// Raised for `anext`/`aiter` misuse and reused by tests.
pub fn not_iterable(v: Value) -> PyErr {
    type_error(format!("'{}' object is not iterable", type_of(v).name()))
}

fn aiter(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("aiter", a, kw, 1)?;
    crate::interp::ops::gen::get_aiter(a[0])
}

/// The functions defined here.
pub static FUNCTIONS: &[MethodDef] = crate::methods![
    "chr" => chr, static;
    "ord" => ord, static;
    "bin" => bin, static;
    "oct" => oct, static;
    "hex" => hex, static;
    "repr" => repr, static;
    "ascii" => ascii, static;
    "format" => format, static;
    "iter" => iter_, static;
    "next" => next, static;
    "len" => len, static;
    "sorted" => sorted, static;
    "any" => any, static;
    "all" => all, static;
    "id" => id, static;
    "hash" => hash, static;
    "callable" => callable, static;
    "breakpoint" => breakpoint, static;
    "isinstance" => isinstance, static;
    "issubclass" => issubclass, static;
    "aiter" => aiter, static;
];
