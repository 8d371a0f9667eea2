//! taipan-jit: the Cranelift tier. Hot code objects are translated from quickened
//! bytecode to native functions that share the interpreter's frame layout.
//!
//! So far: `native`, the Cranelift module compiled functions go into. The bytecode
//! translation is the JIT issue's work; the runtime runs without this crate.
#![deny(missing_docs)]

pub mod native;

/// Name of the tier as shown by `--jit-stats`.
pub const TIER_NAME: &str = "cranelift";
