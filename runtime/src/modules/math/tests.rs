//! Replays `cases.txt` (written by CPython 3.11 through `gen_cases.py`) against the
//! module: every call is made through the module object, as Python code would make it,
//! and its result or exception is printed the way `gen_cases.py` printed CPython's, then
//! compared as text. Floats are compared by `repr` (plus the sign of a NaN), which pins
//! every bit.
//!
//! The case language, parsed here: `name(arg, ..., kw=arg)` where an argument is an int,
//! a float (`1.5`, `1e+300`, `inf`, `-nan`), a `'str'`, `None`/`True`/`False`, a list, a
//! tuple, `range(a, b)`, `complex(re, im)`, or a helper object `F(v)`, `I(v)`, `Ce(v)`,
//! `Fl(v)`, `Tr(v)`: an instance of a fresh class whose `__float__`, `__index__`,
//! `__ceil__`, `__floor__` or `__trunc__` returns `v`. Python objects stay on the thread
//! that started the runtime, so everything runs in one test function.

use crate::interp::call::call;
use crate::modules::sys::Config;
use crate::object::{protocol, Obj, Value};
use crate::objects::descr::{self, MethodDef, MethodKind};
use crate::objects::pytype::TYPE_TYPE;
use crate::objects::{bool_, complex, dict, float, int, list, module, range, singletons, str as pystr, tuple};
use crate::errors::PyResult;
use num_bigint::BigInt;

const CASES: &str = include_str!("cases.txt");

fn start_runtime() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        crate::startup::init(&Config { argv: vec![], path: vec![], executable: String::new(), dont_write_bytecode: true });
    });
}

// ----- building arguments ------------------------------------------------------------------

/// The dunder of a helper object: a builtin bound to the value it returns.
static RETURN_BOUND: MethodDef = MethodDef { name: "value", func: return_bound, kind: MethodKind::Method, doc: "" };

fn return_bound(bound: Value, _args: &[Value], _kwnames: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(bound))
}

/// An instance of a new class `class_name` whose `dunder()` returns `v`.
fn helper_object(class_name: &str, dunder: &str, v: Obj) -> Obj {
    let ns = dict::new();
    dict::set_item_str(ns.value(), dunder, descr::new_builtin(&RETURN_BOUND, v).value());
    let bases = tuple::from_vec(vec![]);
    let name = pystr::new(class_name);
    let cls = call(TYPE_TYPE.as_value(), &[name.value(), bases.value(), ns.value()], Value::NULL).expect("type() builds the helper class");
    call(cls.value(), &[], Value::NULL).expect("the helper class instantiates")
}

/// A parsed call: function name, positional arguments, keyword arguments.
struct Call {
    name: String,
    args: Vec<Obj>,
    kwargs: Vec<(String, Obj)>,
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { s: text.as_bytes(), i: 0 }
    }

    fn skip_spaces(&mut self) {
        while self.s.get(self.i) == Some(&b' ') {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_spaces();
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: u8) {
        assert!(self.eat(c), "expected {:?} at {} in {:?}", c as char, self.i, String::from_utf8_lossy(self.s));
    }

    fn ident(&mut self) -> &'a str {
        self.skip_spaces();
        let start = self.i;
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i]).unwrap()
    }

    /// Values up to `close`, comma-separated (a trailing comma allowed).
    fn values_until(&mut self, close: u8) -> Vec<Obj> {
        let mut out = Vec::new();
        while !self.eat(close) {
            out.push(self.value());
            if !self.eat(b',') {
                self.expect(close);
                break;
            }
        }
        out
    }

    fn number(&mut self, negative: bool) -> Obj {
        let start = self.i;
        while let Some(&c) = self.s.get(self.i) {
            let exponent_sign = (c == b'+' || c == b'-') && matches!(self.s[self.i - 1], b'e' | b'E');
            if !(c.is_ascii_digit() || c == b'.' || c == b'e' || c == b'E' || exponent_sign) {
                break;
            }
            self.i += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap();
        if text.contains(['.', 'e', 'E']) {
            let f: f64 = text.parse().unwrap_or_else(|_| panic!("bad float {text:?}"));
            float::from_f64(if negative { -f } else { f })
        } else {
            let b = BigInt::parse_bytes(text.as_bytes(), 10).unwrap_or_else(|| panic!("bad int {text:?}"));
            int::from_big(if negative { -b } else { b })
        }
    }

    fn value(&mut self) -> Obj {
        match self.peek().expect("a value") {
            b'[' => {
                self.i += 1;
                list::new(self.values_until(b']'))
            }
            b'(' => {
                self.i += 1;
                tuple::from_vec(self.values_until(b')'))
            }
            b'\'' => {
                self.i += 1;
                let start = self.i;
                while self.s[self.i] != b'\'' {
                    self.i += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                self.i += 1;
                pystr::new(text)
            }
            b'-' => {
                self.i += 1;
                if self.s[self.i].is_ascii_digit() {
                    return self.number(true);
                }
                match self.ident() {
                    "inf" => float::from_f64(f64::NEG_INFINITY),
                    "nan" => float::from_f64(-f64::NAN),
                    other => panic!("cannot negate {other:?}"),
                }
            }
            c if c.is_ascii_digit() => self.number(false),
            _ => {
                let name = self.ident();
                match name {
                    "None" => singletons::none_obj(),
                    "True" => bool_::true_(),
                    "False" => bool_::false_(),
                    "inf" => float::from_f64(f64::INFINITY),
                    "nan" => float::from_f64(f64::NAN),
                    "range" | "complex" => {
                        self.expect(b'(');
                        let a = self.values_until(b')');
                        if name == "range" {
                            let bound = |o: &Obj| int::as_i64(o.value()).unwrap();
                            range::from_i64(bound(&a[0]), bound(&a[1]), 1)
                        } else {
                            complex::new(float::as_f64(a[0].value()), float::as_f64(a[1].value()))
                        }
                    }
                    _ => {
                        let dunder = match name {
                            "F" => "__float__",
                            "I" => "__index__",
                            "Ce" => "__ceil__",
                            "Fl" => "__floor__",
                            "Tr" => "__trunc__",
                            other => panic!("unknown name {other:?} in {:?}", String::from_utf8_lossy(self.s)),
                        };
                        self.expect(b'(');
                        let v = self.value();
                        self.expect(b')');
                        helper_object(name, dunder, v)
                    }
                }
            }
        }
    }

    fn call(&mut self) -> Call {
        let name = self.ident().to_string();
        self.expect(b'(');
        let (mut args, mut kwargs) = (Vec::new(), Vec::new());
        while !self.eat(b')') {
            // A keyword argument is an identifier followed by '='.
            let save = self.i;
            let word = self.ident();
            if !word.is_empty() && self.eat(b'=') {
                kwargs.push((word.to_string(), self.value()));
            } else {
                self.i = save;
                args.push(self.value());
            }
            if !self.eat(b',') {
                self.expect(b')');
                break;
            }
        }
        assert_eq!(self.peek(), None, "trailing text in {:?}", String::from_utf8_lossy(self.s));
        Call { name, args, kwargs }
    }
}

// ----- printing results (gen_cases.py's `show`) --------------------------------------------

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

fn show(v: Value) -> String {
    if v == bool_::true_value() {
        return "True".into();
    }
    if v == bool_::false_value() {
        return "False".into();
    }
    if float::is_float(v) {
        let f = float::as_f64(v);
        if f.is_nan() && f.is_sign_negative() {
            return "-nan".into();
        }
        return protocol::repr_string(v).unwrap();
    }
    if int::is_int(v) {
        let s = int::to_decimal(v);
        if s.len() > 120 {
            return format!("int[{} digits, fnv {:016x}]", s.len(), fnv(&s));
        }
        return s;
    }
    if tuple::is_tuple(v) {
        let items: Vec<String> = tuple::items(v).iter().map(|&x| show(x)).collect();
        if items.len() == 1 {
            return format!("({},)", items[0]);
        }
        return format!("({})", items.join(", "));
    }
    protocol::repr_string(v).unwrap()
}

fn outcome(r: PyResult<Obj>) -> String {
    match r {
        Ok(v) => format!("= {}", show(v.value())),
        Err(e) => format!("! {}: {}", e.type_().name(), protocol::str_string(e.value()).unwrap()),
    }
}

/// Runs one case line's call (or constant lookup) and prints its outcome.
fn run(m: Value, text: &str) -> String {
    let d = module::dict(m);
    let lookup = |name: &str| dict::get_str(d, pystr::intern(name)).unwrap_or_else(|| panic!("math.{name} is missing"));
    if !text.contains('(') {
        return outcome(Ok(Obj::new_ref(lookup(text))));
    }
    let c = Parser::new(text).call();
    let f = lookup(&c.name);
    let mut values: Vec<Value> = c.args.iter().map(|o| o.value()).collect();
    values.extend(c.kwargs.iter().map(|(_, o)| o.value()));
    let kwnames = if c.kwargs.is_empty() {
        None
    } else {
        Some(tuple::from_vec(c.kwargs.iter().map(|(k, _)| Obj::new_ref(pystr::intern(k))).collect()))
    };
    outcome(call(f, &values, kwnames.as_ref().map_or(Value::NULL, |k| k.value())))
}

#[test]
fn math_matches_cpython() {
    start_runtime();
    let m = crate::modules::create("math").expect("math is a builtin module").expect("math creates");
    let m = m.value();

    // The comparison can fail: a wrong expectation is caught.
    assert_eq!(run(m, "sin(0.5)"), "= 0.479425538604203");
    assert_ne!(run(m, "sin(0.5)"), "= 0.4794255386042031");
    assert_eq!(run(m, "sqrt(-1.0)"), "! ValueError: math domain error");

    let (total, failures) = replay(m, "cases.txt", CASES);
    assert!(total > 15000, "cases.txt lost its cases ({total})");
    // More cases from a file named by MATH_CASES (gen_cases.py --stress writes one).
    let (total, failures) = match std::env::var("MATH_CASES") {
        Ok(path) => {
            let text = std::fs::read_to_string(&path).expect("MATH_CASES names a readable file");
            let (more, more_failures) = replay(m, &path, &text);
            (total + more, failures.into_iter().chain(more_failures).collect())
        }
        Err(_) => (total, failures),
    };
    eprintln!("math: {} of {total} cases match CPython", total - failures.len());
    if !failures.is_empty() {
        let shown: Vec<&str> = failures.iter().take(60).map(String::as_str).collect();
        panic!("{} of {total} cases differ from CPython:\n{}", failures.len(), shown.join("\n"));
    }
}

/// Runs every case of a case file: the number of cases and the descriptions of the ones
/// that differ.
fn replay(m: Value, file: &str, cases: &str) -> (usize, Vec<String>) {
    let mut total = 0;
    let mut failures = Vec::new();
    for (lineno, line) in cases.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let (text, expected) = line.split_once('\t').unwrap_or_else(|| panic!("{file}:{}: no tab", lineno + 1));
        total += 1;
        let got = run(m, text);
        if got != expected {
            failures.push(format!("{file}:{}: {text}\n    expected {expected}\n    got      {got}", lineno + 1));
        }
    }
    (total, failures)
}
