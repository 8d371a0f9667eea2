//! The value word: every Python value taipan handles is one `u64`.
//!
//! ```text
//!   ...xxxxxxx1   small int: 63-bit two's complement, value = (bits as i64) >> 1
//!   ...xxxxxx10   immediate float: a double whose exponent fits 9 bits (|x| in about
//!                 1e-77..1e77, and ±0.0), packed as sign | mantissa | exponent
//!   ...xxxxx000   pointer to a heap object (8-aligned); 0 is NULL
//! ```
//!
//! Why: ints stay 63-bit and pointers need no masking (NaN-boxing would cut ints to about
//! 48 bits); one machine register per value for the JIT; int and most float arithmetic
//! allocates nothing and touches no reference count; one `& 7` tells whether a value is
//! a pointer that needs reference counting.
//!
//! Invariants:
//! - Every exact `int` that fits 63 bits is a small int; heap ints are only ever big.
//!   (`bool` is a subclass of `int`, but `True`/`False` are heap singletons.)
//! - Every exact `float` inside the immediate range is immediate; `inf`, `nan`, subnormals
//!   and huge magnitudes are boxed `float` objects on the heap.
//! - NULL means "no value": an unbound local on the stack, or "an exception is set" as a
//!   function result, CPython's convention.
//!
//! `Value` is `Copy` and owns nothing: it is a *borrowed* reference. The owning handle,
//! which increments on clone and decrements on drop, is [`super::Obj`]. `Value` is neither
//! `Send` nor `Sync`: reference counts are plain integers, sound only because every access
//! happens under the GIL on the thread that holds it (see `gil.rs`).

use std::marker::PhantomData;

/// One Python value (see the module docs for the encoding).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value {
    bits: u64,
    _not_send: PhantomData<*const ()>,
}

/// Largest small int (2**62 - 1).
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;
/// Smallest small int (-2**62).
pub const SMALL_INT_MIN: i64 = -(1 << 62);

/// Exponents of immediate floats: biased exponent `e` maps to `e - EXP_BASE` in 1..=511.
const EXP_BASE: u64 = 768;
const MANT_MASK: u64 = (1 << 52) - 1;

impl Value {
    /// "No value".
    pub const NULL: Value = Value { bits: 0, _not_send: PhantomData };

    /// Reinterprets raw bits (for the JIT and for packing values into caches).
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value { bits, _not_send: PhantomData }
    }

    /// The raw bits.
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.bits
    }

    /// True for NULL.
    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.bits == 0
    }

    // ----- small ints -----------------------------------------------------------------

    /// A small int, if `i` fits in 63 bits.
    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::from_bits(((i as u64) << 1) | 1))
        } else {
            None
        }
    }

    /// A small int from a value known to fit.
    #[inline(always)]
    pub fn small_int_unchecked(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value::from_bits(((i as u64) << 1) | 1)
    }

    /// True for a small int.
    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.bits & 1 == 1
    }

    /// The value of a small int (meaningless for other values).
    #[inline(always)]
    pub const fn as_small_int(self) -> i64 {
        (self.bits as i64) >> 1
    }

    /// True when both are small ints (one test for two values).
    #[inline(always)]
    pub const fn both_small_ints(a: Value, b: Value) -> bool {
        a.bits & b.bits & 1 == 1
    }

    // ----- immediate floats -----------------------------------------------------------

    /// The immediate encoding of `f`, if its exponent fits.
    #[inline(always)]
    pub fn immediate_float(f: f64) -> Option<Value> {
        let b = f.to_bits();
        let sign = b >> 63;
        let exp = (b >> 52) & 0x7ff;
        let mant = b & MANT_MASK;
        let e9 = if exp == 0 && mant == 0 {
            0 // ±0.0
        } else if exp > EXP_BASE && exp <= EXP_BASE + 511 {
            exp - EXP_BASE
        } else {
            return None;
        };
        Some(Value::from_bits((((e9 << 53) | (mant << 1) | sign) << 2) | 0b10))
    }

    /// True for an immediate float.
    #[inline(always)]
    pub const fn is_immediate_float(self) -> bool {
        self.bits & 3 == 2
    }

    /// The double an immediate float holds (meaningless for other values).
    #[inline(always)]
    pub fn as_immediate_float(self) -> f64 {
        let v = self.bits >> 2;
        let sign = v & 1;
        let mant = (v >> 1) & MANT_MASK;
        let e9 = v >> 53;
        let exp = if e9 == 0 { 0 } else { e9 + EXP_BASE };
        f64::from_bits((sign << 63) | (exp << 52) | mant)
    }

    // ----- heap pointers --------------------------------------------------------------

    /// True for a non-NULL heap pointer.
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        self.bits & 7 == 0 && self.bits != 0
    }

    /// True for NULL or a heap pointer (a value that may need reference counting).
    #[inline(always)]
    pub const fn is_ptr_or_null(self) -> bool {
        self.bits & 7 == 0
    }

    /// The heap pointer (the value must be a pointer).
    #[inline(always)]
    pub fn as_ptr(self) -> *mut super::header::ObjHeader {
        debug_assert!(self.is_ptr());
        self.bits as usize as *mut super::header::ObjHeader
    }

    /// A value from a heap object pointer.
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        debug_assert!(p as usize & 7 == 0 && !p.is_null());
        Value::from_bits(p as usize as u64)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_small_int() {
            write!(f, "int({})", self.as_small_int())
        } else if self.is_immediate_float() {
            write!(f, "float({:?})", self.as_immediate_float())
        } else {
            write!(f, "ptr({:#x})", self.bits)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, 42, SMALL_INT_MAX, SMALL_INT_MIN, 1 << 40, -(1 << 40)] {
            let v = Value::small_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_ptr() && !v.is_immediate_float());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
        assert!(Value::small_int(i64::MAX).is_none());
    }

    #[test]
    fn immediate_floats_keep_every_bit() {
        let cases = [0.0, -0.0, 1.0, -1.5, 0.1, 1e77, -1e-76, 3.141592653589793, 1.7976931348623157e76, 2.0f64.powi(-254)];
        for f in cases {
            let v = Value::immediate_float(f).unwrap_or_else(|| panic!("{f:e} should be immediate"));
            assert!(v.is_immediate_float() && !v.is_small_int() && !v.is_ptr());
            assert_eq!(v.as_immediate_float().to_bits(), f.to_bits(), "{f:e}");
        }
    }

    #[test]
    fn special_floats_are_boxed() {
        for f in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 5e-324, 1e308, -1e300, 1e-300, 2.0f64.powi(-255)] {
            assert!(Value::immediate_float(f).is_none(), "{f:e} must be boxed");
        }
    }

    #[test]
    fn every_representable_exponent_round_trips() {
        for e in (EXP_BASE + 1)..=(EXP_BASE + 511) {
            let f = f64::from_bits((e << 52) | 0x0123_4567_89ab);
            let v = Value::immediate_float(f).unwrap();
            assert_eq!(v.as_immediate_float().to_bits(), f.to_bits());
            let g = -f;
            assert_eq!(Value::immediate_float(g).unwrap().as_immediate_float().to_bits(), g.to_bits());
        }
    }
}
