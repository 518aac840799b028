#include "web/render/error_page.h"

#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// What error.mustache shows: the heading and one paragraph.
struct ErrorView {
  std::string heading;
  std::string body;
};
constexpr auto Describe(std::type_identity<ErrorView>) {
  return std::tuple{core::Field("heading", &ErrorView::heading),
                    core::Field("body", &ErrorView::body)};
}

Response Render(const App& app, Request& request, int status, const std::string& title_key,
                std::string body) {
  LanguageChoice language = ChooseLanguage(request);
  const ErrorView view{app.catalogue.Get(language.lang, title_key), std::move(body)};
  return RenderPage(app, request, {"error", title_key, "", status}, view, language, Visitor{});
}

}  // namespace

Response ErrorPage(const App& app, Request& request, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  std::string name = status == 404 ? "not_found" : status == 403 ? "forbidden" : "method";
  return Render(app, request, status, "error." + name + "_title",
                app.catalogue.Get(lang, "error." + name + "_body"));
}

Response ErrorPage(const App& app, Request& request, const core::Error& error) {
  const int status = HttpStatus(error.code);
  if (error.code == core::ErrorCode::kNotFound || error.code == core::ErrorCode::kForbidden) {
    return ErrorPage(app, request, status);
  }
  const std::string lang = ChooseLanguage(request).lang;
  const bool own_words = !error.key.empty() && error.code != core::ErrorCode::kInternal;
  Response response = Render(app, request, status, "error.refused_title",
                             own_words ? ErrorText(app.catalogue, lang, error)
                                       : app.catalogue.Get(lang, "error.refused_body"));
  if (error.retry_after_seconds > 0) {
    response.SetHeader("Retry-After", std::to_string(error.retry_after_seconds));
  }
  return response;
}

}  // namespace stegvis::web
