//! Calls. The runtime's protocol (CPython 3.11's, minus `PRECALL`):
//!
//! ```text
//! f(a, b=1)      PUSH_NULL  <f>  <a>  <1>  KW_NAMES ('b',)  CALL 2
//! o.m(a)         <o>  LOAD_METHOD m  <a>  CALL 1          (meth self | NULL attr)
//! f(*a, **k)     PUSH_NULL  <f>  <a as tuple>  <k as dict>  CALL_FUNCTION_EX 1
//! ```
//!
//! `PUSH_NULL` right before `LOAD_GLOBAL` is folded into the global's low bit by the
//! peephole pass (`flow.rs`).

use super::codegen_expr::{infer_type, STACK_USE_GUIDELINE};
use super::{CResult, Compiler, Constant};
use crate::ast::*;
use crate::symtable::def;
use taipan_runtime::bytecode::opcodes::Opcode;

impl<'a> Compiler<'a> {
    /// `validate_keywords`: no `__debug__=`, no keyword given twice.
    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            self.check_forbidden(arg, ExprContext::Store)?;
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(&**arg) {
                    self.set_loc(other.loc);
                    return Err(self.error(format!("keyword argument repeated: {arg}")));
                }
            }
        }
        Ok(())
    }

    /// `check_caller`: warn about calling a literal.
    fn check_caller(&mut self, e: &Expr) {
        let callable_literal = matches!(
            e.kind,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        );
        if callable_literal {
            let t = infer_type(e).expect("a literal's type");
            self.warn(format!("'{t}' object is not callable; perhaps you missed a comma?"));
        }
    }

    /// `is_import_originated`: is `e` a name the module binds by import?
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => self.st.scopes[0].flags(id) & def::IMPORT != 0,
            _ => false,
        }
    }

    /// `maybe_optimize_method_call`: `o.m(...)` without `*`/`**` as LOAD_METHOD + CALL.
    /// Returns false when the call does not qualify.
    fn maybe_optimize_method_call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<bool> {
        let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &func.kind else { return Ok(false) };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let (argsl, kwdsl) = (args.len(), keywords.len());
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. })) || keywords.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        self.visit_expr(value)?;
        self.set_loc(func.loc);
        self.update_start_location_to_match_attr(func);
        self.addop_name(Opcode::LoadMethod, attr);
        for a in args {
            self.visit_expr(a)?;
        }
        if kwdsl > 0 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.kw_names(keywords);
        }
        self.set_loc(e.loc);
        self.update_start_location_to_match_attr(func);
        self.addop_arg(Opcode::Call, (argsl + kwdsl) as u32);
        Ok(true)
    }

    /// `compiler_call`.
    pub(crate) fn compile_call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        if self.maybe_optimize_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(func);
        self.set_loc(func.loc);
        self.addop(Opcode::PushNull);
        self.set_loc(e.loc);
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `compiler_call_simple_kw_helper`: KW_NAMES with the keyword names.
    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = Constant::Tuple(keywords.iter().map(|k| Constant::str(k.arg.as_deref().expect("named"))).collect());
        let i = self.add_const(names);
        self.addop_arg(Opcode::KwNames, i);
    }

    /// `compiler_subkwargs`: keyword arguments `begin..end` as a dict.
    fn subkwargs(&mut self, keywords: &'a [Keyword], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in &keywords[begin..end] {
                self.visit_expr(&k.value)?;
            }
            let keys = Constant::Tuple(keywords[begin..end].iter().map(|k| Constant::str(k.arg.as_deref().expect("named"))).collect());
            self.load_const(keys);
            self.addop_arg(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.addop_noline(Opcode::BuildMap, 0);
        }
        for k in &keywords[begin..end] {
            self.load_const(Constant::str(k.arg.as_deref().expect("named")));
            self.visit_expr(&k.value)?;
            if big {
                self.addop_noline(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.addop_arg(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }

    /// `compiler_call_helper`: the arguments and the call, `n` arguments being
    /// already pushed (the class body function and name for `__build_class__`).
    pub(crate) fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        let (nelts, nkwelts) = (args.len(), keywords.len());
        let simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.visit_expr(a)?;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.addop_arg(Opcode::Call, n + (nelts + nkwelts) as u32);
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional arguments as one tuple...
        match args {
            [Expr { kind: ExprKind::Starred { value, .. }, .. }] if n == 0 => self.visit_expr(value)?,
            _ => self.starunpack_helper(args, n, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true)?,
        }
        // ...then keywords as one dict.
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.addop_arg(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop_arg(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.addop_arg(Opcode::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(keywords, nkwelts - nseen, nkwelts)?;
                if have_dict {
                    self.addop_arg(Opcode::DictMerge, 1);
                }
            }
        }
        self.addop_arg(Opcode::CallFunctionEx, u32::from(nkwelts > 0));
        Ok(())
    }
}
