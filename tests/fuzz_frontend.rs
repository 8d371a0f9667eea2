//! Robustness of stages 1–3: thousands of mutated and random inputs go through source
//! decoding, the tokenizer, the parser and the `tokenize` module's tokenizer. Every input
//! must end in a result or a Python error — never a panic, a hang or a stack overflow.

use std::panic;
use std::path::Path;
use std::time::{Duration, Instant};
use taipan::parser::{parse_bytes, Mode};
use taipan::source::Origin;

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments that tend to break tokenizers and parsers.
const PIECES: &[&[u8]] = &[
    b"(", b")", b"[", b"]", b"{", b"}", b"'", b"\"", b"'''", b"\"\"\"", b"\\", b"\n", b"\r\n", b"\r", b"\t", b"    ",
    b"#", b":", b",", b"=", b":=", b"*", b"**", b"f'", b"rb'", b"{x!r:>{y}}", b"0x", b"1_", b"1e", b"j", b"\xc3\xa9",
    b"\xe2\x82\xac", b"\xff", b"\x00", b"\x0c", b"lambda", b"match", b"case", b"yield", b"await", b"async", b"@",
    b"# type: int", b"# coding: latin-1\n", b"\xef\xbb\xbf", b"not", b"if", b"else", b"for", b"in", b".", b"...",
];

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] = rng.next() as u8;
            }
            1 => {
                let p = PIECES[rng.below(PIECES.len())];
                v.splice(at..at, p.iter().copied());
            }
            2 if !v.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(v.len());
                v.drain(at.min(end)..end);
            }
            3 => v.truncate(at),
            _ => {
                let a = rng.below(v.len() + 1);
                let b = (a + rng.below(40)).min(v.len());
                let chunk = v[a..b].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v
}

/// Runs every stage on `data`; returns how long it took, panicking on a panic.
fn exercise(data: &[u8]) -> Duration {
    let start = Instant::now();
    let data = data.to_vec();
    let result = panic::catch_unwind(move || {
        for mode in [Mode::Exec, Mode::Eval] {
            let _ = parse_bytes(&data, "<fuzz>", mode, true, Origin::String);
        }
        let _ = parse_bytes(&data, "<fuzz>", Mode::Exec, false, Origin::File);
        let _ = taipan::tokenize::tokenize_bytes(&data);
    });
    assert!(result.is_ok(), "panic");
    start.elapsed()
}

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/front");
    let mut files = Vec::new();
    for sub in ["cases", "errors"] {
        for e in std::fs::read_dir(root.join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "py") {
                files.push(std::fs::read(p).unwrap());
            }
        }
    }
    files
}

#[test]
fn mutated_sources_never_panic_or_hang() {
    let corpus = corpus();
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut inputs = 0;
    let budget = 6000;
    'outer: loop {
        for src in &corpus {
            let m = mutate(&mut rng, src);
            let took = exercise(&m);
            assert!(took < Duration::from_secs(5), "slow input ({took:?}): {:?}", String::from_utf8_lossy(&m));
            inputs += 1;
            if inputs >= budget {
                break 'outer;
            }
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let n = rng.below(300);
        let data: Vec<u8> = (0..n).map(|_| {
            // Mostly printable ASCII, some structure characters and raw bytes.
            match rng.below(10) {
                0 => rng.next() as u8,
                1 => b'\n',
                2 => b' ',
                _ => b"()[]{}'\":=.,#\\abcxyz019_+-*/%<>!\t"[rng.below(33)],
            }
        }).collect();
        exercise(&data);
    }
}

#[test]
fn pathological_inputs_end_in_python_errors() {
    let deep_parens = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    let e = parse_bytes(deep_parens.as_bytes(), "t", Mode::Exec, false, Origin::File).unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    let minus = format!("x = {}1\n", "-".repeat(10_000));
    let e = parse_bytes(minus.as_bytes(), "t", Mode::Exec, false, Origin::File).unwrap_err();
    assert_eq!(e.kind.class_name(), "MemoryError");
    let nots = format!("x = {}1\n", "not ".repeat(10_000));
    assert!(parse_bytes(nots.as_bytes(), "t", Mode::Exec, false, Origin::File).is_err());
    let lambdas = format!("x = {}1\n", "lambda:".repeat(10_000));
    assert!(parse_bytes(lambdas.as_bytes(), "t", Mode::Exec, false, Origin::File).is_err());
    // A one-megabyte line parses (and quickly).
    let long = format!("x = [{}]\n", "1, ".repeat(350_000));
    let t = Instant::now();
    assert!(parse_bytes(long.as_bytes(), "t", Mode::Exec, false, Origin::File).is_ok());
    assert!(t.elapsed() < Duration::from_secs(5));
    let long_str = format!("x = '{}'\n", "a".repeat(1 << 20));
    assert!(parse_bytes(long_str.as_bytes(), "t", Mode::Exec, false, Origin::File).is_ok());
    // Deep indentation, an unterminated string at the end of a large file.
    let deep_blocks: String = (0..120).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(120) + "pass\n";
    let e = parse_bytes(deep_blocks.as_bytes(), "t", Mode::Exec, false, Origin::File).unwrap_err();
    assert_eq!(e.msg, "too many levels of indentation");
}
