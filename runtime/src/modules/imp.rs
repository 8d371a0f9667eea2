//! The `_imp` module: the import system's Rust half as seen from Python, for the embedded
//! `importlib`, `marshal`, `py_compile` and `compileall` modules (runtime/lib).
//!
//! `import_module(name, package)`, `reload(module)`, `find_source(name)` →
//! `(path, is_package)` or None, `cache_from_source(path)`, `source_code(path)` (the code
//! of a source file, through its .pyc), `compile_file(path)` (write its .pyc; returns the
//! cache path), `dumps(value)` / `loads(bytes)` (taipan's marshal format), `magic`
//! (the .pyc magic bytes) and `cache_tag`.

use crate::errors::{type_error, value_error, PyResult};
use crate::object::{Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, bool_, bytes, dict, module, singletons, str as pystr, tuple};
use std::path::Path;

fn str_arg(fname: &str, v: Value) -> PyResult<&'static str> {
    if !pystr::is_str(v) {
        return Err(type_error(format!("{fname}() argument must be str, not {}", crate::object::type_of(v).name())));
    }
    Ok(pystr::as_str(v))
}

fn import_module(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("import_module", a, kw, &["name", "package"], 1)?;
    let name = str_arg("import_module", b[0])?;
    let package = if b[1].is_null() || b[1] == singletons::none() { None } else { Some(str_arg("import_module", b[1])?) };
    crate::import::import_module(name, package)
}

fn reload(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("reload", a, kw, &["module"], 1)?;
    crate::import::reload(b[0])
}

fn find_source(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("find_source", a, kw, &["name"], 1)?;
    Ok(match crate::import::find_source(str_arg("find_source", b[0])?)? {
        Some((p, is_pkg)) => tuple::pair(pystr::new(&p.display().to_string()), bool_::from_bool(is_pkg)),
        None => singletons::none_obj(),
    })
}

fn cache_from_source(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("cache_from_source", a, kw, &["path"], 1)?;
    let p = str_arg("cache_from_source", b[0])?;
    Ok(pystr::new(&crate::pyc::cache_path(Path::new(p)).display().to_string()))
}

fn source_code(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("source_code", a, kw, &["path"], 1)?;
    let p = str_arg("source_code", b[0])?;
    crate::import::source_code(Path::new(p), p)
}

fn compile_file(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("compile_file", a, kw, &["path", "cfile"], 1)?;
    let p = str_arg("compile_file", b[0])?;
    let path = Path::new(p);
    let data = std::fs::read(path).map_err(|e| crate::objects::exceptions::from_io_error(&e, Some(b[0])))?;
    let code = crate::compiler_hook::compile(&data, p, crate::compiler_hook::Mode::Exec, crate::compiler_hook::Origin::File, 0)?;
    let stamp = crate::pyc::SourceStamp::of(path).ok_or_else(|| crate::errors::os_error(format!("cannot stat {p}")))?;
    let out = crate::pyc::encode(code.value(), stamp)?;
    let cfile = if b[1].is_null() || b[1] == singletons::none() {
        crate::pyc::cache_path(path)
    } else {
        Path::new(str_arg("compile_file", b[1])?).to_path_buf()
    };
    crate::pyc::write_atomic(&cfile, &out).map_err(|e| crate::objects::exceptions::from_io_error(&e, None))?;
    Ok(pystr::new(&cfile.display().to_string()))
}

fn dumps(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("dumps", a, kw, &["value", "version"], 1)?;
    Ok(bytes::new(&crate::pyc::marshal::dumps(b[0])?))
}

fn loads(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("loads", a, kw, &["bytes"], 1)?;
    let data = bytes::bytes_from_object(b[0])?;
    crate::pyc::marshal::loads(&data, None).map_err(|e| value_error(format!("bad marshal data ({})", e.0)))
}

fn is_frozen(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("is_frozen", a, kw, &["name"], 1)?;
    Ok(bool_::from_bool(crate::frozen::source(str_arg("is_frozen", b[0])?).is_some()))
}

fn is_frozen_package(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let b = args::bind("is_frozen_package", a, kw, &["name"], 1)?;
    Ok(bool_::from_bool(crate::frozen::is_package(str_arg("is_frozen_package", b[0])?)))
}

static FUNCTIONS: &[MethodDef] = crate::methods![
    "is_frozen" => is_frozen, static;
    "is_frozen_package" => is_frozen_package, static;
    "import_module" => import_module, static;
    "reload" => reload, static;
    "find_source" => find_source, static;
    "cache_from_source" => cache_from_source, static;
    "source_code" => source_code, static;
    "compile_file" => compile_file, static;
    "dumps" => dumps, static;
    "loads" => loads, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let m = module::new("_imp");
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "_imp").value());
    }
    let mut magic = crate::pyc::magic().to_vec();
    magic.extend_from_slice(b"\r\n");
    dict::set_item_str(d, "magic", bytes::new(&magic).value());
    dict::set_item_str(d, "cache_tag", pystr::new(crate::modules::sys::CACHE_TAG).value());
    Ok(m)
}
