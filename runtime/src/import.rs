//! The import system (CPython's `importlib._bootstrap`, in Rust): `sys.modules` first;
//! then a builtin module, or a source file found on `sys.path` (or the parent package's
//! `__path__`), compiled through the installed front end. A module is entered into
//! `sys.modules` *before* its code runs, so circular imports see the partial module,
//! and removed again if its code fails.

use crate::compiler_hook::{self, Mode, Origin};
use crate::errors::{value_error, PyErr, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, Obj, Value};
use crate::objects::{dict, exceptions, iter, list, module, singletons, str as pystr, tuple};
use std::path::{Path, PathBuf};

fn import_error(ty: &crate::object::TypeObject, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    let e = PyErr::new(ty, msg);
    exceptions::set(e.value(), "name", name.map_or_else(singletons::none_obj, pystr::new).value());
    exceptions::set(e.value(), "path", path.map_or_else(singletons::none_obj, pystr::new).value());
    e
}

/// `ModuleNotFoundError: No module named 'x'`.
fn not_found(name: &str) -> PyErr {
    import_error(exceptions::module_not_found_error(), format!("No module named '{name}'"), Some(name), None)
}

/// `IMPORT_NAME`: through `builtins.__import__` when user code replaced it.
pub fn import_with_builtin_hook(builtins: Value, name: Value, globals: Value, fromlist: Value, level: i64) -> PyResult<Obj> {
    let hook = dict::get_str(builtins, pystr::intern("__import__"));
    let Some(hook) = hook else {
        return Err(import_error(exceptions::import_error(), "__import__ not found".into(), None, None));
    };
    if crate::objects::descr::native_name(hook) == Some("__import__") {
        return import_module_level(name, globals, fromlist, level);
    }
    let lvl = crate::objects::int::from_i64(level);
    let locals = singletons::none();
    let g = if globals.is_null() { singletons::none() } else { globals };
    call(hook, &[name, g, locals, fromlist, lvl.value()], Value::NULL)
}

/// The package a relative import is relative to (`__package__`, else from `__name__`).
fn resolve_package(globals: Value) -> PyResult<String> {
    if globals.is_null() || !dict::is_dict(globals) {
        return Err(import_error(exceptions::import_error(), "attempted relative import with no known parent package".into(), None, None));
    }
    if let Some(p) = dict::get_str(globals, pystr::intern("__package__")) {
        if p != singletons::none() {
            if !pystr::is_str(p) {
                return Err(crate::errors::type_error("package must be a string"));
            }
            return Ok(pystr::as_str(p).to_string());
        }
    }
    let Some(n) = dict::get_str(globals, pystr::intern("__name__")) else {
        return Err(crate::errors::key_error(pystr::intern("'__name__' not in globals")));
    };
    let name = pystr::as_str(n).to_string();
    if dict::get_str(globals, pystr::intern("__path__")).is_some() {
        return Ok(name);
    }
    Ok(name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default())
}

/// `importlib.__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(name: Value, globals: Value, fromlist: Value, level: i64) -> PyResult<Obj> {
    let name_s = pystr::as_str(name).to_string();
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    let abs_name = if level > 0 {
        let package = resolve_package(globals)?;
        if package.is_empty() {
            return Err(import_error(exceptions::import_error(), "attempted relative import with no known parent package".into(), None, None));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if (level as usize) > parts.len() {
            return Err(import_error(exceptions::import_error(), "attempted relative import beyond top-level package".into(), None, None));
        }
        let base = parts[..parts.len() - (level as usize - 1)].join(".");
        if name_s.is_empty() { base } else { format!("{base}.{name_s}") }
    } else {
        if name_s.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name_s.clone()
    };
    let m = import_dotted(&abs_name)?;
    let has_fromlist = fromlist != singletons::none() && !fromlist.is_null() && protocol::is_true(fromlist)?;
    if !has_fromlist {
        if level == 0 {
            let top = name_s.split('.').next().unwrap_or("");
            return match dict::get_str(crate::modules::sys::modules(), pystr::intern(top)) {
                Some(t) => Ok(Obj::new_ref(t)),
                None => Err(not_found(top)),
            };
        }
        if name_s.is_empty() {
            return Ok(m);
        }
        let first = name_s.split('.').next().unwrap_or("");
        let cut = name_s.len() - first.len();
        let full = module_name(m.value());
        let want = &full[..full.len() - cut];
        return match dict::get_str(crate::modules::sys::modules(), pystr::intern(want)) {
            Some(t) => Ok(Obj::new_ref(t)),
            None => Err(not_found(want)),
        };
    }
    // from m import a, b: import submodules named in the fromlist.
    if module::is_module(m.value()) && dict::get_str(module::dict(m.value()), pystr::intern("__path__")).is_some() {
        let full = module_name(m.value());
        for item in iter::collect(fromlist)? {
            if !pystr::is_str(item.value()) {
                continue;
            }
            let x = pystr::as_str(item.value());
            if x == "*" {
                if let Some(all) = dict::get_str(module::dict(m.value()), pystr::intern("__all__")) {
                    for sub in iter::collect(all)? {
                        if pystr::is_str(sub.value()) && protocol::lookup_attr(m.value(), sub.value())?.is_none() {
                            let _ = import_dotted(&format!("{full}.{}", pystr::as_str(sub.value())));
                        }
                    }
                }
                continue;
            }
            if protocol::lookup_attr(m.value(), item.value())?.is_none() {
                let sub = format!("{full}.{x}");
                match import_dotted(&sub) {
                    Ok(_) => {}
                    Err(e) if e.matches(exceptions::module_not_found_error()) && exception_name(&e).as_deref() == Some(sub.as_str()) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(m)
}

fn exception_name(e: &PyErr) -> Option<String> {
    exceptions::attr(e.value(), "name").filter(|n| pystr::is_str(*n)).map(|n| pystr::as_str(n).to_string())
}

fn module_name(m: Value) -> String {
    if module::is_module(m) {
        return module::name(m);
    }
    protocol::getattr_str(m, "__name__").map(|n| pystr::as_str(n.value()).to_string()).unwrap_or_default()
}

/// Imports `a`, then `a.b`, then `a.b.c`; returns the last.
fn import_dotted(name: &str) -> PyResult<Obj> {
    let modules = crate::modules::sys::modules();
    if let Some(m) = dict::get_str(modules, pystr::intern(name)) {
        if m == singletons::none() {
            return Err(not_found(name));
        }
        return Ok(Obj::new_ref(m));
    }
    let (parent, search): (Option<Obj>, Vec<PathBuf>) = match name.rsplit_once('.') {
        Some((p, child)) => {
            let parent = import_dotted(p)?;
            // The parent's import may have imported us.
            if let Some(m) = dict::get_str(modules, pystr::intern(name)) {
                return Ok(Obj::new_ref(m));
            }
            let Some(path) = protocol::lookup_attr(parent.value(), pystr::intern("__path__"))? else {
                return Err(import_error(
                    exceptions::module_not_found_error(),
                    format!("No module named '{name}'; '{p}' is not a package"),
                    Some(name),
                    None,
                ));
            };
            let dirs = iter::collect(path.value())?.iter().filter(|d| pystr::is_str(d.value())).map(|d| PathBuf::from(pystr::as_str(d.value()))).collect();
            let _ = child;
            (Some(parent), dirs)
        }
        None => {
            if let Some(r) = crate::modules::create(name) {
                let m = r?;
                dict::set(modules, pystr::intern(name), m.value())?;
                return Ok(m);
            }
            if let Some(src) = crate::frozen::source(name) {
                return load_code(name, src.as_bytes(), &format!("<frozen {name}>"), None, false);
            }
            let path = crate::modules::sys::get("path").map(|p| iter::collect(p.value())).transpose()?.unwrap_or_default();
            (None, path.iter().filter(|d| pystr::is_str(d.value())).map(|d| PathBuf::from(pystr::as_str(d.value()))).collect())
        }
    };
    let last = name.rsplit('.').next().unwrap_or(name);
    let Some((file, is_pkg)) = find(&search, last) else {
        return Err(not_found(name));
    };
    let m = load_source(name, &file, is_pkg)?;
    if let Some(parent) = parent {
        protocol::setattr(parent.value(), pystr::intern(last), m.value())?;
    }
    Ok(m)
}

/// `dir/name/__init__.py` (a package) or `dir/name.py`, in path order.
fn find(dirs: &[PathBuf], name: &str) -> Option<(PathBuf, bool)> {
    for d in dirs {
        let d = if d.as_os_str().is_empty() { Path::new(".") } else { d.as_path() };
        let pkg = d.join(name).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = d.join(format!("{name}.py"));
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}

/// Creates, registers and executes a source module.
fn load_source(name: &str, file: &Path, is_pkg: bool) -> PyResult<Obj> {
    let path_s = file.display().to_string();
    let data = std::fs::read(file).map_err(|e| exceptions::from_io_error(&e, Some(pystr::new(&path_s).value())))?;
    load_code(name, &data, &path_s, Some(file), is_pkg)
}

/// Compiles `data`, then creates, registers and executes module `name` from it.
fn load_code(name: &str, data: &[u8], path_s: &str, file: Option<&Path>, is_pkg: bool) -> PyResult<Obj> {
    let code = compiler_hook::compile(data, path_s, Mode::Exec, Origin::File, 0)?;
    let m = module::new(name);
    let d = module::dict(m.value());
    if file.is_some() {
        dict::set_item_str(d, "__file__", pystr::new(path_s).value());
    }
    dict::set_item_str(d, "__cached__", singletons::none());
    dict::set_item_str(d, "__loader__", singletons::none());
    dict::set_item_str(d, "__spec__", singletons::none());
    let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
    dict::set_item_str(d, "__package__", pystr::new(&package).value());
    if let (true, Some(file)) = (is_pkg, file) {
        let dir = file.parent().map(|p| p.display().to_string()).unwrap_or_default();
        dict::set_item_str(d, "__path__", list::new(vec![pystr::new(&dir)]).value());
    }
    dict::set_item_str(d, "__builtins__", crate::builtins::builtins_dict());
    let modules = crate::modules::sys::modules();
    dict::set(modules, pystr::intern(name), m.value())?;
    if let Err(e) = crate::interp::run_code(code.value(), d, d) {
        let _ = dict::pop(modules, pystr::intern(name));
        return Err(e);
    }
    // A module may replace itself in sys.modules.
    match dict::get_str(modules, pystr::intern(name)) {
        Some(x) => Ok(Obj::new_ref(x)),
        None => Err(import_error(exceptions::import_error(), format!("Loaded module {name} not found in sys.modules"), Some(name), None)),
    }
}

/// `IMPORT_FROM`: `module.name`, else the submodule `module.name` from `sys.modules`.
pub fn import_from(m: Value, name: Value) -> PyResult<Obj> {
    if let Some(v) = protocol::lookup_attr(m, name)? {
        return Ok(v);
    }
    let pkg = module_name(m);
    let n = pystr::as_str(name);
    let full = format!("{pkg}.{n}");
    if let Some(x) = dict::get_str(crate::modules::sys::modules(), pystr::intern(&full)) {
        return Ok(Obj::new_ref(x));
    }
    let file = if module::is_module(m) { dict::get_str(module::dict(m), pystr::intern("__file__")) } else { None };
    let location = match file {
        Some(f) if pystr::is_str(f) => pystr::as_str(f).to_string(),
        _ => "unknown location".to_string(),
    };
    let initializing = module::is_module(m)
        && dict::get_str(crate::modules::sys::modules(), pystr::intern(&pkg)) == Some(m)
        && is_initializing(m);
    let msg = if initializing {
        format!("cannot import name '{n}' from partially initialized module '{pkg}' (most likely due to a circular import) ({location})")
    } else {
        format!("cannot import name '{n}' from '{pkg}' ({location})")
    };
    Err(import_error(exceptions::import_error(), msg, Some(&pkg), file.filter(|f| pystr::is_str(*f)).map(pystr::as_str)))
}

/// True while a module's code is still running (it is on the current frame chain).
fn is_initializing(m: Value) -> bool {
    let d = module::dict(m);
    let mut f = crate::interp::thread_state().current;
    while !f.is_null() {
        // SAFETY: frames on the chain are live.
        let fr = unsafe { &*f };
        if fr.globals == d && fr.func.is_null() {
            return true;
        }
        f = fr.previous;
    }
    false
}

/// Registers an already-made module in `sys.modules`.
pub fn register(name: &str, m: Value) -> PyResult<()> {
    dict::set(crate::modules::sys::modules(), pystr::intern(name), m)
}

/// For `-m`: finds a module's source file without running it.
pub fn find_module_file(name: &str) -> PyResult<Option<PathBuf>> {
    let path = crate::modules::sys::get("path").map(|p| iter::collect(p.value())).transpose()?.unwrap_or_default();
    let dirs: Vec<PathBuf> = path.iter().filter(|d| pystr::is_str(d.value())).map(|d| PathBuf::from(pystr::as_str(d.value()))).collect();
    let _ = tuple::empty();
    Ok(find(&dirs, name).map(|(p, _)| p))
}
