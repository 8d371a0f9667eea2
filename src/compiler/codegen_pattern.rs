//! `match` statements (PEP 634), as CPython 3.11's `compiler_match` and
//! `compiler_pattern_*` compile them.
//!
//! Every pattern routine consumes the subject on top of the stack and, on failure,
//! jumps to `fail_pop[n]`, a chain of blocks popping `n` items (what the pattern keeps
//! on top, `on_top`, plus the captured values stored so far). Captured values are kept
//! on the stack, under the items in use, until the whole pattern has matched; only then
//! are the names bound, so a failed match binds nothing.

use super::ir::BlockId;
use super::{CResult, Compiler, Constant};
use crate::ast::*;
use taipan_runtime::bytecode::opcodes::Opcode;

pub(crate) struct PatternContext {
    /// Names captured so far, in stack order.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` items, then falls through to `fail_pop[i - 1]`.
    fail_pop: Vec<BlockId>,
    /// Items above the captures that failure must pop.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.addop_jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_next_block(pc.fail_pop[i]);
            self.addop(Opcode::PopTop);
        }
        self.use_next_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Emulates 3.10's ROT_N with SWAPs.
    fn pattern_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.addop_arg(Opcode::Swap, count as u32);
            count -= 1;
        }
    }

    fn pattern_store_name(&mut self, name: Option<&str>, pc: &mut PatternContext) -> CResult {
        let Some(n) = name else {
            self.addop(Opcode::PopTop);
            return Ok(());
        };
        self.check_forbidden(n, ExprContext::Store)?;
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern")));
        }
        // Rotate the value under the items still in use.
        self.pattern_rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_owned());
        Ok(())
    }

    fn pattern_unpack_helper(&mut self, elts: &[Pattern]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, p) in elts.iter().enumerate() {
            if matches!(p.kind, PatternKind::MatchStar { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in sequence pattern"));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking sequence pattern"));
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

    fn pattern_sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        self.pattern_unpack_helper(patterns)?;
        pc.on_top += patterns.len();
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// Like `pattern_sequence_unpack`, with BINARY_SUBSCR for `[a, *_, b]` shapes.
    fn pattern_sequence_subscr(&mut self, patterns: &'a [Pattern], star: usize, pc: &mut PatternContext) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.addop_arg(Opcode::Copy, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                // The subject may not support negative indexes.
                self.addop(Opcode::GetLen);
                self.load_const(Constant::Int((size - i) as i64));
                self.addop_arg(Opcode::BinaryOp, super::codegen_stmt::binop_arg(Operator::Sub));
            }
            self.addop(Opcode::BinarySubscr);
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.addop(Opcode::PopTop);
        Ok(())
    }

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.set_loc(p.loc);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if !matches!(value.kind, ExprKind::Constant { .. } | ExprKind::Attribute { .. }) {
                    return Err(self.error("patterns may only match literals and attribute lookups"));
                }
                self.visit_expr(value)?;
                self.addop_arg(Opcode::CompareOp, 2);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_ast_const(value);
                self.addop_arg(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => self.pattern_mapping(p, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?
            }
            PatternKind::MatchStar { name } => self.pattern_store_name(name.as_deref(), pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(match name {
                            Some(n) => self.error(format!("name capture '{n}' makes remaining patterns unreachable")),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        });
                    }
                    self.pattern_store_name(name.as_deref(), pc)?;
                }
                Some(inner) => {
                    // Keep a copy to store on success.
                    pc.on_top += 1;
                    self.addop_arg(Opcode::Copy, 1);
                    self.compile_pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(name.as_deref(), pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let (nargs, nattrs) = (patterns.len(), kwd_attrs.len());
        if nattrs != kwd_patterns.len() {
            return Err(self.error(format!("kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern", kwd_patterns.len())));
        }
        if nattrs > 0 {
            // Errors point at the pattern: the parser keeps no node for the name.
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.set_loc(kwd_patterns[i].loc);
                self.check_forbidden(attr, ExprContext::Store)?;
                for (j, other) in kwd_attrs.iter().enumerate().skip(i + 1) {
                    if attr == other {
                        self.set_loc(kwd_patterns[j].loc);
                        return Err(self.error(format!("attribute name repeated in class pattern: {attr}")));
                    }
                }
            }
            self.set_loc(p.loc);
        }
        self.visit_expr(cls)?;
        self.load_const(Constant::Tuple(kwd_attrs.iter().map(|a| Constant::str(a)).collect()));
        self.addop_arg(Opcode::MatchClass, nargs as u32);
        self.addop_arg(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.addop_arg(Opcode::IsOp, 1);
        // On top: a tuple of the (nargs + nattrs) attributes, or None.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.addop_arg(Opcode::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs - 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.addop(Opcode::PopTop);
                continue;
            }
            self.pattern_subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, _p: &'a Pattern, keys: &'a [Expr], patterns: &'a [Pattern], rest: Option<&'a str>, pc: &mut PatternContext) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!("keys ({size}) / patterns ({}) length mismatch in mapping pattern", patterns.len())));
        }
        // The subject stays on top during the checks.
        pc.on_top += 1;
        self.addop(Opcode::MatchMapping);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}`: done.
            pc.on_top -= 1;
            self.addop(Opcode::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.addop(Opcode::GetLen);
            self.load_const(Constant::Int(size as i64));
            self.addop_arg(Opcode::CompareOp, 5);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        // Keys are literals or attribute lookups; literal keys must be unique.
        let mut seen: Vec<&crate::ast::Constant> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Constant { value, .. } => {
                    if seen.iter().any(|s| const_eq(s, value)) {
                        return Err(self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            crate::ast::dump::constant_repr(value)
                        )));
                    }
                    seen.push(value);
                }
                ExprKind::Attribute { .. } => {}
                _ => return Err(self.error("mapping pattern keys may only match literals and attribute lookups")),
            }
            self.visit_expr(key)?;
        }
        self.addop_arg(Opcode::BuildTuple, size as u32);
        self.addop(Opcode::MatchKeys);
        // Keys tuple and values tuple (or None) are now on top of the subject.
        pc.on_top += 2;
        self.addop_arg(Opcode::Copy, 1);
        self.load_const(Constant::None);
        self.addop_arg(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.addop_arg(Opcode::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(q, pc)?;
        }
        // A match: consume the keys tuple and the subject.
        pc.on_top -= 2;
        if let Some(r) = rest {
            // rest = dict(subject), minus the matched keys.
            self.addop_arg(Opcode::BuildMap, 0);
            self.addop_arg(Opcode::Swap, 3);
            self.addop_arg(Opcode::DictUpdate, 2);
            self.addop_arg(Opcode::UnpackSequence, size as u32);
            let mut n = size;
            while n > 0 {
                self.addop_arg(Opcode::Copy, 1 + n as u32);
                n -= 1;
                self.addop_arg(Opcode::Swap, 2);
                self.addop(Opcode::DeleteSubscr);
            }
            self.pattern_store_name(Some(r), pc)?;
        } else {
            self.addop(Opcode::PopTop); // keys
            self.addop(Opcode::PopTop); // subject
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let end = self.new_block();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        // The names the first alternative binds: the others must bind the same ones,
        // and their values are reordered to match.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.loc);
            pc.stores = Vec::new();
            // Only the last alternative may be irrefutable.
            pc.allow_irrefutable = i + 1 == alts.len() && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop_arg(Opcode::Copy, 1);
            self.compile_pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if nstores != ctrl.len() => return Err(self.error("alternative patterns bind different names")),
                Some(ctrl) => {
                    for icontrol in (0..nstores).rev() {
                        let name = &ctrl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            // Move the value to where the first alternative had it.
                            debug_assert!(istores < icontrol);
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.pattern_rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.addop_jump(Opcode::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the copy of the subject and fail.
        self.addop(Opcode::PopTop);
        self.jump_to_fail_pop(pc, Opcode::Jump);
        self.use_next_block(end);
        let control = control.expect("at least two alternatives");
        // Rotate each capture under the earlier captures, the subject copy and whatever
        // else is on top.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.addop(Opcode::PopTop);
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_wildcard_star(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the checks.
        pc.on_top += 1;
        self.addop(Opcode::MatchSequence);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        match star {
            None => {
                self.addop(Opcode::GetLen);
                self.load_const(Constant::Int(size as i64));
                self.addop_arg(Opcode::CompareOp, 2);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.addop(Opcode::GetLen);
                self.load_const(Constant::Int(size as i64 - 1));
                self.addop_arg(Opcode::CompareOp, 5);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop(Opcode::PopTop);
        } else if star_wildcard {
            self.pattern_sequence_subscr(patterns, star.expect("star"), pc)?;
        } else {
            self.pattern_sequence_unpack(patterns, pc)?;
        }
        Ok(())
    }

    /// `compiler_match`.
    pub(crate) fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_block();
        let ncases = cases.len();
        let last = &cases[ncases - 1];
        let has_default = is_wildcard(&last.pattern) && ncases > 1;
        let mut pc = PatternContext { stores: Vec::new(), allow_irrefutable: false, fail_pop: Vec::new(), on_top: 0 };
        for (i, m) in cases[..ncases - usize::from(has_default)].iter().enumerate() {
            self.set_loc(m.pattern.loc);
            let not_last = i + 1 != ncases - usize::from(has_default);
            // Keep the subject for the next case.
            if not_last {
                self.addop_arg(Opcode::Copy, 1);
            }
            pc.stores = Vec::new();
            // Irrefutable cases must be guarded, last, or both.
            pc.allow_irrefutable = m.guard.is_some() || i + 1 == ncases;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.compile_pattern(&m.pattern, &mut pc)?;
            // A match: bind the captured names, in order.
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ExprContext::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(g, fail, false)?;
            }
            if not_last {
                self.addop(Opcode::PopTop);
            }
            self.visit_stmts(&m.body)?;
            self.unset_loc();
            self.addop_jump(Opcode::Jump, end);
            // A failed match's cleanup belongs to its pattern, not the body's last line.
            self.set_loc(m.pattern.loc);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_loc(last.pattern.loc);
            if ncases == 1 {
                self.addop(Opcode::PopTop);
            } else {
                // The default case's line, for tracing.
                self.addop(Opcode::Nop);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_stmts(&last.body)?;
            self.unset_loc();
        }
        self.use_next_block(end);
        Ok(())
    }
}

/// Equality of literal mapping keys (`PySet_Contains` on the values).
fn const_eq(a: &crate::ast::Constant, b: &crate::ast::Constant) -> bool {
    use crate::ast::Constant as C;
    match (a, b) {
        (C::Str(x), C::Str(y)) | (C::Bytes(x), C::Bytes(y)) => x == y,
        (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
        _ => {
            let num = |c: &C| -> Option<(f64, f64, Option<i128>)> {
                match c {
                    C::Bool(b) => Some((*b as i64 as f64, 0.0, Some(*b as i128))),
                    C::Int(i) => Some((*i as f64, 0.0, Some(*i as i128))),
                    C::Float(f) => Some((*f, 0.0, None)),
                    C::Complex { real, imag } => Some((*real, *imag, None)),
                    _ => None,
                }
            };
            match (num(a), num(b)) {
                (Some((_, _, Some(x))), Some((_, _, Some(y)))) => x == y,
                (Some((ar, ai, _)), Some((br, bi, _))) => ar == br && ai == bi,
                _ => matches!((a, b), (C::BigInt(x), C::BigInt(y)) if x == y),
            }
        }
    }
}
