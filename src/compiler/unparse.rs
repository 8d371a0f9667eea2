//! Annotations as source text, for `from __future__ import annotations` (CPython
//! 3.11's `Python/ast_unparse.c`, a limited unparser: the string an annotation becomes
//! is this exact text, so spacing and parentheses follow CPython's choices).

use crate::ast::*;
use taipan_runtime::float_repr;
use taipan_runtime::unicode::repr;

// Precedence levels, lowest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1; // if-else, lambda
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// `_PyAST_ExprAsUnicode`: the text of an annotation, UTF-8 (surrogates allowed).
pub(crate) fn expr_as_unicode(e: &Expr) -> Vec<u8> {
    let mut w = Vec::new();
    expr(&mut w, e, PR_TEST);
    w
}

fn s(w: &mut Vec<u8>, text: &str) {
    w.extend_from_slice(text.as_bytes());
}

fn s_if(w: &mut Vec<u8>, cond: bool, text: &str) {
    if cond {
        s(w, text);
    }
}

/// `append_repr`: infinities are written `1e309` so the text evaluates back to them.
fn constant_repr(c: &Constant) -> String {
    let inf = "1e309";
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => {
            let r = float_repr::repr_f64(*f);
            if f.is_infinite() {
                r.replace("inf", inf)
            } else {
                r
            }
        }
        Constant::Complex { real, imag } => float_repr::repr_complex(*real, *imag).replace("inf", inf),
        Constant::Str(t) => repr::repr_str(t),
        Constant::Bytes(b) => {
            let mut out = String::new();
            repr::repr_bytes_into(&mut out, b);
            out
        }
        Constant::Tuple(items) => {
            let mut out = String::from("(");
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&constant_repr(it));
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
            out
        }
        Constant::FrozenSet(_) => crate::ast::dump::constant_repr(c),
    }
}

fn arg(w: &mut Vec<u8>, a: &Arg) {
    s(w, &a.arg);
    if let Some(ann) = &a.annotation {
        s(w, ": ");
        expr(w, ann, PR_TEST);
    }
}

fn args(w: &mut Vec<u8>, a: &Arguments) {
    let mut first = true;
    let mut sep = |w: &mut Vec<u8>| {
        if !first {
            s(w, ", ");
        }
        first = false;
    };
    let npos = a.posonlyargs.len();
    let nargs = a.args.len();
    let ndef = a.defaults.len();
    for i in 0..npos + nargs {
        sep(w);
        if i < npos {
            arg(w, &a.posonlyargs[i]);
        } else {
            arg(w, &a.args[i - npos]);
        }
        let di = i as isize - npos as isize - nargs as isize + ndef as isize;
        if di >= 0 {
            s(w, "=");
            expr(w, &a.defaults[di as usize], PR_TEST);
        }
        if npos > 0 && i + 1 == npos {
            s(w, ", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(w);
        s(w, "*");
        if let Some(v) = &a.vararg {
            arg(w, v);
        }
    }
    let nkw = a.kwonlyargs.len();
    let nkwdef = a.kw_defaults.len();
    for i in 0..nkw {
        sep(w);
        arg(w, &a.kwonlyargs[i]);
        let di = i as isize - nkw as isize + nkwdef as isize;
        if di >= 0 {
            if let Some(d) = &a.kw_defaults[di as usize] {
                s(w, "=");
                expr(w, d, PR_TEST);
            }
        }
    }
    if let Some(k) = &a.kwarg {
        sep(w);
        s(w, "**");
        arg(w, k);
    }
}

fn comprehensions(w: &mut Vec<u8>, gens: &[Comprehension]) {
    for g in gens {
        s(w, if g.is_async { " async for " } else { " for " });
        expr(w, &g.target, PR_TUPLE);
        s(w, " in ");
        expr(w, &g.iter, PR_TEST + 1);
        for c in &g.ifs {
            s(w, " if ");
            expr(w, c, PR_TEST + 1);
        }
    }
}

fn escape_braces(t: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(t.len());
    for &b in t {
        out.push(b);
        if b == b'{' || b == b'}' {
            out.push(b);
        }
    }
    out
}

fn fstring_element(w: &mut Vec<u8>, e: &Expr, is_format_spec: bool) {
    match &e.kind {
        ExprKind::Constant { value: Constant::Str(t), .. } => w.extend_from_slice(&escape_braces(t)),
        ExprKind::JoinedStr { values } => joinedstr(w, values, is_format_spec),
        ExprKind::FormattedValue { .. } => formattedvalue(w, e),
        _ => {}
    }
}

fn joinedstr(w: &mut Vec<u8>, values: &[Expr], is_format_spec: bool) {
    let mut body = Vec::new();
    for v in values {
        fstring_element(&mut body, v, is_format_spec);
    }
    if is_format_spec {
        w.extend_from_slice(&body);
    } else {
        s(w, "f");
        s(w, &repr::repr_str(&body));
    }
}

fn formattedvalue(w: &mut Vec<u8>, e: &Expr) {
    let ExprKind::FormattedValue { value, conversion, format_spec } = &e.kind else { return };
    let mut inner = Vec::new();
    expr(&mut inner, value, PR_TEST + 1);
    s(w, if inner.first() == Some(&b'{') { "{ " } else { "{" });
    w.extend_from_slice(&inner);
    match u8::try_from(*conversion).ok() {
        Some(b'a') => s(w, "!a"),
        Some(b'r') => s(w, "!r"),
        Some(b's') => s(w, "!s"),
        _ => {}
    }
    if let Some(spec) = format_spec {
        s(w, ":");
        fstring_element(w, spec, true);
    }
    s(w, "}");
}

fn expr(w: &mut Vec<u8>, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = if *op == BoolOp::And { (" and ", PR_AND) } else { (" or ", PR_OR) };
            s_if(w, level > pr, "(");
            for (i, v) in values.iter().enumerate() {
                s_if(w, i > 0, text);
                expr(w, v, pr + 1);
            }
            s_if(w, level > pr, ")");
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = match op {
                Operator::Add => (" + ", PR_ARITH),
                Operator::Sub => (" - ", PR_ARITH),
                Operator::Mult => (" * ", PR_TERM),
                Operator::MatMult => (" @ ", PR_TERM),
                Operator::Div => (" / ", PR_TERM),
                Operator::Mod => (" % ", PR_TERM),
                Operator::LShift => (" << ", PR_SHIFT),
                Operator::RShift => (" >> ", PR_SHIFT),
                Operator::BitOr => (" | ", PR_BOR),
                Operator::BitXor => (" ^ ", PR_BXOR),
                Operator::BitAnd => (" & ", PR_BAND),
                Operator::FloorDiv => (" // ", PR_TERM),
                Operator::Pow => (" ** ", PR_POWER),
            };
            let rassoc = u8::from(*op == Operator::Pow);
            s_if(w, level > pr, "(");
            expr(w, left, pr + rassoc);
            s(w, text);
            expr(w, right, pr + 1 - rassoc);
            s_if(w, level > pr, ")");
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            s_if(w, level > pr, "(");
            s(w, text);
            expr(w, operand, pr);
            s_if(w, level > pr, ")");
        }
        ExprKind::Lambda { args: a, body } => {
            s_if(w, level > PR_TEST, "(");
            s(w, if a.args.len() + a.posonlyargs.len() > 0 { "lambda " } else { "lambda" });
            args(w, a);
            s(w, ": ");
            expr(w, body, PR_TEST);
            s_if(w, level > PR_TEST, ")");
        }
        ExprKind::IfExp { test, body, orelse } => {
            s_if(w, level > PR_TEST, "(");
            expr(w, body, PR_TEST + 1);
            s(w, " if ");
            expr(w, test, PR_TEST + 1);
            s(w, " else ");
            expr(w, orelse, PR_TEST);
            s_if(w, level > PR_TEST, ")");
        }
        ExprKind::Dict { keys, values } => {
            s(w, "{");
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                s_if(w, i > 0, ", ");
                match k {
                    Some(k) => {
                        expr(w, k, PR_TEST);
                        s(w, ": ");
                        expr(w, v, PR_TEST);
                    }
                    None => {
                        s(w, "**");
                        expr(w, v, PR_EXPR);
                    }
                }
            }
            s(w, "}");
        }
        ExprKind::Set { elts } => {
            s(w, "{");
            for (i, x) in elts.iter().enumerate() {
                s_if(w, i > 0, ", ");
                expr(w, x, PR_TEST);
            }
            s(w, "}");
        }
        ExprKind::GeneratorExp { elt, generators } => {
            s(w, "(");
            expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            s(w, ")");
        }
        ExprKind::ListComp { elt, generators } => {
            s(w, "[");
            expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            s(w, "]");
        }
        ExprKind::SetComp { elt, generators } => {
            s(w, "{");
            expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            s(w, "}");
        }
        ExprKind::DictComp { key, value, generators } => {
            s(w, "{");
            expr(w, key, PR_TEST);
            s(w, ": ");
            expr(w, value, PR_TEST);
            comprehensions(w, generators);
            s(w, "}");
        }
        ExprKind::Yield { value } => match value {
            None => s(w, "(yield)"),
            Some(v) => {
                s(w, "(yield ");
                expr(w, v, PR_TEST);
                s(w, ")");
            }
        },
        ExprKind::YieldFrom { value } => {
            s(w, "(yield from ");
            expr(w, value, PR_TEST);
            s(w, ")");
        }
        ExprKind::Await { value } => {
            s_if(w, level > PR_AWAIT, "(");
            s(w, "await ");
            expr(w, value, PR_ATOM);
            s_if(w, level > PR_AWAIT, ")");
        }
        ExprKind::Compare { left, ops, comparators } => {
            s_if(w, level > PR_CMP, "(");
            expr(w, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                s(w, match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(w, c, PR_CMP + 1);
            }
            s_if(w, level > PR_CMP, ")");
        }
        ExprKind::Call { func, args: a, keywords } => {
            expr(w, func, PR_ATOM);
            if let ([one], []) = (a.as_slice(), keywords.as_slice()) {
                if matches!(one.kind, ExprKind::GeneratorExp { .. }) {
                    // A lone generator expression supplies the parentheses.
                    expr(w, one, PR_TEST);
                    return;
                }
            }
            s(w, "(");
            let mut first = true;
            for x in a {
                s_if(w, !first, ", ");
                first = false;
                expr(w, x, PR_TEST);
            }
            for k in keywords {
                s_if(w, !first, ", ");
                first = false;
                match &k.arg {
                    None => s(w, "**"),
                    Some(n) => {
                        s(w, n);
                        s(w, "=");
                    }
                }
                expr(w, &k.value, PR_TEST);
            }
            s(w, ")");
        }
        ExprKind::Constant { value, kind_u } => {
            if matches!(value, Constant::Ellipsis) {
                s(w, "...");
                return;
            }
            if *kind_u {
                s(w, "u");
            }
            s(w, &constant_repr(value));
        }
        ExprKind::JoinedStr { values } => joinedstr(w, values, false),
        ExprKind::FormattedValue { .. } => formattedvalue(w, e),
        ExprKind::Attribute { value, attr, .. } => {
            expr(w, value, PR_ATOM);
            // `1 .real`: an int needs a space before the dot.
            let int = matches!(value.kind, ExprKind::Constant { value: Constant::Int(_) | Constant::BigInt(_), .. });
            s(w, if int { " ." } else { "." });
            s(w, attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(w, value, PR_ATOM);
            s(w, "[");
            expr(w, slice, PR_TUPLE);
            s(w, "]");
        }
        ExprKind::Starred { value, .. } => {
            s(w, "*");
            expr(w, value, PR_EXPR);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(w, l, PR_TEST);
            }
            s(w, ":");
            if let Some(u) = upper {
                expr(w, u, PR_TEST);
            }
            if let Some(st) = step {
                s(w, ":");
                expr(w, st, PR_TEST);
            }
        }
        ExprKind::Name { id, .. } => s(w, id),
        ExprKind::List { elts, .. } => {
            s(w, "[");
            for (i, x) in elts.iter().enumerate() {
                s_if(w, i > 0, ", ");
                expr(w, x, PR_TEST);
            }
            s(w, "]");
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                s(w, "()");
                return;
            }
            s_if(w, level > PR_TUPLE, "(");
            for (i, x) in elts.iter().enumerate() {
                s_if(w, i > 0, ", ");
                expr(w, x, PR_TEST);
            }
            s_if(w, elts.len() == 1, ",");
            s_if(w, level > PR_TUPLE, ")");
        }
        ExprKind::NamedExpr { target, value } => {
            s_if(w, level > PR_TUPLE, "(");
            expr(w, target, PR_ATOM);
            s(w, " := ");
            expr(w, value, PR_ATOM);
            s_if(w, level > PR_TUPLE, ")");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::{parse_source, Mode};

    fn unparse(src: &str) -> String {
        let m = parse_source(src, "<t>", Mode::Eval).unwrap();
        let Mod::Expression { body } = m else { panic!() };
        String::from_utf8(expr_as_unicode(&body)).unwrap()
    }

    #[test]
    fn matches_cpython_spelling() {
        assert_eq!(unparse("List[ int ]"), "List[int]");
        assert_eq!(unparse("a if b else (c if d else e)"), "a if b else c if d else e");
        assert_eq!(unparse("(a, b)"), "(a, b)");
        assert_eq!(unparse("x[a, b]"), "x[a, b]");
        assert_eq!(unparse("2 ** 3 ** 4"), "2 ** 3 ** 4");
        assert_eq!(unparse("(2 ** 3) ** 4"), "(2 ** 3) ** 4");
        assert_eq!(unparse("lambda: 1"), "lambda: 1");
        assert_eq!(unparse("f'{x!r:>{w}}'"), "f'{x!r:>{w}}'");
        assert_eq!(unparse("1 .real"), "1 .real");
        assert_eq!(unparse("1e999"), "1e309");
        assert_eq!(unparse("'a' 'b'"), "'ab'");
        assert_eq!(unparse("..."), "...");
    }
}
