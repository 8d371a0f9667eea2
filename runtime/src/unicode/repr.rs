//! `repr()` of `str` and `bytes`, following CPython's `unicode_repr` / `bytes_repr`:
//! the quote is `'` unless the text holds `'` and no `"`; printable characters are kept,
//! others become `\t \n \r`, `\xNN`, `\uNNNN` or `\UNNNNNNNN`.

use super::{codepoints, is_printable};

/// Appends `repr(s)` for a `str` payload (UTF-8 with surrogates allowed).
pub fn repr_str_into(out: &mut String, text: &[u8]) {
    let has_single = text.contains(&b'\'');
    let has_double = text.contains(&b'"');
    let quote = if has_single && !has_double { '"' } else { '\'' };
    out.push(quote);
    for c in codepoints::iter(text) {
        match c {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            _ if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if c < 0x20 || c == 0x7f => push_hex(out, 'x', c, 2),
            _ if c < 0x7f => out.push(c as u8 as char),
            _ if is_printable(c) => out.push(char::from_u32(c).expect("printable chars are scalar values")),
            _ if c <= 0xff => push_hex(out, 'x', c, 2),
            _ if c <= 0xffff => push_hex(out, 'u', c, 4),
            _ => push_hex(out, 'U', c, 8),
        }
    }
    out.push(quote);
}

/// `repr(s)` for a `str` payload.
pub fn repr_str(text: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    repr_str_into(&mut out, text);
    out
}

/// Appends `repr(b)` for a `bytes` value (`b'...'`).
pub fn repr_bytes_into(out: &mut String, data: &[u8]) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => push_hex(out, 'x', b as u32, 2),
        }
    }
    out.push(quote);
}

fn push_hex(out: &mut String, letter: char, c: u32, width: usize) {
    use std::fmt::Write;
    out.push('\\');
    out.push(letter);
    let _ = write!(out, "{:0width$x}", c, width = width);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_repr_matches_cpython() {
        assert_eq!(repr_str(b"abc"), "'abc'");
        assert_eq!(repr_str(b"it's"), "\"it's\"");
        assert_eq!(repr_str(b"'\""), "'\\'\"'");
        assert_eq!(repr_str("a\tb\n\u{7f}\u{a0}é\u{2028}".as_bytes()), "'a\\tb\\n\\x7f\\xa0é\\u2028'");
        let mut sur = Vec::new();
        codepoints::push(&mut sur, 0xd800);
        assert_eq!(repr_str(&sur), "'\\ud800'");
        assert_eq!(repr_str("\u{e0001}".as_bytes()), "'\\U000e0001'");
    }

    #[test]
    fn bytes_repr_matches_cpython() {
        let mut s = String::new();
        repr_bytes_into(&mut s, b"a'\x00\xff\\");
        assert_eq!(s, "b\"a'\\x00\\xff\\\\\"");
    }
}
