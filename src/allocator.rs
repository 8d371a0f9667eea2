//! The global allocator: mimalloc, entered the cheapest way for each request, and
//! configured before the program's first allocation.

#[global_allocator]
static GLOBAL: Allocator = Allocator;

extern "C" {
    // mimalloc's unaligned entry points (linked in with the allocator).
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
    fn mi_free(p: *mut std::ffi::c_void);
}

/// mimalloc, entered by its plain `mi_malloc` for the (nearly universal) requests whose
/// alignment its blocks always have: `MiMalloc` goes through `mi_malloc_aligned` for
/// every request, whose checks showed up at ~5% of allocation-heavy programs
/// (binary_trees).
struct Allocator;

/// Every mimalloc block is aligned to at least a pointer.
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: small requests go to mimalloc's own malloc/zalloc/realloc/free, whose blocks
// satisfy any alignment up to PLAIN_ALIGN; the rest to MiMalloc. mi_free releases
// blocks from either path.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            return mi_malloc(layout.size()) as *mut u8;
        }
        mimalloc::MiMalloc.alloc(layout)
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            return mi_zalloc(layout.size()) as *mut u8;
        }
        mimalloc::MiMalloc.alloc_zeroed(layout)
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        mi_free(ptr as *mut std::ffi::c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            return mi_realloc(ptr as *mut std::ffi::c_void, new_size) as *mut u8;
        }
        mimalloc::MiMalloc.realloc(ptr, layout, new_size)
    }
}

#[cfg(target_os = "linux")]
extern "C" {
    /// mimalloc's option setter (linked in with the allocator).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_arena_eager_commit` in mimalloc's `mi_option_t`.
#[cfg(target_os = "linux")]
const MI_OPTION_ARENA_EAGER_COMMIT: std::ffi::c_int = 4;

/// Commit arena memory as it is used rather than a whole arena chunk at once: with eager
/// commit, compiling one large function grew the resident set by ~40 MB of pages the
/// kernel had to zero (examples/bench/nbody.py: 54 MB resident, 18 MB without).
#[cfg(target_os = "linux")]
extern "C" fn configure_allocator() {
    // SAFETY: sets a plain option value; mimalloc reads options when it next commits.
    unsafe { mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
}

/// Runs `configure_allocator` as an ELF constructor, before the first allocation the
/// program makes (options read at mimalloc's own start-up would come too late in `main`).
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static CONFIGURE_ALLOCATOR: extern "C" fn() = configure_allocator;
