//! `bytes`: immutable byte strings (CPython's `Objects/bytesobject.c` and the shared
//! `Objects/bytes_methods.c`), plus the text codecs `bytes.decode`, `bytes(str, enc)` and
//! `str.encode` share, and `bytes % args`.
//!
//! Representation: `PyBytes { ob, hash, len }` followed by the payload, inline in the same
//! allocation and NUL-terminated (like `str.rs`). Instances of Python subclasses carry an
//! attribute store at `type.attrs_offset` (= the fixed header size), so their payload
//! starts after it: at `HEADER + attrs_extra(type)` ([`payload_offset`]). The empty string
//! and the 256 one-byte strings are immortal singletons, as in CPython.
//!
//! Invariants: the payload never changes; `hash` is -1 until computed (it is the same
//! function of the bytes as `str`'s hash of ASCII text, as CPython guarantees).
//!
//! The methods below (`find`, `split`, `upper`, `hex`, `decode`, ...) are written once for
//! any "bytes-like" receiver and are installed on `bytearray` too (`bytearray.rs`): they
//! read the receiver through [`as_bytes_opt`] and build results of the receiver's kind with
//! [`new_like`]. A `bytearray` receiver can change while Python code runs (an argument's
//! `__index__`), so every method parses its arguments first and borrows the data after.

use crate::errors::{index_error, overflow_error, type_error, value_error, PyErr, PyResult};
use crate::object::{alloc_object, decref, flags, free_memory, protocol, type_of, BinOp, CompareOp, GilCell, Obj, ObjHeader, Static, TypeObject, Value, IMMORTAL};
use crate::objects::descr::MethodDef;
use crate::objects::pytype::{self, TYPE_TYPE};
use crate::objects::{args as argcheck, bool_, bytearray, exceptions, int, iter, list, singletons, slice, str as pystr, tuple};
use crate::unicode::codepoints;
use num_traits::Signed;
use std::cell::Cell;

/// The `bytes` object header; the payload follows (see the module docs).
#[repr(C)]
pub struct PyBytes {
    ob: ObjHeader,
    hash: Cell<i64>,
    len: usize,
}

const HEADER: usize = std::mem::size_of::<PyBytes>();

/// The `bytes` type.
pub static BYTES_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &TYPE_TYPE.0,
    "bytes",
    HEADER,
    flags::BASETYPE | flags::BYTES_SUBCLASS,
    dealloc,
));

/// An iterator over bytes or a bytearray (yields ints).
#[repr(C)]
pub struct PyBytesIter {
    ob: ObjHeader,
    /// The sequence (owned), NULL once exhausted.
    seq: Cell<Value>,
    index: Cell<usize>,
}

/// The `bytes_iterator` type.
pub static BYTES_ITER_TYPE: Static<TypeObject> =
    Static(TypeObject::new_static(&TYPE_TYPE.0, "bytes_iterator", std::mem::size_of::<PyBytesIter>(), 0, dealloc_iter));

unsafe fn dealloc(v: Value) {
    let t = type_of(v);
    let size = HEADER + pytype::attrs_extra(t) + raw(v).len + 1;
    pytype::release_instance_attrs(v);
    free_memory(v, size);
}

/// Deallocator shared by `bytes_iterator` and `bytearray_iterator`.
pub(crate) unsafe fn dealloc_iter(v: Value) {
    decref(iter_raw(v).seq.get());
    free_memory(v, std::mem::size_of::<PyBytesIter>());
}

#[inline(always)]
fn raw(v: Value) -> &'static PyBytes {
    // SAFETY: callers pass bytes instances.
    unsafe { &*(v.as_ptr() as *const PyBytes) }
}

#[inline(always)]
fn iter_raw(v: Value) -> &'static PyBytesIter {
    // SAFETY: only called on byte iterators (their slots).
    unsafe { &*(v.as_ptr() as *const PyBytesIter) }
}

/// True for bytes (or subclass) instances.
#[inline(always)]
pub fn is_bytes(v: Value) -> bool {
    v.is_ptr() && type_of(v).has_flag(flags::BYTES_SUBCLASS)
}

/// True for exact bytes.
#[inline(always)]
pub fn is_exact_bytes(v: Value) -> bool {
    v.is_ptr() && crate::object::is_type(v, &BYTES_TYPE.0)
}

/// Where the payload of a bytes instance starts: after the fixed header, and after the
/// attribute store for instances of Python subclasses.
#[inline]
pub fn payload_offset(v: Value) -> usize {
    let t = type_of(v);
    if std::ptr::eq(t, &BYTES_TYPE.0) {
        HEADER
    } else {
        HEADER + pytype::attrs_extra(t)
    }
}

/// The payload of a bytes instance (immutable, valid while the object lives).
#[inline]
pub fn data(v: Value) -> &'static [u8] {
    // SAFETY: `len` payload bytes start at `payload_offset` in the same allocation.
    unsafe { std::slice::from_raw_parts((v.as_ptr() as *const u8).add(payload_offset(v)), raw(v).len) }
}

/// The contents of a bytes or bytearray (or subclass) value, `None` for anything else.
/// A bytearray's slice is only valid until the bytearray changes: no Python code may run
/// while it is held.
#[inline]
pub fn as_bytes_opt(v: Value) -> Option<&'static [u8]> {
    if !v.is_ptr() {
        return None;
    }
    if is_bytes(v) {
        Some(data(v))
    } else if bytearray::is_bytearray(v) {
        Some(bytearray::data(v))
    } else if crate::objects::memoryview::is_memoryview(v) {
        crate::objects::memoryview::contiguous_bytes(v)
    } else {
        None
    }
}

/// A new bytes object of type `ty` (bytes or a subclass) holding `bytes`.
pub fn new_of(ty: &TypeObject, bytes: &[u8]) -> Obj {
    let off = HEADER + pytype::attrs_extra(ty);
    let p = alloc_object(ty, off + bytes.len() + 1) as *mut PyBytes;
    // SAFETY: fresh allocation of `off + len + 1` bytes: header fields, then (for
    // subclasses) the attribute store set up by `init_instance_attrs`, then the payload.
    unsafe {
        std::ptr::addr_of_mut!((*p).hash).write(Cell::new(-1));
        std::ptr::addr_of_mut!((*p).len).write(bytes.len());
        let dst = (p as *mut u8).add(off);
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
        *dst.add(bytes.len()) = 0;
        let o = Obj::from_raw(Value::from_ptr(p));
        pytype::init_instance_attrs(o.value());
        o
    }
}

/// `b''` and the one-byte strings, created on first use and immortal.
static SMALL: GilCell<[Value; 257]> = GilCell::new([Value::NULL; 257]);

/// A new bytes object (the shared singleton for lengths 0 and 1).
pub fn new(bytes: &[u8]) -> Obj {
    if bytes.len() <= 1 {
        let idx = bytes.first().map_or(256, |&b| b as usize);
        // SAFETY: under the GIL; the borrow ends before anything else runs (allocation
        // does not touch the cache).
        let cache = unsafe { SMALL.get_mut() };
        if cache[idx].is_null() {
            let v = new_of(&BYTES_TYPE.0, bytes).into_raw();
            // SAFETY: `v` is a fresh object nobody else references yet.
            unsafe { (*v.as_ptr()).refcnt.set(IMMORTAL) };
            cache[idx] = v;
        }
        return Obj::new_ref(cache[idx]);
    }
    new_of(&BYTES_TYPE.0, bytes)
}

/// A result of the receiver's kind: a bytearray for bytearray receivers, else bytes.
pub(crate) fn new_like(this: Value, bytes: &[u8]) -> Obj {
    if bytearray::is_bytearray(this) {
        bytearray::from_vec(bytes.to_vec())
    } else {
        new(bytes)
    }
}

/// The receiver itself when it is an exact bytes (immutable: sharing is safe), else a
/// fresh result of its kind with the same contents.
fn same(this: Value) -> Obj {
    if is_exact_bytes(this) {
        return Obj::new_ref(this);
    }
    new_like(this, recv(this))
}

/// The receiver's contents (bytes or bytearray).
#[inline]
fn recv(this: Value) -> &'static [u8] {
    as_bytes_opt(this).expect("bytes methods are installed on bytes-like types only")
}

/// `bytes.m` / `bytearray.m`: the name argument errors of one-argument and no-argument
/// methods carry.
pub(crate) fn qualified(this: Value, m: &str) -> String {
    format!("{}.{}", if bytearray::is_bytearray(this) { "bytearray" } else { "bytes" }, m)
}

/// Exactly `n` positional arguments and no keywords, with the qualified method name in
/// the error ("bytes.join() takes exactly one argument (0 given)").
pub(crate) fn exact_q(this: Value, m: &str, args: &[Value], kw: Value, n: usize) -> PyResult<()> {
    if args.len() == n && crate::objects::descr::n_kwnames(kw) == 0 {
        return Ok(());
    }
    argcheck::exact(&qualified(this, m), args, kw, n)
}

// ----- conversions ---------------------------------------------------------------------------

/// `PyNumber_AsSsize_t(v, NULL)`: the integer value of an int or `__index__` object,
/// clamped to the i64 range; `None` when `v` is not an integer at all.
pub(crate) fn as_ssize_clamp(v: Value) -> PyResult<Option<i64>> {
    if v.is_small_int() {
        return Ok(Some(v.as_small_int()));
    }
    let obj = if int::is_int(v) {
        Obj::new_ref(v)
    } else if v.is_ptr() && type_of(v).slots.index.get().is_some() {
        int::index_obj(v)?
    } else {
        return Ok(None);
    };
    Ok(Some(match int::as_i64(obj.value()) {
        Some(i) => i,
        None if int::to_big(obj.value()).is_negative() => i64::MIN,
        None => i64::MAX,
    }))
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: `None` when `v` is not an integer.
pub(crate) fn as_ssize_overflow(v: Value) -> PyResult<Option<i64>> {
    if v.is_small_int() {
        return Ok(Some(v.as_small_int()));
    }
    let obj = if int::is_int(v) {
        Obj::new_ref(v)
    } else if v.is_ptr() && type_of(v).slots.index.get().is_some() {
        int::index_obj(v)?
    } else {
        return Ok(None);
    };
    match int::as_i64(obj.value()) {
        Some(i) => Ok(Some(i)),
        None => Err(overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// An integer argument (`PyNumber_AsSsize_t` with OverflowError "Python int too large to
/// convert to C ssize_t", as Argument Clinic's `Py_ssize_t` converter).
pub(crate) fn ssize_arg(v: Value) -> PyResult<i64> {
    let obj = int::index_obj(v)?;
    int::as_i64(obj.value()).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// One byte from an int-like value, with `msg` as the range error.
pub(crate) fn byte_value(v: Value, msg: &str) -> PyResult<u8> {
    match as_ssize_clamp(v)? {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(value_error(msg)),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_of(v).name()))),
    }
}

/// CPython's `PyBytes_FromObject`: the bytes of a bytes-like object, or of an iterable
/// of ints in range(256). Ints and str are refused ("cannot convert 'int' object to
/// bytes"); `bytes(n)` handles counts itself.
pub fn bytes_from_object(v: Value) -> PyResult<Vec<u8>> {
    from_object_named(v, "bytes", "bytes must be in range(0, 256)")
}

/// [`bytes_from_object`] with the type name and range message of the caller (`bytearray`).
pub(crate) fn from_object_named(v: Value, what: &str, range_msg: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_opt(v) {
        return Ok(b.to_vec());
    }
    if list::is_exact_list(v) || tuple::is_exact_tuple(v) {
        let items: Vec<Obj> = if list::is_exact_list(v) { list::snapshot_owned(v) } else { tuple::items(v).iter().map(|&x| Obj::new_ref(x)).collect() };
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(byte_value(x.value(), range_msg)?);
        }
        return Ok(out);
    }
    if !pystr::is_str(v) {
        match protocol::get_iter(v) {
            Ok(it) => {
                let mut out = Vec::new();
                while let Some(x) = protocol::next(it.value())? {
                    out.push(byte_value(x.value(), range_msg)?);
                }
                return Ok(out);
            }
            Err(e) if e.matches(exceptions::type_error()) => {}
            Err(e) => return Err(e),
        }
    }
    Err(type_error(format!("cannot convert '{}' object to {what}", type_of(v).name())))
}

/// A bytes-like argument, or CPython's "a bytes-like object is required, not 'str'".
pub(crate) fn need_buffer(v: Value) -> PyResult<&'static [u8]> {
    as_bytes_opt(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_of(v).name())))
}

/// An optional str argument (`encoding`, `errors`): "f() argument 'x' must be str, not int".
pub(crate) fn opt_str_arg(fname: &str, what: &str, v: Value) -> PyResult<Option<&'static str>> {
    if v.is_null() {
        return Ok(None);
    }
    if !pystr::is_str(v) {
        return Err(type_error(format!("{fname}() argument '{what}' must be str, not {}", type_of(v).name())));
    }
    Ok(Some(pystr::as_str(v)))
}

// ----- pure algorithms (shared with bytearray) ---------------------------------------------

/// `Py_ISSPACE` for bytes: space, \t, \n, \r, \v, \f.
#[inline]
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// First occurrence of `needle` in `hay`.
pub(crate) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    let first = needle[0];
    let mut i = 0;
    while i <= last {
        let k = hay[i..=last].iter().position(|&b| b == first)?;
        i += k;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Last occurrence of `needle` in `hay`.
pub(crate) fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Non-overlapping occurrences, at most `max`.
pub(crate) fn count_sub(hay: &[u8], needle: &[u8], max: usize) -> usize {
    if needle.is_empty() {
        return (hay.len() + 1).min(max);
    }
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_sub(&hay[i..], needle) {
            Some(p) => {
                n += 1;
                i += p + needle.len();
            }
            None => break,
        }
    }
    n
}

/// CPython's `ADJUST_INDICES`: `start`/`end` arguments (None = whole) clamped to `0..=len`
/// as slice bounds; `start` may stay beyond `len` (then nothing matches).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
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

/// `find`/`rfind` of `needle` in `hay[start:end]`: the index or -1.
pub(crate) fn find_in(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>, reverse: bool) -> i64 {
    let (s, e) = adjust_indices(start, end, hay.len());
    if e - s < needle.len() as i64 {
        return -1;
    }
    let window = &hay[s as usize..e as usize];
    let r = if reverse { rfind_sub(window, needle) } else { find_sub(window, needle) };
    r.map_or(-1, |p| p as i64 + s)
}

/// `count` of `needle` in `hay[start:end]`.
pub(crate) fn count_in(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust_indices(start, end, hay.len());
    if e - s < needle.len() as i64 {
        return 0;
    }
    count_sub(&hay[s as usize..e as usize], needle, usize::MAX) as i64
}

/// `startswith` (`at_end` false) / `endswith` of one candidate (CPython's `tailmatch`).
pub(crate) fn tailmatch(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = hay.len() as i64;
    let slen = sub.len() as i64;
    let (mut s, e) = adjust_indices(start, end, hay.len());
    if !at_end {
        if s > len - slen {
            return false;
        }
    } else {
        if e - s < slen || s > len {
            return false;
        }
        if e - slen > s {
            s = e - slen;
        }
    }
    if e - s < slen {
        return false;
    }
    &hay[s as usize..(s + slen) as usize] == sub
}

/// `split` on whitespace (`sep=None`): piece ranges.
pub(crate) fn split_whitespace(s: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = s.len();
    let mut maxcount = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while maxcount > 0 {
        maxcount -= 1;
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        out.push((j, i));
    }
    if i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i != n {
            out.push((i, n));
        }
    }
    out
}

/// `split(sep)` with a non-empty separator: piece ranges.
pub(crate) fn split_sep(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut maxcount = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while maxcount > 0 {
        maxcount -= 1;
        match find_sub(&s[i..], sep) {
            Some(p) => {
                out.push((i, i + p));
                i = i + p + sep.len();
            }
            None => break,
        }
    }
    out.push((i, s.len()));
    out
}

/// `rsplit` on whitespace: piece ranges, in order.
pub(crate) fn rsplit_whitespace(s: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut maxcount = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = s.len() as i64 - 1;
    while maxcount > 0 {
        maxcount -= 1;
        while i >= 0 && is_space(s[i as usize]) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !is_space(s[i as usize]) {
            i -= 1;
        }
        out.push(((i + 1) as usize, (j + 1) as usize));
    }
    if i >= 0 {
        while i >= 0 && is_space(s[i as usize]) {
            i -= 1;
        }
        if i >= 0 {
            out.push((0, (i + 1) as usize));
        }
    }
    out.reverse();
    out
}

/// `rsplit(sep)` with a non-empty separator: piece ranges, in order.
pub(crate) fn rsplit_sep(s: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut maxcount = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut j = s.len();
    while maxcount > 0 {
        maxcount -= 1;
        match rfind_sub(&s[..j], sep) {
            Some(p) => {
                out.push((p + sep.len(), j));
                j = p;
            }
            None => break,
        }
    }
    out.push((0, j));
    out.reverse();
    out
}

/// `splitlines(keepends)`: piece ranges (`\n`, `\r`, `\r\n`).
pub(crate) fn splitlines(s: &[u8], keepends: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = s.len();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && s[i] != b'\n' && s[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if s[i] == b'\r' && i + 1 < n && s[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push((j, eol));
        j = i;
    }
    out
}

/// `replace(old, new, count)`; `None` when nothing changes.
pub(crate) fn replace(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Option<Vec<u8>> {
    let max = if count < 0 { usize::MAX } else { count as usize };
    if max == 0 {
        return None;
    }
    if old.is_empty() {
        // Insert `new` before every byte and at the end, `max` times at most.
        let n = (s.len() + 1).min(max);
        if new.is_empty() && n > 0 {
            return None;
        }
        let mut out = Vec::with_capacity(s.len() + n * new.len());
        for (k, &b) in s.iter().enumerate() {
            if k < n {
                out.extend_from_slice(new);
            }
            out.push(b);
        }
        if n > s.len() {
            out.extend_from_slice(new);
        }
        return Some(out);
    }
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    let mut done = 0;
    while done < max {
        match find_sub(&s[i..], old) {
            Some(p) => {
                out.extend_from_slice(&s[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    if done == 0 {
        return None;
    }
    out.extend_from_slice(&s[i..]);
    Some(out)
}

/// `center`/`ljust`/`rjust` padding amounts: `(left, right)` for `width`.
pub(crate) fn pad_amounts(len: usize, width: i64, how: u8) -> Option<(usize, usize)> {
    if width <= len as i64 {
        return None;
    }
    let marg = (width - len as i64) as usize;
    Some(match how {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    })
}

/// `zfill(width)`.
pub(crate) fn zfill(s: &[u8], width: i64) -> Option<Vec<u8>> {
    if s.len() as i64 >= width {
        return None;
    }
    let fill = (width - s.len() as i64) as usize;
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(s);
    if out[fill] == b'+' || out[fill] == b'-' {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Some(out)
}

/// `expandtabs(tabsize)`.
pub(crate) fn expandtabs(s: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut col: i64 = 0;
    for &c in s {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - (col % tabsize);
                col += incr;
                out.extend(std::iter::repeat_n(b' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    out
}

/// `title()`.
pub(crate) fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&c| {
            let r = if c.is_ascii_lowercase() {
                if prev_cased { c } else { c.to_ascii_uppercase() }
            } else if c.is_ascii_uppercase() {
                if prev_cased { c.to_ascii_lowercase() } else { c }
            } else {
                c
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

/// `istitle()`.
pub(crate) fn istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in s {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `hex(sep, bytes_per_sep)`: groups counted from the right for positive
/// `bytes_per_sep`, from the left for negative.
pub(crate) fn hex(s: &[u8], sep: Option<u8>, bytes_per_sep: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(s.len() * 3);
    let group = bytes_per_sep.unsigned_abs() as usize;
    for (i, &b) in s.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && group > 0 {
                let boundary = if bytes_per_sep > 0 { (s.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
                if boundary {
                    out.push(sep as char);
                }
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// `bytes.fromhex(text)` over code points: the bytes, or the position of the first
/// character that is not a hex digit where one is needed.
pub(crate) fn fromhex(cps: &[u32]) -> Result<Vec<u8>, usize> {
    let hexval = |c: u32| -> Option<u8> { char::from_u32(c).and_then(|ch| ch.to_digit(16)).filter(|_| c < 0x80).map(|d| d as u8) };
    let mut out = Vec::with_capacity(cps.len() / 2);
    let mut i = 0;
    while i < cps.len() {
        if cps[i] < 0x80 && is_space(cps[i] as u8) {
            i += 1;
            continue;
        }
        let top = hexval(cps[i]).ok_or(i)?;
        i += 1;
        let bot = cps.get(i).copied().and_then(hexval).ok_or(i)?;
        i += 1;
        out.push((top << 4) | bot);
    }
    Ok(out)
}

// ----- slots ---------------------------------------------------------------------------------

fn bytes_repr(v: Value) -> PyResult<Obj> {
    let mut s = String::with_capacity(raw(v).len + 3);
    crate::unicode::repr::repr_bytes_into(&mut s, data(v));
    Ok(pystr::from_string(s))
}

fn bytes_hash(v: Value) -> PyResult<i64> {
    let r = raw(v);
    let h = r.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let h = pystr::hash_bytes(data(v));
    r.hash.set(h);
    Ok(h)
}

fn bytes_len(v: Value) -> PyResult<usize> {
    Ok(raw(v).len)
}

/// Lexicographic comparison of two byte strings.
pub(crate) fn compare_bytes(a: &[u8], b: &[u8], op: CompareOp) -> bool {
    match op {
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        _ => op.test(a.cmp(b)),
    }
}

fn bytes_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_bytes(a) || !is_bytes(b) {
        return Ok(singletons::not_implemented());
    }
    Ok(bool_::from_bool(compare_bytes(data(a), data(b), op)))
}

fn bytes_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::as_index_opt(key)? {
        let d = data(v);
        return match list::normalize_index(i, d.len()) {
            Some(j) => Ok(Obj::small_int(d[j] as i64)),
            None => Err(index_error("index out of range")),
        };
    }
    if slice::is_slice(key) {
        let (start, _stop, step, n) = slice::indices(key, raw(v).len)?;
        let d = data(v);
        if step == 1 {
            if n == d.len() && is_exact_bytes(v) {
                return Ok(Obj::new_ref(v));
            }
            return Ok(new(&d[start as usize..start as usize + n]));
        }
        let picked: Vec<u8> = (0..n).map(|k| d[(start + k as isize * step) as usize]).collect();
        return Ok(new(&picked));
    }
    Err(type_error(format!("byte indices must be integers or slices, not {}", type_of(key).name())))
}

/// `x in b` for bytes and bytearray receivers: an int is one byte, anything else must
/// be bytes-like.
pub(crate) fn contains_impl(this: Value, x: Value) -> PyResult<bool> {
    match as_ssize_clamp(x)? {
        Some(i) => {
            if !(0..256).contains(&i) {
                return Err(value_error("byte must be in range(0, 256)"));
            }
            Ok(recv(this).contains(&(i as u8)))
        }
        None => {
            let needle = need_buffer(x)?.to_vec();
            Ok(find_sub(recv(this), &needle).is_some())
        }
    }
}

/// True when `v`'s type is a class (heap type) with its own binary slot for `op`: then a
/// sequence operation yields NotImplemented so the reflected method runs.
pub(crate) fn defers_to(v: Value, op: BinOp) -> bool {
    let t = type_of(v);
    t.has_flag(flags::HEAPTYPE) && t.slots.binary[op as usize].get().is_some()
}

/// `a + b` for a bytes-like `a` (shared with bytearray): a new value of `a`'s kind.
pub(crate) fn concat_impl(a: Value, b: Value) -> PyResult<Obj> {
    let Some(x) = as_bytes_opt(a) else {
        return Ok(singletons::not_implemented());
    };
    let Some(y) = as_bytes_opt(b) else {
        if defers_to(b, BinOp::Add) {
            return Ok(singletons::not_implemented());
        }
        return Err(type_error(format!("can't concat {} to {}", type_of(b).name(), type_of(a).name())));
    };
    if y.is_empty() && is_exact_bytes(a) {
        return Ok(Obj::new_ref(a));
    }
    if x.is_empty() && is_exact_bytes(b) && !bytearray::is_bytearray(a) {
        return Ok(Obj::new_ref(b));
    }
    let mut out = Vec::with_capacity(x.len() + y.len());
    out.extend_from_slice(x);
    out.extend_from_slice(y);
    Ok(new_like(a, &out))
}

/// The sequence and the count of `a * b` / `b * a` (either order), or the errors of
/// CPython's `sq_repeat` fallback.
pub(crate) fn repeat_operands(a: Value, b: Value, is_seq: fn(Value) -> bool) -> PyResult<Option<(Value, i64)>> {
    let (seq, n) = if is_seq(a) { (a, b) } else { (b, a) };
    match as_ssize_overflow(n)? {
        Some(k) => Ok(Some((seq, k))),
        None => {
            // The caller returns NotImplemented; the operator machinery tries the other
            // side and then reports "can't multiply sequence by non-int".
            Ok(None)
        }
    }
}

/// `data * n` with CPython's limits.
pub(crate) fn repeat_bytes(d: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || d.is_empty() {
        return Ok(Vec::new());
    }
    let total = (d.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(overflow_error("repeated bytes are too long"));
    }
    crate::errors::check_alloc(total)?;
    Ok(d.repeat(n as usize))
}

fn bytes_add(a: Value, b: Value) -> PyResult<Obj> {
    concat_impl(a, b)
}

fn bytes_mul(a: Value, b: Value) -> PyResult<Obj> {
    let Some((seq, n)) = repeat_operands(a, b, is_bytes)? else {
        return Ok(singletons::not_implemented());
    };
    if n == 1 && is_exact_bytes(seq) {
        return Ok(Obj::new_ref(seq));
    }
    Ok(new(&repeat_bytes(data(seq), n)?))
}

fn bytes_mod(a: Value, b: Value) -> PyResult<Obj> {
    if !is_bytes(a) {
        return Ok(singletons::not_implemented());
    }
    let fmt = data(a).to_vec();
    Ok(new(&percent_format(&fmt, b)?))
}

fn bytes_contains(v: Value, x: Value) -> PyResult<bool> {
    contains_impl(v, x)
}

/// A new iterator of type `ty` over `seq` (bytes or bytearray).
pub(crate) fn new_iter_of(ty: &TypeObject, seq: Value) -> Obj {
    let p = alloc_object(ty, std::mem::size_of::<PyBytesIter>()) as *mut PyBytesIter;
    // SAFETY: fresh allocation of the right size; a new reference to `seq` moves in.
    unsafe {
        std::ptr::addr_of_mut!((*p).seq).write(Cell::new(Obj::new_ref(seq).into_raw()));
        std::ptr::addr_of_mut!((*p).index).write(Cell::new(0));
        Obj::from_raw(Value::from_ptr(p))
    }
}

fn bytes_iter(v: Value) -> PyResult<Obj> {
    Ok(new_iter_of(&BYTES_ITER_TYPE.0, v))
}

/// `__next__` of byte iterators (reads the sequence each time: bytearrays may change).
pub(crate) fn iter_next(v: Value) -> PyResult<Option<Obj>> {
    let it = iter_raw(v);
    let seq = it.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let d = recv(seq);
    let i = it.index.get();
    if i < d.len() {
        it.index.set(i + 1);
        return Ok(Some(Obj::small_int(d[i] as i64)));
    }
    it.seq.set(Value::NULL);
    decref(seq);
    Ok(None)
}

/// `__iter__` of iterators.
pub(crate) fn iter_self(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(v))
}

/// `__length_hint__` of byte iterators.
pub(crate) fn iter_length_hint(this: Value, _a: &[Value], _k: Value) -> PyResult<Obj> {
    let it = iter_raw(this);
    let seq = it.seq.get();
    let n = if seq.is_null() { 0 } else { recv(seq).len().saturating_sub(it.index.get()) };
    Ok(Obj::small_int(n as i64))
}

/// `bytes(source=b'', encoding=None, errors=None)`.
fn bytes_new(ty: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let a = argcheck::bind("bytes", args, kwnames, &["source", "encoding", "errors"], 0)?;
    let (x, enc, errs) = (a[0], a[1], a[2]);
    let encoding = opt_str_arg("bytes", "encoding", enc)?;
    let errors = opt_str_arg("bytes", "errors", errs)?;
    let exact = std::ptr::eq(ty, &BYTES_TYPE.0);
    let finish = |b: Vec<u8>| -> Obj {
        if exact {
            new(&b)
        } else {
            new_of(ty, &b)
        }
    };
    if x.is_null() {
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(finish(Vec::new()));
    }
    if let Some(encoding) = encoding {
        if !pystr::is_str(x) {
            return Err(type_error("encoding without a string argument"));
        }
        return Ok(finish(encode_str(x, encoding, errors.unwrap_or("strict"))?));
    }
    if errors.is_some() {
        return Err(type_error(if pystr::is_str(x) { "string argument without an encoding" } else { "errors without a string argument" }));
    }
    if exact && is_exact_bytes(x) {
        return Ok(Obj::new_ref(x));
    }
    if let Some(f) = protocol::lookup_special(x, "__bytes__")? {
        let r = crate::interp::call::call(f.value(), &[], Value::NULL)?;
        if !is_bytes(r.value()) {
            return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_of(r.value()).name())));
        }
        if exact {
            return Ok(r);
        }
        return Ok(new_of(ty, data(r.value())));
    }
    if pystr::is_str(x) {
        return Err(type_error("string argument without an encoding"));
    }
    if int::is_int(x) || (x.is_ptr() && type_of(x).slots.index.get().is_some()) {
        match as_ssize_overflow(x) {
            Ok(Some(n)) => {
                if n < 0 {
                    return Err(value_error("negative count"));
                }
                if n > 1 << 40 {
                    return Err(crate::errors::memory_error());
                }
                return Ok(finish(vec![0; n as usize]));
            }
            Ok(None) => {}
            Err(e) if e.matches(exceptions::type_error()) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(finish(bytes_from_object(x)?))
}

// ----- methods shared with bytearray ---------------------------------------------------------

/// An optional slice bound (`None`/missing = default), with CPython's clamping.
fn bound(v: Value) -> PyResult<Option<i64>> {
    if v.is_null() || v == singletons::none() {
        return Ok(None);
    }
    Ok(Some(slice::index_value(v)? as i64))
}

/// Checks an old-style `f(a[, b[, c]])` argument count ("find() takes at least 1
/// argument (0 given)").
fn old_style_args(fname: &str, args: &[Value], kw: Value, min: usize, max: usize) -> PyResult<()> {
    if crate::objects::descr::n_kwnames(kw) > 0 {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min {
        return Err(type_error(format!("{fname}() takes at least {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })));
    }
    if n > max {
        return Err(type_error(format!("{fname}() takes at most {max} argument{} ({n} given)", if max == 1 { "" } else { "s" })));
    }
    Ok(())
}

/// The needle of find/count/index: one byte (an int) or a bytes-like value, copied.
fn needle_arg(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_opt(v) {
        return Ok(b.to_vec());
    }
    match as_ssize_clamp(v)? {
        Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_of(v).name()))),
    }
}

/// Parses `(sub[, start[, end]])`.
fn find_args(fname: &str, args: &[Value], kw: Value) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    old_style_args(fname, args, kw, 1, 3)?;
    let start = bound(args.get(1).copied().unwrap_or(Value::NULL))?;
    let end = bound(args.get(2).copied().unwrap_or(Value::NULL))?;
    let needle = needle_arg(args[0])?;
    Ok((needle, start, end))
}

fn m_find(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (n, s, e) = find_args("find", args, kw)?;
    Ok(int::from_i64(find_in(recv(this), &n, s, e, false)))
}

fn m_rfind(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (n, s, e) = find_args("rfind", args, kw)?;
    Ok(int::from_i64(find_in(recv(this), &n, s, e, true)))
}

fn m_index(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (n, s, e) = find_args("index", args, kw)?;
    match find_in(recv(this), &n, s, e, false) {
        -1 => Err(value_error("subsection not found")),
        i => Ok(int::from_i64(i)),
    }
}

fn m_rindex(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (n, s, e) = find_args("rindex", args, kw)?;
    match find_in(recv(this), &n, s, e, true) {
        -1 => Err(value_error("subsection not found")),
        i => Ok(int::from_i64(i)),
    }
}

fn m_count(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (n, s, e) = find_args("count", args, kw)?;
    Ok(int::from_i64(count_in(recv(this), &n, s, e)))
}

fn tail_method(fname: &str, this: Value, args: &[Value], kw: Value, at_end: bool) -> PyResult<Obj> {
    old_style_args(fname, args, kw, 1, 3)?;
    let start = bound(args.get(1).copied().unwrap_or(Value::NULL))?;
    let end = bound(args.get(2).copied().unwrap_or(Value::NULL))?;
    let subs: Vec<Vec<u8>> = if tuple::is_tuple(args[0]) {
        tuple::items(args[0]).iter().map(|&x| need_buffer(x).map(|b| b.to_vec())).collect::<PyResult<_>>()?
    } else {
        match as_bytes_opt(args[0]) {
            Some(b) => vec![b.to_vec()],
            None => {
                return Err(type_error(format!(
                    "{fname} first arg must be bytes or a tuple of bytes, not {}",
                    type_of(args[0]).name()
                )))
            }
        }
    };
    let hay = recv(this);
    Ok(bool_::from_bool(subs.iter().any(|s| tailmatch(hay, s, start, end, at_end))))
}

fn m_startswith(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    tail_method("startswith", this, args, kw, false)
}

fn m_endswith(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    tail_method("endswith", this, args, kw, true)
}

/// Builds the list of pieces `ranges` of the receiver.
fn pieces(this: Value, ranges: &[(usize, usize)]) -> Obj {
    let d = recv(this);
    let items: Vec<Obj> = ranges
        .iter()
        .map(|&(a, b)| if a == 0 && b == d.len() { same(this) } else { new_like(this, &d[a..b]) })
        .collect();
    list::new(items)
}

fn split_args(fname: &str, args: &[Value], kw: Value) -> PyResult<(Option<Vec<u8>>, i64)> {
    let a = argcheck::bind(fname, args, kw, &["sep", "maxsplit"], 0)?;
    let maxsplit = if a[1].is_null() { -1 } else { ssize_arg(a[1])? };
    let sep = if a[0].is_null() || a[0] == singletons::none() {
        None
    } else {
        let s = need_buffer(a[0])?.to_vec();
        if s.is_empty() {
            return Err(value_error("empty separator"));
        }
        Some(s)
    };
    Ok((sep, maxsplit))
}

fn m_split(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (sep, maxsplit) = split_args("split", args, kw)?;
    let d = recv(this);
    let r = match &sep {
        None => split_whitespace(d, maxsplit),
        Some(s) => split_sep(d, s, maxsplit),
    };
    Ok(pieces(this, &r))
}

fn m_rsplit(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let (sep, maxsplit) = split_args("rsplit", args, kw)?;
    let d = recv(this);
    let r = match &sep {
        None => rsplit_whitespace(d, maxsplit),
        Some(s) => rsplit_sep(d, s, maxsplit),
    };
    Ok(pieces(this, &r))
}

fn m_splitlines(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let a = argcheck::bind("splitlines", args, kw, &["keepends"], 0)?;
    let keepends = !a[0].is_null() && int::to_index(a[0], "")? != 0;
    Ok(pieces(this, &splitlines(recv(this), keepends)))
}

fn partition_impl(this: Value, args: &[Value], kw: Value, reverse: bool) -> PyResult<Obj> {
    exact_q(this, if reverse { "rpartition" } else { "partition" }, args, kw, 1)?;
    let sep_obj = args[0];
    let sep = need_buffer(sep_obj)?.to_vec();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let d = recv(this);
    let ba = bytearray::is_bytearray(this);
    let sep_out = || if ba { bytearray::from_vec(sep.clone()) } else { Obj::new_ref(sep_obj) };
    let found = if reverse { rfind_sub(d, &sep) } else { find_sub(d, &sep) };
    let parts = match found {
        Some(p) => vec![new_like(this, &d[..p]), sep_out(), new_like(this, &d[p + sep.len()..])],
        None if reverse => vec![new_like(this, b""), new_like(this, b""), same(this)],
        None => vec![same(this), new_like(this, b""), new_like(this, b"")],
    };
    Ok(tuple::from_vec(parts))
}

fn m_partition(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    partition_impl(this, args, kw, false)
}

fn m_rpartition(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    partition_impl(this, args, kw, true)
}

fn m_join(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "join", args, kw, 1)?;
    let items = iter::collect(args[0])?;
    if items.len() == 1 && is_exact_bytes(this) && is_exact_bytes(items[0].value()) {
        return Ok(items[0].clone());
    }
    for (i, x) in items.iter().enumerate() {
        if as_bytes_opt(x.value()).is_none() {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_of(x.value()).name()
            )));
        }
    }
    let sep = recv(this);
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(recv(x.value()));
    }
    Ok(new_like(this, &out))
}

fn strip_impl(fname: &str, this: Value, args: &[Value], kw: Value, left: bool, right: bool) -> PyResult<Obj> {
    argcheck::range(fname, args, kw, 0, 1)?;
    let chars: Option<Vec<u8>> = match args.first() {
        None => None,
        Some(&v) if v == singletons::none() => None,
        Some(&v) => Some(need_buffer(v)?.to_vec()),
    };
    let d = recv(this);
    let strip = |b: u8| match &chars {
        None => is_space(b),
        Some(c) => c.contains(&b),
    };
    let mut i = 0;
    let mut j = d.len();
    if left {
        while i < j && strip(d[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(d[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == d.len() {
        return Ok(same(this));
    }
    Ok(new_like(this, &d[i..j]))
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
    argcheck::range("replace", args, kw, 2, 3)?;
    let count = if args.len() > 2 { ssize_arg(args[2])? } else { -1 };
    let old = need_buffer(args[0])?.to_vec();
    let new_ = need_buffer(args[1])?.to_vec();
    match replace(recv(this), &old, &new_, count) {
        Some(v) => Ok(new_like(this, &v)),
        None => Ok(same(this)),
    }
}

fn m_removeprefix(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "removeprefix", args, kw, 1)?;
    let p = need_buffer(args[0])?.to_vec();
    let d = recv(this);
    if !p.is_empty() && d.starts_with(&p) {
        return Ok(new_like(this, &d[p.len()..]));
    }
    Ok(same(this))
}

fn m_removesuffix(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "removesuffix", args, kw, 1)?;
    let p = need_buffer(args[0])?.to_vec();
    let d = recv(this);
    if !p.is_empty() && d.ends_with(&p) {
        return Ok(new_like(this, &d[..d.len() - p.len()]));
    }
    Ok(same(this))
}

fn map_bytes(this: Value, f: impl Fn(u8) -> u8) -> Obj {
    let out: Vec<u8> = recv(this).iter().map(|&b| f(b)).collect();
    new_like(this, &out)
}

fn m_upper(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "upper", args, kw, 0)?;
    Ok(map_bytes(this, |b| b.to_ascii_uppercase()))
}

fn m_lower(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "lower", args, kw, 0)?;
    Ok(map_bytes(this, |b| b.to_ascii_lowercase()))
}

fn m_swapcase(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "swapcase", args, kw, 0)?;
    Ok(map_bytes(this, |b| if b.is_ascii_lowercase() { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }))
}

fn m_capitalize(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "capitalize", args, kw, 0)?;
    let out: Vec<u8> =
        recv(this).iter().enumerate().map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect();
    Ok(new_like(this, &out))
}

fn m_title(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "title", args, kw, 0)?;
    Ok(new_like(this, &title(recv(this))))
}

fn predicate(this: Value, args: &[Value], kw: Value, name: &str, f: fn(u8) -> bool) -> PyResult<Obj> {
    exact_q(this, name, args, kw, 0)?;
    let d = recv(this);
    Ok(bool_::from_bool(!d.is_empty() && d.iter().all(|&b| f(b))))
}

fn m_isalnum(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    predicate(this, args, kw, "isalnum", |b| b.is_ascii_alphanumeric())
}

fn m_isalpha(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    predicate(this, args, kw, "isalpha", |b| b.is_ascii_alphabetic())
}

fn m_isdigit(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    predicate(this, args, kw, "isdigit", |b| b.is_ascii_digit())
}

fn m_isspace(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    predicate(this, args, kw, "isspace", is_space)
}

fn m_isascii(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "isascii", args, kw, 0)?;
    Ok(bool_::from_bool(recv(this).is_ascii()))
}

fn m_islower(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "islower", args, kw, 0)?;
    let d = recv(this);
    Ok(bool_::from_bool(d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase())))
}

fn m_isupper(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "isupper", args, kw, 0)?;
    let d = recv(this);
    Ok(bool_::from_bool(d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase())))
}

fn m_istitle(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "istitle", args, kw, 0)?;
    Ok(bool_::from_bool(istitle(recv(this))))
}

/// The fill byte argument of `center`/`ljust`/`rjust`.
fn fill_arg(fname: &str, v: Value) -> PyResult<u8> {
    match as_bytes_opt(v) {
        Some(b) if b.len() == 1 && (is_bytes(v) || bytearray::is_bytearray(v)) => Ok(b[0]),
        _ => Err(type_error(format!("{fname}() argument 2 must be a byte string of length 1, not {}", type_of(v).name()))),
    }
}

fn justify(fname: &str, how: u8, this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::range(fname, args, kw, 1, 2)?;
    let width = ssize_arg(args[0])?;
    let fill = if args.len() > 1 { fill_arg(fname, args[1])? } else { b' ' };
    let d = recv(this);
    let Some((left, right)) = pad_amounts(d.len(), width, how) else {
        return Ok(same(this));
    };
    let mut out = Vec::with_capacity(d.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(left + d.len() + right, fill);
    Ok(new_like(this, &out))
}

fn m_center(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    justify("center", b'c', this, args, kw)
}

fn m_ljust(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    justify("ljust", b'l', this, args, kw)
}

fn m_rjust(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    justify("rjust", b'r', this, args, kw)
}

fn m_zfill(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "zfill", args, kw, 1)?;
    let width = ssize_arg(args[0])?;
    match zfill(recv(this), width) {
        Some(v) => Ok(new_like(this, &v)),
        None => Ok(same(this)),
    }
}

fn m_expandtabs(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let a = argcheck::bind("expandtabs", args, kw, &["tabsize"], 0)?;
    let tabsize = if a[0].is_null() { 8 } else { ssize_arg(a[0])? };
    Ok(new_like(this, &expandtabs(recv(this), tabsize)))
}

fn m_translate(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let npos = argcheck::npos(args, kw);
    if npos < 1 {
        return Err(type_error(format!("translate() takes at least 1 positional argument ({npos} given)")));
    }
    let a = argcheck::bind("translate", args, kw, &["table", "delete"], 1)?;
    let table: Option<Vec<u8>> = if a[0] == singletons::none() {
        None
    } else {
        let t = need_buffer(a[0])?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t.to_vec())
    };
    let delete: Vec<u8> = if a[1].is_null() { Vec::new() } else { need_buffer(a[1])?.to_vec() };
    let d = recv(this);
    let out: Vec<u8> = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    if table.is_none() && out.len() == d.len() {
        return Ok(same(this));
    }
    Ok(new_like(this, &out))
}

fn m_maketrans(_null: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    argcheck::exact("maketrans", args, kw, 2)?;
    let frm = need_buffer(args[0])?.to_vec();
    let to = need_buffer(args[1])?.to_vec();
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new(&table))
}

fn m_hex(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let a = argcheck::bind("hex", args, kw, &["sep", "bytes_per_sep"], 0)?;
    let sep = if a[0].is_null() {
        None
    } else {
        let (len, first): (usize, Option<u32>) = if pystr::is_str(a[0]) {
            (pystr::char_len(a[0]), codepoints::iter(pystr::as_bytes(a[0])).next())
        } else if let Some(b) = as_bytes_opt(a[0]) {
            (b.len(), b.first().map(|&x| x as u32))
        } else {
            return Err(type_error(format!("object of type '{}' has no len()", type_of(a[0]).name())));
        };
        if len != 1 {
            return Err(value_error("sep must be length 1."));
        }
        let c = first.unwrap_or(0);
        if c >= 0x80 {
            return Err(value_error("sep must be ASCII."));
        }
        Some(c as u8)
    };
    let per = if a[1].is_null() { 1 } else { int::to_index(a[1], "")? };
    Ok(pystr::from_string(hex(recv(this), sep, per)))
}

fn m_fromhex(cls: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let is_ba = pytype::is_type(cls) && pytype::as_type(cls).is_subtype(&bytearray::BYTEARRAY_TYPE.0);
    if args.len() != 1 || crate::objects::descr::n_kwnames(kw) > 0 {
        return argcheck::exact(if is_ba { "bytearray.fromhex" } else { "bytes.fromhex" }, args, kw, 1).map(|_| singletons::none_obj());
    }
    if !pystr::is_str(args[0]) {
        return Err(type_error(format!("fromhex() argument must be str, not {}", type_of(args[0]).name())));
    }
    let cps: Vec<u32> = codepoints::iter(pystr::as_bytes(args[0])).collect();
    let b = fromhex(&cps)
        .map_err(|pos| value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}")))?;
    let r = if is_ba { bytearray::from_vec(b) } else { new(&b) };
    if cls == BYTES_TYPE.as_value() || cls == bytearray::BYTEARRAY_TYPE.as_value() {
        return Ok(r);
    }
    crate::interp::call::call(cls, &[r.value()], Value::NULL)
}

fn m_decode(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    let a = argcheck::bind("decode", args, kw, &["encoding", "errors"], 0)?;
    let encoding = opt_str_arg("decode", "encoding", a[0])?.unwrap_or("utf-8");
    let errors = opt_str_arg("decode", "errors", a[1])?.unwrap_or("strict");
    let d = recv(this).to_vec();
    decode_to_str(&d, encoding, errors)
}

/// Installs the methods bytes and bytearray share on `t` (start-up).
pub(crate) fn add_shared_methods(t: &'static TypeObject) {
    pytype::add_methods(t, SHARED_METHODS);
}

static SHARED_METHODS: &[MethodDef] = crate::methods![
    "find" => m_find;
    "rfind" => m_rfind;
    "index" => m_index;
    "rindex" => m_rindex;
    "count" => m_count;
    "startswith" => m_startswith;
    "endswith" => m_endswith;
    "split" => m_split;
    "rsplit" => m_rsplit;
    "splitlines" => m_splitlines;
    "partition" => m_partition;
    "rpartition" => m_rpartition;
    "join" => m_join;
    "strip" => m_strip;
    "lstrip" => m_lstrip;
    "rstrip" => m_rstrip;
    "replace" => m_replace;
    "removeprefix" => m_removeprefix;
    "removesuffix" => m_removesuffix;
    "upper" => m_upper;
    "lower" => m_lower;
    "swapcase" => m_swapcase;
    "capitalize" => m_capitalize;
    "title" => m_title;
    "isalnum" => m_isalnum;
    "isalpha" => m_isalpha;
    "isascii" => m_isascii;
    "isdigit" => m_isdigit;
    "islower" => m_islower;
    "isspace" => m_isspace;
    "istitle" => m_istitle;
    "isupper" => m_isupper;
    "center" => m_center;
    "ljust" => m_ljust;
    "rjust" => m_rjust;
    "zfill" => m_zfill;
    "expandtabs" => m_expandtabs;
    "translate" => m_translate;
    "maketrans" => m_maketrans, static;
    "hex" => m_hex;
    "fromhex" => m_fromhex, class;
    "decode" => m_decode;
];

// ----- bytes-only methods ------------------------------------------------------------------------

fn m_bytes(this: Value, args: &[Value], kw: Value) -> PyResult<Obj> {
    exact_q(this, "__bytes__", args, kw, 0)?;
    if is_exact_bytes(this) {
        return Ok(Obj::new_ref(this));
    }
    Ok(new(data(this)))
}

fn m_getnewargs(this: Value, _args: &[Value], _kw: Value) -> PyResult<Obj> {
    Ok(tuple::from_vec(vec![new(data(this))]))
}

/// Installs the slots and methods of bytes and bytes_iterator (start-up).
pub fn init_type() {
    let s = &BYTES_TYPE.slots;
    s.repr.set(Some(bytes_repr));
    s.hash.set(Some(bytes_hash));
    s.richcompare.set(Some(bytes_richcompare));
    s.len.set(Some(bytes_len));
    s.getitem.set(Some(bytes_getitem));
    s.contains.set(Some(bytes_contains));
    s.iter.set(Some(bytes_iter));
    s.new.set(Some(bytes_new));
    s.binary[BinOp::Add as usize].set(Some(bytes_add));
    s.binary[BinOp::Mul as usize].set(Some(bytes_mul));
    s.binary[BinOp::Mod as usize].set(Some(bytes_mod));
    add_shared_methods(&BYTES_TYPE);
    pytype::add_methods(&BYTES_TYPE, crate::methods![
        "__bytes__" => m_bytes;
        "__getnewargs__" => m_getnewargs;
    ]);
    BYTES_ITER_TYPE.slots.iter.set(Some(iter_self));
    BYTES_ITER_TYPE.slots.next.set(Some(iter_next));
    pytype::add_methods(&BYTES_ITER_TYPE, crate::methods!["__length_hint__" => iter_length_hint]);
}

// ----- `%` formatting (CPython's `_PyBytes_FormatEx`) ------------------------------------------

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `repr(v)` with non-ASCII characters escaped (`ascii(v)`), as ASCII bytes.
pub(crate) fn ascii_repr(v: Value) -> PyResult<Vec<u8>> {
    let r = protocol::repr(v)?;
    let mut out = Vec::new();
    for c in codepoints::iter(pystr::as_bytes(r.value())) {
        if c < 0x80 {
            out.push(c as u8);
        } else if c < 0x100 {
            out.extend_from_slice(format!("\\x{c:02x}").as_bytes());
        } else if c < 0x10000 {
            out.extend_from_slice(format!("\\u{c:04x}").as_bytes());
        } else {
            out.extend_from_slice(format!("\\U{c:08x}").as_bytes());
        }
    }
    Ok(out)
}

/// The argument list of a `%` operation.
struct FormatArgs {
    args: Obj,
    /// Number of tuple items, or -1 for a single (non-tuple) argument.
    arglen: i64,
    /// Next item; -2 means "the single argument is unused".
    argidx: i64,
}

impl FormatArgs {
    fn next(&mut self) -> PyResult<Obj> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            return Ok(Obj::new_ref(tuple::items(self.args.value())[(self.argidx - 1) as usize]));
        }
        Err(type_error("not enough arguments for format string"))
    }
}

/// `%b`/`%s`: bytes-like, `__bytes__`, or an error.
fn format_obj(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes_opt(v) {
        return Ok(b.to_vec());
    }
    if let Some(f) = protocol::lookup_special(v, "__bytes__")? {
        let r = crate::interp::call::call(f.value(), &[], Value::NULL)?;
        if !is_bytes(r.value()) {
            return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_of(r.value()).name())));
        }
        return Ok(data(r.value()).to_vec());
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_of(v).name()
    )))
}

/// True when `v` is a number for `%d` (CPython's `PyNumber_Check`).
fn is_number(v: Value) -> bool {
    if v.is_small_int() || v.is_immediate_float() {
        return true;
    }
    let s = &type_of(v).slots;
    s.index.get().is_some() || s.int.get().is_some() || s.float.get().is_some() || crate::objects::complex::is_complex(v)
}

/// `%d %i %u %o %x %X`: sign, optional `0x`/`0o` prefix, digits zero-filled to `prec`.
fn format_long(v: Value, flags: u8, prec: i64, c: u8) -> PyResult<Vec<u8>> {
    let need_index = matches!(c, b'o' | b'x' | b'X');
    let what = if need_index { "an integer" } else { "a real number" };
    let err = || type_error(format!("%{} format: {what} is required, not {}", c as char, type_of(v).name()));
    if !is_number(v) {
        return Err(err());
    }
    let conv = if need_index { int::index_obj(v) } else { int::convert(v) };
    let iobj = match conv {
        Ok(i) => i,
        Err(e) if e.matches(exceptions::type_error()) => return Err(err()),
        Err(e) => return Err(e),
    };
    let big = int::to_big(iobj.value());
    let radix = match c {
        b'o' => 8,
        b'x' | b'X' => 16,
        _ => 10,
    };
    let mut digits = big.magnitude().to_str_radix(radix);
    if (prec as usize) > digits.len() && prec > 0 {
        digits = format!("{}{}", "0".repeat(prec as usize - digits.len()), digits);
    }
    let mut out = String::new();
    if big.is_negative() {
        out.push('-');
    }
    if flags & F_ALT != 0 && radix != 10 {
        out.push('0');
        out.push(c as char);
    }
    out.push_str(&digits);
    if c == b'X' {
        out = out.to_ascii_uppercase();
    }
    Ok(out.into_bytes())
}

/// `%e %f %g` (and uppercase): `float(v)` with CPython's `PyOS_double_to_string`.
fn format_float_arg(v: Value, flags: u8, prec: i64, c: u8) -> PyResult<Vec<u8>> {
    let x = match crate::objects::float::convert(v) {
        Ok(x) if !pystr::is_str(v) && as_bytes_opt(v).is_none() => x,
        Ok(_) => return Err(type_error(format!("float argument required, not {}", type_of(v).name()))),
        Err(e) if e.matches(exceptions::type_error()) => {
            return Err(type_error(format!("float argument required, not {}", type_of(v).name())))
        }
        Err(e) => return Err(e),
    };
    let prec = if prec < 0 { 6 } else { prec as usize };
    Ok(crate::objects::complex::format_double(x, c as char, prec, flags & F_ALT != 0).into_bytes())
}

/// `%c`: an int in range(256) or a single byte.
fn byte_converter(v: Value) -> PyResult<u8> {
    if let Some(b) = as_bytes_opt(v) {
        if b.len() == 1 {
            return Ok(b[0]);
        }
    }
    let err = || type_error("%c requires an integer in range(256) or a single byte");
    let i = if int::is_int(v) {
        Obj::new_ref(v)
    } else {
        match int::index_obj(v) {
            Ok(i) => i,
            Err(e) if e.matches(exceptions::type_error()) => return Err(err()),
            Err(e) => return Err(e),
        }
    };
    match int::as_i64(i.value()) {
        Some(x) if (0..=255).contains(&x) => Ok(x as u8),
        _ => Err(overflow_error("%c arg not in range(256)")),
    }
}

/// True when `v` can serve `%(key)s` lookups.
fn is_mapping_arg(v: Value) -> bool {
    v.is_ptr() && type_of(v).slots.getitem.get().is_some() && !tuple::is_tuple(v) && !is_bytes(v) && !pystr::is_str(v)
}

/// `fmt % args` for bytes and bytearray: the formatted bytes.
pub fn percent_format(fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let (arglen, argidx) = if tuple::is_tuple(args) { (tuple::len(args) as i64, 0) } else { (-1, -2) };
    let mut fa = FormatArgs { args: Obj::new_ref(args), arglen, argidx };
    let dict = if is_mapping_arg(args) { Some(Obj::new_ref(args)) } else { None };
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let n = fmt.len();
    let mut i = 0;
    while i < n {
        if fmt[i] != b'%' {
            let j = fmt[i..].iter().position(|&b| b == b'%').map_or(n, |p| i + p);
            out.extend_from_slice(&fmt[i..j]);
            i = j;
            continue;
        }
        i += 1;
        if i < n && fmt[i] == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        // `c` is the current byte, `None` past the end ("incomplete format").
        let at = |k: usize| fmt.get(k).copied();
        if at(i) == Some(b'(') {
            let Some(d) = &dict else {
                return Err(type_error("format requires a mapping"));
            };
            i += 1;
            let keystart = i;
            let mut depth = 1;
            while depth > 0 && i < n {
                if fmt[i] == b')' {
                    depth -= 1;
                } else if fmt[i] == b'(' {
                    depth += 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key = new(&fmt[keystart..i - 1]);
            let v = protocol::getitem(d.value(), key.value())?;
            fa = FormatArgs { args: v, arglen: -1, argidx: -2 };
        }
        let mut flags = 0u8;
        while let Some(c) = at(i) {
            let f = match c {
                b'-' => F_LJUST,
                b'+' => F_SIGN,
                b' ' => F_BLANK,
                b'#' => F_ALT,
                b'0' => F_ZERO,
                _ => break,
            };
            flags |= f;
            i += 1;
        }
        let mut width: i64 = -1;
        if at(i) == Some(b'*') {
            let v = fa.next()?;
            if !int::is_int(v.value()) {
                return Err(type_error("* wants int"));
            }
            width = int::as_i64(v.value()).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
            if width < 0 {
                flags |= F_LJUST;
                width = -width;
            }
            i += 1;
        } else if at(i).is_some_and(|c| c.is_ascii_digit()) {
            width = 0;
            while let Some(c) = at(i).filter(|c| c.is_ascii_digit()) {
                width = width.checked_mul(10).and_then(|w| w.checked_add((c - b'0') as i64)).ok_or_else(|| value_error("width too big"))?;
                i += 1;
            }
        }
        let mut prec: i64 = -1;
        if at(i) == Some(b'.') {
            prec = 0;
            i += 1;
            if at(i) == Some(b'*') {
                let v = fa.next()?;
                if !int::is_int(v.value()) {
                    return Err(type_error("* wants int"));
                }
                prec = int::as_i64(v.value()).filter(|p| *p <= i32::MAX as i64).ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
                if prec < 0 {
                    prec = 0;
                }
                i += 1;
            } else {
                while let Some(c) = at(i).filter(|c| c.is_ascii_digit()) {
                    prec = prec * 10 + (c - b'0') as i64;
                    if prec > i32::MAX as i64 {
                        return Err(value_error("precision too big"));
                    }
                    i += 1;
                }
            }
        }
        if matches!(at(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(c) = at(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        let v = fa.next()?;
        let mut fill = b' ';
        let mut sign = false;
        let body: Vec<u8> = match c {
            b'r' | b'a' => {
                let mut r = ascii_repr(v.value())?;
                if prec >= 0 && r.len() as i64 > prec {
                    r.truncate(prec as usize);
                }
                r
            }
            b's' | b'b' => {
                let mut r = format_obj(v.value())?;
                if prec >= 0 && r.len() as i64 > prec {
                    r.truncate(prec as usize);
                }
                r
            }
            b'i' | b'd' | b'u' | b'o' | b'x' | b'X' => {
                sign = true;
                if flags & F_ZERO != 0 {
                    fill = b'0';
                }
                format_long(v.value(), flags, prec, c)?
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                sign = true;
                if flags & F_ZERO != 0 {
                    fill = b'0';
                }
                format_float_arg(v.value(), flags, prec, c)?
            }
            b'c' => vec![byte_converter(v.value())?],
            _ => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    if c < 0x80 { c as char } else { '?' },
                    c,
                    i - 1
                )))
            }
        };
        pad_field(&mut out, &body, flags, width, fill, sign, c);
        if dict.is_some() && fa.argidx < fa.arglen {
            return Err(type_error("not all arguments converted during bytes formatting"));
        }
    }
    if fa.argidx < fa.arglen && dict.is_none() {
        return Err(type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

/// Writes one converted field with its sign, `0x` prefix and padding (the tail of
/// CPython's `_PyBytes_FormatEx`).
fn pad_field(out: &mut Vec<u8>, body: &[u8], flags: u8, width: i64, fill: u8, numeric: bool, c: u8) {
    let mut p = body;
    let mut sign: Option<u8> = None;
    if numeric {
        if let Some(&s) = p.first().filter(|&&s| s == b'-' || s == b'+') {
            sign = Some(s);
            p = &p[1..];
        } else if flags & F_SIGN != 0 {
            sign = Some(b'+');
        } else if flags & F_BLANK != 0 {
            sign = Some(b' ');
        }
    }
    let mut len = p.len() as i64;
    let mut width = width.max(len);
    if let Some(s) = sign {
        if fill != b' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(c, b'o' | b'x' | b'X');
    if alt_prefix {
        if fill != b' ' {
            out.extend_from_slice(&p[..2]);
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == b' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.extend_from_slice(&p[..2]);
        }
    }
    if alt_prefix {
        p = &p[2..];
    }
    out.extend_from_slice(p);
    if width > len {
        out.extend(std::iter::repeat_n(b' ', (width - len) as usize));
    }
}

// ----- codecs ----------------------------------------------------------------------------------

/// A codec: the builtin ones of `codecs.rs`, plus UTF-16 and UTF-32.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Enc {
    Builtin(crate::codecs::Codec),
    /// UTF-16: `Some(true)` little-endian, `Some(false)` big-endian, `None` with a BOM
    /// (encoding writes a little-endian BOM; decoding follows the BOM, little-endian
    /// without one).
    Utf16(Option<bool>),
    /// UTF-32, with the same convention.
    Utf32(Option<bool>),
}

fn lookup_codec(name: &str) -> PyResult<Enc> {
    if let Some(c) = crate::codecs::lookup(name) {
        return Ok(Enc::Builtin(c));
    }
    let n: String = name.trim().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    Ok(match n.as_str() {
        "utf_16" | "utf16" | "u16" => Enc::Utf16(None),
        "utf_16_le" | "utf_16le" => Enc::Utf16(Some(true)),
        "utf_16_be" | "utf_16be" => Enc::Utf16(Some(false)),
        "utf_32" | "utf32" | "u32" => Enc::Utf32(None),
        "utf_32_le" | "utf_32le" => Enc::Utf32(Some(true)),
        "utf_32_be" | "utf_32be" => Enc::Utf32(Some(false)),
        _ => return Err(PyErr::new(exceptions::lookup_error(), format!("unknown encoding: {name}"))),
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(exceptions::lookup_error(), format!("unknown error handler name '{errors}'"))
}

/// Applies decoding error handler `errors` to `data[start..end]`, appending the
/// replacement (if any) to the str payload `out`.
fn decode_error(errors: &str, enc: &str, data: &[u8], start: usize, end: usize, reason: &str, out: &mut Vec<u8>) -> PyResult<()> {
    match errors {
        "strict" | "surrogatepass" | "xmlcharrefreplace" | "namereplace" => {
            Err(exceptions::new_unicode_decode_error(enc, data, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            codepoints::push(out, 0xfffd);
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                out.extend_from_slice(format!("\\x{b:02x}").as_bytes());
            }
            Ok(())
        }
        "surrogateescape" => {
            if data[start..end].iter().any(|&b| b < 0x80) {
                return Err(exceptions::new_unicode_decode_error(enc, data, start, end, reason));
            }
            for &b in &data[start..end] {
                codepoints::push(out, 0xdc00 + b as u32);
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

/// CPython's UTF-8 decoder with error handlers (into a str payload).
fn decode_utf8_into(data: &[u8], errors: &str, out: &mut Vec<u8>) -> PyResult<()> {
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.extend_from_slice(s.as_bytes());
                return Ok(());
            }
            Err(e) => {
                let start = pos + e.valid_up_to();
                out.extend_from_slice(&data[pos..start]);
                // surrogatepass: ED A0..BF 80..BF is an encoded surrogate.
                if errors == "surrogatepass"
                    && data.len() >= start + 3
                    && data[start] == 0xed
                    && (0xa0..=0xbf).contains(&data[start + 1])
                    && (0x80..=0xbf).contains(&data[start + 2])
                {
                    out.extend_from_slice(&data[start..start + 3]);
                    pos = start + 3;
                    continue;
                }
                let b = data[start];
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => (start + n, if (0x80..0xc2).contains(&b) || b > 0xf4 { "invalid start byte" } else { "invalid continuation byte" }),
                };
                decode_error(errors, "utf-8", data, start, end, reason, out)?;
                pos = end;
            }
        }
    }
}

fn decode_utf16_into(data: &[u8], order: Option<bool>, errors: &str, out: &mut Vec<u8>) -> PyResult<()> {
    let (le, mut pos) = match order {
        Some(le) => (le, 0),
        None if data.starts_with(&[0xff, 0xfe]) => (true, 2),
        None if data.starts_with(&[0xfe, 0xff]) => (false, 2),
        None => (true, 0),
    };
    let enc = if le { "utf-16-le" } else { "utf-16-be" };
    let unit = |i: usize| -> u32 {
        if le {
            u16::from_le_bytes([data[i], data[i + 1]]) as u32
        } else {
            u16::from_be_bytes([data[i], data[i + 1]]) as u32
        }
    };
    while pos < data.len() {
        if data.len() - pos < 2 {
            decode_error(errors, enc, data, pos, data.len(), "truncated data", out)?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            codepoints::push(out, u);
            pos += 2;
        } else if u < 0xdc00 {
            if data.len() - pos < 4 {
                decode_error(errors, enc, data, pos, data.len(), "unexpected end of data", out)?;
                break;
            }
            let u2 = unit(pos + 2);
            if (0xdc00..0xe000).contains(&u2) {
                codepoints::push(out, 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
                pos += 4;
            } else {
                decode_error(errors, enc, data, pos, pos + 2, "illegal UTF-16 surrogate", out)?;
                pos += 2;
            }
        } else {
            decode_error(errors, enc, data, pos, pos + 2, "illegal encoding", out)?;
            pos += 2;
        }
    }
    Ok(())
}

fn decode_utf32_into(data: &[u8], order: Option<bool>, errors: &str, out: &mut Vec<u8>) -> PyResult<()> {
    let (le, mut pos) = match order {
        Some(le) => (le, 0),
        None if data.starts_with(&[0xff, 0xfe, 0, 0]) => (true, 4),
        None if data.starts_with(&[0, 0, 0xfe, 0xff]) => (false, 4),
        None => (true, 0),
    };
    let enc = if le { "utf-32-le" } else { "utf-32-be" };
    while pos < data.len() {
        if data.len() - pos < 4 {
            decode_error(errors, enc, data, pos, data.len(), "truncated data", out)?;
            break;
        }
        let w = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let c = if le { u32::from_le_bytes(w) } else { u32::from_be_bytes(w) };
        if c > 0x10ffff {
            decode_error(errors, enc, data, pos, pos + 4, "code point not in range(0x110000)", out)?;
        } else if (0xd800..0xe000).contains(&c) && errors != "surrogatepass" {
            decode_error(errors, enc, data, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)", out)?;
        } else {
            codepoints::push(out, c);
        }
        pos += 4;
    }
    Ok(())
}

/// Decodes `data` to a `str` with CPython's codec and error-handler behaviour
/// (`bytes.decode`, `str(b, encoding)`).
pub fn decode_to_str(data: &[u8], encoding: &str, errors: &str) -> PyResult<Obj> {
    use crate::codecs::Codec;
    let enc = lookup_codec(encoding)?;
    let mut out = Vec::with_capacity(data.len());
    match enc {
        Enc::Builtin(Codec::Utf8) => {
            if let Ok(s) = std::str::from_utf8(data) {
                return Ok(pystr::new(s));
            }
            decode_utf8_into(data, errors, &mut out)?;
        }
        Enc::Builtin(Codec::Ascii) => {
            let mut pos = 0;
            while pos < data.len() {
                let run = data[pos..].iter().position(|&b| b >= 0x80).unwrap_or(data.len() - pos);
                out.extend_from_slice(&data[pos..pos + run]);
                pos += run;
                if pos < data.len() {
                    decode_error(errors, "ascii", data, pos, pos + 1, "ordinal not in range(128)", &mut out)?;
                    pos += 1;
                }
            }
        }
        Enc::Builtin(Codec::Latin1) => {
            for &b in data {
                codepoints::push(&mut out, b as u32);
            }
        }
        Enc::Builtin(c @ Codec::Table(..)) => {
            for (i, &b) in data.iter().enumerate() {
                match c.decode(&[b]) {
                    Ok(s) => out.extend_from_slice(s.as_bytes()),
                    Err(_) => decode_error(errors, "charmap", data, i, i + 1, "character maps to <undefined>", &mut out)?,
                }
            }
        }
        Enc::Utf16(order) => decode_utf16_into(data, order, errors, &mut out)?,
        Enc::Utf32(order) => decode_utf32_into(data, order, errors, &mut out)?,
    }
    Ok(pystr::from_payload(&out))
}

/// A `UnicodeEncodeError` with CPython's arguments (made by calling the class, so its
/// attributes are set).
fn encode_error(enc: &str, s: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let args = [pystr::new(enc), Obj::new_ref(s), Obj::small_int(start as i64), Obj::small_int(end as i64), pystr::new(reason)];
    let vals: Vec<Value> = args.iter().map(|a| a.value()).collect();
    match crate::interp::call::call(exceptions::unicode_encode_error().as_value(), &vals, Value::NULL) {
        Ok(inst) => PyErr::from_instance(inst),
        Err(e) => e,
    }
}

impl Enc {
    /// The name in error messages.
    fn error_name(self) -> &'static str {
        match self {
            Enc::Builtin(crate::codecs::Codec::Utf8) => "utf-8",
            Enc::Builtin(crate::codecs::Codec::Ascii) => "ascii",
            Enc::Builtin(crate::codecs::Codec::Latin1) => "latin-1",
            Enc::Builtin(crate::codecs::Codec::Table(..)) => "charmap",
            Enc::Utf16(None) => "utf-16",
            Enc::Utf16(Some(true)) => "utf-16-le",
            Enc::Utf16(Some(false)) => "utf-16-be",
            Enc::Utf32(None) => "utf-32",
            Enc::Utf32(Some(true)) => "utf-32-le",
            Enc::Utf32(Some(false)) => "utf-32-be",
        }
    }

    /// The reason text for an unencodable character.
    fn reason(self) -> &'static str {
        match self {
            Enc::Builtin(crate::codecs::Codec::Ascii) => "ordinal not in range(128)",
            Enc::Builtin(crate::codecs::Codec::Latin1) => "ordinal not in range(256)",
            Enc::Builtin(crate::codecs::Codec::Table(..)) => "character maps to <undefined>",
            _ => "surrogates not allowed",
        }
    }

    /// Appends the encoding of `c`; false when `c` cannot be encoded.
    fn encode_char(self, c: u32, out: &mut Vec<u8>) -> bool {
        let surrogate = (0xd800..0xe000).contains(&c);
        match self {
            Enc::Builtin(crate::codecs::Codec::Utf8) => {
                if surrogate {
                    return false;
                }
                codepoints::push(out, c);
            }
            Enc::Builtin(crate::codecs::Codec::Ascii) => {
                if c >= 0x80 {
                    return false;
                }
                out.push(c as u8);
            }
            Enc::Builtin(crate::codecs::Codec::Latin1) => {
                if c >= 0x100 {
                    return false;
                }
                out.push(c as u8);
            }
            Enc::Builtin(crate::codecs::Codec::Table(_, table)) => {
                if c < 0x80 {
                    out.push(c as u8);
                } else {
                    match table.iter().position(|&t| t as u32 == c && t != 0xffff) {
                        Some(i) => out.push(0x80 + i as u8),
                        None => return false,
                    }
                }
            }
            Enc::Utf16(order) => {
                if surrogate {
                    return false;
                }
                let le = order.unwrap_or(true);
                let mut units = [0u16; 2];
                let n = char::from_u32(c).map_or(0, |ch| ch.encode_utf16(&mut units).len());
                for &u in &units[..n] {
                    out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
                }
            }
            Enc::Utf32(order) => {
                if surrogate {
                    return false;
                }
                let le = order.unwrap_or(true);
                out.extend_from_slice(&if le { c.to_le_bytes() } else { c.to_be_bytes() });
            }
        }
        true
    }

    /// `surrogatepass`: the raw encoding of a surrogate, for the UTF codecs.
    fn encode_surrogate(self, c: u32, out: &mut Vec<u8>) -> bool {
        match self {
            Enc::Builtin(crate::codecs::Codec::Utf8) => codepoints::push(out, c),
            Enc::Utf16(order) => {
                let u = c as u16;
                out.extend_from_slice(&if order.unwrap_or(true) { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            Enc::Utf32(order) => out.extend_from_slice(&if order.unwrap_or(true) { c.to_le_bytes() } else { c.to_be_bytes() }),
            _ => return false,
        }
        true
    }
}

/// Encodes a `str` with CPython's codec and error-handler behaviour (`str.encode`,
/// `bytes(s, encoding)`): strict errors raise `UnicodeEncodeError` over the whole run of
/// unencodable characters.
pub fn encode_str(s: Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = lookup_codec(encoding)?;
    let text = pystr::as_bytes(s);
    if enc == Enc::Builtin(crate::codecs::Codec::Utf8) && pystr::is_utf8(s) {
        return Ok(text.to_vec());
    }
    let cps: Vec<u32> = codepoints::iter(text).collect();
    let mut out = Vec::with_capacity(cps.len());
    match enc {
        Enc::Utf16(None) => out.extend_from_slice(&[0xff, 0xfe]),
        Enc::Utf32(None) => out.extend_from_slice(&[0xff, 0xfe, 0, 0]),
        _ => {}
    }
    let mut scratch = Vec::new();
    let mut i = 0;
    while i < cps.len() {
        if enc.encode_char(cps[i], &mut out) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < cps.len() && !enc.encode_char(cps[j], &mut scratch) {
            j += 1;
        }
        scratch.clear();
        let strict = || encode_error(enc.error_name(), s, i, j, enc.reason());
        // Replacement text (ASCII, encoded with the codec itself) or raw bytes.
        let mut text: Vec<u32> = Vec::new();
        match errors {
            "strict" => return Err(strict()),
            "ignore" => {}
            "replace" => text.extend(std::iter::repeat_n(b'?' as u32, j - i)),
            "backslashreplace" => {
                for &c in &cps[i..j] {
                    let e = if c < 0x100 { format!("\\x{c:02x}") } else if c < 0x10000 { format!("\\u{c:04x}") } else { format!("\\U{c:08x}") };
                    text.extend(e.bytes().map(u32::from));
                }
            }
            "xmlcharrefreplace" => {
                for &c in &cps[i..j] {
                    text.extend(format!("&#{c};").bytes().map(u32::from));
                }
            }
            "namereplace" => {
                for &c in &cps[i..j] {
                    let e = match crate::unicode::names::name(c) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None if c < 0x100 => format!("\\x{c:02x}"),
                        None if c < 0x10000 => format!("\\u{c:04x}"),
                        None => format!("\\U{c:08x}"),
                    };
                    text.extend(e.bytes().map(u32::from));
                }
            }
            "surrogateescape" => {
                if cps[i..j].iter().any(|c| !(0xdc80..0xdd00).contains(c)) {
                    return Err(strict());
                }
                out.extend(cps[i..j].iter().map(|&c| (c - 0xdc00) as u8));
            }
            "surrogatepass" => {
                if cps[i..j].iter().any(|c| !(0xd800..0xe000).contains(c)) {
                    return Err(strict());
                }
                for &c in &cps[i..j] {
                    if !enc.encode_surrogate(c, &mut out) {
                        return Err(strict());
                    }
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        for c in text {
            enc.encode_char(c, &mut out);
        }
        i = j;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_str(s: &[u8], r: Vec<(usize, usize)>) -> Vec<&[u8]> {
        r.into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn find_and_count_follow_cpython_bounds() {
        let s = b"abc";
        assert_eq!(find_in(s, b"", Some(4), None, false), -1);
        assert_eq!(find_in(s, b"", Some(3), None, false), 3);
        assert_eq!(count_in(s, b"", Some(4), None), 0);
        assert_eq!(count_in(s, b"", Some(1), Some(2)), 2);
        assert_eq!(find_in(s, b"", None, None, true), 3);
        assert_eq!(find_in(s, b"", Some(1), Some(2), true), 2);
        assert_eq!(find_in(s, b"c", Some(i64::MIN), None, false), 2);
        assert_eq!(find_in(s, b"a", Some(i64::MAX), None, false), -1);
        assert_eq!(count_sub(b"aaa", b"aa", usize::MAX), 1);
        assert_eq!(count_sub(b"ab", b"", usize::MAX), 3);
    }

    #[test]
    fn tailmatch_matches_cpython() {
        assert!(tailmatch(b"abc", b"bc", Some(1), None, true));
        assert!(!tailmatch(b"abc", b"abc", Some(1), None, true));
        assert!(!tailmatch(b"abc", b"", Some(4), None, false));
        assert!(!tailmatch(b"abc", b"", Some(4), None, true));
        assert!(tailmatch(b"abc", b"b", Some(1), None, false));
    }

    #[test]
    fn splitting_matches_cpython() {
        let s = b"a b  c";
        assert_eq!(split_str(s, split_whitespace(s, -1)), vec![&b"a"[..], b"b", b"c"]);
        let s = b"a,b,,c";
        assert_eq!(split_str(s, split_sep(s, b",", 1)), vec![&b"a"[..], b"b,,c"]);
        let s = b"  a b  ";
        assert_eq!(split_str(s, rsplit_whitespace(s, 1)), vec![&b"  a"[..], b"b"]);
        let s = b"  x ";
        assert_eq!(split_str(s, split_whitespace(s, 0)), vec![&b"x "[..]]);
        let s = b" a b ";
        assert_eq!(split_str(s, rsplit_whitespace(s, 0)), vec![&b" a b"[..]]);
        let s = b"aXbXc";
        assert_eq!(split_str(s, rsplit_sep(s, b"X", 1)), vec![&b"aXb"[..], b"c"]);
        let s = b"ab\ncd\r\nef\r";
        assert_eq!(split_str(s, splitlines(s, true)), vec![&b"ab\n"[..], b"cd\r\n", b"ef\r"]);
        assert_eq!(split_str(s, splitlines(s, false)), vec![&b"ab"[..], b"cd", b"ef"]);
    }

    #[test]
    fn replace_matches_cpython() {
        assert_eq!(replace(b"abc", b"", b"-", -1).unwrap(), b"-a-b-c-");
        assert_eq!(replace(b"abc", b"", b"-", 2).unwrap(), b"-a-bc");
        assert_eq!(replace(b"aaa", b"a", b"bb", 2).unwrap(), b"bbbba");
        assert_eq!(replace(b"abc", b"x", b"y", -1), None);
    }

    #[test]
    fn padding_matches_cpython() {
        assert_eq!(pad_amounts(3, 6, b'c'), Some((1, 2)));
        assert_eq!(pad_amounts(2, 5, b'c'), Some((2, 1)));
        assert_eq!(pad_amounts(2, 4, b'c'), Some((1, 1)));
        assert_eq!(pad_amounts(3, -5, b'c'), None);
        assert_eq!(zfill(b"hello", 8).unwrap(), b"000hello");
        assert_eq!(zfill(b"-42", 6).unwrap(), b"-00042");
        assert_eq!(expandtabs(b"a\tb", 4), b"a   b");
    }

    #[test]
    fn case_helpers_match_cpython() {
        assert_eq!(title(b"they're bill's"), b"They'Re Bill'S");
        assert_eq!(title(b"aBC dEF"), b"Abc Def");
        assert!(istitle(b"Ab Cd"));
        assert!(!istitle(b"ABC"));
        assert!(!istitle(b"A1b"));
        assert!(!istitle(b""));
    }

    #[test]
    fn hex_grouping_matches_cpython() {
        assert_eq!(hex(b"abc", Some(b':'), 1), "61:62:63");
        assert_eq!(hex(b"abcde", Some(b':'), 2), "61:6263:6465");
        assert_eq!(hex(b"abcde", Some(b':'), -2), "6162:6364:65");
        assert_eq!(hex(b"abcdef", Some(b':'), 2), "6162:6364:6566");
        assert_eq!(hex(b"abcde", Some(b':'), 0), "6162636465");
        let cps = |s: &str| s.chars().map(|c| c as u32).collect::<Vec<_>>();
        assert_eq!(fromhex(&cps("ab cd")), Ok(vec![0xab, 0xcd]));
        assert_eq!(fromhex(&cps(" 1a ")), Ok(vec![0x1a]));
        assert_eq!(fromhex(&cps("abc")), Err(3));
        assert_eq!(fromhex(&cps("zz")), Err(0));
        assert_eq!(fromhex(&cps("1 a")), Err(1));
    }

    #[test]
    fn field_padding_matches_cpython() {
        let field = |body: &[u8], flags: u8, width: i64, fill: u8, numeric: bool, c: u8| {
            let mut out = Vec::new();
            pad_field(&mut out, body, flags, width, fill, numeric, c);
            String::from_utf8(out).unwrap()
        };
        // b'%-05d|%+05d|%#5x|%#05x|%-#6o|' % (3, 3, 255, 255, 8)
        assert_eq!(field(b"3", F_LJUST | F_ZERO, 5, b'0', true, b'd'), "3    ");
        assert_eq!(field(b"3", F_SIGN | F_ZERO, 5, b'0', true, b'd'), "+0003");
        assert_eq!(field(b"0xff", F_ALT, 5, b' ', true, b'x'), " 0xff");
        assert_eq!(field(b"0xff", F_ALT | F_ZERO, 5, b'0', true, b'x'), "0x0ff");
        assert_eq!(field(b"0o10", F_ALT | F_LJUST, 6, b' ', true, b'o'), "0o10  ");
        assert_eq!(field(b"-42", F_ZERO, 5, b'0', true, b'd'), "-0042");
        assert_eq!(field(b"ab", 0, 5, b' ', false, b's'), "   ab");
        assert_eq!(field(b"-0000042", F_ZERO, 8, b'0', true, b'd'), "-0000042");
    }
}
