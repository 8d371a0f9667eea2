//! Bytecode from a file is verified, never trusted: mutants of a compiled program (1-3
//! changed bytes inside its instructions) that the loader accepts are each run in their
//! own process, which may raise or loop but must never crash. Programs: tests/fuzz_pyc/.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SEED: u32 = 11;
const MUTANTS: u32 = 4000;

#[test]
fn accepted_bytecode_mutants_never_crash() {
    let bin = env!("CARGO_BIN_EXE_taipan");
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_pyc");
    let out = std::env::temp_dir().join(format!("taipan-fuzz-pyc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let gen = Command::new(bin).arg(here.join("mutate.py")).arg(SEED.to_string()).arg(MUTANTS.to_string()).arg(&out).output().unwrap();
    assert!(gen.status.success(), "mutate.py failed: {}", String::from_utf8_lossy(&gen.stderr));
    let mut files: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() > 100, "only {} mutants accepted", files.len());
    let mut crashes = Vec::new();
    for f in &files {
        let mut child = Command::new(bin).arg(here.join("run_one.py")).arg(f).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
        let start = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break Some(s);
            }
            if start.elapsed() > Duration::from_secs(2) {
                let _ = child.kill();
                let _ = child.wait();
                break None; // a loop: Python behaviour, not a crash
            }
            std::thread::sleep(Duration::from_millis(1));
        };
        if let Some(s) = status {
            let mut err = String::new();
            use std::io::Read;
            let _ = child.stderr.take().unwrap().read_to_string(&mut err);
            if !matches!(s.code(), Some(0) | Some(1)) || err.contains("panicked") {
                crashes.push(format!("{}: {s:?} {}", f.display(), err.lines().last().unwrap_or("")));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    assert!(crashes.is_empty(), "{} of {} mutants crashed:\n{}", crashes.len(), files.len(), crashes.join("\n"));
}
