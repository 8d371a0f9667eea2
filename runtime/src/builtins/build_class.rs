//! Builtins that run code: `__build_class__` (the `class` statement), `exec`, `eval`,
//! `compile` and `__import__`.

use crate::compiler_hook::{self, Mode, Origin};
use crate::errors::{type_error, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, Obj, TypeObject, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, cell, dict, function, pytype, singletons, str as pystr, tuple};

/// `_PyType_CalculateMetaclass`: the most derived metaclass of `meta` and the bases'.
fn calculate_metaclass(meta: &'static TypeObject, bases: &[Value]) -> PyResult<&'static TypeObject> {
    let mut winner = meta;
    for &b in bases {
        let bt = type_of(b);
        if winner.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__mro_entries__`: non-class bases may substitute themselves (PEP 560).
fn resolve_bases(bases: &[Value]) -> PyResult<(Vec<Obj>, bool)> {
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for &b in bases {
        if pytype::is_type(b) {
            out.push(Obj::new_ref(b));
            continue;
        }
        match protocol::lookup_attr(b, crate::interned!("__mro_entries__"))? {
            Some(m) => {
                let orig = tuple::from_slice(bases);
                let r = call(m.value(), &[orig.value()], Value::NULL)?;
                if !tuple::is_tuple(r.value()) {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                }
                out.extend(tuple::items(r.value()).iter().map(|&x| Obj::new_ref(x)));
                changed = true;
            }
            None => out.push(Obj::new_ref(b)),
        }
    }
    Ok((out, changed))
}

fn build_class(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let mut parsed = args::Args::new(a, kw);
    let pos = parsed.pos;
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (pos[0], pos[1]);
    if !function::is_function(func) {
        return Err(type_error("__build_class__: func must be a function"));
    }
    if !pystr::is_str(name) {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &pos[2..];
    let (bases, changed) = resolve_bases(orig_bases)?;
    let bases_vals: Vec<Value> = bases.iter().map(|o| o.value()).collect();
    let bases_t = tuple::from_slice(&bases_vals);
    let explicit = parsed.take_kw("metaclass");
    let kwds = parsed.kw;
    let meta: Obj = match explicit {
        Some(m) => Obj::new_ref(m),
        None if bases_vals.is_empty() => Obj::new_ref(pytype::TYPE_TYPE.as_value()),
        None => Obj::new_ref(Value::from_ptr(type_of(bases_vals[0]))),
    };
    let meta = if pytype::is_type(meta.value()) {
        let m = calculate_metaclass(pytype::as_type(meta.value()), &bases_vals)?;
        Obj::new_ref(m.as_value())
    } else {
        meta
    };
    let kw_names: Vec<Value> = kwds.iter().map(|(k, _)| *k).collect();
    let kw_vals: Vec<Value> = kwds.iter().map(|(_, v)| *v).collect();
    let kwnames = if kw_names.is_empty() { Obj::immediate(Value::NULL) } else { tuple::from_slice(&kw_names) };
    // namespace = meta.__prepare__(name, bases, **kwds)
    let ns = match protocol::lookup_attr(meta.value(), crate::interned!("__prepare__"))? {
        Some(prep) => {
            let mut argv = vec![name, bases_t.value()];
            argv.extend_from_slice(&kw_vals);
            call(prep.value(), &argv, kwnames.value())?
        }
        None => dict::new(),
    };
    if !dict::is_dict(ns.value()) && type_of(ns.value()).slots.getitem.get().is_none() {
        return Err(type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            protocol::type_name(meta.value()),
            type_of(ns.value()).name()
        )));
    }
    let cell_or_none = crate::interp::run_class_body(func, ns.value())?;
    if changed {
        dict::set_item_str(ns.value(), "__orig_bases__", tuple::from_slice(orig_bases).value());
    }
    let mut argv = vec![name, bases_t.value(), ns.value()];
    argv.extend_from_slice(&kw_vals);
    let cls = call(meta.value(), &argv, kwnames.value())?;
    if cell::is_cell(cell_or_none.value()) && pytype::is_type(cls.value()) {
        let c = cell::get(cell_or_none.value());
        if c != cls.value() {
            if c.is_null() {
                return Err(crate::errors::runtime_error(format!(
                    "__class__ not set defining '{}' as {}. Was __classcell__ propagated to type.__new__?",
                    pystr::as_str(name),
                    protocol::repr_string(cls.value())?
                )));
            }
            return Err(type_error(format!(
                "__class__ set to {} defining '{}' as {}",
                protocol::repr_string(c)?,
                pystr::as_str(name),
                protocol::repr_string(cls.value())?
            )));
        }
    }
    Ok(cls)
}

fn source_bytes(v: Value, fname: &str) -> PyResult<Vec<u8>> {
    if pystr::is_str(v) {
        return Ok(pystr::as_bytes(v).to_vec());
    }
    if crate::objects::bytes::is_bytes(v) || crate::objects::bytearray::is_bytearray(v) {
        return Ok(crate::objects::bytes::as_bytes_opt(v).unwrap_or(&[]).to_vec());
    }
    Err(type_error(format!("{fname}() arg 1 must be a string, bytes or code object")))
}

/// `(globals, locals)` for exec/eval: defaults from the calling frame, and `__builtins__`
/// added to a globals dict that lacks it.
fn namespaces(fname: &str, g: Value, l: Value) -> PyResult<(Obj, Obj)> {
    let g = if g == singletons::none() { Value::NULL } else { g };
    let l = if l == singletons::none() { Value::NULL } else { l };
    if !g.is_null() && !dict::is_dict(g) {
        return Err(type_error(format!(
            "{fname}() globals must be a dict, not {}",
            type_of(g).name()
        )));
    }
    if !l.is_null() && type_of(l).slots.getitem.get().is_none() {
        return Err(type_error(format!("locals must be a mapping")));
    }
    let (globals, locals) = if g.is_null() {
        let cg = crate::interp::state::current_globals();
        let cl = super::introspect::current_locals()?;
        let locals = if l.is_null() { cl } else { Obj::new_ref(l) };
        (Obj::new_ref(cg), locals)
    } else {
        let locals = if l.is_null() { Obj::new_ref(g) } else { Obj::new_ref(l) };
        (Obj::new_ref(g), locals)
    };
    if dict::get_str(globals.value(), crate::interned!("__builtins__")).is_none() {
        dict::set_item_str(globals.value(), "__builtins__", super::builtins_dict());
    }
    Ok((globals, locals))
}

fn run_source(fname: &str, src: Value, g: Value, l: Value, mode: Mode) -> PyResult<Obj> {
    let (globals, locals) = namespaces(fname, g, l)?;
    let code = if crate::bytecode::code::is_code(src) {
        Obj::new_ref(src)
    } else {
        let mut bytes = source_bytes(src, fname)?;
        if mode == Mode::Eval {
            // eval() strips leading spaces and tabs.
            let skip = bytes.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
            bytes.drain(..skip);
        }
        compiler_hook::compile(&bytes, "<string>", mode, Origin::String, 0)?
    };
    crate::interp::run_code(code.value(), globals.value(), locals.value())
}

fn exec(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("exec", a, kw, &["source", "globals", "locals"], 1)?;
    run_source("exec", b[0], b[1], b[2], Mode::Exec)?;
    Ok(singletons::none_obj())
}

fn eval(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("eval", a, kw, &["source", "globals", "locals"], 1)?;
    if !crate::bytecode::code::is_code(b[0]) && !pystr::is_str(b[0]) && !crate::objects::bytes::is_bytes(b[0]) && !crate::objects::bytearray::is_bytearray(b[0]) {
        return Err(type_error("eval() arg 1 must be a string, bytes or code object"));
    }
    run_source("eval", b[0], b[1], b[2], Mode::Eval)
}

/// An instance of `ast.AST` (a class of the `ast` module named AST in its MRO).
fn is_ast_node(v: Value) -> bool {
    let mro = type_of(v).mro.get();
    !mro.is_null()
        && crate::objects::tuple::items(mro).iter().any(|&t| {
            let t = crate::objects::pytype::as_type(t);
            t.name() == "AST" && crate::objects::pytype::module_name(t) == Some("ast")
        })
}

/// `ast.PyCF_ONLY_AST`: compile() returns the syntax tree.
const PY_CF_ONLY_AST: i64 = 0x400;
/// `ast.PyCF_TYPE_COMMENTS`.
const PY_CF_TYPE_COMMENTS: i64 = 0x1000;

fn compile(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind(
        "compile",
        a,
        kw,
        &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        3,
    )?;
    let flags = if b[3].is_null() { 0 } else { crate::objects::int::as_i64(b[3]).unwrap_or(0) };
    let is_ast = !pystr::is_str(b[0]) && !crate::objects::bytes::is_bytes(b[0]) && !crate::objects::bytearray::is_bytearray(b[0]) && is_ast_node(b[0]);
    if is_ast && flags & PY_CF_ONLY_AST != 0 {
        return Ok(Obj::new_ref(b[0]));
    }
    let src = if is_ast {
        Vec::new()
    } else if pystr::is_str(b[0]) || crate::objects::bytes::is_bytes(b[0]) || crate::objects::bytearray::is_bytearray(b[0]) {
        source_bytes(b[0], "compile")?
    } else {
        return Err(type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let filename = if pystr::is_str(b[1]) {
        pystr::as_str(b[1]).to_string()
    } else if crate::objects::bytes::is_bytes(b[1]) {
        String::from_utf8_lossy(crate::objects::bytes::as_bytes_opt(b[1]).unwrap_or(&[])).into_owned()
    } else {
        return Err(type_error(format!(
            "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
            type_of(b[1]).name()
        )));
    };
    if !pystr::is_str(b[2]) {
        return Err(type_error(format!("compile() argument 'mode' must be str, not {}", type_of(b[2]).name())));
    }
    let mode = match pystr::as_str(b[2]) {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => return Err(crate::errors::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let optimize = if b[5].is_null() { 0 } else { crate::objects::int::as_i64(b[5]).unwrap_or(0).clamp(0, 2) as u8 };
    if is_ast {
        return compiler_hook::compile_ast(b[0], &filename, pystr::as_str(b[2]), optimize);
    }
    if flags & PY_CF_ONLY_AST != 0 {
        // The `ast` module builds the node objects from the parser's tree.
        let ast = crate::import::import_module_level(crate::interned!("ast"), Value::NULL, Value::NULL, 0)?;
        let build = crate::object::protocol::getattr_str(ast.value(), "_build")?;
        let tree = compiler_hook::parse_ast(&src, &filename, pystr::as_str(b[2]), flags & PY_CF_TYPE_COMMENTS != 0, Origin::String)?;
        return crate::interp::call::call(build.value(), &[tree.value()], Value::NULL);
    }
    compiler_hook::compile(&src, &filename, mode, Origin::String, optimize)
}

fn import(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("__import__", a, kw, &["name", "globals", "locals", "fromlist", "level"], 1)?;
    if !pystr::is_str(b[0]) {
        return Err(type_error(format!("__import__() argument 1 must be str, not {}", type_of(b[0]).name())));
    }
    let level = if b[4].is_null() { 0 } else { crate::objects::int::as_i64(b[4]).unwrap_or(0) };
    let globals = if b[1].is_null() || b[1] == singletons::none() { Value::NULL } else { b[1] };
    let fromlist = if b[3].is_null() { singletons::none() } else { b[3] };
    crate::import::import_module_level(b[0], globals, fromlist, level)
}

/// The functions defined here.
pub static FUNCTIONS: &[MethodDef] = crate::methods![
    "__build_class__" => build_class, static;
    "exec" => exec, static;
    "eval" => eval, static;
    "compile" => compile, static;
    "__import__" => import, static;
];
