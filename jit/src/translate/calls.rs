//! CALL: Python functions called inline, everything else through `rt_call`.
//!
//! The inline path does in native code what the interpreter does for
//! CALL_PY_EXACT_ARGS, with every check before the first side effect: the callable is a
//! function whose code is the one the site's [`CallCache`] holds (so the call has
//! exactly its positional parameters), its frame fits in the data stack's current
//! chunk, and neither the recursion limit nor the native nesting limit is reached. It
//! then bumps the data stack, writes the frame header, moves the function and the
//! arguments into the callee's locals, links the frame and calls the callee's native
//! entry directly. A callee that returns a value has its frame released inline; one
//! that leaves to the interpreter (or has no native code yet) is finished by a helper.
//! Any failed check takes `rt_call`, which also fills the cache.

use super::{inline, mf, T, OFF_DEPTH, OFF_IP, OFF_LASTI, OFF_SLOTS, OFF_TYPE};
use crate::analysis::Ins;
use crate::helpers::{CallCache, H, MAX_JIT_DEPTH};
use cranelift_codegen::ir::{self, condcodes::IntCC, types::{I32, I64, I8}, InstBuilder};
use std::mem::offset_of;
use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::interp::frame::{self as frame, Frame};
use taipan_runtime::interp::ThreadState;
use taipan_runtime::object::Value;
use taipan_runtime::objects::function;

const TS_TOP: i32 = (offset_of!(ThreadState, datastack) + frame::DATASTACK_TOP_OFFSET) as i32;
const TS_LIMIT: i32 = (offset_of!(ThreadState, datastack) + frame::DATASTACK_LIMIT_OFFSET) as i32;
const TS_CHUNK: i32 = (offset_of!(ThreadState, datastack) + frame::DATASTACK_CUR_OFFSET) as i32;
const TS_CURRENT: i32 = offset_of!(ThreadState, current) as i32;
pub(super) const TS_PY_DEPTH: i32 = offset_of!(ThreadState, py_depth) as i32;
pub(super) const TS_LIMIT_DEPTH: i32 = offset_of!(ThreadState, recursion_limit) as i32;
const TS_JIT_DEPTH: i32 = offset_of!(ThreadState, jit_depth) as i32;

const FR_CODE: i32 = offset_of!(Frame, code) as i32;
const FR_FUNC: i32 = offset_of!(Frame, func) as i32;
const FR_GLOBALS: i32 = offset_of!(Frame, globals) as i32;
const FR_BUILTINS: i32 = offset_of!(Frame, builtins) as i32;
const FR_LOCALS: i32 = offset_of!(Frame, locals) as i32;
const FR_PREVIOUS: i32 = offset_of!(Frame, previous) as i32;
const FR_NLOCALS: i32 = offset_of!(Frame, nlocalsplus) as i32;
const FR_FRAME_OBJ: i32 = offset_of!(Frame, frame_obj) as i32;
const FR_KIND: i32 = offset_of!(Frame, kind) as i32;
const FR_IS_ENTRY: i32 = offset_of!(Frame, is_entry) as i32;
const FR_PREV_TOP: i32 = frame::PREV_TOP_OFFSET as i32;
const FR_PREV_CHUNK: i32 = frame::PREV_CHUNK_OFFSET as i32;

const CODE_NLOCALS: i32 = offset_of!(CodeObject, nlocalsplus) as i32;
const CODE_ENTRY: i32 = offset_of!(CodeObject, jit_entry) as i32;

const CACHE_CODE: i32 = offset_of!(CallCache, code) as i32;
const CACHE_BYTES: i32 = offset_of!(CallCache, frame_bytes) as i32;

// The header stores below write a data-stack frame's kind as 0.
const _: () = assert!(frame::FrameKind::DataStack as u8 == 0);

/// The Python function a global named when the code was compiled (both references
/// held by the compiled code).
#[derive(Clone, Copy)]
pub(super) struct Callee {
    pub code: &'static CodeObject,
    pub func: taipan_runtime::object::Value,
}

impl T<'_, '_> {
    /// CALL through `rt_call` (with the site's cache, or 0): returns the result; the
    /// operands are consumed.
    pub(super) fn call_generic(&mut self, x: &Ins, argc: u32, cache: ir::Value) -> ir::Value {
        self.call_through(x, H::rt_call, argc, cache)
    }

    /// CALL through helper `h` (`rt_call`'s signature and contract).
    pub(super) fn call_through(&mut self, x: &Ins, h: H, argc: u32, cache: ir::Value) -> ir::Value {
        let d = self.depth;
        self.flush(d - argc - 2, d);
        let sp = self.stack_addr(d);
        let n = self.iconst(argc as i64);
        let kw = self.iconst(self.kwnames as i64);
        self.kwnames = 0;
        self.depth = d - argc - 2;
        self.helper(x, h, &[self.ts, self.f, sp, n, kw, cache])
    }

    /// CALL followed by GET_ITER where the call made an instance of a type (quickened
    /// CALL_TYPE): while the callable is the builtin `range` and its arguments small
    /// ints (a non-zero step), the range iterator is made directly — the range object
    /// GET_ITER would drop at once is never built. Anything else makes the call and
    /// GET_ITER as written. `None` (nothing emitted) when the site is not such a pair.
    pub(super) fn range_iter_call(&mut self, x: &Ins, argc: u32, k: usize) -> Option<ir::Value> {
        use taipan_runtime::bytecode::opcodes::Opcode as O;
        let y = *self.an.ins.get(k + 1)?;
        if x.seen != O::CallType || y.op != O::GetIter || self.an.leader[k + 1] || self.kwnames != 0 || !(1..=3).contains(&argc) {
            return None;
        }
        let d = self.depth;
        let s0 = d - argc - 2;
        if !self.null_at[s0 as usize] {
            return None;
        }
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(slow);
        let callable = self.b.use_var(self.stack[s0 as usize + 1]);
        let range_ty = self.iconst(&taipan_runtime::objects::range::RANGE_TYPE.0 as *const _ as i64);
        let is_range = self.b.ins().icmp(IntCC::Equal, callable, range_ty);
        self.guard_to(is_range, slow);
        let mut args = Vec::with_capacity(3);
        for j in d - argc..d {
            let a = self.b.use_var(self.stack[j as usize]);
            if !self.known_int.contains(&a) {
                let is_int = self.b.ins().band_imm_s(a, 1);
                self.guard_to(is_int, slow);
            }
            args.push(a);
        }
        let one = self.iconst(Value::small_int_unchecked(1).bits() as i64);
        let zero = self.iconst(Value::small_int_unchecked(0).bits() as i64);
        let (start, stop, step) = match argc {
            1 => (zero, args[0], one),
            2 => (args[0], args[1], one),
            _ => {
                let nonzero = self.b.ins().icmp(IntCC::NotEqual, args[2], zero);
                self.guard_to(nonzero, slow);
                (args[0], args[1], args[2])
            }
        };
        let it = self.call(H::rt_range_iter, &[start, stop, step]);
        if !self.borrowed[s0 as usize + 1] {
            // The count LOAD_GLOBAL took on the static type, which never dies.
            self.count_plain(Value::from_ptr(&taipan_runtime::objects::range::RANGE_TYPE.0 as *const _), -1);
        }
        self.b.ins().jump(join, &[it.into()]);

        // Anything else: the call, then GET_ITER on what it returned.
        self.b.switch_to_block(slow);
        let none = self.iconst(0);
        let r = self.call_generic(x, argc, none);
        let it = self.helper(&y, H::rt_get_iter, &[self.ts, r]);
        self.b.ins().jump(join, &[it.into()]);

        self.b.switch_to_block(join);
        self.depth = s0;
        Some(self.b.block_params(join)[0])
    }

    /// CALL without keywords, inline when the callee is the cached Python function.
    pub(super) fn call_python(&mut self, x: &Ins, argc: u32) -> ir::Value {
        let d = self.depth;
        let s0 = d - argc - 2;
        // A site whose NULL slot is known is a plain call; any other is taken to be a
        // method call (`method self args`), checked below.
        let meth = !self.null_at[s0 as usize];
        // The function the callable's global named when this was compiled, if it can
        // take this call: its code, frame size and local count are then constants.
        let callee = if meth { None } else { self.callee_at[s0 as usize + 1] }
            .filter(|c| c.code.argcount == argc && c.code.kwonlyargcount == 0 && c.code.flags & 0xc == 0 && !c.code.is_generator_like());
        let known = callee.map(|c| c.code);
        let facts = known.map(CalleeFacts::of);
        // The callable slot borrows the known function when LOAD_GLOBAL lent it; a call
        // that will not use the known path needs the reference after all.
        // `lent` is then the function the callee's frame borrows.
        let lent = match (self.owned_unless[s0 as usize + 1].take(), callee) {
            (Some(f), Some(c)) if f == c.func => Some(f),
            (Some(f), _) => {
                let v = self.b.use_var(self.stack[s0 as usize + 1]);
                self.own_if(v, f);
                None
            }
            (None, _) => None,
        };
        let cache: &'static mut CallCache = Box::leak(Box::new(CallCache { code: 0, frame_bytes: 0, meth: meth as u64 }));
        let cache = self.iconst(cache as *mut CallCache as i64);
        self.at(x);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.set_cold_block(slow);

        let first = self.b.use_var(self.stack[s0 as usize]);
        let second = self.b.use_var(self.stack[s0 as usize + 1]);
        let mut moved = Vec::with_capacity(argc as usize + 1);
        let callable = if meth {
            self.guard_to(first, slow);
            moved.push(second);
            first
        } else {
            second
        };
        for j in d - argc..d {
            moved.push(self.b.use_var(self.stack[j as usize]));
        }
        // The callable is the known function (whose code may have been reassigned since)
        // or a function with the cached code.
        let code = match callee {
            Some(c) => {
                let is_f = self.b.ins().icmp_imm_s(IntCC::Equal, callable, c.func.bits() as i64);
                self.guard_to(is_f, slow);
                let code = self.b.ins().load(I64, mf(), callable, function::CODE_OFFSET as i32);
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, code, c.code.as_value().bits() as i64);
                self.guard_to(same, slow);
                code
            }
            None => {
                let tag = self.b.ins().band_imm_s(callable, 7);
                let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
                self.guard_to(is_obj, slow);
                let ty = self.b.ins().load(I64, mf(), callable, OFF_TYPE);
                let is_func = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &function::FUNCTION_TYPE.0 as *const _ as i64);
                self.guard_to(is_func, slow);
                let code = self.b.ins().load(I64, mf(), callable, function::CODE_OFFSET as i32);
                let cached = self.b.ins().load(I64, mf(), cache, CACHE_CODE);
                let same = self.b.ins().icmp(IntCC::Equal, code, cached);
                self.guard_to(same, slow);
                code
            }
        };
        // A callee that only computes on immediates runs inline, with no frame; any
        // case its inline body does not cover makes the call below instead.
        if let Some((c, body)) = callee.zip(known.and_then(inline::pure_body)) {
            let full = self.b.create_block();
            let depth = self.b.ins().load(I32, mf(), self.ts, TS_PY_DEPTH);
            let max = self.b.ins().load(I32, mf(), self.ts, TS_LIMIT_DEPTH);
            let below = self.b.ins().icmp(IntCC::UnsignedLessThan, depth, max);
            self.guard_to(below, full);
            for &a in &moved {
                if !self.known_immediate(a) {
                    let tag = self.b.ins().band_imm_s(a, 7);
                    self.guard_to(tag, full);
                }
            }
            let r = self.inline_pure(c.code, &body, &moved, full);
            // The callable slot's reference, unless it borrowed the function.
            if lent.is_none() {
                self.count_plain(c.func, -1);
            }
            self.b.ins().jump(done, &[r.into()]);
            self.b.switch_to_block(full);
        } else if let Some((c, p)) = callee.and_then(|c| Some((c, self.frameless_calls.get(&c.func.bits()).copied()?))).filter(|(c, p)| std::ptr::eq(p.code, c.code)) {
            // A frameless callee (`frameless`) runs without a frame unless it meets a
            // case it does not cover; then the call below runs it from the start.
            let full = self.b.create_block();
            let r = self.enter_frameless(&p, &moved, full);
            if lent.is_none() {
                self.count_plain(c.func, -1);
            }
            self.b.ins().jump(done, &[r.into()]);
            self.b.switch_to_block(full);
        }
        // Room in the data stack's chunk, depth below both limits.
        let bytes = match known {
            Some(k) => self.iconst((Frame::size_words(k) * 8) as i64),
            None => self.b.ins().load(I64, mf(), cache, CACHE_BYTES),
        };
        let top = self.b.ins().load(I64, mf(), self.ts, TS_TOP);
        let limit = self.b.ins().load(I64, mf(), self.ts, TS_LIMIT);
        let new_top = self.b.ins().iadd(top, bytes);
        let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, new_top, limit);
        self.guard_to(fits, slow);
        let depth = self.b.ins().load(I32, mf(), self.ts, TS_PY_DEPTH);
        let max = self.b.ins().load(I32, mf(), self.ts, TS_LIMIT_DEPTH);
        let below = self.b.ins().icmp(IntCC::UnsignedLessThan, depth, max);
        self.guard_to(below, slow);
        let jd = self.b.ins().load(I32, mf(), self.ts, TS_JIT_DEPTH);
        let jd_ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, jd, MAX_JIT_DEPTH as i64);
        self.guard_to(jd_ok, slow);

        // Push and fill the frame (Frame::init_moved plus the link run_callee makes).
        self.b.ins().store(mf(), new_top, self.ts, TS_TOP);
        let nf = top;
        let chunk = self.b.ins().load(I64, mf(), self.ts, TS_CHUNK);
        let (globals, builtins) = match callee {
            // A function's globals and builtins never change.
            Some(c) => {
                let f = function::as_function(c.func);
                (self.iconst(f.globals().bits() as i64), self.iconst(f.builtins().bits() as i64))
            }
            None => (
                self.b.ins().load(I64, mf(), callable, function::GLOBALS_OFFSET as i32),
                self.b.ins().load(I64, mf(), callable, function::BUILTINS_OFFSET as i32),
            ),
        };
        let nlocals = match known {
            Some(k) => self.b.ins().iconst(I32, k.nlocalsplus as i64),
            None => self.b.ins().load(I32, mf(), code, CODE_NLOCALS),
        };
        let zero = self.iconst(0);
        let zero32 = self.b.ins().iconst(I32, 0);
        let zero8 = self.b.ins().iconst(I8, 0);
        for (off, val) in [
            (FR_CODE, code),
            (FR_FUNC, callable),
            (FR_GLOBALS, globals),
            (FR_BUILTINS, builtins),
            (FR_LOCALS, zero),
            (FR_PREVIOUS, self.f),
            (FR_FRAME_OBJ, zero),
            (FR_PREV_TOP, top),
            (FR_PREV_CHUNK, chunk),
            (OFF_IP, zero32),
            (OFF_LASTI, zero32),
            (OFF_DEPTH, zero32),
            (FR_NLOCALS, nlocals),
            (FR_KIND, zero8),
            (FR_IS_ENTRY, zero8),
        ] {
            self.b.ins().store(mf(), val, nf, off);
        }
        for (i, &v) in moved.iter().enumerate() {
            self.b.ins().store(mf(), v, nf, OFF_SLOTS + 8 * i as i32);
        }
        match known {
            Some(k) => {
                let zero = self.iconst(0);
                for i in moved.len() as u32..k.nlocalsplus {
                    self.b.ins().store(mf(), zero, nf, OFF_SLOTS + 8 * i as i32);
                }
            }
            None => self.null_locals(nf, moved.len() as i64, nlocals),
        }
        self.b.ins().store(mf(), nf, self.ts, TS_CURRENT);
        let depth1 = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(mf(), depth1, self.ts, TS_PY_DEPTH);
        let jd1 = self.b.ins().iadd_imm_s(jd, 1);
        self.b.ins().store(mf(), jd1, self.ts, TS_JIT_DEPTH);

        // Run it.
        let native = self.b.create_block();
        let interp = self.b.create_block();
        let returned = self.b.create_block();
        let resume = self.b.create_block();
        let after = self.b.create_block();
        self.b.append_block_param(after, I64);
        self.b.set_cold_block(interp);
        self.b.set_cold_block(resume);
        let entry = self.b.ins().load(I64, mf(), code, CODE_ENTRY);
        self.b.ins().brif(entry, native, &[], interp, &[]);
        self.b.switch_to_block(native);
        let sig = self.b.func.signature.clone();
        let sig = self.b.import_signature(sig);
        let inst = self.b.ins().call_indirect(sig, entry, &[self.ts, nf]);
        let r = self.b.inst_results(inst)[0];
        self.b.ins().brif(r, returned, &[], resume, &[]);
        self.b.switch_to_block(resume);
        // The runtime finishing the frame releases its function: give it a reference.
        if let Some(f) = lent {
            self.count_plain(f, 1);
        }
        let r2 = self.call(H::rt_resume_pushed, &[self.ts, nf]);
        self.b.ins().jump(after, &[r2.into()]);
        self.b.switch_to_block(interp);
        if let Some(f) = lent {
            self.count_plain(f, 1);
        }
        let r3 = self.call(H::rt_run_pushed, &[self.ts, nf]);
        self.b.ins().jump(after, &[r3.into()]);
        self.b.switch_to_block(returned);
        // Arguments needing no reference counting that the callee never rebinds are
        // still there, uncounted, when it returns: nothing to release for them.
        let skip: Vec<bool> = match &facts {
            Some(k) => (0..k.unassigned.len()).map(|i| i < moved.len() && k.unassigned[i] && self.known_uncounted(moved[i])).collect(),
            None => Vec::new(),
        };
        self.release_frame(nf, callee.zip(facts.as_ref()), &skip, lent.is_some());
        self.b.ins().jump(after, &[r.into()]);
        self.b.switch_to_block(after);
        let res = self.b.block_params(after)[0];
        let jd = self.b.ins().load(I32, mf(), self.ts, TS_JIT_DEPTH);
        let jd = self.b.ins().iadd_imm_s(jd, -1);
        self.b.ins().store(mf(), jd, self.ts, TS_JIT_DEPTH);
        self.b.ins().jump(done, &[res.into()]);

        // Anything else: the helper (operands still in their variables), which takes a
        // reference to the callable.
        self.b.switch_to_block(slow);
        if let Some(f) = lent {
            self.own_if(callable, f);
        }
        self.flush(s0, d);
        let sp = self.stack_addr(d);
        let n = self.iconst(argc as i64);
        let kw = self.iconst(0);
        let r = self.call(H::rt_call, &[self.ts, self.f, sp, n, kw, cache]);
        self.b.ins().jump(done, &[r.into()]);

        self.b.switch_to_block(done);
        self.kwnames = 0;
        self.depth = s0;
        let res = self.b.block_params(done)[0];
        self.check(res, x);
        res
    }

    /// Sets localsplus slots `from..n` of frame `nf` to NULL (`n` an i32 known only at
    /// run time: the cached code decides it).
    fn null_locals(&mut self, nf: ir::Value, from: i64, n: ir::Value) {
        let n = self.b.ins().uextend(I64, n);
        self.each_slot(nf, from, n, |t, p| {
            let zero = t.iconst(0);
            t.b.ins().store(mf(), zero, p, OFF_SLOTS);
        });
    }

    /// Emits `body(frame address + 8 * i)` for each localsplus slot `i` in `from..n` (`n`
    /// an i64 known at run time) of frame `nf`, as a loop; the body adds `OFF_SLOTS`.
    fn each_slot(&mut self, nf: ir::Value, from: i64, n: ir::Value, body: impl FnOnce(&mut Self, ir::Value)) {
        let head = self.b.create_block();
        let blk = self.b.create_block();
        let exit = self.b.create_block();
        self.b.append_block_param(head, I64);
        let start = self.iconst(from);
        self.b.ins().jump(head, &[start.into()]);
        self.b.switch_to_block(head);
        let i = self.b.block_params(head)[0];
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, n);
        self.b.ins().brif(more, blk, &[], exit, &[]);
        self.b.switch_to_block(blk);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let p = self.b.ins().iadd(nf, off);
        body(self, p);
        let i1 = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(head, &[i1.into()]);
        self.b.switch_to_block(exit);
    }

    /// Releases returned callee frame `nf` (`release_frame` inline): its locals, stack
    /// and function are dropped and the data stack popped; a frame with a Python frame
    /// object goes to the runtime, which hands the object a copy first.
    /// `known` is the known callee (with what its bytecode says), `skip` the locals not to
    /// release, `lent` whether the frame borrowed the function.
    fn release_frame(&mut self, nf: ir::Value, known: Option<(Callee, &CalleeFacts)>, skip: &[bool], lent: bool) {
        let has_obj = self.b.create_block();
        let plain = self.b.create_block();
        let out = self.b.create_block();
        self.b.set_cold_block(has_obj);
        let fo = self.b.ins().load(I64, mf(), nf, FR_FRAME_OBJ);
        self.b.ins().brif(fo, has_obj, &[], plain, &[]);
        self.b.switch_to_block(has_obj);
        if let (true, Some((c, _))) = (lent, known) {
            self.count_plain(c.func, 1);
        }
        self.call(H::rt_pop_frame, &[self.ts, nf]);
        self.b.ins().jump(out, &[]);

        self.b.switch_to_block(plain);
        self.b.ins().store(mf(), self.f, self.ts, TS_CURRENT);
        let pd = self.b.ins().load(I32, mf(), self.ts, TS_PY_DEPTH);
        let pd = self.b.ins().iadd_imm_s(pd, -1);
        self.b.ins().store(mf(), pd, self.ts, TS_PY_DEPTH);
        let (from, nl) = match known {
            Some((c, facts)) => {
                // The locals one by one, then whatever the stack still held (nothing,
                // when every return leaves an empty stack).
                let n = c.code.nlocalsplus;
                for i in 0..n {
                    if skip.get(i as usize) == Some(&true) {
                        continue;
                    }
                    let v = self.b.ins().load(I64, mf(), nf, OFF_SLOTS + 8 * i as i32);
                    self.decref(v);
                }
                (n as i64, (!facts.empty_returns).then(|| self.b.ins().iconst(I32, n as i64)))
            }
            None => (0, Some(self.b.ins().load(I32, mf(), nf, FR_NLOCALS))),
        };
        if let Some(nl) = nl {
            let sd = self.b.ins().load(I32, mf(), nf, OFF_DEPTH);
            let n = self.b.ins().iadd(nl, sd);
            let n = self.b.ins().uextend(I64, n);
            self.each_slot(nf, from, n, |t, p| {
                let v = t.b.ins().load(I64, mf(), p, OFF_SLOTS);
                t.decref(v);
            });
        }
        match known {
            // Borrowed from the compiled code: nothing to release.
            Some(_) if lent => {}
            // The known function: compiled code holds a reference, so the count stays
            // above zero.
            Some((c, _)) => self.count_plain(c.func, -1),
            None => {
                let func = self.b.ins().load(I64, mf(), nf, FR_FUNC);
                self.decref(func);
            }
        }
        let prev_top = self.b.ins().load(I64, mf(), nf, FR_PREV_TOP);
        self.b.ins().store(mf(), prev_top, self.ts, TS_TOP);
        self.b.ins().jump(out, &[]);
        self.b.switch_to_block(out);
    }
}

/// What a known callee's bytecode says about the frame it returns from.
struct CalleeFacts {
    /// Per local slot: no instruction stores to it, deletes it or turns it into a cell,
    /// so a parameter among them keeps the argument it was called with.
    unassigned: Vec<bool>,
    /// Every RETURN_VALUE runs with only the return value on the stack: nothing is left
    /// there to release.
    empty_returns: bool,
}

impl CalleeFacts {
    fn of(code: &CodeObject) -> CalleeFacts {
        use taipan_runtime::bytecode::opcodes::Opcode as O;
        let n = code.nlocalsplus as usize;
        let Ok(an) = crate::analysis::analyse(code) else {
            return CalleeFacts { unassigned: vec![false; n], empty_returns: false };
        };
        let mut unassigned = vec![true; n];
        for x in &an.ins {
            if matches!(x.op, O::StoreFast | O::DeleteFast | O::MakeCell) {
                if let Some(k) = unassigned.get_mut(x.arg as usize) {
                    *k = false;
                }
            }
        }
        let empty_returns = an.ins.iter().zip(&an.depth).all(|(x, d)| x.op != O::ReturnValue || d.map_or(true, |d| d == 1));
        CalleeFacts { unassigned, empty_returns }
    }
}
