//! Wiring stage 1–4 (this crate) to stage 5 (the runtime): the front end implements the
//! runtime's `Compiler` trait — bytes in, code object out — and `run_file`/`run_string`
//! start a program as CPython's `pymain_run_file` does: a `__main__` module, the code run
//! in its namespace, an uncaught exception printed as a traceback (exit status 1) and
//! `SystemExit` turned into the exit status.

use crate::compiler::{self, CodeUnit, Constant};
use crate::error::{ErrorKind, SyntaxError, Warning};
use crate::parser::{self, Mode};
use crate::source::Origin;
use taipan_runtime::bytecode::code::{self as rcode, CodeData, ExcEntry, LineEntry, Position};
use taipan_runtime::compiler_hook;
use taipan_runtime::errors::{PyErr, PyResult};
use taipan_runtime::object::{Obj, Value};
use taipan_runtime::objects::{bool_, bytes, complex, dict, exceptions, float, int, module, set, singletons, str as pystr, tuple};

/// The front end, as the runtime sees it.
pub struct FrontEnd;

impl compiler_hook::Compiler for FrontEnd {
    fn compile(&self, source: &[u8], filename: &str, mode: compiler_hook::Mode, origin: compiler_hook::Origin, optimize: u8) -> PyResult<Obj> {
        let mode = match mode {
            compiler_hook::Mode::Exec => Mode::Exec,
            compiler_hook::Mode::Eval => Mode::Eval,
            compiler_hook::Mode::Single => Mode::Single,
        };
        let origin = match origin {
            compiler_hook::Origin::File => Origin::File,
            compiler_hook::Origin::String => Origin::String,
        };
        match compile_source(source, filename, mode, origin, optimize) {
            Ok((unit, warnings)) => {
                show_warnings(&warnings, filename, source);
                Ok(code_object(&unit))
            }
            Err((e, warnings)) => {
                show_warnings(&warnings, filename, source);
                Err(syntax_error_object(&e))
            }
        }
    }

    fn parse_ast(&self, source: &[u8], filename: &str, mode: &str, type_comments: bool, origin: compiler_hook::Origin) -> PyResult<Obj> {
        let mode = match mode {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            "func_type" => Mode::FuncType,
            _ => return Err(taipan_runtime::errors::value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")),
        };
        let origin = match origin {
            compiler_hook::Origin::File => Origin::File,
            compiler_hook::Origin::String => Origin::String,
        };
        let parsed = parser::parse_bytes_with_warnings(source, filename, mode, type_comments, origin);
        show_warnings(&parsed.warnings, filename, source);
        match parsed.result {
            Ok(tree) => Ok(crate::ast::py::module(&tree)),
            Err(e) => Err(syntax_error_object(&e)),
        }
    }

    fn compile_ast(&self, tree: Value, filename: &str, mode: &str, optimize: u8) -> PyResult<Obj> {
        let module = crate::ast::from_py::module(tree, mode)?;
        let mode = match mode {
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            _ => Mode::Exec,
        };
        let out = compiler::compile_outcome(&module, filename, mode, optimize);
        show_warnings(&out.warnings, filename, b"");
        match out.result {
            Ok(unit) => Ok(code_object(&unit)),
            Err(e) => Err(syntax_error_object(&e)),
        }
    }

    fn tokenize(&self, readline: Value, bytes: bool) -> PyResult<Obj> {
        crate::tokenize_py::tokenize(readline, bytes)
    }

    fn token_table(&self) -> (&'static [&'static str], &'static [(&'static str, u8)]) {
        (&crate::tokenize::TOK_NAMES, &crate::tokenize::EXACT_TOKEN_TYPES)
    }
}

/// Parse and compile; the warnings raised on the way come back either way.
pub fn compile_source(source: &[u8], filename: &str, mode: Mode, origin: Origin, optimize: u8) -> Result<(CodeUnit, Vec<Warning>), (SyntaxError, Vec<Warning>)> {
    let parsed = parser::parse_bytes_with_warnings(source, filename, mode, false, origin);
    let mut warnings = parsed.warnings;
    let tree = match parsed.result {
        Ok(t) => t,
        Err(e) => return Err((e, warnings)),
    };
    let out = compiler::compile_outcome(&tree, filename, mode, optimize);
    warnings.extend(out.warnings);
    match out.result {
        Ok(u) => Ok((u, warnings)),
        Err(e) => Err((e, warnings)),
    }
}

/// Prints SyntaxWarnings as the warnings module does by default.
fn show_warnings(warnings: &[Warning], filename: &str, source: &[u8]) {
    if warnings.is_empty() {
        return;
    }
    let text = String::from_utf8_lossy(source);
    let mut out = String::new();
    for w in warnings {
        out.push_str(&w.render(filename, &text));
    }
    taipan_runtime::modules::sys::write_stderr(&out);
}

/// The Python exception for a front-end syntax error (`SyntaxError(msg, (filename,
/// lineno, offset, text, end_lineno, end_offset))`).
pub fn syntax_error_object(e: &SyntaxError) -> PyErr {
    let cls = match e.kind {
        ErrorKind::Syntax => exceptions::syntax_error(),
        ErrorKind::Indentation => exceptions::indentation_error(),
        ErrorKind::Tab => exceptions::tab_error(),
        ErrorKind::Memory => return PyErr::with_args(exceptions::memory_error(), &[]),
        ErrorKind::Recursion => return PyErr::new(exceptions::recursion_error(), &e.msg),
    };
    let msg = pystr::new(&e.msg);
    let Some(lineno) = e.lineno else {
        return match taipan_runtime::interp::call::call(cls.as_value(), &[msg.value()], Value::NULL) {
            Ok(x) => PyErr::from_instance(x),
            Err(err) => err,
        };
    };
    let opt_int = |v: i64| int::from_i64(v);
    let text = match &e.text {
        Some(t) => pystr::new(t),
        None => singletons::none_obj(),
    };
    let end_lineno = match e.end_lineno {
        Some(l) => opt_int(l as i64),
        None => singletons::none_obj(),
    };
    let details = tuple::from_vec(vec![
        pystr::new(&e.filename),
        opt_int(lineno as i64),
        opt_int(e.offset),
        text,
        end_lineno,
        opt_int(e.end_offset),
    ]);
    match taipan_runtime::interp::call::call(cls.as_value(), &[msg.value(), details.value()], Value::NULL) {
        Ok(x) => PyErr::from_instance(x),
        Err(err) => err,
    }
}

fn constant(c: &Constant) -> Obj {
    match c {
        Constant::None => singletons::none_obj(),
        Constant::Bool(b) => bool_::from_bool(*b),
        Constant::Ellipsis => Obj::new_ref(singletons::ellipsis()),
        Constant::Int(i) => int::from_i64(*i),
        Constant::BigInt(b) => int::from_big((**b).clone()),
        Constant::Float(f) => float::from_f64(*f),
        Constant::Complex { real, imag } => complex::new(*real, *imag),
        Constant::Str(s) => {
            // Short names and identifiers are interned, as CPython interns constants
            // that look like names.
            if s.len() <= 40 && s.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_') {
                Obj::new_ref(pystr::intern_bytes(s))
            } else {
                pystr::from_payload(s)
            }
        }
        Constant::Bytes(b) => bytes::new(b),
        Constant::Tuple(items) => tuple::from_vec(items.iter().map(constant).collect()),
        Constant::FrozenSet(items) => set::new_frozenset(items.iter().map(constant).collect()).expect("constants are hashable"),
        Constant::Code(u) => code_object(u),
    }
}

/// Builds the runtime's code object for a compiled unit (recursively for nested code).
pub fn code_object(u: &CodeUnit) -> Obj {
    let interned = |s: &String| Obj::new_ref(pystr::intern(s));
    let pos = |p: &compiler::code_unit::Position| match p.line {
        None => Position::default(),
        Some(line) => Position {
            line,
            end_line: p.end_line.unwrap_or(0),
            col: p.col.unwrap_or(Position::NO_COL),
            end_col: p.end_col.unwrap_or(Position::NO_COL),
        },
    };
    rcode::new(CodeData {
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        stacksize: u.stacksize,
        code: u.code.clone(),
        consts: u.consts.iter().map(constant).collect(),
        names: u.names.iter().map(interned).collect(),
        localsplusnames: u.localsplusnames.iter().map(interned).collect(),
        localspluskinds: u.localspluskinds.clone(),
        filename: pystr::new(&u.filename),
        name: interned(&u.name),
        qualname: pystr::new(&u.qualname),
        firstlineno: u.firstlineno,
        lines: u.lines.iter().map(|e| LineEntry { start: e.start, pos: pos(&e.pos) }).collect(),
        exceptions: u
            .exceptions
            .iter()
            .map(|e| ExcEntry { start: e.start, end: e.end, target: e.target, depth: e.depth, lasti: e.lasti })
            .collect(),
    })
}

/// How a program run ended.
pub enum Outcome {
    /// Exit status for the process.
    Exit(u8),
}

/// The `__main__` module's namespace, set up as CPython does for a script.
pub fn main_namespace(file: Option<&str>) -> Obj {
    let m = module::new("__main__");
    let d = module::dict(m.value());
    dict::set_item_str(d, "__builtins__", taipan_runtime::builtins::builtins_dict());
    if let Some(f) = file {
        dict::set_item_str(d, "__file__", pystr::new(f).value());
    }
    dict::set_item_str(d, "__cached__", singletons::none());
    let _ = taipan_runtime::import::register("__main__", m.value());
    m
}

/// Runs a code object as `__main__` and turns the result into an exit status.
pub fn run_main(code: &CodeUnit, file: Option<&str>) -> u8 {
    let m = main_namespace(file);
    let d = module::dict(m.value());
    let co = code_object(code);
    let r = taipan_runtime::interp::run_code(co.value(), d, d);
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(e),
    };
    finish(status)
}

/// The end of a program, as CPython's `Py_FinalizeEx` begins: wait for non-daemon
/// threads (`threading._shutdown`), flush the standard streams.
pub fn finish(status: u8) -> u8 {
    let modules = taipan_runtime::modules::sys::modules();
    let mut status = status;
    if let Some(t) = dict::get_str(modules, taipan_runtime::interned!("threading")) {
        if let Ok(f) = taipan_runtime::object::protocol::getattr_str(t, "_shutdown") {
            if let Err(e) = taipan_runtime::interp::call::call(f.value(), &[], Value::NULL) {
                status = handle_uncaught(e).max(status);
            }
        }
    }
    taipan_runtime::modules::sys::flush_std_streams();
    if taipan_runtime::gil::stats_enabled() {
        taipan_runtime::modules::sys::write_stderr(&taipan_runtime::gil::report());
    }
    if taipan_runtime::jit_hook::stats_enabled() {
        let report = taipan_runtime::jit_hook::stats().unwrap_or_else(|| "JIT: off (--no-jit)\n".to_string());
        taipan_runtime::modules::sys::write_stderr(&report);
    }
    status
}

/// `taipan -m NAME` for a module found on `sys.path`: `runpy`'s sequence — parent
/// packages imported, the module (or a package's `__main__`) run as `__main__` with its
/// real name in `__spec__`, `__package__` set for relative imports and `sys.argv[0]` the
/// file's path. The file is compiled from source, never cached (it is the entry point).
pub fn run_module_main(name: &str) -> u8 {
    use taipan_runtime::import;
    let found = match import::locate_main(name) {
        Ok(f) => f,
        Err(e) if e.matches(exceptions::import_error()) => {
            taipan_runtime::modules::sys::flush_std_streams();
            // runpy words a missing module without quotes.
            let msg = if e.matches(exceptions::module_not_found_error()) {
                format!("No module named {}", exceptions::attr(e.value(), "name").map(|n| taipan_runtime::object::protocol::str_string(n).unwrap_or_default()).unwrap_or_default())
            } else {
                taipan_runtime::object::protocol::str_string(e.value()).unwrap_or_default()
            };
            taipan_runtime::modules::sys::write_stderr(&format!("taipan: {msg}\n"));
            return 1;
        }
        Err(e) => return handle_uncaught(e),
    };
    let path_s = found.file.display().to_string();
    if let Some(argv) = taipan_runtime::modules::sys::get("argv") {
        let _ = taipan_runtime::object::protocol::setitem(argv.value(), int::from_i64(0).value(), pystr::new(&path_s).value());
    }
    let data = match std::fs::read(&found.file) {
        Ok(d) => d,
        Err(e) => {
            taipan_runtime::modules::sys::write_stderr(&format!("taipan: can't open file '{path_s}': {e}\n"));
            return 2;
        }
    };
    let unit = match compile_source(&data, &path_s, Mode::Exec, Origin::File, 0) {
        Ok((u, warnings)) => {
            show_warnings(&warnings, &path_s, &data);
            u
        }
        Err((e, warnings)) => {
            show_warnings(&warnings, &path_s, &data);
            return handle_uncaught(syntax_error_object(&e));
        }
    };
    let m = main_namespace(Some(&path_s));
    let d = module::dict(m.value());
    dict::set_item_str(d, "__package__", pystr::new(&found.package).value());
    let cached = taipan_runtime::pyc::cache_path(&found.file).display().to_string();
    match import::make_spec(&found.name, Some(&path_s), Some(&cached), None, "source") {
        Ok(spec) => {
            if let Ok(loader) = taipan_runtime::object::protocol::getattr_str(spec.value(), "loader") {
                dict::set_item_str(d, "__loader__", loader.value());
            }
            dict::set_item_str(d, "__spec__", spec.value());
        }
        Err(e) => return handle_uncaught(e),
    }
    let co = code_object(&unit);
    let status = match taipan_runtime::interp::run_code(co.value(), d, d) {
        Ok(_) => 0,
        Err(e) => handle_uncaught(e),
    };
    finish(status)
}

/// `SystemExit` → its code; anything else → the traceback on stderr and status 1.
pub fn handle_uncaught(e: PyErr) -> u8 {
    if e.matches(exceptions::system_exit()) {
        let code = exceptions::system_exit_code(e.value());
        let c = code.value();
        if c == singletons::none() {
            return 0;
        }
        if int::is_int(c) {
            return int::as_i64(c).map_or(1, |i| i as u8);
        }
        // Any other object is printed to stderr; the status is 1.
        taipan_runtime::modules::sys::flush_std_streams();
        let s = taipan_runtime::object::protocol::str_string(c).unwrap_or_default();
        taipan_runtime::modules::sys::write_stderr(&format!("{s}\n"));
        return 1;
    }
    taipan_runtime::modules::sys::flush_std_streams();
    let exc = e.into_instance();
    let hook = taipan_runtime::modules::sys::get("excepthook");
    let printed = match hook {
        Some(h) => {
            let t = taipan_runtime::object::protocol::type_value(exc.value());
            let tb = exceptions::fields(exc.value()).traceback.get();
            let tb = if tb.is_null() { singletons::none() } else { tb };
            taipan_runtime::interp::call::call(h.value(), &[t.value(), exc.value(), tb], Value::NULL).is_ok()
        }
        None => false,
    };
    if !printed {
        taipan_runtime::modules::sys::write_stderr(&taipan_runtime::interp::report::format_exception(exc.value()));
    }
    if taipan_runtime::object::type_of(exc.value()).is_subtype(exceptions::keyboard_interrupt()) {
        taipan_runtime::modules::sys::flush_std_streams();
        taipan_runtime::signals::die_by_sigint();
    }
    1
}

/// Starts the runtime with the front end installed.
pub fn start_runtime(argv: Vec<String>, path0: String, dont_write_bytecode: bool) {
    let executable = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let mut path = vec![path0];
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        path.extend(extra.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    taipan_runtime::startup::init(&taipan_runtime::modules::sys::Config { argv, path, executable, dont_write_bytecode });
    compiler_hook::install(Box::new(FrontEnd));
    taipan_runtime::signals::install();
}
