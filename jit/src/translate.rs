//! Bytecode → Cranelift IR, one instruction at a time (DESIGN.md, "The JIT tier").
//!
//! The function is `fn(ts, frame) -> word`. It starts with a switch on `frame.ip` over
//! the entry points (function start, after RESUME, loop headers), each of which loads
//! the locals and the live stack from frame memory into Cranelift variables. Locals are
//! written through to the frame on every store, so the frame always holds them (for
//! `f_locals`, tracebacks and the interpreter); the evaluation stack lives in
//! variables and is written back only where native code leaves: a return, an exception
//! (helper returned 0), or an instruction left to the interpreter.
//!
//! Small-int arithmetic and comparisons, branches on bools, local and constant loads,
//! `for` over ranges and lists and reference counting are emitted inline here; calls
//! (`calls`), attribute access (`attrs`), indexing (`subscr`) and type speculation
//! (`speculate`) have their own modules; everything else calls a helper from
//! `helpers.rs`.

mod attrs;
mod calls;
pub mod frameless;
mod inline;
mod modules;
mod speculate;
mod subscr;
mod typing;

use crate::analysis::{Analysis, Ins};
use crate::helpers::{GlobalCache, EXHAUSTED, H};
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::{self, condcodes::{FloatCC, IntCC}, types::{F64, I64}, Block, FuncRef, InstBuilder, MemFlagsData};
use cranelift_frontend::{FunctionBuilder, Switch, Variable};
use std::collections::{HashMap, HashSet};
use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::bytecode::opcodes::Opcode;
use taipan_runtime::interp::frame::{Frame, HEADER_WORDS};
use taipan_runtime::objects::{bool_, dict, list, range, singletons};

const OFF_IP: i32 = std::mem::offset_of!(Frame, ip) as i32;
const OFF_LASTI: i32 = std::mem::offset_of!(Frame, lasti) as i32;
const OFF_DEPTH: i32 = std::mem::offset_of!(Frame, stack_depth) as i32;
const OFF_GLOBALS: i32 = std::mem::offset_of!(Frame, globals) as i32;
const OFF_BUILTINS: i32 = std::mem::offset_of!(Frame, builtins) as i32;
const OFF_SLOTS: i32 = (HEADER_WORDS * 8) as i32;
/// Offset of the type pointer in an object header (after the count).
const OFF_TYPE: i32 = 8;

/// What translation produced besides the code.
#[derive(Default)]
pub struct Summary {
    /// Instructions compiled to exits that hand them to the interpreter.
    pub interpreted: usize,
}

/// Counts instructions native code handed to the interpreter (under the GIL).
pub static mut FALLBACKS_TAKEN: u64 = 0;

struct T<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    refs: &'a [FuncRef],
    code: &'a CodeObject,
    an: &'a Analysis,
    ts: ir::Value,
    f: ir::Value,
    locals: Vec<Variable>,
    stack: Vec<Variable>,
    blocks: Vec<Option<Block>>,
    depth: u32,
    nslots: u32,
    /// KW_NAMES' tuple for the next CALL.
    kwnames: u64,
    /// Locals that can never be unbound when read (parameters never deleted).
    bound: Vec<bool>,
    /// Stack slots known (within the current block) to hold the NULL that PUSH_NULL or
    /// LOAD_GLOBAL pushes below a callable: such CALLs are not method calls.
    null_at: Vec<bool>,
    /// Stack slots holding a local's value without a reference of their own (see
    /// `borrowable`): the consumer skips its decref, and anything that hands the value
    /// on (a helper, frame memory) takes a reference first.
    borrowed: Vec<bool>,
    /// Stack slots holding a reference unless their value is the given function, which
    /// the compiled code itself keeps alive (see `borrowable_callee`).
    owned_unless: Vec<Option<taipan_runtime::object::Value>>,
    /// Stack slots known (within the current block) to hold what a LOAD_GLOBAL read,
    /// with the Python function that global named at compile time: a CALL of it is
    /// specialized on that function's code (checked when it runs).
    callee_at: Vec<Option<calls::Callee>>,
    /// Stack slots known (within the current block) to hold what a load read, with
    /// the module or math function it was at compile time (`modules`).
    peeked: Vec<Option<taipan_runtime::object::Value>>,
    /// The globals the code was hot in (or NULL).
    globals: taipan_runtime::object::Value,
    /// Where lists keep their items (for inline indexing).
    list_layout: list::ItemsLayout,
    /// Where a `Vec<Value>` keeps its pointer and length (instance attribute values).
    vec_layout: list::ItemsLayout,
    /// Type speculation on (off once a code object deoptimized too often).
    speculate: bool,
    /// Values known to be tagged small ints (see `speculate`).
    known_int: HashSet<ir::Value>,
    /// Values known to be immediate floats, with the double each encodes.
    known_f64: HashMap<ir::Value, ir::Value>,
    /// Values known to be NULL or immediate: no reference counting.
    known_norc: HashSet<ir::Value>,
    /// The type each local has at the start of each block (`typing`).
    types: Vec<Option<Vec<typing::Ty>>>,
    /// The double of each local while it holds a known float (`typing`).
    flocals: Vec<Variable>,
    /// Blocks sealed during translation (see `body`).
    sealed: HashSet<Block>,
    /// The block of the bytecode block being translated (sealed only at the end: back
    /// edges into it come later).
    leader: Option<Block>,
    /// Each local's value where this bytecode block defined or typed it. Reading a
    /// variable in a block whose predecessors are not all declared yet gives a fresh
    /// block parameter, about which nothing is known; this is the value it will be.
    cur: Vec<Option<ir::Value>>,
    /// Set when translating a frameless body (`frameless`).
    frameless: Option<FramelessCtx<'a>>,
    /// The frameless functions calls may enter, by function bits.
    frameless_calls: HashMap<u64, frameless::FramelessCall>,
    summary: Summary,
}

fn mf() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Emits the body of `code`'s native function into `b`. `frameless` are the frameless
/// functions (by function bits) its calls may enter.
pub fn translate(b: &mut FunctionBuilder, refs: &[FuncRef], code: &CodeObject, an: &Analysis, globals: taipan_runtime::object::Value, hints: &[taipan_runtime::object::Value], frameless: HashMap<u64, frameless::FramelessCall>) -> Summary {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let ts = b.block_params(entry)[0];
    let f = b.block_params(entry)[1];
    let types = if !code.jit_generic.get() { typing::local_types(code, an, hints) } else { vec![None; an.ins.len()] };
    let mut t = T::new(b, refs, code, an, ts, f, globals, types);
    t.frameless_calls = frameless;
    t.entry_switch();
    t.body();
    t.summary
}

/// A frameless body's context (`frameless`).
#[derive(Clone, Copy)]
struct FramelessCtx<'a> {
    /// Frames still allowed below the body being translated.
    rem: ir::Value,
    /// The group.
    group: &'a [frameless::Member],
    /// Each member's native function.
    fns: &'a [FuncRef],
    /// The member whose body is being translated.
    current: usize,
    /// Whether that body is inlined into another member's (only one level is).
    inlined: bool,
}

impl<'a, 'b> T<'a, 'b> {
    #[allow(clippy::too_many_arguments)]
    fn new(b: &'a mut FunctionBuilder<'b>, refs: &'a [FuncRef], code: &'a CodeObject, an: &'a Analysis, ts: ir::Value, f: ir::Value, globals: taipan_runtime::object::Value, types: Vec<Option<Vec<typing::Ty>>>) -> Self {
        let nslots = code.nlocalsplus;
        let locals = (0..nslots).map(|_| b.declare_var(I64)).collect();
        let stack = (0..code.stacksize.max(1)).map(|_| b.declare_var(I64)).collect();
        let n = an.ins.len();
        let mut blocks = vec![None; n];
        for k in 0..n {
            if an.leader[k] && an.depth[k].is_some() {
                blocks[k] = Some(b.create_block());
            }
        }
        let nparams = typing::param_count(code);
        let mut bound: Vec<bool> = (0..nslots as usize).map(|i| i < nparams && code.localspluskinds[i] & taipan_runtime::bytecode::opcodes::local_kind::CELL == 0).collect();
        for x in &an.ins {
            if x.op == Opcode::DeleteFast || x.op == Opcode::MakeCell {
                if let Some(v) = bound.get_mut(x.arg as usize) {
                    *v = false;
                }
            }
        }
        let slots = code.stacksize.max(1) as usize;
        let flocals = (0..nslots).map(|_| b.declare_var(F64)).collect();
        T {
            b,
            refs,
            code,
            an,
            ts,
            f,
            locals,
            stack,
            blocks,
            depth: 0,
            nslots,
            kwnames: 0,
            bound,
            null_at: vec![false; slots],
            callee_at: vec![None; slots],
            peeked: vec![None; slots],
            borrowed: vec![false; slots],
            owned_unless: vec![None; slots],
            globals,
            list_layout: list::items_layout(),
            vec_layout: list::vec_layout(),
            speculate: !code.jit_generic.get(),
            known_int: HashSet::new(),
            known_f64: HashMap::new(),
            known_norc: HashSet::new(),
            types,
            flocals,
            sealed: HashSet::new(),
            leader: None,
            cur: vec![None; nslots as usize],
            frameless: None,
            frameless_calls: HashMap::new(),
            summary: Summary::default(),
        }
    }
}

impl T<'_, '_> {
    // ----- small emitters -------------------------------------------------------------

    fn iconst(&mut self, x: i64) -> ir::Value {
        self.b.ins().iconst(I64, x)
    }

    fn call(&mut self, h: H, args: &[ir::Value]) -> ir::Value {
        let inst = self.b.ins().call(self.refs[h as usize], args);
        self.b.inst_results(inst)[0]
    }

    fn slot_offset(&self, i: u32) -> i32 {
        OFF_SLOTS + 8 * i as i32
    }

    fn stack_offset(&self, j: u32) -> i32 {
        OFF_SLOTS + 8 * (self.nslots + j) as i32
    }

    /// Address of stack slot `j` in frame memory.
    fn stack_addr(&mut self, j: u32) -> ir::Value {
        let off = self.stack_offset(j) as i64;
        self.b.ins().iadd_imm_s(self.f, off)
    }

    fn push(&mut self, v: ir::Value) {
        let var = self.stack[self.depth as usize];
        self.b.def_var(var, v);
        self.null_at[self.depth as usize] = false;
        self.borrowed[self.depth as usize] = false;
        self.owned_unless[self.depth as usize] = None;
        self.callee_at[self.depth as usize] = None;
        self.peeked[self.depth as usize] = None;
        self.depth += 1;
    }

    /// Pushes the NULL that marks a plain (non-method) call.
    fn push_null(&mut self) {
        let z = self.iconst(0);
        self.push(z);
        self.null_at[self.depth as usize - 1] = true;
    }

    fn pop(&mut self) -> ir::Value {
        self.depth -= 1;
        let var = self.stack[self.depth as usize];
        let v = self.b.use_var(var);
        if let Some(f) = self.owned_unless[self.depth as usize].take() {
            // Not the CALL this was meant for: the consumer gets a reference.
            self.own_if(v, f);
        }
        v
    }

    /// Takes a reference to `v` when it is the function `f` (whose reference the slot
    /// holding `v` borrowed from the compiled code).
    pub(super) fn own_if(&mut self, v: ir::Value, f: taipan_runtime::object::Value) {
        self.count_if(v, f, 1);
    }

    /// Adds `delta` to the count of `f` when `v` is `f` (see `count_plain`).
    fn count_if(&mut self, v: ir::Value, f: taipan_runtime::object::Value, delta: i64) {
        let is_f = self.b.ins().icmp_imm_s(IntCC::Equal, v, f.bits() as i64);
        let then = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_f, then, &[], done, &[]);
        self.b.switch_to_block(then);
        self.count_plain(f, delta);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Adds `delta` to the count of heap object `f`, which stays alive (the compiled code
    /// holds a reference): no tag or zero tests.
    pub(super) fn count_plain(&mut self, f: taipan_runtime::object::Value, delta: i64) {
        let p = self.iconst(f.bits() as i64);
        let rc = self.b.ins().load(I64, mf(), p, 0);
        let rc = self.b.ins().iadd_imm_s(rc, delta);
        self.b.ins().store(mf(), rc, p, 0);
    }

    fn peek(&mut self, n: u32) -> ir::Value {
        let var = self.stack[(self.depth - n) as usize];
        self.b.use_var(var)
    }

    /// Writes stack slots `from..to` to frame memory.
    fn flush(&mut self, from: u32, to: u32) {
        for j in from..to {
            let v = self.b.use_var(self.stack[j as usize]);
            if self.borrowed[j as usize] {
                // Frame memory owns what it holds (only exits flush a borrowed slot).
                self.incref(v);
            }
            if let Some(f) = self.owned_unless[j as usize] {
                self.own_if(v, f);
            }
            let off = self.stack_offset(j);
            self.b.ins().store(mf(), v, self.f, off);
        }
    }

    /// Reloads stack slots `from..to` from frame memory.
    fn reload(&mut self, from: u32, to: u32) {
        for j in from..to {
            let off = self.stack_offset(j);
            let v = self.b.ins().load(I64, mf(), self.f, off);
            self.b.def_var(self.stack[j as usize], v);
            self.null_at[j as usize] = false;
            self.borrowed[j as usize] = false;
            self.owned_unless[j as usize] = None;
            self.callee_at[j as usize] = None;
            self.peeked[j as usize] = None;
        }
    }

    fn reload_local(&mut self, i: u32) {
        let off = self.slot_offset(i);
        let v = self.b.ins().load(I64, mf(), self.f, off);
        self.b.def_var(self.locals[i as usize], v);
        self.cur[i as usize] = Some(v);
    }

    fn store_u32(&mut self, off: i32, x: u32) {
        let v = self.b.ins().iconst(ir::types::I32, x as i64);
        self.b.ins().store(mf(), v, self.f, off);
    }

    /// Leaves native code: the stack below `depth` is written back with the frame's
    /// position; 0 is returned (the caller looks at `jit_err`).
    fn leave(&mut self, depth: u32, ip: usize, lasti: usize) {
        self.flush(0, depth);
        self.store_u32(OFF_DEPTH, depth);
        self.store_u32(OFF_IP, ip as u32);
        self.store_u32(OFF_LASTI, lasti as u32);
        let zero = self.iconst(0);
        self.b.ins().return_(&[zero]);
    }

    /// Continues with `next` when `r` is non-zero; otherwise leaves with the error a
    /// helper set, the stack cut to the current depth.
    fn check(&mut self, r: ir::Value, x: &Ins) {
        let err = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(err);
        self.b.ins().brif(r, ok, &[], err, &[]);
        self.b.switch_to_block(err);
        self.leave(self.depth, x.next, x.at);
        self.b.switch_to_block(ok);
    }

    /// Before a helper that can raise or run Python code: where we are, for tracebacks
    /// and `f_lineno` seen from callees.
    fn at(&mut self, x: &Ins) {
        self.store_u32(OFF_LASTI, x.at as u32);
    }

    /// Calls helper `h`, checks for an error, and returns its result.
    fn helper(&mut self, x: &Ins, h: H, args: &[ir::Value]) -> ir::Value {
        self.at(x);
        let r = self.call(h, args);
        self.check(r, x);
        r
    }

    fn is_ptr(&mut self, v: ir::Value) -> ir::Value {
        let tag = self.b.ins().band_imm_s(v, 7);
        let tag_zero = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
        let nonnull = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0);
        self.b.ins().band(tag_zero, nonnull)
    }

    /// `incref(v)` for a value that is not NULL.
    fn incref(&mut self, v: ir::Value) {
        if self.known_uncounted(v) {
            return;
        }
        let inc = self.b.create_block();
        let done = self.b.create_block();
        let tag = self.b.ins().band_imm_s(v, 7);
        self.b.ins().brif(tag, done, &[], inc, &[]);
        self.b.switch_to_block(inc);
        let rc = self.b.ins().load(I64, mf(), v, 0);
        let rc = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(mf(), rc, v, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `decref(v)` (NULL allowed).
    fn decref(&mut self, v: ir::Value) {
        if self.known_uncounted(v) {
            return;
        }
        let dec = self.b.create_block();
        let free = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(free);
        let p = self.is_ptr(v);
        self.b.ins().brif(p, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        let rc = self.b.ins().load(I64, mf(), v, 0);
        let rc = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(mf(), rc, v, 0);
        self.b.ins().brif(rc, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.call(H::rt_free, &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn bool_const(&mut self, t: bool) -> ir::Value {
        self.iconst(bool_::value_of(t).bits() as i64)
    }

    /// True/False object from an i8 condition.
    fn bool_of(&mut self, cond: ir::Value) -> ir::Value {
        let t = self.bool_const(true);
        let f = self.bool_const(false);
        self.b.ins().select(cond, t, f)
    }

    /// The eval-breaker word (nonzero: a GIL hand-off request or a signal is pending).
    fn breaker_bits(&mut self) -> ir::Value {
        let addr = self.iconst(&taipan_runtime::interp::state::EVAL_BREAKER as *const _ as i64);
        self.b.ins().load(ir::types::I32, mf(), addr, 0)
    }

    /// Polls the eval breaker (GIL hand-off requests, signals).
    fn eval_breaker(&mut self, x: &Ins) {
        let bits = self.breaker_bits();
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(bits, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.at(x);
        let r = self.call(H::rt_eval_breaker, &[self.ts]);
        self.check(r, x);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    // ----- structure ------------------------------------------------------------------

    fn entry_switch(&mut self) {
        let ip = self.b.ins().load(ir::types::I32, mf(), self.f, OFF_IP);
        let ip = self.b.ins().uextend(I64, ip);
        let mut sw = Switch::new();
        let mut loads = Vec::new();
        let mut first = None;
        for &k in &self.an.entries {
            let blk = self.b.create_block();
            if self.an.ins[k].start == 0 {
                first = Some(blk);
            } else {
                sw.set_entry(self.an.ins[k].start as u128, blk);
            }
            loads.push((k, blk));
        }
        let other = self.b.create_block();
        if let Some(blk) = first {
            // A call enters at the start: one compare, no jump table.
            let rest = self.b.create_block();
            let is_start = self.b.ins().icmp_imm_s(IntCC::Equal, ip, 0);
            self.b.ins().brif(is_start, blk, &[], rest, &[]);
            self.b.switch_to_block(rest);
        }
        sw.emit(self.b, ip, other);
        self.b.switch_to_block(other);
        // Not an entry point: leave everything to the interpreter.
        let zero = self.iconst(0);
        self.b.ins().return_(&[zero]);
        for (k, blk) in loads {
            self.b.switch_to_block(blk);
            for i in 0..self.nslots {
                self.reload_local(i);
            }
            let d = self.an.depth[k].unwrap_or(0);
            self.reload(0, d);
            self.entry_checks(k);
            let target = self.blocks[k].expect("entry block");
            self.b.ins().jump(target, &[]);
        }
    }

    /// The block to branch to for a jump from here to code unit `unit` (see `edge`).
    fn block_at_unit(&mut self, unit: usize) -> Block {
        let k = self.an.index_of[unit].expect("jump target");
        self.edge(k)
    }

    fn body(&mut self) {
        let n = self.an.ins.len();
        let mut open = false;
        let mut k = 0;
        while k < n {
            let Some(d) = self.an.depth[k] else {
                k += 1;
                continue;
            };
            if let Some(blk) = self.blocks[k] {
                if open {
                    let e = self.edge(k);
                    self.b.ins().jump(e, &[]);
                }
                self.b.switch_to_block(blk);
                self.leader = Some(blk);
                self.kwnames = 0;
                self.null_at.fill(false);
                self.borrowed.fill(false);
                self.owned_unless.fill(None);
                self.callee_at.fill(None);
                self.peeked.fill(None);
                self.cur.fill(None);
                self.enter_typed(k);
                open = true;
            }
            if !open {
                k += 1;
                continue;
            }
            self.depth = d;
            let x = self.an.ins[k];
            let first = self.b.func.dfg.num_blocks();
            let (fallthrough, skip) = self.ins(k, &x);
            // The blocks an instruction creates get all their predecessors within it:
            // sealed, a variable read in one resolves to its single definition, so what
            // is known about that value (`speculate`, `typing`) still applies.
            self.seal_from(first);
            open = fallthrough;
            k += 1 + skip;
        }
        if open {
            // Control ran off the translated code (cannot happen for valid bytecode).
            let zero = self.iconst(0);
            self.b.ins().return_(&[zero]);
        }
    }

    /// Seals the blocks created since there were `first` (an instruction's own blocks,
    /// whose predecessors are all within it).
    pub(super) fn seal_from(&mut self, first: usize) {
        for i in first..self.b.func.dfg.num_blocks() {
            self.seal(Block::new(i));
        }
    }

    pub(super) fn seal(&mut self, blk: Block) {
        if self.sealed.insert(blk) {
            self.b.seal_block(blk);
        }
    }

    /// Hands instruction `x` to the interpreter.
    fn interpret(&mut self, x: &Ins) {
        self.summary.interpreted += 1;
        // SAFETY: a plain counter, written only under the GIL.
        let addr = self.iconst(std::ptr::addr_of_mut!(FALLBACKS_TAKEN) as i64);
        let c = self.b.ins().load(I64, mf(), addr, 0);
        let c = self.b.ins().iadd_imm_s(c, 1);
        self.b.ins().store(mf(), c, addr, 0);
        self.leave(self.depth, x.start, x.at);
    }

    /// Translates one instruction. Returns whether control falls through, and how many
    /// following instructions it consumed (fused compare-and-branch).
    fn ins(&mut self, k: usize, x: &Ins) -> (bool, usize) {
        use Opcode as O;
        let arg = x.arg;
        match x.op {
            O::Nop | O::Cache | O::ExtendedArg => {}
            O::Resume => self.eval_breaker(x),
            O::LoadConst => {
                let c = self.code.consts[arg as usize];
                let v = self.iconst(c.bits() as i64);
                if c.is_ptr() {
                    self.incref(v);
                } else if c.is_small_int() {
                    self.known_int.insert(v);
                } else if c.is_immediate_float() {
                    let d = self.b.ins().f64const(c.as_immediate_float());
                    self.known_f64.insert(v, d);
                }
                self.push(v);
            }
            O::LoadFast => {
                if self.borrowable(k) {
                    let v = self.load_local_checked(x, arg);
                    self.push(v);
                    self.borrowed[self.depth as usize - 1] = true;
                } else {
                    let v = self.load_fast(x, arg);
                    self.push(v);
                }
            }
            O::StoreFast => {
                let v = self.pop();
                self.store_fast(arg, v);
            }
            O::DeleteFast => {
                let old = self.load_local_checked(x, arg);
                let zero = self.iconst(0);
                self.store_fast_raw(arg, zero);
                self.decref(old);
            }
            O::LoadClosure => {
                let v = self.b.use_var(self.locals[arg as usize]);
                self.incref(v);
                self.push(v);
            }
            O::PopTop => {
                let v = self.pop();
                self.decref(v);
            }
            O::PushNull => self.push_null(),
            O::Copy => {
                // A copy of a borrowed value is borrowed too (`borrowable` followed it).
                let from_borrowed = self.borrowed[(self.depth - arg) as usize];
                let v = self.peek(arg);
                if !from_borrowed {
                    self.incref(v);
                }
                self.push(v);
                self.borrowed[self.depth as usize - 1] = from_borrowed;
            }
            O::Swap => {
                let a = self.peek(1);
                let b = self.peek(arg);
                let top = self.stack[(self.depth - 1) as usize];
                let other = self.stack[(self.depth - arg) as usize];
                self.b.def_var(top, b);
                self.b.def_var(other, a);
                self.null_at[(self.depth - 1) as usize] = false;
                self.null_at[(self.depth - arg) as usize] = false;
                self.borrowed.swap((self.depth - 1) as usize, (self.depth - arg) as usize);
            }
            O::KwNames => self.kwnames = self.code.consts[arg as usize].bits(),

            // ----- operators -----
            O::BinaryOp => {
                let b = self.pop();
                let a = self.pop();
                let r = self.binary_op(x, a, b);
                self.push(r);
            }
            O::CompareOp => {
                let next = self.an.ins.get(k + 1).copied();
                if let Some(n) = next {
                    if matches!(n.op, O::PopJumpIfFalse | O::PopJumpIfTrue) && !self.an.leader[k + 1] {
                        let b = self.pop();
                        let a = self.pop();
                        self.compare_branch(x, &n, a, b);
                        return (false, 1);
                    }
                }
                let b = self.pop();
                let a = self.pop();
                let r = self.compare(x, a, b);
                self.push(r);
            }
            O::IsOp => {
                let bb = self.borrowed[self.depth as usize - 1];
                let ab = self.borrowed[self.depth as usize - 2];
                let b = self.pop();
                let a = self.pop();
                let cc = if arg == 1 { IntCC::NotEqual } else { IntCC::Equal };
                let c = self.b.ins().icmp(cc, a, b);
                if !ab {
                    self.decref(a);
                }
                if !bb {
                    self.decref(b);
                }
                let r = self.bool_of(c);
                self.push(r);
            }
            O::ContainsOp => {
                let b = self.pop();
                let a = self.pop();
                let inv = self.iconst(arg as i64);
                let r = self.helper(x, H::rt_contains, &[self.ts, a, b, inv]);
                self.push(r);
            }
            O::UnaryNegative | O::UnaryPositive | O::UnaryInvert | O::UnaryNot => {
                let v = self.pop();
                let which = match x.op {
                    O::UnaryNegative => 0,
                    O::UnaryPositive => 1,
                    O::UnaryInvert => 2,
                    _ => 3,
                };
                let w = self.iconst(which);
                let r = self.helper(x, H::rt_unary, &[self.ts, v, w]);
                self.push(r);
            }

            // ----- subscripts and attributes -----
            O::BinarySubscr => {
                let key = self.pop();
                let c = self.pop();
                let cb = self.borrowed[self.depth as usize];
                let r = self.subscr(x, c, key, cb);
                self.push(r);
            }
            O::StoreSubscr => {
                let key = self.pop();
                let c = self.pop();
                let cb = self.borrowed[self.depth as usize];
                let v = self.pop();
                self.store_subscr(x, v, c, key, cb);
            }
            O::DeleteSubscr => {
                let key = self.pop();
                let c = self.pop();
                self.helper(x, H::rt_delete_subscr, &[self.ts, c, key]);
            }
            O::LoadAttr => {
                let o = self.pop();
                let mut ob = self.borrowed[self.depth as usize];
                let module = self.peeked[self.depth as usize];
                if module.is_some() && ob {
                    self.incref(o);
                    ob = false;
                }
                let r = match module.and_then(|m| self.module_attr(x, o, m, arg)) {
                    Some(r) => r,
                    None => self.load_attr(x, o, arg, ob),
                };
                self.push(r);
                if let Some(m) = module {
                    self.peeked[self.depth as usize - 1] = self.math_function(m, arg);
                }
            }
            O::StoreAttr => {
                let o = self.pop();
                let ob = self.borrowed[self.depth as usize];
                let v = self.pop();
                self.store_attr(x, v, o, arg, ob);
            }
            O::DeleteAttr => {
                let o = self.pop();
                let name = self.name(arg);
                self.helper(x, H::rt_delete_attr, &[self.ts, o, name]);
            }
            O::LoadMethod => {
                let o = self.pop();
                self.load_method(x, o, arg);
            }

            // ----- names -----
            O::LoadGlobal => {
                if arg & 1 != 0 {
                    self.push_null();
                }
                let callee = if arg & 1 != 0 { self.global_function(arg >> 1) } else { None };
                let lend = callee.map(|c| c.func).filter(|_| self.borrowable_callee(k));
                let r = self.load_global(x, arg >> 1, lend);
                self.push(r);
                if arg & 1 != 0 {
                    self.callee_at[self.depth as usize - 1] = callee;
                    self.owned_unless[self.depth as usize - 1] = lend;
                }
                self.peeked[self.depth as usize - 1] = self.global_module(arg >> 1);
            }
            O::LoadName => {
                let name = self.name(arg);
                let r = self.helper(x, H::rt_load_name, &[self.ts, self.f, name]);
                self.push(r);
            }
            O::StoreName => {
                let v = self.pop();
                let name = self.name(arg);
                self.helper(x, H::rt_store_name, &[self.ts, self.f, name, v]);
            }
            O::DeleteName => {
                let name = self.name(arg);
                self.helper(x, H::rt_delete_name, &[self.ts, self.f, name]);
            }
            O::StoreGlobal => {
                let v = self.pop();
                let name = self.name(arg);
                self.helper(x, H::rt_store_global, &[self.ts, self.f, name, v]);
            }
            O::DeleteGlobal => {
                let name = self.name(arg);
                self.helper(x, H::rt_delete_global, &[self.ts, self.f, name]);
            }
            O::LoadDeref => {
                let i = self.iconst(arg as i64);
                let r = self.helper(x, H::rt_load_deref, &[self.ts, self.f, i]);
                self.push(r);
            }
            O::StoreDeref => {
                let v = self.pop();
                let i = self.iconst(arg as i64);
                self.at(x);
                self.call(H::rt_store_deref, &[self.f, i, v]);
            }
            O::DeleteDeref => {
                let i = self.iconst(arg as i64);
                self.helper(x, H::rt_delete_deref, &[self.ts, self.f, i]);
            }
            O::LoadClassderef => {
                let i = self.iconst(arg as i64);
                let r = self.helper(x, H::rt_load_classderef, &[self.ts, self.f, i]);
                self.push(r);
            }
            O::MakeCell => {
                let i = self.iconst(arg as i64);
                self.call(H::rt_make_cell, &[self.f, i]);
                self.reload_local(arg);
            }
            O::CopyFreeVars => {
                let n = self.iconst(arg as i64);
                self.call(H::rt_copy_free_vars, &[self.f, n]);
                for i in self.nslots.saturating_sub(arg)..self.nslots {
                    self.reload_local(i);
                }
            }

            // ----- control flow -----
            O::JumpForward | O::JumpBackwardNoInterrupt => {
                let t = self.block_at_unit(x.target().unwrap());
                self.b.ins().jump(t, &[]);
                return (false, 0);
            }
            O::JumpBackward => {
                self.eval_breaker(x);
                let t = self.block_at_unit(x.target().unwrap());
                self.b.ins().jump(t, &[]);
                return (false, 0);
            }
            O::PopJumpIfFalse | O::PopJumpIfTrue => {
                let v = self.pop();
                let t = self.truth(x, v, true);
                let target = self.block_at_unit(x.target().unwrap());
                let fall = self.fallthrough_block(k);
                self.branch(t, x.op == O::PopJumpIfTrue, target, fall);
                return (false, 0);
            }
            O::PopJumpIfNone | O::PopJumpIfNotNone => {
                let vb = self.borrowed[self.depth as usize - 1];
                let v = self.pop();
                let none = singletons::none().bits() as i64;
                let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, v, none);
                if !vb {
                    self.decref(v);
                }
                let target = self.block_at_unit(x.target().unwrap());
                let fall = self.fallthrough_block(k);
                self.branch(is_none, x.op == O::PopJumpIfNone, target, fall);
                return (false, 0);
            }
            O::JumpIfFalseOrPop | O::JumpIfTrueOrPop => {
                let v = self.peek(1);
                let t = self.truth(x, v, false);
                let target = self.block_at_unit(x.target().unwrap());
                let pop = self.b.create_block();
                self.branch(t, x.op == O::JumpIfTrueOrPop, target, pop);
                self.b.switch_to_block(pop);
                let v = self.pop();
                self.decref(v);
                let fall = self.fallthrough_block(k);
                self.b.ins().jump(fall, &[]);
                return (false, 0);
            }
            O::GetIter => {
                let v = self.pop();
                let r = self.helper(x, H::rt_get_iter, &[self.ts, v]);
                self.push(r);
            }
            O::ForIter => {
                self.for_iter(k, x);
                return (false, 0);
            }
            O::ReturnValue => {
                let v = self.pop();
                let d = self.depth;
                self.flush(0, d);
                self.store_u32(OFF_DEPTH, d);
                self.store_u32(OFF_LASTI, x.at as u32);
                self.b.ins().return_(&[v]);
                return (false, 0);
            }

            // ----- calls and functions -----
            O::Call => {
                if let Some(it) = self.range_iter_call(x, arg, k) {
                    self.push(it);
                    return (true, 1);
                }
                let r = if let Some(r) = self.math_call(x, arg) {
                    r
                } else if self.kwnames == 0 && matches!(x.seen, O::Call | O::CallPyExactArgs) {
                    self.call_python(x, arg)
                } else if x.seen == O::CallBuiltin {
                    let zero = self.iconst(0);
                    self.call_through(x, H::rt_call_native, arg, zero)
                } else {
                    let zero = self.iconst(0);
                    self.call_generic(x, arg, zero)
                };
                self.push(r);
            }
            O::CallFunctionEx => {
                let n = 3 + (arg & 1);
                let d = self.depth;
                self.flush(d - n, d);
                let sp = self.stack_addr(d);
                let fl = self.iconst(arg as i64);
                self.depth = d - n;
                let r = self.helper(x, H::rt_call_ex, &[self.ts, sp, fl]);
                self.push(r);
            }
            O::MakeFunction => {
                let n = 1 + (arg & 1) + (arg >> 1 & 1) + (arg >> 2 & 1) + (arg >> 3 & 1);
                let d = self.depth;
                self.flush(d - n, d);
                let sp = self.stack_addr(d);
                let fl = self.iconst(arg as i64);
                self.depth = d - n;
                let r = self.helper(x, H::rt_make_function, &[self.ts, self.f, sp, fl]);
                self.push(r);
            }

            // ----- building -----
            // A slice built only to subscript with: one helper, no slice object for lists.
            O::BuildSlice if self.an.ins.get(k + 1).is_some_and(|y| matches!(y.op, O::BinarySubscr | O::StoreSubscr)) && !self.an.leader[k + 1] => {
                let y = self.an.ins[k + 1];
                let step = if arg == 3 { self.pop() } else { self.iconst(0) };
                let stop = self.pop();
                let start = self.pop();
                let c = self.pop();
                if self.borrowed[self.depth as usize] {
                    self.incref(c);
                }
                if y.op == O::BinarySubscr {
                    let r = self.helper(&y, H::rt_slice_subscr, &[self.ts, c, start, stop, step]);
                    self.push(r);
                } else {
                    let v = self.pop();
                    self.helper(&y, H::rt_slice_store, &[self.ts, v, c, start, stop, step]);
                }
                return (true, 1);
            }
            O::BuildTuple | O::BuildList | O::BuildSet | O::BuildMap | O::BuildConstKeyMap | O::BuildString | O::BuildSlice => {
                let (kind, count) = match x.op {
                    O::BuildTuple => (0, arg),
                    O::BuildList => (1, arg),
                    O::BuildSet => (2, arg),
                    O::BuildMap => (3, 2 * arg),
                    O::BuildConstKeyMap => (4, arg + 1),
                    O::BuildString => (5, arg),
                    _ => (6, arg),
                };
                let d = self.depth;
                self.flush(d - count, d);
                let sp = self.stack_addr(d);
                let n = self.iconst(arg as i64);
                let kd = self.iconst(kind);
                self.depth = d - count;
                let r = self.helper(x, H::rt_build, &[self.ts, sp, n, kd]);
                self.push(r);
            }
            O::ListAppend | O::SetAdd | O::ListExtend | O::SetUpdate | O::DictUpdate => {
                let v = self.pop();
                let c = self.peek(arg);
                let which = match x.op {
                    O::ListAppend => 0,
                    O::SetAdd => 1,
                    O::ListExtend => 2,
                    O::SetUpdate => 3,
                    _ => 4,
                };
                let w = self.iconst(which);
                self.helper(x, H::rt_container_op, &[self.ts, c, v, w]);
            }
            O::MapAdd => {
                let v = self.pop();
                let key = self.pop();
                let d = self.peek(arg);
                self.helper(x, H::rt_map_add, &[self.ts, d, key, v]);
            }
            O::DictMerge => {
                let m = self.pop();
                let d = self.peek(arg);
                let func = self.peek(arg + 2);
                self.helper(x, H::rt_dict_merge, &[self.ts, func, d, m]);
            }
            O::ListToTuple => {
                let l = self.pop();
                let r = self.call(H::rt_list_to_tuple, &[l]);
                self.push(r);
            }
            O::UnpackSequence => {
                let seq = self.pop();
                self.unpack_sequence(x, seq, arg);
            }
            O::UnpackEx => {
                let seq = self.pop();
                let (before, after) = ((arg & 0xff) as i64, (arg >> 8) as i64);
                let count = (arg & 0xff) + 1 + (arg >> 8);
                let out = self.stack_addr(self.depth);
                let bf = self.iconst(before);
                let af = self.iconst(after);
                self.helper(x, H::rt_unpack, &[self.ts, seq, bf, af, out]);
                self.reload(self.depth, self.depth + count);
                self.depth += count;
            }
            O::FormatValue => {
                let spec = if arg & 4 != 0 { self.pop() } else { self.iconst(0) };
                let v = self.pop();
                let conv = self.iconst((arg & 3) as i64);
                let r = self.helper(x, H::rt_format_value, &[self.ts, v, conv, spec]);
                self.push(r);
            }

            // ----- imports, classes, exceptions, misc -----
            O::LoadBuildClass => {
                let r = self.helper(x, H::rt_load_build_class, &[self.ts, self.f]);
                self.push(r);
            }
            O::ImportName => {
                let fromlist = self.pop();
                let level = self.pop();
                let name = self.name(arg);
                let r = self.helper(x, H::rt_import_name, &[self.ts, self.f, name, level, fromlist]);
                self.push(r);
            }
            O::ImportFrom => {
                let m = self.peek(1);
                let name = self.name(arg);
                let r = self.helper(x, H::rt_import_from, &[self.ts, m, name]);
                self.push(r);
            }
            O::ImportStar => {
                let m = self.pop();
                self.helper(x, H::rt_import_star, &[self.ts, self.f, m]);
            }
            O::RaiseVarargs => {
                let cause = if arg == 2 { self.pop() } else { self.iconst(0) };
                let exc = if arg >= 1 { self.pop() } else { self.iconst(0) };
                self.at(x);
                self.call(H::rt_raise, &[self.ts, exc, cause]);
                self.leave(self.depth, x.next, x.at);
                return (false, 0);
            }
            O::BeforeWith => {
                let mgr = self.pop();
                let out = self.stack_addr(self.depth);
                self.helper(x, H::rt_before_with, &[self.ts, mgr, out]);
                self.reload(self.depth, self.depth + 2);
                self.depth += 2;
            }
            O::LoadAssertionError => {
                let r = self.call(H::rt_load_assertion_error, &[]);
                self.push(r);
            }
            O::GetLen => {
                let v = self.peek(1);
                let r = self.helper(x, H::rt_get_len, &[self.ts, v]);
                self.push(r);
            }
            O::MatchMapping | O::MatchSequence => {
                let v = self.peek(1);
                let w = self.iconst((x.op == O::MatchSequence) as i64);
                let r = self.call(H::rt_match_kind, &[v, w]);
                self.push(r);
            }
            O::MatchKeys => {
                let keys = self.peek(1);
                let subject = self.peek(2);
                let r = self.helper(x, H::rt_match_keys, &[self.ts, subject, keys]);
                self.push(r);
            }
            O::MatchClass => {
                let names = self.pop();
                let cls = self.pop();
                let subject = self.pop();
                let n = self.iconst(arg as i64);
                let r = self.helper(x, H::rt_match_class, &[self.ts, subject, cls, names, n]);
                self.push(r);
            }
            O::SetupAnnotations => {
                self.helper(x, H::rt_setup_annotations, &[self.ts, self.f]);
            }
            O::PrintExpr => {
                let v = self.pop();
                self.helper(x, H::rt_print_expr, &[self.ts, v]);
            }

            // Exception handlers (entered only by unwinding, which the interpreter
            // does), generator and async machinery: the interpreter runs these.
            _ => {
                self.interpret(x);
                return (false, 0);
            }
        }
        (!x.op.terminates(), 0)
    }

    /// LOAD_GLOBAL through a per-site cache checked inline against the dicts' keys
    /// versions (the helper fills it on a miss). With `lend`, a value that is that
    /// function (kept alive by the compiled code) is pushed without a reference of its own.
    fn load_global(&mut self, x: &Ins, name: u32, lend: Option<taipan_runtime::object::Value>) -> ir::Value {
        let cache: &'static mut GlobalCache = Box::leak(Box::new(GlobalCache { gver: 0, bver: 0, slot: std::ptr::null() }));
        let c = self.iconst(cache as *mut GlobalCache as i64);
        let miss = self.b.create_block();
        let check_b = self.b.create_block();
        let hit = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(miss);
        let kv = dict::KEYS_VERSION_OFFSET as i32;
        let g = self.b.ins().load(I64, mf(), self.f, OFF_GLOBALS);
        let gv = self.b.ins().load(ir::types::I32, mf(), g, kv);
        let cg = self.b.ins().load(ir::types::I32, mf(), c, 0);
        let same = self.b.ins().icmp(IntCC::Equal, gv, cg);
        self.b.ins().brif(same, check_b, &[], miss, &[]);
        self.b.switch_to_block(check_b);
        let cb = self.b.ins().load(ir::types::I32, mf(), c, 4);
        let bcheck = self.b.create_block();
        self.b.ins().brif(cb, bcheck, &[], hit, &[]);
        self.b.switch_to_block(bcheck);
        let bt = self.b.ins().load(I64, mf(), self.f, OFF_BUILTINS);
        let bv = self.b.ins().load(ir::types::I32, mf(), bt, kv);
        let same_b = self.b.ins().icmp(IntCC::Equal, bv, cb);
        self.b.ins().brif(same_b, hit, &[], miss, &[]);
        self.b.switch_to_block(hit);
        let slot = self.b.ins().load(I64, mf(), c, 8);
        let v = self.b.ins().load(I64, mf(), slot, 0);
        match lend {
            Some(f) => {
                let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, f.bits() as i64);
                let inc = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(other, inc, &[], done, &[]);
                self.b.switch_to_block(inc);
                self.incref(v);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            None => self.incref(v),
        }
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(miss);
        let nm = self.name(name);
        let r = self.helper(x, H::rt_load_global_miss, &[self.ts, self.f, nm, c]);
        if let Some(f) = lend {
            // The helper's reference is given back when it is to the lent function.
            self.count_if(r, f, -1);
        }
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// The code of the Python function global `name` is bound to now, if any.
    fn global_function(&self, name: u32) -> Option<calls::Callee> {
        use taipan_runtime::objects::function;
        let f = self.peek_global(name)?;
        if !function::is_function(f) {
            return None;
        }
        let code = function::code(f);
        // The specialized call keeps the function and its code alive (a reference each,
        // never returned: compiled code is never freed either), so a callable at the
        // function's address is that function.
        taipan_runtime::object::incref(code.as_value());
        taipan_runtime::object::incref(f);
        Some(calls::Callee { code, func: f })
    }

    fn name(&mut self, i: u32) -> ir::Value {
        let n = self.code.names[i as usize];
        self.iconst(n.bits() as i64)
    }

    /// Jumps to `target` when `cond` equals `when`, else to `other`.
    fn branch(&mut self, cond: ir::Value, when: bool, target: Block, other: Block) {
        if when {
            self.b.ins().brif(cond, target, &[], other, &[]);
        } else {
            self.b.ins().brif(cond, other, &[], target, &[]);
        }
    }

    /// The block of the instruction after `k` (a leader, since a branch precedes it).
    fn fallthrough_block(&mut self, k: usize) -> Block {
        self.edge(k + 1)
    }

    // ----- locals -----------------------------------------------------------------------

    fn load_local_checked(&mut self, x: &Ins, i: u32) -> ir::Value {
        let v = self.b.use_var(self.locals[i as usize]);
        if !self.bound[i as usize] && !self.known_immediate(v) {
            let unbound = self.b.create_block();
            let ok = self.b.create_block();
            self.b.set_cold_block(unbound);
            self.b.ins().brif(v, ok, &[], unbound, &[]);
            self.b.switch_to_block(unbound);
            let idx = self.iconst(i as i64);
            self.call(H::rt_unbound_local, &[self.ts, self.f, idx]);
            self.leave(self.depth, x.next, x.at);
            self.b.switch_to_block(ok);
        }
        v
    }

    /// Whether the LOAD_GLOBAL at `k` (pushing NULL and a global function the compiled
    /// code holds) may lend that function to its slot: the slot's only consumer is, as
    /// callable, a CALL in the same basic block, with no COPY or SWAP between that could
    /// reach it.
    fn borrowable_callee(&self, k: usize) -> bool {
        use Opcode as O;
        let Some(d) = self.an.depth[k] else { return false };
        let slot = d + 1;
        for j in k + 1..(k + 64).min(self.an.ins.len()) {
            let Some(dj) = self.an.depth[j] else { return false };
            if self.an.leader[j] || dj < slot + 1 {
                return false;
            }
            let y = &self.an.ins[j];
            match y.op {
                O::Copy | O::Swap => return false,
                O::Call => {
                    let callable = dj as i64 - y.arg as i64 - 1;
                    if callable == slot as i64 {
                        return true;
                    }
                    if callable < slot as i64 {
                        return false;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Whether the LOAD_FAST at `k` may push its value borrowed. Following the value
    /// (and the COPYs of it) through the rest of its basic block, each copy must end in a
    /// consumer that neither stores it nor drops a reference — the container of a
    /// subscript load or store, the object of an attribute load or store, an operand of
    /// `is`, the value a jump tests against None — and nothing between may rebind the
    /// local, so the local's reference keeps the value alive throughout. Only
    /// instructions whose stack use is listed here may come between; `x[i] += v` and
    /// `o.a += v` (COPY, SWAP) qualify.
    fn borrowable(&self, k: usize) -> bool {
        use Opcode as O;
        let ins = &self.an.ins;
        let local = ins[k].arg;
        let Some(d) = self.an.depth[k] else { return false };
        // Stack slots holding the borrowed value.
        let mut held: Vec<u32> = vec![d];
        for j in k + 1..(k + 48).min(ins.len()) {
            let Some(dj) = self.an.depth[j] else { return false };
            if self.an.leader[j] {
                return false;
            }
            let y = &ins[j];
            let a = y.arg;
            // (slots popped, which of them may be borrowed: offsets below the top, 1 =
            // the top)
            let (pops, ok): (u32, &[u32]) = match y.op {
                O::LoadFast | O::LoadConst | O::PushNull | O::LoadGlobal => (0, &[]),
                O::StoreFast | O::DeleteFast if a == local => return false,
                O::Copy => {
                    if a > dj {
                        return false;
                    }
                    if held.contains(&(dj - a)) {
                        held.push(dj);
                    }
                    continue;
                }
                O::Swap => {
                    if a > dj {
                        return false;
                    }
                    let (t, o) = (dj - 1, dj - a);
                    for s in held.iter_mut() {
                        if *s == t {
                            *s = o;
                        } else if *s == o {
                            *s = t;
                        }
                    }
                    continue;
                }
                O::LoadAttr => (1, &[1]),
                O::StoreAttr => (2, &[1]),
                O::BinarySubscr => (2, &[2]),
                O::StoreSubscr => (3, &[2]),
                O::IsOp => (2, &[1, 2]),
                O::PopJumpIfNone | O::PopJumpIfNotNone => (1, &[1]),
                O::BinaryOp | O::CompareOp | O::ContainsOp => (2, &[]),
                O::UnaryNegative | O::UnaryPositive | O::UnaryInvert | O::UnaryNot => (1, &[]),
                O::Call => (a + 2, &[]),
                O::BuildTuple | O::BuildList => (a, &[]),
                _ => return false,
            };
            if pops > dj {
                return false;
            }
            for s in dj - pops..dj {
                if held.contains(&s) {
                    if !ok.contains(&(dj - s)) {
                        return false;
                    }
                    held.retain(|&h| h != s);
                }
            }
            if held.is_empty() {
                return true;
            }
        }
        false
    }

    fn load_fast(&mut self, x: &Ins, i: u32) -> ir::Value {
        let v = self.load_local_checked(x, i);
        self.incref(v);
        v
    }

    fn store_fast_raw(&mut self, i: u32, v: ir::Value) {
        self.b.def_var(self.locals[i as usize], v);
        self.cur[i as usize] = Some(v);
        if let Some(&d) = self.known_f64.get(&v) {
            self.b.def_var(self.flocals[i as usize], d);
        }
        let off = self.slot_offset(i);
        self.b.ins().store(mf(), v, self.f, off);
    }

    fn store_fast(&mut self, i: u32, v: ir::Value) {
        let old = self.b.use_var(self.locals[i as usize]);
        self.store_fast_raw(i, v);
        self.decref(old);
    }

    // ----- arithmetic -------------------------------------------------------------------

    /// BINARY_OP: small ints inline (overflow and anything else go to the helper).
    fn binary_op(&mut self, x: &Ins, a: ir::Value, b: ir::Value) -> ir::Value {
        if let Some(r) = self.speculative_binary_op(x, a, b) {
            return r;
        }
        let op = x.arg % 13;
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(slow);
        let (with_ints, with_floats) = speculate::inline_paths(x, op);
        let both = self.b.ins().band(a, b);
        let both = self.b.ins().band_imm_s(both, 1);
        if with_floats {
            let fl = self.b.create_block();
            if with_ints {
                let ints = self.b.create_block();
                self.b.ins().brif(both, ints, &[], fl, &[]);
                self.b.switch_to_block(ints);
                let r = self.int_op(op, a, b, slow);
                self.b.ins().jump(join, &[r.into()]);
            } else {
                self.b.ins().brif(both, slow, &[], fl, &[]);
            }
            self.b.switch_to_block(fl);
            let r = self.float_arith(op, a, b, slow);
            let v = self.from_f64(r);
            self.b.ins().jump(join, &[v.into()]);
        } else if with_ints {
            let fast = self.b.create_block();
            self.b.ins().brif(both, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            let r = self.int_op(op, a, b, slow);
            self.b.ins().jump(join, &[r.into()]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let opv = self.iconst(x.arg as i64);
        self.at(x);
        let r = self.call(H::rt_binary_op, &[self.ts, a, b, opv]);
        self.check(r, x);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Tagged small-int `a <op> b`; branches to `slow` when the result does not fit or
    /// the operation needs the general case.
    fn int_op(&mut self, op: u32, a: ir::Value, b: ir::Value, slow: Block) -> ir::Value {
        match op {
            0 | 10 => {
                let b1 = self.b.ins().iadd_imm_s(b, -1);
                let (r, of) = if op == 0 { self.b.ins().sadd_overflow(a, b1) } else { self.b.ins().ssub_overflow(a, b1) };
                self.on_overflow(of, slow);
                r
            }
            5 => {
                let a1 = self.b.ins().iadd_imm_s(a, -1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let (r, of) = self.b.ins().smul_overflow(a1, y);
                self.on_overflow(of, slow);
                self.b.ins().bor_imm_s(r, 1)
            }
            1 => self.b.ins().band(a, b),
            7 => self.b.ins().bor(a, b),
            12 => {
                let r = self.b.ins().bxor(a, b);
                self.b.ins().bor_imm_s(r, 1)
            }
            9 => {
                let xv = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                self.on_overflow(neg, slow);
                let c63 = self.iconst(63);
                let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, y, 63);
                let y = self.b.ins().select(big, c63, y);
                let r = self.b.ins().sshr(xv, y);
                let r = self.b.ins().ishl_imm_s(r, 1);
                self.b.ins().bor_imm_s(r, 1)
            }
            _ if self.small_int_const(b).is_some_and(|c| c > 0 && c < 1 << 60) => {
                // By a positive constant c, straight from the tagged a = 2x+1: with s the
                // sign mask of a, a ^ s is 2x+1 or 2(-x-1), never negative, and its
                // unsigned quotient by 2c is x // c or (-x-1) // c; xor with s again gives
                // the floor quotient q (floor(x/c) = ~((-x-1) // c) for negative x). The
                // tagged remainder is then a - 2c*q. No overflow is possible, and a
                // constant unsigned division becomes a multiply.
                let c2 = 2 * self.small_int_const(b).unwrap();
                let s = self.b.ins().sshr_imm_s(a, 63);
                let t = self.b.ins().bxor(a, s);
                let q = self.udiv_63(t, c2 as u64);
                let q = self.b.ins().bxor(q, s);
                if op == 2 {
                    let q2 = self.b.ins().iadd(q, q);
                    self.b.ins().bor_imm_s(q2, 1)
                } else {
                    let p = self.b.ins().imul_imm_s(q, c2);
                    self.b.ins().isub(a, p)
                }
            }
            _ => {
                // Floor division (2) and modulo (6), Python's sign rules.
                let xv = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().sshr_imm_s(b, 1);
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.on_overflow(zero, slow);
                let q = self.b.ins().sdiv(xv, y);
                let m = self.b.ins().srem(xv, y);
                // Adjust when the remainder is non-zero and its sign differs from y's
                // (for a positive constant divisor: when the remainder is negative).
                let adj = if self.small_int_const(b).is_some_and(|c| c > 0) {
                    self.b.ins().icmp_imm_s(IntCC::SignedLessThan, m, 0)
                } else {
                    let mz = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
                    let sx = self.b.ins().bxor(m, y);
                    let sneg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                    self.b.ins().band(mz, sneg)
                };
                let adj64 = self.b.ins().uextend(I64, adj);
                if op == 2 {
                    let q = self.b.ins().isub(q, adj64);
                    let (q2, of) = self.b.ins().sadd_overflow(q, q);
                    self.on_overflow(of, slow);
                    self.b.ins().bor_imm_s(q2, 1)
                } else {
                    let zero = self.iconst(0);
                    let ya = self.b.ins().select(adj, y, zero);
                    let m = self.b.ins().iadd(m, ya);
                    let m = self.b.ins().ishl_imm_s(m, 1);
                    self.b.ins().bor_imm_s(m, 1)
                }
            }
        }
    }

    /// `t / d` for a `t` known to be below 2^63 (a constant `d` > 0): one high multiply
    /// and a shift. The spare top bit lets the magic number fit 64 bits for every
    /// divisor (Granlund and Montgomery's bound), where Cranelift's general unsigned
    /// lowering needs a subtract-shift-add fix-up for many.
    fn udiv_63(&mut self, t: ir::Value, d: u64) -> ir::Value {
        if d.is_power_of_two() {
            return self.b.ins().ushr_imm_s(t, d.trailing_zeros() as i64);
        }
        // l = ceil(log2 d); m = ceil(2^(63+l) / d) < 2^64 since d > 2^(l-1), and
        // m*d - 2^(63+l) < d <= 2^l makes floor(t*m / 2^(63+l)) exact for t < 2^63.
        let l = 64 - (d - 1).leading_zeros();
        let m = ((1u128 << (63 + l)) + d as u128 - 1) / d as u128;
        debug_assert!(m < 1u128 << 64);
        let mv = self.iconst(m as u64 as i64);
        let hi = self.b.ins().umulhi(t, mv);
        self.b.ins().ushr_imm_s(hi, (l - 1) as i64)
    }

    /// The small int `v` is when it is a constant of the code (LOAD_CONST).
    fn small_int_const(&self, v: ir::Value) -> Option<i64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => {
                let bits = imm.bits();
                (bits & 1 == 1 && self.known_int.contains(&v)).then_some(bits >> 1)
            }
            _ => None,
        }
    }

    /// `a <op> b` as doubles for `+ * - /` (operator numbers 0, 5, 10, 11); operands that
    /// are not floats or small ints, and division by zero, branch to `slow`.
    fn float_arith(&mut self, op: u32, a: ir::Value, b: ir::Value, slow: Block) -> ir::Value {
        let fa = self.to_f64(a, slow);
        let fb = self.to_f64(b, slow);
        match op {
            0 => self.b.ins().fadd(fa, fb),
            5 => self.b.ins().fmul(fa, fb),
            10 => self.b.ins().fsub(fa, fb),
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let z = self.b.ins().fcmp(FloatCC::Equal, fb, zero);
                self.on_overflow(z, slow);
                self.b.ins().fdiv(fa, fb)
            }
        }
    }

    /// The double held by `v`: an immediate float decoded, or a small int converted;
    /// anything else branches to `slow`.
    fn to_f64(&mut self, v: ir::Value, slow: Block) -> ir::Value {
        if let Some(d) = self.known_double(v) {
            return d;
        }
        let dec = self.b.create_block();
        let not_float = self.b.create_block();
        let conv = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, F64);
        let tag = self.b.ins().band_imm_s(v, 3);
        let is_float = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 2);
        self.b.ins().brif(is_float, dec, &[], not_float, &[]);
        self.b.switch_to_block(not_float);
        let is_int = self.b.ins().band_imm_s(v, 1);
        self.b.ins().brif(is_int, conv, &[], slow, &[]);
        self.b.switch_to_block(conv);
        let i = self.b.ins().sshr_imm_s(v, 1);
        let fl = self.b.ins().fcvt_from_sint(F64, i);
        self.b.ins().jump(join, &[fl.into()]);
        self.b.switch_to_block(dec);
        let fl = self.decode_float(v);
        self.b.ins().jump(join, &[fl.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// The double an immediate float `v` encodes.
    fn decode_float(&mut self, v: ir::Value) -> ir::Value {
        // Immediate floats keep the rotated double with the exponent rebased by 768
        // (value.rs); zero exponent field means ±0.0.
        let w = self.b.ins().ushr_imm_s(v, 2);
        let is_zero = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, w, 1 << 53);
        let zero = self.iconst(0);
        let base = self.iconst(768 << 53);
        let add = self.b.ins().select(is_zero, zero, base);
        let r = self.b.ins().iadd(w, add);
        let bits = self.b.ins().rotr_imm_s(r, 1);
        self.b.ins().bitcast(F64, MemFlagsData::new(), bits)
    }

    /// A float value for double `d`: immediate when its exponent fits, else boxed.
    fn from_f64(&mut self, d: ir::Value) -> ir::Value {
        let boxed = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(boxed);
        let (w, bits) = self.encode_f64(d, boxed);
        self.b.ins().jump(join, &[w.into()]);
        self.b.switch_to_block(boxed);
        let v = self.call(H::rt_box_float, &[bits]);
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// The immediate float for double `d` (and `d`'s bits); a double outside the
    /// immediate range (inf, nan, subnormal, huge) branches to `wide`.
    fn encode_f64(&mut self, d: ir::Value, wide: Block) -> (ir::Value, ir::Value) {
        let enc = self.b.create_block();
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), d);
        // With r the double rotated left by one (sign in bit 0), the exponent field is
        // r >> 53: in range when it is 769..1279, tested without the shift (the low bits
        // cannot borrow from the constant's zero low bits); ±0.0 is r < 2.
        let r = self.b.ins().rotl_imm_s(bits, 1);
        let e = self.b.ins().iadd_imm_s(r, -(769 << 53));
        let in_range = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, e, 511 << 53);
        let is_zero = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, r, 2);
        let ok = self.b.ins().bor(in_range, is_zero);
        self.b.ins().brif(ok, enc, &[], wide, &[]);
        self.b.switch_to_block(enc);
        let zero = self.iconst(0);
        let base = self.iconst(768 << 53);
        let sub = self.b.ins().select(is_zero, zero, base);
        let w = self.b.ins().isub(r, sub);
        let w = self.b.ins().ishl_imm_s(w, 2);
        (self.b.ins().bor_imm_s(w, 2), bits)
    }

    /// Both immediate floats: their comparison as an i8; otherwise branches to `slow`.
    fn float_compare(&mut self, x: &Ins, a: ir::Value, b: ir::Value, slow: Block) -> ir::Value {
        let both = self.b.create_block();
        let ta = self.b.ins().band_imm_s(a, 3);
        let tb = self.b.ins().band_imm_s(b, 3);
        let ta = self.b.ins().ishl_imm_s(ta, 2);
        let t = self.b.ins().bor(ta, tb);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, 0b1010);
        self.b.ins().brif(ok, both, &[], slow, &[]);
        self.b.switch_to_block(both);
        let fa = self.to_f64(a, slow);
        let fb = self.to_f64(b, slow);
        self.b.ins().fcmp(float_cc(x.arg), fa, fb)
    }

    fn on_overflow(&mut self, of: ir::Value, slow: Block) {
        let ok = self.b.create_block();
        self.b.ins().brif(of, slow, &[], ok, &[]);
        self.b.switch_to_block(ok);
    }

    /// The inline comparison COMPARE_OP's type feedback allows (two immediate floats, or
    /// two small ints, whose tagging preserves order) as an i8; other operands branch to
    /// `slow`.
    fn fast_compare(&mut self, x: &Ins, a: ir::Value, b: ir::Value, slow: Block) -> ir::Value {
        if self.known_int.contains(&a) && self.known_int.contains(&b) {
            return self.b.ins().icmp(int_cc(x.arg), a, b);
        }
        if let (Some(&fa), Some(&fb)) = (self.known_f64.get(&a), self.known_f64.get(&b)) {
            return self.b.ins().fcmp(float_cc(x.arg), fa, fb);
        }
        let fast = self.b.create_block();
        if x.seen == Opcode::CompareOpFloat {
            self.b.ins().jump(fast, &[]);
            self.b.switch_to_block(fast);
            self.float_compare(x, a, b, slow)
        } else {
            let both = self.b.ins().band(a, b);
            let both = self.b.ins().band_imm_s(both, 1);
            self.b.ins().brif(both, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            self.b.ins().icmp(int_cc(x.arg), a, b)
        }
    }

    /// COMPARE_OP producing a bool object.
    fn compare(&mut self, x: &Ins, a: ir::Value, b: ir::Value) -> ir::Value {
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(slow);
        let c = self.fast_compare(x, a, b, slow);
        let r = self.bool_of(c);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow);
        let opv = self.iconst(x.arg as i64);
        self.at(x);
        let r = self.call(H::rt_compare, &[self.ts, a, b, opv]);
        self.check(r, x);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// COMPARE_OP fused with the POP_JUMP_IF_FALSE/TRUE `j` after it.
    fn compare_branch(&mut self, x: &Ins, j: &Ins, a: ir::Value, b: ir::Value) {
        let slow = self.b.create_block();
        let decide = self.b.create_block();
        self.b.append_block_param(decide, ir::types::I8);
        self.b.set_cold_block(slow);
        let c = self.fast_compare(x, a, b, slow);
        self.b.ins().jump(decide, &[c.into()]);
        self.b.switch_to_block(slow);
        let opv = self.iconst(x.arg as i64);
        self.at(x);
        let r = self.call(H::rt_compare_truth, &[self.ts, a, b, opv]);
        self.check(r, x);
        let c = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.b.ins().jump(decide, &[c.into()]);
        self.b.switch_to_block(decide);
        let c = self.b.block_params(decide)[0];
        let k = self.an.index_of[j.start].expect("jump instruction");
        let target = self.block_at_unit(j.target().unwrap());
        let fall = self.fallthrough_block(k);
        self.branch(c, j.op == Opcode::PopJumpIfTrue, target, fall);
    }

    /// The truth of `v` as an i8 (True/False inline). With `consume`, the reference on
    /// the stack is used up (as POP_JUMP does); otherwise `v` stays.
    fn truth(&mut self, x: &Ins, v: ir::Value, consume: bool) -> ir::Value {
        let zero_int = taipan_runtime::object::Value::small_int_unchecked(0).bits() as i64;
        if self.known_int.contains(&v) {
            // A small int is true unless it is 0 (no reference to drop either).
            return self.b.ins().icmp_imm_s(IntCC::NotEqual, v, zero_int);
        }
        let t = bool_::value_of(true).bits() as i64;
        let f = bool_::value_of(false).bits() as i64;
        let join = self.b.create_block();
        self.b.append_block_param(join, ir::types::I8);
        let not_true = self.b.create_block();
        let slow = self.b.create_block();
        let is_t = self.b.ins().icmp_imm_s(IntCC::Equal, v, t);
        let one = self.b.ins().iconst(ir::types::I8, 1);
        self.b.ins().brif(is_t, join, &[one.into()], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_f = self.b.ins().icmp_imm_s(IntCC::Equal, v, f);
        let zero = self.b.ins().iconst(ir::types::I8, 0);
        let not_bool = self.b.create_block();
        self.b.ins().brif(is_f, join, &[zero.into()], not_bool, &[]);
        self.b.switch_to_block(not_bool);
        // Small ints inline too: true unless 0.
        let tag = self.b.ins().band_imm_s(v, 1);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, zero_int);
        let int_blk = self.b.create_block();
        self.b.ins().brif(tag, int_blk, &[], slow, &[]);
        self.b.switch_to_block(int_blk);
        self.b.ins().jump(join, &[nz.into()]);
        self.b.switch_to_block(slow);
        if !consume {
            self.incref(v);
        }
        self.at(x);
        let r = self.call(H::rt_truth, &[self.ts, v]);
        self.check(r, x);
        let c = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.b.ins().jump(join, &[c.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// FOR_ITER: ranges inline, anything else through the helper.
    fn for_iter(&mut self, k: usize, x: &Ins) {
        let it = self.peek(1);
        let got = self.b.create_block();
        self.b.append_block_param(got, I64);
        let done = self.b.create_block();
        let generic = self.b.create_block();
        let range_blk = self.b.create_block();
        let nonempty = self.b.create_block();
        // A range iterator (the type pointer says so).
        let ty = self.b.ins().load(I64, mf(), it, OFF_TYPE);
        let rt = self.iconst(&range::RANGE_ITER_TYPE.0 as *const _ as i64);
        let is_range = self.b.ins().icmp(IntCC::Equal, ty, rt);
        // Speculating on a range (type feedback), anything else deoptimizes, so the
        // value is a known small int.
        let spec = self.speculate && typing::range_loop(x);
        if spec {
            let deopt = self.deopt_block(x, self.depth);
            self.b.ins().brif(is_range, range_blk, &[], deopt, &[]);
        } else {
            let not_range = self.b.create_block();
            self.b.ins().brif(is_range, range_blk, &[], not_range, &[]);
            self.b.switch_to_block(not_range);
            self.list_iter_step(it, got, generic);
        }
        self.b.switch_to_block(range_blk);
        let rem = self.b.ins().load(I64, mf(), it, range::RANGE_ITER_REMAINING_OFFSET as i32);
        self.b.ins().brif(rem, nonempty, &[], done, &[]);
        self.b.switch_to_block(nonempty);
        let next = self.b.ins().load(I64, mf(), it, range::RANGE_ITER_NEXT_OFFSET as i32);
        let step = self.b.ins().load(I64, mf(), it, range::RANGE_ITER_STEP_OFFSET as i32);
        let n2 = self.b.ins().iadd(next, step);
        self.b.ins().store(mf(), n2, it, range::RANGE_ITER_NEXT_OFFSET as i32);
        let rem2 = self.b.ins().iadd_imm_s(rem, -1);
        self.b.ins().store(mf(), rem2, it, range::RANGE_ITER_REMAINING_OFFSET as i32);
        let tagged = self.b.ins().ishl_imm_s(next, 1);
        let tagged = self.b.ins().bor_imm_s(tagged, 1);
        self.b.ins().jump(got, &[tagged.into()]);
        if !spec {
            // Anything else.
            self.b.switch_to_block(generic);
            self.at(x);
            let r = self.call(H::rt_for_iter, &[self.ts, it]);
            self.check(r, x);
            let ex = self.b.ins().icmp_imm_s(IntCC::Equal, r, EXHAUSTED as i64);
            self.b.ins().brif(ex, done, &[], got, &[r.into()]);
        }
        // Exhausted: drop the iterator and leave the loop.
        let d = self.depth;
        self.b.switch_to_block(done);
        let it2 = self.pop();
        self.decref(it2);
        let target = self.block_at_unit(x.target().unwrap());
        self.b.ins().jump(target, &[]);
        self.depth = d;
        self.b.switch_to_block(got);
        let v = self.b.block_params(got)[0];
        if spec {
            self.known_int.insert(v);
        }
        self.push(v);
        let fall = self.fallthrough_block(k);
        self.b.ins().jump(fall, &[]);
    }
}

/// COMPARE_OP's float comparison (ordered except `!=`, as Python's with NaN).
fn float_cc(arg: u32) -> FloatCC {
    match arg {
        0 => FloatCC::LessThan,
        1 => FloatCC::LessThanOrEqual,
        2 => FloatCC::Equal,
        3 => FloatCC::NotEqual,
        4 => FloatCC::GreaterThan,
        _ => FloatCC::GreaterThanOrEqual,
    }
}

/// Signed comparison of tagged small ints (the tagging preserves order).
fn int_cc(arg: u32) -> IntCC {
    match arg {
        0 => IntCC::SignedLessThan,
        1 => IntCC::SignedLessThanOrEqual,
        2 => IntCC::Equal,
        3 => IntCC::NotEqual,
        4 => IntCC::SignedGreaterThan,
        _ => IntCC::SignedGreaterThanOrEqual,
    }
}
