// Setting a programme up through the real router, templates and a real store: the strategist
// edits, closes and reopens it and moves and removes its calendar entries, as pages and JSON.

#include <string>

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ProgrammeSetupPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    url_ = "/program/" + std::to_string(ProgrammeId("Jämställd hemtjänst"));
  }
  // The id of the programme's calendar entry titled `title` (from the JSON twin).
  std::string EventId(const TestClient& client, const std::string& title) {
    Response r =
        Get("/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")), client);
    const boost::json::value body = boost::json::parse(r.body);
    for (const auto& e : body.at("calendar").as_array()) {
      if (e.at("title").as_string() == title) return std::to_string(e.at("id").as_int64());
    }
    return "0";
  }
  Response Json(const std::string& method, const std::string& url, const TestClient& client,
                const std::string& body) {
    return Send(method, url, client, body,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  }
  std::string url_;
};

TEST_F(ProgrammeSetupPagesTest, TheStrategistEditsTheProgrammeAndItsHostUnit) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response form = Get(url_ + "/andra", strateg);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "name=\"version\" value=\"1\""));
  EXPECT_TRUE(Has(form, ">Hela organisationen</option>"));
  const std::string unit = std::to_string(UnitNamed("Hemtjänst Norr"));
  Response saved = Post(url_, strateg,
                        "version=1&name=J%C3%A4mst%C3%A4lld+hemtj%C3%A4nst+2&theme=Trygghet&"
                        "aim=Lika+trygga&starts_on=2024-09-01&ends_on=2026-12-31&host_unit_id=" +
                            unit);
  ASSERT_EQ(saved.status, 303);
  Response page = Get(url_, As(kDemoEmails.at("teammedlem")));
  EXPECT_TRUE(Has(page, "<h1>Jämställd hemtjänst 2</h1>"));
  EXPECT_TRUE(Has(page, "Drivs av: Hemtjänst Norr"));
  EXPECT_FALSE(Has(page, "/andra\"")) << "the team member does not run the programme";
}

TEST_F(ProgrammeSetupPagesTest, AFormWithSeveralMistakesNamesThemAllAndKeepsTheTyping) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response refused = Post(url_, strateg,
                          "version=1&name=&theme=" + std::string(201, 'x') +
                              "&aim=Mitt+m%C3%A5l&starts_on=2026-02-30&ends_on=2024-01-01");
  ASSERT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "id=\"name-error\""));
  EXPECT_TRUE(Has(refused, "id=\"theme-error\""));
  EXPECT_TRUE(Has(refused, "id=\"starts_on-error\""));
  EXPECT_TRUE(Has(refused, "<a href=\"#name\">Fyll i fältet.</a>"));
  EXPECT_TRUE(Has(refused, "<a href=\"#starts_on\">Skriv ett datum som 2026-12-31.</a>"));
  EXPECT_TRUE(Has(refused, ">Mitt mål</textarea>")) << "what was typed stays";
}

TEST_F(ProgrammeSetupPagesTest, AStaleFormKeepsTheTypingAndNamesWhoSavedByName) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  TestClient admin = As(kDemoEmails.at("admin"));
  ASSERT_EQ(Post(url_, admin, "version=1&name=Adminens+namn").status, 303);
  Response stale = Post(url_, strateg, "version=1&name=Mitt+namn&aim=Mitt+m%C3%A5l");
  ASSERT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "Amira Haddad sparade programmet")) << stale.body;
  EXPECT_TRUE(Has(stale, "value=\"Mitt namn\""));
  EXPECT_TRUE(Has(stale, "name=\"version\" value=\"2\"")) << "saving again is a decision";
  EXPECT_TRUE(Has(Get(url_, strateg), "<h1>Adminens namn</h1>"));
}

TEST_F(ProgrammeSetupPagesTest, ACalendarEntryIsMovedAndRemovedFromTheCalendar) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string entry = url_ + "/kalender/" + EventId(strateg, "Lärandeseminarium 4");
  Response form = Get(entry, strateg);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form, "value=\"Lärandeseminarium 4\""));
  Response refused =
      Post(entry, strateg, "kind=action_period&title=&starts_on=2027-05-01&ends_on=2027-05-01");
  ASSERT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "id=\"title-error\""));
  EXPECT_TRUE(Has(refused, "utanför programmets period (2024-09-01 – 2026-12-31)"));
  ASSERT_EQ(Post(entry, strateg,
                 "kind=learning_session&title=L%C3%A4randeseminarium+4+(flyttat)&"
                 "starts_on=2026-06-02&ends_on=")
                .status,
            303);
  Response page = Get(url_, strateg);
  EXPECT_TRUE(Has(page, "2026-06-02</span> <strong>Lärandeseminarium 4 (flyttat)</strong>"));
  ASSERT_EQ(Post(entry + "/ta-bort", strateg).status, 303);
  EXPECT_FALSE(Has(Get(url_, strateg), "Lärandeseminarium 4"));
  EXPECT_EQ(Get(entry, strateg).status, 404);
}

TEST_F(ProgrammeSetupPagesTest, ANewEntryOutsideThePeriodComesBackWithEveryError) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response refused = Post(url_ + "/kalender", strateg,
                          "kind=action_period&title=&starts_on=2027-01-10&ends_on=2027-01-01");
  ASSERT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "<a href=\"#title\">Fyll i fältet.</a>"));
  EXPECT_TRUE(Has(refused, "id=\"starts_on-error\""));
  EXPECT_TRUE(Has(refused, "id=\"ends_on-error\""));
  EXPECT_TRUE(Has(refused, "value=\"2027-01-10\"")) << "what was typed stays";
}

TEST_F(ProgrammeSetupPagesTest, AClosedProgrammeIsShownClosedWithoutFormsUntilReopened) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  ASSERT_EQ(Post(url_ + "/stangd", strateg, "version=1&closed=1").status, 303);
  Response page = Get(url_, strateg);
  EXPECT_TRUE(Has(page, "Programmet är stängt."));
  EXPECT_FALSE(Has(page, "action=\"" + url_ + "/kalender\""));
  EXPECT_FALSE(Has(page, "/andra\""));
  EXPECT_TRUE(Has(page, "Öppna programmet igen"));
  EXPECT_TRUE(Has(Get(url_, As(kDemoEmails.at("teammedlem"))), "(stängt)"));
  EXPECT_EQ(Post(url_ + "/kalender", strateg, "title=X&starts_on=2025-01-01").status, 409);
  EXPECT_EQ(Get(url_ + "/andra", strateg).status, 409);
  ASSERT_EQ(Post(url_ + "/stangd", strateg, "version=2&closed=0").status, 303);
  EXPECT_FALSE(Has(Get(url_, strateg), "Programmet är stängt."));
}

TEST_F(ProgrammeSetupPagesTest, TheJsonContractCreatesChangesAndKeepsTheCalendar) {
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response created = Json("POST", "/api/v1/programmes", strateg,
                          R"({"name":"Trygg skola","theme":"Närvaro","aim":"Alla går",)"
                          R"("starts_on":"2027-01-01","ends_on":"2027-12-31"})");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = boost::json::parse(created.body).at("id").as_int64();
  const std::string url = "/api/v1/programmes/" + std::to_string(id);
  Response read = Get(url, strateg);
  EXPECT_TRUE(Has(read, "\"theme\":\"Närvaro\""));
  EXPECT_TRUE(Has(read, "\"closed\":false"));
  Response changed = Json("PUT", url, strateg, R"({"version":1,"aim":"Alla går varje dag"})");
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_TRUE(Has(changed, "\"aim\":\"Alla går varje dag\""));
  EXPECT_TRUE(Has(changed, "\"name\":\"Trygg skola\"")) << "absent members are left as they are";
  Response stale = Json("PUT", url, strateg, R"({"version":1,"name":"Gammalt"})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale, "\"who\":\"Sara Lindqvist\""));
  EXPECT_TRUE(Has(stale, "\"changed_by\":\"strateg@solvik.example\"")) << "as in every API";
  Response entry =
      Json("POST", url + "/calendar", strateg,
           R"({"kind":"action_period","title":"Arbetsperiod 1","starts_on":"2027-02-01",)"
           R"("ends_on":"2027-03-31"})");
  ASSERT_EQ(entry.status, 201) << entry.body;
  const std::string event =
      url + "/calendar/" + std::to_string(boost::json::parse(entry.body).at("id").as_int64());
  Response moved = Json("PUT", event, strateg, R"({"starts_on":"2027-02-15"})");
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_TRUE(Has(moved, "\"ends_on\":\"2027-03-31\""));
  Response outside = Json("PUT", event, strateg, R"({"ends_on":"2028-01-01"})");
  EXPECT_EQ(outside.status, 422);
  EXPECT_TRUE(Has(outside, "\"field\":\"ends_on\""));
  Response closed = Json("PUT", url, strateg, R"({"version":2,"closed":true})");
  ASSERT_EQ(closed.status, 200);
  EXPECT_EQ(Json("DELETE", event, strateg, "").status, 409) << "a closed programme is read-only";
  ASSERT_EQ(Json("PUT", url, strateg, R"({"version":3,"closed":false})").status, 200);
  EXPECT_EQ(Json("DELETE", event, strateg, "").status, 204);
  EXPECT_TRUE(Has(Get(url, strateg), "\"calendar\":[]"));
  EXPECT_EQ(
      Json("POST", "/api/v1/programmes", As(kDemoEmails.at("chef")), R"({"name":"X"})").status,
      403);
}

}  // namespace
}  // namespace stegvis::web
