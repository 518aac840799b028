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
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

HandlerResult Get(const App& app, Request& request, const Visitor& visitor,
                  domain::DiagramKind kind) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadProjectDiagram(app.store, *visitor.principal(), *id, kind);
  if (!d) return core::Fail(d.error());
  return JsonValue(DiagramJson(*d));
}

HandlerResult Post(const App& app, Request& request, const Visitor& visitor,
                   domain::DiagramKind kind) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const domain::DiagramEdit edit = DiagramEditFromJson(body);
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto done =
      domain::EditDiagram(app.store, app.clock, principal,
                          domain::ActorFor(principal, ClientAddress(request)), *id, kind, edit);
  if (!done) return core::Fail(done.error());
  auto d = domain::LoadProjectDiagram(app.store, principal, *id, kind);
  if (!d) return core::Fail(d.error());
  return JsonValue(boost::json::object{{"item_id", *done}, {"diagram", DiagramJson(*d)}},
                   edit.op == domain::DiagramOp::kAddItem ? 201 : 200);
}

}  // namespace

HandlerResult ApiTheory(const App& app, Request& request, const Visitor& visitor) {
  return Get(app, request, visitor, domain::DiagramKind::kTheoryOfChange);
}
HandlerResult ApiTheoryEdit(const App& app, Request& request, const Visitor& visitor) {
  return Post(app, request, visitor, domain::DiagramKind::kTheoryOfChange);
}
HandlerResult ApiDriver(const App& app, Request& request, const Visitor& visitor) {
  return Get(app, request, visitor, domain::DiagramKind::kDriver);
}
HandlerResult ApiDriverEdit(const App& app, Request& request, const Visitor& visitor) {
  return Post(app, request, visitor, domain::DiagramKind::kDriver);
}

}  // namespace stegvis::web
