// kh-parse's one setting of the C allocator (glibc's malloc), for the command-line tool: plain C types,
// like CICU; <malloc.h> stays inside khmemory.c (Swift's Glibc module does not offer mallopt).
#ifndef KHMEMORY_H
#define KHMEMORY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Every block of at least `threshold` bytes gets its own mapping, given back to the system when it
/// is freed. Returns 1 when the allocator took the setting, 0 when it did not (or is not glibc's).
int khmemory_map_blocks_from(size_t threshold);

#ifdef __cplusplus
}
#endif

#endif
