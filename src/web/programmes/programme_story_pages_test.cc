// The programme's improvement story through the real router, templates and a real store: the
// demo's programme (Solvik hosts it; two of Norrby's teams take part), read by the host's
// strategist, by Norrby's admin and by another organisation, as a page and as JSON.

#include <string>

#include <boost/json.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ProgrammeStoryPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    programme_ = ProgrammeId("Jämställd hemtjänst");
    url_ = "/program/" + std::to_string(programme_) + "/berattelse";
    api_ = "/api/v1/programmes/" + std::to_string(programme_) + "/story";
  }
  // The change package idea `title` of the story's JSON.
  static boost::json::object Idea(const boost::json::value& story, const std::string& title) {
    for (const auto& idea : story.at("change_package").as_array()) {
      if (idea.at("title").as_string() == title) return idea.as_object();
    }
    ADD_FAILURE() << "no idea " << title;
    return {};
  }
  domain::Id programme_ = 0;
  std::string url_, api_;
};

TEST_F(ProgrammeStoryPagesTest, TheProgrammePageLeadsToTheStory) {
  Response page = Get("/program/" + std::to_string(programme_), As(kDemoEmails.at("politiker")));
  EXPECT_TRUE(Has(page, "<a href=\"" + url_ + "\">Läs programmets förbättringsberättelse"));
}

TEST_F(ProgrammeStoryPagesTest, TellsTheAimTheMeasuresAndEveryTestTheAbandonedOnesToo) {
  Response r = Get(url_, As(kDemoEmails.at("strateg")));
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "<h1 id=\"story-heading\">Jämställd hemtjänst"));
  EXPECT_TRUE(Has(r, "Gemensamt mål"));
  // The teams taking part, Norrby's too.
  EXPECT_TRUE(Has(r, "Trygg hemgång"));
  EXPECT_TRUE(Has(r, "Hela dagen"));
  // Each common measure: a table of the teams' latest values with the variation in words,
  // and the funnel plot of a proportion.
  EXPECT_TRUE(Has(r, "Nöjd med inflytandet över när hjälpen ges"));
  EXPECT_TRUE(Has(r, "Teamens senaste värden"));
  EXPECT_TRUE(Has(r, "/funnel.svg\""));
  // The change package with what the teams learned: an abandoned test and its learning.
  EXPECT_TRUE(Has(r, "Samma kontaktperson varje vecka"));
  EXPECT_TRUE(Has(r, "story-cycle story-cycle--abandoned"));
  EXPECT_TRUE(Has(r, "Idén kräver en bemanning vi inte har under sommaren."));
  EXPECT_TRUE(Has(r, "<strong>Överge</strong>"));
  EXPECT_TRUE(Has(r, "Antal tester: "));
  // Printable: the footer that repeats on every printed page.
  EXPECT_TRUE(Has(r, "class=\"story-footer\""));

  Response en = Get(url_ + "?lang=en", As(kDemoEmails.at("strateg")));
  EXPECT_TRUE(Has(en, "What the teams learned from the change package"));
  EXPECT_TRUE(Has(en, "Tests: "));
}

TEST_F(ProgrammeStoryPagesTest, TheJsonCountsHowTheTestsOfEachIdeaEnded) {
  Response r = Get(api_, As(kDemoEmails.at("strateg")));
  ASSERT_EQ(r.status, 200);
  const boost::json::value story = boost::json::parse(r.body);
  EXPECT_EQ(story.at("programme").at("name").as_string(), "Jämställd hemtjänst");
  EXPECT_TRUE(story.at("cycles_shown").as_bool());
  const boost::json::object idea = Idea(story, "Samma kontaktperson varje vecka");
  const auto& cycles = idea.at("cycles").as_array();
  ASSERT_FALSE(cycles.empty());
  std::int64_t abandoned = 0;
  for (const auto& c : cycles) abandoned += c.at("decision").as_string() == "abandon";
  EXPECT_EQ(idea.at("decisions").at("abandoned").as_int64(), abandoned);
  EXPECT_GE(abandoned, 1);
  EXPECT_FALSE(story.at("dashboard").at("teams").as_array().empty());
}

TEST_F(ProgrammeStoryPagesTest, AGuestOrganisationSeesItsTeamsAndWhatEveryTeamLearned) {
  TestClient norrby = As("admin@norrby.example");
  Response r = Get(url_, norrby);
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(Has(r, "Ytterligare 2 team deltar"));
  // What the host's teams learned is the point of the collaborative: it is told to all,
  // without the host's projects or who last saved.
  EXPECT_TRUE(Has(r, "Idén kräver en bemanning vi inte har under sommaren."));
  const boost::json::value story = boost::json::parse(Get(api_, norrby).body);
  for (const auto& t : story.at("dashboard").at("teams").as_array()) {
    EXPECT_NE(t.at("name").as_string(), "Trygg hemgång") << "Solvik's team is Solvik's";
  }
  for (const auto& idea : story.at("change_package").as_array()) {
    for (const auto& c : idea.at("cycles").as_array()) {
      if (c.at("may_open").as_bool()) continue;
      EXPECT_FALSE(c.as_object().contains("project_id"));
      EXPECT_FALSE(c.as_object().contains("updated_by"));
    }
  }
}

}  // namespace
}  // namespace stegvis::web
