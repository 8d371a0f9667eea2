//! `dict`: CPython's compact, insertion-ordered hash table (`Objects/dictnotes.txt`).
//!
//! `indices` is an open-addressing table (perturbed probing, as CPython's) holding
//! positions into `entries`, which keeps `(hash, key, value)` in insertion order. Deleting
//! leaves a NULL-key hole in `entries` and a DUMMY in `indices`; both are compacted when
//! the table is rebuilt.
//!
//! `keys_version` changes whenever the set of keys changes (insert of a new key, delete,
//! clear, rebuild) — not when an existing key's value is replaced — so `LOAD_GLOBAL`
//! caches can keep an entry index and read the value directly. `mutations` counts every
//! change; lookups that call back into Python (`__eq__`) restart when it moved, and
//! iterators use it to detect "changed size during iteration".
//!
//! Invariant: live entries own their key and value; `used` counts them.

use crate::errors::{key_error, type_error, PyResult};
use crate::object::{alloc_object, decref, free_memory, incref, protocol, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{args as argcheck, bool_, int, iter, singletons, str as pystr, tuple};
use std::cell::{Cell, UnsafeCell};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// One slot of the ordered entry array.
#[derive(Clone, Copy)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key (owned), NULL for a deleted entry.
    pub key: Value,
    /// The value (owned).
    pub value: Value,
}

/// The table behind a dict.
#[derive(Default)]
pub struct Table {
    indices: Vec<i32>,
    /// Entries in insertion order (with NULL-key holes).
    pub entries: Vec<Entry>,
    /// Live entries.
    pub used: usize,
    /// Index slots that are not EMPTY (live or DUMMY); probing needs at least one EMPTY.
    filled: usize,
}

/// The `dict` object.
#[repr(C)]
pub struct PyDict {
    ob: ObjHeader,
    table: UnsafeCell<Table>,
    keys_version: Cell<u32>,
    mutations: Cell<u64>,
}

/// The `dict` type.
pub static DICT_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "dict",
    std::mem::size_of::<PyDict>(),
    crate::object::flags::BASETYPE | crate::object::flags::DICT_SUBCLASS | crate::object::flags::MAPPING,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    let t = std::mem::take(&mut *raw(v).table.get());
    for e in t.entries {
        if !e.key.is_null() {
            decref(e.key);
            decref(e.value);
        }
    }
    std::ptr::drop_in_place(raw(v).table.get());
    crate::objects::pytype::release_instance_attrs(v);
    free_memory(v, type_of(v).basicsize.get() + crate::objects::pytype::attrs_extra(type_of(v)));
}

#[inline(always)]
fn raw(v: Value) -> &'static PyDict {
    // SAFETY: callers pass dict instances.
    unsafe { &*(v.as_ptr() as *const PyDict) }
}

/// The table (no Python code may run while it is borrowed).
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn table(v: Value) -> &'static mut Table {
    // SAFETY: under the GIL; every caller drops the borrow before calling Python code.
    unsafe { &mut *raw(v).table.get() }
}

static NEXT_KEYS_VERSION: crate::object::GilCell<u32> = crate::object::GilCell::new(1);

/// Byte offset of the keys version in a dict object (for the JIT's global caches).
pub const KEYS_VERSION_OFFSET: usize = std::mem::offset_of!(PyDict, keys_version);

/// Address of entry `ix`'s value. It stays valid, and keeps holding the value stored
/// under that key, for as long as the dict's keys version is unchanged: every operation
/// that moves or drops entries also changes the version.
pub fn value_slot(d: Value, ix: usize) -> *const Value {
    &table(d).entries[ix].value as *const Value
}

fn fresh_version() -> u32 {
    // SAFETY: under the GIL; short borrow.
    let n = unsafe { NEXT_KEYS_VERSION.get_mut() };
    *n = n.wrapping_add(1).max(1);
    *n
}

fn keys_changed(d: Value) {
    raw(d).keys_version.set(fresh_version());
    mutated(d);
}

#[inline(always)]
fn mutated(d: Value) {
    let m = &raw(d).mutations;
    m.set(m.get() + 1);
}

/// The keys version (for global-variable caches).
#[inline(always)]
pub fn keys_version(d: Value) -> u32 {
    raw(d).keys_version.get()
}

/// The mutation counter (for iterators and views).
#[inline(always)]
pub fn mutations(d: Value) -> u64 {
    raw(d).mutations.get()
}

/// True for dict (or subclass) instances.
#[inline(always)]
pub fn is_dict(v: Value) -> bool {
    v.is_ptr() && type_of(v).has_flag(crate::object::flags::DICT_SUBCLASS)
}

/// True for exact dicts.
#[inline(always)]
pub fn is_exact_dict(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &DICT_TYPE.0)
}

/// A new empty dict of type `ty`.
pub fn new_of(ty: &TypeObject) -> Obj {
    let size = ty.basicsize.get() + crate::objects::pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyDict;
    // SAFETY: fresh allocation of `size` bytes.
    unsafe {
        std::ptr::addr_of_mut!((*p).table).write(UnsafeCell::new(Table::default()));
        std::ptr::addr_of_mut!((*p).keys_version).write(Cell::new(fresh_version()));
        std::ptr::addr_of_mut!((*p).mutations).write(Cell::new(0));
        let o = Obj::from_raw(Value::from_ptr(p));
        crate::objects::pytype::init_instance_attrs(o.value());
        o
    }
}

/// A new empty dict.
pub fn new() -> Obj {
    new_of(&DICT_TYPE.0)
}

/// Number of items.
#[inline(always)]
pub fn len(d: Value) -> usize {
    table(d).used
}

/// Hash of a key: fast for str and small int, the protocol otherwise.
#[inline]
pub fn hash_key(key: Value) -> PyResult<i64> {
    if key.is_small_int() {
        return Ok(int::hash_i64(key.as_small_int()));
    }
    if pystr::is_exact_str(key) {
        return Ok(pystr::hash(key));
    }
    protocol::hash(key)
}

/// Equality of a stored key and a probe key; the boolean says whether Python code ran.
#[inline]
fn keys_equal(stored: Value, key: Value) -> PyResult<(bool, bool)> {
    if stored == key {
        return Ok((true, false));
    }
    if pystr::is_exact_str(stored) && pystr::is_exact_str(key) {
        return Ok((pystr::eq(stored, key), false));
    }
    if stored.is_small_int() && key.is_small_int() {
        return Ok((false, false));
    }
    Ok((protocol::rich_compare_bool(stored, key, CompareOp::Eq)?, true))
}

enum Probe {
    /// Found at this entry index.
    Found(usize),
    /// Not found; this index slot is where to insert.
    Missing(usize),
}

/// Finds `key`, restarting if Python code run by `__eq__` changed the dict.
fn lookup(d: Value, key: Value, hash: i64) -> PyResult<Probe> {
    'restart: loop {
        let t = table(d);
        if t.indices.is_empty() {
            return Ok(Probe::Missing(usize::MAX));
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free_slot: Option<usize> = None;
        loop {
            let ix = t.indices[i];
            if ix == EMPTY {
                return Ok(Probe::Missing(free_slot.unwrap_or(i)));
            }
            if ix == DUMMY {
                if free_slot.is_none() {
                    free_slot = Some(i);
                }
            } else {
                let e = t.entries[ix as usize];
                if e.key == key {
                    return Ok(Probe::Found(ix as usize));
                }
                if e.hash == hash {
                    let before = mutations(d);
                    let k = Obj::new_ref(e.key);
                    let (eq, ran_python) = keys_equal(k.value(), key)?;
                    if ran_python && mutations(d) != before {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Probe::Found(ix as usize));
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }
}

/// `d[key]` (borrowed) or `None` when missing.
#[inline]
pub fn get(d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = hash_key(key)?;
    get_with_hash(d, key, h)
}

/// Lookup with a precomputed hash.
pub fn get_with_hash(d: Value, key: Value, hash: i64) -> PyResult<Option<Value>> {
    match lookup(d, key, hash)? {
        Probe::Found(ix) => Ok(Some(table(d).entries[ix].value)),
        Probe::Missing(_) => Ok(None),
    }
}

/// The value of exact str `key` in `d` if it is found without running Python code
/// (only str keys are compared); `None` otherwise. For callers that must not re-enter
/// the interpreter, such as the JIT peeking at globals while it compiles.
pub fn peek_str(d: Value, key: Value) -> Option<Value> {
    peek_str_index(d, key).map(|ix| table(d).entries[ix].value)
}

/// The entry index of exact str `key` in `d`, found as [`peek_str`] finds it.
pub fn peek_str_index(d: Value, key: Value) -> Option<usize> {
    let t = table(d);
    if t.indices.is_empty() || !pystr::is_exact_str(key) {
        return None;
    }
    let hash = pystr::hash(key);
    let mask = t.indices.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let ix = t.indices[i];
        if ix == EMPTY {
            return None;
        }
        if ix != DUMMY {
            let e = t.entries[ix as usize];
            if e.key == key || (e.hash == hash && pystr::is_exact_str(e.key) && pystr::eq(e.key, key)) {
                return Some(ix as usize);
            }
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
}

/// Lookup of a str key that cannot fail (str `__eq__` runs no Python code).
#[inline]
pub fn get_str(d: Value, key: Value) -> Option<Value> {
    let h = pystr::hash(key);
    match lookup(d, key, h) {
        Ok(Probe::Found(ix)) => Some(table(d).entries[ix].value),
        _ => None,
    }
}

/// Entry index of a str key (for caches), if present.
pub fn index_of_str(d: Value, key: Value) -> Option<usize> {
    match lookup(d, key, pystr::hash(key)) {
        Ok(Probe::Found(ix)) => Some(ix),
        _ => None,
    }
}

/// The value at an entry index (for caches validated by `keys_version`).
#[inline(always)]
pub fn value_at(d: Value, ix: usize) -> Value {
    table(d).entries[ix].value
}

fn build_indices(t: &mut Table, size: usize) {
    t.indices = vec![EMPTY; size];
    let mask = size - 1;
    for (ix, e) in t.entries.iter().enumerate() {
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while t.indices[i] != EMPTY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        t.indices[i] = ix as i32;
    }
}

fn resize(d: Value, min_used: usize) {
    let t = table(d);
    let mut size = 8;
    while size * 2 < min_used * 3 {
        size *= 2;
    }
    if t.entries.len() != t.used {
        t.entries.retain(|e| !e.key.is_null());
    }
    build_indices(t, size);
    t.filled = t.used;
    keys_changed(d);
}

/// `d[key] = value` (new references are taken; the caller keeps its own).
pub fn set(d: Value, key: Value, value: Value) -> PyResult<()> {
    let h = hash_key(key)?;
    set_with_hash(d, key, h, value)
}

/// `d[key] = value` with a precomputed hash.
pub fn set_with_hash(d: Value, key: Value, hash: i64, value: Value) -> PyResult<()> {
    match lookup(d, key, hash)? {
        Probe::Found(ix) => {
            incref(value);
            let old = std::mem::replace(&mut table(d).entries[ix].value, value);
            mutated(d);
            decref(old);
        }
        Probe::Missing(slot) => {
            incref(key);
            incref(value);
            let t = table(d);
            let reuses_dummy = slot != usize::MAX && t.indices[slot] == DUMMY;
            let needs_grow = slot == usize::MAX || (!reuses_dummy && (t.filled + 1) * 3 >= t.indices.len() * 2);
            t.entries.push(Entry { hash, key, value });
            t.used += 1;
            if needs_grow {
                let used = t.used;
                resize(d, used.max(5) * 2);
            } else {
                if !reuses_dummy {
                    t.filled += 1;
                }
                t.indices[slot] = (t.entries.len() - 1) as i32;
                keys_changed(d);
            }
        }
    }
    Ok(())
}

/// Stores under a str key (cannot fail).
pub fn set_str(d: Value, key: Value, value: Value) {
    let h = pystr::hash(key);
    set_with_hash(d, key, h, value).expect("str keys never raise");
}

/// Convenience: store with a Rust-text key (interned).
pub fn set_item_str(d: Value, key: &str, value: Value) {
    set_str(d, pystr::intern(key), value);
}

/// Removes `key`; returns the removed value (owned) or `None`.
pub fn pop(d: Value, key: Value) -> PyResult<Option<Obj>> {
    let h = hash_key(key)?;
    let Probe::Found(ix) = lookup(d, key, h)? else {
        return Ok(None);
    };
    let t = table(d);
    // Mark the index slot holding `ix` as DUMMY.
    let mask = t.indices.len() - 1;
    let mut perturb = h as u64;
    let mut i = (h as u64 as usize) & mask;
    while t.indices[i] != ix as i32 {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    t.indices[i] = DUMMY;
    let e = std::mem::replace(&mut t.entries[ix], Entry { hash: 0, key: Value::NULL, value: Value::NULL });
    t.used -= 1;
    // Trim trailing holes so appends stay compact.
    while t.entries.last().is_some_and(|e| e.key.is_null()) {
        t.entries.pop();
        // The DUMMY for that entry stays; rebuild later when needed.
    }
    keys_changed(d);
    decref(e.key);
    // SAFETY: the entry's value reference moves to the caller.
    Ok(Some(unsafe { Obj::from_raw(e.value) }))
}

/// Removes every item.
pub fn clear(d: Value) {
    let t = std::mem::take(table(d));
    keys_changed(d);
    for e in t.entries {
        if !e.key.is_null() {
            decref(e.key);
            decref(e.value);
        }
    }
}

/// Live `(key, value)` pairs as owned references (a snapshot; safe across Python calls).
pub fn items_owned(d: Value) -> Vec<(Obj, Obj)> {
    table(d).entries.iter().filter(|e| !e.key.is_null()).map(|e| (Obj::new_ref(e.key), Obj::new_ref(e.value))).collect()
}

/// Live keys as owned references.
pub fn keys_owned(d: Value) -> Vec<Obj> {
    table(d).entries.iter().filter(|e| !e.key.is_null()).map(|e| Obj::new_ref(e.key)).collect()
}

/// Live values as owned references.
pub fn values_owned(d: Value) -> Vec<Obj> {
    table(d).entries.iter().filter(|e| !e.key.is_null()).map(|e| Obj::new_ref(e.value)).collect()
}

/// A shallow copy.
pub fn copy(d: Value) -> Obj {
    let n = new();
    {
        let src = table(d);
        let dst = table(n.value());
        dst.entries = src.entries.iter().filter(|e| !e.key.is_null()).copied().collect();
        for e in &dst.entries {
            incref(e.key);
            incref(e.value);
        }
        dst.used = dst.entries.len();
        let mut size = 8;
        while size * 2 < dst.used * 3 {
            size *= 2;
        }
        build_indices(dst, size);
        dst.filled = dst.used;
    }
    n
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn update(d: Value, other: Value) -> PyResult<()> {
    if is_dict(other) {
        for (k, v) in items_owned(other) {
            set(d, k.value(), v.value())?;
        }
        return Ok(());
    }
    if let Some(keys) = protocol::lookup_attr(other, crate::interned!("keys"))? {
        let ks = crate::interp::call::call(keys.value(), &[], Value::NULL)?;
        for k in iter::collect(ks.value())? {
            let v = protocol::getitem(other, k.value())?;
            set(d, k.value(), v.value())?;
        }
        return Ok(());
    }
    let it = protocol::get_iter(other)?;
    let mut i = 0;
    while let Some(item) = protocol::next(it.value())? {
        let pair = iter::collect(item.value()).map_err(|_| {
            type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
        if pair.len() != 2 {
            return Err(crate::errors::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        set(d, pair[0].value(), pair[1].value())?;
        i += 1;
    }
    Ok(())
}

// ----- slots ---------------------------------------------------------------------------

fn dict_len(v: Value) -> PyResult<usize> {
    Ok(len(v))
}

fn repr(v: Value) -> PyResult<Obj> {
    if len(v) == 0 {
        return Ok(pystr::new("{}"));
    }
    let Some(_g) = crate::interp::repr_guard::enter(v) else {
        return Ok(pystr::new("{...}"));
    };
    let mut s = String::from("{");
    for (i, (k, val)) in items_owned(v).into_iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(pystr::as_str(protocol::repr(k.value())?.value()));
        s.push_str(": ");
        s.push_str(pystr::as_str(protocol::repr(val.value())?.value()));
    }
    s.push('}');
    Ok(pystr::from_string(s))
}

/// `d[key]`, with `__missing__` for subclasses.
pub fn getitem(d: Value, key: Value) -> PyResult<Obj> {
    if let Some(v) = get(d, key)? {
        return Ok(Obj::new_ref(v));
    }
    if !is_exact_dict(d) {
        if let Some(missing) = crate::object::protocol::lookup_special(d, "__missing__")? {
            return crate::interp::call::call(missing.value(), &[key], Value::NULL);
        }
    }
    Err(key_error(key))
}

fn setitem(d: Value, key: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        if pop(d, key)?.is_none() {
            return Err(key_error(key));
        }
        return Ok(());
    }
    set(d, key, value)
}

fn contains(d: Value, key: Value) -> PyResult<bool> {
    Ok(get(d, key)?.is_some())
}

fn richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_dict(b) || !(op == CompareOp::Eq || op == CompareOp::Ne) {
        return Ok(singletons::not_implemented());
    }
    let eq = dict_equal(a, b)?;
    Ok(bool_::from_bool(eq == (op == CompareOp::Eq)))
}

fn dict_equal(a: Value, b: Value) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    for (k, v) in items_owned(a) {
        match get(b, k.value())? {
            None => return Ok(false),
            Some(w) => {
                let w = Obj::new_ref(w);
                if v.value() != w.value() && !protocol::rich_compare_bool(v.value(), w.value(), CompareOp::Eq)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

fn dict_iter(v: Value) -> PyResult<Obj> {
    Ok(crate::objects::dictview::new_iter(v, crate::objects::dictview::Kind::Keys))
}

fn dict_new(ty: &TypeObject, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(new_of(ty))
}

fn dict_init(d: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    let a = argcheck::Args::new(args, kwnames);
    if a.pos.len() > 1 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", a.pos.len())));
    }
    if let Some(&src) = a.pos.first() {
        update(d, src)?;
    }
    for (k, v) in &a.kw {
        set(d, *k, *v)?;
    }
    Ok(())
}

fn or(a: Value, b: Value) -> PyResult<Obj> {
    if !is_dict(a) || !is_dict(b) {
        return Ok(singletons::not_implemented());
    }
    let n = copy(a);
    update(n.value(), b)?;
    Ok(n)
}

fn ior(a: Value, b: Value) -> PyResult<Obj> {
    update(a, b)?;
    Ok(Obj::new_ref(a))
}

// ----- methods -------------------------------------------------------------------------

fn m_get(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("get", args, kw, 1, 2)?;
    match get(this, args[0])? {
        Some(v) => Ok(Obj::new_ref(v)),
        None => Ok(Obj::new_ref(args.get(1).copied().unwrap_or_else(singletons::none))),
    }
}

fn m_setdefault(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("setdefault", args, kw, 1, 2)?;
    if let Some(v) = get(this, args[0])? {
        return Ok(Obj::new_ref(v));
    }
    let default = args.get(1).copied().unwrap_or_else(singletons::none);
    set(this, args[0], default)?;
    Ok(Obj::new_ref(default))
}

fn m_pop(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("pop", args, kw, 1, 2)?;
    match pop(this, args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(Obj::new_ref(d)),
            None => Err(key_error(args[0])),
        },
    }
}

fn m_popitem(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("popitem", args, kw, 0)?;
    let last = table(this).entries.iter().rev().find(|e| !e.key.is_null()).map(|e| Obj::new_ref(e.key));
    let Some(k) = last else {
        return Err(key_error_msg("popitem(): dictionary is empty"));
    };
    let v = pop(this, k.value())?.expect("key just seen");
    Ok(tuple::pair(k, v))
}

fn key_error_msg(msg: &str) -> crate::errors::PyErr {
    crate::errors::PyErr::new(crate::objects::exceptions::key_error(), msg)
}

fn m_keys(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("keys", args, kw, 0)?;
    Ok(crate::objects::dictview::new_view(this, crate::objects::dictview::Kind::Keys))
}
fn m_values(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("values", args, kw, 0)?;
    Ok(crate::objects::dictview::new_view(this, crate::objects::dictview::Kind::Values))
}
fn m_items(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("items", args, kw, 0)?;
    Ok(crate::objects::dictview::new_view(this, crate::objects::dictview::Kind::Items))
}

fn m_update(this: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = argcheck::Args::new(args, kwnames);
    if a.pos.len() > 1 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", a.pos.len())));
    }
    if let Some(&src) = a.pos.first() {
        update(this, src)?;
    }
    for (k, v) in &a.kw {
        set(this, *k, *v)?;
    }
    Ok(singletons::none_obj())
}

fn m_clear(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("clear", args, kw, 0)?;
    clear(this);
    Ok(singletons::none_obj())
}

fn m_copy(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("copy", args, kw, 0)?;
    Ok(copy(this))
}

fn m_fromkeys(cls: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range("fromkeys", args, kw, 1, 2)?;
    let value = args.get(1).copied().unwrap_or_else(singletons::none);
    let d = crate::interp::call::call(cls, &[], Value::NULL)?;
    for k in iter::collect(args[0])? {
        if is_exact_dict(d.value()) {
            set(d.value(), k.value(), value)?;
        } else {
            protocol::setitem(d.value(), k.value(), value)?;
        }
    }
    Ok(d)
}

fn m_reversed(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    Ok(crate::objects::dictview::new_reverse_iter(this, crate::objects::dictview::Kind::Keys))
}

fn m_contains(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("__contains__", args, kw, 1)?;
    Ok(bool_::from_bool(contains(this, args[0])?))
}

fn m_getitem(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("__getitem__", args, kw, 1)?;
    getitem(this, args[0])
}

fn m_class_getitem(cls: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::generic_alias::class_getitem(cls, args, kw)
}

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let s = &DICT_TYPE.slots;
    s.repr.set(Some(repr));
    s.richcompare.set(Some(richcompare));
    s.len.set(Some(dict_len));
    s.getitem.set(Some(getitem));
    s.setitem.set(Some(setitem));
    s.contains.set(Some(contains));
    s.iter.set(Some(dict_iter));
    s.new.set(Some(dict_new));
    s.init.set(Some(dict_init));
    s.binary[BinOp::Or as usize].set(Some(or));
    s.inplace[BinOp::Or as usize].set(Some(ior));
    crate::objects::pytype::add_methods(&DICT_TYPE, crate::methods![
        "get" => m_get;
        "setdefault" => m_setdefault;
        "pop" => m_pop;
        "popitem" => m_popitem;
        "keys" => m_keys;
        "values" => m_values;
        "items" => m_items;
        "update" => m_update;
        "clear" => m_clear;
        "copy" => m_copy;
        "fromkeys" => m_fromkeys, class;
        "__reversed__" => m_reversed;
        "__contains__" => m_contains;
        "__getitem__" => m_getitem;
        "__class_getitem__" => m_class_getitem, class;
    ]);
}
