//! Arithmetic builtins and reductions: `abs`, `round`, `divmod`, `pow`, `sum`, `min`,
//! `max`, with CPython's fast paths for ints and floats in `sum`.

use crate::errors::{type_error, value_error, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, BinOp, CompareOp, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, float, int, singletons, tuple};

fn abs(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("abs", a, kw, 1)?;
    protocol::abs(a[0])
}

fn round(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("round", a, kw, &["number", "ndigits"], 1)?;
    let Some(m) = protocol::lookup_special(b[0], "__round__")? else {
        return Err(type_error(format!("type {} doesn't define __round__ method", type_of(b[0]).name())));
    };
    if b[1].is_null() || b[1] == singletons::none() {
        call(m.value(), &[], Value::NULL)
    } else {
        call(m.value(), &[b[1]], Value::NULL)
    }
}

fn divmod(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::no_kwargs("divmod", kw)?;
    if a.len() != 2 {
        return Err(type_error(format!("divmod expected 2 arguments, got {}", a.len())));
    }
    let (x, y) = (a[0], a[1]);
    for (v, w, reflected) in [(x, y, false), (y, x, true)] {
        let name = if reflected { "__rdivmod__" } else { "__divmod__" };
        if reflected && std::ptr::eq(type_of(x), type_of(y)) {
            break;
        }
        if let Some(m) = protocol::lookup_special(v, name)? {
            let r = call(m.value(), &[w], Value::NULL)?;
            if !singletons::is_not_implemented(r.value()) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_of(x).name(),
        type_of(y).name()
    )))
}

fn pow(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("pow", a, kw, &["base", "exp", "mod"], 2)?;
    if b[2].is_null() || b[2] == singletons::none() {
        return protocol::binary_op(b[0], b[1], BinOp::Pow);
    }
    if int::is_int(b[0]) && int::is_int(b[1]) && int::is_int(b[2]) {
        return int::pow_mod(b[0], b[1], b[2]);
    }
    let numeric = |v: Value| int::is_int(v) || float::is_float(v) || crate::objects::complex::is_complex(v);
    if numeric(b[0]) && numeric(b[1]) && numeric(b[2]) {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    if let Some(m) = protocol::lookup_special(b[0], "__pow__")? {
        let r = call(m.value(), &[b[1], b[2]], Value::NULL)?;
        if !singletons::is_not_implemented(r.value()) {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_of(b[0]).name(),
        type_of(b[1]).name(),
        type_of(b[2]).name()
    )))
}

fn sum(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("sum", a, kw, &["iterable", "start"], 1)?;
    let mut acc = if b[1].is_null() { Obj::small_int(0) } else { Obj::new_ref(b[1]) };
    let s = acc.value();
    if crate::objects::str::is_str(s) {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::objects::bytes::is_bytes(s) {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if crate::objects::bytearray::is_bytearray(s) {
        return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = protocol::get_iter(b[0])?;
    // Small-int run: no allocation until it overflows or meets something else.
    if acc.value().is_small_int() {
        let mut total: i64 = acc.value().as_small_int();
        loop {
            let Some(x) = protocol::next(it.value())? else {
                return Ok(int::from_i64(total));
            };
            let xv = x.value();
            if xv.is_small_int() {
                if let Some(t) = total.checked_add(xv.as_small_int()) {
                    total = t;
                    continue;
                }
            }
            acc = protocol::binary_op(int::from_i64(total).value(), xv, BinOp::Add)?;
            break;
        }
    }
    // Float run, summed exactly as CPython does (plain f64 adds).
    if float::is_float(acc.value()) && crate::object::is_type(acc.value(), &float::FLOAT_TYPE) {
        let mut total = float::as_f64(acc.value());
        loop {
            let Some(x) = protocol::next(it.value())? else {
                return Ok(float::from_f64(total));
            };
            let xv = x.value();
            if float::is_float(xv) && crate::object::is_type(xv, &float::FLOAT_TYPE) {
                total += float::as_f64(xv);
                continue;
            }
            if xv.is_small_int() {
                total += xv.as_small_int() as f64;
                continue;
            }
            acc = protocol::binary_op(float::from_f64(total).value(), xv, BinOp::Add)?;
            break;
        }
    }
    while let Some(x) = protocol::next(it.value())? {
        acc = protocol::binary_op(acc.value(), x.value(), BinOp::Add)?;
    }
    Ok(acc)
}

fn min_max(name: &str, a: &[Value], kw: Value, op: CompareOp) -> PyResult<Obj> {
    let n = args::npos(a, kw);
    let opts = args::kwonly(name, kw, a, &["key", "default"])?;
    let key = if opts[0] == singletons::none() { Value::NULL } else { opts[0] };
    let default = opts[1];
    if n == 0 {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let source: Obj;
    let it = if n == 1 {
        source = protocol::get_iter(a[0])?;
        source.value()
    } else {
        if !default.is_null() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        source = protocol::get_iter(tuple::from_slice(&a[..n]).value())?;
        source.value()
    };
    let mut best: Option<(Obj, Obj)> = None;
    while let Some(x) = protocol::next(it)? {
        let k = if key.is_null() { x.clone() } else { call(key, &[x.value()], Value::NULL)? };
        match &best {
            None => best = Some((x, k)),
            Some((_, bk)) => {
                if protocol::rich_compare_bool(k.value(), bk.value(), op)? {
                    best = Some((x, k));
                }
            }
        }
    }
    match best {
        Some((x, _)) => Ok(x),
        None if !default.is_null() => Ok(Obj::new_ref(default)),
        None => Err(value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    min_max("min", a, kw, CompareOp::Lt)
}

fn max(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    min_max("max", a, kw, CompareOp::Gt)
}

/// The functions defined here.
pub static FUNCTIONS: &[MethodDef] = crate::methods![
    "abs" => abs, static;
    "round" => round, static;
    "divmod" => divmod, static;
    "pow" => pow, static;
    "sum" => sum, static;
    "min" => min, static;
    "max" => max, static;
];
