//! The front end's side of Python's `tokenize` module (`runtime/lib/tokenize.py`):
//! drives `tokenize.rs` with the program's `readline` and returns the tokens as tuples.

use crate::tokenize::{self, TokInfo, TokenizeError};
use taipan_runtime::errors::{PyErr, PyResult};
use taipan_runtime::object::{Obj, Value};
use taipan_runtime::objects::{bytes, exceptions, int, list, singletons, str as pystr, tuple};

/// `(tokens, error)`: see `compiler_hook::Compiler::tokenize`.
pub fn tokenize(readline: Value, is_bytes: bool) -> PyResult<Obj> {
    let mut failure: Option<PyErr> = None;
    let (toks, err) = if is_bytes {
        let mut src = Vec::new();
        loop {
            let Some(line) = next_line(readline)? else { break };
            if !bytes::is_bytes(line.value()) {
                return Err(taipan_runtime::errors::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    taipan_runtime::object::type_of(line.value()).name()
                )));
            }
            let b = bytes::data(line.value());
            if b.is_empty() {
                break;
            }
            src.extend_from_slice(b);
        }
        tokenize::tokens_from_bytes(&src)
    } else {
        // Lines are read as the tokenizer asks for them; a Python error in `readline`
        // stops it and is raised after the tokens already made.
        let mut read = || -> Result<Vec<u32>, TokenizeError> {
            match next_line(readline) {
                Ok(None) => Ok(Vec::new()),
                Ok(Some(line)) if pystr::is_str(line.value()) => Ok(pystr::as_str(line.value()).chars().map(|c| c as u32).collect()),
                Ok(Some(line)) => {
                    failure = Some(taipan_runtime::errors::type_error(format!(
                        "readline() returned a non-string object: {}",
                        taipan_runtime::object::type_of(line.value()).name()
                    )));
                    Err(TokenizeError::Decode(String::new()))
                }
                Err(e) => {
                    failure = Some(e);
                    Err(TokenizeError::Decode(String::new()))
                }
            }
        };
        tokenize::tokens_from_lines(&mut read)
    };
    if let Some(e) = failure {
        return Err(e);
    }
    let items: Vec<Obj> = toks.iter().map(token).collect();
    let error = match err {
        None => singletons::none_obj(),
        Some(e) => error_tuple(&e),
    };
    Ok(tuple::from_vec(vec![list::new(items), error]))
}

/// The next line from `readline`, `None` at the end (StopIteration counts as the end,
/// as in CPython's tokenize).
fn next_line(readline: Value) -> PyResult<Option<Obj>> {
    match taipan_runtime::interp::call::call(readline, &[], Value::NULL) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(exceptions::stop_iteration()) => Ok(None),
        Err(e) => Err(e),
    }
}

fn token(t: &TokInfo) -> Obj {
    let pos = |(r, c): (usize, usize)| tuple::from_vec(vec![int::from_i64(r as i64), int::from_i64(c as i64)]);
    tuple::from_vec(vec![int::from_i64(t.kind as i64), pystr::new(&t.string), pos(t.start), pos(t.end), pystr::new(&t.line)])
}

fn error_tuple(e: &TokenizeError) -> Obj {
    let (kind, msg, line, col) = match e {
        TokenizeError::Token { msg, line, col } => ("TokenError", msg.clone(), *line, *col),
        TokenizeError::Indentation { msg, line, col } => ("IndentationError", msg.clone(), *line, *col),
        TokenizeError::Syntax(msg) => ("SyntaxError", msg.clone(), 0, 0),
        TokenizeError::Decode(msg) => ("SyntaxError", msg.clone(), 0, 0),
    };
    tuple::from_vec(vec![pystr::new(kind), pystr::new(&msg), int::from_i64(line as i64), int::from_i64(col as i64)])
}
