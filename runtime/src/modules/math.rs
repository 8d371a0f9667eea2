//! The `math` module: CPython 3.11's `Modules/mathmodule.c`, function by function.
//!
//! Input: Python numbers (floats, ints, bools, objects with `__float__` or `__index__`);
//! output: floats, ints, bools and tuples, with CPython's exceptions and messages.
//!
//! How results stay bit-identical with CPython:
//! - transcendental functions call the platform C library ([`libm`]) as CPython does,
//!   never Rust's versions (`f64::asinh`, `acosh` and `atanh` are computed in Rust and
//!   can differ in the last bit);
//! - [`apply1`] and [`apply2`] turn IEEE special results into exceptions with CPython's
//!   rules (C99 Annex F): a NaN from non-NaN arguments is `ValueError("math domain
//!   error")`, an infinity from finite arguments is `OverflowError("math range error")`
//!   (or a domain error at a singularity);
//! - what CPython computes itself (gamma, lgamma, fsum, hypot, dist, remainder, the
//!   special cases of pow and atan2, the logarithm of huge ints) is redone with the same
//!   floating-point operations in the same order, so every rounding is the same.
//!
//! Argument conversion is CPython's `PyFloat_AsDouble` ([`as_double`]): a float, else
//! `__float__`, else `__index__`, else `TypeError("must be real number, not str")`.
//!
//! Neighbours: `math/libm.rs` (the C library, and its special results as exceptions),
//! `math/args.rs` (argument checking and conversion), `math/special.rs` (gamma, lgamma,
//! erf, erfc), `math/integer.rs` (gcd, lcm, isqrt, factorial, comb, perm), `math/sums.rs`
//! (fsum, prod, hypot, dist), and `math/tests.rs`, which replays `math/cases.txt`, the
//! oracle data written by CPython through `math/gen_cases.py`.

mod args;
mod integer;
mod libm;
mod special;
mod sums;
#[cfg(test)]
mod tests;

use crate::errors::{type_error, value_error, zero_division, PyResult};
use crate::interp::call::call;
use crate::object::{is_type, protocol, type_of, Obj, Value};
use crate::objects::descr::{n_kwnames, MethodDef};
use crate::objects::{bool_, dict, float, int, module, str as pystr, tuple};
use args::{as_double, one_arg, parse_keywords, positional};
use libm::{apply1, apply2, check, domain_error, range_error, MathErr};
use num_traits::{Signed, ToPrimitive};

/// True for instances of exactly `float` (not subclasses).
fn is_exact_float(v: Value) -> bool {
    v.is_immediate_float() || (v.is_ptr() && is_type(v, &float::FLOAT_TYPE.0))
}

fn new_float(r: PyResult<f64>) -> PyResult<Obj> {
    r.map(float::from_f64)
}

// ----- one-argument libm functions ------------------------------------------------------------

macro_rules! libm_functions {
    ($($name:ident => $f:expr, overflow: $overflow:literal;)*) => {$(
        fn $name(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
            let x = as_double(one_arg(stringify!($name), args, kwnames)?)?;
            new_float(apply1(x, $f, $overflow))
        }
    )*
        /// Each function's builtin implementation with its plain `f64 -> f64` form.
        static UNARY: &[(crate::objects::descr::NativeFn, extern "C" fn(f64) -> f64)] = &[$(($name, {
            extern "C" fn raw(x: f64) -> f64 {
                ($f)(x)
            }
            raw
        })),*];
    };
}

/// The plain `f64 -> f64` function behind a one-argument math builtin (`math.sqrt`,
/// `math.sin`, …), for compiled code: on a float argument it returns what the builtin
/// returns, except where the builtin raises — a NaN from a non-NaN argument, an
/// infinity from a finite one — which compiled code leaves to the builtin. `None` for
/// any other callable.
pub fn unary_f64(callable: Value) -> Option<extern "C" fn(f64) -> f64> {
    use crate::objects::descr;
    if !is_type(callable, &descr::BUILTIN_FUNCTION_TYPE.0) {
        return None;
    }
    let f = descr::builtin(callable).def.func as usize;
    UNARY.iter().find(|(w, _)| *w as usize == f).map(|&(_, raw)| raw)
}

libm_functions! {
    acos => libm::acos, overflow: false;
    acosh => libm::acosh, overflow: false;
    asin => libm::asin, overflow: false;
    asinh => libm::asinh, overflow: false;
    atan => libm::atan, overflow: false;
    atanh => libm::atanh, overflow: false;
    cbrt => libm::cbrt, overflow: false;
    cos => libm::cos, overflow: false;
    cosh => libm::cosh, overflow: true;
    exp => libm::exp, overflow: true;
    exp2 => libm::exp2, overflow: true;
    expm1 => libm::expm1, overflow: true;
    fabs => f64::abs, overflow: false;
    log1p => libm::log1p, overflow: false;
    sin => libm::sin, overflow: false;
    sinh => libm::sinh, overflow: true;
    sqrt => f64::sqrt, overflow: false;
    tan => libm::tan, overflow: false;
    tanh => libm::tanh, overflow: false;
}

// ----- rounding to integers -------------------------------------------------------------------

/// `ceil`/`floor`: the `__ceil__`/`__floor__` of anything but an exact float, else the
/// float value rounded and converted to int.
fn round_to_int(fname: &str, dunder: &str, args: &[Value], kwnames: Value, round: fn(f64) -> f64) -> PyResult<Obj> {
    let x = one_arg(fname, args, kwnames)?;
    if int::is_exact_int(x) {
        // fast path: int.__ceil__ and int.__floor__ return the int itself.
        return Ok(Obj::new_ref(x));
    }
    if !is_exact_float(x) {
        if let Some(method) = protocol::lookup_special(x, dunder)? {
            return call(method.value(), &[], Value::NULL);
        }
    }
    float::to_int(round(as_double(x)?))
}

fn ceil(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    round_to_int("ceil", "__ceil__", args, kwnames, f64::ceil)
}

fn floor(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    round_to_int("floor", "__floor__", args, kwnames, f64::floor)
}

/// `trunc`: exact floats directly, everything else through `__trunc__` (there is no
/// fallback to `__float__`).
fn trunc(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let x = one_arg("trunc", args, kwnames)?;
    if is_exact_float(x) {
        return float::to_int(float::as_f64(x));
    }
    match protocol::lookup_special(x, "__trunc__")? {
        Some(method) => call(method.value(), &[], Value::NULL),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", type_of(x).name()))),
    }
}

// ----- float decomposition --------------------------------------------------------------------

fn frexp(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let x = as_double(one_arg("frexp", args, kwnames)?)?;
    // Zeros, infinities and NaNs come back unchanged with exponent 0.
    let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { libm::frexp(x) };
    Ok(tuple::pair(float::from_f64(m), int::from_i64(e.into())))
}

fn ldexp(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = positional("ldexp", args, kwnames, 2, 2)?;
    let x = as_double(a[0])?;
    if !int::is_int(a[1]) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    // Exponents beyond a C long saturate, as PyLong_AsLongAndOverflow reports them.
    let exp = int::as_i64(a[1]).unwrap_or_else(|| if int::to_big(a[1]).is_negative() { i64::MIN } else { i64::MAX });
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX.into() {
        return Err(range_error());
    } else if exp < i32::MIN.into() {
        0f64.copysign(x)
    } else {
        let r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(range_error());
        }
        r
    };
    Ok(float::from_f64(r))
}

fn modf(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let x = as_double(one_arg("modf", args, kwnames)?)?;
    let (frac, whole) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(tuple::pair(float::from_f64(frac), float::from_f64(whole)))
}

// ----- two-argument functions -----------------------------------------------------------------

/// Two float arguments of a positional-only function.
fn two_doubles(fname: &str, args: &[Value], kwnames: Value) -> PyResult<(f64, f64)> {
    let a = positional(fname, args, kwnames, 2, 2)?;
    Ok((as_double(a[0])?, as_double(a[1])?))
}

/// `atan2` with the C99 special cases settled here, as CPython does for portability.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let x_positive = x.is_sign_positive();
    if y.is_infinite() {
        if x.is_infinite() {
            // atan2(±inf, +inf) = ±pi/4, atan2(±inf, -inf) = ±3pi/4.
            return (if x_positive { 0.25 * PI } else { 0.75 * PI }).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        // atan2(±y, +inf) = atan2(±0, +x) = ±0; with -inf or -x it is ±pi.
        return (if x_positive { 0.0 } else { PI }).copysign(y);
    }
    libm::atan2(y, x)
}

fn atan2(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (y, x) = two_doubles("atan2", args, kwnames)?;
    new_float(apply2(y, x, m_atan2))
}

fn copysign(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (x, y) = two_doubles("copysign", args, kwnames)?;
    new_float(apply2(x, y, f64::copysign))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even. The
/// result is exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = libm::fmod(ax, ay);
        // Compare m with half of ay through the complement ay - m, which (unlike 0.5 * ay)
        // is always exact where the comparison matters.
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: ax = n*ay + m with m = ay/2. Exactly, fmod(0.5 * (ax - m), ay) is
            // m for odd n and 0 for even n, so this is m for even n and -m for odd n.
            m - 2.0 * libm::fmod(0.5 * (ax - m), ay)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x // finite x, infinite y
}

fn remainder(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (x, y) = two_doubles("remainder", args, kwnames)?;
    new_float(apply2(x, y, m_remainder))
}

fn fmod(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (x, y) = two_doubles("fmod", args, kwnames)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::from_f64(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(float::from_f64(r))
}

/// `x ** y` for floats: IEEE special values settled here, finite cases by the C library;
/// `0 ** negative` and `negative ** fraction` are domain errors, overflow a range error.
fn m_pow(x: f64, y: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0 // y is infinite
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return (r, None);
    }
    let r = libm::pow(x, y);
    let err = if r.is_nan() {
        Some(MathErr::Domain)
    } else if r.is_infinite() {
        Some(if x == 0.0 { MathErr::Domain } else { MathErr::Range })
    } else {
        None
    };
    (r, err)
}

fn pow(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (x, y) = two_doubles("pow", args, kwnames)?;
    let (r, err) = m_pow(x, y);
    new_float(check(r, err))
}

fn nextafter(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (x, y) = two_doubles("nextafter", args, kwnames)?;
    Ok(float::from_f64(libm::nextafter(x, y)))
}

// ----- conversions and predicates -------------------------------------------------------------

fn degrees(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
    let x = as_double(one_arg("degrees", args, kwnames)?)?;
    Ok(float::from_f64(x * RAD_TO_DEG))
}

fn radians(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
    let x = as_double(one_arg("radians", args, kwnames)?)?;
    Ok(float::from_f64(x * DEG_TO_RAD))
}

fn isfinite(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    Ok(bool_::from_bool(as_double(one_arg("isfinite", args, kwnames)?)?.is_finite()))
}

fn isinf(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    Ok(bool_::from_bool(as_double(one_arg("isinf", args, kwnames)?)?.is_infinite()))
}

fn isnan(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    Ok(bool_::from_bool(as_double(one_arg("isnan", args, kwnames)?)?.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: Boost's "weak" test; infinities are
/// only close to themselves and NaN to nothing.
fn isclose(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let p = parse_keywords("isclose", args, kwnames, &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let a = as_double(p[0])?;
    let b = as_double(p[1])?;
    let rel_tol = if p[2].is_null() { 1e-9 } else { as_double(p[2])? };
    let abs_tol = if p[3].is_null() { 0.0 } else { as_double(p[3])? };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(bool_::true_());
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(bool_::false_());
    }
    let diff = (b - a).abs();
    Ok(bool_::from_bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

/// `ulp(x)`: the gap between `|x|` and the next float away from zero (below, for the
/// largest float).
fn ulp(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let x = as_double(one_arg("ulp", args, kwnames)?)?;
    if x.is_nan() {
        return Ok(float::from_f64(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(float::from_f64(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    let r = if up.is_infinite() { x - libm::nextafter(x, f64::NEG_INFINITY) } else { up - x };
    Ok(float::from_f64(r))
}

// ----- logarithms -----------------------------------------------------------------------------

/// `log` with the special values settled before the C library sees them.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            libm::log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        libm::log2(x)
    } else {
        m_log(x) // the same special values
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        libm::log10(x)
    } else {
        m_log(x)
    }
}

/// CPython's `loghelper`: ints of any size are handled exactly enough (an int too big
/// for a float is `m * 2**e` with `m` correctly rounded, so the log is
/// `f(m) + f(2) * e`); anything else goes through [`apply1`].
fn log_of(x: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if int::is_int(x) {
        let big = int::to_big(x);
        if !big.is_positive() {
            return Err(domain_error());
        }
        return Ok(match big.to_f64().filter(|d| d.is_finite()) {
            Some(d) => f(d),
            None => {
                let (m, e) = integer::frexp_big(big.magnitude());
                f(m) + f(2.0) * e as f64
            }
        });
    }
    apply1(as_double(x)?, f, false)
}

/// `log(x[, base])`.
fn log(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if n_kwnames(kwnames) > 0 {
        return Err(type_error("log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(args[0], m_log)?;
    if args.len() == 1 {
        return Ok(float::from_f64(num));
    }
    let den = log_of(args[1], m_log)?;
    if den == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(float::from_f64(num / den))
}

fn log2(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    new_float(log_of(one_arg("log2", args, kwnames)?, m_log2))
}

fn log10(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    new_float(log_of(one_arg("log10", args, kwnames)?, m_log10))
}

// ----- the module -----------------------------------------------------------------------------

static FUNCTIONS: &[MethodDef] = crate::methods![
    "acos" => acos, static;
    "acosh" => acosh, static;
    "asin" => asin, static;
    "asinh" => asinh, static;
    "atan" => atan, static;
    "atan2" => atan2, static;
    "atanh" => atanh, static;
    "cbrt" => cbrt, static;
    "ceil" => ceil, static;
    "comb" => integer::comb, static;
    "copysign" => copysign, static;
    "cos" => cos, static;
    "cosh" => cosh, static;
    "degrees" => degrees, static;
    "dist" => sums::dist, static;
    "erf" => special::erf, static;
    "erfc" => special::erfc, static;
    "exp" => exp, static;
    "exp2" => exp2, static;
    "expm1" => expm1, static;
    "fabs" => fabs, static;
    "factorial" => integer::factorial, static;
    "floor" => floor, static;
    "fmod" => fmod, static;
    "frexp" => frexp, static;
    "fsum" => sums::fsum, static;
    "gamma" => special::gamma, static;
    "gcd" => integer::gcd, static;
    "hypot" => sums::hypot, static;
    "isclose" => isclose, static;
    "isfinite" => isfinite, static;
    "isinf" => isinf, static;
    "isnan" => isnan, static;
    "isqrt" => integer::isqrt, static;
    "lcm" => integer::lcm, static;
    "ldexp" => ldexp, static;
    "lgamma" => special::lgamma, static;
    "log" => log, static;
    "log1p" => log1p, static;
    "log10" => log10, static;
    "log2" => log2, static;
    "modf" => modf, static;
    "pow" => pow, static;
    "radians" => radians, static;
    "remainder" => remainder, static;
    "sin" => sin, static;
    "sinh" => sinh, static;
    "sqrt" => sqrt, static;
    "tan" => tan, static;
    "tanh" => tanh, static;
    "trunc" => trunc, static;
    "prod" => sums::prod, static;
    "perm" => integer::perm, static;
    "nextafter" => nextafter, static;
    "ulp" => ulp, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let m = module::new("math");
    let d = module::dict(m.value());
    dict::set_item_str(d, "__doc__", pystr::new("This module provides access to the mathematical functions\ndefined by the C standard.").value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "math").value());
    }
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        dict::set_item_str(d, name, float::from_f64(value).value());
    }
    Ok(m)
}
