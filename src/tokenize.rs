//! The Python-visible `tokenize` module's tokenizer: a re-implementation of the
//! algorithm of CPython 3.11's pure-Python `Lib/tokenize.py` (the regex and line based
//! one), so that `taipan -m tokenize [-e] FILE` prints byte for byte what
//! `python3 -m tokenize [-e] FILE` prints.
//!
//! This is distinct from `src/tokenizer.rs`, which mirrors CPython's C tokenizer and feeds
//! the parser. The two disagree on purpose wherever CPython's two tokenizers disagree:
//! this one yields `COMMENT`, `NL`, `ENCODING` and `ERRORTOKEN` tokens, gives every
//! operator the generic type `OP`, and never rejects a file for bad syntax.
//!
//! What is reproduced from `tokenize.py`:
//! * `detect_encoding` (UTF-8 BOM, PEP 263 cookie on line 1 or 2, `_get_normal_name`,
//!   its `SyntaxError`s) and the per-line decoding of binary `readline` lines (split after
//!   `b'\n'` only);
//! * `_tokenize`, statement by statement, with the regular expressions of `tokenize.py`
//!   (`PseudoToken`, `Number`, the string prefixes, `endpats`, `Special`, ...) written out
//!   as hand-made matchers that return what `re.match` returns, alternation order and
//!   backtracking included;
//! * `TokenInfo.exact_type`, `tok_name`, and `main()` with its argparse front end and its
//!   error reporting.
//!
//! Source lines are decoded here for UTF-8, ASCII and Latin-1, and through
//! `taipan_runtime::codecs` for the single-byte table codecs (cp1252, koi8-r, ...); the
//! other codecs CPython knows are recognised (so a cookie naming them is not an "unknown
//! encoding") but fail to decode with a message saying so.
//!
//! Columns are counted in code points of the decoded line, as in Python. Text is handled
//! as slices of code points (`u32`), so lone surrogates (from `surrogateescape`-decoded
//! standard input) survive to the `repr()` that prints them.

use std::io::{self, BufRead, Read, Write};

use taipan_runtime::unicode::{self, codepoints, repr};

// ---------------------------------------------------------------------------------------
// Token numbers (token.py)
// ---------------------------------------------------------------------------------------

/// `token.ENDMARKER`.
pub const ENDMARKER: u8 = 0;
/// `token.NAME`.
pub const NAME: u8 = 1;
/// `token.NUMBER`.
pub const NUMBER: u8 = 2;
/// `token.STRING`.
pub const STRING: u8 = 3;
/// `token.NEWLINE`.
pub const NEWLINE: u8 = 4;
/// `token.INDENT`.
pub const INDENT: u8 = 5;
/// `token.DEDENT`.
pub const DEDENT: u8 = 6;
/// `token.OP`: the type `tokenize` gives every operator (see [`TokInfo::exact_kind`]).
pub const OP: u8 = 54;
/// `token.ERRORTOKEN`.
pub const ERRORTOKEN: u8 = 60;
/// `token.COMMENT`.
pub const COMMENT: u8 = 61;
/// `token.NL`: a newline that does not end a logical line.
pub const NL: u8 = 62;
/// `token.ENCODING`: always the first token of [`tokenize_bytes`].
pub const ENCODING: u8 = 63;

/// `token.tok_name`, indexed by token number.
pub const TOK_NAMES: [&str; 64] = [
    "ENDMARKER",
    "NAME",
    "NUMBER",
    "STRING",
    "NEWLINE",
    "INDENT",
    "DEDENT",
    "LPAR",
    "RPAR",
    "LSQB",
    "RSQB",
    "COLON",
    "COMMA",
    "SEMI",
    "PLUS",
    "MINUS",
    "STAR",
    "SLASH",
    "VBAR",
    "AMPER",
    "LESS",
    "GREATER",
    "EQUAL",
    "DOT",
    "PERCENT",
    "LBRACE",
    "RBRACE",
    "EQEQUAL",
    "NOTEQUAL",
    "LESSEQUAL",
    "GREATEREQUAL",
    "TILDE",
    "CIRCUMFLEX",
    "LEFTSHIFT",
    "RIGHTSHIFT",
    "DOUBLESTAR",
    "PLUSEQUAL",
    "MINEQUAL",
    "STAREQUAL",
    "SLASHEQUAL",
    "PERCENTEQUAL",
    "AMPEREQUAL",
    "VBAREQUAL",
    "CIRCUMFLEXEQUAL",
    "LEFTSHIFTEQUAL",
    "RIGHTSHIFTEQUAL",
    "DOUBLESTAREQUAL",
    "DOUBLESLASH",
    "DOUBLESLASHEQUAL",
    "AT",
    "ATEQUAL",
    "RARROW",
    "ELLIPSIS",
    "COLONEQUAL",
    "OP",
    "AWAIT",
    "ASYNC",
    "TYPE_IGNORE",
    "TYPE_COMMENT",
    "SOFT_KEYWORD",
    "ERRORTOKEN",
    "COMMENT",
    "NL",
    "ENCODING",
];

/// `token.EXACT_TOKEN_TYPES`: every operator string and its exact token number.
pub const EXACT_TOKEN_TYPES: [(&str, u8); 47] = [
    ("!=", 28),
    ("%", 24),
    ("%=", 40),
    ("&", 19),
    ("&=", 41),
    ("(", 7),
    (")", 8),
    ("*", 16),
    ("**", 35),
    ("**=", 46),
    ("*=", 38),
    ("+", 14),
    ("+=", 36),
    (",", 12),
    ("-", 15),
    ("-=", 37),
    ("->", 51),
    (".", 23),
    ("...", 52),
    ("/", 17),
    ("//", 47),
    ("//=", 48),
    ("/=", 39),
    (":", 11),
    (":=", 53),
    (";", 13),
    ("<", 20),
    ("<<", 33),
    ("<<=", 44),
    ("<=", 29),
    ("=", 22),
    ("==", 27),
    (">", 21),
    (">=", 30),
    (">>", 34),
    (">>=", 45),
    ("@", 49),
    ("@=", 50),
    ("[", 9),
    ("]", 10),
    ("^", 32),
    ("^=", 43),
    ("{", 25),
    ("|", 18),
    ("|=", 42),
    ("}", 26),
    ("~", 31),
];

/// The exact token number of an operator spelled by `s`, if `s` is one.
fn exact_token_type(s: &[u32]) -> Option<u8> {
    if s.is_empty() || s.len() > 3 {
        return None;
    }
    EXACT_TOKEN_TYPES
        .iter()
        .find(|(op, _)| op.len() == s.len() && op.bytes().zip(s).all(|(a, &b)| a as u32 == b))
        .map(|&(_, kind)| kind)
}

/// `TokenInfo.exact_type` for a token of type `kind` spelled `s`.
fn exact_type_of(kind: u8, s: &[u32]) -> u8 {
    if kind == OP {
        exact_token_type(s).unwrap_or(kind)
    } else {
        kind
    }
}

// ---------------------------------------------------------------------------------------
// Public token and error types
// ---------------------------------------------------------------------------------------

/// One token, like `tokenize.TokenInfo`: type, string, start and end `(row, col)` (rows
/// from 1, columns in code points) and the physical line(s) it was found on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokInfo {
    /// The token number (`token.py`), e.g. [`OP`] or [`NAME`].
    pub kind: u8,
    /// The token's text.
    pub string: String,
    /// `(row, column)` where the token starts.
    pub start: (usize, usize),
    /// `(row, column)` just past the token's end.
    pub end: (usize, usize),
    /// The physical line the token was found on (all of them, for a multi-line string).
    pub line: String,
}

impl TokInfo {
    /// `TokenInfo.exact_type`: the specific operator type for an `OP` token whose string is
    /// an operator, otherwise `kind`.
    pub fn exact_kind(&self) -> u8 {
        let chars: Vec<u32> = self.string.chars().map(|c| c as u32).collect();
        exact_type_of(self.kind, &chars)
    }
}

/// Why tokenizing stopped, mirroring the exceptions `tokenize.py` raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenizeError {
    /// `tokenize.TokenError(msg, (line, col))`: "EOF in multi-line string" or
    /// "EOF in multi-line statement".
    Token {
        /// The message.
        msg: String,
        /// Row reported.
        line: usize,
        /// Column reported.
        col: usize,
    },
    /// `IndentationError`: "unindent does not match any outer indentation level".
    Indentation {
        /// The message.
        msg: String,
        /// Row of the offending line.
        line: usize,
        /// Column where its indentation ends.
        col: usize,
    },
    /// `SyntaxError` raised by `detect_encoding` (bad cookie, BOM conflict, undecodable
    /// cookie line); the text is `str(err)`.
    Syntax(String),
    /// A line could not be decoded with the detected encoding (`UnicodeDecodeError` in
    /// CPython, or an encoding CPython knows that this module cannot decode).
    Decode(String),
}

impl std::fmt::Display for TokenizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenizeError::Token { msg, line, col } => write!(f, "{} ({}, {})", msg, line, col),
            TokenizeError::Indentation { msg, line, col } => {
                write!(f, "{} (<tokenize>, line {}, column {})", msg, line, col)
            }
            TokenizeError::Syntax(msg) | TokenizeError::Decode(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for TokenizeError {}

// ---------------------------------------------------------------------------------------
// The regular expressions of tokenize.py, as matchers over code points
// ---------------------------------------------------------------------------------------

const BACKSLASH: u32 = '\\' as u32;
const LF: u32 = '\n' as u32;
const CR: u32 = '\r' as u32;
const SQUOTE: u32 = '\'' as u32;
const DQUOTE: u32 = '"' as u32;
const HASH: u32 = '#' as u32;

#[inline]
fn at(s: &[u32], i: usize) -> u32 {
    // A value no pattern character equals stands for "past the end".
    s.get(i).copied().unwrap_or(u32::MAX)
}

#[inline]
fn is_digit09(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_quote(c: u32) -> bool {
    c == SQUOTE || c == DQUOTE
}

/// Whether `p` is one of `_all_string_prefixes()` (the empty prefix included).
fn is_string_prefix(p: &[u32]) -> bool {
    // ASCII-lowercased; anything outside ASCII becomes a character no prefix holds.
    let mut lower = [0u8; 2];
    if p.len() > 2 {
        return false;
    }
    for (l, &c) in lower.iter_mut().zip(p) {
        *l = u8::try_from(c).map_or(0, |b| b.to_ascii_lowercase());
    }
    matches!(
        &lower[..p.len()],
        b"" | b"b" | b"r" | b"u" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

/// `(prefix)(quote)`: an element of `single_quoted`.
fn in_single_quoted(t: &[u32]) -> bool {
    !t.is_empty() && is_quote(t[t.len() - 1]) && is_string_prefix(&t[..t.len() - 1])
}

/// `(prefix)(quote x3)`: an element of `triple_quoted`.
fn in_triple_quoted(t: &[u32]) -> bool {
    let n = t.len();
    n >= 3
        && is_quote(t[n - 1])
        && t[n - 2] == t[n - 1]
        && t[n - 3] == t[n - 1]
        && is_string_prefix(&t[..n - 3])
}

/// `[0-9](?:_?[0-9])*` at `i`: the end of the longest match.
fn digitpart(s: &[u32], i: usize) -> Option<usize> {
    if !is_digit09(at(s, i)) {
        return None;
    }
    let mut j = i + 1;
    loop {
        if is_digit09(at(s, j)) {
            j += 1;
        } else if at(s, j) == '_' as u32 && is_digit09(at(s, j + 1)) {
            j += 2;
        } else {
            return Some(j);
        }
    }
}

/// `Exponent = [eE][-+]?[0-9](?:_?[0-9])*`.
fn exponent(s: &[u32], i: usize) -> Option<usize> {
    let c = at(s, i);
    if c != 'e' as u32 && c != 'E' as u32 {
        return None;
    }
    let mut j = i + 1;
    let sign = at(s, j);
    if sign == '-' as u32 || sign == '+' as u32 {
        j += 1;
    }
    digitpart(s, j)
}

/// `Floatnumber = group(Pointfloat, Expfloat)`.
fn floatnumber(s: &[u32], i: usize) -> Option<usize> {
    // Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?',
    //                    r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
    let point = if let Some(d) = digitpart(s, i) {
        if at(s, d) == '.' as u32 {
            Some(digitpart(s, d + 1).unwrap_or(d + 1))
        } else {
            None
        }
    } else if at(s, i) == '.' as u32 {
        digitpart(s, i + 1)
    } else {
        None
    };
    if let Some(p) = point {
        return Some(exponent(s, p).unwrap_or(p));
    }
    // Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
    digitpart(s, i).and_then(|d| exponent(s, d))
}

/// `(?:_?X)+` greedy, after a two-character radix prefix at `i`.
fn radix_digits(s: &[u32], i: usize, ok: impl Fn(u32) -> bool) -> Option<usize> {
    let mut j = i;
    loop {
        if ok(at(s, j)) {
            j += 1;
        } else if at(s, j) == '_' as u32 && ok(at(s, j + 1)) {
            j += 2;
        } else {
            break;
        }
    }
    (j > i).then_some(j)
}

/// `Number = group(Imagnumber, Floatnumber, Intnumber)`: first alternative that matches.
fn number(s: &[u32], i: usize) -> Option<usize> {
    let is_j = |c: u32| c == 'j' as u32 || c == 'J' as u32;
    // Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
    if let Some(d) = digitpart(s, i) {
        if is_j(at(s, d)) {
            return Some(d + 1);
        }
    }
    let float = floatnumber(s, i);
    if let Some(f) = float {
        if is_j(at(s, f)) {
            return Some(f + 1);
        }
        return Some(f);
    }
    // Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
    if at(s, i) == '0' as u32 {
        let x = at(s, i + 1);
        let radix = match char::from_u32(x) {
            Some('x' | 'X') => radix_digits(s, i + 2, |c| {
                char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
            }),
            Some('b' | 'B') => radix_digits(s, i + 2, |c| c == '0' as u32 || c == '1' as u32),
            Some('o' | 'O') => radix_digits(s, i + 2, |c| (b'0' as u32..=b'7' as u32).contains(&c)),
            _ => None,
        };
        if radix.is_some() {
            return radix;
        }
        // Decnumber, first alternative: 0(?:_?0)*
        let mut j = i + 1;
        loop {
            if at(s, j) == '0' as u32 {
                j += 1;
            } else if at(s, j) == '_' as u32 && at(s, j + 1) == '0' as u32 {
                j += 2;
            } else {
                return Some(j);
            }
        }
    }
    // Decnumber, second alternative: [1-9](?:_?[0-9])*
    if is_digit09(at(s, i)) {
        return digitpart(s, i);
    }
    None
}

/// `Special`: the longest operator of `EXACT_TOKEN_TYPES` at `i` (the reverse-sorted
/// alternation of tokenize.py always prefers the longer of two operators sharing a prefix).
fn special(s: &[u32], i: usize) -> Option<usize> {
    for len in (1..=3).rev() {
        if i + len <= s.len() && exact_token_type(&s[i..i + len]).is_some() {
            return Some(i + len);
        }
    }
    None
}

/// Length of a valid string prefix at `i` that is directly followed by a quote.
fn prefix_then_quote(s: &[u32], i: usize) -> Option<usize> {
    (0..=2).find(|&k| i + k < s.len() && is_quote(s[i + k]) && is_string_prefix(&s[i..i + k]))
}

/// `Triple = group(StringPrefix + "'''", StringPrefix + '"""')`.
fn triple(s: &[u32], i: usize) -> Option<usize> {
    let k = prefix_then_quote(s, i)?;
    let q = s[i + k];
    (at(s, i + k + 1) == q && at(s, i + k + 2) == q).then_some(i + k + 3)
}

/// `ContStr`: a one-line string `StringPrefix + 'q[^\n q\\]*(?:\\.[^\n q\\]*)*'` ending
/// with its closing quote or with a backslash-newline.
fn contstr(s: &[u32], i: usize) -> Option<usize> {
    let k = prefix_then_quote(s, i)?;
    let q = s[i + k];
    let mut j = i + k + 1;
    let mut last_escape: Option<usize> = None;
    while j < s.len() {
        let c = s[j];
        if c == BACKSLASH {
            // `\\.`: '.' is anything but '\n'.
            if j + 1 < s.len() && s[j + 1] != LF {
                last_escape = Some(j);
                j += 2;
                continue;
            }
            break;
        }
        if c == LF || c == q {
            break;
        }
        j += 1;
    }
    // group("q", r'\\\r?\n')
    if at(s, j) == q {
        return Some(j + 1);
    }
    if at(s, j) == BACKSLASH && at(s, j + 1) == LF {
        return Some(j + 2);
    }
    // Backtracking: the last `\\.` may have eaten the `\\\r` of a `\\\r\n`.
    if let Some(e) = last_escape {
        if e + 2 == j && s[e + 1] == CR && at(s, j) == LF {
            return Some(j + 1);
        }
    }
    None
}

/// `PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)` matched
/// at `pos`; returns the span of the group, or on failure `Err` with the end of the leading
/// whitespace (the match fails the same way from every position up to there).
fn pseudo_token(s: &[u32], pos: usize) -> Result<(usize, usize), usize> {
    let i = pos
        + s[pos..]
            .iter()
            .take_while(|&&c| matches!(c, 0x20 | 0x0c | 0x09))
            .count();
    pseudo_group(s, i).map(|end| (i, end)).ok_or(i)
}

/// The group of `PseudoToken` at `i`, just after the whitespace: the end of its match.
fn pseudo_group(s: &[u32], i: usize) -> Option<usize> {
    let n = s.len();
    // PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
    if i == n {
        return Some(n);
    }
    let c = s[i];
    if c == BACKSLASH {
        if at(s, i + 1) == LF {
            return Some(i + 2);
        }
        if at(s, i + 1) == CR && at(s, i + 2) == LF {
            return Some(i + 3);
        }
        return None;
    }
    if c == HASH {
        let mut j = i + 1;
        while j < n && s[j] != CR && s[j] != LF {
            j += 1;
        }
        return Some(j);
    }
    if let Some(e) = triple(s, i) {
        return Some(e);
    }
    // Number
    if is_digit09(c) || c == '.' as u32 {
        if let Some(e) = number(s, i) {
            return Some(e);
        }
    }
    // Funny = group(r'\r?\n', Special)
    if c == LF {
        return Some(i + 1);
    }
    if c == CR && at(s, i + 1) == LF {
        return Some(i + 2);
    }
    if let Some(e) = special(s, i) {
        return Some(e);
    }
    if let Some(e) = contstr(s, i) {
        return Some(e);
    }
    // Name = r'\w+'
    if unicode::is_word(c) {
        let mut j = i + 1;
        while j < n && unicode::is_word(s[j]) {
            j += 1;
        }
        return Some(j);
    }
    None
}

/// Which `endpats` regex finishes the current string.
#[derive(Clone, Copy, Debug)]
struct EndPat {
    quote: u32,
    triple: bool,
}

impl EndPat {
    /// `endprog.match(line, i)`: the end of the match.
    ///
    /// `Single = [^'\\]*(?:\\.[^'\\]*)*'` and
    /// `Single3 = [^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''` (and their `"` twins) are
    /// deterministic: a backslash escapes any character but `\n`, and the first unescaped
    /// closing quote (run) ends the string.
    fn matches(self, s: &[u32], i: usize) -> Option<usize> {
        let q = self.quote;
        let mut j = i;
        while j < s.len() {
            let c = s[j];
            if c == BACKSLASH {
                if j + 1 < s.len() && s[j + 1] != LF {
                    j += 2;
                    continue;
                }
                return None;
            }
            if c == q {
                if !self.triple {
                    return Some(j + 1);
                }
                if at(s, j + 1) == q && at(s, j + 2) == q {
                    return Some(j + 3);
                }
            }
            j += 1;
        }
        None
    }
}

// ---------------------------------------------------------------------------------------
// _tokenize
// ---------------------------------------------------------------------------------------

/// A token as the line loop produces it, borrowing its text.
struct Tok<'a> {
    kind: u8,
    text: &'a [u32],
    start: (usize, usize),
    end: (usize, usize),
    line: &'a [u32],
}

const TABSIZE: usize = 8;

/// `token in ('.', '...')`.
fn is_dot_or_ellipsis(token: &[u32]) -> bool {
    (token.len() == 1 || token.len() == 3) && token.iter().all(|&c| c == '.' as u32)
}

fn ends_with(s: &[u32], suffix: &str) -> bool {
    let n = suffix.len();
    s.len() >= n
        && s[s.len() - n..]
            .iter()
            .zip(suffix.bytes())
            .all(|(&a, b)| a == b as u32)
}

/// The line loop of `_tokenize`. `readline` returns the next decoded line (empty at end of
/// input); `emit` receives every token. The `ENCODING` token is the caller's business.
fn run_tokenizer(
    readline: &mut dyn FnMut() -> Result<Vec<u32>, TokenizeError>,
    emit: &mut dyn FnMut(Tok<'_>),
) -> Result<(), TokenizeError> {
    let mut lnum = 0usize;
    let mut parenlev: isize = 0;
    let mut continued = false;
    let mut contstr: Vec<u32> = Vec::new();
    let mut needcont = false;
    let mut contline: Vec<u32> = Vec::new();
    let mut indents: Vec<usize> = vec![0];
    let mut strstart = (0usize, 0usize);
    let mut endprog = EndPat {
        quote: SQUOTE,
        triple: false,
    };
    let mut line: Vec<u32> = Vec::new();
    let mut last_line: Vec<u32>;

    loop {
        last_line = std::mem::take(&mut line);
        line = readline()?;
        lnum += 1;
        let max = line.len();
        let mut pos = 0usize;

        if !contstr.is_empty() {
            // continued string
            if line.is_empty() {
                return Err(TokenizeError::Token {
                    msg: "EOF in multi-line string".into(),
                    line: strstart.0,
                    col: strstart.1,
                });
            }
            if let Some(end) = endprog.matches(&line, 0) {
                pos = end;
                contstr.extend_from_slice(&line[..end]);
                contline.extend_from_slice(&line);
                emit(Tok {
                    kind: STRING,
                    text: &contstr,
                    start: strstart,
                    end: (lnum, end),
                    line: &contline,
                });
                contstr.clear();
                needcont = false;
                contline.clear();
            } else if needcont && !ends_with(&line, "\\\n") && !ends_with(&line, "\\\r\n") {
                contstr.extend_from_slice(&line);
                emit(Tok {
                    kind: ERRORTOKEN,
                    text: &contstr,
                    start: strstart,
                    end: (lnum, line.len()),
                    line: &contline,
                });
                contstr.clear();
                contline.clear();
                continue;
            } else {
                contstr.extend_from_slice(&line);
                contline.extend_from_slice(&line);
                continue;
            }
        } else if parenlev == 0 && !continued {
            // new statement
            if line.is_empty() {
                break;
            }
            let mut column = 0usize;
            while pos < max {
                match line[pos] {
                    0x20 => column += 1,
                    0x09 => column = (column / TABSIZE + 1) * TABSIZE,
                    0x0c => column = 0,
                    _ => break,
                }
                pos += 1;
            }
            if pos == max {
                break;
            }

            let c = line[pos];
            if c == HASH || c == CR || c == LF {
                // skip comments or blank lines
                if c == HASH {
                    let mut end = max;
                    while end > pos && (line[end - 1] == CR || line[end - 1] == LF) {
                        end -= 1;
                    }
                    emit(Tok {
                        kind: COMMENT,
                        text: &line[pos..end],
                        start: (lnum, pos),
                        end: (lnum, end),
                        line: &line,
                    });
                    pos = end;
                }
                emit(Tok {
                    kind: NL,
                    text: &line[pos..],
                    start: (lnum, pos),
                    end: (lnum, max),
                    line: &line,
                });
                continue;
            }

            if column > *indents.last().expect("indents is never empty") {
                indents.push(column);
                emit(Tok {
                    kind: INDENT,
                    text: &line[..pos],
                    start: (lnum, 0),
                    end: (lnum, pos),
                    line: &line,
                });
            }
            while column < *indents.last().expect("indents is never empty") {
                if !indents.contains(&column) {
                    return Err(TokenizeError::Indentation {
                        msg: "unindent does not match any outer indentation level".into(),
                        line: lnum,
                        col: pos,
                    });
                }
                indents.pop();
                emit(Tok {
                    kind: DEDENT,
                    text: &[],
                    start: (lnum, pos),
                    end: (lnum, pos),
                    line: &line,
                });
            }
        } else {
            // continued statement
            if line.is_empty() {
                return Err(TokenizeError::Token {
                    msg: "EOF in multi-line statement".into(),
                    line: lnum,
                    col: 0,
                });
            }
            continued = false;
        }

        // Positions up to here are known to fail `PseudoToken` (see `pseudo_token`).
        let mut failing_upto: Option<usize> = None;
        while pos < max {
            let matched = match failing_upto {
                Some(f) if pos <= f => Err(f),
                _ => pseudo_token(&line, pos),
            };
            let (start, end) = match matched {
                Ok(span) => span,
                Err(f) => {
                    failing_upto = Some(f);
                    emit(Tok {
                        kind: ERRORTOKEN,
                        text: &line[pos..pos + 1],
                        start: (lnum, pos),
                        end: (lnum, pos + 1),
                        line: &line,
                    });
                    pos += 1;
                    continue;
                }
            };
            let spos = (lnum, start);
            let epos = (lnum, end);
            pos = end;
            if start == end {
                continue;
            }
            let token = &line[start..end];
            let initial = line[start];

            if is_digit09(initial) || (initial == '.' as u32 && !is_dot_or_ellipsis(token)) {
                emit(Tok {
                    kind: NUMBER,
                    text: token,
                    start: spos,
                    end: epos,
                    line: &line,
                });
            } else if initial == CR || initial == LF {
                let kind = if parenlev > 0 { NL } else { NEWLINE };
                emit(Tok {
                    kind,
                    text: token,
                    start: spos,
                    end: epos,
                    line: &line,
                });
            } else if initial == HASH {
                emit(Tok {
                    kind: COMMENT,
                    text: token,
                    start: spos,
                    end: epos,
                    line: &line,
                });
            } else if in_triple_quoted(token) {
                endprog = EndPat {
                    quote: token[token.len() - 1],
                    triple: true,
                };
                if let Some(e) = endprog.matches(&line, pos) {
                    // all on one line
                    pos = e;
                    emit(Tok {
                        kind: STRING,
                        text: &line[start..pos],
                        start: spos,
                        end: (lnum, pos),
                        line: &line,
                    });
                } else {
                    // multiple lines
                    strstart = (lnum, start);
                    contstr = line[start..].to_vec();
                    contline = line.clone();
                    break;
                }
            } else if in_single_quoted(&token[..1])
                || in_single_quoted(&token[..token.len().min(2)])
                || in_single_quoted(&token[..token.len().min(3)])
            {
                if token[token.len() - 1] == LF {
                    // continued string
                    strstart = (lnum, start);
                    let quote = token
                        .iter()
                        .take(3)
                        .copied()
                        .find(|&c| is_quote(c))
                        .expect("a string token has a quote");
                    endprog = EndPat {
                        quote,
                        triple: false,
                    };
                    contstr = line[start..].to_vec();
                    needcont = true;
                    contline = line.clone();
                    break;
                } else {
                    // ordinary string
                    emit(Tok {
                        kind: STRING,
                        text: token,
                        start: spos,
                        end: epos,
                        line: &line,
                    });
                }
            } else if unicode::is_xid_start(initial) {
                emit(Tok {
                    kind: NAME,
                    text: token,
                    start: spos,
                    end: epos,
                    line: &line,
                });
            } else if initial == BACKSLASH {
                continued = true;
            } else {
                match char::from_u32(initial) {
                    Some('(' | '[' | '{') => parenlev += 1,
                    Some(')' | ']' | '}') => parenlev -= 1,
                    _ => {}
                }
                emit(Tok {
                    kind: OP,
                    text: token,
                    start: spos,
                    end: epos,
                    line: &line,
                });
            }
        }
    }

    // Add an implicit NEWLINE if the input doesn't end in one
    if let Some(&lastc) = last_line.last() {
        let first_nonspace = last_line.iter().copied().find(|&c| !unicode::is_space(c));
        if lastc != CR && lastc != LF && first_nonspace != Some(HASH) {
            let n = last_line.len();
            emit(Tok {
                kind: NEWLINE,
                text: &[],
                start: (lnum - 1, n),
                end: (lnum - 1, n + 1),
                line: &[],
            });
        }
    }
    for _ in 1..indents.len() {
        emit(Tok {
            kind: DEDENT,
            text: &[],
            start: (lnum, 0),
            end: (lnum, 0),
            line: &[],
        });
    }
    emit(Tok {
        kind: ENDMARKER,
        text: &[],
        start: (lnum, 0),
        end: (lnum, 0),
        line: &[],
    });
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Encodings: detect_encoding and per-line decoding
// ---------------------------------------------------------------------------------------

const BOM_UTF8: &[u8] = b"\xef\xbb\xbf";

/// Python's binary `readline` split: each piece ends just after a `b'\n'` (the last one
/// may lack it).
fn split_binary_lines(src: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut rest = src;
    while !rest.is_empty() {
        let cut = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        lines.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    lines
}

/// How a line is decoded, chosen by the codec module Python would use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// A single-byte table codec of the runtime (`cp1252`, `koi8_r`, ...).
    Table(taipan_runtime::codecs::Codec),
}

/// The codec modules of CPython 3.11's `encodings` package (`mbcs` and `oem` exist only on
/// Windows), each followed by the aliases `encodings.aliases` maps to it. A `*` marks a
/// codec that is not a text encoding (`bytes.decode` refuses it).
const CODEC_TABLE: &str = "\
ascii 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii
base64_codec* base64 base_64
big5 big5_tw csbig5 x_mac_trad_chinese
big5hkscs big5_hkscs hkscs
bz2_codec* bz2
charmap
cp037 037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039
cp1006
cp1026 1026 csibm1026 ibm1026
cp1125 1125 cp866u ibm1125 ruscii
cp1140 1140 ibm1140
cp1250 1250 windows_1250
cp1251 1251 windows_1251
cp1252 1252 windows_1252
cp1253 1253 windows_1253
cp1254 1254 windows_1254
cp1255 1255 windows_1255
cp1256 1256 windows_1256
cp1257 1257 windows_1257
cp1258 1258 windows_1258
cp273 273 csibm273 ibm273
cp424 424 csibm424 ebcdic_cp_he ibm424
cp437 437 cspc8codepage437 ibm437
cp500 500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500
cp720
cp737
cp775 775 cspc775baltic ibm775
cp850 850 cspc850multilingual ibm850
cp852 852 cspcp852 ibm852
cp855 855 csibm855 ibm855
cp856
cp857 857 csibm857 ibm857
cp858 858 csibm858 ibm858
cp860 860 csibm860 ibm860
cp861 861 cp_is csibm861 ibm861
cp862 862 cspc862latinhebrew ibm862
cp863 863 csibm863 ibm863
cp864 864 csibm864 ibm864
cp865 865 csibm865 ibm865
cp866 866 csibm866 ibm866
cp869 869 cp_gr csibm869 ibm869
cp874
cp875
cp932 932 ms932 ms_kanji mskanji
cp949 949 ms949 uhc
cp950 950 ms950
euc_jis_2004 euc_jis2004 eucjis2004 jisx0213
euc_jisx0213 eucjisx0213
euc_jp eucjp u_jis ujis
euc_kr euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean
gb18030 gb18030_2000
gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese
gbk 936 cp936 ms936
hex_codec* hex
hp_roman8 cp1051 ibm1051 r8 roman8
hz hz_gb hz_gb_2312 hzgb
idna
iso2022_jp csiso2022jp iso2022jp iso_2022_jp
iso2022_jp_1 iso2022jp_1 iso_2022_jp_1
iso2022_jp_2 iso2022jp_2 iso_2022_jp_2
iso2022_jp_2004 iso2022jp_2004 iso_2022_jp_2004
iso2022_jp_3 iso2022jp_3 iso_2022_jp_3
iso2022_jp_ext iso2022jp_ext iso_2022_jp_ext
iso2022_kr csiso2022kr iso2022kr iso_2022_kr
iso8859_1
iso8859_10 csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6
iso8859_11 iso_8859_11 iso_8859_11_2001 thai
iso8859_13 iso_8859_13 l7 latin7
iso8859_14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8
iso8859_15 iso_8859_15 l9 latin9
iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10
iso8859_2 csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2
iso8859_3 csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3
iso8859_4 csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4
iso8859_5 csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144
iso8859_6 arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127
iso8859_7 csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126
iso8859_8 csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138
iso8859_9 csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5
johab cp1361 ms1361
koi8_r cskoi8r
koi8_t
koi8_u
kz1048 kz_1048 rk1048 strk1048_2002
latin_1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1
mac_arabic
mac_croatian
mac_cyrillic maccyrillic
mac_farsi
mac_greek macgreek
mac_iceland maciceland
mac_latin2 mac_centeuro maccentraleurope maclatin2
mac_roman macintosh macroman
mac_romanian
mac_turkish macturkish
palmos
ptcp154 cp154 csptcp154 cyrillic_asian pt154
punycode
quopri_codec* quopri quoted_printable quotedprintable
raw_unicode_escape
rot_13* rot13
shift_jis csshiftjis s_jis shiftjis sjis x_mac_japanese
shift_jis_2004 s_jis_2004 shiftjis2004 sjis_2004
shift_jisx0213 s_jisx0213 shiftjisx0213 sjisx0213
tis_620 iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1
undefined
unicode_escape
utf_16 u16 utf16
utf_16_be unicodebigunmarked utf_16be
utf_16_le unicodelittleunmarked utf_16le
utf_32 u32 utf32
utf_32_be utf_32be
utf_32_le utf_32le
utf_7 u7 unicode_1_1_utf_7 utf7
utf_8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4
utf_8_sig
uu_codec* uu
zlib_codec* zip zlib";

/// `encodings.normalize_encoding` after the lower-casing `codecs.lookup` does.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else if c.is_alphanumeric() {
            // Non-ASCII alphanumerics are dropped, but do not count as punctuation.
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// `codecs.lookup(name)`: the codec module Python would load, if any.
fn lookup_codec_module(name: &str) -> Option<&'static str> {
    let norm = normalize_encoding(name);
    let dotless = norm.replace('.', "_");
    let mut aliased = None;
    for key in [&norm, &dotless] {
        for row in CODEC_TABLE.lines() {
            let mut words = row.split(' ');
            let module = words.next().unwrap_or("");
            if words.any(|alias| alias == key) {
                aliased = Some(module);
                break;
            }
        }
        if aliased.is_some() {
            break;
        }
    }
    let candidates = [
        aliased.map(|m| m.trim_end_matches('*').to_string()),
        Some(norm),
    ];
    for modname in candidates.into_iter().flatten() {
        if modname.is_empty() || modname.contains('.') {
            continue;
        }
        for row in CODEC_TABLE.lines() {
            let module = row.split(' ').next().unwrap_or("");
            if module.trim_end_matches('*') == modname {
                return Some(module);
            }
        }
    }
    None
}

/// The decoder for a codec module, or why this module cannot decode with it.
fn codec_for_module(module: &str, name: &str) -> Result<Codec, String> {
    Ok(match module {
        "utf_8" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" => Codec::Ascii,
        // `charmap` without a mapping table decodes as Latin-1.
        "latin_1" | "iso8859_1" | "charmap" => Codec::Latin1,
        "undefined" => {
            return Err(format!(
                "decoding with '{}' codec failed (UnicodeError: undefined encoding)",
                name
            ))
        }
        _ if module.ends_with('*') => {
            return Err(format!(
                "'{}' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                name
            ));
        }
        _ => match taipan_runtime::codecs::lookup(module) {
            Some(table) => Codec::Table(table),
            None => {
                return Err(format!(
                    "encoding '{}' is not supported by taipan's tokenize",
                    name
                ))
            }
        },
    })
}

/// The `str(UnicodeDecodeError)` text for bytes `start..end` of `data`.
fn decode_error(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> String {
    if end - start == 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            codec, data[start], start, reason
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            codec,
            start,
            end - 1,
            reason
        )
    }
}

/// Decodes UTF-8; invalid bytes either fail (`Err(message)`) or, with `escape`, become
/// lone surrogates U+DC80..U+DCFF (the `surrogateescape` error handler).
fn decode_utf8(data: &[u8], escape: bool) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                out.extend(s.chars().map(|c| c as u32));
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                let s = std::str::from_utf8(&data[i..i + good]).expect("valid prefix");
                out.extend(s.chars().map(|c| c as u32));
                let bad = i + good;
                if escape {
                    out.push(0xdc00 + data[bad] as u32);
                    i = bad + 1;
                    continue;
                }
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead = data[bad];
                        if n == 1 && !(0xc2..=0xf4).contains(&lead) {
                            (bad + 1, "invalid start byte")
                        } else {
                            (bad + n, "invalid continuation byte")
                        }
                    }
                };
                return Err(decode_error("utf-8", data, bad, end, reason));
            }
        }
    }
    Ok(out)
}

/// `bytes.decode(encoding)` for one line.
fn decode_line(codec: Codec, data: &[u8]) -> Result<Vec<u32>, String> {
    match codec {
        Codec::Utf8 => decode_utf8(data, false),
        Codec::Utf8Sig => decode_utf8(data.strip_prefix(BOM_UTF8).unwrap_or(data), false),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as u32).collect()),
        Codec::Ascii => match data.iter().position(|&b| b >= 0x80) {
            None => Ok(data.iter().map(|&b| b as u32).collect()),
            Some(p) => Err(decode_error(
                "ascii",
                data,
                p,
                p + 1,
                "ordinal not in range(128)",
            )),
        },
        Codec::Table(table) => match table.decode(data) {
            Ok(text) => Ok(text.chars().map(|c| c as u32).collect()),
            // CPython's table codecs report themselves as 'charmap'.
            Err(e) => Err(decode_error("charmap", data, e.start, e.end, e.reason)),
        },
    }
}

/// `cookie_re = ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII), on a decoded line.
fn find_cookie_name(line: &str) -> Option<&str> {
    let s = line.as_bytes();
    let mut i = 0;
    while i < s.len() && matches!(s[i], b' ' | b'\t' | 0x0c) {
        i += 1;
    }
    if s.get(i) != Some(&b'#') {
        return None;
    }
    let mut p = i + 1;
    loop {
        if s[p..].starts_with(b"coding") && matches!(s.get(p + 6), Some(b':' | b'=')) {
            let mut q = p + 7;
            while q < s.len() && matches!(s[q], b' ' | b'\t') {
                q += 1;
            }
            let mut r = q;
            while r < s.len()
                && (s[r].is_ascii_alphanumeric() || matches!(s[r], b'_' | b'-' | b'.'))
            {
                r += 1;
            }
            if r > q {
                return Some(&line[q..r]);
            }
        }
        // `.*?` extends one character at a time, never over '\n'.
        if p >= s.len() || s[p] == b'\n' {
            return None;
        }
        p += 1;
    }
}

/// `blank_re = ^[ \t\f]*(?:[#\r\n]|$)` on a binary line.
fn is_blank_line(line: &[u8]) -> bool {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | 0x0c) {
        i += 1;
    }
    i == line.len() || matches!(line[i], b'#' | b'\r' | b'\n')
}

/// `_get_normal_name`.
fn get_normal_name(orig: &str) -> String {
    let enc: String = orig
        .chars()
        .take(12)
        .collect::<String>()
        .to_lowercase()
        .replace('_', "-");
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".into();
    }
    if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&enc.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| enc.starts_with(p))
    {
        return "iso-8859-1".into();
    }
    orig.to_string()
}

/// `detect_encoding`'s `find_cookie`: `Ok(None)` when the line holds no cookie.
fn find_cookie(
    line: &[u8],
    bom_found: bool,
    filename: Option<&str>,
) -> Result<Option<String>, TokenizeError> {
    let for_file = |msg: &str| match filename {
        Some(f) => format!("{} for {}", msg, repr_text(f)),
        None => msg.to_string(),
    };
    let Ok(text) = std::str::from_utf8(line) else {
        return Err(TokenizeError::Syntax(for_file(
            "invalid or missing encoding declaration",
        )));
    };
    let Some(name) = find_cookie_name(text) else {
        return Ok(None);
    };
    let encoding = get_normal_name(name);
    if lookup_codec_module(&encoding).is_none() {
        return Err(TokenizeError::Syntax(match filename {
            None => format!("unknown encoding: {}", encoding),
            Some(f) => format!("unknown encoding for {}: {}", repr_text(f), encoding),
        }));
    }
    if bom_found {
        if encoding != "utf-8" {
            return Err(TokenizeError::Syntax(match filename {
                None => "encoding problem: utf-8".to_string(),
                Some(f) => format!("encoding problem for {}: utf-8", repr_text(f)),
            }));
        }
        return Ok(Some("utf-8-sig".into()));
    }
    Ok(Some(encoding))
}

/// `detect_encoding(readline)` over a whole file: the encoding name and the source with a
/// leading UTF-8 BOM removed.
fn detect_encoding<'a>(
    src: &'a [u8],
    filename: Option<&str>,
) -> Result<(String, &'a [u8]), TokenizeError> {
    let (bom_found, rest) = match src.strip_prefix(BOM_UTF8) {
        Some(rest) => (true, rest),
        None => (false, src),
    };
    let default = if bom_found { "utf-8-sig" } else { "utf-8" };
    let mut lines = rest.split_inclusive(|&b| b == b'\n');
    let Some(first) = lines.next() else {
        return Ok((default.into(), rest));
    };
    if let Some(enc) = find_cookie(first, bom_found, filename)? {
        return Ok((enc, rest));
    }
    if !is_blank_line(first) {
        return Ok((default.into(), rest));
    }
    let Some(second) = lines.next() else {
        return Ok((default.into(), rest));
    };
    if let Some(enc) = find_cookie(second, bom_found, filename)? {
        return Ok((enc, rest));
    }
    Ok((default.into(), rest))
}

/// `tokenize(readline)` over a whole file, `filename` playing `readline.__self__.name`.
fn tokenize_source(
    src: &[u8],
    filename: Option<&str>,
    emit: &mut dyn FnMut(Tok<'_>),
) -> Result<(), TokenizeError> {
    let (mut encoding, rest) = detect_encoding(src, filename)?;
    if encoding == "utf-8-sig" {
        // BOM will already have been stripped.
        encoding = "utf-8".into();
    }
    let enc_chars: Vec<u32> = encoding.chars().map(|c| c as u32).collect();
    emit(Tok {
        kind: ENCODING,
        text: &enc_chars,
        start: (0, 0),
        end: (0, 0),
        line: &[],
    });
    // The codec is looked up by `bytes.decode` when the first line is decoded.
    let codec = lookup_codec_module(&encoding)
        .ok_or_else(|| format!("unknown encoding: {}", encoding))
        .and_then(|module| codec_for_module(module, &encoding));
    let lines = split_binary_lines(rest);
    let mut next = 0usize;
    let mut readline = || -> Result<Vec<u32>, TokenizeError> {
        let Some(raw) = lines.get(next) else {
            return Ok(Vec::new());
        };
        next += 1;
        let codec = codec.clone().map_err(TokenizeError::Decode)?;
        decode_line(codec, raw).map_err(TokenizeError::Decode)
    };
    run_tokenizer(&mut readline, emit)
}

fn chars_to_string(cps: &[u32]) -> String {
    cps.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

impl Tok<'_> {
    fn to_info(&self) -> TokInfo {
        TokInfo {
            kind: self.kind,
            string: chars_to_string(self.text),
            start: self.start,
            end: self.end,
            line: chars_to_string(self.line),
        }
    }
}

/// Tokenizes a whole file's bytes, `ENCODING` token first, like
/// `tokenize.tokenize(io.BytesIO(src).readline)`: the encoding comes from a UTF-8 BOM or a
/// PEP 263 cookie (else UTF-8), lines split after `b'\n'` are decoded one by one.
pub fn tokenize_bytes(src: &[u8]) -> Result<Vec<TokInfo>, TokenizeError> {
    let mut toks = Vec::new();
    tokenize_source(src, None, &mut |t| toks.push(t.to_info()))?;
    Ok(toks)
}

/// Like `tokenize.generate_tokens(io.StringIO(text).readline)`: tokenizes already-decoded
/// text (lines split after `'\n'`), without an `ENCODING` token.
pub fn generate_tokens(text: &str) -> Result<Vec<TokInfo>, TokenizeError> {
    let mut lines = text.split_inclusive('\n');
    let mut readline = || -> Result<Vec<u32>, TokenizeError> {
        Ok(lines
            .next()
            .map(|l| l.chars().map(|c| c as u32).collect())
            .unwrap_or_default())
    };
    let mut toks = Vec::new();
    run_tokenizer(&mut readline, &mut |t| toks.push(t.to_info()))?;
    Ok(toks)
}

/// For the Python-visible module: tokens from lines `readline` returns (empty at the
/// end), with the tokens produced before an error kept, as the generator would have
/// yielded them.
pub fn tokens_from_lines(readline: &mut dyn FnMut() -> Result<Vec<u32>, TokenizeError>) -> (Vec<TokInfo>, Option<TokenizeError>) {
    let mut toks = Vec::new();
    let err = run_tokenizer(readline, &mut |t| toks.push(t.to_info())).err();
    (toks, err)
}

/// `tokens_from_lines` for bytes: the ENCODING token first, lines decoded as detected.
pub fn tokens_from_bytes(src: &[u8]) -> (Vec<TokInfo>, Option<TokenizeError>) {
    let mut toks = Vec::new();
    let err = tokenize_source(src, None, &mut |t| toks.push(t.to_info())).err();
    (toks, err)
}

// ---------------------------------------------------------------------------------------
// main()
// ---------------------------------------------------------------------------------------

fn repr_text(s: &str) -> String {
    repr::repr_str(s.as_bytes())
}

fn push_padded(out: &mut String, s: &str, width: usize) {
    out.push_str(s);
    let n = s.chars().count();
    for _ in n..width {
        out.push(' ');
    }
}

/// One line of `main()`'s output: `"%-20s%-15s%-15r" % (token_range, name, string)`.
fn format_token(out: &mut String, t: &Tok<'_>, exact: bool) {
    let kind = if exact {
        exact_type_of(t.kind, t.text)
    } else {
        t.kind
    };
    let range = format!("{},{}-{},{}:", t.start.0, t.start.1, t.end.0, t.end.1);
    push_padded(out, &range, 20);
    push_padded(out, TOK_NAMES[kind as usize], 15);
    let mut payload = Vec::with_capacity(t.text.len());
    for &c in t.text {
        codepoints::push(&mut payload, c);
    }
    push_padded(out, &repr::repr_str(&payload), 15);
    out.push('\n');
}

const USAGE: &str = "usage: python -m tokenize [-h] [-e] [filename.py]\n";
const HELP: &str = "usage: python -m tokenize [-h] [-e] [filename.py]

positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
";

/// What the command line asks for.
enum Args {
    Run {
        exact: bool,
        filename: Option<String>,
    },
    Exit(i32),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Action {
    Help,
    Exact,
}

impl Action {
    fn names(self) -> &'static str {
        match self {
            Action::Help => "-h/--help",
            Action::Exact => "-e/--exact",
        }
    }
}

/// How argparse classifies one command-line string.
#[derive(Clone, Debug)]
enum ArgKind {
    Positional,
    DoubleDash,
    Optional(Option<Action>, String, Option<String>),
}

const OPTION_STRINGS: [(&str, Action); 4] = [
    ("-h", Action::Help),
    ("--help", Action::Help),
    ("-e", Action::Exact),
    ("--exact", Action::Exact),
];

fn option_action(s: &str) -> Option<Action> {
    OPTION_STRINGS
        .iter()
        .find(|(o, _)| *o == s)
        .map(|&(_, a)| a)
}

/// `ArgumentParser._parse_optional`.
fn parse_optional(arg: &str) -> Result<ArgKind, String> {
    if !arg.starts_with('-') {
        return Ok(ArgKind::Positional);
    }
    if let Some(a) = option_action(arg) {
        return Ok(ArgKind::Optional(Some(a), arg.into(), None));
    }
    if arg.chars().count() == 1 {
        return Ok(ArgKind::Positional);
    }
    if let Some((opt, explicit)) = arg.split_once('=') {
        if let Some(a) = option_action(opt) {
            return Ok(ArgKind::Optional(
                Some(a),
                opt.into(),
                Some(explicit.into()),
            ));
        }
    }
    // _get_option_tuples
    let mut tuples: Vec<(Action, &str, Option<String>)> = Vec::new();
    if arg.starts_with("--") {
        let (prefix, explicit) = match arg.split_once('=') {
            Some((p, e)) => (p, Some(e.to_string())),
            None => (arg, None),
        };
        for &(o, a) in &OPTION_STRINGS {
            if o.starts_with(prefix) {
                tuples.push((a, o, explicit.clone()));
            }
        }
    } else {
        let short_len = arg.char_indices().nth(2).map_or(arg.len(), |(i, _)| i);
        let (short, short_explicit) = arg.split_at(short_len);
        for &(o, a) in &OPTION_STRINGS {
            if o == short {
                tuples.push((a, o, Some(short_explicit.to_string())));
            } else if o.starts_with(arg) {
                tuples.push((a, o, None));
            }
        }
    }
    if tuples.len() > 1 {
        let matches: Vec<&str> = tuples.iter().map(|t| t.1).collect();
        return Err(format!(
            "ambiguous option: {} could match {}",
            arg,
            matches.join(", ")
        ));
    }
    if let Some((a, o, e)) = tuples.pop() {
        return Ok(ArgKind::Optional(Some(a), o.into(), e));
    }
    // _negative_number_matcher: '^-\d+$|^-\d*\.\d+$'; the parser has no such options.
    let body: Vec<char> = arg.chars().skip(1).collect();
    let dec = |c: &char| unicode::is_decimal(*c as u32);
    let negative = (!body.is_empty() && body.iter().all(dec)) || {
        match body.iter().position(|&c| c == '.') {
            Some(p) => {
                body[..p].iter().all(dec) && p + 1 < body.len() && body[p + 1..].iter().all(dec)
            }
            None => false,
        }
    };
    if negative || arg.contains(' ') {
        return Ok(ArgKind::Positional);
    }
    Ok(ArgKind::Optional(None, arg.into(), None))
}

/// `parser.parse_args()` for `main()`'s parser; prints help or errors itself.
fn parse_args(args: &[String], stdout: &mut dyn Write, stderr: &mut dyn Write) -> Args {
    let fail = |stderr: &mut dyn Write, msg: &str| {
        let _ = writeln!(stderr, "{}python -m tokenize: error: {}", USAGE, msg);
        Args::Exit(2)
    };
    // Classify every string, as _parse_known_args builds arg_strings_pattern.
    let mut kinds = Vec::with_capacity(args.len());
    let mut after_dashes = false;
    for a in args {
        if after_dashes {
            kinds.push(ArgKind::Positional);
        } else if a == "--" {
            kinds.push(ArgKind::DoubleDash);
            after_dashes = true;
        } else {
            match parse_optional(a) {
                Ok(k) => kinds.push(k),
                Err(msg) => return fail(stderr, &msg),
            }
        }
    }
    let is_option = |i: usize| matches!(kinds[i], ArgKind::Optional(..));
    let option_indices: Vec<usize> = (0..args.len()).filter(|&i| is_option(i)).collect();

    let mut exact = false;
    let mut filename: Option<String> = None;
    let mut positional_left = true;
    let mut extras: Vec<String> = Vec::new();

    // consume_positionals: the one positional, nargs='?', pattern '(-*A?-*)'.
    let consume_positionals =
        |start: usize, filename: &mut Option<String>, positional_left: &mut bool| -> usize {
            if !*positional_left {
                return start;
            }
            *positional_left = false;
            let mut i = start;
            let mut values = Vec::new();
            while i < args.len() && matches!(kinds[i], ArgKind::DoubleDash) {
                values.push(args[i].clone());
                i += 1;
            }
            if i < args.len() && matches!(kinds[i], ArgKind::Positional) {
                values.push(args[i].clone());
                i += 1;
            }
            while i < args.len() && matches!(kinds[i], ArgKind::DoubleDash) {
                values.push(args[i].clone());
                i += 1;
            }
            if let Some(p) = values.iter().position(|v| v == "--") {
                values.remove(p);
            }
            *filename = values.into_iter().next();
            i
        };

    let mut start = 0usize;
    let max_option = option_indices.last().copied();
    while max_option.is_some_and(|m| start <= m) {
        let next_option = *option_indices
            .iter()
            .find(|&&i| i >= start)
            .expect("an option remains");
        if start != next_option {
            let end = consume_positionals(start, &mut filename, &mut positional_left);
            if end > start {
                start = end;
                continue;
            }
            start = end;
        }
        if !is_option(start) {
            extras.extend(args[start..next_option].iter().cloned());
            start = next_option;
        }
        // consume_optional
        let ArgKind::Optional(action, option_string, explicit) = kinds[start].clone() else {
            unreachable!()
        };
        let Some(mut action) = action else {
            extras.push(args[start].clone());
            start += 1;
            continue;
        };
        let mut option_string = option_string;
        let mut explicit = explicit;
        let mut actions = Vec::new();
        loop {
            match explicit {
                Some(e) => {
                    let second = option_string.chars().nth(1);
                    if second != Some('-') && !e.is_empty() {
                        actions.push(action);
                        let mut chars = e.chars();
                        let first = chars.next().expect("non-empty");
                        option_string = format!("-{}", first);
                        let rest: String = chars.collect();
                        match option_action(&option_string) {
                            Some(a) => {
                                action = a;
                                explicit = if rest.is_empty() { None } else { Some(rest) };
                            }
                            None => {
                                return fail(
                                    stderr,
                                    &format!(
                                        "argument {}: ignored explicit argument {}",
                                        action.names(),
                                        repr_text(&e)
                                    ),
                                );
                            }
                        }
                    } else {
                        return fail(
                            stderr,
                            &format!(
                                "argument {}: ignored explicit argument {}",
                                action.names(),
                                repr_text(&e)
                            ),
                        );
                    }
                }
                None => {
                    actions.push(action);
                    break;
                }
            }
        }
        for a in actions {
            match a {
                Action::Exact => exact = true,
                Action::Help => {
                    let _ = stdout.write_all(HELP.as_bytes());
                    return Args::Exit(0);
                }
            }
        }
        start += 1;
    }
    let stop = consume_positionals(start, &mut filename, &mut positional_left);
    extras.extend(args[stop..].iter().cloned());
    if !extras.is_empty() {
        return fail(
            stderr,
            &format!("unrecognized arguments: {}", extras.join(" ")),
        );
    }
    Args::Run { exact, filename }
}

/// Reads one line of text from standard input the way `sys.stdin.readline()` does on
/// POSIX: split after `\n` (no newline translation), UTF-8 with `surrogateescape`.
fn read_text_line(r: &mut dyn BufRead) -> io::Result<Vec<u32>> {
    let mut raw = Vec::new();
    r.read_until(b'\n', &mut raw)?;
    Ok(decode_utf8(&raw, true).expect("surrogateescape never fails"))
}

/// `str(OSError)`: `[Errno N] strerror`, then `: 'filename'` when the error names a file.
fn os_error_text(err: &io::Error, filename: Option<&str>) -> String {
    let mut text = match err.raw_os_error() {
        Some(code) => {
            let full = err.to_string();
            let strerror = full
                .strip_suffix(&format!(" (os error {})", code))
                .unwrap_or(&full);
            format!("[Errno {}] {}", code, strerror)
        }
        None => err.to_string(),
    };
    if let Some(f) = filename {
        text.push_str(": ");
        text.push_str(&repr_text(f));
    }
    text
}

fn report_error(err: &TokenizeError, filename: &str, stderr: &mut dyn Write) -> i32 {
    let _ = match err {
        TokenizeError::Token { msg, line, col } | TokenizeError::Indentation { msg, line, col } => {
            writeln!(stderr, "{}:{}:{}: error: {}", filename, line, col, msg)
        }
        TokenizeError::Syntax(msg) => writeln!(stderr, "{}: error: {}", filename, msg),
        TokenizeError::Decode(msg) => {
            // CPython: perror("unexpected error: %s" % err) and re-raise.
            writeln!(
                stderr,
                "unexpected error: {msg}\nTraceback (most recent call last):\n  File \"<frozen tokenize>\", in main\nUnicodeDecodeError: {msg}"
            )
        }
    };
    1
}

/// The whole `python -m tokenize` `main()`: `args` are what follows `-m tokenize` on the
/// command line (e.g. `["-e", "file.py"]`). With a file name the tokens are all collected
/// first (nothing reaches `stdout` if tokenizing fails); without one, standard input is
/// read as text and tokens are printed as they come. Returns the exit status.
pub fn main(args: &[String], stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let (exact, filename) = match parse_args(args, stdout, stderr) {
        Args::Exit(code) => return code,
        Args::Run { exact, filename } => (exact, filename),
    };
    match filename.filter(|f| !f.is_empty()) {
        Some(filename) => {
            let src = match std::fs::File::open(&filename).and_then(|mut f| {
                let mut v = Vec::new();
                f.read_to_end(&mut v).map(|_| v)
            }) {
                Ok(src) => src,
                Err(e) => {
                    let _ = writeln!(stderr, "error: {}", os_error_text(&e, Some(&filename)));
                    return 1;
                }
            };
            let mut out = String::new();
            let result = tokenize_source(&src, Some(&filename), &mut |t| {
                format_token(&mut out, &t, exact)
            });
            match result {
                Ok(()) => {
                    let _ = stdout.write_all(out.as_bytes());
                    let _ = stdout.flush();
                    0
                }
                Err(e) => report_error(&e, &filename, stderr),
            }
        }
        None => {
            let stdin = io::stdin();
            let mut input = stdin.lock();
            let pending = std::cell::RefCell::new(String::new());
            let mut io_error: Option<io::Error> = None;
            let result = {
                let mut readline = || -> Result<Vec<u32>, TokenizeError> {
                    // Show what is done before waiting for more input.
                    let text = std::mem::take(&mut *pending.borrow_mut());
                    let _ = stdout.write_all(text.as_bytes());
                    let _ = stdout.flush();
                    match read_text_line(&mut input) {
                        Ok(line) => Ok(line),
                        Err(e) => {
                            let msg = e.to_string();
                            io_error = Some(e);
                            Err(TokenizeError::Decode(msg))
                        }
                    }
                };
                run_tokenizer(&mut readline, &mut |t| {
                    format_token(&mut pending.borrow_mut(), &t, exact)
                })
            };
            let _ = stdout.write_all(pending.borrow().as_bytes());
            let _ = stdout.flush();
            if let Some(e) = io_error {
                let _ = writeln!(stderr, "error: {}", os_error_text(&e, None));
                return 1;
            }
            match result {
                Ok(()) => 0,
                Err(e) => report_error(&e, "<stdin>", stderr),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `main()` prints for a file holding `src`, without touching the file system.
    fn render(src: &[u8], exact: bool) -> String {
        let mut out = String::new();
        tokenize_source(src, Some("test.py"), &mut |t| {
            format_token(&mut out, &t, exact)
        })
        .expect("tokenizes");
        out
    }

    fn check(src: &[u8], exact: bool, expected: &[&str]) {
        let mut want = expected.join("\n");
        want.push('\n');
        assert_eq!(render(src, exact), want);
    }

    /// Runs `main` on a temporary file holding `src`; returns (status, stdout, stderr) with
    /// the file's path replaced by `FILE`.
    fn run_on_file(name: &str, src: &[u8], extra: &[&str]) -> (i32, String, String) {
        let path = std::env::temp_dir().join(format!(
            "taipan-tokenize-{}-{}.py",
            std::process::id(),
            name
        ));
        std::fs::write(&path, src).expect("temp file");
        let path_str = path.to_str().expect("utf-8 temp path").to_string();
        let mut args: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        args.push(path_str.clone());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = main(&args, &mut out, &mut err);
        let _ = std::fs::remove_file(&path);
        let fix = |v: Vec<u8>| {
            String::from_utf8(v)
                .expect("utf-8 output")
                .replace(&path_str, "FILE")
        };
        (code, fix(out), fix(err))
    }

    fn run_args(args: &[&str]) -> (i32, String, String) {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = main(&args, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    // Expected texts below were produced by CPython 3.11.7 (`python3 -m tokenize ...` or
    // `tokenize.tokenize` / `tokenize.generate_tokens`).

    #[test]
    fn main_reports_indentation_error() {
        let (code, out, err) = run_on_file("ind", b"if x:\n        y\n    z\n", &[]);
        assert_eq!((code, out.as_str()), (1, ""));
        assert_eq!(
            err,
            "FILE:3:4: error: unindent does not match any outer indentation level\n"
        );
    }

    #[test]
    fn main_reports_token_errors() {
        let (code, out, err) = run_on_file("tri", b"x = \"\"\"abc\n", &[]);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (1, "", "FILE:1:4: error: EOF in multi-line string\n")
        );
        let (code, out, err) = run_on_file("par", b"x = (1,\n", &["-e"]);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (1, "", "FILE:2:0: error: EOF in multi-line statement\n")
        );
    }

    #[test]
    fn main_reports_encoding_errors() {
        let (code, out, err) = run_on_file("unk", b"# coding: foobar\nx\n", &[]);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (1, "", "FILE: error: unknown encoding for 'FILE': foobar\n")
        );
        let (code, _, err) = run_on_file("bom", b"\xef\xbb\xbf# coding: latin-1\nx\n", &[]);
        assert_eq!(
            (code, err.as_str()),
            (1, "FILE: error: encoding problem for 'FILE': utf-8\n")
        );
        let (code, out, err) = run_on_file("bad", b"x = 1\n\"\xff\"\n", &[]);
        assert_eq!((code, out.as_str()), (1, ""));
        assert!(err.starts_with("unexpected error: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte\n"));
        let (code, out, err) = run_args(&["/nonexistent/taipan/x.py"]);
        assert_eq!((code, out.as_str()), (1, ""));
        assert_eq!(
            err,
            "error: [Errno 2] No such file or directory: '/nonexistent/taipan/x.py'\n"
        );
    }

    #[test]
    fn main_prints_help_and_argparse_errors() {
        let help = "usage: python -m tokenize [-h] [-e] [filename.py]\n\npositional arguments:\n  filename.py  the file to tokenize; defaults to stdin\n\noptions:\n  -h, --help   show this help message and exit\n  -e, --exact  display token names using the exact type\n";
        assert_eq!(run_args(&["-h"]), (0, help.to_string(), String::new()));
        assert_eq!(
            run_args(&["-x", "--he"]),
            (0, help.to_string(), String::new())
        );
        let usage = "usage: python -m tokenize [-h] [-e] [filename.py]\n";
        assert_eq!(
            run_args(&["a", "-x", "b"]),
            (
                2,
                String::new(),
                format!("{usage}python -m tokenize: error: unrecognized arguments: -x b\n")
            )
        );
        assert_eq!(
            run_args(&["-ex"]),
            (2, String::new(), format!("{usage}python -m tokenize: error: argument -e/--exact: ignored explicit argument 'x'\n"))
        );
        assert_eq!(
            run_args(&["--help=3"]),
            (2, String::new(), format!("{usage}python -m tokenize: error: argument -h/--help: ignored explicit argument '3'\n"))
        );
    }

    #[test]
    fn main_exact_flag() {
        let (code, out, err) = run_on_file("exact", b"a->b\n", &["--exact"]);
        assert_eq!((code, err.as_str()), (0, ""));
        let want = [
            "0,0-0,0:            ENCODING       'utf-8'        ",
            "1,0-1,1:            NAME           'a'            ",
            "1,1-1,3:            RARROW         '->'           ",
            "1,3-1,4:            NAME           'b'            ",
            "1,4-1,5:            NEWLINE        '\\n'           ",
            "2,0-2,0:            ENDMARKER      ''             ",
        ];
        assert_eq!(out, want.join("\n") + "\n");
    }

    fn info(
        kind: u8,
        string: &str,
        start: (usize, usize),
        end: (usize, usize),
        line: &str,
    ) -> TokInfo {
        TokInfo {
            kind,
            string: string.into(),
            start,
            end,
            line: line.into(),
        }
    }

    #[test]
    fn tokenize_bytes_matches_tokenize_tokenize() {
        let toks = tokenize_bytes(b"if a:\n  b = \"\"\"x\ny\"\"\" + 1\n").unwrap();
        let want = vec![
            info(63, "utf-8", (0, 0), (0, 0), ""),
            info(1, "if", (1, 0), (1, 2), "if a:\n"),
            info(1, "a", (1, 3), (1, 4), "if a:\n"),
            info(54, ":", (1, 4), (1, 5), "if a:\n"),
            info(4, "\n", (1, 5), (1, 6), "if a:\n"),
            info(5, "  ", (2, 0), (2, 2), "  b = \"\"\"x\n"),
            info(1, "b", (2, 2), (2, 3), "  b = \"\"\"x\n"),
            info(54, "=", (2, 4), (2, 5), "  b = \"\"\"x\n"),
            info(
                3,
                "\"\"\"x\ny\"\"\"",
                (2, 6),
                (3, 4),
                "  b = \"\"\"x\ny\"\"\" + 1\n",
            ),
            info(54, "+", (3, 5), (3, 6), "y\"\"\" + 1\n"),
            info(2, "1", (3, 7), (3, 8), "y\"\"\" + 1\n"),
            info(4, "\n", (3, 8), (3, 9), "y\"\"\" + 1\n"),
            info(6, "", (4, 0), (4, 0), ""),
            info(0, "", (4, 0), (4, 0), ""),
        ];
        assert_eq!(toks, want);
        assert_eq!(toks[3].exact_kind(), 11); // COLON
        assert_eq!(toks[1].exact_kind(), NAME);
        assert_eq!(
            tokenize_bytes(b"# coding: foobar\n"),
            Err(TokenizeError::Syntax("unknown encoding: foobar".into()))
        );
    }

    #[test]
    fn generate_tokens_matches_python() {
        let toks = generate_tokens("f(1,\n  2) # c").unwrap();
        let want = vec![
            info(1, "f", (1, 0), (1, 1), "f(1,\n"),
            info(54, "(", (1, 1), (1, 2), "f(1,\n"),
            info(2, "1", (1, 2), (1, 3), "f(1,\n"),
            info(54, ",", (1, 3), (1, 4), "f(1,\n"),
            info(62, "\n", (1, 4), (1, 5), "f(1,\n"),
            info(2, "2", (2, 2), (2, 3), "  2) # c"),
            info(54, ")", (2, 3), (2, 4), "  2) # c"),
            info(61, "# c", (2, 5), (2, 8), "  2) # c"),
            info(4, "", (2, 8), (2, 9), ""),
            info(0, "", (3, 0), (3, 0), ""),
        ];
        assert_eq!(toks, want);
        assert_eq!(
            generate_tokens("if x:\n        y\n    z\n"),
            Err(TokenizeError::Indentation {
                msg: "unindent does not match any outer indentation level".into(),
                line: 3,
                col: 4
            })
        );
        assert_eq!(
            generate_tokens("(").unwrap_err(),
            TokenizeError::Token {
                msg: "EOF in multi-line statement".into(),
                line: 2,
                col: 0
            }
        );
    }

    #[test]
    fn token_names_and_exact_types() {
        assert_eq!(TOK_NAMES[OP as usize], "OP");
        assert_eq!(TOK_NAMES[ERRORTOKEN as usize], "ERRORTOKEN");
        assert_eq!(TOK_NAMES[ENCODING as usize], "ENCODING");
        assert_eq!(TOK_NAMES[53], "COLONEQUAL");
        for (op, kind) in EXACT_TOKEN_TYPES {
            let t = TokInfo {
                kind: OP,
                string: op.into(),
                start: (1, 0),
                end: (1, 1),
                line: String::new(),
            };
            assert_eq!(t.exact_kind(), kind, "{op}");
        }
    }
    // Expected outputs below were produced by CPython 3.11.7: `python3 -m tokenize [-e] FILE`.

    #[test]
    fn errortokens() {
        check(
            b"a = $b ? c ! d\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'a'            ",
                "1,2-1,3:            OP             '='            ",
                "1,3-1,4:            ERRORTOKEN     ' '            ",
                "1,4-1,5:            ERRORTOKEN     '$'            ",
                "1,5-1,6:            NAME           'b'            ",
                "1,6-1,7:            ERRORTOKEN     ' '            ",
                "1,7-1,8:            ERRORTOKEN     '?'            ",
                "1,9-1,10:           NAME           'c'            ",
                "1,10-1,11:          ERRORTOKEN     ' '            ",
                "1,11-1,12:          ERRORTOKEN     '!'            ",
                "1,13-1,14:          NAME           'd'            ",
                "1,14-1,15:          NEWLINE        '\\n'           ",
                "2,0-2,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn whitespace_before_errortoken() {
        check(
            b"x =   $\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "1,3-1,4:            ERRORTOKEN     ' '            ",
                "1,4-1,5:            ERRORTOKEN     ' '            ",
                "1,5-1,6:            ERRORTOKEN     ' '            ",
                "1,6-1,7:            ERRORTOKEN     '$'            ",
                "1,7-1,8:            NEWLINE        '\\n'           ",
                "2,0-2,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn unterminated_continued_string() {
        check(
            b"s = 'abc\\\ndef\nx\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           's'            ",
                "1,2-1,3:            OP             '='            ",
                "1,4-2,4:            ERRORTOKEN     \"'abc\\\\\\ndef\\n\"",
                "3,0-3,1:            NAME           'x'            ",
                "3,1-3,2:            NEWLINE        '\\n'           ",
                "4,0-4,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn continued_string_crlf() {
        check(
            b"s = 'abc\\\r\ndef'\r\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           's'            ",
                "1,2-1,3:            OP             '='            ",
                "1,4-2,4:            STRING         \"'abc\\\\\\r\\ndef'\"",
                "2,4-2,6:            NEWLINE        '\\r\\n'         ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn triple_quoted_multiline() {
        check(
            b"x = \"\"\"a\nb\\\nc\"\"\"  # c\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "1,4-3,4:            STRING         '\"\"\"a\\nb\\\\\\nc\"\"\"'",
                "3,6-3,9:            COMMENT        '# c'          ",
                "3,9-3,10:           NEWLINE        '\\n'           ",
                "4,0-4,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn comment_last_line_without_newline() {
        check(
            b"x = 1\n  # c",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "1,4-1,5:            NUMBER         '1'            ",
                "1,5-1,6:            NEWLINE        '\\n'           ",
                "2,2-2,5:            COMMENT        '# c'          ",
                "2,5-2,5:            NL             ''             ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn dedents_at_eof_and_implicit_newline() {
        check(
            b"if x:\n    if y:\n        z",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,2:            NAME           'if'           ",
                "1,3-1,4:            NAME           'x'            ",
                "1,4-1,5:            OP             ':'            ",
                "1,5-1,6:            NEWLINE        '\\n'           ",
                "2,0-2,4:            INDENT         '    '         ",
                "2,4-2,6:            NAME           'if'           ",
                "2,7-2,8:            NAME           'y'            ",
                "2,8-2,9:            OP             ':'            ",
                "2,9-2,10:           NEWLINE        '\\n'           ",
                "3,0-3,8:            INDENT         '        '     ",
                "3,8-3,9:            NAME           'z'            ",
                "3,9-3,10:           NEWLINE        ''             ",
                "4,0-4,0:            DEDENT         ''             ",
                "4,0-4,0:            DEDENT         ''             ",
                "4,0-4,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn tabs_and_dedent() {
        check(
            b"if x:\n\tif y:\n\t\tz\n        w\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,2:            NAME           'if'           ",
                "1,3-1,4:            NAME           'x'            ",
                "1,4-1,5:            OP             ':'            ",
                "1,5-1,6:            NEWLINE        '\\n'           ",
                "2,0-2,1:            INDENT         '\\t'           ",
                "2,1-2,3:            NAME           'if'           ",
                "2,4-2,5:            NAME           'y'            ",
                "2,5-2,6:            OP             ':'            ",
                "2,6-2,7:            NEWLINE        '\\n'           ",
                "3,0-3,2:            INDENT         '\\t\\t'         ",
                "3,2-3,3:            NAME           'z'            ",
                "3,3-3,4:            NEWLINE        '\\n'           ",
                "4,8-4,8:            DEDENT         ''             ",
                "4,8-4,9:            NAME           'w'            ",
                "4,9-4,10:           NEWLINE        '\\n'           ",
                "5,0-5,0:            DEDENT         ''             ",
                "5,0-5,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn form_feed_indentation() {
        check(
            b"if x:\n\x0c    y\n  \x0cz\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,2:            NAME           'if'           ",
                "1,3-1,4:            NAME           'x'            ",
                "1,4-1,5:            OP             ':'            ",
                "1,5-1,6:            NEWLINE        '\\n'           ",
                "2,0-2,5:            INDENT         '\\x0c    '     ",
                "2,5-2,6:            NAME           'y'            ",
                "2,6-2,7:            NEWLINE        '\\n'           ",
                "3,3-3,3:            DEDENT         ''             ",
                "3,3-3,4:            NAME           'z'            ",
                "3,4-3,5:            NEWLINE        '\\n'           ",
                "4,0-4,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn lone_carriage_returns() {
        check(
            b"x = 1\ry = 2\n\rz\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "1,4-1,5:            NUMBER         '1'            ",
                "1,5-1,6:            ERRORTOKEN     '\\r'           ",
                "1,6-1,7:            NAME           'y'            ",
                "1,8-1,9:            OP             '='            ",
                "1,10-1,11:          NUMBER         '2'            ",
                "1,11-1,12:          NEWLINE        '\\n'           ",
                "2,0-2,3:            NL             '\\rz\\n'        ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn numbers() {
        check(b"0x_1 0b12 0o78 1_000 1__0 1e5 1e+ 1.e5j .5 5. 0777 00_0 1j 1.5J 0xg 1_ 1.__ 3e-7_0 .. ... .5.5\n", false, &[
            "0,0-0,0:            ENCODING       'utf-8'        ",
            "1,0-1,4:            NUMBER         '0x_1'         ",
            "1,5-1,8:            NUMBER         '0b1'          ",
            "1,8-1,9:            NUMBER         '2'            ",
            "1,10-1,13:          NUMBER         '0o7'          ",
            "1,13-1,14:          NUMBER         '8'            ",
            "1,15-1,20:          NUMBER         '1_000'        ",
            "1,21-1,22:          NUMBER         '1'            ",
            "1,22-1,25:          NAME           '__0'          ",
            "1,26-1,29:          NUMBER         '1e5'          ",
            "1,30-1,31:          NUMBER         '1'            ",
            "1,31-1,32:          NAME           'e'            ",
            "1,32-1,33:          OP             '+'            ",
            "1,34-1,39:          NUMBER         '1.e5j'        ",
            "1,40-1,42:          NUMBER         '.5'           ",
            "1,43-1,45:          NUMBER         '5.'           ",
            "1,46-1,47:          NUMBER         '0'            ",
            "1,47-1,50:          NUMBER         '777'          ",
            "1,51-1,55:          NUMBER         '00_0'         ",
            "1,56-1,58:          NUMBER         '1j'           ",
            "1,59-1,63:          NUMBER         '1.5J'         ",
            "1,64-1,65:          NUMBER         '0'            ",
            "1,65-1,67:          NAME           'xg'           ",
            "1,68-1,69:          NUMBER         '1'            ",
            "1,69-1,70:          NAME           '_'            ",
            "1,71-1,73:          NUMBER         '1.'           ",
            "1,73-1,75:          NAME           '__'           ",
            "1,76-1,82:          NUMBER         '3e-7_0'       ",
            "1,83-1,84:          OP             '.'            ",
            "1,84-1,85:          OP             '.'            ",
            "1,86-1,89:          OP             '...'          ",
            "1,90-1,92:          NUMBER         '.5'           ",
            "1,92-1,94:          NUMBER         '.5'           ",
            "1,94-1,95:          NEWLINE        '\\n'           ",
            "2,0-2,0:            ENDMARKER      ''             ",
        ]);
    }

    #[test]
    fn string_prefixes() {
        check(
            b"rb'x' Rb\"y\" f'{x}' ur'z' bR'''q''' F\"\"\"w\"\"\" u'a' br\"\\\"\"\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,5:            STRING         \"rb'x'\"        ",
                "1,6-1,11:           STRING         'Rb\"y\"'        ",
                "1,12-1,18:          STRING         \"f'{x}'\"       ",
                "1,19-1,21:          NAME           'ur'           ",
                "1,21-1,24:          STRING         \"'z'\"          ",
                "1,25-1,34:          STRING         \"bR'''q'''\"    ",
                "1,35-1,43:          STRING         'F\"\"\"w\"\"\"'     ",
                "1,44-1,48:          STRING         \"u'a'\"         ",
                "1,49-1,55:          STRING         'br\"\\\\\"\"'      ",
                "1,55-1,56:          NEWLINE        '\\n'           ",
                "2,0-2,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn unicode_names_and_columns() {
        check(b"caf\xc3\xa9 = '\xc3\xa9' + \xc2\xb5 + \xe2\x84\x98 + \xd9\xa3 + \xc2\xb2x + x\xc2\xb2\n\xc2\xa0y\n", false, &[
            "0,0-0,0:            ENCODING       'utf-8'        ",
            "1,0-1,4:            NAME           'café'         ",
            "1,5-1,6:            OP             '='            ",
            "1,7-1,10:           STRING         \"'é'\"          ",
            "1,11-1,12:          OP             '+'            ",
            "1,13-1,14:          NAME           'µ'            ",
            "1,15-1,16:          OP             '+'            ",
            "1,16-1,17:          ERRORTOKEN     ' '            ",
            "1,17-1,18:          ERRORTOKEN     '℘'            ",
            "1,19-1,20:          OP             '+'            ",
            "1,21-1,22:          OP             '٣'            ",
            "1,23-1,24:          OP             '+'            ",
            "1,25-1,27:          OP             '²x'           ",
            "1,28-1,29:          OP             '+'            ",
            "1,30-1,32:          NAME           'x²'           ",
            "1,32-1,33:          NEWLINE        '\\n'           ",
            "2,0-2,1:            ERRORTOKEN     '\\xa0'         ",
            "2,1-2,2:            NAME           'y'            ",
            "2,2-2,3:            NEWLINE        '\\n'           ",
            "3,0-3,0:            ENDMARKER      ''             ",
        ]);
    }

    #[test]
    fn comment_with_carriage_returns() {
        check(
            b"# a\rb\r\r\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,5:            COMMENT        '# a\\rb'       ",
                "1,5-1,8:            NL             '\\r\\r\\n'       ",
                "2,0-2,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn four_quotes() {
        check(
            b"x = ''''a''''\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "1,4-1,12:           STRING         \"''''a'''\"     ",
                "1,12-1,13:          ERRORTOKEN     \"'\"            ",
                "1,13-1,14:          NEWLINE        '\\n'           ",
                "2,0-2,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn backslash_crlf_continuation() {
        check(
            b"x = \\\r\n 1\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "2,1-2,2:            NUMBER         '1'            ",
                "2,2-2,3:            NEWLINE        '\\n'           ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn exact_operators() {
        check(
            b"a **= b //= c >>= d <<= e != f -> g := h @= i ... j . k ! l\n(x)[y]{z}\n",
            true,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'a'            ",
                "1,2-1,5:            DOUBLESTAREQUAL'**='          ",
                "1,6-1,7:            NAME           'b'            ",
                "1,8-1,11:           DOUBLESLASHEQUAL'//='          ",
                "1,12-1,13:          NAME           'c'            ",
                "1,14-1,17:          RIGHTSHIFTEQUAL'>>='          ",
                "1,18-1,19:          NAME           'd'            ",
                "1,20-1,23:          LEFTSHIFTEQUAL '<<='          ",
                "1,24-1,25:          NAME           'e'            ",
                "1,26-1,28:          NOTEQUAL       '!='           ",
                "1,29-1,30:          NAME           'f'            ",
                "1,31-1,33:          RARROW         '->'           ",
                "1,34-1,35:          NAME           'g'            ",
                "1,36-1,38:          COLONEQUAL     ':='           ",
                "1,39-1,40:          NAME           'h'            ",
                "1,41-1,43:          ATEQUAL        '@='           ",
                "1,44-1,45:          NAME           'i'            ",
                "1,46-1,49:          ELLIPSIS       '...'          ",
                "1,50-1,51:          NAME           'j'            ",
                "1,52-1,53:          DOT            '.'            ",
                "1,54-1,55:          NAME           'k'            ",
                "1,55-1,56:          ERRORTOKEN     ' '            ",
                "1,56-1,57:          ERRORTOKEN     '!'            ",
                "1,58-1,59:          NAME           'l'            ",
                "1,59-1,60:          NEWLINE        '\\n'           ",
                "2,0-2,1:            LPAR           '('            ",
                "2,1-2,2:            NAME           'x'            ",
                "2,2-2,3:            RPAR           ')'            ",
                "2,3-2,4:            LSQB           '['            ",
                "2,4-2,5:            NAME           'y'            ",
                "2,5-2,6:            RSQB           ']'            ",
                "2,6-2,7:            LBRACE         '{'            ",
                "2,7-2,8:            NAME           'z'            ",
                "2,8-2,9:            RBRACE         '}'            ",
                "2,9-2,10:           NEWLINE        '\\n'           ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn brackets_nl() {
        check(
            b"def f(a,\n      b):\n    return {\n  1: [2,\n3]}\n",
            true,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,3:            NAME           'def'          ",
                "1,4-1,5:            NAME           'f'            ",
                "1,5-1,6:            LPAR           '('            ",
                "1,6-1,7:            NAME           'a'            ",
                "1,7-1,8:            COMMA          ','            ",
                "1,8-1,9:            NL             '\\n'           ",
                "2,6-2,7:            NAME           'b'            ",
                "2,7-2,8:            RPAR           ')'            ",
                "2,8-2,9:            COLON          ':'            ",
                "2,9-2,10:           NEWLINE        '\\n'           ",
                "3,0-3,4:            INDENT         '    '         ",
                "3,4-3,10:           NAME           'return'       ",
                "3,11-3,12:          LBRACE         '{'            ",
                "3,12-3,13:          NL             '\\n'           ",
                "4,2-4,3:            NUMBER         '1'            ",
                "4,3-4,4:            COLON          ':'            ",
                "4,5-4,6:            LSQB           '['            ",
                "4,6-4,7:            NUMBER         '2'            ",
                "4,7-4,8:            COMMA          ','            ",
                "4,8-4,9:            NL             '\\n'           ",
                "5,0-5,1:            NUMBER         '3'            ",
                "5,1-5,2:            RSQB           ']'            ",
                "5,2-5,3:            RBRACE         '}'            ",
                "5,3-5,4:            NEWLINE        '\\n'           ",
                "6,0-6,0:            DEDENT         ''             ",
                "6,0-6,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn latin1_cookie_line2() {
        check(
            b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nx = \"\xe9\"\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'iso-8859-1'   ",
                "1,0-1,17:           COMMENT        '#!/usr/bin/python'",
                "1,17-1,18:          NL             '\\n'           ",
                "2,0-2,36:           COMMENT        '# vim: set fileencoding=iso-8859-1 :'",
                "2,36-2,37:          NL             '\\n'           ",
                "3,0-3,1:            NAME           'x'            ",
                "3,2-3,3:            OP             '='            ",
                "3,4-3,7:            STRING         '\"é\"'          ",
                "3,7-3,8:            NEWLINE        '\\n'           ",
                "4,0-4,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn koi8_r() {
        check(
            b"# coding: koi8-r\nx = \"\xc1\xc2\"\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'koi8-r'       ",
                "1,0-1,16:           COMMENT        '# coding: koi8-r'",
                "1,16-1,17:          NL             '\\n'           ",
                "2,0-2,1:            NAME           'x'            ",
                "2,2-2,3:            OP             '='            ",
                "2,4-2,8:            STRING         '\"аб\"'         ",
                "2,8-2,9:            NEWLINE        '\\n'           ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn cp1252() {
        check(
            b"# coding: cp1252\nx = \"\x80\x99\"\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'cp1252'       ",
                "1,0-1,16:           COMMENT        '# coding: cp1252'",
                "1,16-1,17:          NL             '\\n'           ",
                "2,0-2,1:            NAME           'x'            ",
                "2,2-2,3:            OP             '='            ",
                "2,4-2,8:            STRING         '\"€™\"'         ",
                "2,8-2,9:            NEWLINE        '\\n'           ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn bom() {
        check(
            b"\xef\xbb\xbfx = 1\r\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "1,4-1,5:            NUMBER         '1'            ",
                "1,5-1,7:            NEWLINE        '\\r\\n'         ",
                "2,0-2,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn nul_and_non_printable() {
        check(
            b"x = \x00 \"\x7f\x1b\" 1\n",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,1:            NAME           'x'            ",
                "1,2-1,3:            OP             '='            ",
                "1,3-1,4:            ERRORTOKEN     ' '            ",
                "1,4-1,5:            ERRORTOKEN     '\\x00'         ",
                "1,6-1,10:           STRING         '\"\\x7f\\x1b\"'   ",
                "1,11-1,12:          NUMBER         '1'            ",
                "1,12-1,13:          NEWLINE        '\\n'           ",
                "2,0-2,0:            ENDMARKER      ''             ",
            ],
        );
    }

    #[test]
    fn whitespace_only_last_line() {
        check(
            b"if x:\n  y\n   ",
            false,
            &[
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,2:            NAME           'if'           ",
                "1,3-1,4:            NAME           'x'            ",
                "1,4-1,5:            OP             ':'            ",
                "1,5-1,6:            NEWLINE        '\\n'           ",
                "2,0-2,2:            INDENT         '  '           ",
                "2,2-2,3:            NAME           'y'            ",
                "2,3-2,4:            NEWLINE        '\\n'           ",
                "3,0-3,0:            DEDENT         ''             ",
                "3,0-3,0:            ENDMARKER      ''             ",
            ],
        );
    }
}
