/*
 * test_fault_soak.c: several hundred money-moving calls through the emulator
 * with random faults (drop before, drop after, HTML 502, JSON 500, delay), then
 * the emulator's ledger is compared with what each call reported. Nothing may be
 * created twice, no refund may exceed the paid amount, and every call that did
 * not report success reported a definite failure (nothing happened) or
 * PINGXX_ERR_OUTCOME_UNKNOWN.
 *
 * Needs PINGXX_API_BASE (an emulator without request signing).
 * PINGXX_SOAK_SEED repeats a run.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>

#include "mini_json.h"
#include "test_util.h"

#define APP_ID "app_1Gqj58ynP0mHeX1q"
#define CALLS 300

enum reported { REP_OK, REP_FAILED, REP_UNKNOWN };

typedef struct {
    char no[48];
    long amount;
    enum reported rep;
    int seen;
} charge_rec;

typedef struct {
    char id[64];
    long amount;
    int refunds[3];
} paid_rec;

static uint64_t rng_state;

static uint32_t rng_next(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 32);
}

static long rng_int(long lo, long hi) { return lo + (long)(rng_next() % (uint32_t)(hi - lo + 1)); }

static enum reported reported(pingxx_result r) {
    if (r == PINGXX_OK) return REP_OK;
    return r == PINGXX_ERR_OUTCOME_UNKNOWN ? REP_UNKNOWN : REP_FAILED;
}

static void raw(const pingxx_client *client, const char *method, const char *path, const char *body) {
    char *out = NULL;
    pingxx_result r = pingxx_client_request(client, method, path, body, &out);
    CHECK_MSG(r == PINGXX_OK, "%s %s: %s", method, path, pingxx_last_error_message());
    pingxx_string_free(out);
}

static void maybe_fault(const pingxx_client *client, const char *path) {
    static const char *kinds[] = {"\"kind\":\"drop_before\"", "\"kind\":\"drop_after\"", "\"kind\":\"drop_after\"",
                                  "\"kind\":\"html_502\"",    "\"kind\":\"json_500\"",   "\"kind\":\"delay\",\"ms\":30"};
    long pick = rng_int(0, 9);
    if (pick >= 6) return;
    char body[256];
    snprintf(body, sizeof body, "{%s,\"count\":%ld,\"path\":\"%s\"}", kinds[pick], rng_int(1, 3), path);
    raw(client, "POST", "/_mock/faults", body);
}

static mj_node *call_json(const pingxx_client *client, const char *op, const char *params) {
    char *out = NULL;
    pingxx_result r = pingxx_client_call(client, op, params, &out);
    CHECK_MSG(r == PINGXX_OK, "%s: %s", op, pingxx_last_error_message());
    if (r != PINGXX_OK) return NULL;
    mj_node *doc = mj_parse(out, strlen(out));
    pingxx_string_free(out);
    return doc;
}

static double num(const mj_node *obj, const char *key) {
    const mj_node *n = mj_get(obj, key);
    return n && n->type == MJ_NUMBER ? n->number : -1;
}

int main(void) {
    const char *base = tu_api_base();
    if (!base) {
        fprintf(stderr, "test_fault_soak: PINGXX_API_BASE is not set\n");
        return 2;
    }
    const char *seed_env = getenv("PINGXX_SOAK_SEED");
    uint64_t seed = seed_env && *seed_env ? strtoull(seed_env, NULL, 10) : 20261201;
    rng_state = seed * 2654435761u + 1;
    char cfg[1024];
    snprintf(cfg, sizeof cfg,
             "{\"api_key\":\"sk_test_CSoak000000000000000\",\"app_id\":\"" APP_ID "\",\"api_base\":\"%s\","
             "\"timeout_ms\":3000,\"max_retries\":2,\"retry_base_delay_ms\":2,\"retry_max_delay_ms\":10,"
             "\"deadline_ms\":20000}",
             base);
    pingxx_client *client = NULL;
    CHECK_RESULT(pingxx_client_new(cfg, &client), PINGXX_OK);
    if (!client) return tu_finish("test_fault_soak");

    static charge_rec charges[CALLS];
    static paid_rec paid[CALLS];
    size_t n_charges = 0, n_paid = 0;
    int tally[2][3] = {{0}};
    for (int i = 0; i < CALLS; i++) {
        char params[1024];
        char *out = NULL;
        if (n_paid > 0 && rng_int(0, 1) == 0) {
            paid_rec *p = &paid[rng_int(0, (long)n_paid - 1)];
            maybe_fault(client, "/refunds");
            snprintf(params, sizeof params, "{\"charge_id\":\"%.63s\",\"amount\":%ld,\"description\":\"soak\"}", p->id,
                     rng_int(1, p->amount / 3));
            enum reported rep = reported(pingxx_client_call(client, "charges.refunds.create", params, &out));
            pingxx_string_free(out);
            p->refunds[rep]++;
            tally[1][rep]++;
        } else {
            charge_rec *c = &charges[n_charges++];
            snprintf(c->no, sizeof c->no, "soak%llucn%d", (unsigned long long)seed, i);
            c->amount = rng_int(30, 1000);
            maybe_fault(client, "/v1/charges");
            snprintf(params, sizeof params,
                     "{\"order_no\":\"%s\",\"app\":{\"id\":\"" APP_ID "\"},\"channel\":\"isv_scan\",\"amount\":%ld,"
                     "\"client_ip\":\"127.0.0.1\",\"currency\":\"cny\",\"subject\":\"s\",\"body\":\"b\","
                     "\"extra\":{\"scan_code\":\"286801346868493272\",\"terminal_id\":\"T0000001\"}}",
                     c->no, c->amount);
            c->rep = reported(pingxx_client_call(client, "charges.create", params, &out));
            tally[0][c->rep]++;
            if (c->rep == REP_OK) {
                mj_node *doc = mj_parse(out, strlen(out));
                const char *id = doc ? mj_get_str(doc, "id") : NULL;
                CHECK(id != NULL);
                if (id) {
                    paid_rec *p = &paid[n_paid++];
                    snprintf(p->id, sizeof p->id, "%s", id);
                    p->amount = c->amount;
                }
                mj_free(doc);
            }
            pingxx_string_free(out);
        }
        raw(client, "DELETE", "/_mock/faults", NULL);
    }
    printf("test_fault_soak: seed %llu; charges ok %d failed %d unknown %d; refunds ok %d failed %d unknown %d\n",
           (unsigned long long)seed, tally[0][0], tally[0][1], tally[0][2], tally[1][0], tally[1][1], tally[1][2]);
    CHECK(tally[0][REP_OK] > 0 && tally[1][REP_OK] > 0);

    /* The ledger: every charge, page by page. */
    char after[64] = "";
    for (;;) {
        char params[1024];
        if (*after)
            snprintf(params, sizeof params, "{\"limit\":100,\"starting_after\":\"%.63s\"}", after);
        else
            snprintf(params, sizeof params, "{\"limit\":100}");
        mj_node *page = call_json(client, "charges.list", params);
        if (!page) break;
        const mj_node *data = mj_get(page, "data");
        size_t count = data && data->type == MJ_ARRAY ? data->count : 0;
        for (size_t k = 0; k < count; k++) {
            const char *no = mj_get_str(&data->items[k], "order_no");
            for (size_t j = 0; no && j < n_charges; j++) {
                if (strcmp(charges[j].no, no) == 0) {
                    charges[j].seen++;
                    CHECK_MSG(num(&data->items[k], "amount") == (double)charges[j].amount, "%s: amount", no);
                }
            }
        }
        const mj_node *more = mj_get(page, "has_more");
        int has_more = more && more->type == MJ_BOOL && more->boolean;
        if (count > 0) snprintf(after, sizeof after, "%s", mj_get_str(&data->items[count - 1], "id"));
        mj_free(page);
        if (!has_more || count == 0) break;
    }
    for (size_t j = 0; j < n_charges; j++) {
        const charge_rec *c = &charges[j];
        CHECK_MSG(c->seen <= 1, "%s: created %d times", c->no, c->seen);
        if (c->rep == REP_OK) CHECK_MSG(c->seen == 1, "%s: reported success, not in the ledger", c->no);
        if (c->rep == REP_FAILED) CHECK_MSG(c->seen == 0, "%s: reported a definite failure, yet it exists", c->no);
    }
    for (size_t j = 0; j < n_paid; j++) {
        const paid_rec *p = &paid[j];
        if (p->refunds[REP_OK] + p->refunds[REP_FAILED] + p->refunds[REP_UNKNOWN] == 0) continue;
        char params[1024];
        snprintf(params, sizeof params, "{\"charge_id\":\"%.63s\"}", p->id);
        mj_node *charge = call_json(client, "charges.retrieve", params);
        snprintf(params, sizeof params, "{\"charge_id\":\"%.63s\",\"limit\":100}", p->id);
        mj_node *list = call_json(client, "charges.refunds.list", params);
        if (charge && list) {
            const mj_node *data = mj_get(list, "data");
            int made = data && data->type == MJ_ARRAY ? (int)data->count : 0;
            double sum = 0;
            for (int k = 0; k < made; k++) sum += num(&data->items[k], "amount");
            CHECK_MSG(made >= p->refunds[REP_OK] && made <= p->refunds[REP_OK] + p->refunds[REP_UNKNOWN],
                      "%s: %d refunds exist; reported ok %d, unknown %d, failed %d", p->id, made, p->refunds[REP_OK],
                      p->refunds[REP_UNKNOWN], p->refunds[REP_FAILED]);
            CHECK_MSG(sum <= num(charge, "amount"), "%s: refunded %.0f over the amount", p->id, sum);
            CHECK_MSG(num(charge, "amount_refunded") == sum, "%s: amount_refunded", p->id);
        }
        mj_free(charge);
        mj_free(list);
    }
    pingxx_client_free(client);
    return tu_finish("test_fault_soak");
}
