//! Instance attribute storage (CPython 3.11's "shared-key" instance dicts).
//!
//! Every class keeps an ordered list of the attribute names its instances have used
//! (`TypeObject::shared_keys`); an instance stores its attributes in a vector indexed by
//! that list, NULL meaning "not set". So `self.x` is a pointer compare over a short list
//! (or, with an inline cache, one indexed load), and instances of a class share the names.
//! When Python code asks for `obj.__dict__`, the instance switches for good to a real dict
//! (`dict` field), which from then on is the only storage.
//!
//! The store sits at `type.attrs_offset` inside the instance.

use crate::object::{decref, incref, Obj, TypeObject, Value};
use crate::objects::{dict, str as pystr};
use std::cell::{Cell, UnsafeCell};

/// Beyond this many names a class stops sharing keys; new names go to per-instance dicts.
const MAX_SHARED_KEYS: usize = 30;

/// The attribute store of one instance.
#[repr(C)]
pub struct AttrStore {
    values: UnsafeCell<Vec<Value>>,
    dict: Cell<Value>,
}

/// Byte offset of the values vector in an [`AttrStore`], for native code.
pub const VALUES_OFFSET: usize = std::mem::offset_of!(AttrStore, values);
/// Byte offset of the instance dict (NULL while values are in the vector).
pub const DICT_OFFSET: usize = std::mem::offset_of!(AttrStore, dict);

impl AttrStore {
    /// An empty store.
    pub fn new() -> AttrStore {
        AttrStore { values: UnsafeCell::new(Vec::new()), dict: Cell::new(Value::NULL) }
    }

    /// A store with room for the names `ty`'s instances have used so far: the first
    /// assignments in `__init__` append without growing the vector (compiled code's
    /// cached stores append inline while there is room).
    pub fn for_type(ty: &TypeObject) -> AttrStore {
        let n = ty.shared_keys.borrow().len();
        AttrStore { values: UnsafeCell::new(Vec::with_capacity(n)), dict: Cell::new(Value::NULL) }
    }

    /// The store of `obj`, if its type has one.
    #[inline(always)]
    pub fn of(obj: Value) -> Option<&'static AttrStore> {
        if !obj.is_ptr() {
            return None;
        }
        let off = crate::object::type_of(obj).attrs_offset.get();
        if off == 0 {
            return None;
        }
        // SAFETY: types with a non-zero attrs_offset lay out an AttrStore at that offset.
        Some(unsafe { &*((obj.as_ptr() as *const u8).add(off) as *const AttrStore) })
    }

    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    fn values(&self) -> &mut Vec<Value> {
        // SAFETY: under the GIL; no borrow is held across Python code.
        unsafe { &mut *self.values.get() }
    }

    /// The materialized dict, if any (borrowed).
    #[inline(always)]
    pub fn dict_value(&self) -> Value {
        self.dict.get()
    }

    /// The values vector (for inline caches; NULL = unset).
    #[inline(always)]
    pub fn slot(&self, index: usize) -> Value {
        self.values().get(index).copied().unwrap_or(Value::NULL)
    }

    /// Reads attribute `name` (interned str), borrowed.
    #[inline]
    pub fn get(&self, ty: &TypeObject, name: Value) -> Option<Value> {
        let d = self.dict.get();
        if !d.is_null() {
            return dict::get_str(d, name);
        }
        let keys = ty.shared_keys.borrow();
        // Keys are interned, so an interned name matches by identity alone; only a name
        // built at run time (`getattr(o, "a" + "b")`) needs the string compare.
        let i = if pystr::is_interned(name) {
            keys.iter().position(|k| k.value() == name)
        } else {
            keys.iter().position(|k| pystr::eq(k.value(), name))
        }?;
        let v = self.slot(i);
        if v.is_null() {
            None
        } else {
            Some(v)
        }
    }

    /// Sets attribute `name` (takes a new reference to `value`).
    pub fn set(&self, ty: &TypeObject, name: Value, value: Value) {
        let d = self.dict.get();
        if !d.is_null() {
            dict::set_str(d, pystr::intern_value(name), value);
            return;
        }
        let name = pystr::intern_value(name);
        let index = {
            let keys = ty.shared_keys.borrow();
            keys.iter().position(|k| k.value() == name)
        };
        let index = match index {
            Some(i) => i,
            None => {
                let mut keys = ty.shared_keys.borrow_mut();
                if keys.len() >= MAX_SHARED_KEYS {
                    drop(keys);
                    let d = self.materialize(ty);
                    dict::set_str(d, name, value);
                    return;
                }
                keys.push(Obj::new_ref(name));
                // A new name: caches that assumed instances lack it must notice (indices of
                // existing names never move, so LOAD_ATTR caches merely re-specialize).
                let n = keys.len() - 1;
                drop(keys);
                crate::objects::pytype::assign_version(ty);
                n
            }
        };
        let vals = self.values();
        if self.slot(index).is_null() && vals.iter().skip(index + 1).any(|v| !v.is_null()) && !is_slot_name(ty, name) {
            // A new attribute whose slot comes before one already set: slot order would
            // no longer be insertion order, which `__dict__` must show. A real dict keeps it
            // (`__slots__` values are not in `__dict__` and stay in the vector).
            let d = self.materialize(ty);
            dict::set_str(d, name, value);
            return;
        }
        if vals.len() <= index {
            vals.resize(index + 1, Value::NULL);
        }
        incref(value);
        let old = std::mem::replace(&mut vals[index], value);
        decref(old);
    }

    /// Sets by a known shared-key index (inline-cache fast path), taking a new reference
    /// to `value`: replaces a value that is set, or appends after the last slot. False
    /// (nothing done) otherwise — the caller goes the generic way ([`AttrStore::set`]),
    /// which keeps insertion order.
    #[inline(always)]
    pub fn try_set_slot(&self, index: usize, value: Value) -> bool {
        let vals = self.values();
        if index < vals.len() {
            let old = vals[index];
            if old.is_null() {
                return false;
            }
            incref(value);
            vals[index] = value;
            decref(old);
            return true;
        }
        if index == vals.len() {
            incref(value);
            vals.push(value);
            return true;
        }
        false
    }

    /// Deletes attribute `name`; false when it was not set.
    pub fn delete(&self, ty: &TypeObject, name: Value) -> bool {
        let d = self.dict.get();
        if !d.is_null() {
            return matches!(dict::pop(d, name), Ok(Some(_)));
        }
        let keys = ty.shared_keys.borrow();
        let Some(i) = keys.iter().position(|k| k.value() == name || pystr::eq(k.value(), name)) else {
            return false;
        };
        drop(keys);
        let vals = self.values();
        match vals.get_mut(i) {
            Some(v) if !v.is_null() => {
                let old = std::mem::replace(v, Value::NULL);
                decref(old);
                true
            }
            _ => false,
        }
    }

    /// The instance `__dict__`, created on first request (borrowed; the store owns it).
    /// Values of `__slots__` names stay in the vector: they are not part of `__dict__`.
    pub fn materialize(&self, ty: &TypeObject) -> Value {
        let d = self.dict.get();
        if !d.is_null() {
            return d;
        }
        let new = dict::new();
        let keys = ty.shared_keys.borrow();
        let vals = self.values();
        for (i, v) in vals.iter_mut().enumerate() {
            if !v.is_null() && !is_slot_name(ty, keys[i].value()) {
                dict::set_str(new.value(), keys[i].value(), *v);
                decref(std::mem::replace(v, Value::NULL));
            }
        }
        let d = new.into_raw();
        self.dict.set(d);
        d
    }

    /// Reads a `__slots__` attribute (kept in the vector even once a dict exists).
    pub fn get_slot_attr(&self, ty: &TypeObject, name: Value) -> Option<Value> {
        let keys = ty.shared_keys.borrow();
        // Keys are interned, so an interned name matches by identity alone; only a name
        // built at run time (`getattr(o, "a" + "b")`) needs the string compare.
        let i = if pystr::is_interned(name) {
            keys.iter().position(|k| k.value() == name)
        } else {
            keys.iter().position(|k| pystr::eq(k.value(), name))
        }?;
        let v = self.slot(i);
        (!v.is_null()).then_some(v)
    }

    /// Writes (or with NULL deletes) a `__slots__` attribute; false when deleting an
    /// unset one.
    pub fn set_slot_attr(&self, ty: &TypeObject, name: Value, value: Value) -> bool {
        if self.dict.get().is_null() {
            if value.is_null() {
                return self.delete(ty, name);
            }
            self.set(ty, name, value);
            return true;
        }
        let keys = ty.shared_keys.borrow();
        let Some(i) = keys.iter().position(|k| k.value() == name || pystr::eq(k.value(), name)) else {
            return false;
        };
        drop(keys);
        let vals = self.values();
        if vals.len() <= i {
            vals.resize(i + 1, Value::NULL);
        }
        let had = !vals[i].is_null();
        incref(value);
        decref(std::mem::replace(&mut vals[i], value));
        had || !value.is_null()
    }

    /// Replaces the instance dict (`obj.__dict__ = d`).
    pub fn replace_dict(&self, ty: &TypeObject, d: Obj) {
        self.materialize(ty);
        let old = self.dict.replace(d.into_raw());
        decref(old);
    }

    /// Number of attributes set (for `len(vars(obj))`-like needs without materializing).
    pub fn is_empty(&self) -> bool {
        let d = self.dict.get();
        if !d.is_null() {
            return dict::len(d) == 0;
        }
        self.values().iter().all(|v| v.is_null())
    }

    /// Releases every value (deallocation).
    ///
    /// # Safety
    /// Only from the owning object's deallocator.
    pub unsafe fn clear(&self) {
        for v in std::mem::take(self.values()) {
            decref(v);
        }
        std::ptr::drop_in_place(self.values.get());
        decref(self.dict.replace(Value::NULL));
    }
}

/// True when `name` is a `__slots__` attribute of `ty` (a member descriptor in the MRO).
fn is_slot_name(ty: &TypeObject, name: Value) -> bool {
    crate::objects::pytype::type_lookup(ty, name).is_some_and(crate::objects::member::is_member)
}

impl Default for AttrStore {
    fn default() -> Self {
        AttrStore::new()
    }
}
