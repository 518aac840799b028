// GET and PUT /api/v1/measures/{id}/import-columns: what a measure's import remembers of
// headings that are not the grid's words — the JSON twin of the import page's form "what do the
// columns hold?" (domain/import_columns.h; docs/api.md, "Importing a measure's values"); and
// GET and PUT /api/v1/projects/{id}/import-columns, the same for the project's long tables
// (domain/long_table_columns.h; docs/api.md, "Importing a long table").

#include "domain/import_columns.h"
#include "domain/long_table_columns.h"
#include "domain/measures.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"

namespace stegvis::web {
namespace {

// {OWNER: id, "roles": [the roles a column may have], "columns": [{heading, role, updated_at,
// updated_by}]}, OWNER "measure_id" or "project_id".
template <typename Choice, typename Roles>
boost::json::object ColumnsJson(std::string_view owner, domain::Id id, const Roles& roles,
                                const std::vector<Choice>& choices) {
  boost::json::array role_list, columns;
  for (const auto& role : roles) role_list.push_back(boost::json::string(role));
  for (const Choice& c : choices) {
    columns.push_back(boost::json::object{{"heading", c.heading},
                                          {"role", c.role},
                                          {"updated_at", c.updated_at},
                                          {"updated_by", c.updated_by}});
  }
  return boost::json::object{
      {owner, id}, {"roles", std::move(role_list)}, {"columns", std::move(columns)}};
}

boost::json::object ColumnsJson(const domain::Measure& measure,
                                const std::vector<domain::ImportColumnChoice>& choices) {
  return ColumnsJson("measure_id", measure.id, domain::ColumnRolesOf(measure), choices);
}

// The body's {"columns": [{"heading", "role"}]} as heading → role pairs.
std::vector<std::pair<std::string, std::string>> ColumnsOf(JsonBody& body) {
  std::vector<std::pair<std::string, std::string>> answers;
  for (JsonFields& column : body.Objects("columns", domain::kMaxRememberedColumns, "column")) {
    // Bytes enough for the longest heading in any script; ApplyColumnChoices counts characters.
    std::string heading = column.Text("heading", 4 * domain::kMaxRememberedHeading);
    std::string role = column.Text("role", 64);
    answers.emplace_back(std::move(heading), std::move(role));
  }
  return answers;
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
  const std::vector<std::pair<std::string, std::string>> answers = ColumnsOf(body);
  if (!body.ok()) return body.error();
  auto saved = domain::RememberColumns(app.store, app.clock, *visitor.principal(),
                                       ActorOf(visitor, request), *id, answers);
  if (!saved) return core::Fail(saved.error());
  auto measure = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!measure) return core::Fail(measure.error());
  return JsonValue(ColumnsJson(measure->measure, *saved));
}

HandlerResult ApiLongImportColumns(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto choices = domain::LoadLongColumns(app.store, *visitor.principal(), *id);
  if (!choices) return core::Fail(choices.error());
  return JsonValue(ColumnsJson("project_id", *id, domain::kLongColumnRoles, *choices));
}

HandlerResult ApiLongImportColumnsUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::vector<std::pair<std::string, std::string>> answers = ColumnsOf(body);
  if (!body.ok()) return body.error();
  auto saved = domain::RememberLongColumns(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *id, answers);
  if (!saved) return core::Fail(saved.error());
  return JsonValue(ColumnsJson("project_id", *id, domain::kLongColumnRoles, *saved));
}

}  // namespace stegvis::web
