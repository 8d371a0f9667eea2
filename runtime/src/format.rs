//! String formatting, as CPython 3.11 does it, in three parts:
//!
//! - The format-spec mini-language behind `format(x, spec)`, f-strings and `str.format`
//!   (CPython's `Python/formatter_unicode.c`): `[[fill]align][sign][z][#][0][width]
//!   [grouping][.precision][type]` for `int`, `float` and `str`, with CPython's error
//!   messages. Float digits come from Rust's correctly rounded formatting (shortest
//!   round-trip digits for `repr`, `{:.*e}`/`{:.*}` for a fixed count — round-half-even on
//!   the exact binary value, as CPython's `dtoa.c`), laid out by a transcription of
//!   `PyOS_double_to_string`/`format_float_short`.
//! - `%`-formatting, `str % args` (`PyUnicode_Format` in `Objects/unicodeobject.c`).
//! - `str.format` / `str.format_map` (`Objects/stringlib/unicode_format.h`).
//!
//! The formatting core works on Rust values (`i64`, `BigInt`, `f64`, text) and returns
//! `Result<String, FormatError>`, so it is unit-testable without the object system; the
//! public entry points wrap it for Python values. Format strings are scanned as payload
//! bytes: every delimiter is ASCII, and in the `str` encoding (UTF-8 plus lone
//! surrogates) no byte of a multi-byte character is ASCII, so byte offsets only have to
//! be converted to character indices for error messages.

use crate::errors::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::object::{protocol, type_of, Obj, Value};
use crate::objects::{float, int, str as pystr, tuple};
use crate::unicode::codepoints;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::borrow::Cow;

/// `PY_SSIZE_T_MAX`.
const SSIZE_MAX: i64 = i64::MAX;
/// `INT_MAX`.
const INT_MAX: i64 = i32::MAX as i64;

// =====================================================================================
// Errors of the pure core
// =====================================================================================

/// An error raised by the formatting core, before it becomes a Python exception.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(msg)`.
    Value(String),
    /// `OverflowError(msg)`.
    Overflow(String),
    /// `MemoryError()`: the result would not fit in memory.
    Memory,
}

impl From<FormatError> for PyErr {
    fn from(e: FormatError) -> PyErr {
        match e {
            FormatError::Value(m) => value_error(m),
            FormatError::Overflow(m) => overflow_error(m),
            FormatError::Memory => crate::errors::memory_error(),
        }
    }
}

/// Reserves room for `n` more bytes, failing with `MemoryError` instead of aborting.
fn try_room(out: &mut Vec<u8>, n: i64) -> Result<(), FormatError> {
    out.try_reserve(n.max(0) as usize).map_err(|_| FormatError::Memory)
}

fn verr<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}

// =====================================================================================
// The format-spec mini-language
// =====================================================================================

/// Thousands separators requested by a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thousands {
    /// None.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (`b`, `o`, `x`, `X`).
    UnderscoreFour,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// Fill character.
    pub fill: char,
    /// Alignment: `<`, `>`, `^` or `=`.
    pub align: char,
    /// `+`, `-`, ` `, or `'\0'` when not given.
    pub sign: char,
    /// `z`: coerce negative zero to zero.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum width, -1 when not given.
    pub width: i64,
    /// Thousands separators.
    pub thousands: Thousands,
    /// Precision, -1 when not given.
    pub precision: i64,
    /// Presentation type, `'\0'` when not given (and no default applies).
    pub ty: char,
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits (any Unicode decimal) at `*pos`: `(count, value)`.
fn spec_integer(chars: &[char], pos: &mut usize) -> Result<(usize, i64), FormatError> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while *pos < chars.len() {
        let Some(d) = crate::unicode::decimal_value(chars[*pos] as u32) else { break };
        let d = d as i64;
        if acc > (SSIZE_MAX - d) / 10 {
            return verr("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((n, acc))
}

fn invalid_thousands_separator_type(sep: char, ty: char) -> FormatError {
    let t = ty as u32;
    if t > 32 && t < 128 {
        FormatError::Value(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        FormatError::Value(format!("Cannot specify '{sep}' with '\\x{t:x}'."))
    }
}

/// CPython's `unknown_presentation_type` message.
fn unknown_presentation_type(ty: char, type_name: &str) -> FormatError {
    let t = ty as u32;
    if t > 32 && t < 128 {
        FormatError::Value(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
    } else {
        FormatError::Value(format!("Unknown format code '\\x{t:x}' for object of type '{type_name}'"))
    }
}

/// Parses a format spec (CPython's `parse_internal_render_format_spec`); `type_name`
/// is only used in the "Invalid format specifier" message.
pub fn parse_spec(spec: &str, default_type: char, default_align: char, type_name: &str) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        thousands: Thousands::None,
        precision: -1,
        ty: default_type,
    };
    let mut align_specified = false;
    let mut fill_specified = false;
    if end - pos >= 2 && is_alignment_token(chars[pos + 1]) {
        s.align = chars[pos + 1];
        s.fill = chars[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_alignment_token(chars[pos]) {
        s.align = chars[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = chars[pos];
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (n, w) = spec_integer(&chars, &mut pos)?;
    if n > 0 {
        s.width = w;
    }
    if pos < end && chars[pos] == ',' {
        s.thousands = Thousands::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.thousands != Thousands::None {
            return verr("Cannot specify both ',' and '_'.");
        }
        s.thousands = Thousands::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.thousands == Thousands::Underscore {
        return verr("Cannot specify both ',' and '_'.");
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (n, p) = spec_integer(&chars, &mut pos)?;
        if n == 0 {
            return verr("Format specifier missing precision");
        }
        s.precision = p;
    }
    if end - pos > 1 {
        return verr(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if end - pos == 1 {
        s.ty = chars[pos];
    }
    if s.thousands != Thousands::None {
        let sep = if s.thousands == Thousands::Comma { ',' } else { '_' };
        match s.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if s.thousands == Thousands::Underscore => s.thousands = Thousands::UnderscoreFour,
            _ => return Err(invalid_thousands_separator_type(sep, s.ty)),
        }
    }
    Ok(s)
}

/// `(lpadding, rpadding)` for `nchars` of text in `width` (CPython's `calc_padding`).
fn calc_padding(nchars: i64, width: i64, align: char) -> (i64, i64) {
    let total = if width >= 0 { nchars.max(width) } else { nchars };
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    (lpad, total - nchars - lpad)
}

fn push_fill(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

fn push_fill_bytes(out: &mut Vec<u8>, c: char, n: i64) {
    if n <= 0 {
        return;
    }
    if (c as u32) < 0x80 {
        out.resize(out.len() + n as usize, c as u8);
    } else {
        let mut buf = [0u8; 4];
        let e = c.encode_utf8(&mut buf).as_bytes();
        for _ in 0..n {
            out.extend_from_slice(e);
        }
    }
}

/// Byte offset of character `n` in a str payload.
fn char_offset(payload: &[u8], n: usize) -> usize {
    let mut pos = 0;
    let mut k = 0;
    while k < n && pos < payload.len() {
        pos += pystr::utf8_width(payload[pos]);
        k += 1;
    }
    pos
}

/// Formats str payload bytes (`nchars` characters) with a parsed spec whose type is `s`
/// (CPython's `format_string_internal`).
pub fn format_string_payload(payload: &[u8], nchars: usize, spec: &Spec) -> Result<Vec<u8>, FormatError> {
    if spec.sign != '\0' {
        if spec.sign == ' ' {
            return verr("Space not allowed in string format specifier");
        }
        return verr("Sign not allowed in string format specifier");
    }
    if spec.no_neg_0 {
        return verr("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return verr("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == '=' {
        return verr("'=' alignment not allowed in string format specifier");
    }
    let mut len = nchars as i64;
    if (spec.width == -1 || spec.width <= len) && (spec.precision == -1 || spec.precision >= len) {
        return Ok(payload.to_vec());
    }
    if spec.precision >= 0 && len >= spec.precision {
        len = spec.precision;
    }
    let (lpad, rpad) = calc_padding(len, spec.width, spec.align);
    let body = &payload[..char_offset(payload, len as usize)];
    let mut out = Vec::new();
    try_room(&mut out, body.len() as i64 + (lpad + rpad).max(0).saturating_mul(spec.fill.len_utf8() as i64))?;
    push_fill_bytes(&mut out, spec.fill, lpad);
    out.extend_from_slice(body);
    push_fill_bytes(&mut out, spec.fill, rpad);
    Ok(out)
}

/// `format(s, spec)` for Rust text (the pure form of [`format_str`]).
pub fn format_text(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let sp = parse_spec(spec, 's', '<', "str")?;
    if sp.ty != 's' {
        return Err(unknown_presentation_type(sp.ty, "str"));
    }
    let out = format_string_payload(s.as_bytes(), s.chars().count(), &sp)?;
    Ok(String::from_utf8(out).expect("formatting UTF-8 text yields UTF-8"))
}

// ----- numbers: grouping and layout ---------------------------------------------------

/// Separator and group size, or `None` (no grouping).
type Grouping = Option<(u8, i64)>;

fn grouping_of(spec: &Spec) -> Grouping {
    if spec.ty == 'n' {
        // 'n' uses the current locale; CPython runs with LC_NUMERIC "C": no grouping.
        return None;
    }
    match spec.thousands {
        Thousands::None => None,
        Thousands::Comma => Some((b',', 3)),
        Thousands::Underscore => Some((b'_', 3)),
        Thousands::UnderscoreFour => Some((b'_', 4)),
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right and
/// pads with zeros (and separators) up to `min_width`.
fn group_digits(digits: &[u8], min_width: i64, grouping: Grouping) -> Vec<u8> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + min_width as usize);
    let mut dpos = digits.len();
    let mut use_sep = false;
    let emit = |rev: &mut Vec<u8>, dpos: &mut usize, n_chars: i64, n_zeros: i64, sep: Option<u8>| {
        if let Some(s) = sep {
            rev.push(s);
        }
        for _ in 0..n_chars {
            *dpos -= 1;
            rev.push(digits[*dpos]);
        }
        for _ in 0..n_zeros {
            rev.push(b'0');
        }
    };
    let mut broken = false;
    if let Some((sep, group)) = grouping {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, &mut dpos, n_chars, n_zeros, if use_sep { Some(sep) } else { None });
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = grouping.map(|g| g.0).filter(|_| use_sep);
        emit(&mut rev, &mut dpos, n_chars, n_zeros, sep);
    }
    rev.reverse();
    rev
}

/// The parts of a formatted number.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a [u8],
    has_decimal: bool,
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn layout_number(p: &NumberParts, spec: &Spec, grouping: Grouping, toupper: bool) -> Result<String, FormatError> {
    let sign = match spec.sign {
        '+' => Some(if p.negative { '-' } else { '+' }),
        ' ' => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_remainder = p.remainder.chars().count() as i64;
    let n_non_digit = n_sign + p.prefix.len() as i64 + p.has_decimal as i64 + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' { spec.width - n_non_digit } else { 0 };
    if spec.width > 0 {
        // Fail cleanly (MemoryError) when the padding cannot be allocated.
        let mut probe: Vec<u8> = Vec::new();
        try_room(&mut probe, spec.width.saturating_mul(spec.fill.len_utf8() as i64))?;
    }
    let grouped: Vec<u8> = if p.digits.is_empty() { Vec::new() } else { group_digits(p.digits, min_width, grouping) };
    let n_padding = spec.width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity((n_non_digit + grouped.len() as i64 + n_padding.max(0)) as usize);
    push_fill(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if toupper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    push_fill(&mut out, spec.fill, spad);
    for &b in &grouped {
        let b = if toupper { b.to_ascii_uppercase() } else { b };
        out.push(b as char);
    }
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(&mut out, spec.fill, rpad);
    Ok(out)
}

// ----- integers ------------------------------------------------------------------------

/// An integer to format: small or big.
#[derive(Debug, Clone, Copy)]
pub enum IntRef<'a> {
    /// Fits an i64.
    Small(i64),
    /// Arbitrary precision.
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// The magnitude's digits in `base` (lower case).
    fn magnitude_digits(&self, base: u32) -> String {
        match self {
            IntRef::Small(i) => {
                let u = i.unsigned_abs();
                match base {
                    2 => format!("{u:b}"),
                    8 => format!("{u:o}"),
                    16 => format!("{u:x}"),
                    _ => u.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(base),
        }
    }

    fn as_f64(&self) -> Result<f64, FormatError> {
        match self {
            IntRef::Small(i) => Ok(*i as f64),
            IntRef::Big(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(FormatError::Overflow("int too large to convert to float".into())),
            },
        }
    }
}

/// CPython's `format_long_internal` (types `b c d o x X n`).
fn format_long_internal(v: IntRef, spec: &Spec) -> Result<String, FormatError> {
    if spec.precision != -1 {
        return verr("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_0 {
        return verr("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if spec.ty == 'c' {
        if spec.sign != '\0' {
            return verr("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return verr("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let x = match v {
            IntRef::Small(i) => i,
            IntRef::Big(b) => b
                .to_i64()
                .ok_or_else(|| FormatError::Overflow("Python int too large to convert to C long".into()))?,
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::Overflow("%c arg not in range(0x110000)".into()));
        }
        // Surrogates cannot be Rust chars; they only come out of the payload path.
        let ch = char::from_u32(x as u32).unwrap_or('\u{fffd}');
        let rem = ch.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: b"", has_decimal: false, remainder: &rem };
        return layout_number(&parts, spec, grouping_of(spec), false);
    }
    let (base, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude_digits(base);
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: digits.as_bytes(),
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, grouping_of(spec), spec.ty == 'X')
}

/// `format(i, spec)` for an integer given as Rust values; `type_name` names the type in
/// error messages (`int`, `bool`, a subclass). An empty spec gives the decimal digits
/// (callers handle `str()` of subclasses themselves).
pub fn format_int_value(v: IntRef, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(match v {
            IntRef::Small(i) => i.to_string(),
            IntRef::Big(b) => b.to_string(),
        });
    }
    let sp = parse_spec(spec, 'd', '>', type_name)?;
    format_int_spec(v, &sp, type_name)
}

/// Formats an integer with a parsed spec (dispatch on the presentation type).
fn format_int_spec(v: IntRef, sp: &Spec, type_name: &str) -> Result<String, FormatError> {
    match sp.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, sp),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(v.as_f64()?, sp),
        t => Err(unknown_presentation_type(t, type_name)),
    }
}

/// `format(i, spec)` for an i64 (unit-testable form of [`format_int`]).
pub fn format_i64_str(i: i64, spec: &str) -> Result<String, FormatError> {
    format_int_value(IntRef::Small(i), spec, "int")
}

// ----- floats --------------------------------------------------------------------------

/// `Py_DTSF_SIGN`: always write a sign.
pub const DTSF_SIGN: u8 = 1;
/// `Py_DTSF_ADD_DOT_0`: integral positional results get `.0`.
pub const DTSF_ADD_DOT_0: u8 = 2;
/// `Py_DTSF_ALT`: alternate form (keep the point, keep trailing zeros in `g`).
pub const DTSF_ALT: u8 = 4;
/// `Py_DTSF_NO_NEG_0`: negative zero (after rounding) loses its sign.
pub const DTSF_NO_NEG_0: u8 = 8;

/// Splits Rust's `{:e}` output (`"1.2345e-7"`) into digits without trailing zeros and
/// the decimal point position (`x = 0.d1d2... × 10^decpt`).
fn digits_from_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').expect("LowerExp has an exponent");
    let exp: i64 = exp.parse().expect("exponent is an integer");
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.iter().all(|&d| d == b'0') {
        return (vec![b'0'], 1);
    }
    (digits, exp + 1)
}

/// Digits and decimal point of Rust's positional output (`"123.4500"`).
fn digits_from_fixed(s: &str) -> (Vec<u8>, i64) {
    let (ip, fp) = s.split_once('.').unwrap_or((s, ""));
    let mut decpt = ip.len() as i64;
    let mut digits: Vec<u8> = Vec::with_capacity(ip.len() + fp.len());
    digits.extend_from_slice(ip.as_bytes());
    digits.extend_from_slice(fp.as_bytes());
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    if lead == digits.len() {
        return (vec![b'0'], 1);
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// The shortest round-trip digits of a finite `ax > 0` (`_Py_dg_dtoa` mode 0).
///
/// Rust's shortest formatting finds the same length as `dtoa.c`, but when the value lies
/// exactly halfway between the two closest candidates of that length (possible only
/// from 15 digits on, e.g. 1735861081508451.25), Rust rounds half up where `dtoa.c`
/// rounds half to even; such ties are re-rounded here.
fn shortest_digits(ax: f64) -> (Vec<u8>, i64) {
    let (digits, decpt) = digits_from_exp(&format!("{ax:e}"));
    let n = digits.len();
    if n >= 15 && digits[n - 1] & 1 == 1 {
        if let Some(even) = tie_to_even(ax, n, decpt) {
            return even;
        }
    }
    (digits, decpt)
}

/// When `ax` is exactly halfway between two `n`-digit decimals, the one with an even
/// last digit (if it reads back as `ax`).
fn tie_to_even(ax: f64, n: usize, decpt: i64) -> Option<(Vec<u8>, i64)> {
    let s = format!("{:.*e}", n + 25, ax);
    let (mant, exp) = s.split_once('e')?;
    let exp: i64 = exp.parse().ok()?;
    if exp + 1 != decpt {
        return None;
    }
    let all: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    if all[n] != b'5' || all[n + 1..].iter().any(|&d| d != b'0') {
        return None;
    }
    let mut cand: Vec<u8> = all[..n].to_vec();
    let mut cand_decpt = decpt;
    if cand[n - 1] & 1 == 1 {
        // The lower neighbour is odd: take the upper one.
        let mut i = n;
        loop {
            if i == 0 {
                cand.insert(0, b'1');
                cand.pop();
                cand_decpt += 1;
                break;
            }
            i -= 1;
            if cand[i] == b'9' {
                cand[i] = b'0';
            } else {
                cand[i] += 1;
                break;
            }
        }
    }
    while cand.len() > 1 && cand.last() == Some(&b'0') {
        cand.pop();
    }
    let text = format!("0.{}e{}", std::str::from_utf8(&cand).ok()?, cand_decpt);
    (text.parse::<f64>().ok()? == ax).then_some((cand, cand_decpt))
}

/// A double has at most 767 significant decimal digits and 1074 digits after the point,
/// so digit requests beyond these caps only add zeros (which `dtoa` strips anyway). The
/// caps also keep Rust's formatting precision within its 16-bit limit.
const MAX_SIG_DIGITS: i64 = 800;
/// See [`MAX_SIG_DIGITS`].
const MAX_FRAC_DIGITS: i64 = 1100;

/// `_Py_dg_dtoa` for a finite `ax >= 0`: mode 0 shortest round-trip digits, mode 2
/// `ndigits` significant digits, mode 3 `ndigits` past the point; trailing zeros are
/// stripped and zero is `("0", 1)`.
fn dtoa(ax: f64, mode: u8, ndigits: i64) -> (Vec<u8>, i64) {
    if ax == 0.0 {
        return (vec![b'0'], 1);
    }
    match mode {
        0 => shortest_digits(ax),
        2 => digits_from_exp(&format!("{:.*e}", (ndigits.clamp(1, MAX_SIG_DIGITS) - 1) as usize, ax)),
        _ => digits_from_fixed(&format!("{:.*}", ndigits.clamp(0, MAX_FRAC_DIGITS) as usize, ax)),
    }
}

/// CPython's `format_float_short`.
#[allow(clippy::too_many_arguments)]
fn format_float_short(x: f64, code: u8, mode: u8, precision: i64, flags: u8, upper: bool) -> String {
    let always_sign = flags & DTSF_SIGN != 0;
    let add_dot_0 = flags & DTSF_ADD_DOT_0 != 0;
    let alt = flags & DTSF_ALT != 0;
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_nan() {
            if always_sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if always_sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }
    let (digits, decpt0) = dtoa(x.abs(), mode, precision);
    let mut negative = x.is_sign_negative();
    if flags & DTSF_NO_NEG_0 != 0 && negative && digits == b"0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt0;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r'
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    out.reserve((vdigits_end - vdigits_start + 8) as usize);
    if negative {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let dstr = std::str::from_utf8(&digits).expect("ASCII digits");
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&dstr[..decpt as usize]);
        out.push('.');
        out.push_str(&dstr[decpt as usize..]);
    } else {
        out.push_str(dstr);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`, `flags` a
/// combination of the `DTSF_*` constants.
pub fn double_to_string(x: f64, code: u8, precision: i32, flags: u8) -> String {
    let (upper, code) = match code {
        b'E' => (true, b'e'),
        b'F' => (true, b'f'),
        b'G' => (true, b'g'),
        c => (false, c),
    };
    let mut precision = precision as i64;
    let mode = match code {
        b'e' => {
            precision += 1;
            2
        }
        b'f' => {
            if x.is_finite() && flags & (DTSF_ALT | DTSF_NO_NEG_0) == 0 && precision <= MAX_FRAC_DIGITS {
                // Rust's positional formatting is C's %.*f exactly (sign of -0.0 included).
                let p = precision.max(0) as usize;
                return if flags & DTSF_SIGN != 0 { format!("{x:+.p$}") } else { format!("{x:.p$}") };
            }
            3
        }
        b'g' => {
            if precision == 0 {
                precision = 1;
            }
            2
        }
        _ => 0,
    };
    format_float_short(x, code, mode, precision, flags, upper)
}

/// `repr(x)` of a float, exactly as CPython prints it (round-half-even on exact ties
/// of the shortest digits, which `float_repr::repr_f64` does not do).
pub fn repr_float(x: f64) -> String {
    double_to_string(x, b'r', 0, DTSF_ADD_DOT_0)
}

/// CPython's `format_float_internal` (types `'\0' e E f F g G n %`).
fn format_float_internal(x: f64, spec: &Spec) -> Result<String, FormatError> {
    if spec.precision > INT_MAX {
        return verr("precision too big");
    }
    let mut precision = spec.precision;
    let mut flags = 0;
    if spec.alternate {
        flags |= DTSF_ALT;
    }
    if spec.no_neg_0 {
        flags |= DTSF_NO_NEG_0;
    }
    let mut ty = spec.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        flags |= DTSF_ADD_DOT_0;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let mut buf = double_to_string(val, ty as u8, precision as i32, flags);
    if add_pct {
        buf.push('%');
    }
    if spec.sign != '+' && spec.sign != ' ' && spec.width == -1 && spec.ty != 'n' && spec.thousands == Thousands::None {
        return Ok(buf);
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body.as_bytes().get(ndig) == Some(&b'.');
    let remainder = &body[ndig + has_decimal as usize..];
    let parts = NumberParts { negative, prefix: "", digits: &body.as_bytes()[..ndig], has_decimal, remainder };
    layout_number(&parts, spec, grouping_of(spec), false)
}

/// `format(x, spec)` for a float (the pure form of [`format_float`]).
pub fn format_f64_str(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(repr_float(x));
    }
    let sp = parse_spec(spec, '\0', '>', "float")?;
    match sp.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(x, &sp),
        t => Err(unknown_presentation_type(t, "float")),
    }
}

// =====================================================================================
// Python-level entry points of the mini-language
// =====================================================================================

/// Fails like `str(int)` does for ints beyond `sys.get_int_max_str_digits()`.
fn check_int_str_digits(b: &BigInt) -> PyResult<()> {
    let limit = crate::modules::sys::int_max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    let approx = b.bits() as f64 * std::f64::consts::LOG10_2;
    if approx > limit as f64 + 1.0 {
        let exact = b.magnitude().to_string().len();
        if exact > limit {
            return Err(value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    Ok(())
}

/// `int.__format__`: `v` is any int (small, big, bool, subclass).
pub fn format_int(v: Value, spec: &str) -> PyResult<Obj> {
    if spec.is_empty() {
        if int::is_exact_int(v) {
            if v.is_small_int() {
                return Ok(pystr::from_string(v.as_small_int().to_string()));
            }
            return protocol::str(v);
        }
        return protocol::str(v);
    }
    let name = type_of(v).name();
    let sp = parse_spec(spec, 'd', '>', name)?;
    if sp.ty == 'c' && sp.sign == '\0' && !sp.alternate && sp.precision == -1 && !sp.no_neg_0 {
        if let Some(c) = int::as_i64(v).filter(|c| (0xd800..0xe000).contains(c)) {
            // A lone surrogate cannot pass through Rust text: lay it out as payload.
            let pad = (sp.width.max(1) - 1).max(0);
            let (l, r) = match sp.align {
                '<' => (0, pad),
                '^' => (pad / 2, pad - pad / 2),
                _ => (pad, 0),
            };
            let mut out = Vec::new();
            push_fill_bytes(&mut out, sp.fill, l);
            codepoints::push(&mut out, c as u32);
            push_fill_bytes(&mut out, sp.fill, r);
            return Ok(pystr::from_payload(&out));
        }
    }
    let r = if let Some(i) = int::as_i64(v) {
        format_int_spec(IntRef::Small(i), &sp, name)
    } else {
        let big = int::to_big(v);
        if matches!(sp.ty, 'd' | 'n') {
            check_int_str_digits(&big)?;
        }
        format_int_spec(IntRef::Big(&big), &sp, name)
    };
    Ok(pystr::from_string(r?))
}

/// `float.__format__`.
pub fn format_float(x: f64, spec: &str) -> PyResult<Obj> {
    Ok(pystr::from_string(format_f64_str(x, spec)?))
}

/// `str.__format__`: `v` is a str (or subclass).
pub fn format_str(v: Value, spec: &str) -> PyResult<Obj> {
    if spec.is_empty() {
        if pystr::is_exact_str(v) {
            return Ok(Obj::new_ref(v));
        }
        return protocol::str(v);
    }
    let name = type_of(v).name();
    let sp = parse_spec(spec, 's', '<', name)?;
    if sp.ty != 's' {
        return Err(unknown_presentation_type(sp.ty, name).into());
    }
    let payload = pystr::as_bytes(v);
    let n = pystr::char_len(v);
    if (sp.width == -1 || sp.width <= n as i64) && (sp.precision == -1 || sp.precision >= n as i64) && sp.sign == '\0' && !sp.no_neg_0 && !sp.alternate && sp.align != '=' && pystr::is_exact_str(v) {
        return Ok(Obj::new_ref(v));
    }
    Ok(pystr::from_payload(&format_string_payload(payload, n, &sp)?))
}

/// Builtin `format(v, spec)` and f-strings' `FORMAT_VALUE` (CPython's `PyObject_Format`):
/// exact ints, floats and strs natively, everything else through `__format__`.
pub fn format_value(v: Value, spec: &str) -> PyResult<Obj> {
    if pystr::is_exact_str(v) {
        return format_str(v, spec);
    }
    if int::is_exact_int(v) {
        return format_int(v, spec);
    }
    if v.is_immediate_float() || (v.is_ptr() && crate::object::is_type(v, &float::FLOAT_TYPE.0)) {
        return format_float(float::as_f64(v), spec);
    }
    let spec_obj = pystr::new(spec);
    format_via_dunder(v, spec_obj.value())
}

/// `type(v).__format__(v, spec)` with CPython's checks (spec is a str object).
fn format_via_dunder(v: Value, spec: Value) -> PyResult<Obj> {
    match protocol::call_special(v, "__format__", &[spec])? {
        Some(r) => {
            if !pystr::is_str(r.value()) {
                return Err(type_error(format!("__format__ must return a str, not {}", type_of(r.value()).name())));
            }
            Ok(r)
        }
        None => Err(type_error(format!("Type {} doesn't define __format__", type_of(v).name()))),
    }
}

/// `ascii(v)`: `repr(v)` with non-ASCII characters escaped as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`.
pub fn ascii(v: Value) -> PyResult<Obj> {
    let r = protocol::repr(v)?;
    let b = pystr::as_bytes(r.value());
    if b.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(b.len() + 16);
    for c in codepoints::iter(b) {
        if c < 0x80 {
            out.push(c as u8 as char);
        } else if c < 0x100 {
            out.push_str(&format!("\\x{c:02x}"));
        } else if c < 0x10000 {
            out.push_str(&format!("\\u{c:04x}"));
        } else {
            out.push_str(&format!("\\U{c:08x}"));
        }
    }
    Ok(pystr::from_string(out))
}

// =====================================================================================
// %-formatting
// =====================================================================================

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `_PyUnicode_FormatLong`: the digits of an int for `%d %i %u %o %x %X`, with the
/// precision's zero padding, the `0o`/`0x` prefix under `#`, and upper case for `X`.
/// `magnitude` holds the digits of |v| in the type's base.
pub fn format_long_percent(negative: bool, magnitude: &str, alt: bool, prec: i64, ty: u8) -> Result<String, FormatError> {
    if prec > INT_MAX - 3 {
        return Err(FormatError::Overflow("precision too large".into()));
    }
    let prefix = match ty {
        b'o' if alt => "0o",
        b'x' | b'X' if alt => "0x",
        _ => "",
    };
    let numdigits = magnitude.len() as i64;
    let mut out = String::new();
    out.try_reserve(magnitude.len() + 4 + prec.max(0) as usize).map_err(|_| FormatError::Memory)?;
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    for _ in 0..(prec - numdigits).max(0) {
        out.push('0');
    }
    out.push_str(magnitude);
    if ty == b'X' {
        // 'a'..='x': the digits and the prefix's 'x'.
        out = out.chars().map(|c| if ('a'..='x').contains(&c) { c.to_ascii_uppercase() } else { c }).collect();
    }
    Ok(out)
}

/// One `%` conversion.
struct PctArg {
    ch: u32,
    flags: u8,
    width: i64,
    prec: i64,
    sign: bool,
}

/// The state of one `str % args` evaluation (CPython's `unicode_formatter_t`).
struct PctCtx {
    args: Obj,
    arglen: i64,
    argidx: i64,
    dict: Value,
}

impl PctCtx {
    fn next_arg(&mut self) -> PyResult<Obj> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            return Ok(Obj::new_ref(tuple::items(self.args.value())[idx as usize]));
        }
        Err(type_error("not enough arguments for format string"))
    }
}

/// `PyNumber_Check`.
fn is_number(v: Value) -> bool {
    if int::is_int(v) || float::is_float(v) {
        return true;
    }
    let s = &type_of(v).slots;
    s.index.get().is_some() || s.int.get().is_some() || s.float.get().is_some()
}

/// `PyFloat_AsDouble` with CPython's message for non-numbers.
fn as_double(v: Value) -> PyResult<f64> {
    if float::is_float(v) {
        return Ok(float::as_f64(v));
    }
    if int::is_int(v) {
        return int::to_f64(v);
    }
    let t = type_of(v);
    if let Some(f) = t.slots.float.get() {
        let r = f(v)?;
        if !float::is_float(r.value()) {
            return Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                t.name(),
                type_of(r.value()).name()
            )));
        }
        return Ok(float::as_f64(r.value()));
    }
    if t.slots.index.get().is_some() {
        let r = int::index_obj(v)?;
        return int::to_f64(r.value());
    }
    Err(type_error(format!("must be real number, not {}", t.name())))
}

/// `%c`'s argument: a one-character str or an int in range.
fn format_char(v: Value) -> PyResult<u32> {
    if pystr::is_str(v) {
        if pystr::char_len(v) == 1 {
            return Ok(pystr::char_at(v, 0));
        }
        return Err(type_error("%c requires int or char"));
    }
    let i = if int::is_int(v) {
        Obj::new_ref(v)
    } else if v.is_ptr() && type_of(v).slots.index.get().is_some() {
        int::index_obj(v)?
    } else {
        return Err(type_error("%c requires int or char"));
    };
    match int::as_i64(i.value()) {
        Some(x) if (0..=0x10ffff).contains(&x) => Ok(x as u32),
        _ => Err(overflow_error("%c arg not in range(0x110000)")),
    }
}

/// `%d %i %u %o %x %X` of `v`: `Ok(None)` when the fast path already wrote the digits.
fn format_long_arg(v: Value, arg: &PctArg, out: &mut Vec<u8>) -> PyResult<Option<Vec<u8>>> {
    let ty = arg.ch as u8;
    let wrongtype = || {
        let what = if matches!(ty, b'o' | b'x' | b'X') { "an integer" } else { "a real number" };
        type_error(format!("%{} format: {what} is required, not {}", ty as char, type_of(v).name()))
    };
    if !is_number(v) {
        return Err(wrongtype());
    }
    let iobj = if int::is_int(v) {
        Obj::new_ref(v)
    } else {
        let r = if matches!(ty, b'o' | b'x' | b'X') { int::index_obj(v) } else { int::convert(v) };
        match r {
            Ok(i) => i,
            Err(e) if e.matches(crate::objects::exceptions::type_error()) => return Err(wrongtype()),
            Err(e) => return Err(e),
        }
    };
    let iv = iobj.value();
    if int::is_exact_int(v) && arg.width == -1 && arg.prec == -1 && arg.flags & (F_SIGN | F_BLANK) == 0 && ty != b'X' && matches!(ty, b'd' | b'i' | b'u') {
        if let Some(i) = int::as_i64(iv) {
            out.extend_from_slice(i.to_string().as_bytes());
            return Ok(None);
        }
    }
    let base = match ty {
        b'o' => 8,
        b'x' | b'X' => 16,
        _ => 10,
    };
    let (negative, digits) = match int::as_i64(iv) {
        Some(i) => (i < 0, IntRef::Small(i).magnitude_digits(base)),
        None => {
            let b = int::to_big(iv);
            if base == 10 {
                check_int_str_digits(&b)?;
            }
            (b.is_negative(), IntRef::Big(&b).magnitude_digits(base))
        }
    };
    Ok(Some(format_long_percent(negative, &digits, arg.flags & F_ALT != 0, arg.prec, ty)?.into_bytes()))
}

/// `unicode_format_arg_output`: pads and signs one converted argument.
fn output_arg(out: &mut Vec<u8>, arg: &mut PctArg, s: &[u8]) -> Result<(), FormatError> {
    let fill = if arg.sign && arg.flags & F_ZERO != 0 { b'0' } else { b' ' };
    let nchars = (if s.is_ascii() { s.len() } else { codepoints::count(s) }) as i64;
    let mut len = nchars;
    if (arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) && arg.flags & (F_SIGN | F_BLANK) == 0 {
        out.extend_from_slice(s);
        return Ok(());
    }
    try_room(out, arg.width.max(0).saturating_add(s.len() as i64 + 2))?;
    let mut end = s.len();
    if matches!(arg.ch, 0x73 | 0x72 | 0x61) && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
        end = char_offset(s, len as usize);
    }
    let mut pindex = 0usize;
    let mut signchar = 0u8;
    if arg.sign {
        let c = s.first().copied().unwrap_or(0);
        if c == b'-' || c == b'+' {
            signchar = c;
            len -= 1;
            pindex += 1;
        } else if arg.flags & F_SIGN != 0 {
            signchar = b'+';
        } else if arg.flags & F_BLANK != 0 {
            signchar = b' ';
        } else {
            arg.sign = false;
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    if arg.sign {
        if fill != b' ' {
            out.push(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 0x78 | 0x58 | 0x6f);
    if alt_prefix {
        if fill != b' ' {
            out.push(b'0');
            out.push(arg.ch as u8);
            pindex += 2;
        }
        arg.width -= 2;
        if arg.width < 0 {
            arg.width = 0;
        }
        len -= 2;
    }
    if arg.width > len && arg.flags & F_LJUST == 0 {
        out.resize(out.len() + (arg.width - len) as usize, fill);
        arg.width = len;
    }
    if fill == b' ' {
        if arg.sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push(b'0');
            out.push(arg.ch as u8);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend_from_slice(&s[pindex.min(end)..end]);
    }
    if arg.width > len {
        out.resize(out.len() + (arg.width - len) as usize, b' ');
    }
    Ok(())
}

/// Converts a `*` width or precision argument.
fn star_arg(v: Value, c_int: bool) -> PyResult<i64> {
    if !int::is_int(v) {
        return Err(type_error("* wants int"));
    }
    match int::as_i64(v) {
        Some(i) if !c_int || (i32::MIN as i64..=INT_MAX).contains(&i) => Ok(i),
        _ if c_int => Err(overflow_error("Python int too large to convert to C int")),
        _ => Err(overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `str % args` (CPython's `PyUnicode_Format`).
pub fn percent_format(fmt: Value, args: Value) -> PyResult<Obj> {
    let b = pystr::as_bytes(fmt);
    let n = b.len();
    let is_tuple = tuple::is_tuple(args);
    let mut ctx = PctCtx {
        args: Obj::new_ref(args),
        arglen: if is_tuple { tuple::len(args) as i64 } else { -1 },
        argidx: if is_tuple { 0 } else { -2 },
        dict: Value::NULL,
    };
    if !is_tuple && !pystr::is_str(args) && type_of(args).slots.getitem.get().is_some() {
        ctx.dict = args;
    }
    let mut out: Vec<u8> = Vec::with_capacity(n + 16);
    // `pos` and `cnt` mirror CPython's fmtpos/fmtcnt (here in bytes).
    let read = |p: usize| -> u32 { if p < n { b[p] as u32 } else { 0 } };
    let mut i = 0usize;
    while i < n {
        if b[i] != b'%' {
            let start = i;
            while i < n && b[i] != b'%' {
                i += 1;
            }
            out.extend_from_slice(&b[start..i]);
            continue;
        }
        let mut pos = i + 1;
        let mut cnt = (n - pos) as i64;
        let mut arg = PctArg { ch: read(pos), flags: 0, width: -1, prec: -1, sign: false };
        if arg.ch == b'%' as u32 {
            out.push(b'%');
            i = pos + 1;
            continue;
        }
        // ----- unicode_format_arg_parse -----
        if arg.ch == b'(' as u32 {
            if ctx.dict.is_null() {
                return Err(type_error("format requires a mapping"));
            }
            pos += 1;
            cnt -= 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                arg.ch = read(pos);
                if arg.ch == b')' as u32 {
                    pcount -= 1;
                } else if arg.ch == b'(' as u32 {
                    pcount += 1;
                }
                pos += 1;
            }
            if cnt < 0 || pcount > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key = pystr::from_payload(&b[keystart..pos - 1]);
            let item = protocol::getitem(ctx.dict, key.value())?;
            ctx.args = item;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            arg.ch = read(pos);
            pos += 1;
            match arg.ch as u8 {
                b'-' if arg.ch < 0x80 => arg.flags |= F_LJUST,
                b'+' if arg.ch < 0x80 => arg.flags |= F_SIGN,
                b' ' if arg.ch < 0x80 => arg.flags |= F_BLANK,
                b'#' if arg.ch < 0x80 => arg.flags |= F_ALT,
                b'0' if arg.ch < 0x80 => arg.flags |= F_ZERO,
                _ => break,
            }
        }
        if arg.ch == b'*' as u32 {
            let v = ctx.next_arg()?;
            arg.width = star_arg(v.value(), false)?;
            if arg.width < 0 {
                arg.flags |= F_LJUST;
                arg.width = -arg.width;
            }
            cnt -= 1;
            if cnt >= 0 {
                arg.ch = read(pos);
                pos += 1;
            }
        } else if (b'0' as u32..=b'9' as u32).contains(&arg.ch) {
            arg.width = (arg.ch - b'0' as u32) as i64;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                arg.ch = read(pos);
                pos += 1;
                if !(b'0' as u32..=b'9' as u32).contains(&arg.ch) {
                    break;
                }
                let d = (arg.ch - b'0' as u32) as i64;
                if arg.width > (SSIZE_MAX - d) / 10 {
                    return Err(value_error("width too big"));
                }
                arg.width = arg.width * 10 + d;
            }
        }
        if arg.ch == b'.' as u32 {
            arg.prec = 0;
            cnt -= 1;
            if cnt >= 0 {
                arg.ch = read(pos);
                pos += 1;
            }
            if arg.ch == b'*' as u32 {
                let v = ctx.next_arg()?;
                arg.prec = star_arg(v.value(), true)?;
                if arg.prec < 0 {
                    arg.prec = 0;
                }
                cnt -= 1;
                if cnt >= 0 {
                    arg.ch = read(pos);
                    pos += 1;
                }
            } else if (b'0' as u32..=b'9' as u32).contains(&arg.ch) {
                arg.prec = (arg.ch - b'0' as u32) as i64;
                loop {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    arg.ch = read(pos);
                    pos += 1;
                    if !(b'0' as u32..=b'9' as u32).contains(&arg.ch) {
                        break;
                    }
                    let d = (arg.ch - b'0' as u32) as i64;
                    if arg.prec > (INT_MAX - d) / 10 {
                        return Err(value_error("precision too big"));
                    }
                    arg.prec = arg.prec * 10 + d;
                }
            }
        }
        if cnt >= 0 && matches!(arg.ch, 0x68 | 0x6c | 0x4c) {
            cnt -= 1;
            if cnt >= 0 {
                arg.ch = read(pos);
                pos += 1;
            }
        }
        if cnt < 0 {
            return Err(value_error("incomplete format"));
        }
        // ----- unicode_format_arg_format -----
        let v = ctx.next_arg()?;
        let v = v.value();
        let converted: Option<Cow<[u8]>> = match arg.ch {
            0x73 | 0x72 | 0x61 => {
                // s r a
                if int::is_exact_int(v) && v.is_small_int() && arg.width == -1 && arg.prec == -1 {
                    out.extend_from_slice(v.as_small_int().to_string().as_bytes());
                    None
                } else if pystr::is_exact_str(v) && arg.ch == 0x73 {
                    Some(Cow::Borrowed(pystr::as_bytes(v)))
                } else {
                    let r = match arg.ch {
                        0x73 => protocol::str(v)?,
                        0x72 => protocol::repr(v)?,
                        _ => ascii(v)?,
                    };
                    Some(Cow::Owned(pystr::as_bytes(r.value()).to_vec()))
                }
            }
            0x69 | 0x64 | 0x75 | 0x6f | 0x78 | 0x58 => {
                // i d u o x X
                let r = format_long_arg(v, &arg, &mut out)?;
                arg.sign = true;
                r.map(Cow::Owned)
            }
            0x65 | 0x45 | 0x66 | 0x46 | 0x67 | 0x47 => {
                // e E f F g G
                let x = as_double(v)?;
                let prec = if arg.prec < 0 { 6 } else { arg.prec };
                let flags = if arg.flags & F_ALT != 0 { DTSF_ALT } else { 0 };
                let s = double_to_string(x, arg.ch as u8, prec as i32, flags);
                if arg.width == -1 && arg.prec == -1 && arg.flags & (F_SIGN | F_BLANK) == 0 {
                    out.extend_from_slice(s.as_bytes());
                    None
                } else {
                    arg.sign = true;
                    Some(Cow::Owned(s.into_bytes()))
                }
            }
            0x63 => {
                // c
                let c = format_char(v)?;
                let mut buf = Vec::with_capacity(4);
                codepoints::push(&mut buf, c);
                if arg.width == -1 && arg.prec == -1 {
                    out.extend_from_slice(&buf);
                    None
                } else {
                    Some(Cow::Owned(buf))
                }
            }
            c => {
                // The character may be the lead byte of a multi-byte character.
                let bpos = pos - 1;
                let (cp, _) = if bpos < n { codepoints::decode_at(b, bpos) } else { (c, 0) };
                let index = codepoints::count(&b[..bpos.min(n)]);
                let shown = if (31..=126).contains(&cp) { char::from(cp as u8) } else { '?' };
                return Err(value_error(format!(
                    "unsupported format character '{shown}' (0x{cp:x}) at index {index}"
                )));
            }
        };
        if let Some(s) = converted {
            output_arg(&mut out, &mut arg, &s)?;
        }
        if !ctx.dict.is_null() && ctx.argidx < ctx.arglen {
            return Err(type_error("not all arguments converted during string formatting"));
        }
        i = pos;
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_null() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(pystr::from_payload(&out))
}

// =====================================================================================
// str.format / str.format_map
// =====================================================================================

/// Where replacement fields find their values.
struct FieldSource<'a> {
    /// Positional arguments (`None` for `format_map`).
    positional: Option<&'a [Value]>,
    /// Keyword names and values of a `format` call.
    kw_names: &'a [Value],
    kw_values: &'a [Value],
    /// The mapping of `format_map` (NULL for `format`).
    mapping: Value,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: i64,
}

/// `get_integer` of `unicode_format.h`: `None` for empty or non-decimal text.
fn field_integer(s: &[u8]) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for c in codepoints::iter(s) {
        let Some(d) = crate::unicode::decimal_value(c) else { return Ok(None) };
        let d = d as i64;
        if acc > (SSIZE_MAX - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

fn lookup_keyword(src: &FieldSource, key: &[u8]) -> PyResult<Obj> {
    let key_obj = pystr::from_payload(key);
    if !src.mapping.is_null() {
        return protocol::getitem(src.mapping, key_obj.value());
    }
    for (i, &name) in src.kw_names.iter().enumerate() {
        if pystr::as_bytes(name) == key {
            return Ok(Obj::new_ref(src.kw_values[i]));
        }
    }
    Err(crate::errors::key_error(key_obj.value()))
}

/// `get_field_object`: resolves `name`, `0`, `name.attr[key][0]`...
fn get_field_object(field: &[u8], src: &FieldSource, auto: &mut AutoNumber) -> PyResult<Obj> {
    let split = field.iter().position(|&c| c == b'[' || c == b'.').unwrap_or(field.len());
    let (first, rest) = field.split_at(split);
    let mut first_idx = field_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || first_idx.is_some();
    if auto.state == AutoState::Init && numeric {
        auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
    }
    if numeric {
        if auto.state == AutoState::Manual {
            if empty {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
        } else if !empty {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    if empty {
        first_idx = Some(auto.next);
        auto.next += 1;
    }
    let mut obj = match first_idx {
        None => lookup_keyword(src, first)?,
        Some(idx) => match src.positional {
            None => return Err(value_error("Format string contains positional fields")),
            Some(args) => match args.get(idx as usize) {
                Some(&v) => Obj::new_ref(v),
                None => {
                    return Err(crate::errors::index_error(format!(
                        "Replacement index {idx} out of range for positional args tuple"
                    )))
                }
            },
        },
    };
    let mut p = 0;
    while p < rest.len() {
        let c = rest[p];
        p += 1;
        match c {
            b'.' => {
                let s = p;
                while p < rest.len() && rest[p] != b'[' && rest[p] != b'.' {
                    p += 1;
                }
                let name = &rest[s..p];
                if name.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let n = pystr::from_payload(name);
                obj = protocol::getattr(obj.value(), n.value())?;
            }
            b'[' => {
                let s = p;
                let mut seen = false;
                while p < rest.len() {
                    let c = rest[p];
                    p += 1;
                    if c == b']' {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    return Err(value_error("Missing ']' in format string"));
                }
                let name = &rest[s..p - 1];
                let idx = field_integer(name)?;
                if name.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = match idx {
                    Some(i) => {
                        let key = int::from_i64(i);
                        protocol::getitem(obj.value(), key.value())?
                    }
                    None => {
                        let key = pystr::from_payload(name);
                        protocol::getitem(obj.value(), key.value())?
                    }
                };
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}

/// One parsed replacement field: byte ranges into the format string.
struct Field {
    name: (usize, usize),
    spec: Option<(usize, usize)>,
    needs_expanding: bool,
    conversion: u32,
}

/// `parse_field`: reads `name[!conv][:spec]}` starting at `*pos` (just after `{`).
fn parse_field(s: &[u8], pos: &mut usize) -> PyResult<Field> {
    let end = s.len();
    let start = *pos;
    let mut c = 0u8;
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < end && s[*pos] != b']' {
                    *pos += 1;
                }
                continue;
            }
            b'}' | b':' | b'!' => break,
            _ => continue,
        }
    }
    let mut f = Field { name: (start, (*pos).saturating_sub(1).max(start)), spec: None, needs_expanding: false, conversion: 0 };
    if c == b'!' || c == b':' {
        if c == b'!' {
            if *pos >= end {
                return Err(value_error("end of string while looking for conversion specifier"));
            }
            let (cp, w) = codepoints::decode_at(s, *pos);
            f.conversion = cp;
            *pos += w;
            if *pos < end {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == b'}' {
                    return Ok(f);
                }
                if c2 != b':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < end {
            let c = s[*pos];
            *pos += 1;
            match c {
                b'{' => {
                    f.needs_expanding = true;
                    count += 1;
                }
                b'}' => {
                    count -= 1;
                    if count == 0 {
                        f.spec = Some((spec_start, *pos - 1));
                        return Ok(f);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    } else if c != b'}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(f)
}

/// Renders one value with a spec into `out` (CPython's `render_field`).
fn render_field(obj: Value, spec: &[u8], out: &mut Vec<u8>) -> PyResult<()> {
    if spec.is_empty() {
        if pystr::is_exact_str(obj) {
            out.extend_from_slice(pystr::as_bytes(obj));
            return Ok(());
        }
        if obj.is_small_int() {
            out.extend_from_slice(obj.as_small_int().to_string().as_bytes());
            return Ok(());
        }
    }
    let spec_text: Cow<str> = String::from_utf8_lossy(spec);
    let r = if pystr::is_exact_str(obj) {
        let sp = parse_spec(&spec_text, 's', '<', "str")?;
        if sp.ty != 's' {
            return Err(unknown_presentation_type(sp.ty, "str").into());
        }
        let formatted = format_string_payload(pystr::as_bytes(obj), pystr::char_len(obj), &sp)?;
        out.extend_from_slice(&formatted);
        return Ok(());
    } else if obj.is_small_int() {
        out.extend_from_slice(format_int_value(IntRef::Small(obj.as_small_int()), &spec_text, "int")?.as_bytes());
        return Ok(());
    } else if int::is_exact_int(obj) {
        format_int(obj, &spec_text)?
    } else if obj.is_immediate_float() || (obj.is_ptr() && crate::object::is_type(obj, &float::FLOAT_TYPE.0)) {
        out.extend_from_slice(format_f64_str(float::as_f64(obj), &spec_text)?.as_bytes());
        return Ok(());
    } else {
        let spec_obj = pystr::from_payload(spec);
        format_via_dunder(obj, spec_obj.value())?
    };
    out.extend_from_slice(pystr::as_bytes(r.value()));
    Ok(())
}

/// `build_string` + `do_markup`: expands `input` into `out`.
fn do_markup(input: &[u8], src: &FieldSource, out: &mut Vec<u8>, depth: i32, auto: &mut AutoNumber) -> PyResult<()> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let end = input.len();
    let mut pos = 0;
    while pos < end {
        let start = pos;
        let mut c = 0u8;
        let mut markup_follows = false;
        while pos < end {
            c = input[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if c == b'}' && markup_follows && (at_end || input[pos] != b'}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == b'{' && markup_follows {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup_follows {
            if c == input[pos] {
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        out.extend_from_slice(&input[start..start + len]);
        if !markup_follows {
            continue;
        }
        let field = parse_field(input, &mut pos)?;
        // output_markup
        let mut obj = get_field_object(&input[field.name.0..field.name.1], src, auto)?;
        if field.conversion != 0 {
            obj = match field.conversion {
                0x72 => protocol::repr(obj.value())?,
                0x73 => protocol::str(obj.value())?,
                0x61 => ascii(obj.value())?,
                c if c > 32 && c < 127 => {
                    return Err(value_error(format!("Unknown conversion specifier {}", char::from(c as u8))))
                }
                c => return Err(value_error(format!("Unknown conversion specifier \\x{c:x}"))),
            };
        }
        let spec_bytes: &[u8] = match field.spec {
            Some((a, b)) => &input[a..b],
            None => b"",
        };
        if field.needs_expanding {
            let mut expanded = Vec::with_capacity(spec_bytes.len() + 8);
            do_markup(spec_bytes, src, &mut expanded, depth - 1, auto)?;
            render_field(obj.value(), &expanded, out)?;
        } else {
            render_field(obj.value(), spec_bytes, out)?;
        }
    }
    Ok(())
}

/// `fmt.format(*args, **kwargs)` with vectorcall-style arguments (positional values,
/// then keyword values named by the `kwnames` tuple, which may be NULL).
pub fn str_format(fmt: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let nkw = if kwnames.is_null() { 0 } else { tuple::len(kwnames) };
    let npos = args.len() - nkw;
    let src = FieldSource {
        positional: Some(&args[..npos]),
        kw_names: if nkw == 0 { &[] } else { tuple::items(kwnames) },
        kw_values: &args[npos..],
        mapping: Value::NULL,
    };
    let input = pystr::as_bytes(fmt);
    if !input.contains(&b'{') && !input.contains(&b'}') && pystr::is_exact_str(fmt) {
        return Ok(Obj::new_ref(fmt));
    }
    let mut out = Vec::with_capacity(input.len() + 16 * npos.max(1));
    let mut auto = AutoNumber { state: AutoState::Init, next: 0 };
    do_markup(input, &src, &mut out, 2, &mut auto)?;
    Ok(pystr::from_payload(&out))
}

/// `fmt.format_map(mapping)`: names are looked up with `mapping[name]`.
pub fn format_map(fmt: Value, mapping: Value) -> PyResult<Obj> {
    let src = FieldSource { positional: None, kw_names: &[], kw_values: &[], mapping };
    let input = pystr::as_bytes(fmt);
    let mut out = Vec::with_capacity(input.len() + 16);
    let mut auto = AutoNumber { state: AutoState::Init, next: 0 };
    do_markup(input, &src, &mut out, 2, &mut auto)?;
    Ok(pystr::from_payload(&out))
}

// =====================================================================================
// Tests (expected strings generated with python3.11)
// =====================================================================================

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_f64_str(x, spec).unwrap()
    }
    fn i(x: i64, spec: &str) -> String {
        format_i64_str(x, spec).unwrap()
    }
    fn ferr(x: f64, spec: &str) -> FormatError {
        format_f64_str(x, spec).unwrap_err()
    }
    fn ierr(x: i64, spec: &str) -> FormatError {
        format_i64_str(x, spec).unwrap_err()
    }
    fn v(s: &str) -> FormatError {
        FormatError::Value(s.to_string())
    }

    #[test]
    fn float_repr_style() {
        assert_eq!(f(1e16, ""), "1e+16");
        assert_eq!(f(1.0, ""), "1.0");
        assert_eq!(f(0.1, ".3"), "0.1");
        assert_eq!(f(1234.0, ".3"), "1.23e+03");
        assert_eq!(f(100.0, ".3"), "1e+02");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(1e-5, ".3"), "1e-05");
        assert_eq!(f(1.0, "#"), "1.0");
        assert_eq!(f(123456789.0, ","), "123,456,789.0");
        assert_eq!(f(1e20, ","), "1e+20");
        assert_eq!(f(-0.0, ""), "-0.0");
        assert_eq!(f(-0.0, "z"), "0.0");
        assert_eq!(f(1.0, "z"), "1.0");
        assert_eq!(f(-0.0, "z.3"), "0.0");
        assert_eq!(f(f64::NAN, ""), "nan");
        assert_eq!(f(1.5, "010"), "00000001.5");
        assert_eq!(f(-1.5e300, "020"), "-000000000001.5e+300");
    }

    #[test]
    fn shortest_ties_round_half_even() {
        // repr(-1735861081508451.25), repr(818298641897670.25), repr(0.1), repr(2**-1074)
        assert_eq!(f(-1735861081508451.25, ""), "-1735861081508451.2");
        assert_eq!(f(818298641897670.25, ""), "818298641897670.2");
        assert_eq!(f(818298641897670.25, ">20"), "   818298641897670.2");
        assert_eq!(f(0.1, ""), "0.1");
        assert_eq!(f(5e-324, ""), "5e-324");
        assert_eq!(repr_float(1e22), "1e+22");
        assert_eq!(repr_float(123456789012345680.0), "1.2345678901234568e+17");
    }

    #[test]
    fn float_fixed_and_exponent() {
        assert_eq!(f(-0.0, "z.2f"), "0.00");
        assert_eq!(f(-0.001, "z.2f"), "0.00");
        assert_eq!(f(-0.001, ".2f"), "-0.00");
        assert_eq!(f(1.5, "#.0f"), "2.");
        assert_eq!(f(0.5, ".0f"), "0");
        assert_eq!(f(1.5, ".0f"), "2");
        assert_eq!(f(2.5, ".0e"), "2e+00");
        assert_eq!(f(1e20, ",.2f"), "100,000,000,000,000,000,000.00");
        assert_eq!(f(-1234.5, "012,.2f"), "-0,001,234.50");
        assert_eq!(f(0.0, "e"), "0.000000e+00");
        assert_eq!(f(1e300, "f").get(..20), Some("10000000000000000525"));
        let tiny = f(5e-324, ".1000e");
        assert_eq!(&tiny[tiny.len() - 10..], "00000e-324");
        assert_eq!(f(f64::NAN, "F"), "NAN");
        assert_eq!(f(f64::INFINITY, "+E"), "+INF");
        assert_eq!(f(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(f(f64::NAN, "=+10"), "+      nan");
        assert_eq!(f(f64::NEG_INFINITY, "z010,.2f"), "-000000inf");
        assert_eq!(f(1.5, "%"), "150.000000%");
        assert_eq!(f(0.0001, ".0%"), "0%");
        assert_eq!(f(-3.5, "010.2f"), "-000003.50");
    }

    #[test]
    fn float_general() {
        assert_eq!(f(12345.678, "n"), "12345.7");
        assert_eq!(f(1.5, "#g"), "1.50000");
        assert_eq!(f(1e100, ".3g"), "1e+100");
        assert_eq!(f(123.456, ".0g"), "1e+02");
        assert_eq!(f(0.0, "g"), "0");
        assert_eq!(f(0.0, "#g"), "0.00000");
        assert_eq!(f(1e-10, "g"), "1e-10");
        assert_eq!(f(123456.0, "g"), "123456");
        assert_eq!(f(1234567.0, "g"), "1.23457e+06");
        assert_eq!(f(1234567.0, "G"), "1.23457E+06");
    }

    #[test]
    fn float_errors() {
        assert_eq!(ferr(1.5, "d"), v("Unknown format code 'd' for object of type 'float'"));
        assert_eq!(ferr(1.5, ",_"), v("Cannot specify both ',' and '_'."));
        assert_eq!(ferr(1.5, "_,"), v("Cannot specify both ',' and '_'."));
        assert_eq!(ferr(1.0, "abc"), v("Invalid format specifier 'abc' for object of type 'float'"));
        assert_eq!(ferr(1.0, ".99999999999999999999f"), v("Too many decimal digits in format string"));
        assert_eq!(ferr(1.0, ".3000000000f"), v("precision too big"));
        assert_eq!(ferr(1.5, "c"), v("Unknown format code 'c' for object of type 'float'"));
    }

    #[test]
    fn ints() {
        assert_eq!(i(1234, "010,"), "00,001,234");
        assert_eq!(i(1234, "0=8,"), "0,001,234");
        assert_eq!(i(255, "#X"), "0XFF");
        assert_eq!(i(255, "#012_b"), "0b0_1111_1111");
        assert_eq!(i(-255, "#012_x"), "-0x0000_00ff");
        assert_eq!(i(1234567, "n"), "1234567");
        assert_eq!(i(1, "_x"), "1");
        assert_eq!(i(3, "e"), "3.000000e+00");
        assert_eq!(i(1, "x<+#010_x"), "+0x1xxxxxx");
        assert_eq!(i(1, "=^5"), "==1==");
        assert_eq!(i(1, "0<5"), "10000");
        assert_eq!(i(-1, "0<5"), "-1000");
        assert_eq!(i(1, "\u{661}\u{662}"), "           1");
        assert_eq!(i(1, "%"), "100.000000%");
        assert_eq!(i(1, "g"), "1");
        assert_eq!(i(1, "F"), "1.000000");
        assert_eq!(i(12, "_o"), "14");
        assert_eq!(i(12345678, "_b"), "1011_1100_0110_0001_0100_1110");
        assert_eq!(i(0, "#o"), "0o0");
        assert_eq!(i(0, "#x"), "0x0");
        assert_eq!(i(1, " "), " 1");
        assert_eq!(i(-1, " d"), "-1");
        assert_eq!(i(12345, "^+12,"), "  +12,345   ");
        assert_eq!(i(65, "c"), "A");
        assert_eq!(i(1, ">5"), "    1");
        let big: BigInt = BigInt::from(1u8) << 70usize;
        assert_eq!(format_int_value(IntRef::Big(&big), ",", "int").unwrap(), "1,180,591,620,717,411,303,424");
        assert_eq!(format_int_value(IntRef::Big(&big), "e", "int").unwrap(), "1.180592e+21");
        let huge: BigInt = num_traits::pow(BigInt::from(10), 400);
        assert_eq!(
            format_int_value(IntRef::Big(&huge), "e", "int").unwrap_err(),
            FormatError::Overflow("int too large to convert to float".into())
        );
    }

    #[test]
    fn int_errors() {
        assert_eq!(ierr(1, ".2"), v("Precision not allowed in integer format specifier"));
        assert_eq!(ierr(1, "z"), v("Negative zero coercion (z) not allowed in integer format specifier"));
        assert_eq!(ierr(1, "+c"), v("Sign not allowed with integer format specifier 'c'"));
        assert_eq!(ierr(1, "#c"), v("Alternate form (#) not allowed with integer format specifier 'c'"));
        assert_eq!(ierr(1, ",c"), v("Cannot specify ',' with 'c'."));
        assert_eq!(ierr(-1, "c"), FormatError::Overflow("%c arg not in range(0x110000)".into()));
        assert_eq!(ierr(0x110000, "c"), FormatError::Overflow("%c arg not in range(0x110000)".into()));
        assert_eq!(ierr(1, "y"), v("Unknown format code 'y' for object of type 'int'"));
        assert_eq!(ierr(1, ",n"), v("Cannot specify ',' with 'n'."));
        assert_eq!(ierr(1, ",x"), v("Cannot specify ',' with 'x'."));
        assert_eq!(ierr(1, "."), v("Format specifier missing precision"));
        assert_eq!(ierr(1, "10.2fx"), v("Invalid format specifier '10.2fx' for object of type 'int'"));
        assert_eq!(ierr(1, "99999999999999999999d"), v("Too many decimal digits in format string"));
        assert_eq!(
            format_int_value(IntRef::Small(1), ".2", "bool").unwrap_err(),
            v("Precision not allowed in integer format specifier")
        );
        assert_eq!(
            format_int_value(IntRef::Small(1), "y", "bool").unwrap_err(),
            v("Unknown format code 'y' for object of type 'bool'")
        );
    }

    #[test]
    fn strings() {
        assert_eq!(format_text("abc", ".2").unwrap(), "ab");
        assert_eq!(format_text("abc", "^7").unwrap(), "  abc  ");
        assert_eq!(format_text("abc", "x^7.1").unwrap(), "xxxaxxx");
        assert_eq!(format_text("ab", "05").unwrap(), "ab000");
        assert_eq!(format_text("é", "*>3").unwrap(), "**é");
        assert_eq!(format_text("a", "€^4").unwrap(), "€a€€");
        assert_eq!(format_text("a", "+").unwrap_err(), v("Sign not allowed in string format specifier"));
        assert_eq!(format_text("a", " ").unwrap_err(), v("Space not allowed in string format specifier"));
        assert_eq!(
            format_text("a", "z").unwrap_err(),
            v("Negative zero coercion (z) not allowed in string format specifier")
        );
        assert_eq!(format_text("a", "#").unwrap_err(), v("Alternate form (#) not allowed in string format specifier"));
        assert_eq!(format_text("a", "=").unwrap_err(), v("'=' alignment not allowed in string format specifier"));
        assert_eq!(format_text("a", ",").unwrap_err(), v("Cannot specify ',' with 's'."));
        assert_eq!(format_text("a", "_").unwrap_err(), v("Cannot specify '_' with 's'."));
        assert_eq!(format_text("a", "d").unwrap_err(), v("Unknown format code 'd' for object of type 'str'"));
        assert_eq!(format_text("a", "\x01").unwrap_err(), v("Unknown format code '\\x1' for object of type 'str'"));
        assert_eq!(format_text("a", "é").unwrap_err(), v("Unknown format code '\\xe9' for object of type 'str'"));
    }

    #[test]
    fn huge_precisions_pad_with_zeros() {
        // len('%.70000f' % 1.5), ('%.70000e' % 1.5)[-8:], len('%.5000f' % 5e-324)
        let s = double_to_string(1.5, b'f', 70000, 0);
        assert_eq!(s.len(), 70002);
        assert!(s.starts_with("1.5000") && s.ends_with("000"));
        let e = double_to_string(1.5, b'e', 70000, 0);
        assert_eq!(&e[e.len() - 8..], "0000e+00");
        assert_eq!(e.len(), 70006);
        let t = double_to_string(5e-324, b'f', 5000, 0);
        assert_eq!(t.len(), 5002);
        assert_eq!(&t[1070..1080], "2656250000");
    }

    #[test]
    fn double_to_string_matches_c_formats() {
        // '%.3e' % 12345.678, '%g' % 1e-5, '%#g' % 1.0, '%G' % 1e20, '%#.0f' % 0.5
        assert_eq!(double_to_string(12345.678, b'e', 3, DTSF_SIGN), "+1.235e+04");
        assert_eq!(double_to_string(1e-5, b'g', 6, 0), "1e-05");
        assert_eq!(double_to_string(1.0, b'g', 6, DTSF_ALT), "1.00000");
        assert_eq!(double_to_string(1e20, b'G', 6, 0), "1E+20");
        assert_eq!(double_to_string(0.5, b'f', 0, DTSF_ALT), "0.");
        assert_eq!(double_to_string(0.5, b'f', 0, 0), "0");
        assert_eq!(double_to_string(-0.0, b'f', 2, 0), "-0.00");
        assert_eq!(double_to_string(0.0, b'f', 2, DTSF_SIGN), "+0.00");
        assert_eq!(double_to_string(1234.5, b'e', 3, 0), "1.234e+03");
        assert_eq!(double_to_string(f64::INFINITY, b'F', 6, 0), "INF");
        assert_eq!(double_to_string(f64::NAN, b'f', 6, 0), "nan");
        assert_eq!(double_to_string(1e16, b'r', 0, DTSF_ADD_DOT_0), "1e+16");
        assert_eq!(double_to_string(2.675, b'f', 2, 0), "2.67");
        assert_eq!(double_to_string(0.1, b'f', 30, 0), "0.100000000000000005551115123126");
        assert_eq!(double_to_string(9.9999, b'e', 2, 0), "1.00e+01");
        assert_eq!(double_to_string(1e-300, b'g', 3, 0), "1e-300");
        assert_eq!(double_to_string(123.0, b'g', 2, DTSF_ALT), "1.2e+02");
    }

    #[test]
    fn percent_long_digits() {
        // '%#x' % 255, '%#X' % 255, '%#o' % 8, '%.5d' % -42, '%#.5x' % 42
        assert_eq!(format_long_percent(false, "ff", true, -1, b'x').unwrap(), "0xff");
        assert_eq!(format_long_percent(false, "ff", true, -1, b'X').unwrap(), "0XFF");
        assert_eq!(format_long_percent(false, "10", true, -1, b'o').unwrap(), "0o10");
        assert_eq!(format_long_percent(true, "42", false, 5, b'd').unwrap(), "-00042");
        assert_eq!(format_long_percent(false, "2a", true, 5, b'x').unwrap(), "0x0002a");
        assert_eq!(format_long_percent(true, "ff", true, -1, b'x').unwrap(), "-0xff");
    }

    #[test]
    fn percent_output_layout() {
        fn run(ch: u8, flags: u8, width: i64, prec: i64, sign: bool, s: &str) -> String {
            let mut out = Vec::new();
            let mut a = PctArg { ch: ch as u32, flags, width, prec, sign };
            output_arg(&mut out, &mut a, s.as_bytes()).unwrap();
            String::from_utf8(out).unwrap()
        }
        // '%-05d|' % 3, '%05d' % -3, '%+05d' % 3, '% d' % 3
        assert_eq!(run(b'd', F_LJUST | F_ZERO, 5, -1, true, "3"), "3    ");
        assert_eq!(run(b'd', F_ZERO, 5, -1, true, "-3"), "-0003");
        assert_eq!(run(b'd', F_SIGN | F_ZERO, 5, -1, true, "3"), "+0003");
        assert_eq!(run(b'd', F_BLANK, -1, -1, true, "3"), " 3");
        // '%#010x' % 255, '%#10x' % -255, '%-#10x|' % 255, '%10.5d|' % 42
        assert_eq!(run(b'x', F_ALT | F_ZERO, 10, -1, true, "0xff"), "0x000000ff");
        assert_eq!(run(b'x', F_ALT, 10, -1, true, "-0xff"), "     -0xff");
        assert_eq!(run(b'x', F_ALT | F_LJUST, 10, -1, true, "0xff"), "0xff      ");
        assert_eq!(run(b'd', 0, 10, 5, true, "00042"), "     00042");
        // '%5.2s|' % 'abc', '%-6.2f|' % 3.14159, '%010.2f' % -3.5, '%5s' % 'é'
        assert_eq!(run(b's', 0, 5, 2, false, "abc"), "   ab");
        assert_eq!(run(b'f', F_LJUST, 6, 2, true, "3.14"), "3.14  ");
        assert_eq!(run(b'f', F_ZERO, 10, 2, true, "-3.50"), "-000003.50");
        assert_eq!(run(b's', 0, 5, -1, false, "é"), "    é");
        // '%08.3e' % 1234.5
        assert_eq!(run(b'e', F_ZERO, 8, 3, true, "1.234e+03"), "1.234e+03");
    }

    #[test]
    fn grouping_pads_with_zeros() {
        assert_eq!(group_digits(b"1234", 0, Some((b',', 3))), b"1,234");
        assert_eq!(group_digits(b"1234", 10, Some((b',', 3))), b"00,001,234");
        assert_eq!(group_digits(b"5", 4, None), b"0005");
        assert_eq!(group_digits(b"123456789", 0, Some((b'_', 4))), b"1_2345_6789");
    }
}
