//! Raising and catching: `RAISE_VARARGS` (classes instantiated, `from` causes, implicit
//! context chaining), `except` matching, `with` enter/exit, and `except*` groups.

use crate::errors::{type_error, PyErr, PyResult};
use crate::interp::call::call;
use crate::interp::ThreadState;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::{exceptions, pytype, singletons, tuple};

/// Makes an exception instance from `raise X` (a class is called with no arguments).
pub fn instantiate(v: Value) -> PyResult<Obj> {
    if pytype::is_type(v) && pytype::as_type(v).has_flag(crate::object::flags::EXC_SUBCLASS) {
        let inst = call(v, &[], Value::NULL)?;
        if !exceptions::is_exception(inst.value()) {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                protocol::repr_string(v)?,
                type_of(inst.value()).name()
            )));
        }
        return Ok(inst);
    }
    if exceptions::is_exception(v) {
        return Ok(Obj::new_ref(v));
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// `raise`, `raise exc`, `raise exc from cause`.
pub fn do_raise(ts: &mut ThreadState, exc: Option<Obj>, cause: Option<Obj>) -> PyErr {
    let Some(exc) = exc else {
        // Bare raise: re-raise the exception being handled.
        let cur = ts.exc_info;
        if cur.is_null() {
            return crate::errors::runtime_error("No active exception to reraise");
        }
        ts.reraising = true;
        return PyErr::from_instance(Obj::new_ref(cur));
    };
    let inst = match instantiate(exc.value()) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if let Some(c) = cause {
        if c.value() == singletons::none() {
            exceptions::set_cause_raw(inst.value(), Value::NULL);
        } else {
            match instantiate(c.value()) {
                Ok(ci) => exceptions::set_cause_raw(inst.value(), ci.value()),
                Err(_) => return type_error("exception causes must derive from BaseException"),
            }
        }
        exceptions::fields(inst.value()).suppress_context.set(true);
    }
    PyErr::from_instance(inst)
}

/// Sets the implicit `__context__` of a newly raised exception (the one being handled),
/// avoiding cycles, as CPython's `_PyErr_SetObject` does.
pub fn chain_context(ts: &ThreadState, exc: Value) {
    let cur = ts.exc_info;
    if cur.is_null() || cur == exc || !exceptions::is_exception(exc) {
        return;
    }
    // Break a cycle: if exc is already in cur's context chain, cut it there.
    let mut o = cur;
    loop {
        let ctx = exceptions::fields(o).context.get();
        if ctx.is_null() {
            break;
        }
        if ctx == exc {
            exceptions::set_context_raw(o, Value::NULL);
            break;
        }
        o = ctx;
    }
    if exceptions::fields(exc).context.get().is_null() {
        exceptions::set_context_raw(exc, cur);
    }
}

fn check_catchable(cls: Value) -> PyResult<()> {
    let ok = |c: Value| pytype::is_type(c) && pytype::as_type(c).has_flag(crate::object::flags::EXC_SUBCLASS);
    if tuple::is_tuple(cls) {
        for &c in tuple::items(cls) {
            if !ok(c) {
                return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
            }
        }
        return Ok(());
    }
    if !ok(cls) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(())
}

/// `CHECK_EXC_MATCH`: does `exc` match the class (or tuple of classes) `cls`?
pub fn exception_matches(exc: Value, cls: Value) -> PyResult<bool> {
    check_catchable(cls)?;
    let t = type_of(exc);
    if tuple::is_tuple(cls) {
        return Ok(tuple::items(cls).iter().any(|&c| t.is_subtype(pytype::as_type(c))));
    }
    Ok(t.is_subtype(pytype::as_type(cls)))
}

/// `CHECK_EG_MATCH`: splits an exception (group) by `cls` into (rest, match).
pub fn eg_match(eg: Value, cls: Value) -> PyResult<(Obj, Obj)> {
    check_catchable(cls)?;
    crate::objects::exception_group::split_for_except_star(eg, cls)
}

/// `PREP_RERAISE_STAR`: what remains to re-raise after the `except*` clauses.
pub fn prep_reraise_star(orig: Value, excs: Value) -> PyResult<Obj> {
    crate::objects::exception_group::prep_reraise_star(orig, excs)
}

/// `BEFORE_WITH`: `(exit, mgr.__enter__())`.
pub fn before_with(mgr: Value) -> PyResult<(Obj, Obj)> {
    let t = type_of(mgr);
    let enter = protocol::lookup_special(mgr, "__enter__")?;
    let exit = protocol::lookup_special(mgr, "__exit__")?;
    let (Some(enter), Some(exit)) = (enter, exit) else {
        // 3.11 names the missing half only when `__enter__` exists.
        let missed = if protocol::lookup_special(mgr, "__enter__")?.is_some() { " (missed __exit__ method)" } else { "" };
        return Err(type_error(format!("'{}' object does not support the context manager protocol{missed}", t.name())));
    };
    let res = call(enter.value(), &[], Value::NULL)?;
    Ok((exit, res))
}

/// `WITH_EXCEPT_START`: `exit(type(exc), exc, exc.__traceback__)`.
pub fn call_exit(exit: Value, exc: Value) -> PyResult<Obj> {
    let t = type_of(exc).as_value();
    let tb = exceptions::fields(exc).traceback.get();
    let tb = if tb.is_null() { singletons::none() } else { tb };
    call(exit, &[t, exc, tb], Value::NULL)
}
