//! Instruction handlers too long to sit inline in the dispatch loop, by group.

pub mod arith;
pub mod attr;
pub mod build;
pub mod exc;
pub mod gen;
pub mod import;
pub mod names;
pub mod pattern;
pub mod subscr;
