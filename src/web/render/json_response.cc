#include "web/render/json_response.h"

#include <boost/json/serialize.hpp>

#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/language.h"

namespace stegvis::web {

Response JsonValue(const boost::json::value& value, int status) {
  return Response::Json(status, boost::json::serialize(value));
}

Response JsonError(const App& app, const Request& request, const core::Error& error) {
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::object body{{"code", core::ErrorCodeName(error.code)},
                           {"message", ErrorText(app.catalogue, lang, error)}};
  if (!error.field.empty()) body["field"] = error.field;
  AddErrorParams(error, body);
  Response response =
      JsonValue(boost::json::object{{"error", std::move(body)}}, HttpStatus(error.code));
  if (error.retry_after_seconds > 0) {
    response.SetHeader("Retry-After", std::to_string(error.retry_after_seconds));
  }
  return response;
}

}  // namespace stegvis::web
