//! taipan's marshal format: code objects and the constants they hold, as bytes.
//!
//! One tag byte per value, then its payload; integers are little-endian. The format is
//! taipan's own (CPython's marshal serializes CPython's code objects, which ours are not),
//! but it covers the same values: None, booleans, Ellipsis, int, float, complex, str,
//! bytes, tuple, list, set, frozenset, dict and code.
//!
//! Reading never trusts its input: every length is checked against what is left, nesting
//! is bounded, str payloads must be well-formed, and each code object passes
//! [`super::verify`] before it is built. A bad input is an `Err`, never a panic.

use crate::bytecode::code::{self, CodeData, ExcEntry, LineEntry, Position};
use crate::errors::{value_error, PyResult};
use crate::object::{type_of, Obj, Value};
use crate::objects::{bool_, bytes, complex, dict, float, int, list, set, singletons, str as pystr, tuple};
use num_bigint::BigInt;

const NONE: u8 = b'N';
const TRUE: u8 = b'T';
const FALSE: u8 = b'F';
const ELLIPSIS: u8 = b'.';
const INT: u8 = b'i';
const BIGINT: u8 = b'l';
const FLOAT: u8 = b'g';
const COMPLEX: u8 = b'x';
const STR: u8 = b'u';
const BYTES: u8 = b's';
const TUPLE: u8 = b'(';
const LIST: u8 = b'[';
const SET: u8 = b'{';
const FROZENSET: u8 = b'<';
const DICT: u8 = b'd';
const CODE: u8 = b'c';

/// Deeper nesting than this is refused on both sides (CPython's marshal has the same kind
/// of limit), so a hostile file cannot exhaust the native stack.
const MAX_DEPTH: u32 = 200;

// ----- writing -----

/// Serializes `v`; ValueError for a value the format does not cover.
pub fn dumps(v: Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    write(&mut out, v, 0)?;
    Ok(out)
}

fn u32_le(out: &mut Vec<u8>, n: usize) -> PyResult<()> {
    let n = u32::try_from(n).map_err(|_| value_error("object too large to marshal"))?;
    out.extend_from_slice(&n.to_le_bytes());
    Ok(())
}

fn write_seq(out: &mut Vec<u8>, tag: u8, items: &[Value], depth: u32) -> PyResult<()> {
    out.push(tag);
    u32_le(out, items.len())?;
    for &x in items {
        write(out, x, depth + 1)?;
    }
    Ok(())
}

fn write(out: &mut Vec<u8>, v: Value, depth: u32) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(value_error("object too deeply nested to marshal"));
    }
    if v == singletons::none() {
        out.push(NONE);
    } else if v == bool_::true_value() {
        out.push(TRUE);
    } else if v == bool_::false_value() {
        out.push(FALSE);
    } else if v == singletons::ellipsis() {
        out.push(ELLIPSIS);
    } else if int::is_exact_int(v) {
        match int::as_i64(v) {
            Some(i) => {
                out.push(INT);
                out.extend_from_slice(&i.to_le_bytes());
            }
            None => {
                let b = int::to_big(v).to_signed_bytes_le();
                out.push(BIGINT);
                u32_le(out, b.len())?;
                out.extend_from_slice(&b);
            }
        }
    } else if float::is_float(v) && type_of(v).name() == "float" {
        out.push(FLOAT);
        out.extend_from_slice(&float::as_f64(v).to_le_bytes());
    } else if complex::is_complex(v) && type_of(v).name() == "complex" {
        let (re, im) = complex::parts(v);
        out.push(COMPLEX);
        out.extend_from_slice(&re.to_le_bytes());
        out.extend_from_slice(&im.to_le_bytes());
    } else if pystr::is_exact_str(v) {
        let b = pystr::as_bytes(v);
        out.push(STR);
        u32_le(out, b.len())?;
        out.extend_from_slice(b);
    } else if bytes::is_exact_bytes(v) {
        let b = bytes::data(v);
        out.push(BYTES);
        u32_le(out, b.len())?;
        out.extend_from_slice(b);
    } else if tuple::is_exact_tuple(v) {
        write_seq(out, TUPLE, tuple::items(v), depth)?;
    } else if list::is_exact_list(v) {
        write_seq(out, LIST, &list::snapshot(v), depth)?;
    } else if set::is_anyset(v) && matches!(type_of(v).name(), "set" | "frozenset") {
        let items: Vec<Value> = set::items_owned(v).iter().map(Obj::value).collect();
        write_seq(out, if set::is_frozenset(v) { FROZENSET } else { SET }, &items, depth)?;
    } else if dict::is_exact_dict(v) {
        let pairs = dict::items_owned(v);
        out.push(DICT);
        u32_le(out, pairs.len())?;
        for (k, x) in &pairs {
            write(out, k.value(), depth + 1)?;
            write(out, x.value(), depth + 1)?;
        }
    } else if code::is_code(v) {
        write_code(out, code::as_code(v), depth)?;
    } else {
        return Err(value_error("unmarshallable object"));
    }
    Ok(())
}

fn write_code(out: &mut Vec<u8>, c: &code::CodeObject, depth: u32) -> PyResult<()> {
    out.push(CODE);
    for n in [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.stacksize, c.firstlineno] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    u32_le(out, c.original.len())?;
    for &u in c.original.iter() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    write_seq(out, TUPLE, &c.consts, depth)?;
    write_seq(out, TUPLE, &c.names, depth)?;
    write_seq(out, TUPLE, &c.localsplusnames, depth)?;
    u32_le(out, c.localspluskinds.len())?;
    out.extend_from_slice(&c.localspluskinds);
    for s in [c.filename, c.name, c.qualname] {
        write(out, s, depth + 1)?;
    }
    u32_le(out, c.lines.len())?;
    for l in c.lines.iter() {
        for n in [l.start, l.pos.line, l.pos.end_line, l.pos.col, l.pos.end_col] {
            out.extend_from_slice(&n.to_le_bytes());
        }
    }
    u32_le(out, c.exceptions.len())?;
    for e in c.exceptions.iter() {
        for n in [e.start, e.end, e.target, e.depth] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.push(e.lasti as u8);
    }
    Ok(())
}

// ----- reading -----

/// Why bytes could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadData(pub String);

type R<T> = Result<T, BadData>;

fn bad<T>(msg: impl Into<String>) -> R<T> {
    Err(BadData(msg.into()))
}

/// Reads one value from `data`, which must be used up exactly. `filename`, when given,
/// replaces every code object's `co_filename` (a cache file moved with its source
/// still names the source's new place, as CPython's `_fix_co_filename` does).
pub fn loads(data: &[u8], filename: Option<Value>) -> R<Obj> {
    let mut r = Reader { data, pos: 0, filename };
    let v = r.value(0)?;
    if r.pos != data.len() {
        return bad("extra data after the marshalled value");
    }
    Ok(v)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    filename: Option<Value>,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> R<&[u8]> {
        if self.data.len() - self.pos < n {
            return bad("truncated data");
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn byte(&mut self) -> R<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> R<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> R<u64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// A count of items each taking at least `min_size` bytes: bounded by what is left,
    /// so a forged count cannot make us allocate gigabytes.
    fn count(&mut self, min_size: usize) -> R<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.data.len() - self.pos {
            return bad("length larger than the data");
        }
        Ok(n)
    }

    fn items(&mut self, depth: u32) -> R<Vec<Obj>> {
        let n = self.count(1)?;
        (0..n).map(|_| self.value(depth + 1)).collect()
    }

    fn value(&mut self, depth: u32) -> R<Obj> {
        if depth > MAX_DEPTH {
            return bad("nesting too deep");
        }
        let tag = self.byte()?;
        Ok(match tag {
            NONE => singletons::none_obj(),
            TRUE => bool_::true_(),
            FALSE => bool_::false_(),
            ELLIPSIS => Obj::new_ref(singletons::ellipsis()),
            INT => int::from_i64(self.u64()? as i64),
            BIGINT => {
                let n = self.count(1)?;
                int::from_big(BigInt::from_signed_bytes_le(self.take(n)?))
            }
            FLOAT => float::from_f64(f64::from_bits(self.u64()?)),
            COMPLEX => {
                let re = f64::from_bits(self.u64()?);
                let im = f64::from_bits(self.u64()?);
                complex::new(re, im)
            }
            STR => {
                let n = self.count(1)?;
                let b = self.take(n)?;
                if !well_formed_str(b) {
                    return bad("malformed str payload");
                }
                pystr::from_payload(b)
            }
            BYTES => {
                let n = self.count(1)?;
                bytes::new(self.take(n)?)
            }
            TUPLE => tuple::from_vec(self.items(depth)?),
            LIST => list::new(self.items(depth)?),
            SET | FROZENSET => {
                let items = self.items(depth)?;
                let r = if tag == SET { set::new_set(items) } else { set::new_frozenset(items) };
                r.map_err(|_| BadData("unhashable set item".into()))?
            }
            DICT => {
                let n = self.count(2)?;
                let d = dict::new();
                for _ in 0..n {
                    let k = self.value(depth + 1)?;
                    let v = self.value(depth + 1)?;
                    dict::set(d.value(), k.value(), v.value()).map_err(|_| BadData("unhashable dict key".into()))?;
                }
                d
            }
            CODE => self.code(depth)?,
            _ => return bad(format!("unknown type code {tag:#04x}")),
        })
    }

    fn str_value(&mut self, depth: u32) -> R<Obj> {
        let v = self.value(depth + 1)?;
        if !pystr::is_exact_str(v.value()) {
            return bad("expected a str");
        }
        Ok(v)
    }

    /// A tuple of strs, interned (names are compared by identity).
    fn names(&mut self, depth: u32) -> R<Vec<Obj>> {
        if self.byte()? != TUPLE {
            return bad("expected a tuple of names");
        }
        let n = self.count(5)?;
        (0..n)
            .map(|_| {
                let s = self.str_value(depth)?;
                Ok(Obj::new_ref(pystr::intern_value(s.value())))
            })
            .collect()
    }

    fn code(&mut self, depth: u32) -> R<Obj> {
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = self.u32()?;
        let stacksize = self.u32()?;
        let firstlineno = self.u32()?;
        let n = self.count(2)?;
        let units = self.take(n * 2)?;
        let code: Vec<u16> = units.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        if self.byte()? != TUPLE {
            return bad("expected the constants tuple");
        }
        let consts = self.items(depth)?;
        let names = self.names(depth)?;
        let localsplusnames = self.names(depth)?;
        let nk = self.count(1)?;
        let localspluskinds = self.take(nk)?.to_vec();
        let filename = self.str_value(depth)?;
        let filename = match self.filename {
            Some(f) => Obj::new_ref(f),
            None => filename,
        };
        let name = self.str_value(depth)?;
        let qualname = self.str_value(depth)?;
        let nl = self.count(20)?;
        let mut lines = Vec::with_capacity(nl);
        for _ in 0..nl {
            let start = self.u32()?;
            let pos = Position { line: self.u32()?, end_line: self.u32()?, col: self.u32()?, end_col: self.u32()? };
            lines.push(LineEntry { start, pos });
        }
        let ne = self.count(17)?;
        let mut exceptions = Vec::with_capacity(ne);
        for _ in 0..ne {
            let (start, end, target, depth) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            let lasti = match self.byte()? {
                0 => false,
                1 => true,
                _ => return bad("bad exception table entry"),
            };
            exceptions.push(ExcEntry { start, end, target, depth, lasti });
        }
        let d = CodeData {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name,
            qualname,
            firstlineno,
            lines,
            exceptions,
        };
        super::verify::code(&d).map_err(BadData)?;
        Ok(code::new(d))
    }
}

/// True when `b` is a str payload: UTF-8, except that lone surrogates (U+D800..U+DFFF)
/// may appear as their 3-byte forms.
pub fn well_formed_str(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (n, min) = match c {
            0x00..=0x7f => {
                i += 1;
                continue;
            }
            0xc2..=0xdf => (2, 0x80),
            0xe0..=0xef => (3, 0x800),
            0xf0..=0xf4 => (4, 0x10000),
            _ => return false,
        };
        if i + n > b.len() {
            return false;
        }
        let mut cp = (c as u32) & (0x7f >> n);
        for &x in &b[i + 1..i + n] {
            if x & 0xc0 != 0x80 {
                return false;
            }
            cp = (cp << 6) | (x as u32 & 0x3f);
        }
        if cp < min || cp > 0x10ffff {
            return false;
        }
        i += n;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::well_formed_str;

    #[test]
    fn str_payloads() {
        assert!(well_formed_str("héllo €𝄞".as_bytes()));
        assert!(well_formed_str(&[0xed, 0xa0, 0x80])); // a lone surrogate
        assert!(!well_formed_str(&[0xc0, 0x80])); // overlong
        assert!(!well_formed_str(&[0xe2, 0x82])); // truncated
        assert!(!well_formed_str(&[0xf4, 0x90, 0x80, 0x80])); // past U+10FFFF
        assert!(!well_formed_str(&[0x80]));
    }
}
