/*
 * test_client.c: pingxx_client against the emulator (`pingxx mock`) over
 * loopback: the order flow, every error family, retries, timeouts, a 1 MiB
 * request, signed requests, and one client shared by 8 threads.
 *
 * Needs PINGXX_API_BASE (an emulator without request signing); when
 * PINGXX_SIGNED_API_BASE is set (an emulator started with
 * --merchant-public-key) the signed-request checks run too.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdint.h>

#include "mini_json.h"
#include "test_util.h"

#define SENTINEL ((void *)0x1)
#define APP_ID "app_1Gqj58ynP0mHeX1q"
#define THREADS 8
#define CALLS_PER_THREAD 10

static const char *api_base;

static pingxx_client *new_client(const char *base, const char *api_key, const char *extra) {
    char cfg[8192];
    snprintf(cfg, sizeof cfg, "{\"api_key\":\"%s\",\"app_id\":\"" APP_ID "\",\"api_base\":\"%s\"%s%s}", api_key, base,
             extra && *extra ? "," : "", extra ? extra : "");
    pingxx_client *client = NULL;
    CHECK_RESULT(pingxx_client_new(cfg, &client), PINGXX_OK);
    return client;
}

/* Calls an operation expecting success; returns the parsed answer (mj_free it) or NULL. */
static mj_node *call_ok(const pingxx_client *client, const char *op, const char *params) {
    char *out = NULL;
    pingxx_result r = pingxx_client_call(client, op, params, &out);
    CHECK_MSG(r == PINGXX_OK, "%s: %s: %s", op, pingxx_result_name(r), pingxx_last_error_message());
    if (r != PINGXX_OK) return NULL;
    mj_node *doc = mj_parse(out, strlen(out));
    CHECK_MSG(doc != NULL, "%s: answer is JSON", op);
    pingxx_string_free(out);
    return doc;
}

/* Calls expecting a failure; checks the code, that out_json was left alone, and returns the parsed last error. */
static mj_node *call_fails(const pingxx_client *client, const char *op, const char *params, pingxx_result want) {
    char *out = SENTINEL;
    CHECK_RESULT(pingxx_client_call(client, op, params, &out), want);
    CHECK(out == SENTINEL);
    const char *json = pingxx_last_error_json();
    mj_node *err = mj_parse(json, strlen(json));
    CHECK_MSG(err != NULL, "last error JSON parses: %s", json);
    CHECK(err && strcmp(mj_get_str(err, "code"), pingxx_result_name(want)) == 0);
    return err;
}

static void raw_ok(const pingxx_client *client, const char *method, const char *path, const char *body) {
    char *out = NULL;
    CHECK_RESULT(pingxx_client_request(client, method, path, body, &out), PINGXX_OK);
    pingxx_string_free(out);
}

static double number_of(const mj_node *obj, const char *key) {
    const mj_node *n = mj_get(obj, key);
    return n && n->type == MJ_NUMBER ? n->number : -1;
}

static int bool_of(const mj_node *obj, const char *key) {
    const mj_node *n = mj_get(obj, key);
    return n && n->type == MJ_BOOL ? n->boolean : -1;
}

static void test_order_flow(pingxx_client *client) {
    raw_ok(client, "POST", "/_mock/reset", NULL);
    mj_node *order = call_ok(client, "orders.create",
                             "{\"app\":\"" APP_ID "\",\"merchant_order_no\":\"c_flow_0001\",\"amount\":1250,"
                             "\"currency\":\"cny\",\"client_ip\":\"10.0.0.8\",\"subject\":\"Coffee\","
                             "\"body\":\"Latte x1\",\"metadata\":{\"till\":\"3\"}}");
    if (!order) return;
    const char *id = mj_get_str(order, "id");
    CHECK(id && *id);
    CHECK(strcmp(mj_get_str(order, "object"), "order") == 0);
    CHECK(number_of(order, "amount") == 1250);
    CHECK(bool_of(order, "paid") == 0);
    CHECK(strcmp(mj_get_str(mj_get(order, "metadata"), "till"), "3") == 0);

    char params[512];
    snprintf(params, sizeof params, "{\"order_id\":\"%s\"}", id);
    mj_node *again = call_ok(client, "orders.retrieve", params);
    CHECK(again && strcmp(mj_get_str(again, "id"), id) == 0);
    mj_free(again);

    snprintf(params, sizeof params,
             "{\"order_id\":\"%s\",\"channel\":\"isv_scan\",\"charge_amount\":1250,"
             "\"extra\":{\"scan_code\":\"286801346868493272\",\"terminal_id\":\"T0000001\"}}",
             id);
    mj_node *paid = call_ok(client, "orders.pay", params);
    CHECK(paid && strcmp(mj_get_str(paid, "id"), id) == 0);
    mj_free(paid);

    snprintf(params, sizeof params, "{\"order_id\":\"%s\"}", id);
    mj_node *after = call_ok(client, "orders.retrieve", params);
    CHECK(after && bool_of(after, "paid") == 1);
    CHECK(after && strcmp(mj_get_str(after, "status"), "paid") == 0);
    mj_free(after);

    /* A list through the table, with the app id from the client configuration. */
    mj_node *list = call_ok(client, "orders.list", "{\"app\":\"" APP_ID "\",\"page\":1,\"per_page\":10}");
    CHECK(list && strcmp(mj_get_str(list, "object"), "list") == 0);
    CHECK(list && mj_get(list, "data") && mj_get(list, "data")->count >= 1);
    mj_free(list);
    mj_free(order);
}

static void test_error_families(pingxx_client *client) {
    /* Validation: nothing is sent, every field is named. */
    mj_node *err = call_fails(client, "orders.create", "{\"amount\":-5}", PINGXX_ERR_VALIDATION_FAILED);
    const mj_node *errors = mj_get(err, "errors");
    CHECK(errors && errors->count >= 6);
    CHECK_CONTAINS(pingxx_last_error_message(), "amount");
    mj_free(err);
    /* Unknown operation and invalid JSON. */
    mj_free(call_fails(client, "orders.teleport", "{}", PINGXX_ERR_UNKNOWN_OPERATION));
    mj_free(call_fails(client, "orders.list", "{\"page\":", PINGXX_ERR_INVALID_JSON));
    mj_free(call_fails(client, "orders.list", "[1]", PINGXX_ERR_INVALID_JSON));
    /* The API answers 404: invalid_request with the status. */
    err = call_fails(client, "orders.retrieve", "{\"order_id\":\"2011999999999999999\"}", PINGXX_ERR_INVALID_REQUEST);
    CHECK(err && number_of(err, "http_status") == 404);
    mj_free(err);
    /* Raw request with an unknown method. */
    char *out = SENTINEL;
    /* The same code and message as the Python and Node bindings. */
    CHECK_RESULT(pingxx_client_request(client, "PATCH", "/v1/orders", NULL, &out), PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "method must be GET, POST, PUT or DELETE");
    CHECK(out == SENTINEL);
}

static void test_authentication(void) {
    pingxx_client *bad = new_client(api_base, "sk_nope_SECRETVALUE42", "\"max_retries\":0");
    mj_node *err = call_fails(bad, "orders.list", "{\"app\":\"" APP_ID "\"}", PINGXX_ERR_AUTHENTICATION_FAILED);
    CHECK(err && number_of(err, "http_status") == 401);
    CHECK(strstr(pingxx_last_error_json(), "SECRETVALUE42") == NULL);
    CHECK(strstr(pingxx_last_error_message(), "SECRETVALUE42") == NULL);
    mj_free(err);
    pingxx_client_free(bad);
}

static void test_transport(pingxx_client *client) {
    /* Nothing listens on port 1. */
    pingxx_client *nowhere = new_client("http://127.0.0.1:1", "sk_test_cSuite0000000000000000", "\"max_retries\":0,\"timeout_ms\":2000");
    mj_free(call_fails(nowhere, "orders.list", "{\"app\":\"" APP_ID "\"}", PINGXX_ERR_CONNECTION_FAILED));
    pingxx_client_free(nowhere);

    /* A slow answer past the request timeout. */
    raw_ok(client, "POST", "/_mock/faults", "{\"kind\":\"delay\",\"ms\":1500,\"path\":\"/v1/orders\"}");
    pingxx_client *impatient = new_client(api_base, "sk_test_cSuite0000000000000000", "\"max_retries\":0,\"timeout_ms\":300");
    mj_free(call_fails(impatient, "orders.list", "{\"app\":\"" APP_ID "\"}", PINGXX_ERR_TIMEOUT));
    pingxx_client_free(impatient);
    raw_ok(client, "DELETE", "/_mock/faults", NULL);

    /* A connection dropped before the request was read: without retries it surfaces,
     * with retries the call goes through (a drop before processing is always safe to retry). */
    pingxx_client *once = new_client(api_base, "sk_test_cSuite0000000000000000", "\"max_retries\":0");
    raw_ok(client, "POST", "/_mock/faults", "{\"kind\":\"drop_before\",\"count\":1,\"path\":\"/v1/orders\"}");
    mj_free(call_fails(once, "orders.list", "{\"app\":\"" APP_ID "\"}", PINGXX_ERR_CONNECTION_FAILED));
    pingxx_client_free(once);
    pingxx_client *retrying =
        new_client(api_base, "sk_test_cSuite0000000000000000", "\"max_retries\":2,\"retry_base_delay_ms\":10");
    raw_ok(client, "POST", "/_mock/faults", "{\"kind\":\"drop_before\",\"count\":1,\"path\":\"/v1/orders\"}");
    mj_free(call_ok(retrying, "orders.list", "{\"app\":\"" APP_ID "\"}"));
    pingxx_client_free(retrying);
}

/* 1 MiB in one request: the raw path skips client validation, the emulator answers 400 naming the field. */
static void test_one_mebibyte_request(pingxx_client *client) {
    const size_t mib = 1024 * 1024;
    const char *head = "{\"app\":\"" APP_ID "\",\"merchant_order_no\":\"big_0001\",\"amount\":1,\"currency\":\"cny\","
                       "\"client_ip\":\"127.0.0.1\",\"subject\":\"s\",\"body\":\"";
    char *params = malloc(strlen(head) + mib + 3);
    strcpy(params, head);
    memset(params + strlen(head), 'b', mib);
    strcpy(params + strlen(head) + mib, "\"}");
    char *out = SENTINEL;
    CHECK_RESULT(pingxx_client_call(client, "orders.create", params, &out), PINGXX_ERR_VALIDATION_FAILED);
    CHECK_CONTAINS(pingxx_last_error_json(), "\"field\":\"body\"");
    CHECK_RESULT(pingxx_client_request(client, "POST", "/v1/orders", params, &out), PINGXX_ERR_INVALID_REQUEST);
    CHECK_CONTAINS(pingxx_last_error_json(), "\"http_status\":400");
    CHECK_CONTAINS(pingxx_last_error_message(), "body");
    CHECK(out == SENTINEL);
    free(params);
}

static void test_signed_requests(const char *signed_base) {
    char *pem = tu_read_vector("keys/merchant_example_private_key_pkcs1.pem", NULL);
    /* JSON-escape the PEM's newlines. */
    char escaped[8192], extra[8300];
    size_t n = 0;
    for (const char *p = pem; *p && n + 3 < sizeof escaped; p++) {
        if (*p == '\n') {
            escaped[n++] = '\\';
            escaped[n++] = 'n';
        } else {
            escaped[n++] = *p;
        }
    }
    escaped[n] = '\0';
    free(pem);
    snprintf(extra, sizeof extra, "\"max_retries\":0,\"private_key\":\"%s\"", escaped);
    pingxx_client *signer = new_client(signed_base, "sk_test_cSuite0000000000000000", extra);
    raw_ok(signer, "POST", "/_mock/reset", NULL);
    mj_node *list = call_ok(signer, "orders.list", "{\"app\":\"" APP_ID "\",\"page\":1}");
    CHECK(list && strcmp(mj_get_str(list, "object"), "list") == 0);
    mj_free(list);
    mj_node *order = call_ok(signer, "orders.create",
                             "{\"app\":\"" APP_ID "\",\"merchant_order_no\":\"signed_0001\",\"amount\":1,"
                             "\"currency\":\"cny\",\"client_ip\":\"127.0.0.1\",\"subject\":\"s\",\"body\":\"b\"}");
    CHECK(order != NULL);
    mj_free(order);
    pingxx_client_free(signer);

    pingxx_client *unsigned_client = new_client(signed_base, "sk_test_cSuite0000000000000000", "\"max_retries\":0");
    mj_node *err = call_fails(unsigned_client, "orders.list", "{\"app\":\"" APP_ID "\"}", PINGXX_ERR_AUTHENTICATION_FAILED);
    CHECK_CONTAINS(pingxx_last_error_message(), "signature");
    mj_free(err);
    pingxx_client_free(unsigned_client);
}

typedef struct {
    const pingxx_client *client;
    int index;
    int ok;
    char ids[CALLS_PER_THREAD][64];
} worker;

static void *work(void *arg) {
    worker *w = arg;
    for (int i = 0; i < CALLS_PER_THREAD; i++) {
        char params[512], *out = NULL;
        snprintf(params, sizeof params,
                 "{\"app\":\"" APP_ID "\",\"merchant_order_no\":\"t%d_%d\",\"amount\":%d,\"currency\":\"cny\","
                 "\"client_ip\":\"127.0.0.1\",\"subject\":\"thread %d\",\"body\":\"call %d\"}",
                 w->index, i, 100 + w->index * 100 + i, w->index, i);
        if (pingxx_client_call(w->client, "orders.create", params, &out) != PINGXX_OK) {
            fprintf(stderr, "thread %d call %d: %s\n", w->index, i, pingxx_last_error_message());
            continue;
        }
        mj_node *order = mj_parse(out, strlen(out));
        pingxx_string_free(out);
        const char *id = mj_get_str(order, "id");
        if (!id || number_of(order, "amount") != 100 + w->index * 100 + i) {
            mj_free(order);
            continue;
        }
        snprintf(w->ids[i], sizeof w->ids[i], "%s", id);
        snprintf(params, sizeof params, "{\"order_id\":\"%s\"}", id);
        mj_free(order);
        if (pingxx_client_call(w->client, "orders.retrieve", params, &out) != PINGXX_OK) continue;
        order = mj_parse(out, strlen(out));
        pingxx_string_free(out);
        char subject[32];
        snprintf(subject, sizeof subject, "thread %d", w->index);
        if (order && strcmp(mj_get_str(order, "id"), w->ids[i]) == 0 &&
            strcmp(mj_get_str(order, "subject"), subject) == 0)
            w->ok++;
        mj_free(order);
    }
    return NULL;
}

static void test_shared_client_eight_threads(pingxx_client *client) {
    pthread_t threads[THREADS];
    worker workers[THREADS];
    memset(workers, 0, sizeof workers);
    for (int t = 0; t < THREADS; t++) {
        workers[t].client = client;
        workers[t].index = t;
        CHECK(pthread_create(&threads[t], NULL, work, &workers[t]) == 0);
    }
    int ok = 0;
    for (int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        ok += workers[t].ok;
    }
    CHECK_MSG(ok == THREADS * CALLS_PER_THREAD, "%d of %d concurrent create+retrieve succeeded", ok,
              THREADS * CALLS_PER_THREAD);
    /* Every order got its own id. */
    int distinct = 1;
    for (int a = 0; a < THREADS * CALLS_PER_THREAD; a++)
        for (int b = a + 1; b < THREADS * CALLS_PER_THREAD; b++)
            if (strcmp(workers[a / CALLS_PER_THREAD].ids[a % CALLS_PER_THREAD],
                       workers[b / CALLS_PER_THREAD].ids[b % CALLS_PER_THREAD]) == 0)
                distinct = 0;
    CHECK(distinct);
}

int main(void) {
    api_base = tu_api_base();
    if (!api_base) {
        fprintf(stderr, "test_client: PINGXX_API_BASE is not set (start `pingxx mock --port 0`)\n");
        return 2;
    }
    pingxx_client *client = new_client(api_base, "sk_test_cSuite0000000000000000", "\"timeout_ms\":10000");
    if (!client) return tu_finish("test_client");
    test_order_flow(client);
    test_error_families(client);
    test_authentication();
    test_transport(client);
    test_one_mebibyte_request(client);
    test_shared_client_eight_threads(client);
    const char *signed_base = getenv("PINGXX_SIGNED_API_BASE");
    if (signed_base && *signed_base) test_signed_requests(signed_base);
    pingxx_client_free(client);
    return tu_finish("test_client");
}
