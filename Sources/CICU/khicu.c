#include "khicu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

static int32_t finish(UErrorCode err, int32_t length, int32_t *status) {
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) {
        *status = err == U_BUFFER_OVERFLOW_ERROR ? KHICU_OVERFLOW : KHICU_OK;
    } else {
        *status = U_FAILURE(err) ? KHICU_FAILED : KHICU_OK;
    }
    return length;
}

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *err) {
    switch (form) {
    case KHICU_NFD: return unorm2_getNFDInstance(err);
    case KHICU_NFKC: return unorm2_getNFKCInstance(err);
    case KHICU_NFKD: return unorm2_getNFKDInstance(err);
    default: return unorm2_getNFCInstance(err);
    }
}

int32_t khicu_normalize(int32_t form, const uint16_t *src, int32_t srcLength,
                        uint16_t *dest, int32_t destCapacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &err);
    if (U_FAILURE(err)) return finish(err, 0, status);
    int32_t length = unorm2_normalize(n, (const UChar *)src, srcLength, (UChar *)dest, destCapacity, &err);
    return finish(err, length, status);
}

int32_t khicu_is_normalized(int32_t form, const uint16_t *src, int32_t srcLength, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &err);
    if (U_FAILURE(err)) { *status = KHICU_FAILED; return 0; }
    UBool ok = unorm2_isNormalized(n, (const UChar *)src, srcLength, &err);
    *status = U_FAILURE(err) ? KHICU_FAILED : KHICU_OK;
    return ok ? 1 : 0;
}

// The full transliterator is slow to build and not safe to share between threads, so one
// instance is built lazily and used under a lock — only for text the fast path cannot fold.
static pthread_mutex_t fold_lock = PTHREAD_MUTEX_INITIALIZER;
static UTransliterator *fold_transliterator = NULL;

static int32_t fold_slow(const uint16_t *src, int32_t srcLength,
                         uint16_t *dest, int32_t destCapacity, int32_t *status) {
    static const char *rules = "NFKD; [:Default_Ignorable_Code_Point:] Remove; [:Mn:] Remove; NFC; Latin-ASCII; Any-Lower";
    UErrorCode err = U_ZERO_ERROR;
    pthread_mutex_lock(&fold_lock);
    if (fold_transliterator == NULL) {
        UChar id[128];
        u_uastrcpy(id, rules);
        fold_transliterator = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
        if (U_FAILURE(err)) { fold_transliterator = NULL; pthread_mutex_unlock(&fold_lock); return finish(err, 0, status); }
    }
    // utrans works in place: copy into dest first, growing up to the capacity.
    if (srcLength > destCapacity) {
        pthread_mutex_unlock(&fold_lock);
        *status = KHICU_OVERFLOW;
        return srcLength * 4 + 16;
    }
    memcpy(dest, src, (size_t)srcLength * sizeof(uint16_t));
    int32_t textLength = srcLength;
    int32_t limit = srcLength;
    utrans_transUChars(fold_transliterator, (UChar *)dest, &textLength, destCapacity, 0, &limit, &err);
    pthread_mutex_unlock(&fold_lock);
    if (err == U_BUFFER_OVERFLOW_ERROR) { *status = KHICU_OVERFLOW; return textLength > destCapacity ? textLength : destCapacity * 2; }
    return finish(err, textLength, status);
}

int32_t khicu_fold(const uint16_t *src, int32_t srcLength,
                   uint16_t *dest, int32_t destCapacity, int32_t *status) {
    // Fast path, identical in result for Latin text: NFKD, drop ignorables and Mn, map the
    // stroke letters (Đ đ Ð ð Ɖ ɖ) that have no decomposition, lower-case ASCII. Anything else
    // non-ASCII goes through the real transliterator.
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&err);
    if (U_FAILURE(err)) return finish(err, 0, status);
    UChar stackBuffer[512];
    UChar *buffer = stackBuffer;
    int32_t cap = (int32_t)(sizeof(stackBuffer) / sizeof(UChar));
    int32_t n = unorm2_normalize(nfkd, (const UChar *)src, srcLength, buffer, cap, &err);
    UChar *allocated = NULL;
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        err = U_ZERO_ERROR;
        allocated = (UChar *)malloc(sizeof(UChar) * (size_t)(n + 1));
        if (!allocated) { *status = KHICU_FAILED; return 0; }
        buffer = allocated;
        n = unorm2_normalize(nfkd, (const UChar *)src, srcLength, buffer, n + 1, &err);
    }
    if (U_FAILURE(err)) { free(allocated); return finish(err, 0, status); }
    int32_t out = 0;
    int needSlow = 0;
    for (int32_t i = 0; i < n && !needSlow; ) {
        UChar32 c;
        U16_NEXT(buffer, i, n, c);
        if (u_charType(c) == U_NON_SPACING_MARK || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
        if (c == 0x0110 || c == 0x00D0 || c == 0x0189 || c == 0x0111 || c == 0x00F0 || c == 0x0256) c = 'd';
        else if (c < 0x80) { if (c >= 'A' && c <= 'Z') c += 32; }
        else { needSlow = 1; break; }
        if (out < destCapacity) dest[out] = (uint16_t)c;
        out++;
    }
    free(allocated);
    if (needSlow) return fold_slow(src, srcLength, dest, destCapacity, status);
    *status = out > destCapacity ? KHICU_OVERFLOW : KHICU_OK;
    return out;
}

int32_t khicu_decode(const char *charset, const uint8_t *src, int32_t srcLength,
                     uint16_t *dest, int32_t destCapacity, int32_t *substitutions, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) return finish(err, 0, status);
    // Count substitutions by decoding once with the default callback and comparing U+FFFD.
    int32_t length = ucnv_toUChars(conv, (UChar *)dest, destCapacity, (const char *)src, srcLength, &err);
    ucnv_close(conv);
    if (substitutions && U_SUCCESS(err)) {
        int32_t count = 0;
        for (int32_t i = 0; i < length && i < destCapacity; i++) if (dest[i] == 0xFFFD) count++;
        *substitutions = count;
    }
    return finish(err, length, status);
}

const char *khicu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, text);
    return text;
}
