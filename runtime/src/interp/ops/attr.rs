//! `LOAD_METHOD`: finds `obj.name` as an unbound method plus `self` when possible, so
//! that `obj.m(x)` calls `m(obj, x)` without creating a bound method object. The
//! specialized forms cache the method found in the class (guarded by the type version,
//! which also changes when instances gain a new attribute name).

use crate::bytecode::code::CodeObject;
use crate::bytecode::opcodes::Opcode;
use crate::errors::PyResult;
use crate::interp::specialize::deopt;
use crate::object::attrs::AttrStore;
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::{descr, function, pytype};

fn is_method_like(v: Value) -> bool {
    function::is_function(v)
        || (crate::object::is_type(v, &descr::METHOD_DESCR_TYPE) && descr::method_descr(v).def.kind == descr::MethodKind::Method)
}

fn cache_ptr(code: &CodeObject, i: usize) -> Value {
    let u = code.code_mut();
    let bits = u[i + 4] as u64 | (u[i + 5] as u64) << 16 | (u[i + 6] as u64) << 32 | (u[i + 7] as u64) << 48;
    Value::from_bits(bits)
}

fn set_cache(code: &CodeObject, i: usize, version: u32, ptr: Value) {
    let u = code.code_mut();
    u[i + 2] = version as u16;
    u[i + 3] = (version >> 16) as u16;
    let b = ptr.bits();
    u[i + 4] = b as u16;
    u[i + 5] = (b >> 16) as u16;
    u[i + 6] = (b >> 32) as u16;
    u[i + 7] = (b >> 48) as u16;
}

fn cached_version(code: &CodeObject, i: usize) -> u32 {
    let u = code.code_mut();
    u[i + 2] as u32 | (u[i + 3] as u32) << 16
}

/// `LOAD_METHOD` and its specialized forms. Returns `(callable, true)` for an unbound
/// method to call with `obj` as first argument, or `(attribute, false)`.
pub fn load_method(code: &CodeObject, i: usize, op: Opcode, obj: Value, name: Value) -> PyResult<(Obj, bool)> {
    let t = type_of(obj);
    match op {
        Opcode::LoadMethodWithValues | Opcode::LoadMethodNoDict => {
            if t.version.get() == cached_version(code, i) {
                let store_ok = match AttrStore::of(obj) {
                    None => true,
                    Some(s) => s.dict_value().is_null(),
                };
                if store_ok {
                    return Ok((Obj::new_ref(cache_ptr(code, i)), true));
                }
            }
            deopt(code, i, Opcode::LoadMethod);
        }
        Opcode::LoadMethodModule => {
            if crate::objects::module::is_module(obj) {
                let d = crate::objects::module::dict(obj);
                if crate::objects::dict::keys_version(d) == cached_version(code, i) {
                    let ix = code.code_mut()[i + 4] as usize;
                    return Ok((Obj::new_ref(crate::objects::dict::value_at(d, ix)), false));
                }
            }
            deopt(code, i, Opcode::LoadMethod);
        }
        _ => {}
    }
    let generic = t.slots.getattr.get().map(|f| f as usize) == Some(crate::objects::object::generic_getattr as *const () as usize);
    if generic {
        if let Some(d) = pytype::type_lookup(t, name) {
            if is_method_like(d) {
                let shadowed = match AttrStore::of(obj) {
                    Some(s) => s.get(t, name).is_some(),
                    None => false,
                };
                if !shadowed {
                    if code.code_mut()[i] as u8 == Opcode::LoadMethod as u8 && code.code_mut()[i + 1] < 4 && unshadowable(t, obj, name) {
                        set_cache(code, i, t.version.get(), d);
                        let new = if AttrStore::of(obj).is_some() { Opcode::LoadMethodWithValues } else { Opcode::LoadMethodNoDict };
                        let u = code.code_mut();
                        u[i] = (u[i] & 0xff00) | new as u16;
                    }
                    return Ok((Obj::new_ref(d), true));
                }
            }
        }
    } else if crate::objects::module::is_module(obj) && code.code_mut()[i] as u8 == Opcode::LoadMethod as u8 && code.code_mut()[i + 1] < 4 {
        let d = crate::objects::module::dict(obj);
        if let Some(ix) = crate::objects::dict::index_of_str(d, name) {
            if ix <= u16::MAX as usize {
                let v = crate::objects::dict::keys_version(d);
                let u = code.code_mut();
                u[i + 2] = v as u16;
                u[i + 3] = (v >> 16) as u16;
                u[i + 4] = ix as u16;
                u[i] = (u[i] & 0xff00) | Opcode::LoadMethodModule as u16;
            }
        }
    }
    Ok((protocol::getattr(obj, name)?, false))
}

/// Whether no instance of `t` can shadow class attribute `name` while `t` keeps its
/// version: `t` is versioned, `name` is not among its shared instance keys (adding one
/// changes the version) and `obj` has no instance dict.
fn unshadowable(t: &crate::object::TypeObject, obj: Value, name: Value) -> bool {
    t.version.get() != 0
        && !t.shared_keys.borrow().iter().any(|k| k.value() == name)
        && AttrStore::of(obj).map_or(true, |s| s.dict_value().is_null())
}

/// The method `obj.name` finds in its class when a cache keyed by the type version may
/// hold it (as LOAD_METHOD_WITH_VALUES / NO_DICT do): a function or method descriptor
/// found through generic attribute access that instances cannot shadow. Borrowed.
pub fn cacheable_method(obj: Value, name: Value) -> Option<Value> {
    let t = type_of(obj);
    let generic = t.slots.getattr.get().map(|f| f as usize) == Some(crate::objects::object::generic_getattr as *const () as usize);
    if !generic || !unshadowable(t, obj, name) {
        return None;
    }
    pytype::type_lookup(t, name).filter(|&d| is_method_like(d))
}

/// A specialized `LOAD_ATTR` whose guard failed: back to the generic form, then the
/// generic lookup. Kept out of the dispatch loop.
#[cold]
pub fn load_attr_deopt(code: &CodeObject, i: usize, obj: Obj, name: Value) -> PyResult<Obj> {
    deopt(code, i, Opcode::LoadAttr);
    protocol::getattr(obj.value(), name)
}

/// `LOAD_ATTR_INSTANCE_VALUE` whose guard failed: when `obj`'s class also keeps `name`
/// as a plain instance value the cache follows that class (`retarget_instance`),
/// otherwise the site goes generic. Not cold: polymorphic sites (base-class methods
/// running on several subclasses) take it often.
pub fn load_instance_miss(code: &CodeObject, i: usize, obj: Obj, name: Value) -> PyResult<Obj> {
    if let Some(ix) = crate::interp::specialize::retarget_instance(code, i, obj.value(), name, false) {
        let v = AttrStore::of(obj.value()).map_or(Value::NULL, |s| s.slot(ix));
        if !v.is_null() {
            return Ok(Obj::new_ref(v));
        }
    }
    load_attr_deopt(code, i, obj, name)
}

/// `STORE_ATTR_INSTANCE_VALUE` whose guard failed: retarget as for loads, else generic.
pub fn store_instance_miss(code: &CodeObject, i: usize, obj: Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(ix) = crate::interp::specialize::retarget_instance(code, i, obj, name, true) {
        if let Some(store) = AttrStore::of(obj) {
            if store.try_set_slot(ix, v) {
                return Ok(());
            }
        }
        return protocol::setattr(obj, name, v);
    }
    deopt(code, i, Opcode::StoreAttr);
    protocol::setattr(obj, name, v)
}
