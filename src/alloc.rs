//! The allocator of the `nianbao` binary and of the stage benches:
//! mimalloc, built without transparent huge pages (perf showed 14–20% of a
//! run zeroing 2 MB pages).

/// mimalloc through its plain `mi_malloc`/`mi_realloc` whenever the
/// alignment asked for is one those guarantee (16 bytes, and not more than
/// the size). `mimalloc::MiMalloc` calls `mi_malloc_aligned` for every
/// request, which in mimalloc 3 leaves the fast path for any block over
/// 1 KiB whose size class is not a power of two (and over-allocates it):
/// a fifth of the allocations of a run over text reports, 3% of its
/// instructions.
pub struct Mi;

/// The alignment every `mi_malloc` block has.
const MI_MIN_ALIGN: usize = 16;

fn plain(layout: std::alloc::Layout) -> bool {
    layout.align() <= MI_MIN_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every block comes from mimalloc with at least the layout's
// alignment (`plain` layouts: mimalloc's own guarantee) and goes back to
// it through `mi_free`, which takes blocks of every entry point.
unsafe impl std::alloc::GlobalAlloc for Mi {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: plain FFI calls; a null result is passed on as failure.
        unsafe {
            if plain(layout) {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: as in `alloc`.
        unsafe {
            if plain(layout) {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: `ptr` came from this allocator with `layout`; the new
        // block keeps its alignment (`plain` for the new size, or the
        // aligned entry point).
        unsafe {
            if layout.align() <= MI_MIN_ALIGN && layout.align() <= new_size {
                mi::mi_realloc(ptr.cast(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}
