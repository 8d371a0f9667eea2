//! The `taipan` command: CPython's command line (`taipan script.py [args]`, `-c`, `-m`),
//! plus taipan's own switches. Thin on purpose: it splits the arguments, then hands off
//! to the front end and the runtime.

use clap::Parser as ClapParser;
use std::io::Write;
use std::process::ExitCode;

mod allocator;

/// Interpreter options; everything from the script (or `-c`/`-m` argument) on is the
/// program's `sys.argv`, as in CPython.
#[derive(ClapParser, Debug)]
#[command(
    name = "taipan",
    about = "A Python 3 runtime: CPython's execution model, plus a Cranelift JIT tier.",
    override_usage = "taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...",
    disable_version_flag = true
)]
struct Options {
    /// Program passed in as string (terminates option list)
    #[arg(short = 'c', value_name = "cmd")]
    command: Option<String>,
    /// Run library module as a script (terminates option list)
    #[arg(short = 'm', value_name = "mod")]
    module: Option<String>,
    /// Don't write .pyc files on import
    #[arg(short = 'B')]
    dont_write_bytecode: bool,
    /// Remove assert and __debug__-dependent statements; -OO also discards docstrings
    #[arg(short = 'O', action = clap::ArgAction::Count)]
    optimize: u8,
    /// Run with the interpreter only: no native code
    #[arg(long = "no-jit")]
    no_jit: bool,
    /// Compile a function to native code after this many calls or loop iterations
    #[arg(long = "jit-threshold", value_name = "N")]
    jit_threshold: Option<u32>,
    /// Print what the JIT compiled, and its costs, to stderr at exit
    #[arg(long = "jit-stats")]
    jit_stats: bool,
    /// Print per-thread GIL hold/wait/hand-off figures to stderr at exit
    #[arg(long = "gil-stats")]
    gil_stats: bool,
    /// Print the version and exit
    #[arg(short = 'V', long = "version")]
    version: bool,
    /// Print the compiled bytecode listing to stdout instead of running (debugging aid)
    #[arg(long = "dump-code", hide = true)]
    dump_code: bool,
    /// Script file (or `-` for stdin)
    #[arg(value_name = "file")]
    file: Option<String>,
}

const USAGE_LINE: &str = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `taipan -h' for more information.";

/// Splits argv into interpreter options and the program's arguments: option parsing
/// stops at the script, or right after the value of `-c` / `-m`.
fn split_args(argv: &[String]) -> (Vec<String>, Vec<String>) {
    let mut i = 1;
    while i < argv.len() {
        let a = &argv[i];
        if a == "--" {
            return (argv[..i].to_vec(), argv[i + 1..].to_vec());
        }
        if a == "-c" || a == "-m" {
            let end = (i + 2).min(argv.len());
            return (argv[..end].to_vec(), argv[end..].to_vec());
        }
        if (a.starts_with("-c") || a.starts_with("-m")) && a.len() > 2 {
            return (argv[..=i].to_vec(), argv[i + 1..].to_vec());
        }
        if a == "--jit-threshold" {
            i += 2;
            continue;
        }
        if !a.starts_with('-') || a == "-" {
            return (argv[..=i].to_vec(), argv[i + 1..].to_vec());
        }
        i += 1;
    }
    (argv.to_vec(), Vec::new())
}

/// CPython's wording for command-line mistakes (exit status 2).
fn usage_error(err: &clap::Error, argv: &[String]) -> ExitCode {
    use clap::error::ErrorKind as K;
    let bad = argv.iter().skip(1).find(|a| {
        a.starts_with('-')
            && !matches!(
                a.as_str(),
                "-c" | "-m" | "-B" | "-O" | "-OO" | "-V" | "-h" | "--help" | "--version" | "--no-jit" | "--jit-stats" | "--gil-stats" | "--jit-threshold" | "--dump-code"
            )
    });
    let msg = match err.kind() {
        K::UnknownArgument => match bad {
            Some(b) if b.starts_with("--") => format!("unknown option {b}"),
            Some(b) => format!("Unknown option: {}", &b[..2.min(b.len())]),
            None => err.to_string(),
        },
        K::InvalidValue if argv.iter().any(|a| a == "-c") => "Argument expected for the -c option".to_string(),
        K::InvalidValue if argv.iter().any(|a| a == "-m") => "Argument expected for the -m option".to_string(),
        _ => err.to_string().trim_end().to_string(),
    };
    eprintln!("{msg}\n{USAGE_LINE}");
    ExitCode::from(2)
}

/// Calls plus loop iterations before a code object is compiled (see
/// docs/ARCHITECTURE.md for the measurement behind it).
const DEFAULT_JIT_THRESHOLD: u32 = 1000;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    // Run on a thread with a large stack: deep (but legal) nesting in source code and
    // native re-entry must never overflow the native stack.
    let worker = std::thread::Builder::new()
        .name("main".into())
        .stack_size(512 << 20)
        .spawn(move || run(argv))
        .expect("spawning the main interpreter thread");
    worker.join().unwrap_or(ExitCode::from(1))
}

fn run(argv: Vec<String>) -> ExitCode {
    let (opts_argv, rest) = split_args(&argv);
    let opts = match Options::try_parse_from(&opts_argv) {
        Ok(o) => o,
        Err(e) => {
            if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            return usage_error(&e, &opts_argv);
        }
    };
    if opts.version {
        println!("taipan {} (Python 3.11)", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    if !opts.no_jit {
        // Before any thread state exists: each reads the threshold when created.
        if let Err(e) = taipan_jit::install(opts.jit_threshold.unwrap_or(DEFAULT_JIT_THRESHOLD)) {
            eprintln!("taipan: JIT unavailable ({e}); running interpreted");
        }
    }
    if opts.jit_stats {
        taipan_runtime::jit_hook::enable_stats();
    }
    if opts.gil_stats {
        taipan_runtime::gil::enable_stats();
    }
    // Unlocked handles: Python threads write to the same streams while this runs.
    let stdout = &mut std::io::stdout();
    let stderr = &mut std::io::stderr();
    if let Some(module) = &opts.module {
        let code = match module.as_str() {
            "ast" => taipan::ast::cli::main(&rest, stdout, stderr),
            "tokenize" => taipan::tokenize::main(&rest, stdout, stderr),
            other => match taipan_runtime::frozen::source(other) {
                // An embedded library module (e.g. `-m dis FILE`) runs as `__main__`.
                Some(src) => {
                    let filename = format!("<frozen {other}>");
                    let mut sys_argv = vec![filename.clone()];
                    sys_argv.extend(rest.iter().cloned());
                    let path0 = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
                    let prog = Program { data: src.as_bytes(), filename: &filename, sys_argv, path0, opts: &opts };
                    return run_program(prog, stdout, stderr);
                }
                None => {
                    // A module on sys.path (the current folder first), run as `__main__`.
                    let _ = stderr.flush();
                    let path0 = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
                    let mut sys_argv = vec!["-m".to_string()];
                    sys_argv.extend(rest.iter().cloned());
                    taipan::driver::start_runtime(sys_argv, path0, dont_write_bytecode(&opts));
                    taipan::driver::run_module_main(other) as i32
                }
            },
        };
        let _ = stdout.flush();
        return ExitCode::from(code as u8);
    }
    if let Some(code) = &opts.command {
        let mut sys_argv = vec!["-c".to_string()];
        sys_argv.extend(rest.iter().cloned());
        let prog = Program { data: code.as_bytes(), filename: "<string>", sys_argv, path0: String::new(), opts: &opts };
        return run_program(prog, stdout, stderr);
    }
    let Some(file) = &opts.file else {
        let _ = writeln!(stderr, "taipan: the interactive prompt is not available yet");
        return ExitCode::from(1);
    };
    let data = match std::fs::read(file) {
        Ok(d) => d,
        Err(e) => {
            let abs = std::path::absolute(file).map(|p| p.display().to_string()).unwrap_or_else(|_| file.clone());
            let _ = writeln!(stderr, "{}: can't open file '{}': {}", argv[0], abs, taipan::error::os_error_text(&e));
            return ExitCode::from(2);
        }
    };
    // CPython (3.9+) runs the main script under its absolute path; sys.path[0] is its
    // directory.
    let abs = std::path::absolute(file).map(|p| p.display().to_string()).unwrap_or_else(|_| file.clone());
    let path0 = std::fs::canonicalize(file)
        .ok()
        .and_then(|p| p.parent().map(|d| d.display().to_string()))
        .unwrap_or_default();
    let mut sys_argv = vec![file.clone()];
    sys_argv.extend(rest.iter().cloned());
    let prog = Program { data: &data, filename: &abs, sys_argv, path0, opts: &opts };
    run_program(prog, stdout, stderr)
}

/// `-B`, or a non-empty PYTHONDONTWRITEBYTECODE, as in CPython.
fn dont_write_bytecode(opts: &Options) -> bool {
    opts.dont_write_bytecode || std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty())
}

/// What to run and how.
struct Program<'a> {
    data: &'a [u8],
    filename: &'a str,
    sys_argv: Vec<String>,
    path0: String,
    opts: &'a Options,
}

/// Stages 1–4 here (syntax errors and SyntaxWarnings printed exactly as CPython prints
/// them, before anything runs), then stage 5 (`--dump-code` prints the bytecode instead).
fn run_program(prog: Program, stdout: &mut dyn Write, stderr: &mut dyn Write) -> ExitCode {
    let (data, filename, opts) = (prog.data, prog.filename, prog.opts);
    let origin = if filename == "<string>" { taipan::source::Origin::String } else { taipan::source::Origin::File };
    let parsed = taipan::parser::parse_bytes_with_warnings(data, filename, taipan::parser::Mode::Exec, false, origin);
    // The warnings module quotes the line from the file; code from `-c` has no file.
    let quoted = if origin == taipan::source::Origin::File { parsed.text.as_str() } else { "" };
    for w in &parsed.warnings {
        let _ = write!(stderr, "{}", w.render(filename, quoted));
    }
    let module = match parsed.result {
        Ok(m) => m,
        Err(e) => {
            let _ = write!(stderr, "{}", e.render());
            return ExitCode::from(1);
        }
    };
    let compiled = taipan::compiler::compile_outcome(&module, filename, taipan::parser::Mode::Exec, opts.optimize.min(2));
    for w in &compiled.warnings {
        let _ = write!(stderr, "{}", w.render(filename, quoted));
    }
    match compiled.result {
        Ok(code) if opts.dump_code => {
            let _ = write!(stdout, "{}", taipan::compiler::dump::listing(&code));
            let _ = stdout.flush();
            ExitCode::SUCCESS
        }
        Ok(code) => {
            let _ = stderr.flush();
            taipan::driver::start_runtime(prog.sys_argv, prog.path0, dont_write_bytecode(prog.opts));
            let file = (origin == taipan::source::Origin::File).then_some(filename);
            ExitCode::from(taipan::driver::run_main(&code, file))
        }
        Err(mut e) => {
            // Like CPython, compile errors quote the line read back from the file; code
            // from `-c` has no file to read it from.
            if origin == taipan::source::Origin::File && e.text.is_none() {
                if let Some(n) = e.lineno.filter(|&n| n > 0) {
                    e.text = taipan::error::program_text(data, n);
                }
            }
            let _ = write!(stderr, "{}", e.render());
            ExitCode::from(1)
        }
    }
}
