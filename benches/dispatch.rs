//! The dispatch-loop decision (DESIGN.md, "Dispatch is computed"), measured: the same
//! small stack machine run two ways — one `loop { match op }` over a dense `#[repr(u8)]`
//! opcode (what `runtime/src/interp/mod.rs` does; LLVM lowers it to one jump table), and
//! a loop calling through a table of handler function pointers (state passed in a
//! struct, as handlers must be separate functions). The program is a counted loop of
//! loads, stores, arithmetic and a conditional back-edge — the shape of a Python inner
//! loop — so the comparison is the cost of dispatch and of keeping the VM state live.
//!
//! `cargo bench --bench dispatch`; the figures are recorded in docs/ARCHITECTURE.md.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum Op {
    LoadLocal,
    StoreLocal,
    LoadConst,
    Add,
    Mul,
    Mod,
    LessThan,
    JumpIfFalse,
    Jump,
    Return,
}

/// One instruction: opcode and 8-bit argument in a 16-bit unit, as the real bytecode.
fn unit(op: Op, arg: u8) -> u16 {
    op as u16 | (arg as u16) << 8
}

/// `t = 0; i = 0; while i < n: t = (t + i * 3) % 1000003; i = i + 1; return t`
/// (locals: 0 = n, 1 = t, 2 = i; consts: 0, 3, 1000003, 1).
fn program() -> (Vec<u16>, Vec<i64>) {
    use Op::*;
    let code = vec![
        unit(LoadConst, 0),
        unit(StoreLocal, 1),
        unit(LoadConst, 0),
        unit(StoreLocal, 2),
        // 4: loop head
        unit(LoadLocal, 2),
        unit(LoadLocal, 0),
        unit(LessThan, 0),
        unit(JumpIfFalse, 22),
        unit(LoadLocal, 1),
        unit(LoadLocal, 2),
        unit(LoadConst, 1),
        unit(Mul, 0),
        unit(Add, 0),
        unit(LoadConst, 2),
        unit(Mod, 0),
        unit(StoreLocal, 1),
        unit(LoadLocal, 2),
        unit(LoadConst, 3),
        unit(Add, 0),
        unit(StoreLocal, 2),
        unit(Jump, 4),
        unit(Return, 0),
        // 22:
        unit(LoadLocal, 1),
        unit(Return, 0),
    ];
    (code, vec![0, 3, 1_000_003, 1])
}

fn decode(u: u16) -> (Op, usize) {
    // SAFETY: every unit above holds a valid `Op` discriminant.
    (unsafe { std::mem::transmute::<u8, Op>(u as u8) }, (u >> 8) as usize)
}

fn run_match(code: &[u16], consts: &[i64], n: i64) -> i64 {
    let mut locals = [n, 0, 0];
    let mut stack = [0i64; 8];
    let mut sp = 0usize;
    let mut ip = 0usize;
    loop {
        let (op, arg) = decode(code[ip]);
        ip += 1;
        match op {
            Op::LoadLocal => {
                stack[sp] = locals[arg];
                sp += 1;
            }
            Op::StoreLocal => {
                sp -= 1;
                locals[arg] = stack[sp];
            }
            Op::LoadConst => {
                stack[sp] = consts[arg];
                sp += 1;
            }
            Op::Add | Op::Mul | Op::Mod | Op::LessThan => {
                sp -= 1;
                let (a, b) = (stack[sp - 1], stack[sp]);
                stack[sp - 1] = match op {
                    Op::Add => a + b,
                    Op::Mul => a * b,
                    Op::Mod => a.rem_euclid(b),
                    _ => (a < b) as i64,
                };
            }
            Op::JumpIfFalse => {
                sp -= 1;
                if stack[sp] == 0 {
                    ip = arg;
                }
            }
            Op::Jump => ip = arg,
            Op::Return => return stack[sp - 1],
        }
    }
}

struct Vm<'a> {
    code: &'a [u16],
    consts: &'a [i64],
    locals: [i64; 3],
    stack: [i64; 8],
    sp: usize,
    ip: usize,
    done: Option<i64>,
}

type Handler = fn(&mut Vm, usize);

fn h_load_local(vm: &mut Vm, arg: usize) {
    vm.stack[vm.sp] = vm.locals[arg];
    vm.sp += 1;
}
fn h_store_local(vm: &mut Vm, arg: usize) {
    vm.sp -= 1;
    vm.locals[arg] = vm.stack[vm.sp];
}
fn h_load_const(vm: &mut Vm, arg: usize) {
    vm.stack[vm.sp] = vm.consts[arg];
    vm.sp += 1;
}
fn binary(vm: &mut Vm, f: fn(i64, i64) -> i64) {
    vm.sp -= 1;
    let (a, b) = (vm.stack[vm.sp - 1], vm.stack[vm.sp]);
    vm.stack[vm.sp - 1] = f(a, b);
}
fn h_add(vm: &mut Vm, _: usize) {
    binary(vm, |a, b| a + b)
}
fn h_mul(vm: &mut Vm, _: usize) {
    binary(vm, |a, b| a * b)
}
fn h_mod(vm: &mut Vm, _: usize) {
    binary(vm, |a, b| a.rem_euclid(b))
}
fn h_less(vm: &mut Vm, _: usize) {
    binary(vm, |a, b| (a < b) as i64)
}
fn h_jump_if_false(vm: &mut Vm, arg: usize) {
    vm.sp -= 1;
    if vm.stack[vm.sp] == 0 {
        vm.ip = arg;
    }
}
fn h_jump(vm: &mut Vm, arg: usize) {
    vm.ip = arg;
}
fn h_return(vm: &mut Vm, _: usize) {
    vm.done = Some(vm.stack[vm.sp - 1]);
}

/// Indexed by `Op as u8`.
const TABLE: [Handler; 10] = [h_load_local, h_store_local, h_load_const, h_add, h_mul, h_mod, h_less, h_jump_if_false, h_jump, h_return];

fn run_table(code: &[u16], consts: &[i64], n: i64) -> i64 {
    let mut vm = Vm { code, consts, locals: [n, 0, 0], stack: [0; 8], sp: 0, ip: 0, done: None };
    loop {
        let u = vm.code[vm.ip];
        vm.ip += 1;
        TABLE[(u as u8) as usize](&mut vm, (u >> 8) as usize);
        if let Some(r) = vm.done {
            return r;
        }
    }
}

fn dispatch(c: &mut Criterion) {
    let (code, consts) = program();
    let n = 100_000;
    // Both must compute what Python does: t = 0; for i in range(n): t = (t + i*3) % 1000003.
    let want = (0..n).fold(0i64, |t, i| (t + i * 3) % 1_000_003);
    assert_eq!(run_match(&code, &consts, n), want);
    assert_eq!(run_table(&code, &consts, n), want);
    let mut group = c.benchmark_group("dispatch");
    group.throughput(Throughput::Elements(n as u64));
    group.bench_function("match", |b| b.iter(|| run_match(black_box(&code), black_box(&consts), black_box(n))));
    group.bench_function("fn_table", |b| b.iter(|| run_table(black_box(&code), black_box(&consts), black_box(n))));
    group.finish();
}

criterion_group!(benches, dispatch);
criterion_main!(benches);
