//! Argument checking and conversion for `math`'s functions, with the messages of each
//! CPython calling convention: one-argument functions (`METH_O`: "math.sin() takes exactly
//! one argument (2 given)"), positional-only ones (`_PyArg_CheckPositional`: "atan2
//! expected 2 arguments, got 1"), Argument Clinic's keyword parser (`isclose`, `prod`),
//! and `PyFloat_AsDouble` for float arguments.

use crate::errors::{type_error, PyResult};
use crate::object::{type_of, Value};
use crate::objects::descr::n_kwnames;
use crate::objects::{float, int, str as pystr, tuple};

/// `math.f() takes no keyword arguments` (functions without keyword parameters).
pub(super) fn no_keywords(fname: &str, kwnames: Value) -> PyResult<()> {
    if n_kwnames(kwnames) > 0 {
        return Err(type_error(format!("math.{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// The single argument of a one-argument function (CPython's `METH_O`).
pub(super) fn one_arg(fname: &str, args: &[Value], kwnames: Value) -> PyResult<Value> {
    no_keywords(fname, kwnames)?;
    if args.len() != 1 {
        return Err(type_error(format!("math.{fname}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(args[0])
}

/// Between `min` and `max` positional arguments (CPython's `_PyArg_CheckPositional`).
pub(super) fn positional<'a>(fname: &str, args: &'a [Value], kwnames: Value, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_keywords(fname, kwnames)?;
    let n = args.len();
    let (bound, side) = if n < min {
        (min, "at least ")
    } else if n > max {
        (max, "at most ")
    } else {
        return Ok(args);
    };
    let side = if min == max { "" } else { side };
    let s = if bound == 1 { "" } else { "s" };
    Err(type_error(format!("{fname} expected {side}{bound} argument{s}, got {n}")))
}

/// Binds a call to `names` as Argument Clinic's keyword parser does
/// (`_PyArg_UnpackKeywords`), with its messages and the order of its checks: the first
/// `posonly` names are positional-only, `minpos..maxpos` positional arguments are
/// accepted, the names after `maxpos` are keyword-only and optional. Returns one slot
/// per name, NULL when not given.
pub(super) fn parse_keywords(fname: &str, args: &[Value], kwnames: Value, names: &[&str], posonly: usize, minpos: usize, maxpos: usize) -> PyResult<Vec<Value>> {
    let nkw = n_kwnames(kwnames);
    let nargs = args.len() - nkw;
    let kw: Vec<(&str, Value)> = if nkw == 0 {
        Vec::new()
    } else {
        tuple::items(kwnames).iter().zip(&args[nargs..]).map(|(k, v)| (pystr::as_str(*k), *v)).collect()
    };
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let maxargs = names.len();
    if nargs + nkw > maxargs {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        return Err(type_error(format!("{fname}() takes at most {maxargs} {keyword}argument{} ({} given)", plural(maxargs), nargs + nkw)));
    }
    if nargs > maxpos {
        let how = if minpos < maxpos { "at most" } else { "exactly" };
        return Err(type_error(format!("{fname}() takes {how} {maxpos} positional argument{} ({nargs} given)", plural(maxpos))));
    }
    let minposonly = posonly.min(minpos);
    if nargs < minposonly {
        let how = if minposonly < maxpos { "at least" } else { "exactly" };
        return Err(type_error(format!("{fname}() takes {how} {minposonly} positional argument{} ({nargs} given)", plural(minposonly))));
    }
    let mut out = vec![Value::NULL; maxargs];
    out[..nargs].copy_from_slice(&args[..nargs]);
    let mut unused = nkw;
    for i in nargs.max(posonly)..maxargs {
        if unused == 0 && i >= minpos {
            break;
        }
        match kw.iter().find(|(k, _)| *k == names[i]) {
            Some(&(_, v)) => {
                out[i] = v;
                unused -= 1;
            }
            None if i < minpos => {
                return Err(type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
            }
            None => {}
        }
    }
    if unused > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if kw.iter().any(|(k, _)| k == name) {
                return Err(type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
            }
        }
        if let Some((k, _)) = kw.iter().find(|(k, _)| !names[posonly..].contains(k)) {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
        }
    }
    Ok(out)
}

/// CPython's `PyFloat_AsDouble`: a float's value, else `__float__` (which must return a
/// float), else `__index__` converted to float, else `TypeError`.
pub(super) fn as_double(v: Value) -> PyResult<f64> {
    // fast path: small ints convert exactly as int.__float__ would (round-half-even).
    if v.is_small_int() {
        return Ok(v.as_small_int() as f64);
    }
    if float::is_float(v) {
        return Ok(float::as_f64(v));
    }
    let t = type_of(v);
    if let Some(f) = t.slots.float.get() {
        let r = f(v)?;
        if !float::is_float(r.value()) {
            return Err(type_error(format!("{}.__float__ returned non-float (type {})", t.name(), type_of(r.value()).name())));
        }
        return Ok(float::as_f64(r.value()));
    }
    if t.slots.index.get().is_some() {
        let i = int::index_obj(v)?;
        return int::to_f64(i.value());
    }
    Err(type_error(format!("must be real number, not {}", t.name())))
}
