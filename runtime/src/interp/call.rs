//! Calling: the vectorcall convention (`args` = positional values then keyword values,
//! `kwnames` = tuple of keyword names or NULL), binding arguments to a Python function's
//! parameters with CPython's error messages, and `f(*args, **kwargs)`.

use super::frame::{Frame, FrameKind};
use super::{run_frame, thread_state, Exit};
use crate::errors::{type_error, PyResult};
use crate::object::{decref, incref, protocol, type_of, Obj, Value};
use crate::objects::{dict, function, method, str as pystr, tuple};

/// Calls any callable.
#[inline]
pub fn call(callable: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if function::is_function(callable) {
        return call_function(callable, args, kwnames);
    }
    if method::is_method(callable) {
        let (f, self_) = method::parts(callable);
        let mut full: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::with_capacity(args.len() + 1);
        full.push(self_);
        full.extend_from_slice(args);
        return call(f, &full, kwnames);
    }
    if kwnames.is_null() {
        if let Some(r) = call_native_positional(callable, args) {
            return r;
        }
    }
    let t = type_of(callable);
    match t.slots.call.get() {
        Some(f) => {
            let _g = super::enter_native()?;
            f(callable, args, kwnames)
        }
        None => Err(type_error(format!("'{}' object is not callable", t.name()))),
    }
}

/// A native function, or an instance method of a builtin type with its instance first
/// in `args`, called with positional arguments straight through its definition (what
/// the type's call slot would do after its checks); `None` for any other callable,
/// and for a method descriptor given no argument or one not of its type (the generic
/// call raises the error).
#[inline]
pub fn call_native_positional(callable: Value, args: &[Value]) -> Option<PyResult<Obj>> {
    use crate::objects::descr;
    let (func, this, rest) = if crate::object::is_type(callable, &descr::METHOD_DESCR_TYPE.0) {
        let d = descr::method_descr(callable);
        let (&this, rest) = args.split_first()?;
        // SAFETY: a descriptor's owner is a builtin type, never freed.
        if d.def.kind != descr::MethodKind::Method || !type_of(this).is_subtype(unsafe { &*d.owner }) {
            return None;
        }
        (d.def.func, this, rest)
    } else if crate::object::is_type(callable, &descr::BUILTIN_FUNCTION_TYPE.0) {
        let f = descr::builtin(callable);
        (f.def.func, f.self_, args)
    } else {
        return None;
    };
    let _g = match super::enter_native() {
        Ok(g) => g,
        Err(e) => return Some(Err(e)),
    };
    Some(func(this, rest, Value::NULL))
}

/// Calls a Python function: a new frame, bound arguments, the interpreter.
pub fn call_function(func: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let ts = thread_state();
    let f = prepare_frame(ts, func, args, kwnames)?;
    // SAFETY: `f` was just initialized.
    unsafe { (*f).previous = ts.current };
    ts.current = f;
    ts.py_depth += 1;
    if ts.py_depth > ts.recursion_limit {
        ts.py_depth -= 1;
        // SAFETY: `f` is the top frame, not yet run.
        ts.current = unsafe { (*f).previous };
        unsafe {
            (*f).clear();
        }
        ts.datastack.pop(f);
        return Err(crate::errors::recursion_error("maximum recursion depth exceeded"));
    }
    match run_frame(f)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(crate::errors::system_error("a function frame yielded")),
    }
}

/// True when a call to `func` with `n` positional arguments and no keywords binds them
/// one to one (`CALL_PY_EXACT_ARGS`): no defaults needed, no `*args`/`**kwargs`.
#[inline(always)]
pub fn exact_args(func: Value, n: usize) -> bool {
    let code = function::code(func);
    n == code.argcount as usize
        && code.kwonlyargcount == 0
        && code.flags & (crate::bytecode::opcodes::co_flags::VARARGS | crate::bytecode::opcodes::co_flags::VARKEYWORDS) == 0
        && !code.is_generator_like()
}

/// Pushes a frame for `func` taking over the caller's references: the function's and the
/// `n` arguments' at `args` (they become the first locals). Unlinked, like
/// `prepare_frame`. The caller has checked `exact_args`.
///
/// # Safety
/// `args` points to `n` owned values the caller gives up, as it does `func`.
#[inline(always)]
pub unsafe fn push_frame_moving(ts: &mut super::ThreadState, func: Value, args: *const Value, n: usize) -> *mut Frame {
    let fobj = function::as_function(func);
    let code = function::code(func);
    let (p, token) = ts.datastack.push(Frame::size_words(code));
    Frame::init_moved(p, code, func, fobj.globals(), fobj.builtins(), Value::NULL, FrameKind::DataStack, token);
    std::ptr::copy_nonoverlapping(args, (*p).localsplus(), n);
    p
}

/// Pushes a frame for `func` with its parameters bound (new references) and returns it,
/// unlinked (`previous` unset). On error nothing remains on the data stack.
pub fn prepare_frame(ts: &mut super::ThreadState, func: Value, args: &[Value], kwnames: Value) -> PyResult<*mut Frame> {
    let fobj = function::as_function(func);
    let code = function::code(func);
    let (p, token) = ts.datastack.push(Frame::size_words(code));
    // SAFETY: a fresh data-stack block of the right size.
    unsafe {
        Frame::init(p, code, func, fobj.globals(), fobj.builtins(), Value::NULL, FrameKind::DataStack, token);
    }
    // SAFETY: initialized above.
    let fr = unsafe { &*p };
    // Fast path: exact positional arguments, no keywords.
    if kwnames.is_null() && args.len() == code.argcount as usize && code.kwonlyargcount == 0 && code.flags & (crate::bytecode::opcodes::co_flags::VARARGS | crate::bytecode::opcodes::co_flags::VARKEYWORDS) == 0 {
        let slots = fr.localsplus();
        for (i, &a) in args.iter().enumerate() {
            incref(a);
            // SAFETY: argcount <= nlocalsplus.
            unsafe { *slots.add(i) = a };
        }
        return Ok(p);
    }
    if let Err(e) = bind_arguments(fr, func, args, kwnames) {
        // SAFETY: the frame never ran; release it.
        unsafe { fr.clear() };
        ts.datastack.pop(p);
        return Err(e);
    }
    Ok(p)
}

fn qualname(func: Value) -> &'static str {
    pystr::as_str(function::as_function(func).qualname())
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// CPython's `initialize_locals`: positional parameters, `*args`, keywords, `**kwargs`,
/// defaults and keyword-only defaults, with its exact messages.
fn bind_arguments(fr: &Frame, func: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    use crate::bytecode::opcodes::co_flags::{VARARGS, VARKEYWORDS};
    let code = fr.code();
    let fobj = function::as_function(func);
    let slots = fr.localsplus();
    let set = |i: usize, v: Value| {
        incref(v);
        // SAFETY: parameter indices are below nlocalsplus.
        unsafe {
            let old = *slots.add(i);
            *slots.add(i) = v;
            decref(old);
        }
    };
    let get = |i: usize| unsafe { *slots.add(i) };
    let nkw = if kwnames.is_null() { 0 } else { tuple::len(kwnames) };
    let npos = args.len() - nkw;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let total = argcount + kwonly;
    let has_varargs = code.flags & VARARGS != 0;
    let has_varkw = code.flags & VARKEYWORDS != 0;
    let varargs_index = total;
    let varkw_index = total + has_varargs as usize;

    // **kwargs dict first (keywords may land in it).
    let kwdict = if has_varkw {
        let d = dict::new();
        set(varkw_index, d.value());
        Some(d)
    } else {
        None
    };
    // Positional arguments.
    let n = npos.min(argcount);
    for (i, &a) in args.iter().enumerate().take(n) {
        set(i, a);
    }
    if has_varargs {
        let extra = if npos > argcount { tuple::from_slice(&args[argcount..npos]) } else { Obj::new_ref(tuple::empty()) };
        set(varargs_index, extra.value());
    } else if npos > argcount {
        // Too many positional arguments.
        let defaults = fobj.defaults_count();
        let kwonly_given = (0..nkw)
            .filter(|&k| {
                let name = tuple::items(kwnames)[k];
                (argcount..total).any(|i| pystr::eq(code.localsplusnames[i], name))
            })
            .count();
        let takes = if defaults > 0 {
            format!("from {} to {} positional arguments", argcount - defaults, argcount)
        } else {
            plural(argcount, "positional argument")
        };
        let given = if kwonly_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kwonly_given,
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(type_error(format!("{}() takes {} but {}", qualname(func), takes, given)));
    }
    // Keyword arguments.
    let posonly = code.posonlyargcount as usize;
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for k in 0..nkw {
        let name = tuple::items(kwnames)[k];
        let value = args[npos + k];
        if !pystr::is_str(name) {
            return Err(type_error(format!("{}() keywords must be strings", qualname(func))));
        }
        let found = (posonly..total).find(|&i| {
            let pn = code.localsplusnames[i];
            pn == name || pystr::eq(pn, name)
        });
        match found {
            Some(i) => {
                if !get(i).is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(func),
                        pystr::as_str(name)
                    )));
                }
                set(i, value);
            }
            None => {
                if let Some(d) = &kwdict {
                    dict::set(d.value(), name, value)?;
                    continue;
                }
                if (0..posonly).any(|i| pystr::eq(code.localsplusnames[i], name)) {
                    posonly_as_kw.push(pystr::as_str(name));
                    continue;
                }
                return Err(type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname(func),
                    pystr::as_str(name)
                )));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(func),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    let defaults = fobj.defaults();
    let ndef = defaults.len();
    let mut missing: Vec<&str> = Vec::new();
    for i in npos.min(argcount)..argcount {
        if get(i).is_null() {
            if i + ndef >= argcount {
                set(i, defaults[i + ndef - argcount]);
            } else {
                missing.push(pystr::as_str(code.localsplusnames[i]));
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname(func),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    // Keyword-only defaults.
    for i in argcount..total {
        if get(i).is_null() {
            let name = code.localsplusnames[i];
            match fobj.kwdefault(name) {
                Some(d) => set(i, d),
                None => missing.push(pystr::as_str(name)),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname(func),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(())
}

/// `func(*args, **kwargs)`.
pub fn call_ex(func: Value, args: Value, kwargs: Option<Value>) -> PyResult<Obj> {
    let args_t = if tuple::is_tuple(args) {
        Obj::new_ref(args)
    } else {
        match tuple::from_iterable(args) {
            Ok(t) => t,
            Err(e) if e.matches(crate::objects::exceptions::type_error()) && protocol::get_iter(args).is_err() => {
                return Err(type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    callable_name(func),
                    type_of(args).name()
                )));
            }
            Err(e) => return Err(e),
        }
    };
    let mut all: Vec<Value> = tuple::items(args_t.value()).to_vec();
    let mut names: Vec<Value> = Vec::new();
    let pairs;
    if let Some(kw) = kwargs {
        if !dict::is_dict(kw) {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                callable_name(func),
                type_of(kw).name()
            )));
        }
        pairs = dict::items_owned(kw);
        for (k, v) in &pairs {
            if !pystr::is_str(k.value()) {
                return Err(type_error("keywords must be strings"));
            }
            names.push(k.value());
            all.push(v.value());
        }
    }
    let kwnames = if names.is_empty() { None } else { Some(tuple::from_slice(&names)) };
    call(func, &all, kwnames.as_ref().map_or(Value::NULL, |k| k.value()))
}

/// `f()`-style name of a callable for error messages (`f()`, `A.m()`).
pub fn callable_name(func: Value) -> String {
    // CPython's `_PyObject_FunctionStr`: `module.qualname()` (no module for builtins).
    let Ok(Some(q)) = protocol::lookup_attr(func, crate::interned!("__qualname__")) else {
        return protocol::str_string(func).unwrap_or_default();
    };
    let q = protocol::str_string(q.value()).unwrap_or_default();
    match protocol::lookup_attr(func, crate::interned!("__module__")) {
        Ok(Some(m)) if pystr::is_str(m.value()) && pystr::as_str(m.value()) != "builtins" => {
            format!("{}.{q}()", pystr::as_str(m.value()))
        }
        _ => format!("{q}()"),
    }
}

/// Calls with a Rust slice of owned arguments.
pub fn call_owned(callable: Value, args: &[Obj]) -> PyResult<Obj> {
    let v: Vec<Value> = args.iter().map(|a| a.value()).collect();
    call(callable, &v, Value::NULL)
}
