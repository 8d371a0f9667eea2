//! Stage 1 — source bytes → source text.
//!
//! Follows CPython's tokenizer front door: a UTF-8 BOM is dropped; a PEP 263 coding
//! declaration on line 1, or on line 2 when line 1 is blank or a comment, names the
//! encoding (`get_normal_name` folds the utf-8 and latin-1 spellings); everything else is
//! UTF-8. Then `\r\n` and lone `\r` become `\n` and a final newline is ensured, so the
//! tokenizer only ever sees `\n`. Every failure is a `SyntaxError` carrying CPython's
//! message; the wording differs between a file being run and a string being compiled,
//! exactly as it does in CPython.

use crate::error::{ErrorKind, SyntaxError};
use taipan_runtime::codecs::{self, Codec};

/// Where the bytes come from; CPython words some errors differently for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A script or module file being run or imported.
    File,
    /// Bytes handed to `compile()` / `ast.parse()` / `-m ast`.
    String,
}

/// Decoded source: normalized text plus the encoding that was applied.
#[derive(Clone, Debug)]
pub struct Source {
    /// The text, with `\n` line ends and a final newline.
    pub text: String,
    /// Canonical name of the encoding used to decode it.
    pub encoding: &'static str,
    /// True when a BOM or a coding declaration named the encoding. CPython then reports
    /// parser error columns in characters; for an undeclared file, in bytes.
    pub declared: bool,
    /// The bytes began with a UTF-8 BOM (CPython shows it in the text of line-1 errors).
    pub bom: bool,
    /// A file's NUL byte or undeclared non-UTF-8 byte: the text stops before its line,
    /// and the tokenizer raises this error when it reaches that point.
    pub pending_error: Option<SyntaxError>,
}

/// Decodes `bytes` (stage 1). `filename` is used in error messages only.
pub fn decode(bytes: &[u8], filename: &str, origin: Origin) -> Result<Source, SyntaxError> {
    let (has_bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut codec = Codec::Utf8;
    let spec = coding_spec(body);
    let declared = has_bom || spec.is_some();
    if let Some(spec) = &spec {
        if has_bom && spec != "utf-8" {
            return Err(SyntaxError::bare(
                ErrorKind::Syntax,
                format!("encoding problem: {spec} with BOM"),
                filename,
            ));
        }
        codec = match codecs::lookup(&spec) {
            Some(c) => c,
            None => {
                let msg = match origin {
                    Origin::File => format!("encoding problem: {spec}"),
                    Origin::String => format!("unknown encoding: {spec}"),
                };
                return Err(SyntaxError::bare(ErrorKind::Syntax, msg, filename));
            }
        };
    }
    // A file is read line by line in CPython, so a NUL byte, or invalid UTF-8 in a file
    // with no declaration, is only noticed when the tokenizer reaches its line: the text
    // is cut there and the error left pending. The first such byte decides.
    let mut body = body;
    let mut pending_error = None;
    let nul = body.iter().position(|&b| b == 0);
    if nul.is_some() && origin == Origin::String {
        return Err(SyntaxError::bare(ErrorKind::Syntax, "source code string cannot contain null bytes", filename));
    }
    let bad_utf8 = match (origin, declared) {
        (Origin::File, false) => std::str::from_utf8(body).err().map(|e| e.valid_up_to()),
        _ => None,
    };
    let first_bad = match (nul, bad_utf8) {
        (Some(n), Some(u)) => Some(n.min(u)),
        (n, u) => n.or(u),
    };
    if let Some(at) = first_bad {
        let line_start = body[..at].iter().rposition(|&b| b == b'\n' || b == b'\r').map_or(0, |p| p + 1);
        let lineno = line_of(body, at);
        pending_error = Some(if Some(at) == nul {
            let shown = String::from_utf8_lossy(&body[line_start..at]).into_owned();
            SyntaxError::at_chars(ErrorKind::Syntax, "source code cannot contain null bytes", filename, lineno, 0, lineno, 0, Some(shown))
        } else {
            SyntaxError::bare(
                ErrorKind::Syntax,
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    body[at], filename, lineno
                ),
                filename,
            )
        });
        body = &body[..line_start];
    }
    let text = match codec.decode(body) {
        Ok(t) => t,
        Err(e) => {
            let msg = match (origin, codec) {
                (Origin::File, Codec::Utf8) => format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    e.byte,
                    filename,
                    line_of(body, e.start)
                ),
                (Origin::File, _) => format!("encoding problem: {}", spec.as_deref().unwrap_or("utf-8")),
                _ => format!("(unicode error) {e}"),
            };
            return Err(SyntaxError::bare(ErrorKind::Syntax, msg, filename));
        }
    };
    Ok(Source { text: normalize_newlines(&text), encoding: codec.name(), declared, pending_error, bom: has_bom })
}

/// 1-based line number of byte `pos`, counting `\n`, `\r\n` and `\r` as line ends.
fn line_of(data: &[u8], pos: usize) -> u32 {
    let mut line = 1;
    let mut i = 0;
    while i < pos {
        match data[i] {
            b'\n' => line += 1,
            b'\r' if data.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// Translates `\r\n` and `\r` to `\n` and appends a newline if the text lacks one.
pub fn normalize_newlines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    if !text.contains('\r') {
        out.push_str(text);
    } else {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            } else {
                out.push(c);
            }
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The declared encoding of lines 1–2, normalized as CPython's `get_normal_name` does.
fn coding_spec(body: &[u8]) -> Option<String> {
    let mut lines = body.split_inclusive(|&b| b == b'\n' || b == b'\r');
    let first = lines.next()?;
    if let Some(spec) = spec_in_line(first) {
        return Some(spec);
    }
    // Line 2 counts only when line 1 holds nothing but whitespace and a comment.
    let only_comment = first
        .iter()
        .take_while(|&&b| b != b'#')
        .all(|&b| matches!(b, b' ' | b'\t' | b'\x0c' | b'\n' | b'\r'));
    if !only_comment {
        return None;
    }
    spec_in_line(lines.next()?)
}

/// `get_coding_spec`: a comment line holding `coding[:=]\s*([-\w.]+)`.
fn spec_in_line(line: &[u8]) -> Option<String> {
    let size = line.len();
    let mut i = 0;
    while i + 6 < size {
        match line[i] {
            b'#' => break,
            b' ' | b'\t' | b'\x0c' => i += 1,
            _ => return None,
        }
    }
    while i + 6 < size {
        if &line[i..i + 6] == b"coding" {
            let mut t = i + 6;
            if t < size && (line[t] == b':' || line[t] == b'=') {
                t += 1;
                while t < size && (line[t] == b' ' || line[t] == b'\t') {
                    t += 1;
                }
                let begin = t;
                while t < size && (line[t].is_ascii_alphanumeric() || matches!(line[t], b'-' | b'_' | b'.')) {
                    t += 1;
                }
                if begin < t {
                    let raw = String::from_utf8_lossy(&line[begin..t]).into_owned();
                    return Some(normal_name(&raw));
                }
            }
        }
        i += 1;
    }
    None
}

/// `get_normal_name`: folds the spellings of utf-8 and latin-1 (first 12 chars only).
fn normal_name(s: &str) -> String {
    let buf: String = s
        .chars()
        .take(12)
        .map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || buf.starts_with("latin-1-")
        || buf.starts_with("iso-8859-1-")
        || buf.starts_with("iso-latin-1-")
    {
        "iso-8859-1".into()
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes a file; an error left pending for the tokenizer counts as failure.
    fn dec(b: &[u8]) -> Result<String, String> {
        let s = decode(b, "t.py", Origin::File).map_err(|e| e.msg)?;
        match s.pending_error {
            Some(e) => Err(e.msg),
            None => Ok(s.text),
        }
    }

    #[test]
    fn utf8_default_bom_and_newlines() {
        assert_eq!(dec(b"x = 1").unwrap(), "x = 1\n");
        assert_eq!(dec(b"\xef\xbb\xbfx\r\ny\rz").unwrap(), "x\ny\nz\n");
    }

    #[test]
    fn coding_declarations() {
        assert_eq!(dec(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n").unwrap(), "# -*- coding: latin-1 -*-\ns = '\u{e9}'\n");
        assert_eq!(dec(b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\n'\xe9'").unwrap().chars().nth(60), Some('\u{e9}'));
        // Line 2 is not consulted when line 1 is code.
        assert!(dec(b"x = 1\n# coding: latin-1\n'\xe9'").is_err());
        assert_eq!(dec(b"# coding: uft-8\n").unwrap_err(), "encoding problem: uft-8");
        assert_eq!(
            decode(b"# coding: uft-8\n", "t", Origin::String).unwrap_err().msg,
            "unknown encoding: uft-8"
        );
        assert_eq!(dec(b"\xef\xbb\xbf# coding: utf8\n").unwrap_err(), "encoding problem: utf8 with BOM");
        assert_eq!(dec(b"\xef\xbb\xbf# coding: UTF_8\n").unwrap(), "# coding: UTF_8\n");
    }

    #[test]
    fn invalid_utf8_and_nul() {
        assert_eq!(
            dec(b"x = 1\ny\xf6 = 2\n").unwrap_err(),
            "Non-UTF-8 code starting with '\\xf6' in file t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        );
        // A file's NUL is left for the tokenizer to meet: the text stops before its line.
        let s = decode(b"x = 1\n\x00y=2\n", "t.py", Origin::File).unwrap();
        let e = s.pending_error.expect("pending NUL error");
        assert_eq!((s.text.as_str(), e.msg.as_str(), e.lineno), ("x = 1\n", "source code cannot contain null bytes", Some(2)));
        let e = decode(b"x\x00", "t", Origin::String).unwrap_err();
        assert_eq!(e.msg, "source code string cannot contain null bytes");
    }
}
