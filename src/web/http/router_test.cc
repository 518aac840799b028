#include "web/http/router.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

Request Make(std::string method, std::string path) {
  Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  return r;
}

Router TestRouter() {
  Router router([](Request&, int status) { return Response::Text(status, "fallback"); },
                [](Request& r, const Route& route) { return route.handler(r, Visitor{}); });
  const Rule any{domain::Action::kView, domain::ResourceKind::kPublic};
  router.Add("GET", "/", any, [](Request&, const Visitor&) { return Response::Text(200, "home"); });
  router.Add("GET", "/units/{id}", any,
             [](Request& r, const Visitor&) { return Response::Text(200, r.path_params["id"]); });
  router.Add("POST", "/units/{id}", any,
             [](Request&, const Visitor&) { return Response::Text(201, "saved"); });
  return router;
}

TEST(RouterTest, MatchesLiteralAndPlaceholderSegments) {
  Router router = TestRouter();
  Request home = Make("GET", "/");
  EXPECT_EQ(router.Handle(home).body, "home");
  Request unit = Make("GET", "/units/42");
  EXPECT_EQ(router.Handle(unit).body, "42");
}

TEST(RouterTest, AnswersHeadWithTheGetRoute) {
  Router router = TestRouter();
  Request head = Make("HEAD", "/units/7");
  EXPECT_EQ(router.Handle(head).status, 200);
}

TEST(RouterTest, Returns404ForUnknownPathsAnd405WithAllowForWrongMethods) {
  Router router = TestRouter();
  Request missing = Make("GET", "/units");
  EXPECT_EQ(router.Handle(missing).status, 404);
  Request trailing = Make("GET", "/units/42/");
  EXPECT_EQ(router.Handle(trailing).status, 404);
  Request wrong = Make("DELETE", "/units/42");
  Response response = router.Handle(wrong);
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.Header("Allow"), "GET, HEAD, POST");
}

TEST(RouterTest, PlaceholderNeedsANonEmptySegment) {
  std::map<std::string, std::string> params;
  EXPECT_FALSE(MatchPattern("/units/{id}", "/units/", params));
  EXPECT_TRUE(MatchPattern("/a/{x}/b", "/a/1/b", params));
  EXPECT_EQ(params["x"], "1");
}

}  // namespace
}  // namespace stegvis::web
