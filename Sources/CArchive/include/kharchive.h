// kh-parse's window onto the system's libarchive (Debian libarchive-dev), for reading .zip, .tar(.gz/.xz/.bz2),
// .7z and .rar as a stream, never unpacking to disk. Plain C types only, like CICU and CDigest: libarchive's
// headers stay inside kharchive.c.
#ifndef KHARCHIVE_H
#define KHARCHIVE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An open archive being read (opaque).
typedef struct kharchive kharchive;

/// What kind of entry `kharchive_next` returned.
enum {
    KHARCHIVE_FILE = 1,
    KHARCHIVE_DIRECTORY = 2,
    KHARCHIVE_SYMLINK = 3,
    KHARCHIVE_OTHER = 4,
};

/// One entry's header. `name` points into the archive's own storage, valid until the next call.
typedef struct {
    const char *name;      // the name's bytes as stored (UTF-8 when the archive says so, else a legacy code page)
    size_t name_length;
    int name_is_utf8;      // 1 when the archive marks the name as Unicode (zip flag, 7z, pax), else 0
    int64_t size;          // uncompressed size, or -1 when the header does not say
    int kind;              // KHARCHIVE_FILE …
    int encrypted;         // 1 when the entry's data or metadata is encrypted
    const char *link;      // a symbolic link's target as stored (same encoding as `name`), else NULL
    size_t link_length;
} kharchive_entry;

/// Opens a file (by path) or `length` bytes in memory. Returns NULL only when out of memory; an archive
/// libarchive cannot recognise still opens, and its error is reported by the first `kharchive_next`.
kharchive *kharchive_open_file(const char *path);
kharchive *kharchive_open_memory(const void *data, size_t length);

/// Moves to the next entry: 1 and fills `entry`, 0 at the end, -1 when the archive is damaged (see
/// `kharchive_error`); after -1 the archive can only be closed.
int kharchive_next(kharchive *archive, kharchive_entry *entry);

/// Reads up to `capacity` bytes of the current entry's data: the count, 0 at its end, -1 on error
/// (damaged, truncated, encrypted: see `kharchive_error`).
int64_t kharchive_read(kharchive *archive, void *buffer, size_t capacity);

/// The last error's message (never NULL), and whether it came from an encrypted entry.
const char *kharchive_error(kharchive *archive);

/// Compressed bytes consumed so far from the underlying file or memory.
int64_t kharchive_consumed(kharchive *archive);

/// Bytes the archive format has read after decompression of the whole stream (.tar.gz, .tar.xz: the tar
/// inside, including entries skipped without reading them); equal to `kharchive_consumed` for formats that
/// compress each entry (.zip, .7z, .rar).
int64_t kharchive_stream_bytes(kharchive *archive);

void kharchive_close(kharchive *archive);

#ifdef __cplusplus
}
#endif

#endif
