//! Parser unit tests: small snippets dumped and compared with what CPython 3.11 prints
//! (expected strings produced by `python3 -c "import ast; print(ast.dump(...))"`).

use super::*;
use crate::ast::dump::dump_mod;

fn dump(src: &str) -> String {
    let m = parse_text(src, "<test>", Mode::Exec, false).unwrap_or_else(|e| panic!("{src:?}: {}", e.render()));
    dump_mod(&m, false, None)
}

fn err(src: &str) -> (String, String, u32, i64, i64) {
    let e = parse_text(src, "<test>", Mode::Exec, false).expect_err(src);
    (e.kind.class_name().to_string(), e.msg, e.lineno.unwrap_or(0), e.offset, e.end_offset)
}

#[test]
fn simple_statements() {
    assert_eq!(
        dump("x = 1 + 2\n"),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"
    );
    assert_eq!(
        dump("a, *b = c\n"),
        "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"
    );
    assert_eq!(
        dump("from ..a import (b as c, d,)\n"),
        "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d')], level=2)], type_ignores=[])"
    );
}

#[test]
fn positions_follow_tokens() {
    let m = parse_text("(a) + b\n", "<t>", Mode::Exec, false).unwrap();
    let d = dump_mod(&m, true, None);
    assert!(d.contains("value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)"), "{d}");
}

#[test]
fn fstrings() {
    assert_eq!(
        dump("f\"{x=!r:^20}\"\n"),
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^20')]))]))], type_ignores=[])"
    );
    assert_eq!(
        dump("f\"{x:{{}}>10}\"\n"),
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[]), conversion=-1), Constant(value='>10')]))]))], type_ignores=[])"
    );
}

#[test]
fn syntax_errors_match_cpython() {
    let cases: &[(&str, (&str, &str, u32, i64, i64))] = &[
        ("def def foo():\n  pass\n", ("SyntaxError", "invalid syntax", 1, 5, 8)),
        ("if x\n  pass\n", ("SyntaxError", "expected ':'", 1, 5, 5)),
        ("if x:\npass\n", ("IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 5)),
        ("x = 1\n    y = 2\n", ("IndentationError", "unexpected indent", 2, 4, -1)),
        ("f(a b)\n", ("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 6)),
        ("print 'x'\n", ("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 10)),
        ("f() = 1\n", ("SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4)),
        ("for 1 in x: pass\n", ("SyntaxError", "cannot assign to literal", 1, 5, 6)),
        ("del f()\n", ("SyntaxError", "cannot delete function call", 1, 5, 8)),
        ("x = 1 if 2\n", ("SyntaxError", "expected 'else' after 'if' expression", 1, 5, 11)),
        ("try:\n  pass\n", ("SyntaxError", "expected 'except' or 'finally' block", 2, 7, -1)),
        ("print('hello'\n", ("SyntaxError", "'(' was never closed", 1, 6, 0)),
        ("x = (1,\n 2\ny = 3\n", ("SyntaxError", "'(' was never closed", 1, 5, 0)),
        ("f(a=1, b)\n", ("SyntaxError", "positional argument follows keyword argument", 1, 9, 10)),
        ("f(x for x in y, 1)\n", ("SyntaxError", "Generator expression must be parenthesized", 1, 3, 15)),
        ("x = {1: 2, 3}\n", ("SyntaxError", "':' expected after dictionary key", 1, 12, 0)),
        ("(a, b) += 1\n", ("SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 7)),
        ("a, b: int\n", ("SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 2)),
        ("def f(x=1, y): pass\n", ("SyntaxError", "non-default argument follows default argument", 1, 12, 13)),
        ("f'{a!x}'\n", ("SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 9)),
        ("from x import a,\n", ("SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 17)),
    ];
    for (src, want) in cases {
        let got = err(src);
        let want = (want.0.to_string(), want.1.to_string(), want.2, want.3, want.4);
        assert_eq!(got, want, "for {src:?}");
    }
}
