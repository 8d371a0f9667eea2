//! String literals (`strings: STRING+`): prefixes, escape sequences, implicit
//! concatenation, and f-strings the way CPython 3.11 handles them — an f-string is a single
//! STRING token; its `{...}` parts are found by scanning the text and each expression is
//! parsed by a nested parser over `(expr)` placed at the expression's line and column
//! (`Parser/string_parser.c`). Literal parts become `Constant`s spanning the whole
//! concatenation; the `FormattedValue`s do too.

use super::{PResult, Parser};
use crate::ast::*;
use crate::error::ErrorKind;
use crate::token::{Tok, Token};
use taipan_runtime::unicode::codepoints;

/// The parts of a string token: prefix flags and the body between the quotes.
struct Lit {
    bytes: bool,
    raw: bool,
    fmode: bool,
    /// Offsets of the body within the token text.
    body: std::ops::Range<usize>,
}

fn split_literal(text: &[u8]) -> Lit {
    let (mut bytes, mut raw, mut fmode) = (false, false, false);
    let mut i = 0;
    while i < text.len() && text[i] != b'\'' && text[i] != b'"' {
        match text[i] {
            b'b' | b'B' => bytes = true,
            b'r' | b'R' => raw = true,
            b'f' | b'F' => fmode = true,
            _ => {}
        }
        i += 1;
    }
    let quote = text[i];
    let triple = text.len() - i >= 6 && text[i + 1] == quote && text[i + 2] == quote;
    let q = if triple { 3 } else { 1 };
    Lit { bytes, raw, fmode, body: i + q..text.len() - q }
}

/// Accumulates the pieces of one `strings` rule (CPython's `FstringParser`).
#[derive(Default)]
struct FState {
    last_str: Option<Vec<u8>>,
    fmode: bool,
    values: Vec<Expr>,
}

impl FState {
    fn concat(&mut self, s: Vec<u8>) {
        if s.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some(cur) => cur.extend_from_slice(&s),
            None => self.last_str = Some(s),
        }
    }
}

/// Where the strings sit: first and last token of the concatenation.
#[derive(Clone, Copy)]
struct Span {
    first: Token,
    last: Token,
    /// `kind='u'`: the first token starts with a lowercase `u`.
    kind_u: bool,
}

impl Span {
    fn loc(&self) -> Loc {
        Loc { lineno: self.first.lineno, col: self.first.col, end_lineno: self.last.end_lineno, end_col: self.last.end_col }
    }
    fn str_node(&self, s: Vec<u8>) -> Expr {
        Expr { kind: ExprKind::Constant { value: Constant::Str(s.into_boxed_slice()), kind_u: self.kind_u }, loc: self.loc() }
    }
}

/// An escape-decoding failure: CPython's message, without location.
pub(crate) struct EscapeError(pub String);

impl<'s> Parser<'s> {
    // strings: STRING+
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let first_idx = self.pos;
        while self.peek()? == Tok::String {
            self.pos += 1;
        }
        let toks: Vec<Token> = self.toks[first_idx..self.pos].to_vec();
        let first = toks[0];
        let last = *toks.last().expect("at least one STRING");
        let span = Span { first, last, kind_u: self.text(&first).starts_with('u') };
        let lits: Vec<Lit> = toks.iter().map(|t| split_literal(self.text(t).as_bytes())).collect();
        let any_bytes = lits.iter().any(|l| l.bytes);
        if any_bytes && !lits.iter().all(|l| l.bytes) {
            return Err(self.error_here("cannot mix bytes and nonbytes literals"));
        }
        if any_bytes {
            let mut out = Vec::new();
            for (t, lit) in toks.iter().zip(&lits) {
                let body = &self.text(t).as_bytes()[lit.body.clone()];
                if body.iter().any(|&b| b >= 0x80) {
                    return Err(self.error_span(ErrorKind::Syntax, "bytes can only contain ASCII literal characters", Self::tok_loc(t)));
                }
                if lit.raw {
                    out.extend_from_slice(body);
                } else {
                    match decode_bytes_escapes(body) {
                        Ok(b) => out.extend_from_slice(&b),
                        Err(EscapeError(m)) => return Err(self.error_here(m)),
                    }
                }
            }
            return Ok(Expr { kind: ExprKind::Constant { value: Constant::Bytes(out.into_boxed_slice()), kind_u: false }, loc: span.loc() });
        }
        let mut st = FState::default();
        for (t, lit) in toks.iter().zip(&lits) {
            let tb = self.text(t).as_bytes();
            if lit.fmode {
                let mut pos = lit.body.start;
                self.concat_fstring(&mut st, tb, &mut pos, lit.body.end, lit.raw, 0, &span, t)?;
            } else {
                let body = &tb[lit.body.clone()];
                let s = if lit.raw || !body.contains(&b'\\') {
                    body.to_vec()
                } else {
                    match decode_str_escapes(body) {
                        Ok(s) => s,
                        Err(EscapeError(m)) => return Err(self.error_here(m)),
                    }
                };
                st.concat(s);
            }
        }
        Ok(self.finish(st, &span))
    }

    /// `_PyPegen_FstringParser_Finish`: a `Constant`, or a `JoinedStr` in f-mode.
    fn finish(&self, mut st: FState, span: &Span) -> Expr {
        if !st.fmode {
            return span.str_node(st.last_str.unwrap_or_default());
        }
        if let Some(s) = st.last_str.take() {
            st.values.push(span.str_node(s));
        }
        Expr { kind: ExprKind::JoinedStr { values: st.values }, loc: span.loc() }
    }

    /// Parses the f-string text `tb[*pos..end]` into `st` (`_PyPegen_FstringParser_ConcatFstring`).
    #[allow(clippy::too_many_arguments)]
    fn concat_fstring(
        &mut self,
        st: &mut FState,
        tb: &[u8],
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        span: &Span,
        t: &Token,
    ) -> PResult<()> {
        st.fmode = true;
        loop {
            let (literal, doubled) = self.fstring_find_literal(tb, pos, end, raw, level)?;
            if let Some(l) = literal {
                st.concat(l);
            }
            if doubled {
                continue;
            }
            if *pos >= end || tb[*pos] == b'}' {
                break;
            }
            let (expr_text, expression) = self.fstring_find_expr(tb, pos, end, raw, level, span, t)?;
            if let Some(text) = expr_text {
                st.concat(text);
            }
            if let Some(s) = st.last_str.take() {
                st.values.push(span.str_node(s));
            }
            st.values.push(expression);
        }
        if level != 0 && (*pos >= end || tb[*pos] != b'}') {
            return Err(self.error_here("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// The literal text up to the next `{` or `}`; the flag says a doubled brace was
    /// consumed and scanning should resume.
    fn fstring_find_literal(&mut self, tb: &[u8], pos: &mut usize, end: usize, raw: bool, level: u32) -> PResult<(Option<Vec<u8>>, bool)> {
        let start = *pos;
        let mut s = start;
        let mut doubled = false;
        while s < end {
            let mut ch = tb[s];
            s += 1;
            if !raw && ch == b'\\' && s < end {
                ch = tb[s];
                s += 1;
                if ch == b'N' {
                    if s < end && tb[s] == b'{' {
                        s += 1;
                        while s < end {
                            let c = tb[s];
                            s += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                        continue;
                    }
                    if s < end {
                        s += 1;
                    }
                    break;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if s < end && tb[s] == ch {
                        *pos = s + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        *pos = s - 1;
                        return Err(self.error_here("f-string: single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        let lit_end = if doubled { *pos - 1 } else { s };
        if !doubled {
            *pos = s;
        }
        if lit_end == start {
            return Ok((None, doubled));
        }
        let body = &tb[start..lit_end];
        let decoded = if raw || !body.contains(&b'\\') {
            body.to_vec()
        } else {
            match decode_str_escapes(body) {
                Ok(v) => v,
                Err(EscapeError(m)) => return Err(self.error_here(m)),
            }
        };
        Ok((Some(decoded), doubled))
    }

    /// One `{expression[=][!conversion][:format_spec]}`; `*pos` is at the `{`.
    #[allow(clippy::too_many_arguments)]
    fn fstring_find_expr(
        &mut self,
        tb: &[u8],
        pos: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        span: &Span,
        t: &Token,
    ) -> PResult<(Option<Vec<u8>>, Expr)> {
        if level >= 2 {
            return Err(self.error_here("f-string: expressions nested too deeply"));
        }
        *pos += 1;
        let expr_start = *pos;
        let mut quote: u8 = 0;
        let mut string_type = 0;
        let mut parens: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = tb[*pos];
            if ch == b'\\' {
                return Err(self.error_here("f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if string_type == 3 {
                        if *pos + 2 < end && tb[*pos + 1] == ch && tb[*pos + 2] == ch {
                            *pos += 3;
                            string_type = 0;
                            quote = 0;
                            continue;
                        }
                    } else {
                        string_type = 0;
                        quote = 0;
                        *pos += 1;
                        continue;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                if *pos + 2 < end && tb[*pos + 1] == ch && tb[*pos + 2] == ch {
                    string_type = 3;
                    *pos += 2;
                } else {
                    string_type = 1;
                }
                quote = ch;
            } else if ch == b'[' || ch == b'{' || ch == b'(' {
                if parens.len() >= 200 {
                    return Err(self.error_here("f-string: too many nested parenthesis"));
                }
                parens.push(ch);
            } else if ch == b'#' {
                return Err(self.error_here("f-string expression part cannot include '#'"));
            } else if parens.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if *pos + 1 < end {
                    let next = tb[*pos + 1];
                    if (ch == b'!' && next == b'=') || (ch == b'=' && next == b'=') || (ch == b'<' && next == b'=') || (ch == b'>' && next == b'=') {
                        *pos += 2;
                        continue;
                    }
                    if ch == b'>' || ch == b'<' {
                        *pos += 1;
                        continue;
                    }
                }
                break;
            } else if ch == b']' || ch == b'}' || ch == b')' {
                let Some(open) = parens.pop() else {
                    return Err(self.error_here(format!("f-string: unmatched '{}'", ch as char)));
                };
                if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                    return Err(self.error_here(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote != 0 {
            return Err(self.error_here("f-string: unterminated string"));
        }
        if let Some(&open) = parens.last() {
            return Err(self.error_here(format!("f-string: unmatched '{}'", open as char)));
        }
        if *pos >= end {
            return Err(self.error_here("f-string: expecting '}'"));
        }
        let expression = self.fstring_compile_expr(tb, expr_start, expr_end, t)?;
        let mut expr_text = None;
        if tb[*pos] == b'=' {
            *pos += 1;
            while *pos < end && matches!(tb[*pos], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                *pos += 1;
            }
            expr_text = Some(tb[expr_start..*pos].to_vec());
        }
        let mut conversion: i32 = -1;
        if *pos < end && tb[*pos] == b'!' {
            *pos += 1;
            if *pos >= end {
                return Err(self.error_here("f-string: expecting '}'"));
            }
            let c = tb[*pos];
            *pos += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(self.error_here("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = c as i32;
        }
        if *pos >= end {
            return Err(self.error_here("f-string: expecting '}'"));
        }
        let mut format_spec = None;
        if tb[*pos] == b':' {
            *pos += 1;
            if *pos >= end {
                return Err(self.error_here("f-string: expecting '}'"));
            }
            let mut inner = FState::default();
            self.concat_fstring(&mut inner, tb, pos, end, raw, level + 1, span, t)?;
            // The spec's own node spans only the current token (CPython passes `t, t`).
            let spec_span = Span { first: *t, last: *t, kind_u: span.kind_u };
            format_spec = Some(Box::new(self.finish(inner, &spec_span)));
        }
        if *pos >= end || tb[*pos] != b'}' {
            return Err(self.error_here("f-string: expecting '}'"));
        }
        *pos += 1;
        if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = b'r' as i32;
        }
        let node = Expr { kind: ExprKind::FormattedValue { value: Box::new(expression), conversion, format_spec }, loc: span.loc() };
        Ok((expr_text, node))
    }

    /// Parses `tb[start..end]` as `(expression)` placed where it stands in the file
    /// (`fstring_compile_expr` + `fstring_find_expr_location`).
    fn fstring_compile_expr(&mut self, tb: &[u8], start: usize, end: usize, t: &Token) -> PResult<Expr> {
        let text = &tb[start..end];
        if text.iter().all(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c')) {
            let next = tb[end];
            if matches!(next, b'!' | b':' | b'=') {
                return Err(self.error_here(format!("f-string: expression required before '{}'", next as char)));
            }
            return Err(self.error_here("f-string: empty expression not allowed"));
        }
        let brace = start - 1;
        let newline_after_brace = tb[start..]
            .iter()
            .take_while(|&&c| c != b'}' && c != b'\n')
            .all(|&c| matches!(c, b' ' | b'\t' | b'\x0c'));
        let lines = tb[..brace].iter().filter(|&&c| c == b'\n').count() as u32;
        let mut cols = 0u32;
        if !newline_after_brace {
            cols = match tb[..=brace].iter().rposition(|&c| c == b'\n') {
                Some(nl) => (brace - nl - 1) as u32,
                None => brace as u32,
            };
        }
        let start_line = t.lineno + lines;
        let start_col = if lines != 0 { cols } else { t.col + cols };
        let mut sub = String::with_capacity(text.len() + 3);
        sub.push('(');
        sub.push_str(std::str::from_utf8(text).expect("token text is UTF-8"));
        sub.push_str(")\n");
        let mut p = Parser::new_fstring(&sub, self.filename, start_line - 1, start_col);
        let r = p.star_expressions();
        p.warnings.append(&mut p.tz.warnings);
        self.absorb_fstring_warnings(std::mem::take(&mut p.warnings));
        match r {
            Ok(e) => Ok(e),
            Err(mut e) => {
                if !p.tz_failed && !e.msg.starts_with("f-string") {
                    e.msg = format!("f-string: {}", e.msg);
                }
                Err(e)
            }
        }
    }
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

fn unicode_error(start: usize, end: usize, reason: &str) -> EscapeError {
    if end - start <= 1 {
        EscapeError(format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}"))
    } else {
        EscapeError(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            start,
            end - 1,
            reason
        ))
    }
}

/// Decodes the escapes of a `str` literal body (UTF-8 source text) into `str` payload
/// bytes (UTF-8 that may hold lone surrogates). Error positions count as CPython's
/// decoder does, on a buffer where each non-ASCII character was spelled `\UXXXXXXXX`.
pub(crate) fn decode_str_escapes(body: &[u8]) -> Result<Vec<u8>, EscapeError> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    let mut tpos = 0; // position in CPython's transformed buffer
    while i < body.len() {
        let c = body[i];
        if c != b'\\' {
            if c < 0x80 {
                out.push(c);
                i += 1;
                tpos += 1;
            } else {
                let (cp, n) = codepoints::decode_at(body, i);
                codepoints::push(&mut out, cp);
                i += n;
                tpos += 10;
            }
            continue;
        }
        let start = tpos;
        if i + 1 >= body.len() {
            return Err(unicode_error(start, start + 1, "\\ at end of string"));
        }
        let n = body[i + 1];
        i += 2;
        tpos += 2;
        let simple = match n {
            b'\n' => Some(None),
            b'\\' => Some(Some(b'\\')),
            b'\'' => Some(Some(b'\'')),
            b'"' => Some(Some(b'"')),
            b'a' => Some(Some(7)),
            b'b' => Some(Some(8)),
            b'f' => Some(Some(12)),
            b'n' => Some(Some(10)),
            b'r' => Some(Some(13)),
            b't' => Some(Some(9)),
            b'v' => Some(Some(11)),
            _ => None,
        };
        if let Some(v) = simple {
            if let Some(b) = v {
                out.push(b);
            }
            continue;
        }
        match n {
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                for _ in 0..2 {
                    if i < body.len() && (b'0'..=b'7').contains(&body[i]) {
                        v = v * 8 + (body[i] - b'0') as u32;
                        i += 1;
                        tpos += 1;
                    } else {
                        break;
                    }
                }
                codepoints::push(&mut out, v);
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match n {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match body.get(i).copied().and_then(hex_value) {
                        Some(d) => {
                            v = v.wrapping_mul(16).wrapping_add(d);
                            i += 1;
                            tpos += 1;
                        }
                        None => return Err(unicode_error(start, tpos, reason)),
                    }
                }
                if v > 0x10ffff {
                    return Err(unicode_error(start, tpos, "illegal Unicode character"));
                }
                codepoints::push(&mut out, v);
            }
            b'N' => {
                if i < body.len() && body[i] == b'{' {
                    let name_start = i + 1;
                    let mut j = name_start;
                    while j < body.len() && body[j] != b'}' {
                        j += 1;
                    }
                    if j < body.len() && j > name_start {
                        let name = String::from_utf8_lossy(&body[name_start..j]);
                        tpos += j + 1 - i;
                        i = j + 1;
                        match taipan_runtime::unicode::names::lookup(&name) {
                            Some(cp) => {
                                codepoints::push(&mut out, cp);
                                continue;
                            }
                            None => return Err(unicode_error(start, tpos, "unknown Unicode character name")),
                        }
                    }
                    // Empty or unterminated: the bad range stops before the '}' or at the end.
                    return Err(unicode_error(start, tpos + (j - i), "malformed \\N character escape"));
                }
                return Err(unicode_error(start, tpos, "malformed \\N character escape"));
            }
            _ => {
                // An unknown escape keeps its backslash (CPython only warns).
                out.push(b'\\');
                if n < 0x80 {
                    out.push(n);
                } else {
                    let (cp, len) = codepoints::decode_at(body, i - 1);
                    codepoints::push(&mut out, cp);
                    i += len - 1;
                    tpos += 10 + 4;
                }
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a `bytes` literal body (`_PyBytes_DecodeEscape`).
pub(crate) fn decode_bytes_escapes(body: &[u8]) -> Result<Vec<u8>, EscapeError> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= body.len() {
            return Err(EscapeError("(value error) Trailing \\ in string".into()));
        }
        let n = body[i];
        i += 1;
        match n {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                for _ in 0..2 {
                    if i < body.len() && (b'0'..=b'7').contains(&body[i]) {
                        v = v * 8 + (body[i] - b'0') as u32;
                        i += 1;
                    } else {
                        break;
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hi = body.get(i).copied().and_then(hex_value);
                let lo = body.get(i + 1).copied().and_then(hex_value);
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => return Err(EscapeError(format!("(value error) invalid \\x escape at position {start}"))),
                }
            }
            _ => {
                out.push(b'\\');
                out.push(n);
            }
        }
    }
    Ok(out)
}
