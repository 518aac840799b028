#include "web/openapi/openapi.h"

#include <string>

#include <boost/json/array.hpp>

#include "web/http/access_guard.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

constexpr std::string_view kPrefix = "/api/v1/";

// What a route answers, by its path's last part.
std::string_view MediaTypeOf(std::string_view pattern) {
  constexpr std::pair<std::string_view, std::string_view> kByExtension[] = {
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".csv", "text/csv"},
      {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".xml", "application/atom+xml"},
  };
  for (const auto& [extension, type] : kByExtension) {
    if (pattern.ends_with(extension)) return type;
  }
  return "application/json";
}

// The pattern's segments after /api/v1/.
std::vector<std::string_view> Segments(std::string_view pattern) {
  std::vector<std::string_view> out;
  std::string_view rest = pattern.substr(kPrefix.size());
  while (!rest.empty()) {
    const std::size_t slash = rest.find('/');
    out.push_back(rest.substr(0, slash));
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  }
  return out;
}

// "get_projects_by_id_story" for GET /api/v1/projects/{id}/story: unique per route, since a
// method and pattern are added once.
std::string OperationId(std::string_view method, std::string_view pattern) {
  std::string id;
  for (char c : method) id += static_cast<char>(c - 'A' + 'a');
  for (std::string_view segment : Segments(pattern)) {
    id += '_';
    if (segment.starts_with('{')) {
      id += "by_";
      segment = segment.substr(1, segment.size() - 2);
    }
    for (char c : segment) id += (c == '-' || c == '.') ? '_' : c;
  }
  return id;
}

boost::json::array Parameters(std::string_view pattern) {
  boost::json::array out;
  for (std::string_view segment : Segments(pattern)) {
    if (!segment.starts_with('{')) continue;
    const std::string_view name = segment.substr(1, segment.size() - 2);
    // Ids are whole numbers from 1; a period is "2026-03", "2026-W14", "2026"; a report's
    // month "2026-03".
    boost::json::object schema;
    if (name == "period") {
      schema = {{"type", "string"}, {"maxLength", 16}};
    } else if (name == "month") {
      schema = {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}$"}};
    } else {
      schema = {{"type", "integer"}, {"minimum", 1}};
    }
    out.push_back(boost::json::object{
        {"name", name}, {"in", "path"}, {"required", true}, {"schema", std::move(schema)}});
  }
  return out;
}

// `?limit=` and `?cursor=` of a paged list (render/paged_list.h).
void AddPageParameters(boost::json::array& parameters) {
  parameters.push_back(
      boost::json::object{{"name", "limit"},
                          {"in", "query"},
                          {"description", "Items per page"},
                          {"schema", boost::json::object{{"type", "integer"},
                                                         {"minimum", 1},
                                                         {"maximum", kMaxPageSize},
                                                         {"default", kDefaultPageSize}}}});
  parameters.push_back(boost::json::object{
      {"name", "cursor"},
      {"in", "query"},
      {"description", "The next_cursor of the page before; absent for the first page"},
      {"schema", boost::json::object{{"type", "string"}, {"maxLength", 20}}}});
}

// A page of a list: its array (named after the list) and where the next page starts.
boost::json::object PageSchema() {
  return boost::json::object{
      {"type", "object"},
      {"required", boost::json::array{"next_cursor"}},
      {"properties",
       boost::json::object{
           {"next_cursor", boost::json::object{{"type", boost::json::array{"string", "null"}}}}}}};
}

boost::json::object Content(std::string_view media_type) {
  boost::json::object schema = media_type == "application/json"
                                   ? boost::json::object{{"type", "object"}}
                                   : boost::json::object{{"type", "string"}};
  if (media_type.starts_with("image/png") || media_type.find("openxml") != std::string_view::npos) {
    schema["contentMediaType"] = media_type;
  }
  return boost::json::object{{media_type, boost::json::object{{"schema", std::move(schema)}}}};
}

boost::json::object Operation(const Route& route) {
  const std::string_view summary = ApiSummary(route.method, route.pattern);
  boost::json::object op{
      {"operationId", OperationId(route.method, route.pattern)},
      {"summary", summary},
      {"tags", boost::json::array{boost::json::string(Segments(route.pattern).front())}},
      {"parameters", Parameters(route.pattern)},
      {"responses",
       boost::json::object{
           {"2XX", boost::json::object{{"description", "Done (the fields: docs/api.md)"},
                                       {"content", Content(MediaTypeOf(route.pattern))}}},
           {"4XX", boost::json::object{{"$ref", "#/components/responses/Error"}}},
       }}};
  if (IsPagedList(route.method, route.pattern)) {
    AddPageParameters(op["parameters"].as_array());
    op["responses"].as_object()["2XX"].as_object()["content"] =
        boost::json::object{{"application/json", boost::json::object{{"schema", PageSchema()}}}};
  }
  if (route.rule.kind == domain::ResourceKind::kPublic) {
    op["security"] = boost::json::array{};
  }
  if (route.method == "POST" || route.method == "PUT") {
    // An import's file is its body (a measure's: CSV, an Excel workbook or a Kolada answer; a
    // project's long table: CSV or an Excel workbook); every other body is a JSON object.
    boost::json::object content = Content("application/json");
    if (route.pattern.ends_with("/imports")) {
      content = Content("text/csv");
      for (auto& [media, schema] : Content(MediaTypeOf(".xlsx"))) content[media] = schema;
      if (route.pattern.starts_with("/api/v1/measures/")) {
        for (auto& [media, schema] : Content("application/json")) content[media] = schema;
      }
    }
    op["requestBody"] = boost::json::object{{"required", false}, {"content", std::move(content)}};
  }
  return op;
}

boost::json::object Components() {
  boost::json::object error{
      {"type", "object"},
      {"required", boost::json::array{"error"}},
      {"properties",
       boost::json::object{
           {"error", boost::json::object{
                         {"type", "object"},
                         {"required", boost::json::array{"code", "message"}},
                         {"properties", boost::json::object{
                                            {"code", boost::json::object{{"type", "string"}}},
                                            {"message", boost::json::object{{"type", "string"}}},
                                            {"field", boost::json::object{{"type", "string"}}},
                                            {"key", boost::json::object{{"type", "string"}}},
                                            {"errors", boost::json::object{{"type", "array"}}},
                                        }}}}}}};
  return boost::json::object{
      {"securitySchemes",
       boost::json::object{
           {"session", boost::json::object{{"type", "apiKey"},
                                           {"in", "cookie"},
                                           {"name", kSessionCookie},
                                           {"description",
                                            "POST /api/v1/session; changes also need the "
                                            "X-CSRF-Token header"}}},
           {"token", boost::json::object{{"type", "http"},
                                         {"scheme", "bearer"},
                                         {"description",
                                          "A personal API token (POST "
                                          "/api/v1/tokens); no CSRF header"}}}}},
      {"schemas", boost::json::object{{"Error", std::move(error)}}},
      {"responses",
       boost::json::object{
           {"Error", boost::json::object{
                         {"description",
                          "Refused: 401 not signed in, 403 not allowed, 404 "
                          "not found or not visible, 409 changed since, 422 "
                          "invalid input, in the request's language"},
                         {"content",
                          boost::json::object{
                              {"application/json",
                               boost::json::object{
                                   {"schema", boost::json::object{
                                                  {"$ref", "#/components/schemas/Error"}}}}}}}}}}}};
}

}  // namespace

boost::json::object OpenApiDocument(const std::vector<Route>& routes) {
  boost::json::object paths;
  for (const Route& route : routes) {
    if (!route.pattern.starts_with(kPrefix)) continue;
    boost::json::value& item = paths[route.pattern];
    if (!item.is_object()) item = boost::json::object{};
    std::string method;
    for (char c : route.method) method += static_cast<char>(c - 'A' + 'a');
    item.as_object()[method] = Operation(route);
  }
  return boost::json::object{
      {"openapi", "3.1.0"},
      {"info",
       boost::json::object{
           {"title", "Stegvis"},
           {"version", "1"},
           {"description",
            "The integration API of Stegvis: every page's JSON twin and what the pages can "
            "change. Texts follow the request's language (?lang=en). The fields of each request "
            "and answer are described in docs/api.md of the source."}}},
      {"security", boost::json::array{boost::json::object{{"session", boost::json::array{}}},
                                      boost::json::object{{"token", boost::json::array{}}}}},
      {"paths", std::move(paths)},
      {"components", Components()}};
}

}  // namespace stegvis::web
