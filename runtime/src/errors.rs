//! Raising exceptions from Rust. A failing operation returns `Err(PyErr)`, which owns the
//! exception instance (CPython returns NULL and sets the thread's error indicator; carrying
//! the instance in the `Result` keeps Rust's `?` and ownership doing the bookkeeping).
//!
//! The constructors below build instances of the builtin exception classes with CPython's
//! messages; `objects/exceptions.rs` defines the classes themselves.

use crate::object::{Obj, TypeObject, Value};
use crate::objects::exceptions::{self as exc, new_exception};

/// A raised exception: an owned exception instance.
pub struct PyErr(Obj);

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// Wraps an exception instance.
    pub fn from_instance(inst: Obj) -> PyErr {
        PyErr(inst)
    }

    /// A new instance of `ty` with one string argument.
    pub fn new(ty: &TypeObject, msg: impl AsRef<str>) -> PyErr {
        PyErr(new_exception(ty, &[crate::objects::str::new(msg.as_ref())]))
    }

    /// A new instance of `ty` with the given arguments.
    pub fn with_args(ty: &TypeObject, args: &[Obj]) -> PyErr {
        PyErr(new_exception(ty, args))
    }

    /// The exception instance.
    pub fn value(&self) -> Value {
        self.0.value()
    }

    /// Gives up the instance.
    pub fn into_instance(self) -> Obj {
        self.0
    }

    /// The exception's class.
    pub fn type_(&self) -> &TypeObject {
        crate::object::type_of(self.0.value())
    }

    /// True when the exception is an instance of `ty` (or a subclass).
    pub fn matches(&self, ty: &TypeObject) -> bool {
        self.type_().is_subtype(ty)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", crate::objects::exceptions::describe(self.0.value()))
    }
}

/// `TypeError(msg)`.
pub fn type_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::type_error(), msg)
}
/// `ValueError(msg)`.
pub fn value_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::value_error(), msg)
}
/// `IndexError(msg)`.
pub fn index_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::index_error(), msg)
}
/// `KeyError(key)`.
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(exc::key_error(), &[Obj::new_ref(key)])
}
/// `AttributeError(msg)` with `name` and `obj` set, as CPython 3.11 does.
pub fn attribute_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::attribute_error(), msg)
}
/// `NameError(msg)`.
pub fn name_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::name_error(), msg)
}
/// `ZeroDivisionError(msg)`.
pub fn zero_division(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::zero_division_error(), msg)
}
/// `OverflowError(msg)`.
pub fn overflow_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::overflow_error(), msg)
}
/// `RuntimeError(msg)`.
pub fn runtime_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::runtime_error(), msg)
}
/// `RecursionError(msg)`.
pub fn recursion_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::recursion_error(), msg)
}
/// `NotImplementedError(msg)`.
pub fn not_implemented_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::not_implemented_error(), msg)
}
/// `SystemError(msg)`: an internal inconsistency, never a user error.
pub fn system_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::system_error(), msg)
}
/// `MemoryError()`.
pub fn memory_error() -> PyErr {
    PyErr::with_args(exc::memory_error(), &[])
}

/// `MemoryError` for a single object of `bytes` that could never be backed: more than
/// the machine's physical memory. The allocator reserves address space without
/// committing it, so such a request would succeed and the process be killed while
/// filling it; CPython's malloc refuses it instead.
pub fn check_alloc(bytes: u128) -> PyResult<()> {
    static LIMIT: std::sync::OnceLock<u128> = std::sync::OnceLock::new();
    let limit = *LIMIT.get_or_init(|| {
        let total_kb = std::fs::read_to_string("/proc/meminfo").ok().and_then(|m| {
            let line = m.lines().find(|l| l.starts_with("MemTotal:"))?;
            line.split_whitespace().nth(1)?.parse::<u128>().ok()
        });
        total_kb.map_or(1 << 40, |kb| kb * 1024)
    });
    if bytes > limit {
        return Err(memory_error());
    }
    Ok(())
}

/// An empty vector with room for `n` items, or `MemoryError` ([`check_alloc`], then the
/// allocator's own refusal) where a plain `Vec::with_capacity` would abort.
pub fn vec_with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    check_alloc(n as u128 * std::mem::size_of::<T>() as u128)?;
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}
/// `StopIteration(value)`.
pub fn stop_iteration(value: Option<Obj>) -> PyErr {
    match value {
        Some(v) => PyErr::with_args(exc::stop_iteration(), &[v]),
        None => PyErr::with_args(exc::stop_iteration(), &[]),
    }
}
/// `UnboundLocalError(msg)`.
pub fn unbound_local_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::unbound_local_error(), msg)
}
/// `ImportError(msg)`.
pub fn import_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::import_error(), msg)
}
/// `OSError(msg)`.
pub fn os_error(msg: impl AsRef<str>) -> PyErr {
    PyErr::new(exc::os_error(), msg)
}
