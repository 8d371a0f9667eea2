//! Struct sequences (CPython's `structseq.c`): tuples whose items also have names —
//! `sys.version_info`, `time.struct_time`, `sys.float_info`. Each is a class deriving
//! from `tuple` with one read-only field descriptor per name.

use crate::errors::{type_error, PyResult};
use crate::object::{alloc_object, free_memory, protocol, type_of, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::descr::MethodDef;
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{dict, str as pystr, tuple};

/// A field descriptor: item `index` of the tuple.
#[repr(C)]
pub struct PyField {
    ob: ObjHeader,
    index: usize,
}

/// The field descriptor type.
pub static FIELD_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "structseq_field", std::mem::size_of::<PyField>(), 0, dealloc_field));

unsafe fn dealloc_field(v: Value) {
    free_memory(v, std::mem::size_of::<PyField>());
}

fn field_get(d: Value, obj: Value, _ty: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::new_ref(d));
    }
    // SAFETY: `d` is a field descriptor.
    let i = unsafe { (*(d.as_ptr() as *const PyField)).index };
    match tuple::items(obj).get(i) {
        Some(&x) => Ok(Obj::new_ref(x)),
        None => Err(crate::errors::attribute_error("field out of range")),
    }
}

fn new_field(index: usize) -> Obj {
    let p = alloc_object(&FIELD_TYPE, std::mem::size_of::<PyField>()) as *mut PyField;
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::addr_of_mut!((*p).index).write(index);
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn fields_of(t: &TypeObject) -> Vec<Value> {
    match dict::get_str(t.dict.get(), crate::interned!("_fields")) {
        Some(f) if tuple::is_tuple(f) => tuple::items(f).to_vec(),
        _ => Vec::new(),
    }
}

fn full_name(t: &TypeObject) -> String {
    match pytype::module_name(t) {
        Some(m) if m != "builtins" => format!("{m}.{}", t.name()),
        _ => t.name().to_string(),
    }
}

fn m_repr(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let t = type_of(this);
    let names = fields_of(t);
    let items = tuple::items(this);
    let mut parts = Vec::with_capacity(names.len());
    for (n, &v) in names.iter().zip(items) {
        parts.push(format!("{}={}", pystr::as_str(*n), protocol::repr_string(v)?));
    }
    Ok(pystr::from_string(format!("{}({})", full_name(t), parts.join(", "))))
}

fn m_reduce(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let items = tuple::from_slice(tuple::items(this));
    Ok(tuple::pair(Obj::new_ref(Value::from_ptr(type_of(this))), tuple::pair(items, crate::objects::dict::new())))
}

static METHODS: &[MethodDef] = crate::methods!["__repr__" => m_repr; "__reduce__" => m_reduce];

/// `struct_time(seq)`: a struct sequence from an iterable of exactly the right length.
fn structseq_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = crate::objects::args::bind(t.name(), a, kw, &["sequence", "dict"], 1)?;
    let mut items = crate::objects::iter::collect(b[0])?;
    let n = fields_of(t).len();
    // Fields past `n_sequence_fields` are optional (struct_time's tm_zone, tm_gmtoff).
    let min = dict::get_str(t.dict.get(), crate::interned!("n_sequence_fields"))
        .and_then(crate::objects::int::as_i64)
        .map_or(n, |m| m as usize);
    let given = items.len();
    if min == n && given != n {
        return Err(type_error(format!("{}() takes a {}-sequence ({}-sequence given)", full_name(t), n, given)));
    }
    if given < min {
        return Err(type_error(format!("{}() takes an at least {}-sequence ({}-sequence given)", full_name(t), min, given)));
    }
    if given > n {
        return Err(type_error(format!("{}() takes an at most {}-sequence ({}-sequence given)", full_name(t), n, given)));
    }
    items.resize_with(n, crate::objects::singletons::none_obj);
    Ok(new_instance(t, items))
}

/// Creates a struct-sequence class `module.name` with these fields.
pub fn new_type(module: &str, name: &str, fields: &[&str]) -> &'static TypeObject {
    let ns = dict::new();
    let d = ns.value();
    for (i, f) in fields.iter().enumerate() {
        dict::set_item_str(d, f, new_field(i).value());
    }
    let names: Vec<Obj> = fields.iter().map(|f| pystr::new(f)).collect();
    dict::set_item_str(d, "_fields", tuple::from_vec(names).value());
    dict::set_item_str(d, "__module__", pystr::new(module).value());
    dict::set_item_str(d, "n_sequence_fields", crate::objects::int::from_i64(fields.len() as i64).value());
    dict::set_item_str(d, "n_fields", crate::objects::int::from_i64(fields.len() as i64).value());
    dict::set_item_str(d, "__slots__", tuple::empty());
    for def in METHODS {
        let f = crate::objects::descr::new_method_descr(&tuple::TUPLE_TYPE, def);
        dict::set_item_str(d, def.name, f.value());
    }
    let cls = crate::objects::typecls::make_class(name, &[tuple::TUPLE_TYPE.as_value()], ns).expect("struct sequence class");
    let t = pytype::as_type(cls.into_raw());
    t.slots.new.set(Some(structseq_new));
    t
}

/// An instance of struct-sequence class `t` (items are consumed).
pub fn new_instance(t: &TypeObject, items: Vec<Obj>) -> Obj {
    let o = tuple::alloc_of(t, items.len());
    for (i, x) in items.into_iter().enumerate() {
        tuple::init_item(&o, i, x);
    }
    o
}

/// Installs the field descriptor type (start-up).
pub fn init_type() {
    FIELD_TYPE.slots.descr_get.set(Some(field_get));
    pytype::ready_static(&FIELD_TYPE, Some(&crate::objects::object::OBJECT_TYPE.0));
    FIELD_TYPE.slots.new.set(None);
}
