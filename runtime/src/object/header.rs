//! The heap object header, reference counting, allocation, and `Obj`, the owning handle.
//!
//! Every heap object starts with `#[repr(C)] ObjHeader { refcnt, ty }` (CPython's
//! `PyObject`). Reference counts are plain, non-atomic integers: that is sound only because
//! every object is touched by the thread holding the GIL (the invariant is stated in
//! `gil.rs`; `Value`/`Obj` are `!Send` so the type system keeps them on their thread).
//!
//! Immortal objects (static types, `None`, `True`, `False`, `NotImplemented`, `...`,
//! interned constants) start at [`IMMORTAL`], a count that increments and decrements can
//! never bring to zero, so refcount operations need no extra branch for them.
//!
//! Allocation goes through the global allocator (mimalloc in the binary). Each type's
//! `dealloc` slot knows its object's size and releases its children.

use super::typeobj::TypeObject;
use super::value::Value;
use std::alloc::{alloc, dealloc, Layout};
use std::cell::Cell;

/// The first two words of every heap object.
#[repr(C)]
pub struct ObjHeader {
    /// Reference count (non-atomic; see the module docs).
    pub refcnt: Cell<usize>,
    /// The object's type (a `TypeObject`, itself a heap object).
    pub ty: Cell<*const TypeObject>,
}

/// Initial count of immortal objects: decrements can never reach zero from here.
pub const IMMORTAL: usize = 1 << 62;

impl ObjHeader {
    /// A header for a static, immortal object of type `ty`.
    pub const fn immortal(ty: *const TypeObject) -> ObjHeader {
        ObjHeader { refcnt: Cell::new(IMMORTAL), ty: Cell::new(ty) }
    }

    /// The type.
    #[inline(always)]
    pub fn ty(&self) -> &TypeObject {
        // SAFETY: `ty` always points at a live type object: types are immortal or kept
        // alive by their instances (each instance of a heap type owns a reference).
        unsafe { &*self.ty.get() }
    }
}

/// Adds a reference to `v` if it is a heap pointer.
#[inline(always)]
pub fn incref(v: Value) {
    if v.is_ptr() {
        // SAFETY: a non-NULL pointer value points at a live object header.
        let h = unsafe { &*v.as_ptr() };
        h.refcnt.set(h.refcnt.get() + 1);
    }
}

/// Drops a reference to `v` if it is a heap pointer, freeing the object at zero.
#[inline(always)]
pub fn decref(v: Value) {
    if v.is_ptr() {
        // SAFETY: a non-NULL pointer value points at a live object header.
        let h = unsafe { &*v.as_ptr() };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: the count reached zero, so no other reference exists.
            unsafe { free_object(v) };
        }
    }
}

/// Releases an object whose count reached zero, through its type's `dealloc`.
///
/// # Safety
/// `v` is a heap object whose reference count just reached zero.
#[cold]
pub unsafe fn free_object(v: Value) {
    let h = &*v.as_ptr();
    let ty = h.ty();
    (ty.slots.dealloc.get())(v);
}

/// Allocates `size` bytes for an object of type `ty` with count 1. The caller
/// initializes the rest of the object before anyone else can see it.
pub fn alloc_object(ty: &TypeObject, size: usize) -> *mut ObjHeader {
    debug_assert!(size >= std::mem::size_of::<ObjHeader>());
    let layout = Layout::from_size_align(size, 8).expect("object layout");
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { alloc(layout) } as *mut ObjHeader;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // Instances of heap types keep their type alive.
    incref(Value::from_ptr(ty as *const TypeObject));
    // SAFETY: `p` is freshly allocated, aligned and large enough for the header.
    unsafe { p.write(ObjHeader { refcnt: Cell::new(1), ty: Cell::new(ty) }) };
    p
}

/// Frees the memory of an object allocated by [`alloc_object`] with the same `size`,
/// releasing the reference its instance held on its type.
///
/// # Safety
/// `v` must be an object of `size` bytes whose count reached zero and whose fields were
/// already released.
pub unsafe fn free_memory(v: Value, size: usize) {
    let p = v.as_ptr();
    let ty = (*p).ty.get();
    dealloc(p as *mut u8, Layout::from_size_align(size, 8).expect("object layout"));
    decref(Value::from_ptr(ty));
}

/// An owned reference: cloning increments the count, dropping decrements it.
#[repr(transparent)]
pub struct Obj(Value);

impl Obj {
    /// Takes ownership of a reference the caller already holds.
    ///
    /// # Safety
    /// The caller must own one reference to `v` (or `v` is an immediate/NULL).
    #[inline(always)]
    pub unsafe fn from_raw(v: Value) -> Obj {
        Obj(v)
    }

    /// Wraps a value that needs no reference counting (ints, floats, immortals).
    #[inline(always)]
    pub fn immediate(v: Value) -> Obj {
        Obj(v)
    }

    /// A new reference to a borrowed value.
    #[inline(always)]
    pub fn new_ref(v: Value) -> Obj {
        incref(v);
        Obj(v)
    }

    /// The borrowed value.
    #[inline(always)]
    pub fn value(&self) -> Value {
        self.0
    }

    /// Gives up ownership without decrementing (the caller now owns the reference).
    #[inline(always)]
    pub fn into_raw(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }

    /// A small int.
    #[inline(always)]
    pub fn small_int(i: i64) -> Obj {
        Obj(Value::small_int_unchecked(i))
    }
}

impl Clone for Obj {
    #[inline(always)]
    fn clone(&self) -> Obj {
        incref(self.0);
        Obj(self.0)
    }
}

impl Drop for Obj {
    #[inline(always)]
    fn drop(&mut self) {
        decref(self.0);
    }
}

impl std::ops::Deref for Obj {
    type Target = Value;
    #[inline(always)]
    fn deref(&self) -> &Value {
        &self.0
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Obj({:?})", self.0)
    }
}

/// A static object shared by all threads. Sound because its mutable parts (`Cell`s) are
/// only touched by the thread holding the GIL.
#[repr(transparent)]
pub struct Static<T>(pub T);

// SAFETY: see the type's doc — every access to the interior happens under the GIL.
unsafe impl<T> Sync for Static<T> {}

impl<T> std::ops::Deref for Static<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Process-wide mutable state that lives outside any object (intern table, caches).
/// Sound for the same reason as [`Static`]: it is only touched under the GIL.
pub struct GilCell<T>(std::cell::UnsafeCell<T>);

// SAFETY: see the type's doc — only the thread holding the GIL touches the interior.
unsafe impl<T> Sync for GilCell<T> {}

impl<T> GilCell<T> {
    /// Wraps a value.
    pub const fn new(v: T) -> GilCell<T> {
        GilCell(std::cell::UnsafeCell::new(v))
    }

    /// Mutable access.
    ///
    /// # Safety
    /// The caller holds the GIL and keeps the borrow short: no other borrow of the same
    /// cell may be alive (no re-entry into code that uses this cell while borrowed).
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get_mut(&self) -> &mut T {
        &mut *self.0.get()
    }
}
