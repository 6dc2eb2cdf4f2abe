#include "khdigest.h"

#include <openssl/evp.h>

int khdigest_sha256(const uint8_t *data, size_t length, uint8_t out[32]) {
    unsigned int written = 0;
    // EVP_Digest is the one-shot form: no context to leak on any path.
    if (EVP_Digest(data, length, out, &written, EVP_sha256(), NULL) != 1 || written != 32) {
        return -1;
    }
    return 0;
}
