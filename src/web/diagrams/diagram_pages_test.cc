// The theory-of-change and driver-diagram pages and their JSON twins through the real route
// table and a real SQLite store with the demo data: what the demo shows, a theory built
// backwards with the forms, the linking rules as the user meets them (error next to the
// field), removing an item with its links, the version check, read-only politicians, the
// project boundary, and the downloads.

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class DiagramPagesTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    project_ = ProjectOf("Trygg hemgång");
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      for (const auto& org : tx.Units().ListOrganisations()) {
        for (const auto& team : tx.Teams().List(org.id)) {
          for (const auto& p : tx.Projects().List(team.id)) {
            if (p.title == "Rätt tid för alla") other_project_ = p.id;
          }
        }
      }
      for (const auto& m : tx.Measures().ListOfProject(project_)) measures_.push_back(m.id);
      return true;
    });
    team_ = As(kDemoEmails.at("teammedlem"));
    toc_ = "/projekt/" + std::to_string(project_) + "/forbattringsteori";
    driver_ = "/projekt/" + std::to_string(project_) + "/drivkraftsdiagram";
  }

  boost::json::object Api(const std::string& path, const TestClient& client) {
    Response r = Get(path, client);
    EXPECT_EQ(r.status, 200) << path << r.body;
    return boost::json::parse(r.body).as_object();
  }

  Response PostJson(const std::string& path, const TestClient& client, const std::string& json) {
    return Send("POST", path, client, json,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  }

  // The id of the item with this text in the diagram's JSON, or 0.
  static domain::Id ItemId(const boost::json::object& diagram, const std::string& text) {
    for (const auto& item : diagram.at("items").as_array()) {
      if (item.at("text").as_string() == text) return item.at("id").as_int64();
    }
    return 0;
  }

  domain::Id project_ = 0, other_project_ = 0;
  std::vector<domain::Id> measures_;
  TestClient team_;
  std::string toc_, driver_;
};

TEST_F(DiagramPagesTest, TheDemoProjectShowsBothDiagramsWithListAndSvg) {
  Response project = Get("/projekt/" + std::to_string(project_), team_);
  ASSERT_EQ(project.status, 200);
  EXPECT_NE(project.body.find("href=\"" + toc_ + "\""), std::string::npos);
  EXPECT_NE(project.body.find("href=\"" + driver_ + "\""), std::string::npos);
  EXPECT_NE(project.body.find("14 punkter, 6 av 6 nivåer ifyllda"), std::string::npos);

  Response toc = Get(toc_, team_);
  ASSERT_EQ(toc.status, 200);
  EXPECT_NE(toc.body.find("role=\"img\""), std::string::npos);
  EXPECT_NE(toc.body.find("<title id=\"toc-title\">Förbättringsteori: Trygg och jämställd"),
            std::string::npos);
  EXPECT_NE(toc.body.find("<span class=\"diagram-list__level\">Effekt:</span> Kvinnor och män "
                          "med hemtjänst har lika stort inflytande över sina insatser"),
            std::string::npos);
  EXPECT_NE(toc.body.find("href=\"/matt/" + std::to_string(measures_.at(0)) + "\">Mått: "),
            std::string::npos)
      << "the effect links to the measure that shows it";
  EXPECT_NE(toc.body.find("Vart vill vi komma?"), std::string::npos) << "the tip question";
  EXPECT_LT(toc.body.find("id=\"niva-effect\""), toc.body.find("id=\"niva-resource\""))
      << "the editor starts at the effect";

  Response driver = Get(driver_, team_);
  ASSERT_EQ(driver.status, 200);
  EXPECT_NE(driver.body.find("Testad i 3 cykler"), std::string::npos) << "tested in the demo";
  EXPECT_NE(driver.body.find("Senaste beslut: Anta"), std::string::npos);
  EXPECT_NE(driver.body.find("Inte testad ännu"), std::string::npos);
  EXPECT_NE(driver.body.find("class=\"box dashed\""), std::string::npos);
  EXPECT_NE(driver.body.find("Senast 2026-12-31."), std::string::npos) << "the aim";

  Response en = Get(toc_ + "?lang=en", team_);
  EXPECT_NE(en.body.find("Where do we want to get?"), std::string::npos);
}

TEST_F(DiagramPagesTest, ATheoryIsBuiltBackwardsWithTheForms) {
  // The strategist coaches "Rätt tid för alla" (the team member's scope is another team).
  const TestClient team_ = As(kDemoEmails.at("strateg"));
  const std::string url = "/projekt/" + std::to_string(other_project_) + "/forbattringsteori";
  const std::string api =
      "/api/v1/projects/" + std::to_string(other_project_) + "/theory-of-change";
  ASSERT_EQ(
      Post(url, team_, "op=add_item&level=effect&form=new-effect&text=Lika+inflytande").status,
      303);
  ASSERT_EQ(
      Post(url, team_, "op=add_item&level=outcome&form=new-outcome&text=Fler+v%C3%A4ljer").status,
      303);
  ASSERT_EQ(Post(url, team_, "op=add_item&level=resource&form=new-resource&text=Tid").status, 303);
  boost::json::object d = Api(api, team_);
  const domain::Id effect = ItemId(d, "Lika inflytande");
  const domain::Id outcome = ItemId(d, "Fler väljer");
  const domain::Id resource = ItemId(d, "Tid");
  ASSERT_TRUE(effect && outcome && resource);

  const std::string o = std::to_string(outcome);
  Response linked = Post(
      url, team_, "op=add_link&form=link-" + o + "&from=" + o + "&to=" + std::to_string(effect));
  EXPECT_EQ(linked.status, 303) << linked.body;
  // A resource does not lead straight to the effect: refused, with the reason at the field.
  const std::string r = std::to_string(resource);
  Response skip = Post(
      url, team_, "op=add_link&form=link-" + r + "&from=" + r + "&to=" + std::to_string(effect));
  EXPECT_EQ(skip.status, 422);
  EXPECT_NE(skip.body.find("En koppling går bara till nivån direkt ovanför."), std::string::npos);
  Response again = Post(
      url, team_, "op=add_link&form=link-" + o + "&from=" + o + "&to=" + std::to_string(effect));
  EXPECT_EQ(again.status, 409) << "a duplicate link";
  EXPECT_NE(again.body.find("Kopplingen finns redan."), std::string::npos);

  // An empty text is refused next to the new item's field, and nothing is saved.
  Response empty = Post(url, team_, "op=add_item&level=practice&form=new-practice&text=+");
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("id=\"new-practice-error\""), std::string::npos);

  // A measure of another project cannot be linked to this outcome.
  Response foreign = Post(url, team_,
                          "op=add_ref&form=ref-" + o + "&item_id=" + o +
                              "&target_id=" + std::to_string(measures_.at(0)));
  EXPECT_EQ(foreign.status, 422);
  EXPECT_NE(foreign.body.find("id=\"ref-" + o + "-error\""), std::string::npos);

  // Removing the outcome removes its link: no orphan is left.
  ASSERT_EQ(Post(url, team_, "op=remove_item&form=text-" + o + "&item_id=" + o).status, 303);
  d = Api(api, team_);
  EXPECT_EQ(ItemId(d, "Fler väljer"), 0);
  for (const auto& link : d.at("links").as_array()) {
    EXPECT_NE(link.at("from").as_int64(), outcome) << "no orphan link";
    EXPECT_NE(link.at("to").as_int64(), outcome) << "no orphan link";
  }
  Response stale = Post(
      url, team_, "op=add_link&form=link-" + o + "&from=" + o + "&to=" + std::to_string(effect));
  EXPECT_EQ(stale.status, 422) << "a link to a removed item is refused";
  EXPECT_NE(stale.body.find("href=\"#edit-heading\""), std::string::npos)
      << "the summary points at the editor, not at the gone item's form";

  // Building backwards: a new outcome is linked to the effect as it is added.
  const std::string to_effect = "&to=" + std::to_string(effect);
  ASSERT_EQ(
      Post(url, team_, "op=add_item&level=outcome&form=new-outcome&text=Nytt+utfall" + to_effect)
          .status,
      303);
  d = Api(api, team_);
  const domain::Id added = ItemId(d, "Nytt utfall");
  bool linked_as_added = false;
  for (const auto& link : d.at("links").as_array()) {
    linked_as_added |= link.at("from").as_int64() == added && link.at("to").as_int64() == effect;
  }
  EXPECT_TRUE(linked_as_added) << boost::json::serialize(d);
  // A refused link refuses the new item too.
  Response far =
      Post(url, team_, "op=add_item&level=resource&form=new-resource&text=Resurs+2" + to_effect);
  EXPECT_EQ(far.status, 422);
  EXPECT_NE(far.body.find("Resurs 2</textarea>"), std::string::npos) << "the text is kept";
  EXPECT_EQ(ItemId(Api(api, team_), "Resurs 2"), 0) << "nothing saved";

  Response history = Get("/historik/theory_of_change/" + std::to_string(other_project_), team_);
  EXPECT_EQ(history.status, 200);
  EXPECT_NE(history.body.find("strateg@solvik.example"), std::string::npos);
}

TEST_F(DiagramPagesTest, TheSecondSaveOfTheSameVersionIsRefusedWithWhoAndWhen) {
  boost::json::object d =
      Api("/api/v1/projects/" + std::to_string(project_) + "/theory-of-change", team_);
  const domain::Id effect = ItemId(d,
                                   "Kvinnor och män med hemtjänst har lika stort inflytande "
                                   "över sina insatser");
  ASSERT_NE(effect, 0);
  const std::string e = std::to_string(effect);
  const std::string fields = "op=change_item&form=text-" + e + "&item_id=" + e + "&version=1&text=";
  ASSERT_EQ(Post(toc_, As(kDemoEmails.at("chef")), fields + "Lika+stort+inflytande").status, 303);
  Response late = Post(toc_, team_, fields + "Mitt+f%C3%B6rslag");
  EXPECT_EQ(late.status, 409);
  EXPECT_NE(late.body.find("chef@solvik.example"), std::string::npos) << "who changed it";
  EXPECT_NE(late.body.find("Mitt förslag"), std::string::npos) << "what the user wrote is kept";
  EXPECT_NE(late.body.find("id=\"text-" + e + "-error\""), std::string::npos);
  Response api =
      PostJson("/api/v1/projects/" + std::to_string(project_) + "/theory-of-change", team_,
               "{\"op\":\"change_item\",\"item_id\":" + e + ",\"version\":1,\"text\":\"Annat\"}");
  EXPECT_TRUE(IsChangedByJson(api, "Johan Berg", "sv"));
  EXPECT_NE(api.body.find("\"changed_by\":\"chef@solvik.example\""), std::string::npos) << api.body;
  EXPECT_NE(api.body.find("\"version\":2"), std::string::npos);
  EXPECT_TRUE(IsChangedByJson(
      Send("POST", "/api/v1/projects/" + std::to_string(project_) + "/theory-of-change", team_,
           "{\"op\":\"change_item\",\"item_id\":" + e + ",\"version\":1,\"text\":\"Annat\"}",
           {{"content-type", "application/json"},
            {"x-csrf-token", team_.csrf},
            {"accept-language", "en"}}),
      "Johan Berg", "en"));
}

TEST_F(DiagramPagesTest, PoliticiansReadButDoNotEdit) {
  TestClient politician = As(kDemoEmails.at("politiker"));
  Response page = Get(driver_, politician);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Testad i 3 cykler"), std::string::npos);
  EXPECT_EQ(page.body.find("name=\"op\""), std::string::npos) << "no editor";
  EXPECT_EQ(Post(driver_, politician, "op=add_item&level=primary&text=X").status, 403);
  EXPECT_EQ(PostJson("/api/v1/projects/" + std::to_string(project_) + "/driver-diagram", politician,
                     R"({"op":"add_item","level":"primary","text":"X"})")
                .status,
            403);
}

TEST_F(DiagramPagesTest, TheApiEditsTheDriverDiagramWithTheSameRules) {
  const TestClient team_ = As(kDemoEmails.at("strateg"));
  const std::string api = "/api/v1/projects/" + std::to_string(other_project_) + "/driver-diagram";
  boost::json::object before = Api(api, team_);
  EXPECT_EQ(before.at("kind").as_string(), "driver");
  EXPECT_FALSE(before.at("change_ideas").as_array().empty());
  Response primary = PostJson(api, team_, R"({"op":"add_item","level":"primary","text":"Röst"})");
  ASSERT_EQ(primary.status, 201) << primary.body;
  const domain::Id p = boost::json::parse(primary.body).at("item_id").as_int64();
  Response secondary =
      PostJson(api, team_, R"({"op":"add_item","level":"secondary","text":"Frågan"})");
  const domain::Id s = boost::json::parse(secondary.body).at("item_id").as_int64();
  Response link = PostJson(
      api, team_,
      "{\"op\":\"add_link\",\"from\":" + std::to_string(p) + ",\"to\":" + std::to_string(s) + "}");
  EXPECT_EQ(link.status, 200) << link.body;
  Response backwards = PostJson(
      api, team_,
      "{\"op\":\"add_link\",\"from\":" + std::to_string(s) + ",\"to\":" + std::to_string(p) + "}");
  EXPECT_EQ(backwards.status, 422);
  EXPECT_NE(backwards.body.find("\"field\":\"to\""), std::string::npos) << backwards.body;
  const domain::Id idea = before.at("change_ideas").as_array().at(0).at("id").as_int64();
  Response ref = PostJson(api, team_,
                          "{\"op\":\"add_ref\",\"item_id\":" + std::to_string(s) +
                              ",\"target_id\":" + std::to_string(idea) + "}");
  EXPECT_EQ(ref.status, 200) << ref.body;
  Response on_primary = PostJson(api, team_,
                                 "{\"op\":\"add_ref\",\"item_id\":" + std::to_string(p) +
                                     ",\"target_id\":" + std::to_string(idea) + "}");
  EXPECT_EQ(on_primary.status, 422) << "ideas hang on secondary drivers";
  // An item of another project is unknown here: no links across projects.
  boost::json::object demo =
      Api("/api/v1/projects/" + std::to_string(project_) + "/driver-diagram", team_);
  const domain::Id foreign = demo.at("items").as_array().at(0).at("id").as_int64();
  Response across = PostJson(api, team_,
                             "{\"op\":\"add_link\",\"from\":" + std::to_string(foreign) +
                                 ",\"to\":" + std::to_string(s) + "}");
  EXPECT_EQ(across.status, 422);
  EXPECT_NE(across.body.find("\"field\":\"from\""), std::string::npos);
  EXPECT_EQ(PostJson(api, team_, R"({"op":"explode"})").status, 422);
  EXPECT_EQ(PostJson(api, team_, R"({"op":"add_item","level":"effect","text":"X"})").status, 422)
      << "not a level of the driver diagram";
}

TEST_F(DiagramPagesTest, TheSvgsDownload) {
  for (const std::string& path :
       {toc_ + "/diagram.svg", driver_ + "/diagram.svg",
        "/api/v1/projects/" + std::to_string(project_) + "/theory-of-change.svg",
        "/api/v1/projects/" + std::to_string(project_) + "/driver-diagram.svg"}) {
    Response r = Get(path, team_);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.Header("Content-Type"), "image/svg+xml; charset=utf-8");
    EXPECT_TRUE(r.body.starts_with("<?xml")) << path;
    EXPECT_NE(r.body.find("<desc id="), std::string::npos);
  }
  EXPECT_EQ(Get("/projekt/999999/forbattringsteori", team_).status, 404);
}

TEST_F(DiagramPagesTest, ThePngsDownloadForSlides) {
  EXPECT_NE(Get(toc_, team_).body.find("href=\"" + toc_ + "/diagram.png\" download>"),
            std::string::npos);
  for (const std::string& path :
       {toc_ + "/diagram.png", driver_ + "/diagram.png",
        "/api/v1/projects/" + std::to_string(project_) + "/theory-of-change.png",
        "/api/v1/projects/" + std::to_string(project_) + "/driver-diagram.png"}) {
    Response r = Get(path, team_);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.Header("Content-Type"), "image/png") << path;
    EXPECT_TRUE(r.body.starts_with(std::string("\x89PNG\r\n\x1a\n", 8))) << path;
    EXPECT_NE(r.Header("Content-Disposition").find(".png\""), std::string::npos) << path;
  }
  EXPECT_EQ(Get("/projekt/999999/forbattringsteori/diagram.png", team_).status, 404);
}

}  // namespace
}  // namespace stegvis::web
