//! Syntax errors from stages 1–4, shaped like CPython's `SyntaxError` objects (`msg`,
//! `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`) and printed the way
//! CPython's traceback printer prints them:
//!
//! ```text
//!   File "x.py", line 4
//!     print("hello"
//!          ^
//! SyntaxError: '(' was never closed
//! ```
//!
//! Positions inside the front end are UTF-8 byte columns (as in the AST); `offset` and
//! `end_offset` here are 1-based *character* columns, as Python code sees them.

use std::fmt;

/// Which `SyntaxError` subclass is raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` (a `SyntaxError` subclass).
    Indentation,
    /// `TabError` (an `IndentationError` subclass).
    Tab,
    /// `MemoryError`: CPython's parser raises it when nesting exhausts its stack.
    Memory,
    /// `RecursionError`: CPython's compiler raises it for ASTs nested too deeply.
    Recursion,
}

impl ErrorKind {
    /// The Python class name.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Memory => "MemoryError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}

/// A compile-time error with CPython's attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Exception class.
    pub kind: ErrorKind,
    /// `msg`.
    pub msg: String,
    /// `filename`.
    pub filename: String,
    /// `lineno`; `None` when the error has no location (e.g. an unknown encoding).
    pub lineno: Option<u32>,
    /// 1-based character column of the error start (0: unknown).
    pub offset: i64,
    /// Line of the error end.
    pub end_lineno: Option<u32>,
    /// 1-based character column one past the error end (0: unknown).
    pub end_offset: i64,
    /// The offending source line, with its newline.
    pub text: Option<String>,
}

/// Number of characters in the first `byte_col` bytes of `line` (lossy on a split char).
pub fn char_col(line: &str, byte_col: usize) -> usize {
    let b = line.as_bytes();
    let n = byte_col.min(b.len());
    b[..n].iter().filter(|&&c| (c & 0xc0) != 0x80).count()
}

impl SyntaxError {
    /// An error without a source location.
    pub fn bare(kind: ErrorKind, msg: impl Into<String>, filename: &str) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_owned(),
            lineno: None,
            offset: 0,
            end_lineno: None,
            end_offset: 0,
            text: None,
        }
    }

    /// An error at 1-based character columns on a given line of text.
    #[allow(clippy::too_many_arguments)]
    pub fn at_chars(
        kind: ErrorKind,
        msg: impl Into<String>,
        filename: &str,
        lineno: u32,
        offset: i64,
        end_lineno: u32,
        end_offset: i64,
        text: Option<String>,
    ) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_owned(),
            lineno: Some(lineno),
            offset,
            end_lineno: Some(end_lineno),
            end_offset,
            text,
        }
    }

    /// The exception's `str()`: `msg (filename, line N)`.
    pub fn str_value(&self) -> String {
        match self.lineno {
            Some(l) => format!("{} ({}, line {})", self.msg, basename(&self.filename), l),
            None => self.msg.clone(),
        }
    }

    /// The lines CPython's top-level error printer writes for this error (no traceback
    /// header: syntax errors in the main script have none). Mirrors `print_exception` and
    /// `print_error_text` in CPython 3.11's `Python/pythonrun.c`: only exact `SyntaxError`s
    /// use the end offset, a multi-line range highlights to the end of the first line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Some(lineno) = self.lineno {
            out.push_str(&format!("  File \"{}\", line {}\n", self.filename, lineno));
            if let Some(text) = &self.text {
                let (mut end_offset, end_lineno) = match self.kind {
                    ErrorKind::Syntax => (self.end_offset, self.end_lineno.unwrap_or(lineno)),
                    _ => (-1, lineno),
                };
                let line_size = text.len() as i64;
                if end_lineno > lineno {
                    end_offset = line_size;
                }
                if end_offset > line_size + 1 {
                    end_offset = line_size + 1;
                }
                print_error_text(&mut out, self.offset, end_offset, text);
            }
        }
        out.push_str(self.kind.class_name());
        if !self.msg.is_empty() {
            out.push_str(": ");
            out.push_str(&self.msg);
        }
        out.push('\n');
        out
    }
}

/// CPython's `print_error_text`: the source line without its indentation, then a caret
/// line (omitted when the offset falls left of the text).
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let reps = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let mut offset = offset - 1;
    let mut text = text;
    while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    while let Some(nl) = text.find('\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if text.as_bytes().get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..reps {
        out.push('^');
    }
    out.push('\n');
}

fn basename(path: &str) -> &str {
    path
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.str_value())
    }
}

impl std::error::Error for SyntaxError {}

/// `PyErr_ProgramTextObject`: the source line CPython quotes in compiler errors, read
/// back from the file's bytes with C's line reader: universal newlines, 999-byte chunks
/// (a longer line yields its last chunk), a NUL ends it, and it must be valid UTF-8 (a
/// BOM stays in). `None` when the line is missing or does not decode.
pub fn program_text(file: &[u8], lineno: u32) -> Option<String> {
    const CHUNK: usize = 999;
    let mut pos = 0;
    let mut buf: Vec<u8> = Vec::new();
    // `Py_UniversalNewlineFgets`: up to 999 bytes, ending after a newline.
    let fgets = |pos: &mut usize, buf: &mut Vec<u8>| -> bool {
        buf.clear();
        if *pos >= file.len() {
            return false;
        }
        while buf.len() < CHUNK && *pos < file.len() {
            let c = file[*pos];
            *pos += 1;
            if c == b'\r' {
                if file.get(*pos) == Some(&b'\n') {
                    *pos += 1;
                }
                buf.push(b'\n');
                break;
            }
            buf.push(c);
            if c == b'\n' {
                break;
            }
        }
        true
    };
    for _ in 0..lineno {
        loop {
            if !fgets(&mut pos, &mut buf) {
                return None;
            }
            // A full chunk without its newline: the line goes on.
            if buf.len() < CHUNK || buf.last() == Some(&b'\n') {
                break;
            }
        }
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8(buf[..end].to_vec()).ok()
}

/// CPython's text for an OS error: `[Errno 2] No such file or directory`.
pub fn os_error_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => {
            let msg = e.to_string();
            // Rust appends " (os error N)"; CPython shows "[Errno N] message".
            let text = msg.split(" (os error").next().unwrap_or(&msg).to_string();
            format!("[Errno {code}] {text}")
        }
        None => e.to_string(),
    }
}

/// A `SyntaxWarning` raised while tokenizing or parsing (CPython reports these through
/// the warnings module; the front end collects them for the caller to show).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line the warning is about.
    pub lineno: u32,
    /// The message, e.g. "invalid decimal literal".
    pub msg: String,
}

impl Warning {
    /// The warnings module's default rendering, `file:line: SyntaxWarning: msg` and the
    /// stripped source line (`source` is the decoded text the line is taken from).
    pub fn render(&self, filename: &str, source: &str) -> String {
        let mut out = format!("{filename}:{}: SyntaxWarning: {}\n", self.lineno, self.msg);
        if let Some(line) = source.split_inclusive('\n').nth(self.lineno as usize - 1) {
            let line = line.trim_matches(|c: char| c.is_whitespace());
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::program_text;

    #[test]
    fn program_text_reads_lines_like_c() {
        assert_eq!(program_text(b"a\r\nb\rc\n", 2).as_deref(), Some("b\n"));
        assert_eq!(program_text(b"a\r\nb\rc", 3).as_deref(), Some("c"));
        assert_eq!(program_text(b"a\n", 2), None);
        assert_eq!(program_text(b"x\xe9\n", 1), None, "not UTF-8");
        assert_eq!(program_text(b"ab\0cd\n", 1).as_deref(), Some("ab"));
        let long = format!("{}tail\n", "x".repeat(1998));
        assert_eq!(program_text(long.as_bytes(), 1).as_deref(), Some("tail\n"), "the last 999-byte chunk");
        assert_eq!(program_text("\u{feff}return\n".as_bytes(), 1).as_deref(), Some("\u{feff}return\n"));
    }
}
