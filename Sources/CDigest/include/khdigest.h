// kh-parse's window onto the system's libcrypto (OpenSSL), for the one digest the output needs
// (source.sha256). Plain C types only, like CICU: OpenSSL's headers stay inside khdigest.c.
#ifndef KHDIGEST_H
#define KHDIGEST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the SHA-256 digest of `length` bytes at `data` into `out` (32 bytes).
/// Returns 0 on success, -1 when libcrypto fails.
int khdigest_sha256(const uint8_t *data, size_t length, uint8_t out[32]);

#ifdef __cplusplus
}
#endif

#endif
