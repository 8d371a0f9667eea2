//! Constructs that compile a nested code object and make a function of it: `def`,
//! `class`, `lambda` and comprehensions (CPython 3.11's `compiler_function`,
//! `compiler_class`, `compiler_lambda`, `compiler_comprehension`, `compiler_make_closure`).
//!
//! MAKE_FUNCTION's argument says what sits below the code object: 1 defaults tuple,
//! 2 keyword-only defaults dict, 4 annotations tuple (name, value pairs), 8 closure tuple.

use super::ir::BlockId;
use super::{CResult, CodeUnit, Compiler, Constant, FBlockDatum, FBlockKind, ScopeType, CO_FUTURE_ANNOTATIONS};
use crate::ast::*;
use crate::symtable::{self, node_key, Scope};
use taipan_runtime::bytecode::opcodes::{local_kind, Opcode};

/// Which comprehension is being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    GenExp,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    /// `compiler_make_closure`: LOAD_CLOSURE for each free variable of `code` (a tuple
    /// of cells), then the code object and MAKE_FUNCTION.
    fn make_closure(&mut self, code: CodeUnit, mut flags: u32) -> CResult {
        let frees: Vec<String> = code
            .localsplusnames
            .iter()
            .zip(&code.localspluskinds)
            .filter(|(_, &k)| k & local_kind::FREE != 0)
            .map(|(n, _)| n.clone())
            .collect();
        if !frees.is_empty() {
            for name in &frees {
                // A class binding a name that a method also uses as a free variable
                // reaches the method's cell, not the class's own binding.
                let scope = match self.ref_type(name) {
                    Some(Scope::Cell) => Scope::Cell,
                    _ => Scope::Free,
                };
                let i = self.deref_index(name, scope);
                self.addop_arg(Opcode::LoadClosure, i);
            }
            flags |= 8;
            self.addop_arg(Opcode::BuildTuple, frees.len() as u32);
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.addop_arg(Opcode::MakeFunction, flags);
        Ok(())
    }

    fn visit_decorators(&mut self, decos: &'a [Expr]) -> CResult {
        for d in decos {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    /// `compiler_apply_decorators`: innermost first, each call at its decorator.
    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        let saved = self.ur().loc;
        for d in decos.iter().rev() {
            self.set_loc(d.loc);
            self.addop_arg(Opcode::Call, 0);
        }
        self.u().loc = saved;
    }

    /// `compiler_visit_kwonlydefaults`: a dict of keyword-only defaults; false if none.
    fn visit_kwonlydefaults(&mut self, kwonlyargs: &'a [Arg], kw_defaults: &'a [Option<Expr>]) -> CResult<bool> {
        let mut keys = Vec::new();
        for (arg, default) in kwonlyargs.iter().zip(kw_defaults) {
            if let Some(d) = default {
                keys.push(Constant::str(&symtable::mangle(self.ur().private.as_deref(), &arg.arg)));
                self.visit_expr(d)?;
            }
        }
        if keys.is_empty() {
            return Ok(false);
        }
        let n = keys.len() as u32;
        self.load_const(Constant::Tuple(keys));
        self.addop_arg(Opcode::BuildConstKeyMap, n);
        Ok(true)
    }

    /// `compiler_visit_annexpr`: under future annotations, the annotation's source text.
    pub(crate) fn visit_annexpr(&mut self, annotation: &Expr) {
        let text = super::unparse::expr_as_unicode(annotation);
        self.load_const(Constant::Str(text.into()));
    }

    fn visit_argannotation(&mut self, id: &str, annotation: Option<&'a Expr>, len: &mut u32) -> CResult {
        let Some(ann) = annotation else { return Ok(()) };
        let m = symtable::mangle(self.ur().private.as_deref(), id);
        self.load_const(Constant::str(&m));
        if self.future.features & CO_FUTURE_ANNOTATIONS != 0 {
            self.visit_annexpr(ann);
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            // `*args: *Ts`: [annotation] = [*Ts].
            self.visit_expr(value)?;
            self.addop_arg(Opcode::UnpackSequence, 1);
        } else {
            self.visit_expr(ann)?;
        }
        *len += 2;
        Ok(())
    }

    /// `compiler_visit_annotations`: (name, value) pairs as one tuple; false if none.
    fn visit_annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut len = 0;
        for a in &args.args {
            self.visit_argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        for a in &args.posonlyargs {
            self.visit_argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        if let Some(v) = &args.vararg {
            self.visit_argannotation(&v.arg, v.annotation.as_deref(), &mut len)?;
        }
        for a in &args.kwonlyargs {
            self.visit_argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        if let Some(k) = &args.kwarg {
            self.visit_argannotation(&k.arg, k.annotation.as_deref(), &mut len)?;
        }
        self.visit_argannotation("return", returns, &mut len)?;
        if len > 0 {
            self.addop_arg(Opcode::BuildTuple, len);
            return Ok(true);
        }
        Ok(false)
    }

    /// `compiler_default_arguments`: MAKE_FUNCTION flags 1 and 2.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.addop_arg(Opcode::BuildTuple, args.defaults.len() as u32);
            flags |= 1;
        }
        if !args.kwonlyargs.is_empty() && self.visit_kwonlydefaults(&args.kwonlyargs, &args.kw_defaults)? {
            flags |= 2;
        }
        Ok(flags)
    }

    /// `compiler_check_debug_args`: no parameter may be named `__debug__`.
    fn check_debug_args(&self, args: &Arguments) -> CResult {
        let all = args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_deref()).chain(&args.kwonlyargs).chain(args.kwarg.as_deref());
        for a in all {
            self.check_forbidden(&a.arg, ExprContext::Store)?;
        }
        Ok(())
    }

    /// `compiler_function`.
    pub(crate) fn compile_function(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        let scope_type = if f.is_async { ScopeType::AsyncFunction } else { ScopeType::Function };
        self.check_debug_args(&f.args)?;
        self.visit_decorators(&f.decorator_list)?;
        let firstlineno = f.decorator_list.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let mut flags = self.default_arguments(&f.args)?;
        if self.visit_annotations(&f.args, f.returns.as_ref())? {
            flags |= 4;
        }
        self.enter_scope(&f.name, scope_type, node_key(s), firstlineno)?;
        let doc = if self.optimize < 2 { super::fold::docstring(&f.body) } else { None };
        match doc {
            Some(Expr { kind: ExprKind::Constant { value, .. }, .. }) => {
                self.add_const(super::convert_const(value));
            }
            _ => {
                self.add_const(Constant::None);
            }
        }
        let u = self.u();
        u.argcount = f.args.args.len() as u32;
        u.posonlyargcount = f.args.posonlyargs.len() as u32;
        u.kwonlyargcount = f.args.kwonlyargs.len() as u32;
        let body = if doc.is_some() { &f.body[1..] } else { &f.body[..] };
        for st in body {
            self.visit_stmt(st)?;
        }
        let code = self.assemble(true)?;
        self.exit_scope();
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, ExprContext::Store)
    }

    /// `compiler_class`: `name = __build_class__(<body function>, 'name', *bases, **kw)`.
    pub(crate) fn compile_class(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        self.visit_decorators(&c.decorator_list)?;
        let firstlineno = c.decorator_list.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        self.enter_scope(&c.name, ScopeType::Class, node_key(s), firstlineno)?;
        self.u().private = Some(c.name.to_string());
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let q = self.ur().qualname.clone();
        self.load_const(Constant::str(&q));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.compile_body(&c.body)?;
        // The rest is artificial.
        self.unset_loc();
        if self.ste().needs_class_closure {
            // Store the __class__ cell as __classcell__ and return it.
            let i = self.ur().cellvars.get("__class__").expect("the class cell");
            self.addop_arg(Opcode::LoadClosure, i);
            self.addop_arg(Opcode::Copy, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.addop(Opcode::ReturnValue);
        let code = self.assemble(true)?;
        self.exit_scope();
        self.addop(Opcode::PushNull);
        self.addop(Opcode::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::str(&c.name));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.nameop(&c.name, ExprContext::Store)
    }

    /// `compiler_lambda`.
    pub(crate) fn compile_lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        self.check_debug_args(args)?;
        let flags = self.default_arguments(args)?;
        self.enter_scope("<lambda>", ScopeType::Lambda, node_key(e), e.loc.lineno)?;
        // None first, so a lambda never has a docstring.
        self.add_const(Constant::None);
        let u = self.u();
        u.argcount = args.args.len() as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        self.visit_expr(body)?;
        let code = if self.ste().generator {
            self.assemble(false)?
        } else {
            self.addop(Opcode::ReturnValue);
            self.assemble(true)?
        };
        self.exit_scope();
        self.make_closure(code, flags)
    }

    // ----- comprehensions -----

    fn comprehension_generator(&mut self, gens: &'a [Comprehension], i: usize, depth: u32, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind) -> CResult {
        if gens[i].is_async {
            self.async_comprehension_generator(gens, i, depth, elt, val, kind)
        } else {
            self.sync_comprehension_generator(gens, i, depth, elt, val, kind)
        }
    }

    /// The innermost action: yield or add the element.
    fn comprehension_element(&mut self, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind, depth: u32) -> CResult {
        match kind {
            CompKind::GenExp => {
                self.visit_expr(elt)?;
                self.addop_yield();
                self.addop(Opcode::PopTop);
            }
            CompKind::List => {
                self.visit_expr(elt)?;
                self.addop_arg(Opcode::ListAppend, depth + 1);
            }
            CompKind::Set => {
                self.visit_expr(elt)?;
                self.addop_arg(Opcode::SetAdd, depth + 1);
            }
            CompKind::Dict => {
                // The key is evaluated before the value.
                self.visit_expr(elt)?;
                self.visit_expr(val.expect("a dict comprehension has a value"))?;
                self.addop_arg(Opcode::MapAdd, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(&mut self, gens: &'a [Comprehension], i: usize, mut depth: u32, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind) -> CResult {
        let mut start: Option<BlockId> = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &gens[i];
        if i == 0 {
            // The outermost iterator is the implicit argument `.0`.
            self.u().argcount = 1;
            self.addop_arg(Opcode::LoadFast, 0);
        } else {
            // `for y in [f(x)]`: no loop, just the assignment.
            let elts = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                _ => None,
            };
            if let Some([one]) = elts.map(|v| v.as_slice()) {
                if !matches!(one.kind, ExprKind::Starred { .. }) {
                    self.visit_expr(one)?;
                    start = None;
                }
            }
            if start.is_some() {
                self.visit_expr(&gen.iter)?;
                self.addop(Opcode::GetIter);
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_next_block(st);
            self.addop_jump(Opcode::ForIter, anchor);
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if i + 1 < gens.len() {
            self.comprehension_generator(gens, i + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(st) = start {
            self.addop_jump(Opcode::Jump, st);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(&mut self, gens: &'a [Comprehension], i: usize, mut depth: u32, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &gens[i];
        if i == 0 {
            self.u().argcount = 1;
            self.addop_arg(Opcode::LoadFast, 0);
        } else {
            self.visit_expr(&gen.iter)?;
            self.addop(Opcode::GetAiter);
        }
        self.use_next_block(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, Some(start), None, FBlockDatum::None)?;
        self.addop_jump(Opcode::SetupFinally, except);
        self.addop(Opcode::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop(Opcode::PopBlock);
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if i + 1 < gens.len() {
            self.comprehension_generator(gens, i + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.addop_jump(Opcode::Jump, start);
        self.pop_fblock(FBlockKind::AsyncComprehensionGenerator);
        self.use_next_block(except);
        self.addop(Opcode::EndAsyncFor);
        Ok(())
    }

    /// `compiler_comprehension`: the comprehension is a nested function called at
    /// once with the outermost iterator.
    pub(crate) fn compile_comprehension(&mut self, e: &'a Expr, kind: CompKind, name: &str, gens: &'a [Comprehension], elt: &'a Expr, val: Option<&'a Expr>) -> CResult {
        let outer_scope = self.ur().scope_type;
        let is_top_level_await = self.is_top_level_await();
        let outermost = &gens[0];
        self.enter_scope(name, ScopeType::Comprehension, node_key(e), e.loc.lineno)?;
        self.set_loc(e.loc);
        let is_async_generator = self.ste().coroutine;
        if is_async_generator
            && kind != CompKind::GenExp
            && !matches!(outer_scope, ScopeType::AsyncFunction | ScopeType::Comprehension)
            && !is_top_level_await
        {
            let err = self.error("asynchronous comprehension outside of an asynchronous function");
            self.exit_scope();
            return Err(err);
        }
        match kind {
            CompKind::GenExp => {}
            CompKind::List => self.addop_arg(Opcode::BuildList, 0),
            CompKind::Set => self.addop_arg(Opcode::BuildSet, 0),
            CompKind::Dict => self.addop_arg(Opcode::BuildMap, 0),
        }
        self.comprehension_generator(gens, 0, 0, elt, val, kind)?;
        if kind != CompKind::GenExp {
            self.addop(Opcode::ReturnValue);
        }
        let code = self.assemble(true)?;
        self.exit_scope();
        self.make_closure(code, 0)?;
        self.visit_expr(&outermost.iter)?;
        self.addop(if outermost.is_async { Opcode::GetAiter } else { Opcode::GetIter });
        self.addop_arg(Opcode::Call, 0);
        if is_async_generator && kind != CompKind::GenExp {
            self.addop_arg(Opcode::GetAwaitable, 0);
            self.load_const(Constant::None);
            self.add_yield_from(true);
        }
        Ok(())
    }
}
