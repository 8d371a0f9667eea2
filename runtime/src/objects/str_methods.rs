//! The behaviour of `str` (the object itself is in `str.rs`): its slots — `repr`, `str`,
//! hashing, code point ordering, `len`, indexing and slicing, `in`, iteration, `+`, `*`,
//! `%` and `str(...)` construction — and every Python-visible method, with CPython 3.11's
//! semantics and error messages (`Objects/unicodeobject.c`, `Objects/stringlib/`).
//!
//! Methods work on the payload bytes (UTF-8 extended with lone surrogates, see
//! `unicode::codepoints`). Indices and lengths are code points: ASCII strings (flagged by
//! `str.rs`) use byte offsets directly; other strings convert with a scan. Searching
//! uses Rust's `str` searchers (two-way, SIMD first-byte scans) whenever the payloads
//! hold no surrogates, which is the rule, and a byte loop otherwise: in this encoding a
//! match of well-formed needle bytes always starts and ends on character boundaries.
//! Case mapping comes from `unicode::case` (tables read off CPython), with CPython's
//! final-sigma rule for `lower()`.
//!
//! Encoding and decoding (`str.encode`, `str(b, encoding, errors)`) share the codec
//! machinery of `bytes.rs`.

use crate::errors::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::object::{flags, protocol, type_of, BinOp, CompareOp, Obj, TypeObject, Value};
use crate::objects::str::{self as pystr, STR_TYPE};
use crate::objects::{args as argcheck, bool_, dict, int, iter, list, singletons, slice, tuple};
use crate::unicode::{self, case, codepoints};

use std::cmp::Ordering;

// =====================================================================================
// Text views and helpers
// =====================================================================================

/// A str payload with the properties the methods need.
#[derive(Clone, Copy)]
struct Text {
    b: &'static [u8],
    ascii: bool,
    utf8: bool,
    len: usize,
}

impl Text {
    #[inline]
    fn of(v: Value) -> Text {
        Text { b: pystr::as_bytes(v), ascii: pystr::is_ascii(v), utf8: pystr::is_utf8(v), len: pystr::char_len(v) }
    }

    /// Byte offset of character index `i` (clamped to the end).
    #[inline]
    fn byte_of(&self, i: usize) -> usize {
        if self.ascii || i == 0 {
            return i.min(self.b.len());
        }
        if i >= self.len {
            return self.b.len();
        }
        char_offset(self.b, i)
    }
}

/// Byte offset of character `n` of a payload.
fn char_offset(b: &[u8], n: usize) -> usize {
    let mut pos = 0;
    let mut k = 0;
    while k < n && pos < b.len() {
        pos += pystr::utf8_width(b[pos]);
        k += 1;
    }
    pos
}

/// Start of the character that ends just before byte `pos`.
#[inline]
fn prev_char_start(b: &[u8], pos: usize) -> usize {
    let mut p = pos - 1;
    while p > 0 && (b[p] & 0xc0) == 0x80 {
        p -= 1;
    }
    p
}

/// `&str` view of a payload known to hold no surrogates.
#[inline(always)]
fn utf8_str(b: &[u8]) -> &str {
    debug_assert!(std::str::from_utf8(b).is_ok());
    // SAFETY: callers only pass payloads (or slices of them at character boundaries)
    // whose str has the UTF8 flag, i.e. that are valid UTF-8.
    unsafe { std::str::from_utf8_unchecked(b) }
}

/// ASCII whitespace as `str.isspace` sees it.
#[inline(always)]
fn is_ascii_space(c: u8) -> bool {
    matches!(c, 0x09..=0x0d | 0x1c..=0x20)
}

/// `str.isspace` of one code point.
#[inline(always)]
fn is_space_cp(c: u32) -> bool {
    if c < 0x80 {
        is_ascii_space(c as u8)
    } else {
        unicode::is_space(c)
    }
}

/// CPython's line boundaries (`str.splitlines`).
#[inline(always)]
fn is_linebreak(c: u32) -> bool {
    matches!(c, 0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029)
}

/// The str itself when exact, else an exact copy (`unicode_result_unchanged`).
fn unchanged(v: Value) -> Obj {
    if pystr::is_exact_str(v) {
        Obj::new_ref(v)
    } else {
        pystr::from_payload(pystr::as_bytes(v))
    }
}

/// A substring by byte range; the whole of an exact str is the str itself.
fn substr(v: Value, start: usize, end: usize) -> Obj {
    let b = pystr::as_bytes(v);
    if start == 0 && end == b.len() {
        return unchanged(v);
    }
    pystr::from_payload(&b[start..end])
}

// ----- searching ------------------------------------------------------------------------

/// First occurrence of non-empty `needle` in `hay` (byte offsets).
fn find_bytes(hay: &[u8], needle: &[u8], utf8: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    if utf8 {
        if needle.len() == 1 {
            // `str::find(char)` scans with memchr.
            return utf8_str(hay).find(needle[0] as char);
        }
        return utf8_str(hay).find(utf8_str(needle));
    }
    let first = needle[0];
    let last = hay.len() - needle.len();
    let mut i = 0;
    while i <= last {
        match hay[i..=last].iter().position(|&c| c == first) {
            None => return None,
            Some(k) => {
                let p = i + k;
                if &hay[p..p + needle.len()] == needle {
                    return Some(p);
                }
                i = p + 1;
            }
        }
    }
    None
}

/// Last occurrence of non-empty `needle` in `hay`.
fn rfind_bytes(hay: &[u8], needle: &[u8], utf8: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    if utf8 {
        if needle.len() == 1 {
            return utf8_str(hay).rfind(needle[0] as char);
        }
        return utf8_str(hay).rfind(utf8_str(needle));
    }
    let mut p = hay.len() - needle.len();
    loop {
        if hay[p] == needle[0] && &hay[p..p + needle.len()] == needle {
            return Some(p);
        }
        if p == 0 {
            return None;
        }
        p -= 1;
    }
}

/// Calls `f` with the byte offset of each of the first `max` non-overlapping
/// occurrences of non-empty `needle`, left to right (one searcher for the whole scan).
fn for_each_match(hay: &[u8], needle: &[u8], utf8: bool, max: usize, mut f: impl FnMut(usize)) {
    if max == 0 || needle.len() > hay.len() {
        return;
    }
    if utf8 && needle.len() > 1 {
        for (p, _) in utf8_str(hay).match_indices(utf8_str(needle)).take(max) {
            f(p);
        }
        return;
    }
    let mut i = 0;
    let mut n = 0;
    while n < max {
        match find_bytes(&hay[i..], needle, utf8) {
            Some(p) => {
                f(i + p);
                n += 1;
                i += p + needle.len();
            }
            None => break,
        }
    }
}

/// Non-overlapping occurrences of non-empty `needle`, at most `max`.
fn count_bytes(hay: &[u8], needle: &[u8], utf8: bool, max: usize) -> usize {
    if needle.len() > hay.len() {
        return 0;
    }
    if utf8 {
        if needle.len() == 1 {
            let c = needle[0];
            return hay.iter().filter(|&&x| x == c).count().min(max);
        }
        return utf8_str(hay).matches(utf8_str(needle)).take(max).count();
    }
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_bytes(&hay[i..], needle, false) {
            Some(p) => {
                n += 1;
                i += p + needle.len();
            }
            None => break,
        }
    }
    n
}

// ----- arguments ------------------------------------------------------------------------

/// A str argument, or `TypeError("{what} must be str, not T")` (Argument Clinic's
/// wording when `what` names the argument, `ensure_unicode`'s when it is empty).
fn need_str(v: Value, what: &str) -> PyResult<Value> {
    if pystr::is_str(v) {
        return Ok(v);
    }
    let t = type_of(v).name();
    if what.is_empty() {
        Err(type_error(format!("must be str, not {t}")))
    } else {
        // Argument Clinic names None itself rather than its type.
        let t = if v == singletons::none() { "None" } else { t };
        Err(type_error(format!("{what} must be str, not {t}")))
    }
}

/// `operator.index(v)` as an int object.
fn index_int(v: Value) -> PyResult<Obj> {
    if int::is_int(v) {
        return Ok(Obj::new_ref(v));
    }
    int::index_obj(v)
}

/// A `Py_ssize_t` argument (`__index__`, OverflowError beyond 64 bits).
fn ssize_arg(v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    let i = index_int(v)?;
    int::as_i64(i.value()).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// A C `int` argument (`__index__`, OverflowError beyond 32 bits).
fn cint_arg(v: Value) -> PyResult<i64> {
    let i = index_int(v)?;
    match int::as_i64(i.value()) {
        Some(x) if (i32::MIN as i64..=i32::MAX as i64).contains(&x) => Ok(x),
        _ => Err(overflow_error("Python int too large to convert to C int")),
    }
}

/// `_PyEval_SliceIndex`: None (or absent) gives `default`; out-of-range ints clamp.
fn slice_index(v: Value, default: i64) -> PyResult<i64> {
    if v.is_null() || v == singletons::none() {
        return Ok(default);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    if int::is_int(v) || (v.is_ptr() && type_of(v).slots.index.get().is_some()) {
        let i = index_int(v)?;
        return Ok(match int::as_i64(i.value()) {
            Some(x) => x,
            None => {
                use num_traits::Signed;
                if int::to_big(i.value()).is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
        });
    }
    Err(type_error("slice indices must be integers or None or have an __index__ method"))
}

/// CPython's `ADJUST_INDICES`.
fn adjust_indices(mut start: i64, mut end: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// `sub[, start[, end]]` of `count`/`find`/`index`/`startswith`...
fn parse_finds(fname: &str, args: &[Value], kwnames: Value) -> PyResult<(Value, i64, i64)> {
    argcheck::no_kwargs(&format!("str.{fname}"), kwnames)?;
    if args.is_empty() {
        return Err(type_error(format!("{fname}() takes at least 1 argument (0 given)")));
    }
    if args.len() > 3 {
        return Err(type_error(format!("{fname}() takes at most 3 arguments ({} given)", args.len())));
    }
    let start = slice_index(args.get(1).copied().unwrap_or(Value::NULL), 0)?;
    let end = slice_index(args.get(2).copied().unwrap_or(Value::NULL), i64::MAX)?;
    Ok((args[0], start, end))
}

/// Binds positional-or-keyword parameters with Argument Clinic's messages.
fn bind_params(fname: &str, args: &[Value], kwnames: Value, params: &[&str]) -> PyResult<Vec<Value>> {
    let a = argcheck::Args::new(args, kwnames);
    let total = a.pos.len() + a.kw.len();
    if total > params.len() {
        let s = if params.len() == 1 { "" } else { "s" };
        return Err(type_error(format!("{fname}() takes at most {} argument{s} ({total} given)", params.len())));
    }
    let mut out = vec![Value::NULL; params.len()];
    out[..a.pos.len()].copy_from_slice(a.pos);
    for (k, v) in &a.kw {
        let name = pystr::as_str(*k);
        match params.iter().position(|p| *p == name) {
            Some(i) if i < a.pos.len() => {
                return Err(type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = *v,
            None => return Err(type_error(format!("'{name}' is an invalid keyword argument for {fname}()"))),
        }
    }
    Ok(out)
}

/// An empty buffer with room for `n` bytes, or `MemoryError` (never an abort).
fn buffer(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| crate::errors::memory_error())?;
    Ok(v)
}

/// A new list of strs made from byte ranges of `v`.
fn list_of_ranges(v: Value, ranges: &[(usize, usize)]) -> Obj {
    let items: Vec<Obj> = ranges.iter().map(|&(a, b)| substr(v, a, b)).collect();
    list::new(items)
}

// =====================================================================================
// Slots
// =====================================================================================

/// Code point order of two strs (UTF-8 byte order is code point order, surrogates too).
pub fn compare(a: Value, b: Value) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    pystr::as_bytes(a).cmp(pystr::as_bytes(b))
}

fn str_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::from_string(pystr::repr(v)))
}

fn str_str(v: Value) -> PyResult<Obj> {
    Ok(unchanged(v))
}

fn str_hash(v: Value) -> PyResult<i64> {
    Ok(pystr::hash(v))
}

fn richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !pystr::is_str(a) || !pystr::is_str(b) {
        return Ok(singletons::not_implemented());
    }
    let r = match op {
        CompareOp::Eq => pystr::eq(a, b),
        CompareOp::Ne => !pystr::eq(a, b),
        _ => op.test(compare(a, b)),
    };
    Ok(bool_::from_bool(r))
}

fn str_len(v: Value) -> PyResult<usize> {
    Ok(pystr::char_len(v))
}

/// The one-character str at character index `i` (in range).
fn char_str(t: &Text, i: usize) -> Obj {
    if t.ascii {
        return Obj::new_ref(pystr::single_ascii(t.b[i]));
    }
    let off = char_offset(t.b, i);
    let w = pystr::utf8_width(t.b[off]);
    pystr::from_payload(&t.b[off..off + w])
}

fn getitem(v: Value, key: Value) -> PyResult<Obj> {
    let t = Text::of(v);
    if let Some(i) = int::as_index_opt(key)? {
        let n = t.len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error("string index out of range"));
        }
        return Ok(char_str(&t, j as usize));
    }
    if slice::is_slice(key) {
        let (start, _stop, step, count) = slice::indices(key, t.len)?;
        if count == 0 {
            return Ok(Obj::new_ref(pystr::empty()));
        }
        if step == 1 {
            let a = t.byte_of(start as usize);
            let b = if t.ascii { a + count } else { a + char_offset(&t.b[a..], count) };
            return Ok(substr(v, a, b));
        }
        if t.ascii {
            let out: Vec<u8> = (0..count).map(|k| t.b[(start + k as isize * step) as usize]).collect();
            return Ok(pystr::from_payload(&out));
        }
        // Byte offsets of every character, then pick.
        let mut offs = Vec::with_capacity(t.len + 1);
        let mut p = 0;
        while p < t.b.len() {
            offs.push(p);
            p += pystr::utf8_width(t.b[p]);
        }
        offs.push(p);
        let mut out = Vec::with_capacity(count * 2);
        for k in 0..count {
            let i = (start + k as isize * step) as usize;
            out.extend_from_slice(&t.b[offs[i]..offs[i + 1]]);
        }
        return Ok(pystr::from_payload(&out));
    }
    Err(type_error(format!("string indices must be integers, not '{}'", type_of(key).name())))
}

fn contains(v: Value, x: Value) -> PyResult<bool> {
    if !pystr::is_str(x) {
        return Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_of(x).name())));
    }
    let needle = pystr::as_bytes(x);
    if needle.is_empty() {
        return Ok(true);
    }
    let hay = pystr::as_bytes(v);
    Ok(find_bytes(hay, needle, pystr::is_utf8(v) && pystr::is_utf8(x)).is_some())
}

fn str_iter(v: Value) -> PyResult<Obj> {
    Ok(iter::new_seq_iter(v))
}

/// True when `v`'s type is a class that defines the binary operator itself (so its
/// reflected method deserves a chance before the sequence error).
fn user_defines(v: Value, op: BinOp) -> bool {
    let t = type_of(v);
    t.has_flag(flags::HEAPTYPE) && t.slots.binary[op as usize].get().is_some()
}

fn add(a: Value, b: Value) -> PyResult<Obj> {
    if !pystr::is_str(a) {
        return Ok(singletons::not_implemented());
    }
    if !pystr::is_str(b) {
        if user_defines(b, BinOp::Add) {
            return Ok(singletons::not_implemented());
        }
        return Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_of(b).name())));
    }
    if pystr::is_exact_str(a) && pystr::is_exact_str(b) {
        return Ok(pystr::concat(a, b));
    }
    let (x, y) = (pystr::as_bytes(a), pystr::as_bytes(b));
    let mut buf = Vec::with_capacity(x.len() + y.len());
    buf.extend_from_slice(x);
    buf.extend_from_slice(y);
    Ok(pystr::from_payload(&buf))
}

/// `s * n` / `n * s`.
fn mul(a: Value, b: Value) -> PyResult<Obj> {
    let (s, n) = if pystr::is_str(a) { (a, b) } else { (b, a) };
    if !pystr::is_str(s) {
        return Ok(singletons::not_implemented());
    }
    let is_index = int::is_int(n) || (n.is_ptr() && type_of(n).slots.index.get().is_some());
    if !is_index {
        // The operator machinery tries the other side, then reports CPython's
        // "can't multiply sequence by non-int" naming the right operand.
        return Ok(singletons::not_implemented());
    }
    let i = index_int(n)?;
    let count = int::as_i64(i.value()).ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))?;
    repeat(s, count)
}

fn repeat(s: Value, count: i64) -> PyResult<Obj> {
    let b = pystr::as_bytes(s);
    if count <= 0 || b.is_empty() {
        return Ok(Obj::new_ref(pystr::empty()));
    }
    if count == 1 {
        return Ok(unchanged(s));
    }
    let nchars = pystr::char_len(s) as u64;
    if nchars.checked_mul(count as u64).is_none_or(|t| t > i64::MAX as u64) {
        return Err(overflow_error("repeated string is too long"));
    }
    let total = (b.len() as u64).checked_mul(count as u64).filter(|&t| t <= isize::MAX as u64 / 2);
    let Some(total) = total else {
        return Err(crate::errors::memory_error());
    };
    let mut out = crate::errors::vec_with_capacity(total as usize)?;
    if b.len() == 1 {
        out.resize(total as usize, b[0]);
    } else {
        out.extend_from_slice(b);
        while out.len() < total as usize {
            let n = out.len().min(total as usize - out.len());
            out.extend_from_within(..n);
        }
    }
    Ok(pystr::from_payload(&out))
}

fn modulo(a: Value, b: Value) -> PyResult<Obj> {
    if !pystr::is_str(a) {
        return Ok(singletons::not_implemented());
    }
    crate::format::percent_format(a, b)
}

/// A str-subclass instance of type `ty` holding the text of `src`.
///
/// The layout is `str.rs`'s (`PyStr` fields, payload inline right after them, NUL
/// terminated), which `str.rs`'s accessors and deallocator assume for every instance.
/// Known limitation: `str.rs` reads the payload at a fixed offset, so a subclass whose
/// instances carry an attribute store (`type.attrs_offset != 0`) cannot keep one next to
/// the payload; that needs a payload offset per type in `str.rs` (as `bytes.rs` has).
pub fn new_subtype_instance(ty: &TypeObject, src: Value) -> Obj {
    pystr::new_subtype(ty, src)
}

/// `str(object='', encoding='utf-8', errors='strict')`.
fn str_new(ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = bind_params("str", args, kwnames, &["object", "encoding", "errors"])?;
    let (x, enc, errs) = (a[0], a[1], a[2]);
    if !enc.is_null() {
        need_str(enc, "str() argument 'encoding'")?;
    }
    if !errs.is_null() {
        need_str(errs, "str() argument 'errors'")?;
    }
    let value = if x.is_null() {
        Obj::new_ref(pystr::empty())
    } else if enc.is_null() && errs.is_null() {
        protocol::str(x)?
    } else {
        if pystr::is_str(x) {
            return Err(type_error("decoding str is not supported"));
        }
        let Some(data) = crate::objects::bytes::as_bytes_opt(x) else {
            return Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_of(x).name()
            )));
        };
        let e = if enc.is_null() { "utf-8" } else { pystr::as_str(enc) };
        let r = if errs.is_null() { "strict" } else { pystr::as_str(errs) };
        crate::objects::bytes::decode_to_str(data, e, r)?
    };
    if std::ptr::eq(ty, &STR_TYPE.0) {
        return Ok(value);
    }
    Ok(new_subtype_instance(ty, value.value()))
}

// =====================================================================================
// Case mapping
// =====================================================================================

/// Appends the characters of a mapping to a payload.
#[inline]
fn push_mapped(out: &mut Vec<u8>, m: case::Mapped) {
    for &c in m.as_slice() {
        codepoints::push(out, c);
    }
}

/// CPython's `handle_capital_sigma`: U+03A3 at byte `pos` lowers to final sigma when a
/// cased letter precedes it and none follows (case-ignorable characters skipped).
fn lower_sigma(b: &[u8], pos: usize) -> u32 {
    let mut j = pos;
    let mut prev = None;
    while j > 0 {
        let s = prev_char_start(b, j);
        let (c, _) = codepoints::decode_at(b, s);
        if !case::is_case_ignorable(c) {
            prev = Some(c);
            break;
        }
        j = s;
    }
    let mut final_sigma = prev.is_some_and(case::is_cased);
    let after = pos + 2; // U+03A3 is two bytes
    if final_sigma && after < b.len() {
        let mut j = after;
        let mut next = None;
        while j < b.len() {
            let (c, w) = codepoints::decode_at(b, j);
            if !case::is_case_ignorable(c) {
                next = Some(c);
                break;
            }
            j += w;
        }
        final_sigma = next.is_none_or(|c| !case::is_cased(c));
    }
    if final_sigma {
        0x3c2
    } else {
        0x3c3
    }
}

/// `lower_ucs4`: the lower-case mapping of the character at byte `pos`.
#[inline]
fn lower_at(b: &[u8], pos: usize, c: u32) -> case::Mapped {
    if c == 0x3a3 {
        return case::Mapped::one(lower_sigma(b, pos));
    }
    case::lower(c)
}

/// Maps every character of a non-ASCII payload: `f(payload, byte position, char)`.
fn map_chars(b: &[u8], mut f: impl FnMut(&[u8], usize, u32) -> case::Mapped) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + 8);
    let mut pos = 0;
    while pos < b.len() {
        let c0 = b[pos];
        if c0 < 0x80 {
            let m = f(b, pos, c0 as u32);
            push_mapped(&mut out, m);
            pos += 1;
            continue;
        }
        let (c, w) = codepoints::decode_at(b, pos);
        push_mapped(&mut out, f(b, pos, c));
        pos += w;
    }
    out
}

fn m_lower(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.lower", args, kw, 0)?;
    let t = Text::of(this);
    if t.ascii {
        return Ok(pystr::from_payload(&t.b.to_ascii_lowercase()));
    }
    Ok(pystr::from_payload(&map_chars(t.b, lower_at)))
}

fn m_upper(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.upper", args, kw, 0)?;
    let t = Text::of(this);
    if t.ascii {
        return Ok(pystr::from_payload(&t.b.to_ascii_uppercase()));
    }
    Ok(pystr::from_payload(&map_chars(t.b, |_, _, c| case::upper(c))))
}

fn m_casefold(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.casefold", args, kw, 0)?;
    let t = Text::of(this);
    if t.ascii {
        return Ok(pystr::from_payload(&t.b.to_ascii_lowercase()));
    }
    Ok(pystr::from_payload(&map_chars(t.b, |_, _, c| case::fold(c))))
}

fn m_swapcase(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.swapcase", args, kw, 0)?;
    let t = Text::of(this);
    if t.ascii {
        let out: Vec<u8> = t
            .b
            .iter()
            .map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect();
        return Ok(pystr::from_payload(&out));
    }
    Ok(pystr::from_payload(&map_chars(t.b, |b, pos, c| {
        if unicode::is_upper(c) {
            lower_at(b, pos, c)
        } else if unicode::is_lower(c) {
            case::upper(c)
        } else {
            case::Mapped::one(c)
        }
    })))
}

fn m_title(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.title", args, kw, 0)?;
    let t = Text::of(this);
    let mut prev_cased = false;
    if t.ascii {
        let out: Vec<u8> = t
            .b
            .iter()
            .map(|&c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect();
        return Ok(pystr::from_payload(&out));
    }
    Ok(pystr::from_payload(&map_chars(t.b, |b, pos, c| {
        let m = if prev_cased { lower_at(b, pos, c) } else { case::title(c) };
        prev_cased = case::is_cased(c);
        m
    })))
}

fn m_capitalize(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.capitalize", args, kw, 0)?;
    let t = Text::of(this);
    if t.b.is_empty() {
        return Ok(unchanged(this));
    }
    if t.ascii {
        let mut out = t.b.to_ascii_lowercase();
        out[0] = out[0].to_ascii_uppercase();
        return Ok(pystr::from_payload(&out));
    }
    Ok(pystr::from_payload(&map_chars(t.b, |b, pos, c| if pos == 0 { case::title(c) } else { lower_at(b, pos, c) })))
}

// =====================================================================================
// Predicates
// =====================================================================================

/// True when the text is non-empty and every character satisfies the predicate.
fn all_chars(v: Value, ascii_pred: impl Fn(u8) -> bool, pred: impl Fn(u32) -> bool) -> bool {
    let t = Text::of(v);
    if t.b.is_empty() {
        return false;
    }
    if t.ascii {
        return t.b.iter().all(|&c| ascii_pred(c));
    }
    codepoints::iter(t.b).all(pred)
}

macro_rules! predicate {
    ($fname:ident, $pyname:literal, $ascii:expr, $pred:expr) => {
        fn $fname(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
            argcheck::exact(concat!("str.", $pyname), args, kw, 0)?;
            Ok(bool_::from_bool(all_chars(this, $ascii, $pred)))
        }
    };
}

predicate!(m_isalpha, "isalpha", |c: u8| c.is_ascii_alphabetic(), unicode::is_alpha);
predicate!(m_isalnum, "isalnum", |c: u8| c.is_ascii_alphanumeric(), unicode::is_alnum);
predicate!(m_isdecimal, "isdecimal", |c: u8| c.is_ascii_digit(), unicode::is_decimal);
predicate!(m_isdigit, "isdigit", |c: u8| c.is_ascii_digit(), unicode::is_digit);
predicate!(m_isnumeric, "isnumeric", |c: u8| c.is_ascii_digit(), unicode::is_numeric);
predicate!(m_isspace, "isspace", is_ascii_space, is_space_cp);

fn m_isascii(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.isascii", args, kw, 0)?;
    Ok(bool_::from_bool(pystr::is_ascii(this)))
}

fn m_isprintable(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.isprintable", args, kw, 0)?;
    let t = Text::of(this);
    let r = if t.ascii { t.b.iter().all(|&c| (0x20..0x7f).contains(&c)) } else { codepoints::iter(t.b).all(unicode::is_printable) };
    Ok(bool_::from_bool(r))
}

fn m_isidentifier(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.isidentifier", args, kw, 0)?;
    let b = pystr::as_bytes(this);
    let mut it = codepoints::iter(b);
    let r = match it.next() {
        None => false,
        Some(c) => unicode::is_xid_start(c) && it.all(unicode::is_xid_continue),
    };
    Ok(bool_::from_bool(r))
}

fn m_islower(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.islower", args, kw, 0)?;
    let mut cased = false;
    for c in codepoints::iter(pystr::as_bytes(this)) {
        if unicode::is_upper(c) || unicode::is_titlecase(c) {
            return Ok(bool_::false_());
        }
        if !cased && unicode::is_lower(c) {
            cased = true;
        }
    }
    Ok(bool_::from_bool(cased))
}

fn m_isupper(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.isupper", args, kw, 0)?;
    let mut cased = false;
    for c in codepoints::iter(pystr::as_bytes(this)) {
        if unicode::is_lower(c) || unicode::is_titlecase(c) {
            return Ok(bool_::false_());
        }
        if !cased && unicode::is_upper(c) {
            cased = true;
        }
    }
    Ok(bool_::from_bool(cased))
}

fn m_istitle(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.istitle", args, kw, 0)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in codepoints::iter(pystr::as_bytes(this)) {
        if unicode::is_upper(c) || unicode::is_titlecase(c) {
            if prev_cased {
                return Ok(bool_::false_());
            }
            prev_cased = true;
            cased = true;
        } else if unicode::is_lower(c) {
            if !prev_cased {
                return Ok(bool_::false_());
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(bool_::from_bool(cased))
}

// =====================================================================================
// Searching methods
// =====================================================================================

/// `any_find_slice`: character index of the first/last occurrence in `[start, end)`.
fn find_impl(this: Value, sub: Value, start: i64, end: i64, reverse: bool) -> i64 {
    let t = Text::of(this);
    let n = Text::of(sub);
    let (start, end) = adjust_indices(start, end, t.len);
    if end - start < n.len as i64 {
        return -1;
    }
    if n.len == 0 {
        return if reverse { end } else { start };
    }
    let (bs, be) = (t.byte_of(start as usize), t.byte_of(end as usize));
    let hay = &t.b[bs..be];
    let utf8 = t.utf8 && n.utf8;
    let found = if reverse { rfind_bytes(hay, n.b, utf8) } else { find_bytes(hay, n.b, utf8) };
    match found {
        None => -1,
        Some(p) => (if t.ascii { bs + p } else { start as usize + codepoints::count(&hay[..p]) }) as i64,
    }
}

fn find_common(fname: &str, this: Value, args: &[Value], kw: Value, reverse: bool, raise: bool) -> PyResult<Obj> {
    let (sub, start, end) = parse_finds(fname, args, kw)?;
    need_str(sub, "")?;
    let r = find_impl(this, sub, start, end, reverse);
    if r < 0 && raise {
        return Err(value_error("substring not found"));
    }
    Ok(int::from_i64(r))
}

fn m_find(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    find_common("find", this, args, kw, false, false)
}

fn m_rfind(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    find_common("rfind", this, args, kw, true, false)
}

fn m_index(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    find_common("index", this, args, kw, false, true)
}

fn m_rindex(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    find_common("rindex", this, args, kw, true, true)
}

fn m_count(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (sub, start, end) = parse_finds("count", args, kw)?;
    need_str(sub, "")?;
    let t = Text::of(this);
    let n = Text::of(sub);
    let (start, end) = adjust_indices(start, end, t.len);
    if end - start < n.len as i64 {
        return Ok(Obj::small_int(0));
    }
    if n.len == 0 {
        return Ok(int::from_i64(end - start + 1));
    }
    let (bs, be) = (t.byte_of(start as usize), t.byte_of(end as usize));
    Ok(int::from_i64(count_bytes(&t.b[bs..be], n.b, t.utf8 && n.utf8, usize::MAX) as i64))
}

/// CPython's `tailmatch`: does `sub` match at the start (or end) of `[start, end)`?
fn tailmatch(t: &Text, sub: Value, start: i64, end: i64, at_end: bool) -> bool {
    let n = Text::of(sub);
    let (start, mut end) = adjust_indices(start, end, t.len);
    end -= n.len as i64;
    if end < start {
        return false;
    }
    if n.len == 0 {
        return true;
    }
    let pos = (if at_end { end } else { start }) as usize;
    let bs = t.byte_of(pos);
    t.b.len() - bs >= n.b.len() && &t.b[bs..bs + n.b.len()] == n.b
}

fn starts_ends(fname: &str, this: Value, args: &[Value], kw: Value, at_end: bool) -> PyResult<Obj> {
    let (sub, start, end) = parse_finds(fname, args, kw)?;
    let t = Text::of(this);
    if tuple::is_tuple(sub) {
        for &s in tuple::items(sub) {
            if !pystr::is_str(s) {
                return Err(type_error(format!("tuple for {fname} must only contain str, not {}", type_of(s).name())));
            }
            if tailmatch(&t, s, start, end, at_end) {
                return Ok(bool_::true_());
            }
        }
        return Ok(bool_::false_());
    }
    if !pystr::is_str(sub) {
        return Err(type_error(format!(
            "{fname} first arg must be str or a tuple of str, not {}",
            type_of(sub).name()
        )));
    }
    Ok(bool_::from_bool(tailmatch(&t, sub, start, end, at_end)))
}

fn m_startswith(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    starts_ends("startswith", this, args, kw, false)
}

fn m_endswith(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    starts_ends("endswith", this, args, kw, true)
}

fn m_partition(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.partition", args, kw, 1)?;
    partition_impl(this, args[0], false)
}

fn m_rpartition(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.rpartition", args, kw, 1)?;
    partition_impl(this, args[0], true)
}

fn partition_impl(this: Value, sep: Value, reverse: bool) -> PyResult<Obj> {
    need_str(sep, "")?;
    let t = Text::of(this);
    let s = pystr::as_bytes(sep);
    if s.is_empty() {
        return Err(value_error("empty separator"));
    }
    let utf8 = t.utf8 && pystr::is_utf8(sep);
    let found = if reverse { rfind_bytes(t.b, s, utf8) } else { find_bytes(t.b, s, utf8) };
    let empty = || Obj::new_ref(pystr::empty());
    let parts = match found {
        None if reverse => vec![empty(), empty(), unchanged(this)],
        None => vec![unchanged(this), empty(), empty()],
        Some(p) => vec![substr(this, 0, p), Obj::new_ref(sep), substr(this, p + s.len(), t.b.len())],
    };
    Ok(tuple::from_vec(parts))
}

fn m_removeprefix(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.removeprefix", args, kw, 1)?;
    let p = pystr::as_bytes(need_str(args[0], "removeprefix() argument")?);
    let b = pystr::as_bytes(this);
    if !p.is_empty() && b.starts_with(p) {
        return Ok(substr(this, p.len(), b.len()));
    }
    Ok(unchanged(this))
}

fn m_removesuffix(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.removesuffix", args, kw, 1)?;
    let s = pystr::as_bytes(need_str(args[0], "removesuffix() argument")?);
    let b = pystr::as_bytes(this);
    if !s.is_empty() && b.ends_with(s) {
        return Ok(substr(this, 0, b.len() - s.len()));
    }
    Ok(unchanged(this))
}

// =====================================================================================
// Building new strings
// =====================================================================================

/// The fill character argument of `center`/`ljust`/`rjust`.
fn fill_char(v: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(&f) = v else { return Ok(vec![b' ']) };
    if !pystr::is_str(f) {
        return Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_of(f).name()
        )));
    }
    if pystr::char_len(f) != 1 {
        return Err(type_error("The fill character must be exactly one character long"));
    }
    Ok(pystr::as_bytes(f).to_vec())
}

/// `pad(self, left, right, fill)`.
fn pad(this: Value, left: i64, right: i64, fill: &[u8]) -> PyResult<Obj> {
    let (left, right) = (left.max(0) as usize, right.max(0) as usize);
    if left == 0 && right == 0 {
        return Ok(unchanged(this));
    }
    let b = pystr::as_bytes(this);
    let mut out = buffer(b.len() + (left + right).saturating_mul(fill.len()))?;
    if fill.len() == 1 {
        out.resize(left, fill[0]);
        out.extend_from_slice(b);
        out.resize(out.len() + right, fill[0]);
    } else {
        for _ in 0..left {
            out.extend_from_slice(fill);
        }
        out.extend_from_slice(b);
        for _ in 0..right {
            out.extend_from_slice(fill);
        }
    }
    Ok(pystr::from_payload(&out))
}

fn pad_args(fname: &str, args: &[Value], kw: Value) -> PyResult<(i64, Vec<u8>)> {
    argcheck::no_kwargs(&format!("str.{fname}"), kw)?;
    argcheck::range(fname, args, Value::NULL, 1, 2)?;
    let width = ssize_arg(args[0])?;
    let fill = fill_char(args.get(1))?;
    Ok((width, fill))
}

fn m_center(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (width, fill) = pad_args("center", args, kw)?;
    let len = pystr::char_len(this) as i64;
    if len >= width {
        return Ok(unchanged(this));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(this, left, marg - left, &fill)
}

fn m_ljust(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (width, fill) = pad_args("ljust", args, kw)?;
    let len = pystr::char_len(this) as i64;
    if len >= width {
        return Ok(unchanged(this));
    }
    pad(this, 0, width - len, &fill)
}

fn m_rjust(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (width, fill) = pad_args("rjust", args, kw)?;
    let len = pystr::char_len(this) as i64;
    if len >= width {
        return Ok(unchanged(this));
    }
    pad(this, width - len, 0, &fill)
}

fn m_zfill(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.zfill", args, kw, 1)?;
    let width = ssize_arg(args[0])?;
    let len = pystr::char_len(this) as i64;
    if len >= width {
        return Ok(unchanged(this));
    }
    let fill = (width - len) as usize;
    let b = pystr::as_bytes(this);
    let mut out = buffer(fill + b.len())?;
    out.resize(fill, b'0');
    out.extend_from_slice(b);
    if let Some(&c) = out.get(fill) {
        if c == b'+' || c == b'-' {
            out[0] = c;
            out[fill] = b'0';
        }
    }
    Ok(pystr::from_payload(&out))
}

fn m_expandtabs(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let a = bind_params("expandtabs", args, kw, &["tabsize"])?;
    let tabsize = if a[0].is_null() { 8 } else { cint_arg(a[0])? };
    let b = pystr::as_bytes(this);
    if !b.contains(&b'\t') {
        return Ok(unchanged(this));
    }
    let mut out = Vec::with_capacity(b.len() + 16);
    let mut line_pos: i64 = 0;
    let mut pos = 0;
    while pos < b.len() {
        let c = b[pos];
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos += incr;
                if out.capacity() - out.len() < incr as usize {
                    out.try_reserve(incr as usize).map_err(|_| crate::errors::memory_error())?;
                }
                out.resize(out.len() + incr as usize, b' ');
            }
            pos += 1;
        } else if c < 0x80 {
            out.push(c);
            line_pos += 1;
            if c == b'\n' || c == b'\r' {
                line_pos = 0;
            }
            pos += 1;
        } else {
            let w = pystr::utf8_width(c);
            out.extend_from_slice(&b[pos..pos + w]);
            line_pos += 1;
            pos += w;
        }
    }
    Ok(pystr::from_payload(&out))
}

fn m_join(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.join", args, kw, 1)?;
    let seq = args[0];
    let owned: Vec<Obj>;
    let values: Vec<Value>;
    // No Python code runs while the items are borrowed, so borrowing a list is sound.
    let items: &[Value] = if list::is_exact_list(seq) {
        list::items(seq)
    } else if tuple::is_exact_tuple(seq) {
        tuple::items(seq)
    } else {
        let it = match protocol::get_iter(seq) {
            Ok(it) => it,
            Err(e) if e.matches(crate::objects::exceptions::type_error()) => {
                return Err(type_error("can only join an iterable"));
            }
            Err(e) => return Err(e),
        };
        let mut v = Vec::new();
        while let Some(x) = protocol::next(it.value())? {
            v.push(x);
        }
        owned = v;
        values = owned.iter().map(|o| o.value()).collect();
        &values
    };
    join_values(this, items)
}

fn join_values(sep: Value, items: &[Value]) -> PyResult<Obj> {
    match items.len() {
        0 => return Ok(Obj::new_ref(pystr::empty())),
        1 if pystr::is_exact_str(items[0]) => return Ok(Obj::new_ref(items[0])),
        _ => {}
    }
    let s = pystr::as_bytes(sep);
    let mut total = s.len() * (items.len() - 1);
    for (i, &x) in items.iter().enumerate() {
        if !pystr::is_str(x) {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_of(x).name()
            )));
        }
        total += pystr::as_bytes(x).len();
    }
    let mut out = Vec::with_capacity(total);
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(s);
        }
        out.extend_from_slice(pystr::as_bytes(x));
    }
    Ok(pystr::from_payload(&out))
}

/// `strip`/`lstrip`/`rstrip`: `left`/`right` say which ends.
fn strip_impl(fname: &str, this: Value, args: &[Value], kw: Value, left: bool, right: bool) -> PyResult<Obj> {
    argcheck::no_kwargs(&format!("str.{fname}"), kw)?;
    argcheck::range(fname, args, Value::NULL, 0, 1)?;
    let chars = args.first().copied().filter(|&c| c != singletons::none());
    if let Some(c) = chars {
        if !pystr::is_str(c) {
            return Err(type_error(format!("{fname} arg must be None or str")));
        }
    }
    let t = Text::of(this);
    let b = t.b;
    let (mut i, mut j) = (0usize, b.len());
    match chars {
        None => {
            if t.ascii {
                if left {
                    while i < j && is_ascii_space(b[i]) {
                        i += 1;
                    }
                }
                if right {
                    while j > i && is_ascii_space(b[j - 1]) {
                        j -= 1;
                    }
                }
            } else {
                if left {
                    while i < j {
                        let (c, w) = codepoints::decode_at(b, i);
                        if !is_space_cp(c) {
                            break;
                        }
                        i += w;
                    }
                }
                if right {
                    while j > i {
                        let s = prev_char_start(b, j);
                        if !is_space_cp(codepoints::decode_at(b, s).0) {
                            break;
                        }
                        j = s;
                    }
                }
            }
        }
        Some(c) => {
            let set = pystr::as_bytes(c);
            if set.is_ascii() {
                let mut table = [false; 128];
                for &x in set {
                    table[x as usize] = true;
                }
                // Non-ASCII characters are never in an ASCII set, and their lead bytes
                // (>= 0x80) stop the scan at once.
                if left {
                    while i < j && b[i] < 0x80 && table[b[i] as usize] {
                        i += 1;
                    }
                }
                if right {
                    while j > i && b[j - 1] < 0x80 && table[b[j - 1] as usize] {
                        j -= 1;
                    }
                }
            } else {
                let cps: Vec<u32> = codepoints::iter(set).collect();
                if left {
                    while i < j {
                        let (c, w) = codepoints::decode_at(b, i);
                        if !cps.contains(&c) {
                            break;
                        }
                        i += w;
                    }
                }
                if right {
                    while j > i {
                        let s = prev_char_start(b, j);
                        if !cps.contains(&codepoints::decode_at(b, s).0) {
                            break;
                        }
                        j = s;
                    }
                }
            }
        }
    }
    Ok(substr(this, i, j))
}

fn m_strip(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    strip_impl("strip", this, args, kw, true, true)
}

fn m_lstrip(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    strip_impl("lstrip", this, args, kw, true, false)
}

fn m_rstrip(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    strip_impl("rstrip", this, args, kw, false, true)
}

fn m_replace(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::no_kwargs("str.replace", kw)?;
    argcheck::range("replace", args, Value::NULL, 2, 3)?;
    let old = need_str(args[0], "replace() argument 1")?;
    let new = need_str(args[1], "replace() argument 2")?;
    let count = if args.len() > 2 { ssize_arg(args[2])? } else { -1 };
    let t = Text::of(this);
    let o = pystr::as_bytes(old);
    let n = pystr::as_bytes(new);
    let old_len = pystr::char_len(old);
    if t.len < old_len {
        return Ok(unchanged(this));
    }
    let maxcount = if count < 0 { usize::MAX } else { count as usize };
    if maxcount == 0 || old == new {
        return Ok(unchanged(this));
    }
    let b = t.b;
    if o.is_empty() {
        // Insert `new` before each of the first `maxcount` characters (and at the end).
        let inserts = maxcount.min(t.len + 1);
        let mut out = Vec::with_capacity(b.len() + inserts * n.len());
        let mut pos = 0;
        let mut done = 0;
        while done < inserts {
            out.extend_from_slice(n);
            done += 1;
            if pos < b.len() {
                let w = pystr::utf8_width(b[pos]);
                out.extend_from_slice(&b[pos..pos + w]);
                pos += w;
            }
        }
        out.extend_from_slice(&b[pos..]);
        return Ok(pystr::from_payload(&out));
    }
    let utf8 = t.utf8 && pystr::is_utf8(old);
    if o.len() == 1 && n.len() == 1 && o[0] < 0x80 && n[0] < 0x80 {
        // One ASCII byte for another: a byte map.
        let (x, y) = (o[0], n[0]);
        let Some(first) = b.iter().position(|&c| c == x) else {
            return Ok(unchanged(this));
        };
        let mut out = b.to_vec();
        let mut left = maxcount;
        for c in &mut out[first..] {
            if *c == x {
                *c = y;
                left -= 1;
                if left == 0 {
                    break;
                }
            }
        }
        return Ok(pystr::from_payload(&out));
    }
    let mut out: Vec<u8> = Vec::new();
    let mut pos = 0;
    let mut found = false;
    for_each_match(b, o, utf8, maxcount, |p| {
        if !found {
            found = true;
            out.reserve(b.len() + n.len().saturating_sub(o.len()) * 4);
        }
        out.extend_from_slice(&b[pos..p]);
        out.extend_from_slice(n);
        pos = p + o.len();
    });
    if !found {
        return Ok(unchanged(this));
    }
    out.extend_from_slice(&b[pos..]);
    Ok(pystr::from_payload(&out))
}

// =====================================================================================
// Splitting
// =====================================================================================

fn split_args(fname: &str, args: &[Value], kw: Value) -> PyResult<(Option<Value>, usize)> {
    let a = bind_params(fname, args, kw, &["sep", "maxsplit"])?;
    let maxsplit = if a[1].is_null() { -1 } else { ssize_arg(a[1])? };
    let maxsplit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let sep = if a[0].is_null() || a[0] == singletons::none() {
        None
    } else if pystr::is_str(a[0]) {
        Some(a[0])
    } else {
        return Err(type_error(format!("must be str or None, not {}", type_of(a[0]).name())));
    };
    if let Some(s) = sep {
        if pystr::as_bytes(s).is_empty() {
            return Err(value_error("empty separator"));
        }
    }
    Ok((sep, maxsplit))
}

/// Decodes the character at `pos` (ASCII fast).
#[inline(always)]
fn cp_at(b: &[u8], pos: usize) -> (u32, usize) {
    if b[pos] < 0x80 {
        (b[pos] as u32, 1)
    } else {
        codepoints::decode_at(b, pos)
    }
}

/// `split()` on whitespace runs: byte ranges.
fn split_whitespace(b: &[u8], mut maxcount: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = b.len();
    let mut i = 0;
    while maxcount > 0 {
        maxcount -= 1;
        while i < n {
            let (c, w) = cp_at(b, i);
            if !is_space_cp(c) {
                break;
            }
            i += w;
        }
        if i == n {
            return out;
        }
        let j = i;
        i += cp_at(b, i).1;
        while i < n {
            let (c, w) = cp_at(b, i);
            if is_space_cp(c) {
                break;
            }
            i += w;
        }
        out.push((j, i));
    }
    if i < n {
        while i < n {
            let (c, w) = cp_at(b, i);
            if !is_space_cp(c) {
                break;
            }
            i += w;
        }
        if i != n {
            out.push((i, n));
        }
    }
    out
}

/// `rsplit()` on whitespace runs: byte ranges, left to right.
fn rsplit_whitespace(b: &[u8], mut maxcount: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = b.len(); // exclusive end of the unscanned prefix
    let back = |i: usize| -> (u32, usize) {
        let s = prev_char_start(b, i);
        (cp_at(b, s).0, s)
    };
    while maxcount > 0 {
        maxcount -= 1;
        while i > 0 {
            let (c, s) = back(i);
            if !is_space_cp(c) {
                break;
            }
            i = s;
        }
        if i == 0 {
            break;
        }
        let j = i;
        i = back(i).1;
        while i > 0 {
            let (c, s) = back(i);
            if is_space_cp(c) {
                break;
            }
            i = s;
        }
        out.push((i, j));
    }
    if i > 0 {
        while i > 0 {
            let (c, s) = back(i);
            if !is_space_cp(c) {
                break;
            }
            i = s;
        }
        if i > 0 {
            out.push((0, i));
        }
    }
    out.reverse();
    out
}

fn split_sep(b: &[u8], sep: &[u8], utf8: bool, maxcount: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    for_each_match(b, sep, utf8, maxcount, |p| {
        out.push((i, p));
        i = p + sep.len();
    });
    out.push((i, b.len()));
    out
}

fn rsplit_sep(b: &[u8], sep: &[u8], utf8: bool, mut maxcount: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut j = b.len();
    if utf8 && sep.len() > 1 {
        for (p, _) in utf8_str(b).rmatch_indices(utf8_str(sep)).take(maxcount) {
            out.push((p + sep.len(), j));
            j = p;
        }
        out.push((0, j));
        out.reverse();
        return out;
    }
    while maxcount > 0 {
        match rfind_bytes(&b[..j], sep, utf8) {
            Some(p) => {
                out.push((p + sep.len(), j));
                j = p;
                maxcount -= 1;
            }
            None => break,
        }
    }
    out.push((0, j));
    out.reverse();
    out
}

fn m_split(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (sep, maxsplit) = split_args("split", args, kw)?;
    let t = Text::of(this);
    let ranges = match sep {
        None => split_whitespace(t.b, maxsplit),
        Some(s) => split_sep(t.b, pystr::as_bytes(s), t.utf8 && pystr::is_utf8(s), maxsplit),
    };
    Ok(list_of_ranges(this, &ranges))
}

fn m_rsplit(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (sep, maxsplit) = split_args("rsplit", args, kw)?;
    let t = Text::of(this);
    let ranges = match sep {
        None => rsplit_whitespace(t.b, maxsplit),
        Some(s) => rsplit_sep(t.b, pystr::as_bytes(s), t.utf8 && pystr::is_utf8(s), maxsplit),
    };
    Ok(list_of_ranges(this, &ranges))
}

fn m_splitlines(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let a = bind_params("splitlines", args, kw, &["keepends"])?;
    let keepends = !a[0].is_null() && cint_arg(a[0])? != 0;
    let b = pystr::as_bytes(this);
    let n = b.len();
    let mut ranges = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n {
        // Find a line break.
        let mut brk = 0;
        while i < n {
            let (c, w) = cp_at(b, i);
            if is_linebreak(c) {
                brk = w;
                break;
            }
            i += w;
        }
        let mut eol = i;
        if i < n {
            if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += brk;
            }
            if keepends {
                eol = i;
            }
        }
        ranges.push((j, eol));
        j = i;
    }
    Ok(list_of_ranges(this, &ranges))
}

// =====================================================================================
// translate / maketrans
// =====================================================================================

/// What `table[c]` says about one character.
#[derive(Clone)]
enum Mapping {
    Keep,
    Delete,
    Replace(Vec<u8>),
}

fn translate_lookup(table: Value, c: u32) -> PyResult<Mapping> {
    let key = Obj::small_int(c as i64);
    let r = match protocol::getitem(table, key.value()) {
        Ok(r) => r,
        Err(e) if e.matches(crate::objects::exceptions::lookup_error()) => return Ok(Mapping::Keep),
        Err(e) => return Err(e),
    };
    let x = r.value();
    if x == singletons::none() {
        return Ok(Mapping::Delete);
    }
    if int::is_int(x) {
        let Some(v) = int::as_i64(x) else {
            return Err(overflow_error("Python int too large to convert to C long"));
        };
        if !(0..=0x10ffff).contains(&v) {
            return Err(value_error("character mapping must be in range(0x110000)"));
        }
        let mut buf = Vec::with_capacity(4);
        codepoints::push(&mut buf, v as u32);
        return Ok(Mapping::Replace(buf));
    }
    if pystr::is_str(x) {
        return Ok(Mapping::Replace(pystr::as_bytes(x).to_vec()));
    }
    Err(type_error("character mapping must return integer, None or str"))
}

fn m_translate(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.translate", args, kw, 1)?;
    let table = args[0];
    let b = pystr::as_bytes(this);
    let mut cache: Vec<Option<Mapping>> = vec![None; 128];
    let mut out = Vec::with_capacity(b.len());
    let mut changed = false;
    let mut pos = 0;
    while pos < b.len() {
        let (c, w) = cp_at(b, pos);
        let m = if c < 128 {
            match &cache[c as usize] {
                Some(m) => m.clone(),
                None => {
                    let m = translate_lookup(table, c)?;
                    cache[c as usize] = Some(m.clone());
                    m
                }
            }
        } else {
            translate_lookup(table, c)?
        };
        match m {
            Mapping::Keep => out.extend_from_slice(&b[pos..pos + w]),
            Mapping::Delete => changed = true,
            Mapping::Replace(r) => {
                changed |= r.as_slice() != &b[pos..pos + w];
                out.extend_from_slice(&r);
            }
        }
        pos += w;
    }
    if !changed {
        return Ok(unchanged(this));
    }
    Ok(pystr::from_payload(&out))
}

fn m_maketrans(_cls: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::no_kwargs("str.maketrans", kw)?;
    argcheck::range("maketrans", args, Value::NULL, 1, 3)?;
    let x = args[0];
    let y = args.get(1).copied();
    let z = args.get(2).copied();
    if let Some(y) = y {
        need_str(y, "maketrans() argument 2")?;
    }
    if let Some(z) = z {
        need_str(z, "maketrans() argument 3")?;
    }
    let d = dict::new();
    if let Some(y) = y {
        if !pystr::is_str(x) {
            return Err(type_error("first maketrans argument must be a string if there is a second argument"));
        }
        if pystr::char_len(x) != pystr::char_len(y) {
            return Err(value_error("the first two maketrans arguments must have equal length"));
        }
        for (a, b) in codepoints::iter(pystr::as_bytes(x)).zip(codepoints::iter(pystr::as_bytes(y))) {
            let (k, v) = (Obj::small_int(a as i64), Obj::small_int(b as i64));
            dict::set(d.value(), k.value(), v.value())?;
        }
        if let Some(z) = z {
            for c in codepoints::iter(pystr::as_bytes(z)) {
                let k = Obj::small_int(c as i64);
                dict::set(d.value(), k.value(), singletons::none())?;
            }
        }
    } else {
        if !dict::is_exact_dict(x) {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in dict::items_owned(x) {
            let kv = k.value();
            if pystr::is_str(kv) {
                if pystr::char_len(kv) != 1 {
                    return Err(value_error("string keys in translate table must be of length 1"));
                }
                let nk = Obj::small_int(pystr::char_at(kv, 0) as i64);
                dict::set(d.value(), nk.value(), v.value())?;
            } else if int::is_int(kv) {
                dict::set(d.value(), kv, v.value())?;
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            }
        }
    }
    Ok(d)
}

// =====================================================================================
// encode / format / dunders
// =====================================================================================

fn m_encode(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let a = bind_params("encode", args, kw, &["encoding", "errors"])?;
    let encoding = if a[0].is_null() { "utf-8" } else { pystr::as_str(need_str(a[0], "encode() argument 'encoding'")?) };
    let errors = if a[1].is_null() { "strict" } else { pystr::as_str(need_str(a[1], "encode() argument 'errors'")?) };
    if pystr::is_utf8(this) && matches!(encoding, "utf-8" | "utf8" | "UTF-8" | "utf_8") {
        return Ok(crate::objects::bytes::new(pystr::as_bytes(this)));
    }
    let data = crate::objects::bytes::encode_str(this, encoding, errors)?;
    Ok(crate::objects::bytes::new(&data))
}

fn m_format(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    crate::format::str_format(this, args, kw)
}

fn m_format_map(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.format_map", args, kw, 1)?;
    crate::format::format_map(this, args[0])
}

fn m_dunder_format(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.__format__", args, kw, 1)?;
    let spec = need_str(args[0], "__format__() argument")?;
    crate::format::format_str(this, pystr::as_str(spec))
}

fn m_getnewargs(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.__getnewargs__", args, kw, 0)?;
    let copy = pystr::from_payload(pystr::as_bytes(this));
    Ok(tuple::from_vec(vec![copy]))
}

/// `str.__sizeof__`: CPython 3.11's compact layouts (48-byte header plus one byte per
/// character for ASCII, 72 bytes plus 1, 2 or 4 bytes per character otherwise, with
/// room for a terminating NUL).
fn m_sizeof(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("str.__sizeof__", args, kw, 0)?;
    let t = Text::of(this);
    let size = if t.ascii {
        48 + t.len + 1
    } else {
        let max = codepoints::iter(t.b).max().unwrap_or(0);
        let kind = if max < 0x100 {
            1
        } else if max < 0x10000 {
            2
        } else {
            4
        };
        72 + (t.len + 1) * kind
    };
    Ok(int::from_i64(size as i64))
}

/// Installs the slots and methods of `str` (start-up).
pub fn init_type() {
    let s = &STR_TYPE.slots;
    s.repr.set(Some(str_repr));
    s.str.set(Some(str_str));
    s.hash.set(Some(str_hash));
    s.richcompare.set(Some(richcompare));
    s.len.set(Some(str_len));
    s.getitem.set(Some(getitem));
    s.contains.set(Some(contains));
    s.iter.set(Some(str_iter));
    s.binary[BinOp::Add as usize].set(Some(add));
    s.binary[BinOp::Mul as usize].set(Some(mul));
    s.binary[BinOp::Mod as usize].set(Some(modulo));
    s.new.set(Some(str_new));
    crate::objects::pytype::add_methods(&STR_TYPE, crate::methods![
        "capitalize" => m_capitalize;
        "casefold" => m_casefold;
        "center" => m_center;
        "count" => m_count;
        "encode" => m_encode;
        "endswith" => m_endswith;
        "expandtabs" => m_expandtabs;
        "find" => m_find;
        "format" => m_format;
        "format_map" => m_format_map;
        "index" => m_index;
        "isalnum" => m_isalnum;
        "isalpha" => m_isalpha;
        "isascii" => m_isascii;
        "isdecimal" => m_isdecimal;
        "isdigit" => m_isdigit;
        "isidentifier" => m_isidentifier;
        "islower" => m_islower;
        "isnumeric" => m_isnumeric;
        "isprintable" => m_isprintable;
        "isspace" => m_isspace;
        "istitle" => m_istitle;
        "isupper" => m_isupper;
        "join" => m_join;
        "ljust" => m_ljust;
        "lower" => m_lower;
        "lstrip" => m_lstrip;
        "maketrans" => m_maketrans, static;
        "partition" => m_partition;
        "removeprefix" => m_removeprefix;
        "removesuffix" => m_removesuffix;
        "replace" => m_replace;
        "rfind" => m_rfind;
        "rindex" => m_rindex;
        "rjust" => m_rjust;
        "rpartition" => m_rpartition;
        "rsplit" => m_rsplit;
        "rstrip" => m_rstrip;
        "split" => m_split;
        "splitlines" => m_splitlines;
        "startswith" => m_startswith;
        "strip" => m_strip;
        "swapcase" => m_swapcase;
        "title" => m_title;
        "translate" => m_translate;
        "upper" => m_upper;
        "zfill" => m_zfill;
        "__format__" => m_dunder_format;
        "__getnewargs__" => m_getnewargs;
        "__sizeof__" => m_sizeof;
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges<'a>(b: &'a [u8], r: &[(usize, usize)]) -> Vec<&'a str> {
        r.iter().map(|&(x, y)| std::str::from_utf8(&b[x..y]).unwrap()).collect()
    }

    #[test]
    fn whitespace_splitting_matches_cpython() {
        // ' a  b '.split(), ' a b c '.split(None, 1), ' a b c '.rsplit(None, 1)
        let b = " a  b ".as_bytes();
        assert_eq!(ranges(b, &split_whitespace(b, usize::MAX)), ["a", "b"]);
        let b = " a b c ".as_bytes();
        assert_eq!(ranges(b, &split_whitespace(b, 1)), ["a", "b c "]);
        assert_eq!(ranges(b, &rsplit_whitespace(b, 1)), [" a b", "c"]);
        // ' a b'.split(maxsplit=0), ' a b '.rsplit(maxsplit=0)
        let b = " a b".as_bytes();
        assert_eq!(ranges(b, &split_whitespace(b, 0)), ["a b"]);
        let b = " a b ".as_bytes();
        assert_eq!(ranges(b, &rsplit_whitespace(b, 0)), [" a b"]);
        // '\u3000é\u2028b'.split() == ['é', 'b']
        let b = "\u{3000}é\u{2028}b".as_bytes();
        assert_eq!(ranges(b, &split_whitespace(b, usize::MAX)), ["é", "b"]);
        assert_eq!(ranges(b, &rsplit_whitespace(b, usize::MAX)), ["é", "b"]);
    }

    #[test]
    fn separator_splitting_matches_cpython() {
        // 'a,b,,c'.split(','), 'a,b,c'.rsplit(',', 1), 'aaa'.rsplit('aa'), 'aaa'.split('aa')
        let b = b"a,b,,c";
        assert_eq!(ranges(b, &split_sep(b, b",", true, usize::MAX)), ["a", "b", "", "c"]);
        let b = b"a,b,c";
        assert_eq!(ranges(b, &rsplit_sep(b, b",", true, 1)), ["a,b", "c"]);
        let b = b"aaa";
        assert_eq!(ranges(b, &rsplit_sep(b, b"aa", true, usize::MAX)), ["a", ""]);
        assert_eq!(ranges(b, &split_sep(b, b"aa", false, usize::MAX)), ["", "a"]);
    }

    #[test]
    fn searching_without_utf8_matches_utf8() {
        for (hay, needle) in [("abcabc", "bc"), ("aaaa", "aa"), ("xyz", "q"), ("ééé", "é")] {
            let (h, n) = (hay.as_bytes(), needle.as_bytes());
            assert_eq!(find_bytes(h, n, true), find_bytes(h, n, false));
            assert_eq!(rfind_bytes(h, n, true), rfind_bytes(h, n, false));
            assert_eq!(count_bytes(h, n, true, usize::MAX), count_bytes(h, n, false, usize::MAX));
        }
        // 'aaaa'.count('aa') == 2, 'abcabc'.rfind('bc') == 4
        assert_eq!(count_bytes(b"aaaa", b"aa", false, usize::MAX), 2);
        assert_eq!(rfind_bytes(b"abcabc", b"bc", false), Some(4));
    }

    #[test]
    fn indices_adjust_like_cpython() {
        assert_eq!(adjust_indices(0, i64::MAX, 3), (0, 3));
        assert_eq!(adjust_indices(-10, -1, 3), (0, 2));
        assert_eq!(adjust_indices(5, -10, 3), (5, 0));
    }
}
