//! The syntax tree handed to Python's `ast` module: the same generic views `dump.rs`
//! prints, turned into runtime values. A node is the tuple
//! `(class name, (field values in _fields order), (lineno, col_offset, end_lineno,
//! end_col_offset) or None)`; lists are lists, identifiers str, flags int, constants
//! their Python values. `runtime/lib/ast.py` builds its node objects from that.

use super::dump::{self, Value as V, View};
use super::{Constant, Mod};
use taipan_runtime::object::Obj;
use taipan_runtime::objects::{bool_, bytes, complex, float, int, list, set, singletons, str as pystr, tuple};

/// The Python form of a parsed module (any mode).
pub fn module(m: &Mod) -> Obj {
    node(&dump::module(m))
}

fn node(v: &View) -> Obj {
    let fields: Vec<Obj> = v.fields.iter().map(|(_, value, _)| value_of(value)).collect();
    let loc = match v.loc {
        Some(l) => tuple::from_vec(vec![
            int::from_i64(l.lineno as i64),
            int::from_i64(l.col as i64),
            int::from_i64(l.end_lineno as i64),
            int::from_i64(l.end_col as i64),
        ]),
        None => singletons::none_obj(),
    };
    tuple::from_vec(vec![Obj::new_ref(pystr::intern(v.class)), tuple::from_vec(fields), loc])
}

fn value_of(v: &V) -> Obj {
    match v {
        V::Node(n) => node(n),
        V::List(items) => list::new(items.iter().map(value_of).collect()),
        V::Str(s) => pystr::new(s),
        V::Int(i) => int::from_i64(*i),
        V::Const(c) => constant(c),
        V::None => singletons::none_obj(),
    }
}

/// A literal's value (the parser makes no tuples or frozensets, but folded trees may).
fn constant(c: &Constant) -> Obj {
    match c {
        Constant::None => singletons::none_obj(),
        Constant::Bool(b) => bool_::from_bool(*b),
        Constant::Ellipsis => Obj::new_ref(singletons::ellipsis()),
        Constant::Int(i) => int::from_i64(*i),
        Constant::BigInt(b) => int::from_big((**b).clone()),
        Constant::Float(f) => float::from_f64(*f),
        Constant::Complex { real, imag } => complex::new(*real, *imag),
        Constant::Str(s) => pystr::from_payload(s),
        Constant::Bytes(b) => bytes::new(b),
        Constant::Tuple(items) => tuple::from_vec(items.iter().map(constant).collect()),
        Constant::FrozenSet(items) => set::new_frozenset(items.iter().map(constant).collect()).expect("constants are hashable"),
    }
}
