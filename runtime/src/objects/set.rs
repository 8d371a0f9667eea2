//! `set` and `frozenset`: CPython's set table (`Objects/setobject.c`), reproduced exactly
//! so that a set of ints — or of anything whose hash matches CPython's — iterates in
//! CPython's order, and `hash(frozenset(...))` equals CPython's value.
//!
//! Representation: a [`Table`] of `mask + 1` entries (a power of two, 8 at first), each a
//! `(hash, key)` pair. A slot is *unused* (`key` NULL, `hash` 0), a *dummy* left by a
//! deletion (`key` NULL, `hash` -1: no real hash is ever -1) or *active* (`key` owned).
//! Lookups probe `LINEAR_PROBES` neighbours linearly, then jump with CPython's
//! perturbation (`i = (i * 5 + 1 + perturb) & mask`, `perturb >>= 5`). `fill` counts
//! active + dummy slots, `used` active ones; an insertion into an unused slot that brings
//! `fill * 5` to `mask * 3` or more rebuilds the table for `used * 4` keys (`used * 2`
//! past 50,000), as CPython does.
//!
//! Invariants: active entries own their key; there is always an unused slot, so probing
//! ends. Python code (`__eq__`, `__hash__`, iteration of an argument) may run during an
//! operation and mutate the set: no borrow of the table is held across such a call, and a
//! lookup that called `__eq__` restarts when the table it was probing was replaced
//! (`generation` changed) or the compared slot changed, exactly CPython's rule.
//!
//! `frozenset` shares the layout; its hash is computed once and cached in `hash` (-1 until
//! then). Iterators (`set_iterator`) raise "Set changed size during iteration" when `used`
//! moves under them. Neighbours: `dictview.rs` builds sets for key/item view operations.

use crate::errors::{key_error, runtime_error, type_error, PyErr, PyResult};
use crate::object::attrs::AttrStore;
use crate::object::{alloc_object, decref, flags, free_memory, incref, protocol, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args as argcheck, bool_, dict, exceptions, list, singletons, str as pystr, tuple};
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicU64, Ordering};

// ----- the table -------------------------------------------------------------------------

/// Slots examined linearly before a perturbed jump (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// Size of a fresh table (CPython's `PySet_MINSIZE`).
const MINSIZE: usize = 8;

/// One slot: unused (NULL key, hash 0), dummy (NULL key, hash -1) or active.
#[derive(Clone, Copy, Debug)]
struct Entry {
    hash: i64,
    key: Value,
}

const UNUSED: Entry = Entry { hash: 0, key: Value::NULL };
const DUMMY: Entry = Entry { hash: -1, key: Value::NULL };

/// The hash table behind a set (see the module docs).
pub struct Table {
    entries: Vec<Entry>,
    fill: usize,
    used: usize,
    /// Where `pop()` starts looking (CPython's `finger`).
    finger: usize,
    /// Changes whenever `entries` is replaced (CPython compares table pointers).
    generation: u64,
}

static GENERATION: AtomicU64 = AtomicU64::new(1);

fn fresh_generation() -> u64 {
    GENERATION.fetch_add(1, Ordering::Relaxed)
}

/// Where a probe sequence is: the base slot of the current linear run, the offset in it,
/// the run's last offset, the perturbation, and the last dummy seen (for insertion).
struct Probe {
    mask: usize,
    base: usize,
    off: usize,
    limit: usize,
    perturb: usize,
    freeslot: Option<usize>,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let base = (hash as u64 as usize) & mask;
        Probe { mask, base, off: 0, limit: Self::run(base, mask), perturb: hash as u64 as usize, freeslot: None }
    }

    /// Linear probes after `base`: `LINEAR_PROBES` when they stay inside the table.
    fn run(base: usize, mask: usize) -> usize {
        if base + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }

    #[inline]
    fn current(&self) -> usize {
        self.base + self.off
    }

    #[inline]
    fn step(&mut self) {
        if self.off < self.limit {
            self.off += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.base = (self.base.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb)) & self.mask;
            self.off = 0;
            self.limit = Self::run(self.base, self.mask);
        }
    }
}

/// What a scan of the probe sequence stopped at.
#[derive(Debug, PartialEq, Eq)]
enum Scan {
    /// An unused slot: the key is absent.
    Unused(usize),
    /// The key's slot.
    Found(usize),
    /// A slot whose key has the same hash and needs `__eq__` (Python code) to decide.
    NeedEq(usize),
}

/// Equality that needs no Python code: identity, exact strs, two small ints.
#[inline]
fn fast_eq(stored: Value, key: Value) -> Option<bool> {
    if stored == key {
        return Some(true);
    }
    if Value::both_small_ints(stored, key) {
        return Some(false);
    }
    if pystr::is_exact_str(stored) && pystr::is_exact_str(key) {
        return Some(pystr::eq(stored, key));
    }
    None
}

/// Places `key` in the first unused slot of its probe sequence (the table has no dummies
/// on that path and does not hold the key: CPython's `set_insert_clean`).
fn insert_clean(entries: &mut [Entry], key: Value, hash: i64) {
    let mask = entries.len() - 1;
    let mut p = Probe::new(hash, mask);
    while !entries[p.current()].key.is_null() {
        p.step();
    }
    entries[p.current()] = Entry { hash, key };
}

impl Table {
    fn new() -> Table {
        Table { entries: vec![UNUSED; MINSIZE], fill: 0, used: 0, finger: 0, generation: fresh_generation() }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    /// Lookup of a small-int key, which equals only itself or another int object (never
    /// stored: ints that fit are always small), so no comparison can run Python code:
    /// CPython's `set_lookkey` inner loop, with nothing else to track.
    /// `None` when a slot with the same hash holds another kind of object (whose `__eq__`
    /// may be Python code): the general search decides then.
    #[inline]
    fn find_small_int(&self, key: Value, hash: i64) -> Option<Option<usize>> {
        let entries = self.entries.as_ptr();
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64 as usize;
        loop {
            // A pointer walk rather than a `0..=probes` range: this loop is the whole cost
            // of `x in s`, and the inclusive range adds a branch per slot.
            // SAFETY: `i <= mask` and, when the run is linear, `i + LINEAR_PROBES <= mask`:
            // every slot read is inside the table.
            let mut p = unsafe { entries.add(i) };
            let last = if i + LINEAR_PROBES <= mask { unsafe { p.add(LINEAR_PROBES) } } else { p };
            loop {
                let e = unsafe { *p };
                // Two tests per slot passed over, as CPython's loop (dummies have hash -1,
                // never equal to an int's).
                if e.hash == hash {
                    if e.key == key {
                        // SAFETY: same allocation.
                        return Some(Some(unsafe { p.offset_from(entries) } as usize));
                    }
                    if e.key.is_null() {
                        // Hash 0 (the key 0): an unused slot; dummies carry -1, which no
                        // int hashes to.
                        return Some(None);
                    }
                    if !e.key.is_small_int() {
                        return None;
                    }
                } else if e.hash == 0 && e.key.is_null() {
                    return Some(None);
                }
                if p == last {
                    break;
                }
                p = unsafe { p.add(1) };
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// Follows `p` from where it stands until the key is found, an unused slot ends the
    /// sequence, or a comparison needs Python code. The last dummy passed is remembered in
    /// `p.freeslot` (an insertion reuses it).
    fn scan(&self, p: &mut Probe, key: Value, hash: i64) -> Scan {
        // The hot loop of every set operation: probe fields live in registers and slots
        // are read without bounds checks (every index is masked or inside a linear run
        // that `Probe::run` keeps inside the table).
        let entries = self.entries.as_ptr();
        let (mask, mut base, mut off, mut limit, mut perturb) = (p.mask, p.base, p.off, p.limit, p.perturb);
        let mut freeslot = p.freeslot;
        let result = loop {
            let idx = base + off;
            debug_assert!(idx < self.entries.len());
            // SAFETY: `idx <= mask`, the last index of the table.
            let e = unsafe { *entries.add(idx) };
            if e.key.is_null() {
                if e.hash == 0 {
                    break Scan::Unused(idx);
                }
                // The *last* dummy on the path, as CPython's `set_add_entry`.
                freeslot = Some(idx);
            } else if e.hash == hash {
                match fast_eq(e.key, key) {
                    Some(true) => break Scan::Found(idx),
                    Some(false) => {}
                    None => break Scan::NeedEq(idx),
                }
            }
            if off < limit {
                off += 1;
            } else {
                perturb >>= PERTURB_SHIFT;
                base = base.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
                off = 0;
                limit = Probe::run(base, mask);
            }
        };
        *p = Probe { mask, base, off, limit, perturb, freeslot };
        result
    }

    /// Stores `key` (the caller's reference moves in) at the unused slot `idx` ending a
    /// probe, or at the last dummy the probe passed; grows the table as CPython's `set_add_entry`.
    fn store(&mut self, idx: usize, freeslot: Option<usize>, key: Value, hash: i64) {
        if let Some(f) = freeslot {
            self.entries[f] = Entry { hash, key };
            self.used += 1;
            return;
        }
        self.entries[idx] = Entry { hash, key };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 < self.mask() * 3 {
            return;
        }
        let u = self.used;
        self.resize(if u > 50000 { u * 2 } else { u * 4 });
    }

    /// Rebuilds the table with the smallest power-of-two size above `minused`, dropping
    /// dummies (CPython's `set_table_resize`). Refcount-neutral.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.entries, vec![UNUSED; newsize]);
        self.generation = fresh_generation();
        for e in old {
            if !e.key.is_null() {
                insert_clean(&mut self.entries, e.key, e.hash);
            }
        }
        self.fill = self.used;
    }

    /// Turns active slot `idx` into a dummy; returns the key (the caller owns it now).
    fn remove_at(&mut self, idx: usize) -> Value {
        let k = self.entries[idx].key;
        self.entries[idx] = DUMMY;
        self.used -= 1;
        k
    }
}

/// CPython's `_shuffle_bits`, which spreads each entry's hash before the xor.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `frozenset_hash` from the hashes of the active entries (order-independent).
fn hash_of_hashes(hashes: impl Iterator<Item = i64>, n: usize) -> i64 {
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (n as u64).wrapping_add(1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

// ----- the objects -----------------------------------------------------------------------

/// A `set` or `frozenset` (the same layout).
#[repr(C)]
pub struct PySet {
    ob: ObjHeader,
    table: UnsafeCell<Table>,
    /// Cached `frozenset` hash, -1 until computed (always -1 for `set`).
    hash: Cell<i64>,
}

/// The `set` type.
pub static SET_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "set",
    std::mem::size_of::<PySet>(),
    flags::BASETYPE | flags::SET_SUBCLASS,
    dealloc,
));

/// The `frozenset` type.
pub static FROZENSET_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "frozenset",
    std::mem::size_of::<PySet>(),
    flags::BASETYPE | flags::SET_SUBCLASS,
    dealloc,
));

/// An iterator over a set.
#[repr(C)]
pub struct PySetIter {
    ob: ObjHeader,
    /// The set (owned), NULL once exhausted.
    set: Cell<Value>,
    /// The set's size when iteration began; `usize::MAX` (sticky) after a change.
    used: Cell<usize>,
    /// Next slot to look at.
    pos: Cell<usize>,
    /// Items left (for `__length_hint__`).
    len: Cell<usize>,
}

/// The `set_iterator` type.
pub static SET_ITER_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "set_iterator", std::mem::size_of::<PySetIter>(), 0, dealloc_iter));

unsafe fn dealloc(v: Value) {
    let entries = std::mem::take(&mut (*raw(v).table.get()).entries);
    for e in entries {
        if !e.key.is_null() {
            decref(e.key);
        }
    }
    std::ptr::drop_in_place(raw(v).table.get());
    pytype::release_instance_attrs(v);
    free_memory(v, type_of(v).basicsize.get() + pytype::attrs_extra(type_of(v)));
}

unsafe fn dealloc_iter(v: Value) {
    decref(iter_raw(v).set.get());
    free_memory(v, std::mem::size_of::<PySetIter>());
}

#[inline(always)]
fn raw(v: Value) -> &'static PySet {
    // SAFETY: callers pass set or frozenset instances.
    unsafe { &*(v.as_ptr() as *const PySet) }
}

#[inline(always)]
fn iter_raw(v: Value) -> &'static PySetIter {
    // SAFETY: only called on set iterators (their slots).
    unsafe { &*(v.as_ptr() as *const PySetIter) }
}

/// The table. No Python code may run while the borrow is alive.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
fn tbl(v: Value) -> &'static mut Table {
    // SAFETY: under the GIL; every caller drops the borrow before running Python code.
    unsafe { &mut *raw(v).table.get() }
}

/// True for instances of set, frozenset, or a subclass of either.
#[inline(always)]
pub fn is_anyset(v: Value) -> bool {
    v.is_ptr() && type_of(v).has_flag(flags::SET_SUBCLASS)
}

/// True for instances of set (or a subclass), not frozenset.
#[inline]
pub fn is_set(v: Value) -> bool {
    is_anyset(v) && type_of(v).is_subtype(&SET_TYPE.0)
}

/// True for instances of frozenset (or a subclass).
#[inline]
pub fn is_frozenset(v: Value) -> bool {
    is_anyset(v) && type_of(v).is_subtype(&FROZENSET_TYPE.0)
}

/// `key in s` for an exact set or frozenset and a small-int key, answered by the table
/// alone (no Python code can run); `None` when that does not apply.
#[inline]
pub fn contains_small_int(s: Value, key: Value) -> Option<bool> {
    if !key.is_small_int() || !is_exact_anyset(s) {
        return None;
    }
    let h = crate::objects::int::hash_i64(key.as_small_int());
    tbl(s).find_small_int(key, h).map(|r| r.is_some())
}

fn is_exact_anyset(v: Value) -> bool {
    v.is_ptr() && (crate::object::is_type(v, &SET_TYPE.0) || crate::object::is_type(v, &FROZENSET_TYPE.0))
}

/// Number of items.
#[inline]
pub fn len(s: Value) -> usize {
    tbl(s).used
}

/// A new empty set of type `ty` (set, frozenset or a subclass of either).
pub fn new_of(ty: &TypeObject) -> Obj {
    let size = ty.basicsize.get() + pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PySet;
    // SAFETY: fresh allocation of `size` bytes; the attribute store of a subclass instance
    // is set up by `init_instance_attrs`.
    unsafe {
        std::ptr::addr_of_mut!((*p).table).write(UnsafeCell::new(Table::new()));
        std::ptr::addr_of_mut!((*p).hash).write(Cell::new(-1));
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

/// A new set holding `items` (in that insertion order).
pub fn new_set(items: Vec<Obj>) -> PyResult<Obj> {
    let s = new_of(&SET_TYPE.0);
    for x in items {
        add_key(s.value(), x.value())?;
    }
    Ok(s)
}

/// A new frozenset holding `items`.
pub fn new_frozenset(items: Vec<Obj>) -> PyResult<Obj> {
    let s = new_of(&FROZENSET_TYPE.0);
    for x in items {
        add_key(s.value(), x.value())?;
    }
    Ok(s)
}

/// `set(iterable)`: a new set.
pub fn from_iterable(it: Value) -> PyResult<Obj> {
    make_new_set(&SET_TYPE.0, Some(it))
}

/// `s.add(x)`.
pub fn add(s: Value, x: Value) -> PyResult<()> {
    add_key(s, x)
}

/// `s.update(iterable)` (the interpreter's `SET_UPDATE`).
pub fn update(s: Value, iterable: Value) -> PyResult<()> {
    update_internal(s, iterable)
}

/// `x in s` (with CPython's retry of an unhashable set key as a frozenset).
pub fn contains(s: Value, x: Value) -> PyResult<bool> {
    set_contains(s, x)
}

/// `s.discard(x)`: true when `x` was present.
pub fn discard(s: Value, x: Value) -> PyResult<bool> {
    let h = dict::hash_key(x)?;
    discard_entry(s, x, h)
}

/// The items as owned references, in iteration order (safe to hold across Python code).
pub fn items_owned(s: Value) -> Vec<Obj> {
    tbl(s).entries.iter().filter(|e| !e.key.is_null()).map(|e| Obj::new_ref(e.key)).collect()
}

/// `a <op> b` for two sets: `&`, `|`, `-`, `^` (NotImplemented otherwise).
pub fn binary_op(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    match op {
        BinOp::And => and_slot(a, b),
        BinOp::Or => or_slot(a, b),
        BinOp::Sub => sub_slot(a, b),
        BinOp::Xor => xor_slot(a, b),
        _ => Ok(singletons::not_implemented()),
    }
}

// ----- core operations (CPython's set_*_entry family) ------------------------------------

/// Finds `key`: the index of its active slot, or `None`.
fn lookkey(s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    if key.is_small_int() {
        if let Some(r) = tbl(s).find_small_int(key, hash) {
            return Ok(r);
        }
    }
    'restart: loop {
        let (gen, mut p) = {
            let t = tbl(s);
            (t.generation, Probe::new(hash, t.mask()))
        };
        loop {
            match tbl(s).scan(&mut p, key, hash) {
                Scan::Unused(_) => return Ok(None),
                Scan::Found(i) => return Ok(Some(i)),
                Scan::NeedEq(i) => {
                    let startkey = Obj::new_ref(tbl(s).entries[i].key);
                    let eq = protocol::rich_compare_bool(startkey.value(), key, CompareOp::Eq)?;
                    let t = tbl(s);
                    if t.generation != gen || t.entries[i].key != startkey.value() {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Some(i));
                    }
                    p.step();
                }
            }
        }
    }
}

/// Adds `key` (a new reference is taken) with a known hash.
fn add_entry(s: Value, key: Value, hash: i64) -> PyResult<()> {
    'restart: loop {
        let (gen, mut p) = {
            let t = tbl(s);
            (t.generation, Probe::new(hash, t.mask()))
        };
        loop {
            match tbl(s).scan(&mut p, key, hash) {
                Scan::Found(_) => return Ok(()),
                Scan::Unused(idx) => {
                    // A dummy seen before an `__eq__` call may have been reused by it.
                    if let Some(f) = p.freeslot {
                        let e = tbl(s).entries[f];
                        if !e.key.is_null() || e.hash != -1 {
                            continue 'restart;
                        }
                    }
                    incref(key);
                    tbl(s).store(idx, p.freeslot, key, hash);
                    return Ok(());
                }
                Scan::NeedEq(i) => {
                    let startkey = Obj::new_ref(tbl(s).entries[i].key);
                    let eq = protocol::rich_compare_bool(startkey.value(), key, CompareOp::Eq)?;
                    if eq {
                        return Ok(());
                    }
                    let t = tbl(s);
                    if t.generation != gen || t.entries[i].key != startkey.value() {
                        continue 'restart;
                    }
                    p.step();
                }
            }
        }
    }
}

fn add_key(s: Value, key: Value) -> PyResult<()> {
    let h = dict::hash_key(key)?;
    add_entry(s, key, h)
}

fn contains_entry(s: Value, key: Value, hash: i64) -> PyResult<bool> {
    Ok(lookkey(s, key, hash)?.is_some())
}

fn contains_key(s: Value, key: Value) -> PyResult<bool> {
    let h = dict::hash_key(key)?;
    contains_entry(s, key, h)
}

/// Removes `key` if present; true when it was.
fn discard_entry(s: Value, key: Value, hash: i64) -> PyResult<bool> {
    match lookkey(s, key, hash)? {
        Some(i) => {
            let old = tbl(s).remove_at(i);
            decref(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn discard_key(s: Value, key: Value) -> PyResult<bool> {
    let h = dict::hash_key(key)?;
    discard_entry(s, key, h)
}

/// Runs `f` on `key`, or — when `key` is an unhashable set — on `frozenset(key)`, as
/// CPython's `set_contains`/`set_remove`/`set_discard` do.
fn with_frozen_retry<T>(key: Value, f: impl Fn(Value, i64) -> PyResult<T>) -> PyResult<T> {
    match dict::hash_key(key) {
        Ok(h) => f(key, h),
        Err(e) => {
            if !is_set(key) || !e.matches(exceptions::type_error()) {
                return Err(e);
            }
            drop(e);
            let tmp = make_new_set(&FROZENSET_TYPE.0, Some(key))?;
            let h = dict::hash_key(tmp.value())?;
            f(tmp.value(), h)
        }
    }
}

fn set_contains(s: Value, key: Value) -> PyResult<bool> {
    with_frozen_retry(key, |k, h| contains_entry(s, k, h))
}

/// The next active slot at or after `*pos` (CPython's `set_next`): an owned key and its
/// hash. Reads the current table each time, so it tolerates mutation.
fn next_entry(s: Value, pos: &mut usize) -> Option<(Obj, i64)> {
    let t = tbl(s);
    let mask = t.mask();
    let mut i = *pos;
    while i <= mask && t.entries[i].key.is_null() {
        i += 1;
    }
    *pos = i + 1;
    if i > mask {
        return None;
    }
    Some((Obj::new_ref(t.entries[i].key), t.entries[i].hash))
}

/// Empties the set (a fresh minimal table).
fn clear_internal(s: Value) {
    let old = std::mem::replace(tbl(s), Table::new());
    for e in old.entries {
        if !e.key.is_null() {
            decref(e.key);
        }
    }
}

/// Swaps the contents of two sets (CPython's `set_swap_bodies`).
fn swap_bodies(a: Value, b: Value) {
    // SAFETY: two distinct live sets; no borrow of either table is alive.
    unsafe { std::ptr::swap(raw(a).table.get(), raw(b).table.get()) };
    if is_frozenset(a) && is_frozenset(b) {
        let h = raw(a).hash.get();
        raw(a).hash.set(raw(b).hash.get());
        raw(b).hash.set(h);
    } else {
        raw(a).hash.set(-1);
        raw(b).hash.set(-1);
    }
}

/// `so |= other` where `other` is a set (CPython's `set_merge`, fast paths included, so
/// copies keep CPython's slot layout).
fn merge(so: Value, other: Value) -> PyResult<()> {
    if so == other || len(other) == 0 {
        return Ok(());
    }
    {
        let (t, o) = (tbl(so), tbl(other));
        if (t.fill + o.used) * 5 >= t.mask() * 3 {
            let minused = (t.used + o.used) * 2;
            t.resize(minused);
        }
        if t.fill == 0 && t.mask() == o.mask() && o.fill == o.used {
            for (d, e) in t.entries.iter_mut().zip(o.entries.iter()) {
                if !e.key.is_null() {
                    incref(e.key);
                    *d = *e;
                }
            }
            t.fill = o.fill;
            t.used = o.used;
            return Ok(());
        }
        if t.fill == 0 {
            t.fill = o.used;
            t.used = o.used;
            for e in &o.entries {
                if !e.key.is_null() {
                    incref(e.key);
                    insert_clean(&mut t.entries, e.key, e.hash);
                }
            }
            return Ok(());
        }
    }
    let snapshot: Vec<(Obj, i64)> =
        tbl(other).entries.iter().filter(|e| !e.key.is_null()).map(|e| (Obj::new_ref(e.key), e.hash)).collect();
    for (k, h) in snapshot {
        add_entry(so, k.value(), h)?;
    }
    Ok(())
}

/// `so.update(other)` for one iterable (CPython's `set_update_internal`).
fn update_internal(so: Value, other: Value) -> PyResult<()> {
    if is_anyset(other) {
        return merge(so, other);
    }
    if dict::is_exact_dict(other) {
        let pairs: Vec<(Obj, i64)> =
            dict::table(other).entries.iter().filter(|e| !e.key.is_null()).map(|e| (Obj::new_ref(e.key), e.hash)).collect();
        let n = pairs.len();
        {
            let t = tbl(so);
            if (t.fill + n) * 5 >= t.mask() * 3 {
                let minused = (t.used + n) * 2;
                t.resize(minused);
            }
        }
        for (k, h) in pairs {
            add_entry(so, k.value(), h)?;
        }
        return Ok(());
    }
    let it = protocol::get_iter(other)?;
    while let Some(k) = protocol::next(it.value())? {
        add_key(so, k.value())?;
    }
    Ok(())
}

/// A new set of type `ty` filled from `iterable`.
fn make_new_set(ty: &TypeObject, iterable: Option<Value>) -> PyResult<Obj> {
    let s = new_of(ty);
    if let Some(it) = iterable {
        update_internal(s.value(), it)?;
    }
    Ok(s)
}

/// The builtin type results of operations on `ty`'s instances have.
fn basetype(ty: &TypeObject) -> &'static TypeObject {
    if ty.is_subtype(&SET_TYPE.0) {
        &SET_TYPE.0
    } else {
        &FROZENSET_TYPE.0
    }
}

/// A shallow copy of the builtin base type.
fn copy(so: Value) -> PyResult<Obj> {
    make_new_set(basetype(type_of(so)), Some(so))
}

fn intersection(so: Value, other: Value) -> PyResult<Obj> {
    if so == other {
        return copy(so);
    }
    let result = new_of(basetype(type_of(so)));
    if is_anyset(other) {
        let (mut a, mut b) = (so, other);
        if len(b) > len(a) {
            std::mem::swap(&mut a, &mut b);
        }
        let mut pos = 0;
        while let Some((k, h)) = next_entry(b, &mut pos) {
            if contains_entry(a, k.value(), h)? {
                add_entry(result.value(), k.value(), h)?;
            }
        }
        return Ok(result);
    }
    let it = protocol::get_iter(other)?;
    while let Some(k) = protocol::next(it.value())? {
        let h = dict::hash_key(k.value())?;
        if contains_entry(so, k.value(), h)? {
            add_entry(result.value(), k.value(), h)?;
            if len(result.value()) >= len(so) {
                break;
            }
        }
    }
    Ok(result)
}

fn intersection_multi(so: Value, others: &[Value]) -> PyResult<Obj> {
    if others.is_empty() {
        return copy(so);
    }
    let mut result = Obj::new_ref(so);
    for &o in others {
        result = intersection(result.value(), o)?;
    }
    Ok(result)
}

fn copy_and_difference(so: Value, other: Value) -> PyResult<Obj> {
    let result = copy(so)?;
    difference_update_internal(result.value(), other)?;
    Ok(result)
}

fn difference(so: Value, other: Value) -> PyResult<Obj> {
    let other_size = if is_anyset(other) {
        len(other)
    } else if dict::is_exact_dict(other) {
        dict::len(other)
    } else {
        return copy_and_difference(so, other);
    };
    if (len(so) >> 2) > other_size {
        return copy_and_difference(so, other);
    }
    let result = new_of(basetype(type_of(so)));
    let mut pos = 0;
    if dict::is_exact_dict(other) {
        while let Some((k, h)) = next_entry(so, &mut pos) {
            if dict::get_with_hash(other, k.value(), h)?.is_none() {
                add_entry(result.value(), k.value(), h)?;
            }
        }
        return Ok(result);
    }
    while let Some((k, h)) = next_entry(so, &mut pos) {
        if !contains_entry(other, k.value(), h)? {
            add_entry(result.value(), k.value(), h)?;
        }
    }
    Ok(result)
}

fn difference_update_internal(so: Value, other: Value) -> PyResult<()> {
    if so == other {
        clear_internal(so);
        return Ok(());
    }
    if is_anyset(other) {
        // When `other` is much larger, iterate over the (small) intersection instead.
        let other = if (len(other) >> 3) > len(so) { intersection(so, other)? } else { Obj::new_ref(other) };
        let mut pos = 0;
        while let Some((k, h)) = next_entry(other.value(), &mut pos) {
            discard_entry(so, k.value(), h)?;
        }
    } else {
        let it = protocol::get_iter(other)?;
        while let Some(k) = protocol::next(it.value())? {
            discard_key(so, k.value())?;
        }
    }
    // More than a quarter dummies: rebuild.
    let t = tbl(so);
    if t.fill - t.used <= t.mask() / 4 {
        return Ok(());
    }
    let u = t.used;
    t.resize(if u > 50000 { u * 2 } else { u * 4 });
    Ok(())
}

fn difference_multi(so: Value, others: &[Value]) -> PyResult<Obj> {
    let Some((&first, rest)) = others.split_first() else {
        return copy(so);
    };
    let result = difference(so, first)?;
    for &o in rest {
        difference_update_internal(result.value(), o)?;
    }
    Ok(result)
}

fn symmetric_difference_update(so: Value, other: Value) -> PyResult<()> {
    if so == other {
        clear_internal(so);
        return Ok(());
    }
    let toggle = |k: Value, h: i64| -> PyResult<()> {
        if !discard_entry(so, k, h)? {
            add_entry(so, k, h)?;
        }
        Ok(())
    };
    if dict::is_exact_dict(other) {
        let pairs: Vec<(Obj, i64)> =
            dict::table(other).entries.iter().filter(|e| !e.key.is_null()).map(|e| (Obj::new_ref(e.key), e.hash)).collect();
        for (k, h) in pairs {
            toggle(k.value(), h)?;
        }
        return Ok(());
    }
    let otherset = if is_anyset(other) { Obj::new_ref(other) } else { make_new_set(basetype(type_of(so)), Some(other))? };
    let mut pos = 0;
    while let Some((k, h)) = next_entry(otherset.value(), &mut pos) {
        toggle(k.value(), h)?;
    }
    Ok(())
}

fn symmetric_difference(so: Value, other: Value) -> PyResult<Obj> {
    let otherset = make_new_set(basetype(type_of(so)), Some(other))?;
    symmetric_difference_update(otherset.value(), so)?;
    Ok(otherset)
}

fn issubset(so: Value, other: Value) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = intersection(so, other)?;
        return Ok(len(tmp.value()) == len(so));
    }
    if len(so) > len(other) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((k, h)) = next_entry(so, &mut pos) {
        if !contains_entry(other, k.value(), h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(so: Value, other: Value) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(other, so);
    }
    let it = protocol::get_iter(other)?;
    while let Some(k) = protocol::next(it.value())? {
        if !contains_key(so, k.value())? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(so: Value, other: Value) -> PyResult<bool> {
    if so == other {
        return Ok(len(so) == 0);
    }
    if is_exact_anyset(other) {
        let (mut a, mut b) = (so, other);
        if len(b) > len(a) {
            std::mem::swap(&mut a, &mut b);
        }
        let mut pos = 0;
        while let Some((k, h)) = next_entry(b, &mut pos) {
            if contains_entry(a, k.value(), h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = protocol::get_iter(other)?;
    while let Some(k) = protocol::next(it.value())? {
        if contains_key(so, k.value())? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- slots -----------------------------------------------------------------------------

fn set_len(v: Value) -> PyResult<usize> {
    Ok(len(v))
}

fn set_repr(v: Value) -> PyResult<Obj> {
    let t = type_of(v);
    let exact = crate::object::is_type(v, &SET_TYPE.0);
    let Some(_guard) = crate::interp::repr_guard::enter(v) else {
        return Ok(pystr::from_string(format!("{}(...)", t.name())));
    };
    if len(v) == 0 {
        return Ok(pystr::from_string(format!("{}()", t.name())));
    }
    let mut s = String::new();
    if !exact {
        s.push_str(t.name());
        s.push('(');
    }
    s.push('{');
    for (i, k) in items_owned(v).into_iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(pystr::as_str(protocol::repr(k.value())?.value()));
    }
    s.push('}');
    if !exact {
        s.push(')');
    }
    Ok(pystr::from_string(s))
}

fn set_unhashable(v: Value) -> PyResult<i64> {
    Err(type_error(format!("unhashable type: '{}'", type_of(v).name())))
}

fn frozenset_hash(v: Value) -> PyResult<i64> {
    let cached = raw(v).hash.get();
    if cached != -1 {
        return Ok(cached);
    }
    let t = tbl(v);
    let h = hash_of_hashes(t.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.hash), t.used);
    raw(v).hash.set(h);
    Ok(h)
}

fn richcompare(v: Value, w: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_anyset(w) {
        return Ok(singletons::not_implemented());
    }
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = if len(v) != len(w) {
                false
            } else {
                let (hv, hw) = (raw(v).hash.get(), raw(w).hash.get());
                if hv != -1 && hw != -1 && hv != hw {
                    false
                } else {
                    issubset(v, w)?
                }
            };
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Le => issubset(v, w)?,
        CompareOp::Ge => issuperset(v, w)?,
        CompareOp::Lt => len(v) < len(w) && issubset(v, w)?,
        CompareOp::Gt => len(v) > len(w) && issuperset(v, w)?,
    };
    Ok(bool_::from_bool(r))
}

fn set_iter(v: Value) -> PyResult<Obj> {
    let p = alloc_object(&SET_ITER_TYPE.0, std::mem::size_of::<PySetIter>()) as *mut PySetIter;
    let n = len(v);
    incref(v);
    // SAFETY: fresh allocation of the right size; the set reference moves in.
    unsafe {
        std::ptr::addr_of_mut!((*p).set).write(Cell::new(v));
        std::ptr::addr_of_mut!((*p).used).write(Cell::new(n));
        std::ptr::addr_of_mut!((*p).pos).write(Cell::new(0));
        std::ptr::addr_of_mut!((*p).len).write(Cell::new(n));
        Ok(Obj::from_raw(Value::from_ptr(p)))
    }
}

fn or_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    let r = copy(a)?;
    if a != b {
        update_internal(r.value(), b)?;
    }
    Ok(r)
}

fn and_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    intersection(a, b)
}

fn sub_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    difference(a, b)
}

fn xor_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    symmetric_difference(a, b)
}

fn ior_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    update_internal(a, b)?;
    Ok(Obj::new_ref(a))
}

fn iand_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    let tmp = intersection(a, b)?;
    swap_bodies(a, tmp.value());
    Ok(Obj::new_ref(a))
}

fn isub_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    difference_update_internal(a, b)?;
    Ok(Obj::new_ref(a))
}

fn ixor_slot(a: Value, b: Value) -> PyResult<Obj> {
    if !is_anyset(b) {
        return Ok(singletons::not_implemented());
    }
    symmetric_difference_update(a, b)?;
    Ok(Obj::new_ref(a))
}

fn set_new(ty: &TypeObject, _args: &[Value], kwnames: Value) -> PyResult<Obj> {
    if std::ptr::eq(ty, &SET_TYPE.0) {
        argcheck::no_kwargs("set", kwnames)?;
    }
    Ok(new_of(ty))
}

fn set_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    argcheck::no_kwargs("set", kwnames)?;
    if args.len() > 1 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", type_of(v).name(), args.len())));
    }
    if tbl(v).fill > 0 {
        clear_internal(v);
    }
    raw(v).hash.set(-1);
    if let Some(&it) = args.first() {
        update_internal(v, it)?;
    }
    Ok(())
}

fn frozenset_new(ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let exact = std::ptr::eq(ty, &FROZENSET_TYPE.0);
    if exact {
        argcheck::no_kwargs("frozenset", kwnames)?;
    }
    let npos = argcheck::npos(args, kwnames);
    if npos > 1 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", ty.name(), npos)));
    }
    let iterable = if npos == 1 { Some(args[0]) } else { None };
    if exact {
        if let Some(it) = iterable {
            if crate::object::is_type(it, &FROZENSET_TYPE.0) {
                return Ok(Obj::new_ref(it));
            }
        }
    }
    make_new_set(ty, iterable)
}

fn iter_self(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(v))
}

fn iter_next(v: Value) -> PyResult<Option<Obj>> {
    let it = iter_raw(v);
    let s = it.set.get();
    if s.is_null() {
        return Ok(None);
    }
    if it.used.get() != len(s) {
        it.used.set(usize::MAX);
        return Err(runtime_error("Set changed size during iteration"));
    }
    let mut pos = it.pos.get();
    let next = next_entry(s, &mut pos);
    it.pos.set(pos);
    match next {
        Some((k, _)) => {
            it.len.set(it.len.get().saturating_sub(1));
            Ok(Some(k))
        }
        None => {
            it.set.set(Value::NULL);
            decref(s);
            Ok(None)
        }
    }
}

// ----- methods ---------------------------------------------------------------------------

/// `set.add` / `frozenset.copy` ...: the qualified name used in argument errors.
fn qualified(this: Value, m: &str) -> String {
    format!("{}.{}", if is_frozenset(this) { "frozenset" } else { "set" }, m)
}

fn check_exact(this: Value, m: &str, args: &[Value], kw: Value, n: usize) -> PyResult<()> {
    if args.len() == n && crate::objects::descr::n_kwnames(kw) == 0 {
        return Ok(());
    }
    argcheck::exact(&qualified(this, m), args, kw, n)
}

fn check_no_kw(this: Value, m: &str, kw: Value) -> PyResult<()> {
    if crate::objects::descr::n_kwnames(kw) == 0 {
        return Ok(());
    }
    Err(type_error(format!("{}() takes no keyword arguments", qualified(this, m))))
}

fn m_add(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "add", args, kw, 1)?;
    add_key(this, args[0])?;
    Ok(singletons::none_obj())
}

fn m_clear(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "clear", args, kw, 0)?;
    clear_internal(this);
    Ok(singletons::none_obj())
}

fn m_copy(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "copy", args, kw, 0)?;
    if crate::object::is_type(this, &FROZENSET_TYPE.0) {
        return Ok(Obj::new_ref(this));
    }
    copy(this)
}

fn m_discard(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "discard", args, kw, 1)?;
    with_frozen_retry(args[0], |k, h| discard_entry(this, k, h))?;
    Ok(singletons::none_obj())
}

fn m_remove(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "remove", args, kw, 1)?;
    if !with_frozen_retry(args[0], |k, h| discard_entry(this, k, h))? {
        return Err(key_error(args[0]));
    }
    Ok(singletons::none_obj())
}

fn m_pop(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "pop", args, kw, 0)?;
    let t = tbl(this);
    if t.used == 0 {
        return Err(PyErr::new(exceptions::key_error(), "pop from an empty set"));
    }
    let mask = t.mask();
    let mut i = t.finger & mask;
    while t.entries[i].key.is_null() {
        i += 1;
        if i > mask {
            i = 0;
        }
    }
    let k = t.remove_at(i);
    t.finger = i + 1;
    // SAFETY: the removed key's reference moves to the caller.
    Ok(unsafe { Obj::from_raw(k) })
}

fn m_union(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_no_kw(this, "union", kw)?;
    let result = copy(this)?;
    for &o in args {
        if o == this {
            continue;
        }
        update_internal(result.value(), o)?;
    }
    Ok(result)
}

fn m_update(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_no_kw(this, "update", kw)?;
    for &o in args {
        update_internal(this, o)?;
    }
    Ok(singletons::none_obj())
}

fn m_intersection(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_no_kw(this, "intersection", kw)?;
    intersection_multi(this, args)
}

fn m_intersection_update(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_no_kw(this, "intersection_update", kw)?;
    let tmp = intersection_multi(this, args)?;
    swap_bodies(this, tmp.value());
    Ok(singletons::none_obj())
}

fn m_difference(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_no_kw(this, "difference", kw)?;
    difference_multi(this, args)
}

fn m_difference_update(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_no_kw(this, "difference_update", kw)?;
    for &o in args {
        difference_update_internal(this, o)?;
    }
    Ok(singletons::none_obj())
}

fn m_symmetric_difference(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "symmetric_difference", args, kw, 1)?;
    symmetric_difference(this, args[0])
}

fn m_symmetric_difference_update(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "symmetric_difference_update", args, kw, 1)?;
    symmetric_difference_update(this, args[0])?;
    Ok(singletons::none_obj())
}

fn m_issubset(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "issubset", args, kw, 1)?;
    Ok(bool_::from_bool(issubset(this, args[0])?))
}

fn m_issuperset(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "issuperset", args, kw, 1)?;
    Ok(bool_::from_bool(issuperset(this, args[0])?))
}

fn m_isdisjoint(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    check_exact(this, "isdisjoint", args, kw, 1)?;
    Ok(bool_::from_bool(isdisjoint(this, args[0])?))
}

fn m_reduce(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let items = list::new(items_owned(this));
    let state = match AttrStore::of(this) {
        Some(s) if !s.is_empty() => Obj::new_ref(s.materialize(type_of(this))),
        _ => singletons::none_obj(),
    };
    Ok(tuple::from_vec(vec![protocol::type_value(this), tuple::from_vec(vec![items]), state]))
}

fn m_sizeof(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    // CPython: sizeof(PySetObject) (with its 8-entry small table) plus any larger table.
    let n = tbl(this).entries.len();
    let extra = if n > MINSIZE { 16 * n } else { 0 };
    Ok(Obj::small_int((200 + extra) as i64))
}

fn m_class_getitem(cls: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::generic_alias::class_getitem(cls, args, kw)
}

fn it_length_hint(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let it = iter_raw(this);
    let s = it.set.get();
    let n = if !s.is_null() && it.used.get() == len(s) { it.len.get() } else { 0 };
    Ok(Obj::small_int(n as i64))
}

/// Installs the slots and methods of set, frozenset and set_iterator (start-up).
pub fn init_types() {
    for t in [&SET_TYPE, &FROZENSET_TYPE] {
        let s = &t.slots;
        s.repr.set(Some(set_repr));
        s.richcompare.set(Some(richcompare));
        s.len.set(Some(set_len));
        s.contains.set(Some(set_contains));
        s.iter.set(Some(set_iter));
        s.binary[BinOp::Or as usize].set(Some(or_slot));
        s.binary[BinOp::And as usize].set(Some(and_slot));
        s.binary[BinOp::Sub as usize].set(Some(sub_slot));
        s.binary[BinOp::Xor as usize].set(Some(xor_slot));
        pytype::add_methods(t, crate::methods![
            "copy" => m_copy;
            "union" => m_union;
            "intersection" => m_intersection;
            "difference" => m_difference;
            "symmetric_difference" => m_symmetric_difference;
            "issubset" => m_issubset;
            "issuperset" => m_issuperset;
            "isdisjoint" => m_isdisjoint;
            "__reduce__" => m_reduce;
            "__sizeof__" => m_sizeof;
            "__class_getitem__" => m_class_getitem, class;
        ]);
    }
    let s = &SET_TYPE.slots;
    s.hash.set(Some(set_unhashable));
    s.new.set(Some(set_new));
    s.init.set(Some(set_init));
    s.inplace[BinOp::Or as usize].set(Some(ior_slot));
    s.inplace[BinOp::And as usize].set(Some(iand_slot));
    s.inplace[BinOp::Sub as usize].set(Some(isub_slot));
    s.inplace[BinOp::Xor as usize].set(Some(ixor_slot));
    // `set.__hash__ is None`: subclasses stay unhashable, and no slot wrapper is made.
    pytype::add_attr(&SET_TYPE, "__hash__", singletons::none());
    pytype::add_methods(&SET_TYPE, crate::methods![
        "add" => m_add;
        "clear" => m_clear;
        "discard" => m_discard;
        "remove" => m_remove;
        "pop" => m_pop;
        "update" => m_update;
        "intersection_update" => m_intersection_update;
        "difference_update" => m_difference_update;
        "symmetric_difference_update" => m_symmetric_difference_update;
    ]);
    let f = &FROZENSET_TYPE.slots;
    f.hash.set(Some(frozenset_hash));
    f.new.set(Some(frozenset_new));

    SET_ITER_TYPE.slots.iter.set(Some(iter_self));
    SET_ITER_TYPE.slots.next.set(Some(iter_next));
    pytype::add_methods(&SET_ITER_TYPE, crate::methods!["__length_hint__" => it_length_hint]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::int::hash_i64;

    /// Adds a small int to a bare table (small ints never need `__eq__`).
    fn add_small(t: &mut Table, i: i64) {
        let key = Value::small_int(i).unwrap();
        let hash = hash_i64(i);
        let mut p = Probe::new(hash, t.mask());
        match t.scan(&mut p, key, hash) {
            Scan::Found(_) => {}
            Scan::Unused(idx) => t.store(idx, p.freeslot, key, hash),
            Scan::NeedEq(_) => unreachable!("small ints compare without Python code"),
        }
    }

    fn remove_small(t: &mut Table, i: i64) -> bool {
        let key = Value::small_int(i).unwrap();
        let hash = hash_i64(i);
        let mut p = Probe::new(hash, t.mask());
        match t.scan(&mut p, key, hash) {
            Scan::Found(idx) => {
                t.remove_at(idx);
                true
            }
            _ => false,
        }
    }

    fn order(t: &Table) -> Vec<i64> {
        t.entries.iter().filter(|e| !e.key.is_null()).map(|e| e.key.as_small_int()).collect()
    }

    fn build(items: &[i64]) -> Table {
        let mut t = Table::new();
        for &i in items {
            add_small(&mut t, i);
        }
        t
    }

    #[test]
    fn iteration_order_matches_cpython() {
        // Expected orders from python3.11, adding the keys one by one with s.add(x) (a set
        // display of constants compiles to a frozenset merged in one go: another layout).
        assert_eq!(order(&build(&[5, 3, 100, 8, 7, 1 << 40, -5])), vec![1 << 40, 3, 100, 5, 7, 8, -5]);
        assert_eq!(order(&build(&(1..=20).rev().collect::<Vec<_>>())), (1..=20).collect::<Vec<_>>());
        assert_eq!(order(&build(&[1000, 17, 33, 9, 1, 25])), vec![1, 33, 1000, 9, 17, 25]);
        // Collisions: -1 and -2 both hash to -2; 2**61 hashes to 1.
        assert_eq!(order(&build(&[-1, -2, 1 << 61, 1, 0])), vec![0, 1 << 61, 1, -2, -1]);
        // Many keys (several resizes), multiples of 8 crowd into the linear probes.
        let xs: Vec<i64> = (0..40).map(|i| i * 8).collect();
        assert_eq!(
            order(&build(&xs)),
            vec![
                0, 128, 256, 8, 136, 264, 16, 144, 272, 24, 152, 280, 32, 160, 288, 40, 168, 296, 48, 176, 304, 56, 184, 312, 64,
                192, 72, 200, 80, 208, 88, 216, 96, 224, 248, 104, 232, 112, 240, 120
            ]
        );
    }

    #[test]
    fn deletions_leave_dummies_that_insertions_reuse() {
        // s = set(range(6)); s.discard(2); s.discard(3); s.add(10); s.add(2)
        let mut t = build(&[0, 1, 2, 3, 4, 5]);
        assert!(remove_small(&mut t, 2));
        assert!(remove_small(&mut t, 3));
        assert!(!remove_small(&mut t, 3));
        add_small(&mut t, 10);
        add_small(&mut t, 2);
        assert_eq!(order(&t), vec![0, 1, 2, 4, 5, 10]);
        assert_eq!(t.used, 6);
    }

    #[test]
    fn resize_policy_matches_cpython() {
        let t = build(&[0, 1, 2, 3]);
        assert_eq!(t.entries.len(), 8);
        let t = build(&[0, 1, 2, 3, 4]);
        assert_eq!(t.entries.len(), 32, "fill*5 >= mask*3 at the 5th key: resize to used*4");
        let t = build(&(0..10).collect::<Vec<_>>());
        assert_eq!(t.entries.len(), 32, "set(range(10)).__sizeof__() == 200 + 16*32");
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        assert_eq!(hash_of_hashes(std::iter::empty(), 0), 133146708735736);
        assert_eq!(hash_of_hashes([1, 2, 3].into_iter(), 3), -272375401224217160);
        assert_eq!(hash_of_hashes([1].into_iter(), 1), -558064481276695278);
        assert_eq!(hash_of_hashes((0..100).map(hash_i64), 100), 4411996150312757951);
    }
}
