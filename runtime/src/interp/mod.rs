//! Stage 5: the interpreter — fetch, dispatch, execute, over frames on the thread's data
//! stack.
//!
//! `run_frame` is one `loop { match opcode }` over the dense `Opcode` enum (compiled to
//! a jump table), with the instruction index, stack pointer and locals pointer kept in
//! Rust locals. Python-to-Python calls do not recurse on the Rust stack: `CALL` pushes a
//! frame and the same loop continues in it; `RETURN_VALUE` pops it. The loop only
//! recurses (through `call`) when native code calls back into Python — a builtin calling
//! a key function, a dunder invoked by a slot — and `enter_native` bounds that depth.
//!
//! Helpers used by the loop (one line each):
//! - `push!`/`pop!`/`top!`/`peek!`: the evaluation stack through `sp`;
//! - `tri!(expr)`: unwrap a `PyResult`, or leave the dispatch loop with the error;
//! - `save!`/`load!`: write `ip`/`sp` back into the frame / reload them after a switch;
//! - `cache(i)`: the i-th inline cache unit of the current instruction.
//!
//! Errors unwind in `handle_error`: a traceback entry is added, the exception table of
//! the frame is searched, and either the handler runs or the frame is popped and the
//! search continues in the caller (CPython 3.11's zero-cost exceptions).

pub mod call;
pub mod frame;
pub mod native;
pub mod ops;
pub mod repr_guard;
pub mod report;
pub mod specialize;
pub mod state;
pub mod traceback;

use crate::bytecode::code::CodeObject;
use crate::bytecode::opcodes::Opcode;
use crate::errors::{PyErr, PyResult};
use crate::object::{decref, incref, protocol, type_of, BinOp, CompareOp, Obj, Value};
use crate::objects::{bool_, dict, float, function, int, list, singletons, str as pystr, tuple};
use frame::{Frame, FrameKind};
pub use state::{current_module_name, enter_native, thread_state, NativeGuard, ThreadState};

/// How a frame ended.
pub enum Exit {
    /// `return v` (or the end of module code).
    Return(Obj),
    /// `yield v` (generator frames only).
    Yield(Obj),
}

/// Runs `frame` until it returns or yields. The caller has linked it (`previous` set to
/// the current frame, made current, `py_depth` counted). The frame is released when it
/// returns or raises; a yielding frame stays with its generator.
pub fn run_frame(entry: *mut Frame) -> PyResult<Exit> {
    let ts = thread_state();
    // SAFETY: `entry` is a live, initialized frame.
    unsafe { (*entry).is_entry.set(true) };
    let _native = enter_native()?;
    eval_loop(ts, entry)
}

/// Resumes a suspended frame (a generator's) by raising `err` at its current
/// instruction: its exception table decides where execution continues.
pub fn run_frame_throw(entry: *mut Frame, err: PyErr) -> PyResult<Exit> {
    let ts = thread_state();
    // SAFETY: `entry` is a live, suspended frame linked by the caller.
    unsafe { (*entry).is_entry.set(true) };
    let _native = enter_native()?;
    match handle_error(ts, entry, entry, err) {
        Ok(f) => eval_loop(ts, f),
        Err(e) => Err(e),
    }
}

/// Keeps `frame`'s reference to its previous frame consistent on exit paths.
#[inline(always)]
fn leave_frame(ts: &mut ThreadState, f: *mut Frame) {
    // SAFETY: `f` is the current frame.
    ts.current = unsafe { (*f).previous };
}

/// Pops and releases a finished data-stack frame.
#[inline]
fn release_frame(ts: &mut ThreadState, f: *mut Frame) {
    // SAFETY: `f` is finished; nothing refers to its slots any more.
    unsafe {
        let fr = &*f;
        if !fr.frame_obj.get().is_null() {
            traceback::frame_finished(f);
        }
        fr.clear();
        if fr.kind.get() == FrameKind::DataStack {
            ts.datastack.pop(f);
        }
    }
    ts.py_depth -= 1;
}

/// UnboundLocalError for reading localsplus slot `i` (the interpreter's and the JIT's).
pub fn unbound_local(code: &CodeObject, i: usize) -> PyErr {
    let name = pystr::as_str(code.localsplusnames[i]);
    crate::errors::unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

/// The core loop; see the module docs. Returns when `entry` returns or yields.
// The stack macros carry their own `unsafe` blocks so they work anywhere; inside an
// enclosing `unsafe` expression the inner block is redundant, which is harmless.
#[allow(clippy::cognitive_complexity, unused_unsafe)]
#[cold]
fn unreachable_extended_arg() {
    // Folded into the next instruction's argument before dispatch.
    debug_assert!(false, "EXTENDED_ARG dispatched");
}

// The stack macros are `unsafe` blocks that also appear inside other `unsafe` blocks.
#[allow(unused_unsafe)]
fn eval_loop(ts: &mut ThreadState, entry: *mut Frame) -> PyResult<Exit> {
    let mut f: *mut Frame = entry;
    let mut kwnames: Value = Value::NULL;
    'frame: loop {
        // ---- (re)load the frame state into locals ----
        // SAFETY: `f` is the live current frame for this whole block.
        let fr: &Frame = unsafe { &*f };
        let code: &'static CodeObject = fr.code();
        let instrs: *mut u16 = code.code_mut().as_mut_ptr();
        let consts: *const Value = code.consts.as_ptr();
        let names: *const Value = code.names.as_ptr();
        let locals: *mut Value = fr.localsplus();
        let mut ip: usize = fr.ip.get() as usize;
        // SAFETY: stack_depth values are live on the frame's stack.
        let mut sp: *mut Value = unsafe { fr.stack_base().add(fr.stack_depth.get() as usize) };
        let mut lasti: usize;

        macro_rules! push {
            ($v:expr) => {{
                let v: Value = $v;
                // SAFETY: the compiler's stack-depth bound keeps `sp` inside the frame.
                unsafe {
                    *sp = v;
                    sp = sp.add(1);
                }
            }};
        }
        macro_rules! pop {
            () => {{
                // SAFETY: the stack is non-empty here by construction of the bytecode.
                unsafe {
                    sp = sp.sub(1);
                    *sp
                }
            }};
        }
        macro_rules! top {
            () => {
                // SAFETY: non-empty stack.
                unsafe { *sp.sub(1) }
            };
        }
        macro_rules! peek {
            ($n:expr) => {
                // SAFETY: at least $n values on the stack.
                unsafe { *sp.sub($n) }
            };
        }
        macro_rules! set_top {
            ($v:expr) => {
                // SAFETY: non-empty stack.
                unsafe { *sp.sub(1) = $v }
            };
        }
        macro_rules! save {
            () => {{
                fr.ip.set(ip as u32);
                fr.lasti.set(lasti as u32);
                // SAFETY: `sp` is within the frame's stack.
                fr.stack_depth.set(unsafe { sp.offset_from(fr.stack_base()) } as u32);
            }};
        }
        macro_rules! cache {
            ($i:expr) => {
                // SAFETY: instructions with caches are followed by them.
                unsafe { *instrs.add(lasti + 1 + $i) }
            };
        }

        let err: PyErr = 'dispatch: loop {
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'dispatch e,
                    }
                };
            }
            macro_rules! run_native {
                () => {{
                    save!();
                    match native::enter(ts, f) {
                        native::NativeExit::Return(v) => match native_returned(ts, f, v) {
                            Ok(caller) => {
                                f = caller;
                                continue 'frame;
                            }
                            Err(v) => return Ok(Exit::Return(v)),
                        },
                        native::NativeExit::Continue => continue 'frame,
                        native::NativeExit::Error(e) => {
                            // Native code wrote the frame back; unwind from there.
                            ip = fr.ip.get() as usize;
                            lasti = fr.lasti.get() as usize;
                            // SAFETY: stack_depth values are live on the frame's stack.
                            sp = unsafe { fr.stack_base().add(fr.stack_depth.get() as usize) };
                            break 'dispatch e;
                        }
                    }
                }};
            }
            // SAFETY: `ip` stays within the code: every path ends in RETURN/raise/jump.
            let mut word = unsafe { *instrs.add(ip) };
            ip += 1;
            let mut arg = (word >> 8) as u32;
            // EXTENDED_ARG prefixes fold into the argument here rather than being
            // dispatched, so no pending-argument variable lives across every handler.
            while word as u8 == Opcode::ExtendedArg as u8 {
                // SAFETY: EXTENDED_ARG is always followed by the instruction it extends.
                word = unsafe { *instrs.add(ip) };
                ip += 1;
                arg = arg << 8 | (word >> 8) as u32;
            }
            lasti = ip - 1;
            // SAFETY: bytecode holds valid opcodes (compiled, or validated when loaded).
            let op: Opcode = unsafe { std::mem::transmute::<u8, Opcode>(word as u8) };
            match op {
                Opcode::Nop | Opcode::Cache => {}
                Opcode::ExtendedArg => unreachable_extended_arg(),
                Opcode::Resume => {
                    let c = code.counter.get().wrapping_add(1);
                    code.counter.set(c);
                    if ts.eval_breaker() {
                        save!();
                        tri!(ts.handle_eval_breaker());
                    }
                    if c == ts.jit_threshold && crate::jit_hook::enabled() {
                        save!();
                        // SAFETY: `f` is the live current frame.
                        crate::jit_hook::hot(code, unsafe { &*f });
                    }
                    if code.jit_entry.get() != 0 {
                        run_native!();
                    }
                }
                Opcode::LoadConst => {
                    // SAFETY: the compiler emits in-range constant indices.
                    let v = unsafe { *consts.add(arg as usize) };
                    incref(v);
                    push!(v);
                }
                Opcode::LoadFast => {
                    // SAFETY: in-range local index.
                    let v = unsafe { *locals.add(arg as usize) };
                    if v.is_null() {
                        break 'dispatch unbound_local(code, arg as usize);
                    }
                    incref(v);
                    push!(v);
                }
                // Superinstructions (bytecode/quicken.rs): the first half here, the
                // second from the next unit, which then counts as the one executing.
                Opcode::LoadFastLoadFast | Opcode::StoreFastLoadFast | Opcode::LoadFastLoadConst | Opcode::LoadConstLoadFast | Opcode::StoreFastStoreFast => {
                    // SAFETY (whole arm): in-range local/constant indices, and a fused
                    // instruction is always followed by its second half.
                    match op {
                        Opcode::StoreFastLoadFast | Opcode::StoreFastStoreFast => {
                            let v = pop!();
                            unsafe {
                                let slot = locals.add(arg as usize);
                                let old = *slot;
                                *slot = v;
                                decref(old);
                            }
                        }
                        Opcode::LoadConstLoadFast => {
                            let v = unsafe { *consts.add(arg as usize) };
                            incref(v);
                            push!(v);
                        }
                        _ => {
                            let v = unsafe { *locals.add(arg as usize) };
                            if v.is_null() {
                                break 'dispatch unbound_local(code, arg as usize);
                            }
                            incref(v);
                            push!(v);
                        }
                    }
                    let arg2 = unsafe { *instrs.add(ip) } >> 8;
                    lasti = ip;
                    ip += 1;
                    match op {
                        Opcode::StoreFastStoreFast => {
                            let v = pop!();
                            unsafe {
                                let slot = locals.add(arg2 as usize);
                                let old = *slot;
                                *slot = v;
                                decref(old);
                            }
                        }
                        Opcode::LoadFastLoadConst => {
                            let v = unsafe { *consts.add(arg2 as usize) };
                            incref(v);
                            push!(v);
                        }
                        _ => {
                            let v = unsafe { *locals.add(arg2 as usize) };
                            if v.is_null() {
                                break 'dispatch unbound_local(code, arg2 as usize);
                            }
                            incref(v);
                            push!(v);
                        }
                    }
                }
                Opcode::StoreFast => {
                    let v = pop!();
                    // SAFETY: in-range local index.
                    unsafe {
                        let slot = locals.add(arg as usize);
                        let old = *slot;
                        *slot = v;
                        decref(old);
                    }
                }
                Opcode::DeleteFast => {
                    // SAFETY: in-range local index.
                    let slot = unsafe { locals.add(arg as usize) };
                    let old = unsafe { *slot };
                    if old.is_null() {
                        break 'dispatch unbound_local(code, arg as usize);
                    }
                    unsafe { *slot = Value::NULL };
                    decref(old);
                }
                Opcode::PopTop => {
                    let v = pop!();
                    decref(v);
                }
                Opcode::PushNull => push!(Value::NULL),
                Opcode::Copy => {
                    let v = peek!(arg as usize);
                    incref(v);
                    push!(v);
                }
                Opcode::Swap => {
                    // SAFETY: at least `arg` values on the stack.
                    unsafe { std::ptr::swap(sp.sub(1), sp.sub(arg as usize)) };
                }

                // ----- names -----
                Opcode::LoadName => {
                    let name = unsafe { *names.add(arg as usize) };
                    let v = tri!(ops::names::load_name(fr, name));
                    push!(v.into_raw());
                }
                Opcode::StoreName => {
                    let name = unsafe { *names.add(arg as usize) };
                    let v = unsafe { Obj::from_raw(pop!()) };
                    tri!(ops::names::store_name(fr, name, v.value()));
                }
                Opcode::DeleteName => {
                    let name = unsafe { *names.add(arg as usize) };
                    tri!(ops::names::delete_name(fr, name));
                }
                Opcode::LoadGlobal => {
                    let name = unsafe { *names.add((arg >> 1) as usize) };
                    if arg & 1 != 0 {
                        push!(Value::NULL);
                    }
                    let v = tri!(ops::names::load_global(fr, name));
                    specialize::load_global(code, lasti, fr, name);
                    push!(v.into_raw());
                    ip += 5;
                }
                Opcode::LoadGlobalModule => {
                    if arg & 1 != 0 {
                        push!(Value::NULL);
                    }
                    let index = cache!(1) as usize;
                    let version = cache!(2) as u32 | (cache!(3) as u32) << 16;
                    if dict::keys_version(fr.globals) == version {
                        let v = dict::value_at(fr.globals, index);
                        incref(v);
                        push!(v);
                    } else {
                        specialize::deopt(code, lasti, Opcode::LoadGlobal);
                        let name = unsafe { *names.add((arg >> 1) as usize) };
                        let v = tri!(ops::names::load_global(fr, name));
                        push!(v.into_raw());
                    }
                    ip += 5;
                }
                Opcode::LoadGlobalBuiltin => {
                    if arg & 1 != 0 {
                        push!(Value::NULL);
                    }
                    let index = cache!(1) as usize;
                    let gver = cache!(2) as u32 | (cache!(3) as u32) << 16;
                    let bver = cache!(4) as u32;
                    if dict::keys_version(fr.globals) == gver && (dict::keys_version(fr.builtins) & 0xffff) == bver {
                        let v = dict::value_at(fr.builtins, index);
                        incref(v);
                        push!(v);
                    } else {
                        specialize::deopt(code, lasti, Opcode::LoadGlobal);
                        let name = unsafe { *names.add((arg >> 1) as usize) };
                        let v = tri!(ops::names::load_global(fr, name));
                        push!(v.into_raw());
                    }
                    ip += 5;
                }
                Opcode::StoreGlobal => {
                    let name = unsafe { *names.add(arg as usize) };
                    let v = unsafe { Obj::from_raw(pop!()) };
                    dict::set_str(fr.globals, name, v.value());
                }
                Opcode::DeleteGlobal => {
                    let name = unsafe { *names.add(arg as usize) };
                    if tri!(dict::pop(fr.globals, name)).is_none() {
                        break 'dispatch ops::names::name_not_defined(name);
                    }
                }
                Opcode::LoadDeref => {
                    let cell = unsafe { *locals.add(arg as usize) };
                    let v = crate::objects::cell::get(cell);
                    if v.is_null() {
                        break 'dispatch ops::names::unbound_deref(code, arg as usize);
                    }
                    incref(v);
                    push!(v);
                }
                Opcode::StoreDeref => {
                    let cell = unsafe { *locals.add(arg as usize) };
                    let v = pop!();
                    crate::objects::cell::set(cell, unsafe { Obj::from_raw(v) });
                }
                Opcode::DeleteDeref => {
                    let cell = unsafe { *locals.add(arg as usize) };
                    if crate::objects::cell::get(cell).is_null() {
                        break 'dispatch ops::names::unbound_deref(code, arg as usize);
                    }
                    crate::objects::cell::clear(cell);
                }
                Opcode::LoadClosure => {
                    let cell = unsafe { *locals.add(arg as usize) };
                    incref(cell);
                    push!(cell);
                }
                Opcode::LoadClassderef => {
                    let v = tri!(ops::names::load_classderef(fr, arg as usize));
                    push!(v.into_raw());
                }
                Opcode::MakeCell => {
                    let slot = unsafe { locals.add(arg as usize) };
                    let initial = unsafe { *slot };
                    let cell = crate::objects::cell::new(initial);
                    decref(initial);
                    unsafe { *slot = cell.into_raw() };
                }
                Opcode::CopyFreeVars => {
                    let closure = function::closure(fr.func);
                    let cells = tuple::items(closure);
                    let offset = code.nlocalsplus as usize - arg as usize;
                    for (i, &c) in cells.iter().enumerate().take(arg as usize) {
                        incref(c);
                        unsafe { *locals.add(offset + i) = c };
                    }
                }

                // ----- attributes -----
                Opcode::LoadAttr => {
                    let name = unsafe { *names.add(arg as usize) };
                    let obj = unsafe { Obj::from_raw(top!()) };
                    specialize::load_attr(code, lasti, obj.value(), name);
                    // Getters may read the frame's position (`sys._getframe().f_lineno`).
                    fr.lasti.set(lasti as u32);
                    match protocol::getattr(obj.value(), name) {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            set_top!(Value::NULL);
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    drop(obj);
                    ip += 4;
                }
                Opcode::LoadAttrInstanceValue => {
                    let obj = top!();
                    let version = cache!(1) as u32 | (cache!(2) as u32) << 16;
                    let index = cache!(3) as usize;
                    let mut hit = false;
                    if obj.is_ptr() && type_of(obj).version.get() == version {
                        if let Some(store) = crate::object::attrs::AttrStore::of(obj) {
                            if store.dict_value().is_null() {
                                let v = store.slot(index);
                                if !v.is_null() {
                                    incref(v);
                                    set_top!(v);
                                    decref(obj);
                                    hit = true;
                                }
                            }
                        }
                    }
                    if !hit {
                        let name = unsafe { *names.add(arg as usize) };
                        // SAFETY: the stack's reference to `obj` moves into the call.
                        match ops::attr::load_instance_miss(code, lasti, unsafe { Obj::from_raw(obj) }, name) {
                            Ok(v) => set_top!(v.into_raw()),
                            Err(e) => {
                                sp = unsafe { sp.sub(1) };
                                break 'dispatch e;
                            }
                        }
                    }
                    ip += 4;
                }
                Opcode::LoadAttrModule => {
                    let obj = top!();
                    let version = cache!(1) as u32 | (cache!(2) as u32) << 16;
                    let index = cache!(3) as usize;
                    let mut hit = false;
                    if crate::objects::module::is_module(obj) {
                        let d = crate::objects::module::dict(obj);
                        if dict::keys_version(d) == version {
                            let v = dict::value_at(d, index);
                            incref(v);
                            set_top!(v);
                            decref(obj);
                            hit = true;
                        }
                    }
                    if !hit {
                        let name = unsafe { *names.add(arg as usize) };
                        // SAFETY: the stack's reference to `obj` moves into the call.
                        match ops::attr::load_attr_deopt(code, lasti, unsafe { Obj::from_raw(obj) }, name) {
                            Ok(v) => set_top!(v.into_raw()),
                            Err(e) => {
                                sp = unsafe { sp.sub(1) };
                                break 'dispatch e;
                            }
                        }
                    }
                    ip += 4;
                }
                Opcode::LoadAttrClass => {
                    let name = unsafe { *names.add(arg as usize) };
                    // SAFETY: the stack's reference moves into the call.
                    match ops::attr::load_attr_deopt(code, lasti, unsafe { Obj::from_raw(top!()) }, name) {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 4;
                }
                Opcode::StoreAttr => {
                    let name = unsafe { *names.add(arg as usize) };
                    let obj = unsafe { Obj::from_raw(pop!()) };
                    let v = unsafe { Obj::from_raw(pop!()) };
                    tri!(protocol::setattr(obj.value(), name, v.value()));
                    specialize::store_attr(code, lasti, obj.value(), name);
                    ip += 4;
                }
                Opcode::StoreAttrInstanceValue => {
                    let obj = unsafe { Obj::from_raw(pop!()) };
                    let v = unsafe { Obj::from_raw(pop!()) };
                    let version = cache!(1) as u32 | (cache!(2) as u32) << 16;
                    let index = cache!(3) as usize;
                    let mut done = false;
                    if obj.is_ptr() && type_of(obj.value()).version.get() == version {
                        if let Some(store) = crate::object::attrs::AttrStore::of(obj.value()) {
                            done = store.dict_value().is_null() && store.try_set_slot(index, v.value());
                        }
                    }
                    if !done {
                        let name = unsafe { *names.add(arg as usize) };
                        tri!(ops::attr::store_instance_miss(code, lasti, obj.value(), name, v.value()));
                    }
                    ip += 4;
                }
                Opcode::DeleteAttr => {
                    let name = unsafe { *names.add(arg as usize) };
                    let obj = unsafe { Obj::from_raw(pop!()) };
                    tri!(protocol::setattr(obj.value(), name, Value::NULL));
                }
                Opcode::LoadMethod
                | Opcode::LoadMethodWithValues
                | Opcode::LoadMethodNoDict
                | Opcode::LoadMethodModule => {
                    let name = unsafe { *names.add(arg as usize) };
                    let obj = top!();
                    let (meth, self_) = tri!(ops::attr::load_method(code, lasti, op, obj, name));
                    // Stack: (obj -- meth self) or (obj -- NULL attr)
                    match self_ {
                        true => {
                            set_top!(meth.into_raw());
                            push!(obj);
                        }
                        false => {
                            set_top!(Value::NULL);
                            push!(meth.into_raw());
                            decref(obj);
                        }
                    }
                    ip += 7;
                }

                // ----- operators -----
                Opcode::BinaryOp => {
                    let b = pop!();
                    let a = top!();
                    specialize::binary_op(code, lasti, a, b, arg);
                    let r = ops::arith::binary_op(a, b, arg);
                    decref(a);
                    decref(b);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 1;
                }
                Opcode::BinaryOpAddInt | Opcode::BinaryOpSubtractInt | Opcode::BinaryOpMultiplyInt | Opcode::BinaryOpIntOther => {
                    let b = pop!();
                    let a = top!();
                    if Value::both_small_ints(a, b) {
                        let (x, y) = (a.as_small_int(), b.as_small_int());
                        let fast = match op {
                            Opcode::BinaryOpAddInt => Value::small_int(x + y),
                            Opcode::BinaryOpSubtractInt => Value::small_int(x - y),
                            Opcode::BinaryOpMultiplyInt => x.checked_mul(y).and_then(Value::small_int),
                            _ => ops::arith::small_int_other(x, y, arg),
                        };
                        if let Some(v) = fast {
                            set_top!(v);
                            ip += 1;
                            continue 'dispatch;
                        }
                        match int::binary(a, b, BinOp::ALL[(arg % 13) as usize]) {
                            Ok(v) if arg < 13 => {
                                set_top!(v.into_raw());
                                ip += 1;
                                continue 'dispatch;
                            }
                            Ok(v) => {
                                set_top!(v.into_raw());
                                ip += 1;
                                continue 'dispatch;
                            }
                            Err(e) => {
                                sp = unsafe { sp.sub(1) };
                                break 'dispatch e;
                            }
                        }
                    }
                    specialize::deopt(code, lasti, Opcode::BinaryOp);
                    let r = ops::arith::binary_op(a, b, arg);
                    decref(a);
                    decref(b);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 1;
                }
                Opcode::BinaryOpAddFloat | Opcode::BinaryOpSubtractFloat | Opcode::BinaryOpMultiplyFloat | Opcode::BinaryOpFloatOther => {
                    let b = pop!();
                    let a = top!();
                    let fa = if a.is_immediate_float() { Some(a.as_immediate_float()) } else if a.is_small_int() { Some(a.as_small_int() as f64) } else { None };
                    let fb = if b.is_immediate_float() { Some(b.as_immediate_float()) } else if b.is_small_int() { Some(b.as_small_int() as f64) } else { None };
                    if let (Some(x), Some(y)) = (fa, fb) {
                        if !(a.is_small_int() && b.is_small_int()) {
                            let r = match op {
                                Opcode::BinaryOpAddFloat => Some(x + y),
                                Opcode::BinaryOpSubtractFloat => Some(x - y),
                                Opcode::BinaryOpMultiplyFloat => Some(x * y),
                                // True division (either form) by a non-zero divisor.
                                _ if arg % 13 == 11 && y != 0.0 => Some(x / y),
                                _ => None,
                            };
                            if let Some(r) = r {
                                set_top!(float::from_f64(r).into_raw());
                                ip += 1;
                                continue 'dispatch;
                            }
                            match float::binary_f64(x, y, BinOp::ALL[(arg % 13) as usize]) {
                                Ok(v) if !crate::objects::singletons::is_not_implemented(v.value()) => {
                                    set_top!(v.into_raw());
                                    ip += 1;
                                    continue 'dispatch;
                                }
                                Ok(_) => {}
                                Err(e) => {
                                    sp = unsafe { sp.sub(1) };
                                    break 'dispatch e;
                                }
                            }
                        }
                    }
                    specialize::deopt(code, lasti, Opcode::BinaryOp);
                    let r = ops::arith::binary_op(a, b, arg);
                    decref(a);
                    decref(b);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 1;
                }
                Opcode::BinaryOpAddUnicode => {
                    let b = pop!();
                    let a = top!();
                    let r = if pystr::is_exact_str(a) && pystr::is_exact_str(b) {
                        Ok(pystr::concat(a, b))
                    } else {
                        specialize::deopt(code, lasti, Opcode::BinaryOp);
                        ops::arith::binary_op(a, b, arg)
                    };
                    decref(a);
                    decref(b);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 1;
                }
                Opcode::UnaryNegative => {
                    let a = top!();
                    let r = if a.is_small_int() && a.as_small_int() != crate::object::value::SMALL_INT_MIN {
                        Ok(Obj::small_int(-a.as_small_int()))
                    } else if a.is_immediate_float() {
                        Ok(float::from_f64(-a.as_immediate_float()))
                    } else {
                        protocol::neg(a)
                    };
                    decref(a);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }
                Opcode::UnaryPositive | Opcode::UnaryInvert => {
                    let a = top!();
                    let r = if op == Opcode::UnaryPositive { protocol::pos(a) } else { protocol::invert(a) };
                    decref(a);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }
                Opcode::UnaryNot => {
                    let a = top!();
                    let r = protocol::is_true(a);
                    decref(a);
                    match r {
                        Ok(t) => set_top!(bool_::value_of(!t)),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }
                Opcode::CompareOp => {
                    let b = pop!();
                    let a = top!();
                    specialize::compare_op(code, lasti, a, b);
                    let r = protocol::rich_compare(a, b, CompareOp::from_u8(arg as u8));
                    decref(a);
                    decref(b);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 1;
                }
                Opcode::CompareOpInt | Opcode::CompareOpFloat | Opcode::CompareOpStr => {
                    let cmp = CompareOp::from_u8(arg as u8);
                    // Small ints compared for a branch (`if i < n:`): decide the jump
                    // here and skip the POP_JUMP, with no bool on the stack (CPython
                    // 3.11's COMPARE_OP_INT_JUMP, done at run time).
                    if Value::both_small_ints(peek!(2), top!()) {
                        // SAFETY: COMPARE_OP has one cache unit; an instruction follows it.
                        let next = unsafe { *instrs.add(ip + 1) };
                        let nop = next as u8;
                        if nop == Opcode::PopJumpIfFalse as u8 || nop == Opcode::PopJumpIfTrue as u8 {
                            let t = cmp.test(peek!(2).as_small_int().cmp(&top!().as_small_int()));
                            sp = unsafe { sp.sub(2) };
                            ip += 2;
                            if t == (nop == Opcode::PopJumpIfTrue as u8) {
                                ip += (next >> 8) as usize;
                            }
                            continue 'dispatch;
                        }
                    }
                    let b = pop!();
                    let a = top!();
                    let fast = if Value::both_small_ints(a, b) {
                        Some(cmp.test(a.as_small_int().cmp(&b.as_small_int())))
                    } else if a.is_immediate_float() && b.is_immediate_float() {
                        Some(match a.as_immediate_float().partial_cmp(&b.as_immediate_float()) {
                            Some(o) => cmp.test(o),
                            None => cmp == CompareOp::Ne,
                        })
                    } else if pystr::is_exact_str(a) && pystr::is_exact_str(b) {
                        Some(match cmp {
                            CompareOp::Eq => pystr::eq(a, b),
                            CompareOp::Ne => !pystr::eq(a, b),
                            _ => cmp.test(crate::objects::str_methods::compare(a, b)),
                        })
                    } else {
                        None
                    };
                    let r = match fast {
                        Some(t) => Ok(bool_::from_bool(t)),
                        None => {
                            specialize::deopt(code, lasti, Opcode::CompareOp);
                            protocol::rich_compare(a, b, cmp)
                        }
                    };
                    decref(a);
                    decref(b);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 1;
                }
                Opcode::IsOp => {
                    let b = pop!();
                    let a = top!();
                    let r = (a == b) != (arg == 1);
                    decref(a);
                    decref(b);
                    set_top!(bool_::value_of(r));
                }
                Opcode::ContainsOp => {
                    let b = pop!();
                    let a = top!();
                    let r = protocol::contains(b, a);
                    decref(a);
                    decref(b);
                    match r {
                        Ok(t) => set_top!(bool_::value_of(t != (arg == 1))),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }

                // ----- subscripts -----
                Opcode::BinarySubscr | Opcode::BinarySubscrListInt | Opcode::BinarySubscrTupleInt | Opcode::BinarySubscrDict => {
                    let key = pop!();
                    let container = top!();
                    let r = ops::subscr::binary_subscr(code, lasti, op, container, key);
                    decref(key);
                    decref(container);
                    match r {
                        Ok(v) => set_top!(v.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                    ip += 1;
                }
                Opcode::StoreSubscr | Opcode::StoreSubscrListInt | Opcode::StoreSubscrDict => {
                    let key = unsafe { Obj::from_raw(pop!()) };
                    let container = unsafe { Obj::from_raw(pop!()) };
                    let v = unsafe { Obj::from_raw(pop!()) };
                    tri!(ops::subscr::store_subscr(code, lasti, op, container.value(), key.value(), v));
                    ip += 1;
                }
                Opcode::DeleteSubscr => {
                    let key = unsafe { Obj::from_raw(pop!()) };
                    let container = unsafe { Obj::from_raw(pop!()) };
                    tri!(protocol::delitem(container.value(), key.value()));
                }
                Opcode::BuildSlice => {
                    let step = if arg == 3 { unsafe { Obj::from_raw(pop!()) } } else { singletons::none_obj() };
                    let stop = unsafe { Obj::from_raw(pop!()) };
                    let start = unsafe { Obj::from_raw(pop!()) };
                    push!(crate::objects::slice::new(start, stop, step).into_raw());
                }

                // ----- building -----
                Opcode::BuildTuple => {
                    let n = arg as usize;
                    let t = tuple::alloc_of(&tuple::TUPLE_TYPE, n);
                    for i in (0..n).rev() {
                        tuple::init_item(&t, i, unsafe { Obj::from_raw(pop!()) });
                    }
                    push!(if n == 0 { Obj::new_ref(tuple::empty()).into_raw() } else { t.into_raw() });
                }
                Opcode::BuildList => {
                    let n = arg as usize;
                    let mut items = Vec::with_capacity(n);
                    // SAFETY: the n items are the top of the stack; ownership moves.
                    unsafe {
                        sp = sp.sub(n);
                        for i in 0..n {
                            items.push(Obj::from_raw(*sp.add(i)));
                        }
                    }
                    push!(list::new(items).into_raw());
                }
                Opcode::BuildSet => {
                    let n = arg as usize;
                    let mut items = Vec::with_capacity(n);
                    unsafe {
                        sp = sp.sub(n);
                        for i in 0..n {
                            items.push(Obj::from_raw(*sp.add(i)));
                        }
                    }
                    let s = tri!(crate::objects::set::new_set(items));
                    push!(s.into_raw());
                }
                Opcode::BuildMap => {
                    let n = arg as usize;
                    let d = dict::new();
                    let mut pairs = Vec::with_capacity(n);
                    unsafe {
                        sp = sp.sub(2 * n);
                        for i in 0..n {
                            pairs.push((Obj::from_raw(*sp.add(2 * i)), Obj::from_raw(*sp.add(2 * i + 1))));
                        }
                    }
                    for (k, v) in &pairs {
                        tri!(dict::set(d.value(), k.value(), v.value()));
                    }
                    push!(d.into_raw());
                }
                Opcode::BuildConstKeyMap => {
                    let n = arg as usize;
                    let keys = unsafe { Obj::from_raw(pop!()) };
                    if !tuple::is_tuple(keys.value()) || tuple::len(keys.value()) != n {
                        break 'dispatch crate::errors::system_error("bad BUILD_CONST_KEY_MAP keys");
                    }
                    let d = dict::new();
                    let mut vals = Vec::with_capacity(n);
                    unsafe {
                        sp = sp.sub(n);
                        for i in 0..n {
                            vals.push(Obj::from_raw(*sp.add(i)));
                        }
                    }
                    for (k, v) in tuple::items(keys.value()).iter().zip(vals.iter()) {
                        tri!(dict::set(d.value(), *k, v.value()));
                    }
                    push!(d.into_raw());
                }
                Opcode::BuildString => {
                    let n = arg as usize;
                    // SAFETY: the top `n` values are the pieces; their references move
                    // into the helper.
                    let pieces = unsafe {
                        sp = sp.sub(n);
                        std::slice::from_raw_parts(sp, n)
                    };
                    let r = tri!(ops::build::build_string(pieces));
                    push!(r.into_raw());
                }
                Opcode::ListAppend => {
                    let v = pop!();
                    let l = peek!(arg as usize);
                    list::append(l, unsafe { Obj::from_raw(v) });
                }
                Opcode::SetAdd => {
                    let v = unsafe { Obj::from_raw(pop!()) };
                    let s = peek!(arg as usize);
                    tri!(crate::objects::set::add(s, v.value()));
                }
                Opcode::MapAdd => {
                    let v = unsafe { Obj::from_raw(pop!()) };
                    let k = unsafe { Obj::from_raw(pop!()) };
                    let d = peek!(arg as usize);
                    tri!(dict::set(d, k.value(), v.value()));
                }
                Opcode::ListExtend => {
                    let it = unsafe { Obj::from_raw(pop!()) };
                    let l = peek!(arg as usize);
                    tri!(ops::build::list_extend(l, it.value()));
                }
                Opcode::SetUpdate => {
                    let it = unsafe { Obj::from_raw(pop!()) };
                    let s = peek!(arg as usize);
                    for x in tri!(crate::objects::iter::collect(it.value())) {
                        tri!(crate::objects::set::add(s, x.value()));
                    }
                }
                Opcode::DictUpdate => {
                    let m = unsafe { Obj::from_raw(pop!()) };
                    let d = peek!(arg as usize);
                    tri!(ops::build::dict_update(d, m.value()));
                }
                Opcode::DictMerge => {
                    let m = unsafe { Obj::from_raw(pop!()) };
                    let d = peek!(arg as usize);
                    // The callable sits below the dict being built (for the message).
                    let func = peek!(arg as usize + 2);
                    tri!(ops::build::dict_merge(func, d, m.value()));
                }
                Opcode::ListToTuple => {
                    let l = unsafe { Obj::from_raw(top!()) };
                    set_top!(tuple::from_slice(list::items(l.value())).into_raw());
                }
                Opcode::UnpackSequence | Opcode::UnpackSequenceTwoTuple => {
                    let seq = unsafe { Obj::from_raw(pop!()) };
                    let n = arg as usize;
                    if tuple::is_exact_tuple(seq.value()) && tuple::len(seq.value()) == n {
                        for &x in tuple::items(seq.value()).iter().rev() {
                            incref(x);
                            push!(x);
                        }
                    } else if list::is_exact_list(seq.value()) && list::len(seq.value()) == n {
                        for &x in list::items(seq.value()).iter().rev() {
                            incref(x);
                            push!(x);
                        }
                    } else {
                        let items = tri!(ops::build::unpack_iterable(seq.value(), n, None));
                        for x in items.into_iter().rev() {
                            push!(x.into_raw());
                        }
                    }
                    ip += 1;
                }
                Opcode::UnpackEx => {
                    let seq = unsafe { Obj::from_raw(pop!()) };
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tri!(ops::build::unpack_iterable(seq.value(), before, Some(after)));
                    for x in items.into_iter().rev() {
                        push!(x.into_raw());
                    }
                }
                Opcode::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    let v = unsafe { Obj::from_raw(pop!()) };
                    let r = tri!(ops::build::format_value(v.value(), arg & 3, spec.as_ref().map(|s| s.value())));
                    push!(r.into_raw());
                }

                // ----- control flow -----
                Opcode::JumpForward => {
                    ip += arg as usize;
                }
                Opcode::JumpBackward => {
                    ip -= arg as usize;
                    let c = code.counter.get().wrapping_add(1);
                    code.counter.set(c);
                    if ts.eval_breaker() {
                        save!();
                        tri!(ts.handle_eval_breaker());
                    }
                    // A hot loop continues in native code from its header (on-stack
                    // replacement), whether this frame started natively or not.
                    if c == ts.jit_threshold && crate::jit_hook::enabled() {
                        save!();
                        // SAFETY: `f` is the live current frame.
                        crate::jit_hook::hot(code, unsafe { &*f });
                    }
                    if code.jit_entry.get() != 0 {
                        run_native!();
                    }
                }
                Opcode::JumpBackwardNoInterrupt => {
                    ip -= arg as usize;
                }
                Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                    let v = pop!();
                    let t = if v == bool_::true_value() {
                        true
                    } else if v == bool_::false_value() {
                        false
                    } else {
                        let r = protocol::is_true(v);
                        decref(v);
                        tri!(r)
                    };
                    if t == (op == Opcode::PopJumpIfTrue) {
                        ip += arg as usize;
                    }
                }
                Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                    let v = pop!();
                    let is_none = v == singletons::none();
                    decref(v);
                    if is_none == (op == Opcode::PopJumpIfNone) {
                        ip += arg as usize;
                    }
                }
                Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                    let v = top!();
                    let t = tri!(protocol::is_true(v));
                    if t == (op == Opcode::JumpIfTrueOrPop) {
                        ip += arg as usize;
                    } else {
                        let _ = pop!();
                        decref(v);
                    }
                }
                Opcode::GetIter => {
                    let v = top!();
                    let r = protocol::get_iter(v);
                    decref(v);
                    match r {
                        Ok(it) => set_top!(it.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }
                Opcode::ForIter | Opcode::ForIterRange | Opcode::ForIterList => {
                    let it = top!();
                    let next = if op == Opcode::ForIterRange && crate::object::is_type(it, &crate::objects::range::RANGE_ITER_TYPE) {
                        match crate::objects::range::range_iter_next_small(it) {
                            Some(i) => Some(Value::small_int_unchecked(i)),
                            None => None,
                        }
                    } else if op == Opcode::ForIterList && crate::objects::iter::is_list_iter(it) {
                        crate::objects::iter::list_iter_next(it).map(Obj::into_raw)
                    } else {
                        if op != Opcode::ForIter {
                            specialize::deopt(code, lasti, Opcode::ForIter);
                        } else {
                            specialize::for_iter(code, lasti, it);
                        }
                        tri!(protocol::next(it)).map(Obj::into_raw)
                    };
                    ip += 1;
                    match next {
                        Some(v) => push!(v),
                        None => {
                            let _ = pop!();
                            decref(it);
                            ip += arg as usize;
                        }
                    }
                }
                Opcode::ReturnValue => {
                    let v = pop!();
                    save!();
                    let caller = fr.previous;
                    let is_entry = fr.is_entry.get();
                    leave_frame(ts, f);
                    release_frame(ts, f);
                    if is_entry {
                        // SAFETY: the returned reference moves to the caller.
                        return Ok(Exit::Return(unsafe { Obj::from_raw(v) }));
                    }
                    f = caller;
                    // SAFETY: the caller frame is live; push the result on its stack.
                    unsafe {
                        let cf = &*f;
                        let csp = cf.stack_base().add(cf.stack_depth.get() as usize);
                        *csp = v;
                        cf.stack_depth.set(cf.stack_depth.get() + 1);
                    }
                    continue 'frame;
                }

                // ----- calls -----
                Opcode::KwNames => {
                    kwnames = unsafe { *consts.add(arg as usize) };
                }
                Opcode::Call | Opcode::CallPyExactArgs | Opcode::CallBuiltin | Opcode::CallType => {
                    let argc = arg as usize;
                    let is_meth = !peek!(argc + 2).is_null();
                    let total = argc + is_meth as usize;
                    let callable = if is_meth { peek!(argc + 2) } else { peek!(argc + 1) };
                    // SAFETY: the arguments are the top `total` stack values.
                    let args: &[Value] = unsafe { std::slice::from_raw_parts(sp.sub(total), total) };
                    let kw = kwnames;
                    kwnames = Value::NULL;
                    if kw.is_null() {
                        specialize::call(code, lasti, callable, total);
                    }
                    ip += 3;
                    // A Python function with exactly its positional arguments: the callee's
                    // frame takes over the stack's references to the function and the
                    // arguments (no counting), and the same loop continues in it.
                    if kw.is_null() && function::is_function(callable) && call::exact_args(callable, total) {
                        save!();
                        // SAFETY: the function and its `total` arguments are the stack's
                        // owned values; they move into the new frame.
                        let nf = unsafe { call::push_frame_moving(ts, callable, sp.sub(total), total) };
                        unsafe {
                            sp = sp.sub(total + 1);
                            if !is_meth {
                                sp = sp.sub(1);
                            }
                        }
                        save!();
                        // SAFETY: `nf` is initialized; linked here.
                        unsafe { (*nf).previous = f };
                        ts.current = nf;
                        ts.py_depth += 1;
                        if ts.py_depth > ts.recursion_limit {
                            ts.py_depth -= 1;
                            ts.current = f;
                            release_frame_no_depth(ts, nf);
                            break 'dispatch crate::errors::recursion_error("maximum recursion depth exceeded");
                        }
                        f = nf;
                        continue 'frame;
                    }
                    // A Python function: push its frame and continue here.
                    if function::is_function(callable) && !function::code(callable).is_generator_like() {
                        save!();
                        let new = call::prepare_frame(ts, callable, args, kw);
                        // The callee took new references to the arguments; drop the stack's.
                        unsafe {
                            for i in 0..total {
                                decref(*sp.sub(i + 1));
                            }
                            sp = sp.sub(total);
                            let c = pop!();
                            decref(c);
                            if !is_meth {
                                let n = pop!();
                                debug_assert!(n.is_null());
                            }
                        }
                        save!();
                        match new {
                            Ok(nf) => {
                                // SAFETY: `nf` is initialized and linked below.
                                unsafe { (*nf).previous = f };
                                ts.current = nf;
                                ts.py_depth += 1;
                                if ts.py_depth > ts.recursion_limit {
                                    ts.py_depth -= 1;
                                    ts.current = f;
                                    release_frame_no_depth(ts, nf);
                                    break 'dispatch crate::errors::recursion_error("maximum recursion depth exceeded");
                                }
                                f = nf;
                                continue 'frame;
                            }
                            Err(e) => break 'dispatch e,
                        }
                    }
                    save!();
                    let r = call::call(callable, args, kw);
                    unsafe {
                        for i in 0..total {
                            decref(*sp.sub(i + 1));
                        }
                        sp = sp.sub(total);
                        let c = pop!();
                        decref(c);
                        if !is_meth {
                            let _ = pop!();
                        }
                    }
                    match r {
                        Ok(v) => push!(v.into_raw()),
                        Err(e) => break 'dispatch e,
                    }
                }
                Opcode::CallFunctionEx => {
                    let kwargs = if arg & 1 != 0 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    let args = unsafe { Obj::from_raw(pop!()) };
                    let func = unsafe { Obj::from_raw(pop!()) };
                    let null = pop!();
                    decref(null);
                    save!();
                    let r = tri!(call::call_ex(func.value(), args.value(), kwargs.as_ref().map(|k| k.value())));
                    push!(r.into_raw());
                }
                Opcode::MakeFunction => {
                    let code_obj = unsafe { Obj::from_raw(pop!()) };
                    let closure = if arg & 8 != 0 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    let annotations = if arg & 4 != 0 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    let defaults = if arg & 1 != 0 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    // Compiled code always passes these types; bytecode from a file is
                    // checked here rather than trusted (def time, not a hot path).
                    if let Err(e) = ops::build::check_function_parts(code_obj.value(), defaults.as_ref(), kwdefaults.as_ref(), closure.as_ref()) {
                        break 'dispatch e;
                    }
                    let f2 = function::new(code_obj, fr.globals, defaults, kwdefaults, annotations, closure);
                    push!(f2.into_raw());
                }
                Opcode::LoadBuildClass => {
                    let v = tri!(ops::names::load_builtin(fr, "__build_class__"));
                    push!(v.into_raw());
                }

                // ----- exceptions -----
                Opcode::RaiseVarargs => {
                    let cause = if arg == 2 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    let exc = if arg >= 1 { Some(unsafe { Obj::from_raw(pop!()) }) } else { None };
                    break 'dispatch ops::exc::do_raise(ts, exc, cause);
                }
                Opcode::Reraise => {
                    let exc = unsafe { Obj::from_raw(pop!()) };
                    if !crate::objects::exceptions::is_exception(exc.value()) {
                        break 'dispatch crate::errors::system_error("RERAISE of a non-exception");
                    }
                    // The handler search starts here; `lasti` (restored below) only
                    // decides the line the traceback shows.
                    ts.unwind_at = Some(lasti as u32);
                    if arg != 0 {
                        let l = peek!(arg as usize);
                        if l.is_small_int() {
                            lasti = l.as_small_int() as usize;
                        }
                    }
                    save!();
                    ts.reraising = true;
                    break 'dispatch PyErr::from_instance(exc);
                }
                Opcode::PushExcInfo => {
                    if !crate::objects::exceptions::is_exception(top!()) {
                        break 'dispatch crate::errors::system_error("PUSH_EXC_INFO of a non-exception");
                    }
                    let exc = pop!();
                    let prev = ts.exc_info;
                    push!(if prev.is_null() { singletons::none() } else { prev });
                    incref(exc);
                    ts.exc_info = exc;
                    push!(exc);
                }
                Opcode::PopExcept => {
                    let t = top!();
                    if t != singletons::none() && !crate::objects::exceptions::is_exception(t) {
                        break 'dispatch crate::errors::system_error("POP_EXCEPT of a non-exception");
                    }
                    let prev = pop!();
                    let old = ts.exc_info;
                    ts.exc_info = if prev == singletons::none() { Value::NULL } else { prev };
                    decref(old);
                }
                Opcode::CheckExcMatch => {
                    let right = unsafe { Obj::from_raw(pop!()) };
                    let left = top!();
                    let m = tri!(ops::exc::exception_matches(left, right.value()));
                    push!(bool_::value_of(m));
                }
                Opcode::CheckEgMatch => {
                    let right = unsafe { Obj::from_raw(pop!()) };
                    let eg = unsafe { Obj::from_raw(pop!()) };
                    let (rest, matched) = tri!(ops::exc::eg_match(eg.value(), right.value()));
                    push!(rest.into_raw());
                    push!(matched.into_raw());
                }
                Opcode::PrepReraiseStar => {
                    let excs = unsafe { Obj::from_raw(pop!()) };
                    let orig = unsafe { Obj::from_raw(pop!()) };
                    let r = tri!(ops::exc::prep_reraise_star(orig.value(), excs.value()));
                    push!(r.into_raw());
                }
                Opcode::LoadAssertionError => {
                    let t = crate::objects::exceptions::assertion_error();
                    incref(t.as_value());
                    push!(t.as_value());
                }
                Opcode::BeforeWith => {
                    let mgr = unsafe { Obj::from_raw(pop!()) };
                    save!();
                    let (exit, res) = tri!(ops::exc::before_with(mgr.value()));
                    push!(exit.into_raw());
                    push!(res.into_raw());
                }
                Opcode::WithExceptStart => {
                    // Stack: exit, lasti, prev_exc, exc.
                    let exc = top!();
                    if !crate::objects::exceptions::is_exception(exc) {
                        break 'dispatch crate::errors::system_error("WITH_EXCEPT_START without an exception");
                    }
                    let exit = peek!(4);
                    save!();
                    let r = tri!(ops::exc::call_exit(exit, exc));
                    push!(r.into_raw());
                }

                // ----- generators -----
                Opcode::ReturnGenerator => {
                    save!();
                    let gen = tri!(crate::objects::generator::from_frame(ts, f));
                    // The frame now lives in the generator; return it to the caller.
                    let caller = fr.previous;
                    let is_entry = fr.is_entry.get();
                    leave_frame(ts, f);
                    ts.py_depth -= 1;
                    if fr.kind.get() == FrameKind::DataStack {
                        ts.datastack.pop(f);
                    }
                    if is_entry {
                        return Ok(Exit::Return(gen));
                    }
                    f = caller;
                    unsafe {
                        let cf = &*f;
                        let csp = cf.stack_base().add(cf.stack_depth.get() as usize);
                        *csp = gen.into_raw();
                        cf.stack_depth.set(cf.stack_depth.get() + 1);
                    }
                    continue 'frame;
                }
                Opcode::YieldValue => {
                    let v = pop!();
                    save!();
                    leave_frame(ts, f);
                    ts.py_depth -= 1;
                    // SAFETY: the yielded reference moves to the resumer.
                    return Ok(Exit::Yield(unsafe { Obj::from_raw(v) }));
                }
                Opcode::Send => {
                    let v = unsafe { Obj::from_raw(pop!()) };
                    let receiver = top!();
                    save!();
                    match tri!(ops::gen::send(receiver, v.value())) {
                        ops::gen::SendResult::Yielded(y) => push!(y.into_raw()),
                        ops::gen::SendResult::Returned(r) => {
                            let recv = pop!();
                            decref(recv);
                            push!(r.into_raw());
                            ip += arg as usize;
                        }
                    }
                }
                Opcode::GetYieldFromIter => {
                    let v = top!();
                    let r = ops::gen::get_yield_from_iter(code, v);
                    decref(v);
                    match r {
                        Ok(it) => set_top!(it.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }
                Opcode::GetAwaitable => {
                    let v = unsafe { Obj::from_raw(top!()) };
                    match ops::gen::get_awaitable(v.value(), arg) {
                        Ok(a) => set_top!(a.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }
                Opcode::GetAiter => {
                    let v = unsafe { Obj::from_raw(top!()) };
                    match ops::gen::get_aiter(v.value()) {
                        Ok(a) => set_top!(a.into_raw()),
                        Err(e) => {
                            sp = unsafe { sp.sub(1) };
                            break 'dispatch e;
                        }
                    }
                }
                Opcode::GetAnext => {
                    let r = tri!(ops::gen::get_anext(top!()));
                    push!(r.into_raw());
                }
                Opcode::EndAsyncFor => {
                    let exc = unsafe { Obj::from_raw(pop!()) };
                    let aiter = unsafe { Obj::from_raw(pop!()) };
                    drop(aiter);
                    if !crate::objects::exceptions::is_exception(exc.value()) {
                        break 'dispatch crate::errors::system_error("END_ASYNC_FOR without an exception");
                    }
                    if !type_of(exc.value()).is_subtype(crate::objects::exceptions::stop_async_iteration()) {
                        ts.reraising = true;
                        break 'dispatch PyErr::from_instance(exc);
                    }
                }
                Opcode::BeforeAsyncWith => {
                    let mgr = unsafe { Obj::from_raw(pop!()) };
                    let (exit, res) = tri!(ops::gen::before_async_with(mgr.value()));
                    push!(exit.into_raw());
                    push!(res.into_raw());
                }
                Opcode::AsyncGenWrap => {
                    let v = unsafe { Obj::from_raw(top!()) };
                    set_top!(crate::objects::generator::wrap_async_value(v).into_raw());
                }

                // ----- imports -----
                Opcode::ImportName => {
                    let name = unsafe { *names.add(arg as usize) };
                    let fromlist = unsafe { Obj::from_raw(pop!()) };
                    let level = unsafe { Obj::from_raw(pop!()) };
                    save!();
                    let m = tri!(ops::import::import_name(fr, name, fromlist.value(), level.value()));
                    push!(m.into_raw());
                }
                Opcode::ImportFrom => {
                    let name = unsafe { *names.add(arg as usize) };
                    let m = top!();
                    let v = tri!(ops::import::import_from(m, name));
                    push!(v.into_raw());
                }
                Opcode::ImportStar => {
                    let m = unsafe { Obj::from_raw(pop!()) };
                    tri!(ops::import::import_star(fr, m.value()));
                }

                // ----- pattern matching -----
                Opcode::GetLen => {
                    let n = tri!(protocol::len(top!()));
                    push!(int::from_i64(n as i64).into_raw());
                }
                Opcode::MatchMapping => {
                    let m = ops::pattern::is_mapping(top!());
                    push!(bool_::value_of(m));
                }
                Opcode::MatchSequence => {
                    let m = ops::pattern::is_sequence(top!());
                    push!(bool_::value_of(m));
                }
                Opcode::MatchKeys => {
                    let keys = top!();
                    let subject = peek!(2);
                    let r = tri!(ops::pattern::match_keys(subject, keys));
                    push!(r.into_raw());
                }
                Opcode::MatchClass => {
                    let names_t = unsafe { Obj::from_raw(pop!()) };
                    let cls = unsafe { Obj::from_raw(pop!()) };
                    let subject = unsafe { Obj::from_raw(pop!()) };
                    let r = tri!(ops::pattern::match_class(subject.value(), cls.value(), arg as usize, names_t.value()));
                    push!(r.into_raw());
                }

                // ----- misc -----
                Opcode::SetupAnnotations => {
                    tri!(ops::names::setup_annotations(fr));
                }
                Opcode::PrintExpr => {
                    let v = unsafe { Obj::from_raw(pop!()) };
                    tri!(crate::modules::sys::displayhook(v.value()));
                }
                Opcode::SetupFinally | Opcode::SetupCleanup | Opcode::SetupWith | Opcode::PopBlock | Opcode::Jump | Opcode::JumpNoInterrupt => {
                    break 'dispatch crate::errors::system_error(format!("pseudo instruction {} reached the interpreter", op.name()));
                }
            }
        };

        // ---- unwinding ----
        save!();
        let _ = sp;
        match handle_error(ts, f, entry, err) {
            Ok(next) => {
                f = next;
                kwnames = Value::NULL;
                continue 'frame;
            }
            Err(e) => return Err(e),
        }
    }
}

/// After native code returned `v` from `f`: releases `f` and hands `v` to the calling
/// frame's stack (returning that frame), or returns `v` when `f` was an entry frame.
#[inline(never)]
fn native_returned(ts: &mut ThreadState, f: *mut Frame, v: Value) -> Result<*mut Frame, Obj> {
    // SAFETY: `f` is the live current frame; its caller (if any) is live.
    unsafe {
        let caller = (*f).previous;
        let is_entry = (*f).is_entry.get();
        pop_returned_frame(ts, f);
        if is_entry {
            return Err(Obj::from_raw(v));
        }
        let cf = &*caller;
        let csp = cf.stack_base().add(cf.stack_depth.get() as usize);
        *csp = v;
        cf.stack_depth.set(cf.stack_depth.get() + 1);
        Ok(caller)
    }
}

/// Releases a frame whose native code returned (the interpreter's RETURN_VALUE minus
/// the value hand-over).
pub fn pop_returned_frame(ts: &mut ThreadState, f: *mut Frame) {
    leave_frame(ts, f);
    release_frame(ts, f);
}

fn release_frame_no_depth(ts: &mut ThreadState, f: *mut Frame) {
    ts.py_depth += 1;
    release_frame(ts, f);
}

/// Finds a handler for `err` raised in frame `f` (or a caller up to `entry`). Returns the
/// frame to continue in, with its stack and `ip` set up for the handler, or the error
/// when it propagates out of `entry`.
fn handle_error(ts: &mut ThreadState, mut f: *mut Frame, entry: *mut Frame, err: PyErr) -> Result<*mut Frame, PyErr> {
    let exc = err.into_instance();
    let mut reraise = std::mem::replace(&mut ts.reraising, false);
    if !reraise {
        // A new exception raised while another is handled gets it as __context__.
        ops::exc::chain_context(ts, exc.value());
    }
    loop {
        // SAFETY: `f` is a live frame on the current chain.
        let fr = unsafe { &*f };
        if !reraise {
            traceback::add_entry(exc.value(), f);
        }
        reraise = false;
        let code = fr.code();
        let lasti = fr.lasti.get();
        let at = ts.unwind_at.take().unwrap_or(lasti);
        if let Some(h) = code.handler_for(at) {
            // Cut the stack to the handler's depth.
            let base = fr.stack_base();
            let depth = fr.stack_depth.get();
            for i in h.depth..depth {
                // SAFETY: values above the handler depth are live stack entries.
                unsafe {
                    let p = base.add(i as usize);
                    decref(*p);
                    *p = Value::NULL;
                }
            }
            let mut d = h.depth;
            if h.lasti {
                unsafe { *base.add(d as usize) = Value::small_int_unchecked(lasti as i64) };
                d += 1;
            }
            unsafe { *base.add(d as usize) = exc.into_raw() };
            d += 1;
            fr.stack_depth.set(d);
            fr.ip.set(h.target);
            return Ok(f);
        }
        // No handler here: the frame is done.
        let caller = fr.previous;
        let is_entry = f == entry || fr.is_entry.get();
        leave_frame(ts, f);
        if fr.kind.get() == FrameKind::Generator {
            // Generator frames are released by their generator.
            ts.py_depth -= 1;
            fr.stack_depth.set(fr.stack_depth.get());
            crate::objects::generator::frame_raised(f);
        } else {
            release_frame(ts, f);
        }
        if is_entry {
            return Err(PyErr::from_instance(exc));
        }
        f = caller;
    }
}

/// Runs a class body: `func`'s code with `ns` as its locals mapping (closure cells
/// come from the function). Returns what the body returns (the `__class__` cell or None).
pub fn run_class_body(func: Value, ns: Value) -> PyResult<Obj> {
    let ts = thread_state();
    let fobj = function::as_function(func);
    let c = function::code(func);
    let (p, token) = ts.datastack.push(Frame::size_words(c));
    // SAFETY: fresh data-stack block of the right size.
    unsafe { Frame::init(p, c, func, fobj.globals(), fobj.builtins(), ns, FrameKind::DataStack, token) };
    // SAFETY: initialized above.
    unsafe { (*p).previous = ts.current };
    ts.current = p;
    ts.py_depth += 1;
    if ts.py_depth > ts.recursion_limit {
        ts.py_depth -= 1;
        // SAFETY: `p` is the top frame, not yet run.
        unsafe {
            ts.current = (*p).previous;
            (*p).clear();
        }
        ts.datastack.pop(p);
        return Err(crate::errors::recursion_error("maximum recursion depth exceeded"));
    }
    match run_frame(p)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(crate::errors::system_error("class body yielded")),
    }
}

/// Pushes a frame for a code object run with explicit namespaces (modules, `exec`,
/// class bodies) and runs it to completion.
pub fn run_code(code: Value, globals: Value, locals: Value) -> PyResult<Obj> {
    let ts = thread_state();
    let c = crate::bytecode::code::as_code(code);
    let builtins = crate::builtins::builtins_dict_for(globals);
    let (p, token) = ts.datastack.push(Frame::size_words(c));
    // SAFETY: fresh data-stack block of the right size.
    unsafe { Frame::init(p, c, Value::NULL, globals, builtins, locals, FrameKind::DataStack, token) };
    // SAFETY: initialized above.
    unsafe { (*p).previous = ts.current };
    ts.current = p;
    ts.py_depth += 1;
    match run_frame(p)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(crate::errors::system_error("module code yielded")),
    }
}
