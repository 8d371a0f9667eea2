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
