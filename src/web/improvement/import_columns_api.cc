// GET and PUT /api/v1/measures/{id}/import-columns: what a measure's import remembers of
// headings that are not the grid's words — the JSON twin of the import page's form "what do the
// columns hold?" (domain/import_columns.h; docs/api.md, "Importing a measure's values").

#include "domain/import_columns.h"
#include "domain/measures.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"

namespace stegvis::web {
namespace {

// {"measure_id", "roles": [the roles a column of the measure may have], "columns": [{heading,
// role, updated_at, updated_by}]}.
boost::json::object ColumnsJson(const domain::Measure& measure,
                                const std::vector<domain::ImportColumnChoice>& choices) {
  boost::json::array roles, columns;
  for (const std::string& role : domain::ColumnRolesOf(measure))
    roles.push_back(boost::json::value(role));
  for (const domain::ImportColumnChoice& c : choices) {
    columns.push_back(boost::json::object{{"heading", c.heading},
                                          {"role", c.role},
                                          {"updated_at", c.updated_at},
                                          {"updated_by", c.updated_by}});
  }
  return boost::json::object{
      {"measure_id", measure.id}, {"roles", std::move(roles)}, {"columns", std::move(columns)}};
}

}  // namespace

HandlerResult ApiImportColumns(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto measure = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!measure) return core::Fail(measure.error());
  auto choices = domain::LoadRememberedColumns(app.store, *visitor.principal(), *id);
  if (!choices) return core::Fail(choices.error());
  return JsonValue(ColumnsJson(measure->measure, *choices));
}

HandlerResult ApiImportColumnsUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  std::vector<std::pair<std::string, std::string>> answers;
  for (JsonFields& column : body.Objects("columns", domain::kMaxRememberedColumns, "column")) {
    // Bytes enough for the longest heading in any script; RememberColumns counts characters.
    std::string heading = column.Text("heading", 4 * domain::kMaxRememberedHeading);
    std::string role = column.Text("role", 64);
    answers.emplace_back(std::move(heading), std::move(role));
  }
  if (!body.ok()) return body.error();
  auto saved = domain::RememberColumns(app.store, app.clock, *visitor.principal(),
                                       ActorOf(visitor, request), *id, answers);
  if (!saved) return core::Fail(saved.error());
  auto measure = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!measure) return core::Fail(measure.error());
  return JsonValue(ColumnsJson(measure->measure, *saved));
}

}  // namespace stegvis::web
