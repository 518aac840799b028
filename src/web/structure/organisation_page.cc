// /admin/organisation: the organisation's settings for its admin — the small-number threshold
// of its public pages (domain/suppression.h), saved and audited by
// domain::ChangeSuppressionThreshold.

#include "domain/publications.h"
#include "web/http/access_guard.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

struct OrganisationView {
  domain::Id id = 0;
  std::string name;
  std::string threshold;  // as stored, or as typed after a refusal
  bool saved = false;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_suppression_threshold;
};
constexpr auto Describe(std::type_identity<OrganisationView>) {
  using V = OrganisationView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("name", &V::name),
                    core::Field("threshold", &V::threshold),
                    core::Field("saved", &V::saved),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_suppression_threshold", &V::error_suppression_threshold)};
}

HandlerResult RenderOrganisation(const App& app, Request& request, const Visitor& visitor,
                                 const std::optional<core::Error>& error, int status) {
  auto organisation = domain::LoadOrganisation(app.store, *visitor.principal());
  if (!organisation) return core::Fail(organisation.error());
  const LanguageChoice language = ChooseLanguage(request);
  OrganisationView view;
  view.id = organisation->id;
  view.name = organisation->name;
  view.threshold = std::to_string(organisation->suppression_threshold);
  view.saved = request.Query("sparat").has_value();
  if (error) {
    view.threshold = Form(request).Get("suppression_threshold");
    SetFormError(view, app, language.lang, *error);
  }
  return RenderPage(app, request, {"organisation", "organisation.title", "admin_structure", status},
                    view, language, visitor);
}

}  // namespace

HandlerResult OrganisationPage(const App& app, Request& request, const Visitor& visitor) {
  return RenderOrganisation(app, request, visitor, std::nullopt, 200);
}

HandlerResult OrganisationSubmit(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  auto threshold = ParseWholeNumber(Form(request).Get("suppression_threshold"), 0, 1000,
                                    "suppression_threshold");
  core::Error error = threshold ? core::Error{} : threshold.error();
  if (threshold) {
    auto saved = domain::ChangeSuppressionThreshold(
        app.store, app.clock, principal, domain::ActorFor(principal, ClientAddress(request)),
        static_cast<int>(*threshold));
    if (saved) return Response::Redirect("/admin/organisation?sparat=1");
    error = saved.error();
  }
  if (error.code != core::ErrorCode::kInvalidInput) return core::Fail(error);
  error.field = "suppression_threshold";
  error.key = "error.suppression_threshold";
  return RenderOrganisation(app, request, visitor, error, HttpStatus(error.code));
}

}  // namespace stegvis::web
