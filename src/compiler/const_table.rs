//! `co_consts` under construction: each constant once, by CPython's constant key
//! (`_PyCode_ConstantKey`: type and value, `-0.0` distinct from `0.0`, NaNs never
//! merged, code objects equal when `code.__eq__` says so — a comprehension in a
//! `finally` body is compiled twice and stored once), indexed in first-use order.

use super::code_unit::{CodeUnit, Constant, ExcEntry, LineEntry};
use num_bigint::BigInt;
use std::collections::HashMap;

/// A hashable stand-in for a constant's identity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Box<[u8]>),
    Bytes(Box<[u8]>),
    Tuple(Vec<Key>),
    FrozenSet(Vec<Key>),
    /// `code.__eq__`: all but the qualified name and the file name.
    Code(Box<CodeKey>),
    /// Never equal to anything else (NaNs).
    Unique(usize),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct CodeKey {
    name: String,
    counts: (u32, u32, u32, u32, u32),
    code: Vec<u16>,
    consts: Vec<Key>,
    names: Vec<String>,
    localsplusnames: Vec<String>,
    lines: Vec<LineEntry>,
    exceptions: Vec<ExcEntry>,
}

fn float_bits(f: f64) -> Option<u64> {
    (!f.is_nan()).then_some(f.to_bits())
}

/// The table.
#[derive(Clone, Debug, Default)]
pub(crate) struct ConstTable {
    items: Vec<Constant>,
    index: HashMap<Key, u32>,
}

impl ConstTable {
    fn key(&self, c: &Constant) -> Key {
        let unique = Key::Unique(self.items.len());
        match c {
            Constant::None => Key::None,
            Constant::Ellipsis => Key::Ellipsis,
            Constant::Bool(b) => Key::Bool(*b),
            Constant::Int(i) => Key::Int(BigInt::from(*i)),
            Constant::BigInt(b) => Key::Int((**b).clone()),
            Constant::Float(f) => float_bits(*f).map_or(unique, Key::Float),
            Constant::Complex { real, imag } => match (float_bits(*real), float_bits(*imag)) {
                (Some(r), Some(i)) => Key::Complex(r, i),
                _ => unique,
            },
            Constant::Str(s) => Key::Str(s.clone()),
            Constant::Bytes(b) => Key::Bytes(b.clone()),
            Constant::Tuple(items) => {
                let keys: Vec<Key> = items.iter().map(|i| self.key(i)).collect();
                if keys.iter().any(|k| matches!(k, Key::Unique(_))) {
                    unique
                } else {
                    Key::Tuple(keys)
                }
            }
            Constant::FrozenSet(items) => {
                let mut keys: Vec<Key> = items.iter().map(|i| self.key(i)).collect();
                if keys.iter().any(|k| matches!(k, Key::Unique(_))) {
                    return unique;
                }
                keys.sort();
                Key::FrozenSet(keys)
            }
            Constant::Code(c) => {
                let c: &CodeUnit = c;
                let consts: Vec<Key> = c.consts.iter().map(|k| self.key(k)).collect();
                if consts.iter().any(|k| matches!(k, Key::Unique(_))) {
                    return unique;
                }
                Key::Code(Box::new(CodeKey {
                    name: c.name.clone(),
                    counts: (c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.firstlineno),
                    code: c.code.clone(),
                    consts,
                    names: c.names.clone(),
                    localsplusnames: c.localsplusnames.clone(),
                    lines: c.lines.clone(),
                    exceptions: c.exceptions.clone(),
                }))
            }
        }
    }

    /// The index of `c`, adding it if no equal constant is present.
    pub fn add(&mut self, c: Constant) -> u32 {
        let k = self.key(&c);
        if let Some(&i) = self.index.get(&k) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(c);
        self.index.insert(k, i);
        i
    }

    /// The index of an equal constant, if present.
    pub fn find(&self, c: &Constant) -> Option<u32> {
        self.index.get(&self.key(c)).copied()
    }

    pub fn get(&self, i: u32) -> &Constant {
        &self.items[i as usize]
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Drops constants from index `n` on (unused trailing ones).
    pub fn truncate(&mut self, n: usize) {
        self.items.truncate(n);
        self.index.retain(|_, i| (*i as usize) < n);
    }

    pub fn into_vec(self) -> Vec<Constant> {
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dedupes_by_type_and_value() {
        let mut t = ConstTable::default();
        assert_eq!(t.add(Constant::Int(1)), 0);
        assert_eq!(t.add(Constant::Bool(true)), 1);
        assert_eq!(t.add(Constant::Float(1.0)), 2);
        assert_eq!(t.add(Constant::Int(1)), 0);
        assert_eq!(t.add(Constant::Float(-0.0)), 3);
        assert_eq!(t.add(Constant::Float(0.0)), 4);
        assert_eq!(t.add(Constant::Float(f64::NAN)), 5);
        assert_eq!(t.add(Constant::Float(f64::NAN)), 6);
        assert_eq!(t.add(Constant::Tuple(vec![Constant::Int(1)])), 7);
        assert_eq!(t.add(Constant::Tuple(vec![Constant::Int(1)])), 7);
        assert_eq!(t.find(&Constant::Tuple(vec![Constant::Bool(true)])), None);
        t.truncate(3);
        assert_eq!(t.len(), 3);
        assert_eq!(t.add(Constant::Float(0.0)), 3);
    }
}
