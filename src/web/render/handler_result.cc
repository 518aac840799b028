#include "web/render/handler_result.h"

#include "web/render/error_page.h"
#include "web/render/json_response.h"

namespace stegvis::web {

ErrorForm ErrorFormOf(std::string_view pattern) {
  return pattern.starts_with("/api/") ? ErrorForm::kJson : ErrorForm::kPage;
}

Response Answer(const App& app, Request& request, HandlerResult result, ErrorForm form) {
  if (result) return std::move(*result);
  if (form == ErrorForm::kJson) return JsonError(app, request, result.error());
  return ErrorPage(app, request, result.error());
}

}  // namespace stegvis::web
