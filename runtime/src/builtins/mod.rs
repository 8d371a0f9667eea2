//! The `builtins` module: the last stop of every name lookup.
//!
//! Its dict holds the builtin types, the exception classes, the constants and the
//! native functions (split by theme: `funcs.rs` conversions and small helpers,
//! `numeric.rs` arithmetic and reductions, `introspect.rs` attribute and namespace
//! access, `build_class.rs` the `class` statement, `io.rs` print/input).

pub mod build_class;
pub mod funcs;
pub mod introspect;
pub mod io;
pub mod numeric;

use crate::errors::{name_error, PyResult};
use crate::object::{GilCell, Obj, TypeObject, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{dict, module, str as pystr};

static BUILTINS: GilCell<Value> = GilCell::new(Value::NULL);

/// The builtins module's dict (borrowed; it lives for the whole run).
pub fn builtins_dict() -> Value {
    // SAFETY: written once at start-up, read-only afterwards, under the GIL.
    unsafe { *BUILTINS.get_mut() }
}

/// The builtins a frame with these globals uses: `globals['__builtins__']` (a module or
/// a dict), else the interpreter's.
pub fn builtins_dict_for(globals: Value) -> Value {
    if !globals.is_null() && dict::is_dict(globals) {
        if let Some(b) = dict::get_str(globals, crate::interned!("__builtins__")) {
            if module::is_module(b) {
                return module::dict(b);
            }
            if dict::is_dict(b) {
                return b;
            }
        }
    }
    builtins_dict()
}

/// `builtins.<name>` (NameError when missing).
pub fn lookup_builtin(name: &str) -> PyResult<Obj> {
    match dict::get_str(builtins_dict(), pystr::intern(name)) {
        Some(v) => Ok(Obj::new_ref(v)),
        None => Err(name_error(format!("name '{name}' is not defined"))),
    }
}

/// `ascii(v)`.
pub fn ascii_of(v: Value) -> PyResult<Obj> {
    crate::format::ascii(v)
}

fn add_functions(d: Value, defs: &'static [MethodDef]) {
    for def in defs {
        let f = crate::objects::descr::new_module_function(def, "builtins");
        dict::set_item_str(d, def.name, f.value());
    }
}

fn add_type(d: Value, t: &TypeObject) {
    dict::set_item_str(d, t.name(), t.as_value());
}

/// Creates the builtins module (start-up, after every type is ready). Returns it.
pub fn init() -> Obj {
    use crate::objects::*;
    let m = module::new("builtins");
    let d = module::dict(m.value());
    // Builtin names; NoneType, function, module & co. are reachable only through `type(x)`.
    let types = [
        &object::OBJECT_TYPE,
        &pytype::TYPE_TYPE,
        &int::INT_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &bool_::BOOL_TYPE,
        &str::STR_TYPE,
        &bytes::BYTES_TYPE,
        &bytearray::BYTEARRAY_TYPE,
        &crate::objects::memoryview::MEMORYVIEW_TYPE,
        &list::LIST_TYPE,
        &tuple::TUPLE_TYPE,
        &dict::DICT_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &range::RANGE_TYPE,
        &slice::SLICE_TYPE,
        &builtin_iters::ENUMERATE_TYPE,
        &builtin_iters::ZIP_TYPE,
        &builtin_iters::MAP_TYPE,
        &builtin_iters::FILTER_TYPE,
        &builtin_iters::REVERSED_TYPE,
        &super_::SUPER_TYPE,
        &classmethod::PROPERTY_TYPE,
        &classmethod::STATICMETHOD_TYPE,
        &classmethod::CLASSMETHOD_TYPE,
    ];
    for t in types {
        add_type(d, t);
    }
    for (name, t) in exceptions::all() {
        dict::set_item_str(d, name, t.as_value());
    }
    dict::set_item_str(d, "EnvironmentError", exceptions::os_error().as_value());
    dict::set_item_str(d, "IOError", exceptions::os_error().as_value());
    dict::set_item_str(d, "None", singletons::none());
    dict::set_item_str(d, "Ellipsis", singletons::ellipsis());
    dict::set_item_str(d, "NotImplemented", singletons::not_implemented().value());
    dict::set_item_str(d, "True", bool_::true_value());
    dict::set_item_str(d, "False", bool_::false_value());
    dict::set_item_str(d, "__debug__", bool_::true_value());
    dict::set_item_str(d, "__doc__", pystr::new("Built-in functions, types, exceptions, and other objects.").value());
    add_functions(d, funcs::FUNCTIONS);
    add_functions(d, numeric::FUNCTIONS);
    add_functions(d, introspect::FUNCTIONS);
    add_functions(d, io::FUNCTIONS);
    add_functions(d, build_class::FUNCTIONS);
    // SAFETY: start-up, single-threaded; the module keeps the dict alive forever.
    unsafe {
        crate::object::incref(d);
        *BUILTINS.get_mut() = d;
    }
    let _ = singletons::none();
    m
}
