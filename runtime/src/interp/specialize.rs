//! Quickening (PEP 659): after an adaptive instruction runs, it is rewritten in place into
//! a form specialized for the types it saw (`BINARY_OP` → `BINARY_OP_ADD_INT`,
//! `LOAD_GLOBAL` → `LOAD_GLOBAL_MODULE` with the dict entry cached, ...). A specialized
//! instruction checks its guard and falls back (`deopt`) when it fails; after a few misses
//! the instruction stays generic. The JIT reads the specialized opcodes as type feedback.
//!
//! Cache unit 0 of every specializing instruction counts misses.

use crate::bytecode::code::CodeObject;
use crate::bytecode::opcodes::Opcode;
use crate::object::attrs::AttrStore;
use crate::object::{type_of, BinOp, Value};
use crate::objects::{dict, float, function, list, pytype, str as pystr, tuple};

/// Misses after which an instruction is left generic.
const MAX_MISSES: u16 = 4;

#[inline(always)]
fn op_at(code: &CodeObject, i: usize) -> u8 {
    code.code_mut()[i] as u8
}

#[inline(always)]
fn rewrite(code: &CodeObject, i: usize, op: Opcode) {
    let units = code.code_mut();
    units[i] = (units[i] & 0xff00) | op as u16;
}

#[inline(always)]
fn set_cache(code: &CodeObject, i: usize, k: usize, v: u16) {
    // Unit 0 is the miss counter `may_specialize` reads; overwriting it would make one
    // deopt look like many and pin the site to the generic form.
    debug_assert!(k > 0, "cache unit 0 is the miss counter");
    code.code_mut()[i + 1 + k] = v;
}

#[inline(always)]
fn misses(code: &CodeObject, i: usize) -> u16 {
    code.code_mut()[i + 1]
}

/// Returns a specialized instruction to its generic form, counting the miss.
#[cold]
pub fn deopt(code: &CodeObject, i: usize, generic: Opcode) {
    rewrite(code, i, generic);
    let units = code.code_mut();
    if generic.caches() > 0 {
        units[i + 1] = units[i + 1].saturating_add(1);
    }
}

#[inline(always)]
fn may_specialize(code: &CodeObject, i: usize, generic: Opcode) -> bool {
    op_at(code, i) == generic as u8 && misses(code, i) < MAX_MISSES
}

/// After a generic `BINARY_OP`.
#[inline]
pub fn binary_op(code: &CodeObject, i: usize, a: Value, b: Value, arg: u32) {
    if !may_specialize(code, i, Opcode::BinaryOp) {
        return;
    }
    let op = BinOp::ALL[(arg % 13) as usize];
    let new = if Value::both_small_ints(a, b) {
        match (op, arg < 13) {
            (BinOp::Add, _) => Opcode::BinaryOpAddInt,
            (BinOp::Sub, _) => Opcode::BinaryOpSubtractInt,
            (BinOp::Mul, _) => Opcode::BinaryOpMultiplyInt,
            (BinOp::TrueDiv | BinOp::Pow, _) => return,
            _ => Opcode::BinaryOpIntOther,
        }
    } else if (a.is_immediate_float() || a.is_small_int()) && (b.is_immediate_float() || b.is_small_int()) {
        match op {
            BinOp::Add => Opcode::BinaryOpAddFloat,
            BinOp::Sub => Opcode::BinaryOpSubtractFloat,
            BinOp::Mul => Opcode::BinaryOpMultiplyFloat,
            BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => Opcode::BinaryOpFloatOther,
            _ => return,
        }
    } else if op == BinOp::Add && pystr::is_exact_str(a) && pystr::is_exact_str(b) {
        Opcode::BinaryOpAddUnicode
    } else {
        return;
    };
    let _ = float::is_float;
    rewrite(code, i, new);
}

/// After a generic `COMPARE_OP`.
#[inline]
pub fn compare_op(code: &CodeObject, i: usize, a: Value, b: Value) {
    if !may_specialize(code, i, Opcode::CompareOp) {
        return;
    }
    let new = if Value::both_small_ints(a, b) {
        Opcode::CompareOpInt
    } else if a.is_immediate_float() && b.is_immediate_float() {
        Opcode::CompareOpFloat
    } else if pystr::is_exact_str(a) && pystr::is_exact_str(b) {
        Opcode::CompareOpStr
    } else {
        return;
    };
    rewrite(code, i, new);
}

/// After a generic `LOAD_GLOBAL` found `name`.
pub fn load_global(code: &CodeObject, i: usize, fr: &super::frame::Frame, name: Value) {
    if !may_specialize(code, i, Opcode::LoadGlobal) || !dict::is_exact_dict(fr.globals) || !dict::is_exact_dict(fr.builtins) {
        return;
    }
    if let Some(ix) = dict::index_of_str(fr.globals, name) {
        if ix > u16::MAX as usize {
            return;
        }
        let v = dict::keys_version(fr.globals);
        set_cache(code, i, 1, ix as u16);
        set_cache(code, i, 2, v as u16);
        set_cache(code, i, 3, (v >> 16) as u16);
        rewrite(code, i, Opcode::LoadGlobalModule);
        return;
    }
    if let Some(ix) = dict::index_of_str(fr.builtins, name) {
        if ix > u16::MAX as usize {
            return;
        }
        let g = dict::keys_version(fr.globals);
        let b = dict::keys_version(fr.builtins);
        set_cache(code, i, 1, ix as u16);
        set_cache(code, i, 2, g as u16);
        set_cache(code, i, 3, (g >> 16) as u16);
        set_cache(code, i, 4, b as u16);
        rewrite(code, i, Opcode::LoadGlobalBuiltin);
    }
}

/// The shared-key index of `name` for instances of `t`, if the plain instance store
/// is what `getattr`/`setattr` would use (no data descriptor, generic slots).
/// The slot of `obj`'s instance attribute `name` when a cache keyed by its type version
/// may read (or, with `store`, write) it directly: generic attribute access, no
/// descriptor in the class taking precedence, values kept in the shared-key store.
pub fn instance_slot(t: &crate::object::TypeObject, obj: Value, name: Value, store: bool) -> Option<usize> {
    let generic = if store {
        t.slots.setattr.get().map(|f| f as usize) == Some(crate::objects::object::generic_setattr as *const () as usize)
    } else {
        t.slots.getattr.get().map(|f| f as usize) == Some(crate::objects::object::generic_getattr as *const () as usize)
    };
    if !generic || t.version.get() == 0 {
        return None;
    }
    let s = AttrStore::of(obj)?;
    if !s.dict_value().is_null() {
        return None;
    }
    if let Some(d) = pytype::type_lookup(t, name) {
        if type_of(d).slots.descr_set.get().is_some() || (!store && type_of(d).slots.descr_get.get().is_some()) {
            return None;
        }
    }
    let keys = t.shared_keys.borrow();
    let ix = keys.iter().position(|k| k.value() == name)?;
    if ix > u16::MAX as usize {
        return None;
    }
    Some(ix)
}

/// The attribute caches' layout: units 1–2 a 32-bit version (type or dict keys), unit 3
/// the slot index.
fn set_attr_cache(code: &CodeObject, i: usize, version: u32, ix: usize) {
    set_cache(code, i, 1, version as u16);
    set_cache(code, i, 2, (version >> 16) as u16);
    set_cache(code, i, 3, ix as u16);
}

/// A `LOAD_ATTR_INSTANCE_VALUE` / `STORE_ATTR_INSTANCE_VALUE` whose guard failed: if
/// `obj`'s type also keeps `name` as a plain instance value, the cache is pointed at that
/// type and the slot index returned, so a site that sees one class after another (methods
/// of a base class run on instances of its subclasses) stays specialized instead of
/// paying the generic lookup on every execution.
pub fn retarget_instance(code: &CodeObject, i: usize, obj: Value, name: Value, store: bool) -> Option<usize> {
    if !obj.is_ptr() {
        return None;
    }
    let t = type_of(obj);
    let ix = instance_slot(t, obj, name, store)?;
    set_attr_cache(code, i, t.version.get(), ix);
    Some(ix)
}

/// After a generic `LOAD_ATTR` on `obj`.
pub fn load_attr(code: &CodeObject, i: usize, obj: Value, name: Value) {
    if !may_specialize(code, i, Opcode::LoadAttr) || !obj.is_ptr() {
        return;
    }
    if crate::objects::module::is_module(obj) {
        let d = crate::objects::module::dict(obj);
        if let Some(ix) = dict::index_of_str(d, name) {
            if ix <= u16::MAX as usize {
                set_attr_cache(code, i, dict::keys_version(d), ix);
                rewrite(code, i, Opcode::LoadAttrModule);
            }
        }
        return;
    }
    let t = type_of(obj);
    if let Some(ix) = instance_slot(t, obj, name, false) {
        set_attr_cache(code, i, t.version.get(), ix);
        rewrite(code, i, Opcode::LoadAttrInstanceValue);
    }
}

/// After a generic `STORE_ATTR` on `obj`.
pub fn store_attr(code: &CodeObject, i: usize, obj: Value, name: Value) {
    if !may_specialize(code, i, Opcode::StoreAttr) || !obj.is_ptr() {
        return;
    }
    let t = type_of(obj);
    if let Some(ix) = instance_slot(t, obj, name, true) {
        set_attr_cache(code, i, t.version.get(), ix);
        rewrite(code, i, Opcode::StoreAttrInstanceValue);
    }
}

/// Before a generic `CALL` (no keywords): records what kind of callable it sees.
#[inline]
pub fn call(code: &CodeObject, i: usize, callable: Value, nargs: usize) {
    if !may_specialize(code, i, Opcode::Call) {
        return;
    }
    if function::is_function(callable) {
        let c = function::code(callable);
        if c.argcount as usize == nargs && c.kwonlyargcount == 0 && c.flags & 0xc == 0 && !c.is_generator_like() {
            let v = function::version(callable);
            set_cache(code, i, 1, v as u16);
            set_cache(code, i, 2, (v >> 16) as u16);
            rewrite(code, i, Opcode::CallPyExactArgs);
        }
    } else if crate::object::is_type(callable, &crate::objects::descr::BUILTIN_FUNCTION_TYPE)
        || crate::object::is_type(callable, &crate::objects::descr::METHOD_DESCR_TYPE)
    {
        rewrite(code, i, Opcode::CallBuiltin);
    } else if pytype::is_type(callable) {
        rewrite(code, i, Opcode::CallType);
    }
}

/// After a generic `FOR_ITER` step on `it`.
#[inline]
pub fn for_iter(code: &CodeObject, i: usize, it: Value) {
    if !may_specialize(code, i, Opcode::ForIter) {
        return;
    }
    if crate::object::is_type(it, &crate::objects::range::RANGE_ITER_TYPE) {
        rewrite(code, i, Opcode::ForIterRange);
    } else if crate::objects::iter::is_list_iter(it) {
        rewrite(code, i, Opcode::ForIterList);
    }
}

/// After a generic `BINARY_SUBSCR`.
#[inline]
pub fn binary_subscr(code: &CodeObject, i: usize, container: Value, key: Value) {
    if !may_specialize(code, i, Opcode::BinarySubscr) {
        return;
    }
    let new = if key.is_small_int() && list::is_exact_list(container) {
        Opcode::BinarySubscrListInt
    } else if key.is_small_int() && tuple::is_exact_tuple(container) {
        Opcode::BinarySubscrTupleInt
    } else if dict::is_exact_dict(container) {
        Opcode::BinarySubscrDict
    } else {
        return;
    };
    rewrite(code, i, new);
}

/// After a generic `STORE_SUBSCR`.
#[inline]
pub fn store_subscr(code: &CodeObject, i: usize, container: Value, key: Value) {
    if !may_specialize(code, i, Opcode::StoreSubscr) {
        return;
    }
    let new = if key.is_small_int() && list::is_exact_list(container) {
        Opcode::StoreSubscrListInt
    } else if dict::is_exact_dict(container) {
        Opcode::StoreSubscrDict
    } else {
        return;
    };
    rewrite(code, i, new);
}
