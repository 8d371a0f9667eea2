//! Parameter lists of `def` and `lambda` (`params`, `lambda_params`): positional-only
//! (`/`), regular, `*args` or bare `*`, keyword-only, `**kwargs`, defaults, annotations
//! and per-parameter type comments, with CPython's messages for misplaced parts.

use super::{PResult, Parser};
use crate::ast::*;
use crate::error::ErrorKind;
use crate::token::Tok;

impl<'s> Parser<'s> {
    /// Parses parameters up to (not including) `)` for a def or `:` for a lambda.
    pub(super) fn parameters(&mut self, is_lambda: bool) -> PResult<Arguments> {
        let close = if is_lambda { Tok::Colon } else { Tok::RPar };
        let mut a = Arguments::default();
        let mut params: Vec<Arg> = Vec::new(); // positional parameters not yet known to be posonly
        let mut defaults: Vec<Expr> = Vec::new();
        let mut seen_slash = false;
        let mut seen_star = false;
        loop {
            let t = self.tok()?;
            if t.kind == close {
                break;
            }
            match t.kind {
                Tok::Slash => {
                    if seen_star {
                        return Err(self.error_at(ErrorKind::Syntax, "/ must be ahead of *", &t));
                    }
                    if seen_slash {
                        return Err(self.error_at(ErrorKind::Syntax, "/ may appear only once", &t));
                    }
                    if params.is_empty() {
                        return Err(self.error_at(ErrorKind::Syntax, "at least one argument must precede /", &t));
                    }
                    self.bump()?;
                    seen_slash = true;
                    a.posonlyargs.append(&mut params);
                }
                Tok::Star => {
                    if seen_star {
                        return Err(self.error_at(ErrorKind::Syntax, "* argument may appear only once", &t));
                    }
                    self.bump()?;
                    seen_star = true;
                    let next = self.peek()?;
                    if next == close || (next == Tok::Comma && matches!(self.peek_n(1)?, k if k == close || k == Tok::DoubleStar)) {
                        // `def` blames the '*'; `lambda` the last token read (RAISE_SYNTAX_ERROR).
                        let blame = if is_lambda { *self.toks.last().expect("peeked") } else { t };
                        return Err(self.error_at(ErrorKind::Syntax, "named arguments must follow bare *", &blame));
                    }
                    if next == Tok::Name {
                        let arg = self.param(is_lambda, true)?;
                        if self.peek()? == Tok::Equal {
                            let eq = self.tok()?;
                            return Err(self.error_at(ErrorKind::Syntax, "var-positional argument cannot have default value", &eq));
                        }
                        let mut arg = arg;
                        let more = self.after_param(&mut arg, close)?;
                        a.vararg = Some(Box::new(arg));
                        if !more {
                            break;
                        }
                        continue;
                    } else if next != Tok::Comma {
                        return Err(self.invalid_syntax());
                    }
                }
                Tok::DoubleStar => {
                    self.bump()?;
                    let arg = self.param(is_lambda, false)?;
                    if self.peek()? == Tok::Equal {
                        let eq = self.tok()?;
                        return Err(self.error_at(ErrorKind::Syntax, "var-keyword argument cannot have default value", &eq));
                    }
                    let mut arg = arg;
                    let had_comma = self.after_param(&mut arg, close)?;
                    a.kwarg = Some(Box::new(arg));
                    if had_comma {
                        let t = self.tok()?;
                        if matches!(t.kind, Tok::Name | Tok::Star | Tok::DoubleStar | Tok::Slash) {
                            return Err(self.error_at(ErrorKind::Syntax, "arguments cannot follow var-keyword argument", &t));
                        }
                    }
                    break;
                }
                Tok::Name => {
                    let mut arg = self.param(is_lambda, false)?;
                    let default = if self.peek()? == Tok::Equal {
                        let eq = self.bump()?;
                        if matches!(self.peek()?, Tok::RPar | Tok::Comma) {
                            return Err(self.error_at(ErrorKind::Syntax, "expected default value expression", &eq));
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    let more = self.after_param(&mut arg, close)?;
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => defaults.push(d),
                            None if !defaults.is_empty() => {
                                return Err(self.error_span(
                                    ErrorKind::Syntax,
                                    "non-default argument follows default argument",
                                    arg.loc,
                                ));
                            }
                            None => {}
                        }
                        params.push(arg);
                    }
                    if !more {
                        break;
                    }
                    continue;
                }
                Tok::LPar => {
                    let msg = if is_lambda {
                        "Lambda expression parameters cannot be parenthesized"
                    } else {
                        "Function parameters cannot be parenthesized"
                    };
                    return Err(self.parenthesized_params_error(msg));
                }
                _ => return Err(self.invalid_syntax()),
            }
            // After '/' or a bare '*'.
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        a.args = params;
        a.defaults = defaults;
        Ok(a)
    }

    /// The end of one parameter: `',' [TYPE_COMMENT]` or `[TYPE_COMMENT] &')'`.
    /// Returns whether a comma followed (more parameters may come).
    fn after_param(&mut self, arg: &mut Arg, close: Tok) -> PResult<bool> {
        let comma = self.eat(Tok::Comma)?;
        if self.peek()? == Tok::TypeComment {
            let t = self.tok()?;
            if comma || self.peek_n(1)? == close {
                self.bump()?;
                arg.type_comment = Some(self.text(&t).to_string());
            }
        }
        Ok(comma)
    }

    // param: NAME annotation?   (lambda_param: NAME; param_star_annotation: NAME ':' star_expression)
    fn param(&mut self, is_lambda: bool, star_annotation: bool) -> PResult<Arg> {
        let s = self.start()?;
        let arg = self.name_ident()?;
        let annotation = if !is_lambda && self.eat(Tok::Colon)? {
            Some(Box::new(if star_annotation { self.star_expression()? } else { self.expression()? }))
        } else {
            None
        };
        let type_comment = None;
        Ok(Arg { arg, annotation, type_comment, loc: self.loc(s) })
    }

    #[cold]
    fn parenthesized_params_error(&mut self, msg: &str) -> Box<crate::error::SyntaxError> {
        let open = match self.tok() {
            Ok(t) => t,
            Err(e) => return e,
        };
        let mut depth = 0;
        let mut i = self.pos;
        loop {
            if self.fill(i).is_err() {
                return self.invalid_syntax();
            }
            let t = self.toks[i];
            match t.kind {
                Tok::LPar => depth += 1,
                Tok::RPar => {
                    depth -= 1;
                    if depth == 0 {
                        return self.error_span(ErrorKind::Syntax, msg, Loc::span(Self::tok_loc(&open), Self::tok_loc(&t)));
                    }
                }
                Tok::Newline | Tok::EndMarker => return self.invalid_syntax(),
                _ => {}
            }
            i += 1;
        }
    }
}
