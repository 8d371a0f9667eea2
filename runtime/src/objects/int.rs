//! `int`: arbitrary precision. Values that fit 63 bits are small ints in the value word
//! (`object/value.rs`); only bigger ones live on the heap as `PyLong` (a `num-bigint`
//! `BigInt`). Every result is normalized: a heap int never holds a value that fits.
//! `bool` instances are heap singletons whose type subclasses `int`; operations accept
//! them (and int subclasses) through [`to_big`]/[`as_i64`].

use crate::errors::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::object::{alloc_object, free_memory, is_type, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::singletons::not_implemented;
use crate::objects::{bool_, float, str as pystr};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// A heap int (always outside the small-int range, unless it is a bool or subclass).
#[repr(C)]
pub struct PyLong {
    ob: ObjHeader,
    /// The value.
    pub value: BigInt,
}

/// The `int` type.
pub static INT_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "int",
    std::mem::size_of::<PyLong>(),
    crate::object::flags::BASETYPE | crate::object::flags::INT_SUBCLASS,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(v.as_ptr() as *mut PyLong)).value));
    let t = crate::object::type_of(v);
    crate::objects::pytype::release_instance_attrs(v);
    free_memory(v, t.basicsize.get() + crate::objects::pytype::attrs_extra(t));
}

/// Modulus of CPython's numeric hash (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// True for int instances (small, big, bool, subclasses).
#[inline(always)]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || (v.is_ptr() && type_of(v).has_flag(crate::object::flags::INT_SUBCLASS))
}

/// True for exact ints (small or heap `int`, not bool or subclasses).
#[inline(always)]
pub fn is_exact_int(v: Value) -> bool {
    v.is_small_int() || (v.is_ptr() && is_type(v, &INT_TYPE.0))
}

fn heap(v: Value) -> &'static BigInt {
    // SAFETY: callers pass heap int instances (layout starts with PyLong).
    unsafe { &(*(v.as_ptr() as *const PyLong)).value }
}

/// A heap int object of type `ty` (for subclasses and bools) holding `b`.
pub fn new_heap(ty: &TypeObject, b: BigInt) -> Obj {
    let size = ty.basicsize.get().max(std::mem::size_of::<PyLong>()) + crate::objects::pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyLong;
    // SAFETY: fresh allocation large enough for a PyLong plus a subclass's attribute
    // store, which is initialized next.
    unsafe {
        std::ptr::addr_of_mut!((*p).value).write(b);
        let o = Obj::from_raw(Value::from_ptr(p));
        crate::objects::pytype::init_instance_attrs(o.value());
        o
    }
}

/// An int from an i64 (small if it fits).
#[inline]
pub fn from_i64(i: i64) -> Obj {
    match Value::small_int(i) {
        Some(v) => Obj::immediate(v),
        None => new_heap(&INT_TYPE.0, BigInt::from(i)),
    }
}

/// An int from an i128.
pub fn from_i128(i: i128) -> Obj {
    match i64::try_from(i) {
        Ok(x) => from_i64(x),
        Err(_) => new_heap(&INT_TYPE.0, BigInt::from(i)),
    }
}

/// An int from a big int, normalized to a small int when it fits.
pub fn from_big(b: BigInt) -> Obj {
    match b.to_i64().and_then(Value::small_int) {
        Some(v) => Obj::immediate(v),
        None => new_heap(&INT_TYPE.0, b),
    }
}

/// The value of an int-like value (int, bool, int subclass) as a big int.
pub fn to_big(v: Value) -> Cow<'static, BigInt> {
    if v.is_small_int() {
        Cow::Owned(BigInt::from(v.as_small_int()))
    } else {
        Cow::Borrowed(heap(v))
    }
}

/// The value of an int-like value if it fits an i64.
#[inline]
pub fn as_i64(v: Value) -> Option<i64> {
    if v.is_small_int() {
        Some(v.as_small_int())
    } else {
        heap(v).to_i64()
    }
}

/// `__index__` of an int-like value, or `None` when `v` is not an integer at all (types
/// with `__index__` are converted).
pub fn as_index_opt(v: Value) -> PyResult<Option<i64>> {
    if v.is_small_int() {
        return Ok(Some(v.as_small_int()));
    }
    if is_int(v) {
        return match heap(v).to_i64() {
            Some(i) => Ok(Some(i)),
            None => Err(index_overflow(v)),
        };
    }
    if v.is_ptr() {
        if let Some(f) = type_of(v).slots.index.get() {
            let r = f(v)?;
            if !is_int(r.value()) {
                return Err(type_error(format!("__index__ returned non-int (type {})", type_of(r.value()).name())));
            }
            return as_index_opt(r.value());
        }
    }
    Ok(None)
}

fn index_overflow(v: Value) -> crate::errors::PyErr {
    let _ = v;
    crate::errors::PyErr::new(crate::objects::exceptions::index_error(), "cannot fit 'int' into an index-sized integer")
}

/// `operator.index(v)` as an i64 (`TypeError` if not an integer, `IndexError`-style
/// overflow message as CPython's `PyNumber_AsSsize_t`).
pub fn to_index(v: Value, what: &str) -> PyResult<i64> {
    match as_index_opt(v)? {
        Some(i) => Ok(i),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer{what}", type_of(v).name()))),
    }
}

/// `operator.index(v)` as an int object.
pub fn index_obj(v: Value) -> PyResult<Obj> {
    if is_exact_int(v) {
        return Ok(Obj::new_ref(v));
    }
    if is_int(v) {
        return Ok(from_big(to_big(v).into_owned()));
    }
    if v.is_ptr() {
        if let Some(f) = type_of(v).slots.index.get() {
            let r = f(v)?;
            if !is_int(r.value()) {
                return Err(type_error(format!("__index__ returned non-int (type {})", type_of(r.value()).name())));
            }
            return Ok(r);
        }
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_of(v).name())))
}

// ----- hashing and printing ------------------------------------------------------------

/// CPython's hash of an int: the value modulo 2**61 - 1, with the sign, and -1 mapped to -2.
pub fn hash_i64(i: i64) -> i64 {
    let m = HASH_MODULUS as i64;
    let mut h = (i.unsigned_abs() % HASH_MODULUS) as i64;
    if i < 0 {
        h = -h;
    }
    if h == -1 {
        h = -2;
    }
    let _ = m;
    h
}

/// `hash()` of any int.
pub fn hash(v: Value) -> i64 {
    if let Some(i) = as_i64(v) {
        return hash_i64(i);
    }
    let b = heap(v);
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().expect("reduced modulo 2**61-1");
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Decimal text of an int.
pub fn to_decimal(v: Value) -> String {
    if v.is_small_int() {
        return v.as_small_int().to_string();
    }
    heap(v).to_string()
}

fn int_repr(v: Value) -> PyResult<Obj> {
    if !v.is_small_int() {
        let b = heap(v);
        let digits = b.bits() as f64 * std::f64::consts::LOG10_2;
        let limit = crate::modules::sys::int_max_str_digits();
        if limit > 0 && digits + 1.0 > limit as f64 {
            let exact = b.abs().to_string().len();
            if exact > limit {
                return Err(value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
        }
    }
    Ok(pystr::from_string(to_decimal(v)))
}

// ----- arithmetic -----------------------------------------------------------------------

/// Python's floor division of i64s (`None` on division by zero or overflow).
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's modulo of i64s (sign of the divisor).
#[inline]
pub fn mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

fn big_floordiv(a: &BigInt, b: &BigInt) -> BigInt {
    a.div_floor(b)
}

fn big_mod(a: &BigInt, b: &BigInt) -> BigInt {
    a.mod_floor(b)
}

/// Converts an int to f64 with CPython's overflow error.
pub fn to_f64(v: Value) -> PyResult<f64> {
    if v.is_small_int() {
        return Ok(v.as_small_int() as f64);
    }
    let b = heap(v);
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// Correctly rounded `a / b` for ints (CPython's `long_true_divide`).
pub fn true_divide(a: Value, b: Value) -> PyResult<Obj> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        if y == 0 {
            return Err(zero_division("division by zero"));
        }
        // Both exactly representable: one correctly rounded IEEE division.
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Ok(float::from_f64(x as f64 / y as f64));
        }
    }
    let (x, y) = (to_big(a), to_big(b));
    if y.is_zero() {
        return Err(zero_division("division by zero"));
    }
    Ok(float::from_f64(big_true_div(&x, &y)?))
}

/// Correctly rounded quotient of big ints as f64 (round-half-even).
fn big_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if a.is_zero() {
        return Ok(if a.is_negative() != b.is_negative() { -0.0 } else { 0.0 });
    }
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so that the quotient has 55 significant bits, then round once.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift > 0 { (a << shift as usize, b.clone()) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u128().expect("quotient has about 55 bits");
    let exp = -shift;
    // Fold the remainder into a sticky bit, then round to 53 bits (or fewer if subnormal).
    let sticky = !r.is_zero();
    let qbits = 128 - q.leading_zeros() as i64;
    let e2 = exp + qbits; // value = 0.q * 2**e2
    if e2 > 1024 {
        return Err(overflow_error("integer division result too large for a float"));
    }
    let keep = if e2 >= -1021 { 53 } else { (53 - (-1021 - e2)).max(0) };
    let drop = qbits - keep;
    let mut result_exp = exp;
    if drop > 0 {
        let half = 1u128 << (drop - 1);
        let rem = q & ((1u128 << drop) - 1);
        q >>= drop;
        result_exp += drop;
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let f = (q as f64) * 2f64.powi(result_exp as i32);
    if f.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -f } else { f })
}

/// `a ** b` for ints (a float for negative exponents).
pub fn pow(a: Value, b: Value) -> PyResult<Obj> {
    let bb = to_big(b);
    if bb.is_negative() {
        let base = to_f64(a)?;
        if base == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        let e = to_f64(b)?;
        return Ok(float::from_f64(base.powf(e)));
    }
    if let (Some(x), Some(e)) = (as_i64(a), bb.to_u32()) {
        if let Some(r) = x.checked_pow(e) {
            return Ok(from_i64(r));
        }
    }
    let base = to_big(a);
    if base.is_zero() || base.is_one() {
        return Ok(from_big(base.into_owned()));
    }
    if *base == BigInt::from(-1) {
        return Ok(from_i64(if bb.is_odd() { -1 } else { 1 }));
    }
    let e = bb.to_u32().ok_or_else(|| crate::errors::memory_error())?;
    Ok(from_big(num_traits::pow::Pow::pow(base.as_ref(), e)))
}

/// `pow(a, b, m)` for ints.
pub fn pow_mod(a: Value, b: Value, m: Value) -> PyResult<Obj> {
    let (a, b, m) = (to_big(a), to_big(b), to_big(m));
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let base = if b.is_negative() {
        // Modular inverse.
        let g = a.mod_floor(&mabs).extended_gcd(&mabs);
        if !g.gcd.is_one() {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        g.x.mod_floor(&mabs)
    } else {
        a.into_owned()
    };
    let e = b.abs();
    let mut r = base.modpow(&e, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += m.as_ref();
    }
    Ok(from_big(r))
}

/// The binary operators on ints (`None` when an operand is not an int).
pub fn binary(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    if Value::both_small_ints(a, b) {
        let (x, y) = (a.as_small_int(), b.as_small_int());
        let r: Option<i64> = match op {
            BinOp::Add => Some(x + y),
            BinOp::Sub => Some(x - y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(zero_division("integer division or modulo by zero"));
                }
                floordiv_i64(x, y)
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(zero_division("integer modulo by zero"));
                }
                mod_i64(x, y)
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Err(value_error("negative shift count"));
                }
                if y < 63 && (x << y) >> y == x {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(value_error("negative shift count"));
                }
                Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            BinOp::TrueDiv => return true_divide(a, b),
            BinOp::Pow => return pow(a, b),
            BinOp::MatMul => return Ok(not_implemented()),
        };
        if let Some(r) = r {
            return Ok(from_i64(r));
        }
    }
    if !is_int(a) || !is_int(b) {
        return Ok(not_implemented());
    }
    let (x, y) = (to_big(a), to_big(b));
    let r = match op {
        BinOp::Add => x.as_ref() + y.as_ref(),
        BinOp::Sub => x.as_ref() - y.as_ref(),
        BinOp::Mul => x.as_ref() * y.as_ref(),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            big_floordiv(&x, &y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            big_mod(&x, &y)
        }
        BinOp::And => x.as_ref() & y.as_ref(),
        BinOp::Or => x.as_ref() | y.as_ref(),
        BinOp::Xor => x.as_ref() ^ y.as_ref(),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(from_i64(0));
            }
            let n = y.to_usize().filter(|&n| n < (1 << 40)).ok_or_else(|| overflow_error("too many digits in integer"))?;
            x.as_ref() << n
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(n) => {
                    // Floor semantics for negatives, as Python's >>.
                    if x.is_negative() {
                        -((-(x.as_ref()) - 1u32) >> n) - 1u32
                    } else {
                        x.as_ref() >> n
                    }
                }
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::TrueDiv => return true_divide(a, b),
        BinOp::Pow => return pow(a, b),
        BinOp::MatMul => return Ok(not_implemented()),
    };
    Ok(from_big(r))
}

/// Compares two ints.
pub fn compare(a: Value, b: Value) -> std::cmp::Ordering {
    if Value::both_small_ints(a, b) {
        return a.as_small_int().cmp(&b.as_small_int());
    }
    to_big(a).as_ref().cmp(to_big(b).as_ref())
}

/// Exact comparison of an int with a float (`None` when the float is NaN).
pub fn compare_with_float(i: Value, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    if let Some(x) = as_i64(i) {
        if x.unsigned_abs() < 1 << 53 {
            return (x as f64).partial_cmp(&f);
        }
    }
    // Compare exactly: floor(f) as a big int, then the fractional part decides ties.
    let fl = f.floor();
    let fb = float_to_big(fl);
    let ib = to_big(i);
    match ib.as_ref().cmp(&fb) {
        Equal => Some(if f > fl { Less } else { Equal }),
        o => Some(o),
    }
}

/// The exact integer value of an integral float.
pub fn float_to_big(f: f64) -> BigInt {
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if f < 0.0 {
        -v
    } else {
        v
    }
}

fn richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if is_int(b) {
        return Ok(bool_::from_bool(op.test(compare(a, b))));
    }
    Ok(not_implemented())
}

fn add(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::Add)
}
fn sub(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::Sub)
}
fn mul(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::Mul)
}
fn floordiv(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::FloorDiv)
}
fn modulo(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::Mod)
}
fn truediv(a: Value, b: Value) -> PyResult<Obj> {
    if !is_int(a) || !is_int(b) {
        return Ok(not_implemented());
    }
    true_divide(a, b)
}
fn power(a: Value, b: Value) -> PyResult<Obj> {
    if !is_int(a) || !is_int(b) {
        return Ok(not_implemented());
    }
    pow(a, b)
}
fn and(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::And)
}
fn or(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::Or)
}
fn xor(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::Xor)
}
fn lshift(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::LShift)
}
fn rshift(a: Value, b: Value) -> PyResult<Obj> {
    binary(a, b, BinOp::RShift)
}

/// `-x`.
pub fn neg(v: Value) -> PyResult<Obj> {
    if v.is_small_int() {
        return Ok(from_i64(-v.as_small_int()));
    }
    Ok(from_big(-to_big(v).into_owned()))
}
fn pos(v: Value) -> PyResult<Obj> {
    if is_exact_int(v) {
        return Ok(Obj::new_ref(v));
    }
    Ok(from_big(to_big(v).into_owned()))
}
fn abs(v: Value) -> PyResult<Obj> {
    if v.is_small_int() {
        return Ok(from_i64(v.as_small_int().abs()));
    }
    Ok(from_big(to_big(v).abs()))
}
fn invert(v: Value) -> PyResult<Obj> {
    if v.is_small_int() {
        return Ok(from_i64(!v.as_small_int()));
    }
    Ok(from_big(-(to_big(v).into_owned()) - 1))
}
fn to_bool(v: Value) -> PyResult<bool> {
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    Ok(!heap(v).is_zero())
}
fn int_int(v: Value) -> PyResult<Obj> {
    pos(v)
}
fn int_float(v: Value) -> PyResult<Obj> {
    Ok(float::from_f64(to_f64(v)?))
}
fn int_hash(v: Value) -> PyResult<i64> {
    Ok(hash(v))
}

// ----- parsing -------------------------------------------------------------------------

/// Parses `int(text, base)` (base 0 means "as a literal"), with CPython's rules: optional
/// whitespace and sign, single underscores between digits, a matching 0x/0o/0b prefix.
pub fn parse(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let mut digits = t;
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix = |p: &str| lower.as_deref() == Some(p);
    if (base == 16 || base == 0) && prefix("0x") {
        base = 16;
        digits = &t[2..];
    } else if (base == 8 || base == 0) && prefix("0o") {
        base = 8;
        digits = &t[2..];
    } else if (base == 2 || base == 0) && prefix("0b") {
        base = 2;
        digits = &t[2..];
    } else if base == 0 {
        base = 10;
        // Base 0: a decimal literal may not have leading zeros (except "0", "00", ...).
        let d: String = t.chars().filter(|&c| c != '_').collect();
        if d.len() > 1 && d.starts_with('0') && d.chars().any(|c| c != '0') {
            return None;
        }
    }
    let had_prefix = digits.len() != t.len();
    if digits.is_empty() {
        return None;
    }
    // Underscores: only single ones between digits (or right after a prefix).
    let bytes = digits.as_bytes();
    if bytes[bytes.len() - 1] == b'_' || (bytes[0] == b'_' && !had_prefix) {
        return None;
    }
    if digits.contains("__") {
        return None;
    }
    let clean: String = digits
        .chars()
        .filter(|&c| c != '_')
        .map(|c| if let Some(d) = crate::unicode::decimal_value(c as u32) { char::from(b'0' + d) } else { c })
        .collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

fn int_new(ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = crate::objects::args::bind("int", args, kwnames, &["x", "base"], 0)?;
    let (x, base) = (a[0], a[1]);
    let value = if x.is_null() {
        if !base.is_null() {
            return Err(type_error("int() missing string argument"));
        }
        Obj::small_int(0)
    } else if base.is_null() {
        convert(x)?
    } else {
        let b = to_index(base, "")?;
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = if pystr::is_str(x) {
            pystr::as_str(x).to_string()
        } else if let Some(bytes) = crate::objects::bytes::as_bytes_opt(x) {
            String::from_utf8_lossy(bytes).into_owned()
        } else {
            return Err(type_error("int() can't convert non-string with explicit base"));
        };
        match parse(&text, b as u32) {
            Some(v) => from_big(v),
            None => {
                return Err(value_error(format!(
                    "invalid literal for int() with base {b}: {}",
                    if pystr::is_str(x) { pystr::repr(x) } else { crate::object::protocol::repr_string(x)? }
                )))
            }
        }
    };
    if std::ptr::eq(ty, &INT_TYPE.0) {
        return Ok(value);
    }
    Ok(new_heap(ty, to_big(value.value()).into_owned()))
}

/// `int(x)` for one argument.
pub fn convert(x: Value) -> PyResult<Obj> {
    if is_exact_int(x) {
        return Ok(Obj::new_ref(x));
    }
    if is_int(x) {
        return Ok(from_big(to_big(x).into_owned()));
    }
    if float::is_float(x) {
        return float::to_int(float::as_f64(x));
    }
    if pystr::is_str(x) {
        let limit = crate::modules::sys::int_max_str_digits();
        let text = pystr::as_str(x);
        if limit > 0 && text.len() > limit {
            let digits = text.trim().trim_start_matches(['-', '+']).chars().filter(|c| c.is_ascii_digit()).count();
            if digits > limit {
                return Err(value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
        }
        return match parse(text, 10) {
            Some(v) => Ok(from_big(v)),
            None => Err(value_error(format!("invalid literal for int() with base 10: {}", pystr::repr(x)))),
        };
    }
    if let Some(b) = crate::objects::bytes::as_bytes_opt(x) {
        return match parse(&String::from_utf8_lossy(b), 10) {
            Some(v) => Ok(from_big(v)),
            None => Err(value_error(format!("invalid literal for int() with base 10: {}", crate::object::protocol::repr_string(x)?))),
        };
    }
    let t = type_of(x);
    if let Some(f) = t.slots.int.get() {
        let r = f(x)?;
        if !is_int(r.value()) {
            return Err(type_error(format!("__int__ returned non-int (type {})", type_of(r.value()).name())));
        }
        return Ok(r);
    }
    if let Some(f) = t.slots.index.get() {
        return f(x);
    }
    if let Some(trunc) = crate::object::protocol::lookup_special(x, "__trunc__")? {
        let r = crate::interp::call::call(trunc.value(), &[], Value::NULL)?;
        if is_int(r.value()) {
            return Ok(r);
        }
        return index_obj(r.value());
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        t.name()
    )))
}

// ----- methods --------------------------------------------------------------------------

fn bit_length(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("bit_length", args, kw, 0)?;
    Ok(from_i64(to_big(this).bits() as i64))
}

fn bit_count(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("bit_count", args, kw, 0)?;
    let b = to_big(this);
    let n: u64 = b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(from_i64(n as i64))
}

fn conjugate(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    pos(this)
}

fn as_integer_ratio(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(crate::objects::tuple::pair(pos(this)?, Obj::small_int(1)))
}

fn to_bytes(this: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = crate::objects::args::bind("to_bytes", args, kwnames, &["length", "byteorder", "signed"], 0)?;
    let length = if a[0].is_null() { 1 } else { to_index(a[0], "")? };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let order = if a[1].is_null() { "big" } else { pystr::as_str(a[1]) };
    let signed = !a[2].is_null() && crate::object::protocol::is_true(a[2])?;
    let b = to_big(this);
    if b.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if b.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length as usize {
        // A positive number whose top byte has the sign bit needs one more byte when
        // signed; to_signed_bytes already accounts for that.
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    match order {
        "little" => {}
        "big" => bytes.reverse(),
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(crate::objects::bytes::new(&bytes))
}

fn from_bytes(cls: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = crate::objects::args::bind("from_bytes", args, kwnames, &["bytes", "byteorder", "signed"], 1)?;
    let data = crate::objects::bytes::bytes_from_object(a[0])?;
    let order = if a[1].is_null() { "big" } else { pystr::as_str(a[1]) };
    let signed = !a[2].is_null() && crate::object::protocol::is_true(a[2])?;
    let mut d = data.clone();
    match order {
        "little" => {}
        "big" => d.reverse(),
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed { BigInt::from_signed_bytes_le(&d) } else { BigInt::from_bytes_le(Sign::Plus, &d) };
    let r = from_big(v);
    if cls == INT_TYPE.as_value() {
        return Ok(r);
    }
    crate::interp::call::call(cls, &[r.value()], Value::NULL)
}

fn int_index(v: Value) -> PyResult<Obj> {
    pos(v)
}

fn get_real(v: Value) -> PyResult<Obj> {
    pos(v)
}
fn get_imag(_v: Value) -> PyResult<Obj> {
    Ok(Obj::small_int(0))
}
fn get_denominator(_v: Value) -> PyResult<Obj> {
    Ok(Obj::small_int(1))
}

fn round(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::range("__round__", args, kw, 0, 1)?;
    if args.is_empty() || args[0] == crate::objects::singletons::none() {
        return pos(this);
    }
    let nd = to_index(args[0], "")?;
    if nd >= 0 {
        return pos(this);
    }
    // Round to a multiple of 10**-nd, half to even.
    let m = num_traits::pow::Pow::pow(BigInt::from(10), (-nd) as u32);
    let x = to_big(this);
    let (q, r) = x.div_mod_floor(&m);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&m) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(from_big(q * m))
}

fn trunc(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    pos(this)
}

fn format(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__format__", args, kw, 1)?;
    crate::format::format_int(this, pystr::as_str(args[0]))
}

fn getnewargs(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(crate::objects::tuple::from_vec(vec![pos(this)?]))
}

fn divmod(a: Value, b: Value) -> PyResult<Obj> {
    if !is_int(a) || !is_int(b) {
        return Ok(not_implemented());
    }
    let q = binary(a, b, BinOp::FloorDiv)?;
    let r = binary(a, b, BinOp::Mod)?;
    Ok(crate::objects::tuple::pair(q, r))
}

fn int_divmod(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__divmod__", args, kw, 1)?;
    divmod(this, args[0])
}

fn int_rdivmod(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__rdivmod__", args, kw, 1)?;
    divmod(args[0], this)
}

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let s = &INT_TYPE.slots;
    s.repr.set(Some(int_repr));
    s.hash.set(Some(int_hash));
    s.richcompare.set(Some(richcompare));
    s.binary[BinOp::Add as usize].set(Some(add));
    s.binary[BinOp::Sub as usize].set(Some(sub));
    s.binary[BinOp::Mul as usize].set(Some(mul));
    s.binary[BinOp::FloorDiv as usize].set(Some(floordiv));
    s.binary[BinOp::Mod as usize].set(Some(modulo));
    s.binary[BinOp::TrueDiv as usize].set(Some(truediv));
    s.binary[BinOp::Pow as usize].set(Some(power));
    s.binary[BinOp::And as usize].set(Some(and));
    s.binary[BinOp::Or as usize].set(Some(or));
    s.binary[BinOp::Xor as usize].set(Some(xor));
    s.binary[BinOp::LShift as usize].set(Some(lshift));
    s.binary[BinOp::RShift as usize].set(Some(rshift));
    s.neg.set(Some(neg));
    s.pos.set(Some(pos));
    s.abs.set(Some(abs));
    s.invert.set(Some(invert));
    s.bool.set(Some(to_bool));
    s.int.set(Some(int_int));
    s.float.set(Some(int_float));
    s.index.set(Some(int_index));
    s.new.set(Some(int_new));
    crate::objects::pytype::add_methods(&INT_TYPE, crate::methods![
        "bit_length" => bit_length;
        "bit_count" => bit_count;
        "conjugate" => conjugate;
        "as_integer_ratio" => as_integer_ratio;
        "to_bytes" => to_bytes;
        "from_bytes" => from_bytes, class;
        "__round__" => round;
        "__trunc__" => trunc;
        "__floor__" => trunc;
        "__ceil__" => trunc;
        "__format__" => format;
        "__getnewargs__" => getnewargs;
        "__divmod__" => int_divmod;
        "__rdivmod__" => int_rdivmod;
    ]);
    crate::objects::pytype::add_getsets(&INT_TYPE, &[
        crate::objects::descr::GetSetDef { name: "real", get: get_real, set: None },
        crate::objects::descr::GetSetDef { name: "imag", get: get_imag, set: None },
        crate::objects::descr::GetSetDef { name: "numerator", get: get_real, set: None },
        crate::objects::descr::GetSetDef { name: "denominator", get: get_denominator, set: None },
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_python_signs() {
        for (a, b, q, r) in [(7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (0, 5, 0, 0)] {
            assert_eq!(floordiv_i64(a, b), Some(q), "{a} // {b}");
            assert_eq!(mod_i64(a, b), Some(r), "{a} % {b}");
        }
        assert_eq!(floordiv_i64(1, 0), None);
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(-(1 << 61)), -1i64.wrapping_add(0) - 1 + 1 - 1);
    }

    #[test]
    fn parsing_follows_int_rules() {
        assert_eq!(parse(" 1_000 ", 10), Some(BigInt::from(1000)));
        assert_eq!(parse("0x_ff", 0), Some(BigInt::from(255)));
        assert_eq!(parse("ff", 16), Some(BigInt::from(255)));
        assert_eq!(parse("-0b101", 0), Some(BigInt::from(-5)));
        assert_eq!(parse("1__0", 10), None);
        assert_eq!(parse("_1", 10), None);
        assert_eq!(parse("012", 0), None);
        assert_eq!(parse("000", 0), Some(BigInt::from(0)));
        assert_eq!(parse("", 10), None);
    }

    #[test]
    fn true_division_rounds_correctly() {
        let big = BigInt::from(1u64 << 60) + 1;
        let f = big_true_div(&big, &BigInt::from(3)).unwrap();
        assert_eq!(f, 384307168202282325.0);
        assert_eq!(big_true_div(&BigInt::from(1), &BigInt::from(3)).unwrap(), 1.0 / 3.0);
        assert_eq!(big_true_div(&BigInt::from(-10), &BigInt::from(4)).unwrap(), -2.5);
    }
}
