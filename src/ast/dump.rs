//! `ast.dump` — the text `python -m ast` prints — over a generic view of the tree.
//!
//! Every node is first described as a [`View`]: its CPython class name, its fields in
//! ASDL order (optional fields marked, since `dump` omits an optional field that is None)
//! and its position attributes. The layout rules are `Lib/ast.py`'s: a node with at most
//! three "simple" arguments goes on one line, anything else is indented one level per node.
//! The same views can feed the Python-visible `ast` module's node objects.

use super::*;
use taipan_runtime::float_repr;
use taipan_runtime::unicode::repr;

/// A value in a node view.
pub enum Value {
    /// A child node.
    Node(View),
    /// A list of values.
    List(Vec<Value>),
    /// An identifier or other string field (`repr` quotes it).
    Str(String),
    /// An integer field (`level`, `lineno`, flags).
    Int(i64),
    /// A constant (`Constant.value`, `MatchSingleton.value`).
    Const(Constant),
    /// `None`.
    None,
}

/// One node: class name, fields and (for nodes that have them) position attributes.
pub struct View {
    /// CPython class name.
    pub class: &'static str,
    /// `(name, value, optional)` in ASDL order.
    pub fields: Vec<(&'static str, Value, bool)>,
    /// `lineno`, `col_offset`, `end_lineno`, `end_col_offset` when the class has them.
    pub loc: Option<Loc>,
}

fn node(class: &'static str, fields: Vec<(&'static str, Value, bool)>, loc: Option<Loc>) -> Value {
    Value::Node(View { class, fields, loc })
}

fn leaf(class: &'static str) -> Value {
    node(class, Vec::new(), None)
}

fn ident(s: &str) -> Value {
    Value::Str(s.to_string())
}

fn opt_ident(s: &Option<Ident>) -> Value {
    s.as_deref().map_or(Value::None, ident)
}

fn opt_string(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::None, ident)
}

fn int(i: impl Into<i64>) -> Value {
    Value::Int(i.into())
}

fn exprs(v: &[Expr]) -> Value {
    Value::List(v.iter().map(expr).collect())
}

fn stmts(v: &[Stmt]) -> Value {
    Value::List(v.iter().map(stmt).collect())
}

fn opt_expr(e: &Option<Box<Expr>>) -> Value {
    e.as_deref().map_or(Value::None, expr)
}

fn ctx(c: ExprContext) -> Value {
    leaf(match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

/// The class name of an `operator`.
pub fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// `repr()` of a constant value.
pub fn constant_repr(c: &Constant) -> String {
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
            [one] => format!("({},)", constant_repr(one)),
            _ => format!("({})", items.iter().map(constant_repr).collect::<Vec<_>>().join(", ")),
        },
        Constant::FrozenSet(items) if items.is_empty() => "frozenset()".into(),
        Constant::FrozenSet(items) => {
            // Set order is hash order in CPython; sorted text keeps the output stable.
            let mut parts: Vec<String> = items.iter().map(constant_repr).collect();
            parts.sort();
            format!("frozenset({{{}}})", parts.join(", "))
        }
    }
}

/// The view of a module.
pub fn module(m: &Mod) -> View {
    let (class, fields): (&'static str, Vec<(&'static str, Value, bool)>) = match m {
        Mod::Module { body, type_ignores } => (
            "Module",
            vec![
                ("body", stmts(body), false),
                (
                    "type_ignores",
                    Value::List(
                        type_ignores
                            .iter()
                            .map(|t| node("TypeIgnore", vec![("lineno", int(t.lineno), false), ("tag", ident(&t.tag), false)], None))
                            .collect(),
                    ),
                    false,
                ),
            ],
        ),
        Mod::Interactive { body } => ("Interactive", vec![("body", stmts(body), false)]),
        Mod::Expression { body } => ("Expression", vec![("body", expr(body), false)]),
        Mod::FunctionType { argtypes, returns } => {
            ("FunctionType", vec![("argtypes", exprs(argtypes), false), ("returns", expr(returns), false)])
        }
    };
    View { class, fields, loc: None }
}

fn arguments(a: &Arguments) -> Value {
    node(
        "arguments",
        vec![
            ("posonlyargs", Value::List(a.posonlyargs.iter().map(arg).collect()), false),
            ("args", Value::List(a.args.iter().map(arg).collect()), false),
            ("vararg", a.vararg.as_deref().map_or(Value::None, arg), true),
            ("kwonlyargs", Value::List(a.kwonlyargs.iter().map(arg).collect()), false),
            ("kw_defaults", Value::List(a.kw_defaults.iter().map(|d| d.as_ref().map_or(Value::None, expr)).collect()), false),
            ("kwarg", a.kwarg.as_deref().map_or(Value::None, arg), true),
            ("defaults", exprs(&a.defaults), false),
        ],
        None,
    )
}

fn arg(a: &Arg) -> Value {
    node(
        "arg",
        vec![
            ("arg", ident(&a.arg), false),
            ("annotation", opt_expr(&a.annotation), true),
            ("type_comment", opt_string(&a.type_comment), true),
        ],
        Some(a.loc),
    )
}

fn keyword(k: &Keyword) -> Value {
    node("keyword", vec![("arg", opt_ident(&k.arg), true), ("value", expr(&k.value), false)], Some(k.loc))
}

fn alias(a: &Alias) -> Value {
    node("alias", vec![("name", ident(&a.name), false), ("asname", opt_ident(&a.asname), true)], Some(a.loc))
}

fn comprehension(c: &Comprehension) -> Value {
    node(
        "comprehension",
        vec![
            ("target", expr(&c.target), false),
            ("iter", expr(&c.iter), false),
            ("ifs", exprs(&c.ifs), false),
            ("is_async", int(c.is_async as u8), false),
        ],
        None,
    )
}

fn generators(g: &[Comprehension]) -> Value {
    Value::List(g.iter().map(comprehension).collect())
}

/// The view of a statement.
pub fn stmt(s: &Stmt) -> Value {
    let loc = Some(s.loc);
    match &s.kind {
        StmtKind::FunctionDef(f) => node(
            if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" },
            vec![
                ("name", ident(&f.name), false),
                ("args", arguments(&f.args), false),
                ("body", stmts(&f.body), false),
                ("decorator_list", exprs(&f.decorator_list), false),
                ("returns", f.returns.as_ref().map_or(Value::None, expr), true),
                ("type_comment", opt_string(&f.type_comment), true),
            ],
            loc,
        ),
        StmtKind::ClassDef(c) => node(
            "ClassDef",
            vec![
                ("name", ident(&c.name), false),
                ("bases", exprs(&c.bases), false),
                ("keywords", Value::List(c.keywords.iter().map(keyword).collect()), false),
                ("body", stmts(&c.body), false),
                ("decorator_list", exprs(&c.decorator_list), false),
            ],
            loc,
        ),
        StmtKind::Return { value } => node("Return", vec![("value", opt_expr(value), true)], loc),
        StmtKind::Delete { targets } => node("Delete", vec![("targets", exprs(targets), false)], loc),
        StmtKind::Assign { targets, value, type_comment } => node(
            "Assign",
            vec![
                ("targets", exprs(targets), false),
                ("value", expr(value), false),
                ("type_comment", opt_string(type_comment), true),
            ],
            loc,
        ),
        StmtKind::AugAssign { target, op, value } => node(
            "AugAssign",
            vec![("target", expr(target), false), ("op", leaf(operator_name(*op)), false), ("value", expr(value), false)],
            loc,
        ),
        StmtKind::AnnAssign { target, annotation, value, simple } => node(
            "AnnAssign",
            vec![
                ("target", expr(target), false),
                ("annotation", expr(annotation), false),
                ("value", opt_expr(value), true),
                ("simple", int(*simple as u8), false),
            ],
            loc,
        ),
        StmtKind::For(f) => node(
            if f.is_async { "AsyncFor" } else { "For" },
            vec![
                ("target", expr(&f.target), false),
                ("iter", expr(&f.iter), false),
                ("body", stmts(&f.body), false),
                ("orelse", stmts(&f.orelse), false),
                ("type_comment", opt_string(&f.type_comment), true),
            ],
            loc,
        ),
        StmtKind::While { test, body, orelse } => node(
            "While",
            vec![("test", expr(test), false), ("body", stmts(body), false), ("orelse", stmts(orelse), false)],
            loc,
        ),
        StmtKind::If { test, body, orelse } => node(
            "If",
            vec![("test", expr(test), false), ("body", stmts(body), false), ("orelse", stmts(orelse), false)],
            loc,
        ),
        StmtKind::With { is_async, items, body, type_comment } => node(
            if *is_async { "AsyncWith" } else { "With" },
            vec![
                (
                    "items",
                    Value::List(
                        items
                            .iter()
                            .map(|w| {
                                node(
                                    "withitem",
                                    vec![
                                        ("context_expr", expr(&w.context_expr), false),
                                        ("optional_vars", opt_expr(&w.optional_vars), true),
                                    ],
                                    None,
                                )
                            })
                            .collect(),
                    ),
                    false,
                ),
                ("body", stmts(body), false),
                ("type_comment", opt_string(type_comment), true),
            ],
            loc,
        ),
        StmtKind::Match { subject, cases } => node(
            "Match",
            vec![
                ("subject", expr(subject), false),
                (
                    "cases",
                    Value::List(
                        cases
                            .iter()
                            .map(|c| {
                                node(
                                    "match_case",
                                    vec![
                                        ("pattern", pattern(&c.pattern), false),
                                        ("guard", opt_expr(&c.guard), true),
                                        ("body", stmts(&c.body), false),
                                    ],
                                    None,
                                )
                            })
                            .collect(),
                    ),
                    false,
                ),
            ],
            loc,
        ),
        StmtKind::Raise { exc, cause } => {
            node("Raise", vec![("exc", opt_expr(exc), true), ("cause", opt_expr(cause), true)], loc)
        }
        StmtKind::Try(t) => node(
            if t.is_star { "TryStar" } else { "Try" },
            vec![
                ("body", stmts(&t.body), false),
                (
                    "handlers",
                    Value::List(
                        t.handlers
                            .iter()
                            .map(|h| {
                                node(
                                    "ExceptHandler",
                                    vec![
                                        ("type", opt_expr(&h.type_), true),
                                        ("name", opt_ident(&h.name), true),
                                        ("body", stmts(&h.body), false),
                                    ],
                                    Some(h.loc),
                                )
                            })
                            .collect(),
                    ),
                    false,
                ),
                ("orelse", stmts(&t.orelse), false),
                ("finalbody", stmts(&t.finalbody), false),
            ],
            loc,
        ),
        StmtKind::Assert { test, msg } => node("Assert", vec![("test", expr(test), false), ("msg", opt_expr(msg), true)], loc),
        StmtKind::Import { names } => node("Import", vec![("names", Value::List(names.iter().map(alias).collect()), false)], loc),
        StmtKind::ImportFrom { module, names, level } => node(
            "ImportFrom",
            vec![
                ("module", opt_ident(module), true),
                ("names", Value::List(names.iter().map(alias).collect()), false),
                ("level", int(*level), true),
            ],
            loc,
        ),
        StmtKind::Global { names } => node("Global", vec![("names", Value::List(names.iter().map(|n| ident(n)).collect()), false)], loc),
        StmtKind::Nonlocal { names } => {
            node("Nonlocal", vec![("names", Value::List(names.iter().map(|n| ident(n)).collect()), false)], loc)
        }
        StmtKind::Expr { value } => node("Expr", vec![("value", expr(value), false)], loc),
        StmtKind::Pass => node("Pass", vec![], loc),
        StmtKind::Break => node("Break", vec![], loc),
        StmtKind::Continue => node("Continue", vec![], loc),
    }
}

/// The view of an expression.
pub fn expr(e: &Expr) -> Value {
    let loc = Some(e.loc);
    match &e.kind {
        ExprKind::BoolOp { op, values } => node(
            "BoolOp",
            vec![("op", leaf(if *op == BoolOp::And { "And" } else { "Or" }), false), ("values", exprs(values), false)],
            loc,
        ),
        ExprKind::NamedExpr { target, value } => {
            node("NamedExpr", vec![("target", expr(target), false), ("value", expr(value), false)], loc)
        }
        ExprKind::BinOp { left, op, right } => node(
            "BinOp",
            vec![("left", expr(left), false), ("op", leaf(operator_name(*op)), false), ("right", expr(right), false)],
            loc,
        ),
        ExprKind::UnaryOp { op, operand } => node(
            "UnaryOp",
            vec![
                (
                    "op",
                    leaf(match op {
                        UnaryOp::Invert => "Invert",
                        UnaryOp::Not => "Not",
                        UnaryOp::UAdd => "UAdd",
                        UnaryOp::USub => "USub",
                    }),
                    false,
                ),
                ("operand", expr(operand), false),
            ],
            loc,
        ),
        ExprKind::Lambda { args, body } => node("Lambda", vec![("args", arguments(args), false), ("body", expr(body), false)], loc),
        ExprKind::IfExp { test, body, orelse } => node(
            "IfExp",
            vec![("test", expr(test), false), ("body", expr(body), false), ("orelse", expr(orelse), false)],
            loc,
        ),
        ExprKind::Dict { keys, values } => node(
            "Dict",
            vec![
                ("keys", Value::List(keys.iter().map(|k| k.as_ref().map_or(Value::None, expr)).collect()), false),
                ("values", exprs(values), false),
            ],
            loc,
        ),
        ExprKind::Set { elts } => node("Set", vec![("elts", exprs(elts), false)], loc),
        ExprKind::ListComp { elt, generators: g } => {
            node("ListComp", vec![("elt", expr(elt), false), ("generators", generators(g), false)], loc)
        }
        ExprKind::SetComp { elt, generators: g } => {
            node("SetComp", vec![("elt", expr(elt), false), ("generators", generators(g), false)], loc)
        }
        ExprKind::DictComp { key, value, generators: g } => node(
            "DictComp",
            vec![("key", expr(key), false), ("value", expr(value), false), ("generators", generators(g), false)],
            loc,
        ),
        ExprKind::GeneratorExp { elt, generators: g } => {
            node("GeneratorExp", vec![("elt", expr(elt), false), ("generators", generators(g), false)], loc)
        }
        ExprKind::Await { value } => node("Await", vec![("value", expr(value), false)], loc),
        ExprKind::Yield { value } => node("Yield", vec![("value", opt_expr(value), true)], loc),
        ExprKind::YieldFrom { value } => node("YieldFrom", vec![("value", expr(value), false)], loc),
        ExprKind::Compare { left, ops, comparators } => node(
            "Compare",
            vec![
                ("left", expr(left), false),
                ("ops", Value::List(ops.iter().map(|o| leaf(cmpop_name(*o))).collect()), false),
                ("comparators", exprs(comparators), false),
            ],
            loc,
        ),
        ExprKind::Call { func, args, keywords } => node(
            "Call",
            vec![
                ("func", expr(func), false),
                ("args", exprs(args), false),
                ("keywords", Value::List(keywords.iter().map(keyword).collect()), false),
            ],
            loc,
        ),
        ExprKind::FormattedValue { value, conversion, format_spec } => node(
            "FormattedValue",
            vec![
                ("value", expr(value), false),
                ("conversion", int(*conversion), false),
                ("format_spec", opt_expr(format_spec), true),
            ],
            loc,
        ),
        ExprKind::JoinedStr { values } => node("JoinedStr", vec![("values", exprs(values), false)], loc),
        ExprKind::Constant { value, kind_u } => node(
            "Constant",
            vec![
                ("value", Value::Const(value.clone()), false),
                ("kind", if *kind_u { ident("u") } else { Value::None }, true),
            ],
            loc,
        ),
        ExprKind::Attribute { value, attr, ctx: c } => node(
            "Attribute",
            vec![("value", expr(value), false), ("attr", ident(attr), false), ("ctx", ctx(*c), false)],
            loc,
        ),
        ExprKind::Subscript { value, slice, ctx: c } => node(
            "Subscript",
            vec![("value", expr(value), false), ("slice", expr(slice), false), ("ctx", ctx(*c), false)],
            loc,
        ),
        ExprKind::Starred { value, ctx: c } => node("Starred", vec![("value", expr(value), false), ("ctx", ctx(*c), false)], loc),
        ExprKind::Name { id, ctx: c } => node("Name", vec![("id", ident(id), false), ("ctx", ctx(*c), false)], loc),
        ExprKind::List { elts, ctx: c } => node("List", vec![("elts", exprs(elts), false), ("ctx", ctx(*c), false)], loc),
        ExprKind::Tuple { elts, ctx: c } => node("Tuple", vec![("elts", exprs(elts), false), ("ctx", ctx(*c), false)], loc),
        ExprKind::Slice { lower, upper, step } => node(
            "Slice",
            vec![("lower", opt_expr(lower), true), ("upper", opt_expr(upper), true), ("step", opt_expr(step), true)],
            loc,
        ),
    }
}

fn patterns(p: &[Pattern]) -> Value {
    Value::List(p.iter().map(pattern).collect())
}

/// The view of a pattern.
pub fn pattern(p: &Pattern) -> Value {
    let loc = Some(p.loc);
    match &p.kind {
        PatternKind::MatchValue { value } => node("MatchValue", vec![("value", expr(value), false)], loc),
        PatternKind::MatchSingleton { value } => {
            node("MatchSingleton", vec![("value", Value::Const(value.clone()), false)], loc)
        }
        PatternKind::MatchSequence { patterns: ps } => node("MatchSequence", vec![("patterns", patterns(ps), false)], loc),
        PatternKind::MatchMapping { keys, patterns: ps, rest } => node(
            "MatchMapping",
            vec![("keys", exprs(keys), false), ("patterns", patterns(ps), false), ("rest", opt_ident(rest), true)],
            loc,
        ),
        PatternKind::MatchClass { cls, patterns: ps, kwd_attrs, kwd_patterns } => node(
            "MatchClass",
            vec![
                ("cls", expr(cls), false),
                ("patterns", patterns(ps), false),
                ("kwd_attrs", Value::List(kwd_attrs.iter().map(|n| ident(n)).collect()), false),
                ("kwd_patterns", patterns(kwd_patterns), false),
            ],
            loc,
        ),
        PatternKind::MatchStar { name } => node("MatchStar", vec![("name", opt_ident(name), true)], loc),
        PatternKind::MatchAs { pattern: inner, name } => node(
            "MatchAs",
            vec![("pattern", inner.as_deref().map_or(Value::None, pattern), true), ("name", opt_ident(name), true)],
            loc,
        ),
        PatternKind::MatchOr { patterns: ps } => node("MatchOr", vec![("patterns", patterns(ps), false)], loc),
    }
}

/// `ast.dump(tree, include_attributes=..., indent=...)`; `indent` is a number of spaces
/// (`None` for the one-line form).
pub fn dump_mod(m: &Mod, include_attributes: bool, indent: Option<usize>) -> String {
    let d = Dumper { indent: indent.map(|n| " ".repeat(n)), include_attributes };
    let mut out = String::new();
    d.format(&Value::Node(module(m)), 0, &mut out);
    out
}

/// Dumps any value (used for single nodes).
pub fn dump_value(v: &Value, include_attributes: bool, indent: Option<usize>) -> String {
    let d = Dumper { indent: indent.map(|n| " ".repeat(n)), include_attributes };
    let mut out = String::new();
    d.format(v, 0, &mut out);
    out
}

struct Dumper {
    indent: Option<String>,
    include_attributes: bool,
}

impl Dumper {
    /// Appends the formatted value; returns whether it was "simple" in `ast.dump`'s sense.
    fn format(&self, v: &Value, level: usize, out: &mut String) -> bool {
        let (prefix, sep) = match &self.indent {
            Some(ind) => {
                let pad = ind.repeat(level + 1);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".to_string()),
        };
        let level = if self.indent.is_some() { level + 1 } else { level };
        match v {
            Value::Str(s) => {
                out.push_str(&repr::repr_str(s.as_bytes()));
                true
            }
            Value::Int(i) => {
                out.push_str(&i.to_string());
                true
            }
            Value::Const(c) => {
                out.push_str(&constant_repr(c));
                true
            }
            Value::None => {
                out.push_str("None");
                true
            }
            Value::List(items) => {
                if items.is_empty() {
                    out.push_str("[]");
                    return true;
                }
                out.push('[');
                out.push_str(&prefix);
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&sep);
                    }
                    self.format(item, level, out);
                }
                out.push(']');
                false
            }
            Value::Node(n) => {
                let mut args: Vec<String> = Vec::new();
                let mut allsimple = true;
                for (name, value, optional) in &n.fields {
                    if *optional && matches!(value, Value::None) {
                        continue;
                    }
                    let mut s = String::new();
                    allsimple &= self.format(value, level, &mut s);
                    args.push(format!("{name}={s}"));
                }
                if self.include_attributes {
                    if let Some(loc) = n.loc {
                        for (name, val) in [
                            ("lineno", loc.lineno),
                            ("col_offset", loc.col),
                            ("end_lineno", loc.end_lineno),
                            ("end_col_offset", loc.end_col),
                        ] {
                            args.push(format!("{name}={val}"));
                        }
                    }
                }
                out.push_str(n.class);
                out.push('(');
                if allsimple && args.len() <= 3 {
                    out.push_str(&args.join(", "));
                    out.push(')');
                    return args.is_empty();
                }
                out.push_str(&prefix);
                out.push_str(&args.join(&sep));
                out.push(')');
                false
            }
        }
    }
}

/// How deep `value` nests, measured two ways (without recursing, so any depth is safe):
/// AST nodes on the deepest path (CPython's `ast2obj` recursion guard), and Python frames
/// `ast.dump`'s recursive `_format` would need (a list costs two: itself and a generator).
pub fn depths(value: &Value) -> (usize, usize) {
    let mut max_nodes = 0;
    let mut max_frames = 0;
    let mut stack: Vec<(&Value, usize, usize)> = vec![(value, 0, 0)];
    while let Some((v, nodes, frames)) = stack.pop() {
        match v {
            Value::Node(n) => {
                let (nodes, frames) = (nodes + 1, frames + 1);
                max_nodes = max_nodes.max(nodes);
                max_frames = max_frames.max(frames);
                for (_, f, _) in &n.fields {
                    stack.push((f, nodes, frames));
                }
                if n.loc.is_some() {
                    max_frames = max_frames.max(frames + 1);
                }
            }
            Value::List(items) => {
                max_frames = max_frames.max(frames + 1);
                for item in items {
                    stack.push((item, nodes, frames + 2));
                }
            }
            Value::Str(_) | Value::Int(_) | Value::Const(_) | Value::None => max_frames = max_frames.max(frames + 1),
        }
    }
    (max_nodes, max_frames)
}
