//! Python's operators on constants, for the AST optimizer (`fold.rs`): the subset of
//! `int`, `float`, `complex`, `str`, `bytes` and `tuple` semantics that CPython 3.11's
//! `Python/ast_opt.c` can fold, with its size guards (`safe_multiply`, `safe_power`,
//! `safe_lshift`, `safe_mod`). `None` means "CPython's operation raised or refused":
//! the expression is then left for run time, which raises the real error.
//!
//! Floats follow CPython's `floatobject.c` (`float_pow` special cases, `divmod`'s sign
//! rules), complex numbers `complexobject.c` (`c_quot`, `c_powi`, `c_pow`), and int to
//! float conversions round to nearest even as `PyLong_AsDouble` and `long_true_divide` do.

use crate::ast::{Constant, Operator, UnaryOp};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_runtime::unicode::codepoints;

const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: i64 = 256; // items
const MAX_STR_SIZE: i64 = 4096; // characters
const MAX_TOTAL_ITEMS: i64 = 1024; // including nested collections

/// A number, after the numeric tower's coercions (bool is an int).
#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::Int(BigInt::from(*b as i64)),
        Constant::Int(i) => Num::Int(BigInt::from(*i)),
        Constant::BigInt(b) => Num::Int((**b).clone()),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex { real, imag } => Num::Complex(*real, *imag),
        _ => return None,
    })
}

fn int_value(c: &Constant) -> Option<BigInt> {
    match num(c)? {
        Num::Int(i) => Some(i),
        _ => None,
    }
}

fn from_int(v: BigInt) -> Constant {
    match v.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(Box::new(v)),
    }
}

fn from_num(n: Num) -> Constant {
    match n {
        Num::Int(i) => from_int(i),
        Num::Float(f) => Constant::Float(f),
        Num::Complex(real, imag) => Constant::Complex { real, imag },
    }
}

/// `2**e` as a float, for `e` in the normal range.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `m * 2**e` for an integer `m < 2**53`, computed without double rounding.
fn ldexp(m: u64, e: i64) -> f64 {
    let mut x = m as f64;
    let mut e = e;
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// `PyLong_AsDouble`: round to nearest even; `None` when too large (OverflowError).
pub(crate) fn int_to_f64(v: &BigInt) -> Option<f64> {
    let mag = v.abs();
    let bits = mag.bits();
    let f = if bits <= 53 {
        mag.to_u64().expect("fits") as f64
    } else {
        // Keep 54 bits (53 + a rounding bit) and a sticky bit for the rest.
        let shift = bits - 54;
        let q: BigInt = &mag >> shift;
        let sticky = !(&mag - (&q << shift)).is_zero();
        let q = q.to_u64().expect("54 bits");
        let mut m = q >> 1;
        if q & 1 == 1 && (sticky || m & 1 == 1) {
            m += 1;
        }
        let mut e = shift as i64 + 1;
        if m == 1 << 53 {
            m >>= 1;
            e += 1;
        }
        if e + 53 > 1024 {
            return None;
        }
        ldexp(m, e)
    };
    Some(if v.is_negative() { -f } else { f })
}

/// `long_true_divide`: `a / b` correctly rounded. `None` for division by zero and
/// results too large for a float.
fn int_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let negate = a.is_negative() != b.is_negative();
    if a.is_zero() {
        return Some(if negate { -0.0 } else { 0.0 });
    }
    let (x, y) = (a.abs(), b.abs());
    if x.bits() <= 53 && y.bits() <= 53 {
        // Both exact as floats: one IEEE division rounds correctly.
        let r = x.to_u64().expect("fits") as f64 / y.to_u64().expect("fits") as f64;
        return Some(if negate { -r } else { r });
    }
    // Scale so the quotient has 55 or 56 bits, then round once, by hand, to a multiple
    // of the result's unit in the last place (subnormals have fewer bits).
    let s: i64 = 55 - (x.bits() as i64 - y.bits() as i64);
    let (num, den) = if s >= 0 { (&x << s as u64, y.clone()) } else { (x.clone(), &y << (-s) as u64) };
    let q: BigInt = &num / &den;
    let sticky = !(&num - &q * &den).is_zero();
    let exp = q.bits() as i64 - 1 - s; // exponent of the leading bit of q * 2**-s
    let mut ulp = (exp - 52).max(-1074);
    let drop = (ulp + s) as u64; // at least 2
    let m: BigInt = &q >> drop;
    let low: BigInt = &q - (&m << drop);
    let half = BigInt::from(1) << (drop - 1);
    let mut m = m.to_u64().expect("at most 53 bits");
    if low > half || (low == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    if m == 1 << 53 {
        m >>= 1;
        ulp += 1;
    }
    if ulp > 971 {
        return None; // OverflowError: integer division result too large for a float
    }
    let r = ldexp(m, ulp);
    Some(if negate { -r } else { r })
}

fn is_odd_integer(x: f64) -> bool {
    (x % 2.0).abs() == 1.0
}

/// `float_pow`.
fn float_pow(iv: f64, iw: f64) -> Option<Num> {
    if iw == 0.0 {
        return Some(Num::Float(1.0));
    }
    if iv.is_nan() {
        return Some(Num::Float(iv));
    }
    if iw.is_nan() {
        return Some(Num::Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Some(Num::Float(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Some(Num::Float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None; // ZeroDivisionError
        }
        return Some(Num::Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut negate = false;
    let mut base = iv;
    if iv < 0.0 {
        if iw != iw.floor() {
            // A negative base to a fractional power is complex.
            return complex_pow((iv, 0.0), (iw, 0.0)).map(|(r, i)| Num::Complex(r, i));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Some(Num::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return None; // OverflowError: (34, 'Numerical result out of range')
    }
    Some(Num::Float(if negate { -r } else { r }))
}

/// `float_divmod`'s (floor quotient, remainder); `None` for a zero divisor.
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

/// `float_rem`.
fn float_rem(vx: f64, wx: f64) -> Option<f64> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    Some(m)
}

type C = (f64, f64);

fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` for division by zero.
fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `complex_pow`: small integral exponents by repeated squaring, others by polar form.
fn complex_pow(a: C, b: C) -> Option<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            c_powu(a, n as u64)
        } else {
            c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs()))?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None; // ZeroDivisionError
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return None; // OverflowError
    }
    Some(r)
}

fn to_float(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_f64(i),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: &Num) -> Option<C> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => Some((to_float(other)?, 0.0)),
    }
}

fn floor_divmod_int(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

/// A numeric binary operation.
fn num_binop(op: Operator, a: Num, b: Num) -> Option<Num> {
    use Operator::*;
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            return Some(match op {
                Add => Num::Int(x + y),
                Sub => Num::Int(x - y),
                Mult => Num::Int(x * y),
                Div => Num::Float(int_true_divide(x, y)?),
                FloorDiv => Num::Int(floor_divmod_int(x, y)?.0),
                Mod => Num::Int(floor_divmod_int(x, y)?.1),
                Pow => return int_pow(x, y),
                LShift => {
                    if y.is_negative() {
                        return None;
                    }
                    Num::Int(x << y.to_u64()? as usize)
                }
                RShift => {
                    if y.is_negative() {
                        return None;
                    }
                    match y.to_u64() {
                        Some(s) if s < u64::from(u32::MAX) => Num::Int(x >> s as usize),
                        _ => Num::Int(if x.is_negative() { BigInt::from(-1) } else { BigInt::zero() }),
                    }
                }
                BitOr => Num::Int(x | y),
                BitXor => Num::Int(x ^ y),
                BitAnd => Num::Int(x & y),
                MatMult => return None,
            })
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (x, y) = (to_complex(&a)?, to_complex(&b)?);
            let (r, i) = match op {
                Add => (x.0 + y.0, x.1 + y.1),
                Sub => (x.0 - y.0, x.1 - y.1),
                Mult => c_prod(x, y),
                Div => c_quot(x, y)?,
                Pow => complex_pow(x, y)?,
                _ => return None,
            };
            return Some(Num::Complex(r, i));
        }
        _ => {}
    }
    let (x, y) = (to_float(&a)?, to_float(&b)?);
    Some(Num::Float(match op {
        Add => x + y,
        Sub => x - y,
        Mult => x * y,
        Div => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        FloorDiv => float_divmod(x, y)?.0,
        Mod => float_rem(x, y)?,
        Pow => return float_pow(x, y),
        _ => return None,
    }))
}

/// `long_pow` without a modulus.
fn int_pow(x: &BigInt, y: &BigInt) -> Option<Num> {
    if y.is_negative() {
        return float_pow(int_to_f64(x)?, int_to_f64(y)?);
    }
    if y.is_zero() {
        return Some(Num::Int(BigInt::from(1)));
    }
    if x.is_zero() {
        return Some(Num::Int(BigInt::zero()));
    }
    Some(Num::Int(x.pow(y.to_u32()?)))
}

/// `safe_power`'s guard: refuse ints of more than 128 bits.
fn power_too_big(x: &BigInt, y: &BigInt) -> bool {
    if x.is_zero() || !y.is_positive() {
        return false;
    }
    let vbits = x.abs().bits();
    match y.to_u64() {
        Some(w) => vbits > MAX_INT_SIZE / w,
        None => true,
    }
}

/// Counts items of nested tuples and frozensets against `limit` (`check_complexity`).
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
        limit -= items.len() as i64;
        for it in items {
            if limit < 0 {
                break;
            }
            limit = check_complexity(it, limit);
        }
    }
    limit
}

fn is_int(c: &Constant) -> bool {
    matches!(c, Constant::Bool(_) | Constant::Int(_) | Constant::BigInt(_))
}

/// `safe_multiply`, including sequence repetition.
fn multiply(v: &Constant, w: &Constant) -> Option<Constant> {
    if is_int(w) && !is_int(v) {
        return multiply(w, v);
    }
    if is_int(v) {
        let n = int_value(v)?;
        match w {
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                if !items.is_empty() {
                    let n = n.to_i64()?;
                    if n < 0 || n > MAX_COLLECTION_SIZE / items.len() as i64 {
                        return None;
                    }
                    if n != 0 && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0 {
                        return None;
                    }
                }
                let Constant::Tuple(items) = w else { return None }; // frozenset * int: TypeError
                let n = n.to_i64().unwrap_or(0).max(0) as usize;
                return Some(Constant::Tuple(items.iter().cloned().cycle().take(items.len() * n).collect()));
            }
            Constant::Str(s) | Constant::Bytes(s) => {
                let size = if matches!(w, Constant::Str(_)) { codepoints::count(s) } else { s.len() } as i64;
                let times = if size > 0 {
                    let k = n.to_i64()?;
                    if k < 0 || k > MAX_STR_SIZE / size {
                        return None;
                    }
                    k as usize
                } else {
                    0
                };
                let out: Box<[u8]> = s.repeat(times).into();
                return Some(if matches!(w, Constant::Str(_)) { Constant::Str(out) } else { Constant::Bytes(out) });
            }
            _ => {}
        }
        if let (Some(x), Some(y)) = (int_value(v), int_value(w)) {
            if !x.is_zero() && !y.is_zero() && x.abs().bits() + y.abs().bits() > MAX_INT_SIZE {
                return None;
            }
        }
    }
    num_binop(Operator::Mult, num(v)?, num(w)?).map(from_num)
}

/// Folds `left <op> right`, or `None` when CPython would not.
pub(crate) fn binop(op: Operator, left: &Constant, right: &Constant) -> Option<Constant> {
    use Operator::*;
    match op {
        MatMult => return None,
        Mult => return multiply(left, right),
        Mod => {
            // `safe_mod`: never fold printf-style formatting.
            if matches!(left, Constant::Str(_) | Constant::Bytes(_)) {
                return None;
            }
        }
        Pow => {
            if let (Some(x), Some(y)) = (int_value(left), int_value(right)) {
                if power_too_big(&x, &y) {
                    return None;
                }
            }
        }
        LShift => {
            if let (Some(x), Some(y)) = (int_value(left), int_value(right)) {
                if !x.is_zero() && !y.is_zero() {
                    let w = y.to_u64().filter(|_| !y.is_negative())?;
                    let vbits = x.abs().bits();
                    if w > MAX_INT_SIZE || vbits > MAX_INT_SIZE - w {
                        return None;
                    }
                }
            }
        }
        BitAnd | BitOr | BitXor => {
            if let (Constant::Bool(a), Constant::Bool(b)) = (left, right) {
                return Some(Constant::Bool(match op {
                    BitAnd => a & b,
                    BitOr => a | b,
                    _ => a ^ b,
                }));
            }
        }
        Add => match (left, right) {
            (Constant::Str(a), Constant::Str(b)) => return Some(Constant::Str([&a[..], &b[..]].concat().into())),
            (Constant::Bytes(a), Constant::Bytes(b)) => return Some(Constant::Bytes([&a[..], &b[..]].concat().into())),
            (Constant::Tuple(a), Constant::Tuple(b)) => return Some(Constant::Tuple(a.iter().chain(b).cloned().collect())),
            _ => {}
        },
        _ => {}
    }
    num_binop(op, num(left)?, num(right)?).map(from_num)
}

/// Folds a unary operator.
pub(crate) fn unaryop(op: UnaryOp, v: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!truthy(v)));
    }
    let n = num(v)?;
    Some(from_num(match (op, n) {
        (UnaryOp::Invert, Num::Int(i)) => Num::Int(-i - 1),
        (UnaryOp::Invert, _) => return None,
        (UnaryOp::USub, Num::Int(i)) => Num::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Num::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Num::Complex(-r, -i),
        (UnaryOp::UAdd, n) => n,
        (UnaryOp::Not, _) => unreachable!(),
    }))
}

/// `bool(v)` for an AST constant.
pub(crate) fn truthy(v: &Constant) -> bool {
    match v {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis | Constant::BigInt(_) => true,
        Constant::Int(i) => *i != 0,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) | Constant::Bytes(s) => !s.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

/// Folds `v[idx]` for a constant sequence and an integer index.
pub(crate) fn subscript(v: &Constant, idx: &Constant) -> Option<Constant> {
    if !is_int(idx) {
        return None;
    }
    let i = int_value(idx)?.to_i64()?;
    let pick = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match v {
        Constant::Str(s) => {
            let cps: Vec<u32> = codepoints::iter(s).collect();
            let mut out = Vec::new();
            codepoints::push(&mut out, cps[pick(cps.len())?]);
            Some(Constant::Str(out.into()))
        }
        Constant::Bytes(b) => Some(Constant::Int(b[pick(b.len())?] as i64)),
        Constant::Tuple(t) => Some(t[pick(t.len())?].clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64) -> Constant {
        Constant::Float(x)
    }
    fn i(x: i64) -> Constant {
        Constant::Int(x)
    }
    fn st(x: &str) -> Constant {
        Constant::Str(x.as_bytes().into())
    }

    #[test]
    fn int_and_float_arithmetic() {
        assert!(matches!(binop(Operator::Add, &i(2), &i(3)), Some(Constant::Int(5))));
        assert!(matches!(binop(Operator::FloorDiv, &i(-7), &i(2)), Some(Constant::Int(-4))));
        assert!(matches!(binop(Operator::Mod, &i(-7), &i(2)), Some(Constant::Int(1))));
        assert!(binop(Operator::Div, &i(1), &i(0)).is_none());
        assert!(matches!(binop(Operator::Div, &i(1), &i(4)), Some(Constant::Float(x)) if x == 0.25));
        assert!(matches!(binop(Operator::Pow, &i(2), &i(-1)), Some(Constant::Float(x)) if x == 0.5));
        assert!(matches!(binop(Operator::Mod, &f(-1.0), &f(3.0)), Some(Constant::Float(x)) if x == 2.0));
        assert!(matches!(binop(Operator::FloorDiv, &f(7.5), &f(-2.0)), Some(Constant::Float(x)) if x == -4.0));
        assert!(matches!(binop(Operator::BitAnd, &Constant::Bool(true), &Constant::Bool(false)), Some(Constant::Bool(false))));
        assert!(matches!(binop(Operator::Add, &Constant::Bool(true), &Constant::Bool(true)), Some(Constant::Int(2))));
    }

    #[test]
    fn size_guards() {
        assert!(binop(Operator::Pow, &i(2), &i(128)).is_none());
        assert!(binop(Operator::Pow, &i(2), &i(64)).is_some());
        assert!(binop(Operator::LShift, &i(1), &i(128)).is_none());
        assert!(binop(Operator::LShift, &i(1), &i(127)).is_some());
        assert!(binop(Operator::Mult, &st("ab"), &i(2048)).is_some());
        assert!(binop(Operator::Mult, &st("ab"), &i(2049)).is_none());
        assert!(binop(Operator::Mult, &st("ab"), &i(-1)).is_none());
        assert!(binop(Operator::Mod, &st("%s"), &i(1)).is_none());
        let t = Constant::Tuple(vec![i(1), i(2)]);
        assert!(binop(Operator::Mult, &t, &i(128)).is_some());
        assert!(binop(Operator::Mult, &t, &i(129)).is_none());
    }

    #[test]
    fn conversions_round_to_even() {
        let big = BigInt::from(1u64 << 53) + 1; // halfway: rounds down to even
        assert_eq!(int_to_f64(&big), Some(9007199254740992.0));
        let big = BigInt::from(1u64 << 53) + 3; // rounds up
        assert_eq!(int_to_f64(&big), Some(9007199254740996.0));
        assert_eq!(int_to_f64(&(BigInt::from(1) << 1024)), None);
        let a = BigInt::from(10).pow(30);
        let b = BigInt::from(3);
        assert_eq!(int_true_divide(&a, &b), Some(3.333333333333333e29));
    }

    #[test]
    fn complex_and_subscripts() {
        assert!(matches!(binop(Operator::Add, &i(1), &Constant::Complex { real: 0.0, imag: 2.0 }),
            Some(Constant::Complex { real, imag }) if real == 1.0 && imag == 2.0));
        assert!(matches!(binop(Operator::Pow, &f(-8.0), &f(0.5)), Some(Constant::Complex { .. })));
        assert!(matches!(subscript(&st("héllo"), &i(-4)), Some(Constant::Str(s)) if &*s == "é".as_bytes()));
        assert!(subscript(&st("abc"), &i(3)).is_none());
        assert!(matches!(unaryop(UnaryOp::Invert, &Constant::Bool(true)), Some(Constant::Int(-2))));
        assert!(matches!(unaryop(UnaryOp::Not, &Constant::Tuple(vec![])), Some(Constant::Bool(true))));
    }
}
