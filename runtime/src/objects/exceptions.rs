//! The exception hierarchy. All builtin exception classes share one native layout,
//! `PyBaseException` (args, traceback, cause, context), plus the instance attribute store
//! where subclass-specific attributes live (`StopIteration.value`, `OSError.errno`,
//! `SyntaxError.lineno`, ...), as user subclasses' attributes do.

use crate::errors::{type_error as raise_type_error, PyResult};
use crate::object::attrs::AttrStore;
use crate::object::{alloc_object, decref, flags, free_memory, protocol, type_of, GilCell, Obj, ObjHeader, TypeObject, Value};
use crate::objects::descr::GetSetDef;
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{dict, list, singletons, str as pystr, tuple};
use std::cell::Cell;

/// The native part of every exception instance.
#[repr(C)]
pub struct PyBaseException {
    ob: ObjHeader,
    /// `args` (a tuple, owned).
    pub args: Cell<Value>,
    /// `__traceback__` (owned) or NULL.
    pub traceback: Cell<Value>,
    /// `__cause__` (owned) or NULL.
    pub cause: Cell<Value>,
    /// `__context__` (owned) or NULL.
    pub context: Cell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
}

const BASE_SIZE: usize = std::mem::size_of::<PyBaseException>();

/// The exception fields of an instance.
#[inline(always)]
pub fn fields(v: Value) -> &'static PyBaseException {
    // SAFETY: callers pass exception instances (layout starts with PyBaseException).
    unsafe { &*(v.as_ptr() as *const PyBaseException) }
}

/// True for exception instances.
#[inline(always)]
pub fn is_exception(v: Value) -> bool {
    v.is_ptr() && type_of(v).has_flag(flags::EXC_SUBCLASS)
}

unsafe fn dealloc(v: Value) {
    let f = fields(v);
    for c in [&f.args, &f.traceback, &f.cause, &f.context] {
        decref(c.replace(Value::NULL));
    }
    pytype::release_instance_attrs(v);
    let t = type_of(v);
    free_memory(v, t.basicsize.get() + pytype::attrs_extra(t));
}

/// A new instance of exception class `ty` with the given arguments (no `__init__` run).
pub fn new_exception(ty: &TypeObject, args: &[Obj]) -> Obj {
    let o = new_exception_raw(ty, args);
    // Classes with their own __init__ (StopIteration.value, SystemExit.code, OSError's
    // errno, ...) set their attributes there; run it as a Python-level call would.
    if let Some(init) = ty.slots.init.get() {
        if init as *const () != exc_init as *const () {
            let vals: Vec<Value> = args.iter().map(|a| a.value()).collect();
            let _ = init(o.value(), &vals, Value::NULL);
        }
    }
    o
}

/// A new instance with `args`, no `__init__` run.
fn new_exception_raw(ty: &TypeObject, args: &[Obj]) -> Obj {
    let size = ty.basicsize.get() + pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyBaseException;
    let args_tuple = tuple::from_vec(args.to_vec());
    // SAFETY: fresh allocation of `size` bytes for this layout.
    unsafe {
        std::ptr::addr_of_mut!((*p).args).write(Cell::new(args_tuple.into_raw()));
        std::ptr::addr_of_mut!((*p).traceback).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).cause).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).context).write(Cell::new(Value::NULL));
        std::ptr::addr_of_mut!((*p).suppress_context).write(Cell::new(false));
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

fn set_attr(v: Value, name: &str, value: Value) {
    if let Some(s) = AttrStore::of(v) {
        s.set(type_of(v), pystr::intern(name), value);
    }
}

fn get_attr(v: Value, name: &str) -> Option<Value> {
    AttrStore::of(v).and_then(|s| s.get(type_of(v), pystr::intern(name)))
}

/// Sets `name`/`obj` on an AttributeError (3.11 provides them for suggestions).
pub fn set_attribute_error_context(e: &crate::errors::PyErr, obj: Value, name: Value) {
    set_attr(e.value(), "name", name);
    set_attr(e.value(), "obj", obj);
}

/// `"TypeError: message"` for debugging.
pub fn describe(v: Value) -> String {
    let t = type_of(v);
    let msg = protocol::str_string(v).unwrap_or_default();
    if msg.is_empty() {
        t.name().to_string()
    } else {
        format!("{}: {}", t.name(), msg)
    }
}

// ----- the class table ------------------------------------------------------------------

macro_rules! exception_classes {
    ($($field:ident : $name:literal < $parent:ident),* $(,)?) => {
        /// The builtin exception classes, created at start-up.
        pub struct ExcTypes { $( $field: Cell<*const TypeObject>, )* }
        static TYPES: GilCell<Option<ExcTypes>> = GilCell::new(None);

        fn types() -> &'static ExcTypes {
            // SAFETY: written once at start-up before any use, read-only afterwards.
            unsafe { TYPES.get_mut().as_ref().expect("exception classes are created at start-up") }
        }

        $(
            #[doc = concat!("The `", $name, "` class.")]
            #[inline]
            pub fn $field() -> &'static TypeObject {
                // SAFETY: exception classes are immortal once created.
                unsafe { &*types().$field.get() }
            }
        )*

        /// Creates every class, parents first (start-up).
        pub fn init_classes() {
            // SAFETY: start-up is single-threaded.
            unsafe {
                *TYPES.get_mut() = Some(ExcTypes { $( $field: Cell::new(std::ptr::null()), )* });
            }
            let t = types();
            $(
                let parent = exception_classes!(@parent t, $parent);
                t.$field.set(make_class($name, parent));
            )*
        }

        /// `(name, class)` of every builtin exception, for the builtins module.
        pub fn all() -> Vec<(&'static str, &'static TypeObject)> {
            vec![$( ($name, $field()), )*]
        }
    };
    (@parent $t:ident, none) => { None };
    (@parent $t:ident, $p:ident) => {
        // SAFETY: parents are listed (and created) before their children.
        Some(unsafe { &*$t.$p.get() })
    };
}

exception_classes! {
    base_exception: "BaseException" < none,
    base_exception_group: "BaseExceptionGroup" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    system_exit: "SystemExit" < base_exception,
    exception: "Exception" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    exception_group: "ExceptionGroup" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    bytes_warning: "BytesWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    user_warning: "UserWarning" < warning,
}

/// Builtin exception classes report module "builtins"; other builtin types theirs.
pub fn builtin_module_of(_t: &TypeObject) -> &'static str {
    "builtins"
}

fn make_class(name: &'static str, parent: Option<&'static TypeObject>) -> *const TypeObject {
    let p = Box::leak(Box::new(TypeObject::new_static(&TYPE_TYPE.0, name, BASE_SIZE, flags::BASETYPE | flags::EXC_SUBCLASS, dealloc)));
    p.flags.set(p.flags.get() & !flags::IMMUTABLE);
    p.attrs_offset.set(BASE_SIZE);
    let base = parent.unwrap_or(&crate::objects::object::OBJECT_TYPE.0);
    if parent.is_none() {
        install_base_exception_slots(p);
    }
    // Class-specific slots go in before `ready_static`, which exposes them as dunders.
    install_specific_slots(p, name);
    if name == "BaseExceptionGroup" || name == "ExceptionGroup" {
        crate::objects::exception_group::install_slots(p);
    }
    pytype::ready_static(p, Some(base));
    p.slots.dealloc.set(dealloc);
    if name == "BaseExceptionGroup" || name == "ExceptionGroup" {
        crate::objects::exception_group::install(p);
    }
    p
}

fn install_specific_slots(p: &'static TypeObject, name: &str) {
    if name == "StopIteration" {
        p.slots.init.set(Some(stop_iteration_init));
    }
    if name == "SystemExit" {
        p.slots.init.set(Some(system_exit_init));
    }
    if name == "KeyError" {
        p.slots.str.set(Some(key_error_str));
    }
    if name == "ImportError" {
        p.slots.init.set(Some(import_error_init));
        p.slots.str.set(Some(import_error_str));
    }
    if name == "OSError" {
        p.slots.new.set(Some(os_error_new));
        p.slots.init.set(Some(os_error_init));
        p.slots.str.set(Some(os_error_str));
    }
    if name == "SyntaxError" {
        p.slots.init.set(Some(syntax_error_init));
        p.slots.str.set(Some(syntax_error_str));
    }
    if name == "NameError" || name == "AttributeError" {
        p.slots.init.set(Some(name_error_init));
    }
    if name == "UnicodeDecodeError" || name == "UnicodeEncodeError" {
        p.slots.init.set(Some(unicode_error_init));
        p.slots.str.set(Some(unicode_error_str));
    }
}

// ----- BaseException -------------------------------------------------------------------

/// `OSError(errno, strerror, ...)` makes the subclass for the errno (`FileNotFoundError`...).
fn os_error_new(t: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let npos = crate::objects::args::npos(args, kwnames);
    let mut t = t;
    if std::ptr::eq(t, os_error()) && (2..=5).contains(&npos) {
        if let Some(errno) = crate::objects::int::as_i64(args[0]) {
            t = os_error_for_errno(errno as i32);
        }
    }
    let items: Vec<Obj> = args[..npos].iter().map(|&a| Obj::new_ref(a)).collect();
    Ok(new_exception_raw(t, &items))
}

fn exc_new(t: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let npos = crate::objects::args::npos(args, kwnames);
    let items: Vec<Obj> = args[..npos].iter().map(|&a| Obj::new_ref(a)).collect();
    Ok(new_exception_raw(t, &items))
}

fn exc_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    if !kwnames.is_null() && tuple::len(kwnames) > 0 {
        return Err(raise_type_error(format!("{}() takes no keyword arguments", type_of(v).name())));
    }
    let f = fields(v);
    decref(f.args.replace(tuple::from_slice(args).into_raw()));
    Ok(())
}

/// `str(exc)`: '' for no args, str(arg) for one, str(args) for several.
pub fn exc_str(v: Value) -> PyResult<Obj> {
    let args = fields(v).args.get();
    match tuple::len(args) {
        0 => Ok(Obj::new_ref(pystr::empty())),
        1 => protocol::str(tuple::items(args)[0]),
        _ => protocol::str(args),
    }
}

fn exc_repr(v: Value) -> PyResult<Obj> {
    let args = fields(v).args.get();
    let name = pytype::qualname(type_of(v));
    let inner = if tuple::len(args) == 1 {
        protocol::repr_string(tuple::items(args)[0])?
    } else {
        let r = protocol::repr_string(args)?;
        r[1..r.len() - 1].trim_end_matches(',').to_string()
    };
    Ok(pystr::from_string(format!("{name}({inner})")))
}

fn get_args(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(fields(v).args.get()))
}
fn set_args(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(raise_type_error("args may not be deleted"));
    }
    let t = crate::objects::tuple::from_iterable(value)?;
    decref(fields(v).args.replace(t.into_raw()));
    Ok(())
}
fn get_traceback(v: Value) -> PyResult<Obj> {
    let tb = fields(v).traceback.get();
    Ok(if tb.is_null() { singletons::none_obj() } else { Obj::new_ref(tb) })
}
fn set_traceback(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(raise_type_error("__traceback__ may not be deleted"));
    }
    if value != singletons::none() && !crate::interp::traceback::is_traceback(value) {
        return Err(raise_type_error("__traceback__ must be a traceback or None"));
    }
    let new = if value == singletons::none() { Value::NULL } else { value };
    crate::object::incref(new);
    decref(fields(v).traceback.replace(new));
    Ok(())
}
fn get_cause(v: Value) -> PyResult<Obj> {
    let c = fields(v).cause.get();
    Ok(if c.is_null() { singletons::none_obj() } else { Obj::new_ref(c) })
}
fn set_cause(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(raise_type_error("__cause__ may not be deleted"));
    }
    if value != singletons::none() && !is_exception(value) {
        return Err(raise_type_error("exception cause must be None or derive from BaseException"));
    }
    set_cause_raw(v, if value == singletons::none() { Value::NULL } else { value });
    fields(v).suppress_context.set(true);
    Ok(())
}
/// Sets `__cause__` (a new reference is taken; NULL clears).
pub fn set_cause_raw(v: Value, cause: Value) {
    crate::object::incref(cause);
    decref(fields(v).cause.replace(cause));
}
fn get_context(v: Value) -> PyResult<Obj> {
    let c = fields(v).context.get();
    Ok(if c.is_null() { singletons::none_obj() } else { Obj::new_ref(c) })
}
fn set_context(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(raise_type_error("__context__ may not be deleted"));
    }
    if value != singletons::none() && !is_exception(value) {
        return Err(raise_type_error("exception context must be None or derive from BaseException"));
    }
    set_context_raw(v, if value == singletons::none() { Value::NULL } else { value });
    Ok(())
}
/// Sets `__context__` (a new reference is taken; NULL clears).
pub fn set_context_raw(v: Value, ctx: Value) {
    crate::object::incref(ctx);
    decref(fields(v).context.replace(ctx));
}
fn get_suppress(v: Value) -> PyResult<Obj> {
    Ok(crate::objects::bool_::from_bool(fields(v).suppress_context.get()))
}
fn set_suppress(v: Value, value: Value) -> PyResult<()> {
    fields(v).suppress_context.set(!value.is_null() && protocol::is_true(value)?);
    Ok(())
}

fn with_traceback(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("with_traceback", args, kw, 1)?;
    set_traceback(this, args[0])?;
    Ok(Obj::new_ref(this))
}

fn add_note(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::args::exact("add_note", args, kw, 1)?;
    if !pystr::is_str(args[0]) {
        return Err(raise_type_error(format!("note must be a str, not '{}'", type_of(args[0]).name())));
    }
    let notes = match get_attr(this, "__notes__") {
        Some(n) => Obj::new_ref(n),
        None => {
            let l = list::new(Vec::new());
            set_attr(this, "__notes__", l.value());
            l
        }
    };
    if !list::is_list(notes.value()) {
        return Err(raise_type_error("Cannot add note: __notes__ is not a list"));
    }
    list::append(notes.value(), Obj::new_ref(args[0]));
    Ok(singletons::none_obj())
}

fn reduce(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let f = fields(this);
    let mut items = vec![protocol::type_value(this), Obj::new_ref(f.args.get())];
    if let Some(s) = AttrStore::of(this) {
        if !s.is_empty() {
            items.push(Obj::new_ref(s.materialize(type_of(this))));
        }
    }
    Ok(tuple::from_vec(items))
}

fn install_base_exception_slots(t: &'static TypeObject) {
    t.slots.new.set(Some(exc_new));
    t.slots.init.set(Some(exc_init));
    t.slots.str.set(Some(exc_str));
    t.slots.repr.set(Some(exc_repr));
    // ready_static fills the dict; members are added afterwards by `init_members`.
}

/// Adds BaseException's attributes and methods (after the class exists).
pub fn init_members() {
    let t = base_exception();
    pytype::add_getsets(t, &[
        GetSetDef { name: "args", get: get_args, set: Some(set_args) },
        GetSetDef { name: "__traceback__", get: get_traceback, set: Some(set_traceback) },
        GetSetDef { name: "__cause__", get: get_cause, set: Some(set_cause) },
        GetSetDef { name: "__context__", get: get_context, set: Some(set_context) },
        GetSetDef { name: "__suppress_context__", get: get_suppress, set: Some(set_suppress) },
    ]);
    pytype::add_methods(t, crate::methods![
        "with_traceback" => with_traceback;
        "add_note" => add_note;
        "__reduce__" => reduce;
    ]);
    pytype::add_getsets(t, crate::objects::object::INSTANCE_DICT_GETSET);
    for (_, c) in all() {
        pytype::modified(c);
    }
}

// ----- subclass specifics ------------------------------------------------------------------

fn stop_iteration_init(v: Value, args: &[Value], kw: Value) -> PyResult<()> {
    exc_init(v, args, kw)?;
    set_attr(v, "value", args.first().copied().unwrap_or_else(singletons::none));
    Ok(())
}

/// `StopIteration.value` of an instance.
pub fn stop_iteration_value(v: Value) -> Obj {
    if let Some(x) = get_attr(v, "value") {
        return Obj::new_ref(x);
    }
    let args = fields(v).args.get();
    Obj::new_ref(tuple::items(args).first().copied().unwrap_or_else(singletons::none))
}

fn system_exit_init(v: Value, args: &[Value], kw: Value) -> PyResult<()> {
    exc_init(v, args, kw)?;
    let code = match args.len() {
        0 => Obj::immediate(singletons::none()),
        1 => Obj::new_ref(args[0]),
        _ => tuple::from_slice(args),
    };
    set_attr(v, "code", code.value());
    Ok(())
}

/// `SystemExit.code`.
pub fn system_exit_code(v: Value) -> Obj {
    match get_attr(v, "code") {
        Some(c) => Obj::new_ref(c),
        None => {
            let args = fields(v).args.get();
            match tuple::len(args) {
                0 => singletons::none_obj(),
                1 => Obj::new_ref(tuple::items(args)[0]),
                _ => Obj::new_ref(args),
            }
        }
    }
}

fn key_error_str(v: Value) -> PyResult<Obj> {
    let args = fields(v).args.get();
    if tuple::len(args) == 1 {
        return protocol::repr(tuple::items(args)[0]);
    }
    exc_str(v)
}

fn import_error_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    let mut a = crate::objects::args::Args::new(args, kwnames);
    let name = a.take_kw("name");
    let path = a.take_kw("path");
    a.no_more_kw(type_of(v).name())?;
    exc_init(v, a.pos, Value::NULL)?;
    set_attr(v, "name", name.unwrap_or_else(singletons::none));
    set_attr(v, "path", path.unwrap_or_else(singletons::none));
    set_attr(v, "msg", a.pos.first().copied().unwrap_or_else(singletons::none));
    Ok(())
}

fn import_error_str(v: Value) -> PyResult<Obj> {
    if let Some(m) = get_attr(v, "msg") {
        if m != singletons::none() {
            return protocol::str(m);
        }
    }
    exc_str(v)
}

fn name_error_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    let mut a = crate::objects::args::Args::new(args, kwnames);
    let name = a.take_kw("name");
    let obj = a.take_kw("obj");
    a.no_more_kw(type_of(v).name())?;
    exc_init(v, a.pos, Value::NULL)?;
    set_attr(v, "name", name.unwrap_or_else(singletons::none));
    if type_of(v).is_subtype(attribute_error()) {
        set_attr(v, "obj", obj.unwrap_or_else(singletons::none));
    }
    Ok(())
}

/// Sets `NameError.name` (used for "name 'x' is not defined").
pub fn set_name_error_name(e: &crate::errors::PyErr, name: Value) {
    set_attr(e.value(), "name", name);
}

fn os_error_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    exc_init(v, args, kwnames)?;
    let none = singletons::none();
    let (mut errno, mut strerror, mut filename, mut filename2) = (none, none, none, none);
    if (2..=5).contains(&args.len()) {
        errno = args[0];
        strerror = args[1];
        if args.len() >= 3 {
            filename = args[2];
        }
        if args.len() >= 5 {
            filename2 = args[4];
        }
    }
    set_attr(v, "errno", errno);
    set_attr(v, "strerror", strerror);
    set_attr(v, "filename", filename);
    set_attr(v, "filename2", filename2);
    if args.len() >= 3 && args.len() <= 5 {
        // args keeps only (errno, strerror) when a filename was given.
        let f = fields(v);
        decref(f.args.replace(tuple::from_slice(&args[..2]).into_raw()));
    }
    Ok(())
}

fn os_error_str(v: Value) -> PyResult<Obj> {
    let none = singletons::none();
    let errno = get_attr(v, "errno").unwrap_or(none);
    let strerror = get_attr(v, "strerror").unwrap_or(none);
    let filename = get_attr(v, "filename").unwrap_or(none);
    let filename2 = get_attr(v, "filename2").unwrap_or(none);
    if filename != none {
        let e = protocol::str_string(errno)?;
        let s = protocol::str_string(strerror)?;
        let f = protocol::repr_string(filename)?;
        if filename2 != none {
            return Ok(pystr::from_string(format!("[Errno {e}] {s}: {f} -> {}", protocol::repr_string(filename2)?)));
        }
        return Ok(pystr::from_string(format!("[Errno {e}] {s}: {f}")));
    }
    if errno != none && strerror != none {
        return Ok(pystr::from_string(format!("[Errno {}] {}", protocol::str_string(errno)?, protocol::str_string(strerror)?)));
    }
    exc_str(v)
}

/// An OSError subclass for an errno, as CPython picks it (`FileNotFoundError` for ENOENT...).
pub fn os_error_for_errno(errno: i32) -> &'static TypeObject {
    match errno {
        2 => file_not_found_error(),
        13 | 1 => permission_error(),
        17 => file_exists_error(),
        20 => not_a_directory_error(),
        21 => is_a_directory_error(),
        4 => interrupted_error(),
        32 => broken_pipe_error(),
        104 => connection_reset_error(),
        111 => connection_refused_error(),
        110 => timeout_error(),
        10 => child_process_error(),
        3 => process_lookup_error(),
        11 => blocking_io_error(),
        _ => os_error(),
    }
}

/// An OSError from a Rust I/O error, with CPython's class, errno, message and filename.
pub fn from_io_error(e: &std::io::Error, filename: Option<Value>) -> crate::errors::PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let text = msg.split(" (os error").next().unwrap_or(&msg).to_string();
    let cls = os_error_for_errno(code);
    let mut args = vec![Obj::small_int(code as i64), pystr::new(&text)];
    if let Some(f) = filename {
        args.push(Obj::new_ref(f));
    }
    let inst = new_exception(cls, &[]);
    let argv: Vec<Value> = args.iter().map(|a| a.value()).collect();
    let _ = os_error_init(inst.value(), &argv, Value::NULL);
    crate::errors::PyErr::from_instance(inst)
}

fn syntax_error_init(v: Value, args: &[Value], kw: Value) -> PyResult<()> {
    exc_init(v, args, kw)?;
    let none = singletons::none();
    set_attr(v, "msg", args.first().copied().unwrap_or(none));
    for n in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] {
        set_attr(v, n, none);
    }
    set_attr(v, "print_file_and_line", none);
    if args.len() >= 2 {
        let info = crate::objects::iter::collect(args[1])?;
        if info.len() < 4 || info.len() > 6 {
            return Err(crate::errors::index_error("tuple index out of range"));
        }
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (i, x) in info.iter().enumerate() {
            set_attr(v, names[i], x.value());
        }
    }
    Ok(())
}

fn syntax_error_str(v: Value) -> PyResult<Obj> {
    let none = singletons::none();
    let msg = get_attr(v, "msg").unwrap_or(none);
    let msg_s = protocol::str_string(msg)?;
    let filename = get_attr(v, "filename").unwrap_or(none);
    let lineno = get_attr(v, "lineno").unwrap_or(none);
    let file = if pystr::is_str(filename) {
        let f = pystr::as_str(filename);
        Some(f.rsplit('/').next().unwrap_or(f).to_string())
    } else {
        None
    };
    let line = if crate::objects::int::is_int(lineno) { Some(crate::objects::int::to_decimal(lineno)) } else { None };
    Ok(pystr::from_string(match (file, line) {
        (Some(f), Some(l)) => format!("{msg_s} ({f}, line {l})"),
        (Some(f), None) => format!("{msg_s} ({f})"),
        (None, Some(l)) => format!("{msg_s} (line {l})"),
        (None, None) => msg_s,
    }))
}

fn unicode_error_init(v: Value, args: &[Value], kw: Value) -> PyResult<()> {
    exc_init(v, args, kw)?;
    if args.len() == 5 {
        for (i, n) in ["encoding", "object", "start", "end", "reason"].iter().enumerate() {
            set_attr(v, n, args[i]);
        }
    }
    Ok(())
}

fn unicode_error_str(v: Value) -> PyResult<Obj> {
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) =
        (get_attr(v, "encoding"), get_attr(v, "object"), get_attr(v, "start"), get_attr(v, "end"), get_attr(v, "reason"))
    else {
        return exc_str(v);
    };
    let (s, e) = (crate::objects::int::as_i64(start).unwrap_or(0), crate::objects::int::as_i64(end).unwrap_or(0));
    let enc = protocol::str_string(enc)?;
    let reason = protocol::str_string(reason)?;
    let decode = type_of(v).is_subtype(unicode_decode_error());
    if decode {
        let bytes = crate::objects::bytes::as_bytes_opt(obj).unwrap_or(&[]);
        if e - s == 1 {
            let b = bytes.get(s as usize).copied().unwrap_or(0);
            return Ok(pystr::from_string(format!("'{enc}' codec can't decode byte 0x{b:02x} in position {s}: {reason}")));
        }
        return Ok(pystr::from_string(format!("'{enc}' codec can't decode bytes in position {s}-{}: {reason}", e - 1)));
    }
    if e - s == 1 {
        let c = crate::objects::str::char_at(obj, s as usize);
        let esc = if c < 0x100 { format!("\\x{c:02x}") } else if c < 0x10000 { format!("\\u{c:04x}") } else { format!("\\U{c:08x}") };
        return Ok(pystr::from_string(format!("'{enc}' codec can't encode character '{esc}' in position {s}: {reason}")));
    }
    Ok(pystr::from_string(format!("'{enc}' codec can't encode characters in position {s}-{}: {reason}", e - 1)))
}

/// A `UnicodeDecodeError` with CPython's attributes.
pub fn new_unicode_decode_error(encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> crate::errors::PyErr {
    let args = [
        pystr::new(encoding),
        crate::objects::bytes::new(data),
        Obj::small_int(start as i64),
        Obj::small_int(end as i64),
        pystr::new(reason),
    ];
    let inst = new_exception(unicode_decode_error(), &args);
    let argv: Vec<Value> = args.iter().map(|a| a.value()).collect();
    let _ = unicode_error_init(inst.value(), &argv, Value::NULL);
    crate::errors::PyErr::from_instance(inst)
}

/// Reads an attribute stored on an exception instance (`msg`, `lineno`, ...).
pub fn attr(v: Value, name: &str) -> Option<Value> {
    get_attr(v, name)
}

/// Stores an attribute on an exception instance.
pub fn set(v: Value, name: &str, value: Value) {
    set_attr(v, name, value)
}

/// The namespace dict of an exception's attributes (for `__dict__`).
pub fn attr_dict(v: Value) -> Option<Value> {
    AttrStore::of(v).map(|s| s.materialize(type_of(v)))
}

/// `dict` helper kept for symmetry with CPython's `PyException_*` API.
pub fn notes(v: Value) -> Option<Value> {
    get_attr(v, "__notes__").filter(|n| dict::is_dict(*n) || list::is_list(*n))
}
