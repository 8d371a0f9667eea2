//! The generic protocols every operation goes through when no fast path applies:
//! `repr`/`str`/`hash`, truth, rich comparison, the binary operator dance (`__add__`,
//! then the reflected `__radd__`, subclasses first), attribute access, subscription,
//! iteration and length. CPython's `Objects/abstract.c` and `Objects/object.c`.

use crate::errors::{attribute_error, type_error, PyErr, PyResult};
use crate::object::{type_of, BinOp, CompareOp, Obj, TypeObject, Value};
use crate::objects::singletons::{is_not_implemented, none};
use crate::objects::{bool_, exceptions, float, int, pytype, str as pystr};

/// `repr(v)`.
pub fn repr(v: Value) -> PyResult<Obj> {
    let t = type_of(v);
    let r = match t.slots.repr.get() {
        Some(f) => {
            let _guard = crate::interp::enter_native()?;
            f(v)?
        }
        None => return Ok(pystr::from_string(default_repr(v))),
    };
    if !pystr::is_str(r.value()) {
        return Err(type_error(format!("__repr__ returned non-string (type {})", type_of(r.value()).name())));
    }
    Ok(r)
}

/// `repr(v)` as Rust text.
pub fn repr_string(v: Value) -> PyResult<String> {
    Ok(pystr::as_str(repr(v)?.value()).to_string())
}

/// `<module.Name object at 0x...>`.
pub fn default_repr(v: Value) -> String {
    let t = type_of(v);
    let module = pytype::module_name(t);
    match module {
        Some(m) if m != "builtins" => format!("<{}.{} object at {:#x}>", m, pytype::qualname(t), v.bits()),
        _ => format!("<{} object at {:#x}>", pytype::qualname(t), v.bits()),
    }
}

/// `str(v)`.
pub fn str(v: Value) -> PyResult<Obj> {
    if pystr::is_exact_str(v) {
        return Ok(Obj::new_ref(v));
    }
    let t = type_of(v);
    let r = match t.slots.str.get() {
        Some(f) => {
            let _guard = crate::interp::enter_native()?;
            f(v)?
        }
        None => return repr(v),
    };
    if !pystr::is_str(r.value()) {
        return Err(type_error(format!("__str__ returned non-string (type {})", type_of(r.value()).name())));
    }
    Ok(r)
}

/// `str(v)` as Rust text.
pub fn str_string(v: Value) -> PyResult<String> {
    Ok(pystr::as_str(str(v)?.value()).to_string())
}

/// `hash(v)`.
pub fn hash(v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(int::hash_i64(v.as_small_int()));
    }
    if pystr::is_exact_str(v) {
        return Ok(pystr::hash(v));
    }
    let t = type_of(v);
    match t.slots.hash.get() {
        Some(f) => f(v),
        None => Err(type_error(format!("unhashable type: '{}'", t.name()))),
    }
}

/// `bool(v)`: `__bool__`, then `__len__`, else true.
#[inline]
pub fn is_true(v: Value) -> PyResult<bool> {
    if v == bool_::true_value() {
        return Ok(true);
    }
    if v == bool_::false_value() || v == none() {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_immediate_float() {
        return Ok(v.as_immediate_float() != 0.0);
    }
    let t = type_of(v);
    if let Some(f) = t.slots.bool.get() {
        return f(v);
    }
    if let Some(f) = t.slots.len.get() {
        return Ok(f(v)? != 0);
    }
    Ok(true)
}

/// `len(v)`.
pub fn len(v: Value) -> PyResult<usize> {
    let t = type_of(v);
    match t.slots.len.get() {
        Some(f) => f(v),
        None => Err(type_error(format!("object of type '{}' has no len()", t.name()))),
    }
}

// ----- comparison ---------------------------------------------------------------------

/// `a <op> b` (CPython's `do_richcompare`): the reflected method of a subclass first, then
/// the left operand's, then the right's reflected; `==`/`!=` fall back to identity.
pub fn rich_compare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    let _guard = crate::interp::enter_native()?;
    let (ta, tb) = (type_of(a), type_of(b));
    let mut checked_reverse = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(f) = tb.slots.richcompare.get() {
            checked_reverse = true;
            let r = f(b, a, op.swapped())?;
            if !is_not_implemented(r.value()) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots.richcompare.get() {
        let r = f(a, b, op)?;
        if !is_not_implemented(r.value()) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = tb.slots.richcompare.get() {
            let r = f(b, a, op.swapped())?;
            if !is_not_implemented(r.value()) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(bool_::from_bool(a == b)),
        CompareOp::Ne => Ok(bool_::from_bool(a != b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

/// `bool(a <op> b)`, with fast paths for ints, floats and strs, and identity implying
/// equality (as CPython's `PyObject_RichCompareBool`).
#[inline]
pub fn rich_compare_bool(a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
    if a == b {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    if Value::both_small_ints(a, b) {
        return Ok(op.test(a.as_small_int().cmp(&b.as_small_int())));
    }
    if a.is_immediate_float() && b.is_immediate_float() {
        let (x, y) = (a.as_immediate_float(), b.as_immediate_float());
        return Ok(match x.partial_cmp(&y) {
            Some(o) => op.test(o),
            None => op == CompareOp::Ne,
        });
    }
    if pystr::is_exact_str(a) && pystr::is_exact_str(b) {
        if op == CompareOp::Eq {
            return Ok(pystr::eq(a, b));
        }
        if op == CompareOp::Ne {
            return Ok(!pystr::eq(a, b));
        }
        return Ok(op.test(crate::objects::str_methods::compare(a, b)));
    }
    let r = rich_compare(a, b, op)?;
    is_true(r.value())
}

/// `a < b` as a Rust bool (sorting, `min`, `max`).
#[inline]
pub fn less_than(a: Value, b: Value) -> PyResult<bool> {
    rich_compare_bool(a, b, CompareOp::Lt)
}

// ----- binary operators -----------------------------------------------------------------

/// `a <op> b` (CPython's `binary_op1` + the sequence fallbacks), with fast paths.
pub fn binary_op(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let r = if Value::both_small_ints(a, b) {
        int::binary(a, b, op)?
    } else if (a.is_immediate_float() || a.is_small_int()) && (b.is_immediate_float() || b.is_small_int()) {
        float::binary(a, b, op)?
    } else {
        binary_op1(a, b, op, false)?
    };
    if !is_not_implemented(r.value()) {
        return Ok(r);
    }
    Err(binop_type_error(a, b, op, false))
}

/// `a <op>= b`: `__iop__` first, then the plain operator.
pub fn inplace_op(a: Value, b: Value, op: BinOp) -> PyResult<Obj> {
    let r = if Value::both_small_ints(a, b) { int::binary(a, b, op)? } else { binary_op1(a, b, op, true)? };
    if !is_not_implemented(r.value()) {
        return Ok(r);
    }
    Err(binop_type_error(a, b, op, true))
}

/// Types with CPython's `sq_repeat`: `seq * x` failing blames `x`'s type.
fn repeats(v: Value) -> bool {
    use crate::objects::{bytearray, bytes, list, str as pystr, tuple};
    list::is_list(v) || tuple::is_tuple(v) || pystr::is_str(v) || bytes::is_bytes(v) || bytearray::is_bytearray(v)
}

fn binop_type_error(a: Value, b: Value, op: BinOp, inplace: bool) -> PyErr {
    if op == BinOp::Mul && (repeats(a) || repeats(b)) {
        // CPython's sequence_repeat: the left operand's repeat is tried first.
        let other = if repeats(a) { b } else { a };
        return type_error(format!("can't multiply sequence by non-int of type '{}'", type_of(other).name()));
    }
    let sym = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
    if op == BinOp::Pow && !inplace {
        return type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_of(a).name(),
            type_of(b).name()
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_of(a).name(),
        type_of(b).name()
    ))
}

fn binary_op1(a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Obj> {
    let _guard = crate::interp::enter_native()?;
    let (ta, tb) = (type_of(a), type_of(b));
    if inplace {
        if let Some(f) = ta.slots.inplace[op as usize].get() {
            let r = f(a, b)?;
            if !is_not_implemented(r.value()) {
                return Ok(r);
            }
        }
    }
    let slot_a = ta.slots.binary[op as usize].get();
    let mut slot_b = if std::ptr::eq(ta, tb) { None } else { tb.slots.binary[op as usize].get() };
    if slot_a.is_some() && slot_b.is_some() && slot_a.map(|f| f as usize) == slot_b.map(|f| f as usize) {
        slot_b = None;
    }
    if let Some(fa) = slot_a {
        if let Some(fb) = slot_b {
            if tb.is_subtype(ta) {
                let r = fb(a, b)?;
                if !is_not_implemented(r.value()) {
                    return Ok(r);
                }
                slot_b = None;
            }
        }
        let r = fa(a, b)?;
        if !is_not_implemented(r.value()) {
            return Ok(r);
        }
    }
    if let Some(fb) = slot_b {
        let r = fb(a, b)?;
        if !is_not_implemented(r.value()) {
            return Ok(r);
        }
    }
    Ok(crate::objects::singletons::not_implemented())
}

/// `-v`.
pub fn neg(v: Value) -> PyResult<Obj> {
    if v.is_small_int() {
        return Ok(int::from_i64(-v.as_small_int()));
    }
    unary(v, type_of(v).slots.neg.get(), "unary -")
}
/// `+v`.
pub fn pos(v: Value) -> PyResult<Obj> {
    unary(v, type_of(v).slots.pos.get(), "unary +")
}
/// `~v`.
pub fn invert(v: Value) -> PyResult<Obj> {
    unary(v, type_of(v).slots.invert.get(), "unary ~")
}
/// `abs(v)`.
pub fn abs(v: Value) -> PyResult<Obj> {
    match type_of(v).slots.abs.get() {
        Some(f) => f(v),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", type_of(v).name()))),
    }
}

fn unary(v: Value, f: Option<crate::object::typeobj::UnaryFn>, what: &str) -> PyResult<Obj> {
    match f {
        Some(f) => f(v),
        None => Err(type_error(format!("bad operand type for {what}: '{}'", type_of(v).name()))),
    }
}

// ----- attributes ------------------------------------------------------------------------

/// `getattr(v, name)` (name is a str), `None` when missing (no exception made).
#[inline]
pub fn lookup_attr(v: Value, name: Value) -> PyResult<Option<Obj>> {
    let t = type_of(v);
    let f = t.slots.getattr.get().unwrap_or(crate::objects::object::generic_getattr);
    match f(v, name) {
        Ok(r) => Ok(r),
        Err(e) if e.matches(exceptions::attribute_error()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `getattr(v, name)`, raising CPython's AttributeError when missing.
#[inline]
pub fn getattr(v: Value, name: Value) -> PyResult<Obj> {
    let t = type_of(v);
    let f = t.slots.getattr.get().unwrap_or(crate::objects::object::generic_getattr);
    match f(v, name)? {
        Some(r) => Ok(r),
        None => Err(no_attribute(v, name)),
    }
}

/// `getattr` with a Rust name.
pub fn getattr_str(v: Value, name: &str) -> PyResult<Obj> {
    getattr(v, pystr::intern(name))
}

/// CPython's message: `'X' object has no attribute 'y'` (or the module/type forms).
pub fn no_attribute(v: Value, name: Value) -> PyErr {
    let n = pystr::as_str(name);
    let msg = if pytype::is_type(v) {
        format!("type object '{}' has no attribute '{}'", pytype::as_type(v).name(), n)
    } else if crate::objects::module::is_module(v) {
        format!("module '{}' has no attribute '{}'", crate::objects::module::name(v), n)
    } else {
        format!("'{}' object has no attribute '{}'", type_of(v).name(), n)
    };
    let e = attribute_error(msg);
    crate::objects::exceptions::set_attribute_error_context(&e, v, name);
    e
}

/// `setattr(v, name, value)`; a NULL value deletes.
pub fn setattr(v: Value, name: Value, value: Value) -> PyResult<()> {
    let t = type_of(v);
    match t.slots.setattr.get() {
        Some(f) => f(v, name, value),
        None => {
            let has_attrs = t.attrs_offset.get() != 0 || pytype::is_type(v);
            let verb = if value.is_null() { "del" } else { "assign to" };
            let _ = verb;
            if has_attrs {
                crate::objects::object::generic_setattr(v, name, value)
            } else if crate::objects::pytype::type_lookup(t, name).is_some() {
                Err(attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    t.name(),
                    pystr::as_str(name)
                )))
            } else {
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    t.name(),
                    pystr::as_str(name)
                )))
            }
        }
    }
}

/// Looks up a special method on the type (not the instance), bound to `v`.
pub fn lookup_special(v: Value, name: &str) -> PyResult<Option<Obj>> {
    let t = type_of(v);
    let Some(attr) = pytype::type_lookup(t, pystr::intern(name)) else {
        return Ok(None);
    };
    let attr = Obj::new_ref(attr);
    match type_of(attr.value()).slots.descr_get.get() {
        Some(get) => Ok(Some(get(attr.value(), v, t.as_value())?)),
        None => Ok(Some(attr)),
    }
}

/// Calls a special method looked up on the type (`None` if the type lacks it).
pub fn call_special(v: Value, name: &str, args: &[Value]) -> PyResult<Option<Obj>> {
    match lookup_special(v, name)? {
        Some(m) => Ok(Some(crate::interp::call::call(m.value(), args, Value::NULL)?)),
        None => Ok(None),
    }
}

// ----- subscription -----------------------------------------------------------------------

/// `v[key]`.
pub fn getitem(v: Value, key: Value) -> PyResult<Obj> {
    let t = type_of(v);
    if let Some(f) = t.slots.getitem.get() {
        return f(v, key);
    }
    if pytype::is_type(v) {
        // `list[int]` and friends: `__class_getitem__`.
        if let Some(cg) = pytype::type_lookup(pytype::as_type(v), crate::interned!("__class_getitem__")) {
            let cg = Obj::new_ref(cg);
            let bound = match type_of(cg.value()).slots.descr_get.get() {
                Some(get) => get(cg.value(), Value::NULL, v)?,
                None => cg,
            };
            return crate::interp::call::call(bound.value(), &[key], Value::NULL);
        }
        return Err(type_error(format!("type '{}' is not subscriptable", pytype::as_type(v).name())));
    }
    Err(type_error(format!("'{}' object is not subscriptable", t.name())))
}

/// `v[key] = value`.
pub fn setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    let t = type_of(v);
    match t.slots.setitem.get() {
        Some(f) => f(v, key, value),
        None => Err(type_error(format!("'{}' object does not support item assignment", t.name()))),
    }
}

/// `del v[key]`.
pub fn delitem(v: Value, key: Value) -> PyResult<()> {
    let t = type_of(v);
    match t.slots.setitem.get() {
        Some(f) => f(v, key, Value::NULL),
        None => Err(type_error(format!("'{}' object doesn't support item deletion", t.name()))),
    }
}

/// `x in container`.
pub fn contains(container: Value, x: Value) -> PyResult<bool> {
    if let Some(r) = crate::objects::set::contains_small_int(container, x) {
        return Ok(r);
    }
    let t = type_of(container);
    if let Some(f) = t.slots.contains.get() {
        return f(container, x);
    }
    // Fall back to iteration.
    let it = match t.slots.iter.get() {
        Some(_) => get_iter(container)?,
        None if t.slots.getitem.get().is_some() => get_iter(container)?,
        None => {
            return Err(type_error(format!("argument of type '{}' is not iterable", t.name())));
        }
    };
    while let Some(item) = next(it.value())? {
        if rich_compare_bool(item.value(), x, CompareOp::Eq)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ----- iteration --------------------------------------------------------------------------

/// `iter(v)`.
pub fn get_iter(v: Value) -> PyResult<Obj> {
    let t = type_of(v);
    if let Some(f) = t.slots.iter.get() {
        let it = f(v)?;
        if type_of(it.value()).slots.next.get().is_none() {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_of(it.value()).name())));
        }
        return Ok(it);
    }
    if t.slots.getitem.get().is_some() && !crate::objects::dict::is_dict(v) {
        return Ok(crate::objects::iter::new_getitem_iter(v));
    }
    Err(type_error(format!("'{}' object is not iterable", t.name())))
}

/// `next(it)`, `None` when exhausted.
#[inline]
pub fn next(it: Value) -> PyResult<Option<Obj>> {
    let t = type_of(it);
    match t.slots.next.get() {
        // A slot may also end with StopIteration carrying a value (a generator's return
        // value): for iteration that is plain exhaustion.
        Some(f) => match f(it) {
            Err(e) if e.matches(crate::objects::exceptions::stop_iteration()) => Ok(None),
            r => r,
        },
        None => Err(type_error(format!("'{}' object is not an iterator", t.name()))),
    }
}

/// True when `v` is callable.
pub fn is_callable(v: Value) -> bool {
    type_of(v).slots.call.get().is_some()
}

/// The type named in messages like "'int' object is not callable".
pub fn type_name(v: Value) -> &'static str {
    type_of(v).name()
}

/// `isinstance(v, cls)` including `__instancecheck__` on metaclasses and tuples of classes.
pub fn isinstance(v: Value, cls: Value) -> PyResult<bool> {
    if pytype::is_type(cls) {
        let c = pytype::as_type(cls);
        if type_of(v).is_subtype(c) {
            return Ok(true);
        }
        let meta = type_of(cls);
        if !std::ptr::eq(meta, &pytype::TYPE_TYPE.0) {
            if let Some(check) = lookup_special(cls, "__instancecheck__")? {
                let r = crate::interp::call::call(check.value(), &[v], Value::NULL)?;
                return is_true(r.value());
            }
        }
        // `__class__` may differ from the type (proxies).
        return Ok(false);
    }
    if crate::objects::tuple::is_tuple(cls) {
        for &c in crate::objects::tuple::items(cls) {
            if isinstance(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = lookup_special(cls, "__instancecheck__")? {
        let r = crate::interp::call::call(check.value(), &[v], Value::NULL)?;
        return is_true(r.value());
    }
    if crate::objects::typing::is_union(cls) {
        return crate::objects::typing::union_instancecheck(cls, v);
    }
    Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `issubclass(c, cls)`.
pub fn issubclass(c: Value, cls: Value) -> PyResult<bool> {
    if !pytype::is_type(c) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if pytype::is_type(cls) {
        let meta = type_of(cls);
        if !std::ptr::eq(meta, &pytype::TYPE_TYPE.0) {
            if let Some(check) = lookup_special(cls, "__subclasscheck__")? {
                let r = crate::interp::call::call(check.value(), &[c], Value::NULL)?;
                return is_true(r.value());
            }
        }
        return Ok(pytype::as_type(c).is_subtype(pytype::as_type(cls)));
    }
    if crate::objects::tuple::is_tuple(cls) {
        for &x in crate::objects::tuple::items(cls) {
            if issubclass(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(check) = lookup_special(cls, "__subclasscheck__")? {
        let r = crate::interp::call::call(check.value(), &[c], Value::NULL)?;
        return is_true(r.value());
    }
    if crate::objects::typing::is_union(cls) {
        return crate::objects::typing::union_subclasscheck(cls, c);
    }
    Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

/// The type of `v` as an owned value (`type(v)`).
pub fn type_value(v: Value) -> Obj {
    Obj::new_ref(type_of(v).as_value())
}

/// Ensures a value is a type object, else a TypeError naming `what`.
pub fn expect_type(v: Value, what: &str) -> PyResult<&'static TypeObject> {
    if pytype::is_type(v) {
        Ok(pytype::as_type(v))
    } else {
        Err(type_error(format!("{what} must be a type, not {}", type_of(v).name())))
    }
}
