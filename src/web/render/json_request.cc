#include "web/render/json_request.h"

#include <utility>

#include <boost/json/parse.hpp>

namespace stegvis::web {

core::Result<boost::json::object> JsonObjectBody(const Request& request) {
  boost::system::error_code ec;
  boost::json::value body = boost::json::parse(request.body, ec);
  if (ec || !body.is_object()) {
    return core::Fail(
        core::Error::Invalid("the body must be a JSON object", "body", "error.bad_json"));
  }
  return std::move(body.as_object());
}

core::Error NotFoundError() {
  return core::Error::NotFoundObject();
}

}  // namespace stegvis::web
