//! The error side of the grammar (CPython's `invalid_*` rules): names of expression kinds
//! for messages, the search for the offending part of an assignment target, and the
//! diagnoses that need a second look at the tokens (a missing comma, `print x`).

use super::{PResult, Parser};
use crate::ast::*;
use crate::error::{ErrorKind, SyntaxError};
use crate::token::Tok;

/// Which kind of target list is being checked (`_PyPegen_get_invalid_target`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Targets {
    /// Assignment and `with ... as` targets.
    Star,
    /// `del` targets.
    Del,
    /// `for` targets (where `a in b` was parsed as a comparison).
    For,
}

/// `_PyPegen_get_expr_name`: how messages name an expression kind.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// `_PyPegen_get_invalid_target`: the first part of `e` that cannot be a target.
pub(crate) fn invalid_target(e: &Expr, kind: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(|x| invalid_target(x, kind)),
        ExprKind::Starred { value, .. } => {
            if kind == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == Targets::For => {
            if ops[0] == CmpOp::In {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// True for expressions the `bitwise_or` rule can produce on its own (no comparison,
/// boolean operator, `not`, conditional, lambda or walrus at the top).
pub(crate) fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
    )
}

impl<'s> Parser<'s> {
    /// Two expressions side by side (`f(a b)`, `print "x"`): CPython's
    /// `invalid_legacy_expression` and `invalid_expression` diagnoses, else "invalid syntax".
    #[cold]
    pub(super) fn juxtaposed_expressions(&mut self, first: usize, a: &Expr) -> Box<SyntaxError> {
        let generic = self.invalid_syntax();
        let here = self.pos;
        // invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction
        // b=expression_without_invalid, reported only inside brackets. `b` is parsed either
        // way, so a tokenizer error met there (an unclosed bracket) ends everything.
        let t0 = self.toks[first];
        let name_string = t0.kind == Tok::Name && self.toks.get(first + 1).map(|t| t.kind) == Some(Tok::String);
        let soft = t0.kind == Tok::Name && matches!(self.text(&t0), "match" | "case" | "_");
        let legacy = matches!(&a.kind, ExprKind::Name { id, .. } if &**id == "print" || &**id == "exec");
        if !name_string && !soft && !legacy {
            let depth = self.depth;
            let result = self.expression_without_invalid();
            self.depth = depth;
            self.pos = here;
            match result {
                Ok(b) if self.toks[here - 1].level != 0 => {
                    return self.error_span(ErrorKind::Syntax, "invalid syntax. Perhaps you forgot a comma?", Loc::span(a.loc, b.loc));
                }
                Err(e) if self.tz_failed => return e,
                _ => {}
            }
        }
        // invalid_legacy_expression: a=NAME !'(' b=star_expressions — parsed with the error
        // rules on, so a specific error inside `b` is the one reported.
        if let ExprKind::Name { id, .. } = &a.kind {
            if self.toks[here - 1].kind == Tok::Name {
                let depth = self.depth;
                let result = self.star_expressions();
                self.depth = depth;
                self.pos = here;
                match result {
                    Ok(b) if legacy => {
                        return self.error_span(
                            ErrorKind::Syntax,
                            format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"),
                            Loc::span(a.loc, b.loc),
                        );
                    }
                    Err(e) if self.tz_failed || e.msg != "invalid syntax" => return e,
                    _ => {}
                }
            }
        }
        generic
    }

    /// `expression` without the juxtaposition diagnosis (CPython's
    /// `expression_without_invalid`), used while diagnosing.
    fn expression_without_invalid(&mut self) -> PResult<Expr> {
        if self.peek()? == Tok::Lambda {
            return self.expression();
        }
        let s = self.start()?;
        let body = self.disjunction()?;
        if self.eat(Tok::If)? {
            let test = self.disjunction()?;
            self.expect(Tok::Else)?;
            let orelse = self.expression()?;
            return Ok(Expr {
                kind: ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
                loc: self.loc(s),
            });
        }
        Ok(body)
    }

    /// `invalid_named_expression`: `x = 1` where an expression was expected.
    #[cold]
    pub(super) fn invalid_named_expression(&mut self, a: &Expr) -> Box<SyntaxError> {
        let here = self.pos;
        let generic = self.invalid_syntax();
        // Look past the '=' for a bitwise_or not followed by '=' or ':='.
        self.pos += 1;
        let rhs = self.bitwise_or();
        let ok_rhs = match &rhs {
            Ok(_) => !matches!(self.peek(), Ok(Tok::Equal) | Ok(Tok::ColonEqual)),
            Err(_) => false,
        };
        self.pos = here;
        // A specific error found further in (e.g. the same mistake nested) wins, as in
        // CPython where errors raised in a sub-rule end the parse at once.
        let b = match rhs {
            Ok(b) => b,
            Err(e) if e.msg != "invalid syntax" => return e,
            Err(_) => return generic,
        };
        if !ok_rhs {
            return generic;
        }
        if let ExprKind::Name { .. } = a.kind {
            return self.error_span(
                ErrorKind::Syntax,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Loc::span(a.loc, b.loc),
            );
        }
        let excluded = matches!(
            a.kind,
            ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
        ) || matches!(a.kind, ExprKind::Constant { value: Constant::None | Constant::Bool(_), .. });
        if excluded || !is_bitwise_or_level(a) {
            return generic;
        }
        self.error_span(
            ErrorKind::Syntax,
            format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(a)),
            a.loc,
        )
    }
}
