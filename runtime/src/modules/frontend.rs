//! `_frontend`: the door from Python's `ast` and `tokenize` modules (runtime/lib) to the
//! front end's parser and tokenizer, through `compiler_hook`.

use crate::compiler_hook::{self, Origin};
use crate::errors::{type_error, PyResult};
use crate::object::{type_of, Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, bytes, dict, module, str as pystr};

/// `parse(source, filename, mode, type_comments)`: the tree as nested tuples.
fn parse(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("parse", a, kw, 4)?;
    let src: Vec<u8> = if pystr::is_str(a[0]) {
        pystr::as_str(a[0]).as_bytes().to_vec()
    } else if bytes::is_bytes(a[0]) {
        bytes::data(a[0]).to_vec()
    } else {
        return Err(type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let origin = Origin::String;
    if let Some(&bad) = a[1..3].iter().find(|v| !pystr::is_str(**v)) {
        return Err(type_error(format!("parse() filename and mode must be str, not {}", type_of(bad).name())));
    }
    let type_comments = crate::object::protocol::is_true(a[3])?;
    compiler_hook::parse_ast(&src, pystr::as_str(a[1]), pystr::as_str(a[2]), type_comments, origin)
}

/// `tokenize(readline, is_bytes)`: `(tokens, error)`.
fn tokenize(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("tokenize", a, kw, 2)?;
    compiler_hook::tokenize(a[0], crate::object::protocol::is_true(a[1])?)
}

/// `token_table()`: `(names, {operator: exact type})` for the `token` module.
fn token_table(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("token_table", a, kw, 0)?;
    let (names, exact) = compiler_hook::token_table()?;
    let names = crate::objects::list::new(names.iter().map(|n| pystr::new(n)).collect());
    let d = dict::new();
    for (op, kind) in exact {
        dict::set_item_str(d.value(), op, crate::objects::int::from_i64(*kind as i64).value());
    }
    Ok(crate::objects::tuple::from_vec(vec![names, d]))
}

static FUNCTIONS: &[MethodDef] = crate::methods![
    "parse" => parse, static;
    "tokenize" => tokenize, static;
    "token_table" => token_table, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let m = module::new("_frontend");
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "_frontend").value());
    }
    Ok(m)
}
