#include "kharchive.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdlib.h>
#include <string.h>

struct kharchive {
    struct archive *a;
    int failed;
    char message[512];
};

static kharchive *make(void) {
    kharchive *k = calloc(1, sizeof *k);
    if (!k) return NULL;
    k->a = archive_read_new();
    if (!k->a) { free(k); return NULL; }
    archive_read_support_filter_all(k->a);
    archive_read_support_format_all(k->a);
    // Zip: read entry names as raw bytes unless flagged UTF-8, so the caller can decode legacy code pages.
    return k;
}

static void remember(kharchive *k, const char *fallback) {
    const char *m = archive_error_string(k->a);
    strncpy(k->message, m ? m : fallback, sizeof k->message - 1);
    k->message[sizeof k->message - 1] = 0;
}

static kharchive *opened(kharchive *k, int status) {
    if (status != ARCHIVE_OK) {
        k->failed = 1;
        remember(k, "not an archive libarchive can read");
    }
    return k;
}

kharchive *kharchive_open_file(const char *path) {
    kharchive *k = make();
    if (!k) return NULL;
    return opened(k, archive_read_open_filename(k->a, path, 1 << 16));
}

kharchive *kharchive_open_memory(const void *data, size_t length) {
    kharchive *k = make();
    if (!k) return NULL;
    return opened(k, archive_read_open_memory(k->a, data, length));
}

int kharchive_next(kharchive *k, kharchive_entry *out) {
    if (k->failed) return -1;
    struct archive_entry *e = NULL;
    int r = archive_read_next_header(k->a, &e);
    if (r == ARCHIVE_EOF) return 0;
    // ARCHIVE_RETRY is a damaged header that libarchive would skip by searching for the next one (a tar with
    // garbage after an entry): the damage is reported, not skipped in silence (found by Fuzz/FuzzArchive).
    if (r == ARCHIVE_RETRY || r < ARCHIVE_WARN || e == NULL) {
        k->failed = 1;
        remember(k, "damaged archive");
        return -1;
    }
    memset(out, 0, sizeof *out);
    const char *utf8 = archive_entry_pathname_utf8(e);
    const char *raw = archive_entry_pathname(e);
    // libarchive knows the name is Unicode for zip (general-purpose flag 11), 7z, rar5, pax headers; its
    // UTF-8 form then exists and equals the raw bytes or converts them. A legacy zip name has no UTF-8 form
    // in the C locale, or only an identical copy of the raw bytes: the caller decides on those.
    if (utf8 && raw && strcmp(utf8, raw) != 0) {
        out->name = utf8; out->name_is_utf8 = 1;
    } else if (raw) {
        out->name = raw; out->name_is_utf8 = 0;
    } else if (utf8) {
        out->name = utf8; out->name_is_utf8 = 1;
    } else {
        out->name = ""; out->name_is_utf8 = 1;
    }
    out->name_length = strlen(out->name);
    out->size = archive_entry_size_is_set(e) ? (int64_t)archive_entry_size(e) : -1;
    switch (archive_entry_filetype(e)) {
    case AE_IFREG: out->kind = KHARCHIVE_FILE; break;
    case AE_IFDIR: out->kind = KHARCHIVE_DIRECTORY; break;
    case AE_IFLNK: out->kind = KHARCHIVE_SYMLINK; break;
    default: out->kind = KHARCHIVE_OTHER; break;
    }
    out->encrypted = archive_entry_is_encrypted(e) ? 1 : 0;
    if (out->kind == KHARCHIVE_SYMLINK) {
        const char *target = out->name_is_utf8 ? archive_entry_symlink_utf8(e) : NULL;
        if (!target) target = archive_entry_symlink(e);
        if (target) { out->link = target; out->link_length = strlen(target); }
    }
    return 1;
}

int64_t kharchive_read(kharchive *k, void *buffer, size_t capacity) {
    if (k->failed) return -1;
    la_ssize_t n = archive_read_data(k->a, buffer, capacity);
    if (n < 0) {
        remember(k, "damaged entry");
        if (n == ARCHIVE_FATAL) k->failed = 1;
        return -1;
    }
    return (int64_t)n;
}

const char *kharchive_error(kharchive *k) { return k->message[0] ? k->message : "damaged archive"; }

int64_t kharchive_consumed(kharchive *k) { return (int64_t)archive_filter_bytes(k->a, -1); }

int64_t kharchive_stream_bytes(kharchive *k) { return (int64_t)archive_filter_bytes(k->a, 0); }

void kharchive_close(kharchive *k) {
    if (!k) return;
    archive_read_free(k->a);
    free(k);
}
