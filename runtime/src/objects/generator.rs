//! Generators, coroutines and async generators: objects that own a suspended frame.
//!
//! `RETURN_GENERATOR` moves the running frame off the data stack into a buffer owned by
//! a new generator object (`from_frame`). Each `send` links that frame under the caller
//! and runs it as an entry frame until `YIELD_VALUE` (suspended again), `RETURN_VALUE`
//! (finished, the value rides on StopIteration) or an exception (finished). `throw`
//! raises inside the frame at its suspension point, delegating first to a sub-iterator
//! when the frame is suspended in a `yield from`/`await` loop, as CPython's `gen_throw`.

use crate::bytecode::opcodes::{co_flags, Opcode};
use crate::errors::{runtime_error, type_error, value_error, PyErr, PyResult};
use crate::interp::frame::{Frame, FrameKind, PushToken, HEADER_WORDS};
use crate::interp::{call::call, thread_state, Exit, ThreadState};
use crate::object::{alloc_object, decref, free_memory, incref, is_type, type_of, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{exceptions, singletons, str as pystr};
use std::cell::Cell;

/// Where a generator is in its life.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    /// Made, never run: only `send(None)` may start it.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is on the thread's frame chain.
    Running,
    /// Returned or raised: the frame is gone.
    Finished,
}

/// A generator, coroutine or async generator (told apart by the type).
#[repr(C)]
pub struct PyGen {
    ob: ObjHeader,
    /// The frame's storage (header, localsplus, stack), freed when finished.
    buf: Cell<Option<Box<[Value]>>>,
    state: Cell<State>,
    /// `__name__` and `__qualname__` (owned strs).
    name: Cell<Value>,
    qualname: Cell<Value>,
    /// The exception this generator was handling when it last suspended (owned) or NULL.
    exc_state: Cell<Value>,
    /// The code object (owned), kept after the frame is gone for `gi_code`.
    code: Value,
}

/// The `generator` type.
pub static GENERATOR_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "generator", std::mem::size_of::<PyGen>(), 0, dealloc));
/// The `coroutine` type.
pub static COROUTINE_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "coroutine", std::mem::size_of::<PyGen>(), 0, dealloc));
/// The `async_generator` type.
pub static ASYNC_GENERATOR_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "async_generator", std::mem::size_of::<PyGen>(), 0, dealloc));

fn gen(v: Value) -> &'static PyGen {
    // SAFETY: callers pass generator-like objects.
    unsafe { &*(v.as_ptr() as *const PyGen) }
}

fn frame_of(g: &PyGen) -> *mut Frame {
    // SAFETY: the buffer is only replaced when the generator finishes.
    match unsafe { &*g.buf.as_ptr() } {
        Some(b) => b.as_ptr() as *mut Frame,
        None => std::ptr::null_mut(),
    }
}

unsafe fn dealloc(v: Value) {
    let g = gen(v);
    if g.state.get() == State::Suspended {
        // Run the frame's `finally` blocks, as CPython's finalizer does: the object is
        // resurrected for the call.
        (*v.as_ptr()).refcnt.set(1);
        if let Err(e) = close(v) {
            crate::modules::sys::write_unraisable(&e, Some(v));
        }
        let rc = (*v.as_ptr()).refcnt.get();
        if rc > 1 {
            // Resurrected by the finally block: keep it.
            (*v.as_ptr()).refcnt.set(rc - 1);
            return;
        }
    }
    finish(g);
    decref(g.name.replace(Value::NULL));
    decref(g.qualname.replace(Value::NULL));
    decref(g.exc_state.replace(Value::NULL));
    decref(g.code);
    free_memory(v, std::mem::size_of::<PyGen>());
}

/// Marks the generator finished, releasing its frame if it still has one.
fn finish(g: &PyGen) {
    let f = frame_of(g);
    if !f.is_null() && g.state.get() != State::Finished {
        // SAFETY: the frame is suspended or created (not on the frame chain).
        unsafe {
            if !(*f).frame_obj.get().is_null() {
                crate::interp::traceback::frame_finished(f);
            }
            (*f).clear();
        }
    }
    g.state.set(State::Finished);
    drop(g.buf.take());
}

/// `RETURN_GENERATOR`: moves the running frame `f` into a new generator object.
pub fn from_frame(_ts: &mut ThreadState, f: *mut Frame) -> PyResult<Obj> {
    // SAFETY: `f` is the live current frame.
    let fr = unsafe { &*f };
    let code = fr.code();
    let ty: &'static TypeObject = if code.flags & co_flags::COROUTINE != 0 {
        &COROUTINE_TYPE
    } else if code.flags & co_flags::ASYNC_GENERATOR != 0 {
        &ASYNC_GENERATOR_TYPE
    } else {
        &GENERATOR_TYPE
    };
    let words = Frame::size_words(code);
    let mut buf: Box<[Value]> = vec![Value::NULL; words].into_boxed_slice();
    let used = HEADER_WORDS + fr.nlocalsplus as usize + fr.stack_depth.get() as usize;
    // SAFETY: both regions hold at least `used` words; the references move with the copy.
    unsafe { std::ptr::copy_nonoverlapping(f as *const Value, buf.as_mut_ptr(), used) };
    let nf = buf.as_mut_ptr() as *mut Frame;
    // SAFETY: `nf` is the copied header.
    unsafe {
        (*nf).kind.set(FrameKind::Generator);
        (*nf).previous = std::ptr::null_mut();
        (*nf).is_entry.set(false);
        crate::interp::traceback::frame_relocated(nf);
        // The data-stack original no longer owns anything.
        fr.stack_depth.set(0);
        fr.frame_obj.set(Value::NULL);
    }
    let p = alloc_object(ty, std::mem::size_of::<PyGen>()) as *mut PyGen;
    let name = function_name(fr, false);
    let qualname = function_name(fr, true);
    incref(code.as_value());
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).buf).write(Cell::new(Some(buf)));
        std::ptr::addr_of_mut!((*p).state).write(Cell::new(State::Created));
        std::ptr::addr_of_mut!((*p).name).write(Cell::new(name.into_raw()));
        std::ptr::addr_of_mut!((*p).qualname).write(Cell::new(qualname.into_raw()));
        std::ptr::addr_of_mut!((*p).exc_state).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).code).write(code.as_value());
        Ok(Obj::from_raw(Value::from_ptr(p)))
    }
}

fn function_name(fr: &Frame, qual: bool) -> Obj {
    if !fr.func.is_null() && crate::objects::function::is_function(fr.func) {
        let f = crate::objects::function::as_function(fr.func);
        return Obj::new_ref(if qual { f.qualname() } else { f.name() });
    }
    Obj::new_ref(if qual { fr.code().qualname } else { fr.code().name })
}

/// True for generators, coroutines and async generators (objects run by `send`).
pub fn is_generator_like(v: Value) -> bool {
    v.is_ptr() && (is_type(v, &GENERATOR_TYPE) || is_type(v, &COROUTINE_TYPE))
}

/// True for a generator whose code is marked CO_ITERABLE_COROUTINE (`types.coroutine`):
/// `await` accepts it as a coroutine.
pub fn is_iterable_coroutine(v: Value) -> bool {
    v.is_ptr()
        && is_type(v, &GENERATOR_TYPE)
        && crate::bytecode::code::as_code(gen(v).code).flags & crate::bytecode::opcodes::co_flags::ITERABLE_COROUTINE != 0
}

/// True for coroutine objects.
pub fn is_coroutine(v: Value) -> bool {
    v.is_ptr() && is_type(v, &COROUTINE_TYPE)
}

/// What one resumption produced.
pub enum GenOutcome {
    /// The frame yielded this value.
    Yielded(Obj),
    /// The frame returned this value (it is finished).
    Returned(Obj),
}

fn kind_word(v: Value) -> &'static str {
    if is_coroutine(v) {
        "coroutine"
    } else {
        "generator"
    }
}

/// Resumes `g` with `v` sent in (`next()` sends None).
pub fn send(g: Value, v: Value) -> PyResult<GenOutcome> {
    resume(g, Ok(v))
}

/// Called by the unwinder when an exception leaves a generator's frame.
pub fn frame_raised(f: *mut Frame) {
    // SAFETY: the frame has just been unlinked; its owner marks itself finished when the
    // error reaches it in `resume`, which releases the buffer.
    unsafe {
        if !(*f).frame_obj.get().is_null() {
            crate::interp::traceback::frame_finished(f);
        }
        (*f).clear();
    }
}

/// Runs the frame, with a value sent in or an exception thrown in.
fn resume(gv: Value, input: Result<Value, PyErr>) -> PyResult<GenOutcome> {
    let g = gen(gv);
    match g.state.get() {
        State::Running => return Err(value_error(format!("{} already executing", kind_word(gv)))),
        State::Finished => {
            if is_coroutine(gv) {
                return Err(runtime_error("cannot reuse already awaited coroutine"));
            }
            return match input {
                // A finished generator re-raises what is thrown into it, and is
                // exhausted for anything sent.
                Err(e) => Err(e),
                Ok(_) => Ok(GenOutcome::Returned(singletons::none_obj())),
            };
        }
        State::Created => {
            if let Ok(v) = input {
                if v != singletons::none() {
                    return Err(type_error(format!("can't send non-None value to a just-started {}", kind_word(gv))));
                }
            }
        }
        State::Suspended => {}
    }
    let f = frame_of(g);
    let ts = thread_state();
    if ts.py_depth >= ts.recursion_limit {
        return Err(crate::errors::recursion_error("maximum recursion depth exceeded"));
    }
    // The generator's handled exception replaces the caller's while it runs.
    let caller_exc = ts.exc_info;
    let own = g.exc_state.replace(Value::NULL);
    ts.exc_info = if own.is_null() {
        incref(caller_exc);
        caller_exc
    } else {
        own
    };
    // SAFETY: `f` is the generator's suspended frame; it is linked under the caller.
    unsafe {
        (*f).previous = ts.current;
    }
    ts.current = f;
    ts.py_depth += 1;
    g.state.set(State::Running);
    let result = match input {
        Ok(v) => {
            // SAFETY: the frame's stack has room for the sent value (it was popped by YIELD).
            unsafe {
                let fr = &*f;
                incref(v);
                *fr.stack_base().add(fr.stack_depth.get() as usize) = v;
                fr.stack_depth.set(fr.stack_depth.get() + 1);
            }
            crate::interp::run_frame(f)
        }
        Err(e) => crate::interp::run_frame_throw(f, e),
    };
    let ts = thread_state();
    let now = std::mem::replace(&mut ts.exc_info, caller_exc);
    match result {
        Ok(Exit::Yield(y)) => {
            g.state.set(State::Suspended);
            // Keep the exception the generator is handling at the yield, if its own.
            if now != caller_exc {
                g.exc_state.set(now);
            } else {
                decref(now);
            }
            Ok(GenOutcome::Yielded(y))
        }
        Ok(Exit::Return(r)) => {
            decref(now);
            g.state.set(State::Finished);
            drop(g.buf.take());
            Ok(GenOutcome::Returned(r))
        }
        Err(e) => {
            decref(now);
            g.state.set(State::Finished);
            drop(g.buf.take());
            // PEP 479: StopIteration escaping a generator becomes RuntimeError.
            if e.matches(exceptions::stop_iteration()) || (e.matches(exceptions::stop_async_iteration()) && is_type(gv, &ASYNC_GENERATOR_TYPE)) {
                let what = if e.matches(exceptions::stop_iteration()) { "StopIteration" } else { "StopAsyncIteration" };
                let new = runtime_error(format!("{} raised {what}", kind_word(gv)));
                exceptions::set_cause_raw(new.value(), e.value());
                exceptions::set_context_raw(new.value(), e.value());
                return Err(new);
            }
            Err(e)
        }
    }
}

/// The sub-iterator a suspended frame is delegating to (`yield from`/`await`), if any:
/// the frame stopped at a `RESUME` with argument 2 or 3, with the receiver on its stack.
fn delegate(g: &PyGen) -> Option<Value> {
    if g.state.get() != State::Suspended {
        return None;
    }
    let f = frame_of(g);
    // SAFETY: a suspended frame's code and stack are intact.
    let fr = unsafe { &*f };
    let code = fr.code().code_slice();
    let next = *code.get(fr.ip.get() as usize)?;
    let op = Opcode::from_u8((next & 0xff) as u8)?;
    if op.deopt() != Opcode::Resume || (next >> 8) < 2 || fr.stack_depth.get() == 0 {
        return None;
    }
    // SAFETY: the receiver is the top of the frame's stack.
    Some(unsafe { *fr.stack_base().add(fr.stack_depth.get() as usize - 1) })
}

/// After a delegated `throw`/`close` ended the sub-iterator with `value`: pops the
/// receiver and moves the frame past its SEND loop, as if SEND had returned.
fn leave_send_loop(g: &PyGen) {
    let f = frame_of(g);
    // SAFETY: suspended frame; its code has SEND, YIELD_VALUE, RESUME in sequence.
    unsafe {
        let fr = &*f;
        let d = fr.stack_depth.get() as usize - 1;
        decref(*fr.stack_base().add(d));
        *fr.stack_base().add(d) = Value::NULL;
        fr.stack_depth.set(d as u32);
        let code = fr.code().code_slice();
        // ip → RESUME; YIELD_VALUE before it; SEND (with any EXTENDED_ARG) before that.
        let send_at = fr.ip.get() as usize - 2;
        let mut arg = (code[send_at] >> 8) as u32;
        let mut k = send_at;
        let mut shift = 8;
        while k > 0 && (code[k - 1] & 0xff) as u8 == Opcode::ExtendedArg as u8 {
            k -= 1;
            arg |= ((code[k] >> 8) as u32) << shift;
            shift += 8;
        }
        fr.ip.set((send_at + 1) as u32 + arg);
    }
}

/// `gen.throw(exc)`: raises `exc` at the suspension point.
pub fn throw(gv: Value, exc: PyErr) -> PyResult<GenOutcome> {
    let g = gen(gv);
    if let Some(yf) = delegate(g) {
        incref(yf);
        let yf = unsafe { Obj::from_raw(yf) };
        let is_exit = exc.matches(exceptions::generator_exit());
        let sub: PyResult<GenOutcome> = if is_exit {
            // Close the sub-iterator first, then raise GeneratorExit here.
            g.state.set(State::Running);
            let r = close_subiterator(yf.value());
            g.state.set(State::Suspended);
            match r {
                Ok(()) => return resume(gv, Err(exc)),
                Err(e) => return resume(gv, Err(e)),
            }
        } else if is_generator_like(yf.value()) {
            g.state.set(State::Running);
            let r = throw(yf.value(), exc);
            g.state.set(State::Suspended);
            r
        } else {
            match crate::object::protocol::lookup_attr(yf.value(), crate::interned!("throw"))? {
                None => return resume(gv, Err(exc)),
                Some(m) => {
                    g.state.set(State::Running);
                    let e = exc.into_instance();
                    let r = call(m.value(), &[Value::from_ptr(type_of(e.value())), e.value()], Value::NULL);
                    g.state.set(State::Suspended);
                    match r {
                        Ok(y) => Ok(GenOutcome::Yielded(y)),
                        Err(err) if err.matches(exceptions::stop_iteration()) => {
                            Ok(GenOutcome::Returned(exceptions::stop_iteration_value(err.value())))
                        }
                        Err(err) => Err(err),
                    }
                }
            }
        };
        return match sub {
            Ok(GenOutcome::Yielded(y)) => Ok(GenOutcome::Yielded(y)),
            Ok(GenOutcome::Returned(v)) => {
                leave_send_loop(g);
                send(gv, v.value())
            }
            Err(e) => {
                // The sub-iterator raised: pop it and raise here.
                leave_send_loop_on_error(g);
                resume(gv, Err(e))
            }
        };
    }
    resume(gv, Err(exc))
}

/// The sub-iterator failed: drop it from the stack (the exception is raised at the yield).
fn leave_send_loop_on_error(_g: &PyGen) {
    // The receiver stays on the stack: the exception table entry covering the SEND loop
    // cuts the stack back to its depth, releasing it, exactly as when SEND itself fails.
}

fn close_subiterator(yf: Value) -> PyResult<()> {
    if is_generator_like(yf) {
        return close(yf).map(|_| ());
    }
    if let Some(m) = crate::object::protocol::lookup_attr(yf, crate::interned!("close"))? {
        call(m.value(), &[], Value::NULL)?;
    }
    Ok(())
}

/// `gen.close()`.
pub fn close(gv: Value) -> PyResult<Obj> {
    let g = gen(gv);
    match g.state.get() {
        State::Created => {
            finish(g);
            return Ok(singletons::none_obj());
        }
        State::Finished => return Ok(singletons::none_obj()),
        _ => {}
    }
    let exit = PyErr::with_args(exceptions::generator_exit(), &[]);
    match throw(gv, exit) {
        Ok(GenOutcome::Yielded(_)) => Err(runtime_error(format!("{} ignored GeneratorExit", kind_word(gv)))),
        Ok(GenOutcome::Returned(_)) => Ok(singletons::none_obj()),
        Err(e) if e.matches(exceptions::generator_exit()) || e.matches(exceptions::stop_iteration()) => Ok(singletons::none_obj()),
        Err(e) => Err(e),
    }
}

/// `ASYNC_GEN_WRAP`: marks a value yielded by an async generator's own `yield` (as
/// opposed to a value passed through from an `await`).
pub fn wrap_async_value(v: Obj) -> Obj {
    crate::objects::tuple::pair(Obj::new_ref(ASYNC_WRAP_MARK.as_value()), v)
}

/// The marker heading wrapped async-generator values.
static ASYNC_WRAP_MARK: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "async_generator_wrapped_value", 0, 0, dealloc_never));

unsafe fn dealloc_never(_v: Value) {}

fn unwrap_async_value(v: Value) -> Option<Obj> {
    if crate::objects::tuple::is_exact_tuple(v) {
        let items = crate::objects::tuple::items(v);
        if items.len() == 2 && items[0] == ASYNC_WRAP_MARK.as_value() {
            return Some(Obj::new_ref(items[1]));
        }
    }
    None
}

// ----- Python-visible methods -------------------------------------------------------

fn outcome_to_next(o: GenOutcome) -> PyResult<Option<Obj>> {
    match o {
        GenOutcome::Yielded(y) => Ok(Some(y)),
        GenOutcome::Returned(r) if r.value() == singletons::none() => Ok(None),
        GenOutcome::Returned(r) => Err(crate::errors::stop_iteration(Some(r))),
    }
}

fn outcome_to_result(o: GenOutcome) -> PyResult<Obj> {
    match o {
        GenOutcome::Yielded(y) => Ok(y),
        GenOutcome::Returned(r) if r.value() == singletons::none() => Err(crate::errors::stop_iteration(None)),
        GenOutcome::Returned(r) => Err(crate::errors::stop_iteration(Some(r))),
    }
}

fn gen_next(v: Value) -> PyResult<Option<Obj>> {
    outcome_to_next(send(v, singletons::none())?)
}

fn gen_iter(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(v))
}

fn m_send(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("send", args, kw, 1)?;
    outcome_to_result(send(v, args[0])?)
}

/// Builds the exception `throw(typ[, val[, tb]])` raises (CPython's `_gen_throw` rules).
pub fn exception_for_throw(args: &[Value]) -> PyResult<PyErr> {
    let typ = args[0];
    let val = args.get(1).copied().filter(|v| *v != singletons::none());
    let tb = args.get(2).copied().filter(|v| *v != singletons::none());
    if let Some(tb) = tb {
        if !crate::interp::traceback::is_traceback(tb) {
            return Err(type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = if crate::objects::pytype::is_type(typ) && crate::objects::pytype::as_type(typ).is_subtype(exceptions::base_exception()) {
        let t = crate::objects::pytype::as_type(typ);
        match val {
            Some(v) if type_of(v).is_subtype(t) => Obj::new_ref(v),
            Some(v) if crate::objects::tuple::is_tuple(v) => call(typ, crate::objects::tuple::items(v), Value::NULL)?,
            Some(v) => call(typ, &[v], Value::NULL)?,
            None => call(typ, &[], Value::NULL)?,
        }
    } else if exceptions::is_exception(typ) {
        if val.is_some() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        Obj::new_ref(typ)
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_of(typ).name()
        )));
    };
    if let Some(tb) = tb {
        exceptions::set(exc.value(), "__traceback__", tb);
    }
    Ok(PyErr::from_instance(exc))
}

fn m_throw(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::range("throw", args, kw, 1, 3)?;
    let e = exception_for_throw(args)?;
    outcome_to_result(throw(v, e)?)
}

fn m_close(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("close", args, kw, 0)?;
    close(v)
}

fn gen_repr(v: Value) -> PyResult<Obj> {
    let g = gen(v);
    Ok(pystr::from_string(format!(
        "<{} object {} at {:#x}>",
        type_of(v).name(),
        pystr::as_str(g.qualname.get()),
        v.bits()
    )))
}

fn get_name(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(gen(v).name.get()))
}

fn set_name(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() || !pystr::is_str(value) {
        return Err(type_error("__name__ must be set to a string object"));
    }
    incref(value);
    decref(gen(v).name.replace(value));
    Ok(())
}

fn get_qualname(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(gen(v).qualname.get()))
}

fn set_qualname(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() || !pystr::is_str(value) {
        return Err(type_error("__qualname__ must be set to a string object"));
    }
    incref(value);
    decref(gen(v).qualname.replace(value));
    Ok(())
}

fn get_running(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(crate::objects::bool_::value_of(gen(v).state.get() == State::Running)))
}

fn get_suspended(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(crate::objects::bool_::value_of(gen(v).state.get() == State::Suspended)))
}

fn get_code(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(gen(v).code))
}

fn get_frame(v: Value) -> PyResult<Obj> {
    let g = gen(v);
    if g.state.get() == State::Finished {
        return Ok(singletons::none_obj());
    }
    Ok(crate::interp::traceback::frame_object(frame_of(g)))
}

fn get_yieldfrom(v: Value) -> PyResult<Obj> {
    match delegate(gen(v)) {
        Some(y) => Ok(Obj::new_ref(y)),
        None => Ok(singletons::none_obj()),
    }
}

// ----- coroutines: `__await__` -------------------------------------------------------

/// `coro.__await__()`: an iterator driving the coroutine (`coroutine_wrapper`).
#[repr(C)]
struct PyCoroWrapper {
    ob: ObjHeader,
    coro: Value,
}

static CORO_WRAPPER_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "coroutine_wrapper", std::mem::size_of::<PyCoroWrapper>(), 0, dealloc_wrapper));

unsafe fn dealloc_wrapper(v: Value) {
    decref((*(v.as_ptr() as *const PyCoroWrapper)).coro);
    free_memory(v, std::mem::size_of::<PyCoroWrapper>());
}

fn wrapped(v: Value) -> Value {
    // SAFETY: only called on coroutine wrappers.
    unsafe { (*(v.as_ptr() as *const PyCoroWrapper)).coro }
}

fn m_await(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__await__", args, kw, 0)?;
    let p = alloc_object(&CORO_WRAPPER_TYPE, std::mem::size_of::<PyCoroWrapper>()) as *mut PyCoroWrapper;
    incref(v);
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).coro).write(v);
        Ok(Obj::from_raw(Value::from_ptr(p)))
    }
}

fn wrapper_next(v: Value) -> PyResult<Option<Obj>> {
    outcome_to_next(send(wrapped(v), singletons::none())?)
}

fn wrapper_send(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    m_send(wrapped(v), args, kw)
}

fn wrapper_throw(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    m_throw(wrapped(v), args, kw)
}

fn wrapper_close(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    m_close(wrapped(v), args, kw)
}

// ----- async generators: `__anext__`, `asend`, `athrow`, `aclose` -------------------

/// The awaitable `agen.asend(v)` / `agen.__anext__()` / `athrow` return.
#[repr(C)]
struct PyAsyncGenOp {
    ob: ObjHeader,
    agen: Value,
    /// The value to send on the first step (owned), or NULL once started.
    first: Cell<Value>,
    /// For athrow/aclose: the exception to throw on the first step (owned) or NULL.
    exc: Cell<Value>,
    /// aclose(): yielding a value is an error.
    closing: bool,
    done: Cell<bool>,
}

static ASYNC_GEN_OP_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "async_generator_asend", std::mem::size_of::<PyAsyncGenOp>(), 0, dealloc_op));

unsafe fn dealloc_op(v: Value) {
    let o = &*(v.as_ptr() as *const PyAsyncGenOp);
    decref(o.agen);
    decref(o.first.replace(Value::NULL));
    decref(o.exc.replace(Value::NULL));
    free_memory(v, std::mem::size_of::<PyAsyncGenOp>());
}

fn new_op(agen: Value, first: Value, exc: Value, closing: bool) -> Obj {
    let p = alloc_object(&ASYNC_GEN_OP_TYPE, std::mem::size_of::<PyAsyncGenOp>()) as *mut PyAsyncGenOp;
    incref(agen);
    // SAFETY: fresh allocation; `first`/`exc` are new references handed over.
    unsafe {
        std::ptr::addr_of_mut!((*p).agen).write(agen);
        std::ptr::addr_of_mut!((*p).first).write(Cell::new(first));
        std::ptr::addr_of_mut!((*p).exc).write(Cell::new(exc));
        std::ptr::addr_of_mut!((*p).closing).write(closing);
        std::ptr::addr_of_mut!((*p).done).write(Cell::new(false));
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn op(v: Value) -> &'static PyAsyncGenOp {
    // SAFETY: only called on async-generator awaitables.
    unsafe { &*(v.as_ptr() as *const PyAsyncGenOp) }
}

/// One step of an async-generator awaitable: a value the generator itself yielded ends
/// the await (StopIteration(value)); anything else passes through to the event loop.
fn op_step(v: Value, input: Result<Value, PyErr>) -> PyResult<Obj> {
    let o = op(v);
    if o.done.get() {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let agen = o.agen;
    let first = o.first.replace(Value::NULL);
    let exc = o.exc.replace(Value::NULL);
    let r = if !exc.is_null() {
        resume(agen, Err(PyErr::from_instance(unsafe { Obj::from_raw(exc) })))
    } else if !first.is_null() {
        let r = resume(agen, Ok(first));
        decref(first);
        r
    } else {
        match input {
            Ok(x) => resume(agen, Ok(x)),
            Err(e) => throw(agen, e),
        }
    };
    match r {
        Ok(GenOutcome::Yielded(y)) => match unwrap_async_value(y.value()) {
            Some(inner) => {
                o.done.set(true);
                if o.closing {
                    return Err(runtime_error("async generator ignored GeneratorExit"));
                }
                Err(crate::errors::stop_iteration(Some(inner)))
            }
            None => Ok(y),
        },
        Ok(GenOutcome::Returned(_)) => {
            o.done.set(true);
            if o.closing {
                return Err(crate::errors::stop_iteration(None));
            }
            Err(PyErr::with_args(exceptions::stop_async_iteration(), &[]))
        }
        Err(e) => {
            o.done.set(true);
            if o.closing && (e.matches(exceptions::generator_exit()) || e.matches(exceptions::stop_async_iteration())) {
                return Err(crate::errors::stop_iteration(None));
            }
            Err(e)
        }
    }
}

fn op_next(v: Value) -> PyResult<Option<Obj>> {
    match op_step(v, Ok(singletons::none())) {
        Ok(y) => Ok(Some(y)),
        Err(e) if e.matches(exceptions::stop_iteration()) => {
            let val = exceptions::stop_iteration_value(e.value());
            if val.value() == singletons::none() {
                Ok(None)
            } else {
                Err(crate::errors::stop_iteration(Some(val)))
            }
        }
        Err(e) => Err(e),
    }
}

fn op_send(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("send", args, kw, 1)?;
    op_step(v, Ok(args[0]))
}

fn op_throw(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::range("throw", args, kw, 1, 3)?;
    let e = exception_for_throw(args)?;
    op_step(v, Err(e))
}

fn op_close(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("close", args, kw, 0)?;
    op(v).done.set(true);
    Ok(singletons::none_obj())
}

fn m_anext(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__anext__", args, kw, 0)?;
    Ok(new_op(v, singletons::none_obj().into_raw(), Value::NULL, false))
}

fn m_aiter(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__aiter__", args, kw, 0)?;
    Ok(Obj::new_ref(v))
}

fn m_asend(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("asend", args, kw, 1)?;
    incref(args[0]);
    Ok(new_op(v, args[0], Value::NULL, false))
}

fn m_athrow(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::range("athrow", args, kw, 1, 3)?;
    let e = exception_for_throw(args)?;
    Ok(new_op(v, Value::NULL, e.into_instance().into_raw(), false))
}

fn m_aclose(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("aclose", args, kw, 0)?;
    let e = PyErr::with_args(exceptions::generator_exit(), &[]);
    Ok(new_op(v, Value::NULL, e.into_instance().into_raw(), true))
}

fn op_await(v: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("__await__", args, kw, 0)?;
    Ok(Obj::new_ref(v))
}

/// Installs the slots and methods (start-up).
pub fn init_types() {
    use crate::objects::descr::GetSetDef;
    use crate::objects::pytype::{add_getsets, add_methods, ready_static};
    let base = Some(&crate::objects::object::OBJECT_TYPE.0);
    GENERATOR_TYPE.slots.iter.set(Some(gen_iter));
    GENERATOR_TYPE.slots.next.set(Some(gen_next));
    for t in [&GENERATOR_TYPE, &COROUTINE_TYPE, &ASYNC_GENERATOR_TYPE] {
        t.slots.repr.set(Some(gen_repr));
        ready_static(t, base);
        t.slots.new.set(None);
        add_getsets(
            t,
            &[
                GetSetDef { name: "__name__", get: get_name, set: Some(set_name) },
                GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname) },
            ],
        );
    }
    add_methods(&GENERATOR_TYPE, crate::methods!["send" => m_send; "throw" => m_throw; "close" => m_close]);
    add_getsets(
        &GENERATOR_TYPE,
        &[
            GetSetDef { name: "gi_running", get: get_running, set: None },
            GetSetDef { name: "gi_suspended", get: get_suspended, set: None },
            GetSetDef { name: "gi_code", get: get_code, set: None },
            GetSetDef { name: "gi_frame", get: get_frame, set: None },
            GetSetDef { name: "gi_yieldfrom", get: get_yieldfrom, set: None },
        ],
    );
    add_methods(&COROUTINE_TYPE, crate::methods!["send" => m_send; "throw" => m_throw; "close" => m_close; "__await__" => m_await]);
    add_getsets(
        &COROUTINE_TYPE,
        &[
            GetSetDef { name: "cr_running", get: get_running, set: None },
            GetSetDef { name: "cr_suspended", get: get_suspended, set: None },
            GetSetDef { name: "cr_code", get: get_code, set: None },
            GetSetDef { name: "cr_frame", get: get_frame, set: None },
            GetSetDef { name: "cr_await", get: get_yieldfrom, set: None },
        ],
    );
    add_methods(
        &ASYNC_GENERATOR_TYPE,
        crate::methods!["__anext__" => m_anext; "__aiter__" => m_aiter; "asend" => m_asend; "athrow" => m_athrow; "aclose" => m_aclose],
    );
    add_getsets(
        &ASYNC_GENERATOR_TYPE,
        &[
            GetSetDef { name: "ag_running", get: get_running, set: None },
            GetSetDef { name: "ag_code", get: get_code, set: None },
            GetSetDef { name: "ag_frame", get: get_frame, set: None },
        ],
    );
    CORO_WRAPPER_TYPE.slots.iter.set(Some(gen_iter));
    CORO_WRAPPER_TYPE.slots.next.set(Some(wrapper_next));
    ready_static(&CORO_WRAPPER_TYPE, base);
    CORO_WRAPPER_TYPE.slots.new.set(None);
    add_methods(&CORO_WRAPPER_TYPE, crate::methods!["send" => wrapper_send; "throw" => wrapper_throw; "close" => wrapper_close]);
    ASYNC_GEN_OP_TYPE.slots.iter.set(Some(gen_iter));
    ASYNC_GEN_OP_TYPE.slots.next.set(Some(op_next));
    ready_static(&ASYNC_GEN_OP_TYPE, base);
    ASYNC_GEN_OP_TYPE.slots.new.set(None);
    add_methods(
        &ASYNC_GEN_OP_TYPE,
        crate::methods!["send" => op_send; "throw" => op_throw; "close" => op_close; "__await__" => op_await],
    );
    ready_static(&ASYNC_WRAP_MARK, base);
    let _ = PushToken::NONE;
}
