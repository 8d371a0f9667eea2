//! `from __future__ import ...` at the top of a module (CPython's `Python/future.c`):
//! which features are on, and the errors for unknown or misplaced ones.

use super::fold::docstring;
use crate::ast::{Mod, StmtKind};
use crate::error::{ErrorKind, SyntaxError};

/// `co_flags` bit of `barry_as_FLUFL`.
pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
/// `co_flags` bit of `annotations`.
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// The module's future features.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Future {
    /// `CO_FUTURE_*` bits.
    pub features: u32,
    /// Line of the last future import (-1: none); later ones are errors.
    pub lineno: i32,
}

fn located(msg: String, filename: &str, lineno: u32, offset: i64) -> SyntaxError {
    // CPython's PyErr_SyntaxLocationObject: a start column only.
    SyntaxError::at_chars(ErrorKind::Syntax, msg, filename, lineno, offset, lineno, -1, None)
}

/// `_PyFuture_FromAST`.
pub(crate) fn parse(m: &Mod, filename: &str) -> Result<Future, SyntaxError> {
    let mut ff = Future { features: 0, lineno: -1 };
    let body = match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(ff),
    };
    let mut done = false;
    let mut prev_line = 0;
    let start = usize::from(docstring(body).is_some());
    for s in &body[start.min(body.len())..] {
        if done && s.loc.lineno > prev_line {
            return Ok(ff);
        }
        prev_line = s.loc.lineno;
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, .. } if &**m == "__future__" => {
                if done {
                    // Only reachable with `;` on one line; CPython passes the 0-based column.
                    return Err(located(
                        "from __future__ imports must occur at the beginning of the file".into(),
                        filename,
                        s.loc.lineno,
                        s.loc.col as i64,
                    ));
                }
                for a in names {
                    match &*a.name {
                        "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement"
                        | "print_function" | "unicode_literals" | "generator_stop" => {}
                        "barry_as_FLUFL" => ff.features |= CO_FUTURE_BARRY_AS_BDFL,
                        "annotations" => ff.features |= CO_FUTURE_ANNOTATIONS,
                        "braces" => return Err(located("not a chance".into(), filename, s.loc.lineno, s.loc.col as i64 + 1)),
                        other => {
                            return Err(located(
                                format!("future feature {other} is not defined"),
                                filename,
                                s.loc.lineno,
                                s.loc.col as i64 + 1,
                            ))
                        }
                    }
                }
                ff.lineno = s.loc.lineno as i32;
            }
            _ => done = true,
        }
    }
    Ok(ff)
}
