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

const Rule kAny{domain::Action::kView, domain::ResourceKind::kPublic};

// A handler answering `body`, and the value of {name} after a colon when given.
Handler Answer(std::string body, std::string name = {}) {
  return [body, name](Request& r, const Visitor&) {
    return Response::Text(200, name.empty() ? body : body + ":" + std::string(r.PathParam(name)));
  };
}

Router TestRouter() {
  Router router([](Request&, int status) { return Response::Text(status, "fallback"); },
                [](Request& r, const Route& route) { return route.handler(r, Visitor{}); });
  router.Add("GET", "/", kAny, Answer("home"));
  router.Add("GET", "/units/{id}", kAny, Answer("unit", "id"));
  router.Add("POST", "/units/{id}", kAny,
             [](Request&, const Visitor&) { return Response::Text(201, "saved"); });
  return router;
}

std::string Body(const Router& router, std::string method, std::string path) {
  Request request = Make(std::move(method), std::move(path));
  return router.Handle(request).body;
}

TEST(RouterTest, MatchesLiteralAndPlaceholderSegments) {
  Router router = TestRouter();
  EXPECT_EQ(Body(router, "GET", "/"), "home");
  EXPECT_EQ(Body(router, "GET", "/units/42"), "unit:42");
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
  Router router = TestRouter();
  Request empty = Make("GET", "/units/");
  EXPECT_EQ(router.Handle(empty).status, 404);
  Request relative = Make("GET", "units/1");
  EXPECT_EQ(router.Handle(relative).status, 404);
}

TEST(RouterTest, ALiteralSegmentBeatsAPlaceholderWhateverTheOrderAdded) {
  for (bool literal_first : {true, false}) {
    Router router([](Request&, int status) { return Response::Text(status, "fallback"); },
                  [](Request& r, const Route& route) { return route.handler(r, Visitor{}); });
    auto add_literal = [&] { router.Add("GET", "/notes/new", kAny, Answer("new")); };
    auto add_placeholder = [&] { router.Add("GET", "/notes/{id}", kAny, Answer("note", "id")); };
    if (literal_first) {
      add_literal();
      add_placeholder();
    } else {
      add_placeholder();
      add_literal();
    }
    router.Add("POST", "/notes/{id}", kAny, Answer("saved", "id"));
    EXPECT_EQ(Body(router, "GET", "/notes/new"), "new") << literal_first;
    EXPECT_EQ(Body(router, "GET", "/notes/12"), "note:12") << literal_first;
    // The literal has no POST: the placeholder's route takes it, as it did when routes were
    // tried in turn (the handler then finds no note called "new").
    EXPECT_EQ(Body(router, "POST", "/notes/new"), "saved:new") << literal_first;
    Request put = Make("PUT", "/notes/new");
    EXPECT_EQ(router.Handle(put).Header("Allow"), "GET, HEAD, POST") << literal_first;
  }
}

TEST(RouterTest, FallsBackToAPlaceholderWhenTheLiteralLeadsNowhere) {
  Router router([](Request&, int status) { return Response::Text(status, "fallback"); },
                [](Request& r, const Route& route) { return route.handler(r, Visitor{}); });
  router.Add("GET", "/a/b", kAny, Answer("literal"));
  router.Add("GET", "/a/{x}/c", kAny, Answer("deep", "x"));
  router.Add("GET", "/a/b/{y}/d", kAny, Answer("deeper", "y"));
  EXPECT_EQ(Body(router, "GET", "/a/b"), "literal");
  EXPECT_EQ(Body(router, "GET", "/a/b/c"), "deep:b");
  EXPECT_EQ(Body(router, "GET", "/a/b/7/d"), "deeper:7");
  EXPECT_EQ(Body(router, "GET", "/a/b/7/e"), "fallback");
}

TEST(RouterTest, HandsEveryPlaceholderToTheHandlerAndNothingElse) {
  Router router([](Request&, int status) { return Response::Text(status, "fallback"); },
                [](Request& r, const Route& route) { return route.handler(r, Visitor{}); });
  router.Add("GET", "/history/{type}/{id}", kAny, [](Request& r, const Visitor&) {
    return Response::Text(200, std::string(r.PathParam("type")) + "," +
                                   std::string(r.PathParam("id")) + "," +
                                   std::string(r.PathParam("file")));
  });
  EXPECT_EQ(Body(router, "GET", "/history/team/9"), "team,9,");
  // The values are positions in the path: a copy of the request reads them from its own path.
  Request request = Make("GET", "/history/unit/3");
  router.Handle(request);
  Request copy = request;
  request.path.assign(request.path.size(), 'x');
  EXPECT_EQ(copy.PathParam("type"), "unit");
  EXPECT_EQ(copy.PathParam("id"), "3");
}

TEST(RouterTest, PathsDeeperThanAnyRouteAre404) {
  Router router = TestRouter();
  std::string deep;
  for (std::size_t i = 0; i <= Router::kMaxSegments; ++i) deep += "/x";
  Request request = Make("GET", deep);
  EXPECT_EQ(router.Handle(request).status, 404);
}

TEST(RouterTest, SplitsPathsAtSlashes) {
  std::array<std::string_view, 4> out;
  EXPECT_EQ(SplitPath("/", out), 0u);
  ASSERT_EQ(SplitPath("/a/", out), 2u);
  EXPECT_EQ(out[0], "a");
  EXPECT_EQ(out[1], "");
  EXPECT_EQ(SplitPath("/a/b/c/d/e", out), std::nullopt);
  EXPECT_EQ(SplitPath("a", out), std::nullopt);
}

}  // namespace
}  // namespace stegvis::web
