//! The import system and its .pyc cache, end to end through the `taipan` binary.
//!
//! - `tests/imports/<case>/`: programs with their modules and python3's output
//!   (`tests/imports/regen.py`). Each runs in a scratch copy twice — cold (compiling and
//!   writing caches) and warm (from the caches) — under both tiers, and must match.
//! - `-m` for packages and submodules, `-B` / PYTHONDONTWRITEBYTECODE, the entry script
//!   never cached, a stale cache with the same stamp still trusted (proof the warm run
//!   loads it), concurrent writers.
//! - Every byte of a cache file corrupted (several values per position), and every
//!   truncation: the import still runs the right code and the file is rebuilt. The same
//!   corruptions with a recomputed checksum (a hostile file) must not crash the process.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TIERS: &[&[&str]] = &[&["--no-jit"], &["--jit-threshold", "1"]];

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("taipan-imports-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let name = e.file_name();
        if name == "__pycache__" {
            continue;
        }
        let p = e.path();
        if p.is_dir() {
            copy_tree(&p, &to.join(&name));
        } else {
            std::fs::copy(&p, to.join(&name)).unwrap();
        }
    }
}

fn taipan(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPATH")
        .output()
        .expect("taipan runs")
}

/// `taipan` killed after `limit` (None then).
fn taipan_with_deadline(dir: &Path, args: &[&str], limit: std::time::Duration) -> Option<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("taipan runs");
    let start = std::time::Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return Some(child.wait_with_output().expect("output"));
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn assert_ok(o: &Output, want: &str, what: &str) {
    assert!(
        o.status.success() && stdout(o) == want,
        "{what}: status {:?}\n--- stdout\n{}\n--- want\n{want}\n--- stderr\n{}",
        o.status,
        stdout(o),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn cases_cold_and_warm_in_both_tiers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/imports");
    let mut n = 0;
    for e in std::fs::read_dir(&root).unwrap() {
        let case = e.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let want = std::fs::read_to_string(case.join("main.py.out")).unwrap();
        for (t, tier) in TIERS.iter().enumerate() {
            let dir = scratch(&format!("{name}-{t}"));
            copy_tree(&case, &dir);
            let mut args = tier.to_vec();
            args.push("main.py");
            assert_ok(&taipan(&dir, &args), &want, &format!("{name} {tier:?} cold"));
            assert_ok(&taipan(&dir, &args), &want, &format!("{name} {tier:?} warm"));
            let _ = std::fs::remove_dir_all(&dir);
        }
        n += 1;
    }
    assert!(n >= 4, "import cases found: {n}");
}

fn cache_file(dir: &Path, stem: &str) -> Option<PathBuf> {
    let pc = dir.join("__pycache__");
    std::fs::read_dir(pc).ok()?.map(|e| e.unwrap().path()).find(|p| {
        let n = p.file_name().unwrap().to_string_lossy();
        n.starts_with(&format!("{stem}.")) && n.ends_with(".pyc")
    })
}

#[test]
fn run_module_packages_and_submodules() {
    let dir = scratch("dash-m");
    std::fs::create_dir_all(dir.join("pkg/sub")).unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "print('pkg init')\n").unwrap();
    std::fs::write(
        dir.join("pkg/__main__.py"),
        "import sys\nfrom . import helper\nprint(__name__, __package__, __spec__.name, sys.argv[0].endswith('pkg/__main__.py'), sys.argv[1:], helper.X)\n",
    )
    .unwrap();
    std::fs::write(dir.join("pkg/helper.py"), "X = 42\n").unwrap();
    std::fs::write(dir.join("pkg/sub/__init__.py"), "").unwrap();
    std::fs::write(
        dir.join("pkg/sub/mod.py"),
        "import sys\nfrom .. import helper\nprint(__name__, __package__, __spec__.name, sys.argv[0].endswith('pkg/sub/mod.py'), sys.argv[1:], helper.X)\n",
    )
    .unwrap();
    for tier in TIERS {
        let run = |m: &str| {
            let mut a = tier.to_vec();
            a.extend(["-m", m, "a", "b"]);
            taipan(&dir, &a)
        };
        assert_ok(&run("pkg"), "pkg init\n__main__ pkg pkg.__main__ True ['a', 'b'] 42\n", "-m pkg");
        assert_ok(&run("pkg.sub.mod"), "pkg init\n__main__ pkg.sub pkg.sub.mod True ['a', 'b'] 42\n", "-m pkg.sub.mod");
        let o = run("nosuch");
        assert_eq!(o.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&o.stderr).ends_with("No module named nosuch\n"));
        let o = run("pkg.sub");
        assert_eq!(o.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&o.stderr)
            .ends_with("No module named pkg.sub.__main__; 'pkg.sub' is a package and cannot be directly executed\n"));
    }
    // The module run as __main__ is not cached; the modules it imports are.
    assert!(cache_file(&dir.join("pkg"), "helper").is_some());
    assert!(cache_file(&dir.join("pkg"), "__main__").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn writing_caches_can_be_turned_off() {
    let dir = scratch("no-write");
    std::fs::write(dir.join("main.py"), "import lib\nprint(lib.X)\n").unwrap();
    std::fs::write(dir.join("lib.py"), "X = 'lib'\n").unwrap();
    assert_ok(&taipan(&dir, &["-B", "main.py"]), "lib\n", "-B");
    assert!(!dir.join("__pycache__").exists(), "-B wrote a cache");
    let o = Command::new(env!("CARGO_BIN_EXE_taipan")).arg("main.py").current_dir(&dir).env("PYTHONDONTWRITEBYTECODE", "1").output().unwrap();
    assert_ok(&o, "lib\n", "PYTHONDONTWRITEBYTECODE");
    assert!(!dir.join("__pycache__").exists(), "PYTHONDONTWRITEBYTECODE wrote a cache");
    assert_ok(&taipan(&dir, &["main.py"]), "lib\n", "default");
    assert!(cache_file(&dir, "lib").is_some(), "no cache written");
    assert!(cache_file(&dir, "main").is_none(), "the entry script was cached");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_current_cache_is_used_without_recompiling() {
    // Same size and mtime, different text: CPython's rule trusts the cache, and so do
    // we — which shows the warm import really loads the .pyc.
    let dir = scratch("stale");
    std::fs::write(dir.join("main.py"), "import lib\nprint(lib.X)\n").unwrap();
    std::fs::write(dir.join("lib.py"), "X = 111\n").unwrap();
    let t = std::fs::metadata(dir.join("lib.py")).unwrap().modified().unwrap();
    assert_ok(&taipan(&dir, &["main.py"]), "111\n", "cold");
    std::fs::write(dir.join("lib.py"), "X = 222\n").unwrap();
    std::fs::File::options().write(true).open(dir.join("lib.py")).unwrap().set_modified(t).unwrap();
    assert_ok(&taipan(&dir, &["main.py"]), "111\n", "stale cache used");
    // A different size is noticed.
    std::fs::write(dir.join("lib.py"), "X = 3333\n").unwrap();
    assert_ok(&taipan(&dir, &["main.py"]), "3333\n", "changed source recompiled");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn concurrent_importers_leave_a_valid_cache() {
    let dir = scratch("concurrent");
    std::fs::write(dir.join("main.py"), "import lib\nprint(lib.total())\n").unwrap();
    let body: String = (0..200).map(|i| format!("def f{i}(x):\n    return x + {i}\n")).collect();
    std::fs::write(dir.join("lib.py"), format!("{body}def total():\n    return sum(f(1) for f in [{}])\n", (0..200).map(|i| format!("f{i}")).collect::<Vec<_>>().join(", "))).unwrap();
    let want = format!("{}\n", (0..200).map(|i| 1 + i).sum::<i64>());
    for round in 0..3 {
        let _ = std::fs::remove_dir_all(dir.join("__pycache__"));
        let children: Vec<_> = (0..6)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_taipan"))
                    .arg("main.py")
                    .current_dir(&dir)
                    .env_remove("PYTHONDONTWRITEBYTECODE")
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            assert_ok(&c.wait_with_output().unwrap(), &want, &format!("round {round}"));
        }
        assert_ok(&taipan(&dir, &["main.py"]), &want, "after the race");
        let leftovers: Vec<_> = std::fs::read_dir(dir.join("__pycache__")).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(leftovers.len(), 1, "temporary files left: {leftovers:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn fnv(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

#[test]
fn corrupted_truncated_and_hostile_caches() {
    let dir = scratch("corrupt");
    std::fs::write(dir.join("main.py"), "import mod\nprint(mod.VALUE, mod.g())\n").unwrap();
    std::fs::write(
        dir.join("mod.py"),
        "def f(n):\n    return sum(i * i for i in range(n)), 'ok'\n\ndef g(*a, k=2):\n    try:\n        return [x for x in (1, 2.5, 'x', b'y')][k]\n    except IndexError:\n        return None\n\nVALUE = f(10)\n",
    )
    .unwrap();
    let want = "(285, 'ok') x\n";
    assert_ok(&taipan(&dir, &["main.py"]), want, "cold");
    let pyc = cache_file(&dir, "mod").expect("cache written");
    let good = std::fs::read(&pyc).unwrap();
    assert!(good.len() > 100, "cache file of {} bytes", good.len());
    let check = |bytes: &[u8], what: &str| {
        std::fs::write(&pyc, bytes).unwrap();
        assert_ok(&taipan(&dir, &["main.py"]), want, what);
        assert_eq!(std::fs::read(&pyc).unwrap(), good, "{what}: cache not rebuilt");
    };
    for i in 0..good.len() {
        for v in [good[i] ^ 0x01, good[i] ^ 0x80, 0xff] {
            if v == good[i] {
                continue;
            }
            let mut bad = good.clone();
            bad[i] = v;
            check(&bad, &format!("byte {i} set to {v:#04x}"));
        }
    }
    for n in 0..good.len() {
        check(&good[..n], &format!("truncated to {n} bytes"));
    }
    let mut longer = good.clone();
    longer.extend_from_slice(b"junk");
    check(&longer, "trailing bytes");
    // Hostile: the checksum recomputed after the change. The verifier decides; whatever
    // it lets through must run as Python (an exception at worst), never crash.
    for i in 24..good.len() {
        for v in [good[i] ^ 0x01, good[i] ^ 0x80] {
            if v == good[i] {
                continue;
            }
            let mut bad = good.clone();
            bad[i] = v;
            let sum = fnv(&bad[24..]);
            bad[16..24].copy_from_slice(&sum.to_le_bytes());
            std::fs::write(&pyc, &bad).unwrap();
            // A changed jump may well loop forever: that is Python behaviour, not a crash.
            let Some(o) = taipan_with_deadline(&dir, &["main.py"], std::time::Duration::from_secs(2)) else { continue };
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(
                matches!(o.status.code(), Some(0) | Some(1)) && !err.contains("panicked"),
                "hostile byte {i} = {v:#04x}: status {:?}\n{err}",
                o.status
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn pythonpath_entries_are_searched_after_the_script_folder() {
    let dir = scratch("pythonpath");
    std::fs::create_dir_all(dir.join("extra")).unwrap();
    std::fs::write(dir.join("main.py"), "import sys, shadow, only_extra\nprint(shadow.WHERE, only_extra.WHERE, sys.path[1].endswith('extra'))\n").unwrap();
    std::fs::write(dir.join("shadow.py"), "WHERE = 'script folder'\n").unwrap();
    std::fs::write(dir.join("extra/shadow.py"), "WHERE = 'extra'\n").unwrap();
    std::fs::write(dir.join("extra/only_extra.py"), "WHERE = 'extra'\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("main.py")
        .current_dir(&dir)
        .env("PYTHONPATH", dir.join("extra"))
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .output()
        .unwrap();
    assert_ok(&o, "script folder extra True\n", "PYTHONPATH");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compileall_and_py_compile_write_caches_that_imports_use() {
    let dir = scratch("compileall");
    std::fs::create_dir_all(dir.join("tree/pkg")).unwrap();
    std::fs::write(dir.join("tree/top.py"), "T = 1\n").unwrap();
    std::fs::write(dir.join("tree/pkg/__init__.py"), "").unwrap();
    std::fs::write(dir.join("tree/pkg/inner.py"), "I = 2\n").unwrap();
    std::fs::write(dir.join("tree/pkg/broken.py"), "def (:\n").unwrap();
    let o = taipan(&dir, &["-m", "compileall", "-q", "tree"]);
    assert_eq!(o.status.code(), Some(1), "a syntax error makes compileall fail");
    assert!(stdout(&o).contains("broken.py"), "{}", stdout(&o));
    assert!(cache_file(&dir.join("tree"), "top").is_some());
    assert!(cache_file(&dir.join("tree/pkg"), "inner").is_some());
    assert!(cache_file(&dir.join("tree/pkg"), "__init__").is_some());
    assert!(cache_file(&dir.join("tree/pkg"), "broken").is_none());
    // The written caches are the ones imports read: same bytes after an import.
    let before = std::fs::read(cache_file(&dir.join("tree/pkg"), "inner").unwrap()).unwrap();
    std::fs::write(dir.join("tree/main.py"), "import top, pkg.inner\nprint(top.T + pkg.inner.I)\n").unwrap();
    assert_ok(&taipan(&dir.join("tree"), &["main.py"]), "3\n", "import after compileall");
    assert_eq!(std::fs::read(cache_file(&dir.join("tree/pkg"), "inner").unwrap()).unwrap(), before);
    std::fs::write(dir.join("one.py"), "X = 'one'\n").unwrap();
    let o = taipan(&dir, &["-c", "import py_compile; print(py_compile.compile('one.py').endswith('.pyc'))"]);
    assert_ok(&o, "True\n", "py_compile");
    let _ = std::fs::remove_dir_all(&dir);
}
