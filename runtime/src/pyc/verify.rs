//! Checks bytecode that did not come from our compiler (a `.pyc` file, `marshal.loads`)
//! before the interpreter runs it. The interpreter trusts what the compiler guarantees —
//! indexes in range, jumps onto instructions, a stack that never underflows nor exceeds
//! `co_stacksize`, NULL only where the call protocol puts it, a list under LIST_APPEND,
//! cells in cell slots — so those guarantees are re-established here, by walking every
//! path through the code (an abstract interpretation over stack depths and a few value
//! kinds), as the JVM's verifier does for class files.
//!
//! The per-instruction model is [`pops`] + the opcode table's stack effect; a unit test
//! runs the verifier over compiled code to keep the two in step.

use crate::bytecode::code::CodeData;
use crate::bytecode::opcodes::{co_flags, local_kind, ArgKind, Opcode};
use crate::objects::{str as pystr, tuple};

/// What the verifier knows about one stack slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Certainly NULL (the call protocol's placeholder).
    Null,
    /// An object of unknown type.
    Obj,
    /// A list (target of LIST_APPEND / LIST_EXTEND, input of LIST_TO_TUPLE).
    List,
    /// A set (SET_ADD / SET_UPDATE).
    Set,
    /// A dict (MAP_ADD / DICT_UPDATE / DICT_MERGE).
    Dict,
    /// NULL or an object (LOAD_METHOD's first output, joins of the two).
    Any,
}

impl Kind {
    fn join(self, other: Kind) -> Kind {
        if self == other {
            self
        } else if self == Kind::Null || other == Kind::Null || self == Kind::Any || other == Kind::Any {
            Kind::Any
        } else {
            Kind::Obj
        }
    }

    fn is_object(self) -> bool {
        !matches!(self, Kind::Null | Kind::Any)
    }
}

/// Bounds that keep a forged header from making frames enormous.
const MAX_STACK: u32 = 1 << 16;
const MAX_SLOTS: usize = 1 << 16;
const MAX_UNITS: usize = 1 << 24;
/// Number of `BINARY_OP` operators (13 plain + 13 in-place).
const N_BINOPS: u32 = 26;
/// Number of rich comparisons.
const N_CMPOPS: u32 = 6;

/// One decoded instruction: `start` is its first code unit (an EXTENDED_ARG prefix if
/// any), `at` the opcode's unit, `next` the unit after its inline caches.
#[derive(Clone, Copy)]
struct Ins {
    start: usize,
    at: usize,
    op: Opcode,
    arg: u32,
    next: usize,
}

/// Ok, or why the code is refused.
pub fn code(d: &CodeData) -> Result<(), String> {
    let n = d.code.len();
    if n == 0 || n > MAX_UNITS {
        return Err("bad code length".into());
    }
    let nslots = d.localsplusnames.len();
    if nslots != d.localspluskinds.len() || nslots > MAX_SLOTS {
        return Err("bad local slot table".into());
    }
    if d.stacksize > MAX_STACK {
        return Err("stack size too large".into());
    }
    let nargs = d.argcount as usize
        + d.kwonlyargcount as usize
        + usize::from(d.flags & co_flags::VARARGS != 0)
        + usize::from(d.flags & co_flags::VARKEYWORDS != 0);
    if d.posonlyargcount > d.argcount || nargs > nslots {
        return Err("argument counts do not fit the local slots".into());
    }
    let any_kind = local_kind::LOCAL | local_kind::CELL | local_kind::FREE;
    if d.localspluskinds.iter().any(|&k| k & any_kind == 0) {
        return Err("local slot without a kind".into());
    }
    // Free variables are the last slots (COPY_FREE_VARS fills them from the end).
    let nfrees = d.localspluskinds.iter().filter(|&&k| k & local_kind::FREE != 0).count();
    if d.localspluskinds[nslots - nfrees..].iter().any(|&k| k & local_kind::FREE == 0) {
        return Err("free variables are not the last slots".into());
    }
    let mut last = None;
    for l in &d.lines {
        if l.start as usize >= n || last.is_some_and(|p| l.start <= p) {
            return Err("bad position table".into());
        }
        last = Some(l.start);
    }

    let ins = decode(d)?;
    // KW_NAMES hands its names to the CALL right after it, which must have that many
    // arguments at least (the interpreter splits positional from keyword by the count).
    for (i, x) in ins.iter().enumerate() {
        if x.op == Opcode::KwNames {
            let names = d.consts.get(x.arg as usize).map(|c| c.value());
            let n = names.filter(|&t| tuple::is_exact_tuple(t)).map(tuple::len);
            match (ins.get(i + 1), n) {
                (Some(c), Some(n)) if c.op == Opcode::Call && c.arg as usize >= n => {}
                _ => return Err("KW_NAMES not followed by a CALL that takes its names".into()),
            }
        }
    }
    // Map a code unit to the instruction starting there.
    let mut at_unit = vec![usize::MAX; n];
    for (i, x) in ins.iter().enumerate() {
        at_unit[x.start] = i;
    }
    let target = |unit: i64| -> Result<usize, String> {
        if unit < 0 || unit as usize >= n || at_unit[unit as usize] == usize::MAX {
            return Err(format!("jump to {unit}, not an instruction"));
        }
        Ok(at_unit[unit as usize])
    };

    // The prologue (before the first RESUME) is where cells are made and free variables
    // copied; nothing may jump into it, so every later instruction sees them in place.
    let resume = ins.iter().position(|x| x.op == Opcode::Resume).ok_or("no RESUME")?;
    // Every argument in range before anything indexes with one.
    for (i, x) in ins.iter().enumerate() {
        check_arg(d, x, nslots, i > resume)?;
    }
    let mut made = vec![false; nslots];
    let mut copied = false;
    let generator = d.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0;
    let mut returns_generator = false;
    for x in &ins[..resume] {
        match x.op {
            Opcode::MakeCell => made[x.arg as usize] = true,
            Opcode::CopyFreeVars => {
                if x.arg as usize != nfrees || copied {
                    return Err("COPY_FREE_VARS does not copy the free variables".into());
                }
                copied = true;
            }
            Opcode::ReturnGenerator if generator => returns_generator = true,
            Opcode::PopTop | Opcode::Nop => {}
            _ => return Err(format!("{} in the prologue", x.op.name())),
        }
    }
    if generator != returns_generator {
        return Err("generator flag and RETURN_GENERATOR disagree".into());
    }
    if nfrees > 0 && !copied {
        return Err("free variables never copied".into());
    }
    for (i, &k) in d.localspluskinds.iter().enumerate() {
        if k & local_kind::CELL != 0 && k & local_kind::FREE == 0 && !made[i] {
            return Err("cell slot without MAKE_CELL".into());
        }
    }

    // Exception table: handlers are instructions after the prologue.
    let mut handler_at = Vec::with_capacity(d.exceptions.len());
    for e in &d.exceptions {
        if e.start >= e.end || e.end as usize > n || e.depth > d.stacksize {
            return Err("bad exception table entry".into());
        }
        let t = target(e.target as i64)?;
        if t <= resume {
            return Err("exception handler in the prologue".into());
        }
        handler_at.push(t);
    }
    // For each instruction, the entry protecting it (the innermost is listed first).
    let covering: Vec<Option<usize>> = ins
        .iter()
        .map(|x| d.exceptions.iter().position(|e| (e.start as usize) <= x.at && x.at < e.end as usize))
        .collect();

    // The walk: each reachable instruction gets the stack it starts with; joins must
    // agree on depth, and kinds are merged.
    let mut state: Vec<Option<Vec<Kind>>> = vec![None; ins.len()];
    let mut work = vec![0usize];
    state[0] = Some(Vec::new());
    let mut steps = 0usize;
    while let Some(i) = work.pop() {
        steps += 1;
        // Kinds only ever widen (at most twice per slot), so this bounds the walk.
        if steps > ins.len().saturating_mul(2 * d.stacksize as usize + 4) {
            return Err("verification does not converge".into());
        }
        let x = ins[i];
        let stack = state[i].clone().expect("queued instructions have a state");
        if let Some(e) = covering[i] {
            let entry = &d.exceptions[e];
            if stack.len() < entry.depth as usize {
                return Err("stack below the handler's depth inside a protected range".into());
            }
            let mut h: Vec<Kind> = stack[..entry.depth as usize].to_vec();
            if entry.lasti {
                h.push(Kind::Obj);
            }
            h.push(Kind::Obj);
            flow(&mut state, &mut work, handler_at[e], h, d.stacksize)?;
        }
        let ends = x.op.terminates();
        let mut successors: Vec<(usize, bool)> = Vec::with_capacity(2);
        if x.op.is_jump() {
            let dist = x.arg as i64;
            let t = match x.op.arg_kind() {
                ArgKind::JumpBackward => x.next as i64 - dist,
                _ => x.next as i64 + dist,
            };
            successors.push((target(t)?, true));
        }
        if !ends {
            if i + 1 >= ins.len() {
                return Err("execution falls off the end of the code".into());
            }
            successors.push((i + 1, false));
        }
        if successors.is_empty() {
            // A return or raise: its inputs are still checked.
            transfer(&x, &mut stack.clone(), false)?;
        }
        for (s, jump) in successors {
            if s <= resume && i >= resume {
                return Err("jump into the prologue".into());
            }
            let mut st = stack.clone();
            transfer(&x, &mut st, jump)?;
            flow(&mut state, &mut work, s, st, d.stacksize)?;
        }
    }
    Ok(())
}

/// Records that instruction `s` can start with `st`.
fn flow(state: &mut [Option<Vec<Kind>>], work: &mut Vec<usize>, s: usize, st: Vec<Kind>, stacksize: u32) -> Result<(), String> {
    if st.len() > stacksize as usize {
        return Err("stack deeper than co_stacksize".into());
    }
    match &mut state[s] {
        None => {
            state[s] = Some(st);
            work.push(s);
        }
        Some(old) => {
            if old.len() != st.len() {
                return Err("inconsistent stack depth at a join".into());
            }
            let mut changed = false;
            for (a, &b) in old.iter_mut().zip(st.iter()) {
                let j = a.join(b);
                if j != *a {
                    *a = j;
                    changed = true;
                }
            }
            if changed {
                work.push(s);
            }
        }
    }
    Ok(())
}

/// Splits the code into instructions, folding EXTENDED_ARG prefixes.
fn decode(d: &CodeData) -> Result<Vec<Ins>, String> {
    let n = d.code.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let start = i;
        let mut arg: u32 = 0;
        let mut prefixes = 0;
        loop {
            let unit = d.code[i];
            let op = Opcode::from_u8((unit & 0xff) as u8).ok_or_else(|| format!("unknown opcode {}", unit & 0xff))?;
            arg = (arg << 8) | u32::from(unit >> 8);
            if op == Opcode::ExtendedArg {
                prefixes += 1;
                if prefixes > 3 {
                    return Err("too many EXTENDED_ARG prefixes".into());
                }
                i += 1;
                if i >= n {
                    return Err("EXTENDED_ARG at the end".into());
                }
                continue;
            }
            if op == Opcode::Cache || op.is_pseudo() || op.is_specialized() {
                return Err(format!("{} cannot appear in stored code", op.name()));
            }
            let next = i + 1 + op.caches();
            if next > n {
                return Err("inline caches past the end".into());
            }
            out.push(Ins { start, at: i, op, arg, next });
            i = next;
            break;
        }
    }
    Ok(out)
}

/// The argument of `x` is meaningful for its opcode.
fn check_arg(d: &CodeData, x: &Ins, nslots: usize, after_prologue: bool) -> Result<(), String> {
    let a = x.arg as usize;
    let bad = || Err(format!("{} with bad argument {}", x.op.name(), x.arg));
    let kind = |i: usize| d.localspluskinds[i];
    match x.op.arg_kind() {
        ArgKind::Const if a >= d.consts.len() => return bad(),
        ArgKind::Name if a >= d.names.len() => return bad(),
        ArgKind::GlobalName if a >> 1 >= d.names.len() => return bad(),
        // A fast local is never a cell or free slot: the interpreter would overwrite or
        // read a cell as a plain value.
        ArgKind::Local if a >= nslots || kind(a) & (local_kind::CELL | local_kind::FREE) != 0 => return bad(),
        ArgKind::Free if a >= nslots || kind(a) & (local_kind::CELL | local_kind::FREE) == 0 => return bad(),
        ArgKind::BinOp if x.arg >= N_BINOPS => return bad(),
        ArgKind::CmpOp if x.arg >= N_CMPOPS => return bad(),
        _ => {}
    }
    let limit = match x.op {
        Opcode::IsOp | Opcode::ContainsOp | Opcode::CallFunctionEx => 1,
        Opcode::RaiseVarargs | Opcode::GetAwaitable => 2,
        Opcode::Resume => 3,
        Opcode::FormatValue => 7,
        Opcode::MakeFunction => 15,
        _ => u32::MAX,
    };
    if x.arg > limit || (x.op == Opcode::BuildSlice && !(2..=3).contains(&x.arg)) {
        return bad();
    }
    match x.op {
        Opcode::MakeCell | Opcode::CopyFreeVars if after_prologue => Err(format!("{} after RESUME", x.op.name())),
        Opcode::MakeCell if kind(a) & local_kind::CELL == 0 => bad(),
        Opcode::ReturnGenerator if after_prologue => Err("RETURN_GENERATOR after RESUME".into()),
        Opcode::YieldValue | Opcode::Send | Opcode::AsyncGenWrap
            if d.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) == 0 =>
        {
            Err(format!("{} outside a generator", x.op.name()))
        }
        Opcode::KwNames => {
            let names = d.consts[a].value();
            if !tuple::is_exact_tuple(names) || !tuple::items(names).iter().all(|&s| pystr::is_exact_str(s)) {
                return bad();
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// How many values `op` takes off the stack (what it pushes is this plus its stack
/// effect). Peeked values below are checked separately in [`transfer`].
fn pops(op: Opcode, arg: u32) -> usize {
    use Opcode::*;
    let n = arg as usize;
    match op {
        PopTop | UnaryPositive | UnaryNegative | UnaryNot | UnaryInvert | GetLen | MatchMapping | MatchSequence
        | PushExcInfo | GetAiter | GetAnext | BeforeAsyncWith | BeforeWith | GetIter | GetYieldFromIter | PrintExpr
        | ListToTuple | ReturnValue | ImportStar | YieldValue | AsyncGenWrap | PopExcept | StoreName
        | UnpackSequence | ForIter | UnpackEx | DeleteAttr | StoreGlobal | LoadAttr | ImportFrom
        | JumpIfFalseOrPop | JumpIfTrueOrPop | PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone
        | PopJumpIfNotNone | Reraise | StoreFast | StoreDeref | LoadMethod | GetAwaitable => 1,
        BinarySubscr | DeleteSubscr | MatchKeys | CheckExcMatch | CheckEgMatch | EndAsyncFor | PrepReraiseStar
        | StoreAttr | CompareOp | ImportName | IsOp | ContainsOp | BinaryOp | Send => 2,
        StoreSubscr | MatchClass => 3,
        WithExceptStart => 4,
        BuildTuple | BuildList | BuildSet | BuildString | BuildSlice | RaiseVarargs => n,
        BuildMap => 2 * n,
        BuildConstKeyMap => n + 1,
        MakeFunction => 1 + (arg & 15).count_ones() as usize,
        FormatValue => 1 + usize::from(arg & 4 != 0),
        CallFunctionEx => 3 + (arg & 1) as usize,
        Call => n + 2,
        ListAppend | SetAdd | ListExtend | SetUpdate | DictMerge | DictUpdate => 1,
        MapAdd => 2,
        _ => 0,
    }
}

/// Applies `x` to the abstract stack (`jump`: along its jump).
fn transfer(x: &Ins, st: &mut Vec<Kind>, jump: bool) -> Result<(), String> {
    use Opcode::*;
    let name = x.op.name();
    let under = || Err(format!("stack underflow at {name}"));
    let need = |st: &Vec<Kind>, k: usize| st.len() >= k;
    let n = x.arg as usize;
    let p = pops(x.op, x.arg);
    if !need(st, p) {
        return under();
    }
    let pushes = p as i64 + x.op.stack_effect(x.arg, jump) as i64;
    if pushes < 0 {
        return Err(format!("{name}: stack model out of step"));
    }
    // Container instructions name their target by its distance below what they pop.
    let container = |st: &Vec<Kind>, want: Kind| -> Result<(), String> {
        if n == 0 || st.len() < p + n || st[st.len() - p - n] != want {
            return Err(format!("{name} without a {want:?} under it"));
        }
        Ok(())
    };
    match x.op {
        PushNull => {
            st.push(Kind::Null);
            return Ok(());
        }
        // The generator's first resumption pushes the sent value (None), which the
        // prologue's POP_TOP discards.
        ReturnGenerator => {
            st.push(Kind::Obj);
            return Ok(());
        }
        // RERAISE n reads the saved lasti n below the exception it pops.
        Reraise if n > 0 && st.len() < n + 1 => return under(),
        LoadGlobal => {
            if x.arg & 1 != 0 {
                st.push(Kind::Null);
            }
            st.push(Kind::Obj);
            return Ok(());
        }
        Copy => {
            if n == 0 || !need(st, n) || !st[st.len() - n].is_object() {
                return Err("COPY of a missing or NULL value".into());
            }
            st.push(st[st.len() - n]);
            return Ok(());
        }
        Swap => {
            if n == 0 || !need(st, n) {
                return under();
            }
            let len = st.len();
            st.swap(len - 1, len - n);
            return Ok(());
        }
        ListAppend | ListExtend => container(st, Kind::List)?,
        SetAdd | SetUpdate => container(st, Kind::Set)?,
        MapAdd | DictUpdate => container(st, Kind::Dict)?,
        DictMerge => {
            container(st, Kind::Dict)?;
            // The callable two below the dict names itself in the error message.
            if st.len() < p + n + 2 || !st[st.len() - p - n - 2].is_object() {
                return Err("DICT_MERGE without a callable".into());
            }
        }
        ListToTuple => {
            if st[st.len() - 1] != Kind::List {
                return Err("LIST_TO_TUPLE of a non-list".into());
            }
        }
        _ => {}
    }
    // Inputs: objects, except where the call protocol allows NULL.
    let len = st.len();
    for (k, &kind) in st[len - p..].iter().enumerate() {
        let bottom_of_call = k == 0 && matches!(x.op, Call | CallFunctionEx);
        if !kind.is_object() && !bottom_of_call {
            return Err(format!("{name} takes a NULL"));
        }
    }
    st.truncate(len - p);
    let out = match x.op {
        BuildList => Kind::List,
        BuildSet => Kind::Set,
        BuildMap | BuildConstKeyMap => Kind::Dict,
        _ => Kind::Obj,
    };
    match x.op {
        // (obj -- NULL|meth  attr|self)
        LoadMethod => {
            st.push(Kind::Any);
            st.push(Kind::Obj);
        }
        // Instructions that leave what they peeked in place keep its kind.
        ListAppend | ListExtend | SetAdd | SetUpdate | MapAdd | DictUpdate | DictMerge => {}
        _ => st.extend(std::iter::repeat(out).take(pushes as usize)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_join() {
        assert_eq!(Kind::List.join(Kind::List), Kind::List);
        assert_eq!(Kind::List.join(Kind::Dict), Kind::Obj);
        assert_eq!(Kind::Null.join(Kind::Obj), Kind::Any);
        assert!(!Kind::Any.is_object());
    }
}
