//! Attribute access inline: instance values loaded and stored by slot, and methods
//! found in the class, through a per-site polymorphic cache ([`AttrCache`]) keyed by
//! type version. A type's version changes whenever its lookups may (class attribute
//! set, new instance attribute name), so a matching version proves the cached slot or
//! method still right; only the per-object facts (no instance dict, slot present) are
//! checked on each access. Misses take the helpers, which also fill the cache.

use super::{mf, T, OFF_TYPE};
use crate::analysis::Ins;
use crate::helpers::{AttrCache, AttrEntry, ATTR_WAYS, H};
use cranelift_codegen::ir::{self, condcodes::IntCC, types::{I32, I64}, Block, InstBuilder};
use std::mem::{offset_of, size_of};
use taipan_runtime::bytecode::opcodes::Opcode;
use taipan_runtime::object::attrs;
use taipan_runtime::object::TypeObject;

const TYPE_VERSION: i32 = offset_of!(TypeObject, version) as i32;
const E_INDEX: i32 = offset_of!(AttrEntry, index) as i32;
const E_OFFSET: i32 = offset_of!(AttrEntry, offset) as i32;
const E_METHOD: i32 = offset_of!(AttrEntry, method) as i32;

fn new_cache() -> i64 {
    Box::leak(Box::new(AttrCache::new())) as *mut AttrCache as i64
}

impl T<'_, '_> {
    /// LOAD_ATTR (`o` consumed; it holds no reference when `borrowed`).
    pub(super) fn load_attr(&mut self, x: &Ins, o: ir::Value, name: u32, borrowed: bool) -> ir::Value {
        let nm = self.name(name);
        if !matches!(x.seen, Opcode::LoadAttr | Opcode::LoadAttrInstanceValue) {
            if borrowed {
                self.incref(o);
            }
            return self.helper(x, H::rt_load_attr, &[self.ts, self.f, o, nm]);
        }
        let cache = self.iconst(new_cache());
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(slow);
        let e = self.probe(o, cache, slow);
        let addr = self.value_slot(o, e, slow);
        let v = self.b.ins().load(I64, mf(), addr, 0);
        self.guard_to(v, slow);
        self.incref(v);
        if !borrowed {
            self.decref(o);
        }
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(slow);
        if borrowed {
            self.incref(o);
        }
        let r = self.helper(x, H::rt_load_attr_miss, &[self.ts, o, nm, cache]);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// STORE_ATTR `o.name = v` (both consumed).
    pub(super) fn store_attr(&mut self, x: &Ins, v: ir::Value, o: ir::Value, name: u32, borrowed: bool) {
        let nm = self.name(name);
        if !matches!(x.seen, Opcode::StoreAttr | Opcode::StoreAttrInstanceValue) {
            if borrowed {
                self.incref(o);
            }
            self.helper(x, H::rt_store_attr, &[self.ts, self.f, v, o, nm]);
            return;
        }
        let cache = self.iconst(new_cache());
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let e = self.probe(o, cache, slow);
        // A value that is set is replaced; a new one is appended in place when its slot
        // is the next and the vector has room (it was sized for the class's names when
        // the instance was made). Anything else — an unset slot before set ones, which
        // would break `__dict__`'s insertion order, or no room — takes the helper.
        let (store, idx, len) = self.values_of(o, e, slow);
        let values = attrs::VALUES_OFFSET as i32;
        let p = self.b.ins().load(I64, mf(), store, values + self.vec_layout.ptr as i32);
        let off = self.b.ins().ishl_imm_s(idx, 3);
        let addr = self.b.ins().iadd(p, off);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let replace = self.b.create_block();
        let append = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(inb, replace, &[], append, &[]);
        self.b.switch_to_block(replace);
        let old = self.b.ins().load(I64, mf(), addr, 0);
        self.guard_to(old, slow);
        self.b.ins().store(mf(), v, addr, 0);
        self.decref(old);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(append);
        let cap = self.b.ins().load(I64, mf(), store, values + self.vec_layout.cap as i32);
        let at_end = self.b.ins().icmp(IntCC::Equal, idx, len);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        let ok = self.b.ins().band(at_end, room);
        self.guard_to(ok, slow);
        self.b.ins().store(mf(), v, addr, 0);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(mf(), len1, store, values + self.vec_layout.len as i32);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        if !borrowed {
            self.decref(o);
        }
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        if borrowed {
            self.incref(o);
        }
        self.helper(x, H::rt_store_attr_miss, &[self.ts, v, o, nm, cache]);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// LOAD_METHOD (`o` consumed): pushes `method o` or `NULL attribute`.
    pub(super) fn load_method(&mut self, x: &Ins, o: ir::Value, name: u32) {
        use Opcode as O;
        let nm = self.name(name);
        let out = self.stack_addr(self.depth);
        if !matches!(x.seen, O::LoadMethod | O::LoadMethodWithValues | O::LoadMethodNoDict) {
            self.helper(x, H::rt_load_method, &[self.ts, self.f, o, nm, out]);
            self.reload(self.depth, self.depth + 2);
            self.depth += 2;
            return;
        }
        let cache = self.iconst(new_cache());
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(slow);
        let e = self.probe(o, cache, slow);
        // Instances with a store must not have switched to an instance dict.
        let off = self.b.ins().load(I64, mf(), e, E_OFFSET);
        let with_store = self.b.create_block();
        let hit = self.b.create_block();
        self.b.ins().brif(off, with_store, &[], hit, &[]);
        self.b.switch_to_block(with_store);
        let store = self.b.ins().iadd(o, off);
        let dict = self.b.ins().load(I64, mf(), store, attrs::DICT_OFFSET as i32);
        self.b.ins().brif(dict, slow, &[], hit, &[]);
        self.b.switch_to_block(hit);
        let m = self.b.ins().load(I64, mf(), e, E_METHOD);
        self.incref(m);
        self.b.ins().jump(join, &[m.into(), o.into()]);
        self.b.switch_to_block(slow);
        self.helper(x, H::rt_load_method_miss, &[self.ts, self.f, o, nm, out, cache]);
        let a = self.b.ins().load(I64, mf(), out, 0);
        let b = self.b.ins().load(I64, mf(), out, 8);
        self.b.ins().jump(join, &[a.into(), b.into()]);
        self.b.switch_to_block(join);
        let a = self.b.block_params(join)[0];
        let b = self.b.block_params(join)[1];
        self.push(a);
        self.push(b);
    }

    /// The cache entry (its address) for `o`'s type, or a branch to `slow`.
    fn probe(&mut self, o: ir::Value, cache: ir::Value, slow: Block) -> ir::Value {
        let tag = self.b.ins().band_imm_s(o, 7);
        let obj = self.b.create_block();
        self.b.ins().brif(tag, slow, &[], obj, &[]);
        self.b.switch_to_block(obj);
        let ty = self.b.ins().load(I64, mf(), o, OFF_TYPE);
        let ver = self.b.ins().load(I32, mf(), ty, TYPE_VERSION);
        let hit = self.b.create_block();
        self.b.append_block_param(hit, I64);
        // Empty entries hold version 0, which unversioned types also have.
        let mut next = self.b.create_block();
        self.b.ins().brif(ver, next, &[], slow, &[]);
        for k in 0..ATTR_WAYS {
            self.b.switch_to_block(next);
            let e = self.b.ins().iadd_imm_s(cache, (k * size_of::<AttrEntry>()) as i64);
            let ev = self.b.ins().load(I32, mf(), e, 0);
            let same = self.b.ins().icmp(IntCC::Equal, ev, ver);
            next = if k + 1 < ATTR_WAYS { self.b.create_block() } else { slow };
            self.b.ins().brif(same, hit, &[e.into()], next, &[]);
        }
        self.b.switch_to_block(hit);
        self.b.block_params(hit)[0]
    }

    /// `o`'s attribute store, the cached slot index and the values' length; an instance
    /// that switched to a dict goes to `slow`.
    fn values_of(&mut self, o: ir::Value, e: ir::Value, slow: Block) -> (ir::Value, ir::Value, ir::Value) {
        let off = self.b.ins().load(I64, mf(), e, E_OFFSET);
        let store = self.b.ins().iadd(o, off);
        let dict = self.b.ins().load(I64, mf(), store, attrs::DICT_OFFSET as i32);
        let no_dict = self.b.create_block();
        self.b.ins().brif(dict, slow, &[], no_dict, &[]);
        self.b.switch_to_block(no_dict);
        let values = attrs::VALUES_OFFSET as i32;
        let len = self.b.ins().load(I64, mf(), store, values + self.vec_layout.len as i32);
        let idx = self.b.ins().load(I32, mf(), e, E_INDEX);
        let idx = self.b.ins().uextend(I64, idx);
        (store, idx, len)
    }

    /// Address of `o`'s instance value for cache entry `e`, when the object keeps its
    /// values in the shared-key store and has that slot; else a branch to `slow`.
    fn value_slot(&mut self, o: ir::Value, e: ir::Value, slow: Block) -> ir::Value {
        let (store, idx, len) = self.values_of(o, e, slow);
        let values = attrs::VALUES_OFFSET as i32;
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        self.guard_to(inb, slow);
        let p = self.b.ins().load(I64, mf(), store, values + self.vec_layout.ptr as i32);
        let off = self.b.ins().ishl_imm_s(idx, 3);
        self.b.ins().iadd(p, off)
    }
}
