/*
 * nfc-bare: a bare ICU NFC pass over UTF-8 text, as a baseline for kh-parse's end-to-end time.
 *
 *   nfc-bare [-N] [-b BLOCK_BYTES] [FILE...]     (no FILE, or "-": standard input)
 *
 *   -N  no quick-check span of our own: every block goes through unorm2_normalize whole
 *       (ICU's normalizer still skips text that is already NFC internally); for comparison only.
 *
 * For each input (each file on its own, in the order given) it reads the bytes in blocks, converts
 * UTF-8 to UTF-16 (u_strFromUTF8WithSub: an ill-formed sequence becomes U+FFFD, one per maximal
 * subpart, as ICU's converters do), normalizes to NFC (unorm2_getNFCInstance; the quick-check span
 * unorm2_spanQuickCheckYes first, then unorm2_normalizeSecondAndAppend on the rest only), converts
 * back to UTF-8 (u_strToUTF8WithSub) and writes it to standard output.
 *
 * Streaming: a block is cut before a character that has an NFC boundary before it
 * (unorm2_hasBoundaryBefore) and that starts a complete, well-formed UTF-8 sequence; the bytes after
 * the cut are carried into the next block. Normalizing the pieces separately therefore gives the same
 * text as normalizing the whole input, and memory stays bounded by the block size for any input with
 * boundaries (every ASCII byte is one). A run with no boundary for MAX_BLOCK bytes (e.g. megabytes of
 * combining marks) is cut anyway at a character start, with a warning on stderr.
 *
 * Exit status: 0, or 1 if an input could not be read or ICU reported an error.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utypes.h>

#define MAX_BLOCK (256u << 20) /* bytes held without a boundary before cutting anyway */

static const UNormalizer2 *nfc;
static size_t block = 1u << 20;
static int noSpan = 0; /* -N */

/* Growable buffers, reused across blocks. */
static char *in;           static size_t inCap;   /* bytes read, not yet normalized */
static UChar *u16;         static size_t u16Cap;  /* the block in UTF-16 */
static UChar *norm;        static size_t normCap; /* its NFC form */
static char *out;          static size_t outCap;  /* the NFC form in UTF-8 */

static void *grow(void *p, size_t *cap, size_t need, size_t unit) {
    if (need <= *cap) return p;
    size_t n = *cap ? *cap : 4096;
    while (n < need) n *= 2;
    void *q = realloc(p, n * unit);
    if (!q) { fprintf(stderr, "nfc-bare: out of memory (%zu bytes)\n", n * unit); exit(1); }
    *cap = n;
    return q;
}

static int icuFailed(const char *what, UErrorCode err) {
    if (U_SUCCESS(err)) return 0;
    fprintf(stderr, "nfc-bare: %s: %s\n", what, u_errorName(err));
    return 1;
}

/* Normalize in[0..n) (a piece with a boundary at its end) and write it out. Returns 0 on success. */
static int normalizePiece(size_t n, FILE *dst) {
    if (n == 0) return 0;
    if (n > INT32_MAX / 3) { fprintf(stderr, "nfc-bare: piece too large\n"); return 1; }
    UErrorCode err = U_ZERO_ERROR;
    int32_t len16 = 0;
    u16 = grow(u16, &u16Cap, n + 1, sizeof(UChar)); /* a UTF-8 byte never gives more than one UTF-16 unit */
    u_strFromUTF8WithSub(u16, (int32_t)u16Cap, &len16, in, (int32_t)n, 0xFFFD, NULL, &err);
    if (icuFailed("u_strFromUTF8WithSub", err)) return 1;

    /* The quick-check span is already NFC; only the rest goes through the normalizer. */
    const UChar *text = u16;
    int32_t len = len16;
    int32_t yes = noSpan ? 0 : unorm2_spanQuickCheckYes(nfc, u16, len16, &err);
    if (icuFailed("unorm2_spanQuickCheckYes", err)) return 1;
    if (yes < len16) {
        size_t need = (size_t)len16 + (size_t)(len16 - yes) * 2 + 16; /* NFC grows a text at most 3x */
        for (;;) {
            norm = grow(norm, &normCap, need, sizeof(UChar));
            memcpy(norm, u16, (size_t)yes * sizeof(UChar));
            err = U_ZERO_ERROR;
            len = unorm2_normalizeSecondAndAppend(nfc, norm, yes, (int32_t)normCap,
                                                  u16 + yes, len16 - yes, &err);
            if (err == U_BUFFER_OVERFLOW_ERROR) { need = (size_t)len + 1; continue; }
            if (icuFailed("unorm2_normalizeSecondAndAppend", err)) return 1;
            break;
        }
        text = norm;
    }

    int32_t len8 = 0;
    out = grow(out, &outCap, (size_t)len * 3 + 1, 1); /* one UTF-16 unit gives at most 3 bytes */
    err = U_ZERO_ERROR;
    u_strToUTF8WithSub(out, (int32_t)outCap, &len8, text, len, 0xFFFD, NULL, &err);
    if (icuFailed("u_strToUTF8WithSub", err)) return 1;
    if (fwrite(out, 1, (size_t)len8, dst) != (size_t)len8) {
        fprintf(stderr, "nfc-bare: write: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}

/* Where in[0..n) may be cut: the last position p > 0 at which a character with an NFC boundary
 * before it starts a complete, well-formed UTF-8 sequence. Bytes before such a position decode the
 * same whatever follows (a lead byte is never a continuation byte). 0 if there is none. */
static size_t cutPoint(size_t n) {
    for (size_t p = n; p-- > 1;) {
        uint8_t b = (uint8_t)in[p];
        if (b < 0x80) {
            if (unorm2_hasBoundaryBefore(nfc, b)) return p; /* true for every ASCII character */
            continue;
        }
        if (U8_IS_TRAIL(b)) continue;
        int32_t i = 0, len = (int32_t)(n - p < 4 ? n - p : 4);
        UChar32 c;
        U8_NEXT((const uint8_t *)in + p, i, len, c);
        if (c >= 0 && unorm2_hasBoundaryBefore(nfc, c)) return p;
    }
    return 0;
}

static int convert(FILE *src, const char *name, FILE *dst) {
    size_t have = 0; /* bytes in `in` */
    int eof = 0;
    while (!eof || have > 0) {
        if (!eof) {
            in = grow(in, &inCap, have + block, 1);
            size_t rd = fread(in + have, 1, block, src);
            if (ferror(src)) {
                fprintf(stderr, "nfc-bare: %s: %s\n", name, strerror(errno));
                return 1;
            }
            have += rd;
            if (rd < block) eof = 1; /* fread returns short only at end of input (or error, above) */
        }
        size_t cut = eof ? have : cutPoint(have);
        if (cut == 0) {
            if (have < MAX_BLOCK) continue; /* no boundary yet: read more */
            for (cut = have - 1; cut > 0 && U8_IS_TRAIL((uint8_t)in[cut]); cut--) {}
            if (cut == 0) cut = have;
            fprintf(stderr, "nfc-bare: %s: no normalization boundary in %zu bytes; cut anyway\n", name, have);
        }
        if (normalizePiece(cut, dst)) return 1;
        memmove(in, in + cut, have - cut);
        have -= cut;
    }
    return 0;
}

int main(int argc, char **argv) {
    UErrorCode err = U_ZERO_ERROR;
    nfc = unorm2_getNFCInstance(&err);
    if (icuFailed("unorm2_getNFCInstance", err)) return 1;

    int first = 1;
    for (;;) {
        if (first < argc && strcmp(argv[first], "-N") == 0) { noSpan = 1; first++; continue; }
        if (first + 1 < argc && strcmp(argv[first], "-b") == 0) {
            char *end;
            unsigned long v = strtoul(argv[first + 1], &end, 10);
            if (*end || v < 16 || v > (64ul << 20)) { fprintf(stderr, "nfc-bare: bad block size\n"); return 2; }
            block = v;
            first += 2;
            continue;
        }
        break;
    }

    static char obuf[1 << 16];
    setvbuf(stdout, obuf, _IOFBF, sizeof obuf);

    int status = 0;
    if (first >= argc) {
        status |= convert(stdin, "-", stdout);
    } else {
        for (int i = first; i < argc; i++) {
            if (strcmp(argv[i], "-") == 0) { status |= convert(stdin, "-", stdout); continue; }
            FILE *f = fopen(argv[i], "rb");
            if (!f) { fprintf(stderr, "nfc-bare: %s: %s\n", argv[i], strerror(errno)); status = 1; continue; }
            status |= convert(f, argv[i], stdout);
            fclose(f);
        }
    }
    if (fflush(stdout) != 0) { fprintf(stderr, "nfc-bare: write: %s\n", strerror(errno)); status = 1; }
    return status;
}
