//! Cells: the boxes closures share (`LOAD_DEREF`/`STORE_DEREF`), `__closure__` items.

use crate::errors::PyResult;
use crate::object::{alloc_object, decref, free_memory, incref, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::str as pystr;
use std::cell::Cell;

/// A cell.
#[repr(C)]
pub struct PyCell {
    ob: ObjHeader,
    contents: Cell<Value>,
}

/// The `cell` type.
pub static CELL_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "cell", std::mem::size_of::<PyCell>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    decref((*(v.as_ptr() as *const PyCell)).contents.replace(Value::NULL));
    free_memory(v, std::mem::size_of::<PyCell>());
}

/// A new cell holding `v` (NULL for empty); takes a new reference.
pub fn new(v: Value) -> Obj {
    incref(v);
    let p = alloc_object(&CELL_TYPE, std::mem::size_of::<PyCell>()) as *mut PyCell;
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).contents).write(Cell::new(v));
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// True for cells.
#[inline(always)]
pub fn is_cell(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &CELL_TYPE)
}

#[inline(always)]
fn raw(v: Value) -> &'static PyCell {
    // SAFETY: callers pass cells.
    unsafe { &*(v.as_ptr() as *const PyCell) }
}

/// The contents (borrowed, NULL if empty).
#[inline(always)]
pub fn get(c: Value) -> Value {
    raw(c).contents.get()
}

/// Replaces the contents.
#[inline(always)]
pub fn set(c: Value, v: Obj) {
    decref(raw(c).contents.replace(v.into_raw()));
}

/// Empties the cell.
pub fn clear(c: Value) {
    decref(raw(c).contents.replace(Value::NULL));
}

fn get_contents(v: Value) -> PyResult<Obj> {
    let c = get(v);
    if c.is_null() {
        return Err(crate::errors::value_error("Cell is empty"));
    }
    Ok(Obj::new_ref(c))
}

fn set_contents(v: Value, value: Value) -> PyResult<()> {
    incref(value);
    decref(raw(v).contents.replace(value));
    Ok(())
}

fn cell_repr(v: Value) -> PyResult<Obj> {
    let c = get(v);
    if c.is_null() {
        return Ok(pystr::from_string(format!("<cell at {:#x}: empty>", v.bits())));
    }
    Ok(pystr::from_string(format!(
        "<cell at {:#x}: {} object at {:#x}>",
        v.bits(),
        crate::object::type_of(c).name(),
        c.bits()
    )))
}

/// Installs the slots (start-up).
pub fn init_type() {
    CELL_TYPE.slots.repr.set(Some(cell_repr));
    crate::objects::pytype::add_getsets(&CELL_TYPE, &[crate::objects::descr::GetSetDef {
        name: "cell_contents",
        get: get_contents,
        set: Some(set_contents),
    }]);
}
