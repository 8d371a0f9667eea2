//! Threads under the GIL, through the `taipan` binary, in both tiers:
//! - tests/threads/primitives.py: threading's API against python3's output (and an
//!   exception in a thread reported on stderr as CPython words it);
//! - tests/threads/stress.py: many threads mutating shared containers with and without
//!   locks — consistent objects, exact lock-protected counters, no crash;
//! - I/O-bound threads overlap (8 × 0.25 s sleeps well under 0.4 s) and CPU-bound ones
//!   do not (4 threads take several times one thread's time).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

const TIERS: &[&[&str]] = &[&["--no-jit"], &["--jit-threshold", "1"]];

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/threads")
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_taipan")).args(args).current_dir(dir()).output().expect("taipan runs")
}

fn check(script: &str, extra: &[&str]) {
    let want = std::fs::read_to_string(dir().join(format!("{script}.out"))).unwrap();
    for tier in TIERS {
        let mut a = tier.to_vec();
        a.push(script);
        a.extend_from_slice(extra);
        let o = run(&a);
        assert!(
            o.status.success() && String::from_utf8_lossy(&o.stdout) == want,
            "{script} {tier:?}: {:?}\n{}\n---\n{}",
            o.status,
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        if script == "primitives.py" {
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.starts_with("Exception in thread boomer:\nTraceback (most recent call last):\n"), "{err}");
            assert!(err.ends_with("ValueError: boom in thread\n"), "{err}");
        }
    }
}

#[test]
fn threading_api_matches_cpython() {
    check("primitives.py", &[]);
}

#[test]
fn shared_containers_stay_consistent() {
    for _ in 0..3 {
        check("stress.py", &["8", "5000"]);
    }
}

fn timed(code: &str) -> f64 {
    let t = Instant::now();
    let o = run(&["-c", code]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    t.elapsed().as_secs_f64()
}

#[test]
fn io_threads_overlap_and_cpu_threads_do_not() {
    let sleepers = "import threading, time\nts = [threading.Thread(target=time.sleep, args=(0.25,)) for _ in range(8)]\n[t.start() for t in ts]\n[t.join() for t in ts]\n";
    let wall = timed(sleepers);
    assert!(wall < 0.4, "8 threads sleeping 0.25 s took {wall:.3} s");
    // Enough work that the compiled loop, not start-up, dominates each run.
    let cpu = |n: usize| format!(
        "import threading\ndef count(n):\n    t = 0\n    for i in range(n):\n        t += i & 7\nts = [threading.Thread(target=count, args=(100000000,)) for _ in range({n})]\n[t.start() for t in ts]\n[t.join() for t in ts]\n"
    );
    let one = timed(&cpu(1));
    let four = timed(&cpu(4));
    assert!(four > 2.5 * one, "4 CPU-bound threads {four:.3} s vs one {one:.3} s: they ran in parallel?");
}
