// kh-parse's window onto system ICU. Plain C types only: the ICU headers are included by
// khicu.c alone, so Swift code that imports Foundation never sees a second UErrorCode.
#ifndef KHICU_H
#define KHICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Result codes shared by every function below.
enum {
    KHICU_OK = 0,
    KHICU_OVERFLOW = 1,   // dest too small: the return value is the length needed
    KHICU_FAILED = 2      // any other ICU error (unknown converter, bad data)
};

/// Normalization forms understood by khicu_normalize.
enum { KHICU_NFC = 0, KHICU_NFD = 1, KHICU_NFKC = 2, KHICU_NFKD = 3 };

/// Normalizes UTF-16 `src` into `dest`. Returns the length written (or needed, with *status
/// set to KHICU_OVERFLOW).
int32_t khicu_normalize(int32_t form, const uint16_t *src, int32_t srcLength,
                        uint16_t *dest, int32_t destCapacity, int32_t *status);

/// Returns 1 when `src` is already in the given form (quick check, then full check).
int32_t khicu_is_normalized(int32_t form, const uint16_t *src, int32_t srcLength, int32_t *status);

/// The matching key of normalization.md: "NFKD; [:Default_Ignorable_Code_Point:] Remove;
/// [:Mn:] Remove; NFC; Latin-ASCII; Any-Lower" ("Quý II" -> "quy ii", "Đ" -> "d").
int32_t khicu_fold(const uint16_t *src, int32_t srcLength,
                   uint16_t *dest, int32_t destCapacity, int32_t *status);

/// Decodes bytes in an ICU converter's charset (e.g. "windows-1258") to UTF-16.
/// *substitutions receives the number of bytes ICU could not map (replaced by U+FFFD).
int32_t khicu_decode(const char *charset, const uint8_t *src, int32_t srcLength,
                     uint16_t *dest, int32_t destCapacity, int32_t *substitutions, int32_t *status);

/// The version of the ICU library linked, as "72.1".
const char *khicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
