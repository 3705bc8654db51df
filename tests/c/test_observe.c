/*
 * test_observe.c: what a C program sees of a call besides its answer, against
 * the emulator (`pingxx mock`) over loopback: the log callback's attempt
 * records (retries, no secrets, removal, re-entry), the HTTP status and
 * request id of pingxx_client_call_ex / pingxx_client_request_ex, and
 * PINGXX_ERR_OUTCOME_UNKNOWN when a payment may have gone through.
 *
 * Needs PINGXX_API_BASE (an emulator without request signing).
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdint.h>

#include "mini_json.h"
#include "test_util.h"

#define SENTINEL ((void *)0x1)
#define APP_ID "app_1Gqj58ynP0mHeX1q"
#define API_KEY "sk_test_obsSECRET000000000000"
#define MAX_RECORDS 64

/* The records one callback received; the callback may run on any thread. */
typedef struct {
    pthread_mutex_t lock;
    size_t count;
    char *records[MAX_RECORDS];
    pingxx_result reentry; /* what pingxx_set_log_callback answered from inside the callback */
    int try_reentry;
} sink;

static void collect(const char *record_json, void *user_data) {
    sink *s = user_data;
    pthread_mutex_lock(&s->lock);
    if (s->count < MAX_RECORDS) s->records[s->count++] = strdup(record_json);
    pthread_mutex_unlock(&s->lock);
    if (s->try_reentry) s->reentry = pingxx_set_log_callback(NULL, NULL);
}

static void sink_clear(sink *s) {
    for (size_t i = 0; i < s->count; i++) free(s->records[i]);
    s->count = 0;
}

static mj_node *record(const sink *s, size_t i) {
    return i < s->count ? mj_parse(s->records[i], strlen(s->records[i])) : NULL;
}

static const char *str_or_null(const mj_node *obj, const char *key) {
    const mj_node *n = mj_get(obj, key);
    return n && n->type == MJ_STRING ? n->str : NULL;
}

static pingxx_client *new_client(const char *extra) {
    char cfg[2048];
    snprintf(cfg, sizeof cfg, "{\"api_key\":\"" API_KEY "\",\"app_id\":\"" APP_ID "\",\"api_base\":\"%s\"%s%s}",
             tu_api_base(), extra && *extra ? "," : "", extra ? extra : "");
    pingxx_client *client = NULL;
    CHECK_RESULT(pingxx_client_new(cfg, &client), PINGXX_OK);
    return client;
}

static void raw(const pingxx_client *client, const char *method, const char *path, const char *body) {
    char *out = NULL;
    CHECK_RESULT(pingxx_client_request(client, method, path, body, &out), PINGXX_OK);
    pingxx_string_free(out);
}

static void test_records_of_a_call(pingxx_client *client, sink *s) {
    CHECK_RESULT(pingxx_set_log_callback(collect, s), PINGXX_OK);
    char *out = NULL, *request_id = SENTINEL;
    uint16_t status = 0;
    CHECK_RESULT(pingxx_client_call_ex(client, "orders.list", "{\"app\":\"" APP_ID "\",\"page\":1}", &out, &status,
                                       &request_id),
                 PINGXX_OK);
    CHECK(status == 200);
    CHECK(request_id != SENTINEL);
    CHECK_MSG(s->count == 1, "one attempt, one record (got %zu)", s->count);
    mj_node *r = record(s, 0);
    CHECK(r != NULL);
    if (r) {
        CHECK(strcmp(mj_get_str(r, "operation"), "orders.list") == 0);
        CHECK(strcmp(mj_get_str(r, "method"), "GET") == 0);
        CHECK(strcmp(mj_get_str(r, "path"), "/v1/orders") == 0);
        CHECK(strcmp(mj_get_str(r, "outcome"), "ok") == 0);
        CHECK(mj_get(r, "attempt")->number == 1);
        CHECK(mj_get(r, "status")->number == 200);
        CHECK(mj_get(r, "request_body")->type == MJ_NULL && mj_get(r, "response_body")->type == MJ_NULL);
        /* The request id the caller gets is the emulator's Request-Id, the one the attempt logged. */
        const char *logged = str_or_null(r, "request_id");
        CHECK_MSG(request_id && strncmp(request_id, "iar_", 4) == 0, "request id %s",
                  request_id ? request_id : "NULL");
        CHECK_MSG(logged && request_id && strcmp(logged, request_id) == 0, "logged %s, returned %s",
                  logged ? logged : "null", request_id ? request_id : "NULL");
        mj_free(r);
    }
    CHECK(strstr(s->records[0], "SECRET") == NULL);
    pingxx_string_free(out);
    pingxx_string_free(request_id);

    /* request_ex: the same for a raw request; NULL out-pointers are "not wanted". */
    out = NULL;
    status = 0;
    CHECK_RESULT(pingxx_client_request_ex(client, "GET", "/v1/orders?app=" APP_ID, NULL, &out, &status, NULL),
                 PINGXX_OK);
    CHECK(status == 200 && out != NULL);
    pingxx_string_free(out);
    CHECK(s->count == 2);
    if (s->count == 2) CHECK_CONTAINS(s->records[1], "\"operation\":null");
    sink_clear(s);

    /* A failure writes nothing to the out-parameters. */
    out = SENTINEL;
    request_id = SENTINEL;
    status = 7;
    CHECK_RESULT(pingxx_client_call_ex(client, "orders.retrieve", "{\"order_id\":\"2011999999999999999\"}", &out,
                                       &status, &request_id),
                 PINGXX_ERR_INVALID_REQUEST);
    CHECK(out == SENTINEL && request_id == SENTINEL && status == 7);
    CHECK_CONTAINS(pingxx_last_error_json(), "\"request_id\":\"iar_");
    CHECK(s->count == 1);
    if (s->count == 1) {
        CHECK_CONTAINS(s->records[0], "\"outcome\":\"error\"");
        CHECK_CONTAINS(s->records[0], "\"error_code\":\"invalid_request\"");
    }
    sink_clear(s);
}

static void test_retries_are_one_record_each(sink *s) {
    pingxx_client *admin = new_client("\"max_retries\":0");
    pingxx_client *retrying = new_client("\"max_retries\":2,\"retry_base_delay_ms\":5");
    raw(admin, "POST", "/_mock/faults", "{\"kind\":\"html_502\",\"count\":1,\"path\":\"/v1/orders\"}");
    sink_clear(s);
    char *out = NULL;
    CHECK_RESULT(pingxx_client_call(retrying, "orders.list", "{\"app\":\"" APP_ID "\"}", &out), PINGXX_OK);
    pingxx_string_free(out);
    CHECK_MSG(s->count == 2, "a retried GET gives two records (got %zu)", s->count);
    mj_node *first = record(s, 0), *second = record(s, 1);
    if (first && second) {
        CHECK(strcmp(mj_get_str(first, "outcome"), "retry") == 0);
        CHECK(str_or_null(first, "retry_reason") != NULL);
        CHECK(mj_get(first, "attempt")->number == 1);
        CHECK(strcmp(mj_get_str(second, "outcome"), "ok") == 0);
        CHECK(mj_get(second, "attempt")->number == 2);
    }
    mj_free(first);
    mj_free(second);
    sink_clear(s);
    pingxx_client_free(retrying);
    pingxx_client_free(admin);
}

static void test_bodies_only_when_asked(sink *s) {
    pingxx_client *verbose = new_client("\"log_bodies\":true");
    char *out = NULL;
    CHECK_RESULT(pingxx_client_call(verbose, "orders.list", "{\"app\":\"" APP_ID "\",\"per_page\":3}", &out), PINGXX_OK);
    pingxx_string_free(out);
    CHECK(s->count == 1);
    if (s->count == 1) {
        CHECK_CONTAINS(s->records[0], "per_page=3");
        CHECK_CONTAINS(s->records[0], "\\\"object\\\":\\\"list\\\"");
        CHECK(strstr(s->records[0], "SECRET") == NULL);
    }
    sink_clear(s);
    pingxx_client_free(verbose);
}

static void test_removal_and_reentry(pingxx_client *client, sink *s) {
    /* From inside the callback, replacing it is refused instead of deadlocking. */
    s->try_reentry = 1;
    char *out = NULL;
    CHECK_RESULT(pingxx_client_call(client, "orders.list", "{\"app\":\"" APP_ID "\"}", &out), PINGXX_OK);
    pingxx_string_free(out);
    s->try_reentry = 0;
    CHECK_MSG(s->reentry == PINGXX_ERR_INVALID_CONFIG, "re-entry gave %s", pingxx_result_name(s->reentry));
    CHECK(s->count == 1);
    sink_clear(s);

    /* Removed: no more records; the sink may be freed once this returns. */
    CHECK_RESULT(pingxx_set_log_callback(NULL, NULL), PINGXX_OK);
    CHECK_RESULT(pingxx_client_call(client, "orders.list", "{\"app\":\"" APP_ID "\"}", &out), PINGXX_OK);
    pingxx_string_free(out);
    CHECK(s->count == 0);
}

/* The connection drops after the emulator paid the order: the SDK cannot know, and must not pay twice. */
static void test_outcome_unknown(pingxx_client *client) {
    char *out = NULL;
    CHECK_RESULT(pingxx_client_call(client, "orders.create",
                                    "{\"app\":\"" APP_ID "\",\"merchant_order_no\":\"obs_unknown_01\",\"amount\":300,"
                                    "\"currency\":\"cny\",\"client_ip\":\"10.0.0.9\",\"subject\":\"Tea\",\"body\":\"b\"}",
                                    &out),
                 PINGXX_OK);
    mj_node *order = out ? mj_parse(out, strlen(out)) : NULL;
    pingxx_string_free(out);
    const char *id = order ? mj_get_str(order, "id") : NULL;
    CHECK(id != NULL);
    if (!id) {
        mj_free(order);
        return;
    }
    char params[512];
    snprintf(params, sizeof params,
             "{\"order_id\":\"%s\",\"channel\":\"isv_scan\",\"charge_amount\":300,"
             "\"extra\":{\"scan_code\":\"286801346868493272\",\"terminal_id\":\"T0000001\"}}",
             id);
    pingxx_client *retrying = new_client("\"max_retries\":2,\"retry_base_delay_ms\":5");
    raw(retrying, "POST", "/_mock/faults", "{\"kind\":\"drop_after\",\"count\":1,\"path\":\"/pay\"}");
    out = SENTINEL;
    CHECK_RESULT(pingxx_client_call(retrying, "orders.pay", params, &out), PINGXX_ERR_OUTCOME_UNKNOWN);
    CHECK(out == SENTINEL);
    const char *json = pingxx_last_error_json();
    mj_node *err = mj_parse(json, strlen(json));
    CHECK(err && strcmp(mj_get_str(err, "code"), "outcome_unknown") == 0);
    CHECK(err && mj_get(err, "last_error") && mj_get(err, "last_error")->type == MJ_OBJECT);
    CHECK_CONTAINS(pingxx_last_error_message(), "may have taken effect");
    mj_free(err);

    /* It was paid exactly once. */
    snprintf(params, sizeof params, "{\"order_id\":\"%s\"}", id);
    out = NULL;
    CHECK_RESULT(pingxx_client_call(client, "orders.retrieve", params, &out), PINGXX_OK);
    if (out) CHECK_CONTAINS(out, "\"paid\":true");
    pingxx_string_free(out);
    pingxx_client_free(retrying);
    mj_free(order);
}

int main(void) {
    if (!tu_api_base()) {
        fprintf(stderr, "test_observe: PINGXX_API_BASE is not set (start `pingxx mock --port 0`)\n");
        return 2;
    }
    static sink s = {.lock = PTHREAD_MUTEX_INITIALIZER};
    pingxx_client *client = new_client("\"max_retries\":0");
    if (!client) return tu_finish("test_observe");
    raw(client, "POST", "/_mock/reset", NULL);
    test_records_of_a_call(client, &s);
    test_retries_are_one_record_each(&s);
    test_bodies_only_when_asked(&s);
    test_removal_and_reentry(client, &s);
    test_outcome_unknown(client);
    sink_clear(&s);
    pingxx_client_free(client);
    return tu_finish("test_observe");
}
