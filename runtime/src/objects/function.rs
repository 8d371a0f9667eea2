//! Python functions: code + globals + defaults + closure. Calling one pushes a frame
//! (`interp/call.rs`). `version` changes whenever what a call would do changes
//! (`__code__`, `__defaults__`), so `CALL` caches can guard on it.

use crate::bytecode::code::{as_code, CodeObject};
use crate::errors::{type_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, type_of, GilCell, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::descr::GetSetDef;
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{dict, method, singletons, str as pystr, tuple};
use std::cell::Cell;

/// A function object.
#[repr(C)]
pub struct PyFunction {
    ob: ObjHeader,
    code: Cell<Value>,
    globals: Value,
    builtins: Value,
    name: Cell<Value>,
    qualname: Cell<Value>,
    defaults: Cell<Value>,
    kwdefaults: Cell<Value>,
    closure: Value,
    doc: Cell<Value>,
    module: Cell<Value>,
    annotations: Cell<Value>,
    dict: Cell<Value>,
    version: Cell<u32>,
}

/// Byte offsets of a function's code, globals and builtins, for native code that calls
/// compiled functions without going through `call`.
pub const CODE_OFFSET: usize = std::mem::offset_of!(PyFunction, code);
/// See [`CODE_OFFSET`].
pub const GLOBALS_OFFSET: usize = std::mem::offset_of!(PyFunction, globals);
/// See [`CODE_OFFSET`].
pub const BUILTINS_OFFSET: usize = std::mem::offset_of!(PyFunction, builtins);

/// The `function` type.
pub static FUNCTION_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "function", std::mem::size_of::<PyFunction>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    let f = &*(v.as_ptr() as *const PyFunction);
    for c in [&f.code, &f.name, &f.qualname, &f.defaults, &f.kwdefaults, &f.doc, &f.module, &f.annotations, &f.dict] {
        decref(c.replace(Value::NULL));
    }
    decref(f.globals);
    decref(f.builtins);
    decref(f.closure);
    free_memory(v, std::mem::size_of::<PyFunction>());
}

static NEXT_VERSION: GilCell<u32> = GilCell::new(1);

fn next_version() -> u32 {
    // SAFETY: under the GIL; short borrow.
    let n = unsafe { NEXT_VERSION.get_mut() };
    *n = n.wrapping_add(1).max(1);
    *n
}

/// True for Python function objects.
#[inline(always)]
pub fn is_function(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &FUNCTION_TYPE)
}

/// The function behind a value (callers check `is_function`).
#[inline(always)]
pub fn as_function(v: Value) -> &'static PyFunction {
    // SAFETY: callers check the type.
    unsafe { &*(v.as_ptr() as *const PyFunction) }
}

/// A function's code object.
#[inline(always)]
pub fn code(v: Value) -> &'static CodeObject {
    as_code(as_function(v).code.get())
}

/// A function's version tag.
#[inline(always)]
pub fn version(v: Value) -> u32 {
    as_function(v).version.get()
}

/// A function's closure tuple (borrowed; empty tuple if none).
#[inline(always)]
pub fn closure(v: Value) -> Value {
    let c = as_function(v).closure;
    if c.is_null() {
        tuple::empty()
    } else {
        c
    }
}

impl PyFunction {
    /// Globals dict (borrowed).
    #[inline(always)]
    pub fn globals(&self) -> Value {
        self.globals
    }
    /// Builtins dict (borrowed).
    #[inline(always)]
    pub fn builtins(&self) -> Value {
        self.builtins
    }
    /// `__qualname__` (borrowed).
    pub fn qualname(&self) -> Value {
        self.qualname.get()
    }
    /// `__name__` (borrowed).
    pub fn name(&self) -> Value {
        self.name.get()
    }
    /// The positional defaults (borrowed).
    pub fn defaults(&self) -> &'static [Value] {
        let d = self.defaults.get();
        if d.is_null() {
            &[]
        } else {
            tuple::items(d)
        }
    }
    /// Number of positional defaults.
    pub fn defaults_count(&self) -> usize {
        self.defaults().len()
    }
    /// The keyword-only default for `name` (borrowed).
    pub fn kwdefault(&self, name: Value) -> Option<Value> {
        let d = self.kwdefaults.get();
        if d.is_null() {
            return None;
        }
        dict::get_str(d, name)
    }
}

/// `MAKE_FUNCTION`: a new function over `code` with the given optional parts.
pub fn new(code: Obj, globals: Value, defaults: Option<Obj>, kwdefaults: Option<Obj>, annotations: Option<Obj>, closure: Option<Obj>) -> Obj {
    let c = as_code(code.value());
    let builtins = crate::builtins::builtins_dict_for(globals);
    incref(globals);
    incref(builtins);
    let module = dict::get_str(globals, crate::interned!("__name__")).unwrap_or_else(singletons::none);
    incref(module);
    incref(c.name);
    incref(c.qualname);
    // A function's first constant is its docstring, or None (the compiler reserves it).
    let doc = c.consts.first().copied().filter(|&d| pystr::is_str(d)).unwrap_or_else(singletons::none);
    incref(doc);
    let p = alloc_object(&FUNCTION_TYPE, std::mem::size_of::<PyFunction>()) as *mut PyFunction;
    let take = |o: Option<Obj>| o.filter(|x| x.value() != singletons::none()).map_or(Value::NULL, Obj::into_raw);
    // SAFETY: fresh allocation; every field written once.
    unsafe {
        let header = std::ptr::read(p as *const ObjHeader);
        p.write(PyFunction {
            ob: header,
            name: Cell::new(c.name),
            qualname: Cell::new(c.qualname),
            code: Cell::new(code.into_raw()),
            globals,
            builtins,
            defaults: Cell::new(take(defaults)),
            kwdefaults: Cell::new(take(kwdefaults)),
            closure: take(closure),
            doc: Cell::new(doc),
            module: Cell::new(module),
            annotations: Cell::new(take(annotations)),
            dict: Cell::new(Value::NULL),
            version: Cell::new(next_version()),
        });
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// Functions bind to instances: `obj.f` is a bound method.
fn func_get(f: Value, obj: Value, _ty: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::new_ref(f));
    }
    Ok(method::new(Obj::new_ref(f), Obj::new_ref(obj)))
}

fn func_call(f: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::interp::call::call_function(f, args, kwnames)
}

fn func_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::from_string(format!("<function {} at {:#x}>", pystr::as_str(as_function(v).qualname.get()), v.bits())))
}

fn opt(v: Value) -> Obj {
    if v.is_null() {
        singletons::none_obj()
    } else {
        Obj::new_ref(v)
    }
}

fn replace_cell(c: &Cell<Value>, v: Value) {
    let new = if v.is_null() || v == singletons::none() { Value::NULL } else { v };
    incref(new);
    decref(c.replace(new));
}

fn get_code(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(as_function(v).code.get()))
}
fn set_code(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() || !crate::bytecode::code::is_code(value) {
        return Err(type_error("__code__ must be set to a code object"));
    }
    let f = as_function(v);
    incref(value);
    decref(f.code.replace(value));
    f.version.set(next_version());
    Ok(())
}
fn get_defaults(v: Value) -> PyResult<Obj> {
    Ok(opt(as_function(v).defaults.get()))
}
fn set_defaults(v: Value, value: Value) -> PyResult<()> {
    if !value.is_null() && value != singletons::none() && !tuple::is_tuple(value) {
        return Err(type_error("__defaults__ must be set to a tuple object"));
    }
    let f = as_function(v);
    replace_cell(&f.defaults, value);
    f.version.set(next_version());
    Ok(())
}
fn get_kwdefaults(v: Value) -> PyResult<Obj> {
    Ok(opt(as_function(v).kwdefaults.get()))
}
fn set_kwdefaults(v: Value, value: Value) -> PyResult<()> {
    if !value.is_null() && value != singletons::none() && !dict::is_dict(value) {
        return Err(type_error("__kwdefaults__ must be set to a dict object"));
    }
    let f = as_function(v);
    replace_cell(&f.kwdefaults, value);
    f.version.set(next_version());
    Ok(())
}
fn get_name(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(as_function(v).name.get()))
}
fn set_name(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() || !pystr::is_str(value) {
        return Err(type_error("__name__ must be set to a string object"));
    }
    incref(value);
    decref(as_function(v).name.replace(value));
    Ok(())
}
fn get_qualname(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(as_function(v).qualname.get()))
}
fn set_qualname(v: Value, value: Value) -> PyResult<()> {
    if value.is_null() || !pystr::is_str(value) {
        return Err(type_error("__qualname__ must be set to a string object"));
    }
    incref(value);
    decref(as_function(v).qualname.replace(value));
    Ok(())
}
fn get_doc(v: Value) -> PyResult<Obj> {
    Ok(opt(as_function(v).doc.get()))
}
fn set_doc(v: Value, value: Value) -> PyResult<()> {
    let nv = if value.is_null() { singletons::none() } else { value };
    incref(nv);
    decref(as_function(v).doc.replace(nv));
    Ok(())
}
fn get_module(v: Value) -> PyResult<Obj> {
    Ok(opt(as_function(v).module.get()))
}
fn set_module(v: Value, value: Value) -> PyResult<()> {
    let nv = if value.is_null() { singletons::none() } else { value };
    incref(nv);
    decref(as_function(v).module.replace(nv));
    Ok(())
}
fn get_globals(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(as_function(v).globals))
}
fn get_builtins(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(as_function(v).builtins))
}
fn get_closure(v: Value) -> PyResult<Obj> {
    Ok(opt(as_function(v).closure))
}
fn get_annotations(v: Value) -> PyResult<Obj> {
    let f = as_function(v);
    let a = f.annotations.get();
    if !a.is_null() && tuple::is_tuple(a) {
        // Stored flat as (name, value, ...): build the dict once.
        let d = dict::new();
        let items = tuple::items(a);
        for pair in items.chunks(2) {
            dict::set(d.value(), pair[0], pair[1])?;
        }
        replace_cell(&f.annotations, d.value());
        return Ok(d);
    }
    if a.is_null() {
        let d = dict::new();
        replace_cell(&f.annotations, d.value());
        return Ok(d);
    }
    Ok(Obj::new_ref(a))
}
fn set_annotations(v: Value, value: Value) -> PyResult<()> {
    if !value.is_null() && value != singletons::none() && !dict::is_dict(value) {
        return Err(type_error("__annotations__ must be set to a dict object"));
    }
    replace_cell(&as_function(v).annotations, value);
    Ok(())
}
fn get_dict(v: Value) -> PyResult<Obj> {
    let f = as_function(v);
    let d = f.dict.get();
    if d.is_null() {
        let nd = dict::new();
        f.dict.set(nd.value());
        incref(nd.value());
        return Ok(nd);
    }
    Ok(Obj::new_ref(d))
}

fn func_getattr(v: Value, name: Value) -> PyResult<Option<Obj>> {
    if let Some(r) = crate::objects::object::generic_getattr(v, name)? {
        return Ok(Some(r));
    }
    let d = as_function(v).dict.get();
    if !d.is_null() {
        if let Some(x) = dict::get_str(d, name) {
            return Ok(Some(Obj::new_ref(x)));
        }
    }
    Ok(None)
}

fn func_setattr(v: Value, name: Value, value: Value) -> PyResult<()> {
    if let Some(d) = crate::objects::pytype::type_lookup(type_of(v), name) {
        if type_of(d).slots.descr_set.get().is_some() {
            return crate::objects::object::generic_setattr(v, name, value);
        }
    }
    let dd = get_dict(v)?;
    if value.is_null() {
        if dict::pop(dd.value(), name)?.is_none() {
            return Err(crate::errors::attribute_error(format!(
                "'function' object has no attribute '{}'",
                pystr::as_str(name)
            )));
        }
        return Ok(());
    }
    dict::set(dd.value(), name, value)
}

/// Installs the slots and attributes (start-up).
pub fn init_type() {
    let s = &FUNCTION_TYPE.slots;
    s.descr_get.set(Some(func_get));
    s.call.set(Some(func_call));
    s.repr.set(Some(func_repr));
    s.getattr.set(Some(func_getattr));
    s.setattr.set(Some(func_setattr));
    crate::objects::pytype::add_getsets(&FUNCTION_TYPE, &[
        GetSetDef { name: "__code__", get: get_code, set: Some(set_code) },
        GetSetDef { name: "__defaults__", get: get_defaults, set: Some(set_defaults) },
        GetSetDef { name: "__kwdefaults__", get: get_kwdefaults, set: Some(set_kwdefaults) },
        GetSetDef { name: "__name__", get: get_name, set: Some(set_name) },
        GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname) },
        GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc) },
        GetSetDef { name: "__module__", get: get_module, set: Some(set_module) },
        GetSetDef { name: "__globals__", get: get_globals, set: None },
        GetSetDef { name: "__builtins__", get: get_builtins, set: None },
        GetSetDef { name: "__closure__", get: get_closure, set: None },
        GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations) },
        GetSetDef { name: "__dict__", get: get_dict, set: None },
    ]);
}
