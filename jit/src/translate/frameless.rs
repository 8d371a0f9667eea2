//! Frameless functions: pure callees that call each other, compiled on their own.
//!
//! A function whose body is pure in the sense of `inline` (it only moves small ints
//! and floats between arguments, locals and constants) except that it also calls
//! global functions that are themselves such functions — `fib` is the example — and
//! reads the objects it is given without changing them (tuples unpacked, `is` and
//! None tests: `check_tree` in binary_trees) can run without frames: while it runs
//! nothing can write a global, rebind a function, free an object or look at a frame,
//! so whatever held when it was entered holds until it returns. Every value it handles
//! is therefore borrowed (from the arguments, the items of tuples reachable from them,
//! or constants): no reference is counted inside. Each member of such a group gets a
//! native function `fn(rem, args…) -> word` that returns the result (borrowed) or 0
//! when it met a case it does not cover: another type, an overflow, a division by
//! zero, the recursion limit (`rem` counts the frames still allowed below it), a
//! pending eval-breaker request. Like an inline body, nothing it did is visible, so a
//! 0 makes the caller run the call the ordinary way, from the start, with frames —
//! where the error, the traceback or the hand-off then happens.
//!
//! The caller checks once, before entering, what the group assumed about globals
//! ([`Guard`]); inside, calls between members are direct native calls with no checks
//! but the recursion limit. On return the caller takes a reference to the result and
//! releases the arguments, as the ordinary call would have.

use super::{mf, T};
use crate::analysis::Analysis;
use cranelift_codegen::ir::{self, condcodes::IntCC, types::{I32, I64}, FuncRef, InstBuilder};
use cranelift_frontend::FunctionBuilder;
use std::collections::HashMap;
use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::object::{incref, Value};
use taipan_runtime::objects::{dict, function};

/// Most functions in one group.
const MAX_GROUP: usize = 8;
/// Longest member, in instructions.
const MAX_MEMBER: usize = 200;
/// Most arguments a member takes (each is a native argument).
const MAX_ARGS: u32 = 6;
/// Deepest frameless nesting (a level is a small native frame; the threads' stacks are
/// far larger), whatever the recursion limit.
pub const MAX_REM: i64 = 20_000;
/// Failed frameless calls after which a site stops trying (each failure ran work that
/// the ordinary call then repeats).
pub const MAX_FAILS: u32 = 1000;

/// What a group assumed when it was compiled: global `name` in `dict` holds `func`,
/// whose code is still `code`. Compiled code checks it quickly — the value at `slot`,
/// which is where the binding lives while the dict's keys version is `version` — and
/// on a miss asks [`rt_frameless_refresh`] to look the binding up again.
#[repr(C)]
pub struct Guard {
    version: u32,
    slot: *const Value,
    dict: Value,
    name: Value,
    func: Value,
    code: Value,
}

const GUARD_VERSION: i32 = std::mem::offset_of!(Guard, version) as i32;
const GUARD_SLOT: i32 = std::mem::offset_of!(Guard, slot) as i32;

/// Re-reads the bindings `n` guards at `g` assumed: 1 when every one still holds its
/// function and code (the guards then describe where they are now), else 0.
///
/// # Safety
/// `g` points to `n` guards of a group (which live for the process).
pub unsafe extern "C" fn rt_frameless_refresh(g: *mut Guard, n: u64) -> u64 {
    // SAFETY: per the contract, `n` guards live at `g`; under the GIL nothing else
    // touches them.
    let guards = unsafe { std::slice::from_raw_parts_mut(g, n as usize) };
    for x in guards {
        if !dict::is_exact_dict(x.dict) {
            return 0;
        }
        let Some(ix) = dict::peek_str_index(x.dict, x.name) else { return 0 };
        let slot = dict::value_slot(x.dict, ix);
        // SAFETY: the slot of an entry just found, read before the dict can change.
        let v = unsafe { *slot };
        if v != x.func || function::code(v).as_value() != x.code {
            return 0;
        }
        x.version = dict::keys_version(x.dict);
        x.slot = slot;
    }
    1
}

/// One function of a group.
pub struct Member {
    /// The function (a reference kept for the compiled code).
    pub func: Value,
    /// Its code.
    pub code: &'static CodeObject,
    /// Its analysis.
    pub an: Analysis,
    /// The function each CALL (by instruction index) calls, with the global name it
    /// is bound to.
    pub sites: HashMap<usize, (Value, Value)>,
}

/// A function and every function it can call, all frameless.
pub struct Group {
    /// The members, the root first.
    pub members: Vec<Member>,
    /// What all of them assume (kept for the process: compiled code points into it).
    pub guards: &'static mut [Guard],
}

/// How compiled code calls a frameless function.
#[derive(Clone, Copy)]
pub struct FramelessCall {
    /// The native function.
    pub fref: FuncRef,
    /// The code it was compiled from.
    pub code: &'static CodeObject,
    /// Checked before entering.
    pub guards: *mut [Guard],
    /// Failures so far (shared by all callers, under the GIL).
    pub fails: *mut u32,
}

/// The frameless group rooted at function `root`, if every function it can reach
/// qualifies.
pub fn group(root: Value) -> Option<Group> {
    let mut members: Vec<Member> = Vec::new();
    let mut todo = vec![root];
    while let Some(f) = todo.pop() {
        if members.iter().any(|m| m.func == f) {
            continue;
        }
        if members.len() == MAX_GROUP {
            return None;
        }
        let m = member(f)?;
        todo.extend(m.sites.values().map(|s| s.0));
        members.push(m);
    }
    let mut guards = Vec::new();
    for m in &members {
        let g = function::as_function(m.func).globals();
        for &(callee, name) in m.sites.values() {
            let ix = dict::peek_str_index(g, name)?;
            let slot = dict::value_slot(g, ix);
            if !guards.iter().any(|x: &Guard| x.slot == slot) {
                guards.push(Guard { version: dict::keys_version(g), slot, dict: g, name, func: callee, code: function::code(callee).as_value() });
            }
        }
    }
    let guards = Box::leak(guards.into_boxed_slice());
    for m in &members {
        // Kept alive for the compiled code, which is never freed.
        incref(m.func);
        incref(m.code.as_value());
    }
    Some(Group { members, guards })
}

/// `f` as a group member: a plain function whose body `inline::scan` accepts with its
/// calls resolved in its globals.
fn member(f: Value) -> Option<Member> {
    if !function::is_function(f) {
        return None;
    }
    let func = function::as_function(f);
    let globals = func.globals();
    let code = function::code(f);
    if !dict::is_exact_dict(globals) || !plain(code) {
        return None;
    }
    let resolve = |name: Value, argc: u32| {
        let v = dict::peek_str(globals, name)?;
        (function::is_function(v) && plain(function::code(v)) && function::code(v).argcount == argc).then_some(v)
    };
    let (an, sites) = super::inline::scan(code, MAX_MEMBER, Some(&resolve))?;
    Some(Member { func: f, code, an, sites })
}

/// A code object whose calls bind exactly its positional parameters and that needs no
/// cells.
fn plain(code: &CodeObject) -> bool {
    code.kwonlyargcount == 0 && code.flags & 0xc == 0 && code.argcount <= MAX_ARGS && !code.is_generator_like() && code.ncells == 0 && code.nfrees == 0
}

/// Emits member `i` of `group`'s native function: `fn(rem, args…) -> word`. `fns` are
/// the members' native functions.
pub fn translate(b: &mut FunctionBuilder, helpers: &[FuncRef], group: &[Member], i: usize, fns: &[FuncRef]) {
    let m = &group[i];
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let zero = b.ins().iconst(I64, 0);
    let mut t = T::new(b, helpers, m.code, &m.an, zero, zero, Value::NULL, vec![None; m.an.ins.len()]);
    t.frameless = Some(super::FramelessCtx { rem: params[0], group, fns, current: i, inlined: false });
    let fail = t.b.create_block();
    t.b.set_cold_block(fail);
    // A pending hand-off or signal is for the ordinary call to serve.
    let bits = t.breaker_bits();
    let go = t.b.create_block();
    t.b.ins().brif(bits, fail, &[], go, &[]);
    t.b.switch_to_block(go);
    let r = t.inline_pure(m.code, &m.an, &params[1..], fail);
    t.b.ins().return_(&[r]);
    t.b.switch_to_block(fail);
    let z = t.iconst(0);
    t.b.ins().return_(&[z]);
}

/// Longest member inlined into another's body (one level deep: a recursive member then
/// makes half as many native calls).
const MAX_INLINED: usize = 60;

impl T<'_, '_> {
    /// CALL `k` inside a frameless body, while the recursion limit allows: the callee's
    /// body inline (one level) or its native function; a 0 from it, and the limit, go
    /// to `bail`.
    pub(super) fn frameless_call(&mut self, k: usize, args: &[ir::Value], bail: ir::Block) -> ir::Value {
        let ctx = self.frameless.expect("CALL outside a frameless body");
        let callee = ctx.group[ctx.current].sites[&k].0;
        let ci = ctx.group.iter().position(|m| m.func == callee).expect("callee in the group");
        let room = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, ctx.rem, 0);
        self.guard_to(room, bail);
        let rem1 = self.b.ins().iadd_imm_s(ctx.rem, -1);
        let m = &ctx.group[ci];
        if !ctx.inlined && m.an.ins.len() <= MAX_INLINED {
            self.frameless = Some(super::FramelessCtx { rem: rem1, current: ci, inlined: true, ..ctx });
            let r = self.inline_pure(m.code, &m.an, args, bail);
            self.frameless = Some(ctx);
            return r;
        }
        let mut all = vec![rem1];
        all.extend_from_slice(args);
        let inst = self.b.ins().call(ctx.fns[ci], &all);
        let r = self.b.inst_results(inst)[0];
        self.guard_to(r, bail);
        r
    }

    /// Calls frameless function `p` from a frame-based caller with `args` (references
    /// the call consumes) when its guards hold and the recursion limit allows; the
    /// result (a new reference), or a jump to `full` (the ordinary call).
    pub(super) fn enter_frameless(&mut self, p: &FramelessCall, args: &[ir::Value], full: ir::Block) -> ir::Value {
        use super::calls::{TS_LIMIT_DEPTH, TS_PY_DEPTH};
        let fails = self.iconst(p.fails as i64);
        let n = self.b.ins().load(I32, mf(), fails, 0);
        let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, n, MAX_FAILS as i64);
        self.guard_to(ok, full);
        let depth = self.b.ins().load(I32, mf(), self.ts, TS_PY_DEPTH);
        let max = self.b.ins().load(I32, mf(), self.ts, TS_LIMIT_DEPTH);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, depth, max);
        self.guard_to(below, full);
        // SAFETY: a group's guards live for the process and are only touched under the
        // GIL (here, while compiling).
        let guards = unsafe { &*p.guards };
        if !guards.is_empty() {
            let refresh = self.b.create_block();
            let enter = self.b.create_block();
            self.b.set_cold_block(refresh);
            for (i, g) in guards.iter().enumerate() {
                let at = self.iconst(g as *const Guard as i64);
                let d = self.iconst(g.dict.bits() as i64);
                let v = self.b.ins().load(I32, mf(), d, dict::KEYS_VERSION_OFFSET as i32);
                let want = self.b.ins().load(I32, mf(), at, GUARD_VERSION);
                let same = self.b.ins().icmp(IntCC::Equal, v, want);
                self.guard_to(same, refresh);
                let s = self.b.ins().load(I64, mf(), at, GUARD_SLOT);
                let f = self.b.ins().load(I64, mf(), s, 0);
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, f, g.func.bits() as i64);
                self.guard_to(same, refresh);
                let c = self.b.ins().load(I64, mf(), f, function::CODE_OFFSET as i32);
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, c, g.code.bits() as i64);
                if i + 1 < guards.len() {
                    self.guard_to(same, refresh);
                } else {
                    self.b.ins().brif(same, enter, &[], refresh, &[]);
                }
            }
            self.b.switch_to_block(refresh);
            let at = self.iconst(guards.as_ptr() as i64);
            let n = self.iconst(guards.len() as i64);
            let ok = self.call(crate::helpers::H::rt_frameless_refresh, &[at, n]);
            self.b.ins().brif(ok, enter, &[], full, &[]);
            self.b.switch_to_block(enter);
        }
        // Frames still allowed below the callee's.
        let rem = self.b.ins().isub(max, depth);
        let rem = self.b.ins().sextend(I64, rem);
        let rem = self.b.ins().iadd_imm_s(rem, -1);
        let cap = self.iconst(MAX_REM);
        let rem = self.b.ins().smin(rem, cap);
        let mut all = vec![rem];
        all.extend_from_slice(args);
        let inst = self.b.ins().call(p.fref, &all);
        let r = self.b.inst_results(inst)[0];
        let failed = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(failed);
        self.b.ins().brif(r, ok, &[], failed, &[]);
        self.b.switch_to_block(failed);
        // Count the failure unless it was an eval-breaker request (not the body's doing).
        let bits = self.breaker_bits();
        let none = self.b.ins().icmp_imm_s(IntCC::Equal, bits, 0);
        let one = self.b.ins().uextend(I32, none);
        let n = self.b.ins().load(I32, mf(), fails, 0);
        let n = self.b.ins().iadd(n, one);
        self.b.ins().store(mf(), n, fails, 0);
        self.b.ins().jump(full, &[]);
        self.b.switch_to_block(ok);
        // The result is borrowed from the arguments (or a constant): a reference of its
        // own first, then the arguments' references (the call consumes them) go.
        self.incref(r);
        for &a in args {
            self.decref(a);
        }
        r
    }
}
