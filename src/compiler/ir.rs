//! The code generator's intermediate form: a control-flow graph of basic blocks of
//! instructions whose jumps name blocks, not offsets (CPython 3.11's `basicblock` and
//! `struct instr`). Blocks live in one `Vec`, indexed by `BlockId`, in allocation order;
//! CPython walks its block list newest-first (`b_list`) in a few passes, and those passes
//! here walk the `Vec` backwards to keep the same results. `next` is the fall-through
//! successor (CPython's `b_next`): the emission order.

use crate::ast::Loc;
use taipan_runtime::bytecode::opcodes::Opcode;

/// Index of a block.
pub(crate) type BlockId = usize;

/// An instruction's source span; `lineno < 0` means none (CPython's `-1`). Columns are
/// UTF-8 byte offsets, `-1` when unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SrcLoc {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col: i32,
    pub end_col: i32,
}

impl SrcLoc {
    /// No position (artificial instructions).
    pub const NONE: SrcLoc = SrcLoc { lineno: -1, end_lineno: -1, col: -1, end_col: -1 };
    /// What CPython's `*_noline` helpers record: no line, zero columns (only visible if
    /// `guarantee_lineno_for_exits` later gives the instruction a line).
    pub const NOLINE: SrcLoc = SrcLoc { lineno: -1, end_lineno: 0, col: 0, end_col: 0 };

    /// The span of an AST node; nodes the optimizer made up (line 0) have none.
    pub fn of(loc: Loc) -> SrcLoc {
        if loc.lineno == 0 {
            return SrcLoc::NONE;
        }
        SrcLoc { lineno: loc.lineno as i32, end_lineno: loc.end_lineno as i32, col: loc.col as i32, end_col: loc.end_col as i32 }
    }
}

/// One instruction.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub op: Opcode,
    pub arg: u32,
    /// Jump or handler target.
    pub target: Option<BlockId>,
    /// The handler active at this instruction (set by `label_exception_targets`).
    pub except: Option<BlockId>,
    pub loc: SrcLoc,
}

impl Instr {
    pub fn new(op: Opcode, arg: u32, loc: SrcLoc) -> Instr {
        Instr { op, arg, target: None, except: None, loc }
    }

    pub fn target(&self) -> BlockId {
        self.target.expect("a jump has a target")
    }
}

/// SETUP_FINALLY, SETUP_CLEANUP and SETUP_WITH: push an exception handler.
pub(crate) fn is_block_push(op: Opcode) -> bool {
    matches!(op, Opcode::SetupFinally | Opcode::SetupCleanup | Opcode::SetupWith)
}

/// A jump with a target block (handlers excluded).
pub(crate) fn is_jump(op: Opcode) -> bool {
    op.is_jump() && !is_block_push(op)
}

/// Ends a basic block: jumps, returns and raises (`is_end_of_basic_block`).
pub(crate) fn ends_block(op: Opcode) -> bool {
    is_jump(op) || matches!(op, Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise)
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<Instr>,
    /// Fall-through successor.
    pub next: Option<BlockId>,
    /// Stack depth on entry (`i32::MIN` until computed).
    pub startdepth: i32,
    /// Offset in code units once laid out.
    pub offset: u32,
    pub predecessors: u32,
    /// Ends with a return, raise or unconditional jump.
    pub nofallthrough: bool,
    /// An exception handler that keeps `lasti` (SETUP_CLEANUP / SETUP_WITH targets).
    pub preserve_lasti: bool,
    pub visited: bool,
    /// Ends with a return or raise.
    pub exit: bool,
    /// Holds a RETURN_VALUE.
    pub returns: bool,
}

/// The graph of one code unit.
#[derive(Clone, Debug)]
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    /// The block instructions are appended to.
    pub cur: BlockId,
}

impl Cfg {
    pub fn new() -> Cfg {
        Cfg { blocks: vec![Block { startdepth: i32::MIN, ..Block::default() }], cur: 0 }
    }

    /// The entry block (the first one allocated).
    pub const ENTRY: BlockId = 0;

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block { startdepth: i32::MIN, ..Block::default() });
        self.blocks.len() - 1
    }

    /// Makes `b` the fall-through successor of the current block and the current block.
    pub fn use_next_block(&mut self, b: BlockId) {
        let cur = self.cur;
        self.blocks[cur].next = Some(b);
        self.cur = b;
    }

    /// Blocks in emission order.
    pub fn order(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut b = Some(Cfg::ENTRY);
        while let Some(id) = b {
            out.push(id);
            b = self.blocks[id].next;
        }
        out
    }
}

/// An insertion-ordered set of names with their indices (`co_names`, `co_varnames`, ...).
#[derive(Clone, Debug, Default)]
pub(crate) struct NameSet {
    items: Vec<String>,
    index: std::collections::HashMap<String, u32>,
}

impl NameSet {
    /// The index of `name`, adding it at the end if new.
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(name.to_owned());
        self.index.insert(name.to_owned(), i);
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn items(&self) -> &[String] {
        &self.items
    }
}
