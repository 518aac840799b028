// GET and PUT /api/v1/organisation: the admin's organisation and its settings — the JSON twin
// of /admin/organisation (docs/api.md, "Organisation structure (admins)"), saved and audited by
// domain::ChangeSuppressionThreshold as the page saves them.

#include "domain/publications.h"
#include "domain/suppression.h"
#include "web/http/access_guard.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/structure/handlers.h"

namespace stegvis::web {
namespace {

boost::json::object OrganisationJson(const domain::Organisation& o) {
  return boost::json::object{{"id", o.id},
                             {"name", o.name},
                             {"suppression_threshold", o.suppression_threshold},
                             {"min_suppression_threshold", domain::kMinSuppressionThreshold},
                             {"max_suppression_threshold", domain::kMaxSuppressionThreshold}};
}

}  // namespace

HandlerResult ApiOrganisation(const App& app, Request&, const Visitor& visitor) {
  auto organisation = domain::LoadOrganisation(app.store, *visitor.principal());
  if (!organisation) return core::Fail(organisation.error());
  return JsonValue(OrganisationJson(*organisation));
}

HandlerResult ApiOrganisationUpdate(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  const std::int64_t threshold = body.Int(
      "suppression_threshold", {domain::kMinSuppressionThreshold, domain::kMaxSuppressionThreshold},
      "error.suppression_threshold");
  if (!body.ok()) return body.error();
  auto saved =
      domain::ChangeSuppressionThreshold(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), static_cast<int>(threshold));
  if (!saved) return core::Fail(saved.error());
  return JsonValue(OrganisationJson(*saved));
}

}  // namespace stegvis::web
