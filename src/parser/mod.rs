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
use crate::error::{char_col, ErrorKind, SyntaxError, Warning};
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

/// Stage 1 and 3 together: decodes `bytes` and parses them. Error positions follow
/// CPython's conventions for `origin` (a file being run, or a string being compiled).
pub fn parse_bytes(bytes: &[u8], filename: &str, mode: Mode, type_comments: bool, origin: Origin) -> Result<Mod, SyntaxError> {
    parse_bytes_with_warnings(bytes, filename, mode, type_comments, origin).result
}

/// What parsing produced: the tree or the error, the SyntaxWarnings raised on the way
/// (in CPython's order, repeats included), and the decoded text they refer to.
pub struct Parsed {
    /// The module, or the syntax error that stopped the parse.
    pub result: Result<Mod, SyntaxError>,
    /// Warnings to show, in order.
    pub warnings: Vec<Warning>,
    /// The decoded source text (empty when decoding failed).
    pub text: String,
}

/// `parse_bytes`, keeping the warnings.
pub fn parse_bytes_with_warnings(bytes: &[u8], filename: &str, mode: Mode, type_comments: bool, origin: Origin) -> Parsed {
    let src = match source::decode(bytes, filename, origin) {
        Ok(s) => s,
        Err(e) => return Parsed { result: Err(e), warnings: Vec::new(), text: String::new() },
    };
    let mut p = Parser::new(&src.text, filename, type_comments);
    let file = origin == Origin::File;
    p.tz.set_file_mode(file, !file || src.declared);
    if let Some(e) = src.pending_error.clone() {
        p.tz.set_eof_error(e);
    }
    p.bom = src.bom && file;
    let result = p.parse_mod(mode).map_err(|e| *e);
    let warnings = std::mem::take(&mut p.warnings);
    Parsed { result, warnings, text: src.text.clone() }
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
    /// SyntaxWarnings raised so far, in order.
    pub(crate) warnings: Vec<Warning>,
    /// The subset raised inside f-string expressions: CPython's second, error-reporting
    /// pass parses those strings again and repeats them.
    fstring_warnings: Vec<Warning>,
    /// The file began with a BOM.
    bom: bool,
    /// Set when an "unexpected indent/unindent" error was made: CPython reports those
    /// without scanning the rest of the source.
    indent_error_final: std::cell::Cell<bool>,
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
            warnings: Vec::new(),
            fstring_warnings: Vec::new(),
            indent_error_final: std::cell::Cell::new(false),
            bom: false,
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
            warnings: Vec::new(),
            fstring_warnings: Vec::new(),
            indent_error_final: std::cell::Cell::new(false),
            bom: false,
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
                    return Err(Box::new(self.as_parser_error(e)));
                }
            };
            self.toks.push(t);
            if !self.tz.warnings.is_empty() {
                self.warnings.append(&mut self.tz.warnings);
            }
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
        if self.tz.file_mode() {
            // Re-read from the file, as CPython does: line 1 keeps a BOM.
            if lineno == 1 && self.bom {
                let mut with_bom = "\u{feff}".as_bytes().to_vec();
                with_bom.extend_from_slice(&bytes[start..end]);
                return program_text_chunk(&with_bom);
            }
            return program_text_chunk(&bytes[start..end]);
        }
        self.src[start..end].to_string()
    }

    /// 1-based error column for a byte column of `line`: characters when the encoding is
    /// known to the tokenizer, else bytes (CPython's `_PyPegen_raise_error_known_location`).
    fn offset_for(&self, line: &str, byte_col: u32) -> i64 {
        if self.tz.char_cols {
            char_col(line, byte_col as usize) as i64 + 1
        } else {
            byte_col as i64 + 1
        }
    }

    /// An error spanning `loc`: CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE.
    pub(crate) fn error_span(&self, kind: ErrorKind, msg: impl Into<String>, loc: Loc) -> Box<SyntaxError> {
        let text = self.line_text(loc.lineno);
        // Inside an f-string expression, columns are reported relative to its own text.
        let first = self.line_offset + 1;
        let shift = |line: u32| if self.in_fstring && line == first { self.fstring_col_shift } else { 0 };
        let col = loc.col.saturating_sub(shift(loc.lineno));
        let end_col = loc.end_col.saturating_sub(shift(loc.end_lineno));
        let offset = self.offset_for(&text, col);
        let end_text = if loc.end_lineno == loc.lineno { text.clone() } else { self.line_text(loc.end_lineno) };
        let end_offset = self.offset_for(&end_text, end_col);
        Box::new(SyntaxError::at_chars(kind, msg, self.filename, loc.lineno, offset, loc.end_lineno, end_offset, Some(text)))
    }

    /// An error blaming a token (CPython's RAISE_SYNTAX_ERROR, which blames the last token
    /// read). INDENT, DEDENT and ENDMARKER carry no columns in CPython: the offset is where
    /// the tokenizer stood, and there is no end.
    pub(crate) fn error_at(&self, kind: ErrorKind, msg: impl Into<String>, t: &Token) -> Box<SyntaxError> {
        match t.kind {
            Tok::Indent | Tok::Dedent | Tok::EndMarker => {
                let text = self.line_text(t.lineno);
                Box::new(SyntaxError::at_chars(kind, msg, self.filename, t.lineno, t.col as i64, t.lineno, -1, Some(text)))
            }
            _ => self.error_span(kind, msg, Self::tok_loc(t)),
        }
    }

    /// CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from `loc` to where the tokenizer stands
    /// (the end of the furthest token read).
    pub(crate) fn error_starting_from(&self, msg: impl Into<String>, loc: Loc) -> Box<SyntaxError> {
        let mut e = self.error_span(ErrorKind::Syntax, msg, loc);
        if let Some(last) = self.toks.last() {
            if last.lineno == loc.lineno {
                let text = self.line_text(last.end_lineno);
                e.end_offset = self.offset_for(&text, last.end_col) - 1;
                e.end_lineno = Some(last.end_lineno);
            }
        }
        e
    }

    /// A generic "invalid syntax" at the current token.
    pub(crate) fn invalid_syntax(&mut self) -> Box<SyntaxError> {
        // CPython blames the last token the parser fetched, wherever backtracking left it.
        if let Err(e) = self.tok() {
            return e;
        }
        let t = *self.toks.last().expect("tok() filled the buffer");
        self.error_at_token_generic(&t)
    }

    pub(crate) fn error_at_token_generic(&self, t: &Token) -> Box<SyntaxError> {
        match t.kind {
            // These end the parse as they are: no scan of the rest for tokenizer errors.
            Tok::Indent => {
                self.indent_error_final.set(true);
                self.error_at(ErrorKind::Indentation, "unexpected indent", t)
            }
            Tok::Dedent => {
                self.indent_error_final.set(true);
                self.error_at(ErrorKind::Indentation, "unexpected unindent", t)
            }
            Tok::EndMarker => {
                // RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token without columns: 0 and 0.
                let text = self.line_text(t.lineno);
                Box::new(SyntaxError::at_chars(ErrorKind::Syntax, "invalid syntax", self.filename, t.lineno, 0, t.lineno, 0, Some(text)))
            }
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

    /// "was never closed" is raised by the parser in CPython (from the tokenizer's state),
    /// so its text is the parser's view of the line (a file's line re-read, BOM and all).
    fn as_parser_error(&self, e: SyntaxError) -> SyntaxError {
        if self.in_fstring || !e.msg.ends_with("was never closed") {
            return e;
        }
        let (Some((_, _, col)), Some(lineno)) = (self.tz.innermost_paren(), e.lineno) else {
            return e;
        };
        let text = self.line_text(lineno);
        let off = self.offset_for(&text, col);
        SyntaxError::at_chars(ErrorKind::Syntax, e.msg, self.filename, lineno, off, lineno, 0, Some(text))
    }

    /// Records warnings raised by an f-string expression's own parser.
    pub(crate) fn absorb_fstring_warnings(&mut self, mut w: Vec<Warning>) {
        self.fstring_warnings.extend(w.iter().cloned());
        self.warnings.append(&mut w);
    }

    /// After a parser error: a tokenizer error further on, or a bracket left open on an
    /// earlier line, takes precedence (`_PyPegen_tokenize_full_source_to_check_for_errors`).
    fn prefer_tokenizer_errors(&mut self, err: Box<SyntaxError>) -> Box<SyntaxError> {
        // CPython measures from the line of the last token read, not the error's.
        let err_line = self.toks.last().map_or(0, |t| t.lineno);
        // CPython's second pass re-ran the f-string parses; then the rest is tokenized.
        let repeated = self.fstring_warnings.clone();
        self.warnings.extend(repeated);
        let e = self.tokenize_rest(err, err_line);
        self.warnings.append(&mut self.tz.warnings);
        e
    }

    fn tokenize_rest(&mut self, err: Box<SyntaxError>, err_line: u32) -> Box<SyntaxError> {
        loop {
            match self.tz.next_token() {
                Ok(t) if t.kind == Tok::EndMarker => break,
                Ok(_) => continue,
                // Status errors set no exception in CPython: the scan just stops.
                Err(e) if self.tz.last_error_was_status() || e.msg.ends_with("was never closed") => break,
                Err(e) => return Box::new(e),
            }
        }
        match self.tz.unclosed_paren_error() {
            Some(e) if e.lineno.unwrap_or(0) < err_line => Box::new(self.as_parser_error(e)),
            _ => err,
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
            Err(e) if self.indent_error_final.get() && e.kind == ErrorKind::Indentation => Err(e),
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

/// The text CPython shows for a file's line: it re-reads the file in 999-byte pieces
/// (`err_programtext`), so a longer line shows only its last piece — unless that piece
/// starts inside a character and fails to decode, when the tokenizer's whole line is used.
fn program_text_chunk(line: &[u8]) -> String {
    const PIECE: usize = 999;
    let mut start = 0;
    while line.len() - start > PIECE || (line.len() - start == PIECE && line[line.len() - 1] != b'\n') {
        start += PIECE;
    }
    match std::str::from_utf8(&line[start..]) {
        Ok(piece) => piece.to_owned(),
        Err(_) => String::from_utf8_lossy(line).into_owned(),
    }
}

#[cfg(test)]
mod tests;
