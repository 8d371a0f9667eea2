//! Front-end throughput: stages 1–3 (decode, tokenize, parse to an AST) over a fixed
//! corpus — the top-level modules of the CPython standard library installed on this
//! machine (`Lib/*.py`, read once). Criterion reports MB/s; the same corpus is then
//! parsed by CPython (`compile(src, name, "exec", ast.PyCF_ONLY_AST)`) in the same run,
//! and the ratio is printed.
//!
//! `cargo bench --bench frontend`; the HTML report lands in `target/criterion`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;
use std::process::Command;
use taipan::parser::{parse_bytes, Mode};
use taipan::source::Origin;

/// The corpus: `(path, bytes)` of every top-level stdlib module, sorted by name.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let out = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .expect("python3 is needed to locate the corpus");
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("stdlib folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read(&p).ok()?)))
        .filter(|(_, data)| parse_bytes(data, "c", Mode::Exec, false, Origin::File).is_ok())
        .collect()
}

/// CPython's parse throughput on the same files, in MB/s (best of 5 passes).
fn cpython_mb_per_s(paths: &[String]) -> Option<f64> {
    let script = r#"
import ast, sys, time
srcs = [open(p, 'rb').read() for p in sys.argv[1:]]
total = sum(map(len, srcs))
best = None
for _ in range(5):
    t = time.perf_counter()
    for i, s in enumerate(srcs):
        compile(s, sys.argv[1 + i], 'exec', ast.PyCF_ONLY_AST)
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(total / best / 1e6)
"#;
    let out = Command::new("python3").arg("-c").arg(script).args(paths).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn frontend(c: &mut Criterion) {
    let corpus = corpus();
    let total: usize = corpus.iter().map(|(_, d)| d.len()).sum();
    let mut group = c.benchmark_group("frontend");
    group.throughput(Throughput::Bytes(total as u64));
    group.sample_size(20);
    group.bench_function("tokenize+parse stdlib Lib/*.py", |b| {
        b.iter(|| {
            for (name, data) in &corpus {
                let m = parse_bytes(data, name, Mode::Exec, false, Origin::File).expect("corpus parses");
                criterion::black_box(m);
            }
        })
    });
    group.bench_function("tokenize stdlib Lib/*.py (tokenize module)", |b| {
        b.iter(|| {
            for (_, data) in &corpus {
                criterion::black_box(taipan::tokenize::tokenize_bytes(data).ok());
            }
        })
    });
    group.finish();

    // The comparison, measured now, on this machine, on the same bytes.
    let start = std::time::Instant::now();
    let mut passes = 0;
    while passes < 5 || start.elapsed().as_secs_f64() < 1.0 {
        for (name, data) in &corpus {
            criterion::black_box(parse_bytes(data, name, Mode::Exec, false, Origin::File).ok());
        }
        passes += 1;
    }
    let ours = total as f64 * passes as f64 / start.elapsed().as_secs_f64() / 1e6;
    let paths: Vec<String> = corpus.iter().map(|(p, _)| p.clone()).collect();
    match cpython_mb_per_s(&paths) {
        Some(theirs) => println!(
            "\nfront end over {} files, {:.1} MB: taipan {ours:.1} MB/s, CPython 3.11 {theirs:.1} MB/s, ratio {:.1}x\n",
            corpus.len(),
            total as f64 / 1e6,
            ours / theirs
        ),
        None => println!("\nfront end: taipan {ours:.1} MB/s (python3 not available for the comparison)\n"),
    }
}

criterion_group!(benches, frontend);
criterion_main!(benches);
