#include "web/render/page.h"

#include "domain/resources.h"
#include "web/http/local_path.h"
#include "web/render/json_view.h"

namespace stegvis::web {
namespace {

LayoutView Layout(const App& app, const Request& request, const PageSpec& spec,
                  const std::string& lang, const Visitor& visitor) {
  LayoutView layout;
  layout.lang = lang;
  layout.title = app.catalogue.Get(lang, spec.title_key);
  layout.csrf_token = visitor.csrf_token;
  if (const domain::Principal* p = visitor.principal()) {
    layout.signed_in = SignedInView{p->user.display_name, app.mail_enabled};
    layout.is_admin = domain::May(
        p, domain::Action::kAdminister,
        domain::OrganisationResource(domain::ResourceKind::kUser, p->user.organisation_id));
    layout.may_reflect = domain::May(
        p, domain::Action::kView,
        domain::OrganisationResource(domain::ResourceKind::kReflection, p->user.organisation_id));
  }
  // The path as the client sent it, decoded: encoded again, and home if it is not local.
  layout.lang_switch_href = EncodeLocalPath(request.path) + "?lang=" + (lang == "sv" ? "en" : "sv");
  const std::string_view nav = spec.nav;
  layout.nav_home = nav == "home";
  layout.nav_programmes = nav == "programmes";
  layout.nav_goals = nav == "goals";
  layout.nav_search = nav == "search";
  layout.nav_reflections = nav == "reflections";
  layout.nav_admin_structure = nav == "admin_structure";
  layout.nav_admin_users = nav == "admin_users";
  layout.nav_a11y = nav == "a11y";
  return layout;
}

}  // namespace

Response RenderPageFrom(const App& app, const Request& request, const PageSpec& spec, ViewRef body,
                        const LanguageChoice& language, const Visitor& visitor) {
  const std::string& lang = language.lang;
  LayoutView layout = Layout(app, request, spec, lang, visitor);
  layout.content.html = app.templates.Render(spec.template_name, TypedView(layout), body, lang);
  Response response = Response::Html(spec.status, app.templates.Render("layout", layout, lang));
  response.SetHeader("Content-Language", lang);
  response.SetHeader("Vary", "Accept-Language, Cookie");
  if (language.remember) response.SetHeader("Set-Cookie", LanguageCookie(lang));
  return response;
}

Response RenderPage(const App& app, const Request& request, const PageSpec& spec,
                    const boost::json::object& view, const LanguageChoice& language,
                    const Visitor& visitor) {
  return RenderPageFrom(app, request, spec, JsonView(view), language, visitor);
}

}  // namespace stegvis::web
