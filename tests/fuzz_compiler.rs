//! Robustness of stage 4: mutated versions of the compiler's golden cases go through the
//! parser and, when they parse, the compiler. Every input must compile or fail with a
//! Python error — never a panic or a hang — and compiled code must be well formed (every
//! instruction decodes, jumps and exception handlers land on instruction starts, no
//! pseudo instruction survives).

use std::panic;
use std::path::Path;
use std::time::{Duration, Instant};
use taipan::compiler::{compile_outcome, CodeUnit, Constant};
use taipan::parser::{parse_bytes, Mode};
use taipan::source::Origin;
use taipan_runtime::bytecode::opcodes::{ArgKind, Opcode};

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

/// Fragments that make valid but unusual programs.
const PIECES: &[&str] = &[
    "\n    ", "\n", "(", ")", "[", "]", ",", ":", " = ", " if x else ", " for y in z", "*", "**", "await ", "yield ",
    "lambda: ", "not ", " and ", " or ", "return", "break", "continue", "global g", "nonlocal v", "del x", "async ",
    "try:\n    pass\nexcept:\n    pass\n", "with a as b:\n    pass\n", "while 1:\n    break\n", "match x:\n    case [a, *b]: pass\n",
    "class Q:\n    def m(self): return super()\n", "def h(*a, **k): yield from a\n", " is 1", " in [1, 2]", "f'{x!r}'",
    "x := 1", "1 + 2", "'%s' % (x,)", "__debug__", "assert (x, 1)",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut v: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(v.len() + 1);
        match rng.below(3) {
            0 => {
                let p = PIECES[rng.below(PIECES.len())];
                v.splice(at..at, p.chars());
            }
            1 if !v.is_empty() => {
                let end = (at + 1 + rng.below(12)).min(v.len());
                v.drain(at.min(end)..end);
            }
            _ => {
                let a = rng.below(v.len() + 1);
                let b = (a + rng.below(60)).min(v.len());
                let chunk: Vec<char> = v[a..b].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v.into_iter().collect()
}

/// Checks the structure of a code unit and its nested ones.
fn check_well_formed(c: &CodeUnit) {
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    let mut jumps = Vec::new();
    let (mut i, mut ext, mut start) = (0usize, 0u32, 0usize);
    while i < c.code.len() {
        let op = Opcode::from_u8(c.code[i] as u8).expect("a valid opcode");
        assert!(!op.is_pseudo() && !op.is_specialized() && op != Opcode::Cache, "{} emitted", op.name());
        let arg = ext | (c.code[i] >> 8) as u32;
        if op == Opcode::ExtendedArg {
            if ext == 0 {
                start = i;
            }
            ext = arg << 8;
            i += 1;
            continue;
        }
        if ext == 0 {
            start = i;
        }
        ext = 0;
        let end = i + 1 + op.caches();
        match op.arg_kind() {
            ArgKind::JumpForward => jumps.push(end + arg as usize),
            ArgKind::JumpBackward => jumps.push(end - arg as usize),
            ArgKind::Const | ArgKind::Name | ArgKind::GlobalName | ArgKind::Local | ArgKind::Free => {
                let (limit, idx) = match op.arg_kind() {
                    ArgKind::Const => (c.consts.len(), arg),
                    ArgKind::Name => (c.names.len(), arg),
                    ArgKind::GlobalName => (c.names.len(), arg >> 1),
                    _ => (c.localsplusnames.len(), arg),
                };
                assert!((idx as usize) < limit, "{} {arg} out of range", op.name());
            }
            _ => {}
        }
        starts.push(start);
        ends.push(end);
        i = end;
    }
    assert_eq!(i, c.code.len());
    for j in jumps {
        assert!(starts.contains(&j), "jump into the middle of an instruction");
    }
    for e in &c.exceptions {
        assert!(starts.contains(&(e.target as usize)) && starts.contains(&(e.start as usize)), "{e:?}");
        assert!(e.end as usize == c.code.len() || starts.contains(&(e.end as usize)), "{e:?}");
        assert!(e.depth < c.stacksize.max(1), "{e:?} deeper than the stack");
    }
    for k in &c.consts {
        if let Constant::Code(inner) = k {
            check_well_formed(inner);
        }
    }
}

/// Parses and compiles `src` every way; returns the time taken and how many compiled.
fn exercise(src: &str) -> (Duration, usize) {
    let t = Instant::now();
    let src = src.to_owned();
    let r = panic::catch_unwind(move || {
        let mut compiled = 0;
        for mode in [Mode::Exec, Mode::Single] {
            if let Ok(m) = parse_bytes(src.as_bytes(), "<fuzz>", mode, false, Origin::String) {
                for optimize in [0, 2] {
                    if let Ok(c) = compile_outcome(&m, "<fuzz>", mode, optimize).result {
                        check_well_formed(&c);
                        compiled += 1;
                    }
                }
            }
        }
        compiled
    });
    let compiled = r.unwrap_or_else(|_| panic!("panic"));
    (t.elapsed(), compiled)
}

#[test]
fn mutated_programs_compile_or_fail_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compile");
    let mut corpus = Vec::new();
    for e in std::fs::read_dir(&root).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "py") && p.file_name().is_some_and(|n| n != "golden.py" && n != "big.py") {
            corpus.push(std::fs::read_to_string(p).unwrap());
        }
    }
    corpus.sort();
    let mut rng = Rng(0x5DEECE66D);
    let (mut tried, mut compiled) = (0, 0);
    for round in 0..400 {
        for src in &corpus {
            let m = mutate(&mut rng, src);
            let (took, n) = exercise(&m);
            assert!(took < Duration::from_secs(5), "slow input in round {round} ({took:?}): {m:?}");
            tried += 1;
            compiled += usize::from(n > 0);
        }
    }
    // The mutations must keep a fair share of inputs compilable, or this tests nothing.
    assert!(compiled * 5 > tried, "only {compiled} of {tried} mutated inputs compiled");
}

#[test]
fn golden_cases_are_well_formed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compile");
    for e in std::fs::read_dir(&root).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "py") && p.file_name().is_some_and(|n| n != "golden.py") {
            let src = std::fs::read_to_string(&p).unwrap();
            if let Ok(m) = parse_bytes(src.as_bytes(), "<t>", Mode::Exec, false, Origin::File) {
                let c = compile_outcome(&m, "<t>", Mode::Exec, 0).result.unwrap_or_else(|e| panic!("{}: {}", p.display(), e.render()));
                check_well_formed(&c);
            }
        }
    }
}
