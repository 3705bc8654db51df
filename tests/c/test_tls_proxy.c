/*
 * test_tls_proxy.c: the `ca_cert` and `proxy` client options from C, against
 * real processes on loopback: an HTTPS emulator (`pingxx mock --tls`, its
 * throw-away CA in a file) and, when installed, a tinyproxy.
 *
 * Needs PINGXX_TLS_API_BASE and PINGXX_TLS_CA_FILE; the proxy part runs when
 * PINGXX_PROXY_URL is set (scripts/test-c.sh says why when it is not) and
 * PINGXX_API_BASE names a plain emulator.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdint.h>

#include "mini_json.h"
#include "test_util.h"

#define SENTINEL ((void *)0x1)
#define APP_ID "app_1Gqj58ynP0mHeX1q"
#define API_KEY "sk_test_tlsSECRET000000000000"

static int records;

static void count_record(const char *record_json, void *user_data) {
    (void)record_json;
    (void)user_data;
    records++; /* calls below are made from this one thread */
}

/* Appends `s` to `out` as the inside of a JSON string. */
static void json_escape(const char *s, char *out, size_t cap) {
    size_t n = 0;
    for (; *s && n + 3 < cap; s++) {
        if (*s == '\n') {
            out[n++] = '\\';
            out[n++] = 'n';
        } else if (*s != '\r') {
            out[n++] = *s;
        }
    }
    out[n] = '\0';
}

static pingxx_result try_client(const char *base, const char *extra, pingxx_client **client) {
    char cfg[16384];
    snprintf(cfg, sizeof cfg,
             "{\"api_key\":\"" API_KEY "\",\"app_id\":\"" APP_ID "\",\"api_base\":\"%s\",\"max_retries\":2,"
             "\"retry_base_delay_ms\":5,\"proxy_from_env\":false%s%s}",
             base, extra && *extra ? "," : "", extra ? extra : "");
    return pingxx_client_new(cfg, client);
}

static pingxx_result list_orders(const pingxx_client *client) {
    char *out = SENTINEL;
    pingxx_result r = pingxx_client_call(client, "orders.list", "{\"app\":\"" APP_ID "\"}", &out);
    if (r == PINGXX_OK) {
        CHECK_CONTAINS(out, "\"object\":\"list\"");
        pingxx_string_free(out);
    } else {
        CHECK(out == SENTINEL);
    }
    return r;
}

static void test_tls(const char *tls_base, const char *ca_file) {
    char *pem = tu_read_file(ca_file, NULL);
    CHECK_MSG(pem != NULL, "read %s", ca_file);
    if (!pem) return;
    static char escaped[12288], extra[12400];
    json_escape(pem, escaped, sizeof escaped);
    free(pem);

    /* Trusted through ca_cert: the call goes through. */
    snprintf(extra, sizeof extra, "\"ca_cert\":\"%s\"", escaped);
    pingxx_client *trusting = NULL;
    CHECK_RESULT(try_client(tls_base, extra, &trusting), PINGXX_OK);
    if (trusting) CHECK_RESULT(list_orders(trusting), PINGXX_OK);
    pingxx_client_free(trusting);

    /* Without it the throw-away CA is unknown: one attempt, a clear error, no retry storm. */
    pingxx_client *plain = NULL;
    CHECK_RESULT(try_client(tls_base, NULL, &plain), PINGXX_OK);
    records = 0;
    CHECK_RESULT(pingxx_set_log_callback(count_record, NULL), PINGXX_OK);
    if (plain) CHECK_RESULT(list_orders(plain), PINGXX_ERR_CONNECTION_FAILED);
    CHECK_CONTAINS(pingxx_last_error_message(), "certificate");
    CHECK_RESULT(pingxx_set_log_callback(NULL, NULL), PINGXX_OK);
    CHECK_MSG(records == 1, "certificate errors are not retried (%d attempts)", records);
    pingxx_client_free(plain);

    /* A ca_cert that is not a certificate is refused when the client is made. */
    pingxx_client *bad = SENTINEL;
    CHECK_RESULT(try_client(tls_base, "\"ca_cert\":\"not pem\"", &bad), PINGXX_ERR_INVALID_CONFIG);
    CHECK_CONTAINS(pingxx_last_error_message(), "ca_cert");
    CHECK(bad == SENTINEL);
}

static void test_proxy(const char *plain_base, const char *proxy_url, const char *dead_proxy_url) {
    char extra[512];
    snprintf(extra, sizeof extra, "\"proxy\":\"%s\"", proxy_url);
    pingxx_client *via = NULL;
    CHECK_RESULT(try_client(plain_base, extra, &via), PINGXX_OK);
    if (via) CHECK_RESULT(list_orders(via), PINGXX_OK);
    pingxx_client_free(via);

    /* The same call through a proxy that is not there fails, naming the proxy without its password. */
    snprintf(extra, sizeof extra, "\"proxy\":\"%s\"", dead_proxy_url);
    pingxx_client *dead = NULL;
    CHECK_RESULT(try_client(plain_base, extra, &dead), PINGXX_OK);
    if (dead) CHECK_RESULT(list_orders(dead), PINGXX_ERR_CONNECTION_FAILED);
    CHECK_CONTAINS(pingxx_last_error_message(), "proxy");
    CHECK(strstr(pingxx_last_error_json(), "hunter2") == NULL);
    pingxx_client_free(dead);
}

int main(void) {
    const char *tls_base = getenv("PINGXX_TLS_API_BASE");
    const char *ca_file = getenv("PINGXX_TLS_CA_FILE");
    if (!tls_base || !ca_file) {
        fprintf(stderr, "test_tls_proxy: PINGXX_TLS_API_BASE and PINGXX_TLS_CA_FILE must be set\n");
        return 2;
    }
    test_tls(tls_base, ca_file);
    const char *proxy_url = getenv("PINGXX_PROXY_URL");
    const char *dead_proxy = getenv("PINGXX_DEAD_PROXY_URL");
    if (proxy_url && *proxy_url && dead_proxy && tu_api_base()) {
        test_proxy(tu_api_base(), proxy_url, dead_proxy);
    } else {
        printf("test_tls_proxy: proxy checks skipped (no PINGXX_PROXY_URL)\n");
    }
    return tu_finish("test_tls_proxy");
}
