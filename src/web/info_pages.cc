#include "web/handlers.h"
#include "web/page.h"

namespace stegvis::web {

Response AccessibilityPage(const App& app, Request& request) {
  return RenderPage(app, request, {"accessibility", "a11y.title", "a11y"}, {},
                    ChooseLanguage(request));
}

Response ErrorPage(const App& app, Request& request, int status) {
  LanguageChoice language = ChooseLanguage(request);
  const bool not_found = status == 404;
  std::string title_key = not_found ? "error.not_found_title" : "error.method_title";
  boost::json::object view{
      {"heading", app.catalogue.Get(language.lang, title_key)},
      {"body",
       app.catalogue.Get(language.lang, not_found ? "error.not_found_body" : "error.method_body")}};
  return RenderPage(app, request, {"error", title_key, "", status}, std::move(view), language);
}

}  // namespace stegvis::web
