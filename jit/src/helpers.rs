//! The runtime helpers compiled code calls for everything it does not do inline
//! (DESIGN.md: `rt_<op>`). Each is `extern "C"`, takes and returns machine words, and
//! follows the interpreter's stack discipline: operands passed by value are *moved* in
//! (the helper releases them), results are new references.
//!
//! Failure is signalled by returning 0 with the exception stored in
//! `ThreadState::jit_err`; native code then writes its frame back and returns 0 itself.
//! Helpers without a result return 1 on success. Helpers working on the frame's stack
//! memory (`sp`) get the operands flushed there by native code.
//!
//! Safety, for the whole module: native code passes the thread state and the frame it
//! is running (both live and current), values it owns, and stack pointers inside that
//! frame with the operand count the bytecode guarantees.

use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::errors::{PyErr, PyResult};
use taipan_runtime::interp::frame::Frame;
use taipan_runtime::bytecode::opcodes::Opcode;
use taipan_runtime::interp::{call, native, ops, specialize, ThreadState};
use taipan_runtime::object::attrs::AttrStore;
use taipan_runtime::object::{decref, incref, protocol, type_of, CompareOp, Obj, Value};
use taipan_runtime::objects::{bool_, cell, dict, function, list, pytype, singletons, slice, tuple};

/// Returned by `rt_for_iter` when the iterator is exhausted (an unused tag pattern, so
/// never a value).
pub const EXHAUSTED: u64 = 4;

/// Deepest nesting of native frames calling native frames on the Rust stack (threads
/// run with stacks of 256 MB or more; a level takes well under 1 KB).
pub const MAX_JIT_DEPTH: u32 = 100_000;

use crate::translate::frameless::rt_frameless_refresh;

type Ts = *mut ThreadState;
type F = *mut Frame;

#[inline(always)]
fn v(bits: u64) -> Value {
    Value::from_bits(bits)
}

/// Takes ownership of a moved-in operand.
#[inline(always)]
unsafe fn own(bits: u64) -> Obj {
    Obj::from_raw(Value::from_bits(bits))
}

#[cold]
unsafe fn fail(ts: Ts, e: PyErr) -> u64 {
    (*ts).jit_err = Some(e);
    0
}

#[inline(always)]
unsafe fn ret(ts: Ts, r: PyResult<Obj>) -> u64 {
    match r {
        Ok(o) => o.into_raw().bits(),
        Err(e) => fail(ts, e),
    }
}

#[inline(always)]
unsafe fn done(ts: Ts, r: PyResult<()>) -> u64 {
    match r {
        Ok(()) => 1,
        Err(e) => fail(ts, e),
    }
}

#[inline(always)]
unsafe fn code_of(f: F) -> &'static CodeObject {
    (*f).code()
}

#[inline(always)]
unsafe fn lasti(f: F) -> usize {
    (*f).lasti.get() as usize
}

// ----- reference counts -------------------------------------------------------------

/// An object whose count native code brought to zero.
pub unsafe extern "C" fn rt_free(o: u64) -> u64 {
    taipan_runtime::object::free_object(v(o));
    1
}

/// A float whose exponent does not fit the immediate form (inf, nan, subnormals, huge).
pub unsafe extern "C" fn rt_box_float(bits: u64) -> u64 {
    taipan_runtime::objects::float::from_f64(f64::from_bits(bits)).into_raw().bits()
}

// ----- operators --------------------------------------------------------------------

/// `a <op> b` (BINARY_OP's argument numbering).
pub unsafe extern "C" fn rt_binary_op(ts: Ts, a: u64, b: u64, op: u64) -> u64 {
    let (a, b) = (own(a), own(b));
    ret(ts, ops::arith::binary_op(a.value(), b.value(), op as u32))
}

/// `a <cmp> b` as an object.
pub unsafe extern "C" fn rt_compare(ts: Ts, a: u64, b: u64, op: u64) -> u64 {
    let (a, b) = (own(a), own(b));
    ret(ts, protocol::rich_compare(a.value(), b.value(), CompareOp::from_u8(op as u8)))
}

/// `bool(a <cmp> b)` for a fused compare-and-branch: 1 false, 2 true, 0 error.
pub unsafe extern "C" fn rt_compare_truth(ts: Ts, a: u64, b: u64, op: u64) -> u64 {
    let (a, b) = (own(a), own(b));
    match protocol::rich_compare(a.value(), b.value(), CompareOp::from_u8(op as u8)) {
        Ok(r) => truth(ts, r),
        Err(e) => fail(ts, e),
    }
}

unsafe fn truth(ts: Ts, r: Obj) -> u64 {
    match protocol::is_true(r.value()) {
        Ok(t) => 1 + t as u64,
        Err(e) => fail(ts, e),
    }
}

/// `bool(x)`: 1 false, 2 true, 0 error.
pub unsafe extern "C" fn rt_truth(ts: Ts, x: u64) -> u64 {
    truth(ts, own(x))
}

/// Unary operators: 0 `-x`, 1 `+x`, 2 `~x`, 3 `not x`.
pub unsafe extern "C" fn rt_unary(ts: Ts, x: u64, which: u64) -> u64 {
    let x = own(x);
    let r = match which {
        0 => protocol::neg(x.value()),
        1 => protocol::pos(x.value()),
        2 => protocol::invert(x.value()),
        _ => protocol::is_true(x.value()).map(|t| bool_::from_bool(!t)),
    };
    ret(ts, r)
}

/// `a in b` (`not in` when `invert`).
pub unsafe extern "C" fn rt_contains(ts: Ts, a: u64, b: u64, invert: u64) -> u64 {
    let (a, b) = (own(a), own(b));
    ret(ts, protocol::contains(b.value(), a.value()).map(|t| bool_::from_bool(t != (invert != 0))))
}

// ----- subscripts and attributes ----------------------------------------------------

/// The instruction running in `f` as quickened by the interpreter: its specialized
/// form and inline cache are the type feedback these helpers share with it.
#[inline(always)]
unsafe fn seen(f: F) -> Opcode {
    let at = lasti(f);
    Opcode::from_u8(code_of(f).code_mut()[at] as u8).unwrap_or(Opcode::Nop)
}

/// Inline cache unit `i` of the running instruction.
#[inline(always)]
unsafe fn cache(f: F, i: usize) -> u16 {
    code_of(f).code_mut()[lasti(f) + 1 + i]
}

/// `c[k]`.
pub unsafe extern "C" fn rt_subscr(ts: Ts, f: F, c: u64, k: u64) -> u64 {
    let (c, k) = (own(c), own(k));
    ret(ts, ops::subscr::binary_subscr(code_of(f), lasti(f), seen(f), c.value(), k.value()))
}

/// `c[k] = x`.
pub unsafe extern "C" fn rt_store_subscr(ts: Ts, f: F, x: u64, c: u64, k: u64) -> u64 {
    let (c, k) = (own(c), own(k));
    done(ts, ops::subscr::store_subscr(code_of(f), lasti(f), seen(f), c.value(), k.value(), own(x)))
}

/// `c[start:stop:step]`: BUILD_SLICE and BINARY_SUBSCR in one, which for an exact list
/// builds no slice object. `step` is 0 for a two-part slice.
pub unsafe extern "C" fn rt_slice_subscr(ts: Ts, c: u64, start: u64, stop: u64, step: u64) -> u64 {
    let (c, start, stop) = (own(c), own(start), own(stop));
    let step = if step == 0 { None } else { Some(own(step)) };
    if list::is_exact_list(c.value()) {
        let st = step.as_ref().map_or(Value::NULL, |s| s.value());
        return ret(ts, list::get_slice(c.value(), start.value(), stop.value(), st));
    }
    let s = slice::new(start, stop, step.unwrap_or_else(singletons::none_obj));
    ret(ts, protocol::getitem(c.value(), s.value()))
}

/// `c[start:stop:step] = x`: BUILD_SLICE and STORE_SUBSCR in one (see
/// [`rt_slice_subscr`]).
pub unsafe extern "C" fn rt_slice_store(ts: Ts, x: u64, c: u64, start: u64, stop: u64, step: u64) -> u64 {
    let (x, c, start, stop) = (own(x), own(c), own(start), own(stop));
    let step = if step == 0 { None } else { Some(own(step)) };
    if list::is_exact_list(c.value()) {
        let st = step.as_ref().map_or(Value::NULL, |s| s.value());
        return done(ts, list::set_slice(c.value(), start.value(), stop.value(), st, x.value()));
    }
    let s = slice::new(start, stop, step.unwrap_or_else(singletons::none_obj));
    done(ts, protocol::setitem(c.value(), s.value(), x.value()))
}

/// `del c[k]`.
pub unsafe extern "C" fn rt_delete_subscr(ts: Ts, c: u64, k: u64) -> u64 {
    let (c, k) = (own(c), own(k));
    done(ts, protocol::delitem(c.value(), k.value()))
}

/// `o.name`: the interpreter's cached instance slot or module entry when its guard
/// holds, else the general lookup (specializing the site as the interpreter would).
pub unsafe extern "C" fn rt_load_attr(ts: Ts, f: F, o: u64, name: u64) -> u64 {
    let obj = v(o);
    let code = code_of(f);
    let at = lasti(f);
    match seen(f) {
        Opcode::LoadAttrInstanceValue => {
            let version = cache(f, 1) as u32 | (cache(f, 2) as u32) << 16;
            if obj.is_ptr() && type_of(obj).version.get() == version {
                if let Some(store) = AttrStore::of(obj) {
                    if store.dict_value().is_null() {
                        let x = store.slot(cache(f, 3) as usize);
                        if !x.is_null() {
                            incref(x);
                            decref(obj);
                            return x.bits();
                        }
                    }
                }
            }
            ret(ts, ops::attr::load_instance_miss(code, at, own(o), v(name)))
        }
        Opcode::LoadAttrModule => {
            let version = cache(f, 1) as u32 | (cache(f, 2) as u32) << 16;
            if taipan_runtime::objects::module::is_module(obj) {
                let d = taipan_runtime::objects::module::dict(obj);
                if dict::keys_version(d) == version {
                    let x = dict::value_at(d, cache(f, 3) as usize);
                    incref(x);
                    decref(obj);
                    return x.bits();
                }
            }
            ret(ts, ops::attr::load_attr_deopt(code, at, own(o), v(name)))
        }
        Opcode::LoadAttr => {
            specialize::load_attr(code, at, obj, v(name));
            let o = own(o);
            ret(ts, protocol::getattr(o.value(), v(name)))
        }
        _ => ret(ts, ops::attr::load_attr_deopt(code, at, own(o), v(name))),
    }
}

/// `o.name = x`, through the interpreter's cached slot when its guard holds.
pub unsafe extern "C" fn rt_store_attr(ts: Ts, f: F, x: u64, o: u64, name: u64) -> u64 {
    let (x, o) = (own(x), own(o));
    let code = code_of(f);
    let at = lasti(f);
    match seen(f) {
        Opcode::StoreAttrInstanceValue => {
            let version = cache(f, 1) as u32 | (cache(f, 2) as u32) << 16;
            if o.is_ptr() && type_of(o.value()).version.get() == version {
                if let Some(store) = AttrStore::of(o.value()) {
                    if store.dict_value().is_null() && store.try_set_slot(cache(f, 3) as usize, x.value()) {
                        return 1;
                    }
                }
            }
            done(ts, ops::attr::store_instance_miss(code, at, o.value(), v(name), x.value()))
        }
        _ => {
            let r = protocol::setattr(o.value(), v(name), x.value());
            if r.is_ok() {
                specialize::store_attr(code, at, o.value(), v(name));
            }
            done(ts, r)
        }
    }
}

/// `del o.name`.
pub unsafe extern "C" fn rt_delete_attr(ts: Ts, o: u64, name: u64) -> u64 {
    let o = own(o);
    done(ts, protocol::setattr(o.value(), v(name), Value::NULL))
}

/// LOAD_METHOD: `out[0..2]` become `meth self` or `NULL attr` (the object moves in).
pub unsafe extern "C" fn rt_load_method(ts: Ts, f: F, o: u64, name: u64, out: *mut Value) -> u64 {
    let obj = v(o);
    match ops::attr::load_method(code_of(f), lasti(f), seen(f), obj, v(name)) {
        Ok((meth, true)) => {
            *out = meth.into_raw();
            *out.add(1) = obj;
            1
        }
        Ok((attr, false)) => {
            *out = Value::NULL;
            *out.add(1) = attr.into_raw();
            decref(obj);
            1
        }
        Err(e) => {
            decref(obj);
            fail(ts, e)
        }
    }
}

/// Entries of an [`AttrCache`].
pub const ATTR_WAYS: usize = 4;

/// One type an attribute site has seen: while `version` is that type's version, the
/// attribute is instance value `index` of the store at `offset` in the object (loads
/// and stores), or the class's method `method` (borrowed; LOAD_METHOD).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct AttrEntry {
    /// Type version (0: empty).
    pub version: u32,
    /// Slot in the instance's values.
    pub index: u32,
    /// The type's `attrs_offset` (0: instances have no store).
    pub offset: u64,
    /// The method (LOAD_METHOD sites).
    pub method: u64,
}

/// A compiled attribute site's polymorphic cache: up to [`ATTR_WAYS`] types, checked
/// inline by compiled code and filled by the miss helpers (round robin), so sites
/// that see a few classes in turn (base-class methods on subclasses) stay inline.
#[repr(C)]
pub struct AttrCache {
    /// The types seen.
    pub entries: [AttrEntry; ATTR_WAYS],
    /// Entry filled next.
    pub next: u32,
}

impl AttrCache {
    /// An empty cache.
    pub fn new() -> AttrCache {
        AttrCache { entries: [AttrEntry { version: 0, index: 0, offset: 0, method: 0 }; ATTR_WAYS], next: 0 }
    }

    fn fill(&mut self, e: AttrEntry) {
        if let Some(old) = self.entries.iter_mut().find(|x| x.version == e.version) {
            *old = e;
            return;
        }
        self.entries[self.next as usize % ATTR_WAYS] = e;
        self.next = self.next.wrapping_add(1);
    }
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache::new()
    }
}

/// The entry for instance value `name` of `obj` (after a successful access), if any.
fn instance_entry(obj: Value, name: Value, store: bool) -> Option<AttrEntry> {
    if !obj.is_ptr() {
        return None;
    }
    let t = type_of(obj);
    let ix = specialize::instance_slot(t, obj, name, store)?;
    Some(AttrEntry { version: t.version.get(), index: ix as u32, offset: t.attrs_offset.get() as u64, method: 0 })
}

/// LOAD_ATTR that compiled code's cache did not serve: the full lookup, then the cache
/// learns `obj`'s type when the attribute is a plain instance value.
pub unsafe extern "C" fn rt_load_attr_miss(ts: Ts, o: u64, name: u64, cache: *mut AttrCache) -> u64 {
    let obj = own(o);
    let r = protocol::getattr(obj.value(), v(name));
    if r.is_ok() {
        if let Some(e) = instance_entry(obj.value(), v(name), false) {
            (*cache).fill(e);
        }
    }
    ret(ts, r)
}

/// STORE_ATTR that compiled code's cache did not serve (see `rt_load_attr_miss`).
pub unsafe extern "C" fn rt_store_attr_miss(ts: Ts, x: u64, o: u64, name: u64, cache: *mut AttrCache) -> u64 {
    let (x, o) = (own(x), own(o));
    let r = protocol::setattr(o.value(), v(name), x.value());
    if r.is_ok() {
        if let Some(e) = instance_entry(o.value(), v(name), true) {
            (*cache).fill(e);
        }
    }
    done(ts, r)
}

/// LOAD_METHOD that compiled code's cache did not serve: as `rt_load_method`, then the
/// cache learns `obj`'s type when the method cannot be shadowed by instances.
pub unsafe extern "C" fn rt_load_method_miss(ts: Ts, f: F, o: u64, name: u64, out: *mut Value, cache: *mut AttrCache) -> u64 {
    let obj = v(o);
    if obj.is_ptr() {
        if let Some(m) = ops::attr::cacheable_method(obj, v(name)) {
            let t = type_of(obj);
            (*cache).fill(AttrEntry { version: t.version.get(), index: 0, offset: t.attrs_offset.get() as u64, method: m.bits() });
        }
    }
    rt_load_method(ts, f, o, name, out)
}

// ----- names ------------------------------------------------------------------------

/// A LOAD_GLOBAL site's cache, read by compiled code: while the globals' keys version
/// is `gver` (and, for a builtin, the builtins' is `bver`; 0 when not a builtin) the
/// value is at `slot` (`dict::value_slot`).
#[repr(C)]
pub struct GlobalCache {
    /// Keys version of the globals when filled (0: empty).
    pub gver: u32,
    /// Keys version of the builtins, or 0 for a module global.
    pub bver: u32,
    /// Where the value lives.
    pub slot: *const Value,
}

/// LOAD_GLOBAL whose cache missed: the full lookup, refilling the cache.
pub unsafe extern "C" fn rt_load_global_miss(ts: Ts, f: F, name: u64, cache: *mut GlobalCache) -> u64 {
    let fr = &*f;
    let c = &mut *cache;
    c.gver = 0;
    if dict::is_exact_dict(fr.globals) && dict::is_exact_dict(fr.builtins) {
        if let Some(ix) = dict::index_of_str(fr.globals, v(name)) {
            *c = GlobalCache { gver: dict::keys_version(fr.globals), bver: 0, slot: dict::value_slot(fr.globals, ix) };
        } else if let Some(ix) = dict::index_of_str(fr.builtins, v(name)) {
            *c = GlobalCache { gver: dict::keys_version(fr.globals), bver: dict::keys_version(fr.builtins), slot: dict::value_slot(fr.builtins, ix) };
        }
    }
    if c.gver != 0 {
        let x = *c.slot;
        incref(x);
        return x.bits();
    }
    // Not cacheable (dict subclasses) or not found: the general path, with its errors.
    ret(ts, ops::names::load_global(fr, v(name)))
}

/// LOAD_NAME.
pub unsafe extern "C" fn rt_load_name(ts: Ts, f: F, name: u64) -> u64 {
    ret(ts, ops::names::load_name(&*f, v(name)))
}

/// STORE_NAME.
pub unsafe extern "C" fn rt_store_name(ts: Ts, f: F, name: u64, x: u64) -> u64 {
    let x = own(x);
    done(ts, ops::names::store_name(&*f, v(name), x.value()))
}

/// DELETE_NAME.
pub unsafe extern "C" fn rt_delete_name(ts: Ts, f: F, name: u64) -> u64 {
    done(ts, ops::names::delete_name(&*f, v(name)))
}

/// STORE_GLOBAL.
pub unsafe extern "C" fn rt_store_global(_ts: Ts, f: F, name: u64, x: u64) -> u64 {
    let x = own(x);
    dict::set_str((*f).globals, v(name), x.value());
    1
}

/// DELETE_GLOBAL.
pub unsafe extern "C" fn rt_delete_global(ts: Ts, f: F, name: u64) -> u64 {
    match dict::pop((*f).globals, v(name)) {
        Ok(Some(_)) => 1,
        Ok(None) => fail(ts, ops::names::name_not_defined(v(name))),
        Err(e) => fail(ts, e),
    }
}

/// LOAD_DEREF of slot `i`.
pub unsafe extern "C" fn rt_load_deref(ts: Ts, f: F, i: u64) -> u64 {
    let x = cell::get((*f).local(i as usize));
    if x.is_null() {
        return fail(ts, ops::names::unbound_deref(code_of(f), i as usize));
    }
    incref(x);
    x.bits()
}

/// STORE_DEREF of slot `i`.
pub unsafe extern "C" fn rt_store_deref(f: F, i: u64, x: u64) -> u64 {
    cell::set((*f).local(i as usize), own(x));
    1
}

/// DELETE_DEREF of slot `i`.
pub unsafe extern "C" fn rt_delete_deref(ts: Ts, f: F, i: u64) -> u64 {
    let c = (*f).local(i as usize);
    if cell::get(c).is_null() {
        return fail(ts, ops::names::unbound_deref(code_of(f), i as usize));
    }
    cell::clear(c);
    1
}

/// LOAD_CLASSDEREF of slot `i`.
pub unsafe extern "C" fn rt_load_classderef(ts: Ts, f: F, i: u64) -> u64 {
    ret(ts, ops::names::load_classderef(&*f, i as usize))
}

/// MAKE_CELL of slot `i` (in frame memory; native code reloads the slot).
pub unsafe extern "C" fn rt_make_cell(f: F, i: u64) -> u64 {
    let slot = (*f).localsplus().add(i as usize);
    let initial = *slot;
    let c = cell::new(initial);
    decref(initial);
    *slot = c.into_raw();
    1
}

/// COPY_FREE_VARS: the closure's `n` cells into the last slots (native code reloads them).
pub unsafe extern "C" fn rt_copy_free_vars(f: F, n: u64) -> u64 {
    let fr = &*f;
    let cells = tuple::items(function::closure(fr.func));
    let offset = fr.nlocalsplus as usize - n as usize;
    for (i, &c) in cells.iter().enumerate().take(n as usize) {
        incref(c);
        *fr.localsplus().add(offset + i) = c;
    }
    1
}

/// The error for reading unbound local `i`.
pub unsafe extern "C" fn rt_unbound_local(ts: Ts, f: F, i: u64) -> u64 {
    fail(ts, taipan_runtime::interp::unbound_local(code_of(f), i as usize))
}

// ----- iteration --------------------------------------------------------------------

/// GET_ITER.
pub unsafe extern "C" fn rt_get_iter(ts: Ts, x: u64) -> u64 {
    let x = own(x);
    ret(ts, protocol::get_iter(x.value()))
}

/// `iter(range(start, stop, step))` for tagged small ints (step non-zero): the iterator
/// alone, as GET_ITER would return it (cannot fail).
pub unsafe extern "C" fn rt_range_iter(start: u64, stop: u64, step: u64) -> u64 {
    let (a, b, c) = (v(start).as_small_int(), v(stop).as_small_int(), v(step).as_small_int());
    taipan_runtime::objects::range::small_iter(a, b, c).into_raw().bits()
}

/// FOR_ITER's step for anything but a range iterator (compiled code does those inline):
/// the next value, [`EXHAUSTED`], or 0 on error. The iterator stays.
pub unsafe extern "C" fn rt_for_iter(ts: Ts, it: u64) -> u64 {
    let it = v(it);
    if taipan_runtime::objects::iter::is_list_iter(it) {
        return match taipan_runtime::objects::iter::list_iter_next(it) {
            Some(x) => x.into_raw().bits(),
            None => EXHAUSTED,
        };
    }
    match protocol::next(it) {
        Ok(Some(x)) => x.into_raw().bits(),
        Ok(None) => EXHAUSTED,
        Err(e) => fail(ts, e),
    }
}

// ----- speculation ------------------------------------------------------------------

/// Deoptimizations after which a code object is recompiled without type speculation.
pub const DEOPT_LIMIT: u32 = 64;

/// Counts native exits from failed type speculations (under the GIL).
pub static mut DEOPTS_TAKEN: u64 = 0;

/// A type speculation failed in `f`'s native code, which now leaves to the interpreter
/// at the instruction. After [`DEOPT_LIMIT`] of these the code object drops its native
/// code and is recompiled, once hot again, without speculation.
pub unsafe extern "C" fn rt_deopt(_ts: Ts, f: F) -> u64 {
    DEOPTS_TAKEN += 1;
    let code = code_of(f);
    let n = code.jit_deopts.get().saturating_add(1);
    code.jit_deopts.set(n);
    if n >= DEOPT_LIMIT && !code.jit_generic.get() {
        code.jit_generic.set(true);
        code.jit_entry.set(0);
        code.counter.set(0);
    }
    1
}

// ----- calls ------------------------------------------------------------------------

/// A CALL site's cache for the inline call path compiled code takes: the code object of
/// the Python function it last called with exactly its positional arguments (a
/// reference the cache owns, so the address cannot be reused by another code object),
/// and that code's frame size. `meth` (fixed at compile time) says which stack layout
/// the site has: `method self args` (1) or `NULL callable args` (0).
#[repr(C)]
pub struct CallCache {
    /// The cached code object (a Value's bits), or 0.
    pub code: u64,
    /// `Frame::size_words(code)` in bytes.
    pub frame_bytes: u64,
    /// 1 when the site calls `method(self, args…)`.
    pub meth: u64,
}

/// CALL: `callable args` (after a NULL or `method self`) end at `sp`. `cache` (or 0) is
/// the site's [`CallCache`], filled here when the call qualifies for the inline path.
pub unsafe extern "C" fn rt_call(ts: Ts, f: F, sp: *mut Value, argc: u64, kwnames: u64, cache: u64) -> u64 {
    let argc = argc as usize;
    let is_meth = !(*sp.sub(argc + 2)).is_null();
    let total = argc + is_meth as usize;
    let callable = if is_meth { *sp.sub(argc + 2) } else { *sp.sub(argc + 1) };
    let args = sp.sub(total);
    let t = &mut *ts;
    if kwnames == 0 && function::is_function(callable) && call::exact_args(callable, total) {
        if cache != 0 {
            fill_call_cache(&mut *(cache as *mut CallCache), callable, is_meth);
        }
        // The new frame takes over the callable's and the arguments' references.
        let nf = call::push_frame_moving(t, callable, args, total);
        return run_callee(ts, f, nf);
    }
    if kwnames == 0 && !is_meth {
        if let Some(init) = pytype::plain_python_init(callable) {
            if call::exact_args(init, total + 1) {
                return instantiate(ts, f, sp, total, callable, init);
            }
        }
    }
    if function::is_function(callable) && !function::code(callable).is_generator_like() {
        let new = call::prepare_frame(t, callable, std::slice::from_raw_parts(args, total), v(kwnames));
        release(sp, total + 1 + !is_meth as usize);
        return match new {
            Ok(nf) => run_callee(ts, f, nf),
            Err(e) => fail(ts, e),
        };
    }
    let r = call::call(callable, std::slice::from_raw_parts(args, total), v(kwnames));
    release(sp, total + 1 + !is_meth as usize);
    ret(ts, r)
}

/// `cls(args…)` for a class [`pytype::plain_python_init`] gives `init` for, with the
/// `argc` arguments on the stack below `sp` (after `NULL cls`): the instance takes the
/// class's stack slot, so it and the arguments move into `init`'s frame as `self` and
/// its parameters, and the frame runs as any other call's.
unsafe fn instantiate(ts: Ts, f: F, sp: *mut Value, argc: usize, cls: Value, init: Value) -> u64 {
    let obj = pytype::alloc_plain_instance(pytype::as_type(cls));
    let slot = sp.sub(argc + 1);
    *slot = obj.value();
    incref(obj.value());
    incref(init);
    let nf = call::push_frame_moving(&mut *ts, init, slot, argc + 1);
    let r = run_callee(ts, f, nf);
    // The stack's reference to the class (the instance holds its own).
    decref(cls);
    if r == 0 {
        return 0;
    }
    let r = own(r);
    if r.value() != taipan_runtime::objects::singletons::none() {
        let msg = format!("__init__() should return None, not '{}'", type_of(r.value()).name());
        return fail(ts, taipan_runtime::errors::type_error(msg));
    }
    obj.into_raw().bits()
}

/// CALL at a site the interpreter saw call a native function or builtin method
/// (CALL_BUILTIN): straight to its definition when the callable still is one, else
/// [`rt_call`].
pub unsafe extern "C" fn rt_call_native(ts: Ts, f: F, sp: *mut Value, argc: u64, kwnames: u64, cache: u64) -> u64 {
    let n = argc as usize;
    let is_meth = !(*sp.sub(n + 2)).is_null();
    let total = n + is_meth as usize;
    let callable = if is_meth { *sp.sub(n + 2) } else { *sp.sub(n + 1) };
    if kwnames == 0 {
        if let Some(r) = call::call_native_positional(callable, std::slice::from_raw_parts(sp.sub(total), total)) {
            release(sp, total + 1 + !is_meth as usize);
            return ret(ts, r);
        }
    }
    rt_call(ts, f, sp, argc, kwnames, cache)
}

#[inline]
unsafe fn fill_call_cache(c: &mut CallCache, func: Value, is_meth: bool) {
    if (c.meth != 0) != is_meth {
        return;
    }
    let code = function::code(func);
    let cv = code.as_value();
    if c.code == cv.bits() {
        return;
    }
    incref(cv);
    decref(v(c.code));
    c.code = cv.bits();
    c.frame_bytes = (Frame::size_words(code) * 8) as u64;
}

/// Drops the `n` stack values below `sp` (NULLs included).
unsafe fn release(sp: *mut Value, n: usize) {
    for i in 1..=n {
        decref(*sp.sub(i));
    }
}

/// Counts a call of frame `nf`'s code towards compilation (`nf` is live, so the JIT
/// can read its globals and locals as hints).
#[inline]
unsafe fn count_call(t: &ThreadState, nf: F) {
    let code = (*nf).code();
    if code.jit_entry.get() == 0 {
        let c = code.counter.get().wrapping_add(1);
        code.counter.set(c);
        if c >= t.jit_threshold && taipan_runtime::jit_hook::enabled() {
            taipan_runtime::jit_hook::hot(code, &*nf);
        }
    }
}

/// Links and runs a pushed callee frame: natively (directly) when compiled or hot.
unsafe fn run_callee(ts: Ts, f: F, nf: F) -> u64 {
    let t = &mut *ts;
    (*nf).previous = f;
    t.current = nf;
    t.py_depth += 1;
    if t.py_depth > t.recursion_limit || t.jit_depth >= MAX_JIT_DEPTH {
        t.py_depth -= 1;
        t.current = f;
        (*nf).clear();
        t.datastack.pop(nf);
        return fail(ts, taipan_runtime::errors::recursion_error("maximum recursion depth exceeded"));
    }
    count_call(t, nf);
    t.jit_depth += 1;
    let r = native::run_pushed(t, nf);
    (*ts).jit_depth -= 1;
    ret(ts, r)
}

/// The inline call path's callee has no native code yet: counts the call and runs the
/// frame (pushed and linked by native code, `jit_depth` counted) to completion.
pub unsafe extern "C" fn rt_run_pushed(ts: Ts, nf: F) -> u64 {
    let t = &mut *ts;
    count_call(t, nf);
    let r = native::run_pushed(t, nf);
    ret(ts, r)
}

/// The inline call path's callee returned 0 from native code: the interpreter finishes it.
pub unsafe extern "C" fn rt_resume_pushed(ts: Ts, nf: F) -> u64 {
    let r = native::resume_pushed(&mut *ts, nf);
    ret(ts, r)
}

/// Pops a returned frame that has a Python frame object (which takes a copy of it).
pub unsafe extern "C" fn rt_pop_frame(ts: Ts, nf: F) -> u64 {
    taipan_runtime::interp::pop_returned_frame(&mut *ts, nf);
    1
}

/// CALL_FUNCTION_EX: `NULL f args [kwargs]` end at `sp`.
pub unsafe extern "C" fn rt_call_ex(ts: Ts, sp: *mut Value, flags: u64) -> u64 {
    let has_kw = flags & 1 != 0;
    let n = 3 + has_kw as usize;
    let base = sp.sub(n);
    let func = own((*base.add(1)).bits());
    let args = own((*base.add(2)).bits());
    let kwargs = if has_kw { Some(own((*base.add(3)).bits())) } else { None };
    decref(*base);
    ret(ts, call::call_ex(func.value(), args.value(), kwargs.as_ref().map(|k| k.value())))
}

/// MAKE_FUNCTION: `[defaults] [kwdefaults] [annotations] [closure] code` end at `sp`.
pub unsafe extern "C" fn rt_make_function(ts: Ts, f: F, sp: *mut Value, flags: u64) -> u64 {
    let n = 1 + (flags & 1) + (flags >> 1 & 1) + (flags >> 2 & 1) + (flags >> 3 & 1);
    let mut p = sp.sub(n as usize);
    let mut take = |present: bool| {
        if present {
            let o = own((*p).bits());
            p = p.add(1);
            Some(o)
        } else {
            None
        }
    };
    let defaults = take(flags & 1 != 0);
    let kwdefaults = take(flags & 2 != 0);
    let annotations = take(flags & 4 != 0);
    let closure = take(flags & 8 != 0);
    let code = take(true).expect("code operand");
    if let Err(e) = ops::build::check_function_parts(code.value(), defaults.as_ref(), kwdefaults.as_ref(), closure.as_ref()) {
        return fail(ts, e);
    }
    function::new(code, (*f).globals, defaults, kwdefaults, annotations, closure).into_raw().bits()
}

// ----- building ---------------------------------------------------------------------

/// BUILD_* of `n` operands ending at `sp`: 0 tuple, 1 list, 2 set, 3 map (n pairs),
/// 4 const-key map (n values, then the keys), 5 string, 6 slice (n is 2 or 3).
pub unsafe extern "C" fn rt_build(ts: Ts, sp: *mut Value, n: u64, kind: u64) -> u64 {
    let n = n as usize;
    let count = match kind {
        3 => 2 * n,
        4 => n + 1,
        _ => n,
    };
    let base = sp.sub(count);
    let take = |i: usize| own((*base.add(i)).bits());
    match kind {
        0 => {
            if n == 0 {
                return Obj::new_ref(tuple::empty()).into_raw().bits();
            }
            let t = tuple::alloc_of(&tuple::TUPLE_TYPE, n);
            for i in 0..n {
                tuple::init_item(&t, i, take(i));
            }
            t.into_raw().bits()
        }
        1 => list::new((0..n).map(take).collect()).into_raw().bits(),
        2 => ret(ts, taipan_runtime::objects::set::new_set((0..n).map(take).collect())),
        3 => {
            let pairs: Vec<(Obj, Obj)> = (0..n).map(|i| (take(2 * i), take(2 * i + 1))).collect();
            let d = dict::new();
            for (k, x) in &pairs {
                if let Err(e) = dict::set(d.value(), k.value(), x.value()) {
                    return fail(ts, e);
                }
            }
            d.into_raw().bits()
        }
        4 => {
            let vals: Vec<Obj> = (0..n).map(take).collect();
            let keys = take(n);
            if !tuple::is_tuple(keys.value()) || tuple::len(keys.value()) != n {
                return fail(ts, taipan_runtime::errors::system_error("bad BUILD_CONST_KEY_MAP keys"));
            }
            let d = dict::new();
            for (k, x) in tuple::items(keys.value()).iter().zip(vals.iter()) {
                if let Err(e) = dict::set(d.value(), *k, x.value()) {
                    return fail(ts, e);
                }
            }
            d.into_raw().bits()
        }
        5 => ret(ts, ops::build::build_string(std::slice::from_raw_parts(base, n))),
        _ => {
            let start = take(0);
            let stop = take(1);
            let step = if n == 3 { take(2) } else { singletons::none_obj() };
            taipan_runtime::objects::slice::new(start, stop, step).into_raw().bits()
        }
    }
}

/// LIST_APPEND / SET_ADD / LIST_EXTEND / SET_UPDATE / DICT_UPDATE / LIST_TO_TUPLE on
/// container `c` (borrowed) with operand `x` (moved in): `which` selects.
pub unsafe extern "C" fn rt_container_op(ts: Ts, c: u64, x: u64, which: u64) -> u64 {
    let c = v(c);
    let x = own(x);
    let r = match which {
        0 => {
            list::append(c, x);
            return 1;
        }
        1 => taipan_runtime::objects::set::add(c, x.value()),
        2 => ops::build::list_extend(c, x.value()),
        3 => match taipan_runtime::objects::iter::collect(x.value()) {
            Ok(items) => items.iter().try_for_each(|i| taipan_runtime::objects::set::add(c, i.value())),
            Err(e) => Err(e),
        },
        _ => ops::build::dict_update(c, x.value()),
    };
    done(ts, r)
}

/// MAP_ADD: `d[k] = x` (k, x moved in).
pub unsafe extern "C" fn rt_map_add(ts: Ts, d: u64, k: u64, x: u64) -> u64 {
    let (k, x) = (own(k), own(x));
    done(ts, dict::set(v(d), k.value(), x.value()))
}

/// DICT_MERGE: `d` (borrowed) merges `m` for a call to `func` (borrowed).
pub unsafe extern "C" fn rt_dict_merge(ts: Ts, func: u64, d: u64, m: u64) -> u64 {
    let m = own(m);
    done(ts, ops::build::dict_merge(v(func), v(d), m.value()))
}

/// LIST_TO_TUPLE.
pub unsafe extern "C" fn rt_list_to_tuple(l: u64) -> u64 {
    let l = own(l);
    tuple::from_slice(list::items(l.value())).into_raw().bits()
}

/// UNPACK_SEQUENCE (`after == u64::MAX`) or UNPACK_EX (`before`, `after`): the items
/// go to `out` in stack order (last item deepest).
pub unsafe extern "C" fn rt_unpack(ts: Ts, seq: u64, before: u64, after: u64, out: *mut Value) -> u64 {
    let seq = own(seq);
    let n = before as usize;
    if after == u64::MAX {
        let fast: Option<&[Value]> = if tuple::is_exact_tuple(seq.value()) && tuple::len(seq.value()) == n {
            Some(tuple::items(seq.value()))
        } else if list::is_exact_list(seq.value()) && list::len(seq.value()) == n {
            Some(list::items(seq.value()))
        } else {
            None
        };
        if let Some(items) = fast {
            for (i, &x) in items.iter().rev().enumerate() {
                incref(x);
                *out.add(i) = x;
            }
            return 1;
        }
    }
    let after = if after == u64::MAX { None } else { Some(after as usize) };
    match ops::build::unpack_iterable(seq.value(), n, after) {
        Ok(items) => {
            for (i, x) in items.into_iter().rev().enumerate() {
                *out.add(i) = x.into_raw();
            }
            1
        }
        Err(e) => fail(ts, e),
    }
}

/// FORMAT_VALUE (`spec` 0 when absent).
pub unsafe extern "C" fn rt_format_value(ts: Ts, x: u64, conversion: u64, spec: u64) -> u64 {
    let x = own(x);
    let spec = if spec == 0 { None } else { Some(own(spec)) };
    ret(ts, ops::build::format_value(x.value(), conversion as u32, spec.as_ref().map(|s| s.value())))
}

// ----- imports, classes, exceptions, misc --------------------------------------------

/// LOAD_BUILD_CLASS.
pub unsafe extern "C" fn rt_load_build_class(ts: Ts, f: F) -> u64 {
    ret(ts, ops::names::load_builtin(&*f, "__build_class__"))
}

/// IMPORT_NAME.
pub unsafe extern "C" fn rt_import_name(ts: Ts, f: F, name: u64, level: u64, fromlist: u64) -> u64 {
    let (level, fromlist) = (own(level), own(fromlist));
    ret(ts, ops::import::import_name(&*f, v(name), fromlist.value(), level.value()))
}

/// IMPORT_FROM (the module stays).
pub unsafe extern "C" fn rt_import_from(ts: Ts, m: u64, name: u64) -> u64 {
    ret(ts, ops::import::import_from(v(m), v(name)))
}

/// IMPORT_STAR.
pub unsafe extern "C" fn rt_import_star(ts: Ts, f: F, m: u64) -> u64 {
    let m = own(m);
    done(ts, ops::import::import_star(&*f, m.value()))
}

/// RAISE_VARARGS (`exc`/`cause` 0 when absent): always fails.
pub unsafe extern "C" fn rt_raise(ts: Ts, exc: u64, cause: u64) -> u64 {
    let exc = if exc == 0 { None } else { Some(own(exc)) };
    let cause = if cause == 0 { None } else { Some(own(cause)) };
    let e = ops::exc::do_raise(&mut *ts, exc, cause);
    fail(ts, e)
}

/// BEFORE_WITH: `out[0..2]` become `exit enter_result`.
pub unsafe extern "C" fn rt_before_with(ts: Ts, mgr: u64, out: *mut Value) -> u64 {
    let mgr = own(mgr);
    match ops::exc::before_with(mgr.value()) {
        Ok((exit, res)) => {
            *out = exit.into_raw();
            *out.add(1) = res.into_raw();
            1
        }
        Err(e) => fail(ts, e),
    }
}

/// LOAD_ASSERTION_ERROR.
pub unsafe extern "C" fn rt_load_assertion_error() -> u64 {
    let t = taipan_runtime::objects::exceptions::assertion_error().as_value();
    incref(t);
    t.bits()
}

/// GET_LEN (the object stays).
pub unsafe extern "C" fn rt_get_len(ts: Ts, x: u64) -> u64 {
    match protocol::len(v(x)) {
        Ok(n) => taipan_runtime::objects::int::from_i64(n as i64).into_raw().bits(),
        Err(e) => fail(ts, e),
    }
}

/// MATCH_MAPPING (0) / MATCH_SEQUENCE (1) on a borrowed subject.
pub unsafe extern "C" fn rt_match_kind(x: u64, which: u64) -> u64 {
    let m = if which == 0 { ops::pattern::is_mapping(v(x)) } else { ops::pattern::is_sequence(v(x)) };
    bool_::value_of(m).bits()
}

/// MATCH_KEYS (both operands stay).
pub unsafe extern "C" fn rt_match_keys(ts: Ts, subject: u64, keys: u64) -> u64 {
    ret(ts, ops::pattern::match_keys(v(subject), v(keys)))
}

/// MATCH_CLASS.
pub unsafe extern "C" fn rt_match_class(ts: Ts, subject: u64, cls: u64, names: u64, n: u64) -> u64 {
    let (s, c, names) = (own(subject), own(cls), own(names));
    ret(ts, ops::pattern::match_class(s.value(), c.value(), n as usize, names.value()))
}

/// SETUP_ANNOTATIONS.
pub unsafe extern "C" fn rt_setup_annotations(ts: Ts, f: F) -> u64 {
    done(ts, ops::names::setup_annotations(&*f))
}

/// PRINT_EXPR.
pub unsafe extern "C" fn rt_print_expr(ts: Ts, x: u64) -> u64 {
    let x = own(x);
    done(ts, taipan_runtime::modules::sys::displayhook(x.value()))
}

/// The eval breaker fired (function entry or a loop back-edge).
pub unsafe extern "C" fn rt_eval_breaker(ts: Ts) -> u64 {
    done(ts, (*ts).handle_eval_breaker())
}

/// Registers every helper's `(name, address, parameter count)`; one list for the
/// module's symbol table and for the translator's imports.
macro_rules! helper_table {
    ($($name:ident / $n:expr),* $(,)?) => {
        /// Helper indexes, by name, into [`HELPERS`].
        #[allow(non_camel_case_types, missing_docs, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy)]
        pub enum H { $($name),* }
        /// `(name, address, parameter count)` of every helper (all words; one word back).
        pub fn helpers() -> Vec<(&'static str, *const u8, usize)> {
            vec![$((stringify!($name), $name as *const u8, $n)),*]
        }
    };
}

helper_table! {
    rt_free / 1,
    rt_frameless_refresh / 2,
    rt_slice_subscr / 5,
    rt_slice_store / 6,
    rt_box_float / 1,
    rt_binary_op / 4,
    rt_compare / 4,
    rt_compare_truth / 4,
    rt_truth / 2,
    rt_unary / 3,
    rt_contains / 4,
    rt_subscr / 4,
    rt_store_subscr / 5,
    rt_delete_subscr / 3,
    rt_load_attr / 4,
    rt_store_attr / 5,
    rt_delete_attr / 3,
    rt_load_method / 5,
    rt_load_attr_miss / 4,
    rt_store_attr_miss / 5,
    rt_load_method_miss / 6,
    rt_load_global_miss / 4,
    rt_run_pushed / 2,
    rt_deopt / 2,
    rt_resume_pushed / 2,
    rt_pop_frame / 2,
    rt_load_name / 3,
    rt_store_name / 4,
    rt_delete_name / 3,
    rt_store_global / 4,
    rt_delete_global / 3,
    rt_load_deref / 3,
    rt_store_deref / 3,
    rt_delete_deref / 3,
    rt_load_classderef / 3,
    rt_make_cell / 2,
    rt_copy_free_vars / 2,
    rt_unbound_local / 3,
    rt_get_iter / 2,
    rt_range_iter / 3,
    rt_for_iter / 2,
    rt_call / 6,
    rt_call_native / 6,
    rt_call_ex / 3,
    rt_make_function / 4,
    rt_build / 4,
    rt_container_op / 4,
    rt_map_add / 4,
    rt_dict_merge / 4,
    rt_list_to_tuple / 1,
    rt_unpack / 5,
    rt_format_value / 4,
    rt_load_build_class / 2,
    rt_import_name / 5,
    rt_import_from / 3,
    rt_import_star / 3,
    rt_raise / 3,
    rt_before_with / 3,
    rt_load_assertion_error / 0,
    rt_get_len / 2,
    rt_match_kind / 2,
    rt_match_keys / 3,
    rt_match_class / 5,
    rt_setup_annotations / 2,
    rt_print_expr / 2,
    rt_eval_breaker / 1,
}
