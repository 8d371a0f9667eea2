//! The special functions of `math`: `gamma` and `lgamma`, which CPython computes itself
//! (Lanczos' approximation, not the C library's `tgamma`/`lgamma`), and `erf`/`erfc`,
//! which it takes from the C library.
//!
//! The gamma code repeats CPython's floating-point operations in CPython's order, so the
//! roundings (and the results, to the bit) are the same. Errors follow `math_1a`: the
//! computation reports a domain or range error as C's `errno` would, and [`super::check`]
//! decides.

use super::args::{as_double, one_arg};
use super::libm::{self, check, MathErr};
use super::new_float;
use crate::errors::PyResult;
use crate::object::{Obj, Value};
use std::f64::consts::PI;

/// `log(pi)`.
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

// Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375 (parameters
// from the Boost library), its sum written as a rational function: the numerator
// coefficients, then the denominator `x*(x+1)*...*(x+11)` expanded. The constants are
// written with all their published digits; the compiler rounds each to the nearest
// double, as CPython's C compiler does.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `gamma(n) = (n-1)!` for n in 1..=23: exact as floats.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum for positive `x`. Below 5 the rational function is evaluated by
/// Horner's rule in `x`; above, numerator and denominator are rescaled by `x**-12` and
/// evaluated in `1/x`, which cannot overflow and is more accurate there.
fn lanczos_sum(x: f64) -> f64 {
    debug_assert!(x > 0.0);
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, accurate also near integers (where `sin(PI * x)` would
/// suffer from the rounding of `PI * x`): reduce to `[0, 2)` exactly, then pick the
/// octant's formula.
fn sin_pi(x: f64) -> f64 {
    debug_assert!(x.is_finite());
    let y = libm::fmod(x.abs(), 2.0);
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // Not -sin(PI * (y - 1.0)): that gives -0.0 at y == 1.0.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        4 => libm::sin(PI * (y - 2.0)),
        _ => unreachable!("2 * fmod(|x|, 2) rounds into 0..=4"),
    };
    1f64.copysign(x) * r
}

/// The Gamma function. Positive `x`: Lanczos' formula, with `pow(y, x - 0.5) / exp(y)`
/// for `y = x + g - 0.5` corrected by `1 + e*g/y` for the rounding error `e` of `y`;
/// negative `x`: the reflection formula. Integers up to 23 come from the table.
fn tgamma(x: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, None); // gamma(nan) = nan, gamma(inf) = inf
        }
        return (f64::NAN, Some(MathErr::Domain)); // gamma(-inf)
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Some(MathErr::Domain)); // a pole
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Some(MathErr::Domain)); // poles at negative integers
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        // gamma(x) ~ 1/x near zero.
        let r = 1.0 / x;
        return (r, r.is_infinite().then_some(MathErr::Range));
    }
    if absx > 200.0 {
        // Beyond 200 the result overflows, or (negative x) underflows to a signed zero.
        if x < 0.0 {
            return (0.0 / sin_pi(x), None);
        }
        return (f64::INFINITY, Some(MathErr::Range));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, computed exactly in whichever order keeps it exact.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            // Two half powers: the whole power would overflow.
            let half = libm::pow(y, absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let half = libm::pow(y, absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    (r, r.is_infinite().then_some(MathErr::Range))
}

/// `log(|gamma(x)|)`, from Lanczos' formula for large arguments too (reflection for
/// negative ones).
fn lgamma_of(x: f64) -> (f64, Option<MathErr>) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, None);
        }
        return (f64::INFINITY, None); // lgamma(±inf) = inf
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Some(MathErr::Domain)); // poles
        }
        return (0.0, None); // lgamma(1) = lgamma(2) = 0
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), None);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - libm::log(sin_pi(absx).abs()) - libm::log(absx) - r;
    }
    (r, r.is_infinite().then_some(MathErr::Range))
}

pub(super) fn gamma(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (r, err) = tgamma(as_double(one_arg("gamma", args, kwnames)?)?);
    new_float(check(r, err))
}

pub(super) fn lgamma(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let (r, err) = lgamma_of(as_double(one_arg("lgamma", args, kwnames)?)?);
    new_float(check(r, err))
}

/// `erf` and `erfc` never fail: the C library's only possible report is an underflow of
/// `erfc` to zero, which is not an error.
pub(super) fn erf(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    Ok(crate::objects::float::from_f64(libm::erf(as_double(one_arg("erf", args, kwnames)?)?)))
}

pub(super) fn erfc(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    Ok(crate::objects::float::from_f64(libm::erfc(as_double(one_arg("erfc", args, kwnames)?)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin_pi_is_exact_at_integers_and_halves() {
        for n in -10..10 {
            assert_eq!(sin_pi(n as f64), 0.0, "sin_pi({n})");
            let half = sin_pi(n as f64 + 0.5);
            assert_eq!(half.abs(), 1.0, "sin_pi({n}.5)");
        }
        assert!(sin_pi(1.0).is_sign_positive());
    }

    #[test]
    fn gamma_of_small_integers_is_the_table() {
        assert_eq!(tgamma(5.0), (24.0, None));
        assert_eq!(tgamma(-3.0).1, Some(MathErr::Domain));
        assert_eq!(lgamma_of(2.0), (0.0, None));
    }
}
