//! `compile(tree, ...)`: node objects of Python's `ast` module back into the front end's
//! tree, checked as CPython's `obj2ast` and AST validator check them.
//!
//! A tree built by hand can hold anything, while the compiler assumes what the parser
//! guarantees (targets in store context, a `Compare` with as many comparators as
//! operators, non-empty bodies, ...). Everything the compiler relies on is checked here
//! and reported with CPython's exception class and message, so a bad tree is a Python
//! error, never a panic.

use super::*;
use num_bigint::BigInt;
use taipan_runtime::errors::{type_error, value_error, PyErr, PyResult};
use taipan_runtime::object::{type_of, Obj, Value};
use taipan_runtime::object::protocol;
use taipan_runtime::objects::{bytes, complex, float, int, list, pytype, set, singletons, str as pystr, tuple};

/// Nesting deeper than this is refused (a cyclic tree would otherwise never end).
const MAX_DEPTH: u32 = 3000;

/// Converts `tree` for compiling in `mode` ("exec", "eval" or "single").
pub fn module(tree: Value, mode: &str) -> PyResult<Mod> {
    let want = match mode {
        "exec" => "Module",
        "eval" => "Expression",
        "single" => "Interactive",
        _ => "FunctionType",
    };
    let class = ast_class(tree);
    if class != Some(want) {
        return Err(type_error(format!("expected {} node, got {}", want, type_of(tree).name())));
    }
    let mut r = Reader { depth: 0 };
    Ok(match want {
        "Module" => {
            let body = r.stmts(tree, "body", "Module")?;
            let mut type_ignores = Vec::new();
            for t in r.list(tree, "type_ignores", "Module")? {
                if ast_class(t.value()) != Some("TypeIgnore") {
                    return Err(r.expected("type_ignore", t.value()));
                }
                let lineno = r.int(t.value(), "lineno", "TypeIgnore")? as u32;
                let tag = r.string(t.value(), "tag", "TypeIgnore")?;
                type_ignores.push(TypeIgnore { lineno, tag });
            }
            Mod::Module { body, type_ignores }
        }
        "Interactive" => Mod::Interactive { body: r.stmts(tree, "body", "Interactive")? },
        "Expression" => Mod::Expression { body: Box::new(r.expr_field(tree, "body", "Expression", ExprContext::Load)?) },
        _ => {
            let argtypes = r.exprs(tree, "argtypes", "FunctionType", ExprContext::Load)?;
            let returns = Box::new(r.expr_field(tree, "returns", "FunctionType", ExprContext::Load)?);
            Mod::FunctionType { argtypes, returns }
        }
    })
}

/// The name of the `ast` class `v` is an instance of (the first one in its MRO, so
/// subclasses of node classes count as their base).
fn ast_class(v: Value) -> Option<&'static str> {
    let mro = type_of(v).mro.get();
    if mro.is_null() {
        return None;
    }
    tuple::items(mro).iter().find_map(|&t| {
        let t = pytype::as_type(t);
        (pytype::module_name(t) == Some("ast")).then(|| t.name())
    })
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

struct Reader {
    depth: u32,
}

impl Reader {
    fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(taipan_runtime::errors::recursion_error("maximum recursion depth exceeded during ast construction"));
        }
        Ok(())
    }

    fn expected(&self, kind: &str, v: Value) -> PyErr {
        match protocol::repr_string(v) {
            Ok(r) => type_error(format!("expected some sort of {kind}, but got {r}")),
            Err(e) => e,
        }
    }

    /// A field that must be present (None counts as absent for optional fields only).
    fn get(&self, v: Value, field: &str, owner: &str) -> PyResult<Obj> {
        match protocol::lookup_attr(v, pystr::intern(field))? {
            Some(o) => Ok(o),
            None => Err(type_error(format!("required field \"{field}\" missing from {owner}"))),
        }
    }

    fn required(&self, v: Value, field: &str, owner: &str) -> PyResult<Obj> {
        let o = self.get(v, field, owner)?;
        if o.value() == singletons::none() {
            return Err(type_error(format!("required field \"{field}\" missing from {owner}")));
        }
        Ok(o)
    }

    fn optional(&self, v: Value, field: &str) -> PyResult<Option<Obj>> {
        Ok(protocol::lookup_attr(v, pystr::intern(field))?.filter(|o| o.value() != singletons::none()))
    }

    fn list(&self, v: Value, field: &str, owner: &str) -> PyResult<Vec<Obj>> {
        let o = self.required(v, field, owner)?;
        if !list::is_list(o.value()) {
            return Err(type_error(format!("{owner} field \"{field}\" must be a list, not a {}", type_of(o.value()).name())));
        }
        // A snapshot: converting an element may run Python code that mutates the list.
        Ok(list::snapshot_owned(o.value()))
    }

    fn int_value(&self, o: Value) -> PyResult<i64> {
        if !int::is_int(o) {
            return Err(value_error(format!("invalid integer value: {}", protocol::repr_string(o)?)));
        }
        int::as_i64(o).ok_or_else(|| taipan_runtime::errors::overflow_error("Python int too large to convert to C int"))
    }

    fn int(&self, v: Value, field: &str, owner: &str) -> PyResult<i64> {
        let o = self.required(v, field, owner)?;
        self.int_value(o.value())
    }

    fn ident_value(&self, o: Value) -> PyResult<Ident> {
        if !pystr::is_str(o) {
            return Err(type_error("AST identifier must be of type str"));
        }
        Ok(pystr::as_str(o).into())
    }

    fn ident(&self, v: Value, field: &str, owner: &str) -> PyResult<Ident> {
        let o = self.required(v, field, owner)?;
        self.ident_value(o.value())
    }

    fn opt_ident(&self, v: Value, field: &str) -> PyResult<Option<Ident>> {
        self.optional(v, field)?.map(|o| self.ident_value(o.value())).transpose()
    }

    fn string_value(&self, o: Value) -> PyResult<String> {
        if !pystr::is_str(o) {
            return Err(type_error("AST string must be of type str"));
        }
        Ok(pystr::as_str(o).to_string())
    }

    fn string(&self, v: Value, field: &str, owner: &str) -> PyResult<String> {
        let o = self.required(v, field, owner)?;
        self.string_value(o.value())
    }

    fn opt_string(&self, v: Value, field: &str) -> PyResult<Option<String>> {
        self.optional(v, field)?.map(|o| self.string_value(o.value())).transpose()
    }

    /// `lineno`/`col_offset` (required) and `end_lineno`/`end_col_offset` (default: the
    /// start), as read.
    fn raw_loc(&self, v: Value, owner: &str) -> PyResult<[i64; 4]> {
        let lineno = self.int(v, "lineno", owner)?;
        let col = self.int(v, "col_offset", owner)?;
        let end_lineno = self.optional(v, "end_lineno")?.map(|o| self.int_value(o.value())).transpose()?.unwrap_or(lineno);
        let end_col = self.optional(v, "end_col_offset")?.map(|o| self.int_value(o.value())).transpose()?.unwrap_or(col);
        Ok([lineno, col, end_lineno, end_col])
    }

    /// The position of a node CPython does not validate (`arg`, `keyword`, `alias`).
    fn loc(&self, v: Value, owner: &str) -> PyResult<Loc> {
        Ok(to_loc(self.raw_loc(v, owner)?))
    }

    /// The position of a statement, expression, handler or pattern, checked as CPython's
    /// validator checks it.
    fn checked_loc(&self, v: Value, owner: &str) -> PyResult<Loc> {
        let [lineno, col, end_lineno, end_col] = self.raw_loc(v, owner)?;
        if lineno > end_lineno {
            return Err(value_error(format!("AST node line range ({lineno}, {end_lineno}) is not valid")));
        }
        if (lineno < 0 && end_lineno != lineno) || (col < 0 && col != end_col) {
            return Err(value_error(format!(
                "AST node column range ({col}, {end_col}) for line range ({lineno}, {end_lineno}) is not valid"
            )));
        }
        if lineno == end_lineno && col > end_col {
            return Err(value_error(format!("line {lineno}, column {col}-{end_col} is not a valid range")));
        }
        Ok(to_loc([lineno, col, end_lineno, end_col]))
    }

    // ---- statements ----

    fn stmts(&mut self, v: Value, field: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        self.list(v, field, owner)?.iter().map(|s| self.stmt(s.value())).collect()
    }

    /// A body that must not be empty (`empty body on For`).
    fn body(&mut self, v: Value, field: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let b = self.stmts(v, field, owner)?;
        if b.is_empty() {
            return Err(value_error(format!("empty {field} on {owner}")));
        }
        Ok(b)
    }

    fn stmt(&mut self, v: Value) -> PyResult<Stmt> {
        self.enter()?;
        let r = self.stmt_inner(v);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, v: Value) -> PyResult<Stmt> {
        // CPython reads the position first: a non-node is "missing lineno".
        let loc = self.checked_loc(v, "stmt")?;
        let Some(class) = ast_class(v).filter(|c| is_stmt(c)) else {
            return Err(self.expected("stmt", v));
        };
        use ExprContext::*;
        let kind = match class {
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.ident(v, "name", class)?;
                let args = self.arguments_field(v, "args", class)?;
                let body = self.body(v, "body", class)?;
                let decorator_list = self.exprs(v, "decorator_list", class, Load)?;
                let returns = self.opt_expr(v, "returns", Load)?;
                let type_comment = self.opt_string(v, "type_comment")?;
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    is_async: class == "AsyncFunctionDef",
                    name,
                    args,
                    body,
                    decorator_list,
                    returns: returns.map(|e| *e),
                    type_comment,
                }))
            }
            "ClassDef" => {
                let name = self.ident(v, "name", class)?;
                let bases = self.exprs(v, "bases", class, Load)?;
                let keywords = self.keywords(v, class)?;
                let body = self.body(v, "body", class)?;
                let decorator_list = self.exprs(v, "decorator_list", class, Load)?;
                StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorator_list }))
            }
            "Return" => StmtKind::Return { value: self.opt_expr(v, "value", Load)? },
            "Delete" => {
                let targets = self.exprs(v, "targets", class, Del)?;
                if targets.is_empty() {
                    return Err(value_error("empty targets on Delete"));
                }
                StmtKind::Delete { targets }
            }
            "Assign" => {
                let targets = self.exprs(v, "targets", class, Store)?;
                if targets.is_empty() {
                    return Err(value_error("empty targets on Assign"));
                }
                let value = Box::new(self.expr_field(v, "value", class, Load)?);
                StmtKind::Assign { targets, value, type_comment: self.opt_string(v, "type_comment")? }
            }
            "AugAssign" => {
                let target = self.expr_field(v, "target", class, Store)?;
                if !matches!(target.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    return Err(taipan_runtime::errors::system_error("invalid node type for augmented assignment"));
                }
                let op = self.operator(v, class)?;
                let value = Box::new(self.expr_field(v, "value", class, Load)?);
                StmtKind::AugAssign { target: Box::new(target), op, value }
            }
            "AnnAssign" => {
                let target = self.expr_field(v, "target", class, Store)?;
                let annotation = Box::new(self.expr_field(v, "annotation", class, Load)?);
                let value = self.opt_expr(v, "value", Load)?;
                let simple = self.int(v, "simple", class)? != 0;
                if simple && !matches!(target.kind, ExprKind::Name { .. }) {
                    return Err(type_error("AnnAssign with simple non-Name target"));
                }
                if !matches!(target.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    return Err(taipan_runtime::errors::system_error("invalid node type for annotated assignment"));
                }
                StmtKind::AnnAssign { target: Box::new(target), annotation, value, simple }
            }
            "For" | "AsyncFor" => {
                let target = self.expr_field(v, "target", class, Store)?;
                let iter = self.expr_field(v, "iter", class, Load)?;
                let body = self.body(v, "body", class)?;
                let orelse = self.stmts(v, "orelse", class)?;
                let type_comment = self.opt_string(v, "type_comment")?;
                StmtKind::For(Box::new(For { is_async: class == "AsyncFor", target, iter, body, orelse, type_comment }))
            }
            "While" | "If" => {
                let test = Box::new(self.expr_field(v, "test", class, Load)?);
                let body = self.body(v, "body", class)?;
                let orelse = self.stmts(v, "orelse", class)?;
                if class == "While" {
                    StmtKind::While { test, body, orelse }
                } else {
                    StmtKind::If { test, body, orelse }
                }
            }
            "With" | "AsyncWith" => {
                let mut items = Vec::new();
                for it in self.list(v, "items", class)? {
                    let it = it.value();
                    if ast_class(it) != Some("withitem") {
                        return Err(self.expected("withitem", it));
                    }
                    let context_expr = self.expr_field(it, "context_expr", "withitem", Load)?;
                    let optional_vars = self.opt_expr(it, "optional_vars", Store)?;
                    items.push(WithItem { context_expr, optional_vars });
                }
                if items.is_empty() {
                    return Err(value_error(format!("empty items on {class}")));
                }
                let body = self.body(v, "body", class)?;
                StmtKind::With { is_async: class == "AsyncWith", items, body, type_comment: self.opt_string(v, "type_comment")? }
            }
            "Match" => {
                let subject = Box::new(self.expr_field(v, "subject", class, Load)?);
                let mut cases = Vec::new();
                for c in self.list(v, "cases", class)? {
                    let c = c.value();
                    if ast_class(c) != Some("match_case") {
                        return Err(self.expected("match_case", c));
                    }
                    let pattern = self.pattern(self.required(c, "pattern", "match_case")?.value())?;
                    let guard = self.opt_expr(c, "guard", Load)?;
                    let body = self.body(c, "body", "match_case")?;
                    cases.push(MatchCase { pattern, guard, body });
                }
                if cases.is_empty() {
                    return Err(value_error("empty cases on Match"));
                }
                StmtKind::Match { subject, cases }
            }
            "Raise" => {
                let exc = self.opt_expr(v, "exc", Load)?;
                let cause = self.opt_expr(v, "cause", Load)?;
                if exc.is_none() && cause.is_some() {
                    return Err(value_error("Raise with cause but no exception"));
                }
                StmtKind::Raise { exc, cause }
            }
            "Try" | "TryStar" => {
                let body = self.body(v, "body", class)?;
                let mut handlers = Vec::new();
                for h in self.list(v, "handlers", class)? {
                    let h = h.value();
                    if ast_class(h) != Some("ExceptHandler") {
                        return Err(self.expected("excepthandler", h));
                    }
                    let loc = self.checked_loc(h, "excepthandler")?;
                    let type_ = self.opt_expr(h, "type", Load)?;
                    let name = self.opt_ident(h, "name")?;
                    let body = self.body(h, "body", "ExceptHandler")?;
                    handlers.push(ExceptHandler { type_, name, body, loc });
                }
                let orelse = self.stmts(v, "orelse", class)?;
                let finalbody = self.stmts(v, "finalbody", class)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(value_error(format!("{class} has neither except handlers nor finalbody")));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(value_error(format!("{class} has orelse but no except handlers")));
                }
                StmtKind::Try(Box::new(Try { is_star: class == "TryStar", body, handlers, orelse, finalbody }))
            }
            "Assert" => {
                let test = Box::new(self.expr_field(v, "test", class, Load)?);
                StmtKind::Assert { test, msg: self.opt_expr(v, "msg", Load)? }
            }
            "Import" => {
                let names = self.aliases(v, class)?;
                if names.is_empty() {
                    return Err(value_error("empty names on Import"));
                }
                StmtKind::Import { names }
            }
            "ImportFrom" => {
                let module = self.opt_ident(v, "module")?;
                let names = self.aliases(v, class)?;
                let level = match self.optional(v, "level")? {
                    Some(o) => self.int_value(o.value())?,
                    None => 0,
                };
                if level < 0 {
                    return Err(value_error("Negative ImportFrom level"));
                }
                if names.is_empty() {
                    return Err(value_error("empty names on ImportFrom"));
                }
                StmtKind::ImportFrom { module, names, level: level.min(u32::MAX as i64) as u32 }
            }
            "Global" | "Nonlocal" => {
                let mut names = Vec::new();
                for n in self.list(v, "names", class)? {
                    names.push(self.ident_value(n.value())?);
                }
                if names.is_empty() {
                    return Err(value_error(format!("empty names on {class}")));
                }
                if class == "Global" {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            "Expr" => StmtKind::Expr { value: Box::new(self.expr_field(v, "value", class, Load)?) },
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            _ => StmtKind::Continue,
        };
        Ok(Stmt { kind, loc })
    }

    fn aliases(&mut self, v: Value, owner: &str) -> PyResult<Vec<Alias>> {
        let mut out = Vec::new();
        for a in self.list(v, "names", owner)? {
            let a = a.value();
            if ast_class(a) != Some("alias") {
                return Err(self.expected("alias", a));
            }
            let name = self.ident(a, "name", "alias")?;
            let asname = self.opt_ident(a, "asname")?;
            let loc = self.loc(a, "alias")?;
            out.push(Alias { name, asname, loc });
        }
        Ok(out)
    }

    fn keywords(&mut self, v: Value, owner: &str) -> PyResult<Vec<Keyword>> {
        let mut out = Vec::new();
        for k in self.list(v, "keywords", owner)? {
            let k = k.value();
            if ast_class(k) != Some("keyword") {
                return Err(self.expected("keyword", k));
            }
            let arg = self.opt_ident(k, "arg")?;
            if let Some(a) = &arg {
                forbidden_name(a)?;
            }
            let value = self.expr_field(k, "value", "keyword", ExprContext::Load)?;
            let loc = self.loc(k, "keyword")?;
            out.push(Keyword { arg, value, loc });
        }
        Ok(out)
    }

    fn arguments_field(&mut self, v: Value, field: &str, owner: &str) -> PyResult<Arguments> {
        let a = self.required(v, field, owner)?;
        self.arguments(a.value())
    }

    fn arguments(&mut self, a: Value) -> PyResult<Arguments> {
        if ast_class(a) != Some("arguments") {
            return Err(self.expected("arguments", a));
        }
        let o = "arguments";
        let posonlyargs = self.args(a, "posonlyargs")?;
        let args = self.args(a, "args")?;
        let vararg = self.optional(a, "vararg")?.map(|x| self.arg(x.value()).map(Box::new)).transpose()?;
        let kwonlyargs = self.args(a, "kwonlyargs")?;
        let mut kw_defaults = Vec::new();
        for d in self.list(a, "kw_defaults", o)? {
            kw_defaults.push(if d.value() == singletons::none() { None } else { Some(self.expr(d.value(), ExprContext::Load)?) });
        }
        let kwarg = self.optional(a, "kwarg")?.map(|x| self.arg(x.value()).map(Box::new)).transpose()?;
        let defaults = self.exprs(a, "defaults", o, ExprContext::Load)?;
        if defaults.len() > posonlyargs.len() + args.len() {
            return Err(value_error("more positional defaults than args on arguments"));
        }
        if kw_defaults.len() != kwonlyargs.len() {
            return Err(value_error("length of kwonlyargs is not the same as kw_defaults on arguments"));
        }
        Ok(Arguments { posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults })
    }

    fn args(&mut self, a: Value, field: &str) -> PyResult<Vec<Arg>> {
        self.list(a, field, "arguments")?.iter().map(|x| self.arg(x.value())).collect()
    }

    fn arg(&mut self, x: Value) -> PyResult<Arg> {
        if ast_class(x) != Some("arg") {
            return Err(self.expected("arg", x));
        }
        let arg = self.ident(x, "arg", "arg")?;
        forbidden_name(&arg)?;
        let annotation = self.opt_expr(x, "annotation", ExprContext::Load)?;
        let type_comment = self.opt_string(x, "type_comment")?;
        let loc = self.loc(x, "arg")?;
        Ok(Arg { arg, annotation, type_comment, loc })
    }

    fn operator(&self, v: Value, owner: &str) -> PyResult<Operator> {
        let o = self.required(v, "op", owner)?;
        Ok(match ast_class(o.value()) {
            Some("Add") => Operator::Add,
            Some("Sub") => Operator::Sub,
            Some("Mult") => Operator::Mult,
            Some("MatMult") => Operator::MatMult,
            Some("Div") => Operator::Div,
            Some("Mod") => Operator::Mod,
            Some("Pow") => Operator::Pow,
            Some("LShift") => Operator::LShift,
            Some("RShift") => Operator::RShift,
            Some("BitOr") => Operator::BitOr,
            Some("BitXor") => Operator::BitXor,
            Some("BitAnd") => Operator::BitAnd,
            Some("FloorDiv") => Operator::FloorDiv,
            _ => return Err(self.expected("operator", o.value())),
        })
    }

    // ---- expressions ----

    fn exprs(&mut self, v: Value, field: &str, owner: &str, ctx: ExprContext) -> PyResult<Vec<Expr>> {
        self.list(v, field, owner)?.iter().map(|e| self.expr(e.value(), ctx)).collect()
    }

    fn expr_field(&mut self, v: Value, field: &str, owner: &str, ctx: ExprContext) -> PyResult<Expr> {
        let e = self.required(v, field, owner)?;
        self.expr(e.value(), ctx)
    }

    fn opt_expr(&mut self, v: Value, field: &str, ctx: ExprContext) -> PyResult<Option<Box<Expr>>> {
        match self.optional(v, field)? {
            Some(e) => Ok(Some(Box::new(self.expr(e.value(), ctx)?))),
            None => Ok(None),
        }
    }

    fn bexpr(&mut self, v: Value, field: &str, owner: &str) -> PyResult<Box<Expr>> {
        Ok(Box::new(self.expr_field(v, field, owner, ExprContext::Load)?))
    }

    fn expr(&mut self, v: Value, ctx: ExprContext) -> PyResult<Expr> {
        self.enter()?;
        let r = self.expr_inner(v, ctx);
        self.depth -= 1;
        r
    }

    /// The `ctx` field of a node that has one, which must be the context its position
    /// requires.
    fn ctx(&self, v: Value, owner: &str, want: ExprContext) -> PyResult<ExprContext> {
        let o = self.required(v, "ctx", owner)?;
        let actual = match ast_class(o.value()) {
            Some("Load") => ExprContext::Load,
            Some("Store") => ExprContext::Store,
            Some("Del") => ExprContext::Del,
            _ => return Err(self.expected("expr_context", o.value())),
        };
        if actual != want {
            return Err(value_error(format!(
                "expression must have {} context but has {} instead",
                ctx_name(want),
                ctx_name(actual)
            )));
        }
        Ok(actual)
    }

    fn expr_inner(&mut self, v: Value, want: ExprContext) -> PyResult<Expr> {
        use ExprContext::Load;
        // CPython reads the position first: a non-node is "missing lineno".
        let loc = self.checked_loc(v, "expr")?;
        let Some(class) = ast_class(v).filter(|c| is_expr(c)) else {
            return Err(self.expected("expr", v));
        };
        let has_ctx = matches!(class, "Attribute" | "Subscript" | "Starred" | "Name" | "List" | "Tuple");
        if !has_ctx && want != Load {
            return Err(value_error(format!("expression which can't be assigned to in {} context", ctx_name(want))));
        }
        let kind = match class {
            "BoolOp" => {
                let o = self.required(v, "op", class)?;
                let op = match ast_class(o.value()) {
                    Some("And") => BoolOp::And,
                    Some("Or") => BoolOp::Or,
                    _ => return Err(self.expected("boolop", o.value())),
                };
                let values = self.exprs(v, "values", class, Load)?;
                if values.len() < 2 {
                    return Err(value_error("BoolOp with less than 2 values"));
                }
                ExprKind::BoolOp { op, values }
            }
            "NamedExpr" => {
                let target = self.expr_field(v, "target", class, ExprContext::Store)?;
                if !matches!(target.kind, ExprKind::Name { .. }) {
                    return Err(type_error("NamedExpr target must be a Name"));
                }
                ExprKind::NamedExpr { target: Box::new(target), value: self.bexpr(v, "value", class)? }
            }
            "BinOp" => {
                let left = self.bexpr(v, "left", class)?;
                let op = self.operator(v, class)?;
                ExprKind::BinOp { left, op, right: self.bexpr(v, "right", class)? }
            }
            "UnaryOp" => {
                let o = self.required(v, "op", class)?;
                let op = match ast_class(o.value()) {
                    Some("Invert") => UnaryOp::Invert,
                    Some("Not") => UnaryOp::Not,
                    Some("UAdd") => UnaryOp::UAdd,
                    Some("USub") => UnaryOp::USub,
                    _ => return Err(self.expected("unaryop", o.value())),
                };
                ExprKind::UnaryOp { op, operand: self.bexpr(v, "operand", class)? }
            }
            "Lambda" => {
                let args = Box::new(self.arguments_field(v, "args", class)?);
                ExprKind::Lambda { args, body: self.bexpr(v, "body", class)? }
            }
            "IfExp" => ExprKind::IfExp {
                test: self.bexpr(v, "test", class)?,
                body: self.bexpr(v, "body", class)?,
                orelse: self.bexpr(v, "orelse", class)?,
            },
            "Dict" => {
                let mut keys = Vec::new();
                for k in self.list(v, "keys", class)? {
                    keys.push(if k.value() == singletons::none() { None } else { Some(self.expr(k.value(), Load)?) });
                }
                let values = self.exprs(v, "values", class, Load)?;
                if keys.len() != values.len() {
                    return Err(value_error("Dict doesn't have the same number of keys as values"));
                }
                ExprKind::Dict { keys, values }
            }
            "Set" => ExprKind::Set { elts: self.exprs(v, "elts", class, Load)? },
            "ListComp" | "SetComp" | "GeneratorExp" => {
                let elt = self.bexpr(v, "elt", class)?;
                let generators = self.comprehensions(v, class)?;
                match class {
                    "ListComp" => ExprKind::ListComp { elt, generators },
                    "SetComp" => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            "DictComp" => {
                let key = self.bexpr(v, "key", class)?;
                let value = self.bexpr(v, "value", class)?;
                ExprKind::DictComp { key, value, generators: self.comprehensions(v, class)? }
            }
            "Await" => ExprKind::Await { value: self.bexpr(v, "value", class)? },
            "Yield" => ExprKind::Yield { value: self.opt_expr(v, "value", Load)? },
            "YieldFrom" => ExprKind::YieldFrom { value: self.bexpr(v, "value", class)? },
            "Compare" => {
                let left = self.bexpr(v, "left", class)?;
                let mut ops = Vec::new();
                for o in self.list(v, "ops", class)? {
                    ops.push(match ast_class(o.value()) {
                        Some("Eq") => CmpOp::Eq,
                        Some("NotEq") => CmpOp::NotEq,
                        Some("Lt") => CmpOp::Lt,
                        Some("LtE") => CmpOp::LtE,
                        Some("Gt") => CmpOp::Gt,
                        Some("GtE") => CmpOp::GtE,
                        Some("Is") => CmpOp::Is,
                        Some("IsNot") => CmpOp::IsNot,
                        Some("In") => CmpOp::In,
                        Some("NotIn") => CmpOp::NotIn,
                        _ => return Err(self.expected("cmpop", o.value())),
                    });
                }
                let comparators = self.exprs(v, "comparators", class, Load)?;
                if comparators.is_empty() {
                    return Err(value_error("Compare with no comparators"));
                }
                if comparators.len() != ops.len() {
                    return Err(value_error("Compare has a different number of comparators and operands"));
                }
                ExprKind::Compare { left, ops, comparators }
            }
            "Call" => {
                let func = self.bexpr(v, "func", class)?;
                let args = self.exprs(v, "args", class, Load)?;
                ExprKind::Call { func, args, keywords: self.keywords(v, class)? }
            }
            "FormattedValue" => {
                let value = self.bexpr(v, "value", class)?;
                let conversion = self.int(v, "conversion", class)?;
                if ![-1, 's' as i64, 'r' as i64, 'a' as i64].contains(&conversion) {
                    return Err(taipan_runtime::errors::system_error("Unrecognized conversion character"));
                }
                let format_spec = self.opt_expr(v, "format_spec", Load)?;
                ExprKind::FormattedValue { value, conversion: conversion as i32, format_spec }
            }
            "JoinedStr" => ExprKind::JoinedStr { values: self.exprs(v, "values", class, Load)? },
            "Constant" => {
                let value = self.get(v, "value", class)?;
                let value = constant(value.value())?;
                let kind_u = match self.optional(v, "kind")? {
                    Some(k) => self.string_value(k.value())? == "u",
                    None => false,
                };
                ExprKind::Constant { value, kind_u }
            }
            "Attribute" => {
                let value = self.bexpr(v, "value", class)?;
                let attr = self.ident(v, "attr", class)?;
                ExprKind::Attribute { value, attr, ctx: self.ctx(v, class, want)? }
            }
            "Subscript" => {
                let value = self.bexpr(v, "value", class)?;
                let slice = self.bexpr(v, "slice", class)?;
                ExprKind::Subscript { value, slice, ctx: self.ctx(v, class, want)? }
            }
            "Starred" => {
                let ctx = self.ctx(v, class, want)?;
                ExprKind::Starred { value: Box::new(self.expr_field(v, "value", class, want)?), ctx }
            }
            "Name" => {
                let id = self.ident(v, "id", class)?;
                forbidden_name(&id)?;
                ExprKind::Name { id, ctx: self.ctx(v, class, want)? }
            }
            "List" | "Tuple" => {
                let ctx = self.ctx(v, class, want)?;
                let elts = self.exprs(v, "elts", class, want)?;
                if class == "List" {
                    ExprKind::List { elts, ctx }
                } else {
                    ExprKind::Tuple { elts, ctx }
                }
            }
            _ => ExprKind::Slice {
                lower: self.opt_expr(v, "lower", Load)?,
                upper: self.opt_expr(v, "upper", Load)?,
                step: self.opt_expr(v, "step", Load)?,
            },
        };
        Ok(Expr { kind, loc })
    }

    fn comprehensions(&mut self, v: Value, owner: &str) -> PyResult<Vec<Comprehension>> {
        let mut out = Vec::new();
        for c in self.list(v, "generators", owner)? {
            let c = c.value();
            if ast_class(c) != Some("comprehension") {
                return Err(self.expected("comprehension", c));
            }
            let target = self.expr_field(c, "target", "comprehension", ExprContext::Store)?;
            let iter = self.expr_field(c, "iter", "comprehension", ExprContext::Load)?;
            let ifs = self.exprs(c, "ifs", "comprehension", ExprContext::Load)?;
            let is_async = self.int(c, "is_async", "comprehension")? != 0;
            out.push(Comprehension { target, iter, ifs, is_async });
        }
        if out.is_empty() {
            return Err(value_error("comprehension with no generators"));
        }
        Ok(out)
    }

    // ---- patterns ----

    fn patterns(&mut self, v: Value, field: &str, owner: &str) -> PyResult<Vec<Pattern>> {
        self.list(v, field, owner)?.iter().map(|p| self.pattern(p.value())).collect()
    }

    fn pattern(&mut self, v: Value) -> PyResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner(v);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, v: Value) -> PyResult<Pattern> {
        // CPython reads the position first: a non-node is "missing lineno".
        let loc = self.checked_loc(v, "pattern")?;
        let Some(class) = ast_class(v).filter(|c| c.starts_with("Match") && *c != "Match") else {
            return Err(self.expected("pattern", v));
        };
        let kind = match class {
            "MatchValue" => {
                let value = self.expr_field(v, "value", class, ExprContext::Load)?;
                let ok = match &value.kind {
                    ExprKind::Constant { value: c, .. } => !matches!(c, Constant::None | Constant::Bool(_)),
                    ExprKind::Attribute { .. } | ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => true,
                    _ => false,
                };
                if !ok {
                    return Err(value_error("patterns may only match literals and attribute lookups"));
                }
                PatternKind::MatchValue { value: Box::new(value) }
            }
            "MatchSingleton" => {
                let value = constant(self.get(v, "value", class)?.value())?;
                if !matches!(value, Constant::None | Constant::Bool(_)) {
                    return Err(value_error("MatchSingleton can only contain True, False and None"));
                }
                PatternKind::MatchSingleton { value }
            }
            "MatchSequence" => {
                PatternKind::MatchSequence { patterns: self.patterns(v, "patterns", class)? }
            }
            "MatchMapping" => {
                let keys = self.exprs(v, "keys", class, ExprContext::Load)?;
                let patterns = self.patterns(v, "patterns", class)?;
                if keys.len() != patterns.len() {
                    return Err(value_error("MatchMapping doesn't have the same number of keys as patterns"));
                }
                let rest = self.opt_ident(v, "rest")?;
                if let Some(r) = &rest {
                    capture_name(r)?;
                }
                PatternKind::MatchMapping { keys, patterns, rest }
            }
            "MatchClass" => {
                let cls = self.expr_field(v, "cls", class, ExprContext::Load)?;
                let mut c = &cls;
                while let ExprKind::Attribute { value, .. } = &c.kind {
                    c = value;
                }
                if !matches!(c.kind, ExprKind::Name { .. }) {
                    return Err(value_error("MatchClass cls field can only contain Name or Attribute nodes."));
                }
                let patterns = self.patterns(v, "patterns", class)?;
                let mut kwd_attrs = Vec::new();
                for a in self.list(v, "kwd_attrs", class)? {
                    kwd_attrs.push(self.ident_value(a.value())?);
                }
                let kwd_patterns = self.patterns(v, "kwd_patterns", class)?;
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(value_error("MatchClass doesn't have the same number of keyword attributes as patterns"));
                }
                PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }
            }
            "MatchStar" => {
                let name = self.opt_ident(v, "name")?;
                if let Some(n) = &name {
                    capture_name(n)?;
                }
                PatternKind::MatchStar { name }
            }
            "MatchAs" => {
                let name = self.opt_ident(v, "name")?;
                if let Some(n) = &name {
                    capture_name(n)?;
                }
                let pattern = match self.optional(v, "pattern")? {
                    Some(p) => Some(Box::new(self.pattern(p.value())?)),
                    None => None,
                };
                if pattern.is_some() && name.is_none() {
                    return Err(value_error("MatchAs must specify a target name if a pattern is given"));
                }
                PatternKind::MatchAs { pattern, name }
            }
            _ => {
                let patterns = self.patterns(v, "patterns", class)?;
                if patterns.len() < 2 {
                    return Err(value_error("MatchOr requires at least 2 patterns"));
                }
                PatternKind::MatchOr { patterns }
            }
        };
        Ok(Pattern { kind, loc })
    }
}

fn clamp(i: i64) -> u32 {
    i.clamp(0, u32::MAX as i64) as u32
}

fn to_loc([lineno, col, end_lineno, end_col]: [i64; 4]) -> Loc {
    Loc { lineno: clamp(lineno), col: clamp(col), end_lineno: clamp(end_lineno), end_col: clamp(end_col) }
}

/// CPython refuses these as identifiers in a tree: they are keywords with a value.
fn forbidden_name(name: &str) -> PyResult<()> {
    if matches!(name, "None" | "True" | "False") {
        return Err(value_error(format!("identifier field can't represent '{name}' constant")));
    }
    Ok(())
}

fn capture_name(name: &str) -> PyResult<()> {
    if name == "_" {
        return Err(value_error("can't capture name '_' in patterns"));
    }
    forbidden_name(name)
}

fn is_stmt(class: &str) -> bool {
    matches!(
        class,
        "FunctionDef"
            | "AsyncFunctionDef"
            | "ClassDef"
            | "Return"
            | "Delete"
            | "Assign"
            | "AugAssign"
            | "AnnAssign"
            | "For"
            | "AsyncFor"
            | "While"
            | "If"
            | "With"
            | "AsyncWith"
            | "Match"
            | "Raise"
            | "Try"
            | "TryStar"
            | "Assert"
            | "Import"
            | "ImportFrom"
            | "Global"
            | "Nonlocal"
            | "Expr"
            | "Pass"
            | "Break"
            | "Continue"
    )
}

fn is_expr(class: &str) -> bool {
    matches!(
        class,
        "BoolOp"
            | "NamedExpr"
            | "BinOp"
            | "UnaryOp"
            | "Lambda"
            | "IfExp"
            | "Dict"
            | "Set"
            | "ListComp"
            | "SetComp"
            | "DictComp"
            | "GeneratorExp"
            | "Await"
            | "Yield"
            | "YieldFrom"
            | "Compare"
            | "Call"
            | "FormattedValue"
            | "JoinedStr"
            | "Constant"
            | "Attribute"
            | "Subscript"
            | "Starred"
            | "Name"
            | "List"
            | "Tuple"
            | "Slice"
    )
}

/// A `Constant.value`: the immutable literal kinds, tuples and frozensets of them.
fn constant(v: Value) -> PyResult<Constant> {
    let t = type_of(v);
    if v == singletons::none() {
        return Ok(Constant::None);
    }
    if v == singletons::ellipsis() {
        return Ok(Constant::Ellipsis);
    }
    if v == taipan_runtime::objects::bool_::true_value() || v == taipan_runtime::objects::bool_::false_value() {
        return Ok(Constant::Bool(v == taipan_runtime::objects::bool_::true_value()));
    }
    if int::is_int(v) {
        return Ok(match int::as_i64(v) {
            Some(i) => Constant::Int(i),
            None => Constant::BigInt(Box::new(BigInt::clone(&int::to_big(v)))),
        });
    }
    if float::is_float(v) {
        return Ok(Constant::Float(float::as_f64(v)));
    }
    if complex::is_complex(v) {
        let (real, imag) = complex::parts(v);
        return Ok(Constant::Complex { real, imag });
    }
    if pystr::is_str(v) {
        return Ok(Constant::Str(pystr::as_bytes(v).into()));
    }
    if bytes::is_bytes(v) {
        return Ok(Constant::Bytes(bytes::data(v).into()));
    }
    if tuple::is_tuple(v) {
        return Ok(Constant::Tuple(tuple::items(v).iter().map(|&x| constant(x)).collect::<PyResult<_>>()?));
    }
    if set::is_frozenset(v) {
        return Ok(Constant::FrozenSet(set::items_owned(v).iter().map(|x| constant(x.value())).collect::<PyResult<_>>()?));
    }
    Err(type_error(format!("got an invalid type in Constant: {}", t.name())))
}
