//! Compiler golden tests.
//!
//! - `tests/compile/*.py`: `taipan --dump-code FILE` must print exactly the listing
//!   `tests/compile/golden.py` computes from CPython 3.11's code objects (committed as
//!   `FILE.dis`; the normalizations for taipan's deliberate differences are documented
//!   in that script).
//! - `tests/compile/errors/*.py`: running the file must fail exactly as `python3 FILE`
//!   fails at compile time (stderr in `FILE.err`, the path written `<FILE>`), warnings
//!   included.
//! - `tests/compile/warnings/*.py`: valid code whose compilation warns; stderr up to
//!   taipan's "not built yet" line must equal what CPython's `compile()` prints.
//! - `tests/compile/commands/*.cmd`: programs given with `-c` (no source line is quoted
//!   for them), failing at compile time as `python3 -c` fails (`.err`).
//!
//! `UPDATE_GOLDEN=1 cargo test --release --test compile` regenerates the expectations
//! from python3 (read the diff before committing).

use std::path::{Path, PathBuf};
use std::process::Command;

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

fn dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compile").join(sub)
}

fn cases(sub: &str) -> Vec<PathBuf> {
    let root = dir(sub);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py") && p.file_name().is_some_and(|n| n != "golden.py"))
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no cases in {}", root.display());
    v
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

/// Runs `cmd` in `dir`; returns (stdout, stderr, exit status).
fn run(cmd: &str, args: &[&str], dir: &Path) -> (String, String, i32) {
    let out = Command::new(cmd).args(args).current_dir(dir).output().unwrap_or_else(|e| panic!("{cmd}: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn first_difference(got: &str, want: &str) -> String {
    let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
    format!(
        "first difference at line {}:\n    got:  {:?}\n    want: {:?}",
        line + 1,
        got.lines().nth(line).unwrap_or("<end>"),
        want.lines().nth(line).unwrap_or("<end>")
    )
}

fn report(failures: Vec<String>) {
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

/// The `# compile: mode=eval optimize=2` header of a case (see golden.py).
fn settings(source: &str) -> (String, u8) {
    let mut mode = "exec".to_string();
    let mut optimize = 0;
    if let Some(rest) = source.lines().next().and_then(|l| l.strip_prefix("# compile:")) {
        for item in rest.split_whitespace() {
            match item.split_once('=') {
                Some(("mode", m)) => mode = m.to_string(),
                Some(("optimize", o)) => optimize = o.parse().expect("optimize level"),
                _ => panic!("bad compile header item {item}"),
            }
        }
    }
    (mode, optimize)
}

/// The listing of a case: `taipan [-O..] --dump-code FILE` for exec mode, else the library
/// (the command line only runs modules).
fn taipan_listing(file: &Path) -> Result<String, String> {
    let source = std::fs::read_to_string(file).unwrap();
    let (mode, optimize) = settings(&source);
    let name = file.file_name().unwrap().to_str().unwrap();
    if mode == "exec" {
        let flag = ["", "-O", "-OO"][optimize as usize];
        let mut args = vec!["--dump-code", name];
        if !flag.is_empty() {
            args.insert(0, flag);
        }
        let (got, err, code) = run(TAIPAN, &args, file.parent().unwrap());
        return if code == 0 { Ok(got) } else { Err(format!("exit {code}: {err}")) };
    }
    let (mode, text) = match mode.as_str() {
        "eval" => (taipan::parser::Mode::Eval, source.split_once('\n').unwrap().1.to_string()),
        "single" => (taipan::parser::Mode::Single, source.clone()),
        other => panic!("unknown mode {other}"),
    };
    let m = taipan::parser::parse_source(&text, name, mode).map_err(|e| e.render())?;
    let c = taipan::compiler::compile(&m, name, mode, optimize).map_err(|e| e.render())?;
    Ok(taipan::compiler::dump::listing(&c.code))
}

#[test]
fn listings_match_cpython() {
    let mut failures = Vec::new();
    let root = dir("");
    for f in cases("") {
        let name = f.file_name().unwrap().to_str().unwrap();
        let golden = root.join(format!("{name}.dis"));
        if updating() {
            let (out, err, code) = run("python3", &["golden.py", name], &root);
            assert_eq!(code, 0, "python3 golden.py {name} failed: {err}");
            std::fs::write(&golden, out).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        match taipan_listing(&f) {
            Ok(got) if got == want => {}
            Ok(got) => failures.push(format!("{name}:\n  {}", first_difference(&got, &want))),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    report(failures);
}

#[test]
fn compile_errors_match_cpython() {
    let mut failures = Vec::new();
    for f in cases("errors") {
        let d = f.parent().unwrap();
        let name = f.file_name().unwrap().to_str().unwrap();
        let abs = f.canonicalize().unwrap().display().to_string();
        let golden = d.join(format!("{name}.err"));
        if updating() {
            let (out, err, code) = run("python3", &[name], d);
            assert!(out.is_empty() && code == 1, "python3 {name}: expected a compile error, got exit {code}");
            std::fs::write(&golden, err.replace(&abs, "<FILE>")).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        let (out, err, code) = run(TAIPAN, &[name], d);
        let err = err.replace(&abs, "<FILE>");
        if !(code == 1 && out.is_empty() && err == want) {
            failures.push(format!("{name}: exit {code}\n--- got\n{err}--- want\n{want}"));
        }
    }
    report(failures);
}

#[test]
fn compile_warnings_match_cpython() {
    let mut failures = Vec::new();
    for f in cases("warnings") {
        let d = f.parent().unwrap();
        let name = f.file_name().unwrap().to_str().unwrap();
        let abs = f.canonicalize().unwrap().display().to_string();
        let golden = d.join(format!("{name}.warn"));
        if updating() {
            let script = "import sys; p = sys.argv[1]; compile(open(p, 'rb').read(), p, 'exec', dont_inherit=True)";
            let (_, err, code) = run("python3", &["-c", script, &abs], d);
            assert_eq!(code, 0, "python3 compile({name}) failed: {err}");
            std::fs::write(&golden, err.replace(&abs, "<FILE>")).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        // Compile only (`--dump-code` prints the listing instead of running the program):
        // the warnings on stderr are compared.
        let (_, err, code) = run(TAIPAN, &["--dump-code", name], d);
        let err = err.replace(&abs, "<FILE>");
        if err != want || code != 0 {
            failures.push(format!("{name}: exit {code}\n--- got\n{err}--- want\n{want}"));
        }
    }
    report(failures);
}

#[test]
fn command_line_programs_fail_like_cpython() {
    let mut failures = Vec::new();
    let d = dir("commands");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "cmd")).collect();
    files.sort();
    assert!(!files.is_empty());
    for f in files {
        let name = f.file_name().unwrap().to_str().unwrap();
        let code = std::fs::read_to_string(&f).unwrap();
        let golden = d.join(format!("{name}.err"));
        if updating() {
            let (out, err, status) = run("python3", &["-c", &code], &d);
            assert!(out.is_empty() && status == 1, "python3 -c {name}: expected a compile error, got exit {status}");
            std::fs::write(&golden, err).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        let (out, err, status) = run(TAIPAN, &["-c", &code], &d);
        if !(status == 1 && out.is_empty() && err == want) {
            failures.push(format!("{name}: exit {status}\n--- got\n{err}--- want\n{want}"));
        }
    }
    report(failures);
}
