//! Passes over the control-flow graph between code generation and assembly (CPython
//! 3.11's `optimize_cfg` and its helpers in `Python/compile.c`):
//!
//! - `normalize_block`/`extend_block`: mark exits, and copy tiny position-less exit
//!   blocks (`return None`) into the blocks that jump to them;
//! - `optimize_block`: the peephole optimizer (constant conditions, tuple building,
//!   jump threading, SWAP minimization, `PUSH_NULL` + `LOAD_GLOBAL` fusion);
//! - dead-code removal, empty-block and redundant-jump elimination;
//! - line numbers: exits get one (`duplicate_exits_without_lineno`), artificial
//!   instructions inherit their predecessor's (`propagate_line_numbers`).
//!
//! Every pass mirrors CPython's, including the order in which it visits blocks, so that
//! the output matches instruction for instruction.

use super::const_table::ConstTable;
use super::ir::{is_block_push, is_jump, BlockId, Cfg, Instr, SrcLoc};
use super::Constant;
use taipan_runtime::bytecode::opcodes::Opcode;

/// CPython's `MAX_COPY_SIZE`: exit blocks up to this size are duplicated.
const MAX_COPY_SIZE: usize = 4;

impl Cfg {
    /// Skips empty blocks from `b` on.
    fn skip_empty(&self, mut b: BlockId) -> BlockId {
        while self.blocks[b].instrs.is_empty() {
            b = self.blocks[b].next.expect("a non-empty block follows");
        }
        b
    }

    /// `normalize_basic_block`: marks exits and fall-through, retargets jumps past
    /// empty blocks.
    pub(crate) fn normalize_block(&mut self, b: BlockId) {
        for i in 0..self.blocks[b].instrs.len() {
            let op = self.blocks[b].instrs[i].op;
            match op {
                Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise => {
                    self.blocks[b].exit = true;
                    self.blocks[b].nofallthrough = true;
                }
                Opcode::Jump | Opcode::JumpNoInterrupt => self.blocks[b].nofallthrough = true,
                _ => {}
            }
            if matches!(
                op,
                Opcode::Jump
                    | Opcode::JumpNoInterrupt
                    | Opcode::PopJumpIfNotNone
                    | Opcode::PopJumpIfNone
                    | Opcode::PopJumpIfFalse
                    | Opcode::PopJumpIfTrue
                    | Opcode::JumpIfFalseOrPop
                    | Opcode::JumpIfTrueOrPop
                    | Opcode::ForIter
            ) {
                debug_assert_eq!(i + 1, self.blocks[b].instrs.len(), "a jump ends its block");
                let t = self.skip_empty(self.blocks[b].instrs[i].target());
                self.blocks[b].instrs[i].target = Some(t);
            }
        }
    }

    fn has_lineno(&self, b: BlockId) -> bool {
        self.blocks[b].instrs.iter().any(|i| i.loc.lineno > 0)
    }

    /// `extend_block`: a block ending in a jump to a small exit block without
    /// positions gets a copy of that block instead of the jump.
    pub(crate) fn extend_block(&mut self, b: BlockId) {
        let Some(last) = self.blocks[b].instrs.last() else { return };
        if !matches!(last.op, Opcode::Jump | Opcode::JumpForward | Opcode::JumpBackward) {
            return;
        }
        let t = last.target();
        if self.blocks[t].exit && self.blocks[t].instrs.len() <= MAX_COPY_SIZE {
            if self.has_lineno(t) {
                return;
            }
            let copy = self.blocks[t].instrs.clone();
            let bb = &mut self.blocks[b];
            bb.instrs.last_mut().expect("last").op = Opcode::Nop;
            bb.instrs.extend(copy);
            bb.exit = true;
        }
    }

    /// `clean_basic_block`: removes NOPs that carry no line of their own.
    pub(crate) fn clean_block(&mut self, b: BlockId) {
        let n = self.blocks[b].instrs.len();
        // The first instruction of the next non-empty block, for a trailing NOP.
        let mut next_first_line = None;
        let mut nb = self.blocks[b].next;
        while let Some(x) = nb {
            if let Some(first) = self.blocks[x].instrs.first() {
                next_first_line = Some(first.loc.lineno);
                break;
            }
            nb = self.blocks[x].next;
        }
        let instrs = &mut self.blocks[b].instrs;
        let mut dest = 0;
        let mut prev_lineno = -1;
        for src in 0..n {
            let lineno = instrs[src].loc.lineno;
            if instrs[src].op == Opcode::Nop {
                if lineno < 0 || prev_lineno == lineno {
                    continue;
                }
                if src + 1 < n {
                    let next_lineno = instrs[src + 1].loc.lineno;
                    if next_lineno == lineno {
                        continue;
                    }
                    if next_lineno < 0 {
                        instrs[src + 1].loc = instrs[src].loc;
                        continue;
                    }
                } else if next_first_line == Some(lineno) {
                    continue;
                }
            }
            instrs[dest] = instrs[src];
            dest += 1;
            prev_lineno = lineno;
        }
        instrs.truncate(dest);
    }

    /// `mark_reachable`: counts predecessors from the entry block.
    fn mark_reachable(&mut self) {
        let mut stack = vec![Cfg::ENTRY];
        self.blocks[Cfg::ENTRY].predecessors = 1;
        while let Some(b) = stack.pop() {
            if let (Some(next), false) = (self.blocks[b].next, self.blocks[b].nofallthrough) {
                if self.blocks[next].predecessors == 0 {
                    stack.push(next);
                }
                self.blocks[next].predecessors += 1;
            }
            for i in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[i];
                if is_jump(ins.op) || is_block_push(ins.op) {
                    let t = ins.target();
                    if self.blocks[t].predecessors == 0 {
                        stack.push(t);
                    }
                    self.blocks[t].predecessors += 1;
                }
            }
        }
    }

    /// `eliminate_empty_basic_blocks`.
    fn eliminate_empty_blocks(&mut self) {
        let order = self.order();
        for &b in &order {
            if let Some(mut next) = self.blocks[b].next {
                while self.blocks[next].instrs.is_empty() {
                    match self.blocks[next].next {
                        Some(n) => next = n,
                        None => break,
                    }
                }
                self.blocks[b].next = Some(next);
            }
        }
        for b in self.order() {
            if let Some(last) = self.blocks[b].instrs.last() {
                if is_jump(last.op) {
                    let t = self.skip_empty(last.target());
                    self.blocks[b].instrs.last_mut().expect("last").target = Some(t);
                }
            }
        }
    }

    /// `optimize_cfg`.
    pub(crate) fn optimize(&mut self, consts: &mut ConstTable) {
        for b in self.order() {
            self.optimize_block(b, consts);
            self.clean_block(b);
        }
        for b in (0..self.blocks.len()).rev() {
            self.extend_block(b);
        }
        self.mark_reachable();
        for b in self.order() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
                self.blocks[b].nofallthrough = false;
            }
        }
        self.eliminate_empty_blocks();
        for b in self.order() {
            self.clean_block(b);
        }
        // A jump to the block that follows anyway is a NOP.
        let mut maybe_empty = false;
        for b in self.order() {
            let next = self.blocks[b].next;
            if let Some(last) = self.blocks[b].instrs.last_mut() {
                if matches!(last.op, Opcode::Jump | Opcode::JumpNoInterrupt) && last.target == next {
                    last.op = Opcode::Nop;
                    self.blocks[b].nofallthrough = false;
                    maybe_empty = true;
                }
            }
        }
        if maybe_empty {
            self.eliminate_empty_blocks();
        }
    }

    /// `optimize_basic_block`: the peephole optimizer.
    fn optimize_block(&mut self, b: BlockId, consts: &mut ConstTable) {
        let mut i: isize = 0;
        while (i as usize) < self.blocks[b].instrs.len() {
            let iu = i as usize;
            let n = self.blocks[b].instrs.len();
            let inst = self.blocks[b].instrs[iu];
            let nextop = if iu + 1 < n { Some(self.blocks[b].instrs[iu + 1].op) } else { None };
            // The first instruction of a jump's (non-empty) target.
            let target: Option<Instr> = if is_jump(inst.op) || is_block_push(inst.op) {
                let t = self.skip_empty(inst.target());
                self.blocks[b].instrs[iu].target = Some(t);
                Some(self.blocks[t].instrs[0])
            } else {
                None
            };
            let inst = self.blocks[b].instrs[iu];
            let target_op = target.map(|t| t.op);
            match inst.op {
                Opcode::LoadConst => {
                    let is_true = || consts.get(inst.arg).is_true();
                    match nextop {
                        Some(op @ (Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue)) => {
                            let taken = is_true() == (op == Opcode::PopJumpIfTrue);
                            let ins = &mut self.blocks[b].instrs;
                            ins[iu].op = Opcode::Nop;
                            if taken {
                                ins[iu + 1].op = Opcode::Jump;
                                self.blocks[b].nofallthrough = true;
                            } else {
                                ins[iu + 1].op = Opcode::Nop;
                            }
                        }
                        Some(op @ (Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop)) => {
                            let taken = is_true() == (op == Opcode::JumpIfTrueOrPop);
                            let ins = &mut self.blocks[b].instrs;
                            if taken {
                                ins[iu + 1].op = Opcode::Jump;
                                self.blocks[b].nofallthrough = true;
                            } else {
                                ins[iu].op = Opcode::Nop;
                                ins[iu + 1].op = Opcode::Nop;
                            }
                        }
                        Some(Opcode::IsOp) => {
                            let jump_op = if iu + 2 < n { Some(self.blocks[b].instrs[iu + 2].op) } else { None };
                            let is_none = matches!(consts.get(inst.arg), Constant::None);
                            if is_none && matches!(jump_op, Some(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue)) {
                                let ins = &mut self.blocks[b].instrs;
                                let nextarg = ins[iu + 1].arg & 0xff;
                                ins[iu].op = Opcode::Nop;
                                ins[iu + 1].op = Opcode::Nop;
                                let on_false = jump_op == Some(Opcode::PopJumpIfFalse);
                                ins[iu + 2].op = if (nextarg != 0) ^ on_false { Opcode::PopJumpIfNotNone } else { Opcode::PopJumpIfNone };
                            }
                        }
                        _ => {}
                    }
                }
                Opcode::BuildTuple => {
                    let oparg = inst.arg;
                    if nextop == Some(Opcode::UnpackSequence) && self.blocks[b].instrs[iu + 1].arg == oparg {
                        match oparg {
                            1 => {
                                let ins = &mut self.blocks[b].instrs;
                                ins[iu].op = Opcode::Nop;
                                ins[iu + 1].op = Opcode::Nop;
                                i += 1;
                                continue;
                            }
                            2 | 3 => {
                                let ins = &mut self.blocks[b].instrs;
                                ins[iu].op = Opcode::Nop;
                                ins[iu + 1].op = Opcode::Swap;
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if iu >= oparg as usize {
                        self.fold_tuple_on_constants(b, iu - oparg as usize, oparg as usize, consts);
                    }
                }
                Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                    let (same, other_cond) = if inst.op == Opcode::JumpIfFalseOrPop {
                        (Opcode::PopJumpIfFalse, [Opcode::JumpIfTrueOrPop, Opcode::PopJumpIfTrue])
                    } else {
                        (Opcode::PopJumpIfTrue, [Opcode::JumpIfFalseOrPop, Opcode::PopJumpIfFalse])
                    };
                    let t = target.expect("jump target");
                    if t.op == same {
                        i -= self.jump_thread(b, iu, t, same) as isize;
                    } else if t.op == Opcode::Jump || t.op == inst.op {
                        i -= self.jump_thread(b, iu, t, inst.op) as isize;
                    } else if other_cond.contains(&t.op) && inst.loc.lineno == t.loc.lineno {
                        // The second test cannot pass: skip it.
                        let tb = inst.target();
                        let after = self.blocks[tb].next.expect("a block after the test");
                        let ins = &mut self.blocks[b].instrs[iu];
                        ins.op = same;
                        ins.target = Some(after);
                        i -= 1;
                    }
                }
                Opcode::PopJumpIfNotNone | Opcode::PopJumpIfNone | Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue | Opcode::Jump
                    if target_op == Some(Opcode::Jump) =>
                {
                    i -= self.jump_thread(b, iu, target.expect("target"), inst.op) as isize;
                }
                Opcode::Swap => {
                    if inst.arg == 1 {
                        self.blocks[b].instrs[iu].op = Opcode::Nop;
                    } else {
                        let mut ix = iu;
                        swaptimize(&mut self.blocks[b].instrs, &mut ix);
                        apply_static_swaps(&mut self.blocks[b].instrs, ix as isize);
                        i = ix as isize;
                    }
                }
                // CPython tests the opcode's low bit, not the argument's: any LOAD_GLOBAL
                // absorbs the NULL.
                Opcode::PushNull if nextop == Some(Opcode::LoadGlobal) => {
                    let ins = &mut self.blocks[b].instrs;
                    ins[iu].op = Opcode::Nop;
                    ins[iu].arg = 0;
                    ins[iu + 1].arg |= 1;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// `jump_thread`: a jump to a jump goes straight to the final target (same line
    /// only, so tracing still sees the intermediate line).
    fn jump_thread(&mut self, b: BlockId, iu: usize, target: Instr, op: Opcode) -> bool {
        let inst = &mut self.blocks[b].instrs[iu];
        if inst.loc.lineno == target.loc.lineno && inst.target != target.target {
            inst.target = target.target;
            inst.op = op;
            return true;
        }
        false
    }

    /// `fold_tuple_on_constants`: `LOAD_CONST a, LOAD_CONST b, BUILD_TUPLE 2` →
    /// `LOAD_CONST (a, b)`.
    fn fold_tuple_on_constants(&mut self, b: BlockId, start: usize, n: usize, consts: &mut ConstTable) {
        let ins = &self.blocks[b].instrs;
        if ins[start..start + n].iter().any(|i| i.op != Opcode::LoadConst) {
            return;
        }
        let tuple = Constant::Tuple(ins[start..start + n].iter().map(|i| consts.get(i.arg).clone()).collect());
        let index = match consts.find(&tuple) {
            Some(i) => i,
            None => consts.add(tuple),
        };
        let ins = &mut self.blocks[b].instrs;
        for i in &mut ins[start..start + n] {
            i.op = Opcode::Nop;
        }
        ins[start + n].op = Opcode::LoadConst;
        ins[start + n].arg = index;
    }

    /// `trim_unused_consts`: drops constants after the last one used (the first, a
    /// possible docstring, always stays).
    pub(crate) fn trim_unused_consts(&self, consts: &mut ConstTable) {
        let mut max = 0;
        for b in self.order() {
            for i in &self.blocks[b].instrs {
                if matches!(i.op, Opcode::LoadConst | Opcode::KwNames) && i.arg > max {
                    max = i.arg;
                }
            }
        }
        if (max as usize) + 1 < consts.len() {
            consts.truncate(max as usize + 1);
        }
    }

    fn is_exit_without_lineno(&self, b: BlockId) -> bool {
        self.blocks[b].exit && self.blocks[b].instrs.iter().all(|i| i.loc.lineno < 0)
    }

    /// `duplicate_exits_without_lineno`: every exit gets a single predecessor, so it
    /// can take that predecessor's line (PEP 626: `f_lineno` is right on return).
    pub(crate) fn duplicate_exits_without_lineno(&mut self) {
        let existing = self.blocks.len();
        for b in (0..existing).rev() {
            let Some(last) = self.blocks[b].instrs.last().copied() else { continue };
            if !is_jump(last.op) {
                continue;
            }
            let t = last.target();
            if self.is_exit_without_lineno(t) && self.blocks[t].predecessors > 1 {
                let nb = self.new_block();
                let mut copy = self.blocks[t].instrs.clone();
                copy[0].loc = last.loc;
                self.blocks[nb].instrs = copy;
                self.blocks[nb].exit = self.blocks[t].exit;
                self.blocks[nb].nofallthrough = true;
                self.blocks[b].instrs.last_mut().expect("last").target = Some(nb);
                self.blocks[t].predecessors -= 1;
                self.blocks[nb].predecessors = 1;
                self.blocks[nb].next = self.blocks[t].next;
                self.blocks[t].next = Some(nb);
            }
        }
        for b in (0..self.blocks.len()).rev() {
            while let Some(n) = self.blocks[b].next {
                if !self.blocks[n].instrs.is_empty() {
                    break;
                }
                self.blocks[b].next = self.blocks[n].next;
            }
        }
        // What is left is reached by falling through, from one predecessor.
        for b in (0..self.blocks.len()).rev() {
            if self.blocks[b].nofallthrough || self.blocks[b].instrs.is_empty() {
                continue;
            }
            let Some(n) = self.blocks[b].next else { continue };
            if self.is_exit_without_lineno(n) {
                let loc = self.blocks[b].instrs.last().expect("non-empty").loc;
                self.blocks[n].instrs[0].loc = loc;
            }
        }
    }

    /// `propagate_line_numbers`: artificial instructions take the position before
    /// them, and a single-predecessor successor starting without one inherits it.
    pub(crate) fn propagate_line_numbers(&mut self) {
        for b in self.order() {
            if self.blocks[b].instrs.is_empty() {
                continue;
            }
            let mut prev = SrcLoc::NONE;
            for i in &mut self.blocks[b].instrs {
                if i.loc.lineno < 0 {
                    i.loc = prev;
                } else {
                    prev = i.loc;
                }
            }
            if !self.blocks[b].nofallthrough {
                let n = self.blocks[b].next.expect("a fall-through successor");
                if self.blocks[n].predecessors == 1 && self.blocks[n].instrs[0].loc.lineno < 0 {
                    self.blocks[n].instrs[0].loc = prev;
                }
            }
            let last = *self.blocks[b].instrs.last().expect("non-empty");
            if is_jump(last.op) {
                let t = last.target();
                if self.blocks[t].predecessors == 1 && self.blocks[t].instrs[0].loc.lineno < 0 {
                    self.blocks[t].instrs[0].loc = prev;
                }
            }
        }
    }

    /// `guarantee_lineno_for_exits`: a return still without a line takes the last
    /// line seen (only the line; columns stay unknown).
    pub(crate) fn guarantee_lineno_for_exits(&mut self, firstlineno: i32) {
        let mut lineno = firstlineno;
        for b in self.order() {
            let Some(last) = self.blocks[b].instrs.last() else { continue };
            if last.loc.lineno < 0 {
                if last.op == Opcode::ReturnValue {
                    for i in &mut self.blocks[b].instrs {
                        i.loc.lineno = lineno;
                    }
                }
            } else {
                lineno = last.loc.lineno;
            }
        }
    }
}

/// CPython's `swaptimize`: replaces a run of SWAPs and NOPs starting at `*ix` with the
/// shortest equivalent run; `*ix` ends on the run's last instruction.
fn swaptimize(instrs: &mut [Instr], ix: &mut usize) {
    let start = *ix;
    let mut depth = instrs[start].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = instrs.len() - start;
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match instrs[start + len].op {
            Opcode::Swap => {
                depth = depth.max(instrs[start + len].arg as usize);
                more = true;
            }
            Opcode::Nop => {}
            _ => break,
        }
    }
    if !more {
        return;
    }
    // Simulate the run on a stack of item numbers.
    const VISITED: i64 = -1;
    let mut stack: Vec<i64> = (0..depth as i64).collect();
    for i in &instrs[start..start + len] {
        if i.op == Opcode::Swap {
            stack.swap(0, i.arg as usize - 1);
        }
    }
    // Undo the permutation cycle by cycle, writing the swaps from the end backwards.
    let mut current = len as i64 - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as i64 {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let ins = &mut instrs[start + current as usize];
                ins.op = Opcode::Swap;
                ins.arg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        instrs[start + current as usize].op = Opcode::Nop;
        current -= 1;
    }
    *ix += len - 1;
}

fn swappable(op: Opcode) -> bool {
    matches!(op, Opcode::StoreFast | Opcode::PopTop)
}

fn stores_to(i: &Instr) -> i64 {
    if i.op == Opcode::StoreFast {
        i.arg as i64
    } else {
        -1
    }
}

fn next_swappable_instruction(instrs: &[Instr], mut i: usize, lineno: i32) -> Option<usize> {
    loop {
        i += 1;
        if i >= instrs.len() {
            return None;
        }
        let ins = &instrs[i];
        if lineno >= 0 && ins.loc.lineno != lineno {
            // Reordering across lines would change what a tracer sees.
            return None;
        }
        if ins.op == Opcode::Nop {
            continue;
        }
        return if swappable(ins.op) { Some(i) } else { None };
    }
}

/// `apply_static_swaps`: `SWAP 2, POP_TOP, STORE_FAST x` → `NOP, STORE_FAST x, POP_TOP`:
/// swap the instructions instead of the stack items.
fn apply_static_swaps(instrs: &mut [Instr], mut i: isize) {
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        if swap.op != Opcode::Swap {
            if swap.op == Opcode::Nop || swappable(swap.op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, -1) else { return };
        let mut k = j;
        let lineno = instrs[j].loc.lineno;
        for _ in 1..swap.arg {
            match next_swappable_instruction(instrs, k, lineno) {
                Some(x) => k = x,
                None => return,
            }
        }
        let (sj, sk) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if sj >= 0 || sk >= 0 {
            if sj == sk {
                return;
            }
            if instrs[j + 1..k].iter().map(stores_to).any(|s| s >= 0 && (s == sj || s == sk)) {
                return;
            }
        }
        instrs[iu].op = Opcode::Nop;
        instrs.swap(j, k);
        i -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ins(op: Opcode, arg: u32) -> Instr {
        Instr::new(op, arg, SrcLoc { lineno: 1, end_lineno: 1, col: 0, end_col: 1 })
    }

    #[test]
    fn swaptimize_cancels_and_shortens() {
        // SWAP 2; SWAP 2 is the identity.
        let mut v = vec![ins(Opcode::Swap, 2), ins(Opcode::Swap, 2), ins(Opcode::PopTop, 0)];
        let mut ix = 0;
        swaptimize(&mut v, &mut ix);
        assert_eq!(v.iter().map(|i| i.op).collect::<Vec<_>>(), [Opcode::Nop, Opcode::Nop, Opcode::PopTop]);
        assert_eq!(ix, 1);
        // SWAP 3; SWAP 2; SWAP 3 == SWAP 2 (a transposition of items 1 and 2) needs two.
        let mut v = vec![ins(Opcode::Swap, 3), ins(Opcode::Swap, 2), ins(Opcode::Swap, 3)];
        let mut ix = 0;
        swaptimize(&mut v, &mut ix);
        let swaps: Vec<u32> = v.iter().filter(|i| i.op == Opcode::Swap).map(|i| i.arg).collect();
        assert_eq!(swaps.len(), 3, "{swaps:?}");
    }

    #[test]
    fn static_swaps_reorder_stores() {
        let mut v = vec![ins(Opcode::Swap, 2), ins(Opcode::StoreFast, 0), ins(Opcode::StoreFast, 1)];
        apply_static_swaps(&mut v, 0);
        assert_eq!(v[0].op, Opcode::Nop);
        assert_eq!((v[1].op, v[1].arg, v[2].arg), (Opcode::StoreFast, 1, 0));
        // Same target: not reordered.
        let mut v = vec![ins(Opcode::Swap, 2), ins(Opcode::StoreFast, 0), ins(Opcode::StoreFast, 0)];
        apply_static_swaps(&mut v, 0);
        assert_eq!(v[0].op, Opcode::Swap);
    }
}
