#include "khmemory.h"

#if defined(__linux__)
#include <malloc.h>
#endif

// glibc starts by mapping blocks of 128 KiB and more on their own, but each such block it frees raises
// that threshold (up to 32 MiB): after a large document's first big arrays are freed, the next ones
// of that size come from the heap, where the space they leave when freed is kept by the process. A
// fixed threshold turns that off (mallopt(3)), so resident memory follows what is live.
int khmemory_map_blocks_from(size_t threshold) {
#if defined(M_MMAP_THRESHOLD)
    if (threshold > (size_t)0x7fffffff) return 0;
    return mallopt(M_MMAP_THRESHOLD, (int)threshold) == 1 ? 1 : 0;
#else
    (void)threshold;
    return 0;
#endif
}

// Each thread that allocates gets an arena of its own; a block freed on another thread goes back to
// the arena it came from, where it stays resident until that arena's top is trimmed. A batch's large
// document is freed by the writing thread while the next one is parsed on a worker; one thread too
// leaves holes the next document does not fill. Five 51 MB plans held 513 MB at -j 2, 297 MB at -j 1.
int khmemory_give_back_free(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}
