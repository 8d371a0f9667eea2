//! Small arithmetic callees run inline, without a frame.
//!
//! A known callee whose body only moves small ints and floats between its arguments,
//! locals and constants (arithmetic, comparisons deciding forward jumps, returns) has
//! no effect anyone could see before it returns: no object is written, allocated or
//! released, no helper runs. Its body is then translated into the caller, on values
//! that are all immediates (the arguments are checked to be, and every result that is
//! not — an overflow, a float outside the immediate range — abandons the inline path).
//! Abandoning the inline path at any point is therefore invisible: the call is made the
//! ordinary way instead, from the start, with a frame (where a division by zero then
//! raises with the callee's traceback, and the recursion limit applies as usual).

use super::{speculate, T};
use crate::analysis::{self, Analysis, Ins};
use cranelift_codegen::ir::{self, condcodes::IntCC, types::I64, Block, InstBuilder};
use cranelift_frontend::Variable;
use std::collections::{HashMap, HashSet};
use taipan_runtime::object::Value;
use taipan_runtime::objects::{singletons, tuple};
use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::bytecode::opcodes::Opcode;

/// What is known about values: small ints, and immediate floats with their doubles.
type Facts = (HashSet<ir::Value>, HashMap<ir::Value, ir::Value>);

/// Longest callee (in instructions) taken inline: the body is copied per call site.
const MAX_INLINE: usize = 40;

/// The analysis of `code` when it can run inline (see the module comment).
pub(super) fn pure_body(code: &CodeObject) -> Option<Analysis> {
    scan(code, MAX_INLINE, None).map(|(an, _)| an)
}

/// Resolves a global name to the function a call with the given argument count would
/// run (`frameless`).
pub(super) type Resolve<'a> = &'a dyn Fn(Value, u32) -> Option<Value>;

/// The analysis of `code` when its body (at most `max` instructions) is pure: what
/// `pure_body` admits, plus — given `resolve` — plain calls of global functions it
/// resolves, returned by CALL index with the name they are bound to.
pub(super) fn scan(code: &CodeObject, max: usize, resolve: Option<Resolve>) -> Option<(Analysis, HashMap<usize, (Value, Value)>)> {
    use Opcode as O;
    if code.ncells != 0 || code.nfrees != 0 || !code.exceptions.is_empty() || code.is_generator_like() {
        return None;
    }
    let an = analysis::analyse(code).ok()?;
    if an.ins.len() > max {
        return None;
    }
    let mut sites = HashMap::new();
    // The function a LOAD_GLOBAL left in each stack slot, within the current block.
    let mut loaded: Vec<Option<Value>> = vec![None; code.stacksize as usize + 2];
    for (k, x) in an.ins.iter().enumerate() {
        let Some(d) = an.depth[k] else {
            continue;
        };
        let d = d as usize;
        if an.leader[k] {
            loaded.fill(None);
        }
        let ok = match x.op {
            O::Resume | O::Nop | O::LoadFast | O::StoreFast | O::PopTop | O::ReturnValue => true,
            // Frameless bodies also take other constants (the code keeps them alive).
            O::LoadConst => {
                let c = code.consts[x.arg as usize];
                c.is_small_int() || c.is_immediate_float() || resolve.is_some()
            }
            O::BinaryOp => {
                let op = x.arg % 13;
                speculate::int_inline(op) || speculate::float_inline(op)
            }
            // Only as a condition, fused with the jump after it.
            O::CompareOp => {
                an.ins.get(k + 1).is_some_and(|n| matches!(n.op, O::PopJumpIfFalse | O::PopJumpIfTrue)) && !an.leader[k + 1]
            }
            O::PopJumpIfFalse | O::PopJumpIfTrue => {
                k > 0 && matches!(an.ins[k - 1].op, O::CompareOp | O::IsOp) && an.leader.get(k + 1) == Some(&true) && an.depth[k + 1].is_some() && jumps_to_block(&an, x)
            }
            // What follows reads heap values: only in frameless bodies, whose values are
            // all borrowed (see `frameless`).
            O::IsOp if resolve.is_some() => {
                an.ins.get(k + 1).is_some_and(|n| matches!(n.op, O::PopJumpIfFalse | O::PopJumpIfTrue)) && !an.leader[k + 1]
            }
            O::PopJumpIfNone | O::PopJumpIfNotNone if resolve.is_some() => {
                an.leader.get(k + 1) == Some(&true) && an.depth[k + 1].is_some() && jumps_to_block(&an, x)
            }
            O::UnpackSequence if resolve.is_some() => x.arg >= 1,
            O::JumpForward => jumps_to_block(&an, x),
            // `NULL + name`, for a CALL of it in the same block (the callee is known
            // only once CALL gives the argument count).
            O::LoadGlobal if resolve.is_some() && x.arg & 1 == 1 => {
                loaded[d] = None;
                loaded[d + 1] = Some(code.names[(x.arg >> 1) as usize]);
                true
            }
            O::Call if resolve.is_some() => {
                let argc = x.arg as usize;
                let callee = (d >= argc + 2).then(|| loaded[d - argc - 1]).flatten().and_then(|name| Some((resolve.unwrap()(name, argc as u32)?, name)));
                match callee {
                    Some(c) => {
                        sites.insert(k, c);
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        };
        if !ok {
            return None;
        }
        // The slot an instruction (other than LOAD_GLOBAL) writes holds no function.
        let written = match x.op {
            O::LoadFast | O::LoadConst => Some(d),
            O::BinaryOp | O::CompareOp | O::IsOp => Some(d - 2),
            O::Call => Some(d - x.arg as usize - 2),
            _ => None,
        };
        if let Some(w) = written {
            loaded[w] = None;
        }
        if x.op == O::UnpackSequence {
            for slot in &mut loaded[d - 1..d - 1 + x.arg as usize] {
                *slot = None;
            }
        }
    }
    Some((an, sites))
}

/// Whether jump `x` goes forward to the start of a reachable block.
fn jumps_to_block(an: &Analysis, x: &Ins) -> bool {
    match x.target().and_then(|t| an.index_of.get(t).copied().flatten()) {
        Some(t) => t > 0 && an.leader[t] && an.depth[t].is_some() && an.ins[t].at > x.at,
        None => false,
    }
}

impl T<'_, '_> {
    /// The callee's body on `args` (immediates, checked by the caller) inline; returns
    /// its result, an immediate, in the current block. Any case the inline path does not
    /// cover jumps to `bail` (nothing done so far needs undoing).
    pub(super) fn inline_pure(&mut self, code: &CodeObject, an: &Analysis, args: &[ir::Value], bail: Block) -> ir::Value {
        use Opcode as O;
        let saved = (self.known_int.clone(), self.known_f64.clone());
        let locals: Vec<Variable> = (0..code.nlocalsplus).map(|_| self.b.declare_var(I64)).collect();
        let stack: Vec<Variable> = (0..code.stacksize.max(1)).map(|_| self.b.declare_var(I64)).collect();
        for (i, &v) in locals.iter().enumerate() {
            let init = match args.get(i) {
                Some(&a) => a,
                None => self.iconst(0),
            };
            self.b.def_var(v, init);
        }
        let blocks: Vec<Option<Block>> = (0..an.ins.len()).map(|k| (k > 0 && an.leader[k] && an.depth[k].is_some()).then(|| self.b.create_block())).collect();
        // `pure_body` checked that every jump goes to a reachable block start.
        let block_of = |j: &Ins| an.index_of[j.target().expect("jump")].and_then(|t| blocks[t]).expect("jump target block");
        let ret = self.b.create_block();
        self.b.append_block_param(ret, I64);
        // What is known at the start of a block is what is known on every edge into
        // it (all of them emitted before it: jumps only go forward).
        let mut edge_facts: HashMap<Block, Facts> = HashMap::new();
        let mut open = true;
        let mut k = 0;
        while k < an.ins.len() {
            let x = an.ins[k];
            let Some(d) = an.depth[k] else {
                k += 1;
                continue;
            };
            if let Some(blk) = blocks[k] {
                if open {
                    self.b.ins().jump(blk, &[]);
                    self.edge_to(&mut edge_facts, blk);
                }
                // Jumps only go forward: every predecessor is emitted by now.
                self.seal(blk);
                self.b.switch_to_block(blk);
                (self.known_int, self.known_f64) = edge_facts.remove(&blk).unwrap_or_default();
                open = true;
            }
            if !open {
                k += 1;
                continue;
            }
            let depth = d;
            let var = |j: u32| stack[j as usize];
            let first = self.b.func.dfg.num_blocks();
            match x.op {
                O::Resume | O::Nop => {}
                O::LoadFast => {
                    let v = self.b.use_var(locals[x.arg as usize]);
                    if x.arg >= code.argcount {
                        // Possibly unbound: the real call raises UnboundLocalError.
                        let set = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0);
                        self.guard_to(set, bail);
                    }
                    self.b.def_var(var(depth), v);
                }
                O::StoreFast => {
                    let v = self.b.use_var(var(depth - 1));
                    self.b.def_var(locals[x.arg as usize], v);
                }
                O::LoadConst => {
                    let c = code.consts[x.arg as usize];
                    let v = self.iconst(c.bits() as i64);
                    if c.is_small_int() {
                        self.known_int.insert(v);
                    } else if c.is_immediate_float() {
                        let dv = self.b.ins().f64const(c.as_immediate_float());
                        self.known_f64.insert(v, dv);
                    }
                    self.b.def_var(var(depth), v);
                }
                O::UnpackSequence => {
                    // An exact tuple of that length; its items are borrowed like it is.
                    let v = self.b.use_var(var(depth - 1));
                    let tag = self.b.ins().band_imm_s(v, 7);
                    let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
                    self.guard_to(is_ptr, bail);
                    let ty = self.b.ins().load(I64, super::mf(), v, super::OFF_TYPE);
                    let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &tuple::TUPLE_TYPE.0 as *const _ as i64);
                    self.guard_to(is_tuple, bail);
                    let len = self.b.ins().load(I64, super::mf(), v, tuple::LEN_OFFSET as i32);
                    let same = self.b.ins().icmp_imm_s(IntCC::Equal, len, x.arg as i64);
                    self.guard_to(same, bail);
                    for i in 0..x.arg {
                        let item = self.b.ins().load(I64, super::mf(), v, (tuple::ITEMS_OFFSET + 8 * i as usize) as i32);
                        self.b.def_var(var(depth - 1 + x.arg - 1 - i), item);
                    }
                }
                O::PopJumpIfNone | O::PopJumpIfNotNone => {
                    let v = self.b.use_var(var(depth - 1));
                    let none = singletons::none().bits() as i64;
                    let cc = if x.op == O::PopJumpIfNone { IntCC::Equal } else { IntCC::NotEqual };
                    let c = self.b.ins().icmp_imm_s(cc, v, none);
                    self.branch_pure(c, true, block_of(&x), blocks[k + 1].expect("block after a jump"), &mut edge_facts);
                    open = false;
                }
                O::PopTop => {}
                O::BinaryOp => {
                    let a = self.b.use_var(var(depth - 2));
                    let b = self.b.use_var(var(depth - 1));
                    let r = self.pure_binary(&x, a, b, bail);
                    self.b.def_var(var(depth - 2), r);
                }
                // Fused with the POP_JUMP_IF_TRUE/FALSE after it.
                O::CompareOp | O::IsOp => {
                    let a = self.b.use_var(var(depth - 2));
                    let b = self.b.use_var(var(depth - 1));
                    let c = if x.op == O::IsOp {
                        let cc = if x.arg == 1 { IntCC::NotEqual } else { IntCC::Equal };
                        self.b.ins().icmp(cc, a, b)
                    } else {
                        let c = self.fast_compare(&x, a, b, bail);
                        // Past the comparison's int path both operands are small ints
                        // (its other cases bail, never rejoin).
                        let floats = x.seen == O::CompareOpFloat || self.known_f64.contains_key(&a) || self.known_f64.contains_key(&b);
                        if !floats {
                            self.known_int.insert(a);
                            self.known_int.insert(b);
                        }
                        c
                    };
                    let j = an.ins[k + 1];
                    self.branch_pure(c, j.op == O::PopJumpIfTrue, block_of(&j), blocks[k + 2].expect("block after a jump"), &mut edge_facts);
                    open = false;
                    self.seal_from(first);
                    k += 2;
                    continue;
                }
                O::JumpForward => {
                    let target = block_of(&x);
                    self.b.ins().jump(target, &[]);
                    self.edge_to(&mut edge_facts, target);
                    open = false;
                }
                // Only in frameless bodies (`frameless`), where CALL knows the callee:
                // the slots' values are never read.
                O::LoadGlobal => {
                    let z = self.iconst(0);
                    self.b.def_var(var(depth), z);
                    self.b.def_var(var(depth + 1), z);
                }
                O::Call => {
                    let argc = x.arg;
                    let args: Vec<ir::Value> = (depth - argc..depth).map(|j| self.b.use_var(var(j))).collect();
                    let r = self.frameless_call(k, &args, bail);
                    self.b.def_var(var(depth - argc - 2), r);
                }
                O::ReturnValue => {
                    let v = self.b.use_var(var(depth - 1));
                    self.b.ins().jump(ret, &[v.into()]);
                    open = false;
                }
                _ => unreachable!("pure_body admitted {:?}", x.op),
            }
            self.seal_from(first);
            k += 1;
        }
        if open {
            // Falling off the end cannot happen (the compiler ends with a return).
            self.b.ins().jump(bail, &[]);
        }
        self.seal(ret);
        self.b.switch_to_block(ret);
        (self.known_int, self.known_f64) = saved;
        self.b.block_params(ret)[0]
    }

    /// To `target` when `c` equals `when`, else to `fall`, recording both edges.
    fn branch_pure(&mut self, c: ir::Value, when: bool, target: Block, fall: Block, facts: &mut HashMap<Block, Facts>) {
        self.branch(c, when, target, fall);
        self.edge_to(facts, target);
        self.edge_to(facts, fall);
    }

    /// Records an edge into `blk`: what is known there is at most what is known now.
    fn edge_to(&self, facts: &mut HashMap<Block, Facts>, blk: Block) {
        match facts.get_mut(&blk) {
            None => {
                facts.insert(blk, (self.known_int.clone(), self.known_f64.clone()));
            }
            Some((ints, floats)) => {
                ints.retain(|v| self.known_int.contains(v));
                floats.retain(|v, d| self.known_f64.get(v) == Some(d));
            }
        }
    }

    /// BINARY_OP on immediates: the int or float path (by what is known of the operands,
    /// else by the callee's feedback, else both); a result that is not an immediate, and
    /// operands of other types, go to `bail`.
    fn pure_binary(&mut self, x: &Ins, a: ir::Value, b: ir::Value, bail: Block) -> ir::Value {
        let op = x.arg % 13;
        let (ia, ib) = (self.known_int.contains(&a), self.known_int.contains(&b));
        let (fa, fb) = (self.known_f64.contains_key(&a), self.known_f64.contains_key(&b));
        if ia && ib && speculate::int_inline(op) {
            let r = self.int_op(op, a, b, bail);
            self.known_int.insert(r);
            return r;
        }
        if (fa || fb) && (fa || ia) && (fb || ib) && speculate::float_inline(op) {
            return self.pure_float(op, a, b, bail);
        }
        let (ints, floats) = speculate::inline_paths(x, op);
        let both = self.b.ins().band(a, b);
        let both = self.b.ins().band_imm_s(both, 1);
        match (ints, floats) {
            (true, false) => {
                self.guard_to(both, bail);
                self.known_int.insert(a);
                self.known_int.insert(b);
                let r = self.int_op(op, a, b, bail);
                self.known_int.insert(r);
                r
            }
            // Also a float-only operator whose feedback says ints (two ints then leave).
            (false, _) => {
                let not_ints = self.b.ins().icmp_imm_s(IntCC::Equal, both, 0);
                self.guard_to(not_ints, bail);
                self.pure_float(op, a, b, bail)
            }
            (true, true) => {
                let int_blk = self.b.create_block();
                let float_blk = self.b.create_block();
                let join = self.b.create_block();
                self.b.append_block_param(join, I64);
                self.b.ins().brif(both, int_blk, &[], float_blk, &[]);
                self.b.switch_to_block(int_blk);
                let r = self.int_op(op, a, b, bail);
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(float_blk);
                let d = self.float_arith(op, a, b, bail);
                let (w, _) = self.encode_f64(d, bail);
                self.b.ins().jump(join, &[w.into()]);
                self.b.switch_to_block(join);
                self.b.block_params(join)[0]
            }
        }
    }

    /// `a op b` as doubles, encoded as an immediate float (known from then on).
    fn pure_float(&mut self, op: u32, a: ir::Value, b: ir::Value, bail: Block) -> ir::Value {
        let d = self.float_arith(op, a, b, bail);
        let (w, _) = self.encode_f64(d, bail);
        self.known_f64.insert(w, d);
        w
    }
}
