//! Argument checking for functions written in Rust, with CPython's messages.
//!
//! Native functions receive arguments as CPython's vectorcall does: a slice holding the
//! positional arguments followed by the values of keyword arguments, and `kwnames`, a
//! tuple with the keyword names (NULL when there are none).

use crate::errors::{type_error, PyResult};
use crate::object::{Obj, Value};
use crate::objects::{str as pystr, tuple};

/// Positional arguments and keyword pairs of one call.
pub struct Args<'a> {
    /// Positional arguments.
    pub pos: &'a [Value],
    /// Keyword arguments as `(name, value)`, in call order.
    pub kw: Vec<(Value, Value)>,
}

impl<'a> Args<'a> {
    /// Splits a vectorcall argument list.
    pub fn new(args: &'a [Value], kwnames: Value) -> Args<'a> {
        if kwnames.is_null() {
            return Args { pos: args, kw: Vec::new() };
        }
        let names = tuple::items(kwnames);
        let npos = args.len() - names.len();
        Args { pos: &args[..npos], kw: names.iter().copied().zip(args[npos..].iter().copied()).collect() }
    }

    /// Removes and returns the keyword argument `name`.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| pystr::as_str(*k) == name)?;
        Some(self.kw.remove(i).1)
    }

    /// Fails with CPython's message if keyword arguments remain.
    pub fn no_more_kw(&self, fname: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            return Err(type_error(format!("'{}' is an invalid keyword argument for {fname}()", pystr::as_str(*k))));
        }
        Ok(())
    }
}

/// `f() takes no keyword arguments`.
pub fn no_kwargs(fname: &str, kwnames: Value) -> PyResult<()> {
    if !kwnames.is_null() && tuple::len(kwnames) > 0 {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Exactly `n` positional arguments, no keywords (`len() takes exactly one argument (0 given)`).
pub fn exact(fname: &str, args: &[Value], kwnames: Value, n: usize) -> PyResult<()> {
    no_kwargs(fname, kwnames)?;
    if args.len() != n {
        return Err(match n {
            0 => type_error(format!("{fname}() takes no arguments ({} given)", args.len())),
            1 => type_error(format!("{fname}() takes exactly one argument ({} given)", args.len())),
            _ => type_error(format!("{fname} expected {n} arguments, got {}", args.len())),
        });
    }
    Ok(())
}

/// Between `min` and `max` positional arguments, no keywords, with Argument Clinic's
/// wording (`pop expected at most 1 argument, got 2`).
pub fn range(fname: &str, args: &[Value], kwnames: Value, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(fname, kwnames)?;
    let n = args.len();
    if n < min {
        let s = if min == 1 { "" } else { "s" };
        return Err(type_error(format!("{fname} expected at least {min} argument{s}, got {n}")));
    }
    if n > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(type_error(format!("{fname} expected at most {max} argument{s}, got {n}")));
    }
    Ok(())
}

/// Binds arguments to named parameters (positional-or-keyword), as `def f(a, b=..)` would,
/// with CPython's messages. Returns one slot per parameter (NULL when not given).
pub fn bind(fname: &str, args: &[Value], kwnames: Value, params: &[&str], required: usize) -> PyResult<Vec<Value>> {
    let a = Args::new(args, kwnames);
    if a.pos.len() > params.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
            a.pos.len() + a.kw.len()
        )));
    }
    let mut out = vec![Value::NULL; params.len()];
    out[..a.pos.len()].copy_from_slice(a.pos);
    for (k, v) in &a.kw {
        let name = pystr::as_str(*k);
        match params.iter().position(|p| *p == name) {
            Some(i) if out[i].is_null() => out[i] = *v,
            Some(_) => return Err(type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", params.iter().position(|p| *p == name).unwrap() + 1))),
            None => return Err(type_error(format!("'{name}' is an invalid keyword argument for {fname}()"))),
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_null() {
            return Err(type_error(format!("{fname}() missing required argument '{p}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// Keyword-only options after positional arguments (`sorted(it, *, key=None, reverse=False)`).
pub fn kwonly(fname: &str, kwnames: Value, args: &[Value], names: &[&str]) -> PyResult<Vec<Value>> {
    let mut out = vec![Value::NULL; names.len()];
    if kwnames.is_null() {
        return Ok(out);
    }
    let a = Args::new(args, kwnames);
    for (k, v) in &a.kw {
        let name = pystr::as_str(*k);
        match names.iter().position(|p| *p == name) {
            Some(i) => out[i] = *v,
            None => return Err(type_error(format!("'{name}' is an invalid keyword argument for {fname}()"))),
        }
    }
    Ok(out)
}

/// Number of positional arguments in a vectorcall list.
#[inline]
pub fn npos(args: &[Value], kwnames: Value) -> usize {
    if kwnames.is_null() {
        args.len()
    } else {
        args.len() - tuple::len(kwnames)
    }
}

/// The value if not NULL, else `default`.
pub fn or_default(v: Value, default: impl FnOnce() -> Obj) -> Obj {
    if v.is_null() {
        default()
    } else {
        Obj::new_ref(v)
    }
}
