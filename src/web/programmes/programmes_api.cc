// The JSON twins of the programme pages under /api/v1/programmes: the same domain calls,
// validation and permission policy as the pages. Documented in docs/api.md.

#include <boost/json/array.hpp>

#include "domain/programmes.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/programmes/handlers.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"

namespace stegvis::web {
namespace {

boost::json::object ProgrammeJson(const domain::Programme& p) {
  return EntityJson(p, {"updated_at", "updated_by"});
}

}  // namespace

HandlerResult ApiProgrammes(const App& app, Request&, const Visitor& visitor) {
  auto list = domain::ListProgrammes(app.store, *visitor.principal());
  if (!list) return core::Fail(list.error());
  boost::json::array out;
  for (const domain::Programme& p : *list) out.push_back(ProgrammeJson(p));
  return JsonValue(boost::json::object{{"programmes", std::move(out)}});
}

HandlerResult ApiProgramme(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadProgramme(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  boost::json::object out = ProgrammeJson(d->programme);
  boost::json::array events, common, teams;
  for (const domain::ProgrammeEvent& e : d->events) {
    events.push_back(EntityJson(e, {"id", "programme_id"}));
  }
  for (const domain::Measure& m : d->common_measures) common.push_back(MeasureJson(m));
  for (const domain::ProgrammeTeam& t : d->teams) {
    boost::json::array projects, measures;
    for (const domain::Project& p : t.projects) projects.push_back(boost::json::value(p.id));
    for (const domain::Measure& m : t.measures) measures.push_back(boost::json::value(m.id));
    teams.push_back(boost::json::object{{"id", t.team.id},
                                        {"name", t.team.name},
                                        {"unit", t.unit_name},
                                        {"project_ids", std::move(projects)},
                                        {"measure_ids", std::move(measures)}});
  }
  out["calendar"] = std::move(events);
  out["common_measures"] = std::move(common);
  out["teams"] = std::move(teams);
  out["teams_outside_your_scope"] = d->hidden_teams;
  return JsonValue(out);
}

}  // namespace stegvis::web
