/*
 * mini_json.h: a tiny JSON reader for the C tests (not part of libpingxx).
 *
 * Parses a whole document into a tree. Every node keeps the span of its raw
 * text in the source (so an object can be handed back to libpingxx as JSON
 * unchanged); strings are decoded (escapes, \uXXXX with surrogate pairs) into
 * NUL-terminated UTF-8 with their byte length. mj_free() releases everything.
 */
#ifndef PINGXX_TESTS_MINI_JSON_H
#define PINGXX_TESTS_MINI_JSON_H

#include <stdlib.h>
#include <string.h>

typedef enum { MJ_NULL, MJ_BOOL, MJ_NUMBER, MJ_STRING, MJ_ARRAY, MJ_OBJECT } mj_type;

typedef struct mj_node {
    mj_type type;
    const char *raw; /* start of the value's text in the source */
    size_t raw_len;  /* length of that text */
    char *str;       /* MJ_STRING: decoded text, NUL-terminated */
    size_t str_len;  /* MJ_STRING: decoded length in bytes */
    double number;   /* MJ_NUMBER */
    int boolean;     /* MJ_BOOL */
    size_t count;    /* MJ_ARRAY / MJ_OBJECT: number of items */
    char **keys;     /* MJ_OBJECT: decoded keys */
    struct mj_node *items;
} mj_node;

typedef struct {
    const char *p;
    const char *end;
    int failed;
} mj_parser;

static inline void mj_skip_ws(mj_parser *ps) {
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) ps->p++;
}

static inline void mj_put_utf8(char *out, size_t *n, unsigned long cp) {
    if (cp < 0x80) {
        out[(*n)++] = (char)cp;
    } else if (cp < 0x800) {
        out[(*n)++] = (char)(0xC0 | (cp >> 6));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out[(*n)++] = (char)(0xE0 | (cp >> 12));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        out[(*n)++] = (char)(0xF0 | (cp >> 18));
        out[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

static inline int mj_hex4(const char *s, unsigned long *out) {
    unsigned long v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned long)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned long)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned long)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

/* Parses a string at ps->p (which points at the opening quote). */
static inline char *mj_parse_string(mj_parser *ps, size_t *len_out) {
    const char *s = ++ps->p;
    const char *q = s;
    while (q < ps->end && *q != '"') q += (*q == '\\') ? 2 : 1;
    if (q >= ps->end) { ps->failed = 1; return NULL; }
    char *out = malloc((size_t)(q - s) + 1);
    size_t n = 0;
    while (ps->p < q) {
        char c = *ps->p++;
        if (c != '\\') { out[n++] = c; continue; }
        char e = *ps->p++;
        switch (e) {
        case '"': out[n++] = '"'; break;
        case '\\': out[n++] = '\\'; break;
        case '/': out[n++] = '/'; break;
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'n': out[n++] = '\n'; break;
        case 'r': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case 'u': {
            unsigned long cp, lo;
            if (q - ps->p < 4 || !mj_hex4(ps->p, &cp)) { ps->failed = 1; free(out); return NULL; }
            ps->p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && q - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u' &&
                mj_hex4(ps->p + 2, &lo) && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                ps->p += 6;
            }
            mj_put_utf8(out, &n, cp);
            break;
        }
        default: ps->failed = 1; free(out); return NULL;
        }
    }
    ps->p = q + 1;
    out[n] = '\0';
    *len_out = n;
    return out;
}

static inline void mj_free_node(mj_node *node);

static inline int mj_parse_value(mj_parser *ps, mj_node *node) {
    memset(node, 0, sizeof *node);
    mj_skip_ws(ps);
    if (ps->p >= ps->end) return 0;
    node->raw = ps->p;
    char c = *ps->p;
    if (c == '"') {
        node->type = MJ_STRING;
        node->str = mj_parse_string(ps, &node->str_len);
        if (!node->str) return 0;
    } else if (c == '{' || c == '[') {
        node->type = c == '{' ? MJ_OBJECT : MJ_ARRAY;
        char close = c == '{' ? '}' : ']';
        size_t cap = 4;
        node->items = malloc(cap * sizeof *node->items);
        if (node->type == MJ_OBJECT) node->keys = malloc(cap * sizeof *node->keys);
        ps->p++;
        mj_skip_ws(ps);
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
        } else {
            for (;;) {
                if (node->count == cap) {
                    cap *= 2;
                    node->items = realloc(node->items, cap * sizeof *node->items);
                    if (node->type == MJ_OBJECT) node->keys = realloc(node->keys, cap * sizeof *node->keys);
                }
                if (node->type == MJ_OBJECT) {
                    size_t klen;
                    mj_skip_ws(ps);
                    if (ps->p >= ps->end || *ps->p != '"') return 0;
                    char *key = mj_parse_string(ps, &klen);
                    if (!key) return 0;
                    mj_skip_ws(ps);
                    if (ps->p >= ps->end || *ps->p != ':') { free(key); return 0; }
                    ps->p++;
                    node->keys[node->count] = key;
                }
                if (!mj_parse_value(ps, &node->items[node->count])) {
                    if (node->type == MJ_OBJECT) free(node->keys[node->count]);
                    mj_free_node(&node->items[node->count]);
                    return 0;
                }
                node->count++;
                mj_skip_ws(ps);
                if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
                if (ps->p < ps->end && *ps->p == close) { ps->p++; break; }
                return 0;
            }
        }
    } else if (strncmp(ps->p, "true", 4) == 0) {
        node->type = MJ_BOOL, node->boolean = 1, ps->p += 4;
    } else if (strncmp(ps->p, "false", 5) == 0) {
        node->type = MJ_BOOL, ps->p += 5;
    } else if (strncmp(ps->p, "null", 4) == 0) {
        node->type = MJ_NULL, ps->p += 4;
    } else {
        char *endp;
        node->type = MJ_NUMBER;
        node->number = strtod(ps->p, &endp);
        if (endp == ps->p) return 0;
        ps->p = endp;
    }
    node->raw_len = (size_t)(ps->p - node->raw);
    return 1;
}

static inline void mj_free_node(mj_node *node) {
    free(node->str);
    for (size_t i = 0; i < node->count; i++) {
        mj_free_node(&node->items[i]);
        if (node->keys) free(node->keys[i]);
    }
    free(node->items);
    free(node->keys);
    memset(node, 0, sizeof *node);
}

/* Parses `len` bytes of JSON; returns NULL on a syntax error. Free with mj_free(). */
static inline mj_node *mj_parse(const char *text, size_t len) {
    mj_parser ps = {text, text + len, 0};
    mj_node *root = malloc(sizeof *root);
    if (!mj_parse_value(&ps, root) || ps.failed) {
        mj_free_node(root);
        free(root);
        return NULL;
    }
    mj_skip_ws(&ps);
    if (ps.p != ps.end) {
        mj_free_node(root);
        free(root);
        return NULL;
    }
    return root;
}

static inline void mj_free(mj_node *root) {
    if (!root) return;
    mj_free_node(root);
    free(root);
}

/* The member `key` of an object, or NULL. */
static inline const mj_node *mj_get(const mj_node *obj, const char *key) {
    if (!obj || obj->type != MJ_OBJECT) return NULL;
    for (size_t i = 0; i < obj->count; i++)
        if (strcmp(obj->keys[i], key) == 0) return &obj->items[i];
    return NULL;
}

/* The decoded string member `key` of an object, or NULL when absent or not a string. */
static inline const char *mj_get_str(const mj_node *obj, const char *key) {
    const mj_node *n = mj_get(obj, key);
    return n && n->type == MJ_STRING ? n->str : NULL;
}

#endif
