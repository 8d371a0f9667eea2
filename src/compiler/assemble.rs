//! The assembler: a finished unit's control-flow graph → a `CodeUnit` (CPython 3.11's
//! `assemble`, with the runtime's jump rules).
//!
//! In order: the implicit `return None`; the prologue (`COPY_FREE_VARS`, `MAKE_CELL`,
//! `RETURN_GENERATOR`/`POP_TOP`); cell and free variable slots; the CFG passes of
//! `flow.rs`; the maximum stack depth; exception handlers (the `SETUP_*`/`POP_BLOCK`
//! pseudo instructions become exception-table ranges and vanish); jump directions;
//! offsets, iterated until the `EXTENDED_ARG` prefixes stop changing; and the code, the
//! position table and the exception table.
//!
//! Jumps are relative to the end of the jump instruction and its inline caches. Only
//! `JUMP_BACKWARD` and `JUMP_BACKWARD_NO_INTERRUPT` go backwards: a conditional jump
//! to an earlier block (a loop condition at the bottom of the loop) is inverted to jump
//! forward over a new `JUMP_BACKWARD` to the original target, as CPython 3.12 does.

use super::code_unit::{CodeUnit, ExcEntry, LineEntry, Position};
use super::ir::{is_block_push, is_jump, BlockId, Cfg, Instr, SrcLoc};
use super::{CResult, Compiler, Constant};
use taipan_runtime::bytecode::opcodes::{co_flags, local_kind, ArgKind, Opcode};

/// Does the instruction's argument count (instructions without one emit 0)?
fn has_arg(op: Opcode) -> bool {
    op.arg_kind() != ArgKind::None
}

/// Code units taken by an instruction: EXTENDED_ARG prefixes, itself, its caches.
pub(crate) fn instr_size(i: &Instr) -> u32 {
    let arg = if has_arg(i.op) { i.arg } else { 0 };
    let ext = u32::from(arg > 0xff) + u32::from(arg > 0xffff) + u32::from(arg > 0xff_ffff);
    ext + 1 + i.op.caches() as u32
}

/// The instruction's position as `co_positions()` reports it (the location table's
/// encodings decide which parts survive).
fn position(l: &SrcLoc) -> Position {
    let opt = |v: i32| (v >= 0).then_some(v as u32);
    if l.lineno < 0 {
        return Position::default();
    }
    let line = Some(l.lineno as u32);
    if (l.col < 0 || l.end_col < 0) && (l.end_lineno == l.lineno || l.end_lineno == -1) {
        return Position { line, end_line: line, col: None, end_col: None };
    }
    Position { line, end_line: opt(l.end_lineno), col: opt(l.col), end_col: opt(l.end_col) }
}

impl Cfg {
    /// `stackdepth`: the deepest stack on any path, recording each block's entry depth.
    fn stackdepth(&mut self, generator: bool) -> u32 {
        for b in &mut self.blocks {
            b.startdepth = i32::MIN;
        }
        let mut stack: Vec<BlockId> = Vec::new();
        let mut maxdepth = 0;
        let push = |blocks: &mut Vec<super::ir::Block>, stack: &mut Vec<BlockId>, b: BlockId, depth: i32| {
            if blocks[b].startdepth < depth && blocks[b].startdepth < 100 {
                blocks[b].startdepth = depth;
                stack.push(b);
            }
        };
        // A generator is entered with the value sent into it on the stack.
        push(&mut self.blocks, &mut stack, Cfg::ENTRY, i32::from(generator));
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth;
            let mut next = self.blocks[b].next;
            for k in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[k];
                let new_depth = depth + ins.op.stack_effect(ins.arg, false);
                maxdepth = maxdepth.max(new_depth);
                if is_jump(ins.op) || is_block_push(ins.op) {
                    let target_depth = depth + ins.op.stack_effect(ins.arg, true);
                    maxdepth = maxdepth.max(target_depth);
                    push(&mut self.blocks, &mut stack, ins.target(), target_depth);
                }
                depth = new_depth;
                if matches!(ins.op, Opcode::JumpNoInterrupt | Opcode::Jump | Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise) {
                    next = None;
                    break;
                }
            }
            if let Some(n) = next {
                push(&mut self.blocks, &mut stack, n, depth);
            }
        }
        maxdepth.max(0) as u32
    }

    /// `label_exception_targets`: the handler active at each instruction, from the
    /// SETUP_*/POP_BLOCK nesting along every path.
    fn label_exception_targets(&mut self) {
        let order = self.order();
        for &b in &order {
            self.blocks[b].visited = false;
        }
        let mut stacks: Vec<Option<Vec<Option<BlockId>>>> = vec![None; self.blocks.len()];
        let mut todo = vec![Cfg::ENTRY];
        self.blocks[Cfg::ENTRY].visited = true;
        stacks[Cfg::ENTRY] = Some(vec![None]);
        while let Some(b) = todo.pop() {
            let mut except_stack = stacks[b].take();
            let mut handler = except_stack.as_ref().and_then(|s| *s.last().expect("base entry"));
            for k in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[k];
                if is_block_push(ins.op) {
                    let t = ins.target();
                    if !self.blocks[t].visited {
                        stacks[t] = except_stack.clone();
                        todo.push(t);
                        self.blocks[t].visited = true;
                    }
                    if matches!(ins.op, Opcode::SetupWith | Opcode::SetupCleanup) {
                        self.blocks[t].preserve_lasti = true;
                    }
                    except_stack.as_mut().expect("stack").push(Some(t));
                    handler = Some(t);
                } else if ins.op == Opcode::PopBlock {
                    let s = except_stack.as_mut().expect("stack");
                    s.pop();
                    handler = *s.last().expect("base entry");
                } else if is_jump(ins.op) {
                    self.blocks[b].instrs[k].except = handler;
                    let t = ins.target();
                    if !self.blocks[t].visited {
                        stacks[t] = if self.blocks[b].nofallthrough { except_stack.take() } else { except_stack.clone() };
                        todo.push(t);
                        self.blocks[t].visited = true;
                    }
                } else {
                    self.blocks[b].instrs[k].except = handler;
                }
            }
            if !self.blocks[b].nofallthrough {
                if let Some(n) = self.blocks[b].next {
                    if !self.blocks[n].visited {
                        stacks[n] = except_stack;
                        todo.push(n);
                        self.blocks[n].visited = true;
                    }
                }
            }
        }
    }

    /// Jump directions. JUMP becomes JUMP_FORWARD or JUMP_BACKWARD; a conditional jump
    /// to an earlier block is inverted to skip a new JUMP_BACKWARD to its target.
    fn normalize_jumps(&mut self) -> Result<(), String> {
        let order = self.order();
        for &b in &order {
            self.blocks[b].visited = false;
        }
        let mut cur = Some(Cfg::ENTRY);
        while let Some(b) = cur {
            self.blocks[b].visited = true;
            if let Some(last) = self.blocks[b].instrs.last().copied() {
                if is_jump(last.op) {
                    let forward = !self.blocks[last.target()].visited;
                    let new_op = match last.op {
                        Opcode::Jump => Some(if forward { Opcode::JumpForward } else { Opcode::JumpBackward }),
                        Opcode::JumpNoInterrupt => Some(if forward { Opcode::JumpForward } else { Opcode::JumpBackwardNoInterrupt }),
                        _ if forward => None,
                        Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue | Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                            let inverse = match last.op {
                                Opcode::PopJumpIfFalse => Opcode::PopJumpIfTrue,
                                Opcode::PopJumpIfTrue => Opcode::PopJumpIfFalse,
                                Opcode::PopJumpIfNone => Opcode::PopJumpIfNotNone,
                                _ => Opcode::PopJumpIfNone,
                            };
                            let after = self.blocks[b].next.ok_or("a conditional jump falls through")?;
                            let jb = self.new_block();
                            let mut j = Instr::new(Opcode::Jump, 0, last.loc);
                            j.target = last.target;
                            j.except = last.except;
                            self.blocks[jb].instrs.push(j);
                            self.blocks[jb].nofallthrough = true;
                            self.blocks[jb].next = Some(after);
                            self.blocks[b].next = Some(jb);
                            let l = self.blocks[b].instrs.last_mut().expect("last");
                            l.op = inverse;
                            l.target = Some(after);
                            None
                        }
                        other => return Err(format!("unexpected {} jumping backwards", other.name())),
                    };
                    if let Some(op) = new_op {
                        self.blocks[b].instrs.last_mut().expect("last").op = op;
                    }
                }
            }
            cur = self.blocks[b].next;
        }
        Ok(())
    }

    /// `assemble_jump_offsets`: lays blocks out and sets jump arguments, again until
    /// no EXTENDED_ARG appears or disappears.
    fn assemble_jump_offsets(&mut self) {
        let order = self.order();
        loop {
            let mut total = 0;
            for &b in &order {
                self.blocks[b].offset = total;
                total += self.blocks[b].instrs.iter().map(instr_size).sum::<u32>();
            }
            let mut changed = false;
            for &b in &order {
                let mut pos = self.blocks[b].offset;
                for k in 0..self.blocks[b].instrs.len() {
                    let ins = self.blocks[b].instrs[k];
                    let size = instr_size(&ins);
                    pos += size;
                    if is_jump(ins.op) {
                        let t = self.blocks[ins.target()].offset;
                        let arg = if matches!(ins.op, Opcode::JumpBackward | Opcode::JumpBackwardNoInterrupt) {
                            pos - t
                        } else {
                            t - pos
                        };
                        self.blocks[b].instrs[k].arg = arg;
                        if instr_size(&self.blocks[b].instrs[k]) != size {
                            changed = true;
                        }
                    }
                }
            }
            if !changed {
                return;
            }
        }
    }
}

impl<'a> Compiler<'a> {
    /// `compute_code_flags`.
    fn code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.kind == crate::symtable::BlockType::Function {
            flags |= co_flags::NEWLOCALS | co_flags::OPTIMIZED;
            if ste.nested {
                flags |= co_flags::NESTED;
            }
            flags |= match (ste.generator, ste.coroutine) {
                (true, false) => co_flags::GENERATOR,
                (false, true) => co_flags::COROUTINE,
                (true, true) => co_flags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if ste.varargs {
                flags |= co_flags::VARARGS;
            }
            if ste.varkeywords {
                flags |= co_flags::VARKEYWORDS;
            }
        }
        // Future features apply to every code object of the module.
        flags | self.future.features
    }

    /// `assemble`: the current unit as a code object.
    pub(crate) fn assemble(&mut self, add_none: bool) -> CResult<CodeUnit> {
        // Falling off the end returns None.
        let cur = self.ur().cfg.cur;
        if !self.ur().cfg.blocks[cur].returns {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.addop(Opcode::ReturnValue);
        }
        let flags = self.code_flags();
        let generator = self.ste().generator || self.ste().coroutine;
        let filename = self.filename.to_owned();
        let u = self.u();
        for b in (0..u.cfg.blocks.len()).rev() {
            u.cfg.normalize_block(b);
        }
        for b in (0..u.cfg.blocks.len()).rev() {
            u.cfg.extend_block(b);
        }
        let nlocals = u.varnames.len();
        let ncells = u.cellvars.len();
        let nfrees = u.freevars.len();

        // Slots of cells: a cell that is also a parameter keeps the parameter's slot.
        let mut fixed: Vec<usize> = (0..ncells + nfrees).map(|i| nlocals + i).collect();
        for (ci, name) in u.cellvars.items().iter().enumerate() {
            if let Some(vi) = u.varnames.get(name) {
                fixed[ci] = vi as usize;
            }
        }
        insert_prefix_instructions(u, flags, &fixed, nfrees);
        let mut numdropped = 0;
        for (i, f) in fixed.iter_mut().enumerate() {
            if *f == i + nlocals {
                *f -= numdropped;
            } else {
                numdropped += 1;
            }
        }
        for b in &mut u.cfg.blocks {
            for ins in &mut b.instrs {
                if matches!(
                    ins.op,
                    Opcode::MakeCell | Opcode::LoadClosure | Opcode::LoadDeref | Opcode::StoreDeref | Opcode::DeleteDeref | Opcode::LoadClassderef
                ) {
                    ins.arg = fixed[ins.arg as usize] as u32;
                }
            }
        }

        u.cfg.optimize(&mut u.consts);
        u.cfg.duplicate_exits_without_lineno();
        u.cfg.trim_unused_consts(&mut u.consts);
        u.cfg.propagate_line_numbers();
        u.cfg.guarantee_lineno_for_exits(u.firstlineno);
        let stacksize = u.cfg.stackdepth(generator);
        u.cfg.label_exception_targets();
        for b in &mut u.cfg.blocks {
            for ins in &mut b.instrs {
                if is_block_push(ins.op) || ins.op == Opcode::PopBlock {
                    ins.op = Opcode::Nop;
                }
            }
        }
        for b in u.cfg.order() {
            u.cfg.clean_block(b);
        }
        if let Err(msg) = u.cfg.normalize_jumps() {
            return Err(crate::error::SyntaxError::bare(crate::error::ErrorKind::Syntax, format!("SystemError: {msg}"), &filename));
        }
        u.cfg.assemble_jump_offsets();

        // Code, positions, exceptions.
        let order = u.cfg.order();
        let mut code: Vec<u16> = Vec::new();
        let mut lines: Vec<LineEntry> = Vec::new();
        for &b in &order {
            for ins in &u.cfg.blocks[b].instrs {
                debug_assert!(!ins.op.is_pseudo(), "{} survived assembly", ins.op.name());
                let start = code.len() as u32;
                let pos = position(&ins.loc);
                if lines.last().is_none_or(|l| l.pos != pos) {
                    lines.push(LineEntry { start, pos });
                }
                emit(&mut code, ins);
            }
        }
        let mut exceptions = Vec::new();
        let mut handler: Option<BlockId> = None;
        let mut start = 0;
        let mut offset = 0;
        let push_entry = |exceptions: &mut Vec<ExcEntry>, start: u32, end: u32, h: BlockId, cfg: &Cfg| {
            let hb = &cfg.blocks[h];
            let lasti = hb.preserve_lasti;
            let depth = hb.startdepth - 1 - i32::from(lasti);
            exceptions.push(ExcEntry { start, end, target: hb.offset, depth: depth.max(0) as u32, lasti });
        };
        for &b in &order {
            offset = u.cfg.blocks[b].offset;
            for ins in &u.cfg.blocks[b].instrs {
                if ins.except != handler {
                    if let Some(h) = handler {
                        push_entry(&mut exceptions, start, offset, h, &u.cfg);
                    }
                    start = offset;
                    handler = ins.except;
                }
                offset += instr_size(ins);
            }
        }
        if let Some(h) = handler {
            push_entry(&mut exceptions, start, offset, h, &u.cfg);
        }

        // Localsplus: locals (cells among them marked), other cells, free variables.
        let nlocalsplus = nlocals + ncells + nfrees - numdropped;
        let mut names = vec![String::new(); nlocalsplus];
        let mut kinds = vec![0u8; nlocalsplus];
        for (i, v) in u.varnames.items().iter().enumerate() {
            names[i] = v.clone();
            kinds[i] = local_kind::LOCAL | if u.cellvars.get(v).is_some() { local_kind::CELL } else { 0 };
        }
        let mut dropped = 0;
        for (ci, c) in u.cellvars.items().iter().enumerate() {
            if u.varnames.get(c).is_some() {
                dropped += 1;
                continue;
            }
            names[ci + nlocals - dropped] = c.clone();
            kinds[ci + nlocals - dropped] = local_kind::CELL;
        }
        for (fi, f) in u.freevars.items().iter().enumerate() {
            let slot = fi + ncells + nlocals - numdropped;
            names[slot] = f.clone();
            kinds[slot] = local_kind::FREE;
        }

        let consts = std::mem::take(&mut u.consts).into_vec();
        Ok(CodeUnit {
            argcount: u.posonlyargcount + u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            stacksize,
            code,
            consts,
            names: u.names.items().to_vec(),
            localsplusnames: names,
            localspluskinds: kinds,
            filename,
            name: u.name.clone(),
            qualname: if u.qualname.is_empty() { u.name.clone() } else { u.qualname.clone() },
            firstlineno: u.firstlineno.max(0) as u32,
            lines,
            exceptions,
        })
    }
}

/// Writes one instruction: EXTENDED_ARG prefixes, the instruction, zeroed caches.
fn emit(code: &mut Vec<u16>, ins: &Instr) {
    let arg = if has_arg(ins.op) { ins.arg } else { 0 };
    let unit = |op: Opcode, a: u32| op as u16 | ((a & 0xff) as u16) << 8;
    for shift in [24, 16, 8] {
        if arg >> shift != 0 {
            code.push(unit(Opcode::ExtendedArg, arg >> shift));
        }
    }
    code.push(unit(ins.op, arg));
    code.extend(std::iter::repeat_n(0, ins.op.caches()));
}

/// `insert_prefix_instructions`: COPY_FREE_VARS, MAKE_CELLs, RETURN_GENERATOR + POP_TOP,
/// before the entry block's RESUME.
fn insert_prefix_instructions(u: &mut super::Unit<'_>, flags: u32, fixed: &[usize], nfrees: usize) {
    let entry = &mut u.cfg.blocks[Cfg::ENTRY].instrs;
    if flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0 {
        let line = u.firstlineno;
        entry.insert(0, Instr::new(Opcode::ReturnGenerator, 0, SrcLoc { lineno: line, end_lineno: line, col: -1, end_col: -1 }));
        entry.insert(1, Instr::new(Opcode::PopTop, 0, SrcLoc::NONE));
    }
    let ncells = u.cellvars.len();
    if ncells > 0 {
        // MAKE_CELL in slot order (cells of parameters come first).
        let nvars = ncells + u.varnames.len();
        let mut sorted = vec![0usize; nvars];
        for (i, &f) in fixed.iter().enumerate().take(ncells) {
            sorted[f] = i + 1;
        }
        let mut used = 0;
        for &s in &sorted {
            if s == 0 {
                continue;
            }
            entry.insert(used, Instr::new(Opcode::MakeCell, (s - 1) as u32, SrcLoc::NONE));
            used += 1;
            if used == ncells {
                break;
            }
        }
    }
    if nfrees > 0 {
        entry.insert(0, Instr::new(Opcode::CopyFreeVars, nfrees as u32, SrcLoc::NONE));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: i32) -> SrcLoc {
        SrcLoc { lineno: line, end_lineno: line, col: 0, end_col: 1 }
    }

    /// Builds `entry: <instrs...>`, a loop body and an exit, then lays it out.
    #[test]
    fn backward_conditional_jumps_become_forward_plus_jump_backward() {
        let mut cfg = Cfg::new();
        let body = cfg.new_block();
        let exit = cfg.new_block();
        cfg.blocks[0].instrs.push(Instr::new(Opcode::Nop, 0, at(1)));
        cfg.blocks[0].next = Some(body);
        cfg.blocks[body].instrs.push(Instr::new(Opcode::LoadConst, 0, at(2)));
        let mut j = Instr::new(Opcode::PopJumpIfTrue, 0, at(2));
        j.target = Some(body);
        cfg.blocks[body].instrs.push(j);
        cfg.blocks[body].next = Some(exit);
        cfg.blocks[exit].instrs.push(Instr::new(Opcode::LoadConst, 0, at(3)));
        cfg.blocks[exit].instrs.push(Instr::new(Opcode::ReturnValue, 0, at(3)));
        cfg.blocks[exit].nofallthrough = true;
        cfg.normalize_jumps().unwrap();
        cfg.assemble_jump_offsets();
        let ops: Vec<(Opcode, u32)> = cfg.order().iter().flat_map(|&b| cfg.blocks[b].instrs.iter().map(|i| (i.op, i.arg))).collect();
        assert_eq!(
            ops,
            vec![
                (Opcode::Nop, 0),
                (Opcode::LoadConst, 0),
                (Opcode::PopJumpIfFalse, 1), // over the JUMP_BACKWARD
                (Opcode::JumpBackward, 3),   // back to LOAD_CONST at unit 1, from unit 4
                (Opcode::LoadConst, 0),
                (Opcode::ReturnValue, 0),
            ]
        );
    }

    #[test]
    fn extended_args_grow_until_stable() {
        let mut cfg = Cfg::new();
        let target = cfg.new_block();
        let mut j = Instr::new(Opcode::Jump, 0, at(1));
        j.target = Some(target);
        cfg.blocks[0].instrs.push(j);
        cfg.blocks[0].nofallthrough = true;
        let filler = cfg.new_block();
        cfg.blocks[0].next = Some(filler);
        // 300 NOPs between the jump and its target: the jump needs EXTENDED_ARG.
        for _ in 0..300 {
            cfg.blocks[filler].instrs.push(Instr::new(Opcode::Nop, 0, at(1)));
        }
        cfg.blocks[filler].next = Some(target);
        cfg.blocks[target].instrs.push(Instr::new(Opcode::ReturnValue, 0, at(1)));
        cfg.normalize_jumps().unwrap();
        cfg.assemble_jump_offsets();
        let jump = cfg.blocks[0].instrs[0];
        assert_eq!(jump.op, Opcode::JumpForward);
        assert_eq!(jump.arg, 300);
        assert_eq!(instr_size(&jump), 2);
        let mut code = Vec::new();
        emit(&mut code, &jump);
        assert_eq!(code, vec![Opcode::ExtendedArg as u16 | 1 << 8, Opcode::JumpForward as u16 | (300 & 0xff) << 8]);
        assert_eq!(cfg.blocks[target].offset, 302);
    }

    #[test]
    fn positions_follow_the_location_table_forms() {
        assert_eq!(position(&SrcLoc::NONE), Position::default());
        let p = position(&SrcLoc { lineno: 3, end_lineno: 3, col: -1, end_col: -1 });
        assert_eq!((p.line, p.end_line, p.col, p.end_col), (Some(3), Some(3), None, None));
        let p = position(&SrcLoc { lineno: 3, end_lineno: 5, col: 4, end_col: 2 });
        assert_eq!((p.line, p.end_line, p.col, p.end_col), (Some(3), Some(5), Some(4), Some(2)));
    }
}
