//! Stage 4b — the compiler: AST → code units (CPython 3.11's `Python/compile.c`).
//!
//! ```text
//! ast::Mod ─▶ future (future.rs) ─▶ fold (fold.rs) ─▶ symtable ─▶ codegen_*.rs ─▶ CFG (ir.rs)
//!         ─▶ flow.rs (peephole, dead code, line numbers) ─▶ assemble.rs ─▶ CodeUnit
//! ```
//!
//! One `Unit` per code object being compiled, stacked as scopes nest (a function inside a
//! class inside the module). Code generation appends instructions to the current block of
//! the current unit; `assemble` turns a finished unit into a `CodeUnit`.
//!
//! The output is CPython 3.11's bytecode with the runtime's deliberate differences
//! (`docs/internals/compiler.md`): no `PRECALL`; only forward conditional jumps (a loop
//! condition that CPython tests with a backward conditional jump becomes a forward
//! conditional jump over a `JUMP_BACKWARD`, as in CPython 3.12); inline cache sizes from
//! the runtime's opcode table.
//!
//! ```
//! use taipan::{compiler, parser};
//! let m = parser::parse_source("x = 1 + 2\n", "<demo>", parser::Mode::Exec).unwrap();
//! let c = compiler::compile(&m, "<demo>", parser::Mode::Exec, 0).unwrap();
//! assert!(compiler::dump::listing(&c.code).contains("LOAD_CONST"));
//! ```

mod assemble;
pub mod code_unit;
mod codegen_call;
mod codegen_expr;
mod codegen_pattern;
mod codegen_scope;
mod codegen_stmt;
mod const_table;
pub mod dump;
mod flow;
mod fold;
mod fold_ops;
mod future;
mod ir;
mod unparse;
#[cfg(test)]
mod tests;

pub use code_unit::{CodeUnit, Constant, ExcEntry, LineEntry, Position};
pub use future::{CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL};
pub(crate) use fold::MAX_NESTING;

use crate::ast::{self, ExprContext, Loc, Mod, Stmt};
use crate::error::{SyntaxError, Warning};
use crate::parser::Mode;
use crate::symtable::{self, BlockType, Scope, ScopeId, SymbolTable};
use const_table::ConstTable;
use ir::{ends_block, BlockId, Cfg, Instr, NameSet, SrcLoc};
use taipan_runtime::bytecode::opcodes::Opcode;

/// A compiled module with the SyntaxWarnings raised while compiling it.
#[derive(Debug)]
pub struct Compiled {
    /// The module's code.
    pub code: CodeUnit,
    /// Warnings, in the order CPython emits them.
    pub warnings: Vec<Warning>,
}

/// What compiling produced: the code or the error, and the warnings raised before it
/// (CPython prints those even when compilation then fails).
#[derive(Debug)]
pub struct Outcome {
    /// The code, or the first error.
    pub result: Result<CodeUnit, SyntaxError>,
    /// Warnings, in order.
    pub warnings: Vec<Warning>,
}

/// Compiles a parsed module. `optimize` is Python's `-O` level (1: no asserts,
/// `__debug__` false; 2: also no docstrings).
pub fn compile(module: &Mod, filename: &str, mode: Mode, optimize: u8) -> Result<Compiled, SyntaxError> {
    let o = compile_outcome(module, filename, mode, optimize);
    o.result.map(|code| Compiled { code, warnings: o.warnings })
}

/// `compile`, keeping the warnings when it fails.
pub fn compile_outcome(module: &Mod, filename: &str, _mode: Mode, optimize: u8) -> Outcome {
    let mut warnings = Vec::new();
    let result = compile_inner(module, filename, optimize, &mut warnings);
    Outcome { result, warnings }
}

fn compile_inner(module: &Mod, filename: &str, optimize: u8, warnings: &mut Vec<Warning>) -> Result<CodeUnit, SyntaxError> {
    if matches!(module, Mod::FunctionType { .. }) {
        return Err(SyntaxError::bare(crate::error::ErrorKind::Syntax, "this compiler does not handle FunctionTypes", filename));
    }
    let future = future::parse(module, filename)?;
    let future_annotations = future.features & CO_FUTURE_ANNOTATIONS != 0;
    let mut tree = module.clone();
    let folder = fold::Folder::new(optimize, future_annotations);
    folder.fold_mod(&mut tree);
    if folder.too_deep.get() {
        return Err(recursion_error(filename));
    }
    let st = SymbolTable::build(&tree, filename, future_annotations)?;
    let mut c = Compiler {
        filename,
        st,
        future,
        optimize,
        interactive: false,
        nestlevel: 0,
        unit: None,
        stack: Vec::new(),
        warnings: Vec::new(),
    };
    let r = c.compile_mod(&tree);
    warnings.append(&mut c.warnings);
    r
}

/// CPython's RecursionError for ASTs nested beyond `fold::MAX_NESTING`.
pub(crate) fn recursion_error(filename: &str) -> SyntaxError {
    SyntaxError::bare(crate::error::ErrorKind::Recursion, "maximum recursion depth exceeded during compilation", filename)
}

/// What kind of code object a unit is (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Frame blocks: the statically nested constructs that `break`, `continue` and
/// `return` must unwind (CPython's `fblockinfo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// Extra data a frame block needs to unwind.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockDatum<'a> {
    None,
    /// The `finally` body to run.
    Finally(&'a [Stmt]),
    /// The `with` statement (for its position).
    With(&'a Stmt),
    /// The `except ... as name` variable to clear.
    Name(Option<&'a str>),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Option<BlockId>,
    pub exit: Option<BlockId>,
    pub datum: FBlockDatum<'a>,
}

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

/// The state of one code object being compiled (CPython's `compiler_unit`).
pub(crate) struct Unit<'a> {
    pub ste: ScopeId,
    pub name: String,
    pub qualname: String,
    pub scope_type: ScopeType,
    pub consts: ConstTable,
    pub names: NameSet,
    pub varnames: NameSet,
    /// Sorted by name, as CPython's `dictbytype`.
    pub cellvars: NameSet,
    pub freevars: NameSet,
    pub private: Option<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub cfg: Cfg,
    pub fblocks: Vec<FBlock<'a>>,
    pub firstlineno: i32,
    pub loc: SrcLoc,
    pub need_new_implicit_block: bool,
}

pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

pub(crate) struct Compiler<'a> {
    pub filename: &'a str,
    pub st: SymbolTable,
    pub future: future::Future,
    pub optimize: u8,
    pub interactive: bool,
    pub nestlevel: u32,
    /// The unit being compiled (`None` only before the module scope opens).
    pub unit: Option<Unit<'a>>,
    /// Enclosing units.
    pub stack: Vec<Unit<'a>>,
    pub warnings: Vec<Warning>,
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.unit.as_mut().expect("inside a scope")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.unit.as_ref().expect("inside a scope")
    }

    pub fn ste(&self) -> &symtable::ScopeEntry {
        &self.st.scopes[self.ur().ste]
    }

    // ----- locations, errors, warnings -----

    pub fn set_loc(&mut self, loc: Loc) {
        self.u().loc = SrcLoc::of(loc);
    }

    pub fn unset_loc(&mut self) {
        self.u().loc = SrcLoc::NONE;
    }

    /// `compiler_error`: a SyntaxError at the current position (columns are byte
    /// offsets + 1, as CPython reports them; the caller adds the source line).
    pub fn error(&self, msg: impl Into<String>) -> SyntaxError {
        let l = self.ur().loc;
        SyntaxError::at_chars(
            crate::error::ErrorKind::Syntax,
            msg,
            self.filename,
            l.lineno.max(0) as u32,
            l.col as i64 + 1,
            l.end_lineno.max(0) as u32,
            l.end_col as i64 + 1,
            None,
        )
    }

    /// `compiler_warn`: a SyntaxWarning at the current line.
    pub fn warn(&mut self, msg: impl Into<String>) {
        let lineno = self.ur().loc.lineno.max(0) as u32;
        self.warnings.push(Warning { lineno, msg: msg.into() });
    }

    // ----- blocks and instructions -----

    pub fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    pub fn use_next_block(&mut self, b: BlockId) {
        let u = self.u();
        u.cfg.use_next_block(b);
        u.need_new_implicit_block = false;
    }

    fn push_instr(&mut self, i: Instr) {
        let u = self.u();
        if u.need_new_implicit_block {
            let b = u.cfg.new_block();
            u.cfg.use_next_block(b);
            u.need_new_implicit_block = false;
        }
        let cur = u.cfg.cur;
        if i.op == Opcode::ReturnValue {
            u.cfg.blocks[cur].returns = true;
        }
        let ends = ends_block(i.op);
        u.cfg.blocks[cur].instrs.push(i);
        if ends {
            u.need_new_implicit_block = true;
        }
    }

    /// Adds an instruction at the current position.
    pub fn addop_arg(&mut self, op: Opcode, arg: u32) {
        let loc = self.ur().loc;
        self.push_instr(Instr::new(op, arg, loc));
    }

    pub fn addop(&mut self, op: Opcode) {
        self.addop_arg(op, 0);
    }

    /// Adds an instruction without a position.
    pub fn addop_noline(&mut self, op: Opcode, arg: u32) {
        self.push_instr(Instr::new(op, arg, SrcLoc::NOLINE));
    }

    pub fn addop_jump(&mut self, op: Opcode, target: BlockId) {
        let loc = self.ur().loc;
        let mut i = Instr::new(op, 0, loc);
        i.target = Some(target);
        self.push_instr(i);
    }

    pub fn addop_jump_noline(&mut self, op: Opcode, target: BlockId) {
        let mut i = Instr::new(op, 0, SrcLoc::NOLINE);
        i.target = Some(target);
        self.push_instr(i);
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        self.u().consts.add(c)
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.addop_arg(Opcode::LoadConst, i);
    }

    pub fn load_ast_const(&mut self, c: &ast::Constant) {
        self.load_const(convert_const(c));
    }

    /// An instruction naming `co_names[name]`, mangled.
    pub fn addop_name(&mut self, op: Opcode, name: &str) {
        let m = symtable::mangle(self.ur().private.as_deref(), name);
        let i = self.u().names.add(&m);
        self.addop_arg(op, i);
    }

    // ----- scopes -----

    /// `compiler_enter_scope`: a new unit for the scope opened by AST node `key`.
    pub fn enter_scope(&mut self, name: &str, scope_type: ScopeType, key: usize, lineno: u32) -> CResult {
        let ste = self.st.lookup(key).expect("every scope-opening node has a symbol table entry");
        let entry = &self.st.scopes[ste];
        let mut varnames = NameSet::default();
        for v in &entry.varnames {
            varnames.add(v);
        }
        let mut cells: Vec<&str> = entry.symbols().filter(|(_, s)| s.scope == Some(Scope::Cell)).map(|(n, _)| n).collect();
        cells.sort_unstable();
        let mut cellvars = NameSet::default();
        for n in cells {
            cellvars.add(n);
        }
        if entry.needs_class_closure {
            // The implicit `__class__` cell of a class whose methods use it.
            cellvars.add("__class__");
        }
        let mut frees: Vec<&str> = entry
            .symbols()
            .filter(|(_, s)| s.scope == Some(Scope::Free) || s.flags & symtable::def::FREE_CLASS != 0)
            .map(|(n, _)| n)
            .collect();
        frees.sort_unstable();
        let mut freevars = NameSet::default();
        for n in frees {
            freevars.add(n);
        }
        let private = self.unit.as_ref().and_then(|u| u.private.clone());
        let lineno = lineno as i32;
        let unit = Unit {
            ste,
            name: name.to_owned(),
            qualname: String::new(),
            scope_type,
            consts: ConstTable::default(),
            names: NameSet::default(),
            varnames,
            cellvars,
            freevars,
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            cfg: Cfg::new(),
            fblocks: Vec::new(),
            firstlineno: lineno,
            loc: SrcLoc { lineno, end_lineno: lineno, col: 0, end_col: 0 },
            need_new_implicit_block: false,
        };
        if let Some(parent) = self.unit.replace(unit) {
            self.stack.push(parent);
        }
        self.nestlevel += 1;
        if scope_type == ScopeType::Module {
            self.u().loc.lineno = 0;
        } else {
            self.set_qualname();
        }
        self.addop_arg(Opcode::Resume, 0);
        if scope_type == ScopeType::Module {
            self.u().loc.lineno = -1;
        }
        Ok(())
    }

    /// `compiler_exit_scope`: the finished unit, the parent becoming current again.
    pub fn exit_scope(&mut self) -> Unit<'a> {
        self.nestlevel -= 1;
        let done = self.unit.take().expect("a unit to exit");
        self.unit = self.stack.pop();
        done
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let u = self.ur();
        let mut base: Option<String> = None;
        // Only a parent other than the module contributes a prefix.
        if let Some(parent) = self.stack.last().filter(|_| self.stack.len() > 1) {
            let mut force_global = false;
            if matches!(u.scope_type, ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class) {
                let mangled = symtable::mangle(parent.private.as_deref(), &u.name);
                if self.st.scopes[parent.ste].scope_of(&mangled) == Some(Scope::GlobalExplicit) {
                    force_global = true;
                }
            }
            if !force_global {
                base = Some(
                    if matches!(parent.scope_type, ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda) {
                        format!("{}.<locals>", parent.qualname)
                    } else {
                        parent.qualname.clone()
                    },
                );
            }
        }
        let q = match base {
            Some(b) => format!("{b}.{}", u.name),
            None => u.name.clone(),
        };
        self.u().qualname = q;
    }

    // ----- names -----

    /// `get_ref_type`: how a closure variable is reached from the current scope.
    pub fn ref_type(&self, name: &str) -> Option<Scope> {
        if self.ur().scope_type == ScopeType::Class && name == "__class__" {
            return Some(Scope::Cell);
        }
        self.ste().scope_of(name)
    }

    /// The index of a cell or free variable in the cells-then-frees numbering the code
    /// generator uses (the assembler maps it to a localsplus slot).
    pub fn deref_index(&mut self, name: &str, scope: Scope) -> u32 {
        let u = self.u();
        if scope == Scope::Cell {
            u.cellvars.add(name)
        } else {
            let ncells = u.cellvars.len() as u32;
            u.freevars.add(name) + ncells
        }
    }

    /// `forbidden_name`: `__debug__` cannot be assigned or deleted.
    pub fn check_forbidden(&self, name: &str, ctx: ExprContext) -> CResult {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(self.error("cannot assign to __debug__")),
                ExprContext::Del => return Err(self.error("cannot delete __debug__")),
                ExprContext::Load => {}
            }
        }
        Ok(())
    }

    /// `compiler_nameop`: load, store or delete a variable by its resolved scope.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult {
        self.check_forbidden(name, ctx)?;
        let mangled = symtable::mangle(self.ur().private.as_deref(), name);
        let scope = self.ste().scope_of(&mangled);
        let is_function = self.ste().kind == BlockType::Function;
        enum How {
            Fast,
            Global,
            Deref(Scope),
            Name,
        }
        let how = match scope {
            Some(s @ (Scope::Free | Scope::Cell)) => How::Deref(s),
            Some(Scope::Local) if is_function => How::Fast,
            Some(Scope::GlobalImplicit) if is_function => How::Global,
            Some(Scope::GlobalExplicit) => How::Global,
            _ => How::Name,
        };
        match how {
            How::Fast => {
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadFast,
                    ExprContext::Store => Opcode::StoreFast,
                    ExprContext::Del => Opcode::DeleteFast,
                };
                let i = self.u().varnames.add(&mangled);
                self.addop_arg(op, i);
            }
            How::Deref(s) => {
                let op = match ctx {
                    ExprContext::Load if self.ste().kind == BlockType::Class => Opcode::LoadClassderef,
                    ExprContext::Load => Opcode::LoadDeref,
                    ExprContext::Store => Opcode::StoreDeref,
                    ExprContext::Del => Opcode::DeleteDeref,
                };
                let i = self.deref_index(&mangled, s);
                self.addop_arg(op, i);
            }
            How::Global => {
                let i = self.u().names.add(&mangled);
                match ctx {
                    ExprContext::Load => self.addop_arg(Opcode::LoadGlobal, i << 1),
                    ExprContext::Store => self.addop_arg(Opcode::StoreGlobal, i),
                    ExprContext::Del => self.addop_arg(Opcode::DeleteGlobal, i),
                }
            }
            How::Name => {
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadName,
                    ExprContext::Store => Opcode::StoreName,
                    ExprContext::Del => Opcode::DeleteName,
                };
                let i = self.u().names.add(&mangled);
                self.addop_arg(op, i);
            }
        }
        Ok(())
    }

    // ----- frame blocks -----

    pub fn push_fblock(&mut self, kind: FBlockKind, block: Option<BlockId>, exit: Option<BlockId>, datum: FBlockDatum<'a>) -> CResult {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock { kind, block, exit, datum });
        Ok(())
    }

    pub fn pop_fblock(&mut self, kind: FBlockKind) {
        let f = self.u().fblocks.pop().expect("a frame block");
        debug_assert_eq!(f.kind, kind);
    }

    // ----- the module -----

    /// `compiler_mod`.
    fn compile_mod(&mut self, m: &'a Mod) -> CResult<CodeUnit> {
        self.enter_scope("<module>", ScopeType::Module, symtable::node_key(m), 1)?;
        self.u().loc.lineno = 1;
        let add_none = match m {
            Mod::Module { body, .. } => {
                self.compile_body(body)?;
                true
            }
            Mod::Interactive { body } => {
                if find_ann(body) {
                    self.addop(Opcode::SetupAnnotations);
                }
                self.interactive = true;
                for s in body {
                    self.visit_stmt(s)?;
                }
                true
            }
            Mod::Expression { body } => {
                self.visit_expr(body)?;
                false
            }
            Mod::FunctionType { .. } => unreachable!("rejected above"),
        };
        let code = self.assemble(add_none)?;
        self.exit_scope();
        Ok(code)
    }

    /// `compiler_body`: statements of a module or class, with the docstring stored
    /// as `__doc__` and `SETUP_ANNOTATIONS` when anything is annotated.
    pub fn compile_body(&mut self, stmts: &'a [Stmt]) -> CResult {
        if self.ur().scope_type == ScopeType::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(first.loc);
            }
        }
        if find_ann(stmts) {
            self.addop(Opcode::SetupAnnotations);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut rest = stmts;
        if self.optimize < 2 {
            if let Some(doc) = fold::docstring(stmts) {
                self.visit_expr(doc)?;
                self.unset_loc();
                self.nameop("__doc__", ExprContext::Store)?;
                rest = &stmts[1..];
            }
        }
        for s in rest {
            self.visit_stmt(s)?;
        }
        Ok(())
    }
}

/// `find_ann`: does a block (not nested functions or classes) annotate a variable?
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    use ast::StmtKind::*;
    stmts.iter().any(|s| match &s.kind {
        AnnAssign { .. } => true,
        For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        While { body, orelse, .. } | If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        With { body, .. } => find_ann(body),
        Try(t) => t.handlers.iter().any(|h| find_ann(&h.body)) || find_ann(&t.body) || find_ann(&t.finalbody) || find_ann(&t.orelse),
        Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// An AST constant as a code constant.
pub(crate) fn convert_const(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(*i),
        ast::Constant::BigInt(b) => Constant::BigInt(b.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Tuple(t) => Constant::Tuple(t.iter().map(convert_const).collect()),
        ast::Constant::FrozenSet(t) => Constant::FrozenSet(t.iter().map(convert_const).collect()),
    }
}
