//! Stage 3's output: the abstract syntax tree, one Rust type per node class of CPython
//! 3.11's `ast` module (`Parser/Python.asdl`), with the same fields in the same order and
//! the same positions (1-based lines, 0-based UTF-8 byte columns).
//!
//! Sum types whose constructors share a shape are folded into one variant with a flag
//! (`FunctionDef`/`AsyncFunctionDef` → `is_async`, `Try`/`TryStar` → `is_star`); `dump`
//! restores CPython's class names.

pub mod cli;
pub mod dump;
pub mod from_py;
pub mod py;

use num_bigint::BigInt;

/// An identifier (NFKC-normalized, as CPython stores it).
pub type Ident = Box<str>;

/// A node's source span: `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    /// First line (1-based).
    pub lineno: u32,
    /// UTF-8 byte column of the first character.
    pub col: u32,
    /// Last line.
    pub end_lineno: u32,
    /// UTF-8 byte column one past the last character.
    pub end_col: u32,
}

impl Loc {
    /// The span from the start of `a` to the end of `b`.
    pub fn span(a: Loc, b: Loc) -> Loc {
        Loc { lineno: a.lineno, col: a.col, end_lineno: b.end_lineno, end_col: b.end_col }
    }
}

/// `mod`: what a parse produces, by mode.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    /// `exec` mode.
    Module { body: Vec<Stmt>, type_ignores: Vec<TypeIgnore> },
    /// `single` mode (the REPL).
    Interactive { body: Vec<Stmt> },
    /// `eval` mode.
    Expression { body: Box<Expr> },
    /// `func_type` mode.
    FunctionType { argtypes: Vec<Expr>, returns: Box<Expr> },
}

/// `TypeIgnore(int lineno, string tag)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeIgnore {
    /// Line of the comment.
    pub lineno: u32,
    /// Text after `ignore`.
    pub tag: String,
}

/// A statement with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// The statement.
    pub kind: StmtKind,
    /// Its span.
    pub loc: Loc,
}

/// `stmt` constructors.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return { value: Option<Box<Expr>> },
    Delete { targets: Vec<Expr> },
    Assign { targets: Vec<Expr>, value: Box<Expr>, type_comment: Option<String> },
    AugAssign { target: Box<Expr>, op: Operator, value: Box<Expr> },
    AnnAssign { target: Box<Expr>, annotation: Box<Expr>, value: Option<Box<Expr>>, simple: bool },
    For(Box<For>),
    While { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
    If { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
    With { is_async: bool, items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<String> },
    Match { subject: Box<Expr>, cases: Vec<MatchCase> },
    Raise { exc: Option<Box<Expr>>, cause: Option<Box<Expr>> },
    Try(Box<Try>),
    Assert { test: Box<Expr>, msg: Option<Box<Expr>> },
    Import { names: Vec<Alias> },
    ImportFrom { module: Option<Ident>, names: Vec<Alias>, level: u32 },
    Global { names: Vec<Ident> },
    Nonlocal { names: Vec<Ident> },
    Expr { value: Box<Expr> },
    Pass,
    Break,
    Continue,
}

/// `FunctionDef` / `AsyncFunctionDef`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub is_async: bool,
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
    pub type_comment: Option<String>,
}

/// `ClassDef`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

/// `For` / `AsyncFor`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub is_async: bool,
    pub target: Expr,
    pub iter: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub type_comment: Option<String>,
}

/// `Try` / `TryStar`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub is_star: bool,
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

/// An expression with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// The expression.
    pub kind: ExprKind,
    /// Its span.
    pub loc: Loc,
}

/// `expr` constructors.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp { op: BoolOp, values: Vec<Expr> },
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: Operator, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { args: Box<Arguments>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `keys[i]` is `None` for a `**mapping` entry.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set { elts: Vec<Expr> },
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Await { value: Box<Expr> },
    Yield { value: Option<Box<Expr>> },
    YieldFrom { value: Box<Expr> },
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// `conversion` is -1 (none) or the code of `s`, `r`, `a`.
    FormattedValue { value: Box<Expr>, conversion: i32, format_spec: Option<Box<Expr>> },
    JoinedStr { values: Vec<Expr> },
    /// `kind_u` is CPython's `kind='u'` (a string written with a lowercase `u` prefix).
    Constant { value: Constant, kind_u: bool },
    Attribute { value: Box<Expr>, attr: Ident, ctx: ExprContext },
    Subscript { value: Box<Expr>, slice: Box<Expr>, ctx: ExprContext },
    Starred { value: Box<Expr>, ctx: ExprContext },
    Name { id: Ident, ctx: ExprContext },
    List { elts: Vec<Expr>, ctx: ExprContext },
    Tuple { elts: Vec<Expr>, ctx: ExprContext },
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// A constant's value (`Constant.value`, `MatchSingleton.value`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int that fits in 64 bits.
    Int(i64),
    /// Any other int.
    BigInt(Box<BigInt>),
    /// A float.
    Float(f64),
    /// An imaginary literal: `complex(0, imag)`.
    Complex { real: f64, imag: f64 },
    /// A `str`, stored as UTF-8 that may hold lone surrogates
    /// (see `taipan_runtime::unicode::codepoints`).
    Str(Box<[u8]>),
    /// A `bytes`.
    Bytes(Box<[u8]>),
    /// A tuple of constants: never produced by the parser, only by the compiler's
    /// constant folding (`compiler/fold.rs`), as CPython's AST optimizer does.
    Tuple(Vec<Constant>),
    /// A frozenset of constants (folded `x in {1, 2}`); like `Tuple`, compiler-only.
    FrozenSet(Vec<Constant>),
}

/// `expr_context`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

/// `boolop`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// `operator`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// `unaryop`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// `cmpop`.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `comprehension`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// `ExceptHandler`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Box<Expr>>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub loc: Loc,
}

/// `arguments`.
#[allow(missing_docs)]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only argument; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Box<Arg>>,
    pub defaults: Vec<Expr>,
}

/// `arg`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub arg: Ident,
    pub annotation: Option<Box<Expr>>,
    pub type_comment: Option<String>,
    pub loc: Loc,
}

/// `keyword`; `arg` is `None` for `**mapping`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
    pub loc: Loc,
}

/// `alias`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
    pub loc: Loc,
}

/// `withitem`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

/// `match_case`.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

/// A pattern with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// The pattern.
    pub kind: PatternKind,
    /// Its span.
    pub loc: Loc,
}

/// `pattern` constructors.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    MatchValue { value: Box<Expr> },
    MatchSingleton { value: Constant },
    MatchSequence { patterns: Vec<Pattern> },
    MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Ident> },
    MatchClass { cls: Box<Expr>, patterns: Vec<Pattern>, kwd_attrs: Vec<Ident>, kwd_patterns: Vec<Pattern> },
    MatchStar { name: Option<Ident> },
    MatchAs { pattern: Option<Box<Pattern>>, name: Option<Ident> },
    MatchOr { patterns: Vec<Pattern> },
}

impl Expr {
    /// A boxed expression.
    pub fn boxed(kind: ExprKind, loc: Loc) -> Box<Expr> {
        Box::new(Expr { kind, loc })
    }
}
