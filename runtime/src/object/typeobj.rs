//! Type objects: the `type` of every value, holding the slot table the interpreter calls
//! (CPython's `tp_*`/`nb_*`/`sq_*`/`mp_*`), the attribute namespace, the MRO and the
//! `version` tag inline caches guard on.
//!
//! Builtin types are statics (their addresses are link-time constants, so fast-path
//! checks are one compare, and the JIT can embed them); their dictionaries and slots are
//! filled at start-up. Classes created by `class` statements are heap types (`typecls.rs`).
//! Slots are `Cell`s: assigning a dunder on a heap type after creation updates them.

use super::header::ObjHeader;
use super::value::Value;
use crate::errors::PyResult;
use crate::object::Obj;
use std::cell::{Cell, RefCell};

/// Binary operators with number slots (the `nb_*` family), in `BINARY_OP` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum BinOp {
    Add = 0,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

/// Number of [`BinOp`]s.
pub const N_BINOPS: usize = 13;

impl BinOp {
    /// All operators, by discriminant.
    pub const ALL: [BinOp; N_BINOPS] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDiv,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Mul,
        BinOp::Mod,
        BinOp::Or,
        BinOp::Pow,
        BinOp::RShift,
        BinOp::Sub,
        BinOp::TrueDiv,
        BinOp::Xor,
    ];

    /// The operator's symbol, as error messages and `dis` show it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "**",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }

    /// `(__op__, __rop__, __iop__)` method names.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators, in `COMPARE_OP` order (CPython's `Py_LT` ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum CompareOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    /// From the `COMPARE_OP` argument.
    pub fn from_u8(v: u8) -> CompareOp {
        match v {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            _ => CompareOp::Ge,
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    /// The symbol (`<`, `<=`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
    /// The dunder (`__lt__`, ...).
    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }
    /// Applies the operator to an ordering.
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => o == Less,
            CompareOp::Le => o != Greater,
            CompareOp::Eq => o == Equal,
            CompareOp::Ne => o != Equal,
            CompareOp::Gt => o == Greater,
            CompareOp::Ge => o != Less,
        }
    }
}

/// `repr`, `str`, unary number ops, `__index__` ...
pub type UnaryFn = fn(Value) -> PyResult<Obj>;
/// Binary number ops and `__getitem__`; may return `NotImplemented`.
pub type BinaryFn = fn(Value, Value) -> PyResult<Obj>;
/// `__hash__`.
pub type HashFn = fn(Value) -> PyResult<i64>;
/// Rich comparison; may return `NotImplemented`.
pub type CompareFn = fn(Value, Value, CompareOp) -> PyResult<Obj>;
/// Attribute lookup: `Ok(None)` when the attribute does not exist (no exception made yet).
pub type GetAttrFn = fn(Value, Value) -> PyResult<Option<Obj>>;
/// Attribute store; a NULL value deletes.
pub type SetAttrFn = fn(Value, Value, Value) -> PyResult<()>;
/// Calling: positional arguments then keyword values; `kwnames` is a tuple of names or NULL.
pub type CallFn = fn(Value, &[Value], Value) -> PyResult<Obj>;
/// `__next__`: `Ok(None)` when exhausted (no StopIteration made).
pub type NextFn = fn(Value) -> PyResult<Option<Obj>>;
/// Descriptor `__get__(obj, type)`; obj is NULL for access through the class.
pub type DescrGetFn = fn(Value, Value, Value) -> PyResult<Obj>;
/// Descriptor `__set__` / `__delete__` (value NULL).
pub type DescrSetFn = fn(Value, Value, Value) -> PyResult<()>;
/// `__len__`.
pub type LenFn = fn(Value) -> PyResult<usize>;
/// `__bool__`.
pub type BoolFn = fn(Value) -> PyResult<bool>;
/// `__contains__`.
pub type ContainsFn = fn(Value, Value) -> PyResult<bool>;
/// `__setitem__` / `__delitem__` (value NULL).
pub type SetItemFn = fn(Value, Value, Value) -> PyResult<()>;
/// `__new__(cls, *args, **kw)`.
pub type NewFn = fn(&TypeObject, &[Value], Value) -> PyResult<Obj>;
/// `__init__(self, *args, **kw)`.
pub type InitFn = fn(Value, &[Value], Value) -> PyResult<()>;
/// Releases an object whose count reached zero (children first, then memory).
pub type DeallocFn = unsafe fn(Value);

/// The slot table. A `None` slot means the operation is unsupported (or, for heap types,
/// not defined by any class in the MRO).
#[allow(missing_docs)]
pub struct Slots {
    pub dealloc: Cell<DeallocFn>,
    pub repr: Cell<Option<UnaryFn>>,
    pub str: Cell<Option<UnaryFn>>,
    pub hash: Cell<Option<HashFn>>,
    pub richcompare: Cell<Option<CompareFn>>,
    pub getattr: Cell<Option<GetAttrFn>>,
    pub setattr: Cell<Option<SetAttrFn>>,
    pub call: Cell<Option<CallFn>>,
    pub iter: Cell<Option<UnaryFn>>,
    pub next: Cell<Option<NextFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub new: Cell<Option<NewFn>>,
    pub init: Cell<Option<InitFn>>,
    pub binary: [Cell<Option<BinaryFn>>; N_BINOPS],
    pub inplace: [Cell<Option<BinaryFn>>; N_BINOPS],
    pub neg: Cell<Option<UnaryFn>>,
    pub pos: Cell<Option<UnaryFn>>,
    pub abs: Cell<Option<UnaryFn>>,
    pub invert: Cell<Option<UnaryFn>>,
    pub bool: Cell<Option<BoolFn>>,
    pub int: Cell<Option<UnaryFn>>,
    pub float: Cell<Option<UnaryFn>>,
    pub index: Cell<Option<UnaryFn>>,
    pub len: Cell<Option<LenFn>>,
    pub getitem: Cell<Option<BinaryFn>>,
    pub setitem: Cell<Option<SetItemFn>>,
    pub contains: Cell<Option<ContainsFn>>,
}

const NO_BIN: Cell<Option<BinaryFn>> = Cell::new(None);

impl Slots {
    /// An empty table with the given deallocator.
    pub const fn new(dealloc: DeallocFn) -> Slots {
        Slots {
            dealloc: Cell::new(dealloc),
            repr: Cell::new(None),
            str: Cell::new(None),
            hash: Cell::new(None),
            richcompare: Cell::new(None),
            getattr: Cell::new(None),
            setattr: Cell::new(None),
            call: Cell::new(None),
            iter: Cell::new(None),
            next: Cell::new(None),
            descr_get: Cell::new(None),
            descr_set: Cell::new(None),
            new: Cell::new(None),
            init: Cell::new(None),
            binary: [NO_BIN; N_BINOPS],
            inplace: [NO_BIN; N_BINOPS],
            neg: Cell::new(None),
            pos: Cell::new(None),
            abs: Cell::new(None),
            invert: Cell::new(None),
            bool: Cell::new(None),
            int: Cell::new(None),
            float: Cell::new(None),
            index: Cell::new(None),
            len: Cell::new(None),
            getitem: Cell::new(None),
            setitem: Cell::new(None),
            contains: Cell::new(None),
        }
    }

    /// Copies every slot from `base` (inheritance of native behaviour).
    pub fn inherit_from(&self, base: &Slots) {
        macro_rules! copy {
            ($($f:ident),*) => { $( self.$f.set(base.$f.get()); )* };
        }
        copy!(dealloc, repr, str, hash, richcompare, getattr, setattr, call, iter, next, descr_get, descr_set, new, init, neg, pos, abs, invert, bool, int, float, index, len, getitem, setitem, contains);
        for i in 0..N_BINOPS {
            self.binary[i].set(base.binary[i].get());
            self.inplace[i].set(base.inplace[i].get());
        }
    }
}

/// Type flags.
pub mod flags {
    /// Created by a `class` statement (a heap type).
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Abstract: cannot be instantiated (`__abstractmethods__`).
    pub const ABSTRACT: u32 = 1 << 2;
    /// Instances are (subclasses of) int.
    pub const INT_SUBCLASS: u32 = 1 << 3;
    /// Instances are (subclasses of) str.
    pub const STR_SUBCLASS: u32 = 1 << 4;
    /// Instances are (subclasses of) list.
    pub const LIST_SUBCLASS: u32 = 1 << 5;
    /// Instances are (subclasses of) tuple.
    pub const TUPLE_SUBCLASS: u32 = 1 << 6;
    /// Instances are (subclasses of) dict.
    pub const DICT_SUBCLASS: u32 = 1 << 7;
    /// Instances are (subclasses of) BaseException.
    pub const EXC_SUBCLASS: u32 = 1 << 8;
    /// Instances are types (metaclasses).
    pub const TYPE_SUBCLASS: u32 = 1 << 9;
    /// Instances are (subclasses of) float.
    pub const FLOAT_SUBCLASS: u32 = 1 << 10;
    /// Instances are (subclasses of) bytes.
    pub const BYTES_SUBCLASS: u32 = 1 << 11;
    /// Instances are (subclasses of) set or frozenset.
    pub const SET_SUBCLASS: u32 = 1 << 12;
    /// `__slots__` without `__dict__`: instances reject unknown attributes.
    pub const NO_DICT: u32 = 1 << 13;
    /// Readonly type (no attribute assignment: builtin types).
    pub const IMMUTABLE: u32 = 1 << 14;
    /// The class defines `__getattr__` (looked up after normal attribute lookup fails).
    pub const HAS_GETATTR_HOOK: u32 = 1 << 15;
    /// Instances may be weak-referenced.
    pub const WEAKREFABLE: u32 = 1 << 16;
    /// Sequence for pattern matching (`collections.abc.Sequence`).
    pub const SEQUENCE: u32 = 1 << 17;
    /// Mapping for pattern matching (`collections.abc.Mapping`).
    pub const MAPPING: u32 = 1 << 18;
    /// The flags subclasses inherit.
    pub const INHERITED: u32 = INT_SUBCLASS
        | STR_SUBCLASS
        | LIST_SUBCLASS
        | TUPLE_SUBCLASS
        | DICT_SUBCLASS
        | EXC_SUBCLASS
        | TYPE_SUBCLASS
        | FLOAT_SUBCLASS
        | BYTES_SUBCLASS
        | SET_SUBCLASS
        | HAS_GETATTR_HOOK
        | SEQUENCE
        | MAPPING;
}

/// A type object.
#[repr(C)]
pub struct TypeObject {
    /// Header (`type(T)` is `type` or a metaclass).
    pub ob: ObjHeader,
    /// The slot table.
    pub slots: Slots,
    /// Name of a builtin type (`""` for heap types, which keep theirs in `name`).
    pub static_name: &'static str,
    /// `__name__` as a str object (owned); NULL until start-up for builtin types.
    pub name: Cell<Value>,
    /// `__qualname__` as a str object (owned).
    pub qualname: Cell<Value>,
    /// The primary base (`__base__`), NULL for `object`.
    pub base: Cell<*const TypeObject>,
    /// `__bases__`, a tuple (owned).
    pub bases: Cell<Value>,
    /// `__mro__`, a tuple (owned).
    pub mro: Cell<Value>,
    /// The attribute namespace, a dict (owned).
    pub dict: Cell<Value>,
    /// `flags::*`.
    pub flags: Cell<u32>,
    /// Changes whenever the type's (or a base's) attributes change; 0 means "no valid
    /// version" (caches never match it).
    pub version: Cell<u32>,
    /// Size of the native part of an instance, in bytes.
    pub basicsize: Cell<usize>,
    /// Offset of the instance attribute store (`attrs.rs`), 0 when instances have none.
    pub attrs_offset: Cell<usize>,
    /// Names of instance attributes seen on this class's instances, in order; an
    /// instance stores its values at these indices (CPython 3.11's shared-key layout).
    pub shared_keys: RefCell<Vec<Obj>>,
    /// Direct subclasses (weak: not counted), for slot updates and cache invalidation.
    pub subclasses: RefCell<Vec<*const TypeObject>>,
}

impl TypeObject {
    /// A builtin type with empty slots; `ty` is the metatype (`type`).
    pub const fn new_static(meta: *const TypeObject, name: &'static str, basicsize: usize, flags: u32, dealloc: DeallocFn) -> TypeObject {
        TypeObject {
            ob: ObjHeader::immortal(meta),
            slots: Slots::new(dealloc),
            static_name: name,
            name: Cell::new(Value::NULL),
            qualname: Cell::new(Value::NULL),
            base: Cell::new(std::ptr::null()),
            bases: Cell::new(Value::NULL),
            mro: Cell::new(Value::NULL),
            dict: Cell::new(Value::NULL),
            flags: Cell::new(flags | flags::IMMUTABLE),
            version: Cell::new(0),
            basicsize: Cell::new(basicsize),
            attrs_offset: Cell::new(0),
            shared_keys: RefCell::new(Vec::new()),
            subclasses: RefCell::new(Vec::new()),
        }
    }

    /// True when the flag is set.
    #[inline(always)]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    /// This type as a value.
    #[inline(always)]
    pub fn as_value(&self) -> Value {
        Value::from_ptr(self as *const TypeObject)
    }

    /// The primary base, if any.
    pub fn base(&self) -> Option<&TypeObject> {
        let b = self.base.get();
        // SAFETY: a non-null base pointer is kept alive by this type's `bases` tuple.
        if b.is_null() { None } else { Some(unsafe { &*b }) }
    }

    /// `__name__` as Rust text.
    pub fn name(&self) -> &str {
        if !self.static_name.is_empty() {
            return self.static_name;
        }
        crate::objects::str::as_str(self.name.get())
    }

    /// True when `self` is `other` or a subclass of it (walks the MRO).
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let mro = self.mro.get();
        if mro.is_null() {
            // During start-up, before MROs exist: follow the base chain.
            let mut t = self.base();
            while let Some(b) = t {
                if std::ptr::eq(b, other) {
                    return true;
                }
                t = b.base();
            }
            return false;
        }
        crate::objects::tuple::items(mro).iter().any(|&t| t == other.as_value())
    }
}
