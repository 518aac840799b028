#include "web/render/error_page.h"

#include "web/render/page.h"

namespace stegvis::web {

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
