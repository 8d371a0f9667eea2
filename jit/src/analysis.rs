//! What the translator needs to know about a code object before emitting anything:
//! its instructions (decoded from the unquickened bytecode, with the quickened opcode at
//! the same position as type feedback), the stack depth before each one, which ones
//! start a basic block, and where native code can be entered.

use taipan_runtime::bytecode::code::CodeObject;
use taipan_runtime::bytecode::opcodes::{ArgKind, Opcode};

/// One decoded instruction.
#[derive(Clone, Copy, Debug)]
pub struct Ins {
    /// First code unit (its EXTENDED_ARG prefix, if any): where the interpreter resumes.
    pub start: usize,
    /// The opcode's unit (`lasti` while it runs).
    pub at: usize,
    /// The unit after its inline caches.
    pub next: usize,
    /// The opcode as compiled.
    pub op: Opcode,
    /// The opcode at `at` in the working (quickened) bytecode: the type feedback.
    pub seen: Opcode,
    /// Its argument, EXTENDED_ARG prefixes folded in.
    pub arg: u32,
}

impl Ins {
    /// The jump target, for jumps.
    pub fn target(&self) -> Option<usize> {
        match self.op.arg_kind() {
            ArgKind::JumpForward => Some(self.next + self.arg as usize),
            ArgKind::JumpBackward => Some(self.next - self.arg as usize),
            _ => None,
        }
    }
}

/// The analysed code.
pub struct Analysis {
    /// Instructions in order.
    pub ins: Vec<Ins>,
    /// Index into `ins` for each code unit that starts an instruction.
    pub index_of: Vec<Option<usize>>,
    /// Stack depth before each instruction (None: unreachable).
    pub depth: Vec<Option<u32>>,
    /// Instructions that start a basic block.
    pub leader: Vec<bool>,
    /// Instructions native code can be entered at: the first one, the one after each
    /// RESUME, and each loop header (the target of a JUMP_BACKWARD).
    pub entries: Vec<usize>,
}

/// Why a code object is left to the interpreter.
pub fn unsupported(code: &CodeObject) -> Option<&'static str> {
    if code.is_generator_like() {
        return Some("generator or coroutine (frames that suspend stay interpreted)");
    }
    None
}

/// Decodes and analyses `code`.
pub fn analyse(code: &CodeObject) -> Result<Analysis, String> {
    let units = &code.original;
    let working = code.code_mut();
    let mut ins = Vec::new();
    let mut index_of = vec![None; units.len() + 1];
    let mut i = 0;
    while i < units.len() {
        let start = i;
        let mut arg = 0u32;
        while units[i] as u8 == Opcode::ExtendedArg as u8 {
            arg = arg << 8 | (units[i] >> 8) as u32;
            i += 1;
            if i >= units.len() {
                return Err("EXTENDED_ARG at the end of the code".into());
            }
        }
        let op = Opcode::from_u8(units[i] as u8).ok_or("unknown opcode")?;
        arg = arg << 8 | (units[i] >> 8) as u32;
        let at = i;
        let next = at + 1 + op.caches();
        let seen = Opcode::from_u8(working[at] as u8).unwrap_or(op);
        index_of[start] = Some(ins.len());
        if start != at {
            index_of[at] = Some(ins.len());
        }
        ins.push(Ins { start, at, next, op, seen, arg });
        i = next;
    }
    let n = ins.len();
    let idx = |unit: usize| -> Result<usize, String> { index_of.get(unit).copied().flatten().ok_or_else(|| format!("jump to unit {unit}, not an instruction")) };

    // Stack depths by a worklist over normal and exception edges.
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut work = vec![(0usize, 0u32)];
    let mut leader = vec![false; n];
    if n > 0 {
        leader[0] = true;
    }
    let handlers: Vec<(usize, usize, usize, u32)> = code
        .exceptions
        .iter()
        .map(|e| Ok((e.start as usize, e.end as usize, idx(e.target as usize)?, e.depth + e.lasti as u32 + 1)))
        .collect::<Result<_, String>>()?;
    while let Some((k, d)) = work.pop() {
        if k >= n {
            return Err("control falls off the end of the code".into());
        }
        match depth[k] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("inconsistent stack depth at unit {}: {old} vs {d}", ins[k].at)),
            None => depth[k] = Some(d),
        }
        let x = ins[k];
        for &(s, e, h, hd) in &handlers {
            if s <= x.at && x.at < e {
                leader[h] = true;
                work.push((h, hd));
            }
        }
        if let Some(t) = x.target() {
            let tk = idx(t)?;
            let td = d as i64 + x.op.stack_effect(x.arg, true) as i64;
            if td < 0 {
                return Err("stack underflow".into());
            }
            leader[tk] = true;
            work.push((tk, td as u32));
            if k + 1 < n {
                leader[k + 1] = true;
            }
        }
        if !x.op.terminates() {
            let nd = d as i64 + x.op.stack_effect(x.arg, false) as i64;
            if nd < 0 {
                return Err("stack underflow".into());
            }
            work.push((k + 1, nd as u32));
        } else if k + 1 < n {
            leader[k + 1] = true;
        }
    }
    let mut entries = vec![0usize];
    for (k, x) in ins.iter().enumerate() {
        if depth[k].is_none() {
            continue;
        }
        match x.op {
            Opcode::Resume if k + 1 < n => entries.push(k + 1),
            Opcode::JumpBackward => entries.push(idx(x.target().unwrap_or(0))?),
            _ => {}
        }
    }
    entries.sort_unstable();
    entries.dedup();
    for &e in &entries {
        leader[e] = true;
    }
    Ok(Analysis { ins, index_of, depth, leader, entries })
}
