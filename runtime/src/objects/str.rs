//! `str`: immutable text. The payload is stored inline after the header, in the encoding
//! of `unicode::codepoints` (UTF-8 extended to lone surrogates), with the code point count
//! and an ASCII flag so that `len()` is O(1) and indexing ASCII text is O(1).
//!
//! Invariants: `len` is the number of code points in `data`; `ASCII` is set iff every
//! byte is < 0x80; `UTF8` is set iff the payload holds no surrogate (then it is a valid
//! Rust `&str`). `hash` is -1 until computed. Interned strings are immortal and unique
//! per text, so identity comparison finds them in dicts first.

use crate::object::{alloc_object, free_memory, GilCell, Obj, ObjHeader, Static, TypeObject, Value};
use crate::unicode::codepoints;
use std::cell::Cell;
use std::collections::HashMap;

/// The `str` object.
#[repr(C)]
pub struct PyStr {
    ob: ObjHeader,
    hash: Cell<i64>,
    len: usize,
    nbytes: usize,
    flags: Cell<u8>,
}

const ASCII: u8 = 1;
const UTF8: u8 = 2;
const INTERNED: u8 = 4;

const HEADER: usize = std::mem::size_of::<PyStr>();

/// The `str` type.
pub static STR_TYPE: Static<TypeObject> = Static(TypeObject::new_static(
    &crate::objects::pytype::TYPE_TYPE.0,
    "str",
    HEADER,
    crate::object::flags::BASETYPE | crate::object::flags::STR_SUBCLASS,
    dealloc,
));

unsafe fn dealloc(v: Value) {
    let s = &*(v.as_ptr() as *const PyStr);
    let extra = payload_offset(v) - HEADER;
    if extra != 0 {
        crate::objects::pytype::release_instance_attrs(v);
    }
    free_memory(v, HEADER + extra + s.nbytes + 1);
}

/// Where the text starts: right after the header for `str` itself; subclass instances
/// keep their attribute store there and the text after it.
#[inline(always)]
fn payload_offset(v: Value) -> usize {
    let t = crate::object::type_ptr(v);
    if t == &STR_TYPE.0 as *const TypeObject {
        HEADER
    } else {
        // SAFETY: `t` is the live type of `v`.
        HEADER + crate::objects::pytype::attrs_extra(unsafe { &*t })
    }
}

/// A new instance of the str subclass `ty` holding the text of `src`.
pub fn new_subtype(ty: &TypeObject, src: Value) -> Obj {
    let data = as_bytes(src);
    let extra = crate::objects::pytype::attrs_extra(ty);
    let p = alloc_object(ty, HEADER + extra + data.len() + 1) as *mut PyStr;
    // SAFETY: fresh allocation of header + attribute store + payload + NUL bytes; every
    // field is written before the object is visible.
    unsafe {
        std::ptr::addr_of_mut!((*p).hash).write(Cell::new(-1));
        std::ptr::addr_of_mut!((*p).len).write(char_len(src));
        std::ptr::addr_of_mut!((*p).nbytes).write(data.len());
        let f = raw(src).flags.get() & (ASCII | UTF8);
        std::ptr::addr_of_mut!((*p).flags).write(Cell::new(f));
        let dst = (p as *mut u8).add(HEADER + extra);
        std::ptr::copy_nonoverlapping(data.as_ptr(), dst, data.len());
        *dst.add(data.len()) = 0;
        let o = Obj::from_raw(Value::from_ptr(p));
        crate::objects::pytype::init_instance_attrs(o.value());
        o
    }
}

#[inline(always)]
fn raw(v: Value) -> &'static PyStr {
    // SAFETY: callers pass str objects (checked by the type test in debug builds); the
    // lifetime is that of the borrow the caller holds on `v`.
    unsafe { &*(v.as_ptr() as *const PyStr) }
}

/// True when `v` is a str (or subclass) instance.
#[inline(always)]
pub fn is_str(v: Value) -> bool {
    v.is_ptr() && crate::object::type_of(v).has_flag(crate::object::flags::STR_SUBCLASS)
}

/// True when `v` is exactly a str.
#[inline(always)]
pub fn is_exact_str(v: Value) -> bool {
    v.is_ptr() && crate::object::type_ptr(v) == &STR_TYPE.0 as *const TypeObject
}

/// The payload bytes of a str.
#[inline(always)]
pub fn as_bytes(v: Value) -> &'static [u8] {
    let s = raw(v);
    // SAFETY: `nbytes` bytes of payload follow the fixed header in the same allocation.
    unsafe { std::slice::from_raw_parts((v.as_ptr() as *const u8).add(payload_offset(v)), s.nbytes) }
}

/// The text of a str as `&str` (surrogates, which Rust cannot hold, appear as U+FFFD via
/// a leaked lossy copy — only error paths ever meet them).
#[inline]
pub fn as_str(v: Value) -> &'static str {
    let s = raw(v);
    let b = as_bytes(v);
    if s.flags.get() & UTF8 != 0 {
        // SAFETY: the UTF8 flag says the payload is valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(b) }
    } else {
        Box::leak(String::from_utf8_lossy(b).into_owned().into_boxed_str())
    }
}

/// Number of code points.
#[inline(always)]
pub fn char_len(v: Value) -> usize {
    raw(v).len
}

/// True when the text is all ASCII (so byte index = character index).
#[inline(always)]
pub fn is_ascii(v: Value) -> bool {
    raw(v).flags.get() & ASCII != 0
}

/// True when the text has no surrogates.
#[inline(always)]
pub fn is_utf8(v: Value) -> bool {
    raw(v).flags.get() & UTF8 != 0
}

/// Allocates a str from payload bytes (must be well-formed in the str encoding).
pub fn from_payload(data: &[u8]) -> Obj {
    if data.is_empty() {
        return Obj::new_ref(empty());
    }
    if data.len() == 1 && data[0] < 0x80 {
        return Obj::new_ref(single_ascii(data[0]));
    }
    let ascii = data.is_ascii();
    let len = if ascii { data.len() } else { codepoints::count(data) };
    let utf8 = ascii || std::str::from_utf8(data).is_ok();
    new_raw(data, len, ascii, utf8)
}

fn new_raw(data: &[u8], len: usize, ascii: bool, utf8: bool) -> Obj {
    let p = alloc_object(&STR_TYPE.0, HEADER + data.len() + 1) as *mut PyStr;
    // SAFETY: fresh allocation of HEADER + len + 1 bytes; the header part is written
    // field by field and the payload copied right after it, NUL-terminated.
    unsafe {
        std::ptr::addr_of_mut!((*p).hash).write(Cell::new(-1));
        std::ptr::addr_of_mut!((*p).len).write(len);
        std::ptr::addr_of_mut!((*p).nbytes).write(data.len());
        let f = (if ascii { ASCII } else { 0 }) | (if utf8 { UTF8 } else { 0 });
        std::ptr::addr_of_mut!((*p).flags).write(Cell::new(f));
        let dst = (p as *mut u8).add(HEADER);
        std::ptr::copy_nonoverlapping(data.as_ptr(), dst, data.len());
        *dst.add(data.len()) = 0;
        Obj::from_raw(Value::from_ptr(p))
    }
}

/// A str from Rust text.
pub fn new(s: &str) -> Obj {
    from_payload(s.as_bytes())
}

/// A str from a String (same as `new`).
pub fn from_string(s: String) -> Obj {
    from_payload(s.as_bytes())
}

/// A one-character str.
pub fn from_char(c: u32) -> Obj {
    if c < 0x80 {
        return Obj::new_ref(single_ascii(c as u8));
    }
    let mut buf = Vec::with_capacity(4);
    codepoints::push(&mut buf, c);
    from_payload(&buf)
}

/// The intern table: text → its unique immortal str.
static INTERNED_TABLE: GilCell<Option<HashMap<Box<[u8]>, Value>>> = GilCell::new(None);

/// The interned (unique, immortal) str for `data`.
pub fn intern_bytes(data: &[u8]) -> Value {
    // SAFETY: called under the GIL; the borrow ends before anything else runs.
    let table = unsafe { INTERNED_TABLE.get_mut() }.get_or_insert_with(HashMap::new);
    if let Some(&v) = table.get(data) {
        return v;
    }
    let ascii = data.is_ascii();
    let len = if ascii { data.len() } else { codepoints::count(data) };
    let utf8 = ascii || std::str::from_utf8(data).is_ok();
    let v = new_raw(data, len, ascii, utf8).into_raw();
    let s = raw(v);
    s.ob.refcnt.set(crate::object::IMMORTAL);
    s.flags.set(s.flags.get() | INTERNED);
    table.insert(data.into(), v);
    v
}

/// One call site's interned str, looked up in the intern table once: names the runtime
/// asks for on hot paths (`__init__` on every instance creation, ...) then cost a load.
pub struct InternCell {
    text: &'static str,
    bits: std::sync::atomic::AtomicU64,
}

impl InternCell {
    /// A cell for `text`, interned on first use.
    pub const fn new(text: &'static str) -> InternCell {
        InternCell { text, bits: std::sync::atomic::AtomicU64::new(0) }
    }

    /// The interned str.
    #[inline]
    pub fn get(&self) -> Value {
        let bits = self.bits.load(std::sync::atomic::Ordering::Relaxed);
        if bits != 0 {
            // Interned strs are immortal: the cached word stays valid.
            return Value::from_bits(bits);
        }
        let v = intern(self.text);
        self.bits.store(v.bits(), std::sync::atomic::Ordering::Relaxed);
        v
    }
}

/// The interned str for a string literal, cached at the call site (see [`InternCell`]).
#[macro_export]
macro_rules! interned {
    ($s:literal) => {{
        static CELL: $crate::objects::str::InternCell = $crate::objects::str::InternCell::new($s);
        CELL.get()
    }};
}

/// The interned str for Rust text.
pub fn intern(s: &str) -> Value {
    intern_bytes(s.as_bytes())
}

/// Interns an existing str object (`sys.intern`): returns the unique instance.
pub fn intern_value(v: Value) -> Value {
    if raw(v).flags.get() & INTERNED != 0 {
        return v;
    }
    intern_bytes(as_bytes(v))
}

/// True when `v` is interned.
#[inline(always)]
pub fn is_interned(v: Value) -> bool {
    raw(v).flags.get() & INTERNED != 0
}

/// The 128 one-character ASCII strings, made at start-up; index 0 doubles as "unset".
static SINGLES: GilCell<[Value; 129]> = GilCell::new([Value::NULL; 129]);

/// Creates the preallocated strings (start-up).
pub fn init() {
    // SAFETY: start-up runs single-threaded, under the GIL.
    let t = unsafe { SINGLES.get_mut() };
    for i in 0..128u8 {
        t[i as usize] = intern_bytes(&[i]);
    }
    t[128] = intern("");
}

/// The empty string (interned).
#[inline]
pub fn empty() -> Value {
    // SAFETY: written once at start-up, read-only afterwards.
    unsafe { SINGLES.get_mut()[128] }
}

/// The interned one-character ASCII string.
#[inline]
pub fn single_ascii(b: u8) -> Value {
    // SAFETY: written once at start-up, read-only afterwards.
    unsafe { SINGLES.get_mut()[b as usize] }
}

/// The hash of a str (computed once). Not CPython's SipHash: str hashes are randomized
/// per process in CPython, so no program can depend on their values.
#[inline]
pub fn hash(v: Value) -> i64 {
    let s = raw(v);
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_bytes(as_bytes(v));
    s.hash.set(h);
    h
}

/// A fast 64-bit hash of text (FxHash-style mixing over 8-byte words, then finalized).
pub fn hash_bytes(data: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0x2d35_8dcc_aa6c_78a5 ^ (data.len() as u64);
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    // Final avalanche (murmur3 fmix64).
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Equality of two strs (identity, then length, then bytes).
#[inline]
pub fn eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (ra, rb) = (raw(a), raw(b));
    if ra.nbytes != rb.nbytes {
        return false;
    }
    if ra.flags.get() & rb.flags.get() & INTERNED != 0 {
        return false; // two distinct interned strings differ
    }
    let (ha, hb) = (ra.hash.get(), rb.hash.get());
    if ha != -1 && hb != -1 && ha != hb {
        return false;
    }
    as_bytes(a) == as_bytes(b)
}

/// Byte offset of code point `i` (for non-ASCII text; O(n)).
pub fn byte_offset(v: Value, i: usize) -> usize {
    if is_ascii(v) {
        return i;
    }
    let b = as_bytes(v);
    let mut pos = 0;
    let mut n = 0;
    while n < i && pos < b.len() {
        pos += utf8_width(b[pos]);
        n += 1;
    }
    pos
}

/// Length of the encoded code point starting with byte `b0`.
#[inline(always)]
pub fn utf8_width(b0: u8) -> usize {
    if b0 < 0x80 {
        1
    } else if b0 < 0xe0 {
        2
    } else if b0 < 0xf0 {
        3
    } else {
        4
    }
}

/// The code point at index `i` (0 <= i < len).
pub fn char_at(v: Value, i: usize) -> u32 {
    let b = as_bytes(v);
    if is_ascii(v) {
        return b[i] as u32;
    }
    codepoints::decode_at(b, byte_offset(v, i)).0
}

/// Concatenation.
pub fn concat(a: Value, b: Value) -> Obj {
    let (x, y) = (as_bytes(a), as_bytes(b));
    if x.is_empty() {
        return Obj::new_ref(b);
    }
    if y.is_empty() {
        return Obj::new_ref(a);
    }
    let mut buf = Vec::with_capacity(x.len() + y.len());
    buf.extend_from_slice(x);
    buf.extend_from_slice(y);
    let (ra, rb) = (raw(a), raw(b));
    let ascii = ra.flags.get() & rb.flags.get() & ASCII != 0;
    let utf8 = ra.flags.get() & rb.flags.get() & UTF8 != 0;
    new_raw(&buf, ra.len + rb.len, ascii, utf8)
}

/// `repr()` of a str.
pub fn repr(v: Value) -> String {
    crate::unicode::repr::repr_str(as_bytes(v))
}
