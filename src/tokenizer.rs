//! Stage 2 — source text → tokens, with the behaviour of CPython 3.11's C tokenizer
//! (`Parser/tokenizer.c`), which is what the parser consumes.
//!
//! Input is the normalized text of stage 1 (`\n` line ends, final newline). Output is one
//! [`Token`] per call of [`Tokenizer::next_token`], produced lazily so that, as in CPython,
//! an error late in a file is only seen if the parser gets that far. Indentation becomes
//! INDENT/DEDENT (tab stops of 8, plus CPython's second measure with tab size 1 that turns
//! ambiguous tab/space mixes into `TabError`); blank and comment-only lines vanish; newlines
//! inside brackets are dropped. With `type_comments` on (what `ast.parse(...,
//! type_comments=True)` and `-m ast` use), `# type: ...` comments become TYPE_COMMENT
//! tokens and `# type: ignore...` comments are recorded in [`Tokenizer::type_ignores`].
//!
//! The Python-visible `tokenize` module is a different algorithm (`src/tokenize.rs`).

use crate::error::{char_col, ErrorKind, SyntaxError};
use crate::token::{Tok, Token};
use taipan_runtime::unicode;

/// Brackets may nest this deep (CPython's MAXLEVEL).
pub const MAX_PAREN_LEVEL: usize = 200;
/// Indentation may nest this deep (CPython's MAXINDENT).
pub const MAX_INDENT: usize = 100;
const TABSIZE: u32 = 8;

/// The lazy tokenizer over one source text.
pub struct Tokenizer<'s> {
    src: &'s [u8],
    filename: &'s str,
    pos: usize,
    line_start: usize,
    lineno: u32,
    atbol: bool,
    pending: i32,
    indents: Vec<u32>,
    alt_indents: Vec<u32>,
    /// Open brackets: the char, its line and its byte column.
    parens: Vec<(u8, u32, u32)>,
    type_comments: bool,
    /// `# type: ignore` comments seen so far: line and the tag after `ignore`.
    pub type_ignores: Vec<(u32, String)>,
    /// Line offset added to every position (f-string expressions parsed in place).
    line_offset: u32,
    /// Column added to positions on the first line (f-string expressions).
    first_line_col_offset: u32,
    /// Reading a file (not a string): at EOF CPython's buffer is empty, so errors blamed on
    /// end-of-input tokens get column 0 instead of the end of the last line.
    file_mode: bool,
    /// Parser-level error columns count characters (else UTF-8 bytes), as CPython does
    /// when the tokenizer knows the encoding.
    pub char_cols: bool,
    /// Raised instead of anything that needs input past the end (a file's NUL line).
    eof_error: Option<SyntaxError>,
    /// SyntaxWarnings so far (taken by the parser as tokens are read).
    pub warnings: Vec<crate::error::Warning>,
    /// Physical line on which the last token started (0 before any).
    last_token_line: std::cell::Cell<u32>,
    /// The last error was a status code in CPython (`tok->done`: tabs, dedent, too deep,
    /// line continuation, EOF) rather than an exception the tokenizer raised itself.
    status_error: std::cell::Cell<bool>,
}

impl<'s> Tokenizer<'s> {
    /// A tokenizer over normalized source text.
    pub fn new(src: &'s str, filename: &'s str, type_comments: bool) -> Self {
        Tokenizer {
            src: src.as_bytes(),
            filename,
            pos: 0,
            line_start: 0,
            lineno: 1,
            atbol: true,
            pending: 0,
            indents: vec![0],
            alt_indents: vec![0],
            parens: Vec::new(),
            type_comments,
            type_ignores: Vec::new(),
            line_offset: 0,
            first_line_col_offset: 0,
            file_mode: false,
            char_cols: true,
            eof_error: None,
            warnings: Vec::new(),
            last_token_line: std::cell::Cell::new(0),
            status_error: std::cell::Cell::new(false),
        }
    }

    /// Selects CPython's file-input conventions for error positions.
    pub fn set_file_mode(&mut self, file_mode: bool, char_cols: bool) {
        self.file_mode = file_mode;
        self.char_cols = char_cols;
    }

    /// A tokenizer whose positions are shifted: line 1 of `src` is reported as line
    /// `1 + line_offset`, and columns on that first line are shifted by `col_offset`.
    /// This is how CPython 3.11 places the nodes of f-string expressions.
    pub fn with_offsets(src: &'s str, filename: &'s str, line_offset: u32, col_offset: u32) -> Self {
        let mut t = Tokenizer::new(src, filename, false);
        t.line_offset = line_offset;
        t.first_line_col_offset = col_offset;
        t
    }

    /// True when reading a file (CPython's file-input error conventions).
    pub fn file_mode(&self) -> bool {
        self.file_mode
    }

    /// The source text being tokenized.
    pub fn source(&self) -> &'s [u8] {
        self.src
    }

    /// Current bracket nesting depth.
    pub fn paren_level(&self) -> usize {
        self.parens.len()
    }

    #[inline]
    fn peek(&self) -> u8 {
        // 0 doubles as EOF: stage 1 rejects NUL bytes.
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    #[inline]
    fn peek_at(&self, k: usize) -> u8 {
        self.src.get(self.pos + k).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// Moves past a `\n` that was just consumed, starting a new line.
    fn newline_consumed(&mut self) {
        self.lineno += 1;
        self.line_start = self.pos;
    }

    fn line_text(&self, line_start: usize) -> String {
        let end = self.src[line_start..].iter().position(|&b| b == b'\n').map_or(self.src.len(), |p| line_start + p);
        String::from_utf8_lossy(&self.src[line_start..end]).into_owned()
    }

    fn line_text_nl(&self, line_start: usize) -> String {
        let end = self.src[line_start..].iter().position(|&b| b == b'\n').map_or(self.src.len(), |p| line_start + p + 1);
        String::from_utf8_lossy(&self.src[line_start..end]).into_owned()
    }

    fn reported_line(&self, lineno: u32) -> u32 {
        lineno + self.line_offset
    }

    /// CPython's tokenizer `syntaxerror()`: the offset is the character count of the line
    /// up to the current position; the text is the line without its newline.
    fn error_here(&self, msg: impl Into<String>) -> SyntaxError {
        let text = self.line_text(self.line_start);
        let upto = String::from_utf8_lossy(&self.src[self.line_start..self.pos.min(self.src.len())]).into_owned();
        let off = upto.chars().count() as i64;
        SyntaxError::at_chars(
            ErrorKind::Syntax,
            msg,
            self.filename,
            self.reported_line(self.lineno),
            off,
            self.reported_line(self.lineno),
            off,
            Some(text),
        )
    }

    /// `syntaxerror_known_range()`: 1-based character columns given explicitly.
    fn error_range(&self, msg: impl Into<String>, col: i64, end_col: i64) -> SyntaxError {
        let text = self.line_text(self.line_start);
        SyntaxError::at_chars(
            ErrorKind::Syntax,
            msg,
            self.filename,
            self.reported_line(self.lineno),
            col,
            self.reported_line(self.lineno),
            end_col,
            Some(text),
        )
    }

    /// Errors raised through the parser's `tokenizer_error()` (tab/indent problems).
    fn indent_error(&self, kind: ErrorKind, msg: &str, offset: i64, end_offset: i64) -> SyntaxError {
        self.status_error.set(true);
        SyntaxError::at_chars(
            kind,
            msg,
            self.filename,
            self.reported_line(self.lineno),
            offset,
            self.reported_line(self.lineno),
            end_offset,
            Some(self.line_text_nl(self.line_start)),
        )
    }

    /// The innermost open bracket: its character, line and byte column.
    pub fn innermost_paren(&self) -> Option<(u8, u32, u32)> {
        self.parens.last().copied()
    }

    /// The "'(' was never closed" error for the innermost open bracket.
    pub fn unclosed_paren_error(&self) -> Option<SyntaxError> {
        let &(c, lineno, col) = self.parens.last()?;
        let ls = self.line_start_of(lineno);
        let text = self.line_text_nl(ls);
        let off = if self.char_cols { char_col(&text, col as usize) as i64 + 1 } else { col as i64 + 1 };
        Some(SyntaxError::at_chars(
            ErrorKind::Syntax,
            format!("'{}' was never closed", c as char),
            self.filename,
            self.reported_line(lineno),
            off,
            self.reported_line(lineno),
            0,
            Some(text),
        ))
    }

    /// Byte offset of the start of (unshifted) line `lineno`.
    pub fn line_start_of(&self, lineno: u32) -> usize {
        if lineno <= 1 {
            return 0;
        }
        let mut n = 1;
        for (i, &b) in self.src.iter().enumerate() {
            if b == b'\n' {
                n += 1;
                if n == lineno {
                    return i + 1;
                }
            }
        }
        self.src.len()
    }

    /// A token produced at end of input (DEDENT, ENDMARKER). CPython still stands on the
    /// last line then, at its end: errors blamed on these tokens point there.
    fn make_at_eof(&self, kind: Tok) -> Token {
        let (lineno, col) = if self.src.is_empty() {
            (1, 0)
        } else {
            let last_start = self.src[..self.src.len() - 1].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let col = if self.file_mode { 0 } else { (self.src.len() - last_start) as u32 };
            (self.lineno - 1, col)
        };
        Token {
            kind,
            start: self.pos as u32,
            end: self.pos as u32,
            lineno: lineno + self.line_offset,
            col,
            end_lineno: lineno + self.line_offset,
            end_col: col,
            level: 0,
        }
    }

    fn make(&self, kind: Tok, start: usize, start_line: u32, start_line_start: usize) -> Token {
        self.last_token_line.set(start_line);
        let mut col = (start - start_line_start) as u32;
        let mut end_col = (self.pos - self.line_start) as u32;
        if start_line == 1 {
            col += self.first_line_col_offset;
        }
        if self.lineno == 1 {
            end_col += self.first_line_col_offset;
        }
        Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            lineno: start_line + self.line_offset,
            col,
            end_lineno: self.lineno + self.line_offset,
            end_col,
            level: self.parens.len() as u16,
        }
    }

    /// True when the last error returned was a CPython tokenizer status (see the field).
    pub fn last_error_was_status(&self) -> bool {
        self.status_error.get()
    }

    /// Makes reading past the end of the text fail with `e`.
    pub fn set_eof_error(&mut self, e: SyntaxError) {
        self.eof_error = Some(e);
    }

    /// The next token, or the first tokenizer error.
    pub fn next_token(&mut self) -> Result<Token, SyntaxError> {
        let r = self.next_token_inner();
        if let Some(e) = &self.eof_error {
            // Anything made at the end (or failing there) needed the next line first.
            let needed_more = match &r {
                Err(_) => self.at_eof(),
                Ok(t) => t.start as usize >= self.src.len() && t.kind != Tok::Newline || t.kind == Tok::EndMarker,
            };
            if needed_more {
                return Err(e.clone());
            }
        }
        r
    }

    fn next_token_inner(&mut self) -> Result<Token, SyntaxError> {
        loop {
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                blankline = self.indentation()?;
            }
            if self.pending != 0 {
                let kind = if self.pending < 0 {
                    self.pending += 1;
                    Tok::Dedent
                } else {
                    self.pending -= 1;
                    Tok::Indent
                };
                if self.at_eof() {
                    return Ok(self.make_at_eof(kind));
                }
                return Ok(self.make(kind, self.pos, self.lineno, self.line_start));
            }
            match self.token_on_line(blankline)? {
                Some(t) => return Ok(t),
                None => continue, // a blank line ended: measure the next one
            }
        }
    }

    /// Measures the indentation at the start of a line; returns whether the line is blank.
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        let mut col: u32 = 0;
        let mut altcol: u32 = 0;
        let mut cont_line_col: u32 = 0;
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' => {
                    // Indentation cannot be split over lines with a backslash: the first
                    // one found fixes the level.
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.pos += 1;
                    self.continuation_line()?;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek();
        let blank = c == b'#' || c == b'\n';
        if blank || !self.parens.is_empty() {
            return Ok(blank);
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        let top = *self.indents.last().expect("indent stack is never empty");
        let alt_top = *self.alt_indents.last().expect("indent stack is never empty");
        if col == top {
            if altcol != alt_top {
                return Err(self.indent_error(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation", 1, 0));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.indent_error(ErrorKind::Indentation, "too many levels of indentation", 1, 0));
            }
            if altcol <= alt_top {
                return Err(self.indent_error(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation", 1, 0));
            }
            self.pending += 1;
            self.indents.push(col);
            self.alt_indents.push(altcol);
        } else {
            while self.indents.len() > 1 && col < *self.indents.last().unwrap() {
                self.pending -= 1;
                self.indents.pop();
                self.alt_indents.pop();
            }
            if col != *self.indents.last().unwrap() {
                // CPython reports the offset of the end of the line, newline included.
                self.status_error.set(true);
                let text = self.line_text_nl(self.line_start);
                return Err(SyntaxError::at_chars(
                    ErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    self.filename,
                    self.reported_line(self.lineno),
                    text.chars().count() as i64,
                    self.reported_line(self.lineno),
                    -1,
                    Some(text),
                ));
            }
            if altcol != *self.alt_indents.last().unwrap() {
                return Err(self.indent_error(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation", 1, 0));
            }
        }
        Ok(false)
    }

    /// After a backslash: requires a newline, and something after it.
    fn continuation_line(&mut self) -> Result<(), SyntaxError> {
        let token_before_on_line = self.last_token_line.get() == self.lineno;
        self.status_error.set(true);
        if self.peek() != b'\n' {
            let text = self.line_text_nl(self.line_start);
            let off = char_col(&text, self.pos + 1 - self.line_start) as i64;
            return Err(SyntaxError::at_chars(
                ErrorKind::Syntax,
                "unexpected character after line continuation character",
                self.filename,
                self.reported_line(self.lineno),
                off,
                self.reported_line(self.lineno),
                0,
                Some(text),
            ));
        }
        self.pos += 1;
        self.newline_consumed();
        if !self.at_eof() {
            self.status_error.set(false);
        }
        if self.at_eof() {
            if let Some(e) = self.unclosed_paren_error() {
                return Err(e);
            }
            let ls = self.line_start_of(self.lineno - 1);
            let text = self.line_text_nl(ls);
            // The tokenizer stands after the line's newline: that column, 1-based.
            let body = text.trim_end_matches('\n');
            // A file's tokenizer that met the backslash before any token on its line
            // reports column 0.
            let off = if self.file_mode && !token_before_on_line {
                0
            } else {
                (if self.char_cols { body.chars().count() } else { body.len() }) as i64 + 1
            };
            return Err(SyntaxError::at_chars(
                ErrorKind::Syntax,
                "unexpected EOF while parsing",
                self.filename,
                self.reported_line(self.lineno - 1),
                off,
                self.reported_line(self.lineno - 1),
                -1,
                Some(text),
            ));
        }
        Ok(())
    }

    /// Scans one token after indentation; `None` when a blank line was skipped.
    fn token_on_line(&mut self, blankline: bool) -> Result<Option<Token>, SyntaxError> {
        loop {
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            let start = self.pos;
            let c = self.peek();
            if c == b'#' {
                while !self.at_eof() && self.peek() != b'\n' {
                    self.pos += 1;
                }
                if self.type_comments {
                    if let Some(t) = self.type_comment(start, blankline) {
                        return Ok(t);
                    }
                }
            }
            if self.at_eof() {
                if !self.parens.is_empty() {
                    return Err(self.unclosed_paren_error().expect("parens are open"));
                }
                // Open blocks were closed by the indentation pass, which treats EOF as column 0.
                return Ok(Some(self.make_at_eof(Tok::EndMarker)));
            }
            let c = self.peek();
            if is_potential_identifier_start(c) {
                return self.name_or_prefixed_string(start).map(Some);
            }
            if c == b'\n' {
                self.pos += 1;
                let line_start = self.line_start;
                let lineno = self.lineno;
                if blankline || !self.parens.is_empty() {
                    self.newline_consumed();
                    if blankline {
                        self.atbol = true;
                        return Ok(None);
                    }
                    // Inside brackets the next line's indentation means nothing.
                    continue;
                }
                self.atbol = true;
                // CPython's NEWLINE token starts where the scan did (at a comment, if
                // any) and leaves the '\n' out.
                let nl = self.pos - 1;
                let mut t = self.make(Tok::Newline, start, lineno, line_start);
                t.end = nl as u32;
                t.end_col = t.col + (nl - start) as u32;
                t.end_lineno = t.lineno;
                self.newline_consumed();
                return Ok(Some(t));
            }
            if c == b'.' && self.peek_at(1).is_ascii_digit() {
                self.pos += 1;
                return self.number_fraction(start).map(Some);
            }
            if c.is_ascii_digit() {
                return self.number(start).map(Some);
            }
            if c == b'\'' || c == b'"' {
                return self.string(start).map(Some);
            }
            if c == b'\\' {
                self.pos += 1;
                self.continuation_line()?;
                continue;
            }
            return self.operator(start).map(Some);
        }
    }

    /// Recognizes `# type: ...` at `start` (the comment is already consumed).
    fn type_comment(&mut self, start: usize, blankline: bool) -> Option<Option<Token>> {
        const PREFIX: &[u8] = b"# type: ";
        let end = self.pos;
        let mut p = start;
        for &pc in PREFIX {
            if pc == b' ' {
                while p < end && (self.src[p] == b' ' || self.src[p] == b'\t') {
                    p += 1;
                }
            } else if p < end && self.src[p] == pc {
                p += 1;
            } else {
                return None;
            }
        }
        let ignore_end = p + 6;
        let is_ignore = end >= ignore_end
            && &self.src[p..ignore_end] == b"ignore"
            && !(end > ignore_end && (self.src[ignore_end] >= 128 || self.src[ignore_end].is_ascii_alphanumeric()));
        if is_ignore {
            let tag = String::from_utf8_lossy(&self.src[ignore_end..end]).into_owned();
            self.type_ignores.push((self.reported_line(self.lineno), tag));
            if blankline {
                // A type-ignore alone on its line takes its newline with it.
                self.pos += 1;
                self.newline_consumed();
                self.atbol = true;
                return Some(None);
            }
            return None; // the newline that follows is a normal NEWLINE
        }
        let ls = self.line_start;
        let mut t = self.make(Tok::TypeComment, p, self.lineno, ls);
        t.start = p as u32;
        Some(Some(t))
    }

    fn name_or_prefixed_string(&mut self, start: usize) -> Result<Token, SyntaxError> {
        // String prefixes: any case, b/r/u/f combinations that CPython accepts.
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        loop {
            let c = self.peek();
            match c {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            self.pos += 1;
            if matches!(self.peek(), b'\'' | b'"') {
                return self.string(start);
            }
        }
        let mut nonascii = false;
        loop {
            let c = self.peek();
            if c >= 128 {
                nonascii = true;
            } else if !(c.is_ascii_alphanumeric() || c == b'_') {
                break;
            }
            self.pos += 1;
        }
        if nonascii {
            self.verify_identifier(start)?;
        }
        let kind = Tok::keyword(&self.src[start..self.pos]).unwrap_or(Tok::Name);
        Ok(self.make(kind, start, self.lineno, self.line_start))
    }

    /// Rejects identifiers holding characters outside XID_Start/XID_Continue.
    fn verify_identifier(&mut self, start: usize) -> Result<(), SyntaxError> {
        let text = std::str::from_utf8(&self.src[start..self.pos]).expect("source text is UTF-8");
        for (i, ch) in text.char_indices() {
            let c = ch as u32;
            let ok = if i == 0 { unicode::is_xid_start(c) } else { unicode::is_xid_continue(c) };
            if !ok {
                // Point just past the offending character.
                self.pos = start + i + ch.len_utf8();
                let msg = if unicode::is_printable(c) {
                    format!("invalid character '{}' (U+{:04X})", ch, c)
                } else {
                    format!("invalid non-printable character U+{:04X}", c)
                };
                return Err(self.error_here(msg));
            }
        }
        Ok(())
    }

    fn decimal_tail(&mut self) -> Result<(), SyntaxError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.error_here("invalid decimal literal"));
            }
        }
    }

    /// `verify_end_of_number`: a number glued to a name is an error, except before the
    /// keywords that may legally follow a number (CPython only warns there).
    fn verify_end_of_number(&mut self, kind: &str) -> Result<(), SyntaxError> {
        let rest = &self.src[self.pos..];
        // CPython's `lookahead()`: the whole keyword, then a character that cannot
        // continue a name; for 'i' the second letter alone decides.
        let whole_word = |k: &[u8]| {
            rest.starts_with(k) && rest.get(k.len()).map_or(true, |&c| !(c.is_ascii_alphanumeric() || c == b'_' || c >= 128))
        };
        let keyword_follows = [&b"and"[..], b"else", b"for", b"or", b"not"].iter().any(|k| whole_word(k))
            || [&b"if"[..], b"in", b"is"].iter().any(|k| rest.starts_with(k));
        if keyword_follows {
            let lineno = self.reported_line(self.lineno);
            self.warnings.push(crate::error::Warning { lineno, msg: format!("invalid {kind} literal") });
            return Ok(());
        }
        let c = self.peek();
        // Only ASCII counts here in 3.11.7: a non-ASCII character starts the next token.
        if c.is_ascii_alphanumeric() || c == b'_' {
            return Err(self.error_here(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<Token, SyntaxError> {
        if self.peek() == b'0' {
            self.pos += 1;
            let c = self.peek();
            match c {
                b'x' | b'X' => {
                    self.pos += 1;
                    self.radix_digits(|c| c.is_ascii_hexdigit(), "hexadecimal", None)?;
                    self.verify_end_of_number("hexadecimal")?;
                }
                b'o' | b'O' => {
                    self.pos += 1;
                    self.radix_digits(|c| (b'0'..b'8').contains(&c), "octal", Some("octal"))?;
                    self.verify_end_of_number("octal")?;
                }
                b'b' | b'B' => {
                    self.pos += 1;
                    self.radix_digits(|c| c == b'0' || c == b'1', "binary", Some("binary"))?;
                    self.verify_end_of_number("binary")?;
                }
                _ => {
                    let mut nonzero = false;
                    loop {
                        if self.peek() == b'_' {
                            self.pos += 1;
                            if !self.peek().is_ascii_digit() {
                                return Err(self.error_here("invalid decimal literal"));
                            }
                        }
                        if self.peek() != b'0' {
                            break;
                        }
                        self.pos += 1;
                    }
                    let zeros_end = self.pos;
                    if self.peek().is_ascii_digit() {
                        nonzero = true;
                        self.decimal_tail()?;
                    }
                    match self.peek() {
                        b'.' => {
                            self.pos += 1;
                            return self.number_fraction(start);
                        }
                        b'e' | b'E' => return self.number_exponent(start),
                        b'j' | b'J' => return self.number_imaginary(start),
                        _ => {}
                    }
                    if nonzero {
                        let line = self.line_text(self.line_start);
                        let col = char_col(&line, start - self.line_start) as i64 + 1;
                        let end = char_col(&line, zeros_end - self.line_start) as i64 + 1;
                        return Err(self.error_range(
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            col,
                            end,
                        ));
                    }
                    self.verify_end_of_number("decimal")?;
                }
            }
            return Ok(self.make(Tok::Number, start, self.lineno, self.line_start));
        }
        self.decimal_tail()?;
        match self.peek() {
            b'.' => {
                self.pos += 1;
                self.number_fraction(start)
            }
            b'e' | b'E' => self.number_exponent(start),
            b'j' | b'J' => self.number_imaginary(start),
            _ => {
                self.verify_end_of_number("decimal")?;
                Ok(self.make(Tok::Number, start, self.lineno, self.line_start))
            }
        }
    }

    /// Digits of a 0x/0o/0b literal, with single underscores between digits.
    fn radix_digits(&mut self, ok: impl Fn(u8) -> bool, kind: &str, digit_err: Option<&str>) -> Result<(), SyntaxError> {
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let c = self.peek();
            if !ok(c) {
                if let (Some(k), true) = (digit_err, c.is_ascii_digit()) {
                    self.pos += 1;
                    return Err(self.error_here(format!("invalid digit '{}' in {} literal", c as char, k)));
                }
                return Err(self.error_here(format!("invalid {kind} literal")));
            }
            while ok(self.peek()) {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        if let Some(k) = digit_err {
            let c = self.peek();
            if c.is_ascii_digit() {
                self.pos += 1;
                return Err(self.error_here(format!("invalid digit '{}' in {} literal", c as char, k)));
            }
        }
        Ok(())
    }

    /// After the '.' of a float.
    fn number_fraction(&mut self, start: usize) -> Result<Token, SyntaxError> {
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        match self.peek() {
            b'e' | b'E' => self.number_exponent(start),
            b'j' | b'J' => self.number_imaginary(start),
            _ => {
                self.verify_end_of_number("decimal")?;
                Ok(self.make(Tok::Number, start, self.lineno, self.line_start))
            }
        }
    }

    /// At an 'e' or 'E'.
    fn number_exponent(&mut self, start: usize) -> Result<Token, SyntaxError> {
        let e_pos = self.pos;
        self.pos += 1;
        let c = self.peek();
        if c == b'+' || c == b'-' {
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.error_here("invalid decimal literal"));
            }
        } else if !c.is_ascii_digit() {
            // "1e" followed by something else: the 'e' is not part of the number.
            self.pos = e_pos;
            self.verify_end_of_number("decimal")?;
            return Ok(self.make(Tok::Number, start, self.lineno, self.line_start));
        }
        self.decimal_tail()?;
        if matches!(self.peek(), b'j' | b'J') {
            return self.number_imaginary(start);
        }
        self.verify_end_of_number("decimal")?;
        Ok(self.make(Tok::Number, start, self.lineno, self.line_start))
    }

    /// At a 'j' or 'J'.
    fn number_imaginary(&mut self, start: usize) -> Result<Token, SyntaxError> {
        self.pos += 1;
        self.verify_end_of_number("imaginary")?;
        Ok(self.make(Tok::Number, start, self.lineno, self.line_start))
    }

    /// At the opening quote of a string whose prefix (if any) began at `start`.
    fn string(&mut self, start: usize) -> Result<Token, SyntaxError> {
        let first_line = self.lineno;
        let first_line_start = self.line_start;
        let quote = self.peek();
        self.pos += 1;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        if self.peek() == quote {
            self.pos += 1;
            if self.peek() == quote {
                self.pos += 1;
                quote_size = 3;
            } else {
                end_quote_size = 1; // the empty string
            }
        }
        while end_quote_size != quote_size {
            if self.at_eof() || (quote_size == 1 && self.peek() == b'\n') {
                let detected = self.lineno - if self.at_eof() { 1 } else { 0 };
                // Report from the opening quote, on the string's first line.
                self.lineno = first_line;
                self.line_start = first_line_start;
                self.pos = start + 1;
                let line = self.line_text(first_line_start);
                let off = char_col(&line, start - first_line_start) as i64 + 1;
                let msg = if quote_size == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {})", self.reported_line(detected))
                } else {
                    format!("unterminated string literal (detected at line {})", self.reported_line(detected))
                };
                return Err(self.error_range(msg, off, off));
            }
            let c = self.peek();
            self.pos += 1;
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' {
                    if self.peek() == b'\n' {
                        self.pos += 1;
                        self.newline_consumed();
                    } else if !self.at_eof() {
                        self.pos += 1;
                    }
                } else if c == b'\n' {
                    self.newline_consumed();
                }
            }
        }
        Ok(self.make(Tok::String, start, first_line, first_line_start))
    }

    fn operator(&mut self, start: usize) -> Result<Token, SyntaxError> {
        let (kind, len) = Tok::operator(&self.src[self.pos..]).expect("not at EOF");
        let c = self.peek();
        if kind == Tok::ErrorOp && !unicode::is_printable(c as u32) {
            self.pos += 1;
            return Err(self.error_here(format!("invalid non-printable character U+{:04X}", c)));
        }
        self.pos += len;
        match c {
            b'(' | b'[' | b'{' if len == 1 => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    return Err(self.error_here("too many nested parentheses"));
                }
                self.parens.push((c, self.lineno, (start - self.line_start) as u32));
            }
            b')' | b']' | b'}' if len == 1 => {
                let Some((open, open_line, _)) = self.parens.pop() else {
                    return Err(self.error_here(format!("unmatched '{}'", c as char)));
                };
                let matches = matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matches {
                    let msg = if open_line != self.lineno {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c as char,
                            open as char,
                            self.reported_line(open_line)
                        )
                    } else {
                        format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char)
                    };
                    return Err(self.error_here(msg));
                }
            }
            _ => {}
        }
        Ok(self.make(kind, start, self.lineno, self.line_start))
    }
}

fn is_potential_identifier_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        let mut t = Tokenizer::new(src, "t", false);
        let mut out = Vec::new();
        loop {
            let tok = t.next_token().unwrap();
            out.push(tok.kind);
            if tok.kind == Tok::EndMarker {
                return out;
            }
        }
    }

    fn err(src: &str) -> (String, Option<u32>, i64) {
        let mut t = Tokenizer::new(src, "t", false);
        loop {
            match t.next_token() {
                Ok(tok) if tok.kind == Tok::EndMarker => panic!("no error in {src:?}"),
                Ok(_) => {}
                Err(e) => return (e.msg, e.lineno, e.offset),
            }
        }
    }

    #[test]
    fn blocks_and_brackets() {
        use Tok::*;
        assert_eq!(
            kinds("if x:\n    y = (1,\n  2)\n\n# c\nz\n"),
            vec![If, Name, Colon, Newline, Indent, Name, Equal, LPar, Number, Comma, Number, RPar, Newline, Dedent, Name, Newline, EndMarker]
        );
        assert_eq!(kinds("x = rb'a' f\"b\" 1.5e-3j ...\n"), vec![Name, Equal, String, String, Number, Ellipsis, Newline, EndMarker]);
    }

    #[test]
    fn positions_are_utf8_byte_columns() {
        let mut t = Tokenizer::new("é = 'ü'\n", "t", false);
        let a = t.next_token().unwrap();
        let _eq = t.next_token().unwrap();
        let s = t.next_token().unwrap();
        assert_eq!((a.col, a.end_col, s.col, s.end_col), (0, 2, 5, 9));
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(err("x = 'abc\n"), ("unterminated string literal (detected at line 1)".into(), Some(1), 5));
        assert_eq!(err("x = '''abc\n\n").0, "unterminated triple-quoted string literal (detected at line 2)");
        assert_eq!(err("x = 0b12\n"), ("invalid digit '2' in binary literal".into(), Some(1), 8));
        assert_eq!(err("x = 1_\n"), ("invalid decimal literal".into(), Some(1), 6));
        assert_eq!(err("x = 1abc\n"), ("invalid decimal literal".into(), Some(1), 5));
        assert_eq!(err("x = 0x\n"), ("invalid hexadecimal literal".into(), Some(1), 6));
        assert_eq!(err("x = 0o8\n"), ("invalid digit '8' in octal literal".into(), Some(1), 7));
        assert_eq!(err("x = 1.e5j5\n"), ("invalid imaginary literal".into(), Some(1), 9));
        assert_eq!(err("x = (]\n"), ("closing parenthesis ']' does not match opening parenthesis '('".into(), Some(1), 6));
        assert_eq!(err("x = (\n]\n").0, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        assert_eq!(err("x = 5 \u{20ac} 3\n"), ("invalid character '\u{20ac}' (U+20AC)".into(), Some(1), 7));
        assert_eq!(err("x = \x01\n"), ("invalid non-printable character U+0001".into(), Some(1), 5));
        assert_eq!(err("print('hello'\n"), ("'(' was never closed".into(), Some(1), 6));
        assert_eq!(err("if x:\n    a\n  b\n"), ("unindent does not match any outer indentation level".into(), Some(3), 4));
        assert_eq!(err("if True:\n\tx = 1\n        y = 2\n").0, "inconsistent use of tabs and spaces in indentation");
        assert_eq!(err("x = 1 \\ 2\n"), ("unexpected character after line continuation character".into(), Some(1), 8));
        assert_eq!(err("x = 0777\n").0, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }

    #[test]
    fn type_comments_and_ignores() {
        let mut t = Tokenizer::new("x = 1  # type: int\nimport os # type: ignore[x]\n# type: ignore\n", "t", true);
        let mut seen = Vec::new();
        loop {
            let tok = t.next_token().unwrap();
            seen.push(tok.kind);
            if tok.kind == Tok::EndMarker {
                break;
            }
        }
        use Tok::*;
        assert_eq!(seen, vec![Name, Equal, Number, TypeComment, Newline, Import, Name, Newline, EndMarker]);
        assert_eq!(t.type_ignores, vec![(2, "[x]".to_string()), (3, std::string::String::new())]);
    }
}
