//! A `dis`-like listing of a code unit, table-driven from the opcode table. The golden
//! tests (`tests/compile.rs`) compare it with the same listing computed from CPython's
//! code objects by `tests/compile/golden.py`, so the two formats must stay identical:
//!
//! ```text
//! code <module> qualname=<module> firstlineno=1
//!   argcount=0 posonly=0 kwonly=0 flags=0x0 stacksize=1
//!   consts: None
//!   names: x
//!   localsplus: a:local b:local+cell c:free
//!      0 0:0-1:0        RESUME 0
//!      1 1:4-1:5        LOAD_CONST 0 (1)
//!      2 1:0-1:1        STORE_NAME 0 (x)
//!   exceptions:
//!      2 to 5 -> 7 depth=1 lasti
//! ```
//!
//! Instructions are numbered without EXTENDED_ARG and CACHE units; jumps and exception
//! ranges refer to those numbers. Nested code objects follow, in constant order.

use super::code_unit::{CodeUnit, Constant, Position};
use taipan_runtime::bytecode::opcodes::{local_kind, ArgKind, Opcode};
use taipan_runtime::float_repr;
use taipan_runtime::unicode::repr;

const BINOPS: [&str; 13] = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
const CMPOPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `repr()` of a constant; code objects as `<code NAME>`, frozenset items sorted.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => float_repr::repr_f64(*f),
        Constant::Complex { real, imag } => float_repr::repr_complex(*real, *imag),
        Constant::Str(s) => repr::repr_str(s),
        Constant::Bytes(b) => {
            let mut out = String::new();
            repr::repr_bytes_into(&mut out, b);
            out
        }
        Constant::Tuple(items) => match items.as_slice() {
            [one] => format!("({},)", const_repr(one)),
            _ => format!("({})", items.iter().map(const_repr).collect::<Vec<_>>().join(", ")),
        },
        Constant::FrozenSet(items) if items.is_empty() => "frozenset()".into(),
        Constant::FrozenSet(items) => {
            let mut parts: Vec<String> = items.iter().map(const_repr).collect();
            parts.sort();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(c) => format!("<code {}>", c.name),
    }
}

fn pos_text(p: Position) -> String {
    let n = |v: Option<u32>| v.map_or("?".to_string(), |x| x.to_string());
    match p.line {
        None => "-".into(),
        Some(l) => format!("{l}:{}-{}:{}", n(p.col), n(p.end_line), n(p.end_col)),
    }
}

fn kind_text(k: u8) -> &'static str {
    if k & local_kind::FREE != 0 {
        "free"
    } else if k & local_kind::LOCAL != 0 && k & local_kind::CELL != 0 {
        "local+cell"
    } else if k & local_kind::CELL != 0 {
        "cell"
    } else {
        "local"
    }
}

/// One decoded instruction.
struct Decoded {
    /// Code unit where the instruction (with its prefixes) starts.
    start: u32,
    /// Code unit after its caches.
    end: u32,
    op: Opcode,
    arg: u32,
}

fn decode(code: &[u16]) -> Vec<Decoded> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut ext = 0u32;
    let mut start = 0;
    while i < code.len() {
        let op = Opcode::from_u8(code[i] as u8).expect("valid opcode");
        let arg = ext | (code[i] >> 8) as u32;
        if op == Opcode::ExtendedArg {
            if ext == 0 {
                start = i as u32;
            }
            ext = arg << 8;
            i += 1;
            continue;
        }
        if ext == 0 {
            start = i as u32;
        }
        ext = 0;
        let end = (i + 1 + op.caches()) as u32;
        out.push(Decoded { start, end, op, arg });
        i = end as usize;
    }
    out
}

/// The listing of `code` and its nested code objects.
pub fn listing(code: &CodeUnit) -> String {
    let mut out = String::new();
    write_code(&mut out, code);
    out
}

fn write_code(out: &mut String, c: &CodeUnit) {
    out.push_str(&format!("code {} qualname={} firstlineno={}\n", c.name, c.qualname, c.firstlineno));
    out.push_str(&format!(
        "  argcount={} posonly={} kwonly={} flags={:#x} stacksize={}\n",
        c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.stacksize
    ));
    out.push_str(&format!("  consts: {}\n", c.consts.iter().map(const_repr).collect::<Vec<_>>().join(", ")));
    out.push_str(&format!("  names: {}\n", c.names.join(", ")));
    let locals: Vec<String> =
        c.localsplusnames.iter().zip(&c.localspluskinds).map(|(n, &k)| format!("{n}:{}", kind_text(k))).collect();
    out.push_str(&format!("  localsplus: {}\n", locals.join(" ")));
    let instrs = decode(&c.code);
    let index_of = |unit: u32| instrs.iter().position(|d| d.start >= unit).unwrap_or(instrs.len());
    for (n, d) in instrs.iter().enumerate() {
        let mut text = d.op.name().to_string();
        match d.op.arg_kind() {
            ArgKind::None => {}
            ArgKind::JumpForward => text.push_str(&format!(" -> {}", index_of(d.end + d.arg))),
            ArgKind::JumpBackward => text.push_str(&format!(" -> {}", index_of(d.end - d.arg))),
            kind => {
                text.push_str(&format!(" {}", d.arg));
                let name = |i: u32| c.names.get(i as usize).cloned().unwrap_or_else(|| "?".into());
                let desc = match kind {
                    ArgKind::Const => c.consts.get(d.arg as usize).map(const_repr),
                    ArgKind::Name => Some(name(d.arg)),
                    ArgKind::GlobalName => {
                        Some(if d.arg & 1 != 0 { format!("NULL + {}", name(d.arg >> 1)) } else { name(d.arg >> 1) })
                    }
                    ArgKind::Local | ArgKind::Free => c.localsplusnames.get(d.arg as usize).cloned(),
                    ArgKind::BinOp => BINOPS.get((d.arg % 13) as usize).map(|s| if d.arg >= 13 { format!("{s}=") } else { s.to_string() }),
                    ArgKind::CmpOp => CMPOPS.get(d.arg as usize).map(|s| s.to_string()),
                    _ => None,
                };
                if let Some(desc) = desc {
                    text.push_str(&format!(" ({desc})"));
                }
            }
        }
        out.push_str(&format!("  {n:>4} {:<16} {text}\n", pos_text(c.position(d.start))));
    }
    if !c.exceptions.is_empty() {
        out.push_str("  exceptions:\n");
        for e in &c.exceptions {
            out.push_str(&format!(
                "    {} to {} -> {} depth={}{}\n",
                index_of(e.start),
                index_of(e.end),
                index_of(e.target),
                e.depth,
                if e.lasti { " lasti" } else { "" }
            ));
        }
    }
    for k in &c.consts {
        if let Constant::Code(inner) = k {
            out.push('\n');
            write_code(out, inner);
        }
    }
}
