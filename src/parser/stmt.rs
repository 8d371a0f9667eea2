//! Statements: `statements`, `simple_stmts`, every simple statement (assignment forms,
//! imports, del, raise, ...) and every compound statement except `match` (pattern.rs).

use super::expr::starts_expression;
use super::invalid::{expr_name, is_bitwise_or_level, Targets};
use super::{PResult, Parser, Start};
use crate::ast::*;
use crate::error::{ErrorKind, SyntaxError};
use crate::token::{Tok, Token};

fn augassign_op(k: Tok) -> Option<Operator> {
    Some(match k {
        Tok::PlusEqual => Operator::Add,
        Tok::MinEqual => Operator::Sub,
        Tok::StarEqual => Operator::Mult,
        Tok::AtEqual => Operator::MatMult,
        Tok::SlashEqual => Operator::Div,
        Tok::PercentEqual => Operator::Mod,
        Tok::AmperEqual => Operator::BitAnd,
        Tok::VBarEqual => Operator::BitOr,
        Tok::CircumflexEqual => Operator::BitXor,
        Tok::LeftShiftEqual => Operator::LShift,
        Tok::RightShiftEqual => Operator::RShift,
        Tok::DoubleStarEqual => Operator::Pow,
        Tok::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl<'s> Parser<'s> {
    fn stmt(&self, kind: StmtKind, s: Start) -> Stmt {
        Stmt { kind, loc: self.loc(s) }
    }

    /// `statements` up to ENDMARKER.
    pub(super) fn statements_until_end(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while self.peek()? != Tok::EndMarker {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    // statement: compound_stmt | simple_stmts
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match self.peek()? {
            Tok::Def | Tok::At | Tok::Class | Tok::If | Tok::While | Tok::For | Tok::Try | Tok::With => self.compound_stmt()?,
            Tok::Async if matches!(self.peek_n(1)?, Tok::Def | Tok::For | Tok::With) => self.compound_stmt()?,
            Tok::Name if self.at_soft_keyword("match")? => match self.match_stmt()? {
                Some(s) => s,
                None => return self.simple_stmts_after_match(out),
            },
            Tok::Indent => {
                let t = self.tok()?;
                return Err(self.error_at_token_generic(&t));
            }
            _ => return self.simple_stmts(out),
        };
        out.push(s);
        Ok(())
    }

    /// A statement starting with `match` that is not a match statement; if it is not a
    /// valid simple statement either, CPython's `invalid_match_stmt` may explain why.
    fn simple_stmts_after_match(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let mark = self.pos;
        match self.simple_stmts(out) {
            Ok(()) => Ok(()),
            Err(e) if self.tz_failed => Err(e),
            Err(e) => {
                let after = self.pos;
                self.pos = mark + 1;
                let subject_then_newline = self.subject_expr().is_ok() && matches!(self.peek(), Ok(Tok::Newline));
                if subject_then_newline {
                    return Err(self.error_here("expected ':'"));
                }
                self.pos = after;
                Err(e)
            }
        }
    }

    // compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt
    fn compound_stmt(&mut self) -> PResult<Stmt> {
        match self.peek()? {
            Tok::At => self.decorated(),
            Tok::Def => self.function_def(Vec::new()),
            Tok::Class => self.class_def(Vec::new()),
            Tok::If => self.if_stmt(),
            Tok::While => self.while_stmt(),
            Tok::For => self.for_stmt(),
            Tok::Try => self.try_stmt(),
            Tok::With => self.with_stmt(),
            Tok::Async => match self.peek_n(1)? {
                Tok::Def => self.function_def(Vec::new()),
                Tok::For => self.for_stmt(),
                _ => self.with_stmt(),
            },
            _ => Err(self.invalid_syntax()),
        }
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    pub(super) fn block(&mut self, owner: &Token, what: &str) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.peek()? != Tok::Newline {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump()?;
        if self.peek()? != Tok::Indent {
            let t = self.tok()?;
            return Err(self.error_at(
                ErrorKind::Indentation,
                format!("expected an indented block after {what} on line {}", owner.lineno),
                &t,
            ));
        }
        self.bump()?;
        self.enter()?;
        while !matches!(self.peek()?, Tok::Dedent | Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        self.leave();
        self.eat(Tok::Dedent)?;
        Ok(body)
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let st = self.simple_stmt()?;
            out.push(st);
            if !self.eat(Tok::Semi)? || self.peek()? == Tok::Newline {
                break;
            }
        }
        if !self.eat(Tok::Newline)? {
            return Err(self.invalid_syntax());
        }
        Ok(())
    }

    // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
    //            | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
    //            | global_stmt | nonlocal_stmt
    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        match self.peek()? {
            Tok::Pass => {
                self.bump()?;
                Ok(self.stmt(StmtKind::Pass, s))
            }
            Tok::Break => {
                self.bump()?;
                Ok(self.stmt(StmtKind::Break, s))
            }
            Tok::Continue => {
                self.bump()?;
                Ok(self.stmt(StmtKind::Continue, s))
            }
            Tok::Return => {
                self.bump()?;
                let k = self.peek()?;
                let value = if starts_expression(k) || k == Tok::Star { Some(Box::new(self.star_expressions()?)) } else { None };
                Ok(self.stmt(StmtKind::Return { value }, s))
            }
            Tok::Import => self.import_name(),
            Tok::From => self.import_from(),
            Tok::Raise => {
                self.bump()?;
                if !starts_expression(self.peek()?) {
                    return Ok(self.stmt(StmtKind::Raise { exc: None, cause: None }, s));
                }
                let exc = self.expression()?;
                let cause = if self.eat(Tok::From)? { Some(Box::new(self.expression()?)) } else { None };
                Ok(self.stmt(StmtKind::Raise { exc: Some(Box::new(exc)), cause }, s))
            }
            Tok::Del => self.del_stmt(),
            Tok::Assert => {
                self.bump()?;
                let test = self.expression()?;
                let msg = if self.eat(Tok::Comma)? { Some(Box::new(self.expression()?)) } else { None };
                Ok(self.stmt(StmtKind::Assert { test: Box::new(test), msg }, s))
            }
            Tok::Global | Tok::Nonlocal => {
                let kw = self.bump()?;
                let mut names = vec![self.name_ident()?];
                while self.eat(Tok::Comma)? {
                    names.push(self.name_ident()?);
                }
                let kind = if kw.kind == Tok::Global { StmtKind::Global { names } } else { StmtKind::Nonlocal { names } };
                Ok(self.stmt(kind, s))
            }
            _ => self.expression_stmt(s),
        }
    }

    /// An expression statement or any form of assignment.
    fn expression_stmt(&mut self, s: Start) -> PResult<Stmt> {
        let first_tok = self.tok()?;
        let first = if first_tok.kind == Tok::Yield { self.yield_expr()? } else { self.star_expressions()? };
        let next = self.peek()?;
        if next == Tok::Equal {
            return self.assignment(s, first);
        }
        if next == Tok::Colon {
            return self.ann_assign(s, first, first_tok.kind == Tok::LPar);
        }
        if let Some(op) = augassign_op(next) {
            let ok = match &first.kind {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
                _ => false,
            };
            if !ok {
                return Err(self.error_span(
                    ErrorKind::Syntax,
                    format!("'{}' is an illegal expression for augmented assignment", expr_name(&first)),
                    first.loc,
                ));
            }
            self.bump()?;
            let value = if self.peek()? == Tok::Yield { self.yield_expr()? } else { self.star_expressions()? };
            let target = super::expr::set_context(first, ExprContext::Store);
            return Ok(self.stmt(StmtKind::AugAssign { target: Box::new(target), op, value: Box::new(value) }, s));
        }
        Ok(self.stmt(StmtKind::Expr { value: Box::new(first) }, s))
    }

    /// CPython's second pass meets `invalid_assignment` / `invalid_del_stmt` before it
    /// gets to a bad right-hand side: an invalid target outranks a generic error after it.
    fn blame_targets_first(&self, targets: &[Expr], e: Box<SyntaxError>, kind: Targets) -> Box<SyntaxError> {
        if self.tz_failed || e.msg != "invalid syntax" {
            return e;
        }
        let ctx = if kind == Targets::Del { ExprContext::Del } else { ExprContext::Store };
        for t in targets {
            if super::invalid::invalid_target(t, kind).is_some() {
                if let Err(better) = self.to_target(t.clone(), ctx, kind) {
                    return better;
                }
            }
        }
        e
    }

    // assignment: (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    fn assignment(&mut self, s: Start, first: Expr) -> PResult<Stmt> {
        let mut targets = vec![first];
        let value = loop {
            self.expect(Tok::Equal)?;
            let rhs = if self.peek()? == Tok::Yield { self.yield_expr() } else { self.star_expressions() };
            let rhs = match rhs {
                Ok(r) => r,
                Err(e) => return Err(self.blame_targets_first(&targets, e, Targets::Star)),
            };
            if self.peek()? == Tok::Equal {
                targets.push(rhs);
            } else {
                break rhs;
            }
        };
        let single = targets.len() == 1;
        let mut stored = Vec::with_capacity(targets.len());
        for t in targets {
            if matches!(t.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
                return Err(self.error_span(ErrorKind::Syntax, "assignment to yield expression not possible", t.loc));
            }
            if super::invalid::invalid_target(&t, Targets::Star).is_some() && single && self.here_maybe_eq(&t, &value) {
                return Err(self.error_span(
                    ErrorKind::Syntax,
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&t)),
                    t.loc,
                ));
            }
            stored.push(self.to_target(t, ExprContext::Store, Targets::Star)?);
        }
        let type_comment = self.type_comment()?;
        Ok(self.stmt(StmtKind::Assign { targets: stored, value: Box::new(value), type_comment }, s))
    }

    /// Whether `target = value` gets the "here. Maybe you meant '=='" wording
    /// (CPython's `invalid_named_expression` matching the whole statement).
    fn here_maybe_eq(&self, target: &Expr, value: &Expr) -> bool {
        let excluded = matches!(target.kind, ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. })
            || matches!(target.kind, ExprKind::Constant { value: Constant::None | Constant::Bool(_), .. });
        if excluded || !is_bitwise_or_level(target) {
            return false;
        }
        let first_rhs = match &value.kind {
            ExprKind::Tuple { elts, .. } if value.loc.col == elts[0].loc.col && value.loc.lineno == elts[0].loc.lineno => &elts[0],
            _ => value,
        };
        !matches!(first_rhs.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } | ExprKind::Starred { .. })
            && is_bitwise_or_level(first_rhs)
    }

    /// An optional TYPE_COMMENT token's text.
    fn type_comment(&mut self) -> PResult<Option<String>> {
        if self.peek()? == Tok::TypeComment {
            let t = self.bump()?;
            return Ok(Some(self.text(&t).to_string()));
        }
        Ok(None)
    }

    // NAME ':' expression ['=' annotated_rhs]
    // | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    fn ann_assign(&mut self, s: Start, target: Expr, parenthesized: bool) -> PResult<Stmt> {
        let simple = match &target.kind {
            ExprKind::Name { .. } => !parenthesized,
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
            ExprKind::Tuple { elts, .. } => {
                let at = if parenthesized { target.loc } else { elts[0].loc };
                return Err(self.error_span(ErrorKind::Syntax, "only single target (not tuple) can be annotated", at));
            }
            ExprKind::List { .. } => {
                return Err(self.error_span(ErrorKind::Syntax, "only single target (not list) can be annotated", target.loc));
            }
            // `*a: int`: a starred statement cannot be followed by ':' at all.
            ExprKind::Starred { .. } if !parenthesized => return Err(self.invalid_syntax()),
            _ => return Err(self.error_span(ErrorKind::Syntax, "illegal target for annotation", target.loc)),
        };
        self.expect(Tok::Colon)?;
        let annotation = self.expression()?;
        let value = if self.eat(Tok::Equal)? {
            Some(Box::new(if self.peek()? == Tok::Yield { self.yield_expr()? } else { self.star_expressions()? }))
        } else {
            None
        };
        let target = super::expr::set_context(target, ExprContext::Store);
        Ok(self.stmt(StmtKind::AnnAssign { target: Box::new(target), annotation: Box::new(annotation), value, simple }, s))
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE)
    fn del_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        self.expect(Tok::Del)?;
        let mut targets = Vec::new();
        loop {
            // Starred items are accepted here only to be diagnosed ("cannot delete starred").
            let t = if self.peek()? == Tok::Star { self.star_named_expression()? } else { self.bitwise_or()? };
            targets.push(t);
            if !self.eat(Tok::Comma)? || matches!(self.peek()?, Tok::Semi | Tok::Newline) {
                break;
            }
        }
        if !matches!(self.peek()?, Tok::Semi | Tok::Newline) {
            let e = self.invalid_syntax();
            return Err(self.blame_targets_first(&targets, e, Targets::Del));
        }
        let targets = targets
            .into_iter()
            .map(|t| self.to_target(t, ExprContext::Del, Targets::Del))
            .collect::<PResult<Vec<_>>>()?;
        Ok(self.stmt(StmtKind::Delete { targets }, s))
    }

    // import_name: 'import' dotted_as_names
    fn import_name(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        loop {
            let a = self.start()?;
            let name = self.dotted_name()?;
            let asname = if self.eat(Tok::As)? { Some(self.name_ident()?) } else { None };
            names.push(Alias { name, asname, loc: self.loc(a) });
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        Ok(self.stmt(StmtKind::Import { names }, s))
    }

    // dotted_name: dotted_name '.' NAME | NAME
    fn dotted_name(&mut self) -> PResult<Ident> {
        let mut name = String::from(&*self.name_ident()?);
        while self.peek()? == Tok::Dot {
            self.bump()?;
            name.push('.');
            name.push_str(&self.name_ident()?);
        }
        Ok(name.into_boxed_str())
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //            | 'from' ('.' | '...')+ 'import' import_from_targets
    fn import_from(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        self.expect(Tok::From)?;
        let mut level = 0;
        loop {
            match self.peek()? {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump()?;
        }
        let module = if self.peek()? == Tok::Import && level > 0 { None } else { Some(self.dotted_name()?) };
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        if self.peek()? == Tok::Star {
            let t = self.bump()?;
            names.push(Alias { name: "*".into(), asname: None, loc: Self::tok_loc(&t) });
        } else {
            let parens = self.eat(Tok::LPar)?;
            loop {
                let a = self.start()?;
                let name = self.name_ident()?;
                let asname = if self.eat(Tok::As)? { Some(self.name_ident()?) } else { None };
                names.push(Alias { name, asname, loc: self.loc(a) });
                if !self.eat(Tok::Comma)? {
                    break;
                }
                if parens && self.peek()? == Tok::RPar {
                    break;
                }
                if !parens && self.peek()? == Tok::Newline {
                    return Err(self.error_here("trailing comma not allowed without surrounding parentheses"));
                }
            }
            if parens {
                self.expect(Tok::RPar)?;
            }
        }
        Ok(self.stmt(StmtKind::ImportFrom { module, names, level }, s))
    }

    // decorators: ('@' named_expression NEWLINE)+, then a def or class
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At)? {
            decorators.push(self.named_expression()?);
            self.expect(Tok::Newline)?;
        }
        match self.peek()? {
            Tok::Def => self.function_def(decorators),
            Tok::Async if self.peek_n(1)? == Tok::Def => self.function_def(decorators),
            Tok::Class => self.class_def(decorators),
            _ => Err(self.invalid_syntax()),
        }
    }

    // function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':'
    //                   [func_type_comment] block
    fn function_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let s = self.start()?;
        let is_async = self.eat(Tok::Async)?;
        let def = self.expect(Tok::Def)?;
        let name = self.name_ident()?;
        self.expect_forced(Tok::LPar, "(")?;
        let args = self.parameters(false)?;
        self.expect(Tok::RPar)?;
        // ['->' expression] &&':' — if the annotation does not parse, the forced ':' is
        // what fails, blamed on the '->'.
        let returns = if self.peek()? == Tok::RArrow {
            let arrow = self.bump()?;
            match self.expression() {
                Ok(e) => Some(e),
                Err(e) if self.tz_failed => return Err(e),
                Err(_) => return Err(self.error_at(ErrorKind::Syntax, "expected ':'", &arrow)),
            }
        } else {
            None
        };
        self.expect_forced(Tok::Colon, ":")?;
        // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
        let mut type_comment = None;
        if self.peek()? == Tok::Newline && self.peek_n(1)? == Tok::TypeComment {
            if self.peek_n(2)? == Tok::Newline && self.peek_n(3)? == Tok::Indent {
                self.bump()?;
                type_comment = self.type_comment()?;
            }
        } else if self.peek()? == Tok::TypeComment {
            type_comment = self.type_comment()?;
        }
        let body = self.block(&def, "function definition")?;
        let f = FunctionDef { is_async, name, args, body, decorator_list, returns, type_comment };
        Ok(self.stmt(StmtKind::FunctionDef(Box::new(f)), s))
    }

    // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let s = self.start()?;
        let class = self.expect(Tok::Class)?;
        let name = self.name_ident()?;
        let (bases, keywords) = if self.peek()? == Tok::LPar { self.call_arguments(false)? } else { (Vec::new(), Vec::new()) };
        self.colon_before_block()?;
        let body = self.block(&class, "class definition")?;
        Ok(self.stmt(StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorator_list })), s))
    }

    /// The ':' that opens a block; "expected ':'" when the line ends instead.
    fn colon_before_block(&mut self) -> PResult<()> {
        match self.peek()? {
            Tok::Colon => {
                self.bump()?;
                Ok(())
            }
            Tok::Newline => Err(self.error_here("expected ':'")),
            _ => Err(self.invalid_syntax()),
        }
    }

    // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        let kw = self.bump()?;
        let test = self.named_expression()?;
        self.colon_before_block()?;
        let what = if kw.kind == Tok::If { "'if' statement" } else { "'elif' statement" };
        let body = self.block(&kw, what)?;
        let orelse = match self.peek()? {
            Tok::Elif => vec![self.if_stmt()?],
            Tok::Else => self.else_block()?,
            _ => Vec::new(),
        };
        Ok(self.stmt(StmtKind::If { test: Box::new(test), body, orelse }, s))
    }

    // else_block: 'else' &&':' block
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let kw = self.expect(Tok::Else)?;
        self.expect_forced(Tok::Colon, ":")?;
        self.block(&kw, "'else' statement")
    }

    // while_stmt: 'while' named_expression ':' block [else_block]
    fn while_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        let kw = self.bump()?;
        let test = self.named_expression()?;
        self.colon_before_block()?;
        let body = self.block(&kw, "'while' statement")?;
        let orelse = if self.peek()? == Tok::Else { self.else_block()? } else { Vec::new() };
        Ok(self.stmt(StmtKind::While { test: Box::new(test), body, orelse }, s))
    }

    // for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    fn for_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        let is_async = self.eat(Tok::Async)?;
        let kw = self.expect(Tok::For)?;
        let target = self.star_targets_for()?;
        let iter = self.star_expressions()?;
        self.colon_before_block()?;
        let type_comment = self.type_comment()?;
        let body = self.block(&kw, "'for' statement")?;
        let orelse = if self.peek()? == Tok::Else { self.else_block()? } else { Vec::new() };
        let f = For { is_async, target, iter, body, orelse, type_comment };
        Ok(self.stmt(StmtKind::For(Box::new(f)), s))
    }

    // with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
    //          | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    fn with_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        let is_async = self.eat(Tok::Async)?;
        let kw = self.expect(Tok::With)?;
        let mut items = None;
        if self.peek()? == Tok::LPar {
            let mark = self.pos;
            let depth = self.depth;
            match self.parenthesized_with_items() {
                Ok(v) => items = Some(v),
                Err(e) if self.tz_failed => return Err(e),
                Err(_) => {
                    self.pos = mark;
                    self.depth = depth;
                }
            }
        }
        let mut type_comment = None;
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = vec![self.with_item()?];
                while self.eat(Tok::Comma)? {
                    v.push(self.with_item()?);
                }
                self.colon_before_block()?;
                type_comment = self.type_comment()?;
                v
            }
        };
        let body = self.block(&kw, "'with' statement")?;
        Ok(self.stmt(StmtKind::With { is_async, items, body, type_comment }, s))
    }

    /// `'(' ','.with_item+ ','? ')' ':'`, tried before the plain form.
    fn parenthesized_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.expect(Tok::LPar)?;
        let mut v = vec![self.with_item()?];
        while self.eat(Tok::Comma)? {
            if self.peek()? == Tok::RPar {
                break;
            }
            v.push(self.with_item()?);
        }
        self.expect(Tok::RPar)?;
        self.expect(Tok::Colon)?;
        Ok(v)
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(Tok::As)? {
            let t = self.star_target_expr()?;
            // A NEWLINE here is left to the caller's "expected ':'".
            if !matches!(self.peek()?, Tok::Comma | Tok::RPar | Tok::Colon | Tok::Newline) {
                return Err(self.invalid_syntax());
            }
            Some(Box::new(self.to_target(t, ExprContext::Store, Targets::Star)?))
        } else {
            None
        };
        Ok(WithItem { context_expr, optional_vars })
    }

    // try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
    //                              | except_star_block+ [else_block] [finally_block])
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start()?;
        let kw = self.expect(Tok::Try)?;
        self.expect_forced(Tok::Colon, ":")?;
        let body = self.block(&kw, "'try' statement")?;
        let mut handlers = Vec::new();
        let mut is_star = None;
        while self.peek()? == Tok::Except {
            let hs = self.start()?;
            let ex = self.bump()?;
            let star = self.peek()? == Tok::Star;
            match is_star {
                None => is_star = Some(star),
                Some(prev) if prev != star => {
                    let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                    return Err(if star {
                        let st = self.tok()?;
                        self.error_span(ErrorKind::Syntax, msg, Loc::span(Self::tok_loc(&ex), Self::tok_loc(&st)))
                    } else {
                        self.error_at(ErrorKind::Syntax, msg, &ex)
                    });
                }
                _ => {}
            }
            if star {
                self.bump()?;
                if matches!(self.peek()?, Tok::Colon | Tok::Newline) {
                    return Err(self.error_here("expected one or more exception types"));
                }
            }
            let mut type_ = None;
            let mut name = None;
            if self.peek()? != Tok::Colon {
                let e = self.expression()?;
                if self.peek()? == Tok::Comma {
                    // CPython matches `expression ',' expressions ['as' NAME] ':'` first.
                    self.bump()?;
                    let _ = self.expressions();
                    if self.eat(Tok::As)? {
                        let _ = self.name_ident();
                    }
                    let _ = self.peek();
                    return Err(self.error_starting_from("multiple exception types must be parenthesized", e.loc));
                }
                type_ = Some(Box::new(e));
                if self.eat(Tok::As)? {
                    name = Some(self.name_ident()?);
                }
            }
            self.colon_before_block()?;
            let what = if star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(&ex, what)?;
            handlers.push(ExceptHandler { type_, name, body: hbody, loc: self.loc(hs) });
        }
        let orelse = if !handlers.is_empty() && self.peek()? == Tok::Else { self.else_block()? } else { Vec::new() };
        let finalbody = if self.peek()? == Tok::Finally {
            let fin = self.bump()?;
            self.expect_forced(Tok::Colon, ":")?;
            self.block(&fin, "'finally' statement")?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        let t = Try { is_star: is_star.unwrap_or(false), body, handlers, orelse, finalbody };
        Ok(self.stmt(StmtKind::Try(Box::new(t)), s))
    }

    // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
    pub(super) fn statement_newline(&mut self) -> PResult<Vec<Stmt>> {
        let s = self.start()?;
        match self.peek()? {
            Tok::Newline => {
                self.bump()?;
                Ok(vec![self.stmt(StmtKind::Pass, s)])
            }
            Tok::EndMarker => Err(self.invalid_syntax()),
            _ => {
                let mut out = Vec::new();
                self.statement(&mut out)?;
                Ok(out)
            }
        }
    }
}
