// The diagram queries (sql_diagrams.cc) on both engines: items of both kinds kept apart
// and ordered by level, links and references per project, and removing an item removing
// every link and reference that names it; and the use cases (domain/diagrams.h) on both
// engines: two people editing one diagram, the audit trail, the team's scope.

#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/diagrams.h"
#include "domain/projects.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using DiagramsStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, DiagramsStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

struct Fixture {
  domain::Id org = 0, project = 0, other_project = 0, measure = 0, idea = 0;
};

Fixture Seed(MigratingStore& store) {
  store.Migrate();
  Fixture f;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    f.org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id unit =
        tx.Units().Create({f.org, std::nullopt, "Hemtjänst", domain::UnitKind::kEnhet}, 1);
    domain::Id team = tx.Teams().Create({f.org, unit, "Norr", ""}, 1);
    for (domain::Id* out : {&f.project, &f.other_project}) {
      domain::Project p;
      p.organisation_id = f.org;
      p.team_id = team;
      p.title = "Inflytande";
      *out = tx.Projects().Create(p, 1);
    }
    domain::Measure m;
    m.organisation_id = f.org;
    m.project_id = f.project;
    m.name = "Andel som kan påverka";
    f.measure = tx.Measures().Create(m, 1);
    domain::ChangeIdea idea;
    idea.organisation_id = f.org;
    idea.project_id = f.project;
    idea.title = "Välja tid vid inskrivningen";
    f.idea = tx.Pdsa().CreateIdea(idea, 1);
    return true;
  });
  return f;
}

domain::DiagramItem NewItem(const Fixture& f, domain::Id project, domain::DiagramKind kind,
                            int level, const std::string& text) {
  domain::DiagramItem item;
  item.organisation_id = f.org;
  item.project_id = project;
  item.kind = kind;
  item.level = level;
  item.text = text;
  item.created_at = 10;
  item.updated_at = 10;
  item.updated_by = "team@solvik.example";
  return item;
}

constexpr auto kToc = domain::DiagramKind::kTheoryOfChange;
constexpr auto kDriver = domain::DiagramKind::kDriver;

TEST_P(DiagramsStoreTest, KeepsItemsLinksAndReferencesPerProjectAndKind) {
  Fixture f = Seed(*store_);
  domain::Id effect = 0, outcome = 0, primary = 0, secondary = 0, elsewhere = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    effect = tx.Diagrams().CreateItem(
        NewItem(f, f.project, kToc, 5, "Kvinnor och män har lika stort inflytande; \"citat\""));
    outcome = tx.Diagrams().CreateItem(NewItem(f, f.project, kToc, 4, "Fler kan välja tid"));
    primary = tx.Diagrams().CreateItem(NewItem(f, f.project, kDriver, 0, "Brukarens röst"));
    secondary =
        tx.Diagrams().CreateItem(NewItem(f, f.project, kDriver, 1, "Frågan vid inskrivning"));
    elsewhere = tx.Diagrams().CreateItem(NewItem(f, f.other_project, kToc, 5, "Annat projekt"));
    tx.Diagrams().AddLink(f.project, {outcome, effect});
    tx.Diagrams().AddLink(f.project, {primary, secondary});
    tx.Diagrams().AddRef({effect, f.measure}, kToc);
    tx.Diagrams().AddRef({secondary, f.idea}, kDriver);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Diagram toc = tx.Diagrams().Load(f.project, kToc);
    EXPECT_EQ(toc.items.size(), 2u);
    if (toc.items.size() == 2) {
      EXPECT_EQ(toc.items[0].id, outcome) << "ordered by level: outcome before effect";
      EXPECT_EQ(toc.items[1].text, "Kvinnor och män har lika stort inflytande; \"citat\"");
      EXPECT_EQ(toc.items[1].level, 5);
      EXPECT_EQ(toc.items[1].version, 1);
      EXPECT_EQ(toc.items[1].updated_by, "team@solvik.example");
    }
    EXPECT_EQ(toc.links, (std::vector<domain::DiagramLink>{{outcome, effect}}));
    EXPECT_EQ(toc.refs, (std::vector<domain::DiagramRef>{{effect, f.measure}}));
    domain::Diagram driver = tx.Diagrams().Load(f.project, kDriver);
    EXPECT_EQ(driver.kind, kDriver);
    EXPECT_EQ(driver.items.size(), 2u);
    EXPECT_EQ(driver.links, (std::vector<domain::DiagramLink>{{primary, secondary}}));
    EXPECT_EQ(driver.refs, (std::vector<domain::DiagramRef>{{secondary, f.idea}}));
    domain::Diagram other = tx.Diagrams().Load(f.other_project, kToc);
    EXPECT_EQ(other.items.size(), 1u);
    EXPECT_TRUE(other.links.empty()) << "no links across projects";
    auto found = tx.Diagrams().FindItem(elsewhere);
    EXPECT_TRUE(found);
    EXPECT_EQ(found->project_id, f.other_project);
    EXPECT_FALSE(tx.Diagrams().FindItem(999999));
    return true;
  });
}

TEST_P(DiagramsStoreTest, UpdatesTextAndVersionAndRemovesLinksWithTheItem) {
  Fixture f = Seed(*store_);
  domain::Id effect = 0, outcome = 0, practice = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    effect = tx.Diagrams().CreateItem(NewItem(f, f.project, kToc, 5, "Effekt"));
    outcome = tx.Diagrams().CreateItem(NewItem(f, f.project, kToc, 4, "Utfall"));
    practice = tx.Diagrams().CreateItem(NewItem(f, f.project, kToc, 3, "Arbetssätt"));
    tx.Diagrams().AddLink(f.project, {outcome, effect});
    tx.Diagrams().AddLink(f.project, {practice, outcome});
    tx.Diagrams().AddRef({outcome, f.measure}, kToc);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::DiagramItem item = *tx.Diagrams().FindItem(effect);
    item.text = "Lika stort inflytande";
    item.version = 2;
    item.updated_at = 20;
    item.updated_by = "chef@solvik.example";
    tx.Diagrams().UpdateItem(item);
    tx.Diagrams().DeleteItem(outcome);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Diagram toc = tx.Diagrams().Load(f.project, kToc);
    EXPECT_EQ(toc.items.size(), 2u);
    EXPECT_TRUE(toc.links.empty()) << "both links named the removed item";
    EXPECT_TRUE(toc.refs.empty());
    EXPECT_TRUE(domain::OrphanLinks(toc).empty());
    auto item = tx.Diagrams().FindItem(effect);
    EXPECT_EQ(item->text, "Lika stort inflytande");
    EXPECT_EQ(item->version, 2);
    EXPECT_EQ(item->updated_by, "chef@solvik.example");
    EXPECT_FALSE(tx.Diagrams().FindItem(outcome));
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Diagrams().AddLink(f.project, {practice, effect});  // the store stores; the domain checks
    tx.Diagrams().DeleteLink({practice, effect});
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.Diagrams().Load(f.project, kToc).links.empty());
    return true;
  });
}

domain::Principal Member(domain::Id org, domain::Id user, const char* email, domain::Id team) {
  domain::Principal p;
  p.user = {user, org, email, email, "sv", true};
  p.memberships.push_back({1, user, domain::Role::kTeammedlem, domain::ScopeKind::kTeam, team});
  return p;
}

TEST_P(DiagramsStoreTest, TwoPeopleEditingOneTheoryNeverLeaveAnOrphanLink) {
  store_->Migrate();
  core::FixedClock clock(1'700'000'000);
  domain::Id org = 0, team = 0, other_team = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id unit =
        tx.Units().Create({org, std::nullopt, "Hemtjänst", domain::UnitKind::kEnhet}, 1);
    team = tx.Teams().Create({org, unit, "Trygg hemgång", ""}, 1);
    other_team = tx.Teams().Create({org, unit, "Annat", ""}, 1);
    tx.Users().Create({org, "anna@k.example", "Anna", "sv", "h"}, 1);
    tx.Users().Create({org, "bo@k.example", "Bo", "sv", "h"}, 1);
    tx.Users().Create({org, "cia@k.example", "Cia", "sv", "h"}, 1);
    return true;
  });
  const domain::Principal anna = Member(org, 1, "anna@k.example", team);
  const domain::Principal bo = Member(org, 2, "bo@k.example", team);
  const domain::Principal outsider = Member(org, 3, "cia@k.example", other_team);
  domain::Project p;
  p.team_id = team;
  p.title = "Inflytande";
  const domain::Id project =
      *domain::AddProject(*store_, clock, anna, domain::ActorFor(anna, ""), p);
  auto edit = [&](const domain::Principal& who, domain::DiagramEdit e) {
    return domain::EditDiagram(*store_, clock, who, domain::ActorFor(who, ""), project, kToc, e);
  };
  auto effect = edit(anna, {.op = domain::DiagramOp::kAddItem, .level = "effect", .text = "Lika"});
  auto outcome =
      edit(anna, {.op = domain::DiagramOp::kAddItem, .level = "outcome", .text = "Fler väljer"});
  ASSERT_TRUE(effect && outcome);

  // Anna removes the outcome; Bo, whose page still shows it, links it: refused, nothing stored.
  ASSERT_TRUE(edit(anna, {.op = domain::DiagramOp::kRemoveItem, .item_id = *outcome}));
  auto late = edit(bo, {.op = domain::DiagramOp::kAddLink, .link = {*outcome, *effect}});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().key, "error.diagram.unknown_item");
  // Both changed the effect's text from version 1: the second is refused with who.
  ASSERT_TRUE(edit(anna, {.op = domain::DiagramOp::kChangeItem,
                          .text = "Lika inflytande",
                          .item_id = *effect,
                          .version = 1}));
  auto stale = edit(bo, {.op = domain::DiagramOp::kChangeItem,
                         .text = "Lika stort",
                         .item_id = *effect,
                         .version = 1});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  // Someone outside the team may not edit it.
  auto foreign =
      edit(outsider, {.op = domain::DiagramOp::kAddItem, .level = "effect", .text = "X"});
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().code, core::ErrorCode::kForbidden);

  auto loaded = domain::LoadProjectDiagram(*store_, bo, project, kToc);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->diagram.items.size(), 1u);
  EXPECT_EQ(loaded->diagram.items.at(0).text, "Lika inflytande");
  EXPECT_EQ(loaded->diagram.items.at(0).version, 2);
  EXPECT_TRUE(loaded->diagram.links.empty());
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto trail = tx.Audit().List("theory_of_change", project);
    EXPECT_EQ(trail.size(), 4u) << "two creates, a delete and an update";
    if (trail.size() == 4) {
      EXPECT_EQ(trail[2].action, "delete");
      EXPECT_NE(trail[3].before_json.find("\"text\":\"Lika\""), std::string::npos);
    }
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
