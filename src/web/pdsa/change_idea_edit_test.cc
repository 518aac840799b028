// Editing and retiring a change idea from its page and through PUT /api/v1/change-ideas/{id}
// (change_idea_page.cc, pdsa_api.cc): what the team and the programme's strateg get, what
// everyone else is refused, and how a retired idea looks where ideas are offered.

#include <boost/json/parse.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class ChangeIdeaEditTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = ProjectOf("Trygg hemgång");
    const domain::Id programme = ProgrammeId("Jämställd hemtjänst");
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Project project = *tx.Projects().Find(project_);
      domain::ChangeIdea idea;
      idea.organisation_id = project.organisation_id;
      idea.project_id = project_;
      idea.title = "Hembesök dag 1";
      idea_ = tx.Pdsa().CreateIdea(idea, clock_.NowUnixSeconds());
      for (const domain::ChangeIdea& i : tx.Pdsa().ListProgrammeIdeas(programme)) {
        if (package_ == 0) package_ = i.id;
      }
      return true;
    });
    page_ = "/forandringsideer/" + std::to_string(idea_);
  }
  static HeaderList Json(const TestClient& c) {
    return {{"content-type", "application/json"}, {"x-csrf-token", c.csrf}};
  }
  Response Put(const TestClient& c, domain::Id idea, const std::string& json) {
    return Send("PUT", "/api/v1/change-ideas/" + std::to_string(idea), c, json, Json(c));
  }
  boost::json::object Read(const TestClient& c, domain::Id idea) {
    Response r = Get("/api/v1/change-ideas/" + std::to_string(idea), c);
    EXPECT_EQ(r.status, 200) << r.body;
    return boost::json::parse(r.body).as_object();
  }

  domain::Id project_ = 0, idea_ = 0, package_ = 0;
  std::string page_;
};

TEST_F(ChangeIdeaEditTest, TheTeamRenamesItsIdeaOnItsPage) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response page = Get(page_, member);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<h2 id=\"idea-edit-heading\">Ändra idén</h2>"));
  EXPECT_TRUE(Has(page, "value=\"Hembesök dag 1\""));
  EXPECT_TRUE(Has(page, ">Avveckla idén</button>"));
  Response saved =
      Post(page_, member,
           "version=1&title=Hembes%C3%B6k+f%C3%B6rsta+dagen&description=Sk%C3%B6terskan+ringer");
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("Location"), page_ + "?sparat=1");
  Response after = Get(page_ + "?sparat=1", member);
  EXPECT_TRUE(Has(after, "<h1>Hembesök första dagen</h1>"));
  EXPECT_TRUE(Has(after, "Idén är sparad."));
  EXPECT_TRUE(Has(after, "Sköterskan ringer"));
  EXPECT_EQ(Read(member, idea_).at("version").as_int64(), 2);
}

TEST_F(ChangeIdeaEditTest, ARefusedSaveShowsTheFormAgainWithWhatWasTyped) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response r = Post(page_, member, "version=1&title=&description=Beh%C3%A5ll+mig");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "class=\"error-summary\""));
  EXPECT_TRUE(Has(r, "aria-describedby=\"title-error\"")) << "the field is marked";
  EXPECT_TRUE(Has(r, ">Behåll mig</textarea>")) << "what was typed is kept";
  // A stale version says who saved in between.
  ASSERT_EQ(Post(page_, As(kDemoEmails.at("chef")), "version=1&title=Chefens").status, 303);
  Response stale = Post(page_, member, "version=1&title=Mitt");
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_TRUE(Has(stale, "medan du skrev"));
  EXPECT_TRUE(Has(stale, "value=\"Mitt\""));
  EXPECT_EQ(Read(member, idea_).at("title").as_string(), "Chefens");
}

TEST_F(ChangeIdeaEditTest, ARetiredIdeaIsMarkedAndOfferedForNoNewCycle) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  const std::string option = "<option value=\"" + std::to_string(idea_) + "\"";
  const std::string cycles = "/projekt/" + std::to_string(project_) + "/pgsa";
  EXPECT_TRUE(Has(Get(cycles, member), option));
  Response retired = Post(page_ + "/avveckla", member, "version=1&retired=1");
  ASSERT_EQ(retired.status, 303) << retired.body;
  Response page = Get(page_ + "?avvecklad=1", member);
  EXPECT_TRUE(Has(page, "Idén är avvecklad."));
  EXPECT_TRUE(Has(page, "<span class=\"tag\">Avvecklad</span>"));
  EXPECT_TRUE(Has(page, ">Återinför idén</button>"));
  Response list = Get(cycles, member);
  EXPECT_FALSE(Has(list, option)) << "the new cycle's form does not offer it";
  EXPECT_TRUE(Has(list,
                  "Hembesök dag 1</a> <span class=\"tag\">Teamets egen idé</span> <span "
                  "class=\"tag\">Avvecklad</span>"));
  Response refused =
      Post(cycles, member, "change_idea_id=" + std::to_string(idea_) + "&title=Ett+till+test");
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "Förändringsidén är avvecklad"));
  // Reinstated, it is offered again.
  ASSERT_EQ(Post(page_ + "/avveckla", member, "version=2&retired=0").status, 303);
  EXPECT_TRUE(Has(Get(cycles, member), option));
  EXPECT_EQ(Post(page_ + "/avveckla", member, "version=3&retired=ja").status, 422);
}

TEST_F(ChangeIdeaEditTest, OnlyThoseWhoMayChangeTheWorkSeeOrUseTheForms) {
  TestClient politiker = As(kDemoEmails.at("politiker"));
  Response page = Get(page_, politiker);
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page, "idea-edit-heading"));
  EXPECT_EQ(Post(page_, politiker, "version=1&title=Politikerns").status, 403);
  EXPECT_EQ(Post(page_ + "/avveckla", politiker, "version=1&retired=1").status, 403);
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Post(page_, norrby, "version=1&title=Norrbys").status, 404);
  EXPECT_EQ(Put(norrby, idea_, R"({"version": 1, "retired": true})").status, 404);
  // A package idea is the programme's: its strateg changes it, a team member only reads it.
  const std::string package = "/forandringsideer/" + std::to_string(package_);
  EXPECT_FALSE(Has(Get(package, As(kDemoEmails.at("teammedlem"))), "idea-edit-heading"));
  EXPECT_TRUE(Has(Get(package, As(kDemoEmails.at("strateg"))), "idea-edit-heading"));
  EXPECT_EQ(
      Put(As(kDemoEmails.at("teammedlem")), package_, R"({"version": 1, "title": "X"})").status,
      403);
  EXPECT_FALSE(Read(As(kDemoEmails.at("teammedlem")), idea_).at("retired").as_bool());
}

TEST_F(ChangeIdeaEditTest, TheApiChangesWhatItIsSentAndRefusesEveryWrongBodyByName) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response r = Put(member, idea_, R"({"version": 1, "description": "Via API", "retired": true})");
  ASSERT_EQ(r.status, 200) << r.body;
  boost::json::object idea = boost::json::parse(r.body).as_object();
  EXPECT_EQ(idea.at("title").as_string(), "Hembesök dag 1") << "absent: unchanged";
  EXPECT_EQ(idea.at("description").as_string(), "Via API");
  EXPECT_TRUE(idea.at("retired").as_bool());
  EXPECT_EQ(idea.at("version").as_int64(), 2);
  for (const auto& [body, field] : std::vector<std::pair<std::string, std::string>>{
           {R"({"title": "Utan version"})", "version"},
           {R"({"version": 2, "title": 5})", "title"},
           {R"({"version": 2, "retired": "ja"})", "retired"},
           {R"({"version": 2, "title": ""})", "title"},
           {R"({"version": 2, "description": ")" + std::string(8001, 'x') + R"("})", "description"},
       }) {
    Response bad = Put(member, idea_, body);
    EXPECT_EQ(bad.status, 422) << body.substr(0, 60) << " → " << bad.body;
    EXPECT_TRUE(Has(bad, "\"field\":\"" + field + "\"")) << bad.body;
  }
  Response stale = Put(member, idea_, R"({"version": 1, "title": "Gammal"})");
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(Read(member, idea_).at("version").as_int64(), 2) << "nothing refused was saved";
}

TEST_F(ChangeIdeaEditTest, ThoseWhoRunTheProgrammeAddToItsPackageThroughTheApi) {
  const std::string url =
      "/api/v1/programmes/" + std::to_string(ProgrammeId("Jämställd hemtjänst")) + "/change-ideas";
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response made = Send("POST", url, strateg,
                       R"({"title": "Kvällsbesök", "description": "Efter 18"})", Json(strateg));
  ASSERT_EQ(made.status, 201) << made.body;
  const boost::json::object idea = boost::json::parse(made.body).as_object();
  EXPECT_EQ(made.Header("Location"),
            "/api/v1/change-ideas/" + std::to_string(idea.at("id").as_int64()));
  EXPECT_FALSE(idea.at("programme_id").is_null());
  EXPECT_TRUE(idea.at("project_id").is_null());
  EXPECT_EQ(
      Read(As(kDemoEmails.at("teammedlem")), idea.at("id").as_int64()).at("title").as_string(),
      "Kvällsbesök")
      << "the programme's teams read it";
  TestClient member = As(kDemoEmails.at("teammedlem"));
  EXPECT_EQ(Send("POST", url, member, R"({"title": "Teamets"})", Json(member)).status, 403);
  TestClient norrby = As("admin@norrby.example");
  EXPECT_EQ(Send("POST", url, norrby, R"({"title": "Norrbys"})", Json(norrby)).status, 404);
  Response untitled = Send("POST", url, strateg, R"({"description": "Utan titel"})", Json(strateg));
  EXPECT_EQ(untitled.status, 422);
  EXPECT_TRUE(Has(untitled, "\"field\":\"title\""));
}

TEST_F(ChangeIdeaEditTest, ScriptInATitleIsShownAsText) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  ASSERT_EQ(Put(member, idea_, R"({"version": 1, "title": "<script>alert(1)</script>"})").status,
            200);
  Response page = Get(page_, member);
  EXPECT_FALSE(Has(page, "<script>alert(1)"));
  EXPECT_TRUE(Has(page, "&lt;script&gt;alert(1)"));
}

}  // namespace
}  // namespace stegvis::web
