//! Statements → instructions (CPython 3.11's `compiler_visit_stmt` and the functions it
//! calls): assignments, control flow, loops, `try`/`except`/`except*`/`finally`, `with`,
//! imports, `assert`, and the unwinding of frame blocks for `break`/`continue`/`return`.
//! Functions and classes are in `codegen_scope.rs`, `match` in `codegen_pattern.rs`.

use super::ir::BlockId;
use super::{CResult, Compiler, Constant, FBlock, FBlockDatum, FBlockKind, ScopeType};
use crate::ast::*;
use crate::symtable::BlockType;
use taipan_runtime::bytecode::opcodes::Opcode;

impl<'a> Compiler<'a> {
    pub(crate) fn visit_stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// `compiler_visit_stmt`.
    pub(crate) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        // Every statement starts at its own position.
        self.set_loc(s.loc);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.compile_function(s, f),
            StmtKind::ClassDef(c) => self.compile_class(s, c),
            StmtKind::Return { value } => self.compile_return(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.visit_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.addop_arg(Opcode::Copy, 1);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.compile_annassign(target, annotation, value.as_deref(), *simple)
            }
            StmtKind::For(f) if f.is_async => self.compile_async_for(f),
            StmtKind::For(f) => self.compile_for(f),
            StmtKind::While { test, body, orelse } => self.compile_while(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.addop_arg(Opcode::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try(t) if t.is_star => {
                if t.finalbody.is_empty() {
                    self.compile_try_star_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            StmtKind::Try(t) => {
                if t.finalbody.is_empty() {
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_deref()),
            StmtKind::Import { names } => self.compile_import(names),
            StmtKind::ImportFrom { module, names, level } => self.compile_from_import(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.compile_stmt_expr(value),
            StmtKind::Pass => {
                self.addop(Opcode::Nop);
                Ok(())
            }
            StmtKind::Break => self.compile_break(),
            StmtKind::Continue => self.compile_continue(),
            StmtKind::With { is_async: false, items, body, .. } => self.compile_with(s, items, body, 0),
            StmtKind::With { is_async: true, items, body, .. } => self.compile_async_with(s, items, body, 0),
        }
    }

    fn compile_stmt_expr(&mut self, value: &'a Expr) -> CResult {
        if self.interactive && self.nestlevel <= 1 {
            self.visit_expr(value)?;
            self.addop(Opcode::PrintExpr);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant { .. }) {
            // A constant statement only marks its line.
            self.addop(Opcode::Nop);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.unset_loc();
        self.addop(Opcode::PopTop);
        Ok(())
    }

    // ----- unwinding -----

    /// `compiler_call_exit_with_nones`: `__exit__(None, None, None)`.
    pub(crate) fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.addop_arg(Opcode::Call, 2);
    }

    /// `compiler_add_yield_from`: the SEND loop of `yield from` and `await`.
    pub(crate) fn add_yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.addop_jump(Opcode::Send, exit);
        self.use_next_block(resume);
        self.addop(Opcode::YieldValue);
        self.addop_arg(Opcode::Resume, if is_await { 3 } else { 2 });
        self.addop_jump(Opcode::JumpNoInterrupt, start);
        self.use_next_block(exit);
    }

    /// `compiler_pop_except_and_reraise`: `[exc_info, lasti, exc]` → re-raise.
    pub(crate) fn pop_except_and_reraise(&mut self) {
        self.addop_arg(Opcode::Copy, 3);
        self.addop(Opcode::PopExcept);
        self.addop_arg(Opcode::Reraise, 1);
    }

    /// `compiler_unwind_fblock`: leave one frame block on the way out of `break`,
    /// `continue` or `return`. With `preserve_tos`, the value on top survives.
    fn unwind_fblock(&mut self, info: FBlock<'a>, preserve_tos: bool) -> CResult {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                // Pop the iterator.
                if preserve_tos {
                    self.addop_arg(Opcode::Swap, 2);
                }
                self.addop(Opcode::PopTop);
            }
            FBlockKind::TryExcept => self.addop(Opcode::PopBlock),
            FBlockKind::FinallyTry => {
                // This POP_BLOCK has the position of the unwinding statement.
                self.addop(Opcode::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, FBlockDatum::None)?;
                }
                let FBlockDatum::Finally(body) = info.datum else { unreachable!("finally body") };
                self.visit_stmts(body)?;
                if preserve_tos {
                    self.pop_fblock(FBlockKind::PopValue);
                }
                // What follows should look like it runs after the finally block.
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.addop_arg(Opcode::Swap, 2);
                }
                self.addop(Opcode::PopTop); // exc_value
                if preserve_tos {
                    self.addop_arg(Opcode::Swap, 2);
                }
                self.addop(Opcode::PopBlock);
                self.addop(Opcode::PopExcept);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                let FBlockDatum::With(stmt) = info.datum else { unreachable!("with statement") };
                self.set_loc(stmt.loc);
                self.addop(Opcode::PopBlock);
                if preserve_tos {
                    self.addop_arg(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                if info.kind == FBlockKind::AsyncWith {
                    self.addop_arg(Opcode::GetAwaitable, 2);
                    self.load_const(Constant::None);
                    self.add_yield_from(true);
                }
                self.addop(Opcode::PopTop);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup => {
                let FBlockDatum::Name(name) = info.datum else { unreachable!("handler name") };
                if name.is_some() {
                    self.addop(Opcode::PopBlock);
                }
                if preserve_tos {
                    self.addop_arg(Opcode::Swap, 2);
                }
                self.addop(Opcode::PopBlock);
                self.addop(Opcode::PopExcept);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, ExprContext::Store)?;
                    self.nameop(n, ExprContext::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.addop_arg(Opcode::Swap, 2);
                }
                self.addop(Opcode::PopTop);
            }
        }
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: unwinds every frame block (or up to the innermost
    /// loop when `stop_at_loop`, returning it).
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(&top) = self.ur().fblocks.last() else { return Ok(None) };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block"));
        }
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(top, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, stop_at_loop)?;
        self.u().fblocks.push(top);
        Ok(r)
    }

    fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if self.ste().kind != BlockType::Function {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && self.ste().coroutine && self.ste().generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            self.visit_expr(value.expect("value"))?;
        } else if let Some(v) = value {
            // The constant's own line, for tracing.
            self.set_loc(v.loc);
            self.addop(Opcode::Nop);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            self.set_loc(s.loc);
            self.addop(Opcode::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None),
            Some(Expr { kind: ExprKind::Constant { value, .. }, .. }) => self.load_ast_const(value),
            Some(_) => {}
        }
        self.addop(Opcode::ReturnValue);
        Ok(())
    }

    fn compile_break(&mut self) -> CResult {
        let saved = self.ur().loc;
        self.addop(Opcode::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(lp, false)?;
        self.addop_jump(Opcode::Jump, lp.exit.expect("loop exit"));
        Ok(())
    }

    fn compile_continue(&mut self) -> CResult {
        let saved = self.ur().loc;
        self.addop(Opcode::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'continue' not properly in loop"));
        };
        self.addop_jump(Opcode::Jump, lp.block.expect("loop start"));
        Ok(())
    }

    // ----- control flow -----

    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_block();
        let next = if orelse.is_empty() { end } else { self.new_block() };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if !orelse.is_empty() {
            self.addop_jump_noline(Opcode::Jump, end);
            self.use_next_block(next);
            self.visit_stmts(orelse)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a For) -> CResult {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), FBlockDatum::None)?;
        self.visit_expr(&f.iter)?;
        self.addop(Opcode::GetIter);
        self.use_next_block(start);
        self.addop_jump(Opcode::ForIter, cleanup);
        self.use_next_block(body);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        // The jump back is artificial.
        self.unset_loc();
        self.addop_jump(Opcode::Jump, start);
        self.use_next_block(cleanup);
        self.pop_fblock(FBlockKind::ForLoop);
        self.visit_stmts(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    pub(crate) fn is_top_level_await(&self) -> bool {
        // taipan never compiles with PyCF_ALLOW_TOP_LEVEL_AWAIT (the asyncio REPL flag).
        false
    }

    fn compile_async_for(&mut self, f: &'a For) -> CResult {
        if self.is_top_level_await() {
            let ste = self.ur().ste;
            self.st.scopes[ste].coroutine = true;
        } else if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(&f.iter)?;
        self.addop(Opcode::GetAiter);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), FBlockDatum::None)?;
        // SETUP_FINALLY guards the __anext__ call.
        self.addop_jump(Opcode::SetupFinally, except);
        self.addop(Opcode::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop(Opcode::PopBlock);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.unset_loc();
        self.addop_jump(Opcode::Jump, start);
        self.pop_fblock(FBlockKind::ForLoop);
        self.use_next_block(except);
        // END_ASYNC_FOR follows the `for`, so it takes the iterable's position.
        self.set_loc(f.iter.loc);
        self.addop(Opcode::EndAsyncFor);
        self.visit_stmts(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn compile_while(&mut self, s: &'a Stmt, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let lp = self.new_block();
        let body_b = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, Some(lp), Some(end), FBlockDatum::None)?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_b);
        self.visit_stmts(body)?;
        self.set_loc(s.loc);
        self.jump_if(test, body_b, true)?;
        self.pop_fblock(FBlockKind::WhileLoop);
        self.use_next_block(anchor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    // ----- try -----

    /// `compiler_try_finally` (and `compiler_try_star_finally`, identical but for the
    /// inner handler compiler).
    fn compile_try_finally(&mut self, t: &'a Try) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        // `try` block
        self.addop_jump(Opcode::SetupFinally, end);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::FinallyTry, Some(body), Some(end), FBlockDatum::Finally(&t.finalbody))?;
        if !t.handlers.is_empty() {
            if t.is_star {
                self.compile_try_star_except(t)?;
            } else {
                self.compile_try_except(t)?;
            }
        } else {
            self.visit_stmts(&t.body)?;
        }
        self.addop_noline(Opcode::PopBlock, 0);
        self.pop_fblock(FBlockKind::FinallyTry);
        self.visit_stmts(&t.finalbody)?;
        self.addop_jump_noline(Opcode::Jump, exit);
        // `finally` block
        self.use_next_block(end);
        self.unset_loc();
        self.addop_jump(Opcode::SetupCleanup, cleanup);
        self.addop(Opcode::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None, FBlockDatum::None)?;
        self.visit_stmts(&t.finalbody)?;
        self.pop_fblock(FBlockKind::FinallyEnd);
        self.addop_arg(Opcode::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    /// `compiler_try_except`.
    fn compile_try_except(&mut self, t: &'a Try) -> CResult {
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.addop_jump(Opcode::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FBlockDatum::None)?;
        self.visit_stmts(&t.body)?;
        self.pop_fblock(FBlockKind::TryExcept);
        self.addop_noline(Opcode::PopBlock, 0);
        self.visit_stmts(&t.orelse)?;
        self.addop_jump_noline(Opcode::Jump, end);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.addop_jump(Opcode::SetupCleanup, cleanup);
        self.addop(Opcode::PushExcInfo);
        // The runtime pushes the exception here.
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, FBlockDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.addop(Opcode::CheckExcMatch);
                self.addop_jump(Opcode::PopJumpIfFalse, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, ExprContext::Store)?;
                // try: body finally: name = None; del name
                self.addop_jump(Opcode::SetupCleanup, cleanup_end);
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, Some(cleanup_body), None, FBlockDatum::Name(Some(name)))?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock(FBlockKind::HandlerCleanup);
                self.unset_loc();
                self.addop(Opcode::PopBlock);
                self.addop(Opcode::PopBlock);
                self.addop(Opcode::PopExcept);
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.addop_jump(Opcode::Jump, end);
                // except:
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.addop_arg(Opcode::Reraise, 1);
            } else {
                let cleanup_body = self.new_block();
                self.addop(Opcode::PopTop); // exc_value
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, Some(cleanup_body), None, FBlockDatum::Name(None))?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock(FBlockKind::HandlerCleanup);
                self.unset_loc();
                self.addop(Opcode::PopBlock);
                self.addop(Opcode::PopExcept);
                self.addop_jump(Opcode::Jump, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock(FBlockKind::ExceptionHandler);
        self.addop_arg(Opcode::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_try_star_except`: each `except*` splits the group with
    /// CHECK_EG_MATCH; what the handlers raise or leave is re-raised as one group by
    /// PREP_RERAISE_STAR.
    fn compile_try_star_except(&mut self, t: &'a Try) -> CResult {
        let body = self.new_block();
        let except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.addop_jump(Opcode::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FBlockDatum::None)?;
        self.visit_stmts(&t.body)?;
        self.pop_fblock(FBlockKind::TryExcept);
        self.addop_noline(Opcode::PopBlock, 0);
        self.addop_jump_noline(Opcode::Jump, orelse);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.addop_jump(Opcode::SetupCleanup, cleanup);
        self.addop(Opcode::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None, FBlockDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.loc);
            let next_except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                // [exc] → [orig, [], exc]
                self.addop_arg(Opcode::Copy, 1);
                self.addop_arg(Opcode::BuildList, 0);
                self.addop_arg(Opcode::Swap, 2);
            }
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.addop(Opcode::CheckEgMatch);
                self.addop_arg(Opcode::Copy, 1);
                self.addop_jump(Opcode::PopJumpIfNone, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store)?,
                None => self.addop(Opcode::PopTop), // match
            }
            self.addop_jump(Opcode::SetupCleanup, cleanup_end);
            self.use_next_block(cleanup_body);
            self.push_fblock(FBlockKind::HandlerCleanup, Some(cleanup_body), None, FBlockDatum::Name(h.name.as_deref()))?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock(FBlockKind::HandlerCleanup);
            self.unset_loc();
            self.addop(Opcode::PopBlock);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.addop_jump(Opcode::Jump, next_except);
            // except:
            self.use_next_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            // Add the exception raised to the result list.
            self.addop_arg(Opcode::ListAppend, 3);
            self.addop(Opcode::PopTop); // lasti
            self.addop_jump(Opcode::Jump, except_with_error);
            self.use_next_block(next_except);
            self.addop(Opcode::Nop); // holds a propagated location
            self.addop_jump(Opcode::Jump, except_with_error);
            self.use_next_block(no_match);
            self.addop(Opcode::PopTop); // match (None)
            self.use_next_block(except_with_error);
            if i + 1 == n {
                // The unhandled part of the group (or None).
                self.addop_arg(Opcode::ListAppend, 1);
                self.addop_jump(Opcode::Jump, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock(FBlockKind::ExceptionGroupHandler);
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.addop(Opcode::PrepReraiseStar);
        self.addop_arg(Opcode::Copy, 1);
        self.addop_jump(Opcode::PopJumpIfNotNone, reraise);
        // Nothing to re-raise.
        self.addop(Opcode::PopTop);
        self.addop(Opcode::PopBlock);
        self.addop(Opcode::PopExcept);
        self.addop_jump(Opcode::Jump, end);
        self.use_next_block(reraise);
        self.addop(Opcode::PopBlock);
        self.addop_arg(Opcode::Swap, 2);
        self.addop(Opcode::PopExcept);
        self.addop_arg(Opcode::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse);
        self.visit_stmts(&t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    // ----- with -----

    /// `compiler_with_except_finish`: after `__exit__` returned, swallow or re-raise.
    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let exit = self.new_block();
        self.addop_jump(Opcode::PopJumpIfTrue, exit);
        self.addop_arg(Opcode::Reraise, 2);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        self.addop(Opcode::PopTop); // exc_value
        self.addop(Opcode::PopBlock);
        self.addop(Opcode::PopExcept);
        self.addop(Opcode::PopTop);
        self.addop(Opcode::PopTop);
    }

    fn compile_with(&mut self, s: &'a Stmt, items: &'a [WithItem], body: &'a [Stmt], pos: usize) -> CResult {
        let item = &items[pos];
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        // Pushes the bound __exit__ and the __enter__ result.
        self.addop(Opcode::BeforeWith);
        self.addop_jump(Opcode::SetupWith, final_);
        self.use_next_block(block);
        self.push_fblock(FBlockKind::With, Some(block), Some(final_), FBlockDatum::With(s))?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Opcode::PopTop),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.compile_with(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.addop(Opcode::PopBlock);
        self.pop_fblock(FBlockKind::With);
        // Normal exit: __exit__(None, None, None).
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        self.addop(Opcode::PopTop);
        self.addop_jump(Opcode::Jump, exit);
        // Exceptional exit.
        self.use_next_block(final_);
        self.addop_jump(Opcode::SetupCleanup, cleanup);
        self.addop(Opcode::PushExcInfo);
        self.addop(Opcode::WithExceptStart);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    fn compile_async_with(&mut self, s: &'a Stmt, items: &'a [WithItem], body: &'a [Stmt], pos: usize) -> CResult {
        let item = &items[pos];
        if self.is_top_level_await() {
            let ste = self.ur().ste;
            self.st.scopes[ste].coroutine = true;
        } else if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.addop(Opcode::BeforeAsyncWith);
        self.addop_arg(Opcode::GetAwaitable, 1);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop_jump(Opcode::SetupWith, final_);
        self.use_next_block(block);
        self.push_fblock(FBlockKind::AsyncWith, Some(block), Some(final_), FBlockDatum::With(s))?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Opcode::PopTop),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.compile_async_with(s, items, body, pos + 1)?;
        }
        self.pop_fblock(FBlockKind::AsyncWith);
        self.addop(Opcode::PopBlock);
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        self.addop_arg(Opcode::GetAwaitable, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop(Opcode::PopTop);
        self.addop_jump(Opcode::Jump, exit);
        self.use_next_block(final_);
        self.addop_jump(Opcode::SetupCleanup, cleanup);
        self.addop(Opcode::PushExcInfo);
        self.addop(Opcode::WithExceptStart);
        self.addop_arg(Opcode::GetAwaitable, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    // ----- assignments -----

    fn compile_augassign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.visit_expr(obj)?;
                self.addop_arg(Opcode::Copy, 1);
                self.update_start_location_to_match_attr(target);
                self.addop_name(Opcode::LoadAttr, attr);
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.addop_arg(Opcode::Copy, 2);
                self.addop_arg(Opcode::Copy, 2);
                self.addop(Opcode::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => unreachable!("the parser only allows names, attributes and subscripts"),
        }
        self.u().loc = saved;
        self.visit_expr(value)?;
        self.addop_arg(Opcode::BinaryOp, binop_arg(op) + 13);
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.update_start_location_to_match_attr(target);
                self.addop_arg(Opcode::Swap, 2);
                self.addop_name(Opcode::StoreAttr, attr);
            }
            ExprKind::Subscript { .. } => {
                self.addop_arg(Opcode::Swap, 3);
                self.addop_arg(Opcode::Swap, 2);
                self.addop(Opcode::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => unreachable!(),
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.addop(Opcode::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn compile_annassign(&mut self, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>, simple: bool) -> CResult {
        let future_annotations = self.future.features & super::CO_FUTURE_ANNOTATIONS != 0;
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let module_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.check_forbidden(id, ExprContext::Store)?;
                // A simple name in a module or class: store the annotation.
                if simple && module_or_class {
                    if future_annotations {
                        self.visit_annexpr(annotation);
                    } else {
                        self.visit_expr(annotation)?;
                    }
                    self.addop_name(Opcode::LoadName, "__annotations__");
                    let m = crate::symtable::mangle(self.ur().private.as_deref(), id);
                    self.load_const(Constant::str(&m));
                    self.addop(Opcode::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.check_forbidden(attr, ExprContext::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => unreachable!("annotated targets are names, attributes and subscripts"),
        }
        // The annotation is evaluated last (and only in modules and classes).
        if !simple && !future_annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    // ----- assert, imports -----

    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        // A non-empty tuple is always true.
        let always_true = match &test.kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            ExprKind::Constant { value: crate::ast::Constant::Tuple(t), .. } => !t.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn("assertion is always true, perhaps remove parentheses?");
        }
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_block();
        self.jump_if(test, end, true)?;
        self.addop(Opcode::LoadAssertionError);
        if let Some(m) = msg {
            self.visit_expr(m)?;
            self.addop_arg(Opcode::Call, 0);
        }
        // 3.11.7 raises at whatever position is current (3.11.8 later moved it to the
        // test); python3 3.11.7 is the reference.
        self.addop_arg(Opcode::RaiseVarargs, 1);
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_import_as`: `import a.b.c as d` binds the innermost module.
    fn import_as(&mut self, name: &str, asname: &str) -> CResult {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if !attrs.is_empty() {
            for (i, attr) in attrs.iter().enumerate() {
                let idx = self.u().names.add(attr);
                self.addop_arg(Opcode::ImportFrom, idx);
                if i + 1 < attrs.len() {
                    self.addop_arg(Opcode::Swap, 2);
                    self.addop(Opcode::PopTop);
                }
            }
            self.nameop(asname, ExprContext::Store)?;
            self.addop(Opcode::PopTop);
            return Ok(());
        }
        self.nameop(asname, ExprContext::Store)
    }

    fn compile_import(&mut self, names: &'a [Alias]) -> CResult {
        for a in names {
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            self.addop_name(Opcode::ImportName, &a.name);
            match &a.asname {
                Some(asname) => self.import_as(&a.name, asname)?,
                None => {
                    let top = a.name.split('.').next().unwrap_or(&a.name);
                    self.nameop(top, ExprContext::Store)?;
                }
            }
        }
        Ok(())
    }

    fn compile_from_import(&mut self, s: &'a Stmt, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult {
        self.load_const(Constant::Int(level as i64));
        let tuple = Constant::Tuple(names.iter().map(|a| Constant::str(&a.name)).collect());
        if s.loc.lineno as i32 > self.future.lineno && module == Some("__future__") {
            return Err(self.error("from __future__ imports must occur at the beginning of the file"));
        }
        self.load_const(tuple);
        self.addop_name(Opcode::ImportName, module.unwrap_or(""));
        for (i, a) in names.iter().enumerate() {
            if i == 0 && a.name.starts_with('*') {
                self.addop(Opcode::ImportStar);
                return Ok(());
            }
            self.addop_name(Opcode::ImportFrom, &a.name);
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, ExprContext::Store)?;
        }
        // Remove the imported module.
        self.addop(Opcode::PopTop);
        Ok(())
    }
}

/// `BINARY_OP`'s argument for an operator (CPython's `NB_*` numbering; add 13 for the
/// in-place form).
pub(crate) fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}
