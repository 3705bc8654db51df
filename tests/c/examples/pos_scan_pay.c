/*
 * pos_scan_pay.c: what a POS terminal does with libpingxx.
 *
 *   1. create an order for the basket,
 *   2. pay it with the code the cashier scanned from the customer's wallet
 *      (channel isv_scan),
 *   3. poll the order until it is paid (or give up),
 *   4. print a receipt line.
 *
 * Build (shared):  cc -std=c11 -Iinclude -Itests/c tests/c/examples/pos_scan_pay.c \
 *                     $(pkg-config --cflags --libs pingxx) -o pos_scan_pay
 * Run:             PINGXX_API_BASE=http://127.0.0.1:PORT ./pos_scan_pay 286801346868493272
 *
 * Environment: PINGXX_API_KEY (default: a test key), PINGXX_APP_ID,
 * PINGXX_API_BASE (default: the live API), PINGXX_TERMINAL_ID.
 * Exit status: 0 paid, 1 not paid, 2 usage or setup error.
 *
 * JSON answers are read with tests/c/mini_json.h, a tiny reader used by the
 * C tests; firmware would use whatever JSON parser it already has.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mini_json.h"
#include "pingxx.h"

static const char *env_or(const char *name, const char *fallback) {
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

/* Prints the failure the way a terminal log would: code, message, request id. */
static void log_failure(const char *step, pingxx_result r) {
    fprintf(stderr, "pos: %s failed: %s: %s\n", step, pingxx_result_name(r), pingxx_last_error_message());
}

/* Calls an operation and parses its answer; NULL on failure (already logged). */
static mj_node *call(const pingxx_client *client, const char *op, const char *params) {
    char *out = NULL;
    pingxx_result r = pingxx_client_call(client, op, params, &out);
    if (r != PINGXX_OK) {
        log_failure(op, r);
        return NULL;
    }
    mj_node *doc = mj_parse(out, strlen(out));
    pingxx_string_free(out);
    return doc;
}

static int is_paid(const mj_node *order) {
    const mj_node *paid = mj_get(order, "paid");
    const char *status = mj_get_str(order, "status");
    return (paid && paid->type == MJ_BOOL && paid->boolean) || (status && strcmp(status, "paid") == 0);
}

int main(int argc, char **argv) {
    if (argc != 2 || strlen(argv[1]) == 0) {
        fprintf(stderr, "usage: %s SCANNED_CODE\n", argv[0]);
        return 2;
    }
    const char *scan_code = argv[1];
    const char *app_id = env_or("PINGXX_APP_ID", "app_1Gqj58ynP0mHeX1q");
    const char *terminal_id = env_or("PINGXX_TERMINAL_ID", "POS00017");
    char config[1024];
    snprintf(config, sizeof config,
             "{\"api_key\":\"%s\",\"app_id\":\"%s\",\"api_base\":\"%s\",\"timeout_ms\":15000,\"max_retries\":2}",
             env_or("PINGXX_API_KEY", "sk_test_ibbTe5jLGCi5rzfH4OqPW9KC"), app_id,
             env_or("PINGXX_API_BASE", "https://api.pingxx.com"));

    pingxx_client *client = NULL;
    pingxx_result r = pingxx_client_new(config, &client);
    if (r != PINGXX_OK) {
        log_failure("client setup", r);
        return 2;
    }

    /* 1. The order: one flat white, 12.50 CNY (amounts are in fen). */
    char merchant_order_no[40];
    snprintf(merchant_order_no, sizeof merchant_order_no, "pos%lld%ld", (long long)time(NULL), (long)getpid());
    char params[1024];
    snprintf(params, sizeof params,
             "{\"app\":\"%s\",\"merchant_order_no\":\"%s\",\"amount\":1250,\"currency\":\"cny\","
             "\"client_ip\":\"192.168.1.17\",\"subject\":\"Flat white\",\"body\":\"1 x flat white, oat milk\"}",
             app_id, merchant_order_no);
    mj_node *order = call(client, "orders.create", params);
    if (!order) {
        pingxx_client_free(client);
        return 2;
    }
    char order_id[128];
    snprintf(order_id, sizeof order_id, "%s", mj_get_str(order, "id") ? mj_get_str(order, "id") : "");
    mj_free(order);

    /* 2. Pay with the scanned code. */
    snprintf(params, sizeof params,
             "{\"order_id\":\"%s\",\"channel\":\"isv_scan\",\"charge_amount\":1250,"
             "\"extra\":{\"scan_code\":\"%s\",\"terminal_id\":\"%s\"}}",
             order_id, scan_code, terminal_id);
    mj_node *payment = call(client, "orders.pay", params);
    int paid = payment && is_paid(payment);
    mj_free(payment);

    /* 3. Poll until paid: the wallet may ask the customer to confirm. */
    snprintf(params, sizeof params, "{\"order_id\":\"%s\"}", order_id);
    mj_node *latest = NULL;
    for (int attempt = 0; attempt < 30; attempt++) {
        mj_free(latest);
        latest = call(client, "orders.retrieve", params);
        if (latest && is_paid(latest)) {
            paid = 1;
            break;
        }
        struct timespec wait = {0, 500 * 1000 * 1000};
        nanosleep(&wait, NULL);
    }

    /* 4. The receipt line. */
    if (paid && latest) {
        const mj_node *amount = mj_get(latest, "amount");
        const mj_node *time_paid = mj_get(latest, "time_paid");
        long fen = amount && amount->type == MJ_NUMBER ? (long)amount->number : 0;
        printf("RECEIPT %s order=%s merchant_order_no=%s amount=%ld.%02ld CNY channel=isv_scan paid_at=%lld\n",
               terminal_id, order_id, merchant_order_no, fen / 100, fen % 100,
               time_paid && time_paid->type == MJ_NUMBER ? (long long)time_paid->number : 0LL);
    } else {
        printf("NOT PAID order=%s merchant_order_no=%s\n", order_id, merchant_order_no);
    }
    mj_free(latest);
    pingxx_client_free(client);
    return paid ? 0 : 1;
}
