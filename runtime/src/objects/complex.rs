//! `complex`: a pair of doubles (CPython's `Objects/complexobject.c`): construction and
//! string parsing, arithmetic mixed with ints and floats (`_Py_c_quot`, `_Py_c_pow` and
//! the integer-power fast path, so results are bit-identical to CPython's), equality,
//! hashing (`hash(re) + 1000003 * hash(im)`), `repr` and `__format__`.
//!
//! Representation: `PyComplex { ob, re, im }`; instances of Python subclasses carry their
//! attribute store after it (`basicsize + attrs_extra`). Complex values are immutable.
//!
//! Also here: [`format_double`], CPython's `PyOS_double_to_string` for the `e f g r`
//! conversions, which `complex.__format__` and `bytes % args` use.

use crate::errors::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::object::{alloc_object, flags, free_memory, protocol, type_of, BinOp, CompareOp, Obj, ObjHeader, Static, TypeObject, Value};
use crate::objects::descr::GetSetDef;
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args as argcheck, bool_, float, int, singletons, str as pystr, tuple};

/// The `complex` object.
#[repr(C)]
pub struct PyComplex {
    ob: ObjHeader,
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// The `complex` type.
pub static COMPLEX_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "complex",
    std::mem::size_of::<PyComplex>(),
    flags::BASETYPE,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    pytype::release_instance_attrs(v);
    free_memory(v, type_of(v).basicsize.get() + pytype::attrs_extra(type_of(v)));
}

/// True for complex (or subclass) instances.
#[inline]
pub fn is_complex(v: Value) -> bool {
    v.is_ptr() && {
        let t = type_of(v);
        std::ptr::eq(t, &COMPLEX_TYPE.0) || (t.has_flag(flags::HEAPTYPE) && t.is_subtype(&COMPLEX_TYPE.0))
    }
}

/// `(real, imag)` of a complex instance.
#[inline]
pub fn parts(v: Value) -> (f64, f64) {
    // SAFETY: callers pass complex instances (PyComplex layout).
    let c = unsafe { &*(v.as_ptr() as *const PyComplex) };
    (c.re, c.im)
}

/// A complex of type `ty` (complex or a subclass).
pub fn new_of(ty: &TypeObject, re: f64, im: f64) -> Obj {
    let size = ty.basicsize.get() + pytype::attrs_extra(ty);
    let p = alloc_object(ty, size) as *mut PyComplex;
    // SAFETY: fresh allocation of `size` bytes; a subclass's attribute store is set up by
    // `init_instance_attrs`.
    unsafe {
        std::ptr::addr_of_mut!((*p).re).write(re);
        std::ptr::addr_of_mut!((*p).im).write(im);
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

/// A new complex.
pub fn new(re: f64, im: f64) -> Obj {
    new_of(&COMPLEX_TYPE.0, re, im)
}

// ----- arithmetic on (re, im) pairs (CPython's _Py_c_*) -----------------------------------

type C = (f64, f64);

/// Why a complex operation failed (CPython's errno values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CError {
    /// Division by zero (`EDOM`).
    Domain,
    /// A result overflowed to infinity (`ERANGE`).
    Range,
}

fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: Smith's algorithm, scaling by the larger part of the divisor.
pub fn c_quot(a: C, b: C) -> Result<C, CError> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(CError::Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one part of the divisor is a NaN.
        Ok((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`: polar form.
fn c_pow(a: C, b: C) -> Result<C, CError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(CError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `c_powu`: binary exponentiation for a positive integer exponent.
fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, CError> {
    if n > 0 {
        Ok(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n))
    }
}

/// `a ** b` as CPython's `complex_pow`: small integral exponents by repeated squaring,
/// others in polar form; an infinite part means overflow.
pub fn pow_parts(a: C, b: C) -> Result<C, CError> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 { c_powi(a, b.0 as i64)? } else { c_pow(a, b)? };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(CError::Range);
    }
    Ok(p)
}

/// `complex(re1, im1) ** complex(re2, im2)` with CPython's errors (float's `**` calls
/// this for a negative base and a fractional exponent).
pub fn pow_values(re1: f64, im1: f64, re2: f64, im2: f64) -> PyResult<Obj> {
    match pow_parts((re1, im1), (re2, im2)) {
        Ok((r, i)) => Ok(new(r, i)),
        Err(CError::Domain) => Err(zero_division("0.0 to a negative or complex power")),
        Err(CError::Range) => Err(overflow_error("complex exponentiation")),
    }
}

/// `abs(z)` (`_Py_c_abs`): infinite if either part is, NaN if either is (and none is
/// infinite); `None` on overflow.
pub fn c_abs(z: C) -> Option<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Some(z.0.abs());
        }
        if z.1.is_infinite() {
            return Some(z.1.abs());
        }
        return Some(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_finite() {
        Some(r)
    } else {
        None
    }
}

/// CPython's `complex_hash`: `hash(re) + 1000003 * hash(im)`, -1 mapped to -2.
pub fn hash_parts(re: f64, im: f64, identity: u64) -> i64 {
    let hr = float::hash_f64(re, identity) as u64;
    let hi = float::hash_f64(im, identity) as u64;
    let combined = hr.wrapping_add(1000003u64.wrapping_mul(hi));
    if combined == u64::MAX {
        -2
    } else {
        combined as i64
    }
}

// ----- parsing ---------------------------------------------------------------------------------

/// Why `complex(str)` failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    /// "complex() arg is a malformed string".
    Malformed,
    /// Misplaced underscores: "could not convert string to complex: '...'".
    Underscore,
}

/// The longest prefix of `s` that `PyOS_string_to_double` accepts: an optional sign, then
/// `inf`/`infinity`/`nan` or decimal digits with an optional point and exponent.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let (neg, i) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[i..];
    let sign = |v: f64| if neg { -v } else { v };
    let word = |k: usize, w: &[u8]| rest.len() >= k + w.len() && rest[k..k + w.len()].eq_ignore_ascii_case(w);
    if let Some(b'i' | b'I' | b'n' | b'N') = rest.first() {
        if word(0, b"inf") {
            let n = if word(3, b"inity") { 8 } else { 3 };
            return Some((sign(f64::INFINITY), i + n));
        }
        if word(0, b"nan") {
            return Some((sign(f64::NAN), i + 3));
        }
        return None;
    }
    if rest.len() >= 2 && rest[0] == b'0' && (rest[1] == b'x' || rest[1] == b'X') {
        return None;
    }
    let mut j = 0;
    let mut digits = 0;
    while j < rest.len() && rest[j].is_ascii_digit() {
        j += 1;
        digits += 1;
    }
    if j < rest.len() && rest[j] == b'.' {
        j += 1;
        while j < rest.len() && rest[j].is_ascii_digit() {
            j += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if j < rest.len() && (rest[j] == b'e' || rest[j] == b'E') {
        let mut k = j + 1;
        if k < rest.len() && (rest[k] == b'+' || rest[k] == b'-') {
            k += 1;
        }
        let d = k;
        while k < rest.len() && rest[k].is_ascii_digit() {
            k += 1;
        }
        if k > d {
            j = k;
        }
    }
    let v: f64 = std::str::from_utf8(&rest[..j]).ok()?.parse().ok()?;
    Some((sign(v), i + j))
}

/// `complex_from_string_inner` on ASCII text without underscores.
fn parse_inner(s: &[u8]) -> Option<C> {
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let mut bracket = false;
    if s.get(i) == Some(&b'(') {
        bracket = true;
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        match s.get(i) {
            Some(b'+' | b'-') => {
                // <float><signed-float>j | <float><sign>j
                x = z;
                match float_prefix(&s[i..]) {
                    Some((w, m)) => {
                        y = w;
                        i += m;
                    }
                    None => {
                        y = if s[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                i += 1;
                y = z;
            }
            _ => x = z,
        }
    } else {
        // <sign>j or j
        match s.get(i) {
            Some(b'+' | b'-') => {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            _ => y = 1.0,
        }
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
    }
    if i != s.len() {
        return None;
    }
    Some((x, y))
}

/// Parses `complex(text)` as CPython: Unicode spaces and decimal digits are first mapped
/// to ASCII, underscores are allowed only between digits, then `1`, `1j`, `1+2j`, `1-j`,
/// `j`, with optional parentheses and surrounding whitespace; parts may be `inf`/`nan`.
pub fn parse(text: &str) -> Result<C, ParseError> {
    let ascii: Vec<u8> = text
        .chars()
        .map(|c| {
            let u = c as u32;
            if u < 0x80 {
                u as u8
            } else if crate::unicode::is_space(u) {
                b' '
            } else if let Some(d) = crate::unicode::decimal_value(u) {
                b'0' + d
            } else {
                b'?'
            }
        })
        .collect();
    if !ascii.contains(&b'_') {
        return parse_inner(&ascii).ok_or(ParseError::Malformed);
    }
    let mut clean = Vec::with_capacity(ascii.len());
    let mut prev = 0u8;
    for &c in &ascii {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(ParseError::Underscore);
            }
        } else {
            if c == 0 {
                return Err(ParseError::Underscore);
            }
            clean.push(c);
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(ParseError::Underscore);
            }
        }
        prev = c;
    }
    if prev == b'_' {
        return Err(ParseError::Underscore);
    }
    parse_inner(&clean).ok_or(ParseError::Malformed)
}

// ----- formatting ------------------------------------------------------------------------------

/// CPython's `PyOS_double_to_string(x, ty, prec, flags)` for `ty` in `eEfFgGr` (no sign
/// flags; `alt` is `Py_DTSF_ALT`): `%e`/`%f`/`%g` digits, `inf`/`nan` (uppercase for
/// `EFG`; NaN never has a sign), and `r` for the shortest repr digits (`prec` ignored).
pub fn format_double(x: f64, ty: char, prec: usize, alt: bool) -> String {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if x < 0.0 { "-inf" } else { "inf" };
        return if upper { s.to_ascii_uppercase() } else { s.to_string() };
    }
    let a = x.abs();
    let body = match ty.to_ascii_lowercase() {
        'f' => {
            let mut s = format!("{:.*}", prec, a);
            if alt && prec == 0 {
                s.push('.');
            }
            s
        }
        'e' => exp_form(a, prec, alt, false),
        'g' => {
            let p = prec.max(1);
            let exp = if a == 0.0 { 0 } else { decimal_exponent(a, p - 1) };
            if -4 <= exp && exp < p as i32 {
                let mut s = format!("{:.*}", (p as i32 - 1 - exp) as usize, a);
                if alt {
                    if !s.contains('.') {
                        s.push('.');
                    }
                } else if s.contains('.') {
                    let t = s.trim_end_matches('0').trim_end_matches('.').len();
                    s.truncate(t);
                }
                s
            } else {
                exp_form(a, p - 1, alt, !alt)
            }
        }
        _ => {
            let mut s = crate::float_repr::format_r(a, false);
            if alt && !s.contains('.') {
                match s.find('e') {
                    Some(k) => s.insert(k, '.'),
                    None => s.push('.'),
                }
            }
            s
        }
    };
    let body = if upper { body.to_ascii_uppercase() } else { body };
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// The decimal exponent of `a` rounded to `decimals + 1` significant digits.
fn decimal_exponent(a: f64, decimals: usize) -> i32 {
    let s = format!("{:.*e}", decimals, a);
    s.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0)
}

/// `d.ddde+XX` with `decimals` digits after the point (trailing zeros stripped when
/// `strip`, a bare point kept when `alt`).
fn exp_form(a: f64, decimals: usize, alt: bool, strip: bool) -> String {
    let s = format!("{:.*e}", decimals, a);
    let (mant, exp) = s.split_once('e').expect("LowerExp has an exponent");
    let exp: i32 = exp.parse().expect("integer exponent");
    let mut m = mant.to_string();
    if strip && m.contains('.') {
        let t = m.trim_end_matches('0').trim_end_matches('.').len();
        m.truncate(t);
    }
    if alt && !m.contains('.') {
        m.push('.');
    }
    format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
#[derive(Debug, Default, PartialEq)]
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    no_neg_0: bool,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(spec: &str) -> Result<Spec, String> {
    let c: Vec<char> = spec.chars().collect();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut s = Spec { fill: ' ', ..Spec::default() };
    let mut i = 0;
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    let fill_given = i == 2;
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' && !fill_given {
        s.zero = true;
        s.fill = '0';
        if s.align.is_none() {
            s.align = Some('=');
        }
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        s.width = w.parse().map_err(|_| "Too many decimal digits in format string".to_string())?;
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        s.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let p0 = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == p0 {
            return Err("Format specifier missing precision".to_string());
        }
        let p: String = c[p0..i].iter().collect();
        s.precision = Some(p.parse().map_err(|_| "Too many decimal digits in format string".to_string())?);
    }
    if c.len() - i > 1 {
        return Err(format!("Invalid format specifier '{spec}' for object of type 'complex'"));
    }
    if i < c.len() {
        s.ty = Some(c[i]);
    }
    Ok(s)
}

/// Inserts `sep` every three digits of the leading digit run of `body`.
fn group_digits(body: &str, sep: char) -> String {
    let n = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (int_part, rest) = body.split_at(n);
    let mut out = String::with_capacity(body.len() + n / 3);
    for (k, ch) in int_part.chars().enumerate() {
        if k > 0 && (n - k) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out.push_str(rest);
    out
}

/// `format(complex(re, im), spec)` (CPython's `format_complex_internal`).
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    let s = parse_spec(spec)?;
    if s.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if s.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let (mut ty, mut skip_re, mut parens, mut default_prec) = (s.ty.unwrap_or('\0'), false, false, 6);
    match ty {
        '\0' => {
            ty = 'r';
            default_prec = 0;
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {}
        'n' => ty = 'g',
        other => return Err(format!("Unknown format code '{other}' for object of type 'complex'")),
    }
    let prec = match s.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_prec,
    };
    let part = |x: f64, forced_plus: bool| -> String {
        let mut body = format_double(x, ty, prec, s.alt);
        if s.no_neg_0 && body.starts_with('-') && body[1..].bytes().take_while(|b| !matches!(b, b'e' | b'E')).all(|b| b == b'0' || b == b'.') {
            body.remove(0);
        }
        let (neg, digits) = match body.strip_prefix('-') {
            Some(d) => (true, d.to_string()),
            None => (false, body),
        };
        let digits = match s.grouping {
            Some(g) => group_digits(&digits, g),
            None => digits,
        };
        let sign = if neg {
            "-"
        } else if forced_plus {
            "+"
        } else {
            match s.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        format!("{sign}{digits}")
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(&part(re, false));
    }
    out.push_str(&part(im, !skip_re));
    out.push('j');
    if parens {
        out.push(')');
    }
    let n = out.chars().count();
    if s.width > n {
        let pad = s.width - n;
        let (l, r) = match s.align.unwrap_or('>') {
            '<' => (0, pad),
            '^' => (pad / 2, pad - pad / 2),
            _ => (pad, 0),
        };
        let fill: String = std::iter::repeat_n(s.fill, l).collect();
        let tail: String = std::iter::repeat_n(s.fill, r).collect();
        out = format!("{fill}{out}{tail}");
    }
    Ok(out)
}

// ----- slots -------------------------------------------------------------------------------

fn complex_repr(v: Value) -> PyResult<Obj> {
    let (re, im) = parts(v);
    Ok(pystr::from_string(crate::float_repr::repr_complex(re, im)))
}

fn complex_hash(v: Value) -> PyResult<i64> {
    let (re, im) = parts(v);
    Ok(hash_parts(re, im, v.bits()))
}

/// A complex, int or float operand as `(re, im)`; `None` for other types (the operator
/// returns NotImplemented).
fn operand(v: Value) -> PyResult<Option<C>> {
    if is_complex(v) {
        return Ok(Some(parts(v)));
    }
    if int::is_int(v) {
        return Ok(Some((int::to_f64(v)?, 0.0)));
    }
    if float::is_float(v) {
        return Ok(Some((float::as_f64(v), 0.0)));
    }
    Ok(None)
}

fn richcompare(v: Value, w: Value, op: CompareOp) -> PyResult<Obj> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(singletons::not_implemented());
    }
    let (re, im) = parts(v);
    let equal = if int::is_int(w) {
        im == 0.0 && int::compare_with_float(w, re) == Some(std::cmp::Ordering::Equal)
    } else if float::is_float(w) {
        re == float::as_f64(w) && im == 0.0
    } else if is_complex(w) {
        let (r2, i2) = parts(w);
        re == r2 && im == i2
    } else {
        return Ok(singletons::not_implemented());
    };
    Ok(bool_::from_bool(equal == (op == CompareOp::Eq)))
}

fn arith(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(singletons::not_implemented());
    };
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => c_prod(x, y),
        BinOp::TrueDiv => c_quot(x, y).map_err(|_| zero_division("complex division by zero"))?,
        BinOp::Pow => return pow_values(x.0, x.1, y.0, y.1),
        _ => return Ok(singletons::not_implemented()),
    };
    Ok(new(r.0, r.1))
}

fn add(a: Value, b: Value) -> PyResult<Obj> {
    arith(a, b, BinOp::Add)
}
fn sub(a: Value, b: Value) -> PyResult<Obj> {
    arith(a, b, BinOp::Sub)
}
fn mul(a: Value, b: Value) -> PyResult<Obj> {
    arith(a, b, BinOp::Mul)
}
fn truediv(a: Value, b: Value) -> PyResult<Obj> {
    arith(a, b, BinOp::TrueDiv)
}
fn power(a: Value, b: Value) -> PyResult<Obj> {
    arith(a, b, BinOp::Pow)
}

fn neg(v: Value) -> PyResult<Obj> {
    let (re, im) = parts(v);
    Ok(new(-re, -im))
}

fn pos(v: Value) -> PyResult<Obj> {
    if crate::object::is_type(v, &COMPLEX_TYPE.0) {
        return Ok(Obj::new_ref(v));
    }
    let (re, im) = parts(v);
    Ok(new(re, im))
}

fn abs(v: Value) -> PyResult<Obj> {
    match c_abs(parts(v)) {
        Some(r) => Ok(float::from_f64(r)),
        None => Err(overflow_error("absolute value too large")),
    }
}

fn to_bool(v: Value) -> PyResult<bool> {
    let (re, im) = parts(v);
    Ok(re != 0.0 || im != 0.0)
}

/// `__complex__` of `v`, if its type has one (CPython's `try_complex_special_method`).
fn try_complex_method(v: Value) -> PyResult<Option<Obj>> {
    let Some(f) = protocol::lookup_special(v, "__complex__")? else {
        return Ok(None);
    };
    let r = crate::interp::call::call(f.value(), &[], Value::NULL)?;
    if !is_complex(r.value()) {
        return Err(type_error(format!("__complex__ returned non-complex (type {})", type_of(r.value()).name())));
    }
    Ok(Some(r))
}

/// True when `v` can be a numeric part (`nb_float`, `nb_index`, or a complex).
fn is_numberlike(v: Value) -> bool {
    if v.is_small_int() || v.is_immediate_float() || is_complex(v) {
        return true;
    }
    let s = &type_of(v).slots;
    s.float.get().is_some() || s.index.get().is_some()
}

fn from_string(ty: &TypeObject, v: Value) -> PyResult<Obj> {
    match parse(pystr::as_str(v)) {
        Ok((re, im)) => Ok(new_of(ty, re, im)),
        Err(ParseError::Malformed) => Err(value_error("complex() arg is a malformed string")),
        Err(ParseError::Underscore) => Err(value_error(format!("could not convert string to complex: {}", pystr::repr(v)))),
    }
}

/// `complex(real=0, imag=0)` (CPython's `complex_new_impl`).
fn complex_new(ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = argcheck::bind("complex", args, kwnames, &["real", "imag"], 0)?;
    let (r, i) = (a[0], a[1]);
    if r.is_null() {
        if i.is_null() {
            return Ok(new_of(ty, 0.0, 0.0));
        }
    } else {
        if crate::object::is_type(r, &COMPLEX_TYPE.0) && i.is_null() && std::ptr::eq(ty, &COMPLEX_TYPE.0) {
            return Ok(Obj::new_ref(r));
        }
        if pystr::is_str(r) {
            if !i.is_null() {
                return Err(type_error("complex() can't take second arg if first is a string"));
            }
            return from_string(ty, r);
        }
    }
    if !i.is_null() && pystr::is_str(i) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let r: Obj = if r.is_null() { Obj::small_int(0) } else { try_complex_method(r)?.unwrap_or_else(|| Obj::new_ref(r)) };
    if !is_numberlike(r.value()) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_of(r.value()).name()
        )));
    }
    if !i.is_null() && !is_numberlike(i) {
        return Err(type_error(format!("complex() second argument must be a number, not '{}'", type_of(i).name())));
    }
    let (cr, cr_is_complex) = if is_complex(r.value()) { (parts(r.value()), true) } else { ((float::convert(r.value())?, 0.0), false) };
    let (ci, ci_is_complex) = if i.is_null() {
        ((cr.1, 0.0), false)
    } else if is_complex(i) {
        (parts(i), true)
    } else {
        ((float::convert(i)?, 0.0), false)
    };
    let mut real = cr.0;
    let mut imag = ci.0;
    if ci_is_complex {
        real -= ci.1;
    }
    if cr_is_complex && !i.is_null() {
        imag += cr.1;
    }
    Ok(new_of(ty, real, imag))
}

// ----- methods -----------------------------------------------------------------------------

fn m_conjugate(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("complex.conjugate", args, kw, 0)?;
    let (re, im) = parts(this);
    Ok(new(re, -im))
}

fn m_complex(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("complex.__complex__", args, kw, 0)?;
    pos(this)
}

fn m_getnewargs(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    let (re, im) = parts(this);
    Ok(tuple::pair(float::from_f64(re), float::from_f64(im)))
}

fn m_format(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("__format__", args, kw, 1)?;
    if !pystr::is_str(args[0]) {
        return Err(type_error(format!("__format__() argument must be str, not {}", type_of(args[0]).name())));
    }
    let spec = pystr::as_str(args[0]);
    if spec.is_empty() {
        return protocol::str(this);
    }
    let (re, im) = parts(this);
    format_complex(re, im, spec).map(pystr::from_string).map_err(value_error)
}

fn get_real(v: Value) -> PyResult<Obj> {
    Ok(float::from_f64(parts(v).0))
}

fn get_imag(v: Value) -> PyResult<Obj> {
    Ok(float::from_f64(parts(v).1))
}

/// Installs the slots and methods (start-up).
pub fn init_type() {
    let s = &COMPLEX_TYPE.slots;
    s.repr.set(Some(complex_repr));
    s.hash.set(Some(complex_hash));
    s.richcompare.set(Some(richcompare));
    s.binary[BinOp::Add as usize].set(Some(add));
    s.binary[BinOp::Sub as usize].set(Some(sub));
    s.binary[BinOp::Mul as usize].set(Some(mul));
    s.binary[BinOp::TrueDiv as usize].set(Some(truediv));
    s.binary[BinOp::Pow as usize].set(Some(power));
    s.neg.set(Some(neg));
    s.pos.set(Some(pos));
    s.abs.set(Some(abs));
    s.bool.set(Some(to_bool));
    s.new.set(Some(complex_new));
    pytype::add_methods(&COMPLEX_TYPE, crate::methods![
        "conjugate" => m_conjugate;
        "__complex__" => m_complex;
        "__getnewargs__" => m_getnewargs;
        "__format__" => m_format;
    ]);
    pytype::add_getsets(&COMPLEX_TYPE, &[
        GetSetDef { name: "real", get: get_real, set: None },
        GetSetDef { name: "imag", get: get_imag, set: None },
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(c: C) -> (u64, u64) {
        (c.0.to_bits(), c.1.to_bits())
    }

    #[test]
    fn parsing_matches_cpython() {
        assert_eq!(parse("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse(" ( 1.5-2.5J ) "), Ok((1.5, -2.5)));
        assert_eq!(parse("j"), Ok((0.0, 1.0)));
        assert_eq!(parse("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse("1+j"), Ok((1.0, 1.0)));
        assert_eq!(parse("1_0+2_0j"), Ok((10.0, 20.0)));
        assert_eq!(parse("1e5j"), Ok((0.0, 100000.0)));
        assert_eq!(parse("1.e-3-.5j"), Ok((0.001, -0.5)));
        assert_eq!(parse("3"), Ok((3.0, 0.0)));
        assert_eq!(parse("-infinityj"), Ok((0.0, f64::NEG_INFINITY)));
        let (re, im) = parse("inf-infj").unwrap();
        assert!(re == f64::INFINITY && im == f64::NEG_INFINITY);
        let (re, im) = parse("nan+nanj").unwrap();
        assert!(re.is_nan() && im.is_nan());
        assert_eq!(parse("1__0"), Err(ParseError::Underscore));
        assert_eq!(parse("_1"), Err(ParseError::Underscore));
        assert_eq!(parse("1_"), Err(ParseError::Underscore));
        assert_eq!(parse(""), Err(ParseError::Malformed));
        assert_eq!(parse("1+2"), Err(ParseError::Malformed));
        assert_eq!(parse("(1+2j"), Err(ParseError::Malformed));
        assert_eq!(parse("1e"), Err(ParseError::Malformed));
        assert_eq!(parse("0x1"), Err(ParseError::Malformed));
        assert_eq!(parse("1 + 2j"), Err(ParseError::Malformed));
        assert_eq!(parse("\u{0661}+\u{0662}j"), Ok((1.0, 2.0)));
    }

    #[test]
    fn powers_match_cpython_bit_for_bit() {
        // (-8) ** (1/3) == (1.0000000000000002+1.7320508075688772j)
        assert_eq!(bits(pow_parts((-8.0, 0.0), (1.0 / 3.0, 0.0)).unwrap()), bits((1.0000000000000002, 1.7320508075688772)));
        // (1+2j) ** 0.5 == (1.272019649514069+0.7861513777574233j)
        assert_eq!(bits(pow_parts((1.0, 2.0), (0.5, 0.0)).unwrap()), bits((1.272019649514069, 0.7861513777574233)));
        assert_eq!(pow_parts((1.0, 2.0), (3.0, 0.0)).unwrap(), (-11.0, -2.0));
        assert_eq!(pow_parts((1.0, 2.0), (-2.0, 0.0)).unwrap(), (-0.12, -0.16));
        assert_eq!(pow_parts((0.0, 0.0), (-1.0, 0.0)), Err(CError::Domain));
        assert_eq!(pow_parts((0.0, 0.0), (0.0, 1.0)), Err(CError::Domain));
        let r = pow_parts((1e300, 1e300), (2.0, 0.0)).unwrap();
        assert!(r.0.is_nan() && r.1.is_nan(), "CPython gives (nan+nanj)");
        assert_eq!(c_quot((1.0, 2.0), (0.0, 0.0)), Err(CError::Domain));
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_parts(1.0, 2.0, 0), 2000007);
        assert_eq!(hash_parts(1.5, -2.5, 0), -2305843009215693957);
        assert_eq!(hash_parts(-1.0, 0.0, 0), -2);
        assert_eq!(hash_parts(0.0, -1.0, 0), -2000006);
        assert_eq!(c_abs((3.0, 4.0)), Some(5.0));
        assert_eq!(c_abs((1e308, 1e308)), Some(1.4142135623730951e308));
        assert_eq!(c_abs((1.7e308, 1.7e308)), None);
        assert_eq!(c_abs((f64::NAN, f64::INFINITY)), Some(f64::INFINITY));
    }

    #[test]
    fn double_formatting_matches_cpython() {
        let f = format_double;
        assert_eq!(f(0.0001, 'g', 6, false), "0.0001");
        assert_eq!(f(0.00001, 'g', 6, false), "1e-05");
        assert_eq!(f(123456.0, 'g', 6, false), "123456");
        assert_eq!(f(1234567.0, 'g', 6, false), "1.23457e+06");
        assert_eq!(f(0.0, 'g', 6, true), "0.00000");
        assert_eq!(f(5.0, 'g', 0, false), "5");
        assert_eq!(f(5.0, 'g', 0, true), "5.");
        assert_eq!(f(1e16, 'g', 6, false), "1e+16");
        assert_eq!(f(-0.0, 'g', 6, false), "-0");
        assert_eq!(f(0.0, 'e', 3, false), "0.000e+00");
        assert_eq!(f(1e301, 'e', 6, false), "1.000000e+301");
        assert_eq!(f(5e-324, 'e', 0, false), "5e-324");
        assert_eq!(f(1.5, 'e', 0, true), "2.e+00");
        assert_eq!(f(1e-5, 'E', 6, false), "1.000000E-05");
        assert_eq!(f(2.5, 'f', 0, false), "2");
        assert_eq!(f(2.5, 'f', 0, true), "2.");
        assert_eq!(f(f64::NAN, 'F', 6, false), "NAN");
        assert_eq!(f(-f64::NAN, 'f', 6, false), "nan");
        assert_eq!(f(f64::NEG_INFINITY, 'e', 6, false), "-inf");
        assert_eq!(f(12.5, 'E', 6, false), "1.250000E+01");
        assert_eq!(f(1.0, 'r', 0, true), "1.");
    }

    #[test]
    fn complex_format_matches_cpython() {
        assert_eq!(format_complex(1.0, 2.0, ".2f").unwrap(), "1.00+2.00j");
        assert_eq!(format_complex(1.0, 2.0, "10").unwrap(), "    (1+2j)");
        assert_eq!(format_complex(0.0, 1.5, "<12.3").unwrap(), "1.5j        ");
        assert_eq!(format_complex(-1.0, -2.0, "+g").unwrap(), "-1-2j");
        assert_eq!(format_complex(1234.5, 6789.0, ",").unwrap(), "(1,234.5+6,789j)");
        assert_eq!(format_complex(1234.5, -6789.0, "_.1f").unwrap(), "1_234.5-6_789.0j");
        assert_eq!(format_complex(-0.0, -0.0, "z.1f").unwrap(), "0.0+0.0j");
        assert_eq!(format_complex(0.0, 1.0, "+").unwrap(), "+1j");
        assert_eq!(format_complex(-0.0, -1.0, " ").unwrap(), "(-0-1j)");
        assert_eq!(format_complex(1.0, 1.0, "^12").unwrap(), "   (1+1j)   ");
        assert_eq!(format_complex(1.0, 1.0, "x<8.2e").unwrap(), "1.00e+00+1.00e+00j");
        assert_eq!(format_complex(1.0, 2.0, "n").unwrap(), "1+2j");
        assert_eq!(format_complex(1.5, 2.0, ".3").unwrap(), "(1.5+2j)");
        assert_eq!(format_complex(1.0, 2.0, "#").unwrap(), "(1.+2.j)");
        assert_eq!(format_complex(3.0, 0.0, "#.0f").unwrap(), "3.+0.j");
        assert_eq!(format_complex(1.0, 2.0, "010").unwrap_err(), "Zero padding is not allowed in complex format specifier");
        assert_eq!(format_complex(1.0, 2.0, "=10").unwrap_err(), "'=' alignment flag is not allowed in complex format specifier");
        assert_eq!(format_complex(0.0, 1.0, "d").unwrap_err(), "Unknown format code 'd' for object of type 'complex'");
        assert_eq!(format_complex(0.0, 1.0, ".").unwrap_err(), "Format specifier missing precision");
        assert_eq!(format_complex(0.0, 1.0, "10.2fx").unwrap_err(), "Invalid format specifier '10.2fx' for object of type 'complex'");
    }
}
