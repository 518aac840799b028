// The JSON twins of the common measure definitions of a programme and of their adoption into
// a team's project: the same domain calls, validation and permission policy as the pages.
// Documented in docs/api.md.

#include "domain/measure_definitions.h"
#include "domain/measures.h"
#include "domain/programmes.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_json.h"
#include "web/improvement/measure_view.h"
#include "web/programmes/handlers.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"

namespace stegvis::web {
namespace {

Response Created(const std::string& location, domain::Id id) {
  Response r = JsonValue(boost::json::object{{"id", id}}, 201);
  r.SetHeader("Location", location);
  return r;
}

// The refusal of a save: every wrong field of `m` at once when the domain refused the body
// itself (as the form names them all), otherwise the domain's error. Asked only after the
// domain refused, so that the programme's and project's own refusals (404, 403, 409) come first.
HandlerResult Refusal(const App& app, const Request& request, const core::Error& error,
                      const std::vector<core::Error>& errors) {
  if (error.code == core::ErrorCode::kInvalidInput && errors.size() > 1) {
    return JsonErrors(app, request, errors);
  }
  return core::Fail(error);
}

}  // namespace

HandlerResult ApiMeasureDefinition(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto definition_id = PathId(request, "definition_id");
  if (!definition_id) return core::Fail(definition_id.error());
  // Whoever may read the programme reads its definitions, as GET /api/v1/programmes/{id}
  // lists them.
  auto d = domain::LoadProgramme(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  for (const domain::Measure& m : d->common_measures) {
    if (m.id == *definition_id) return JsonValue(MeasureJson(m));
  }
  return core::Fail(core::Error::NotFoundObject());
}

HandlerResult ApiMeasureDefinitionCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  domain::Measure m = MeasureFromJson(body, {});
  if (!body.ok()) return body.error();
  auto created = domain::AddMeasureDefinition(app.store, app.clock, *visitor.principal(),
                                              ActorOf(visitor, request), *id, m);
  if (!created) {
    return Refusal(app, request, created.error(), domain::MeasureDefinitionErrors(m));
  }
  return Created("/api/v1/programmes/" + std::to_string(*id) + "/measure-definitions/" +
                     std::to_string(*created),
                 *created);
}

HandlerResult ApiMeasureDefinitionUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto definition_id = PathId(request, "definition_id");
  if (!definition_id) return core::Fail(definition_id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto before = domain::LoadMeasureDefinition(app.store, principal, *id, *definition_id);
  if (!before) return core::Fail(before.error());
  domain::Measure changed = MeasureFromJson(body, before->definition);
  if (!body.ok()) return body.error();
  changed.version = version;
  auto saved = domain::ChangeMeasureDefinition(app.store, app.clock, principal,
                                               ActorOf(visitor, request), *id, changed);
  if (!saved) return Refusal(app, request, saved.error(), domain::MeasureDefinitionErrors(changed));
  return JsonValue(MeasureJson(*saved));
}

HandlerResult ApiMeasureDefinitionRetire(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto definition_id = PathId(request, "definition_id");
  if (!definition_id) return core::Fail(definition_id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  const bool retired = body.OptionalBool("retired").value_or(true);
  if (!body.ok()) return body.error();
  auto saved = domain::SetMeasureDefinitionRetired(app.store, app.clock, *visitor.principal(),
                                                   ActorOf(visitor, request), *id, *definition_id,
                                                   version, retired);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(MeasureJson(*saved));
}

HandlerResult ApiProjectMeasureCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::optional<std::int64_t> definition_id = body.OptionalInt("definition_id", kIds);
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  const domain::Actor actor = ActorOf(visitor, request);
  const std::string location = "/api/v1/projects/" + std::to_string(*id) + "/measures";
  if (definition_id) {
    auto adopted = domain::AdoptMeasureDefinitions(app.store, app.clock, principal, actor, *id,
                                                   {*definition_id});
    if (!adopted) return core::Fail(adopted.error());
    return Created(location, adopted->front());
  }
  // A measure of the team's own, not linked to any definition.
  domain::Measure m = MeasureFromJson(body, {});
  if (!body.ok()) return body.error();
  auto created = domain::AddMeasure(app.store, app.clock, principal, actor, *id, m);
  if (!created) return Refusal(app, request, created.error(), domain::MeasureErrors(m));
  return Created(location, *created);
}

}  // namespace stegvis::web
