//! The AST optimizer (CPython 3.11's `Python/ast_opt.c`), run before the symbol table:
//!
//! - constant folding of unary and binary operators, subscripts and tuples of constants
//!   (the arithmetic, with CPython's size limits, is in `fold_ops.rs`);
//! - `not (a is b)` → `a is not b` (also `in`);
//! - the right operand of `in`/`not in` and the iterable of `for` loops and
//!   comprehensions: a list display becomes a tuple, a set display of constants a
//!   frozenset;
//! - `'%s %r' % (a, b)` with simple `%s`/`%r`/`%a` specifiers becomes an f-string;
//! - `__debug__` becomes `True` (or `False` under `-O`).
//!
//! Nodes built here that have no source text carry `Loc::default()` (line 0), which the
//! code generator treats as "no position", as CPython's `-1` positions.

use super::fold_ops;
use crate::ast::*;

/// CPython's compile-time nesting limit: three times the default recursion limit
/// (`COMPILER_STACK_FRAME_SCALE`), counted over statements, expressions and patterns.
pub(crate) const MAX_NESTING: u32 = 3000;

/// Optimizer settings and state.
pub(crate) struct Folder {
    /// `-O` level (`__debug__` is `optimize == 0`).
    pub optimize: u8,
    /// `from __future__ import annotations`: annotations stay as written.
    pub future_annotations: bool,
    /// Current nesting depth.
    pub depth: std::cell::Cell<u32>,
    /// Set when the nesting limit was exceeded (the fold stops descending).
    pub too_deep: std::cell::Cell<bool>,
}

fn constant(value: Constant) -> ExprKind {
    ExprKind::Constant { value, kind_u: false }
}

fn as_const(e: &Expr) -> Option<&Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(value),
        _ => None,
    }
}

/// `_PyAST_GetDocString`: the first statement, if it is a string expression.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&Expr> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) if matches!(value.kind, ExprKind::Constant { value: Constant::Str(_), .. }) => {
            Some(value)
        }
        _ => None,
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

fn const_tuple(elts: &[Expr]) -> Option<Vec<Constant>> {
    elts.iter().map(|e| as_const(e).cloned()).collect()
}

impl Folder {
    pub(crate) fn new(optimize: u8, future_annotations: bool) -> Folder {
        Folder { optimize, future_annotations, depth: std::cell::Cell::new(0), too_deep: std::cell::Cell::new(false) }
    }

    /// Enters a nested node; false (and `too_deep` set) past the limit.
    fn enter(&self) -> bool {
        let d = self.depth.get() + 1;
        self.depth.set(d);
        if d > MAX_NESTING {
            self.too_deep.set(true);
        }
        !self.too_deep.get()
    }

    fn leave(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    pub(crate) fn fold_mod(&self, m: &mut Mod) {
        match m {
            Mod::Module { body, .. } => self.fold_body(body),
            Mod::Interactive { body } => self.fold_stmts(body),
            Mod::Expression { body } => self.fold_expr(body),
            Mod::FunctionType { .. } => {}
        }
    }

    /// A body that may start with a docstring: folding must not create one
    /// (`'a' + 'b'` as first statement stays an expression, as an f-string).
    fn fold_body(&self, body: &mut [Stmt]) {
        let had_doc = docstring(body).is_some();
        self.fold_stmts(body);
        if !had_doc && docstring(body).is_some() {
            let st = &mut body[0];
            let loc = st.loc;
            if let StmtKind::Expr { value } = &mut st.kind {
                let inner = std::mem::replace(&mut **value, Expr { kind: constant(Constant::None), loc });
                **value = Expr { kind: ExprKind::JoinedStr { values: vec![inner] }, loc };
            }
        }
    }

    fn fold_stmts(&self, body: &mut [Stmt]) {
        for s in body {
            self.fold_stmt(s);
        }
    }

    fn fold_exprs(&self, es: &mut [Expr]) {
        for e in es {
            self.fold_expr(e);
        }
    }

    fn fold_opt(&self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.fold_expr(e);
        }
    }

    fn fold_arguments(&self, a: &mut Arguments) {
        for arg in a.posonlyargs.iter_mut().chain(a.args.iter_mut()) {
            self.fold_arg(arg);
        }
        if let Some(v) = &mut a.vararg {
            self.fold_arg(v);
        }
        for arg in &mut a.kwonlyargs {
            self.fold_arg(arg);
        }
        for d in a.kw_defaults.iter_mut().flatten() {
            self.fold_expr(d);
        }
        if let Some(k) = &mut a.kwarg {
            self.fold_arg(k);
        }
        self.fold_exprs(&mut a.defaults);
    }

    fn fold_arg(&self, a: &mut Arg) {
        if !self.future_annotations {
            self.fold_opt(&mut a.annotation);
        }
    }

    fn fold_stmt(&self, s: &mut Stmt) {
        if self.enter() {
            self.fold_stmt_inner(s);
        }
        self.leave();
    }

    fn fold_stmt_inner(&self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::FunctionDef(f) => {
                self.fold_arguments(&mut f.args);
                self.fold_body(&mut f.body);
                self.fold_exprs(&mut f.decorator_list);
                if !self.future_annotations {
                    if let Some(r) = &mut f.returns {
                        self.fold_expr(r);
                    }
                }
            }
            StmtKind::ClassDef(c) => {
                self.fold_exprs(&mut c.bases);
                for k in &mut c.keywords {
                    self.fold_expr(&mut k.value);
                }
                self.fold_body(&mut c.body);
                self.fold_exprs(&mut c.decorator_list);
            }
            StmtKind::Return { value } => self.fold_opt(value),
            StmtKind::Delete { targets } => self.fold_exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.fold_exprs(targets);
                self.fold_expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.fold_expr(target);
                self.fold_expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                self.fold_expr(target);
                if !self.future_annotations {
                    self.fold_expr(annotation);
                }
                self.fold_opt(value);
            }
            StmtKind::For(f) => {
                self.fold_expr(&mut f.target);
                self.fold_expr(&mut f.iter);
                self.fold_stmts(&mut f.body);
                self.fold_stmts(&mut f.orelse);
                if !f.is_async {
                    fold_iter(&mut f.iter);
                }
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.fold_expr(test);
                self.fold_stmts(body);
                self.fold_stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.fold_expr(&mut it.context_expr);
                    self.fold_opt(&mut it.optional_vars);
                }
                self.fold_stmts(body);
            }
            StmtKind::Raise { exc, cause } => {
                self.fold_opt(exc);
                self.fold_opt(cause);
            }
            StmtKind::Try(t) => {
                self.fold_stmts(&mut t.body);
                for h in &mut t.handlers {
                    self.fold_opt(&mut h.type_);
                    self.fold_stmts(&mut h.body);
                }
                self.fold_stmts(&mut t.orelse);
                self.fold_stmts(&mut t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.fold_expr(test);
                self.fold_opt(msg);
            }
            StmtKind::Expr { value } => self.fold_expr(value),
            StmtKind::Match { subject, cases } => {
                self.fold_expr(subject);
                for c in cases {
                    self.fold_pattern(&mut c.pattern);
                    self.fold_opt(&mut c.guard);
                    self.fold_stmts(&mut c.body);
                }
            }
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn fold_pattern(&self, p: &mut Pattern) {
        if self.enter() {
            self.fold_pattern_inner(p);
        }
        self.leave();
    }

    fn fold_pattern_inner(&self, p: &mut Pattern) {
        match &mut p.kind {
            PatternKind::MatchValue { value } => self.fold_expr(value),
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.fold_pattern(q);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.fold_exprs(keys);
                for q in patterns {
                    self.fold_pattern(q);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.fold_expr(cls);
                for q in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    self.fold_pattern(q);
                }
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(q) = pattern {
                    self.fold_pattern(q);
                }
            }
        }
    }

    fn fold_comprehensions(&self, gens: &mut [crate::ast::Comprehension]) {
        for g in gens {
            self.fold_expr(&mut g.target);
            self.fold_expr(&mut g.iter);
            self.fold_exprs(&mut g.ifs);
            fold_iter(&mut g.iter);
        }
    }

    pub(crate) fn fold_expr(&self, e: &mut Expr) {
        if self.enter() {
            self.fold_expr_inner(e);
        }
        self.leave();
    }

    fn fold_expr_inner(&self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::BoolOp { values, .. } => self.fold_exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.fold_expr(left);
                self.fold_expr(right);
                fold_binop(e);
            }
            ExprKind::UnaryOp { operand, .. } => {
                self.fold_expr(operand);
                fold_unaryop(e);
            }
            ExprKind::Lambda { args, body } => {
                self.fold_arguments(args);
                self.fold_expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.fold_expr(test);
                self.fold_expr(body);
                self.fold_expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.fold_expr(k);
                }
                self.fold_exprs(values);
            }
            ExprKind::Set { elts } => self.fold_exprs(elts),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.fold_expr(elt);
                self.fold_comprehensions(generators);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.fold_expr(key);
                self.fold_expr(value);
                self.fold_comprehensions(generators);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.fold_expr(value),
            ExprKind::Yield { value } => self.fold_opt(value),
            ExprKind::Compare { left, ops, comparators } => {
                self.fold_expr(left);
                self.fold_exprs(comparators);
                // A list or set display after `in` becomes a tuple or frozenset.
                if matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn)) {
                    if let Some(last) = comparators.last_mut() {
                        fold_iter(last);
                    }
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.fold_expr(func);
                self.fold_exprs(args);
                for k in keywords {
                    self.fold_expr(&mut k.value);
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.fold_expr(value);
                self.fold_opt(format_spec);
            }
            ExprKind::JoinedStr { values } => self.fold_exprs(values),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.fold_expr(value),
            ExprKind::Subscript { value, slice, ctx } => {
                self.fold_expr(value);
                self.fold_expr(slice);
                if *ctx == ExprContext::Load {
                    if let (Some(v), Some(i)) = (as_const(value), as_const(slice)) {
                        if let Some(c) = fold_ops::subscript(v, i) {
                            e.kind = constant(c);
                        }
                    }
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                self.fold_opt(lower);
                self.fold_opt(upper);
                self.fold_opt(step);
            }
            ExprKind::List { elts, .. } => self.fold_exprs(elts),
            ExprKind::Tuple { elts, ctx } => {
                self.fold_exprs(elts);
                if *ctx == ExprContext::Load {
                    if let Some(items) = const_tuple(elts) {
                        e.kind = constant(Constant::Tuple(items));
                    }
                }
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load && &**id == "__debug__" {
                    e.kind = constant(Constant::Bool(self.optimize == 0));
                }
            }
            ExprKind::NamedExpr { value, .. } => self.fold_expr(value),
            ExprKind::Constant { .. } => {}
        }
    }
}

fn fold_unaryop(e: &mut Expr) {
    let ExprKind::UnaryOp { op, operand } = &mut e.kind else { return };
    match &mut operand.kind {
        ExprKind::Constant { value, .. } => {
            if let Some(c) = fold_ops::unaryop(*op, value) {
                e.kind = constant(c);
            }
        }
        // `not a is b` → `a is not b`; the result keeps the comparison's position.
        ExprKind::Compare { ops, .. } if *op == UnaryOp::Not && ops.len() == 1 => {
            let inverted = match ops[0] {
                CmpOp::Is => CmpOp::IsNot,
                CmpOp::IsNot => CmpOp::Is,
                CmpOp::In => CmpOp::NotIn,
                CmpOp::NotIn => CmpOp::In,
                _ => return,
            };
            ops[0] = inverted;
            let inner = std::mem::replace(&mut **operand, Expr { kind: constant(Constant::None), loc: Loc::default() });
            *e = inner;
        }
        _ => {}
    }
}

fn fold_binop(e: &mut Expr) {
    let ExprKind::BinOp { left, op, right } = &e.kind else { return };
    let Some(lv) = as_const(left) else { return };
    if *op == Operator::Mod {
        if let (Constant::Str(fmt), ExprKind::Tuple { elts, .. }) = (lv, &right.kind) {
            if !has_starred(elts) {
                if let Some(values) = optimize_format(fmt, elts) {
                    e.kind = ExprKind::JoinedStr { values };
                }
                return;
            }
        }
    }
    let Some(rv) = as_const(right) else { return };
    if let Some(c) = fold_ops::binop(*op, lv, rv) {
        e.kind = constant(c);
    }
}

/// `fold_iter`: a list display becomes a tuple (of constants if it can), a set display
/// of constants a frozenset.
fn fold_iter(e: &mut Expr) {
    match &mut e.kind {
        ExprKind::List { elts, ctx } => {
            if has_starred(elts) {
                return;
            }
            match const_tuple(elts) {
                Some(items) => e.kind = constant(Constant::Tuple(items)),
                None => e.kind = ExprKind::Tuple { elts: std::mem::take(elts), ctx: *ctx },
            }
        }
        ExprKind::Set { elts } => {
            if let Some(items) = const_tuple(elts) {
                e.kind = constant(Constant::FrozenSet(dedupe_set(items)));
            }
        }
        _ => {}
    }
}

/// A frozenset keeps one of each equal element (`{1, 1.0, True}` has one element).
pub(crate) fn dedupe_set(items: Vec<Constant>) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::new();
    for it in items {
        if !out.iter().any(|o| set_equal(o, &it)) {
            out.push(it);
        }
    }
    out
}

/// Python `==` between hashable constants, as set membership uses it.
fn set_equal(a: &Constant, b: &Constant) -> bool {
    use num_bigint::BigInt;
    use num_traits::FromPrimitive;
    enum N {
        I(BigInt),
        F(f64, f64),
    }
    fn numeric(c: &Constant) -> Option<N> {
        Some(match c {
            Constant::Bool(b) => N::I(BigInt::from(*b as i64)),
            Constant::Int(i) => N::I(BigInt::from(*i)),
            Constant::BigInt(b) => N::I((**b).clone()),
            Constant::Float(f) => N::F(*f, 0.0),
            Constant::Complex { real, imag } => N::F(*real, *imag),
            _ => return None,
        })
    }
    let int_eq_float = |x: &BigInt, r: f64, i: f64| i == 0.0 && r.is_finite() && BigInt::from_f64(r).as_ref() == Some(x) && r.fract() == 0.0;
    match (numeric(a), numeric(b)) {
        (Some(N::I(x)), Some(N::I(y))) => x == y,
        (Some(N::I(x)), Some(N::F(r, i))) | (Some(N::F(r, i)), Some(N::I(x))) => int_eq_float(&x, r, i),
        (Some(N::F(ar, ai)), Some(N::F(br, bi))) => ar == br && ai == bi,
        _ => match (a, b) {
            (Constant::Str(x), Constant::Str(y)) | (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Tuple(x), Constant::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| set_equal(p, q)),
            (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
                x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| set_equal(p, q)))
            }
            _ => false,
        },
    }
}

/// `optimize_format`: `'%s-%r' % (a, b)` → `f'{a!s}-{b!r}'`; `None` when some specifier
/// is not one of the simple forms, or the counts disagree.
fn optimize_format(fmt: &[u8], elts: &[Expr]) -> Option<Vec<Expr>> {
    let chars: Vec<u32> = taipan_runtime::unicode::codepoints::iter(fmt).collect();
    let mut pos = 0;
    let mut cnt = 0;
    let mut seq = Vec::new();
    let nowhere = Loc::default();
    loop {
        // A literal run, with `%%` unescaped.
        let start = pos;
        let mut lit = Vec::new();
        while pos < chars.len() {
            if chars[pos] != '%' as u32 {
                taipan_runtime::unicode::codepoints::push(&mut lit, chars[pos]);
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' as u32 {
                lit.push(b'%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            seq.push(Expr { kind: constant(Constant::Str(lit.into())), loc: nowhere });
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= elts.len() {
            return None; // more format units than items
        }
        pos += 1;
        let arg = &elts[cnt];
        cnt += 1;
        seq.push(parse_format(&chars, &mut pos, arg)?);
    }
    if cnt < elts.len() {
        return None; // more items than format units
    }
    Some(seq)
}

const MAXDIGITS: u32 = 3;

/// One `%[flags][width][.prec](s|r|a)` unit as a formatted value.
fn parse_format(chars: &[u32], pos: &mut usize, arg: &Expr) -> Option<Expr> {
    let mut p = *pos;
    let mut next = || -> Option<u32> {
        let c = *chars.get(p)?;
        p += 1;
        Some(c)
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next()?;
        match char::from_u32(ch) {
            Some('-') => ljust = true,
            Some('+' | ' ' | '#' | '0') => {}
            _ => break,
        }
    }
    let digit = |c: u32| (('0' as u32)..=('9' as u32)).contains(&c);
    let mut width: i32 = -1;
    let mut prec: i32 = -1;
    if digit(ch) {
        width = 0;
        let mut digits = 0;
        while digit(ch) {
            width = width * 10 + (ch - '0' as u32) as i32;
            ch = next()?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if ch == '.' as u32 {
        ch = next()?;
        prec = 0;
        if digit(ch) {
            let mut digits = 0;
            while digit(ch) {
                prec = prec * 10 + (ch - '0' as u32) as i32;
                ch = next()?;
                digits += 1;
                if digits >= MAXDIGITS {
                    return None;
                }
            }
        }
    }
    let conversion = match char::from_u32(ch) {
        Some(c @ ('s' | 'r' | 'a')) => c as i32,
        _ => return None,
    };
    *pos = p;
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    let format_spec =
        (!spec.is_empty()).then(|| Box::new(Expr { kind: constant(Constant::Str(spec.into_bytes().into())), loc: Loc::default() }));
    Some(Expr {
        kind: ExprKind::FormattedValue { value: Box::new(arg.clone()), conversion, format_spec },
        loc: arg.loc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::dump::dump_mod;
    use crate::parser::{parse_source, Mode};

    fn folded(src: &str) -> String {
        let mut m = parse_source(src, "<t>", Mode::Exec).unwrap();
        Folder::new(0, false).fold_mod(&mut m);
        dump_mod(&m, false, None)
    }

    #[test]
    fn folds_constants_and_keeps_the_rest() {
        assert!(folded("x = 2 * 3 + 1\n").contains("Constant(value=7)"));
        assert!(folded("x = (1, 2, (3,))\n").contains("Constant(value=(1, 2, (3,)))"));
        assert!(folded("x = 'ab'[1]\n").contains("Constant(value='b')"));
        assert!(folded("x = 1 / 0\n").contains("BinOp"));
        assert!(folded("x = __debug__\n").contains("Constant(value=True)"));
    }

    #[test]
    fn membership_and_iteration_targets() {
        assert!(folded("x in [1, 2]\n").contains("Constant(value=(1, 2))"));
        assert!(folded("x in {1, 2}\n").contains("Constant(value=frozenset({1, 2}))"));
        assert!(folded("for i in [a, b]: pass\n").contains("Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())"));
        assert!(folded("not a is b\n").contains("ops=[IsNot()]"));
        assert!(folded("not a == b\n").contains("UnaryOp"));
    }

    #[test]
    fn percent_format_becomes_fstring() {
        let d = folded("'%s-%5r' % (a, b)\n");
        assert!(d.contains("JoinedStr"), "{d}");
        assert!(d.contains("conversion=114"), "{d}");
        assert!(d.contains("Constant(value='>5')"), "{d}");
        assert!(folded("'%d' % (a,)\n").contains("BinOp"));
    }

    #[test]
    fn nesting_limit_is_cpythons() {
        let src = |n: usize| format!("x = {}\n", vec!["a"; n].join("+"));
        let deep = |n: usize| {
            let mut m = parse_source(&src(n), "<t>", Mode::Exec).unwrap();
            let f = Folder::new(0, false);
            f.fold_mod(&mut m);
            f.too_deep.get()
        };
        // A statement, n - 1 BinOps and a leaf: 3000 levels pass, 3001 fail.
        assert!(!deep(2999));
        assert!(deep(3000));
    }

    #[test]
    fn no_new_docstrings() {
        assert!(folded("'a' + 'b'\n").contains("JoinedStr(values=[Constant(value='ab')])"));
    }
}
