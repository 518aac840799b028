#include "web/handlers.h"
#include "web/page.h"

namespace stegvis::web {

Response AccessibilityPage(const App& app, Request& request, const Visitor& visitor) {
  return RenderPage(app, request, {"accessibility", "a11y.title", "a11y"}, {},
                    ChooseLanguage(request), visitor);
}

Response ErrorPage(const App& app, Request& request, int status) {
  LanguageChoice language = ChooseLanguage(request);
  std::string name = status == 404 ? "not_found" : status == 403 ? "forbidden" : "method";
  std::string title_key = "error." + name + "_title";
  boost::json::object view{{"heading", app.catalogue.Get(language.lang, title_key)},
                           {"body", app.catalogue.Get(language.lang, "error." + name + "_body")}};
  return RenderPage(app, request, {"error", title_key, "", status}, std::move(view), language,
                    Visitor{});
}

}  // namespace stegvis::web
