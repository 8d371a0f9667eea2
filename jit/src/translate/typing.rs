//! Typed locals across blocks. Within a block, speculation makes values known small ints
//! or immediate floats (`speculate`); at a join — above all a loop header — Cranelift
//! merges a local's definitions into a block parameter that knows nothing, so each
//! iteration would check tags and count references again.
//!
//! Before translation, a forward dataflow over the bytecode works out which locals hold
//! a small int (or an immediate float) on every path into each block, mirroring what
//! translation will know: constants, speculated BINARY_OP results, FOR_ITER over a
//! range. Translation then treats those locals as known at the block's start, and makes
//! the claim true on every edge into it: a value not already known there is checked on
//! the edge (a deoptimization to the target instruction when the check fails), and the
//! entry switch checks it when native code is entered at that block. The analysis can
//! therefore be approximate without being unsound — a wrong claim costs a check, and
//! repeated failures recompile the code without speculation.

use super::speculate::{feedback, float_inline, int_inline, Feedback};
use crate::analysis::Analysis;
use crate::helpers::H;
use cranelift_codegen::ir::{self, condcodes::IntCC, Block, InstBuilder};
use cranelift_frontend::Variable;
use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::bytecode::opcodes::Opcode;

/// What is known of a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Ty {
    /// A tagged small int.
    Int,
    /// An immediate float.
    Float,
    /// NULL (an unbound local).
    Null,
    /// NULL or an immediate: nothing to reference-count.
    Imm,
    Any,
}

impl Ty {
    fn meet(self, o: Ty) -> Ty {
        if self == o {
            self
        } else if self == Ty::Any || o == Ty::Any {
            Ty::Any
        } else {
            Ty::Imm
        }
    }
}

/// How many locals are parameters (bound when a frame starts; the rest are NULL).
pub(super) fn param_count(code: &CodeObject) -> usize {
    use taipan_runtime::bytecode::opcodes::co_flags;
    (code.argcount + code.kwonlyargcount) as usize + (code.flags & co_flags::VARARGS != 0) as usize + (code.flags & co_flags::VARKEYWORDS != 0) as usize
}

/// Whether BINARY_OP `x` speculates to an int or float result (as
/// `speculative_binary_op` does), given what is known of its operands.
fn binary_result(x: &crate::analysis::Ins, a: Ty, b: Ty) -> Ty {
    let op = x.arg % 13;
    match feedback(x) {
        Feedback::Ints if int_inline(op) => Ty::Int,
        Feedback::Floats if float_inline(op) && !(a == Ty::Int && b == Ty::Int) => Ty::Float,
        _ => Ty::Any,
    }
}

/// Whether FOR_ITER `x` speculates on a range iterator (its values are small ints).
pub(super) fn range_loop(x: &crate::analysis::Ins) -> bool {
    x.seen == Opcode::ForIterRange
}

/// The type of each local at the start of each block (`None`: not reached by normal
/// control flow, or no typing).
///
/// Parameters that are never assigned are typed too when the arithmetic and comparisons
/// that read them speculate on small ints or floats, as the value `hints` (the locals
/// of the frame being compiled) holds for them now: native code entered with anything
/// else goes back to the interpreter at once.
pub(super) fn local_types(code: &CodeObject, an: &Analysis, hints: &[taipan_runtime::object::Value]) -> Vec<Option<Vec<Ty>>> {
    let n = an.ins.len();
    if n == 0 {
        return vec![None; n];
    }
    let nl = code.nlocalsplus as usize;
    let np = param_count(code);
    let cell = taipan_runtime::bytecode::opcodes::local_kind::CELL | taipan_runtime::bytecode::opcodes::local_kind::FREE;
    let mut init: Vec<Ty> = (0..nl).map(|i| if i >= np && code.localspluskinds[i] & cell == 0 { Ty::Null } else { Ty::Any }).collect();
    // Parameters never assigned: what their uses voted for.
    let mut votes: Vec<Option<Ty>> = (0..nl).map(|i| if i < np && code.localspluskinds[i] & cell == 0 { None } else { Some(Ty::Any) }).collect();
    for x in &an.ins {
        if matches!(x.op, Opcode::StoreFast | Opcode::DeleteFast | Opcode::MakeCell) {
            if let Some(v) = votes.get_mut(x.arg as usize) {
                *v = Some(Ty::Any);
            }
        }
    }
    let at = flow(code, an, &init, &mut votes);
    let mut typed_params = false;
    for (i, v) in votes.iter().enumerate() {
        let Some(vote @ (Ty::Int | Ty::Float | Ty::Imm)) = *v else { continue };
        // The value the parameter holds in the frame being compiled decides between
        // int and float (a float operation can take an int); without one, only what
        // was voted int.
        let now = hints.get(i).map(|&x| if x.is_small_int() { Ty::Int } else if x.is_immediate_float() { Ty::Float } else { Ty::Any });
        let t = match now {
            Some(Ty::Int) if vote != Ty::Float => Ty::Int,
            Some(Ty::Float) if vote != Ty::Int => Ty::Float,
            Some(_) => continue,
            None if vote == Ty::Int => Ty::Int,
            None => continue,
        };
        init[i] = t;
        typed_params = true;
    }
    if typed_params {
        flow(code, an, &init, &mut votes)
    } else {
        at
    }
}

/// Records that an operand read from local `src` should have type `t`.
fn vote(votes: &mut [Option<Ty>], src: Option<usize>, t: Ty) {
    if let Some(v) = src.and_then(|i| votes.get_mut(i)) {
        *v = Some(match *v {
            None => t,
            Some(o) => o.meet(t),
        });
    }
}

/// The forward dataflow from `init` (the locals at the first instruction).
fn flow(code: &CodeObject, an: &Analysis, init: &[Ty], votes: &mut [Option<Ty>]) -> Vec<Option<Vec<Ty>>> {
    use Opcode as O;
    let n = an.ins.len();
    let nl = code.nlocalsplus as usize;
    let mut at: Vec<Option<Vec<Ty>>> = vec![None; n];
    at[0] = Some(init.to_vec());
    let mut work = vec![0usize];
    // A block's state is its locals' types followed by its stack's.
    let merge = |at: &mut Vec<Option<Vec<Ty>>>, work: &mut Vec<usize>, k: usize, locals: &[Ty], stack: &[(Ty, Option<usize>)]| {
        let incoming = locals.iter().copied().chain(stack.iter().map(|s| s.0));
        let changed = match &mut at[k] {
            None => {
                at[k] = Some(incoming.collect());
                true
            }
            Some(old) => {
                let mut changed = false;
                for (o, t) in old.iter_mut().zip(incoming) {
                    let m = o.meet(t);
                    changed |= m != *o;
                    *o = m;
                }
                changed
            }
        };
        if changed && !work.contains(&k) {
            work.push(k);
        }
    };
    let any = (Ty::Any, None);
    while let Some(start) = work.pop() {
        let Some(d0) = an.depth[start] else { continue };
        let state = at[start].clone().expect("queued blocks have a state");
        let mut locals = state[..nl].to_vec();
        // Each stack value's type, and the local it was read from (for votes).
        let mut stack: Vec<(Ty, Option<usize>)> = state[nl..].iter().map(|&t| (t, None)).collect();
        stack.resize(d0 as usize, any);
        let mut k = start;
        loop {
            let x = an.ins[k];
            let d = stack.len();
            let arg = x.arg as usize;
            // The jump successor's stack, for instructions that branch.
            let mut jump_stack = None;
            match x.op {
                O::LoadConst => {
                    let c = code.consts[arg];
                    let t = if c.is_small_int() {
                        Ty::Int
                    } else if c.is_immediate_float() {
                        Ty::Float
                    } else {
                        Ty::Any
                    };
                    stack.push((t, None));
                }
                O::LoadFast => stack.push((locals.get(arg).copied().unwrap_or(Ty::Any), Some(arg))),
                O::StoreFast => {
                    let t = stack.pop().unwrap_or(any).0;
                    if let Some(l) = locals.get_mut(arg) {
                        *l = t;
                    }
                }
                O::BinaryOp if d >= 2 => {
                    let b = stack.pop().unwrap();
                    let a = stack.pop().unwrap();
                    let r = binary_result(&x, a.0, b.0);
                    if r != Ty::Any {
                        vote(votes, a.1, r);
                        vote(votes, b.1, r);
                    }
                    stack.push((r, None));
                }
                O::CompareOp if d >= 2 => {
                    let b = stack.pop().unwrap();
                    let a = stack.pop().unwrap();
                    let t = match x.seen {
                        O::CompareOpInt => Ty::Int,
                        O::CompareOpFloat => Ty::Float,
                        _ => Ty::Any,
                    };
                    vote(votes, a.1, t);
                    vote(votes, b.1, t);
                    stack.push(any);
                }
                // Stack shuffles move values whose types translation knows (it keys
                // them by value): types move with them.
                O::Copy if d >= arg && arg >= 1 => {
                    let v = stack[d - arg];
                    stack.push(v);
                }
                O::Swap if d >= arg && arg >= 1 => stack.swap(d - 1, d - arg),
                O::PopTop if d >= 1 => {
                    stack.pop();
                }
                O::Nop | O::Cache | O::ExtendedArg | O::Resume => {}
                O::PopJumpIfFalse | O::PopJumpIfTrue | O::PopJumpIfNone | O::PopJumpIfNotNone if d >= 1 => {
                    stack.pop();
                    jump_stack = Some(stack.clone());
                }
                O::ForIter if d >= 1 => {
                    jump_stack = Some(stack[..d - 1].to_vec());
                    stack.push((if range_loop(&x) { Ty::Int } else { Ty::Any }, None));
                }
                _ => {
                    if matches!(x.op, O::DeleteFast | O::MakeCell) {
                        if let Some(l) = locals.get_mut(arg) {
                            *l = Ty::Any;
                        }
                    }
                    if x.op == O::CopyFreeVars {
                        for l in locals.iter_mut().skip(nl.saturating_sub(arg)) {
                            *l = Ty::Any;
                        }
                    }
                    if x.target().is_some() {
                        let jd = d as i64 + x.op.stack_effect(x.arg, true) as i64;
                        jump_stack = Some(vec![any; jd.max(0) as usize]);
                    }
                    let nd = d as i64 + x.op.stack_effect(x.arg, false) as i64;
                    stack = vec![any; nd.max(0) as usize];
                }
            }
            if let (Some(t), Some(js)) = (x.target(), jump_stack) {
                if let Some(tk) = an.index_of.get(t).copied().flatten() {
                    merge(&mut at, &mut work, tk, &locals, &js);
                }
            }
            if x.op.terminates() || k + 1 >= n {
                break;
            }
            k += 1;
            if an.leader[k] {
                merge(&mut at, &mut work, k, &locals, &stack);
                break;
            }
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::Ty;

    #[test]
    fn meet_keeps_only_agreement() {
        assert_eq!(Ty::Int.meet(Ty::Int), Ty::Int);
        assert_eq!(Ty::Float.meet(Ty::Any), Ty::Any);
        assert_eq!(Ty::Int.meet(Ty::Float), Ty::Imm);
        assert_eq!(Ty::Null.meet(Ty::Int), Ty::Imm);
        assert_eq!(Ty::Null.meet(Ty::Null), Ty::Null);
        assert_eq!(Ty::Imm.meet(Ty::Any), Ty::Any);
    }
}

impl super::T<'_, '_> {
    /// The typed locals and stack slots at the start of block `k`, as (variable, type,
    /// local index for a float's shadow). Stack slots are not shadowed: a float there
    /// only counts as needing no reference counting.
    fn typed(&self, k: usize) -> Vec<(Variable, Ty, usize)> {
        let Some(tys) = &self.types[k] else { return Vec::new() };
        let nl = self.nslots as usize;
        let mut out = Vec::new();
        for (i, &t) in tys.iter().enumerate() {
            let (var, t) = if i < nl {
                (self.locals[i], t)
            } else {
                (self.stack[i - nl], if t == Ty::Float { Ty::Imm } else { t })
            };
            match t {
                Ty::Any => {}
                Ty::Null => out.push((var, Ty::Imm, i)),
                _ => out.push((var, t, i)),
            }
        }
        out
    }

    /// At the start of block `k`: its typed locals' values are known.
    pub(super) fn enter_typed(&mut self, k: usize) {
        for (var, t, i) in self.typed(k) {
            let v = self.b.use_var(var);
            if let Some(c) = self.cur.get_mut(i) {
                *c = Some(v);
            }
            match t {
                Ty::Int => {
                    self.known_int.insert(v);
                }
                Ty::Imm => {
                    self.known_norc.insert(v);
                }
                _ => {
                    let d = self.b.use_var(self.flocals[i]);
                    self.known_f64.insert(v, d);
                }
            }
        }
    }

    /// The block to branch to for an edge from the current block into block `k`: `k`'s
    /// own when every typed local is already known to have its type here, else an edge
    /// block that checks the others (deoptimizing to `k`'s instruction on failure).
    pub(super) fn edge(&mut self, k: usize) -> Block {
        let target = self.blocks[k].expect("leader block");
        // Branches leave an instruction's last block, whose predecessors are all in
        // place: sealed, the locals read here are the values whose types are known.
        let here = self.b.current_block().expect("an open block");
        if Some(here) != self.leader {
            self.seal(here);
        }
        let mut need = Vec::new();
        for (var, t, i) in self.typed(k) {
            let v = match self.cur.get(i) {
                Some(&Some(v)) => v,
                _ => self.b.use_var(var),
            };
            let known = match t {
                Ty::Int => self.known_int.contains(&v),
                Ty::Imm => self.known_uncounted(v),
                _ => self.known_f64.contains_key(&v),
            };
            if !known {
                need.push((i, t, v));
            }
        }
        if need.is_empty() {
            return target;
        }
        let e = self.b.create_block();
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.switch_to_block(fail);
        self.call(H::rt_deopt, &[self.ts, self.f]);
        let x = self.an.ins[k];
        self.leave(self.an.depth[k].unwrap_or(0), x.start, x.at);
        self.b.switch_to_block(e);
        for (i, t, v) in need {
            self.check_type(i, t, v, fail);
        }
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(here);
        e
    }

    /// Checks that local `i`'s value `v` has type `t` (else branches to `fail`); a
    /// float's double becomes the local's shadow.
    fn check_type(&mut self, i: usize, t: Ty, v: ir::Value, fail: Block) {
        if t == Ty::Int {
            let is_int = self.b.ins().band_imm_s(v, 1);
            self.guard_to(is_int, fail);
        } else if t == Ty::Imm {
            let p = self.is_ptr(v);
            let not_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
            self.guard_to(not_ptr, fail);
        } else {
            let tag = self.b.ins().band_imm_s(v, 3);
            let is_float = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 2);
            self.guard_to(is_float, fail);
            let d = self.decode_float(v);
            self.b.def_var(self.flocals[i], d);
        }
    }

    /// At an entry point into block `k`, before anything else: checks the typed locals
    /// (just loaded from the frame). Native code that cannot start here returns 0 with
    /// the frame untouched; the interpreter carries on.
    pub(super) fn entry_checks(&mut self, k: usize) {
        let typed = self.typed(k);
        if typed.is_empty() {
            return;
        }
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        let here = self.b.current_block().expect("an open block");
        self.b.switch_to_block(fail);
        self.call(H::rt_deopt, &[self.ts, self.f]);
        let zero = self.iconst(0);
        self.b.ins().return_(&[zero]);
        self.b.switch_to_block(here);
        for (var, t, i) in typed {
            let v = self.b.use_var(var);
            self.check_type(i, t, v, fail);
        }
    }
}
