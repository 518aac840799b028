#pragma once
// HttpGetter with libcurl: http and https only, no redirects followed, certificates checked
// (the system's store), bounded in time and size. Safe to use from several threads at once
// (each Get has its own handle).

#include <chrono>
#include <cstddef>

#include "kolada/http_getter.h"

namespace stegvis::kolada {

struct CurlLimits {
  std::chrono::seconds connect{5};
  std::chrono::seconds total{10};  // per address
  std::size_t max_bytes = 4'000'000;
};

class CurlGetter : public HttpGetter {
 public:
  explicit CurlGetter(CurlLimits limits = {});
  core::Result<std::string> Get(const std::string& url) override;

 private:
  CurlLimits limits_;
};

}  // namespace stegvis::kolada
