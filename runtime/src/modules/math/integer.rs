//! The integer functions of `math`: `gcd`, `lcm`, `isqrt`, `factorial`, `comb`, `perm`,
//! exact on ints of any size (num-bigint), with CPython's argument conversion
//! (`__index__`, so floats are rejected) and its errors.
//!
//! Results are exact, so any algorithm gives CPython's answer; what must match is which
//! error comes first. Products of many factors are split in halves (a product tree), so
//! big multiplications get operands of similar size, which num-bigint's Karatsuba/Toom
//! multiplication handles far faster than a running product.

use super::args::{no_keywords, one_arg, positional};
use crate::errors::{overflow_error, value_error, PyResult};
use crate::object::{Obj, Value};
use crate::objects::{int, singletons};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `operator.index(v)` as a big int.
fn index_big(v: Value) -> PyResult<BigInt> {
    Ok(int::to_big(int::index_obj(v)?.value()).into_owned())
}

// ----- gcd and lcm ----------------------------------------------------------------------------

fn gcd2(a: &BigInt, b: &BigInt) -> BigInt {
    match (a.to_i64(), b.to_i64()) {
        // fast path: word-sized operands (the result of gcd is non-negative).
        (Some(x), Some(y)) => BigInt::from(x.unsigned_abs().gcd(&y.unsigned_abs())),
        _ => a.gcd(b),
    }
}

/// `gcd(*integers)`: 0 without arguments; every argument is converted (and checked) even
/// once the result is 1.
pub(super) fn gcd(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    no_keywords("gcd", kwnames)?;
    let Some((&first, rest)) = args.split_first() else {
        return Ok(Obj::small_int(0));
    };
    let mut g = index_big(first)?.abs();
    for &a in rest {
        let x = index_big(a)?;
        if !g.is_one() {
            g = gcd2(&g, &x);
        }
    }
    Ok(int::from_big(g))
}

/// `lcm(*integers)`: 1 without arguments, non-negative, 0 as soon as one argument is 0.
pub(super) fn lcm(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    no_keywords("lcm", kwnames)?;
    let Some((&first, rest)) = args.split_first() else {
        return Ok(Obj::small_int(1));
    };
    let mut l = index_big(first)?.abs();
    for &a in rest {
        let x = index_big(a)?;
        if l.is_zero() {
            continue;
        }
        l = if x.is_zero() { BigInt::zero() } else { (&l / gcd2(&l, &x) * x).abs() };
    }
    Ok(int::from_big(l))
}

// ----- isqrt ----------------------------------------------------------------------------------

/// `isqrt(n)`: the largest `a` with `a*a <= n`.
pub(super) fn isqrt(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let n = int::index_obj(one_arg("isqrt", args, kwnames)?)?;
    if let Some(v) = int::as_i64(n.value()) {
        if v < 0 {
            return Err(value_error("isqrt() argument must be nonnegative"));
        }
        return Ok(int::from_i64(Roots::sqrt(&(v as u64)) as i64));
    }
    let b = int::to_big(n.value());
    if b.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_big(b.sqrt()))
}

// ----- products -------------------------------------------------------------------------------

/// `lo * (lo+1) * ... * (hi-1)` (1 when empty).
fn range_product(lo: u64, hi: u64) -> BigUint {
    if hi <= lo {
        return BigUint::one();
    }
    if hi - lo <= 32 {
        // Collect factors in a word until it would overflow.
        let mut acc = BigUint::one();
        let mut word: u64 = 1;
        for i in lo..hi {
            match word.checked_mul(i) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = i;
                }
            }
        }
        return acc * word;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// `n * (n-1) * ... * (n-k+1)`, the falling factorial, for big `n >= k`.
fn falling(n: &BigUint, k: u64) -> BigUint {
    match k {
        0 => BigUint::one(),
        1 => n.clone(),
        _ => {
            let j = k / 2;
            falling(n, j) * falling(&(n - j), k - j)
        }
    }
}

/// `P(n, k) = n! / (n-k)!` for `0 <= k <= n`.
fn perm_of(n: &BigUint, k: u64) -> BigUint {
    match n.to_u64() {
        Some(small) => range_product(small - k + 1, small + 1),
        None => falling(n, k),
    }
}

/// `C(n, k) = P(n, k) / k!` for `0 <= k <= n`.
fn comb_of(n: &BigUint, k: u64) -> BigUint {
    perm_of(n, k) / range_product(1, k + 1)
}

// ----- factorial, comb, perm ------------------------------------------------------------------

/// `factorial(n)`, for `perm(n)` too.
fn factorial_of(x: Value) -> PyResult<Obj> {
    let n = index_big(x)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    Ok(int::from_big(BigInt::from(range_product(1, n as u64 + 1))))
}

pub(super) fn factorial(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    factorial_of(one_arg("factorial", args, kwnames)?)
}

/// `n` and `k` converted, both checked non-negative (`n` first).
fn n_and_k(n: Value, k: Value) -> PyResult<(BigUint, BigUint)> {
    let n = index_big(n)?;
    let k = index_big(k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n.into_parts().1, k.into_parts().1))
}

/// `comb(n, k)`: 0 for `k > n`; `k` is replaced by `n - k` when smaller, and must then fit
/// 63 bits.
pub(super) fn comb(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = positional("comb", args, kwnames, 2, 2)?;
    let (n, k) = n_and_k(a[0], a[1])?;
    if k > n {
        return Ok(Obj::small_int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_i64() else {
        // Only reachable for n beyond 63 bits: a smaller n has a smaller k.
        return Err(overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    Ok(int::from_big(BigInt::from_biguint(Sign::Plus, comb_of(&n, k as u64))))
}

/// `perm(n, k=None)`: `factorial(n)` without `k`, 0 for `k > n`; `k` must fit 63 bits.
pub(super) fn perm(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = positional("perm", args, kwnames, 1, 2)?;
    if a.len() == 1 || a[1] == singletons::none() {
        return factorial_of(a[0]);
    }
    let (n, k) = n_and_k(a[0], a[1])?;
    if k > n {
        return Ok(Obj::small_int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(int::from_big(BigInt::from_biguint(Sign::Plus, perm_of(&n, k as u64))))
}

// ----- big ints as floats ---------------------------------------------------------------------

/// CPython's `_PyLong_Frexp` for a positive int: `(m, e)` with `0.5 <= m < 1` and
/// `m * 2**e` equal to `n` rounded to 53 significant bits (half to even), for ints too
/// large to be a float.
pub(super) fn frexp_big(n: &BigUint) -> (f64, i64) {
    debug_assert!(!n.is_zero());
    let bits = n.bits();
    if bits <= 53 {
        let m = n.to_u64().expect("at most 53 bits") as f64;
        return (m / 2f64.powi(bits as i32), bits as i64);
    }
    // Keep the top 53 bits; round half to even using the dropped ones.
    let drop = bits - 53;
    let mut top = (n >> drop).to_u64().expect("53 bits");
    let half = BigUint::one() << (drop - 1);
    let rest = n - (BigUint::from(top) << drop);
    if rest > half || (rest == half && top & 1 == 1) {
        top += 1;
    }
    let mut e = bits as i64;
    let m = if top == 1 << 53 {
        e += 1;
        0.5
    } else {
        top as f64 / 2f64.powi(53)
    };
    (m, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_are_exact() {
        assert_eq!(range_product(1, 21), BigUint::from(2432902008176640000u64));
        assert_eq!(range_product(5, 5), BigUint::one());
        let n = BigUint::from(100u32);
        assert_eq!(falling(&n, 3), BigUint::from(970200u32));
        assert_eq!(comb_of(&BigUint::from(52u32), 5), BigUint::from(2598960u32));
        assert_eq!(perm_of(&(BigUint::one() << 70u32), 2), (BigUint::one() << 140u32) - (BigUint::one() << 70u32));
    }

    #[test]
    fn frexp_big_rounds_half_to_even() {
        let two = |e: u32| BigUint::one() << e;
        assert_eq!(frexp_big(&two(2000)), (0.5, 2001));
        // 2**60 + 2**7 is halfway between two 53-bit values: ties go to the even one.
        assert_eq!(frexp_big(&(two(60) + two(7))), (0.5, 61));
        assert_eq!(frexp_big(&(two(60) + two(7) + 1u32)), (0.5 + 2f64.powi(-53), 61));
        assert_eq!(frexp_big(&(two(61) - 1u32)), (0.5, 62));
    }
}
