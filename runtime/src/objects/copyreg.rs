//! `object.__reduce_ex__` for protocol 2 and up (CPython's `reduce_newobj`): how `copy`
//! and `pickle` rebuild an instance — `(__newobj__, (cls,), state, listitems, dictitems)`.

use crate::errors::{type_error, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::descr::{MethodDef, MethodKind};
use crate::objects::{list, singletons, tuple};

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(_m: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    crate::objects::args::no_kwargs("__newobj__", kwnames)?;
    let Some(&cls) = args.first() else {
        return Err(type_error("__newobj__() missing required argument 'cls'"));
    };
    if !crate::objects::pytype::is_type(cls) {
        return Err(type_error(format!("__newobj__ arg 1 must be a type, not {}", type_of(cls).name())));
    }
    let new = protocol::getattr_str(cls, "__new__")?;
    call(new.value(), args, Value::NULL)
}

static NEWOBJ: MethodDef = MethodDef { name: "__newobj__", func: newobj, kind: MethodKind::Static, doc: "" };

/// The reduce tuple of `this`.
pub fn reduce(this: Value) -> PyResult<Obj> {
    let t = type_of(this);
    if t.slots.new.get().is_none() {
        return Err(type_error(format!("cannot pickle '{}' object", t.name())));
    }
    let func = crate::objects::descr::new_module_function(&NEWOBJ, "copyreg");
    let args = tuple::from_slice(&[t.as_value()]);
    let getstate = protocol::getattr_str(this, "__getstate__")?;
    let state = call(getstate.value(), &[], Value::NULL)?;
    let listitems = if list::is_list(this) { protocol::get_iter(this)? } else { singletons::none_obj() };
    let dictitems = if crate::objects::dict::is_dict(this) {
        let items = protocol::getattr_str(this, "items")?;
        let it = call(items.value(), &[], Value::NULL)?;
        protocol::get_iter(it.value())?
    } else {
        singletons::none_obj()
    };
    Ok(tuple::from_vec(vec![func, args, state, listitems, dictitems]))
}
