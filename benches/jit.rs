//! JIT tier benchmarks, in process: Cranelift compile time per function, and the same
//! workloads run natively against the interpreter alone (`--no-jit`), on small inputs:
//! recursive fib, an integer loop, and a small n-body step loop.
//!
//! Each workload is loaded twice as separate code objects: one while compilation is
//! off (it stays interpreted for good), one compiled on its first call. Outputs are
//! checked against CPython 3.11's before timing.
//!
//! `cargo bench --bench jit`; the HTML report lands in `target/criterion`.

mod common;

use common::load;
use criterion::{criterion_group, criterion_main, Criterion};
use taipan_runtime::jit_hook::{self, JitBackend};
use taipan_runtime::object::{Obj, Value};
use taipan_runtime::objects::{float, function, int};

const FIB: &str = "def bench(n):\n    if n < 2:\n        return n\n    return bench(n - 1) + bench(n - 2)\n";

const LOOP: &str = "def bench(n):\n    total = 0\n    i = 0\n    while i < n:\n        if i % 3 == 0:\n            total += i * 7\n        else:\n            total -= i >> 1\n        total &= 0xFFFFFFF\n        i += 1\n    return total\n";

const NBODY: &str = r#"import math
def bench(steps):
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47], [4.84, -1.16, -0.10, 0.60, 2.81, -0.02, 0.037],
              [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011], [12.89, -15.11, -0.22, 1.08, 0.86, -0.01, 0.0017]]
    pairs = [(bodies[i], bodies[j]) for i in range(4) for j in range(i + 1, 4)]
    dt = 0.01
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]
    return bodies[1][0]
"#;

/// (name, source defining `bench(n)`, n, CPython's result as text)
const WORKLOADS: &[(&str, &str, i64, &str)] = &[
    ("fib", FIB, 18, "2584"),
    ("loop", LOOP, 20_000, "131547875"),
    ("nbody", NBODY, 200, "2.959570353776977"),
];

fn call(f: &Obj, n: i64) -> Obj {
    let arg = int::from_i64(n);
    taipan_runtime::interp::call::call(f.value(), &[arg.value()], Value::NULL).expect("bench raised")
}

fn text(v: &Obj) -> String {
    if float::is_float(v.value()) {
        format!("{:?}", float::as_f64(v.value()))
    } else {
        int::as_i64(v.value()).map(|i| i.to_string()).unwrap_or_default()
    }
}

fn compile_time(c: &mut Criterion) {
    taipan::driver::start_runtime(vec!["bench".into()], ".".into(), true);
    // A backend of its own, not installed: it only compiles what it is handed.
    let backend = taipan_jit::Backend::new().expect("Cranelift backend");
    let mut group = c.benchmark_group("jit_compile");
    group.sample_size(30);
    for &(name, src, _, _) in WORKLOADS {
        let f = load(name, src);
        let code = function::code(f.value());
        group.bench_function(name, |b| {
            b.iter(|| {
                code.jit_entry.set(0);
                backend.compile(code, function::as_function(f.value()).globals(), &[]);
                assert_ne!(code.jit_entry.get(), 0, "{name} did not compile");
            })
        });
        code.jit_entry.set(0);
    }
    group.finish();
}

fn jit_vs_interp(c: &mut Criterion) {
    // Compiled during the first (checked) call, after the interpreter has specialized
    // the code as it would in a real run, so the JIT side is native when timing starts.
    let _ = taipan_jit::install(50);
    taipan_runtime::interp::thread_state().jit_threshold = 50;
    let mut group = c.benchmark_group("jit_vs_nojit");
    group.sample_size(20);
    for &(name, src, n, want) in WORKLOADS {
        jit_hook::set_enabled(false);
        let interp = load(name, src);
        assert_eq!(text(&call(&interp, n)), want, "{name}: interpreter result");
        jit_hook::set_enabled(true);
        let native = load(name, src);
        assert_eq!(text(&call(&native, n)), want, "{name}: JIT result");
        assert_ne!(function::code(native.value()).jit_entry.get(), 0, "{name} was not compiled");
        assert_eq!(function::code(interp.value()).jit_entry.get(), 0, "{name} interpreter copy got compiled");
        group.bench_function(format!("{name}/jit"), |b| b.iter(|| call(&native, n)));
        jit_hook::set_enabled(false);
        group.bench_function(format!("{name}/nojit"), |b| b.iter(|| call(&interp, n)));
    }
    group.finish();
}

criterion_group!(benches, compile_time, jit_vs_interp);
criterion_main!(benches);
