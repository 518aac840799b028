#pragma once
// Fetching one address over HTTP(S): the seam between the Kolada fetch (kolada/fetch.h) and the
// network (kolada/curl_getter.h), so the fetch is tested without one.

#include <string>

#include "core/error.h"

namespace stegvis::kolada {

class HttpGetter {
 public:
  virtual ~HttpGetter() = default;
  // The body of a 200 answer to GET `url`. Fails with ErrorCode::kNotFound for a 404, and
  // with ErrorCode::kUnavailable otherwise, its message saying why in words for the log (no
  // answer, a time-out, another status, too large).
  virtual core::Result<std::string> Get(const std::string& url) = 0;
};

}  // namespace stegvis::kolada
