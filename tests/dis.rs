//! The `dis` module on taipan's real bytecode: for every `tests/dis/NAME.py`,
//! `taipan -m dis NAME.py` must print the committed listing `NAME.py.dis` (code object
//! addresses blanked to `0x?`). The listings are taipan's, in CPython 3.11's layout; where
//! a CPython 3.11 `python3` is available they must also agree with `python3 -m dis
//! NAME.py` once `tests/dis/normalize.py` has taken out taipan's deliberate bytecode
//! differences (offsets, PRECALL, forward-only conditional jumps).
//!
//! `UPDATE_GOLDEN=1 cargo test --release --test dis` rewrites the `.dis` files.

use std::path::{Path, PathBuf};
use std::process::Command;

const TAIPAN: &str = env!("CARGO_BIN_EXE_taipan");

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis")
}

fn sources() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".py") && n != "normalize.py")
        .collect();
    v.sort();
    assert!(!v.is_empty());
    v
}

/// ` at 0x1234abcd` → ` at 0x?` (code object reprs).
fn blank_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        out.push('?');
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

fn taipan_listing(name: &str) -> String {
    let out = Command::new(TAIPAN).args(["--no-jit", "-m", "dis", name]).current_dir(dir()).output().expect("run taipan");
    assert!(out.status.success(), "taipan -m dis {name} failed: {}", String::from_utf8_lossy(&out.stderr));
    blank_addresses(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn listings_match_goldens() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for name in sources() {
        let got = taipan_listing(&name);
        let golden = dir().join(format!("{name}.dis"));
        if update {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if got != want {
            let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{name}: listing differs from {name}.dis at line {}:\n  got:  {:?}\n  want: {:?}",
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn cpython_311() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))"])
        .status()
        .is_ok_and(|s| s.success())
}

/// The goldens are CPython's listings modulo the documented differences.
#[test]
fn goldens_agree_with_cpython() {
    if !cpython_311() {
        eprintln!("python3 is not CPython 3.11: skipping the comparison with CPython's dis");
        return;
    }
    let mut failures = Vec::new();
    for name in sources() {
        let cpy = Command::new("python3").args(["-m", "dis", &name]).current_dir(dir()).output().unwrap();
        assert!(cpy.status.success());
        let norm = |listing: &[u8]| {
            let tmp = std::env::temp_dir().join(format!("taipan-dis-{}-{name}.txt", std::process::id()));
            std::fs::write(&tmp, listing).unwrap();
            let out = Command::new("python3").arg("normalize.py").arg(&tmp).current_dir(dir()).output().unwrap();
            let _ = std::fs::remove_file(&tmp);
            assert!(out.status.success(), "normalize.py: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap()
        };
        let golden = std::fs::read(dir().join(format!("{name}.dis"))).unwrap_or_default();
        let (want, got) = (norm(&cpy.stdout), norm(&golden));
        if want != got {
            let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
            failures.push(format!(
                "{name}.dis disagrees with CPython's listing (normalized) at line {}:\n  golden:  {:?}\n  cpython: {:?}",
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn normalizer_catches_differences() {
    if !cpython_311() {
        return;
    }
    // A listing with one instruction changed must not normalize to CPython's.
    let name = &sources()[0];
    let golden = std::fs::read_to_string(dir().join(format!("{name}.dis"))).unwrap();
    let broken = golden.replacen("RETURN_VALUE", "POP_TOP     ", 1);
    assert_ne!(golden, broken);
    let norm = |s: &str| {
        let tmp = std::env::temp_dir().join(format!("taipan-dis-neg-{}.txt", std::process::id()));
        std::fs::write(&tmp, s).unwrap();
        let out = Command::new("python3").arg("normalize.py").arg(&tmp).current_dir(dir()).output().unwrap();
        let _ = std::fs::remove_file(&tmp);
        String::from_utf8(out.stdout).unwrap()
    };
    assert_ne!(norm(&golden), norm(&broken));
}

fn run_with_stdin(prog: &str, args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(prog)
        .args(args)
        .current_dir(dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// `-m dis` reads stdin without a file (or with `-`) and reports bad arguments as
/// CPython's argparse does (usage and error on stderr, status 2).
#[test]
fn command_line() {
    let src = "y = 2\nprint(y or 3)\n";
    let cases: &[&[&str]] = &[&["-m", "dis"], &["-m", "dis", "-"], &["-m", "dis", "missing.py"], &["-m", "dis", "basics.py", "extra"]];
    for args in cases {
        let t = run_with_stdin(TAIPAN, args, src);
        let code = t.status.code();
        let stderr = String::from_utf8_lossy(&t.stderr).to_string();
        if args.len() > 2 && args[2] != "-" {
            assert_eq!(code, Some(2), "{args:?}: {stderr}");
            assert!(stderr.starts_with("usage: dis.py [-h] [infile]\ndis.py: error: "), "{args:?}: {stderr}");
        } else {
            assert_eq!(code, Some(0), "{args:?}: {stderr}");
            assert!(String::from_utf8_lossy(&t.stdout).contains("STORE_NAME               0 (y)"));
        }
        if cpython_311() {
            let c = run_with_stdin("python3", args, src);
            assert_eq!(c.status.code(), code, "{args:?}: exit status differs from CPython's");
            assert_eq!(String::from_utf8_lossy(&c.stderr), stderr, "{args:?}: stderr differs from CPython's");
            if code == Some(0) {
                // No calls, loops or conditional jumps: the same bytecode as CPython's.
                let simple = run_with_stdin(TAIPAN, args, "y = 2\nz = y or -y\n");
                let cs = run_with_stdin("python3", args, "y = 2\nz = y or -y\n");
                assert_eq!(String::from_utf8_lossy(&simple.stdout), String::from_utf8_lossy(&cs.stdout), "{args:?}");
            }
        }
    }
}
