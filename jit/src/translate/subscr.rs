//! Indexing inline: `list[i]` and `tuple[i]` loads, `list[i] = v` stores, and the next
//! item of a list iterator, for small-int indexes within bounds (negative ones counted
//! from the end). Anything else — other containers, slices, big ints, an index out of
//! range (which raises) — goes to the helpers.

use super::{mf, T, OFF_TYPE};
use crate::analysis::Ins;
use crate::helpers::H;
use cranelift_codegen::ir::{self, condcodes::IntCC, types::I64, Block, InstBuilder};
use taipan_runtime::bytecode::opcodes::Opcode;
use taipan_runtime::objects::{iter, list, tuple};

impl T<'_, '_> {
    /// BINARY_SUBSCR (`c` and `key` are consumed; `c` holds no reference when
    /// `borrowed`).
    pub(super) fn subscr(&mut self, x: &Ins, c: ir::Value, key: ir::Value, borrowed: bool) -> ir::Value {
        use Opcode as O;
        if !matches!(x.seen, O::BinarySubscr | O::BinarySubscrListInt | O::BinarySubscrTupleInt) {
            if borrowed {
                self.incref(c);
            }
            return self.helper(x, H::rt_subscr, &[self.ts, self.f, c, key]);
        }
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I64);
        self.b.set_cold_block(slow);
        let (p, i) = self.index_of(c, key, true, slow);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(p, off);
        let v = self.b.ins().load(I64, mf(), addr, 0);
        self.incref(v);
        if !borrowed {
            self.decref(c);
        }
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(slow);
        if borrowed {
            self.incref(c);
        }
        let r = self.helper(x, H::rt_subscr, &[self.ts, self.f, c, key]);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// STORE_SUBSCR `c[key] = v` (all three consumed; `c` holds no reference when
    /// `borrowed`).
    pub(super) fn store_subscr(&mut self, x: &Ins, v: ir::Value, c: ir::Value, key: ir::Value, borrowed: bool) {
        use Opcode as O;
        if !matches!(x.seen, O::StoreSubscr | O::StoreSubscrListInt) {
            if borrowed {
                self.incref(c);
            }
            self.helper(x, H::rt_store_subscr, &[self.ts, self.f, v, c, key]);
            return;
        }
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let (p, i) = self.index_of(c, key, false, slow);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(p, off);
        let old = self.b.ins().load(I64, mf(), addr, 0);
        self.b.ins().store(mf(), v, addr, 0);
        self.decref(old);
        if !borrowed {
            self.decref(c);
        }
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        if borrowed {
            self.incref(c);
        }
        self.helper(x, H::rt_store_subscr, &[self.ts, self.f, v, c, key]);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// For a list (or, with `tuples`, a tuple) `c` and a small-int `key` within its
    /// bounds: the item array and the normalized index. Otherwise branches to `slow`.
    fn index_of(&mut self, c: ir::Value, key: ir::Value, tuples: bool, slow: Block) -> (ir::Value, ir::Value) {
        let is_int = self.b.ins().band_imm_s(key, 1);
        self.guard_to(is_int, slow);
        let tag = self.b.ins().band_imm_s(c, 7);
        let obj = self.b.create_block();
        self.b.ins().brif(tag, slow, &[], obj, &[]);
        self.b.switch_to_block(obj);
        let ty = self.b.ins().load(I64, mf(), c, OFF_TYPE);
        let list_blk = self.b.create_block();
        let not_list = if tuples { self.b.create_block() } else { slow };
        let index = self.b.create_block();
        self.b.append_block_param(index, I64);
        self.b.append_block_param(index, I64);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &list::LIST_TYPE.0 as *const _ as i64);
        self.b.ins().brif(is_list, list_blk, &[], not_list, &[]);
        self.b.switch_to_block(list_blk);
        let n = self.b.ins().load(I64, mf(), c, self.list_layout.len as i32);
        let p = self.b.ins().load(I64, mf(), c, self.list_layout.ptr as i32);
        self.b.ins().jump(index, &[n.into(), p.into()]);
        if tuples {
            self.b.switch_to_block(not_list);
            let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &tuple::TUPLE_TYPE.0 as *const _ as i64);
            self.guard_to(is_tuple, slow);
            let n = self.b.ins().load(I64, mf(), c, tuple::LEN_OFFSET as i32);
            let p = self.b.ins().iadd_imm_s(c, tuple::ITEMS_OFFSET as i64);
            self.b.ins().jump(index, &[n.into(), p.into()]);
        }
        self.b.switch_to_block(index);
        let n = self.b.block_params(index)[0];
        let p = self.b.block_params(index)[1];
        let i = self.b.ins().sshr_imm_s(key, 1);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, n);
        let i = self.b.ins().select(neg, wrapped, i);
        // Unsigned: a still-negative index is huge, so one compare checks both ends.
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, n);
        self.guard_to(inb, slow);
        (p, i)
    }

    /// UNPACK_SEQUENCE of `n` items from `seq` (consumed): an exact tuple of that length
    /// inline, anything else through the helper.
    pub(super) fn unpack_sequence(&mut self, x: &Ins, seq: ir::Value, n: u32) {
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let tag = self.b.ins().band_imm_s(seq, 7);
        let obj = self.b.create_block();
        self.b.ins().brif(tag, slow, &[], obj, &[]);
        self.b.switch_to_block(obj);
        let ty = self.b.ins().load(I64, mf(), seq, OFF_TYPE);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &tuple::TUPLE_TYPE.0 as *const _ as i64);
        self.guard_to(is_tuple, slow);
        let len = self.b.ins().load(I64, mf(), seq, tuple::LEN_OFFSET as i32);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
        self.guard_to(same, slow);
        let d = self.depth;
        for i in 0..n {
            let off = tuple::ITEMS_OFFSET as i32 + 8 * i as i32;
            let v = self.b.ins().load(I64, mf(), seq, off);
            self.incref(v);
            self.b.def_var(self.stack[(d + n - 1 - i) as usize], v);
        }
        self.decref(seq);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        let out = self.stack_addr(d);
        let bf = self.iconst(n as i64);
        let af = self.iconst(-1);
        self.helper(x, H::rt_unpack, &[self.ts, seq, bf, af, out]);
        self.reload(d, d + n);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        for j in d..d + n {
            self.null_at[j as usize] = false;
        }
        self.depth = d + n;
    }

    /// FOR_ITER's list-iterator step: jumps to `got` with the next item (a new
    /// reference) while the list has one; the end, like any other iterator, goes to
    /// `generic`.
    pub(super) fn list_iter_step(&mut self, it: ir::Value, got: Block, generic: Block) {
        let ty = self.b.ins().load(I64, mf(), it, OFF_TYPE);
        let is_li = self.b.ins().icmp_imm_s(IntCC::Equal, ty, &iter::LIST_ITER_TYPE.0 as *const _ as i64);
        self.guard_to(is_li, generic);
        let seq = self.b.ins().load(I64, mf(), it, iter::SEQ_OFFSET as i32);
        self.guard_to(seq, generic);
        let idx = self.b.ins().load(I64, mf(), it, iter::INDEX_OFFSET as i32);
        let n = self.b.ins().load(I64, mf(), seq, self.list_layout.len as i32);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, n);
        self.guard_to(more, generic);
        let p = self.b.ins().load(I64, mf(), seq, self.list_layout.ptr as i32);
        let off = self.b.ins().ishl_imm_s(idx, 3);
        let addr = self.b.ins().iadd(p, off);
        let v = self.b.ins().load(I64, mf(), addr, 0);
        self.incref(v);
        let idx1 = self.b.ins().iadd_imm_s(idx, 1);
        self.b.ins().store(mf(), idx1, it, iter::INDEX_OFFSET as i32);
        self.b.ins().jump(got, &[v.into()]);
    }
}
