//! Type speculation. Where the interpreter's quickened BINARY_OP says its operands were
//! small ints or floats, compiled code checks that and, when the check fails (or an
//! int result overflows, or a division is by zero), leaves to the interpreter *before*
//! the instruction (a deoptimization: `rt_deopt`, then the frame written back with `ip`
//! at the instruction, which the interpreter runs; the next loop back-edge re-enters
//! native code). Since no slow path joins back, the result's type is then known: an
//! int result is a tagged small int and a float result is the double it encodes.
//! Later instructions use that — no tag checks on known operands, no decoding of
//! known floats, no reference counting on known immediates.
//!
//! Known facts are keyed by Cranelift value. They stay valid wherever the value is
//! used: a known float's double is defined before the branch whose join defines the
//! encoded value, so it dominates every use of it.
//!
//! A code object that deoptimizes too often (`helpers::DEOPT_LIMIT`) is recompiled
//! without speculation (`CodeObject::jit_generic`).

use super::T;
use crate::analysis::Ins;
use crate::helpers::H;
use cranelift_codegen::ir::{self, types::F64, Block, InstBuilder};
use taipan_runtime::bytecode::opcodes::Opcode;

/// What BINARY_OP's quickened form says about its operands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Feedback {
    Ints,
    Floats,
    None,
}

/// BINARY_OP operators (`arg % 13`) small ints are computed inline for: `+ & // * % | >>
/// - ^` (`int_op`).
pub(super) fn int_inline(op: u32) -> bool {
    matches!(op, 0 | 1 | 2 | 5 | 6 | 7 | 9 | 10 | 12)
}

/// BINARY_OP operators computed inline on doubles: `+ * - /` (`float_arith`).
pub(super) fn float_inline(op: u32) -> bool {
    matches!(op, 0 | 5 | 10 | 11)
}

/// Which inline paths BINARY_OP `x` (operator `op`) gets: (small ints, floats). Floats
/// unless the feedback says ints; ints unless it says floats (no feedback at all — the
/// instruction never ran in the interpreter — takes both).
pub(super) fn inline_paths(x: &Ins, op: u32) -> (bool, bool) {
    let fb = feedback(x);
    let floats = float_inline(op) && fb != Feedback::Ints;
    let ints = int_inline(op) && !(floats && fb == Feedback::Floats);
    (ints, floats)
}

pub(super) fn feedback(x: &Ins) -> Feedback {
    use Opcode as O;
    match x.seen {
        O::BinaryOpAddInt | O::BinaryOpSubtractInt | O::BinaryOpMultiplyInt | O::BinaryOpIntOther => Feedback::Ints,
        O::BinaryOpAddFloat | O::BinaryOpSubtractFloat | O::BinaryOpMultiplyFloat | O::BinaryOpFloatOther => Feedback::Floats,
        _ => Feedback::None,
    }
}

impl T<'_, '_> {
    /// Whether `v` is known to be an immediate (small int or immediate float), which
    /// reference counting skips.
    pub(super) fn known_immediate(&self, v: ir::Value) -> bool {
        self.known_int.contains(&v) || self.known_f64.contains_key(&v)
    }

    /// Whether `v` is known to need no reference counting (an immediate, or NULL).
    pub(super) fn known_uncounted(&self, v: ir::Value) -> bool {
        self.known_immediate(v) || self.known_norc.contains(&v)
    }

    /// BINARY_OP speculating on its feedback, for operators the inline paths cover;
    /// `None` when it does not apply (the caller emits the general form).
    pub(super) fn speculative_binary_op(&mut self, x: &Ins, a: ir::Value, b: ir::Value) -> Option<ir::Value> {
        if !self.speculate {
            return None;
        }
        let op = x.arg % 13;
        match feedback(x) {
            Feedback::Ints if int_inline(op) => {
                let deopt = self.deopt_block(x, self.depth + 2);
                for v in [a, b] {
                    if !self.known_int.contains(&v) {
                        let is_int = self.b.ins().band_imm_s(v, 1);
                        self.guard_to(is_int, deopt);
                    }
                }
                let r = self.int_op(op, a, b, deopt);
                self.known_int.insert(r);
                Some(r)
            }
            Feedback::Floats if float_inline(op) && !(self.known_int.contains(&a) && self.known_int.contains(&b)) => {
                let deopt = self.deopt_block(x, self.depth + 2);
                // Two ints make an int (or, for `/`, need the general path).
                if !self.known_f64.contains_key(&a) && !self.known_f64.contains_key(&b) {
                    let both = self.b.ins().band(a, b);
                    let both = self.b.ins().band_imm_s(both, 1);
                    let not_both = self.b.ins().icmp_imm_s(ir::condcodes::IntCC::Equal, both, 0);
                    self.guard_to(not_both, deopt);
                }
                let r = self.float_arith(op, a, b, deopt);
                // A result without an immediate form is left to the interpreter too, so
                // the value is always immediate.
                let (v, _) = self.encode_f64(r, deopt);
                self.known_f64.insert(v, r);
                Some(v)
            }
            _ => None,
        }
    }

    /// A cold block that deoptimizes at `x` with `depth` stack values (the operands
    /// still in their stack variables).
    pub(super) fn deopt_block(&mut self, x: &Ins, depth: u32) -> Block {
        let here = self.b.current_block().expect("an open block");
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.b.switch_to_block(blk);
        self.call(H::rt_deopt, &[self.ts, self.f]);
        self.leave(depth, x.start, x.at);
        self.b.switch_to_block(here);
        blk
    }

    /// Continues when `ok` is non-zero, else branches to `fail`.
    pub(super) fn guard_to(&mut self, ok: ir::Value, fail: Block) {
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        // Its only predecessor is this branch: sealed, variables read after the guard
        // are the values read before it (and keep what is known about them).
        self.seal(cont);
        self.b.switch_to_block(cont);
    }

    /// The double of a known value: a known float's, or a known int converted.
    pub(super) fn known_double(&mut self, v: ir::Value) -> Option<ir::Value> {
        if let Some(&d) = self.known_f64.get(&v) {
            return Some(d);
        }
        if self.known_int.contains(&v) {
            let i = self.b.ins().sshr_imm_s(v, 1);
            return Some(self.b.ins().fcvt_from_sint(F64, i));
        }
        None
    }
}
