//! Expressions: `expression` down to `atom`, displays, comprehensions, call arguments,
//! subscripts, and the conversion of a parsed expression into an assignment target.

use super::{PResult, Parser, Start};
use crate::ast::*;
use crate::error::ErrorKind;
use crate::token::Tok;

/// Nesting deeper than this fails as CPython's parser does (with `MemoryError`; CPython's
/// limit of 6000 parser frames allows about 2990 nested unary operators).
const MAX_DEPTH: u32 = 2990;

/// Tokens that may begin an `expression` (no leading `*`).
pub(crate) fn starts_expression(k: Tok) -> bool {
    matches!(
        k,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::Ellipsis
            | Tok::None
            | Tok::True
            | Tok::False
    )
}

fn binop_for(k: Tok, level: u8) -> Option<Operator> {
    Some(match (level, k) {
        (0, Tok::VBar) => Operator::BitOr,
        (1, Tok::Circumflex) => Operator::BitXor,
        (2, Tok::Amper) => Operator::BitAnd,
        (3, Tok::LeftShift) => Operator::LShift,
        (3, Tok::RightShift) => Operator::RShift,
        (4, Tok::Plus) => Operator::Add,
        (4, Tok::Minus) => Operator::Sub,
        (5, Tok::Star) => Operator::Mult,
        (5, Tok::Slash) => Operator::Div,
        (5, Tok::DoubleSlash) => Operator::FloorDiv,
        (5, Tok::Percent) => Operator::Mod,
        (5, Tok::At) => Operator::MatMult,
        _ => return None,
    })
}

impl<'s> Parser<'s> {
    pub(super) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let t = self.tok()?;
            let mut e = self.error_at(ErrorKind::Memory, "", &t);
            e.lineno = None;
            return Err(e);
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }

    fn mk(&self, kind: ExprKind, s: Start) -> Expr {
        Expr { kind, loc: self.loc(s) }
    }

    // expressions: expression (',' expression)* [',']
    pub(super) fn expressions(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let first = self.expression()?;
        if self.peek()? != Tok::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma)? {
            if !starts_expression(self.peek()?) {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(self.mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, s))
    }

    // star_expressions: star_expression (',' star_expression)* [',']
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let first = self.star_expression()?;
        if self.peek()? != Tok::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma)? {
            let k = self.peek()?;
            if !(starts_expression(k) || k == Tok::Star) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(self.mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, s))
    }

    // star_expression: '*' bitwise_or | expression
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Star {
            let s = self.start()?;
            self.bump()?;
            let value = self.bitwise_or()?;
            return Ok(self.mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, s));
        }
        self.expression()
    }

    // star_named_expression: '*' bitwise_or | named_expression
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Star {
            let s = self.start()?;
            self.bump()?;
            let value = self.bitwise_or()?;
            return Ok(self.mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, s));
        }
        self.named_expression()
    }

    // named_expression: assignment_expression | expression !':='
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Name && self.peek_n(1)? == Tok::ColonEqual {
            return self.assignment_expression();
        }
        let e = self.expression()?;
        match self.peek()? {
            Tok::ColonEqual => Err(self.error_span(
                ErrorKind::Syntax,
                format!("cannot use assignment expressions with {}", super::invalid::expr_name(&e)),
                e.loc,
            )),
            Tok::Equal => Err(self.invalid_named_expression(&e)),
            _ => Ok(e),
        }
    }

    // assignment_expression: NAME ':=' ~ expression
    pub(super) fn assignment_expression(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let name = self.name_expr(ExprContext::Store)?;
        self.expect(Tok::ColonEqual)?;
        let value = self.expression()?;
        Ok(self.mk(ExprKind::NamedExpr { target: Box::new(name), value: Box::new(value) }, s))
    }

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Lambda {
            self.enter()?;
            let r = self.lambdef();
            self.leave();
            return r;
        }
        self.enter()?;
        let s = self.start()?;
        let first = self.pos;
        let body = self.disjunction()?;
        let next = self.peek()?;
        let result = if next == Tok::If {
            self.bump()?;
            let test = self.disjunction()?;
            if !self.eat(Tok::Else)? {
                let k = self.peek()?;
                if k != Tok::Colon {
                    return Err(self.error_span(
                        ErrorKind::Syntax,
                        "expected 'else' after 'if' expression",
                        Loc::span(body.loc, test.loc),
                    ));
                }
                return Err(self.invalid_syntax());
            }
            let orelse = self.expression()?;
            self.mk(ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) }, s)
        } else if starts_expression(next) {
            return Err(self.juxtaposed_expressions(first, &body));
        } else {
            body
        };
        self.leave();
        Ok(result)
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        self.expect(Tok::Yield)?;
        if self.eat(Tok::From)? {
            let value = self.expression()?;
            return Ok(self.mk(ExprKind::YieldFrom { value: Box::new(value) }, s));
        }
        let k = self.peek()?;
        let value = if starts_expression(k) || k == Tok::Star { Some(Box::new(self.star_expressions()?)) } else { None };
        Ok(self.mk(ExprKind::Yield { value }, s))
    }

    // disjunction: conjunction ('or' conjunction)+ | conjunction
    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let first = self.conjunction()?;
        if self.peek()? != Tok::Or {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::Or)? {
            values.push(self.conjunction()?);
        }
        Ok(self.mk(ExprKind::BoolOp { op: BoolOp::Or, values }, s))
    }

    // conjunction: inversion ('and' inversion)+ | inversion
    fn conjunction(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let first = self.inversion()?;
        if self.peek()? != Tok::And {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::And)? {
            values.push(self.inversion()?);
        }
        Ok(self.mk(ExprKind::BoolOp { op: BoolOp::And, values }, s))
    }

    // inversion: 'not' inversion | comparison
    fn inversion(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Not {
            let s = self.start()?;
            self.bump()?;
            self.enter()?;
            let operand = self.inversion()?;
            self.leave();
            return Ok(self.mk(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, s));
        }
        self.comparison()
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    fn comparison(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek()? {
                Tok::EqEqual => CmpOp::Eq,
                Tok::NotEqual => {
                    // '<>' is only valid under barry_as_FLUFL.
                    let t = self.tok()?;
                    if self.text(&t) == "<>" {
                        break;
                    }
                    CmpOp::NotEq
                }
                Tok::LessEqual => CmpOp::LtE,
                Tok::Less => CmpOp::Lt,
                Tok::GreaterEqual => CmpOp::GtE,
                Tok::Greater => CmpOp::Gt,
                Tok::In => CmpOp::In,
                Tok::Not => {
                    if self.peek_n(1)? != Tok::In {
                        break;
                    }
                    self.bump()?;
                    CmpOp::NotIn
                }
                Tok::Is => {
                    if self.peek_n(1)? == Tok::Not {
                        self.bump()?;
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                _ => break,
            };
            self.bump()?;
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(self.mk(ExprKind::Compare { left: Box::new(left), ops, comparators }, s))
    }

    // bitwise_or … term: left-associative binary operators, one level per grammar rule.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    fn binary(&mut self, level: u8) -> PResult<Expr> {
        if level == 6 {
            return self.factor();
        }
        let s = self.start()?;
        let mut left = self.binary(level + 1)?;
        while let Some(op) = binop_for(self.peek()?, level) {
            self.bump()?;
            let right = self.binary(level + 1)?;
            left = self.mk(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, s);
        }
        Ok(left)
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek()? {
            Tok::Plus => UnaryOp::UAdd,
            Tok::Minus => UnaryOp::USub,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let s = self.start()?;
        self.bump()?;
        self.enter()?;
        let operand = self.factor()?;
        self.leave();
        Ok(self.mk(ExprKind::UnaryOp { op, operand: Box::new(operand) }, s))
    }

    // power: await_primary '**' factor | await_primary
    fn power(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let base = self.await_primary()?;
        if !self.eat(Tok::DoubleStar)? {
            return Ok(base);
        }
        self.enter()?;
        let exp = self.factor()?;
        self.leave();
        Ok(self.mk(ExprKind::BinOp { left: Box::new(base), op: Operator::Pow, right: Box::new(exp) }, s))
    }

    // await_primary: AWAIT primary | primary
    fn await_primary(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Await {
            let s = self.start()?;
            self.bump()?;
            let value = self.primary()?;
            return Ok(self.mk(ExprKind::Await { value: Box::new(value) }, s));
        }
        self.primary()
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    //        | primary '[' slices ']' | atom
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let mut e = self.atom()?;
        loop {
            e = match self.peek()? {
                Tok::Dot => {
                    self.bump()?;
                    let attr = self.name_ident()?;
                    self.mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, s)
                }
                Tok::LPar => {
                    let (args, keywords) = self.call_arguments(true)?;
                    self.mk(ExprKind::Call { func: Box::new(e), args, keywords }, s)
                }
                Tok::LSqb => {
                    self.bump()?;
                    let slice = self.slices()?;
                    self.expect(Tok::RSqb)?;
                    self.mk(ExprKind::Subscript { value: Box::new(e), slice: Box::new(slice), ctx: ExprContext::Load }, s)
                }
                _ => return Ok(e),
            };
        }
    }

    /// A NAME token as an identifier (NFKC-normalized when non-ASCII).
    pub(super) fn name_ident(&mut self) -> PResult<Ident> {
        let t = self.tok()?;
        if t.kind != Tok::Name {
            return Err(self.invalid_syntax());
        }
        self.pos += 1;
        Ok(normalize_identifier(self.text(&t)))
    }

    /// A NAME token as a `Name` expression.
    pub(super) fn name_expr(&mut self, ctx: ExprContext) -> PResult<Expr> {
        let t = self.tok()?;
        let id = self.name_ident()?;
        Ok(Expr { kind: ExprKind::Name { id, ctx }, loc: Self::tok_loc(&t) })
    }

    // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
    //     | list | listcomp | dict | set | dictcomp | setcomp | '...'
    fn atom(&mut self) -> PResult<Expr> {
        let t = self.tok()?;
        let loc = Self::tok_loc(&t);
        let constant = |value| Ok(Expr { kind: ExprKind::Constant { value, kind_u: false }, loc });
        match t.kind {
            Tok::Name => self.name_expr(ExprContext::Load),
            Tok::True => {
                self.pos += 1;
                constant(Constant::Bool(true))
            }
            Tok::False => {
                self.pos += 1;
                constant(Constant::Bool(false))
            }
            Tok::None => {
                self.pos += 1;
                constant(Constant::None)
            }
            Tok::Ellipsis => {
                self.pos += 1;
                constant(Constant::Ellipsis)
            }
            Tok::Number => {
                self.pos += 1;
                constant(self.number_value(&t)?)
            }
            Tok::String => self.strings(),
            Tok::LPar => self.paren_atom(),
            Tok::LSqb => self.list_atom(),
            Tok::LBrace => self.brace_atom(),
            _ => Err(self.invalid_syntax()),
        }
    }

    // tuple | group | genexp
    fn paren_atom(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        self.bump()?;
        match self.peek()? {
            Tok::RPar => {
                self.bump()?;
                return Ok(self.mk(ExprKind::Tuple { elts: Vec::new(), ctx: ExprContext::Load }, s));
            }
            Tok::Yield => {
                let y = self.yield_expr()?;
                self.expect(Tok::RPar)?;
                return Ok(y);
            }
            Tok::DoubleStar => {
                let t = self.tok()?;
                return Err(self.error_at(ErrorKind::Syntax, "cannot use double starred expression here", &t));
            }
            _ => {}
        }
        let first = self.star_named_expression()?;
        match self.peek()? {
            Tok::RPar => {
                if matches!(first.kind, ExprKind::Starred { .. }) {
                    return Err(self.error_span(ErrorKind::Syntax, "cannot use starred expression here", first.loc));
                }
                self.bump()?;
                Ok(first)
            }
            Tok::Comma => {
                let mut elts = vec![first];
                while self.eat(Tok::Comma)? {
                    if self.peek()? == Tok::RPar {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                self.expect(Tok::RPar)?;
                Ok(self.mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, s))
            }
            Tok::For | Tok::Async if self.at_comp_for()? => {
                self.no_starred_comprehension_target(&first)?;
                let generators = self.for_if_clauses()?;
                self.expect(Tok::RPar)?;
                Ok(self.mk(ExprKind::GeneratorExp { elt: Box::new(first), generators }, s))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    fn no_starred_comprehension_target(&self, e: &Expr) -> PResult<()> {
        if matches!(e.kind, ExprKind::Starred { .. }) {
            return Err(self.error_span(ErrorKind::Syntax, "iterable unpacking cannot be used in comprehension", e.loc));
        }
        Ok(())
    }

    // list | listcomp
    fn list_atom(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        self.bump()?;
        if self.eat(Tok::RSqb)? {
            return Ok(self.mk(ExprKind::List { elts: Vec::new(), ctx: ExprContext::Load }, s));
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for()? {
            self.no_starred_comprehension_target(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RSqb)?;
            return Ok(self.mk(ExprKind::ListComp { elt: Box::new(first), generators }, s));
        }
        let elts = self.display_rest(first, Tok::RSqb)?;
        Ok(self.mk(ExprKind::List { elts, ctx: ExprContext::Load }, s))
    }

    /// The rest of a list or set display after its first element, through the closer.
    fn display_rest(&mut self, first: Expr, close: Tok) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat(Tok::Comma)? {
            if self.peek()? == close {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if self.at_comp_for()? && elts.len() > 1 {
            return Err(self.error_span(
                ErrorKind::Syntax,
                "did you forget parentheses around the comprehension target?",
                Loc::span(elts[0].loc, elts[elts.len() - 1].loc),
            ));
        }
        self.expect(close)?;
        Ok(elts)
    }

    // dict | set | dictcomp | setcomp
    fn brace_atom(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        self.bump()?;
        if self.eat(Tok::RBrace)? {
            return Ok(self.mk(ExprKind::Dict { keys: Vec::new(), values: Vec::new() }, s));
        }
        if self.peek()? == Tok::DoubleStar {
            let dstar = self.tok()?;
            self.bump()?;
            let value = self.bitwise_or()?;
            if self.at_comp_for()? {
                return Err(self.error_at(ErrorKind::Syntax, "dict unpacking cannot be used in dict comprehension", &dstar));
            }
            return self.dict_rest(s, vec![None], vec![value]);
        }
        if self.peek()? == Tok::Star || (self.peek()? == Tok::Name && self.peek_n(1)? == Tok::ColonEqual) {
            let first = self.star_named_expression()?;
            return self.set_rest(s, first);
        }
        let first = self.expression()?;
        if self.eat(Tok::Colon)? {
            if self.peek()? == Tok::Star {
                // The error spans to where the tokenizer stands after `'*' bitwise_or`.
                let t = self.bump()?;
                self.bitwise_or()?;
                self.peek()?;
                return Err(self.error_from(t, "cannot use a starred expression in a dictionary value"));
            }
            if matches!(self.peek()?, Tok::RBrace | Tok::Comma) {
                let colon = self.toks[self.pos - 1];
                return Err(self.error_at(ErrorKind::Syntax, "expression expected after dictionary key and ':'", &colon));
            }
            let value = self.expression()?;
            if self.at_comp_for()? {
                let generators = self.for_if_clauses()?;
                self.expect(Tok::RBrace)?;
                return Ok(self.mk(ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators }, s));
            }
            return self.dict_rest(s, vec![Some(first)], vec![value]);
        }
        if self.peek()? == Tok::ColonEqual {
            return Err(self.error_span(
                ErrorKind::Syntax,
                format!("cannot use assignment expressions with {}", super::invalid::expr_name(&first)),
                first.loc,
            ));
        }
        self.set_rest(s, first)
    }

    fn set_rest(&mut self, s: Start, first: Expr) -> PResult<Expr> {
        if self.at_comp_for()? {
            self.no_starred_comprehension_target(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RBrace)?;
            return Ok(self.mk(ExprKind::SetComp { elt: Box::new(first), generators }, s));
        }
        let elts = self.display_rest(first, Tok::RBrace)?;
        Ok(self.mk(ExprKind::Set { elts }, s))
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    fn dict_rest(&mut self, s: Start, mut keys: Vec<Option<Expr>>, mut values: Vec<Expr>) -> PResult<Expr> {
        while self.eat(Tok::Comma)? {
            if self.peek()? == Tok::RBrace {
                break;
            }
            if self.eat(Tok::DoubleStar)? {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if !self.eat(Tok::Colon)? {
                // invalid_kvpair: "':' expected after dictionary key"
                let text = self.line_text(key.loc.lineno);
                let off = crate::error::char_col(&text, key.loc.end_col as usize) as i64;
                return Err(Box::new(crate::error::SyntaxError::at_chars(
                    ErrorKind::Syntax,
                    "':' expected after dictionary key",
                    self.filename,
                    key.loc.lineno,
                    off,
                    key.loc.end_lineno,
                    0,
                    Some(text),
                )));
            }
            if self.peek()? == Tok::Star {
                // The error spans to where the tokenizer stands after `'*' bitwise_or`.
                let t = self.bump()?;
                self.bitwise_or()?;
                self.peek()?;
                return Err(self.error_from(t, "cannot use a starred expression in a dictionary value"));
            }
            if matches!(self.peek()?, Tok::RBrace | Tok::Comma) {
                let colon = self.toks[self.pos - 1];
                return Err(self.error_at(ErrorKind::Syntax, "expression expected after dictionary key and ':'", &colon));
            }
            keys.push(Some(key));
            values.push(self.expression()?);
        }
        self.expect(Tok::RBrace)?;
        Ok(self.mk(ExprKind::Dict { keys, values }, s))
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM: from a token to the end of the line.
    /// True at the start of a `for_if_clause`: 'for', or ASYNC 'for'.
    fn at_comp_for(&mut self) -> PResult<bool> {
        Ok(match self.peek()? {
            Tok::For => true,
            Tok::Async => self.peek_n(1)? == Tok::For,
            _ => false,
        })
    }

    fn error_from(&self, t: crate::token::Token, msg: &str) -> Box<crate::error::SyntaxError> {
        self.error_starting_from(msg, Self::tok_loc(&t))
    }

    // for_if_clauses: for_if_clause+
    // for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    pub(super) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = match self.peek()? {
                Tok::Async if self.peek_n(1)? == Tok::For => {
                    self.bump()?;
                    true
                }
                Tok::For => false,
                _ => break,
            };
            self.expect(Tok::For)?;
            let target = self.star_targets_for()?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If)? {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
        }
        if gens.is_empty() {
            return Err(self.invalid_syntax());
        }
        Ok(gens)
    }

    /// `star_targets 'in'` of a for loop or comprehension, converted to Store.
    pub(super) fn star_targets_for(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let first = self.star_target_expr()?;
        let target = if self.peek()? == Tok::Comma {
            let mut elts = vec![first];
            while self.eat(Tok::Comma)? {
                if self.peek()? == Tok::In {
                    break;
                }
                elts.push(self.star_target_expr()?);
            }
            self.mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, s)
        } else {
            first
        };
        if self.peek()? != Tok::In {
            return Err(self.invalid_syntax());
        }
        let target = self.to_target(target, ExprContext::Store, super::invalid::Targets::For)?;
        self.bump()?;
        Ok(target)
    }

    /// One `star_target` parsed as an expression (`*`? bitwise_or), before conversion.
    pub(super) fn star_target_expr(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Star {
            let s = self.start()?;
            self.bump()?;
            let value = self.star_target_expr()?;
            return Ok(self.mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, s));
        }
        self.bitwise_or()
    }

    /// Converts an expression into an assignment (`Store`) or deletion (`Del`) target,
    /// or fails with CPython's "cannot assign to ..." / "cannot delete ...".
    pub(super) fn to_target(&self, e: Expr, ctx: ExprContext, kind: super::invalid::Targets) -> PResult<Expr> {
        if let Some(bad) = super::invalid::invalid_target(&e, kind) {
            let verb = if ctx == ExprContext::Del { "delete" } else { "assign to" };
            return Err(self.error_span(ErrorKind::Syntax, format!("cannot {verb} {}", super::invalid::expr_name(bad)), bad.loc));
        }
        Ok(set_context(e, ctx))
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    fn slices(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let first = self.slice_item()?;
        // A lone starred item is not a `slice`: only the tuple alternative takes it.
        if self.peek()? != Tok::Comma && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma)? {
            if self.peek()? == Tok::RSqb {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(self.mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, s))
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    // starred_expression: '*' expression
    fn slice_item(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        if self.peek()? == Tok::Star {
            self.bump()?;
            let value = self.expression()?;
            return Ok(self.mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, s));
        }
        let lower = if self.peek()? == Tok::Colon {
            None
        } else {
            let e = self.named_expression()?;
            if self.peek()? != Tok::Colon {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.expect(Tok::Colon)?;
        let bound_follows = |k: Tok| starts_expression(k);
        let upper = if bound_follows(self.peek()?) { Some(Box::new(self.expression()?)) } else { None };
        let step = if self.eat(Tok::Colon)? {
            if bound_follows(self.peek()?) {
                Some(Box::new(self.expression()?))
            } else {
                None
            }
        } else {
            None
        };
        Ok(self.mk(ExprKind::Slice { lower, upper, step }, s))
    }

    /// `'(' [arguments] ')'` of a call or class statement: positional args and keywords.
    /// A bare generator expression (`f(x for x in y)`) is only allowed in calls.
    pub(super) fn call_arguments(&mut self, allow_genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.start()?;
        self.expect(Tok::LPar)?;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        loop {
            let k = self.peek()?;
            if k == Tok::RPar {
                break;
            }
            let s = self.start()?;
            match k {
                Tok::Star => {
                    let star = self.bump()?;
                    if seen_double_star {
                        return Err(self.error_at(
                            ErrorKind::Syntax,
                            "iterable argument unpacking follows keyword argument unpacking",
                            &star,
                        ));
                    }
                    let value = self.expression()?;
                    args.push(self.mk(ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load }, s));
                }
                Tok::DoubleStar => {
                    self.bump()?;
                    let value = self.expression()?;
                    keywords.push(Keyword { arg: None, value, loc: self.loc(s) });
                    seen_double_star = true;
                }
                Tok::Name | Tok::True | Tok::False | Tok::None if self.peek_n(1)? == Tok::Equal => {
                    let name_tok = self.bump()?;
                    let eq = self.bump()?;
                    if name_tok.kind != Tok::Name {
                        return Err(self.error_span(
                            ErrorKind::Syntax,
                            format!("cannot assign to {}", self.text(&name_tok)),
                            Loc::span(Self::tok_loc(&name_tok), Self::tok_loc(&eq)),
                        ));
                    }
                    let value = self.expression()?;
                    if self.at_comp_for()? {
                        return Err(self.error_span(
                            ErrorKind::Syntax,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            Loc::span(Self::tok_loc(&name_tok), Self::tok_loc(&eq)),
                        ));
                    }
                    let arg = normalize_identifier(self.text(&name_tok));
                    keywords.push(Keyword { arg: Some(arg), value, loc: self.loc(s) });
                    seen_keyword = true;
                }
                _ => {
                    let e = self.named_expression_in_call()?;
                    if !allow_genexp && self.at_comp_for()? {
                        return Err(self.invalid_syntax());
                    }
                    if self.at_comp_for()? {
                        // A bare generator expression is only allowed as the sole argument.
                        let generators = self.for_if_clauses()?;
                        if args.is_empty() && keywords.is_empty() && self.peek()? == Tok::RPar {
                            self.bump()?;
                            let g = self.mk(ExprKind::GeneratorExp { elt: Box::new(e), generators }, open);
                            return Ok((vec![g], keywords));
                        }
                        let last = generators.last().expect("at least one clause");
                        let end = last.ifs.last().map_or(last.iter.loc, |i| i.loc);
                        return Err(self.error_span(
                            ErrorKind::Syntax,
                            "Generator expression must be parenthesized",
                            Loc::span(e.loc, end),
                        ));
                    }
                    if seen_keyword || seen_double_star {
                        let t = self.tok()?;
                        let msg = if seen_double_star {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(self.error_at(ErrorKind::Syntax, msg, &t));
                    }
                    args.push(e);
                }
            }
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        self.expect(Tok::RPar)?;
        Ok((args, keywords))
    }

    /// A positional call argument: `assignment_expression | expression !':='`, with
    /// CPython's message for `f(x+1=2)`.
    fn named_expression_in_call(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Name && self.peek_n(1)? == Tok::ColonEqual {
            return self.assignment_expression();
        }
        let e = self.expression()?;
        if self.peek()? == Tok::Equal {
            let eq = self.tok()?;
            return Err(self.error_span(
                ErrorKind::Syntax,
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                Loc::span(e.loc, Self::tok_loc(&eq)),
            ));
        }
        if self.peek()? == Tok::ColonEqual {
            return Err(self.error_span(
                ErrorKind::Syntax,
                format!("cannot use assignment expressions with {}", super::invalid::expr_name(&e)),
                e.loc,
            ));
        }
        Ok(e)
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    fn lambdef(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        self.expect(Tok::Lambda)?;
        let args = self.parameters(true)?;
        self.expect(Tok::Colon)?;
        let body = self.expression()?;
        Ok(self.mk(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, s))
    }
}

/// Sets the context of a valid target, recursively through tuples, lists and stars.
pub(crate) fn set_context(mut e: Expr, new: ExprContext) -> Expr {
    match &mut e.kind {
        ExprKind::Name { ctx, .. } | ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            let inner = std::mem::replace(&mut **value, Expr { kind: ExprKind::Constant { value: Constant::None, kind_u: false }, loc: Loc::default() });
            **value = set_context(inner, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            let items = std::mem::take(elts);
            *elts = items.into_iter().map(|x| set_context(x, new)).collect();
        }
        _ => {}
    }
    e
}

/// `_PyPegen_new_identifier`: non-ASCII identifiers are NFKC-normalized.
pub(crate) fn normalize_identifier(s: &str) -> Ident {
    if s.is_ascii() {
        return s.into();
    }
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect::<String>().into_boxed_str()
}

/// The value of a NUMBER token (already validated by the tokenizer).
/// Longest decimal integer literal accepted (`sys.get_int_max_str_digits()`; 0 = no limit).
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(4300);

impl<'s> Parser<'s> {
    /// A NUMBER token's value; a decimal integer longer than the conversion limit is a
    /// SyntaxError placed on the token's line with no column, as in CPython.
    pub(super) fn number_value(&self, t: &crate::token::Token) -> PResult<Constant> {
        let text = self.text(t);
        let limit = INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
        let decimal_int = !text.contains(['.', 'e', 'E', 'j', 'J', 'x', 'X', 'o', 'O', 'b', 'B']);
        if decimal_int && limit > 0 {
            let digits = text.bytes().filter(|b| b.is_ascii_digit()).count();
            if digits > limit {
                let msg = format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
                );
                let line = self.line_text(t.lineno);
                return Err(Box::new(crate::error::SyntaxError::at_chars(
                    ErrorKind::Syntax,
                    msg,
                    self.filename,
                    t.lineno,
                    0,
                    t.end_lineno,
                    0,
                    Some(line),
                )));
            }
        }
        Ok(parse_number(text))
    }
}

pub(crate) fn parse_number(text: &str) -> Constant {
    let clean: String;
    let t = if text.contains('_') {
        clean = text.replace('_', "");
        clean.as_str()
    } else {
        text
    };
    let bytes = t.as_bytes();
    if let Some(imag) = t.strip_suffix(['j', 'J']) {
        return Constant::Complex { real: 0.0, imag: parse_float(imag) };
    }
    if bytes.len() > 1 && bytes[0] == b'0' && matches!(bytes[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let radix = match bytes[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            _ => 2,
        };
        return int_constant(&t[2..], radix);
    }
    if t.contains(['.', 'e', 'E']) {
        return Constant::Float(parse_float(t));
    }
    int_constant(t, 10)
}

fn parse_float(t: &str) -> f64 {
    t.parse::<f64>().unwrap_or(f64::INFINITY)
}

fn int_constant(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => {
            let big = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
            Constant::BigInt(Box::new(big))
        }
    }
}
