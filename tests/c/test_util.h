/*
 * test_util.h: checks and helpers shared by the libpingxx C tests.
 */
#ifndef PINGXX_TESTS_UTIL_H
#define PINGXX_TESTS_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pingxx.h"

static int tu_failures = 0;
static int tu_checks = 0;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        tu_checks++;                                                                  \
        if (!(cond)) {                                                                \
            tu_failures++;                                                            \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                             \
    } while (0)

#define CHECK_MSG(cond, ...)                                                          \
    do {                                                                              \
        tu_checks++;                                                                  \
        if (!(cond)) {                                                                \
            tu_failures++;                                                            \
            fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                             \
            fputc('\n', stderr);                                                      \
        }                                                                             \
    } while (0)

/* Checks a pingxx_result; on a mismatch prints both names and the last error. */
#define CHECK_RESULT(got, want)                                                                     \
    do {                                                                                            \
        pingxx_result tu_got = (got);                                                               \
        pingxx_result tu_want = (want);                                                             \
        tu_checks++;                                                                                \
        if (tu_got != tu_want) {                                                                    \
            tu_failures++;                                                                          \
            fprintf(stderr, "%s:%d: %s: got %s (%u), want %s (%u); last error: %s\n", __FILE__,     \
                    __LINE__, #got, pingxx_result_name(tu_got), (unsigned)tu_got,                   \
                    pingxx_result_name(tu_want), (unsigned)tu_want, pingxx_last_error_json());      \
        }                                                                                           \
    } while (0)

#define CHECK_CONTAINS(haystack, needle)                                                            \
    do {                                                                                            \
        const char *tu_h = (haystack);                                                              \
        tu_checks++;                                                                                \
        if (!tu_h || !strstr(tu_h, (needle))) {                                                     \
            tu_failures++;                                                                          \
            fprintf(stderr, "%s:%d: expected \"%s\" in: %s\n", __FILE__, __LINE__, (needle),        \
                    tu_h ? tu_h : "(null)");                                                        \
        }                                                                                           \
    } while (0)

/* Ends main(): prints a summary and the exit status. */
static inline int tu_finish(const char *name) {
    if (tu_failures) {
        fprintf(stderr, "%s: %d of %d checks FAILED\n", name, tu_failures, tu_checks);
        return 1;
    }
    printf("%s: all %d checks passed\n", name, tu_checks);
    return 0;
}

/* Reads a whole file, NUL-terminated; exits on failure. Free with free(). */
static inline char *tu_read_file(const char *path, size_t *len_out) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(2);
    }
    size_t cap = 1 << 16, len = 0, n;
    char *buf = malloc(cap + 1);
    while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
    }
    fclose(f);
    buf[len] = '\0';
    if (len_out) *len_out = len;
    return buf;
}

/* Reads a file under the vectors directory ($PINGXX_VECTORS, default tests/vectors). */
static inline char *tu_read_vector(const char *rel, size_t *len_out) {
    const char *dir = getenv("PINGXX_VECTORS");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : "tests/vectors", rel);
    return tu_read_file(path, len_out);
}

/* The emulator's base URL ($PINGXX_API_BASE), or NULL when it is not running. */
static inline const char *tu_api_base(void) {
    const char *base = getenv("PINGXX_API_BASE");
    return base && *base ? base : NULL;
}

#endif
