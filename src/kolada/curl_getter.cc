#include "kolada/curl_getter.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace stegvis::kolada {
namespace {

struct Body {
  std::string text;
  std::size_t max = 0;
  bool too_large = false;
};

std::size_t Append(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<Body*>(user);
  const std::size_t n = size * count;
  if (body->text.size() + n > body->max) {
    body->too_large = true;
    return 0;  // libcurl stops the transfer
  }
  body->text.append(data, n);
  return n;
}

core::Error Unavailable(std::string why) {
  return core::Error{core::ErrorCode::kUnavailable, std::move(why), {}, {}};
}

}  // namespace

CurlGetter::CurlGetter(CurlLimits limits) : limits_(limits) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

core::Result<std::string> CurlGetter::Get(const std::string& url) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return core::Fail(Unavailable("libcurl could not start"));
  Body body;
  body.max = limits_.max_bytes;
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(limits_.connect.count()));
  curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(limits_.total.count()));
  curl_easy_setopt(c, CURLOPT_USERAGENT, "Stegvis");
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can unpack
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, Append);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  const CURLcode done = curl_easy_perform(c);
  if (body.too_large) {
    return core::Fail(
        Unavailable("the answer is larger than " + std::to_string(body.max) + " bytes"));
  }
  if (done != CURLE_OK) return core::Fail(Unavailable(curl_easy_strerror(done)));
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (status == 404) {
    return core::Fail(core::Error{core::ErrorCode::kNotFound, "HTTP status 404", {}, {}});
  }
  if (status != 200) return core::Fail(Unavailable("HTTP status " + std::to_string(status)));
  return std::move(body.text);
}

}  // namespace stegvis::kolada
