// kh-parse's settings of the C allocator (glibc's malloc), for the command-line tool: plain C types,
// like CICU; <malloc.h> stays inside khmemory.c (Swift's Glibc module offers neither mallopt nor malloc_trim).
#ifndef KHMEMORY_H
#define KHMEMORY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Every block of at least `threshold` bytes gets its own mapping, given back to the system when it
/// is freed. Returns 1 when the allocator took the setting, 0 when it did not (or is not glibc's).
int khmemory_map_blocks_from(size_t threshold);

/// Gives the free memory of every arena back to the system (malloc_trim(3)): after a large document,
/// whose many small blocks were freed on another thread than the one that made them. Returns 1 when
/// some memory was given back, 0 otherwise (or when the allocator is not glibc's).
int khmemory_give_back_free(void);

#ifdef __cplusplus
}
#endif

#endif
