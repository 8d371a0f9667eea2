//! The import system (CPython's `importlib._bootstrap`, in Rust): `sys.modules` first;
//! then a builtin module, or a source file found on `sys.path` (or the parent package's
//! `__path__`), compiled through the installed front end. A module is entered into
//! `sys.modules` *before* its code runs, so circular imports see the partial module,
//! and removed again if its code fails.

use crate::compiler_hook::{self, Mode, Origin};
use crate::errors::{value_error, PyErr, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, Obj, Value};
use crate::objects::{dict, exceptions, iter, list, module, singletons, str as pystr};
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
    let hook = dict::get_str(builtins, crate::interned!("__import__"));
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
    if let Some(p) = dict::get_str(globals, crate::interned!("__package__")) {
        if p != singletons::none() {
            if !pystr::is_str(p) {
                return Err(crate::errors::type_error("package must be a string"));
            }
            return Ok(pystr::as_str(p).to_string());
        }
    }
    let Some(n) = dict::get_str(globals, crate::interned!("__name__")) else {
        return Err(crate::errors::key_error(crate::interned!("'__name__' not in globals")));
    };
    let name = pystr::as_str(n).to_string();
    if dict::get_str(globals, crate::interned!("__path__")).is_some() {
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
        relative_name(&package, level as usize, &name_s)?
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
    if module::is_module(m.value()) && dict::get_str(module::dict(m.value()), crate::interned!("__path__")).is_some() {
        let full = module_name(m.value());
        for item in iter::collect(fromlist)? {
            if !pystr::is_str(item.value()) {
                continue;
            }
            let x = pystr::as_str(item.value());
            if x == "*" {
                if let Some(all) = dict::get_str(module::dict(m.value()), crate::interned!("__all__")) {
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
            if let Some(src) = crate::frozen::source(name) {
                let m = load_code(name, src.as_bytes(), &format!("<frozen {name}>"), None, crate::frozen::is_package(name))?;
                protocol::setattr(parent.value(), pystr::intern(child), m.value())?;
                return Ok(m);
            }
            let Some(path) = protocol::lookup_attr(parent.value(), crate::interned!("__path__"))? else {
                return Err(import_error(
                    exceptions::module_not_found_error(),
                    format!("No module named '{name}'; '{p}' is not a package"),
                    Some(name),
                    None,
                ));
            };
            let dirs = dirs_of(path.value())?;
            (Some(parent), dirs)
        }
        None => {
            if let Some(r) = crate::modules::create(name) {
                let m = r?;
                dict::set(modules, pystr::intern(name), m.value())?;
                return Ok(m);
            }
            if let Some(src) = crate::frozen::source(name) {
                return load_code(name, src.as_bytes(), &format!("<frozen {name}>"), None, crate::frozen::is_package(name));
            }
            (None, search_path()?)
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
    let code = source_code(file, &path_s)?;
    exec_new_module(name, code, Some(file), is_pkg)
}

/// The code of source file `file`: from its `.pyc` when that is current and valid, else
/// compiled (and the cache written, unless writing bytecode is turned off).
pub fn source_code(file: &Path, path_s: &str) -> PyResult<Obj> {
    let stamp = crate::pyc::SourceStamp::of(file);
    let filename = pystr::new(path_s);
    if let Some(stamp) = stamp {
        if let Some(code) = crate::pyc::read(file, stamp, filename.value()) {
            return Ok(code);
        }
    }
    let data = std::fs::read(file).map_err(|e| exceptions::from_io_error(&e, Some(filename.value())))?;
    let code = compiler_hook::compile(&data, path_s, Mode::Exec, Origin::File, 0)?;
    if let Some(stamp) = stamp {
        if !dont_write_bytecode() {
            crate::pyc::write(file, stamp, code.value());
        }
    }
    Ok(code)
}

/// `sys.dont_write_bytecode` (set by `-B` and PYTHONDONTWRITEBYTECODE; programs may change it).
fn dont_write_bytecode() -> bool {
    crate::modules::sys::get("dont_write_bytecode").is_some_and(|v| protocol::is_true(v.value()).unwrap_or(false))
}

/// Compiles `data`, then creates, registers and executes module `name` from it.
fn load_code(name: &str, data: &[u8], path_s: &str, file: Option<&Path>, is_pkg: bool) -> PyResult<Obj> {
    let code = compiler_hook::compile(data, path_s, Mode::Exec, Origin::File, 0)?;
    exec_new_module(name, code, file, is_pkg)
}

/// Sets the attributes the import system gives a module: `__file__`, `__cached__`,
/// `__package__`, `__path__` (packages), `__spec__` and `__loader__`.
fn set_module_attrs(d: Value, name: &str, file: Option<&Path>, is_pkg: bool) -> PyResult<()> {
    let path_s = file.map(|f| f.display().to_string());
    let cached = file.map(|f| crate::pyc::cache_path(f).display().to_string());
    if let Some(p) = &path_s {
        dict::set_item_str(d, "__file__", pystr::new(p).value());
    }
    match &cached {
        Some(c) => dict::set_item_str(d, "__cached__", pystr::new(c).value()),
        None => dict::set_item_str(d, "__cached__", singletons::none()),
    }
    let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
    dict::set_item_str(d, "__package__", pystr::new(&package).value());
    let search = if is_pkg {
        let dirs = match file {
            Some(f) => vec![pystr::new(&f.parent().map(|p| p.display().to_string()).unwrap_or_default())],
            None => Vec::new(),
        };
        let l = list::new(dirs);
        dict::set_item_str(d, "__path__", l.value());
        Some(l)
    } else {
        None
    };
    // The bootstrap module that defines ModuleSpec gets none itself.
    if name == BOOTSTRAP {
        dict::set_item_str(d, "__spec__", singletons::none());
        dict::set_item_str(d, "__loader__", singletons::none());
        return Ok(());
    }
    let spec = make_spec(name, path_s.as_deref(), cached.as_deref(), search.as_ref().map(|l| l.value()), if file.is_some() { "source" } else { "frozen" })?;
    let loader = protocol::getattr_str(spec.value(), "loader")?;
    dict::set_item_str(d, "__spec__", spec.value());
    dict::set_item_str(d, "__loader__", loader.value());
    Ok(())
}

/// The frozen module holding ModuleSpec and the loader classes.
const BOOTSTRAP: &str = "_bootstrap";

/// `_bootstrap._spec(...)`: a ModuleSpec with its loader.
pub fn make_spec(name: &str, origin: Option<&str>, cached: Option<&str>, search: Option<Value>, kind: &str) -> PyResult<Obj> {
    let b = import_dotted(BOOTSTRAP)?;
    let f = protocol::getattr_str(b.value(), "_spec")?;
    let opt = |s: Option<&str>| s.map_or_else(singletons::none_obj, pystr::new);
    let args = [pystr::new(name), opt(origin), opt(cached), search.map_or_else(singletons::none_obj, Obj::new_ref), pystr::new(kind)];
    let argv: Vec<Value> = args.iter().map(Obj::value).collect();
    call(f.value(), &argv, Value::NULL)
}

/// Creates module `name`, registers it in `sys.modules` and runs `code` in it; the
/// entry is removed again if the code raises.
fn exec_new_module(name: &str, code: Obj, file: Option<&Path>, is_pkg: bool) -> PyResult<Obj> {
    let m = module::new(name);
    let d = module::dict(m.value());
    set_module_attrs(d, name, file, is_pkg)?;
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

/// The absolute name of `rest` imported `level` dots up from `package`.
fn relative_name(package: &str, level: usize, rest: &str) -> PyResult<String> {
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(import_error(exceptions::import_error(), "attempted relative import beyond top-level package".into(), None, None));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if rest.is_empty() { base } else { format!("{base}.{rest}") })
}

/// `importlib.import_module(name, package)`: `name` may be relative (leading dots) to
/// `package`; returns the named module itself (not the top-level package).
pub fn import_module(name: &str, package: Option<&str>) -> PyResult<Obj> {
    let level = name.len() - name.trim_start_matches('.').len();
    let abs = if level > 0 {
        let Some(package) = package.filter(|p| !p.is_empty()) else {
            return Err(crate::errors::type_error(format!(
                "the 'package' argument is required to perform a relative import for {}",
                pystr::repr(pystr::new(name).value())
            )));
        };
        relative_name(package, level, &name[level..])?
    } else {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name.to_string()
    };
    import_dotted(&abs)
}

/// `importlib.reload(module)`: finds the module's source again and re-executes it in the
/// same module object (its namespace keeps what the new code does not overwrite).
pub fn reload(m: Value) -> PyResult<Obj> {
    if !module::is_module(m) {
        return Err(crate::errors::type_error("reload() argument must be a module"));
    }
    let name = module::name(m);
    let modules = crate::modules::sys::modules();
    if dict::get_str(modules, pystr::intern(&name)) != Some(m) {
        return Err(import_error(exceptions::import_error(), format!("module {name} not in sys.modules"), Some(&name), None));
    }
    let d = module::dict(m);
    if crate::modules::create(&name).is_some() {
        return Ok(Obj::new_ref(m));
    }
    let (code, file, is_pkg) = if let Some(src) = crate::frozen::source(&name) {
        let code = compiler_hook::compile(src.as_bytes(), &format!("<frozen {name}>"), Mode::Exec, Origin::File, 0)?;
        (code, None, crate::frozen::is_package(&name))
    } else {
        let dirs: Vec<PathBuf> = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let Some(p) = dict::get_str(modules, pystr::intern(parent)) else {
                    return Err(import_error(exceptions::import_error(), format!("parent {} not in sys.modules", pystr::repr(pystr::new(parent).value())), Some(parent), None));
                };
                let path = protocol::getattr_str(p, "__path__")?;
                dirs_of(path.value())?
            }
            None => search_path()?,
        };
        let last = name.rsplit('.').next().unwrap_or(&name);
        let Some((file, is_pkg)) = find(&dirs, last) else {
            return Err(not_found(&name));
        };
        let path_s = file.display().to_string();
        (source_code(&file, &path_s)?, Some(file), is_pkg)
    };
    set_module_attrs(d, &name, file.as_deref(), is_pkg)?;
    crate::interp::run_code(code.value(), d, d)?;
    match dict::get_str(modules, pystr::intern(&name)) {
        Some(x) => Ok(Obj::new_ref(x)),
        None => Ok(Obj::new_ref(m)),
    }
}

/// The directories of `sys.path`.
fn search_path() -> PyResult<Vec<PathBuf>> {
    match crate::modules::sys::get("path") {
        Some(p) => dirs_of(p.value()),
        None => Ok(Vec::new()),
    }
}

/// The str entries of a path list (`sys.path`, a package's `__path__`) as folders.
fn dirs_of(list: Value) -> PyResult<Vec<PathBuf>> {
    Ok(iter::collect(list)?.iter().filter(|d| pystr::is_str(d.value())).map(|d| PathBuf::from(pystr::as_str(d.value()))).collect())
}

/// `importlib.util.find_spec(name)` for a top-level or dotted name not yet imported:
/// `Some((file, is_package))` when a source file exists (parents are imported first).
pub fn find_source(name: &str) -> PyResult<Option<(PathBuf, bool)>> {
    let dirs = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let p = import_dotted(parent)?;
            match protocol::lookup_attr(p.value(), crate::interned!("__path__"))? {
                Some(path) => dirs_of(path.value())?,
                None => return Ok(None),
            }
        }
        None => search_path()?,
    };
    Ok(find(&dirs, name.rsplit('.').next().unwrap_or(name)))
}

/// What `taipan -m NAME` runs: NAME's source file (for a package, its `__main__`
/// submodule), found as an import would find it, with its parent packages imported.
pub struct MainModule {
    /// The file to run as `__main__`.
    pub file: PathBuf,
    /// The module's real name (`pkg.__main__` for `-m pkg`).
    pub name: String,
    /// `__package__` for the main module.
    pub package: String,
}

/// Finds what `-m name` runs, as CPython's `runpy._get_module_details`; the error text
/// is what CPython prints after the program name.
pub fn locate_main(name: &str) -> Result<MainModule, PyErr> {
    let mut name = name.to_string();
    for _ in 0..2 {
        let Some((file, is_pkg)) = find_source(&name)? else {
            return Err(not_found(&name));
        };
        if !is_pkg {
            let package = name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
            return Ok(MainModule { file, name, package });
        }
        // A package runs its __main__ submodule, after the package itself is imported.
        import_dotted(&name)?;
        name = format!("{name}.__main__");
        if find_source(&name)?.is_none() {
            let pkg = name.trim_end_matches(".__main__").to_string();
            return Err(import_error(
                exceptions::import_error(),
                format!("No module named {name}; '{pkg}' is a package and cannot be directly executed"),
                Some(&name),
                None,
            ));
        }
    }
    Err(import_error(exceptions::import_error(), "Cannot use package as __main__ module".into(), None, None))
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
    let file = if module::is_module(m) { dict::get_str(module::dict(m), crate::interned!("__file__")) } else { None };
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
