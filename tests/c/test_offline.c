/*
 * test_offline.c: every libpingxx function that needs no network, against the
 * shared vectors of tests/vectors/ (signing, webhooks, validation), plus
 * misuse: NULL everywhere, invalid UTF-8, invalid JSON, unknown operations,
 * wrong keys, small buffers, a 1 MiB body, per-thread last errors.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdint.h>

#include "mini_json.h"
#include "test_util.h"

#define SENTINEL ((void *)0x1)

static char *merchant_private_pem;
static char *merchant_public_pem;

/* The number of a code in pingxx_error_codes_json(), or 0 when it is not listed. */
static pingxx_result catalogue_number(const mj_node *codes, const char *code) {
    for (size_t i = 0; codes && i < codes->count; i++) {
        if (strcmp(mj_get_str(&codes->items[i], "code"), code) == 0) {
            return (pingxx_result)mj_get(&codes->items[i], "number")->number;
        }
    }
    return 0;
}

static void test_version_and_names(void) {
    char expected[64];
    snprintf(expected, sizeof expected, "%d.%d.%d", PINGXX_VERSION_MAJOR, PINGXX_VERSION_MINOR,
             PINGXX_VERSION_PATCH);
    CHECK(pingxx_version() != NULL);
    CHECK_MSG(strcmp(pingxx_version(), expected) == 0, "version %s, header says %s", pingxx_version(), expected);
    CHECK(strcmp(pingxx_result_name(PINGXX_OK), "ok") == 0);
    CHECK(strcmp(pingxx_result_name(424242), "unknown") == 0);

    /* Every code of the catalogue maps: its number names it back, numbers are distinct. */
    const char *json = pingxx_error_codes_json();
    CHECK(json == pingxx_error_codes_json());
    mj_node *codes = mj_parse(json, strlen(json));
    CHECK(codes && codes->type == MJ_ARRAY && codes->count >= 21);
    for (size_t i = 0; codes && i < codes->count; i++) {
        const mj_node *c = &codes->items[i];
        pingxx_result n = (pingxx_result)mj_get(c, "number")->number;
        CHECK(n != PINGXX_OK);
        CHECK_MSG(strcmp(pingxx_result_name(n), mj_get_str(c, "code")) == 0, "%u is %s, catalogue says %s",
                  (unsigned)n, pingxx_result_name(n), mj_get_str(c, "code"));
        CHECK(strlen(mj_get_str(c, "summary")) > 0);
        for (size_t j = i + 1; j < codes->count; j++) CHECK(n != (pingxx_result)mj_get(&codes->items[j], "number")->number);
    }
    /* The header's macros are the catalogue's numbers; the names of 0.1 are aliases. */
    CHECK(PINGXX_ERR_OUTCOME_UNKNOWN == catalogue_number(codes, "outcome_unknown"));
    CHECK(PINGXX_ERR_INTERNAL_ERROR == catalogue_number(codes, "internal_error"));
    CHECK(PINGXX_ERR_VALIDATION_FAILED == catalogue_number(codes, "validation_failed"));
    CHECK(PINGXX_ERR_NULL_ARGUMENT == catalogue_number(codes, "null_argument"));
    CHECK(PINGXX_ERR_INVALID_RESPONSE == catalogue_number(codes, "invalid_response"));
    CHECK(PINGXX_ERR_PANIC == PINGXX_ERR_INTERNAL_ERROR && PINGXX_ERR_VALIDATION == PINGXX_ERR_VALIDATION_FAILED);
    CHECK(PINGXX_ERR_API == PINGXX_ERR_API_ERROR && PINGXX_ERR_CONNECTION == PINGXX_ERR_CONNECTION_FAILED);
    CHECK(strcmp(pingxx_result_name(PINGXX_ERR_OUTCOME_UNKNOWN), "outcome_unknown") == 0);
    mj_free(codes);

    /* The option list and the operation table are the core's, as JSON. */
    const char *options = pingxx_client_options_json();
    mj_node *opts = mj_parse(options, strlen(options));
    CHECK(opts && opts->type == MJ_ARRAY && opts->count >= 12);
    int has_api_key = 0;
    for (size_t i = 0; opts && i < opts->count; i++) has_api_key |= strcmp(mj_get_str(&opts->items[i], "name"), "api_key") == 0;
    CHECK(has_api_key);
    mj_free(opts);
    const char *ops_json = pingxx_operations_json();
    mj_node *ops = mj_parse(ops_json, strlen(ops_json));
    /* The firmware build (no feature `platform-operations`) has the payment operations only. */
    const mj_node *platform = ops ? mj_get(ops, "platform_operations") : NULL;
    CHECK(platform && platform->type == MJ_BOOL);
    size_t least = platform && platform->boolean ? 100 : 20;
    CHECK(ops && mj_get(ops, "operations") && mj_get(ops, "operations")->count > least);
    CHECK_CONTAINS(ops_json, "\"orders.create\"");
    CHECK_CONTAINS(ops_json, "\"charges.refunds.create\"");
    mj_free(ops);
}

/* Signs every vector of signing.json with one key file and compares. */
static void check_signing_vectors(const mj_node *vectors, const char *key_file) {
    char *pem = tu_read_vector(key_file, NULL);
    pingxx_signer *signer = NULL;
    CHECK_RESULT(pingxx_signer_new(pem, &signer), PINGXX_OK);
    free(pem);
    if (!signer) return;
    CHECK(pingxx_signer_signature_capacity(signer) == 345);
    for (size_t i = 0; i < vectors->count; i++) {
        const mj_node *v = &vectors->items[i];
        const mj_node *body = mj_get(v, "body");
        const mj_node *ts = mj_get(v, "timestamp");
        const char *expected = mj_get_str(v, "signature");
        char sig[400];
        size_t len = 0;
        CHECK_RESULT(pingxx_signer_sign(signer, (const uint8_t *)body->str, body->str_len,
                                        mj_get_str(v, "request_target"), (int64_t)ts->number, sig, sizeof sig, &len),
                     PINGXX_OK);
        CHECK_MSG(strcmp(sig, expected) == 0, "%s with %s: got %s", mj_get_str(v, "name"), key_file, sig);
        CHECK(len == strlen(expected));
    }
    pingxx_signer_free(signer);
}

static void test_signing_vectors(void) {
    char *text = tu_read_vector("signing.json", NULL);
    mj_node *doc = mj_parse(text, strlen(text));
    CHECK(doc != NULL);
    const mj_node *vectors = mj_get(doc, "vectors");
    CHECK(vectors && vectors->count >= 40);
    if (vectors) {
        check_signing_vectors(vectors, mj_get_str(doc, "private_key"));
        check_signing_vectors(vectors, mj_get_str(doc, "private_key_pkcs8"));
        check_signing_vectors(vectors, mj_get_str(doc, "private_key_pkcs8_raw_base64"));
    }
    mj_free(doc);
    free(text);
}

static void test_signer_buffers(void) {
    pingxx_signer *signer = NULL;
    CHECK_RESULT(pingxx_signer_new(merchant_private_pem, &signer), PINGXX_OK);
    const char *body = "{\"a\":1}";
    size_t len = 7777;
    /* Size query: NULL buffer, capacity 0. */
    CHECK_RESULT(pingxx_signer_sign(signer, (const uint8_t *)body, strlen(body), "/v1/charges", 1500000000, NULL, 0,
                                    &len),
                 PINGXX_ERR_BUFFER_TOO_SMALL);
    CHECK(len == 345);
    CHECK_CONTAINS(pingxx_last_error_message(), "345");
    CHECK_CONTAINS(pingxx_last_error_json(), "\"code\":\"buffer_too_small\"");
    /* One byte short (room for the signature but not the NUL): nothing written. */
    char buf[345];
    memset(buf, 'X', sizeof buf);
    len = 0;
    CHECK_RESULT(pingxx_signer_sign(signer, (const uint8_t *)body, strlen(body), "/v1/charges", 1500000000, buf, 344,
                                    &len),
                 PINGXX_ERR_BUFFER_TOO_SMALL);
    CHECK(len == 345);
    int untouched = 1;
    for (size_t i = 0; i < sizeof buf; i++) untouched &= buf[i] == 'X';
    CHECK(untouched);
    /* Exact capacity. */
    CHECK_RESULT(pingxx_signer_sign(signer, (const uint8_t *)body, strlen(body), "/v1/charges", 1500000000, buf,
                                    sizeof buf, &len),
                 PINGXX_OK);
    CHECK(len == 344 && buf[344] == '\0' && strlen(buf) == 344);
    CHECK(strcmp(pingxx_last_error_message(), "") == 0);
    /* Empty body may be NULL. */
    char a[400], b[400];
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 0, "/v1/orders?page=1", 1, a, sizeof a, &len), PINGXX_OK);
    CHECK_RESULT(pingxx_signer_sign(signer, (const uint8_t *)"", 0, "/v1/orders?page=1", 1, b, sizeof b, &len),
                 PINGXX_OK);
    CHECK(strcmp(a, b) == 0);
    /* The timestamp and the target are signed. */
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 0, "/v1/orders?page=1", 2, b, sizeof b, &len), PINGXX_OK);
    CHECK(strcmp(a, b) != 0);
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 0, "/v1/orders?page=2", 1, b, sizeof b, &len), PINGXX_OK);
    CHECK(strcmp(a, b) != 0);
    pingxx_signer_free(signer);
}

static void test_webhook_vectors(void) {
    char *text = tu_read_vector("webhooks.json", NULL);
    mj_node *doc = mj_parse(text, strlen(text));
    const mj_node *cases = mj_get(doc, "cases");
    CHECK(cases && cases->count >= 24);
    size_t ok = 0;
    for (size_t i = 0; cases && i < cases->count; i++) {
        const mj_node *c = &cases->items[i];
        const char *name = mj_get_str(c, "name");
        const char *expect = mj_get_str(c, "expect");
        const mj_node *body = mj_get(c, "body");
        char *pem = tu_read_vector(mj_get_str(c, "public_key"), NULL);
        pingxx_webhook_verifier *verifier = NULL;
        CHECK_RESULT(pingxx_webhook_verifier_new(pem, &verifier), PINGXX_OK);
        free(pem);
        char *event = SENTINEL;
        pingxx_result r = pingxx_webhook_verify(verifier, (const uint8_t *)body->str, body->str_len,
                                                mj_get_str(c, "signature"), &event);
        CHECK_MSG(strcmp(pingxx_result_name(r), expect) == 0, "%s: got %s, want %s (%s)", name,
                  pingxx_result_name(r), expect, pingxx_last_error_message());
        if (r == PINGXX_OK) {
            mj_node *ev = mj_parse(event, strlen(event));
            CHECK(ev != NULL);
            CHECK_MSG(ev && strcmp(mj_get_str(ev, "id"), mj_get_str(c, "event_id")) == 0, "%s: id", name);
            CHECK_MSG(ev && strcmp(mj_get_str(ev, "type"), mj_get_str(c, "event_type")) == 0, "%s: type", name);
            mj_free(ev);
            pingxx_string_free(event);
            ok++;
        } else {
            CHECK_MSG(event == SENTINEL, "%s: out_event_json written on failure", name);
            CHECK_CONTAINS(pingxx_last_error_json(), expect);
        }
        pingxx_webhook_verifier_free(verifier);
    }
    CHECK(ok >= 10);
    mj_free(doc);
    free(text);
}

/* The (field, rule) pairs of an errors JSON array, as "field|rule;" in order. */
static void pairs_of(const mj_node *errors, char *out, size_t cap) {
    out[0] = '\0';
    for (size_t i = 0; errors && i < errors->count; i++) {
        const char *field = mj_get_str(&errors->items[i], "field");
        const char *rule = mj_get_str(&errors->items[i], "rule");
        size_t used = strlen(out);
        snprintf(out + used, cap - used, "%s|%s;", field ? field : "?", rule ? rule : "?");
    }
}

static int contains_pair(const mj_node *errors, const char *field, const char *rule) {
    for (size_t i = 0; errors && i < errors->count; i++) {
        const char *f = mj_get_str(&errors->items[i], "field");
        const char *r = mj_get_str(&errors->items[i], "rule");
        if (f && r && strcmp(f, field) == 0 && strcmp(r, rule) == 0) return 1;
    }
    return 0;
}

/* True when the operation table JSON lists `name`. */
static int in_table(const mj_node *ops, const char *name) {
    const mj_node *list = ops ? mj_get(ops, "operations") : NULL;
    for (size_t i = 0; list && name && i < list->count; i++)
        if (strcmp(mj_get_str(&list->items[i], "name"), name) == 0) return 1;
    return 0;
}

static void test_validation_vectors(void) {
    char *text = tu_read_vector("validation.json", NULL);
    mj_node *doc = mj_parse(text, strlen(text));
    CHECK(doc != NULL);
    int64_t now = (int64_t)mj_get(doc, "now")->number;
    const mj_node *cases = mj_get(doc, "cases");
    CHECK(cases && cases->count >= 100);
    const char *ops_json = pingxx_operations_json();
    mj_node *ops = mj_parse(ops_json, strlen(ops_json));
    const mj_node *platform = ops ? mj_get(ops, "platform_operations") : NULL;
    int full = platform && platform->type == MJ_BOOL && platform->boolean;
    size_t valid = 0, invalid = 0, skipped = 0;
    for (size_t i = 0; cases && i < cases->count; i++) {
        const mj_node *c = &cases->items[i];
        const char *name = mj_get_str(c, "name");
        const mj_node *params = mj_get(c, "params");
        char *params_json = malloc(params->raw_len + 1);
        memcpy(params_json, params->raw, params->raw_len);
        params_json[params->raw_len] = '\0';
        const mj_node *want = mj_get(c, "errors");
        char *errors_json = NULL;
        pingxx_result r = pingxx_validate_at(mj_get_str(c, "operation"), params_json, now, &errors_json);
        if (!in_table(ops, mj_get_str(c, "operation"))) {
            /* Only a build without the platform operations lacks one: refused by name. */
            CHECK_MSG(!full && r == PINGXX_ERR_UNKNOWN_OPERATION, "%s: %s is not in the table (%s)", name,
                      mj_get_str(c, "operation"), pingxx_result_name(r));
            skipped++;
        } else if (!want) {
            CHECK_MSG(r == PINGXX_OK, "%s: expected valid, got %s: %s", name, pingxx_result_name(r),
                      pingxx_last_error_message());
            CHECK(errors_json == NULL);
            valid++;
        } else {
            CHECK_MSG(r == PINGXX_ERR_VALIDATION_FAILED, "%s: expected validation_failed, got %s", name,
                      pingxx_result_name(r));
            mj_node *got = errors_json ? mj_parse(errors_json, strlen(errors_json)) : NULL;
            CHECK_MSG(got && got->type == MJ_ARRAY, "%s: errors JSON is an array", name);
            char got_pairs[2048], want_pairs[2048];
            pairs_of(got, got_pairs, sizeof got_pairs);
            pairs_of(want, want_pairs, sizeof want_pairs);
            /* Compared as sets of (field, rule), as the core's own vector test does. */
            int all_found = got != NULL;
            for (size_t k = 0; k < want->count; k++)
                all_found &= contains_pair(got, mj_get_str(&want->items[k], "field"),
                                           mj_get_str(&want->items[k], "rule"));
            for (size_t k = 0; got && k < got->count; k++)
                all_found &= contains_pair(want, mj_get_str(&got->items[k], "field"),
                                           mj_get_str(&got->items[k], "rule"));
            CHECK_MSG(all_found, "%s: got %s want %s", name, got_pairs, want_pairs);
            /* The same errors, with messages, are in the last error JSON. */
            mj_node *last = mj_parse(pingxx_last_error_json(), strlen(pingxx_last_error_json()));
            CHECK_MSG(last && strcmp(mj_get_str(last, "code"), "validation_failed") == 0, "%s: last error", name);
            CHECK(last && got && mj_get(last, "errors")->count == got->count);
            mj_free(last);
            mj_free(got);
            pingxx_string_free(errors_json);
            invalid++;
        }
        free(params_json);
    }
    CHECK(valid > 10 && invalid > 10);
    /* The full build runs every vector; the firmware build refuses the platform ones. */
    CHECK_MSG(full ? skipped == 0 : skipped > 0, "%zu vectors of operations not in the table", skipped);
    mj_free(ops);
    mj_free(doc);
    free(text);
}

static void test_validate_basics(void) {
    char *errors = SENTINEL;
    /* Unknown operation and bad JSON leave the out-parameter alone. */
    CHECK_RESULT(pingxx_validate("orders.teleport", "{}", &errors), PINGXX_ERR_UNKNOWN_OPERATION);
    CHECK_CONTAINS(pingxx_last_error_message(), "orders.teleport");
    CHECK(errors == SENTINEL);
    CHECK_RESULT(pingxx_validate("orders.create", "{\"amount\": ", &errors), PINGXX_ERR_INVALID_JSON);
    CHECK_CONTAINS(pingxx_last_error_message(), "params_json");
    CHECK(errors == SENTINEL);
    /* out_errors_json is optional. */
    CHECK_RESULT(pingxx_validate("orders.create", "{}", NULL), PINGXX_ERR_VALIDATION_FAILED);
    CHECK_CONTAINS(pingxx_last_error_json(), "\"field\":\"merchant_order_no\"");
    /* A valid order, with the real clock and no time_expire. */
    const char *order = "{\"app\":\"app_1Gqj58ynP0mHeX1q\",\"merchant_order_no\":\"pos_0001\",\"amount\":100,"
                        "\"currency\":\"cny\",\"client_ip\":\"10.0.0.8\",\"subject\":\"Coffee\",\"body\":\"Latte\"}";
    errors = NULL;
    CHECK_RESULT(pingxx_validate("orders.create", order, &errors), PINGXX_OK);
    CHECK(errors == NULL);
    CHECK(strcmp(pingxx_last_error_json(), "") == 0);
    /* Every violation is reported, with field, rule and a message naming the limit. */
    const char *bad = "{\"app\":\"app_1\",\"merchant_order_no\":\"no spaces!\",\"amount\":0,\"currency\":\"usd\","
                      "\"client_ip\":\"300.1.1.1\",\"subject\":\"Coffee\",\"body\":\"Latte\"}";
    CHECK_RESULT(pingxx_validate("orders.create", bad, &errors), PINGXX_ERR_VALIDATION_FAILED);
    mj_node *got = errors ? mj_parse(errors, strlen(errors)) : NULL;
    CHECK(got && got->count == 4);
    CHECK(contains_pair(got, "merchant_order_no", "pattern"));
    CHECK(contains_pair(got, "amount", "range"));
    CHECK(contains_pair(got, "currency", "one_of"));
    CHECK(contains_pair(got, "client_ip", "ip"));
    mj_free(got);
    pingxx_string_free(errors);
}

static void test_null_arguments(void) {
    pingxx_client *client = SENTINEL;
    char *out = SENTINEL;
    size_t len = 99;
    char buf[400];
    const char *cfg = "{\"api_key\":\"sk_test_x\"}";
    CHECK_RESULT(pingxx_client_new(NULL, &client), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "config_json");
    CHECK_CONTAINS(pingxx_last_error_json(), "\"param\":\"config_json\"");
    CHECK(client == SENTINEL);
    CHECK_RESULT(pingxx_client_new(cfg, NULL), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "`out`");

    pingxx_client *real = NULL;
    CHECK_RESULT(pingxx_client_new(cfg, &real), PINGXX_OK);
    CHECK_RESULT(pingxx_client_call(NULL, "orders.list", "{}", &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "client");
    CHECK_RESULT(pingxx_client_call(real, NULL, "{}", &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "operation");
    CHECK_RESULT(pingxx_client_call(real, "orders.list", NULL, &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "params_json");
    CHECK_RESULT(pingxx_client_call(real, "orders.list", "{}", NULL), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "out_json");
    CHECK_RESULT(pingxx_client_request(NULL, "GET", "/v1/orders", NULL, &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_client_request(real, NULL, "/v1/orders", NULL, &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_client_request(real, "GET", NULL, NULL, &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_client_request(real, "GET", "/v1/orders", NULL, NULL), PINGXX_ERR_NULL_ARGUMENT);
    CHECK(out == SENTINEL);
    pingxx_client_free(real);

    CHECK_RESULT(pingxx_validate(NULL, "{}", &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_validate("orders.create", NULL, &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_validate_at(NULL, "{}", 0, &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK(out == SENTINEL);

    pingxx_signer *signer = SENTINEL;
    CHECK_RESULT(pingxx_signer_new(NULL, &signer), PINGXX_ERR_NULL_ARGUMENT);
    CHECK(signer == SENTINEL);
    CHECK_RESULT(pingxx_signer_new(merchant_private_pem, NULL), PINGXX_ERR_NULL_ARGUMENT);
    signer = NULL;
    CHECK_RESULT(pingxx_signer_new(merchant_private_pem, &signer), PINGXX_OK);
    CHECK(pingxx_signer_signature_capacity(NULL) == 0);
    CHECK_RESULT(pingxx_signer_sign(NULL, NULL, 0, "/", 1, buf, sizeof buf, &len), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 5, "/", 1, buf, sizeof buf, &len), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "body");
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 0, NULL, 1, buf, sizeof buf, &len), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "request_target");
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 0, "/", 1, NULL, sizeof buf, &len), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "out_sig");
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 0, "/", 1, buf, sizeof buf, NULL), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_CONTAINS(pingxx_last_error_message(), "out_len");
    CHECK(len == 99);
    pingxx_signer_free(signer);

    pingxx_webhook_verifier *verifier = SENTINEL;
    CHECK_RESULT(pingxx_webhook_verifier_new(NULL, &verifier), PINGXX_ERR_NULL_ARGUMENT);
    CHECK(verifier == SENTINEL);
    CHECK_RESULT(pingxx_webhook_verifier_new(merchant_public_pem, NULL), PINGXX_ERR_NULL_ARGUMENT);
    verifier = NULL;
    CHECK_RESULT(pingxx_webhook_verifier_new(merchant_public_pem, &verifier), PINGXX_OK);
    CHECK_RESULT(pingxx_webhook_verify(NULL, (const uint8_t *)"{}", 2, "sig", &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_webhook_verify(verifier, NULL, 2, "sig", &out), PINGXX_ERR_NULL_ARGUMENT);
    CHECK_RESULT(pingxx_webhook_verify(verifier, (const uint8_t *)"{}", 2, "sig", NULL), PINGXX_ERR_NULL_ARGUMENT);
    /* A missing header value fails closed as a missing signature. */
    CHECK_RESULT(pingxx_webhook_verify(verifier, (const uint8_t *)"{}", 2, NULL, &out), PINGXX_ERR_SIGNATURE_MISSING);
    CHECK_RESULT(pingxx_webhook_verify(verifier, (const uint8_t *)"{}", 2, "  ", &out), PINGXX_ERR_SIGNATURE_MISSING);
    CHECK_RESULT(pingxx_webhook_verify(verifier, NULL, 0, "bm90IGEgc2ln", &out), PINGXX_ERR_SIGNATURE_INVALID);
    CHECK(out == SENTINEL);
    pingxx_webhook_verifier_free(verifier);

    /* Every free accepts NULL. */
    pingxx_client_free(NULL);
    pingxx_signer_free(NULL);
    pingxx_webhook_verifier_free(NULL);
    pingxx_string_free(NULL);
}

static void test_invalid_utf8(void) {
    const char *bad = "orders.\xff\xfe";
    char *out = SENTINEL;
    CHECK_RESULT(pingxx_validate(bad, "{}", &out), PINGXX_ERR_INVALID_UTF8);
    CHECK_CONTAINS(pingxx_last_error_message(), "`operation` is not valid UTF-8 (invalid byte at offset 7)");
    CHECK_RESULT(pingxx_validate("orders.create", "{\"subject\":\"\xc3\x28\"}", &out), PINGXX_ERR_INVALID_UTF8);
    CHECK_CONTAINS(pingxx_last_error_json(), "\"param\":\"params_json\"");
    pingxx_client *client = SENTINEL;
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_\x80\"}", &client), PINGXX_ERR_INVALID_UTF8);
    CHECK(client == SENTINEL);
    pingxx_signer *signer = NULL;
    CHECK_RESULT(pingxx_signer_new("-----BEGIN \xff", &signer), PINGXX_ERR_INVALID_UTF8);
    CHECK_RESULT(pingxx_signer_new(merchant_private_pem, &signer), PINGXX_OK);
    char buf[400];
    size_t len;
    CHECK_RESULT(pingxx_signer_sign(signer, NULL, 0, "/v1/\xff", 1, buf, sizeof buf, &len), PINGXX_ERR_INVALID_UTF8);
    /* Bodies are bytes, not text: any bytes sign. */
    const uint8_t binary[] = {0xff, 0x00, 0xfe, 0x80};
    CHECK_RESULT(pingxx_signer_sign(signer, binary, sizeof binary, "/v1/x", 1, buf, sizeof buf, &len), PINGXX_OK);
    pingxx_signer_free(signer);
    pingxx_webhook_verifier *verifier = NULL;
    CHECK_RESULT(pingxx_webhook_verifier_new(merchant_public_pem, &verifier), PINGXX_OK);
    CHECK_RESULT(pingxx_webhook_verify(verifier, (const uint8_t *)"{}", 2, "\xff\xff", &out), PINGXX_ERR_INVALID_UTF8);
    CHECK(out == SENTINEL);
    pingxx_webhook_verifier_free(verifier);
}

static void test_config_errors(void) {
    pingxx_client *client = SENTINEL;
    /* Options are the core's ClientOptions: every problem is invalid_config naming the option. */
    CHECK_RESULT(pingxx_client_new("{\"api_key\": ", &client), PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "JSON");
    CHECK_RESULT(pingxx_client_new("[1,2]", &client), PINGXX_ERR_INVALID_CONFIG);
    CHECK_RESULT(pingxx_client_new("{}", &client), PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "api_key");
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_SECRET0123456789\",\"timeout_ms\":\"fast\"}", &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "timeout_ms");
    CHECK(strstr(pingxx_last_error_json(), "SECRET0123456789") == NULL);
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_SECRET0123456789\",\"api_kee\":1}", &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "unknown option `api_kee`");
    CHECK(strstr(pingxx_last_error_json(), "SECRET0123456789") == NULL);
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"privatekey\":\"-----BEGIN RSA PRIVATE KEY-----\"}",
                                   &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "unknown option `privatekey`");
    CHECK(strstr(pingxx_last_error_json(), "BEGIN RSA") == NULL);
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"accept_language\":\"zh-CN\\r\\nX-Evil: 1\"}", &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "accept_language");
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"api_base\":\"ftp://example.com\"}", &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "api_base");
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"max_retries\":-1}", &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"max_retries\":11}", &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"timeout_ms\":0}", &client),
                 PINGXX_ERR_INVALID_CONFIG);
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"private_key\":\"not a key\"}", &client),
                 PINGXX_ERR_INVALID_KEY);
    CHECK(client == SENTINEL);
    client = NULL;
    CHECK_RESULT(pingxx_client_new("{\"api_key\":\"sk_test_x\",\"app_id\":\"app_1\",\"timeout_ms\":5000,"
                                   "\"max_retries\":0,\"accept_language\":\"zh-CN\",\"api_base\":null}",
                                   &client),
                 PINGXX_OK);
    CHECK(client != NULL && client != SENTINEL);
    pingxx_client_free(client);
}

static void test_wrong_keys(void) {
    pingxx_webhook_verifier *verifier = SENTINEL;
    pingxx_signer *signer = SENTINEL;
    /* A private key where the public one belongs. */
    CHECK_RESULT(pingxx_webhook_verifier_new(merchant_private_pem, &verifier), PINGXX_ERR_INVALID_KEY);
    CHECK_CONTAINS(pingxx_last_error_message(), "private");
    CHECK(strstr(pingxx_last_error_message(), "MII") == NULL);
    /* A public key where the private one belongs. */
    CHECK_RESULT(pingxx_signer_new(merchant_public_pem, &signer), PINGXX_ERR_INVALID_KEY);
    CHECK(strstr(pingxx_last_error_json(), "MII") == NULL);
    const char *weak[] = {"keys/rsa1024_private.pem", "keys/ec_p256_private.pem", "keys/ed25519_private.pem"};
    for (size_t i = 0; i < 3; i++) {
        char *pem = tu_read_vector(weak[i], NULL);
        CHECK_RESULT(pingxx_signer_new(pem, &signer), PINGXX_ERR_INVALID_KEY);
        free(pem);
    }
    CHECK_RESULT(pingxx_signer_new("", &signer), PINGXX_ERR_INVALID_KEY);
    CHECK_RESULT(pingxx_webhook_verifier_new("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", &verifier),
                 PINGXX_ERR_INVALID_KEY);
    CHECK(verifier == SENTINEL && signer == SENTINEL);

    /* A valid webhook checked with another key fails closed. */
    char *text = tu_read_vector("webhooks.json", NULL);
    mj_node *doc = mj_parse(text, strlen(text));
    const mj_node *c = &mj_get(doc, "cases")->items[0];
    CHECK(strcmp(mj_get_str(c, "expect"), "ok") == 0);
    char *other = tu_read_vector("keys/wh2_pingpp_public_key.pem", NULL);
    verifier = NULL;
    CHECK_RESULT(pingxx_webhook_verifier_new(other, &verifier), PINGXX_OK);
    char *event = SENTINEL;
    const mj_node *body = mj_get(c, "body");
    CHECK_RESULT(pingxx_webhook_verify(verifier, (const uint8_t *)body->str, body->str_len, mj_get_str(c, "signature"),
                                       &event),
                 PINGXX_ERR_SIGNATURE_INVALID);
    CHECK(event == SENTINEL);
    pingxx_webhook_verifier_free(verifier);
    free(other);
    mj_free(doc);
    free(text);
}

/* A 1 MiB body: signed and verified (a request signature is a webhook
 * signature over body ‖ target ‖ timestamp), and one flipped byte is caught. */
static void test_one_mebibyte(void) {
    const size_t mib = 1024 * 1024;
    const char *target = "/v1/charges";
    const char *ts = "1500000000";
    size_t total = mib + strlen(target) + strlen(ts);
    uint8_t *msg = malloc(total);
    for (size_t i = 0; i < mib; i++) msg[i] = (uint8_t)('a' + i % 26);
    memcpy(msg + mib, target, strlen(target));
    memcpy(msg + mib + strlen(target), ts, strlen(ts));

    pingxx_signer *signer = NULL;
    pingxx_webhook_verifier *verifier = NULL;
    CHECK_RESULT(pingxx_signer_new(merchant_private_pem, &signer), PINGXX_OK);
    CHECK_RESULT(pingxx_webhook_verifier_new(merchant_public_pem, &verifier), PINGXX_OK);
    char sig[400];
    size_t len = 0;
    CHECK_RESULT(pingxx_signer_sign(signer, msg, mib, target, 1500000000, sig, sizeof sig, &len), PINGXX_OK);
    char *event = SENTINEL;
    /* The signature verifies over the whole message; the bytes are not an event. */
    CHECK_RESULT(pingxx_webhook_verify(verifier, msg, total, sig, &event), PINGXX_ERR_INVALID_EVENT);
    msg[mib / 2] ^= 1;
    CHECK_RESULT(pingxx_webhook_verify(verifier, msg, total, sig, &event), PINGXX_ERR_SIGNATURE_INVALID);
    CHECK(event == SENTINEL);

    /* 1 MiB of params: validation names the field and the limit. */
    const char *head = "{\"app\":\"app_1\",\"merchant_order_no\":\"m1\",\"amount\":1,\"currency\":\"cny\","
                       "\"client_ip\":\"127.0.0.1\",\"subject\":\"s\",\"body\":\"";
    char *params = malloc(strlen(head) + mib + 3);
    strcpy(params, head);
    memset(params + strlen(head), 'b', mib);
    strcpy(params + strlen(head) + mib, "\"}");
    char *errors = NULL;
    CHECK_RESULT(pingxx_validate("orders.create", params, &errors), PINGXX_ERR_VALIDATION_FAILED);
    CHECK_CONTAINS(errors, "\"field\":\"body\"");
    CHECK_CONTAINS(errors, "\"rule\":\"max_length\"");
    CHECK_CONTAINS(pingxx_last_error_message(), "128");
    pingxx_string_free(errors);
    free(params);
    pingxx_signer_free(signer);
    pingxx_webhook_verifier_free(verifier);
    free(msg);
}

static void *fail_on_this_thread(void *arg) {
    (void)arg;
    CHECK(strcmp(pingxx_last_error_message(), "") == 0);
    CHECK_RESULT(pingxx_validate("nope.nope", "{}", NULL), PINGXX_ERR_UNKNOWN_OPERATION);
    CHECK_CONTAINS(pingxx_last_error_message(), "nope.nope");
    return NULL;
}

static void test_last_error_is_per_thread(void) {
    CHECK_RESULT(pingxx_validate("main.thread", "{}", NULL), PINGXX_ERR_UNKNOWN_OPERATION);
    pthread_t t;
    CHECK(pthread_create(&t, NULL, fail_on_this_thread, NULL) == 0);
    pthread_join(t, NULL);
    CHECK_CONTAINS(pingxx_last_error_message(), "main.thread");
    mj_node *last = mj_parse(pingxx_last_error_json(), strlen(pingxx_last_error_json()));
    CHECK(last && strcmp(mj_get_str(last, "code"), "unknown_operation") == 0);
    CHECK(last && mj_get(last, "http_status")->type == MJ_NULL);
    CHECK(last && mj_get(last, "errors")->count == 0);
    mj_free(last);
}

int main(void) {
    merchant_private_pem = tu_read_vector("keys/merchant_example_private_key_pkcs1.pem", NULL);
    merchant_public_pem = tu_read_vector("keys/merchant_example_public_key_spki.pem", NULL);
    test_version_and_names();
    test_signing_vectors();
    test_signer_buffers();
    test_webhook_vectors();
    test_validation_vectors();
    test_validate_basics();
    test_null_arguments();
    test_invalid_utf8();
    test_config_errors();
    test_wrong_keys();
    test_one_mebibyte();
    test_last_error_is_per_thread();
    free(merchant_private_pem);
    free(merchant_public_pem);
    return tu_finish("test_offline");
}
