//! Traceback layouts: every `tests/tracebacks/*.py` must write to stderr exactly what
//! CPython 3.11 writes (`NAME.py.stderr`), apart from the `^^^^` marker lines CPython
//! adds under some source lines (taipan leaves them out) — and end with the same exit
//! status (first line of the golden). The script's folder is written `<dir>` in the
//! goldens, since both runtimes print absolute paths.
//!
//! `UPDATE_GOLDEN=1 cargo test --release --test tracebacks` regenerates the goldens from
//! `python3`.

use std::path::Path;
use std::process::Command;

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

/// `(status, stderr)` of `bin` running `name` in `dir`, normalized as the goldens are.
fn run(bin: &str, dir: &Path, name: &str) -> (i32, String) {
    let out = Command::new(bin).arg(name).current_dir(dir).env("PYTHONHASHSEED", "0").output().expect("run");
    let text = String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "<dir>");
    let kept: Vec<&str> = text.lines().filter(|l| !is_marker_line(l)).collect();
    (out.status.code().unwrap_or(-1), kept.join("\n"))
}

/// CPython 3.11's position markers: a line of spaces, `^` and `~` only.
fn is_marker_line(l: &str) -> bool {
    let t = l.trim();
    !t.is_empty() && t.chars().all(|c| c == '^' || c == '~')
}

#[test]
fn tracebacks_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let update = std::env::var("UPDATE_GOLDEN").is_ok();
    let mut failures = Vec::new();
    for name in &names {
        let golden = dir.join(format!("{name}.stderr"));
        if update {
            let (code, text) = run("python3", &dir, name);
            std::fs::write(&golden, format!("{code}\n{text}\n")).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_else(|_| panic!("{name}: no golden (UPDATE_GOLDEN=1)"));
        let (code, text) = run(TAIPAN, &dir, name);
        let got = format!("{code}\n{text}\n");
        if got != want {
            failures.push(format!("{name}:\n--- want\n{want}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{} traceback(s) differ:\n{}", failures.len(), failures.join("\n"));
}
