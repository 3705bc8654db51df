// pos_raii.cpp: libpingxx from C++ (11 or later). Every handle and every string the library
// returns is owned by a std::unique_ptr with the matching *_free(), so nothing leaks when a
// call throws. Creates an order and pays it with a scanned code (channel isv_scan).
//
// CMake:      find_package(pingxx REQUIRED)  target_link_libraries(app PRIVATE pingxx::pingxx)
// pkg-config: c++ pos_raii.cpp $(pkg-config --cflags --libs pingxx)
// Run:        PINGXX_API_BASE=http://127.0.0.1:PORT ./pos_raii 286801346868493272
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

#include "pingxx.h"

namespace px {
struct ClientFree { void operator()(pingxx_client *c) const { pingxx_client_free(c); } };
struct StringFree { void operator()(char *s) const { pingxx_string_free(s); } };
using String = std::unique_ptr<char, StringFree>;

inline void check(pingxx_result r) {
    if (r != PINGXX_OK) throw std::runtime_error(std::string(pingxx_result_name(r)) + ": " + pingxx_last_error_message());
}

class Client {
  public:
    explicit Client(const std::string &config_json) {
        pingxx_client *raw = nullptr;
        check(pingxx_client_new(config_json.c_str(), &raw));
        handle_.reset(raw);
    }
    std::string call(const char *operation, const std::string &params_json) const {
        char *raw = nullptr;
        check(pingxx_client_call(handle_.get(), operation, params_json.c_str(), &raw));
        String owned(raw);  // released however this scope is left
        return owned.get();
    }

  private:
    std::unique_ptr<pingxx_client, ClientFree> handle_;
};
}  // namespace px

// The string value of a top-level key of a JSON object (enough for this example; firmware
// would use the JSON library it already has).
static std::string top_level(const std::string &json, const std::string &key) {
    const std::string needle = "\"" + key + "\":\"";
    int depth = 0;
    for (size_t i = 0; i < json.size(); i++) {
        char c = json[i];
        if (c == '"') {
            if (depth == 1 && json.compare(i, needle.size(), needle) == 0) {
                size_t start = i + needle.size();
                return json.substr(start, json.find('"', start) - start);
            }
            for (i++; i < json.size() && json[i] != '"'; i++) if (json[i] == '\\') i++;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            depth--;
        }
    }
    return "";
}

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s SCANNED_CODE\n", argv[0]);
        return 2;
    }
    const char *base = std::getenv("PINGXX_API_BASE");
    try {
        px::Client client(std::string("{\"api_key\":\"sk_test_ibbTe5jLGCi5rzfH4OqPW9KC\",\"app_id\":\"app_1Gqj58ynP0mHeX1q\","
                                      "\"api_base\":\"") + (base ? base : "https://api.pingxx.com") + "\"}");
        std::string order = client.call("orders.create",
            "{\"app\":\"app_1Gqj58ynP0mHeX1q\",\"merchant_order_no\":\"cpp" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count()) +
            "\",\"amount\":1250,\"currency\":\"cny\",\"client_ip\":\"192.168.1.17\",\"subject\":\"Flat white\",\"body\":\"1 x flat white\"}");
        std::string id = top_level(order, "id");
        std::string paid = client.call("orders.pay", "{\"order_id\":\"" + id + "\",\"channel\":\"isv_scan\",\"charge_amount\":1250,"
                                       "\"extra\":{\"scan_code\":\"" + std::string(argv[1]) + "\",\"terminal_id\":\"POS00017\"}}");
        std::printf("PAID order=%s status=%s\n", id.c_str(), top_level(paid, "status").c_str());
        return top_level(paid, "status") == "paid" ? 0 : 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "pos_raii: %s\n", e.what());
        return 1;
    }
}
