//! Expressions → instructions (CPython 3.11's `compiler_visit_expr1` and friends):
//! operators, comparisons and their conditional-jump forms (`jump_if`), displays with
//! and without starred items, unpacking targets, subscripts and slices, f-strings,
//! `yield`/`await`. Calls are in `codegen_call.rs`; lambdas and comprehensions, which
//! open scopes, in `codegen_scope.rs`.

use super::codegen_stmt::binop_arg;
use super::ir::BlockId;
use super::{CResult, Compiler, Constant, ScopeType};
use crate::ast::*;
use crate::symtable::BlockType;
use taipan_runtime::bytecode::opcodes::Opcode;

/// CPython's `STACK_USE_GUIDELINE`: displays and calls longer than this are built
/// incrementally.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// `COMPARE_OP` arguments (the runtime's `CompareOp`: CPython's `Py_LT`..`Py_GE`).
fn cmp_arg(op: CmpOp) -> Option<u32> {
    Some(match op {
        CmpOp::Lt => 0,
        CmpOp::LtE => 1,
        CmpOp::Eq => 2,
        CmpOp::NotEq => 3,
        CmpOp::Gt => 4,
        CmpOp::GtE => 5,
        _ => return None,
    })
}

fn unary_opcode(op: UnaryOp) -> Opcode {
    match op {
        UnaryOp::Invert => Opcode::UnaryInvert,
        UnaryOp::Not => Opcode::UnaryNot,
        UnaryOp::UAdd => Opcode::UnaryPositive,
        UnaryOp::USub => Opcode::UnaryNegative,
    }
}

/// `check_is_arg`: false for a literal other than None, True, False and `...`.
fn is_identity_operand(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { value, .. } => {
            matches!(value, Constant_::None | Constant_::Bool(_) | Constant_::Ellipsis)
        }
        _ => true,
    }
}

use crate::ast::Constant as Constant_;

impl<'a> Compiler<'a> {
    /// `compiler_visit_expr`: compiles `e` at its own position, restoring the
    /// enclosing one afterwards.
    pub(crate) fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(e.loc);
        let r = self.visit_expr1(e);
        self.u().loc = saved;
        r
    }

    fn visit_expr1(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop_arg(Opcode::Copy, 1);
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { op, values } => self.compile_boolop(*op, values)?,
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop_arg(Opcode::BinaryOp, binop_arg(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                self.addop(unary_opcode(*op));
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.addop_jump_noline(Opcode::Jump, end);
                self.use_next_block(next);
                self.visit_expr(orelse)?;
                self.use_next_block(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack_helper(elts, 0, Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate, false)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, super::codegen_scope::CompKind::GenExp, "<genexpr>", generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, super::codegen_scope::CompKind::List, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, super::codegen_scope::CompKind::Set, "<setcomp>", generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.compile_comprehension(e, super::codegen_scope::CompKind::Dict, "<dictcomp>", generators, key, Some(value))?
            }
            ExprKind::Yield { value } => {
                if self.ste().kind != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.addop_yield();
            }
            ExprKind::YieldFrom { value } => {
                if self.ste().kind != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(value)?;
                self.addop(Opcode::GetYieldFromIter);
                self.load_const(Constant::None);
                self.add_yield_from(false);
            }
            ExprKind::Await { value } => {
                if !self.is_top_level_await() {
                    if self.ste().kind != BlockType::Function {
                        return Err(self.error("'await' outside function"));
                    }
                    if !matches!(self.ur().scope_type, ScopeType::AsyncFunction | ScopeType::Comprehension) {
                        return Err(self.error("'await' outside async function"));
                    }
                }
                self.visit_expr(value)?;
                self.addop_arg(Opcode::GetAwaitable, 0);
                self.load_const(Constant::None);
                self.add_yield_from(true);
            }
            ExprKind::Compare { left, ops, comparators } => self.compile_compare(e, left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.compile_call(e, func, args, keywords)?,
            ExprKind::Constant { value, .. } => self.load_ast_const(value),
            ExprKind::JoinedStr { values } => self.compile_joined_str(values)?,
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.visit_expr(value)?;
                let mut arg = match u8::try_from(*conversion).ok().map(char::from) {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                    arg |= 4;
                }
                self.addop_arg(Opcode::FormatValue, arg);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.visit_expr(value)?;
                self.update_start_location_to_match_attr(e);
                match ctx {
                    ExprContext::Load => self.addop_name(Opcode::LoadAttr, attr),
                    ExprContext::Store => {
                        self.check_forbidden(attr, ExprContext::Store)?;
                        self.addop_name(Opcode::StoreAttr, attr);
                    }
                    ExprContext::Del => self.addop_name(Opcode::DeleteAttr, attr),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => self.compile_subscript(value, slice, *ctx)?,
            ExprKind::Starred { ctx, .. } => {
                return Err(match ctx {
                    ExprContext::Store => self.error("starred assignment target must be in a list or tuple"),
                    _ => self.error("can't use starred expression here"),
                })
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.visit_expr(x)?,
                        None => self.load_const(Constant::None),
                    }
                }
                let mut n = 2;
                if let Some(s) = step {
                    n += 1;
                    self.visit_expr(s)?;
                }
                self.addop_arg(Opcode::BuildSlice, n);
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx)?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => self.starunpack_helper(elts, 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, false)?,
                ExprContext::Del => {
                    for x in elts {
                        self.visit_expr(x)?;
                    }
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => self.starunpack_helper(elts, 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true)?,
                ExprContext::Del => {
                    for x in elts {
                        self.visit_expr(x)?;
                    }
                }
            },
        }
        Ok(())
    }

    /// `addop_yield`: async generators wrap what they yield.
    pub(crate) fn addop_yield(&mut self) {
        if self.ste().generator && self.ste().coroutine {
            self.addop(Opcode::AsyncGenWrap);
        }
        self.addop(Opcode::YieldValue);
        self.addop_arg(Opcode::Resume, 1);
    }

    /// `update_start_location_to_match_attr`: an attribute access spanning lines is
    /// reported at the attribute name.
    pub(crate) fn update_start_location_to_match_attr(&mut self, attr: &Expr) {
        let ExprKind::Attribute { attr: name, .. } = &attr.kind else { return };
        let end_lineno = attr.loc.end_lineno as i32;
        let end_col = attr.loc.end_col as i32;
        let u = self.u();
        if u.loc.lineno != end_lineno {
            u.loc.lineno = end_lineno;
            let len = name.chars().count() as i32;
            if len <= end_col {
                u.loc.col = end_col - len;
            } else {
                u.loc.col = -1;
                u.loc.end_col = -1;
            }
            u.loc.end_lineno = u.loc.lineno.max(u.loc.end_lineno);
            if u.loc.lineno == u.loc.end_lineno {
                u.loc.end_col = u.loc.col.max(u.loc.end_col);
            }
        }
    }

    fn compile_boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let jump = if op == BoolOp::And { Opcode::JumpIfFalseOrPop } else { Opcode::JumpIfTrueOrPop };
        let end = self.new_block();
        let (last, init) = values.split_last().expect("a BoolOp has values");
        for v in init {
            self.visit_expr(v)?;
            self.addop_jump(jump, end);
            let next = self.new_block();
            self.use_next_block(next);
        }
        self.visit_expr(last)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_addcompare`.
    fn add_compare(&mut self, op: CmpOp) {
        match op {
            CmpOp::Is => self.addop_arg(Opcode::IsOp, 0),
            CmpOp::IsNot => self.addop_arg(Opcode::IsOp, 1),
            CmpOp::In => self.addop_arg(Opcode::ContainsOp, 0),
            CmpOp::NotIn => self.addop_arg(Opcode::ContainsOp, 1),
            other => self.addop_arg(Opcode::CompareOp, cmp_arg(other).expect("rich comparison")),
        }
    }

    /// `check_compare`: warn about `is` with a literal.
    fn check_compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut l = is_identity_operand(left);
        for (op, c) in ops.iter().zip(comparators) {
            let r = is_identity_operand(c);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!r || !l) {
                self.warn(if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                });
                return;
            }
            l = r;
        }
    }

    fn compile_compare(&mut self, _e: &'a Expr, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.check_compare(left, ops, comparators);
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_expr(&comparators[0])?;
            self.add_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.addop_arg(Opcode::Swap, 2);
            self.addop_arg(Opcode::Copy, 2);
            self.add_compare(ops[i]);
            self.addop_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.visit_expr(&comparators[n])?;
        self.add_compare(ops[n]);
        let end = self.new_block();
        self.addop_jump_noline(Opcode::Jump, end);
        self.use_next_block(cleanup);
        self.addop_arg(Opcode::Swap, 2);
        self.addop(Opcode::PopTop);
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_jump_if`: evaluates `e` as a condition and jumps to `next` when it is
    /// `cond`, without materializing booleans for `not`, `and`/`or`, conditional
    /// expressions and chained comparisons.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond { self.new_block() } else { next };
                let (last, init) = values.split_last().expect("values");
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.addop_jump_noline(Opcode::Jump, end);
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                self.set_loc(e.loc);
                self.check_compare(left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.addop_arg(Opcode::Swap, 2);
                    self.addop_arg(Opcode::Copy, 2);
                    self.add_compare(ops[i]);
                    self.addop_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.visit_expr(&comparators[n])?;
                self.add_compare(ops[n]);
                self.addop_jump(if cond { Opcode::PopJumpIfTrue } else { Opcode::PopJumpIfFalse }, next);
                let end = self.new_block();
                self.addop_jump_noline(Opcode::Jump, end);
                self.use_next_block(cleanup);
                self.addop(Opcode::PopTop);
                if !cond {
                    self.addop_jump_noline(Opcode::Jump, next);
                }
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare { .. } => self.set_loc(e.loc),
            _ => {}
        }
        self.visit_expr(e)?;
        self.addop_jump(if cond { Opcode::PopJumpIfTrue } else { Opcode::PopJumpIfFalse }, next);
        Ok(())
    }

    /// `starunpack_helper`: builds a list, tuple or set display (or the positional
    /// arguments of a `*` call), with `pushed` items already on the stack.
    pub(crate) fn starunpack_helper(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2 && elts.iter().all(|e| matches!(e.kind, ExprKind::Constant { .. })) {
            let values: Vec<Constant_> = elts
                .iter()
                .map(|e| match &e.kind {
                    ExprKind::Constant { value, .. } => value.clone(),
                    _ => unreachable!(),
                })
                .collect();
            let convert = |v: Vec<Constant_>| v.iter().map(super::convert_const).collect::<Vec<_>>();
            if tuple && pushed == 0 {
                self.load_const(Constant::Tuple(convert(values)));
            } else {
                let folded = if add == Opcode::SetAdd {
                    // A frozenset keeps one of equal elements.
                    Constant::FrozenSet(convert(super::fold::dedupe_set(values)))
                } else {
                    Constant::Tuple(convert(values))
                };
                self.addop_arg(build, pushed);
                self.load_const(folded);
                self.addop_arg(extend, 1);
                if tuple {
                    self.addop(Opcode::ListToTuple);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            self.addop_arg(if tuple { Opcode::BuildTuple } else { build }, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.addop_arg(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.addop_arg(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(value)?;
                self.addop_arg(extend, 1);
            } else {
                self.visit_expr(e)?;
                if built {
                    self.addop_arg(add, 1);
                }
            }
        }
        if tuple {
            self.addop(Opcode::ListToTuple);
        }
        Ok(())
    }

    /// `unpack_helper`: UNPACK_SEQUENCE, or UNPACK_EX around one starred target.
    fn unpack_helper(&mut self, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.addop_arg(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop_arg(Opcode::UnpackSequence, n as u32);
        }
        Ok(())
    }

    fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        self.unpack_helper(elts)?;
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    /// `compiler_subdict`: `{k: v, ...}` for entries `begin..end`.
    fn compile_subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let all_const = keys[begin..end].iter().all(|k| matches!(k, Some(Expr { kind: ExprKind::Constant { .. }, .. })));
        if n > 1 && !big && all_const {
            for v in &values[begin..end] {
                self.visit_expr(v)?;
            }
            let ks: Vec<Constant> = keys[begin..end]
                .iter()
                .map(|k| match k {
                    Some(Expr { kind: ExprKind::Constant { value, .. }, .. }) => super::convert_const(value),
                    _ => unreachable!(),
                })
                .collect();
            self.load_const(Constant::Tuple(ks));
            self.addop_arg(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.addop_arg(Opcode::BuildMap, 0);
        }
        for i in begin..end {
            self.visit_expr(keys[i].as_ref().expect("a key"))?;
            self.visit_expr(&values[i])?;
            if big {
                self.addop_arg(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.addop_arg(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.compile_subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop_arg(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop_arg(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop_arg(Opcode::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop_arg(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.addop_arg(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop_arg(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    fn compile_subscript(&mut self, value: &'a Expr, slice: &'a Expr, ctx: ExprContext) -> CResult {
        if ctx == ExprContext::Load {
            self.check_subscripter(value);
            self.check_index(value, slice);
        }
        let op = match ctx {
            ExprContext::Load => Opcode::BinarySubscr,
            ExprContext::Store => Opcode::StoreSubscr,
            ExprContext::Del => Opcode::DeleteSubscr,
        };
        self.visit_expr(value)?;
        self.visit_expr(slice)?;
        self.addop(op);
        Ok(())
    }

    /// `check_subscripter`: warn about subscripting a literal that is never subscriptable.
    fn check_subscripter(&mut self, e: &Expr) {
        let name = match &e.kind {
            ExprKind::Constant { value, .. } => match value {
                Constant_::None | Constant_::Ellipsis | Constant_::Int(_) | Constant_::BigInt(_) | Constant_::Bool(_)
                | Constant_::Float(_) | Constant_::Complex { .. } | Constant_::FrozenSet(_) => constant_type_name(value),
                _ => return,
            },
            ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
            ExprKind::GeneratorExp { .. } => "generator",
            ExprKind::Lambda { .. } => "function",
            _ => return,
        };
        self.warn(format!("'{name}' object is not subscriptable; perhaps you missed a comma?"));
    }

    /// `check_index`: warn about indexing a literal sequence with a non-integer literal.
    fn check_index(&mut self, e: &Expr, s: &Expr) {
        let Some(index_type) = infer_type(s) else { return };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let seq = match &e.kind {
            ExprKind::Constant { value, .. } => match value {
                Constant_::Str(_) | Constant_::Bytes(_) | Constant_::Tuple(_) => constant_type_name(value),
                _ => return,
            },
            ExprKind::Tuple { .. } => "tuple",
            ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
            ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
            _ => return,
        };
        self.warn(format!("{seq} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"));
    }

    fn compile_joined_str(&mut self, values: &'a [Expr]) -> CResult {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Constant::str(""));
            self.addop_name(Opcode::LoadMethod, "join");
            self.addop_arg(Opcode::BuildList, 0);
            for v in values {
                self.visit_expr(v)?;
                self.addop_arg(Opcode::ListAppend, 1);
            }
            self.addop_arg(Opcode::Call, 1);
        } else {
            for v in values {
                self.visit_expr(v)?;
            }
            if values.len() != 1 {
                self.addop_arg(Opcode::BuildString, values.len() as u32);
            }
        }
        Ok(())
    }
}

fn constant_type_name(c: &Constant_) -> &'static str {
    match c {
        Constant_::None => "NoneType",
        Constant_::Bool(_) => "bool",
        Constant_::Ellipsis => "ellipsis",
        Constant_::Int(_) | Constant_::BigInt(_) => "int",
        Constant_::Float(_) => "float",
        Constant_::Complex { .. } => "complex",
        Constant_::Str(_) => "str",
        Constant_::Bytes(_) => "bytes",
        Constant_::Tuple(_) => "tuple",
        Constant_::FrozenSet(_) => "frozenset",
    }
}

/// `infer_type`: the type of an expression known from its syntax alone.
pub(crate) fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => constant_type_name(value),
        _ => return None,
    })
}
