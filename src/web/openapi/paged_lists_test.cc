// Every list the OpenAPI document calls paged (IsPagedList) answers a page at a time: walking
// its pages with ?limit=1 yields the same items as one large page, each once, in order of id;
// wrong page parameters are refused by name; and paging never widens what the reader sees.

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "web/openapi/openapi.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class PagedListsTest : public WebTest {
 protected:
  // "GET /api/v1/projects/{id}/measures" → "/api/v1/projects/7/measures"; a unit's lists are
  // those of the unit whose self-assessments and notes the demo fills, a programme's those of
  // the demo's programme, a measure's those of Trygg hemgång's first, a cycle's those of its
  // first cycle, a monthly report's those of November 2026.
  std::string TargetOf(std::string_view operation) {
    std::string target(operation.substr(operation.find(' ') + 1));
    if (std::size_t brace = target.find("{id}"); brace != std::string::npos) {
      const domain::Id id =
          target.starts_with("/api/v1/units/")         ? UnitNamed("Hemtjänst Norr")
          : target.starts_with("/api/v1/programmes/")  ? ProgrammeId("Jämställd hemtjänst")
          : target.starts_with("/api/v1/measures/")    ? MeasureOf("Trygg hemgång")
          : target.starts_with("/api/v1/pdsa-cycles/") ? FirstCycleOf("Trygg hemgång")
                                                       : ProjectOf("Trygg hemgång");
      target.replace(brace, 4, std::to_string(id));
    }
    if (std::size_t brace = target.find("{month}"); brace != std::string::npos) {
      target.replace(brace, 7, "2026-11");
    }
    return target;
  }
  domain::Id FirstCycleOf(const std::string& team) {
    domain::Id id = 0;
    const domain::Id project = ProjectOf(team);
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto cycles = tx.Pdsa().ListProjectCycles(project);
      if (!cycles.empty()) id = cycles.front().id;
      return true;
    });
    return id;
  }

  // The list's array, named after the target's last segment ("notes" for reflection notes,
  // "assessments" for self-assessments, "rows" for a programme's monthly reports, whose answer
  // also holds "months", and "months" for a project's).
  static const boost::json::array& ListOf(const boost::json::object& page) {
    for (const char* key : {"tokens", "users", "goals", "teams", "units", "projects", "measures",
                            "pdsa_cycles", "change_ideas", "programmes", "invitations", "notes",
                            "assessments", "rows", "months", "comments"}) {
      if (const boost::json::value* list = page.if_contains(key)) return list->as_array();
    }
    static const boost::json::array kNone;
    ADD_FAILURE() << "no list in " << boost::json::serialize(page);
    return kNone;
  }

  std::vector<std::int64_t> Walk(const std::string& target, const TestClient& client) {
    std::vector<std::int64_t> ids;
    std::string cursor;
    for (int pages = 0; pages < 1000; ++pages) {
      Response r = Get(target + "?limit=1" + (cursor.empty() ? "" : "&cursor=" + cursor), client);
      EXPECT_EQ(r.status, 200) << target << ": " << r.body;
      if (r.status != 200) break;
      const boost::json::object page = boost::json::parse(r.body).as_object();
      const boost::json::array& list = ListOf(page);
      EXPECT_LE(list.size(), 1u);
      for (const auto& item : list) ids.push_back(item.at("id").as_int64());
      if (page.at("next_cursor").is_null()) break;
      cursor = std::string(page.at("next_cursor").as_string());
    }
    return ids;
  }

  std::vector<std::int64_t> AllAtOnce(const std::string& target, const TestClient& client) {
    Response r = Get(target + "?limit=500", client);
    EXPECT_EQ(r.status, 200) << r.body;
    const boost::json::object page = boost::json::parse(r.body).as_object();
    EXPECT_TRUE(page.at("next_cursor").is_null());
    std::vector<std::int64_t> ids;
    for (const auto& item : ListOf(page)) ids.push_back(item.at("id").as_int64());
    return ids;
  }
};

TEST_F(PagedListsTest, EveryPagedListWalksToTheSameItemsInOrderOfId) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  // The admin has a token of their own, so that list has something to page.
  Send("POST", "/api/v1/tokens", admin, R"({"name": "Ett"})",
       {{"content-type", "application/json"}, {"x-csrf-token", admin.csrf}});
  Send("POST", "/api/v1/tokens", admin, R"({"name": "Två"})",
       {{"content-type", "application/json"}, {"x-csrf-token", admin.csrf}});
  const std::vector<std::string_view> lists = PagedLists();
  EXPECT_GE(lists.size(), 10u);
  int walked_more_than_one = 0;
  for (std::string_view operation : lists) {
    const std::string target = TargetOf(operation);
    const std::vector<std::int64_t> all = AllAtOnce(target, admin);
    EXPECT_EQ(Walk(target, admin), all) << target;
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end())) << target;
    EXPECT_EQ(std::set<std::int64_t>(all.begin(), all.end()).size(), all.size()) << target;
    if (all.size() > 1) ++walked_more_than_one;
  }
  EXPECT_GE(walked_more_than_one, 7) << "the demo gives most lists several items";
}

TEST_F(PagedListsTest, WrongPageParametersAreRefusedByName) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  for (std::string_view operation : PagedLists()) {
    const std::string target = TargetOf(operation);
    for (const char* bad : {"limit=0", "limit=501", "limit=ten", "limit=-1"}) {
      Response r = Get(target + "?" + bad, admin);
      EXPECT_EQ(r.status, 422) << target << "?" << bad;
      EXPECT_TRUE(Has(r, "\"field\":\"limit\"")) << r.body;
    }
    Response r = Get(target + "?cursor=x7", admin);
    EXPECT_EQ(r.status, 422) << target;
    EXPECT_TRUE(Has(r, "\"field\":\"cursor\"")) << r.body;
    EXPECT_TRUE(Has(r, "Det är ingen markör för den här listan.")) << r.body;
  }
}

TEST_F(PagedListsTest, ADefaultPageIsBoundedAndACursorNeverWidensTheList) {
  SeedDemo();
  TestClient member = As(kDemoEmails.at("teammedlem"));
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::vector<std::int64_t> mine = AllAtOnce("/api/v1/projects", member);
  const std::vector<std::int64_t> everyone = AllAtOnce("/api/v1/projects", admin);
  ASSERT_LT(mine.size(), everyone.size()) << "the member sees fewer projects than the admin";
  // A cursor of 0 or one of another team's projects only says where to start.
  EXPECT_EQ(Walk("/api/v1/projects", member), mine);
  const boost::json::object from_zero =
      boost::json::parse(Get("/api/v1/projects?cursor=0&limit=500", member).body).as_object();
  EXPECT_EQ(ListOf(from_zero).size(), mine.size());
  for (std::int64_t id : everyone) {
    Response r = Get("/api/v1/projects?cursor=" + std::to_string(id), member);
    ASSERT_EQ(r.status, 200);
    const boost::json::object page = boost::json::parse(r.body).as_object();
    for (const auto& item : ListOf(page)) {
      const std::int64_t seen = item.at("id").as_int64();
      EXPECT_GT(seen, id);
      EXPECT_NE(std::find(mine.begin(), mine.end(), seen), mine.end()) << "only the member's own";
    }
  }
  // Without ?limit= a page holds at most 100.
  Response plain = Get("/api/v1/projects", admin);
  const boost::json::object first = boost::json::parse(plain.body).as_object();
  EXPECT_LE(ListOf(first).size(), 100u);
  EXPECT_TRUE(Has(plain, "\"next_cursor\":"));
}

TEST_F(PagedListsTest, APageOfCyclesCarriesTheIdeasItsCyclesTestAndNoOthers) {
  SeedDemo();
  TestClient admin = As(kDemoEmails.at("admin"));
  const std::string project = std::to_string(ProjectOf("Trygg hemgång"));
  const std::vector<std::int64_t> ideas =
      AllAtOnce("/api/v1/projects/" + project + "/change-ideas", admin);
  ASSERT_GE(ideas.size(), 2u) << "the project's own ideas and its programme's package";
  Response r = Get("/api/v1/projects/" + project + "/pdsa-cycles?limit=1", admin);
  ASSERT_EQ(r.status, 200) << r.body;
  const boost::json::object page = boost::json::parse(r.body).as_object();
  const boost::json::array& cycles = page.at("pdsa_cycles").as_array();
  ASSERT_EQ(cycles.size(), 1u);
  const boost::json::array& tested = page.at("change_ideas").as_array();
  ASSERT_EQ(tested.size(), 1u) << r.body;
  EXPECT_EQ(tested[0].at("id"), cycles[0].at("change_idea_id"));
}

}  // namespace
}  // namespace stegvis::web
