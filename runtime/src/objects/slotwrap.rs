//! The bridge between slots and dunder methods, both ways:
//!
//! - Builtin types expose their slots as dunder methods (`int.__add__`, `object.__init__`)
//!   through slot wrappers added at start-up; [`call_slot`] runs them.
//! - Classes with Python-level dunders get dispatcher functions in their slots
//!   (`slot_*` below, CPython's `slot_tp_*`/`SLOT1BINFULL`), chosen by [`fixup_slots`] from
//!   what the MRO provides — a native wrapper found in the MRO means "use that type's
//!   native slot directly", anything else means "dispatch to the Python method".

use crate::errors::{type_error, value_error, PyResult};
use crate::interp::call::call;
use crate::object::{protocol, type_of, BinOp, CompareOp, Obj, TypeObject, Value, N_BINOPS};
use crate::objects::descr::{new_slot_wrapper, SlotId, WRAPPER_DESCR_TYPE};
use crate::objects::pytype::{self, type_lookup};
use crate::objects::singletons::{is_not_implemented, none, not_implemented};
use crate::objects::{bool_, dict, function, int, str as pystr, tuple};

/// Dunder names and the slots they feed.
const SLOT_NAMES: &[(&str, SlotId)] = &[
    ("__repr__", SlotId::Repr),
    ("__str__", SlotId::Str),
    ("__hash__", SlotId::Hash),
    ("__lt__", SlotId::Compare(CompareOp::Lt)),
    ("__le__", SlotId::Compare(CompareOp::Le)),
    ("__eq__", SlotId::Compare(CompareOp::Eq)),
    ("__ne__", SlotId::Compare(CompareOp::Ne)),
    ("__gt__", SlotId::Compare(CompareOp::Gt)),
    ("__ge__", SlotId::Compare(CompareOp::Ge)),
    ("__getattribute__", SlotId::GetAttribute),
    ("__getattr__", SlotId::GetAttribute),
    ("__setattr__", SlotId::SetAttr),
    ("__delattr__", SlotId::DelAttr),
    ("__init__", SlotId::Init),
    ("__call__", SlotId::Call),
    ("__iter__", SlotId::Iter),
    ("__next__", SlotId::Next),
    ("__len__", SlotId::Len),
    ("__getitem__", SlotId::GetItem),
    ("__setitem__", SlotId::SetItem),
    ("__delitem__", SlotId::DelItem),
    ("__contains__", SlotId::Contains),
    ("__bool__", SlotId::Bool),
    ("__neg__", SlotId::Neg),
    ("__pos__", SlotId::Pos),
    ("__abs__", SlotId::Abs),
    ("__invert__", SlotId::Invert),
    ("__int__", SlotId::Int),
    ("__float__", SlotId::Float),
    ("__index__", SlotId::Index),
    ("__get__", SlotId::Get),
    ("__set__", SlotId::Set),
    ("__delete__", SlotId::Delete),
];

fn binop_slot_names() -> impl Iterator<Item = (&'static str, SlotId)> {
    BinOp::ALL.iter().flat_map(|&op| {
        let (a, r, i) = op.dunders();
        [(a, SlotId::Binary(op)), (r, SlotId::ReflectedBinary(op)), (i, SlotId::Inplace(op))]
    })
}

/// Adds slot wrappers for the slots a builtin type defines itself (start-up).
pub fn add_slot_wrappers(t: &'static TypeObject) {
    let d = t.dict.get();
    let base = t.base();
    let has = |s: SlotId, ty: &TypeObject| -> Option<usize> { slot_fn_addr(ty, s) };
    for (name, slot) in SLOT_NAMES.iter().copied().chain(binop_slot_names()) {
        if name == "__getattr__" || name == "__delete__" {
            continue;
        }
        let Some(addr) = has(slot, t) else { continue };
        if let Some(b) = base {
            if has(slot, b) == Some(addr) {
                continue; // inherited: the base's wrapper is found through the MRO
            }
        }
        let key = pystr::intern(name);
        if dict::get_str(d, key).is_some() {
            continue;
        }
        let w = new_slot_wrapper(t, slot, name, Obj::immediate(Value::NULL));
        dict::set_str(d, key, w.value());
    }
    if t.slots.new.get().is_some() && dict::get_str(d, crate::interned!("__new__")).is_none() {
        let inherited = base.and_then(|b| b.slots.new.get()).map(|f| f as usize) == t.slots.new.get().map(|f| f as usize);
        if !inherited {
            let f = crate::objects::descr::new_builtin(&TP_NEW_DEF, Obj::new_ref(t.as_value()));
            dict::set_str(d, crate::interned!("__new__"), f.value());
        }
    }
}

/// The address of the function in slot `s` (to tell inherited slots apart).
fn slot_fn_addr(t: &TypeObject, s: SlotId) -> Option<usize> {
    let sl = &t.slots;
    match s {
        SlotId::Repr => sl.repr.get().map(|f| f as usize),
        SlotId::Str => sl.str.get().map(|f| f as usize),
        SlotId::Hash => sl.hash.get().map(|f| f as usize),
        SlotId::Compare(_) => sl.richcompare.get().map(|f| f as usize),
        SlotId::GetAttribute => sl.getattr.get().map(|f| f as usize),
        SlotId::SetAttr | SlotId::DelAttr => sl.setattr.get().map(|f| f as usize),
        SlotId::Init => sl.init.get().map(|f| f as usize),
        SlotId::Call => sl.call.get().map(|f| f as usize),
        SlotId::Iter => sl.iter.get().map(|f| f as usize),
        SlotId::Next => sl.next.get().map(|f| f as usize),
        SlotId::Len => sl.len.get().map(|f| f as usize),
        SlotId::GetItem => sl.getitem.get().map(|f| f as usize),
        SlotId::SetItem | SlotId::DelItem => sl.setitem.get().map(|f| f as usize),
        SlotId::Contains => sl.contains.get().map(|f| f as usize),
        SlotId::Bool => sl.bool.get().map(|f| f as usize),
        SlotId::Binary(op) | SlotId::ReflectedBinary(op) => sl.binary[op as usize].get().map(|f| f as usize),
        SlotId::Inplace(op) => sl.inplace[op as usize].get().map(|f| f as usize),
        SlotId::Neg => sl.neg.get().map(|f| f as usize),
        SlotId::Pos => sl.pos.get().map(|f| f as usize),
        SlotId::Abs => sl.abs.get().map(|f| f as usize),
        SlotId::Invert => sl.invert.get().map(|f| f as usize),
        SlotId::Int => sl.int.get().map(|f| f as usize),
        SlotId::Float => sl.float.get().map(|f| f as usize),
        SlotId::Index => sl.index.get().map(|f| f as usize),
        SlotId::Get => sl.descr_get.get().map(|f| f as usize),
        SlotId::Set | SlotId::Delete => sl.descr_set.get().map(|f| f as usize),
    }
}

static TP_NEW_DEF: crate::objects::descr::MethodDef =
    crate::objects::descr::MethodDef { name: "__new__", func: tp_new_wrapper, kind: crate::objects::descr::MethodKind::Static, doc: "" };

/// `T.__new__(cls, *args)` for builtin types.
fn tp_new_wrapper(owner: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let owner = pytype::as_type(owner);
    let Some((&cls, rest)) = args.split_first() else {
        return Err(type_error(format!("{}.__new__(): not enough arguments", owner.name())));
    };
    if !pytype::is_type(cls) {
        return Err(type_error(format!("{}.__new__(X): X is not a type object ({})", owner.name(), type_of(cls).name())));
    }
    let c = pytype::as_type(cls);
    if !c.is_subtype(owner) {
        return Err(type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name(),
            c.name(),
            c.name(),
            owner.name()
        )));
    }
    let new = owner.slots.new.get().expect("wrapper exists only with a new slot");
    new(c, rest, kwnames)
}

fn arg(args: &[Value], i: usize, name: &str, n: usize) -> PyResult<Value> {
    if args.len() != n {
        return Err(type_error(format!("expected {} argument{}, got {}", n, if n == 1 { "" } else { "s" }, args.len())));
    }
    let _ = name;
    Ok(args[i])
}

/// Calls slot `slot` of `owner` on `this` (what a slot wrapper does).
pub fn call_slot(owner: &TypeObject, slot: SlotId, name: &str, this: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let sl = &owner.slots;
    let missing = || type_error(format!("'{}' object has no slot for {}", owner.name(), name));
    if !matches!(slot, SlotId::Init | SlotId::Call) {
        crate::objects::args::no_kwargs(name, kwnames)?;
    }
    match slot {
        SlotId::Repr => (sl.repr.get().ok_or_else(missing)?)(this),
        SlotId::Str => (sl.str.get().ok_or_else(missing)?)(this),
        SlotId::Hash => Ok(int::from_i64((sl.hash.get().ok_or_else(missing)?)(this)?)),
        SlotId::Compare(op) => (sl.richcompare.get().ok_or_else(missing)?)(this, arg(args, 0, name, 1)?, op),
        SlotId::GetAttribute => {
            let n = arg(args, 0, name, 1)?;
            if !pystr::is_str(n) {
                return Err(type_error(format!("attribute name must be string, not '{}'", type_of(n).name())));
            }
            let f = sl.getattr.get().unwrap_or(crate::objects::object::generic_getattr);
            match f(this, n)? {
                Some(v) => Ok(v),
                None => Err(protocol::no_attribute(this, n)),
            }
        }
        SlotId::SetAttr => {
            if args.len() != 2 {
                return Err(type_error(format!("expected 2 arguments, got {}", args.len())));
            }
            let f = sl.setattr.get().unwrap_or(crate::objects::object::generic_setattr);
            f(this, args[0], args[1])?;
            Ok(crate::objects::singletons::none_obj())
        }
        SlotId::DelAttr => {
            let f = sl.setattr.get().unwrap_or(crate::objects::object::generic_setattr);
            f(this, arg(args, 0, name, 1)?, Value::NULL)?;
            Ok(crate::objects::singletons::none_obj())
        }
        SlotId::Init => {
            (sl.init.get().ok_or_else(missing)?)(this, args, kwnames)?;
            Ok(crate::objects::singletons::none_obj())
        }
        SlotId::Call => (sl.call.get().ok_or_else(missing)?)(this, args, kwnames),
        SlotId::Iter => (sl.iter.get().ok_or_else(missing)?)(this),
        SlotId::Next => match (sl.next.get().ok_or_else(missing)?)(this)? {
            Some(v) => Ok(v),
            None => Err(crate::errors::stop_iteration(None)),
        },
        SlotId::Len => Ok(int::from_i64((sl.len.get().ok_or_else(missing)?)(this)? as i64)),
        SlotId::GetItem => (sl.getitem.get().ok_or_else(missing)?)(this, arg(args, 0, name, 1)?),
        SlotId::SetItem => {
            if args.len() != 2 {
                return Err(type_error(format!("expected 2 arguments, got {}", args.len())));
            }
            (sl.setitem.get().ok_or_else(missing)?)(this, args[0], args[1])?;
            Ok(crate::objects::singletons::none_obj())
        }
        SlotId::DelItem => {
            (sl.setitem.get().ok_or_else(missing)?)(this, arg(args, 0, name, 1)?, Value::NULL)?;
            Ok(crate::objects::singletons::none_obj())
        }
        SlotId::Contains => Ok(bool_::from_bool((sl.contains.get().ok_or_else(missing)?)(this, arg(args, 0, name, 1)?)?)),
        SlotId::Bool => Ok(bool_::from_bool((sl.bool.get().ok_or_else(missing)?)(this)?)),
        SlotId::Binary(op) => (sl.binary[op as usize].get().ok_or_else(missing)?)(this, arg(args, 0, name, 1)?),
        SlotId::ReflectedBinary(op) => (sl.binary[op as usize].get().ok_or_else(missing)?)(arg(args, 0, name, 1)?, this),
        SlotId::Inplace(op) => (sl.inplace[op as usize].get().ok_or_else(missing)?)(this, arg(args, 0, name, 1)?),
        SlotId::Neg => (sl.neg.get().ok_or_else(missing)?)(this),
        SlotId::Pos => (sl.pos.get().ok_or_else(missing)?)(this),
        SlotId::Abs => (sl.abs.get().ok_or_else(missing)?)(this),
        SlotId::Invert => (sl.invert.get().ok_or_else(missing)?)(this),
        SlotId::Int => (sl.int.get().ok_or_else(missing)?)(this),
        SlotId::Float => (sl.float.get().ok_or_else(missing)?)(this),
        SlotId::Index => (sl.index.get().ok_or_else(missing)?)(this),
        SlotId::Get => {
            if args.is_empty() || args.len() > 2 {
                return Err(type_error(format!("expected 1 or 2 arguments, got {}", args.len())));
            }
            let obj = if args[0] == none() { Value::NULL } else { args[0] };
            let ty = if args.len() > 1 && args[1] != none() { args[1] } else { Value::NULL };
            (sl.descr_get.get().ok_or_else(missing)?)(this, obj, ty)
        }
        SlotId::Set => {
            if args.len() != 2 {
                return Err(type_error(format!("expected 2 arguments, got {}", args.len())));
            }
            (sl.descr_set.get().ok_or_else(missing)?)(this, args[0], args[1])?;
            Ok(crate::objects::singletons::none_obj())
        }
        SlotId::Delete => {
            (sl.descr_set.get().ok_or_else(missing)?)(this, arg(args, 0, name, 1)?, Value::NULL)?;
            Ok(crate::objects::singletons::none_obj())
        }
    }
}

// ----- dispatchers for Python-level dunders ---------------------------------------------

/// Looks up `name` on `type(this)` and calls it with `this` prepended (no bound method
/// object for plain functions). `None` when the type lacks the method.
pub fn call_method(this: Value, name: &str, args: &[Value]) -> PyResult<Option<Obj>> {
    let t = type_of(this);
    let Some(m) = type_lookup(t, pystr::intern(name)) else {
        return Ok(None);
    };
    if m == none() {
        return Ok(None);
    }
    let m = Obj::new_ref(m);
    if function::is_function(m.value()) {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(this);
        full.extend_from_slice(args);
        return call(m.value(), &full, Value::NULL).map(Some);
    }
    let bound = match type_of(m.value()).slots.descr_get.get() {
        Some(get) => get(m.value(), this, t.as_value())?,
        None => m,
    };
    call(bound.value(), args, Value::NULL).map(Some)
}

fn must_call(this: Value, name: &str, args: &[Value]) -> PyResult<Obj> {
    match call_method(this, name, args)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("'{}' object has no attribute '{}'", type_of(this).name(), name))),
    }
}

fn slot_repr(v: Value) -> PyResult<Obj> {
    must_call(v, "__repr__", &[])
}
fn slot_str(v: Value) -> PyResult<Obj> {
    must_call(v, "__str__", &[])
}
fn slot_hash(v: Value) -> PyResult<i64> {
    let t = type_of(v);
    if type_lookup(t, crate::interned!("__hash__")) == Some(none()) {
        return Err(type_error(format!("unhashable type: '{}'", t.name())));
    }
    let r = must_call(v, "__hash__", &[])?;
    if !int::is_int(r.value()) {
        return Err(type_error("__hash__ method should return an integer"));
    }
    // A result that fits a machine word is used as is (CPython's PyLong_AsSsize_t);
    // only a bigger int is reduced by the numeric hash.
    let h = int::as_i64(r.value()).unwrap_or_else(|| int::hash(r.value()));
    Ok(if h == -1 { -2 } else { h })
}

fn slot_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    match call_method(a, op.dunder(), &[b])? {
        Some(r) => Ok(r),
        None => Ok(not_implemented()),
    }
}

fn slot_getattr_hook(v: Value, name: Value) -> PyResult<Option<Obj>> {
    let t = type_of(v);
    let getattribute = type_lookup(t, crate::interned!("__getattribute__"));
    let first = match getattribute {
        Some(ga) if !is_native_object_getattribute(ga) => {
            match must_call(v, "__getattribute__", &[name]) {
                Ok(r) => Ok(Some(r)),
                Err(e) if e.matches(crate::objects::exceptions::attribute_error()) => Err(e),
                Err(e) => return Err(e),
            }
        }
        _ => native_getattr(t)(v, name),
    };
    match first {
        Ok(Some(r)) => return Ok(Some(r)),
        Ok(None) => {}
        Err(e) => {
            if type_lookup(t, crate::interned!("__getattr__")).is_none() {
                return Err(e);
            }
        }
    }
    if type_lookup(t, crate::interned!("__getattr__")).is_none() {
        return Ok(None);
    }
    must_call(v, "__getattr__", &[name]).map(Some)
}

/// The attribute lookup a class inherits from its nearest builtin base: `type`'s for
/// metaclasses (so `M.x` finds class attributes before `Meta.__getattr__` runs),
/// `module`'s for module subclasses, `object`'s otherwise.
fn native_getattr(t: &crate::object::TypeObject) -> crate::object::typeobj::GetAttrFn {
    let mro = t.mro.get();
    if !mro.is_null() {
        for &b in crate::objects::tuple::items(mro) {
            let b = crate::objects::pytype::as_type(b);
            if b.has_flag(crate::object::typeobj::flags::HEAPTYPE) {
                continue;
            }
            if let Some(f) = b.slots.getattr.get() {
                return f;
            }
        }
    }
    crate::objects::object::generic_getattr
}

fn is_native_object_getattribute(v: Value) -> bool {
    crate::object::is_type(v, &WRAPPER_DESCR_TYPE.0)
}

fn slot_setattr(v: Value, name: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        must_call(v, "__delattr__", &[name])?;
    } else {
        must_call(v, "__setattr__", &[name, value])?;
    }
    Ok(())
}

/// True when `t`'s init slot is the one that calls a class's own `__init__`.
pub fn init_is_python(t: &TypeObject) -> bool {
    t.slots.init.get().map(|f| f as usize) == Some(slot_init as *const () as usize)
}

fn slot_init(v: Value, args: &[Value], kwnames: Value) -> PyResult<()> {
    let t = type_of(v);
    let Some(init) = type_lookup(t, crate::interned!("__init__")) else {
        return Ok(());
    };
    let init = Obj::new_ref(init);
    let r = if function::is_function(init.value()) {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(v);
        full.extend_from_slice(args);
        call(init.value(), &full, kwnames)?
    } else {
        let bound = match type_of(init.value()).slots.descr_get.get() {
            Some(get) => get(init.value(), v, t.as_value())?,
            None => init,
        };
        call(bound.value(), args, kwnames)?
    };
    if r.value() != none() {
        return Err(type_error(format!("__init__() should return None, not '{}'", type_of(r.value()).name())));
    }
    Ok(())
}

fn slot_new(t: &TypeObject, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let new = type_lookup(t, crate::interned!("__new__")).ok_or_else(|| type_error("no __new__"))?;
    let new = Obj::new_ref(new);
    let f = match type_of(new.value()).slots.descr_get.get() {
        Some(get) => get(new.value(), Value::NULL, t.as_value())?,
        None => new,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(t.as_value());
    full.extend_from_slice(args);
    call(f.value(), &full, kwnames)
}

fn slot_call(v: Value, args: &[Value], kwnames: Value) -> PyResult<Obj> {
    let t = type_of(v);
    let m = type_lookup(t, crate::interned!("__call__")).ok_or_else(|| type_error(format!("'{}' object is not callable", t.name())))?;
    let m = Obj::new_ref(m);
    if function::is_function(m.value()) {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(v);
        full.extend_from_slice(args);
        return call(m.value(), &full, kwnames);
    }
    let bound = match type_of(m.value()).slots.descr_get.get() {
        Some(get) => get(m.value(), v, t.as_value())?,
        None => m,
    };
    call(bound.value(), args, kwnames)
}

fn slot_iter(v: Value) -> PyResult<Obj> {
    let t = type_of(v);
    if type_lookup(t, crate::interned!("__iter__")) == Some(none()) {
        return Err(type_error(format!("'{}' object is not iterable", t.name())));
    }
    must_call(v, "__iter__", &[])
}

/// `__next__` of a class defined in Python, called as is, when `slot` is the slot that
/// wraps it: `next()` must raise the method's own StopIteration (value and args kept),
/// which the slot turns into plain exhaustion. `None` for any other `slot`.
pub fn python_next(v: Value, slot: crate::object::typeobj::NextFn) -> Option<PyResult<Obj>> {
    (slot as usize == slot_next as crate::object::typeobj::NextFn as usize).then(|| must_call(v, "__next__", &[]))
}

fn slot_next(v: Value) -> PyResult<Option<Obj>> {
    match must_call(v, "__next__", &[]) {
        Ok(r) => Ok(Some(r)),
        Err(e) if e.matches(crate::objects::exceptions::stop_iteration()) => Ok(None),
        Err(e) => Err(e),
    }
}

fn slot_len(v: Value) -> PyResult<usize> {
    let r = must_call(v, "__len__", &[])?;
    let n = match int::as_index_opt(r.value()) {
        Ok(Some(n)) => n,
        Ok(None) => {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_of(r.value()).name())));
        }
        Err(_) => return Err(crate::errors::overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    if n < 0 {
        return Err(value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}

fn slot_bool(v: Value) -> PyResult<bool> {
    let t = type_of(v);
    if type_lookup(t, crate::interned!("__bool__")).is_some() {
        let r = must_call(v, "__bool__", &[])?;
        if !crate::object::is_type(r.value(), &bool_::BOOL_TYPE.0) {
            return Err(type_error(format!("__bool__ should return bool, returned {}", type_of(r.value()).name())));
        }
        return Ok(r.value() == bool_::true_value());
    }
    if type_lookup(t, crate::interned!("__len__")).is_some() {
        return Ok(slot_len(v)? != 0);
    }
    Ok(true)
}

fn slot_getitem(v: Value, k: Value) -> PyResult<Obj> {
    must_call(v, "__getitem__", &[k])
}
fn slot_setitem(v: Value, k: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        must_call(v, "__delitem__", &[k])?;
    } else {
        must_call(v, "__setitem__", &[k, value])?;
    }
    Ok(())
}
fn slot_contains(v: Value, x: Value) -> PyResult<bool> {
    let t = type_of(v);
    match type_lookup(t, crate::interned!("__contains__")) {
        Some(m) if m == none() => Err(type_error(format!("'{}' object is not a container", t.name()))),
        Some(_) => {
            let r = must_call(v, "__contains__", &[x])?;
            protocol::is_true(r.value())
        }
        None => {
            let it = protocol::get_iter(v)?;
            while let Some(item) = protocol::next(it.value())? {
                if protocol::rich_compare_bool(item.value(), x, CompareOp::Eq)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

macro_rules! unary_slot {
    ($name:ident, $dunder:literal) => {
        fn $name(v: Value) -> PyResult<Obj> {
            must_call(v, $dunder, &[])
        }
    };
}
unary_slot!(slot_neg, "__neg__");
unary_slot!(slot_pos, "__pos__");
unary_slot!(slot_abs, "__abs__");
unary_slot!(slot_invert, "__invert__");
unary_slot!(slot_int, "__int__");
unary_slot!(slot_float, "__float__");
unary_slot!(slot_index, "__index__");

fn slot_descr_get(d: Value, obj: Value, ty: Value) -> PyResult<Obj> {
    let o = if obj.is_null() { none() } else { obj };
    let t = if ty.is_null() { type_of(obj).as_value() } else { ty };
    must_call(d, "__get__", &[o, t])
}

fn slot_descr_set(d: Value, obj: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        must_call(d, "__delete__", &[obj])?;
    } else {
        must_call(d, "__set__", &[obj, value])?;
    }
    Ok(())
}

/// Whether `type(v)` defines `name` as something other than `other`'s native wrapper.
fn overrides(t: &TypeObject, name: &str) -> bool {
    type_lookup(t, pystr::intern(name)).is_some_and(|m| !crate::object::is_type(m, &WRAPPER_DESCR_TYPE.0))
}

/// CPython's `SLOT1BINFULL`: `a.__op__(b)`, or `b.__rop__(a)` — the subclass's reflected
/// method first when it overrides it.
fn slot_binary_op(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let (name, rname, _) = op.dunders();
    let (ta, tb) = (type_of(a), type_of(b));
    let a_has = ta.slots.binary[op as usize].get().map(|f| f as usize) == Some(binary_dispatcher(op) as usize);
    let mut do_other = !std::ptr::eq(ta, tb)
        && tb.slots.binary[op as usize].get().map(|f| f as usize) == Some(binary_dispatcher(op) as usize);
    if a_has && overrides(ta, name) {
        if do_other && tb.is_subtype(ta) && overrides(tb, rname) {
            if let Some(r) = call_method(b, rname, &[a])? {
                if !is_not_implemented(r.value()) {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        if let Some(r) = call_method(a, name, &[b])? {
            if !is_not_implemented(r.value()) || std::ptr::eq(ta, tb) {
                return Ok(r);
            }
        }
    }
    if (do_other || !a_has) && overrides(tb, rname) && !std::ptr::eq(ta, tb) {
        if let Some(r) = call_method(b, rname, &[a])? {
            return Ok(r);
        }
    }
    Ok(not_implemented())
}

fn slot_inplace_op(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let (_, _, iname) = op.dunders();
    match call_method(a, iname, &[b])? {
        Some(r) => Ok(r),
        None => Ok(not_implemented()),
    }
}

macro_rules! binop_dispatchers {
    ($($op:ident => $b:ident, $i:ident);* $(;)?) => {
        $(
            fn $b(a: Value, b: Value) -> PyResult<Obj> { slot_binary_op(a, b, BinOp::$op) }
            fn $i(a: Value, b: Value) -> PyResult<Obj> { slot_inplace_op(a, b, BinOp::$op) }
        )*
        fn binary_dispatcher(op: BinOp) -> fn(Value, Value) -> PyResult<Obj> {
            match op { $(BinOp::$op => $b,)* }
        }
        fn inplace_dispatcher(op: BinOp) -> fn(Value, Value) -> PyResult<Obj> {
            match op { $(BinOp::$op => $i,)* }
        }
    };
}
binop_dispatchers! {
    Add => slot_add, slot_iadd;
    And => slot_and, slot_iand;
    FloorDiv => slot_floordiv, slot_ifloordiv;
    LShift => slot_lshift, slot_ilshift;
    MatMul => slot_matmul, slot_imatmul;
    Mul => slot_mul, slot_imul;
    Mod => slot_mod, slot_imod;
    Or => slot_or, slot_ior;
    Pow => slot_pow, slot_ipow;
    RShift => slot_rshift, slot_irshift;
    Sub => slot_sub, slot_isub;
    TrueDiv => slot_truediv, slot_itruediv;
    Xor => slot_xor, slot_ixor;
}

/// What the MRO provides for one dunder: nothing, a builtin type's native slot (the owner
/// of the wrapper), or a Python-level definition.
enum Provider {
    Nothing,
    Native(&'static TypeObject),
    Python,
}

fn provider(t: &TypeObject, name: &str) -> Provider {
    match type_lookup(t, pystr::intern(name)) {
        None => Provider::Nothing,
        Some(v) if crate::object::is_type(v, &WRAPPER_DESCR_TYPE.0) => Provider::Native(wrapper_owner(v)),
        Some(_) => Provider::Python,
    }
}

fn wrapper_owner(v: Value) -> &'static TypeObject {
    crate::objects::descr::wrapper_owner(v)
}

/// Resolves every slot of the class `t` from its MRO (class creation, `__dunder__`
/// assignment).
pub fn fixup_slots(t: &'static TypeObject) {
    // Start from the primary base's behaviour, then override from the MRO.
    if let Some(b) = t.base() {
        let dealloc = t.slots.dealloc.get();
        t.slots.inherit_from(&b.slots);
        t.slots.dealloc.set(dealloc);
    }
    let sl = &t.slots;
    macro_rules! resolve {
        ($field:ident, $name:literal, $disp:expr) => {
            match provider(t, $name) {
                Provider::Python => sl.$field.set(Some($disp)),
                Provider::Native(owner) => sl.$field.set(owner.slots.$field.get()),
                Provider::Nothing => {}
            }
        };
    }
    resolve!(repr, "__repr__", slot_repr);
    resolve!(str, "__str__", slot_str);
    match provider(t, "__hash__") {
        Provider::Python => {
            if type_lookup(t, crate::interned!("__hash__")) == Some(none()) {
                sl.hash.set(None);
            } else {
                sl.hash.set(Some(slot_hash));
            }
        }
        Provider::Native(owner) => sl.hash.set(owner.slots.hash.get()),
        Provider::Nothing => {}
    }
    let cmp_python = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].iter().any(|n| matches!(provider(t, n), Provider::Python));
    if cmp_python {
        sl.richcompare.set(Some(slot_richcompare));
    }
    let has_getattr = matches!(provider(t, "__getattr__"), Provider::Python);
    if has_getattr || matches!(provider(t, "__getattribute__"), Provider::Python) {
        sl.getattr.set(Some(slot_getattr_hook));
        t.flags.set(t.flags.get() | crate::object::flags::HAS_GETATTR_HOOK);
    }
    if matches!(provider(t, "__setattr__"), Provider::Python) || matches!(provider(t, "__delattr__"), Provider::Python) {
        sl.setattr.set(Some(slot_setattr));
    }
    resolve!(init, "__init__", slot_init);
    match provider(t, "__new__") {
        Provider::Python => sl.new.set(Some(slot_new)),
        Provider::Native(owner) => sl.new.set(owner.slots.new.get()),
        Provider::Nothing => {
            // A builtin `__new__` is a bound builtin function, not a wrapper.
            if let Some(n) = type_lookup(t, crate::interned!("__new__")) {
                if crate::object::is_type(n, &crate::objects::descr::BUILTIN_FUNCTION_TYPE.0) {
                    let owner = crate::objects::descr::builtin(n).self_;
                    if pytype::is_type(owner) {
                        sl.new.set(pytype::as_type(owner).slots.new.get());
                    }
                }
            }
        }
    }
    if let Some(n) = type_lookup(t, crate::interned!("__new__")) {
        if !crate::object::is_type(n, &crate::objects::descr::BUILTIN_FUNCTION_TYPE.0) {
            sl.new.set(Some(slot_new));
        } else {
            let owner = crate::objects::descr::builtin(n).self_;
            if pytype::is_type(owner) {
                sl.new.set(pytype::as_type(owner).slots.new.get());
            }
        }
    }
    resolve!(call, "__call__", slot_call);
    resolve!(iter, "__iter__", slot_iter);
    resolve!(next, "__next__", slot_next);
    resolve!(len, "__len__", slot_len);
    resolve!(getitem, "__getitem__", slot_getitem);
    if matches!(provider(t, "__setitem__"), Provider::Python) || matches!(provider(t, "__delitem__"), Provider::Python) {
        sl.setitem.set(Some(slot_setitem));
    }
    resolve!(contains, "__contains__", slot_contains);
    if matches!(provider(t, "__bool__"), Provider::Python) || matches!(provider(t, "__len__"), Provider::Python) {
        sl.bool.set(Some(slot_bool));
    }
    resolve!(neg, "__neg__", slot_neg);
    resolve!(pos, "__pos__", slot_pos);
    resolve!(abs, "__abs__", slot_abs);
    resolve!(invert, "__invert__", slot_invert);
    resolve!(int, "__int__", slot_int);
    resolve!(float, "__float__", slot_float);
    resolve!(index, "__index__", slot_index);
    resolve!(descr_get, "__get__", slot_descr_get);
    if matches!(provider(t, "__set__"), Provider::Python) || matches!(provider(t, "__delete__"), Provider::Python) {
        sl.descr_set.set(Some(slot_descr_set));
    }
    for op in BinOp::ALL {
        let (a, r, i) = op.dunders();
        let pa = provider(t, a);
        let pr = provider(t, r);
        if matches!(pa, Provider::Python) || matches!(pr, Provider::Python) {
            sl.binary[op as usize].set(Some(binary_dispatcher(op)));
        } else if let Provider::Native(owner) = pa {
            sl.binary[op as usize].set(owner.slots.binary[op as usize].get());
        }
        match provider(t, i) {
            Provider::Python => sl.inplace[op as usize].set(Some(inplace_dispatcher(op))),
            Provider::Native(owner) => sl.inplace[op as usize].set(owner.slots.inplace[op as usize].get()),
            Provider::Nothing => {}
        }
    }
}

/// Re-resolves slots after `name` was assigned on `t` (and its subclasses).
pub fn update_slots_for(t: &'static TypeObject, _name: &str) {
    fixup_slots(t);
    let subs: Vec<*const TypeObject> = t.subclasses.borrow().clone();
    for s in subs {
        // SAFETY: subclasses unregister themselves before they are freed.
        let s: &'static TypeObject = unsafe { &*s };
        if s.has_flag(crate::object::flags::HEAPTYPE) {
            update_slots_for(s, _name);
        }
    }
}

/// Convenience used by builtins: `n = len(x)` through the slot, else TypeError.
pub fn length(v: Value) -> PyResult<usize> {
    protocol::len(v)
}

/// All slot-bearing dunder names (for `dir()` and tests).
pub fn dunder_names() -> Vec<&'static str> {
    SLOT_NAMES.iter().map(|(n, _)| *n).chain(binop_slot_names().map(|(n, _)| n)).collect()
}

/// Number of binary operators (re-exported for the interpreter's tables).
pub const N_OPS: usize = N_BINOPS;

/// Wraps a tuple of call arguments (used by `__reduce__` helpers).
pub fn args_tuple(args: &[Value]) -> Obj {
    tuple::from_slice(args)
}

/// The dict of a type (for `vars(cls)` / mappingproxy).
pub fn type_dict_of(t: &TypeObject) -> Value {
    t.dict.get()
}
