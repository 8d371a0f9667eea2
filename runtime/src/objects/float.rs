//! `float`: IEEE-754 doubles. Most floats are immediates in the value word; `inf`, `nan`,
//! subnormals, magnitudes beyond about 1e77, and instances of float subclasses live on
//! the heap as `PyFloat`. Arithmetic, division semantics, hashing and `repr` follow
//! CPython's `floatobject.c`.

use crate::errors::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::object::{alloc_object, free_memory, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::singletons::not_implemented;
use crate::objects::{bool_, int, str as pystr};

/// A heap float.
#[repr(C)]
pub struct PyFloat {
    ob: ObjHeader,
    /// The value.
    pub value: f64,
}

/// The `float` type.
pub static FLOAT_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "float",
    std::mem::size_of::<PyFloat>(),
    crate::object::flags::BASETYPE | crate::object::flags::FLOAT_SUBCLASS,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    let t = type_of(v);
    crate::objects::pytype::release_instance_attrs(v);
    free_memory(v, t.basicsize.get() + crate::objects::pytype::attrs_extra(t));
}

/// A float value (immediate when possible).
#[inline(always)]
pub fn from_f64(f: f64) -> Obj {
    match Value::immediate_float(f) {
        Some(v) => Obj::immediate(v),
        None => new_heap(&FLOAT_TYPE.0, f),
    }
}

/// A heap float of type `ty` (float or a subclass).
pub fn new_heap(ty: &TypeObject, f: f64) -> Obj {
    let size = ty.basicsize.get().max(std::mem::size_of::<PyFloat>()) + crate::objects::pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyFloat;
    // SAFETY: fresh allocation large enough for a PyFloat plus a subclass's attribute
    // store, which is initialized next.
    unsafe {
        std::ptr::addr_of_mut!((*p).value).write(f);
        let o = Obj::from_raw(Value::from_ptr(p));
        crate::objects::pytype::init_instance_attrs(o.value());
        o
    }
}

/// True for float instances (immediate, heap, subclass).
#[inline(always)]
pub fn is_float(v: Value) -> bool {
    v.is_immediate_float() || (v.is_ptr() && type_of(v).has_flag(crate::object::flags::FLOAT_SUBCLASS))
}

/// The double of a float instance.
#[inline(always)]
pub fn as_f64(v: Value) -> f64 {
    if v.is_immediate_float() {
        v.as_immediate_float()
    } else {
        // SAFETY: callers pass float instances (PyFloat layout).
        unsafe { (*(v.as_ptr() as *const PyFloat)).value }
    }
}

/// The value of a float or int operand as a double (`None` for other types).
pub fn operand(v: Value) -> PyResult<Option<f64>> {
    if is_float(v) {
        return Ok(Some(as_f64(v)));
    }
    if int::is_int(v) {
        return Ok(Some(int::to_f64(v)?));
    }
    Ok(None)
}

/// CPython's `_Py_HashDouble`: the hash of the rational value, so that `hash(2.0) ==
/// hash(2)`; `inf` hashes to 314159, `nan` by identity (here: 0, as CPython < 3.10).
pub fn hash_f64(f: f64, identity: u64) -> i64 {
    if !f.is_finite() {
        if f.is_infinite() {
            return if f > 0.0 { 314159 } else { -314159 };
        }
        let h = (identity >> 4) as i64;
        return if h == -1 { -2 } else { h };
    }
    let (m, e) = frexp(f);
    let mut sign = 1i64;
    let mut m = m;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    const BITS: i32 = 61;
    let modulus = int::HASH_MODULUS;
    let mut x: u64 = 0;
    let mut e = e;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & modulus) | (x >> (BITS - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: `f = m * 2**e` with `0.5 <= |m| < 1`.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

fn float_hash(v: Value) -> PyResult<i64> {
    Ok(hash_f64(as_f64(v), v.bits()))
}

fn float_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::from_string(crate::float_repr::repr_f64(as_f64(v))))
}

/// Python's `divmod` for doubles: `(floor quotient, remainder with the divisor's sign)`.
pub fn divmod_f64(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Python's `%` for doubles.
pub fn mod_f64(vx: f64, wx: f64) -> f64 {
    let m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m + wx
        } else {
            m
        }
    } else {
        0f64.copysign(wx)
    }
}

/// `x ** y` for doubles, with CPython's errors (a complex result for a negative base and
/// a non-integral exponent).
pub fn pow_f64(x: f64, y: f64) -> PyResult<Obj> {
    if y == 0.0 {
        return Ok(from_f64(1.0));
    }
    if x.is_nan() {
        return Ok(from_f64(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(from_f64(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 {
        if y < 0.0 && y.is_finite() {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        let odd = y.is_finite() && y.fract() == 0.0 && (y % 2.0).abs() == 1.0;
        if y < 0.0 {
            return Ok(from_f64(if odd { f64::INFINITY.copysign(x) } else { f64::INFINITY }));
        }
        return Ok(from_f64(if odd { x } else { 0.0 }));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 && x.is_finite() {
        return crate::objects::complex::pow_values(x, 0.0, y, 0.0);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(from_f64(r))
}

/// The binary operators with at least one float operand.
pub fn binary(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(not_implemented());
    };
    binary_f64(x, y, op)
}

/// The binary operators on doubles.
pub fn binary_f64(x: f64, y: f64, op: BinOp) -> PyResult<Obj> {
    Ok(from_f64(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            divmod_f64(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            mod_f64(x, y)
        }
        BinOp::Pow => return pow_f64(x, y),
        _ => return Ok(not_implemented()),
    }))
}

/// Compares a float with a float or int (`None`: not comparable, or NaN involved).
pub fn compare(a: Value, b: Value) -> Option<Option<std::cmp::Ordering>> {
    let x = as_f64(a);
    if is_float(b) {
        return Some(x.partial_cmp(&as_f64(b)));
    }
    if int::is_int(b) {
        return Some(int::compare_with_float(b, x).map(|o| o.reverse()));
    }
    None
}

fn richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    match compare(a, b) {
        None => Ok(not_implemented()),
        Some(None) => Ok(bool_::from_bool(op == CompareOp::Ne)),
        Some(Some(o)) => Ok(bool_::from_bool(op.test(o))),
    }
}

macro_rules! binop_fn {
    ($name:ident, $op:expr) => {
        fn $name(a: Value, b: Value) -> PyResult<Obj> {
            binary(a, b, $op)
        }
    };
}
binop_fn!(add, BinOp::Add);
binop_fn!(sub, BinOp::Sub);
binop_fn!(mul, BinOp::Mul);
binop_fn!(truediv, BinOp::TrueDiv);
binop_fn!(floordiv, BinOp::FloorDiv);
binop_fn!(modulo, BinOp::Mod);
binop_fn!(power, BinOp::Pow);

fn neg(v: Value) -> PyResult<Obj> {
    Ok(from_f64(-as_f64(v)))
}
fn pos(v: Value) -> PyResult<Obj> {
    Ok(from_f64(as_f64(v)))
}
fn abs(v: Value) -> PyResult<Obj> {
    Ok(from_f64(as_f64(v).abs()))
}
fn to_bool(v: Value) -> PyResult<bool> {
    Ok(as_f64(v) != 0.0)
}

/// `int(f)`: truncation, with CPython's errors for inf and nan.
pub fn to_int(f: f64) -> PyResult<Obj> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 4.6e18 {
        return Ok(int::from_i64(t as i64));
    }
    Ok(int::from_big(int::float_to_big(t)))
}

fn float_int(v: Value) -> PyResult<Obj> {
    to_int(as_f64(v))
}
fn float_float(v: Value) -> PyResult<Obj> {
    Ok(from_f64(as_f64(v)))
}

/// Parses `float(text)`: whitespace, sign, decimal/exponent forms with single underscores
/// between digits, `inf`/`infinity`/`nan` in any case.
pub fn parse(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    if lower.len() - body.len() > 1 {
        return None;
    }
    let neg = lower.starts_with('-');
    match body {
        "inf" | "infinity" => return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(if neg { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    // Validate the grammar: digits with single underscores between them.
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len());
    let mut prev_digit = false;
    let mut seen_digit = false;
    let mut seen_e = false;
    let mut seen_dot = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => {
                prev_digit = true;
                seen_digit = true;
                clean.push(c as char);
            }
            b'_' => {
                if !prev_digit || !b.get(i + 1).is_some_and(|n| n.is_ascii_digit()) {
                    return None;
                }
                prev_digit = false;
            }
            b'.' if !seen_dot && !seen_e => {
                seen_dot = true;
                prev_digit = false;
                clean.push('.');
            }
            b'e' if seen_digit && !seen_e => {
                seen_e = true;
                prev_digit = false;
                clean.push('e');
                if let Some(&s) = b.get(i + 1) {
                    if s == b'+' || s == b'-' {
                        // handled on the next iteration
                    }
                }
            }
            b'+' | b'-' if i > 0 && b[i - 1] == b'e' => {
                prev_digit = false;
                clean.push(c as char);
            }
            _ => {
                // Non-ASCII decimal digits count as digits.
                return None;
            }
        }
    }
    if !seen_digit || clean.ends_with(['e', '+', '-']) {
        return None;
    }
    let v: f64 = clean.parse().ok()?;
    Some(if neg { -v } else { v })
}

fn float_new(ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::objects::args::no_kwargs("float", kwnames)?;
    if args.len() > 1 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", args.len())));
    }
    let f = if args.is_empty() { 0.0 } else { convert(args[0])? };
    if std::ptr::eq(ty, &FLOAT_TYPE.0) {
        return Ok(from_f64(f));
    }
    Ok(new_heap(ty, f))
}

/// `float(x)` as a double.
pub fn convert(x: Value) -> PyResult<f64> {
    if is_float(x) {
        return Ok(as_f64(x));
    }
    if int::is_int(x) {
        return int::to_f64(x);
    }
    if pystr::is_str(x) {
        let text: String = pystr::as_str(x)
            .chars()
            .map(|c| match crate::unicode::decimal_value(c as u32) {
                Some(d) if (c as u32) >= 0x80 => char::from(b'0' + d),
                _ => c,
            })
            .collect();
        return parse(&text).ok_or_else(|| value_error(format!("could not convert string to float: {}", pystr::repr(x))));
    }
    if let Some(b) = crate::objects::bytes::as_bytes_opt(x) {
        return parse(&String::from_utf8_lossy(b)).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                crate::object::protocol::repr_string(x).unwrap_or_default()
            ))
        });
    }
    let t = type_of(x);
    if let Some(f) = t.slots.float.get() {
        let r = f(x)?;
        if !is_float(r.value()) {
            return Err(type_error(format!("{}.__float__ returned non-float (type {})", t.name(), type_of(r.value()).name())));
        }
        return Ok(as_f64(r.value()));
    }
    if let Some(f) = t.slots.index.get() {
        let r = f(x)?;
        return int::to_f64(r.value());
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", t.name())))
}

/// `round(x, ndigits)` with CPython's correctly rounded result (half to even on the exact
/// binary value).
pub fn round_digits(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 323 {
        return x;
    }
    if nd < -308 {
        return 0.0f64.copysign(x);
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        return s.parse().unwrap_or(x);
    }
    // Negative ndigits: round the exact binary value to a multiple of 10**k, half to
    // even, in exact integer arithmetic (as CPython's dtoa-based `double_round`).
    use num_bigint::BigInt;
    use num_traits::{One, Signed, Zero};
    let k = (-nd) as u32;
    let bits = x.abs().to_bits();
    let (exp, mant) = ((bits >> 52) as i64, bits & ((1u64 << 52) - 1));
    let (mant, exp) = if exp == 0 { (mant, -1074) } else { (mant | (1u64 << 52), exp - 1075) };
    let (mut num, mut den) = (BigInt::from(mant), BigInt::one());
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    den *= num_traits::pow::Pow::pow(BigInt::from(10), k);
    let q = &num / &den;
    let r = &num - &q * &den;
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if (&q % 2u32).is_positive() => q + 1,
        _ => q,
    };
    let out: f64 = if q.is_zero() { 0.0 } else { format!("{q}e{k}").parse().unwrap_or(f64::INFINITY) };
    if out.is_infinite() {
        return x;
    }
    out.copysign(x)
}

/// `float.fromhex(s)`: exact parsing of a hexadecimal float, correctly rounded.
fn fromhex(cls: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("fromhex", args, kw, 1)?;
    if !pystr::is_str(args[0]) {
        return Err(type_error(format!("fromhex() argument must be str, not {}", crate::object::type_of(args[0]).name())));
    }
    let x = parse_hex(pystr::as_str(args[0]))?;
    let f = from_f64(x);
    if cls == FLOAT_TYPE.as_value() {
        return Ok(f);
    }
    crate::interp::call::call(cls, &[f.value()], Value::NULL)
}

fn parse_hex(text: &str) -> PyResult<f64> {
    use num_bigint::BigUint;
    use num_traits::{ToPrimitive, Zero};
    let invalid = || crate::errors::value_error("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let digits: String = format!("{int_part}{frac_part}");
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invalid());
    }
    let mut e: i64 = match exp {
        Some(t) => {
            let t2 = t.strip_prefix('+').unwrap_or(t);
            if t2.is_empty() || !t2.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()) || t2.trim_start_matches('-').is_empty() {
                return Err(invalid());
            }
            t2.parse::<i64>().unwrap_or(if t2.starts_with('-') { i64::MIN / 4 } else { i64::MAX / 4 })
        }
        None => 0,
    };
    e -= 4 * frac_part.len() as i64;
    let m = BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let bits = m.bits() as i64;
    let top = bits + e; // value in [2**(top-1), 2**top)
    if top > 1024 {
        return Err(crate::errors::overflow_error("hexadecimal value too large to represent as a float"));
    }
    let prec = if top - 1 < -1022 { 53 - (-1022 - (top - 1)) } else { 53 };
    let (mut q, mut e2) = (m.clone(), e);
    if prec <= 0 {
        // Below half the smallest subnormal, or exactly rounding to it.
        let half = BigUint::from(1u32) << ((bits - prec).max(1) as usize - 1);
        let _ = half;
        let smallest_exp = -1074i64;
        let scale = smallest_exp - e; // value / 2**-1074 = m / 2**scale
        let one = BigUint::from(1u32);
        let halfway = &one << (scale as usize - 1);
        let r = if m > halfway { 5e-324 } else { 0.0 };
        return Ok(if neg { -r } else { r });
    }
    let shift = bits - prec;
    if shift > 0 {
        let one = BigUint::from(1u32);
        let rem = &m & ((&one << shift as usize) - &one);
        q = &m >> shift as usize;
        let half = &one << (shift as usize - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q += 1u32;
        }
        e2 += shift;
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    // qf * 2**e2 in two steps so intermediate powers stay finite.
    let half1 = e2 / 2;
    let r = qf * 2f64.powi(half1 as i32) * 2f64.powi((e2 - half1) as i32);
    if r.is_infinite() {
        return Err(crate::errors::overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(if neg { -r } else { r })
}

fn round(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::range("__round__", args, kw, 0, 1)?;
    let x = as_f64(this);
    if args.is_empty() || args[0] == crate::objects::singletons::none() {
        let r = x.round();
        let r = if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r };
        return to_int(r);
    }
    let nd = int::to_index(args[0], "")?;
    Ok(from_f64(round_digits(x, nd)))
}

fn is_integer(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let x = as_f64(this);
    Ok(bool_::from_bool(x.is_finite() && x.fract() == 0.0))
}

fn as_integer_ratio(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let x = as_f64(this);
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = frexp(x);
    let mut i = 0;
    while m != m.floor() && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let num = int::float_to_big(m);
    use num_traits::One;
    let (num, den) = if e >= 0 {
        (num << e as usize, num_bigint::BigInt::one())
    } else {
        (num, num_bigint::BigInt::one() << (-e) as usize)
    };
    Ok(crate::objects::tuple::pair(int::from_big(num), int::from_big(den)))
}

fn trunc(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    to_int(as_f64(this))
}
fn floor(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    to_int(as_f64(this).floor())
}
fn ceil(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    to_int(as_f64(this).ceil())
}
fn conjugate(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(from_f64(as_f64(this)))
}
fn format(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__format__", args, kw, 1)?;
    crate::format::format_float(as_f64(this), pystr::as_str(args[0]))
}
fn getnewargs(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(crate::objects::tuple::from_vec(vec![from_f64(as_f64(this))]))
}

fn hex(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let x = as_f64(this);
    if !x.is_finite() {
        return Ok(pystr::new(&crate::float_repr::repr_f64(x)));
    }
    if x == 0.0 {
        return Ok(pystr::new(if x.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }));
    }
    let bits = x.to_bits();
    let sign = if x < 0.0 { "-" } else { "" };
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    let lead = if exp == 0 {
        exp = -1022;
        0
    } else {
        exp -= 1023;
        1
    };
    // CPython always prints all 13 hex digits of the fraction.
    let digits = format!("{:013x}", mant);
    mant = 0;
    let _ = mant;
    Ok(pystr::from_string(format!("{sign}0x{lead}.{digits}p{}{}", if exp >= 0 { "+" } else { "-" }, exp.abs())))
}

fn divmod(a: Value, b: Value) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(not_implemented());
    };
    if y == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    let (q, r) = divmod_f64(x, y);
    Ok(crate::objects::tuple::pair(from_f64(q), from_f64(r)))
}

fn float_divmod(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__divmod__", args, kw, 1)?;
    divmod(this, args[0])
}
fn float_rdivmod(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__rdivmod__", args, kw, 1)?;
    divmod(args[0], this)
}

fn get_real(v: Value) -> PyResult<Obj> {
    Ok(from_f64(as_f64(v)))
}
fn get_imag(_v: Value) -> PyResult<Obj> {
    Ok(from_f64(0.0))
}

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let s = &FLOAT_TYPE.slots;
    s.repr.set(Some(float_repr));
    s.hash.set(Some(float_hash));
    s.richcompare.set(Some(richcompare));
    s.binary[BinOp::Add as usize].set(Some(add));
    s.binary[BinOp::Sub as usize].set(Some(sub));
    s.binary[BinOp::Mul as usize].set(Some(mul));
    s.binary[BinOp::TrueDiv as usize].set(Some(truediv));
    s.binary[BinOp::FloorDiv as usize].set(Some(floordiv));
    s.binary[BinOp::Mod as usize].set(Some(modulo));
    s.binary[BinOp::Pow as usize].set(Some(power));
    s.neg.set(Some(neg));
    s.pos.set(Some(pos));
    s.abs.set(Some(abs));
    s.bool.set(Some(to_bool));
    s.int.set(Some(float_int));
    s.float.set(Some(float_float));
    s.new.set(Some(float_new));
    crate::objects::pytype::add_methods(&FLOAT_TYPE, crate::methods![
        "is_integer" => is_integer;
        "as_integer_ratio" => as_integer_ratio;
        "hex" => hex;
        "fromhex" => fromhex, class;
        "conjugate" => conjugate;
        "__round__" => round;
        "__trunc__" => trunc;
        "__floor__" => floor;
        "__ceil__" => ceil;
        "__format__" => format;
        "__getnewargs__" => getnewargs;
        "__divmod__" => float_divmod;
        "__rdivmod__" => float_rdivmod;
    ]);
    crate::objects::pytype::add_getsets(&FLOAT_TYPE, &[
        crate::objects::descr::GetSetDef { name: "real", get: get_real, set: None },
        crate::objects::descr::GetSetDef { name: "imag", get: get_imag, set: None },
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_f64(2.0, 0), 2);
        assert_eq!(hash_f64(0.5, 0), 1152921504606846976);
        assert_eq!(hash_f64(-1.0, 0), -2);
        assert_eq!(hash_f64(1e100, 0), 1822893315824342674);
        assert_eq!(hash_f64(2.0f64.powi(-254), 0), 2251799813685248);
        assert_eq!(hash_f64(f64::INFINITY, 0), 314159);
    }

    #[test]
    fn divmod_signs() {
        assert_eq!(divmod_f64(7.0, 2.0), (3.0, 1.0));
        assert_eq!(divmod_f64(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(divmod_f64(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(mod_f64(-0.0, 3.0).to_bits(), 0.0f64.to_bits());
    }

    #[test]
    fn parse_accepts_python_forms() {
        assert_eq!(parse(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse("-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse("1e-3"), Some(0.001));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert!(parse("nan").unwrap().is_nan());
        assert_eq!(parse("1__0"), None);
        assert_eq!(parse("abc"), None);
        assert_eq!(parse("1e"), None);
    }

    #[test]
    fn rounding_is_correct() {
        assert_eq!(round_digits(2.675, 2), 2.67);
        assert_eq!(round_digits(1234.5678, -2), 1200.0);
        assert_eq!(round_digits(0.125, 2), 0.12);
    }
}
