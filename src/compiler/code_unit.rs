//! The compiler's output: a code unit, pure data (no runtime objects). The runtime turns
//! it into its `CodeData` (`runtime/src/bytecode/code.rs`); the fields mirror CPython
//! 3.11's code object (`co_argcount`, `co_consts`, `co_localsplusnames`, ...).
//!
//! Invariants the assembler guarantees:
//! - `code` is a sequence of 16-bit units, `opcode | arg << 8`, every instruction with an
//!   argument above 255 prefixed by `EXTENDED_ARG` units and followed by
//!   `Opcode::caches()` zeroed `CACHE` units; no pseudo instruction survives;
//! - `lines` has one entry per change of source position, in code order, the first at 0;
//! - `exceptions` ranges are disjoint and sorted, in code units.

use num_bigint::BigInt;

/// A constant of `co_consts`.
#[derive(Clone, Debug)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int that fits in 64 bits.
    Int(i64),
    /// Any other int (never one that fits in `Int`).
    BigInt(Box<BigInt>),
    /// A float.
    Float(f64),
    /// A complex number.
    Complex {
        /// Real part.
        real: f64,
        /// Imaginary part.
        imag: f64,
    },
    /// A `str`: UTF-8 that may hold lone surrogates (`taipan_runtime::unicode::codepoints`).
    Str(Box<[u8]>),
    /// A `bytes`.
    Bytes(Box<[u8]>),
    /// A tuple of constants.
    Tuple(Vec<Constant>),
    /// A frozenset of constants (element order is not significant).
    FrozenSet(Vec<Constant>),
    /// A nested code object (function, class body, lambda, comprehension).
    Code(Box<CodeUnit>),
}

impl Constant {
    /// A `str` constant from Rust text.
    pub fn str(s: &str) -> Constant {
        Constant::Str(s.as_bytes().into())
    }

    /// An int constant, `Int` when it fits.
    pub fn int(v: BigInt) -> Constant {
        match i64::try_from(&v) {
            Ok(i) => Constant::Int(i),
            Err(_) => Constant::BigInt(Box::new(v)),
        }
    }

    /// CPython's `_PyCode_ConstantKey` equality: same type and same value, where `0.0` and
    /// `-0.0` differ, NaNs never merge, and `1`, `1.0` and `True` are all distinct.
    /// Code objects compare as `code.__eq__` does (everything but the qualified name and
    /// file name).
    pub fn same_key(&self, other: &Constant) -> bool {
        use Constant::*;
        fn float_key(a: f64, b: f64) -> bool {
            // NaN != NaN, and zeros compare by sign (the key adds a marker for -0.0).
            a == b && a.is_sign_negative() == b.is_sign_negative()
        }
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => float_key(*a, *b),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => float_key(*a, *c) && float_key(*b, *d),
            (Str(a), Str(b)) | (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_key(y)),
            (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.same_key(y)))
            }
            (Code(a), Code(b)) => {
                a.name == b.name
                    && (a.argcount, a.posonlyargcount, a.kwonlyargcount, a.flags, a.firstlineno)
                        == (b.argcount, b.posonlyargcount, b.kwonlyargcount, b.flags, b.firstlineno)
                    && a.code == b.code
                    && a.consts.len() == b.consts.len()
                    && a.consts.iter().zip(&b.consts).all(|(x, y)| x.same_key(y))
                    && a.names == b.names
                    && a.localsplusnames == b.localsplusnames
                    && a.lines == b.lines
                    && a.exceptions == b.exceptions
            }
            _ => false,
        }
    }

    /// `bool(constant)`, as `PyObject_IsTrue` computes it.
    pub fn is_true(&self) -> bool {
        use Constant::*;
        match self {
            None => false,
            Bool(b) => *b,
            Ellipsis | Code(_) => true,
            Int(i) => *i != 0,
            BigInt(_) => true,
            Float(f) => *f != 0.0,
            Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Str(s) | Bytes(s) => !s.is_empty(),
            Tuple(t) | FrozenSet(t) => !t.is_empty(),
        }
    }

    /// The Python type name (`int`, `str`, ...), for warnings.
    pub fn type_name(&self) -> &'static str {
        use Constant::*;
        match self {
            None => "NoneType",
            Bool(_) => "bool",
            Ellipsis => "ellipsis",
            Int(_) | BigInt(_) => "int",
            Float(_) => "float",
            Complex { .. } => "complex",
            Str(_) => "str",
            Bytes(_) => "bytes",
            Tuple(_) => "tuple",
            FrozenSet(_) => "frozenset",
            Code(_) => "code",
        }
    }
}

/// A source position (`co_positions()` entry); `None` where CPython reports `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position {
    /// First line (`None`: an artificial instruction with no position).
    pub line: Option<u32>,
    /// Last line.
    pub end_line: Option<u32>,
    /// Start column in UTF-8 bytes, 0-based.
    pub col: Option<u32>,
    /// End column in UTF-8 bytes.
    pub end_col: Option<u32>,
}

/// A run of code units sharing one position (mirrors the runtime's `LineEntry`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineEntry {
    /// First code unit of the run.
    pub start: u32,
    /// The position of every instruction in the run.
    pub pos: Position,
}

/// One exception-table entry (mirrors the runtime's `ExcEntry`): an exception raised by
/// an instruction in `start..end` jumps to `target` with the stack cut to `depth`, after
/// pushing the raising instruction's offset when `lasti` is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExcEntry {
    /// First protected code unit.
    pub start: u32,
    /// One past the last protected code unit.
    pub end: u32,
    /// Handler code unit.
    pub target: u32,
    /// Stack depth kept below the pushed values.
    pub depth: u32,
    /// Push `lasti` before the exception.
    pub lasti: bool,
}

/// A compiled code object.
#[derive(Clone, Debug, Default)]
pub struct CodeUnit {
    /// `co_argcount` (positional parameters, including positional-only ones).
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_flags` (`taipan_runtime::bytecode::opcodes::co_flags`, plus future flags).
    pub flags: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
    /// The bytecode.
    pub code: Vec<u16>,
    /// `co_consts`.
    pub consts: Vec<Constant>,
    /// `co_names`.
    pub names: Vec<String>,
    /// Names of the localsplus slots: locals, then cells, then free variables.
    pub localsplusnames: Vec<String>,
    /// Their kinds (`local_kind::*` bits).
    pub localspluskinds: Vec<u8>,
    /// `co_filename`.
    pub filename: String,
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// Position table.
    pub lines: Vec<LineEntry>,
    /// Exception table.
    pub exceptions: Vec<ExcEntry>,
}

impl CodeUnit {
    /// The position of the instruction at code unit `i`.
    pub fn position(&self, i: u32) -> Position {
        let k = self.lines.partition_point(|e| e.start <= i);
        if k == 0 {
            Position::default()
        } else {
            self.lines[k - 1].pos
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_keys_follow_cpython() {
        assert!(!Constant::Int(1).same_key(&Constant::Bool(true)));
        assert!(!Constant::Int(1).same_key(&Constant::Float(1.0)));
        assert!(!Constant::Float(0.0).same_key(&Constant::Float(-0.0)));
        assert!(Constant::Float(-0.0).same_key(&Constant::Float(-0.0)));
        assert!(!Constant::Float(f64::NAN).same_key(&Constant::Float(f64::NAN)));
        let t = |v: Vec<Constant>| Constant::Tuple(v);
        assert!(t(vec![Constant::Int(1), Constant::None]).same_key(&t(vec![Constant::Int(1), Constant::None])));
        assert!(!t(vec![Constant::Int(1)]).same_key(&t(vec![Constant::Bool(true)])));
        let fs = |v: Vec<Constant>| Constant::FrozenSet(v);
        assert!(fs(vec![Constant::Int(1), Constant::Int(2)]).same_key(&fs(vec![Constant::Int(2), Constant::Int(1)])));
    }

    #[test]
    fn truthiness() {
        assert!(!Constant::Str(Box::default()).is_true());
        assert!(Constant::Tuple(vec![Constant::None]).is_true());
        assert!(!Constant::Complex { real: 0.0, imag: -0.0 }.is_true());
        assert!(Constant::Ellipsis.is_true());
    }
}
