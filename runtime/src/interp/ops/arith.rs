//! `BINARY_OP`'s generic path: the 13 operators and their in-place forms (arguments
//! 13–25, as CPython numbers them).

use crate::errors::PyResult;
use crate::object::{protocol, BinOp, Obj, Value};

/// `a <op> b` for a `BINARY_OP` argument.
#[inline]
pub fn binary_op(a: Value, b: Value, arg: u32) -> PyResult<Obj> {
    if arg < 13 {
        protocol::binary_op(a, b, BinOp::ALL[arg as usize])
    } else {
        protocol::inplace_op(a, b, BinOp::ALL[(arg - 13) as usize])
    }
}

/// The operators `BINARY_OP_INT` computes inline on two small ints, with Python's
/// semantics (floor division and modulo round toward negative infinity); `None` when the
/// result needs the general path (division by zero, a big result, a negative shift, `**`).
#[inline(always)]
pub fn small_int_other(x: i64, y: i64, arg: u32) -> Option<Value> {
    // Small ints have 63 bits, so no i64 operation below overflows.
    match arg % 13 {
        1 => Some(Value::small_int_unchecked(x & y)),
        7 => Some(Value::small_int_unchecked(x | y)),
        12 => Some(Value::small_int_unchecked(x ^ y)),
        2 if y != 0 => {
            let q = x / y;
            Value::small_int(if x % y != 0 && (x < 0) != (y < 0) { q - 1 } else { q })
        }
        6 if y != 0 => {
            let r = x % y;
            Some(Value::small_int_unchecked(if r != 0 && (r < 0) != (y < 0) { r + y } else { r }))
        }
        9 if y >= 0 => Some(Value::small_int_unchecked(x >> y.min(63))),
        3 if (0..63).contains(&y) => {
            let r = x << y;
            if r >> y == x {
                Value::small_int(r)
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::small_int_other;

    #[test]
    fn matches_python_semantics() {
        // (x, y, arg, expected) from CPython: and, or, xor, //, %, >>, <<.
        let cases: &[(i64, i64, u32, Option<i64>)] = &[
            (-7, 2, 2, Some(-4)),
            (7, -2, 2, Some(-4)),
            (-7, -2, 2, Some(3)),
            (-7, 2, 6, Some(1)),
            (7, -2, 6, Some(-1)),
            (-7, -2, 6, Some(-1)),
            (5, 0, 6, None),
            (5, 0, 2, None),
            (-1, 70, 9, Some(-1)),
            (12, 3, 22, Some(1)),
            (2, 3, 21, None),
            (1, 62, 3, None),
            (3, 4, 3, Some(48)),
            (-6, 3, 1, Some(2)),
            (-6, 3, 7, Some(-5)),
            (-6, 3, 12, Some(-7)),
            (1, -1, 9, None),
        ];
        for &(x, y, arg, want) in cases {
            let got = small_int_other(x, y, arg).map(|v| v.as_small_int());
            assert_eq!(got, want, "{x} op{arg} {y}");
        }
    }
}
