//! The `match` statement and its patterns (PEP 634). `match` and `case` are soft
//! keywords: a statement starting with the name `match` is a match statement only if
//! `match <subject>: NEWLINE INDENT case` follows; otherwise it is parsed again as an
//! ordinary statement.

use super::expr::normalize_identifier;
use super::{PResult, Parser, Start};
use crate::ast::*;
use crate::error::ErrorKind;
use crate::token::Tok;

impl<'s> Parser<'s> {
    fn pat(&self, kind: PatternKind, s: Start) -> Pattern {
        Pattern { kind, loc: self.loc(s) }
    }

    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    /// Returns `None` (position restored) when this is not a match statement.
    pub(super) fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let mark = self.pos;
        let depth = self.depth;
        let s = self.start()?;
        let kw = self.bump()?;
        let subject = match self.subject_expr() {
            Ok(e) => e,
            Err(e) if self.tz_failed => return Err(e),
            Err(_) => {
                self.pos = mark;
                self.depth = depth;
                return Ok(None);
            }
        };
        if self.peek()? != Tok::Colon || self.peek_n(1)? != Tok::Newline {
            self.pos = mark;
            self.depth = depth;
            return Ok(None);
        }
        self.bump()?;
        self.bump()?;
        if self.peek()? != Tok::Indent {
            let t = self.tok()?;
            return Err(self.error_at(
                ErrorKind::Indentation,
                format!("expected an indented block after 'match' statement on line {}", kw.lineno),
                &t,
            ));
        }
        self.bump()?;
        let mut cases = Vec::new();
        while self.at_soft_keyword("case")? {
            cases.push(self.case_block()?);
        }
        if cases.is_empty() || self.peek()? != Tok::Dedent {
            return Err(self.invalid_syntax());
        }
        self.bump()?;
        Ok(Some(Stmt { kind: StmtKind::Match { subject: Box::new(subject), cases }, loc: self.loc(s) }))
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    pub(super) fn subject_expr(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let first = self.star_named_expression()?;
        if self.peek()? != Tok::Comma {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma)? {
            let k = self.peek()?;
            if !(super::expr::starts_expression(k) || k == Tok::Star) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(Expr { kind: ExprKind::Tuple { elts, ctx: ExprContext::Load }, loc: self.loc(s) })
    }

    // case_block: "case" patterns guard? ':' block
    fn case_block(&mut self) -> PResult<MatchCase> {
        let kw = self.bump()?;
        let pattern = self.patterns()?;
        let guard = if self.eat(Tok::If)? { Some(Box::new(self.named_expression()?)) } else { None };
        match self.peek()? {
            Tok::Colon => {
                self.bump()?;
            }
            Tok::Newline => return Err(self.error_here("expected ':'")),
            _ => return Err(self.invalid_syntax()),
        }
        let body = self.block(&kw, "'case' statement")?;
        Ok(MatchCase { pattern, guard, body })
    }

    // patterns: open_sequence_pattern | pattern
    fn patterns(&mut self) -> PResult<Pattern> {
        let s = self.start()?;
        let first = self.maybe_star_pattern()?;
        if self.peek()? != Tok::Comma {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::Comma)? {
            if matches!(self.peek()?, Tok::Colon | Tok::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(self.pat(PatternKind::MatchSequence { patterns }, s))
    }

    // maybe_star_pattern: star_pattern | pattern
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.peek()? == Tok::Star {
            let s = self.start()?;
            self.bump()?;
            let t = self.tok()?;
            if t.kind != Tok::Name {
                return Err(self.invalid_syntax());
            }
            self.bump()?;
            let text = self.text(&t);
            let name = if text == "_" { None } else { Some(normalize_identifier(text)) };
            return Ok(self.pat(PatternKind::MatchStar { name }, s));
        }
        self.pattern()
    }

    // pattern: as_pattern | or_pattern
    // as_pattern: or_pattern 'as' pattern_capture_target
    fn pattern(&mut self) -> PResult<Pattern> {
        let s = self.start()?;
        let p = self.or_pattern()?;
        if !self.eat(Tok::As)? {
            return Ok(p);
        }
        let t = self.tok()?;
        if t.kind == Tok::Name && self.text(&t) == "_" {
            return Err(self.error_at(ErrorKind::Syntax, "cannot use '_' as a target", &t));
        }
        if t.kind != Tok::Name || matches!(self.peek_n(1)?, Tok::Dot | Tok::LPar | Tok::Equal) {
            // invalid_as_pattern: `or_pattern 'as' !NAME expression`; a NAME there is
            // only ever a generic error.
            if t.kind != Tok::Name && super::expr::starts_expression(t.kind) {
                if let Ok(e) = self.expression() {
                    return Err(self.error_span(ErrorKind::Syntax, "invalid pattern target", e.loc));
                }
            }
            return Err(self.invalid_syntax());
        }
        let name = self.name_ident()?;
        Ok(self.pat(PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(name) }, s))
    }

    // or_pattern: '|'.closed_pattern+
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let s = self.start()?;
        let first = self.closed_pattern()?;
        if self.peek()? != Tok::VBar {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::VBar)? {
            patterns.push(self.closed_pattern()?);
        }
        Ok(self.pat(PatternKind::MatchOr { patterns }, s))
    }

    // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //               | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let s = self.start()?;
        let t = self.tok()?;
        match t.kind {
            Tok::Number | Tok::Minus | Tok::String => {
                let value = self.literal_expr()?;
                Ok(self.pat(PatternKind::MatchValue { value: Box::new(value) }, s))
            }
            Tok::None | Tok::True | Tok::False => {
                self.bump()?;
                let value = match t.kind {
                    Tok::None => Constant::None,
                    Tok::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(self.pat(PatternKind::MatchSingleton { value }, s))
            }
            Tok::Name => {
                let text = self.text(&t);
                if text == "_" {
                    self.bump()?;
                    return Ok(self.pat(PatternKind::MatchAs { pattern: None, name: None }, s));
                }
                let cls = self.name_or_attr()?;
                if self.peek()? == Tok::LPar {
                    return self.class_pattern(s, cls);
                }
                match cls.kind {
                    ExprKind::Name { id, .. } => {
                        if matches!(self.peek()?, Tok::Equal) {
                            return Err(self.invalid_syntax());
                        }
                        Ok(self.pat(PatternKind::MatchAs { pattern: None, name: Some(id) }, s))
                    }
                    _ => Ok(self.pat(PatternKind::MatchValue { value: Box::new(cls) }, s)),
                }
            }
            Tok::LPar => {
                self.bump()?;
                if self.eat(Tok::RPar)? {
                    return Ok(self.pat(PatternKind::MatchSequence { patterns: Vec::new() }, s));
                }
                let first = self.maybe_star_pattern()?;
                if self.peek()? == Tok::RPar && !matches!(first.kind, PatternKind::MatchStar { .. }) {
                    self.bump()?;
                    return Ok(first); // group_pattern keeps the inner position
                }
                self.expect(Tok::Comma)?;
                let mut patterns = vec![first];
                while self.peek()? != Tok::RPar {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(Tok::Comma)? {
                        break;
                    }
                }
                self.expect(Tok::RPar)?;
                Ok(self.pat(PatternKind::MatchSequence { patterns }, s))
            }
            Tok::LSqb => {
                self.bump()?;
                let mut patterns = Vec::new();
                while self.peek()? != Tok::RSqb {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(Tok::Comma)? {
                        break;
                    }
                }
                self.expect(Tok::RSqb)?;
                Ok(self.pat(PatternKind::MatchSequence { patterns }, s))
            }
            Tok::LBrace => self.mapping_pattern(),
            _ => Err(self.invalid_syntax()),
        }
    }

    // name_or_attr: attr | NAME   (attr: name_or_attr '.' NAME)
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let mut e = self.name_expr(ExprContext::Load)?;
        while self.peek()? == Tok::Dot {
            self.bump()?;
            let attr = self.name_ident()?;
            e = Expr { kind: ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, loc: self.loc(s) };
        }
        Ok(e)
    }

    // literal_expr: signed_number !('+' | '-') | complex_number | strings | None | True | False
    fn literal_expr(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        let t = self.tok()?;
        match t.kind {
            Tok::String => {
                let e = self.strings()?;
                Ok(e)
            }
            Tok::None | Tok::True | Tok::False => {
                self.bump()?;
                let value = match t.kind {
                    Tok::None => Constant::None,
                    Tok::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(Expr { kind: ExprKind::Constant { value, kind_u: false }, loc: self.loc(s) })
            }
            _ => {
                let real = self.signed_number()?;
                let op = match self.peek()? {
                    Tok::Plus => Operator::Add,
                    Tok::Minus => Operator::Sub,
                    _ => return Ok(real),
                };
                if is_imaginary(&real) {
                    return Err(self.error_span(ErrorKind::Syntax, "real number required in complex literal", real.loc));
                }
                self.bump()?;
                let it = self.tok()?;
                if it.kind != Tok::Number {
                    return Err(self.invalid_syntax());
                }
                let imag = self.number_atom()?;
                if !is_imaginary(&imag) {
                    return Err(self.error_span(ErrorKind::Syntax, "imaginary number required in complex literal", imag.loc));
                }
                Ok(Expr { kind: ExprKind::BinOp { left: Box::new(real), op, right: Box::new(imag) }, loc: self.loc(s) })
            }
        }
    }

    // signed_number: NUMBER | '-' NUMBER
    fn signed_number(&mut self) -> PResult<Expr> {
        let s = self.start()?;
        if self.eat(Tok::Minus)? {
            let n = self.number_atom()?;
            return Ok(Expr { kind: ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(n) }, loc: self.loc(s) });
        }
        self.number_atom()
    }

    fn number_atom(&mut self) -> PResult<Expr> {
        let t = self.tok()?;
        if t.kind != Tok::Number {
            return Err(self.invalid_syntax());
        }
        self.bump()?;
        Ok(Expr { kind: ExprKind::Constant { value: self.number_value(&t)?, kind_u: false }, loc: Self::tok_loc(&t) })
    }

    // mapping_pattern: '{' [items_pattern] [double_star_pattern] ','? '}'
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let s = self.start()?;
        self.expect(Tok::LBrace)?;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while self.peek()? != Tok::RBrace {
            if self.eat(Tok::DoubleStar)? {
                let t = self.tok()?;
                if t.kind != Tok::Name || self.text(&t) == "_" {
                    return Err(self.invalid_syntax());
                }
                rest = Some(self.name_ident()?);
                self.eat(Tok::Comma)?;
                break;
            }
            let key = match self.peek()? {
                Tok::Name => {
                    let e = self.name_or_attr()?;
                    if matches!(e.kind, ExprKind::Name { .. }) {
                        return Err(self.invalid_syntax());
                    }
                    e
                }
                _ => self.literal_expr()?,
            };
            self.expect(Tok::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        self.expect(Tok::RBrace)?;
        Ok(self.pat(PatternKind::MatchMapping { keys, patterns, rest }, s))
    }

    // class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns] ','? ')'
    fn class_pattern(&mut self, s: Start, cls: Expr) -> PResult<Pattern> {
        self.expect(Tok::LPar)?;
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns: Vec<Pattern> = Vec::new();
        let mut late_positional: Vec<Pattern> = Vec::new();
        while self.peek()? != Tok::RPar {
            if self.peek()? == Tok::Name && self.peek_n(1)? == Tok::Equal {
                kwd_attrs.push(self.name_ident()?);
                self.bump()?;
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if kwd_patterns.is_empty() {
                    patterns.push(p);
                } else {
                    late_positional.push(p);
                }
            }
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        if let (Some(first), Some(last)) = (late_positional.first(), late_positional.last()) {
            return Err(self.error_span(ErrorKind::Syntax, "positional patterns follow keyword patterns", Loc::span(first.loc, last.loc)));
        }
        self.expect(Tok::RPar)?;
        Ok(self.pat(PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }, s))
    }
}

fn is_imaginary(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { value: Constant::Complex { .. }, .. } => true,
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        _ => false,
    }
}
