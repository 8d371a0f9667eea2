//! Stage 4a — the symbol table: which names each scope binds, and where every name lives
//! (fast local, cell, free variable, global, or the `*_NAME` dictionary path). Follows
//! CPython 3.11's `Python/symtable.c` in two passes:
//!
//! 1. `Builder` walks the AST and records raw facts per scope ("assigned here", "used
//!    here", "declared global", "parameter"), creating a scope for every module, class,
//!    function, lambda and comprehension. Errors that need only local facts (`global`
//!    after use, duplicate parameters, walrus misuse in comprehensions, `import *` in a
//!    function, ...) are raised here, in visiting order.
//! 2. `analyze` resolves each name top-down with the bindings visible from enclosing
//!    function scopes, and bottom-up with the free variables of nested scopes, which
//!    turns locals captured by an inner function into cells. Class scopes are skipped
//!    when resolving names of nested functions, except for the implicit `__class__` cell.
//!
//! The compiler (`compiler/`) looks scopes up by the address of the AST node that opened
//! them, so the tree must not move between building the table and compiling it.

use crate::ast::*;
use crate::error::{ErrorKind, SyntaxError};
use std::collections::{HashMap, HashSet};

/// Index of a scope in `SymbolTable::scopes`.
pub type ScopeId = usize;

/// Raw facts about a name in one scope (CPython's `DEF_*` bits).
pub mod def {
    /// `global` statement.
    pub const GLOBAL: u32 = 1;
    /// Assigned in this scope.
    pub const LOCAL: u32 = 2;
    /// A parameter.
    pub const PARAM: u32 = 4;
    /// `nonlocal` statement.
    pub const NONLOCAL: u32 = 8;
    /// Read in this scope.
    pub const USE: u32 = 16;
    /// Used but not defined in a nested scope.
    pub const FREE: u32 = 32;
    /// A free variable of a method that the class also binds.
    pub const FREE_CLASS: u32 = 64;
    /// Bound by an import.
    pub const IMPORT: u32 = 128;
    /// Annotated.
    pub const ANNOT: u32 = 256;
    /// An iteration variable of a comprehension.
    pub const COMP_ITER: u32 = 512;
    /// Any binding.
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name lives, decided by the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A local of this scope.
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// A local that a nested scope captures.
    Cell,
}

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    /// Function, lambda or comprehension.
    Function,
    /// Class body.
    Class,
    /// Module (or `eval`/interactive input).
    Module,
    /// An annotation under `from __future__ import annotations` (never compiled).
    Annotation,
}

/// Which comprehension a function scope implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comprehension {
    /// Not a comprehension.
    None,
    /// `[...]`.
    List,
    /// `{k: v ...}`.
    Dict,
    /// `{...}`.
    Set,
    /// `(...)`.
    Generator,
}

/// One name of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// `def::*` bits.
    pub flags: u32,
    /// Set by the analysis.
    pub scope: Option<Scope>,
}

/// A scope of the program (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct ScopeEntry {
    /// The block's name (`top`, a function or class name, `lambda`, `listcomp`, ...).
    pub name: String,
    /// Kind.
    pub kind: BlockType,
    /// Names in first-seen order.
    symbol_names: Vec<String>,
    symbols: HashMap<String, Symbol>,
    /// Parameters in order (CPython's `ste_varnames`).
    pub varnames: Vec<String>,
    /// Nested scopes in creation order.
    pub children: Vec<ScopeId>,
    /// `global`/`nonlocal` statements: name and location, for error positions.
    directives: Vec<(String, Loc)>,
    /// Nested in a function.
    pub nested: bool,
    /// Has free variables.
    pub free: bool,
    /// A child has free variables.
    pub child_free: bool,
    /// Contains `yield`.
    pub generator: bool,
    /// Contains `await` or is `async`.
    pub coroutine: bool,
    /// Comprehension kind.
    pub comprehension: Comprehension,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// Contains `return <value>`.
    pub returns_value: bool,
    /// A class whose methods use `__class__` (or `super`).
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// The node's span.
    pub loc: Loc,
}

impl ScopeEntry {
    fn new(name: &str, kind: BlockType, loc: Loc) -> ScopeEntry {
        ScopeEntry {
            name: name.to_owned(),
            kind,
            symbol_names: Vec::new(),
            symbols: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested: false,
            free: false,
            child_free: false,
            generator: false,
            coroutine: false,
            comprehension: Comprehension::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            loc,
        }
    }

    /// The raw flags of `name` (0 when unknown).
    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name` (`None` when the name is unknown here).
    pub fn scope_of(&self, name: &str) -> Option<Scope> {
        self.symbols.get(name).and_then(|s| s.scope)
    }

    /// Names in first-seen order with their symbols.
    pub fn symbols(&self) -> impl Iterator<Item = (&str, Symbol)> {
        self.symbol_names.iter().map(|n| (n.as_str(), self.symbols[n]))
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.symbols.get_mut(name) {
            Some(s) => s.flags = flags,
            None => {
                self.symbol_names.push(name.to_owned());
                self.symbols.insert(name.to_owned(), Symbol { flags, scope: None });
            }
        }
    }
}

/// The symbol table of a module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// All scopes; 0 is the module.
    pub scopes: Vec<ScopeEntry>,
    by_node: HashMap<usize, ScopeId>,
}

/// The key of an AST node: its address (the tree stays put while it is compiled).
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// The scope opened by the AST node with key `key` (see `node_key`).
    pub fn lookup(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }

    /// Builds and analyzes the table for `module`. `future_annotations` is
    /// `from __future__ import annotations`.
    pub fn build(module: &Mod, filename: &str, future_annotations: bool) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder {
            t: SymbolTable { scopes: Vec::new(), by_node: HashMap::new() },
            depth: 0,
            stack: Vec::new(),
            private: None,
            filename,
            future_annotations,
        };
        b.enter_block("top", BlockType::Module, node_key(module), Loc::default());
        match module {
            Mod::Module { body, .. } | Mod::Interactive { body } => {
                for s in body {
                    b.visit_stmt(s)?;
                }
            }
            Mod::Expression { body } => b.visit_expr(body)?,
            Mod::FunctionType { .. } => {}
        }
        b.exit_block();
        let mut t = b.t;
        analyze(&mut t, filename)?;
        Ok(t)
    }
}

/// `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam` (not dunders, not dotted
/// names, not when the class name is all underscores).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else { return name.to_owned() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

/// A SyntaxError at a node's span (columns: UTF-8 bytes + 1, as CPython reports them).
pub(crate) fn error_at(filename: &str, msg: impl Into<String>, loc: Loc) -> SyntaxError {
    SyntaxError::at_chars(
        ErrorKind::Syntax,
        msg,
        filename,
        loc.lineno,
        loc.col as i64 + 1,
        loc.end_lineno,
        loc.end_col as i64 + 1,
        None,
    )
}

type R = Result<(), SyntaxError>;

struct Builder<'a> {
    t: SymbolTable,
    /// Statement/expression/pattern nesting (CPython's `recursion_depth`).
    depth: u32,
    stack: Vec<ScopeId>,
    private: Option<String>,
    filename: &'a str,
    future_annotations: bool,
}

impl<'a> Builder<'a> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("a current scope")
    }

    fn cur_mut(&mut self) -> &mut ScopeEntry {
        let c = self.cur();
        &mut self.t.scopes[c]
    }

    fn err(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        error_at(self.filename, msg, loc)
    }

    fn enter_block(&mut self, name: &str, kind: BlockType, key: usize, loc: Loc) {
        let mut e = ScopeEntry::new(name, kind, loc);
        let prev = self.stack.last().copied();
        if let Some(p) = prev {
            let ps = &self.t.scopes[p];
            e.nested = ps.nested || ps.kind == BlockType::Function;
            // bpo-37757: the outermost iterable's restriction reaches nested scopes.
            e.comp_iter_expr = ps.comp_iter_expr;
        }
        let id = self.t.scopes.len();
        self.t.scopes.push(e);
        self.t.by_node.insert(key, id);
        self.stack.push(id);
        // Annotation blocks never reach the compiler, so they are nobody's child.
        if kind == BlockType::Annotation {
            return;
        }
        if let Some(p) = prev {
            self.t.scopes[p].children.push(id);
        }
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> R {
        let c = self.cur();
        self.add_def_in(name, flag, c, loc)
    }

    /// `symtable_add_def_helper`: records `flag` for `name` in scope `ste`.
    fn add_def_in(&mut self, name: &str, flag: u32, ste: ScopeId, loc: Loc) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let old = self.t.scopes[ste].symbols.get(&mangled).map(|s| s.flags);
        let mut val = match old {
            Some(v) => {
                if flag & def::PARAM != 0 && v & def::PARAM != 0 {
                    return Err(self.err(format!("duplicate argument '{name}' in function definition"), loc));
                }
                v | flag
            }
            None => flag,
        };
        if self.t.scopes[ste].comp_iter_target {
            // An iteration variable: it may not clash with a walrus target.
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(self.err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    loc,
                ));
            }
            val |= def::COMP_ITER;
        }
        self.t.scopes[ste].set_flags(&mangled, val);
        if flag & def::PARAM != 0 {
            self.t.scopes[ste].varnames.push(mangled);
        } else if flag & def::GLOBAL != 0 {
            // Mirror the declaration in the module's table.
            let g = self.t.scopes[0].flags(&mangled);
            self.t.scopes[0].set_flags(&mangled, flag | g);
        }
        Ok(())
    }

    fn lookup(&self, ste: ScopeId, name: &str) -> u32 {
        self.t.scopes[ste].flags(&mangle(self.private.as_deref(), name))
    }

    fn record_directive(&mut self, name: &str, loc: Loc) {
        let m = mangle(self.private.as_deref(), name);
        self.cur_mut().directives.push((m, loc));
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_function(&mut self, s: &Stmt, f: &FunctionDef) -> R {
        self.add_def(&f.name, def::LOCAL, s.loc)?;
        self.visit_exprs(&f.args.defaults)?;
        for d in f.args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        self.visit_annotations(s, &f.args, f.returns.as_ref())?;
        self.visit_exprs(&f.decorator_list)?;
        self.enter_block(&f.name, BlockType::Function, node_key(s), s.loc);
        if f.is_async {
            self.cur_mut().coroutine = true;
        }
        self.visit_arguments(&f.args)?;
        self.visit_stmts(&f.body)?;
        self.exit_block();
        Ok(())
    }

    /// Counts one level of nesting around `f`, failing as CPython does past the limit.
    fn nested(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        self.depth += 1;
        if self.depth > crate::compiler::MAX_NESTING {
            return Err(crate::compiler::recursion_error(self.filename));
        }
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        self.nested(|b| b.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.visit_function(s, f)?,
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, def::LOCAL, s.loc)?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorator_list)?;
                self.enter_block(&c.name, BlockType::Class, node_key(s), s.loc);
                let saved = self.private.replace(c.name.to_string());
                self.visit_stmts(&c.body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur_mut().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(self.cur(), id);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && self.cur() != 0 && *simple {
                        let what = if cur & def::GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(self.err(format!("annotated name '{id}' can't be {what}"), s.loc));
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, target.loc)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                self.visit_annotation(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_stmts(&f.body)?;
                self.visit_stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try(t) => {
                self.visit_stmts(&t.body)?;
                self.visit_stmts(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, def::LOCAL, h.loc)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a)?;
                }
            }
            StmtKind::Global { names } => self.visit_declaration(s, names, true)?,
            StmtKind::Nonlocal { names } => self.visit_declaration(s, names, false)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_stmts(body)?;
            }
        }
        Ok(())
    }

    fn visit_declaration(&mut self, s: &Stmt, names: &[Ident], global: bool) -> R {
        for name in names {
            let cur = self.lookup(self.cur(), name);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let (kw, kind) = if global { ("global", "global") } else { ("nonlocal", "nonlocal") };
                let msg = if cur & def::PARAM != 0 {
                    format!("name '{name}' is parameter and {kind}")
                } else if cur & def::USE != 0 {
                    format!("name '{name}' is used prior to {kw} declaration")
                } else if cur & def::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {kind}")
                } else {
                    format!("name '{name}' is assigned to before {kw} declaration")
                };
                return Err(self.err(msg, s.loc));
            }
            self.add_def(name, if global { def::GLOBAL } else { def::NONLOCAL }, s.loc)?;
            self.record_directive(name, s.loc);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> R {
        let name: &str = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.t.scopes[self.cur()].kind != BlockType::Module {
                return Err(self.err("import * only allowed at module level", a.loc));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, def::IMPORT, a.loc)
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in the
    /// nearest enclosing function (or module).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else { return Ok(()) };
        let loc = target.loc;
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            if self.t.scopes[ste].comprehension != Comprehension::None {
                if self.lookup(ste, id) & def::COMP_ITER != 0 {
                    return Err(self.err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                        loc,
                    ));
                }
                continue;
            }
            match self.t.scopes[ste].kind {
                BlockType::Function => {
                    let flag = if self.lookup(ste, id) & def::GLOBAL != 0 { def::GLOBAL } else { def::NONLOCAL };
                    self.add_def(id, flag, loc)?;
                    self.record_directive(id, loc);
                    return self.add_def_in(id, def::LOCAL, ste, loc);
                }
                BlockType::Module => {
                    self.add_def(id, def::GLOBAL, loc)?;
                    self.record_directive(id, loc);
                    return self.add_def_in(id, def::GLOBAL, ste, loc);
                }
                BlockType::Class => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        loc,
                    ));
                }
                BlockType::Annotation => {}
            }
        }
        Ok(())
    }

    fn raise_if_annotation_block(&self, what: &str, e: &Expr) -> R {
        if self.t.scopes[self.cur()].kind == BlockType::Annotation {
            return Err(self.err(format!("'{what}' can not be used within an annotation"), e.loc));
        }
        Ok(())
    }

    fn raise_comprehension_yield(&self, e: &Expr) -> R {
        let msg = match self.t.scopes[self.cur()].comprehension {
            Comprehension::List => "'yield' inside list comprehension",
            Comprehension::Set => "'yield' inside set comprehension",
            Comprehension::Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        Err(self.err(msg, e.loc))
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.nested(|b| b.visit_expr_inner(e))
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                if self.t.scopes[self.cur()].comp_iter_expr > 0 {
                    return Err(self.err("assignment expression cannot be used in a comprehension iterable expression", e.loc));
                }
                if self.t.scopes[self.cur()].comprehension != Comprehension::None {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.enter_block("lambda", BlockType::Function, node_key(e), e.loc);
                self.visit_arguments(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } => self.visit_exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, "genexpr", generators, elt, None, Comprehension::Generator)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, "listcomp", generators, elt, None, Comprehension::List)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, "setcomp", generators, elt, None, Comprehension::Set)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.visit_comprehension(e, "dictcomp", generators, key, Some(value), Comprehension::Dict)?
            }
            ExprKind::Yield { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.cur_mut().generator = true;
                if self.t.scopes[self.cur()].comprehension != Comprehension::None {
                    return self.raise_comprehension_yield(e);
                }
            }
            ExprKind::YieldFrom { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.visit_expr(value)?;
                self.cur_mut().generator = true;
                if self.t.scopes[self.cur()].comprehension != Comprehension::None {
                    return self.raise_comprehension_yield(e);
                }
            }
            ExprKind::Await { value } => {
                self.raise_if_annotation_block("await expression", e)?;
                self.visit_expr(value)?;
                self.cur_mut().coroutine = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.visit_expr(value)?;
                if let Some(f) = format_spec {
                    self.visit_expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { def::USE } else { def::LOCAL };
                self.add_def(id, flag, e.loc)?;
                // `super` reads `__class__` implicitly.
                if *ctx == ExprContext::Load && self.t.scopes[self.cur()].kind == BlockType::Function && &**id == "super" {
                    self.add_def("__class__", def::USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        self.nested(|b| b.visit_pattern_inner(p))
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.visit_exprs(keys)?;
                for q in patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.visit_expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &[Arg]) -> R {
        for a in args {
            self.add_def(&a.arg, def::PARAM, a.loc)?;
        }
        Ok(())
    }

    fn visit_arguments(&mut self, a: &Arguments) -> R {
        self.visit_params(&a.posonlyargs)?;
        self.visit_params(&a.args)?;
        self.visit_params(&a.kwonlyargs)?;
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, def::PARAM, v.loc)?;
            self.cur_mut().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, def::PARAM, k.loc)?;
            self.cur_mut().varkeywords = true;
        }
        Ok(())
    }

    /// An annotation: evaluated in the current scope, or (future annotations) in a
    /// throwaway scope that only catches forbidden expressions.
    fn visit_annotation(&mut self, ann: &Expr) -> R {
        if self.future_annotations {
            self.enter_block("_annotation", BlockType::Annotation, node_key(ann), ann.loc);
        }
        self.visit_expr(ann)?;
        if self.future_annotations {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_annotations(&mut self, s: &Stmt, a: &Arguments, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            self.enter_block("_annotation", BlockType::Annotation, node_key(a), s.loc);
        }
        for arg in a.posonlyargs.iter().chain(&a.args) {
            if let Some(an) = &arg.annotation {
                self.visit_expr(an)?;
            }
        }
        if let Some(an) = a.vararg.as_ref().and_then(|v| v.annotation.as_ref()) {
            self.visit_expr(an)?;
        }
        if let Some(an) = a.kwarg.as_ref().and_then(|v| v.annotation.as_ref()) {
            self.visit_expr(an)?;
        }
        for arg in &a.kwonlyargs {
            if let Some(an) = &arg.annotation {
                self.visit_expr(an)?;
            }
        }
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_comprehension_clause(&mut self, c: &Comprehension_) -> R {
        self.cur_mut().comp_iter_target = true;
        self.visit_expr(&c.target)?;
        self.cur_mut().comp_iter_target = false;
        self.cur_mut().comp_iter_expr += 1;
        self.visit_expr(&c.iter)?;
        self.cur_mut().comp_iter_expr -= 1;
        self.visit_exprs(&c.ifs)?;
        if c.is_async {
            self.cur_mut().coroutine = true;
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension_],
        elt: &Expr,
        value: Option<&Expr>,
        kind: Comprehension,
    ) -> R {
        let outermost = &generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_mut().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur_mut().comp_iter_expr -= 1;
        self.enter_block(name, BlockType::Function, node_key(e), e.loc);
        self.cur_mut().comprehension = kind;
        if outermost.is_async {
            self.cur_mut().coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter `.0`.
        let loc = self.t.scopes[self.cur()].loc;
        self.add_def(".0", def::PARAM, loc)?;
        self.cur_mut().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur_mut().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.visit_comprehension_clause(g)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == Comprehension::Generator;
        self.cur_mut().generator = is_generator;
        let is_async = self.t.scopes[self.cur()].coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur_mut().coroutine = true;
        }
        Ok(())
    }
}

/// The AST's comprehension clause (renamed: `Comprehension` here is the scope kind).
use crate::ast::Comprehension as Comprehension_;

// ---------------------------------------------------------------------------------------
// Pass 2: analysis.

struct Analyzer<'a> {
    filename: &'a str,
}

impl<'a> Analyzer<'a> {
    fn error_at_directive(&self, ste: &ScopeEntry, name: &str, msg: String) -> SyntaxError {
        let loc = ste.directives.iter().find(|(n, _)| n == name).map(|(_, l)| *l).unwrap_or_default();
        error_at(self.filename, msg, loc)
    }

    /// `analyze_name`: decides one name's scope.
    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        ste: &mut ScopeEntry,
        scopes: &mut HashMap<String, Scope>,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<(), SyntaxError> {
        if flags & def::GLOBAL != 0 {
            if flags & def::NONLOCAL != 0 {
                return Err(self.error_at_directive(ste, name, format!("name '{name}' is nonlocal and global")));
            }
            scopes.insert(name.to_owned(), Scope::GlobalExplicit);
            global.insert(name.to_owned());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & def::NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.error_at_directive(ste, name, "nonlocal declaration not allowed at module level".into()));
            };
            if !b.contains(name) {
                return Err(self.error_at_directive(ste, name, format!("no binding for nonlocal '{name}' found")));
            }
            scopes.insert(name.to_owned(), Scope::Free);
            ste.free = true;
            free.insert(name.to_owned());
            return Ok(());
        }
        if flags & def::BOUND != 0 {
            scopes.insert(name.to_owned(), Scope::Local);
            local.insert(name.to_owned());
            global.remove(name);
            return Ok(());
        }
        if let Some(b) = &bound {
            if b.contains(name) {
                scopes.insert(name.to_owned(), Scope::Free);
                ste.free = true;
                free.insert(name.to_owned());
                return Ok(());
            }
        }
        if global.contains(name) {
            scopes.insert(name.to_owned(), Scope::GlobalImplicit);
            return Ok(());
        }
        if ste.nested {
            ste.free = true;
        }
        scopes.insert(name.to_owned(), Scope::GlobalImplicit);
        Ok(())
    }

    /// `analyze_block`. `bound` is `None` for the module.
    fn analyze_block(
        &self,
        t: &mut SymbolTable,
        id: ScopeId,
        mut bound: Option<&mut HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<(), SyntaxError> {
        let mut local = HashSet::new();
        let mut scopes: HashMap<String, Scope> = HashMap::new();
        let mut newglobal = HashSet::new();
        let mut newfree = HashSet::new();
        let mut newbound = HashSet::new();
        let kind = t.scopes[id].kind;
        // A class's names are invisible to nested functions: pass down what the class
        // itself sees, before its own names are added.
        if kind == BlockType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let names: Vec<(String, u32)> = t.scopes[id].symbols().map(|(n, s)| (n.to_owned(), s.flags)).collect();
        for (name, flags) in &names {
            let ste = &mut t.scopes[id];
            self.analyze_name(ste, &mut scopes, name, *flags, bound.as_deref_mut(), &mut local, free, global)?;
        }
        if kind != BlockType::Class {
            if kind == BlockType::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_owned());
        }
        let mut allfree = HashSet::new();
        let children = t.scopes[id].children.clone();
        for c in children {
            // Each child sees copies: its bindings must not leak to its siblings.
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(t, c, Some(&mut temp_bound), &mut temp_free, &mut temp_global)?;
            allfree.extend(temp_free);
            if t.scopes[c].free || t.scopes[c].child_free {
                t.scopes[id].child_free = true;
            }
        }
        newfree.extend(allfree);
        if kind == BlockType::Function {
            // Locals captured by children become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc == Scope::Local && newfree.remove(name) {
                    *sc = Scope::Cell;
                }
            }
        } else if kind == BlockType::Class && newfree.remove("__class__") {
            t.scopes[id].needs_class_closure = true;
        }
        update_symbols(&mut t.scopes[id], &scopes, bound.as_deref(), &newfree, kind == BlockType::Class);
        free.extend(newfree);
        Ok(())
    }
}

/// `update_symbols`: stores the decided scopes, and records free variables of children
/// that pass through this scope.
fn update_symbols(
    ste: &mut ScopeEntry,
    scopes: &HashMap<String, Scope>,
    bound: Option<&HashSet<String>>,
    free: &HashSet<String>,
    classflag: bool,
) {
    for n in ste.symbol_names.clone() {
        let s = ste.symbols.get_mut(&n).expect("symbol");
        s.scope = scopes.get(&n).copied();
    }
    let mut pass: Vec<&String> = free.iter().collect();
    // Deterministic order (CPython iterates a set; only membership matters).
    pass.sort();
    for name in pass {
        if let Some(s) = ste.symbols.get_mut(name) {
            // A method's free variable that the class also binds.
            if classflag && s.flags & (def::BOUND | def::GLOBAL) != 0 {
                s.flags |= def::FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name) {
                continue; // a global
            }
        }
        ste.set_flags(name, 0);
        ste.symbols.get_mut(name).expect("just set").scope = Some(Scope::Free);
    }
}

fn analyze(t: &mut SymbolTable, filename: &str) -> Result<(), SyntaxError> {
    let a = Analyzer { filename };
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    a.analyze_block(t, 0, None, &mut free, &mut global)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::{parse_source, Mode};

    fn table(src: &str) -> (Mod, Result<SymbolTable, SyntaxError>) {
        let m = parse_source(src, "<t>", Mode::Exec).expect("parses");
        let t = SymbolTable::build(&m, "<t>", false);
        (m, t)
    }

    fn scope_named<'t>(t: &'t SymbolTable, name: &str) -> &'t ScopeEntry {
        t.scopes.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no scope {name}"))
    }

    #[test]
    fn locals_cells_frees_and_globals() {
        let (_m, t) = table("x = 1\ndef f(a):\n    b = a\n    def g():\n        return a + x + len\n    return g\n");
        let t = t.unwrap();
        let f = scope_named(&t, "f");
        assert_eq!(f.scope_of("a"), Some(Scope::Cell));
        assert_eq!(f.scope_of("b"), Some(Scope::Local));
        assert_eq!(f.varnames, vec!["a"]);
        let g = scope_named(&t, "g");
        assert_eq!(g.scope_of("a"), Some(Scope::Free));
        assert_eq!(g.scope_of("x"), Some(Scope::GlobalImplicit));
        assert_eq!(g.scope_of("len"), Some(Scope::GlobalImplicit));
        assert!(g.nested && g.free);
        assert_eq!(t.scopes[0].scope_of("x"), Some(Scope::Local));
    }

    #[test]
    fn class_scope_is_skipped_and_super_needs_class_cell() {
        let (_m, t) = table("def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            super()\n            return y\n");
        let t = t.unwrap();
        let m = scope_named(&t, "m");
        assert_eq!(m.scope_of("y"), Some(Scope::Free));
        assert_eq!(m.scope_of("__class__"), Some(Scope::Free));
        let c = scope_named(&t, "C");
        assert!(c.needs_class_closure);
        // The class binds y itself and passes f's y through: DEF_FREE_CLASS.
        assert_ne!(c.flags("y") & def::FREE_CLASS, 0);
        assert_eq!(scope_named(&t, "f").scope_of("y"), Some(Scope::Cell));
    }

    #[test]
    fn walrus_in_comprehension_binds_in_function() {
        let (_m, t) = table("def f(xs):\n    return [(y := x) for x in xs], y\n");
        let t = t.unwrap();
        assert_eq!(scope_named(&t, "f").scope_of("y"), Some(Scope::Cell));
        let lc = scope_named(&t, "listcomp");
        assert_eq!(lc.scope_of("y"), Some(Scope::Free));
        assert_eq!(lc.scope_of("x"), Some(Scope::Local));
        assert_eq!(lc.varnames, vec![".0"]);
        assert_eq!(lc.scope_of("xs"), None, "the outermost iterable belongs to f");
    }

    #[test]
    fn global_and_nonlocal_declarations() {
        let (_m, t) = table("def f():\n    global g\n    g = 1\n    v = 0\n    def h():\n        nonlocal v\n        v = 2\n");
        let t = t.unwrap();
        assert_eq!(scope_named(&t, "f").scope_of("g"), Some(Scope::GlobalExplicit));
        assert_eq!(scope_named(&t, "f").scope_of("v"), Some(Scope::Cell));
        assert_eq!(scope_named(&t, "h").scope_of("v"), Some(Scope::Free));
    }

    #[test]
    fn errors_carry_cpython_messages() {
        let msg = |src: &str| table(src).1.err().map(|e| (e.msg, e.lineno, e.offset)).expect("an error");
        assert_eq!(msg("def f():\n    x = 1\n    global x\n"), ("name 'x' is assigned to before global declaration".into(), Some(3), 5));
        assert_eq!(msg("def f(a, a): pass\n").0, "duplicate argument 'a' in function definition");
        assert_eq!(msg("nonlocal x\n").0, "nonlocal declaration not allowed at module level");
        assert_eq!(msg("def f():\n    nonlocal x\n").0, "no binding for nonlocal 'x' found");
        assert_eq!(msg("def f(x):\n    global x\n").0, "name 'x' is parameter and global");
        assert_eq!(msg("def f():\n    from m import *\n").0, "import * only allowed at module level");
        assert_eq!(msg("[x := 1 for x in y]\n").0, "assignment expression cannot rebind comprehension iteration variable 'x'");
        assert_eq!(msg("[y for y in (x := z)]\n").0, "assignment expression cannot be used in a comprehension iterable expression");
        assert_eq!(msg("class C:\n    [(y := 1) for x in z]\n").0, "assignment expression within a comprehension cannot be used in a class body");
        assert_eq!(msg("[(yield) for x in y]\n").0, "'yield' inside list comprehension");
    }

    #[test]
    fn mangling() {
        assert_eq!(mangle(Some("Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("_Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("___"), "__spam"), "__spam");
        assert_eq!(mangle(Some("Ham"), "__init__"), "__init__");
        assert_eq!(mangle(Some("Ham"), "__a.b"), "__a.b");
        assert_eq!(mangle(None, "__spam"), "__spam");
    }
}
