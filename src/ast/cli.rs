//! `taipan -m ast`: CPython's `python -m ast` (`Lib/ast.py` `main()`): parse a file (or
//! stdin) and print `ast.dump(tree, include_attributes=-a, indent=-i)`.

use super::dump::dump_mod;
use crate::parser::{parse_bytes, Mode};
use crate::source::Origin;
use std::io::{Read, Write};

/// Nesting CPython's `ast2obj` accepts under `-m ast` (3 × the recursion limit, less the
/// frames already running).
const AST_CONSTRUCTION_LIMIT: usize = 2985;
/// Frames `ast.dump` can use under `-m ast` before the recursion limit of 1000 (measured:
/// a chain of 985 nested `BinOp`s dumps, 986 do not).
const DUMP_FRAME_LIMIT: usize = 991;

const USAGE: &str = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
";

const HELP: &str = "
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
";

fn usage_error(stderr: &mut dyn Write, msg: &str) -> i32 {
    let _ = write!(stderr, "{USAGE}python -m ast: error: {msg}\n");
    2
}

/// Runs `-m ast` with the arguments that follow it; returns the exit status.
pub fn main(args: &[String], stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let mut mode = Mode::Exec;
    let mut type_comments = true;
    let mut attributes = false;
    let mut indent: i64 = 3;
    let mut infile: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let value = |i: &mut usize, name: &str| -> Result<String, String> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            if flag.len() > 2 && !flag.starts_with("--") {
                return Ok(flag[2..].to_string());
            }
            *i += 1;
            args.get(*i).cloned().ok_or_else(|| format!("argument {name}: expected one argument"))
        };
        match flag.as_str() {
            "-h" | "--help" => {
                let _ = write!(stdout, "{USAGE}{HELP}");
                return 0;
            }
            "-a" | "--include-attributes" => attributes = true,
            "--no-type-comments" => type_comments = false,
            f if f == "--mode" || f.starts_with("-m") => match value(&mut i, "-m/--mode") {
                Ok(v) => match Mode::from_name(&v) {
                    Some(m) => mode = m,
                    None => {
                        return usage_error(
                            stderr,
                            &format!("argument -m/--mode: invalid choice: '{v}' (choose from 'exec', 'single', 'eval', 'func_type')"),
                        )
                    }
                },
                Err(e) => return usage_error(stderr, &e),
            },
            f if f == "--indent" || f.starts_with("-i") => match value(&mut i, "-i/--indent") {
                Ok(v) => match v.trim().parse() {
                    Ok(n) => indent = n,
                    Err(_) => return usage_error(stderr, &format!("argument -i/--indent: invalid int value: '{v}'")),
                },
                Err(e) => return usage_error(stderr, &e),
            },
            f if f.starts_with('-') && f != "-" => {
                return usage_error(stderr, &format!("unrecognized arguments: {f}"));
            }
            _ => {
                if infile.is_some() {
                    return usage_error(stderr, &format!("unrecognized arguments: {a}"));
                }
                infile = Some(a.clone());
            }
        }
        i += 1;
    }
    let (name, data) = match infile.as_deref() {
        None | Some("-") => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                let _ = writeln!(stderr, "python -m ast: error: {e}");
                return 1;
            }
            ("<stdin>".to_string(), buf)
        }
        Some(path) => match std::fs::read(path) {
            Ok(d) => (path.to_string(), d),
            Err(e) => {
                let why = crate::error::os_error_text(&e);
                return usage_error(stderr, &format!("argument infile: can't open '{path}': {why}"));
            }
        },
    };
    match parse_bytes(&data, &name, mode, type_comments, Origin::String) {
        Ok(tree) => {
            // CPython converts the tree to Python objects under a recursion guard (about
            // 3000 nodes deep), then dumps it with recursive Python code (limit 1000 frames,
            // some already in use by `-m ast` itself).
            let (nodes, frames) = super::dump::depths(&super::dump::Value::Node(super::dump::module(&tree)));
            if nodes > AST_CONSTRUCTION_LIMIT || frames > DUMP_FRAME_LIMIT {
                let what = if nodes > AST_CONSTRUCTION_LIMIT { " during ast construction" } else { "" };
                let _ = write!(stderr, "Traceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\nRecursionError: maximum recursion depth exceeded{what}\n");
                return 1;
            }
            let indent = if indent > 0 { Some(indent as usize) } else { Some(0) };
            let text = dump_mod(&tree, attributes, indent);
            let _ = writeln!(stdout, "{text}");
            0
        }
        Err(e) => {
            let _ = write!(stderr, "Traceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\n{}", e.render());
            1
        }
    }
}
