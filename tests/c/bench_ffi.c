/*
 * bench_ffi.c: time per call of pingxx_signer_sign and pingxx_webhook_verify
 * from C, on the inputs ffi/examples/bench_core.rs times in Rust against the
 * core directly (scripts/bench-c.sh runs both and prints the overhead).
 * Output: one line per case, `name ns_per_call`, best of 7 rounds, in CPU time
 * of the thread (as the core's own bench and `openssl speed` count).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <time.h>

#include "mini_json.h"
#include "test_util.h"

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
    int iters = argc > 1 ? atoi(argv[1]) : 2000;
    char *text = tu_read_vector("signing.json", NULL);
    mj_node *signing = mj_parse(text, strlen(text));
    const mj_node *v = &mj_get(signing, "vectors")->items[0];
    const mj_node *body = mj_get(v, "body");
    const char *target = mj_get_str(v, "request_target");
    int64_t ts = (int64_t)mj_get(v, "timestamp")->number;
    char *pem = tu_read_vector(mj_get_str(signing, "private_key"), NULL);
    pingxx_signer *signer = NULL;
    if (pingxx_signer_new(pem, &signer) != PINGXX_OK) return 2;

    char *wtext = tu_read_vector("webhooks.json", NULL);
    mj_node *webhooks = mj_parse(wtext, strlen(wtext));
    const mj_node *c = &mj_get(webhooks, "cases")->items[0];
    const mj_node *wbody = mj_get(c, "body");
    const char *wsig = mj_get_str(c, "signature");
    char *wpem = tu_read_vector(mj_get_str(c, "public_key"), NULL);
    pingxx_webhook_verifier *verifier = NULL;
    if (pingxx_webhook_verifier_new(wpem, &verifier) != PINGXX_OK) return 2;

    double best_sign = 1e18, best_verify = 1e18;
    char sig[400];
    size_t len;
    for (int round = 0; round < 7; round++) {
        double t0 = now_ns();
        for (int i = 0; i < iters / 10; i++)
            if (pingxx_signer_sign(signer, (const uint8_t *)body->str, body->str_len, target, ts, sig, sizeof sig,
                                   &len) != PINGXX_OK)
                return 1;
        double per = (now_ns() - t0) / (iters / 10);
        if (per < best_sign) best_sign = per;
        t0 = now_ns();
        for (int i = 0; i < iters; i++) {
            char *event = NULL;
            if (pingxx_webhook_verify(verifier, (const uint8_t *)wbody->str, wbody->str_len, wsig, &event) != PINGXX_OK)
                return 1;
            pingxx_string_free(event);
        }
        per = (now_ns() - t0) / iters;
        if (per < best_verify) best_verify = per;
    }
    printf("signer_sign %.0f\n", best_sign);
    printf("webhook_verify %.0f\n", best_verify);
    pingxx_signer_free(signer);
    pingxx_webhook_verifier_free(verifier);
    free(pem);
    free(wpem);
    mj_free(signing);
    mj_free(webhooks);
    free(text);
    free(wtext);
    return 0;
}
