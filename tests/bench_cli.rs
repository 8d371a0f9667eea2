//! `taipan-bench`: the report command over a folder of scripts.

use std::process::Command;

#[test]
fn table_chart_and_output_check() {
    let dir = std::env::temp_dir().join(format!("taipan-bench-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("b/one.py"), "print(sum(range(1000)))\n").unwrap();
    std::fs::write(dir.join("b/two.py"), "print('two')\n").unwrap();
    let svg = dir.join("chart.svg");
    let o = Command::new(env!("CARGO_BIN_EXE_taipan-bench"))
        .arg(dir.join("b"))
        .args(["--runs", "2", "--taipan", env!("CARGO_BIN_EXE_taipan"), "--svg"])
        .arg(&svg)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("| benchmark | taipan (JIT) | taipan --no-jit |"), "{out}");
    assert!(out.contains("| one |") && out.contains("| two |") && out.contains("geomean"), "{out}");
    let chart = std::fs::read_to_string(&svg).unwrap();
    assert!(chart.starts_with("<svg") && chart.contains("geomean") && chart.matches("<rect").count() >= 6);
    // An implementation printing something else is flagged and fails the run.
    let o = Command::new(env!("CARGO_BIN_EXE_taipan-bench"))
        .arg(dir.join("b"))
        .args(["--runs", "1", "--taipan", env!("CARGO_BIN_EXE_taipan"), "--compare", "echo", "--svg"])
        .arg(&svg)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains('✗'));
    let _ = std::fs::remove_dir_all(&dir);
}
