//! The `_opcode` module: taipan's opcode table (`bytecode/opcodes.rs`) as Python data, for
//! `dis` (runtime/lib/dis.py). Nothing here is a second list of opcodes: every tuple is
//! generated from `Opcode::ALL`.
//!
//! Exports, indexed by opcode number: `opname`, `caches` (inline cache units),
//! `argkind` (the `ArgKind` as a lower-case string: "none", "count", "const", "name",
//! "global_name", "local", "free", "jump_forward", "jump_backward", "binop", "cmpop",
//! "flags"), `flags` (bits `RAISES`, `JUMP`, `PSEUDO`, `SPECIALIZED`, `TERMINATES`),
//! `deopt` (the unspecialized opcode number), `doc` (stack picture). Also `nb_ops` (the
//! `BINARY_OP` symbols, in-place ones with `=`), `nb_names` (their `NB_*` names), `cmp_op` (the `COMPARE_OP` symbols) and
//! `stack_effect(opcode, oparg=None, *, jump=None)` as CPython's `_opcode` has it.

use crate::bytecode::opcodes::{flag, ArgKind, Opcode, N_OPCODES};
use crate::errors::{value_error, PyResult};
use crate::object::{Obj, Value};
use crate::objects::descr::MethodDef;
use crate::objects::{args, dict, int, module, singletons, str as pystr, tuple};
use crate::object::{BinOp, CompareOp};

fn kind_name(k: ArgKind) -> &'static str {
    match k {
        ArgKind::None => "none",
        ArgKind::Count => "count",
        ArgKind::Const => "const",
        ArgKind::Name => "name",
        ArgKind::GlobalName => "global_name",
        ArgKind::Local => "local",
        ArgKind::Free => "free",
        ArgKind::JumpForward => "jump_forward",
        ArgKind::JumpBackward => "jump_backward",
        ArgKind::BinOp => "binop",
        ArgKind::CmpOp => "cmpop",
        ArgKind::Flags => "flags",
    }
}

/// CPython's `NB_*` name of a `BINARY_OP` operator (without the prefix).
fn nb_name(b: BinOp) -> &'static str {
    match b {
        BinOp::Add => "ADD",
        BinOp::And => "AND",
        BinOp::FloorDiv => "FLOOR_DIVIDE",
        BinOp::LShift => "LSHIFT",
        BinOp::MatMul => "MATRIX_MULTIPLY",
        BinOp::Mul => "MULTIPLY",
        BinOp::Mod => "REMAINDER",
        BinOp::Or => "OR",
        BinOp::Pow => "POWER",
        BinOp::RShift => "RSHIFT",
        BinOp::Sub => "SUBTRACT",
        BinOp::TrueDiv => "TRUE_DIVIDE",
        BinOp::Xor => "XOR",
    }
}

fn strs<I: IntoIterator<Item = String>>(it: I) -> Obj {
    tuple::from_vec(it.into_iter().map(|s| pystr::new(&s)).collect())
}

fn ints<I: IntoIterator<Item = i64>>(it: I) -> Obj {
    tuple::from_vec(it.into_iter().map(int::from_i64).collect())
}

/// `stack_effect(opcode, oparg=None, *, jump=None)`: the net effect; with `jump` unset,
/// the larger of the two branches (as CPython's).
fn stack_effect(_m: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    let mut p = args::Args::new(a, kw);
    let jump = p.take_kw("jump");
    let oparg_kw = p.take_kw("oparg");
    p.no_more_kw("stack_effect")?;
    let pos = p.pos;
    args::range("stack_effect", pos, Value::NULL, 1, 2)?;
    let n = int::to_index(pos[0], "opcode")?;
    let op = (0..N_OPCODES as i64).contains(&n).then(|| Opcode::from_u8(n as u8)).flatten();
    let Some(op) = op.filter(|o| !o.is_pseudo() && *o != Opcode::Cache) else {
        return Err(value_error("invalid opcode or oparg"));
    };
    let oparg = pos.get(1).copied().or(oparg_kw).filter(|v| *v != singletons::none());
    let arg = match (op.arg_kind(), oparg) {
        (ArgKind::None, Some(_)) => return Err(value_error("stack_effect: opcode does not permit oparg but oparg was specified")),
        (ArgKind::None, None) => 0,
        (_, None) => return Err(value_error("stack_effect: opcode requires oparg but oparg was not specified")),
        (_, Some(v)) => int::to_index(v, "oparg")? as u32,
    };
    let eff = match jump.filter(|v| *v != singletons::none()) {
        Some(j) => op.stack_effect(arg, crate::object::protocol::is_true(j)?),
        None => op.stack_effect(arg, false).max(op.stack_effect(arg, true)),
    };
    Ok(int::from_i64(eff as i64))
}

static FUNCTIONS: &[MethodDef] = crate::methods![
    "stack_effect" => stack_effect, static;
];

/// Creates the module.
pub fn create() -> PyResult<Obj> {
    let m = module::new("_opcode");
    let d = module::dict(m.value());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, crate::objects::descr::new_module_function(def, "_opcode").value());
    }
    let all = Opcode::ALL;
    dict::set_item_str(d, "opname", strs(all.iter().map(|o| o.name().to_string())).value());
    dict::set_item_str(d, "caches", ints(all.iter().map(|o| o.caches() as i64)).value());
    dict::set_item_str(d, "argkind", strs(all.iter().map(|o| kind_name(o.arg_kind()).to_string())).value());
    dict::set_item_str(d, "flags", ints(all.iter().map(|o| o.flags() as i64)).value());
    dict::set_item_str(d, "deopt", ints(all.iter().map(|o| o.deopt() as i64)).value());
    dict::set_item_str(d, "doc", strs(all.iter().map(|o| o.doc().to_string())).value());
    for (name, bit) in [
        ("RAISES", flag::RAISES),
        ("JUMP", flag::JUMP),
        ("PSEUDO", flag::PSEUDO),
        ("SPECIALIZED", flag::SPECIALIZED),
        ("TERMINATES", flag::TERMINATES),
    ] {
        dict::set_item_str(d, name, int::from_i64(bit as i64).value());
    }
    // BINARY_OP arguments: the operators, then their in-place forms (CPython's NB_*).
    let nb = BinOp::ALL.iter().map(|b| b.symbol().to_string()).chain(BinOp::ALL.iter().map(|b| format!("{}=", b.symbol())));
    dict::set_item_str(d, "nb_ops", strs(nb).value());
    let names = BinOp::ALL.iter().map(|b| format!("NB_{}", nb_name(*b))).chain(BinOp::ALL.iter().map(|b| format!("NB_INPLACE_{}", nb_name(*b))));
    dict::set_item_str(d, "nb_names", strs(names).value());
    dict::set_item_str(d, "cmp_op", strs((0..6u8).map(|i| CompareOp::from_u8(i).symbol().to_string())).value());
    Ok(m)
}
