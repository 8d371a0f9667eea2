//! Whole-pipeline unit tests: the encoding of code units, the exception table, the
//! localsplus layout and positions, checked on the `CodeUnit` itself (the golden tests in
//! `tests/compile.rs` compare listings with CPython's).

use super::*;
use crate::parser::{parse_source, Mode};
use taipan_runtime::bytecode::opcodes::local_kind::{CELL, FREE, LOCAL};

fn compile_src(src: &str) -> CodeUnit {
    let m = parse_source(src, "<t>", Mode::Exec).expect("parses");
    compile(&m, "<t>", Mode::Exec, 0).expect("compiles").code
}

/// (opcode, full argument, first unit) of each instruction.
fn instrs(c: &CodeUnit) -> Vec<(Opcode, u32, usize)> {
    let mut out = Vec::new();
    let (mut i, mut ext, mut start) = (0, 0u32, 0);
    while i < c.code.len() {
        let op = Opcode::from_u8(c.code[i] as u8).unwrap();
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
        out.push((op, arg, start));
        for k in 0..op.caches() {
            assert_eq!(c.code[i + 1 + k], 0, "cache units are zeroed");
        }
        i += 1 + op.caches();
    }
    out
}

fn nested(c: &CodeUnit, name: &str) -> CodeUnit {
    c.consts
        .iter()
        .find_map(|k| match k {
            Constant::Code(x) if x.name == name => Some((**x).clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no code {name}"))
}

#[test]
fn wide_arguments_get_extended_arg_prefixes() {
    let src: String = (0..300).map(|i| format!("n{i} = {i}\n")).collect();
    let c = compile_src(&src);
    let stores: Vec<_> = instrs(&c).into_iter().filter(|i| i.0 == Opcode::StoreName).collect();
    let (_, arg, start) = stores[299];
    assert_eq!(arg, 299);
    assert_eq!(c.code[start] as u8, Opcode::ExtendedArg as u8);
    assert_eq!(c.code[start] >> 8, 1);
    assert_eq!(c.code[start + 1], Opcode::StoreName as u16 | (299 & 0xff) << 8);
    assert_eq!(c.names.len(), 300);
}

#[test]
fn try_except_exception_table() {
    let c = compile_src("try:\n    a()\nexcept E:\n    b()\n");
    let ins = instrs(&c);
    let at = |unit: u32| ins.iter().position(|i| i.2 as u32 == unit).expect("an instruction starts there");
    // Body, handler, and the handler's final RERAISE (an entry of its own because the
    // cleanup block lies between them).
    assert_eq!(c.exceptions.len(), 3, "{:?}", c.exceptions);
    // The body: no values on the stack, no lasti; the handler starts with PUSH_EXC_INFO.
    let body = c.exceptions[0];
    assert_eq!((body.depth, body.lasti), (0, false));
    assert_eq!(ins[at(body.target)].0, Opcode::PushExcInfo);
    assert!(ins[at(body.start)..at(body.end)].iter().any(|i| i.0 == Opcode::Call));
    // The handler body: the previous exception below, lasti kept; the cleanup re-raises.
    let handler = c.exceptions[1];
    assert_eq!((handler.depth, handler.lasti), (1, true));
    assert_eq!(ins[at(handler.target)].0, Opcode::Copy);
    assert!(body.end <= handler.start);
    let reraise = c.exceptions[2];
    assert_eq!((ins[at(reraise.start)].0, ins[at(reraise.start)].1), (Opcode::Reraise, 0));
    assert_eq!((reraise.target, reraise.depth, reraise.lasti), (handler.target, 1, true));
}

#[test]
fn localsplus_layout_and_prologue() {
    let c = compile_src("def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n");
    let f = nested(&c, "f");
    assert_eq!(f.localsplusnames, ["a", "b", "g", "c"]);
    assert_eq!(f.localspluskinds, [LOCAL | CELL, LOCAL, LOCAL, CELL]);
    let ins = instrs(&f);
    assert_eq!((ins[0].0, ins[0].1), (Opcode::MakeCell, 0));
    assert_eq!((ins[1].0, ins[1].1), (Opcode::MakeCell, 3));
    assert_eq!(ins[2].0, Opcode::Resume);
    assert_eq!(f.flags, co_flags_of(&["OPTIMIZED", "NEWLOCALS"]));
    let g = nested(&f, "g");
    assert_eq!(g.localsplusnames, ["a", "c"]);
    assert_eq!(g.localspluskinds, [FREE, FREE]);
    assert_eq!((instrs(&g)[0].0, instrs(&g)[0].1), (Opcode::CopyFreeVars, 2));
    assert_eq!(g.flags & taipan_runtime::bytecode::opcodes::co_flags::NESTED, taipan_runtime::bytecode::opcodes::co_flags::NESTED);
}

fn co_flags_of(names: &[&str]) -> u32 {
    use taipan_runtime::bytecode::opcodes::co_flags::*;
    names
        .iter()
        .map(|n| match *n {
            "OPTIMIZED" => OPTIMIZED,
            "NEWLOCALS" => NEWLOCALS,
            _ => unreachable!(),
        })
        .fold(0, |a, b| a | b)
}

#[test]
fn generators_start_with_return_generator() {
    let c = compile_src("def gen():\n    yield 1\n");
    let g = nested(&c, "gen");
    let ins = instrs(&g);
    assert_eq!(ins[0].0, Opcode::ReturnGenerator);
    assert_eq!(ins[1].0, Opcode::PopTop);
    assert_eq!(ins[2].0, Opcode::Resume);
    // RETURN_GENERATOR has a line but no columns.
    let p = g.position(0);
    assert_eq!((p.line, p.col), (Some(1), None));
    assert_eq!(g.flags & taipan_runtime::bytecode::opcodes::co_flags::GENERATOR, taipan_runtime::bytecode::opcodes::co_flags::GENERATOR);
}

#[test]
fn positions_and_line_runs() {
    let c = compile_src("x = 1\ny = (x +\n     2)\n");
    let ins = instrs(&c);
    let add = ins.iter().find(|i| i.0 == Opcode::BinaryOp).unwrap();
    let p = c.position(add.2 as u32);
    assert_eq!((p.line, p.col, p.end_line, p.end_col), (Some(2), Some(5), Some(3), Some(6)));
    // Runs: one entry per change of position, starting at unit 0.
    assert_eq!(c.lines[0].start, 0);
    assert!(c.lines.windows(2).all(|w| w[0].start < w[1].start && w[0].pos != w[1].pos));
}

#[test]
fn loop_conditions_jump_forward_then_back() {
    let c = compile_src("while x:\n    f()\n");
    let ins = instrs(&c);
    let ops: Vec<Opcode> = ins.iter().map(|i| i.0).collect();
    // The bottom test: forward over the JUMP_BACKWARD.
    let k = ops.iter().rposition(|&o| o == Opcode::JumpBackward).unwrap();
    assert_eq!(ops[k - 1], Opcode::PopJumpIfFalse);
    assert_eq!(ins[k - 1].1, 1, "skips exactly the one-unit JUMP_BACKWARD");
    assert!(!ops.iter().any(|o| o.name().contains("BACKWARD_IF")));
}

#[test]
fn warnings_survive_errors() {
    let m = parse_source("x = 1 is 1\nreturn\n", "<t>", Mode::Exec).unwrap();
    let out = compile_outcome(&m, "<t>", Mode::Exec, 0);
    assert_eq!(out.warnings.len(), 1);
    assert_eq!(out.warnings[0].lineno, 1);
    let e = out.result.unwrap_err();
    assert_eq!((e.msg.as_str(), e.lineno, e.offset, e.end_offset), ("'return' outside function", Some(2), 1, 7));
}
