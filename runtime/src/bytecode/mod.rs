//! The bytecode: the one opcode table and the code object.

pub mod code;
pub mod opcodes;
pub mod quicken;
