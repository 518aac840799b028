// Saving observations through the domain use case on both engines: a batch is all or nothing,
// the second of two saves based on the same version is refused, every change is audited; a
// project's grids, phases and point notes are read in one query each.

#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/measures.h"
#include "domain/projects.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using ObservationsStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, ObservationsStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

struct World {
  domain::Principal anna;  // team member
  domain::Principal bo;    // team member
  domain::Principal outsider;
  domain::Id measure = 0;
  domain::Id project = 0;
};

domain::Principal Member(domain::Id org, domain::Id user, const char* email, domain::Id team) {
  domain::Principal p;
  p.user = {user, org, email, email, "sv", true};
  p.memberships.push_back({1, user, domain::Role::kTeammedlem, domain::ScopeKind::kTeam, team});
  return p;
}

World Build(MigratingStore& store, const core::Clock& clock) {
  store.Migrate();
  World w;
  domain::Id org = 0, team = 0, other_team = 0;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
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
  w.anna = Member(org, 1, "anna@k.example", team);
  w.bo = Member(org, 2, "bo@k.example", team);
  w.outsider = Member(org, 3, "cia@k.example", other_team);
  domain::Project project;
  project.team_id = team;
  project.title = "Färre återinskrivningar";
  auto actor = domain::ActorFor(w.anna, "");
  w.project = *domain::AddProject(store, clock, w.anna, actor, project);
  domain::Measure m;
  m.name = "Återinskrivna";
  m.data_type = stats::DataType::kProportion;
  w.measure = *domain::AddMeasure(store, clock, w.anna, actor, w.project, m);
  return w;
}

TEST_P(ObservationsStoreTest, TheSecondOfTwoSavesOnTheSameVersionIsRefusedWithWhoAndWhen) {
  core::FixedClock clock(1'760'000'000);  // October 2025: after the periods saved
  World w = Build(*store_, clock);
  auto first = domain::SaveObservations(*store_, clock, w.anna, domain::ActorFor(w.anna, ""),
                                        w.measure, 0, {{"2025-01", "women", "3", "40"}});
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->data_version, 1);
  auto second = domain::SaveObservations(*store_, clock, w.bo, domain::ActorFor(w.bo, ""),
                                         w.measure, 0, {{"2025-01", "women", "4", "40"}});
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(second.error().key, "error.changed_by");
  // By name, as the grid page says it; the e-mail stays for programs.
  EXPECT_EQ(second.error().message, "changed by Anna at 1760000000");
  EXPECT_EQ(second.error().Param("who_email")->text, "anna@k.example");
  auto loaded = domain::LoadMeasure(*store_, w.bo, w.measure);
  ASSERT_EQ(loaded->observations.size(), 1u);
  EXPECT_EQ(loaded->observations[0].value, "3") << "nothing overwritten";
}

TEST_P(ObservationsStoreTest, ABatchWithOneBadRowSavesNothing) {
  core::FixedClock clock(1'760'000'000);  // October 2025: after the periods saved
  World w = Build(*store_, clock);
  auto r = domain::SaveObservations(
      *store_, clock, w.anna, domain::ActorFor(w.anna, ""), w.measure, 0,
      {{"2025-01", "women", "3", "40"}, {"2025-02", "women", "3,5", "abc"}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "row 2: women");
  auto loaded = domain::LoadMeasure(*store_, w.anna, w.measure);
  EXPECT_TRUE(loaded->observations.empty());
  EXPECT_EQ(loaded->measure.data_version, 0);
}

TEST_P(ObservationsStoreTest, EveryChangedCellIsAuditedAndAnEmptyCellRemovesIt) {
  core::FixedClock clock(1'760'000'000);  // October 2025: after the periods saved
  World w = Build(*store_, clock);
  auto actor = domain::ActorFor(w.anna, "10.0.0.1");
  ASSERT_TRUE(
      domain::SaveObservations(*store_, clock, w.anna, actor, w.measure, 0,
                               {{"2025-01", "women", "3", "40"}, {"2025-01", "men", "5", "38"}}));
  auto second = domain::SaveObservations(
      *store_, clock, w.anna, actor, w.measure, 1,
      {{"2025-01", "women", "", ""}, {"2025-01", "men", "5", "38"}});  // men unchanged
  ASSERT_TRUE(second);
  EXPECT_EQ(second->changed, 1);
  auto events =
      store_->Read([&](domain::StoreTx& tx) -> core::Result<std::vector<domain::AuditEvent>> {
        return tx.Audit().List("observation", w.measure);
      });
  ASSERT_EQ(events->size(), 3u);
  EXPECT_EQ((*events)[2].action, "delete");
  EXPECT_EQ((*events)[2].actor, "anna@k.example");
  EXPECT_NE((*events)[2].before_json.find("\"value\":\"3\""), std::string::npos);
  auto loaded = domain::LoadMeasure(*store_, w.anna, w.measure);
  ASSERT_EQ(loaded->observations.size(), 1u);
  EXPECT_EQ(loaded->observations[0].group, "men");
}

TEST_P(ObservationsStoreTest, AnotherTeamMayNeitherReadNorWrite) {
  core::FixedClock clock(1'760'000'000);  // October 2025: after the periods saved
  World w = Build(*store_, clock);
  EXPECT_EQ(domain::LoadMeasure(*store_, w.outsider, w.measure).error().code,
            core::ErrorCode::kForbidden);
  EXPECT_EQ(domain::SaveObservations(*store_, clock, w.outsider, domain::ActorFor(w.outsider, ""),
                                     w.measure, 0, {{"2025-01", "women", "3", "40"}})
                .error()
                .code,
            core::ErrorCode::kForbidden);
}

TEST_P(ObservationsStoreTest, AProjectSavedOnAnOldVersionIsRefused) {
  core::FixedClock clock(1'760'000'000);  // October 2025: after the periods saved
  World w = Build(*store_, clock);
  auto loaded = domain::LoadProject(*store_, w.anna, w.project);
  domain::Project a = loaded->project;
  domain::Project b = loaded->project;
  a.status = domain::ProjectStatus::kActive;
  b.problem = "Många återinskrivs";
  ASSERT_TRUE(domain::ChangeProject(*store_, clock, w.anna, domain::ActorFor(w.anna, ""), a));
  auto refused = domain::ChangeProject(*store_, clock, w.bo, domain::ActorFor(w.bo, ""), b);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(domain::LoadProject(*store_, w.bo, w.project)->project.status,
            domain::ProjectStatus::kActive);
}

TEST_P(ObservationsStoreTest, AMeasuresRuleSetAndFrozenBaselineAreKeptAndAStaleOneRefused) {
  core::FixedClock clock(1'760'000'000);
  World w = Build(*store_, clock);
  domain::Measure mine = domain::LoadMeasure(*store_, w.anna, w.measure)->measure;
  EXPECT_EQ(mine.rule_set, stats::RuleSet::kAnhoej);
  EXPECT_FALSE(mine.baseline_points);
  domain::Measure theirs = mine;
  mine.rule_set = stats::RuleSet::kWesternElectric;
  mine.baseline_points = 24;
  ASSERT_TRUE(domain::ChangeMeasure(*store_, clock, w.anna, domain::ActorFor(w.anna, ""), mine));
  domain::Measure saved = domain::LoadMeasure(*store_, w.bo, w.measure)->measure;
  EXPECT_EQ(saved.rule_set, stats::RuleSet::kWesternElectric);
  EXPECT_EQ(saved.baseline_points, std::optional<int>(24));
  theirs.rule_set = stats::RuleSet::kMdc;
  auto refused = domain::ChangeMeasure(*store_, clock, w.bo, domain::ActorFor(w.bo, ""), theirs);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  saved.baseline_points.reset();
  ASSERT_TRUE(domain::ChangeMeasure(*store_, clock, w.bo, domain::ActorFor(w.bo, ""), saved));
  saved = domain::LoadMeasure(*store_, w.anna, w.measure)->measure;
  EXPECT_EQ(saved.rule_set, stats::RuleSet::kWesternElectric);
  EXPECT_FALSE(saved.baseline_points) << "null in the column again";
}

TEST_P(ObservationsStoreTest, AProjectsGridsPhasesAndNotesAreReadTogetherAndOnlyItsOwn) {
  core::FixedClock clock(1'760'000'000);
  World w = Build(*store_, clock);
  auto actor = domain::ActorFor(w.anna, "");
  domain::Measure m;
  m.name = "Fall efter hemgång";
  m.data_type = stats::DataType::kProportion;
  const domain::Id second = *domain::AddMeasure(*store_, clock, w.anna, actor, w.project, m);
  domain::Project other;
  other.team_id = w.anna.memberships[0].scope_id;
  other.title = "Annat projekt";
  const domain::Id other_project = *domain::AddProject(*store_, clock, w.anna, actor, other);
  const domain::Id elsewhere = *domain::AddMeasure(*store_, clock, w.anna, actor, other_project, m);
  for (domain::Id id : {second, w.measure, elsewhere}) {
    ASSERT_TRUE(
        domain::SaveObservations(*store_, clock, w.anna, actor, id, 0,
                                 {{"2025-02", "women", "3", "40"}, {"2025-01", "men", "2", "40"}}));
  }
  ASSERT_TRUE(store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (domain::Id id : {second, w.measure, elsewhere}) {
      tx.Measures().AddPhase({0, id, "2025-02", std::nullopt, 1, "anna@k.example"});
      tx.Measures().AddPointNote(
          {0, id, "2025-01", domain::PointNoteKind::kExclusion, "Strejk", 1, 0, "", 0, ""});
    }
    return true;
  }));
  auto read = store_->Read([&](domain::StoreTx& tx) -> core::Result<std::vector<std::string>> {
    std::vector<std::string> rows;
    for (const domain::Observation& o : tx.Measures().ListObservationsOfProject(w.project)) {
      rows.push_back(std::to_string(o.measure_id) + " " + o.period + " " + o.group);
    }
    for (const domain::MeasurePhase& p : tx.Measures().ListPhasesOfProject(w.project)) {
      rows.push_back(std::to_string(p.measure_id) + " phase " + p.starts_period);
    }
    for (const domain::PointNote& n : tx.Measures().ListPointNotesOfProject(w.project)) {
      rows.push_back(std::to_string(n.measure_id) + " note " + n.text);
    }
    return rows;
  });
  ASSERT_TRUE(read);
  const std::string a = std::to_string(w.measure), b = std::to_string(second);
  EXPECT_EQ(*read, (std::vector<std::string>{a + " 2025-01 men", a + " 2025-02 women",
                                             b + " 2025-01 men", b + " 2025-02 women",
                                             a + " phase 2025-02", b + " phase 2025-02",
                                             a + " note Strejk", b + " note Strejk"}));
}

}  // namespace
}  // namespace stegvis::store
