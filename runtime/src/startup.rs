//! Start-up: every builtin type gets its slots, then is made ready (name, base, MRO,
//! inherited slots, slot wrappers) in base-before-derived order; then the exception
//! classes, the `builtins` and `sys` modules.

use crate::object::{Static, TypeObject};
use crate::objects::*;
use crate::objects::pytype::ready_static;

fn ready(t: &'static Static<TypeObject>, base: &'static Static<TypeObject>) {
    ready_static(t, Some(base));
}

/// Types whose instances only Rust code creates: `T()` is a TypeError, as in CPython.
fn not_instantiable(ts: &[&'static Static<TypeObject>]) {
    for t in ts {
        t.slots.new.set(None);
    }
}

/// Initializes the runtime for this process (once, before any Python code runs).
pub fn init(cfg: &crate::modules::sys::Config) {
    // The main thread holds the GIL from the start (threads it starts wait for it).
    crate::gil::acquire();
    str::init();
    // Slot tables of the core types.
    object::init_type();
    pytype::init_type();
    ready_static(&object::OBJECT_TYPE, None);
    ready(&pytype::TYPE_TYPE, &object::OBJECT_TYPE);
    descr::init_types();
    for t in [&descr::METHOD_DESCR_TYPE, &descr::CLASSMETHOD_DESCR_TYPE, &descr::BUILTIN_FUNCTION_TYPE, &descr::GETSET_DESCR_TYPE, &descr::WRAPPER_DESCR_TYPE, &descr::METHOD_WRAPPER_TYPE] {
        ready(t, &object::OBJECT_TYPE);
    }
    descr::init_attributes();
    // Containers and scalars (their __hash__ = None makes them unhashable).
    int::init_type();
    ready(&int::INT_TYPE, &object::OBJECT_TYPE);
    bool_::init_type();
    ready(&bool_::BOOL_TYPE, &int::INT_TYPE);
    float::init_type();
    ready(&float::FLOAT_TYPE, &object::OBJECT_TYPE);
    complex::init_type();
    ready(&complex::COMPLEX_TYPE, &object::OBJECT_TYPE);
    str_methods::init_type();
    ready(&str::STR_TYPE, &object::OBJECT_TYPE);
    tuple::init_type();
    ready(&tuple::TUPLE_TYPE, &object::OBJECT_TYPE);
    list::init_type();
    pytype::add_attr(&list::LIST_TYPE, "__hash__", singletons::none());
    ready(&list::LIST_TYPE, &object::OBJECT_TYPE);
    dict::init_type();
    pytype::add_attr(&dict::DICT_TYPE, "__hash__", singletons::none());
    ready(&dict::DICT_TYPE, &object::OBJECT_TYPE);
    dictview::init_types();
    for t in [&dictview::KEYS_TYPE, &dictview::VALUES_TYPE, &dictview::ITEMS_TYPE, &dictview::KEY_ITER_TYPE, &dictview::VALUE_ITER_TYPE, &dictview::ITEM_ITER_TYPE, &dictview::REV_KEY_ITER_TYPE, &dictview::REV_VALUE_ITER_TYPE, &dictview::REV_ITEM_ITER_TYPE] {
        ready(t, &object::OBJECT_TYPE);
    }
    set::init_types();
    for t in [&set::SET_TYPE, &set::FROZENSET_TYPE, &set::SET_ITER_TYPE] {
        ready(t, &object::OBJECT_TYPE);
    }
    bytes::init_type();
    ready(&bytes::BYTES_TYPE, &object::OBJECT_TYPE);
    ready(&bytes::BYTES_ITER_TYPE, &object::OBJECT_TYPE);
    bytearray::init_type();
    ready(&bytearray::BYTEARRAY_TYPE, &object::OBJECT_TYPE);
    ready(&bytearray::BYTEARRAY_ITER_TYPE, &object::OBJECT_TYPE);
    range::init_types();
    for t in [&range::RANGE_TYPE, &range::RANGE_ITER_TYPE, &range::LONGRANGE_ITER_TYPE] {
        ready(t, &object::OBJECT_TYPE);
    }
    slice::init_type();
    ready(&slice::SLICE_TYPE, &object::OBJECT_TYPE);
    singletons::init_types();
    for t in [&singletons::NONE_TYPE, &singletons::NOT_IMPLEMENTED_TYPE, &singletons::ELLIPSIS_TYPE] {
        ready(t, &object::OBJECT_TYPE);
    }
    iter::init_types();
    for t in [&iter::LIST_ITER_TYPE, &iter::LIST_REVITER_TYPE, &iter::TUPLE_ITER_TYPE, &iter::STR_ITER_TYPE, &iter::SEQ_ITER_TYPE, &iter::CALL_ITER_TYPE] {
        ready(t, &object::OBJECT_TYPE);
    }
    // Functions, code, modules, frames.
    function::init_type();
    ready(&function::FUNCTION_TYPE, &object::OBJECT_TYPE);
    method::init_type();
    ready(&method::METHOD_TYPE, &object::OBJECT_TYPE);
    cell::init_type();
    ready(&cell::CELL_TYPE, &object::OBJECT_TYPE);
    crate::bytecode::code::init_type();
    ready(&crate::bytecode::code::CODE_TYPE, &object::OBJECT_TYPE);
    module::init_type();
    ready(&module::MODULE_TYPE, &object::OBJECT_TYPE);
    crate::interp::traceback::init_types();
    ready(&crate::interp::traceback::FRAME_TYPE, &object::OBJECT_TYPE);
    ready(&crate::interp::traceback::TRACEBACK_TYPE, &object::OBJECT_TYPE);
    // Types that make themselves ready.
    generator::init_types();
    classmethod::init_types();
    super_::init_type();
    member::init_type();
    mappingproxy::init_type();
    typing::init_type();
    crate::objects::generic_alias::init_type();
    crate::objects::memoryview::init_type();
    builtin_iters::init_types();
    crate::modules::io::init_type();
    structseq::init_type();
    not_instantiable(&[
        &descr::METHOD_DESCR_TYPE,
        &descr::CLASSMETHOD_DESCR_TYPE,
        &descr::BUILTIN_FUNCTION_TYPE,
        &descr::GETSET_DESCR_TYPE,
        &descr::WRAPPER_DESCR_TYPE,
        &descr::METHOD_WRAPPER_TYPE,
        &dictview::KEYS_TYPE,
        &dictview::VALUES_TYPE,
        &dictview::ITEMS_TYPE,
        &dictview::KEY_ITER_TYPE,
        &dictview::VALUE_ITER_TYPE,
        &dictview::ITEM_ITER_TYPE,
        &dictview::REV_KEY_ITER_TYPE,
        &dictview::REV_VALUE_ITER_TYPE,
        &dictview::REV_ITEM_ITER_TYPE,
        &set::SET_ITER_TYPE,
        &bytes::BYTES_ITER_TYPE,
        &bytearray::BYTEARRAY_ITER_TYPE,
        &range::RANGE_ITER_TYPE,
        &range::LONGRANGE_ITER_TYPE,
        &iter::LIST_ITER_TYPE,
        &iter::LIST_REVITER_TYPE,
        &iter::TUPLE_ITER_TYPE,
        &iter::STR_ITER_TYPE,
        &iter::SEQ_ITER_TYPE,
        &iter::CALL_ITER_TYPE,
        &method::METHOD_TYPE,
        &cell::CELL_TYPE,
        &crate::interp::traceback::FRAME_TYPE,
        &crate::interp::traceback::TRACEBACK_TYPE,
    ]);
    // Exceptions, then the modules.
    exceptions::init_classes();
    exceptions::init_members();
    let b = crate::builtins::init();
    let s = crate::modules::sys::init(cfg);
    let modules = crate::modules::sys::modules();
    dict::set_item_str(modules, "builtins", b.value());
    dict::set_item_str(modules, "sys", s.value());
}
