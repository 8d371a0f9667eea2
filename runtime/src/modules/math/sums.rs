//! Sums and norms of `math`: `fsum` (exact summation, correctly rounded), `hypot` and
//! `dist` (a Euclidean norm accurate to the last bit in practice), and `prod`.
//!
//! `fsum` and the norm reproduce CPython's sequence of floating-point operations, so the
//! results agree to the bit even where they are not provably correctly rounded. Rust
//! compiles `f64` arithmetic to plain IEEE double operations (no x87 extended precision,
//! no contraction into fused multiply-adds), which is what CPython's `volatile`
//! declarations in `fsum` ask of the C compiler.

use super::args::{as_double, no_keywords, one_arg, parse_keywords, positional};
use super::libm;
use crate::errors::{overflow_error, value_error, PyResult};
use crate::object::{protocol, BinOp, Obj, Value};
use crate::objects::{float, tuple};

/// `fsum(iterable)`: Shewchuk's algorithm as in Raymond Hettinger's `msum` recipe with
/// Mark Dickinson's exact rounding of the partials.
///
/// `partials` holds non-overlapping sums, increasing in magnitude, whose exact total is
/// the exact sum so far. Infinities and NaNs bypass the partials: they are summed apart,
/// `inf + -inf` being a `ValueError`; an infinity made by finite inputs is an overflow.
pub(super) fn fsum(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let iter = protocol::get_iter(one_arg("fsum", args, kwnames)?)?;
    let mut partials: Vec<f64> = Vec::with_capacity(32);
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    while let Some(item) = protocol::next(iter.value())? {
        let original = as_double(item.value())?;
        let mut x = original;
        // Add x to the partials: each step keeps hi + lo == x + y exactly.
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if original.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(float::from_f64(special_sum));
    }
    Ok(float::from_f64(round_partials(&partials)))
}

/// The exact sum of `partials`, rounded once: add from the top until a step is inexact,
/// then fix a half-way case that the remaining partials push one way.
fn round_partials(partials: &[f64]) -> f64 {
    let Some((&top, rest)) = partials.split_last() else {
        return 0.0;
    };
    let mut hi = top;
    let mut lo = 0.0;
    let mut n = rest.len();
    while n > 0 {
        let x = hi;
        let y = rest[n - 1];
        n -= 1;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // If the rounding error lo is exactly half an ulp and the next partial has the same
    // sign, the true sum is past the halfway point: round away (so that
    // fsum([1e-16, 1, 1e16]) gives 1e16 + 2, and fsum is commutative).
    if n > 0 && ((lo < 0.0 && rest[n - 1] < 0.0) || (lo > 0.0 && rest[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// `sqrt(sum(x*x for x in vec))` for non-negative finite `vec` with maximum `max`
/// (CPython's `vector_norm`). Overflow and underflow are avoided by scaling by a power of
/// two that puts `max` in `[0.5, 1)`; each square is computed exactly as `hi*hi + 2*hi*lo +
/// lo*lo` (Veltkamp-Dekker splitting) and summed with separate compensations (Neumaier),
/// starting from 1.0 so that the running sum always dominates; the square root then gets
/// one Newton correction from the exact residual.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, the splitting constant
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead (the values are subnormal, so
        // the squares are exact enough without splitting).
        for &v in vec {
            let x = v / max;
            let x = x * x;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = libm::ldexp(1.0, -max_e);
    for &v in vec {
        let x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;

        let x = hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;

        let x = 2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;

        // lo*lo is below half an ulp of csum (>= 1.0): accumulated on the side only.
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

    // Residual of h*h against the sum, computed the same exact way.
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;

    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;

    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;

    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;

    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// Absolute values of a vector with their maximum and whether a NaN is among them.
struct Coordinates {
    values: Vec<f64>,
    max: f64,
    found_nan: bool,
}

impl Coordinates {
    fn with_capacity(n: usize) -> Coordinates {
        Coordinates { values: Vec::with_capacity(n), max: 0.0, found_nan: false }
    }

    fn push(&mut self, x: f64) {
        let x = x.abs();
        self.found_nan |= x.is_nan();
        if x > self.max {
            self.max = x;
        }
        self.values.push(x);
    }

    fn norm(&self) -> f64 {
        vector_norm(&self.values, self.max, self.found_nan)
    }
}

/// `hypot(*coordinates)`.
pub(super) fn hypot(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    no_keywords("hypot", kwnames)?;
    let mut c = Coordinates::with_capacity(args.len());
    for &a in args {
        c.push(as_double(a)?);
    }
    Ok(float::from_f64(c.norm()))
}

/// `dist(p, q)`: both points are made tuples first (any iterable is accepted).
pub(super) fn dist(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = positional("dist", args, kwnames, 2, 2)?;
    let as_tuple = |v: Value| if tuple::is_tuple(v) { Ok(Obj::new_ref(v)) } else { tuple::from_iterable(v) };
    let p = as_tuple(a[0])?;
    let q = as_tuple(a[1])?;
    let (p, q) = (tuple::items(p.value()), tuple::items(q.value()));
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut c = Coordinates::with_capacity(p.len());
    for (&px, &qx) in p.iter().zip(q) {
        let px = as_double(px)?;
        let qx = as_double(qx)?;
        c.push(px - qx);
    }
    Ok(float::from_f64(c.norm()))
}

/// `prod(iterable, /, *, start=1)`: `start * x0 * x1 * ...` with the `*` operator.
/// (CPython keeps int and float products in machine words while it can; the results
/// are those of `*`.)
pub(super) fn prod(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let p = parse_keywords("prod", args, kwnames, &["iterable", "start"], 1, 1, 1)?;
    let iter = protocol::get_iter(p[0])?;
    let mut result = if p[1].is_null() { Obj::small_int(1) } else { Obj::new_ref(p[1]) };
    while let Some(item) = protocol::next(iter.value())? {
        result = protocol::binary_op(result.value(), item.value(), BinOp::Mul)?;
    }
    Ok(result)
}
