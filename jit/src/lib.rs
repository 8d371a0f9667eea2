//! taipan-jit: the Cranelift tier. Hot code objects are translated from quickened
//! bytecode to native functions that share the interpreter's frame layout.
//!
//! This crate holds only its skeleton until the JIT issue; the runtime runs without it.
#![deny(missing_docs)]

/// Name of the tier as shown by `--jit-stats`.
pub const TIER_NAME: &str = "cranelift";
