//! The JIT tier seen from outside: `--jit-stats`, and Ctrl-C reaching code that runs
//! natively. (Semantics in both tiers are checked by every case in `tests/py`, which
//! `py_cases.rs` runs with `--no-jit`, `--jit-threshold 1` and after warm-up.)

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jit")
}

#[test]
fn jit_stats_report_compiled_and_declined_code() {
    let out = Command::new(TAIPAN).args(["--jit-threshold", "5", "--jit-stats", "stats.py"]).current_dir(dir()).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "332833500 328350\n");
    let err = String::from_utf8_lossy(&out.stderr);
    // Per function: qualified name, file:line, bytecode and native sizes, compile time.
    let row = err.lines().find(|l| l.trim_start().starts_with("Box.total ")).unwrap_or_else(|| panic!("no row for Box.total:\n{err}"));
    assert!(row.contains("stats.py:7"), "{row}");
    assert!(row.contains(" B ") && row.contains(" ms"), "{row}");
    assert!(err.contains("not compiled: squares (stats.py:1): generator"), "{err}");
    let total = err.lines().find(|l| l.contains("total:")).expect("totals line");
    assert!(total.contains("functions compiled in") && total.contains("fallbacks to the interpreter taken"), "{total}");
    let off = Command::new(TAIPAN).args(["--no-jit", "--jit-stats", "stats.py"]).current_dir(dir()).output().unwrap();
    assert!(String::from_utf8_lossy(&off.stderr).contains("JIT: off"));
}

/// A function whose type speculation keeps failing (trained on floats, then called with
/// ints) deoptimizes, is recompiled without speculation and still computes the same.
#[test]
fn failed_speculation_recompiles_generically() {
    let out = Command::new(TAIPAN).args(["--jit-threshold", "20", "--jit-stats", "respecialize.py"]).current_dir(dir()).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "103575.0\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.lines().any(|l| l.trim_start().starts_with("poly (generic) ")), "{err}");
    let total = err.lines().find(|l| l.contains("total:")).expect("totals line");
    let deopts: u64 = total.rsplit(", ").next().and_then(|t| t.split(' ').next()).and_then(|n| n.parse().ok()).expect("deoptimization count");
    assert!(deopts >= 64, "{total}");
}

/// SIGINT during a loop running as native code (compiled at once, or entered by
/// on-stack replacement after warm-up) raises KeyboardInterrupt there, with the
/// interpreter's traceback, and the process ends by SIGINT as CPython's does.
#[test]
fn ctrl_c_interrupts_native_loops() {
    use std::os::unix::process::ExitStatusExt;
    for tier in [&["--jit-threshold", "1"][..], &[][..], &["--no-jit"][..]] {
        let mut child = Command::new(TAIPAN)
            .args(tier)
            .arg("spin.py")
            .current_dir(dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line, "spinning\n");
        std::thread::sleep(Duration::from_millis(300));
        let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
        assert!(killed.success());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.signal(), Some(2), "{tier:?}: {:?} {err}", out.status);
        assert!(err.ends_with("in spin\n    while True:\nKeyboardInterrupt\n"), "{tier:?}: {err}");
    }
}
