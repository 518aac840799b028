#include "web/render/json_response.h"

#include <boost/json/serialize.hpp>

#include "core/text.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

constexpr std::size_t kMaxErrorText = 400;  // code points; the catalogue's texts are shorter
constexpr std::size_t kMaxErrorField = 80;

// One error's members: code, message (in `lang`, short), field and key (if any) and its
// parameters.
boost::json::object ErrorObject(const App& app, const std::string& lang, const core::Error& error) {
  // Short in any case: a field or message that quotes what was sent never sends it all back.
  boost::json::object body{
      {"code", core::ErrorCodeName(error.code)},
      {"message", core::ShortPrefix(ErrorText(app.catalogue, lang, error), kMaxErrorText)}};
  if (!error.field.empty()) body["field"] = core::ShortPrefix(error.field, kMaxErrorField);
  // The message's catalogue key ("error.import.long_media_type"): what a program branches on,
  // the same in every language. Keys are the project's own words, never the caller's input.
  if (!error.key.empty()) body["key"] = error.key;
  AddErrorParams(error, body);
  return body;
}

}  // namespace

Response JsonValue(const boost::json::value& value, int status) {
  return Response::Json(status, boost::json::serialize(value));
}

Response JsonError(const App& app, const Request& request, const core::Error& error) {
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::object body = ErrorObject(app, lang, error);
  Response response =
      JsonValue(boost::json::object{{"error", std::move(body)}}, HttpStatus(error.code));
  if (error.retry_after_seconds > 0) {
    response.SetHeader("Retry-After", std::to_string(error.retry_after_seconds));
  }
  return response;
}

Response JsonErrors(const App& app, const Request& request,
                    const std::vector<core::Error>& errors) {
  const std::string lang = ChooseLanguage(request).lang;
  const core::Error& first = errors.front();
  boost::json::object body = ErrorObject(app, lang, first);
  boost::json::array all;
  for (const core::Error& e : errors) all.push_back(ErrorObject(app, lang, e));
  body["errors"] = std::move(all);
  return JsonValue(boost::json::object{{"error", std::move(body)}}, HttpStatus(first.code));
}

}  // namespace stegvis::web
