//! Code objects: the compiler's output and the interpreter's input (stage 4 → 5).
//!
//! A code object holds CPython's fields (`co_argcount`, `co_varnames`, `co_consts`, ...),
//! the bytecode twice — `original` as compiled (what `co_code` and `.pyc` files show) and
//! `code`, the working copy the interpreter quickens in place — a position table (one
//! entry per instruction that starts a new source position) and the exception table
//! (`(start, end, target, depth, lasti)` ranges in code units, as in CPython 3.11).
//!
//! Runtime state lives here too: the execution counter the JIT tier watches and the
//! native entry point once the function is compiled.

use crate::errors::PyResult;
use crate::object::{alloc_object, decref, free_memory, incref, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{bytes, int, list, singletons, str as pystr, tuple};
use std::cell::{Cell, UnsafeCell};

/// Where an instruction came from in the source (`co_positions()`); 0 means unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Start column (UTF-8 bytes), 0-based.
    pub col: u32,
    /// End column.
    pub end_col: u32,
}

impl Position {
    /// A column value meaning "unknown" while the line is known (CPython's `None`
    /// columns, e.g. RETURN_GENERATOR's).
    pub const NO_COL: u32 = u32::MAX;

    /// False for "no position" (artificial instructions). Line 0 alone does not say it:
    /// a module's RESUME is at line 0 (CPython's `(0, 1, 0, 0)`), with an end line.
    pub fn is_known(&self) -> bool {
        self.line != 0 || self.end_line != 0
    }
}

/// A run of code units sharing one position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    /// First code unit of the run.
    pub start: u32,
    /// The position (line 0: none, e.g. artificial instructions).
    pub pos: Position,
}

/// One exception-table entry: instructions in `start..end` jump to `target` with the stack
/// cut to `depth` (plus `lasti` pushed first when set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First protected code unit.
    pub start: u32,
    /// One past the last.
    pub end: u32,
    /// Handler code unit.
    pub target: u32,
    /// Stack depth to keep.
    pub depth: u32,
    /// Push the offset of the raising instruction before the exception.
    pub lasti: bool,
}

/// What the compiler hands over to build a code object.
pub struct CodeData {
    /// `co_argcount`.
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
    /// The bytecode.
    pub code: Vec<u16>,
    /// `co_consts`.
    pub consts: Vec<Obj>,
    /// `co_names` (interned strs).
    pub names: Vec<Obj>,
    /// Names of all localsplus slots (locals, then cells, then frees).
    pub localsplusnames: Vec<Obj>,
    /// Kinds of the slots (`local_kind::*`, ORed).
    pub localspluskinds: Vec<u8>,
    /// `co_filename`.
    pub filename: Obj,
    /// `co_name`.
    pub name: Obj,
    /// `co_qualname`.
    pub qualname: Obj,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// Position table.
    pub lines: Vec<LineEntry>,
    /// Exception table.
    pub exceptions: Vec<ExcEntry>,
}

/// The `code` object.
#[repr(C)]
pub struct CodeObject {
    ob: ObjHeader,
    /// `co_argcount`.
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
    /// Number of localsplus slots.
    pub nlocalsplus: u32,
    /// Number of plain locals (`co_nlocals`).
    pub nlocals: u32,
    /// Number of cells.
    pub ncells: u32,
    /// Number of free variables.
    pub nfrees: u32,
    /// The working bytecode (quickened in place, under the GIL).
    pub code: UnsafeCell<Box<[u16]>>,
    /// The bytecode as compiled.
    pub original: Box<[u16]>,
    /// `co_consts` (owned).
    pub consts: Box<[Value]>,
    /// `co_names` (owned, interned).
    pub names: Box<[Value]>,
    /// Localsplus names (owned).
    pub localsplusnames: Box<[Value]>,
    /// Localsplus kinds.
    pub localspluskinds: Box<[u8]>,
    /// `co_filename` (owned).
    pub filename: Value,
    /// `co_name` (owned).
    pub name: Value,
    /// `co_qualname` (owned).
    pub qualname: Value,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// Position table.
    pub lines: Box<[LineEntry]>,
    /// Exception table.
    pub exceptions: Box<[ExcEntry]>,
    /// For each cell that is also an argument, its argument index (CPython's cell2arg).
    pub cell_args: Box<[(u32, u32)]>,
    /// Calls plus loop back-edges: the JIT's hotness counter.
    pub counter: Cell<u32>,
    /// Native entry (0 until compiled).
    pub jit_entry: Cell<usize>,
    /// Set when the JIT gave up on this code (never retried).
    pub jit_failed: Cell<bool>,
    /// Times native code left because a type speculation failed (see `jit_generic`).
    pub jit_deopts: Cell<u32>,
    /// Compile without type speculation: the speculating version left too often.
    pub jit_generic: Cell<bool>,
}

/// The `code` type.
pub static CODE_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "code", std::mem::size_of::<CodeObject>(), 0, dealloc));

unsafe fn dealloc(v: Value) {
    let p = v.as_ptr() as *mut CodeObject;
    let c = &*p;
    for &x in c.consts.iter().chain(c.names.iter()).chain(c.localsplusnames.iter()) {
        decref(x);
    }
    decref(c.filename);
    decref(c.name);
    decref(c.qualname);
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).code));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).original));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).consts));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).names));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).localsplusnames));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).localspluskinds));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).lines));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).exceptions));
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).cell_args));
    free_memory(v, std::mem::size_of::<CodeObject>());
}

fn into_values(v: Vec<Obj>) -> Box<[Value]> {
    v.into_iter().map(Obj::into_raw).collect()
}

fn quickened(units: &[u16]) -> Box<[u16]> {
    let mut c = units.to_vec().into_boxed_slice();
    super::quicken::quicken(&mut c);
    c
}

/// Builds a code object.
pub fn new(d: CodeData) -> Obj {
    use super::opcodes::local_kind::*;
    let nlocals = d.localspluskinds.iter().filter(|&&k| k & LOCAL != 0).count() as u32;
    let ncells = d.localspluskinds.iter().filter(|&&k| k & CELL != 0).count() as u32;
    let nfrees = d.localspluskinds.iter().filter(|&&k| k & FREE != 0).count() as u32;
    let nargs = d.argcount
        + d.kwonlyargcount
        + u32::from(d.flags & super::opcodes::co_flags::VARARGS != 0)
        + u32::from(d.flags & super::opcodes::co_flags::VARKEYWORDS != 0);
    let mut cell_args = Vec::new();
    for (i, &k) in d.localspluskinds.iter().enumerate() {
        if k & CELL != 0 && k & LOCAL != 0 && (i as u32) < nargs {
            cell_args.push((i as u32, i as u32));
        }
    }
    let p = alloc_object(&CODE_TYPE.0, std::mem::size_of::<CodeObject>()) as *mut CodeObject;
    let nlocalsplus = d.localsplusnames.len() as u32;
    // SAFETY: fresh allocation; every field written once.
    unsafe {
        let header = std::ptr::read(p as *const ObjHeader);
        p.write(CodeObject {
            ob: header,
            argcount: d.argcount,
            posonlyargcount: d.posonlyargcount,
            kwonlyargcount: d.kwonlyargcount,
            flags: d.flags,
            stacksize: d.stacksize,
            nlocalsplus,
            nlocals,
            ncells,
            nfrees,
            code: UnsafeCell::new(quickened(&d.code)),
            original: d.code.into_boxed_slice(),
            consts: into_values(d.consts),
            names: into_values(d.names),
            localsplusnames: into_values(d.localsplusnames),
            localspluskinds: d.localspluskinds.into_boxed_slice(),
            filename: d.filename.into_raw(),
            name: d.name.into_raw(),
            qualname: d.qualname.into_raw(),
            firstlineno: d.firstlineno,
            lines: d.lines.into_boxed_slice(),
            exceptions: d.exceptions.into_boxed_slice(),
            cell_args: cell_args.into_boxed_slice(),
            counter: Cell::new(0),
            jit_entry: Cell::new(0),
            jit_failed: Cell::new(false),
            jit_deopts: Cell::new(0),
            jit_generic: Cell::new(false),
        });
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// True for code objects.
#[inline(always)]
pub fn is_code(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &CODE_TYPE.0)
}

/// The code object behind a value.
#[inline(always)]
pub fn as_code(v: Value) -> &'static CodeObject {
    // SAFETY: callers check `is_code` (or know by construction).
    unsafe { &*(v.as_ptr() as *const CodeObject) }
}

impl CodeObject {
    /// This code object as a value.
    pub fn as_value(&self) -> Value {
        Value::from_ptr(self as *const CodeObject)
    }

    /// The working bytecode.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn code_mut(&self) -> &mut [u16] {
        // SAFETY: quickening happens under the GIL, one instruction at a time.
        unsafe { &mut *self.code.get() }
    }

    /// The working bytecode, read-only.
    #[inline(always)]
    pub fn code_slice(&self) -> &[u16] {
        // SAFETY: see `code_mut`; no mutable borrow is held across this read.
        unsafe { &*self.code.get() }
    }

    /// Position of the instruction at code unit `i`.
    pub fn position(&self, i: u32) -> Position {
        let k = self.lines.partition_point(|e| e.start <= i);
        if k == 0 {
            return Position::default();
        }
        self.lines[k - 1].pos
    }

    /// Line of the instruction at code unit `i` (None for artificial instructions).
    pub fn line_of(&self, i: u32) -> Option<u32> {
        let p = self.position(i);
        if p.line == 0 {
            None
        } else {
            Some(p.line)
        }
    }

    /// The entries of CPython's location table for this code: `(first unit, units,
    /// unit of the instruction)` per instruction (EXTENDED_ARG prefixes and inline caches
    /// included), split into runs of at most 8 units.
    pub fn location_entries(&self) -> Vec<(u32, u32, u32)> {
        let units = &self.original;
        let ext = super::opcodes::Opcode::ExtendedArg as u8;
        let mut out = Vec::new();
        let mut i = 0usize;
        while i < units.len() {
            let start = i;
            while i < units.len() && units[i] as u8 == ext {
                i += 1;
            }
            let at = i.min(units.len() - 1);
            let caches = super::opcodes::Opcode::from_u8(units[at] as u8).map_or(0, |o| o.caches());
            i = (at + 1 + caches).min(units.len());
            let mut s = start;
            while s < i {
                let n = (i - s).min(8);
                out.push((s as u32, n as u32, at as u32));
                s += n;
            }
        }
        out
    }

    /// The handler for an exception raised at code unit `i`.
    pub fn handler_for(&self, i: u32) -> Option<ExcEntry> {
        self.exceptions.iter().copied().find(|e| e.start <= i && i < e.end)
    }

    /// `co_name` as text.
    pub fn name_str(&self) -> &'static str {
        pystr::as_str(self.name)
    }

    /// `co_qualname` as text.
    pub fn qualname_str(&self) -> &'static str {
        pystr::as_str(self.qualname)
    }

    /// `co_filename` as text.
    pub fn filename_str(&self) -> &'static str {
        pystr::as_str(self.filename)
    }

    /// True for generator, coroutine and async generator code.
    pub fn is_generator_like(&self) -> bool {
        use super::opcodes::co_flags::*;
        self.flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR) != 0
    }

    /// Names of the slots of one kind.
    fn names_of_kind(&self, kind: u8) -> Vec<Obj> {
        self.localsplusnames
            .iter()
            .zip(self.localspluskinds.iter())
            .filter(|(_, &k)| k & kind != 0)
            .map(|(&n, _)| Obj::new_ref(n))
            .collect()
    }
}

fn code(v: Value) -> &'static CodeObject {
    as_code(v)
}

macro_rules! int_getter {
    ($fname:ident, $field:ident) => {
        fn $fname(v: Value) -> PyResult<Obj> {
            Ok(int::from_i64(code(v).$field as i64))
        }
    };
}
int_getter!(get_argcount, argcount);
int_getter!(get_posonlyargcount, posonlyargcount);
int_getter!(get_kwonlyargcount, kwonlyargcount);
int_getter!(get_flags, flags);
int_getter!(get_stacksize, stacksize);
int_getter!(get_nlocals, nlocals);
int_getter!(get_firstlineno, firstlineno);

fn get_varnames(v: Value) -> PyResult<Obj> {
    Ok(tuple::from_vec(code(v).names_of_kind(super::opcodes::local_kind::LOCAL)))
}
fn get_cellvars(v: Value) -> PyResult<Obj> {
    Ok(tuple::from_vec(code(v).names_of_kind(super::opcodes::local_kind::CELL)))
}
fn get_freevars(v: Value) -> PyResult<Obj> {
    Ok(tuple::from_vec(code(v).names_of_kind(super::opcodes::local_kind::FREE)))
}
fn get_consts(v: Value) -> PyResult<Obj> {
    Ok(tuple::from_slice(&code(v).consts))
}
fn get_names(v: Value) -> PyResult<Obj> {
    Ok(tuple::from_slice(&code(v).names))
}
fn get_code(v: Value) -> PyResult<Obj> {
    let c = code(v);
    let mut b = Vec::with_capacity(c.original.len() * 2);
    for &u in c.original.iter() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    Ok(bytes::new(&b))
}
/// `_co_code_adaptive`: the working copy (superinstructions and specialized forms).
fn get_code_adaptive(v: Value) -> PyResult<Obj> {
    let c = code(v);
    let mut b = Vec::with_capacity(c.original.len() * 2);
    for &u in c.code_slice().iter() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    Ok(bytes::new(&b))
}
/// `_varname_from_oparg(i)`: the name of localsplus slot `i` (what `dis` shows for
/// LOAD_FAST, LOAD_DEREF, MAKE_CELL, ...).
fn varname_from_oparg(this: Value, a: &[Value], k: Value) -> PyResult<Obj> {
    crate::objects::args::exact("_varname_from_oparg", a, k, 1)?;
    let c = code(this);
    let i = int::to_index(a[0], "oparg")?;
    match usize::try_from(i).ok().and_then(|i| c.localsplusnames.get(i)) {
        Some(&n) => Ok(Obj::new_ref(n)),
        None => Err(crate::errors::index_error("tuple index out of range")),
    }
}
fn get_filename(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(code(v).filename))
}
fn get_name(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(code(v).name))
}
fn get_qualname(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(code(v).qualname))
}

/// `co_lines()`: `(start_byte, end_byte, line)`, one range per entry of CPython's
/// location table (an instruction with its EXTENDED_ARG prefixes and inline caches, split
/// every 8 code units), so the ranges are CPython's for the same instructions.
fn co_lines(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let c = code(this);
    let mut out: Vec<Obj> = Vec::new();
    for (start, len, at) in c.location_entries() {
        let p = c.position(at);
        let line = if p.is_known() { int::from_i64(p.line as i64) } else { singletons::none_obj() };
        out.push(tuple::from_vec(vec![int::from_i64(start as i64 * 2), int::from_i64((start + len) as i64 * 2), line]));
    }
    Ok(crate::objects::iter::new_list_iter(list::new(out)))
}

/// CPython 3.11's varint: 6-bit chunks, least significant first, bit 6 = more follow.
fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 64 {
        out.push(0x40 | (v & 0x3f) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

fn push_svarint(out: &mut Vec<u8>, v: i64) {
    let u = if v < 0 { ((-v as u32) << 1) | 1 } else { (v as u32) << 1 };
    push_varint(out, u);
}

/// `co_linetable`: the location table in CPython 3.11's encoding (PEP 626/657), with the
/// compact forms chosen as CPython's assembler chooses them.
fn get_linetable(v: Value) -> PyResult<Obj> {
    let c = code(v);
    let mut out = Vec::new();
    let mut prev_line = c.firstlineno as i64;
    for (_, len, at) in c.location_entries() {
        let p = c.position(at);
        let head = |code: u8| 0x80 | (code << 3) | (len as u8 - 1);
        if !p.is_known() {
            out.push(head(15));
            continue;
        }
        let (line, col, end_col) = (p.line as i64, p.col, p.end_col);
        let delta = line - prev_line;
        if col == Position::NO_COL || end_col == Position::NO_COL {
            if p.end_line == p.line || p.end_line == 0 {
                out.push(head(13));
                push_svarint(&mut out, delta);
            } else {
                out.push(head(14));
                push_svarint(&mut out, delta);
                push_varint(&mut out, p.end_line.saturating_sub(p.line));
                push_varint(&mut out, col.wrapping_add(1));
                push_varint(&mut out, end_col.wrapping_add(1));
            }
            prev_line = line;
            continue;
        }
        if p.end_line == p.line && delta == 0 && col < 80 && end_col >= col && end_col - col < 16 {
            out.push(head((col >> 3) as u8));
            out.push((((col & 7) << 4) | (end_col - col)) as u8);
            continue;
        }
        if p.end_line == p.line && (0..3).contains(&delta) && col < 128 && end_col < 128 {
            out.push(head(10 + delta as u8));
            out.push(col as u8);
            out.push(end_col as u8);
        } else {
            out.push(head(14));
            push_svarint(&mut out, delta);
            push_varint(&mut out, p.end_line.saturating_sub(p.line));
            push_varint(&mut out, col + 1);
            push_varint(&mut out, end_col + 1);
        }
        prev_line = line;
    }
    Ok(bytes::new(&out))
}

/// `co_exceptiontable`: the exception table in CPython 3.11's encoding (start, size,
/// target in code units, then `depth << 1 | lasti`; the first varint of an entry has bit 7
/// set; 6-bit chunks, most significant first).
fn get_exceptiontable(v: Value) -> PyResult<Obj> {
    fn item(out: &mut Vec<u8>, v: u32, mut msb: u8) {
        for shift in [24, 18, 12, 6] {
            if v >= 1 << shift {
                out.push(((v >> shift) & 0x3f) as u8 | 0x40 | msb);
                msb = 0;
            }
        }
        out.push((v & 0x3f) as u8 | msb);
    }
    let c = code(v);
    let mut out = Vec::new();
    for e in c.exceptions.iter() {
        item(&mut out, e.start, 0x80);
        item(&mut out, e.end - e.start, 0);
        item(&mut out, e.target, 0);
        item(&mut out, (e.depth << 1) | u32::from(e.lasti), 0);
    }
    Ok(bytes::new(&out))
}

/// `co_positions()`: one `(line, end_line, col, end_col)` per code unit.
fn co_positions(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let c = code(this);
    let mut out = Vec::with_capacity(c.original.len());
    for i in 0..c.original.len() as u32 {
        let p = c.position(i);
        let n = |x: u32| if p.is_known() && x != Position::NO_COL { int::from_i64(x as i64) } else { singletons::none_obj() };
        out.push(tuple::from_vec(vec![n(p.line), n(p.end_line), n(p.col), n(p.end_col)]));
    }
    Ok(crate::objects::iter::new_list_iter(list::new(out)))
}

/// `code.replace(**changes)`: a copy with some fields replaced. The bytecode and the
/// local-variable layout stay (a replaced `co_consts`/`co_names` must be at least as long,
/// since the instructions index them); other fields are taken as given.
fn code_replace(this: Value, a: &[Value], k: Value) -> PyResult<Obj> {
    use crate::errors::{type_error, value_error};
    let mut p = crate::objects::args::Args::new(a, k);
    if !p.pos.is_empty() {
        return Err(type_error("replace() takes no positional arguments"));
    }
    let c = code(this);
    let refs = |v: &[Value]| v.iter().map(|&x| Obj::new_ref(x)).collect::<Vec<Obj>>();
    let mut d = CodeData {
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        stacksize: c.stacksize,
        code: c.original.to_vec(),
        consts: refs(&c.consts),
        names: refs(&c.names),
        localsplusnames: refs(&c.localsplusnames),
        localspluskinds: c.localspluskinds.to_vec(),
        filename: Obj::new_ref(c.filename),
        name: Obj::new_ref(c.name),
        qualname: Obj::new_ref(c.qualname),
        firstlineno: c.firstlineno,
        lines: c.lines.to_vec(),
        exceptions: c.exceptions.to_vec(),
    };
    let int_arg = |name: &str, v: Value| -> PyResult<u32> {
        if !int::is_int(v) {
            return Err(type_error(format!("replace() argument '{name}' must be int, not {}", crate::object::type_of(v).name())));
        }
        u32::try_from(int::to_index(v, name)?).map_err(|_| value_error(format!("replace() argument '{name}' out of range")))
    };
    let str_arg = |name: &str, v: Value| -> PyResult<Obj> {
        if !pystr::is_str(v) {
            return Err(type_error(format!("replace() argument '{name}' must be str, not {}", crate::object::type_of(v).name())));
        }
        Ok(Obj::new_ref(v))
    };
    let tuple_arg = |name: &str, v: Value, min: usize| -> PyResult<Vec<Obj>> {
        if !tuple::is_tuple(v) {
            return Err(type_error(format!("replace() argument '{name}' must be tuple, not {}", crate::object::type_of(v).name())));
        }
        let items = tuple::items(v);
        if items.len() < min {
            return Err(value_error(format!("replace(): taipan keeps the bytecode, so '{name}' needs at least {min} items")));
        }
        Ok(refs(items))
    };
    for (key, v) in std::mem::take(&mut p.kw) {
        let key = pystr::as_str(key);
        match key {
            "co_argcount" => d.argcount = int_arg(key, v)?,
            "co_posonlyargcount" => d.posonlyargcount = int_arg(key, v)?,
            "co_kwonlyargcount" => d.kwonlyargcount = int_arg(key, v)?,
            "co_stacksize" => d.stacksize = int_arg(key, v)?,
            "co_flags" => d.flags = int_arg(key, v)?,
            "co_firstlineno" => {
                // Lines are stored relative to the first line (as CPython's line table
                // is): they all move with it.
                let first = int_arg(key, v)?;
                let delta = first as i64 - d.firstlineno as i64;
                for e in d.lines.iter_mut().filter(|e| e.pos.is_known()) {
                    e.pos.line = (e.pos.line as i64 + delta).max(0) as u32;
                    e.pos.end_line = (e.pos.end_line as i64 + delta).max(0) as u32;
                }
                d.firstlineno = first;
            }
            "co_filename" => d.filename = str_arg(key, v)?,
            "co_name" => d.name = str_arg(key, v)?,
            "co_qualname" => d.qualname = str_arg(key, v)?,
            "co_consts" => d.consts = tuple_arg(key, v, c.consts.len())?,
            "co_names" => d.names = tuple_arg(key, v, c.names.len())?,
            "co_code" | "co_nlocals" | "co_varnames" | "co_freevars" | "co_cellvars" | "co_linetable" | "co_exceptiontable" => {
                return Err(value_error(format!("replace(): taipan cannot replace '{key}'")));
            }
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for replace()"))),
        }
    }
    use super::opcodes::co_flags::{VARARGS, VARKEYWORDS};
    let nargs = d.argcount + d.kwonlyargcount + u32::from(d.flags & VARARGS != 0) + u32::from(d.flags & VARKEYWORDS != 0);
    if d.posonlyargcount > d.argcount || nargs > c.nlocals || (d.flags & (VARARGS | VARKEYWORDS)) != (c.flags & (VARARGS | VARKEYWORDS)) {
        return Err(value_error("replace(): the argument counts and flags must fit the code's local variables"));
    }
    Ok(new(d))
}

fn code_repr(v: Value) -> PyResult<Obj> {
    let c = code(v);
    Ok(pystr::from_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name_str(),
        v.bits(),
        c.filename_str(),
        c.firstlineno
    )))
}

/// Installs the slots and attributes (start-up).
pub fn init_type() {
    use crate::objects::descr::GetSetDef;
    CODE_TYPE.slots.repr.set(Some(code_repr));
    crate::objects::pytype::add_getsets(&CODE_TYPE, &[
        GetSetDef { name: "co_argcount", get: get_argcount, set: None },
        GetSetDef { name: "co_posonlyargcount", get: get_posonlyargcount, set: None },
        GetSetDef { name: "co_kwonlyargcount", get: get_kwonlyargcount, set: None },
        GetSetDef { name: "co_flags", get: get_flags, set: None },
        GetSetDef { name: "co_stacksize", get: get_stacksize, set: None },
        GetSetDef { name: "co_nlocals", get: get_nlocals, set: None },
        GetSetDef { name: "co_firstlineno", get: get_firstlineno, set: None },
        GetSetDef { name: "co_varnames", get: get_varnames, set: None },
        GetSetDef { name: "co_cellvars", get: get_cellvars, set: None },
        GetSetDef { name: "co_freevars", get: get_freevars, set: None },
        GetSetDef { name: "co_consts", get: get_consts, set: None },
        GetSetDef { name: "co_names", get: get_names, set: None },
        GetSetDef { name: "co_code", get: get_code, set: None },
        GetSetDef { name: "co_filename", get: get_filename, set: None },
        GetSetDef { name: "co_name", get: get_name, set: None },
        GetSetDef { name: "co_qualname", get: get_qualname, set: None },
        GetSetDef { name: "co_linetable", get: get_linetable, set: None },
        GetSetDef { name: "_co_code_adaptive", get: get_code_adaptive, set: None },
        GetSetDef { name: "co_exceptiontable", get: get_exceptiontable, set: None },
    ]);
    crate::objects::pytype::add_methods(&CODE_TYPE, crate::methods![
        "co_lines" => co_lines;
        "co_positions" => co_positions;
        "_varname_from_oparg" => varname_from_oparg;
        "replace" => code_replace;
    ]);
    let _ = incref;
}
