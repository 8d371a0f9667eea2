//! taipan-runtime: stage 5 of the pipeline and everything it stands on — the bytecode
//! definition, objects, the interpreter loop, the GIL and the import system.
//!
//! The runtime never depends on the front end: source is compiled through a `Compiler`
//! trait installed at start-up, and native code through a `JitBackend` trait, so the
//! virtual machine builds and runs with neither a parser nor a JIT.
#![deny(missing_docs)]

pub mod builtins;
pub mod bytecode;
pub mod codecs;
pub mod compiler_hook;
pub mod errors;
pub mod float_repr;
pub mod format;
pub mod frozen;
pub mod gil;
pub mod import;
pub mod interp;
pub mod jit_hook;
pub mod modules;
pub mod object;
pub mod objects;
pub mod pyc;
pub mod signals;
pub mod startup;
pub mod unicode;
