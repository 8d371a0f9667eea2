//! The platform C library's math functions, which CPython calls, and CPython's rules for
//! turning their IEEE special results into Python exceptions (C99 Annex F).
//!
//! `cbrt` and `fmod` are also defined by Rust's compiler-builtins, whose copies the linker
//! picks before the C library's (its `cbrt` differs from glibc's in the last bit for
//! about a third of arguments). On glibc they are reached through their `_Float64`
//! aliases, which only the C library defines.

use crate::errors::{overflow_error, value_error, PyErr, PyResult};

mod ffi {
    extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        #[cfg_attr(target_env = "gnu", link_name = "fmodf64")]
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn modf(x: f64, int_part: *mut f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

macro_rules! safe {
    ($($f:ident($($a:ident),*)),* $(,)?) => {$(
        #[inline]
        pub fn $f($($a: f64),*) -> f64 {
            // SAFETY: a pure function of its arguments (it may only write errno).
            unsafe { ffi::$f($($a),*) }
        }
    )*};
}
safe!(
    acos(x), acosh(x), asin(x), asinh(x), atan(x), atan2(y, x), atanh(x), cbrt(x), cos(x),
    cosh(x), erf(x), erfc(x), exp(x), exp2(x), expm1(x), fmod(x, y), log(x), log10(x),
    log1p(x), log2(x), nextafter(x, y), pow(x, y), sin(x), sinh(x), tan(x), tanh(x),
);

/// `frexp`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (finite nonzero `x`).
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0;
    // SAFETY: writes one int through a valid pointer.
    let m = unsafe { ffi::frexp(x, &mut e) };
    (m, e)
}

/// `ldexp`: `x * 2**e`, rounded once.
pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure function of its arguments.
    unsafe { ffi::ldexp(x, e) }
}

/// `modf`: `(fractional part, integral part)`, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    let mut i = 0.0;
    // SAFETY: writes one double through a valid pointer.
    let f = unsafe { ffi::modf(x, &mut i) };
    (f, i)
}

// ----- errors ---------------------------------------------------------------------------------

pub(super) fn domain_error() -> PyErr {
    value_error("math domain error")
}

pub(super) fn range_error() -> PyErr {
    overflow_error("math range error")
}

/// What C's `errno` would say after a computation (CPython reads errno; we return it).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum MathErr {
    /// `EDOM`: invalid argument or singularity.
    Domain,
    /// `ERANGE`: overflow, or an underflow some libraries report.
    Range,
}

/// CPython's `is_error`: a range error with a result below 1.5 in magnitude is an
/// underflow (or expm1 going to -1), which is not an error.
pub(super) fn check(r: f64, err: Option<MathErr>) -> PyResult<f64> {
    match err {
        None => Ok(r),
        Some(MathErr::Domain) => Err(domain_error()),
        Some(MathErr::Range) if r.abs() < 1.5 => Ok(r),
        Some(MathErr::Range) => Err(range_error()),
    }
}

/// CPython's `math_1`: `f(x)`, with a NaN from a non-NaN argument a domain error, and an
/// infinity from a finite argument an overflow (`can_overflow`) or a singularity.
pub(super) fn apply1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(r)
}

/// CPython's `math_2`: `f(x, y)` with the same rules as [`apply1`] (an infinity from
/// finite arguments is always an overflow).
pub(super) fn apply2(x: f64, y: f64, f: fn(f64, f64) -> f64) -> PyResult<f64> {
    let r = f(x, y);
    let err = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Some(MathErr::Domain)
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Some(MathErr::Range)
    } else {
        None
    };
    check(r, err)
}
