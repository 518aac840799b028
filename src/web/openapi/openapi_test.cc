// The API's OpenAPI document through the real route table: every /api/v1 route is in it
// with a summary, every summary names a route, operation ids are unique, and anyone may read
// it. (tests/browser/openapi.test.mjs validates it against the OpenAPI 3.1 schema.)

#include <set>

#include <boost/json.hpp>

#include "web/openapi/openapi.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class OpenApiTest : public WebTest {
 protected:
  boost::json::object Document() {
    Response r = Get("/api/v1/openapi.json");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.Header("Content-Type"), "application/json; charset=utf-8");
    return boost::json::parse(r.body).as_object();
  }
};

TEST_F(OpenApiTest, EveryApiRouteIsDescribedAndEverySummaryNamesARoute) {
  const boost::json::object doc = Document();
  EXPECT_EQ(doc.at("openapi").as_string(), "3.1.0");
  const boost::json::object& paths = doc.at("paths").as_object();
  std::set<std::string> routes, ids;
  Router router = BuildRouter(*app_);
  for (const Route& route : router.routes()) {
    if (!route.pattern.starts_with("/api/v1/")) continue;
    const std::string key = route.method + " " + route.pattern;
    routes.insert(key);
    EXPECT_FALSE(ApiSummary(route.method, route.pattern).empty()) << key << " has no summary";
    std::string method;
    for (char c : route.method) method += static_cast<char>(std::tolower(c));
    ASSERT_TRUE(paths.contains(route.pattern)) << key;
    ASSERT_TRUE(paths.at(route.pattern).as_object().contains(method)) << key;
    const boost::json::object& op = paths.at(route.pattern).at(method).as_object();
    EXPECT_TRUE(ids.insert(std::string(op.at("operationId").as_string())).second)
        << "operationId of " << key << " is unique";
  }
  for (std::string_view summarised : SummarisedOperations()) {
    EXPECT_TRUE(routes.count(std::string(summarised))) << summarised << " is no route";
  }
  EXPECT_TRUE(routes.count("GET /api/v1/openapi.json")) << "the document describes itself";
}

TEST_F(OpenApiTest, PathParametersTokensAndMediaTypesFollowTheRoutes) {
  const boost::json::object doc = Document();
  const boost::json::object& paths = doc.at("paths").as_object();
  const boost::json::object& story = paths.at("/api/v1/projects/{id}/story").at("get").as_object();
  EXPECT_EQ(story.at("operationId").as_string(), "get_projects_by_id_story");
  const boost::json::object& id = story.at("parameters").at(0).as_object();
  EXPECT_EQ(id.at("name").as_string(), "id");
  EXPECT_EQ(id.at("in").as_string(), "path");
  EXPECT_EQ(id.at("schema").at("type").as_string(), "integer");
  const auto& png = paths.at("/api/v1/measures/{id}/chart.png").at("get").at("responses");
  EXPECT_TRUE(png.at("2XX").at("content").as_object().contains("image/png"));
  const auto& exclusion = paths.at("/api/v1/measures/{id}/exclusions/{period}").at("put");
  EXPECT_EQ(exclusion.at("parameters").at(1).at("schema").at("type").as_string(), "string");
  EXPECT_TRUE(exclusion.as_object().contains("requestBody"));
  // Signed in by session cookie or bearer token everywhere but the document itself.
  EXPECT_EQ(doc.at("security").as_array().size(), 2u);
  EXPECT_TRUE(paths.at("/api/v1/openapi.json").at("get").at("security").as_array().empty());
  EXPECT_EQ(doc.at("components").at("securitySchemes").at("token").at("scheme").as_string(),
            "bearer");
  EXPECT_FALSE(paths.contains("/projekt/{id}")) << "pages are not the API";
}

}  // namespace
}  // namespace stegvis::web
