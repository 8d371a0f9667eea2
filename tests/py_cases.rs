//! Python case files: every `tests/py/<topic>/*.py` runs under `taipan --no-jit` and
//! with every function compiled on first use (`--jit-threshold 1`), and each run must print exactly CPython 3.11's stdout (`NAME.py.out`). A case that ends with an
//! uncaught exception or `sys.exit` also has `NAME.py.err`: the exit status, then the last
//! line of stderr. Expectations come from python3 (`python3 tests/py/regen.py`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

fn cases(root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(root) else { return };
    let mut entries: Vec<PathBuf> = rd.map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            cases(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") && p.file_name().is_some_and(|n| n != "regen.py") {
            out.push(p);
        }
    }
}

/// No case runs for long; one that does is a hang (an interpreter bug), not a slow test.
const LIMIT: Duration = Duration::from_secs(30);

/// Runs `cmd` with its output in files (no pipe to drain while polling); `None` if it
/// outlived `LIMIT` and was killed.
fn run_limited(cmd: &mut Command) -> Option<Output> {
    static SEQ: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let base = std::env::temp_dir().join(format!("taipan-case-{}-{n}", std::process::id()));
    let (po, pe) = (base.with_extension("out"), base.with_extension("err"));
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&po).unwrap())
        .stderr(std::fs::File::create(&pe).unwrap())
        .spawn()
        .expect("run taipan");
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break Some(st);
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = status.map(|status| Output { status, stdout: std::fs::read(&po).unwrap(), stderr: std::fs::read(&pe).unwrap() });
    let _ = std::fs::remove_file(&po);
    let _ = std::fs::remove_file(&pe);
    out
}

/// Runs every case with `flags`; returns the failures.
fn run_all(flags: &[&str]) -> (usize, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut all = Vec::new();
    cases(&root, &mut all);
    let mut failures = Vec::new();
    for f in &all {
        let dir = f.parent().unwrap();
        let name = f.file_name().unwrap().to_str().unwrap();
        let want_out = std::fs::read(dir.join(format!("{name}.out"))).unwrap_or_default();
        let (want_code, want_last) = match std::fs::read_to_string(dir.join(format!("{name}.err"))) {
            Ok(s) => {
                let mut lines = s.lines();
                let code: i32 = lines.next().and_then(|l| l.trim().parse().ok()).unwrap_or(1);
                (code, lines.next().unwrap_or("").to_string())
            }
            Err(_) => (0, String::new()),
        };
        let Some(out) = run_limited(Command::new(TAIPAN).args(flags).arg(name).current_dir(dir)) else {
            failures.push(format!("{}: killed after {}s", f.display(), LIMIT.as_secs()));
            continue;
        };
        let code = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr.lines().last().unwrap_or("").to_string();
        let rel = f.strip_prefix(&root).unwrap().display().to_string();
        if out.stdout != want_out {
            let got = String::from_utf8_lossy(&out.stdout);
            let want = String::from_utf8_lossy(&want_out);
            let i = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{rel}: stdout differs at line {}\n    got:  {:?}\n    want: {:?}\n    stderr: {}",
                i + 1,
                got.lines().nth(i).unwrap_or("<end>"),
                want.lines().nth(i).unwrap_or("<end>"),
                stderr.lines().last().unwrap_or("")
            ));
        } else if code != want_code || (want_code != 0 && last != want_last) {
            failures.push(format!("{rel}: exit {code} (want {want_code}), last stderr line {last:?} (want {want_last:?})"));
        }
    }
    (all.len(), failures)
}

fn check(flags: &[&str]) {
    let (n, failures) = run_all(flags);
    assert!(n > 0, "no Python cases found");
    assert!(failures.is_empty(), "{} of {n} case(s) failed with {flags:?}:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn python_cases_no_jit() {
    check(&["--no-jit"]);
}

#[test]
fn python_cases_jit_everything() {
    check(&["--jit-threshold", "1"]);
}

/// Compiled after the interpreter has specialized the code: the JIT's type-feedback paths.
#[test]
fn python_cases_jit_after_warmup() {
    check(&["--jit-threshold", "40"]);
}
