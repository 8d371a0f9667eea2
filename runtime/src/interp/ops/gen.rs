//! Generator protocol instructions: `SEND` (the engine of `yield from` and `await`),
//! `GET_YIELD_FROM_ITER`, and the async iteration/awaitable helpers.

use crate::bytecode::code::CodeObject;
use crate::errors::{type_error, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::{exceptions, generator, singletons};

/// What sending into a sub-iterator produced.
pub enum SendResult {
    /// It yielded a value (pass it out).
    Yielded(Obj),
    /// It finished with this value (the result of `yield from`).
    Returned(Obj),
}

/// `SEND`: `receiver.send(v)` (or `next(receiver)` when `v` is None and it has no `send`).
pub fn send(receiver: Value, v: Value) -> PyResult<SendResult> {
    if generator::is_generator_like(receiver) {
        return match generator::send(receiver, v)? {
            generator::GenOutcome::Yielded(y) => Ok(SendResult::Yielded(y)),
            generator::GenOutcome::Returned(r) => Ok(SendResult::Returned(r)),
        };
    }
    let r = if v == singletons::none() && type_of(receiver).slots.next.get().is_some() {
        match protocol::next(receiver) {
            Ok(Some(y)) => return Ok(SendResult::Yielded(y)),
            Ok(None) => return Ok(SendResult::Returned(singletons::none_obj())),
            Err(e) => Err(e),
        }
    } else {
        let m = protocol::getattr(receiver, crate::interned!("send"))?;
        call(m.value(), &[v], Value::NULL).map(SendResult::Yielded)
    };
    match r {
        Ok(x) => Ok(x),
        Err(e) if e.matches(exceptions::stop_iteration()) => Ok(SendResult::Returned(exceptions::stop_iteration_value(e.value()))),
        Err(e) => Err(e),
    }
}

/// `GET_YIELD_FROM_ITER`.
pub fn get_yield_from_iter(code: &CodeObject, v: Value) -> PyResult<Obj> {
    use crate::bytecode::opcodes::co_flags;
    if generator::is_coroutine(v) && code.flags & (co_flags::COROUTINE | co_flags::ITERABLE_COROUTINE) == 0 {
        return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
    }
    if generator::is_generator_like(v) {
        return Ok(Obj::new_ref(v));
    }
    protocol::get_iter(v)
}

/// `GET_AWAITABLE`.
pub fn get_awaitable(v: Value, _where: u32) -> PyResult<Obj> {
    if generator::is_coroutine(v) || generator::is_iterable_coroutine(v) {
        return Ok(Obj::new_ref(v));
    }
    match protocol::lookup_special(v, "__await__")? {
        Some(m) => {
            let it = call(m.value(), &[], Value::NULL)?;
            if generator::is_coroutine(it.value()) || type_of(it.value()).slots.next.get().is_none() {
                return Err(type_error(format!("__await__() returned non-iterator of type '{}'", type_of(it.value()).name())));
            }
            Ok(it)
        }
        None => Err(type_error(format!("object {} can't be used in 'await' expression", type_of(v).name()))),
    }
}

/// `GET_AITER`.
pub fn get_aiter(v: Value) -> PyResult<Obj> {
    match protocol::lookup_special(v, "__aiter__")? {
        Some(m) => call(m.value(), &[], Value::NULL),
        None => Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_of(v).name()
        ))),
    }
}

/// `GET_ANEXT`.
pub fn get_anext(aiter: Value) -> PyResult<Obj> {
    match protocol::lookup_special(aiter, "__anext__")? {
        Some(m) => {
            let a = call(m.value(), &[], Value::NULL)?;
            get_awaitable(a.value(), 0)
        }
        None => Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_of(aiter).name()
        ))),
    }
}

/// `BEFORE_ASYNC_WITH`: `(aexit, await mgr.__aenter__())`.
pub fn before_async_with(mgr: Value) -> PyResult<(Obj, Obj)> {
    let enter = protocol::lookup_special(mgr, "__aenter__")?;
    let exit = protocol::lookup_special(mgr, "__aexit__")?;
    let (Some(enter), Some(exit)) = (enter, exit) else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            type_of(mgr).name()
        )));
    };
    let res = call(enter.value(), &[], Value::NULL)?;
    let aw = get_awaitable(res.value(), 1)?;
    Ok((exit, aw))
}
