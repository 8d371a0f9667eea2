//! Stage 3 — tokens → AST, for CPython 3.11's grammar (`Grammar/python.gram`).
//!
//! A hand-written recursive-descent parser. Each function names the grammar rule it
//! implements; where the PEG grammar backtracks, this parser decides with one or two
//! tokens of lookahead, or parses a general form and then narrows it (an assignment
//! target is parsed as an expression and then converted, as CPython's old parser did).
//! Tokens come lazily from the tokenizer into a buffer, so `mark`/`reset` backtracking is
//! an index move, used for the few genuinely ambiguous spots (soft keywords).
//!
//! Positions follow CPython's rule: a node spans from the first token of the rule that
//! built it to the last token that rule consumed (so `(a) + b` starts at the `(`, while
//! the `a` inside starts after it).
//!
//! Errors: the first syntax error wins, with CPython's message for the common cases
//! (`invalid_*` rules); a generic "invalid syntax" is then overridden, as in CPython, by a
//! tokenizer error further on or by an unclosed bracket opened earlier.

mod expr;
mod invalid;
mod params;
mod pattern;
mod stmt;
pub mod strings;

use crate::ast::{Loc, Mod, TypeIgnore};
use crate::error::{char_col, ErrorKind, SyntaxError};
use crate::source::{self, Origin};
use crate::token::{Tok, Token};
use crate::tokenizer::Tokenizer;

/// What to parse the source as (`compile()`'s mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: `exec`.
    Exec,
    /// One expression: `eval`.
    Eval,
    /// One interactive statement: `single`.
    Single,
    /// A function type comment: `func_type`.
    FuncType,
}

impl Mode {
    /// Parses a mode name as `compile()` and `-m ast -m` accept it.
    pub fn from_name(s: &str) -> Option<Mode> {
        Some(match s {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            "func_type" => Mode::FuncType,
            _ => return None,
        })
    }
}

/// A parse failure (boxed: the happy path stays small).
pub(crate) type PResult<T> = Result<T, Box<SyntaxError>>;

/// Parses normalized source text (stage 1 already applied).
pub fn parse_source(text: &str, filename: &str, mode: Mode) -> Result<Mod, SyntaxError> {
    parse_text(text, filename, mode, false)
}

/// Parses normalized source text, optionally collecting type comments.
pub fn parse_text(text: &str, filename: &str, mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    let mut p = Parser::new(text, filename, type_comments);
    p.parse_mod(mode).map_err(|e| *e)
}

/// Stage 1 and 3 together: decodes `bytes` and parses them.
pub fn parse_bytes(bytes: &[u8], filename: &str, mode: Mode, type_comments: bool, origin: Origin) -> Result<Mod, SyntaxError> {
    let src = source::decode(bytes, filename, origin)?;
    parse_text(&src.text, filename, mode, type_comments)
}

/// The parser state: the token buffer and the tokenizer feeding it.
pub(crate) struct Parser<'s> {
    tz: Tokenizer<'s>,
    src: &'s str,
    filename: &'s str,
    toks: Vec<Token>,
    pos: usize,
    /// Set once the tokenizer has failed: its error is final.
    tz_failed: bool,
    /// Expression nesting depth (bounded like CPython's parser stack).
    depth: u32,
    /// Lines before `src` in the file (non-zero for f-string expressions).
    line_offset: u32,
    /// Set for the parser of an f-string expression.
    in_fstring: bool,
    /// Column shift of an f-string expression's first line (error columns exclude it).
    fstring_col_shift: u32,
}

/// Positions for a node: start of its first token, end of its last.
#[derive(Clone, Copy)]
pub(crate) struct Start {
    lineno: u32,
    col: u32,
}

impl<'s> Parser<'s> {
    pub(crate) fn new(src: &'s str, filename: &'s str, type_comments: bool) -> Self {
        Parser {
            tz: Tokenizer::new(src, filename, type_comments),
            src,
            filename,
            toks: Vec::with_capacity(src.len() / 4 + 16),
            pos: 0,
            tz_failed: false,
            depth: 0,
            line_offset: 0,
            in_fstring: false,
            fstring_col_shift: 0,
        }
    }

    /// A parser for an f-string expression whose text is `src`, placed in the file.
    pub(crate) fn new_fstring(src: &'s str, filename: &'s str, line_offset: u32, col_offset: u32) -> Self {
        Parser {
            tz: Tokenizer::with_offsets(src, filename, line_offset, col_offset),
            src,
            filename,
            toks: Vec::with_capacity(16),
            pos: 0,
            tz_failed: false,
            depth: 0,
            line_offset,
            in_fstring: true,
            fstring_col_shift: col_offset,
        }
    }

    // ----- token access -------------------------------------------------------------

    /// Makes sure `toks[i]` exists, pulling from the tokenizer.
    #[inline]
    fn fill(&mut self, i: usize) -> PResult<()> {
        while self.toks.len() <= i {
            let t = match self.tz.next_token() {
                Ok(t) => t,
                Err(e) => {
                    self.tz_failed = true;
                    return Err(Box::new(e));
                }
            };
            self.toks.push(t);
            if t.kind == Tok::EndMarker {
                // Never read past ENDMARKER: repeat it.
                while self.toks.len() <= i {
                    self.toks.push(t);
                }
            }
        }
        Ok(())
    }

    /// The current token.
    #[inline]
    fn tok(&mut self) -> PResult<Token> {
        self.fill(self.pos)?;
        Ok(self.toks[self.pos])
    }

    /// The current token's kind.
    #[inline]
    fn peek(&mut self) -> PResult<Tok> {
        Ok(self.tok()?.kind)
    }

    /// The kind of the token `k` places ahead.
    #[inline]
    fn peek_n(&mut self, k: usize) -> PResult<Tok> {
        self.fill(self.pos + k)?;
        Ok(self.toks[self.pos + k].kind)
    }

    /// True (and consumes it) when the current token is `kind`.
    #[inline]
    fn eat(&mut self, kind: Tok) -> PResult<bool> {
        if self.peek()? == kind {
            self.pos += 1;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Consumes and returns the current token.
    #[inline]
    fn bump(&mut self) -> PResult<Token> {
        let t = self.tok()?;
        self.pos += 1;
        Ok(t)
    }

    /// The text of a token.
    fn text(&self, t: &Token) -> &'s str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// True when the current token is the NAME `word` (soft keywords).
    fn at_soft_keyword(&mut self, word: &str) -> PResult<bool> {
        let t = self.tok()?;
        Ok(t.kind == Tok::Name && self.text(&t) == word)
    }

    /// Start position of the current token.
    #[inline]
    fn start(&mut self) -> PResult<Start> {
        let t = self.tok()?;
        Ok(Start { lineno: t.lineno, col: t.col })
    }

    /// The span from `s` to the end of the last consumed token that is not a
    /// NEWLINE/INDENT/DEDENT (CPython's `_PyPegen_get_last_nonnwhitespace_token`).
    #[inline]
    fn loc(&self, s: Start) -> Loc {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            let t = &self.toks[i];
            if !matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker) {
                return Loc { lineno: s.lineno, col: s.col, end_lineno: t.end_lineno, end_col: t.end_col };
            }
        }
        Loc { lineno: s.lineno, col: s.col, end_lineno: s.lineno, end_col: s.col }
    }

    /// The span of one token.
    fn tok_loc(t: &Token) -> Loc {
        Loc { lineno: t.lineno, col: t.col, end_lineno: t.end_lineno, end_col: t.end_col }
    }

    // ----- errors -------------------------------------------------------------------

    /// Text of source line `lineno` (as numbered in the file), newline included.
    fn line_text(&self, lineno: u32) -> String {
        let start = self.tz.line_start_of(lineno.saturating_sub(self.line_offset));
        let bytes = self.src.as_bytes();
        let end = bytes[start..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| start + p + 1);
        self.src[start..end].to_string()
    }

    /// An error spanning `loc` (byte columns), CPython's RAISE_ERROR_KNOWN_LOCATION.
    pub(crate) fn error_span(&self, kind: ErrorKind, msg: impl Into<String>, loc: Loc) -> Box<SyntaxError> {
        let text = self.line_text(loc.lineno);
        // Inside an f-string expression, columns are reported relative to its own text.
        let first = self.line_offset + 1;
        let shift = |line: u32| if self.in_fstring && line == first { self.fstring_col_shift } else { 0 };
        let col = loc.col.saturating_sub(shift(loc.lineno));
        let end_col = loc.end_col.saturating_sub(shift(loc.end_lineno));
        let offset = char_col(&text, col as usize) as i64 + 1;
        let end_text = if loc.end_lineno == loc.lineno { text.clone() } else { self.line_text(loc.end_lineno) };
        let end_offset = char_col(&end_text, end_col as usize) as i64 + 1;
        Box::new(SyntaxError::at_chars(kind, msg, self.filename, loc.lineno, offset, loc.end_lineno, end_offset, Some(text)))
    }

    /// An error at a token (CPython's RAISE_SYNTAX_ERROR, which blames the last token).
    pub(crate) fn error_at(&self, kind: ErrorKind, msg: impl Into<String>, t: &Token) -> Box<SyntaxError> {
        match t.kind {
            Tok::Indent | Tok::Dedent | Tok::EndMarker => {
                // These carry no columns in CPython: the offset is where the tokenizer
                // stood, and there is no end.
                let text = self.line_text(t.lineno);
                let off = char_col(&text, t.col as usize) as i64;
                Box::new(SyntaxError::at_chars(kind, msg, self.filename, t.lineno, off, t.lineno, -1, Some(text)))
            }
            _ => self.error_span(kind, msg, Self::tok_loc(t)),
        }
    }

    /// A generic "invalid syntax" at the current token.
    pub(crate) fn invalid_syntax(&mut self) -> Box<SyntaxError> {
        match self.tok() {
            Err(e) => e,
            Ok(t) => self.error_at_token_generic(&t),
        }
    }

    fn error_at_token_generic(&self, t: &Token) -> Box<SyntaxError> {
        match t.kind {
            Tok::Indent => self.error_at(ErrorKind::Indentation, "unexpected indent", t),
            Tok::Dedent => self.error_at(ErrorKind::Indentation, "unexpected unindent", t),
            _ => self.error_at(ErrorKind::Syntax, "invalid syntax", t),
        }
    }

    /// A syntax error blaming the current token.
    pub(crate) fn error_here(&mut self, msg: impl Into<String>) -> Box<SyntaxError> {
        match self.tok() {
            Err(e) => e,
            Ok(t) => self.error_at(ErrorKind::Syntax, msg, &t),
        }
    }

    /// Consumes `kind` or fails with a generic syntax error.
    #[inline]
    fn expect(&mut self, kind: Tok) -> PResult<Token> {
        let t = self.tok()?;
        if t.kind == kind {
            self.pos += 1;
            Ok(t)
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// CPython's forced token (`&&':'`): fails with "expected ':'".
    fn expect_forced(&mut self, kind: Tok, what: &str) -> PResult<Token> {
        let t = self.tok()?;
        if t.kind == kind {
            self.pos += 1;
            Ok(t)
        } else {
            Err(self.error_at(ErrorKind::Syntax, format!("expected '{what}'"), &t))
        }
    }

    /// After a parser error: a tokenizer error further on, or a bracket left open on an
    /// earlier line, takes precedence (`_PyPegen_tokenize_full_source_to_check_for_errors`).
    fn prefer_tokenizer_errors(&mut self, err: Box<SyntaxError>) -> Box<SyntaxError> {
        let err_line = err.lineno.unwrap_or(0);
        loop {
            match self.tz.next_token() {
                Ok(t) if t.kind == Tok::EndMarker => return err,
                Ok(_) => continue,
                Err(e) => {
                    if e.msg.ends_with("was never closed") {
                        if e.lineno.unwrap_or(0) < err_line {
                            return Box::new(e);
                        }
                        return err;
                    }
                    return Box::new(e);
                }
            }
        }
    }

    // ----- entry points -------------------------------------------------------------

    fn parse_mod(&mut self, mode: Mode) -> PResult<Mod> {
        let result = match mode {
            Mode::Exec => self.file(),
            Mode::Eval => self.eval_input(),
            Mode::Single => self.interactive(),
            Mode::FuncType => self.func_type_input(),
        };
        match result {
            Ok(m) => Ok(m),
            Err(e) if self.tz_failed => Err(e),
            Err(e) => Err(self.prefer_tokenizer_errors(e)),
        }
    }

    // file: [statements] ENDMARKER
    fn file(&mut self) -> PResult<Mod> {
        let body = self.statements_until_end()?;
        let type_ignores = self.tz.type_ignores.iter().map(|(l, t)| TypeIgnore { lineno: *l, tag: t.clone() }).collect();
        Ok(Mod::Module { body, type_ignores })
    }

    // eval: expressions NEWLINE* ENDMARKER
    fn eval_input(&mut self) -> PResult<Mod> {
        let body = self.expressions()?;
        while self.eat(Tok::Newline)? {}
        if self.peek()? != Tok::EndMarker {
            return Err(self.invalid_syntax());
        }
        Ok(Mod::Expression { body: Box::new(body) })
    }

    // interactive: statement_newline
    fn interactive(&mut self) -> PResult<Mod> {
        let body = self.statement_newline()?;
        Ok(Mod::Interactive { body })
    }

    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    fn func_type_input(&mut self) -> PResult<Mod> {
        self.expect(Tok::LPar)?;
        let mut argtypes = Vec::new();
        if self.peek()? != Tok::RPar {
            loop {
                // type_expressions allows *a and **b, which are kept as plain expressions.
                let _ = self.eat(Tok::Star)? || self.eat(Tok::DoubleStar)?;
                argtypes.push(self.expression()?);
                if !self.eat(Tok::Comma)? {
                    break;
                }
            }
        }
        self.expect(Tok::RPar)?;
        self.expect(Tok::RArrow)?;
        let returns = self.expression()?;
        while self.eat(Tok::Newline)? {}
        if self.peek()? != Tok::EndMarker {
            return Err(self.invalid_syntax());
        }
        Ok(Mod::FunctionType { argtypes, returns: Box::new(returns) })
    }
}

#[cfg(test)]
mod tests;
