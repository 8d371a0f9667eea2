//! taipan's front end: stages 1–4 of the pipeline, source bytes in, code objects out.
//!
//! ```text
//! source bytes ─▶ source ─▶ tokenizer ─▶ parser ─▶ ast ─▶ (symtable, compiler) ─▶ code object
//! ```
//!
//! Each stage is a module named after it. `tokenize` and the dump in `ast` are the
//! Python-visible faces of stages 2 and 3: `taipan -m tokenize` and `taipan -m ast`
//! print byte for byte what CPython 3.11 prints.
//!
//! ```
//! let module = taipan::parser::parse_source("x = 1 + 2\n", "<demo>", taipan::parser::Mode::Exec).unwrap();
//! assert!(taipan::ast::dump::dump_mod(&module, false, Some(1)).starts_with("Module("));
//! ```

pub mod ast;
pub mod compiler;
pub mod driver;
pub mod error;
pub mod parser;
pub mod source;
pub mod symtable;
pub mod token;
pub mod tokenize;
pub mod tokenize_py;
pub mod tokenizer;
