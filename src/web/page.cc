#include "web/page.h"

namespace stegvis::web {

Response RenderPage(const App& app, const Request& request, const PageSpec& spec,
                    boost::json::object view, const LanguageChoice& language) {
  const std::string& lang = language.lang;
  view["lang"] = lang;
  view["title"] = app.catalogue.Get(lang, spec.title_key);
  if (!spec.nav.empty()) view["nav_" + std::string(spec.nav)] = true;
  std::string other = lang == "sv" ? "en" : "sv";
  view["lang_switch_href"] = request.path + "?lang=" + other;

  view["content"] = app.templates.Render(spec.template_name, view, lang);
  Response response = Response::Html(spec.status, app.templates.Render("layout", view, lang));
  response.SetHeader("Content-Language", lang);
  response.SetHeader("Vary", "Accept-Language, Cookie");
  if (language.remember) response.SetHeader("Set-Cookie", LanguageCookie(lang));
  return response;
}

}  // namespace stegvis::web
