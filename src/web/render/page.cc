#include "web/render/page.h"

#include "domain/resources.h"

namespace stegvis::web {

Response RenderPage(const App& app, const Request& request, const PageSpec& spec,
                    boost::json::object view, const LanguageChoice& language,
                    const Visitor& visitor) {
  const std::string& lang = language.lang;
  view["csrf_token"] = visitor.csrf_token;
  if (const domain::Principal* p = visitor.principal()) {
    view["signed_in"] = boost::json::object{{"name", p->user.display_name}};
    view["is_admin"] = domain::May(
        p, domain::Action::kAdminister,
        domain::OrganisationResource(domain::ResourceKind::kUser, p->user.organisation_id));
    view["may_reflect"] = domain::May(
        p, domain::Action::kView,
        domain::OrganisationResource(domain::ResourceKind::kReflection, p->user.organisation_id));
  }
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
