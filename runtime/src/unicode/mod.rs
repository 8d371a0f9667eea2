//! Unicode character data and the text encoding of Python `str` payloads.
//!
//! `tables.rs` is generated from CPython's `unicodedata` by `gen_tables.py`, so every
//! predicate here answers exactly what CPython 3.11 answers for one character.
//! `codepoints` defines how `str` text is stored (UTF-8 that also admits lone
//! surrogates) and `repr` renders it the way `repr(str)` does.

pub mod case;
pub mod codepoints;
pub mod names;
pub mod repr;
#[allow(missing_docs)]
mod tables;

pub use tables::UNIDATA_VERSION;

/// Binary search of a sorted list of inclusive ranges.
fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `chr(c).isprintable()`.
pub fn is_printable(c: u32) -> bool {
    if c < 0x80 {
        return (0x20..0x7f).contains(&c);
    }
    in_ranges(&tables::PRINTABLE, c)
}

/// `chr(c).isidentifier()`: may start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic() || c == b'_' as u32;
    }
    in_ranges(&tables::XID_START, c)
}

/// `('a' + chr(c)).isidentifier()`: may continue an identifier.
pub fn is_xid_continue(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphanumeric() || c == b'_' as u32;
    }
    in_ranges(&tables::XID_CONTINUE, c)
}

/// `chr(c).isalpha()`.
pub fn is_alpha(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    in_ranges(&tables::ALPHA, c)
}

/// `chr(c).isdecimal()`.
pub fn is_decimal(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    in_ranges(&tables::DECIMAL, c)
}

/// The value of a decimal digit (`unicodedata.decimal`): every run of decimal characters
/// in the table starts at a zero and is a whole number of 0–9 blocks.
pub fn decimal_value(c: u32) -> Option<u8> {
    if c < 0x80 {
        return (c as u8).is_ascii_digit().then(|| c as u8 - b'0');
    }
    let i = tables::DECIMAL.partition_point(|&(_, hi)| hi < c);
    let &(lo, hi) = tables::DECIMAL.get(i)?;
    (lo <= c && c <= hi).then(|| ((c - lo) % 10) as u8)
}

/// `chr(c).isdigit()`.
pub fn is_digit(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    in_ranges(&tables::DIGIT, c)
}

/// `chr(c).isnumeric()`.
pub fn is_numeric(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_digit();
    }
    in_ranges(&tables::NUMERIC, c)
}

/// `chr(c).isalnum()`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: u32) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `chr(c).isspace()`.
pub fn is_space(c: u32) -> bool {
    if c < 0x80 {
        return matches!(c, 0x09..=0x0d | 0x1c..=0x20);
    }
    in_ranges(&tables::SPACE, c)
}

/// `chr(c).islower()`.
pub fn is_lower(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_lowercase();
    }
    in_ranges(&tables::LOWER, c)
}

/// `chr(c).isupper()`.
pub fn is_upper(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_uppercase();
    }
    in_ranges(&tables::UPPER, c)
}

/// General category Lt (titlecase letter).
pub fn is_titlecase(c: u32) -> bool {
    c >= 0x80 && in_ranges(&tables::TITLECASE, c)
}

/// `re`'s `\w` for str patterns: alphanumeric or `_`.
pub fn is_word(c: u32) -> bool {
    c == b'_' as u32 || is_alnum(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates_match_cpython_samples() {
        assert!(is_printable(' ' as u32) && !is_printable('\n' as u32));
        assert!(!is_printable(0xD800) && !is_printable(0xA0) && is_printable(0xE9));
        assert!(is_xid_start('é' as u32) && !is_xid_start('1' as u32) && is_xid_continue('1' as u32));
        assert!(!is_xid_start(0x20AC)); // '€'
        assert!(is_decimal(0x0663) && is_digit(0xB2) && !is_decimal(0xB2) && is_numeric(0x00BD));
        assert!(is_space(0x3000) && is_space(0x1c) && !is_space(0x200B));
    }
}
