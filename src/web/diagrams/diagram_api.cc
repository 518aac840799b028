// The JSON twins of the diagram pages: GET and POST /api/v1/projects/{id}/theory-of-change
// and /api/v1/projects/{id}/driver-diagram. GET answers the diagram (DiagramJson); POST takes
// one edit ({"op": "add_item", "level": "effect", "text": "..."}, see docs/api.md), applies it
// with the same domain call as the page's forms and answers the edited diagram with the id of
// the item the edit concerned (201 for a new item). docs/api.md describes them.

#include "core/clock.h"
#include "domain/audit.h"
#include "domain/diagrams.h"
#include "web/diagrams/diagram_views.h"
#include "web/diagrams/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/json_request.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

Response Get(const App& app, Request& request, const Visitor& visitor, domain::DiagramKind kind) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto d = domain::LoadProjectDiagram(app.store, *visitor.principal(), *id, kind);
  if (!d) return JsonError(app, request, d.error());
  return JsonValue(DiagramJson(*d));
}

Response Post(const App& app, Request& request, const Visitor& visitor, domain::DiagramKind kind) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto edit = DiagramEditFromJson(*body);
  if (!edit) return JsonError(app, request, edit.error());
  const domain::Principal& principal = *visitor.principal();
  auto done =
      domain::EditDiagram(app.store, app.clock, principal,
                          domain::ActorFor(principal, ClientAddress(request)), *id, kind, *edit);
  if (!done) return JsonError(app, request, done.error());
  auto d = domain::LoadProjectDiagram(app.store, principal, *id, kind);
  if (!d) return JsonError(app, request, d.error());
  return JsonValue(boost::json::object{{"item_id", *done}, {"diagram", DiagramJson(*d)}},
                   edit->op == domain::DiagramOp::kAddItem ? 201 : 200);
}

}  // namespace

Response ApiTheory(const App& app, Request& request, const Visitor& visitor) {
  return Get(app, request, visitor, domain::DiagramKind::kTheoryOfChange);
}
Response ApiTheoryEdit(const App& app, Request& request, const Visitor& visitor) {
  return Post(app, request, visitor, domain::DiagramKind::kTheoryOfChange);
}
Response ApiDriver(const App& app, Request& request, const Visitor& visitor) {
  return Get(app, request, visitor, domain::DiagramKind::kDriver);
}
Response ApiDriverEdit(const App& app, Request& request, const Visitor& visitor) {
  return Post(app, request, visitor, domain::DiagramKind::kDriver);
}

}  // namespace stegvis::web
