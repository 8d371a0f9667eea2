//! Interpreter frames and the per-thread data stack they live on.
//!
//! A frame is a fixed header followed by its `localsplus` slots (locals, cells, free
//! variables) and then its evaluation stack, contiguous in one block (CPython 3.11's
//! `_PyInterpreterFrame`). Blocks are carved from the thread's data stack, which *is* the
//! frame free-list: pushing a frame is a pointer bump into memory reused LIFO, popping
//! resets the pointer. The stack grows by chunks that never move, so frame pointers stay
//! valid.
//!
//! Generators own their frame outside the data stack (`kind == Generator`); a frame
//! outlived by its Python frame object (`sys._getframe()`, tracebacks) is copied into
//! that object when popped (`kind == Owned`).

use crate::bytecode::code::CodeObject;
use crate::object::{decref, incref, Value};
use std::cell::Cell;

/// Who owns a frame's memory.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum FrameKind {
    /// A block of the thread's data stack.
    DataStack,
    /// A generator's own buffer.
    Generator,
    /// A frame object's copy, after the frame finished.
    Owned,
}

/// A frame header; `localsplus` and the evaluation stack follow it in memory.
#[repr(C)]
pub struct Frame {
    /// The code being run (a reference owned by the frame).
    pub code: *const CodeObject,
    /// The function (owned) or NULL for module and class bodies.
    pub func: Value,
    /// Globals dict (owned).
    pub globals: Value,
    /// Builtins dict (owned).
    pub builtins: Value,
    /// Locals mapping of module/class bodies (owned) or NULL.
    pub locals: Value,
    /// The calling frame.
    pub previous: *mut Frame,
    /// Next instruction, in code units.
    pub ip: Cell<u32>,
    /// The instruction being executed (for tracebacks, `f_lasti`, `f_lineno`).
    pub lasti: Cell<u32>,
    /// Values on the evaluation stack.
    pub stack_depth: Cell<u32>,
    /// Number of localsplus slots.
    pub nlocalsplus: u32,
    /// The Python frame object, once materialized (owned by the frame).
    pub frame_obj: Cell<Value>,
    /// Memory owner.
    pub kind: Cell<FrameKind>,
    /// Returning from this frame returns from the Rust call that started it.
    pub is_entry: Cell<bool>,
    /// Data-stack bookkeeping: the stack top and chunk before this frame was pushed.
    prev_top: *mut Value,
    prev_chunk: usize,
}

/// Sets `n` slots from `p` to NULL (NULL is the all-zero word). Most frames have a handful of locals, for which a
/// call to `memset` (what a plain loop becomes) costs more than the stores.
///
/// # Safety
/// `p` must point to `n` writable slots.
#[inline(always)]
pub unsafe fn null_slots(p: *mut Value, n: usize) {
    // Constant-size writes per arm become a few stores; a variable-length loop would be
    // turned back into the `memset` call this avoids.
    let p = p as *mut u64;
    match n {
        0 => {}
        1 => p.cast::<[u64; 1]>().write([0; 1]),
        2 => p.cast::<[u64; 2]>().write([0; 2]),
        3 => p.cast::<[u64; 3]>().write([0; 3]),
        4 => p.cast::<[u64; 4]>().write([0; 4]),
        5 => p.cast::<[u64; 5]>().write([0; 5]),
        6 => p.cast::<[u64; 6]>().write([0; 6]),
        7 => p.cast::<[u64; 7]>().write([0; 7]),
        8 => p.cast::<[u64; 8]>().write([0; 8]),
        _ => std::ptr::write_bytes(p, 0, n),
    }
}

/// Byte offsets of the private bookkeeping fields, for native code that pushes and
/// pops frames inline (the JIT's calls between compiled functions).
pub const PREV_TOP_OFFSET: usize = std::mem::offset_of!(Frame, prev_top);
/// See [`PREV_TOP_OFFSET`].
pub const PREV_CHUNK_OFFSET: usize = std::mem::offset_of!(Frame, prev_chunk);

/// Words of header before `localsplus`.
pub const HEADER_WORDS: usize = std::mem::size_of::<Frame>().div_ceil(8);

impl Frame {
    /// The code object.
    #[inline(always)]
    pub fn code(&self) -> &'static CodeObject {
        // SAFETY: the frame holds a reference to its code for its whole life.
        unsafe { &*self.code }
    }

    /// Pointer to localsplus slot 0 (the stack follows the last slot).
    #[inline(always)]
    pub fn localsplus(&self) -> *mut Value {
        // SAFETY: slots follow the header in the same allocation.
        unsafe { (self as *const Frame as *mut Value).add(HEADER_WORDS) }
    }

    /// Pointer to the bottom of the evaluation stack.
    #[inline(always)]
    pub fn stack_base(&self) -> *mut Value {
        // SAFETY: the stack follows localsplus in the same allocation.
        unsafe { self.localsplus().add(self.nlocalsplus as usize) }
    }

    /// Localsplus slot `i`.
    #[inline(always)]
    pub fn local(&self, i: usize) -> Value {
        // SAFETY: callers index within nlocalsplus.
        unsafe { *self.localsplus().add(i) }
    }

    /// Sets localsplus slot `i` (the previous value's reference is released).
    #[inline(always)]
    pub fn set_local(&self, i: usize, v: Value) {
        // SAFETY: callers index within nlocalsplus.
        unsafe {
            let p = self.localsplus().add(i);
            let old = *p;
            *p = v;
            decref(old);
        }
    }

    /// Total words of a frame for `code`.
    pub fn size_words(code: &CodeObject) -> usize {
        HEADER_WORDS + code.nlocalsplus as usize + code.stacksize as usize
    }

    /// Initializes a frame header at `p` (localsplus slots set to NULL; the stack is
    /// uninitialized, `stack_depth` says what is live). A frame running a function owns
    /// one reference to the function, which keeps its code, globals and builtins alive
    /// (CPython 3.11's frames borrow them the same way); a frame without one (module and
    /// `exec` code) owns references to those three. `locals` is always owned. `token`
    /// comes from the push that made the memory (or `PushToken::NONE`).
    ///
    /// # Safety
    /// `p` must point to `size_words(code)` writable words; a non-NULL `func` must be the
    /// function whose code, globals and builtins are passed.
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn init(p: *mut Frame, code: &CodeObject, func: Value, globals: Value, builtins: Value, locals: Value, kind: FrameKind, token: PushToken) {
        if func.is_null() {
            incref(code.as_value());
            incref(globals);
            incref(builtins);
        } else {
            incref(func);
        }
        incref(locals);
        Self::init_moved(p, code, func, globals, builtins, locals, kind, token);
    }

    /// `init` for a caller that hands over the references (`func`'s, or code, globals
    /// and builtins when `func` is NULL, and `locals`) instead of having them counted.
    ///
    /// # Safety
    /// As `init`; the references passed are owned by the frame from now on.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub unsafe fn init_moved(p: *mut Frame, code: &CodeObject, func: Value, globals: Value, builtins: Value, locals: Value, kind: FrameKind, token: PushToken) {
        p.write(Frame {
            code,
            func,
            globals,
            builtins,
            locals,
            previous: std::ptr::null_mut(),
            ip: Cell::new(0),
            lasti: Cell::new(0),
            stack_depth: Cell::new(0),
            nlocalsplus: code.nlocalsplus,
            frame_obj: Cell::new(Value::NULL),
            kind: Cell::new(kind),
            is_entry: Cell::new(false),
            prev_top: token.prev_top,
            prev_chunk: token.prev_chunk,
        });
        null_slots((*p).localsplus(), code.nlocalsplus as usize);
    }

    /// Releases everything the frame owns (locals, stack, header references).
    ///
    /// # Safety
    /// Called once, when the frame finishes (or its owner dies).
    pub unsafe fn clear(&self) {
        let slots = self.localsplus();
        let n = self.nlocalsplus as usize + self.stack_depth.get() as usize;
        for i in 0..n {
            let v = *slots.add(i);
            *slots.add(i) = Value::NULL;
            decref(v);
        }
        self.stack_depth.set(0);
        decref(self.locals);
        if self.func.is_null() {
            decref(self.globals);
            decref(self.builtins);
            decref(self.code().as_value());
        } else {
            decref(self.func);
        }
    }

    /// The line being executed.
    pub fn lineno(&self) -> Option<u32> {
        self.code().line_of(self.lasti.get())
    }
}

const CHUNK_WORDS: usize = 1 << 16;

/// The per-thread stack of frames.
pub struct DataStack {
    chunks: Vec<Box<[Value]>>,
    cur: usize,
    top: *mut Value,
    limit: *mut Value,
}

/// Byte offsets of `DataStack`'s fields for native code pushing frames inline: it bumps
/// `top` when the frame fits below `limit` and records `top`/`cur` in the frame, exactly
/// as [`DataStack::push`] does.
pub const DATASTACK_TOP_OFFSET: usize = std::mem::offset_of!(DataStack, top);
/// See [`DATASTACK_TOP_OFFSET`].
pub const DATASTACK_LIMIT_OFFSET: usize = std::mem::offset_of!(DataStack, limit);
/// See [`DATASTACK_TOP_OFFSET`].
pub const DATASTACK_CUR_OFFSET: usize = std::mem::offset_of!(DataStack, cur);

impl DataStack {
    /// An empty stack (the first chunk is made on first use).
    pub fn new() -> DataStack {
        DataStack { chunks: Vec::new(), cur: 0, top: std::ptr::null_mut(), limit: std::ptr::null_mut() }
    }

    /// Carves a frame of `words` words; returns its address and the token to pass to
    /// `Frame::init`.
    #[inline(always)]
    pub fn push(&mut self, words: usize) -> (*mut Frame, PushToken) {
        // SAFETY: `top..limit` lies inside the current chunk.
        if self.top.is_null() || unsafe { self.limit.offset_from(self.top) } < words as isize {
            return self.push_slow(words);
        }
        let p = self.top as *mut Frame;
        let token = PushToken { prev_top: self.top, prev_chunk: self.cur };
        // SAFETY: checked above that `words` fit.
        self.top = unsafe { self.top.add(words) };
        (p, token)
    }

    #[cold]
    fn push_slow(&mut self, words: usize) -> (*mut Frame, PushToken) {
        let token = PushToken { prev_top: self.top, prev_chunk: self.cur };
        let mut next = if self.top.is_null() { 0 } else { self.cur + 1 };
        loop {
            if next >= self.chunks.len() {
                let size = CHUNK_WORDS.max(words);
                self.chunks.push(vec![Value::NULL; size].into_boxed_slice());
                next = self.chunks.len() - 1;
            }
            if self.chunks[next].len() >= words {
                break;
            }
            next += 1;
        }
        self.cur = next;
        let chunk = &mut self.chunks[next];
        let start = chunk.as_mut_ptr();
        // SAFETY: the chunk holds at least `words` values.
        self.limit = unsafe { start.add(chunk.len()) };
        self.top = unsafe { start.add(words) };
        (start as *mut Frame, token)
    }

    /// Pops a frame (which must be the top one).
    #[inline]
    pub fn pop(&mut self, f: *mut Frame) {
        // SAFETY: `f` is the most recently pushed live frame.
        let (t, c) = unsafe { ((*f).prev_top, (*f).prev_chunk) };
        self.top = t;
        if c != self.cur {
            self.cur = c;
            if t.is_null() {
                self.limit = std::ptr::null_mut();
            } else {
                let chunk = &mut self.chunks[c];
                // SAFETY: pointer to one past the chunk's end.
                self.limit = unsafe { chunk.as_mut_ptr().add(chunk.len()) };
            }
        }
    }
}

impl Default for DataStack {
    fn default() -> Self {
        DataStack::new()
    }
}

/// Where the data stack stood before a push (restored by `pop`).
#[derive(Clone, Copy)]
pub struct PushToken {
    prev_top: *mut Value,
    prev_chunk: usize,
}

impl PushToken {
    /// For frames that do not live on the data stack.
    pub const NONE: PushToken = PushToken { prev_top: std::ptr::null_mut(), prev_chunk: 0 };
}
