// The change-idea and PDSA-cycle queries (sql_pdsa.cc) on both engines: every field kept,
// numbers per project, measure links replaced, the lists by idea and by measure, chaining.

#include <gtest/gtest.h>

#include "store/test_database.h"

namespace stegvis::store {
namespace {

using PdsaStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, PdsaStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

struct Fixture {
  domain::Id org = 0;
  domain::Id programme = 0;
  domain::Id project_a = 0;
  domain::Id project_b = 0;
  domain::Id measure_1 = 0;
  domain::Id measure_2 = 0;
};

Fixture Seed(MigratingStore& store) {
  store.Migrate();
  Fixture f;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    f.org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id unit =
        tx.Units().Create({f.org, std::nullopt, "Hemtjänst", domain::UnitKind::kEnhet}, 1);
    domain::Id team_a = tx.Teams().Create({f.org, unit, "Norr", ""}, 1);
    domain::Id team_b = tx.Teams().Create({f.org, unit, "Söder", ""}, 1);
    domain::Programme p;
    p.organisation_id = f.org;
    p.name = "Jämställd hemtjänst";
    f.programme = tx.Programmes().Create(p, 1);
    for (auto [team, out] : {std::pair{team_a, &f.project_a}, std::pair{team_b, &f.project_b}}) {
      domain::Project project;
      project.organisation_id = f.org;
      project.team_id = team;
      project.programme_id = f.programme;
      project.title = "Trygg hemgång";
      *out = tx.Projects().Create(project, 1);
    }
    for (auto* out : {&f.measure_1, &f.measure_2}) {
      domain::Measure m;
      m.organisation_id = f.org;
      m.project_id = f.project_a;
      m.name = "Mått";
      *out = tx.Measures().Create(m, 1);
    }
    return true;
  });
  return f;
}

domain::PdsaCycle NewCycle(const Fixture& f, domain::Id project, domain::Id idea) {
  domain::PdsaCycle c;
  c.organisation_id = f.org;
  c.project_id = project;
  c.change_idea_id = idea;
  c.content.title = "Hembesök dag 1";
  c.content.question = "Blir det tryggare?";
  c.content.where = "Hemma hos brukaren";
  c.content.start_date = "2026-03-02";
  c.created_at = 100;
  c.updated_at = 100;
  c.updated_by = "team@solvik.example";
  return c;
}

TEST_P(PdsaStoreTest, KeepsEveryFieldOfAChangeIdeaAndACycle) {
  Fixture f = Seed(*store_);
  domain::Id idea = 0, cycle = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::ChangeIdea own;
    own.organisation_id = f.org;
    own.project_id = f.project_a;
    own.title = "Hembesök dagen efter hemkomst";
    own.description = "Från sjukhus; \"citat\" och 'apostrof'";
    own.updated_by = "team@solvik.example";
    idea = tx.Pdsa().CreateIdea(own, 50);
    domain::PdsaCycle c = NewCycle(f, f.project_a, idea);
    c.content.measure_ids = {f.measure_2, f.measure_1};
    cycle = tx.Pdsa().CreateCycle(c);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto got = tx.Pdsa().FindIdea(idea);
    EXPECT_TRUE(got);
    EXPECT_EQ(got->project_id, f.project_a);
    EXPECT_FALSE(got->programme_id);
    EXPECT_EQ(got->description, "Från sjukhus; \"citat\" och 'apostrof'");
    EXPECT_EQ(got->created_at, 50);
    EXPECT_EQ(got->version, 1);
    auto c = tx.Pdsa().FindCycle(cycle);
    EXPECT_TRUE(c);
    EXPECT_EQ(c->number, 1);
    EXPECT_EQ(c->phase, domain::PdsaPhase::kPlan);
    EXPECT_EQ(c->content.where, "Hemma hos brukaren");
    EXPECT_EQ(c->content.start_date, "2026-03-02");
    EXPECT_EQ(c->content.measure_ids, (std::vector<domain::Id>{f.measure_1, f.measure_2}));
    EXPECT_EQ(c->updated_by, "team@solvik.example");
    EXPECT_FALSE(c->previous_id);
    return true;
  });

  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::PdsaCycle c = *tx.Pdsa().FindCycle(cycle);
    c.phase = domain::PdsaPhase::kDone;
    c.content.as_planned = domain::AsPlanned::kPartly;
    c.content.observations = "Två besök blev samtal";
    c.content.learning = "Boka innan hemkomsten";
    c.content.decision = domain::PdsaDecision::kAdapt;
    c.content.next_step = "Boka på sjukhuset";
    c.content.measure_ids = {f.measure_2};
    c.do_at = 200;
    c.done_at = 500;
    c.version = 2;
    tx.Pdsa().UpdateCycle(c);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto c = tx.Pdsa().FindCycle(cycle);
    EXPECT_EQ(c->phase, domain::PdsaPhase::kDone);
    EXPECT_EQ(c->content.as_planned, domain::AsPlanned::kPartly);
    EXPECT_EQ(c->content.decision, domain::PdsaDecision::kAdapt);
    EXPECT_EQ(c->content.next_step, "Boka på sjukhuset");
    EXPECT_EQ(c->content.measure_ids, (std::vector<domain::Id>{f.measure_2}));
    EXPECT_EQ(c->do_at, 200);
    EXPECT_EQ(c->done_at, 500);
    EXPECT_EQ(c->version, 2);
    EXPECT_TRUE(tx.Pdsa().ListMeasureCycles(f.measure_1).empty()) << "link replaced";
    EXPECT_EQ(tx.Pdsa().ListMeasureCycles(f.measure_2).size(), 1u);
    return true;
  });
}

TEST_P(PdsaStoreTest, AnIdeasTextsAndRetiredMarkAreUpdatedAndItsOwnerKept) {
  Fixture f = Seed(*store_);
  domain::Id idea = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::ChangeIdea package;
    package.organisation_id = f.org;
    package.programme_id = f.programme;
    package.title = "Fast kontaktperson";
    idea = tx.Pdsa().CreateIdea(package, 50);
    domain::ChangeIdea changed = *tx.Pdsa().FindIdea(idea);
    EXPECT_FALSE(changed.retired) << "a new idea is not retired";
    changed.title = "Samma kontaktperson varje vecka";
    changed.description = "Även helger";
    changed.retired = true;
    changed.version = 2;
    changed.updated_at = 60;
    changed.updated_by = "strateg@solvik.example";
    changed.programme_id = std::nullopt;  // the owner is fixed: never written by an update
    tx.Pdsa().UpdateIdea(changed);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto got = tx.Pdsa().FindIdea(idea);
    EXPECT_TRUE(got);
    EXPECT_EQ(got->title, "Samma kontaktperson varje vecka");
    EXPECT_EQ(got->description, "Även helger");
    EXPECT_TRUE(got->retired);
    EXPECT_EQ(got->version, 2);
    EXPECT_EQ(got->updated_at, 60);
    EXPECT_EQ(got->updated_by, "strateg@solvik.example");
    EXPECT_EQ(got->programme_id, f.programme);
    EXPECT_EQ(got->created_at, 50);
    EXPECT_EQ(tx.Pdsa().ListProgrammeIdeas(f.programme).size(), 1u) << "listed though retired";
    return true;
  });
}

TEST_P(PdsaStoreTest, NumbersCyclesPerProjectAndListsThemByIdeaAcrossTeams) {
  Fixture f = Seed(*store_);
  domain::Id package_idea = 0, first = 0, second = 0, other_team = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::ChangeIdea idea;
    idea.organisation_id = f.org;
    idea.programme_id = f.programme;
    idea.title = "Kontinuitet: samma personal";
    package_idea = tx.Pdsa().CreateIdea(idea, 1);
    first = tx.Pdsa().CreateCycle(NewCycle(f, f.project_a, package_idea));
    other_team = tx.Pdsa().CreateCycle(NewCycle(f, f.project_b, package_idea));
    domain::PdsaCycle next = NewCycle(f, f.project_a, package_idea);
    next.previous_id = first;
    second = tx.Pdsa().CreateCycle(next);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto a = tx.Pdsa().ListProjectCycles(f.project_a);
    EXPECT_EQ(a.size(), 2u);
    if (a.size() == 2) {
      EXPECT_EQ(a[0].number, 1);
      EXPECT_EQ(a[1].number, 2);
      EXPECT_EQ(a[1].previous_id, first);
    }
    auto b = tx.Pdsa().ListProjectCycles(f.project_b);
    EXPECT_EQ(b.size(), 1u);
    if (!b.empty()) {
      EXPECT_EQ(b[0].number, 1) << "numbers count per project";
    }
    EXPECT_EQ(tx.Pdsa().ListIdeaCycles(package_idea).size(), 3u);
    EXPECT_EQ(tx.Pdsa().FindNextCycle(first), second);
    EXPECT_FALSE(tx.Pdsa().FindNextCycle(other_team));
    EXPECT_EQ(tx.Pdsa().ListProgrammeIdeas(f.programme).size(), 1u);
    EXPECT_TRUE(tx.Pdsa().ListProjectIdeas(f.project_a).empty());
    EXPECT_FALSE(tx.Pdsa().FindCycle(999999));
    EXPECT_FALSE(tx.Pdsa().FindIdea(999999));
    return true;
  });
}

TEST_P(PdsaStoreTest, KeepsAMeasuresPhasesInOrderOfStart) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Measures().AddPhase({0, f.measure_1, "2025-10", std::nullopt, 7, "team@solvik.example"});
    tx.Measures().AddPhase({0, f.measure_1, "2025-03", std::nullopt, 8, "chef@solvik.example"});
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto phases = tx.Measures().ListPhases(f.measure_1);
    EXPECT_EQ(phases.size(), 2u);
    if (phases.size() == 2) {
      EXPECT_EQ(phases[0].starts_period, "2025-03");
      EXPECT_EQ(phases[0].created_by, "chef@solvik.example");
      EXPECT_EQ(phases[1].created_at, 7);
      EXPECT_FALSE(phases[1].cycle_id);
    }
    EXPECT_TRUE(tx.Measures().ListPhases(f.measure_2).empty());
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
