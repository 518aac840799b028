#include "web/handlers.h"
#include "web/page.h"

namespace stegvis::web {

Response AccessibilityPage(const App& app, Request& request, const Visitor& visitor) {
  boost::json::object view;
  const std::string& contact = app.accessibility_contact;
  if (!contact.empty()) {
    const bool web = contact.starts_with("http://") || contact.starts_with("https://");
    view["contact_href"] = web ? contact : "mailto:" + contact;
    view["contact_text"] = contact;
  }
  return RenderPage(app, request, {"accessibility", "a11y.title", "a11y"}, std::move(view),
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
