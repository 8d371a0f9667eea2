//! Interpreter (stage 5) micro-benchmarks, in process: the runtime starts once, each
//! workload is compiled once into a function `bench(n)`, and criterion times calls of
//! it under the interpreter alone (no JIT is installed here). The workloads isolate the
//! hot paths DESIGN.md names: the dispatch loop on a tight arithmetic loop, Python-to-
//! Python calls, instance attribute loads/stores, method calls, and allocation.
//!
//! `cargo bench --bench interp`; the HTML report lands in `target/criterion`.

mod common;

use common::load;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use taipan_runtime::object::{Obj, Value};
use taipan_runtime::objects::int;

/// Each workload: a name, its source (defining `bench(n)`), and `n` per call. Every
/// `bench` returns a value derived from all its work; the expected values are CPython
/// 3.11's (`exec` the source, call `bench(n)`), checked once before timing.
const WORKLOADS: &[(&str, &str, i64, i64)] = &[
    (
        "arith_loop",
        "def bench(n):\n    t = 0\n    i = 0\n    while i < n:\n        t = (t + i * 3) % 1000003\n        i += 1\n    return t\n",
        100_000,
        805_003,
    ),
    (
        "calls",
        "def add(a, b):\n    return a + b\n\ndef bench(n):\n    t = 0\n    for i in range(n):\n        t = add(t, i)\n    return t\n",
        100_000,
        4_999_950_000,
    ),
    (
        "attribute_access",
        "class P:\n    def __init__(self):\n        self.x = 0\n        self.y = 1\n\ndef bench(n):\n    p = P()\n    for i in range(n):\n        p.x = p.x + p.y\n    return p.x\n",
        100_000,
        100_000,
    ),
    (
        "method_calls",
        "class C:\n    def __init__(self):\n        self.v = 0\n    def inc(self, k):\n        self.v += k\n\ndef bench(n):\n    c = C()\n    for i in range(n):\n        c.inc(i)\n    return c.v\n",
        100_000,
        4_999_950_000,
    ),
    (
        "allocation",
        "class Node:\n    def __init__(self, l, r):\n        self.l = l\n        self.r = r\n\ndef bench(n):\n    t = 0\n    for i in range(n):\n        t += len((Node(None, None), [i, i], {i: i}))\n    return t\n",
        50_000,
        150_000,
    ),
];

fn call(f: &Obj, n: i64) -> i64 {
    let arg = int::from_i64(n);
    let r = taipan_runtime::interp::call::call(f.value(), &[arg.value()], Value::NULL).expect("bench raised");
    int::as_i64(r.value()).expect("bench returns an int")
}

fn interp(c: &mut Criterion) {
    taipan::driver::start_runtime(vec!["bench".into()], ".".into(), true);
    let mut group = c.benchmark_group("interp");
    group.sample_size(20);
    for &(name, src, n, want) in WORKLOADS {
        let f = load(name, src);
        assert_eq!(call(&f, n), want, "{name}: wrong result");
        // Throughput in loop iterations, so reports read as iterations per second.
        group.throughput(Throughput::Elements(n as u64));
        group.bench_function(name, |b| b.iter(|| call(&f, n)));
    }
    group.finish();
}

criterion_group!(benches, interp);
criterion_main!(benches);
