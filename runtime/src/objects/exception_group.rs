//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction rules, `split`,
//! `subgroup`, `derive`, and the two helpers behind `except*` (CPython's
//! `exception_group_match` and `_PyExc_PrepReraiseStar`).

use crate::errors::{type_error, PyErr, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, Obj, TypeObject, Value};
use crate::objects::exceptions::{self, fields};
use crate::objects::{args, list, pytype, singletons, str as pystr, tuple};

/// True for exception groups.
pub fn is_group(v: Value) -> bool {
    v.is_ptr() && type_of(v).is_subtype(exceptions::base_exception_group())
}

fn message(v: Value) -> Value {
    exceptions::attr(v, "message").unwrap_or_else(|| pystr::empty())
}

/// The `exceptions` tuple (borrowed).
pub fn excs(v: Value) -> Value {
    exceptions::attr(v, "exceptions").unwrap_or_else(tuple::empty)
}

/// Hooks the group behaviour into a class being created (`BaseExceptionGroup`,
/// `ExceptionGroup`); the latter also gets its second base.
pub fn install_slots(t: &'static TypeObject) {
    t.slots.new.set(Some(eg_new));
    t.slots.init.set(Some(eg_init));
    t.slots.str.set(Some(eg_str));
}

/// The rest of the group behaviour, once the class is ready.
pub fn install(t: &'static TypeObject) {
    if t.name() == "ExceptionGroup" {
        // class ExceptionGroup(BaseExceptionGroup, Exception)
        let beg = exceptions::base_exception_group();
        let exc = exceptions::exception();
        let bases = tuple::from_slice(&[beg.as_value(), exc.as_value()]);
        crate::object::decref(t.bases.replace(bases.into_raw()));
        let mut mro = vec![t.as_value(), beg.as_value()];
        mro.extend(tuple::items(exc.mro.get()).iter().copied());
        crate::object::decref(t.mro.replace(tuple::from_slice(&mro).into_raw()));
    } else {
        pytype::add_methods(
            t,
            crate::methods!["derive" => m_derive; "split" => m_split; "subgroup" => m_subgroup; "__class_getitem__" => m_class_getitem, class],
        );
        pytype::add_getsets(
            t,
            &[
                crate::objects::descr::GetSetDef { name: "message", get: get_message, set: None },
                crate::objects::descr::GetSetDef { name: "exceptions", get: get_exceptions, set: None },
            ],
        );
    }
}

fn eg_new(t: &TypeObject, a: &[Value], kw: Value) -> PyResult<Obj> {
    let cls_name = t.name().to_string();
    args::no_kwargs(&cls_name, kw)?;
    if a.len() != 2 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", a.len())));
    }
    let (msg, seq) = (a[0], a[1]);
    if !pystr::is_str(msg) {
        return Err(type_error(format!("argument 1 must be str, not {}", type_of(msg).name())));
    }
    let st = type_of(seq);
    let is_seq = tuple::is_tuple(seq) || list::is_list(seq) || (st.slots.getitem.get().is_some() && st.slots.len.get().is_some() && !crate::objects::dict::is_dict(seq));
    if !is_seq {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = crate::objects::iter::collect(seq)?;
    if items.is_empty() {
        return Err(crate::errors::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exception = true;
    for (i, e) in items.iter().enumerate() {
        if !exceptions::is_exception(e.value()) {
            return Err(crate::errors::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exception &= type_of(e.value()).is_subtype(exceptions::exception());
    }
    let beg = exceptions::base_exception_group();
    let eg = exceptions::exception_group();
    let mut cls: &TypeObject = t;
    if std::ptr::eq(t, beg) {
        if all_exception {
            cls = eg;
        }
    } else if std::ptr::eq(t, eg) {
        if !all_exception {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exception && t.is_subtype(exceptions::exception()) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", t.name())));
    }
    let inst = exceptions::new_exception(cls, &[Obj::new_ref(msg), Obj::new_ref(seq)]);
    exceptions::set(inst.value(), "message", msg);
    let t = tuple::from_vec(items);
    exceptions::set(inst.value(), "exceptions", t.value());
    Ok(inst)
}

fn eg_init(_v: Value, _a: &[Value], _kw: Value) -> PyResult<()> {
    Ok(())
}

fn eg_str(v: Value) -> PyResult<Obj> {
    let n = tuple::len(excs(v));
    Ok(pystr::from_string(format!(
        "{} ({} sub-exception{})",
        pystr::as_str(message(v)),
        n,
        if n == 1 { "" } else { "s" }
    )))
}

fn get_message(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(message(v)))
}

fn get_exceptions(v: Value) -> PyResult<Obj> {
    Ok(Obj::new_ref(excs(v)))
}

fn m_derive(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("derive", a, kw, 1)?;
    call(exceptions::base_exception_group().as_value(), &[message(v), a[0]], Value::NULL)
}

fn m_class_getitem(cls: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    crate::objects::generic_alias::class_getitem(cls, a, kw)
}

/// How `split`/`subgroup` decide that a leaf matches.
enum Matcher {
    /// An exception class or tuple of classes.
    Type(Value),
    /// A predicate called with each exception.
    Predicate(Value),
    /// Identity with one of these leaves (for `except*` re-raise bookkeeping).
    Ids(Vec<Value>),
}

impl Matcher {
    fn from_condition(cond: Value) -> PyResult<Matcher> {
        let is_exc_class = |c: Value| pytype::is_type(c) && pytype::as_type(c).is_subtype(exceptions::base_exception());
        if is_exc_class(cond) || (tuple::is_tuple(cond) && tuple::items(cond).iter().all(|&c| is_exc_class(c))) {
            return Ok(Matcher::Type(cond));
        }
        if protocol::is_callable(cond) && !pytype::is_type(cond) {
            return Ok(Matcher::Predicate(cond));
        }
        Err(type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, e: Value) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => protocol::isinstance(e, *t),
            Matcher::Predicate(f) => {
                let r = call(*f, &[e], Value::NULL)?;
                protocol::is_true(r.value())
            }
            Matcher::Ids(ids) => Ok(ids.contains(&e)),
        }
    }
}

/// A group like `orig` holding `parts` (None when `parts` is empty), with its metadata.
fn subset(orig: Value, parts: Vec<Obj>) -> PyResult<Option<Obj>> {
    if parts.is_empty() {
        return Ok(None);
    }
    let derive = protocol::getattr_str(orig, "derive")?;
    let l = list::new(parts);
    let eg = call(derive.value(), &[l.value()], Value::NULL)?;
    if !is_group(eg.value()) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let of = fields(orig);
    let nf = fields(eg.value());
    let tb = of.traceback.get();
    crate::object::incref(tb);
    crate::object::decref(nf.traceback.replace(tb));
    exceptions::set_context_raw(eg.value(), of.context.get());
    exceptions::set_cause_raw(eg.value(), of.cause.get());
    if let Some(notes) = exceptions::notes(orig) {
        if list::is_list(notes) || tuple::is_tuple(notes) {
            let copy = list::new(crate::objects::iter::collect(notes)?);
            exceptions::set(eg.value(), "__notes__", copy.value());
        }
    }
    Ok(Some(eg))
}

/// `(match, rest)` of `e` under `m`; `rest` only when `with_rest`.
fn split_recursive(e: Value, m: &Matcher, with_rest: bool) -> PyResult<(Option<Obj>, Option<Obj>)> {
    if m.matches(e)? {
        return Ok((Some(Obj::new_ref(e)), None));
    }
    if !is_group(e) {
        return Ok((None, if with_rest { Some(Obj::new_ref(e)) } else { None }));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for &x in tuple::items(excs(e)) {
        let (a, b) = split_recursive(x, m, with_rest)?;
        if let Some(a) = a {
            matched.push(a);
        }
        if let Some(b) = b {
            rest.push(b);
        }
    }
    let m = subset(e, matched)?;
    let r = if with_rest { subset(e, rest)? } else { None };
    Ok((m, r))
}

fn or_none(o: Option<Obj>) -> Obj {
    o.unwrap_or_else(singletons::none_obj)
}

fn m_split(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("split", a, kw, 1)?;
    let m = Matcher::from_condition(a[0])?;
    let (x, y) = split_recursive(v, &m, true)?;
    Ok(tuple::pair(or_none(x), or_none(y)))
}

fn m_subgroup(v: Value, a: &[Value], kw: Value) -> PyResult<Obj> {
    args::exact("subgroup", a, kw, 1)?;
    let m = Matcher::from_condition(a[0])?;
    let (x, _) = split_recursive(v, &m, false)?;
    Ok(or_none(x))
}

/// A new `ExceptionGroup(msg, excs)` (or BaseExceptionGroup, as the contents require).
fn create_group(msg: &str, items: Vec<Obj>) -> PyResult<Obj> {
    let l = list::new(items);
    call(exceptions::base_exception_group().as_value(), &[pystr::new(msg).value(), l.value()], Value::NULL)
}

/// `CHECK_EG_MATCH`'s core: `(rest, match)` of `exc` against `cls`; `match` is None when
/// nothing matches (then `rest` is `exc` itself).
pub fn split_for_except_star(exc: Value, cls: Value) -> PyResult<(Obj, Obj)> {
    if !super::exceptions::is_exception(exc) {
        return Err(crate::errors::system_error("CHECK_EG_MATCH of a non-exception"));
    }
    if protocol::isinstance(exc, cls)? {
        let matched = if is_group(exc) {
            Obj::new_ref(exc)
        } else {
            // A naked exception is wrapped in a group carrying its traceback.
            let g = create_group("", vec![Obj::new_ref(exc)])?;
            let tb = fields(exc).traceback.get();
            crate::object::incref(tb);
            crate::object::decref(fields(g.value()).traceback.replace(tb));
            g
        };
        return Ok((singletons::none_obj(), matched));
    }
    if is_group(exc) {
        let m = Matcher::Type(cls);
        let (x, y) = split_recursive(exc, &m, true)?;
        return Ok((or_none(y), or_none(x)));
    }
    Ok((Obj::new_ref(exc), singletons::none_obj()))
}

fn leaves(e: Value, out: &mut Vec<Value>) {
    if is_group(e) {
        for &x in tuple::items(excs(e)) {
            leaves(x, out);
        }
    } else {
        out.push(e);
    }
}

fn same_metadata(a: Value, b: Value) -> bool {
    let (fa, fb) = (fields(a), fields(b));
    exceptions::notes(a) == exceptions::notes(b)
        && fa.traceback.get() == fb.traceback.get()
        && fa.cause.get() == fb.cause.get()
        && fa.context.get() == fb.context.get()
}

/// `PREP_RERAISE_STAR`: the exception to re-raise after the `except*` clauses ran, given
/// the original exception and what each clause raised or re-raised (None if nothing).
pub fn prep_reraise_star(orig: Value, excs_list: Value) -> PyResult<Obj> {
    // The compiler's except* code always passes these; bytecode from a file is checked.
    let is_exc_or_none = |v: Value| v == singletons::none() || super::exceptions::is_exception(v);
    if !list::is_list(excs_list) || !is_exc_or_none(orig) || !list::items(excs_list).iter().all(|&v| is_exc_or_none(v)) {
        return Err(crate::errors::system_error("PREP_RERAISE_STAR with bad operands"));
    }
    let items = list::snapshot_owned(excs_list);
    if items.is_empty() {
        return Ok(singletons::none_obj());
    }
    if !is_group(orig) {
        // A naked exception was wrapped: at most one clause ran.
        return Ok(items[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in items {
        if e.value() == singletons::none() {
            continue;
        }
        if same_metadata(e.value(), orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    // The re-raised leaves, in the original group's shape.
    let mut ids = Vec::new();
    for e in &reraised {
        leaves(e.value(), &mut ids);
    }
    let reraised_eg = if ids.is_empty() { None } else { split_recursive(orig, &Matcher::Ids(ids), false)?.0 };
    if raised.is_empty() {
        return Ok(or_none(reraised_eg));
    }
    if let Some(r) = reraised_eg {
        raised.push(r);
    }
    if raised.len() > 1 {
        return create_group("", raised);
    }
    Ok(raised.pop().expect("one raised exception"))
}

/// `PyErr` for a group, used by tests and callers building groups from Rust.
pub fn new_group_error(msg: &str, items: Vec<Obj>) -> PyResult<PyErr> {
    Ok(PyErr::from_instance(create_group(msg, items)?))
}
