//! Front-end golden tests. Every `tests/front/cases/*.py` is run through `taipan -m ast -a`,
//! `taipan -m tokenize` and `taipan -m tokenize -e`, and every `tests/front/errors/*.py`
//! through `taipan FILE`; the outputs must equal the committed expectations, which were
//! produced by CPython 3.11 (`python3`). `UPDATE_GOLDEN=1 cargo test --release --test
//! frontend` regenerates them from python3 (read the diff before committing).

use std::path::{Path, PathBuf};
use std::process::Command;

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

fn cases(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/front").join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no cases in {}", root.display());
    v
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

/// Runs `cmd` in the case's folder; returns (stdout, stderr, exit status).
fn run(cmd: &str, args: &[&str], dir: &Path) -> (Vec<u8>, String, i32) {
    let out = Command::new(cmd).args(args).current_dir(dir).output().unwrap_or_else(|e| panic!("{cmd}: {e}"));
    (out.stdout, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap_or(-1))
}

/// Compares taipan's stdout for `args` + file against the golden file `ext` beside it.
fn check_stdout(file: &Path, args: &[&str], ext: &str, failures: &mut Vec<String>) {
    let dir = file.parent().unwrap();
    let name = file.file_name().unwrap().to_str().unwrap();
    let golden = dir.join(format!("{name}.{ext}"));
    let mut full: Vec<&str> = args.to_vec();
    full.push(name);
    if updating() {
        let mut py = vec!["-m"];
        py.extend(&full[1..]);
        let (out, err, code) = run("python3", &py, dir);
        assert_eq!(code, 0, "python3 {py:?} failed: {err}");
        std::fs::write(&golden, out).unwrap();
    }
    let want = std::fs::read(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
    let (got, err, code) = run(TAIPAN, &full, dir);
    if code != 0 || got != want {
        let got = String::from_utf8_lossy(&got);
        let want = String::from_utf8_lossy(&want);
        let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).map_or(got.lines().count().min(want.lines().count()), |i| i);
        failures.push(format!(
            "{name} ({args:?}): exit {code} {err}\n  first difference at line {}:\n    got:  {:?}\n    want: {:?}",
            line + 1,
            got.lines().nth(line).unwrap_or("<end>"),
            want.lines().nth(line).unwrap_or("<end>")
        ));
    }
}

fn report(failures: Vec<String>) {
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn ast_dumps_match_cpython() {
    let mut failures = Vec::new();
    for f in cases("cases") {
        check_stdout(&f, &["-m", "ast", "-a"], "ast", &mut failures);
    }
    report(failures);
}

#[test]
fn tokens_match_cpython() {
    let mut failures = Vec::new();
    for f in cases("cases") {
        check_stdout(&f, &["-m", "tokenize"], "tokens", &mut failures);
        check_stdout(&f, &["-m", "tokenize", "-e"], "exact", &mut failures);
    }
    report(failures);
}

/// Syntax errors print exactly what CPython prints when running the file (the path is
/// written `<FILE>` in the golden files), and exit with status 1 without running anything.
#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    let known = known_divergences();
    for f in cases("errors") {
        let dir = f.parent().unwrap();
        let name = f.file_name().unwrap().to_str().unwrap();
        let abs = f.canonicalize().unwrap().display().to_string();
        let golden = dir.join(format!("{name}.err"));
        if updating() {
            let (out, err, code) = run("python3", &[name], dir);
            assert!(out.is_empty() && code == 1, "python3 {name}: expected a compile error, got exit {code}");
            std::fs::write(&golden, err.replace(&abs, "<FILE>")).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        let (out, err, code) = run(TAIPAN, &[name], dir);
        let err = err.replace(&abs, "<FILE>");
        let same = code == 1 && out.is_empty() && err == want;
        match (same, known.contains(&name.to_string())) {
            (true, true) => failures.push(format!("{name}: now matches CPython; remove it from {KNOWN}")),
            (false, false) => failures.push(format!("{name}: exit {code}\n--- got\n{err}--- want\n{want}")),
            (false, true) => eprintln!("known divergence: {name}"),
            (true, false) => {}
        }
    }
    report(failures);
}

/// Error cases whose CPython output depends on machinery taipan does not reproduce yet
/// (listed with the reason in the file). They still run: each must still differ, so the
/// list can only shrink.
const KNOWN: &str = "tests/front/errors/KNOWN_DIVERGENCES";

fn known_divergences() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(KNOWN);
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}
