#include "web/render/error_page.h"

#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

Response Render(const App& app, Request& request, int status, const std::string& title_key,
                std::string body) {
  LanguageChoice language = ChooseLanguage(request);
  boost::json::object view{{"heading", app.catalogue.Get(language.lang, title_key)},
                           {"body", std::move(body)}};
  return RenderPage(app, request, {"error", title_key, "", status}, std::move(view), language,
                    Visitor{});
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
  return Render(app, request, status, "error.refused_title",
                own_words ? ErrorText(app.catalogue, lang, error)
                          : app.catalogue.Get(lang, "error.refused_body"));
}

}  // namespace stegvis::web
