// The improvement-work queries (sql_programmes.cc, sql_projects.cc, sql_measures.cc) on both
// engines: programmes with their calendar and teams, projects with their progress scores, measures
// and observation upserts, and the choices of a project's story.

#include <gtest/gtest.h>

#include "store/test_database.h"

namespace stegvis::store {
namespace {

using ImprovementStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, ImprovementStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

struct Fixture {
  domain::Id org = 0;
  domain::Id team = 0;
  domain::Id programme = 0;
  domain::Id project = 0;
  domain::Id measure = 0;
};

Fixture Seed(MigratingStore& store) {
  store.Migrate();
  Fixture f;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    f.org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id unit =
        tx.Units().Create({f.org, std::nullopt, "Hemtjänst", domain::UnitKind::kEnhet}, 1);
    f.team = tx.Teams().Create({f.org, unit, "Trygg hemgång", ""}, 1);
    domain::Programme p;
    p.organisation_id = f.org;
    p.name = "Jämställd hemtjänst";
    p.starts_on = "2025-01-01";
    f.programme = tx.Programmes().Create(p, 5);
    domain::Project project;
    project.organisation_id = f.org;
    project.team_id = f.team;
    project.programme_id = f.programme;
    project.title = "Färre återinskrivningar";
    project.aim_groups = {true, true, false, false};
    project.status = domain::ProjectStatus::kActive;
    f.project = tx.Projects().Create(project, 6);
    domain::Measure m;
    m.organisation_id = f.org;
    m.project_id = f.project;
    m.name = "Återinskrivna inom 30 dagar";
    m.data_type = stats::DataType::kProportion;
    m.direction = domain::Better::kDown;
    m.target = "0.1";
    f.measure = tx.Measures().Create(m, 7);
    return true;
  });
  return f;
}

TEST_P(ImprovementStoreTest, KeepsEveryFieldOfProgrammesProjectsAndMeasures) {
  Fixture f = Seed(*store_);
  auto read = store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto programme = tx.Programmes().Find(f.programme);
    EXPECT_TRUE(programme);
    EXPECT_EQ(programme->name, "Jämställd hemtjänst");
    EXPECT_EQ(programme->updated_at, 5);
    auto project = tx.Projects().Find(f.project);
    EXPECT_TRUE(project);
    EXPECT_EQ(project->programme_id, f.programme);
    EXPECT_TRUE(project->aim_groups.women && project->aim_groups.men);
    EXPECT_FALSE(project->aim_groups.girls);
    EXPECT_EQ(project->status, domain::ProjectStatus::kActive);
    auto measure = tx.Measures().Find(f.measure);
    EXPECT_TRUE(measure);
    EXPECT_EQ(measure->data_type, stats::DataType::kProportion);
    EXPECT_EQ(measure->direction, domain::Better::kDown);
    EXPECT_EQ(measure->target, "0.1");
    EXPECT_EQ(measure->grouping, domain::Grouping::kWomenMen);
    EXPECT_FALSE(measure->programme_id);
    EXPECT_EQ(tx.Measures().ListOfProject(f.project).size(), 1u);
    EXPECT_TRUE(tx.Measures().ListOfProgramme(f.programme).empty());
    return true;
  });
  EXPECT_TRUE(read);
}

TEST_P(ImprovementStoreTest, ATeamJoinsAProgrammeOnce) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.Programmes().AddTeam(f.programme, f.team, 9));
    EXPECT_FALSE(tx.Programmes().AddTeam(f.programme, f.team, 10));
    tx.Programmes().AddEvent({0, f.programme, domain::ProgrammeEventKind::kActionPeriod,
                              "Arbetsperiod 1", "2025-02-01", "2025-03-31"});
    tx.Programmes().AddEvent({0, f.programme, domain::ProgrammeEventKind::kLearningSession,
                              "Lärandeseminarium 1", "2025-01-20", "2025-01-20"});
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_EQ(tx.Programmes().ListTeams(f.programme), std::vector<domain::Id>{f.team});
    EXPECT_EQ(tx.Programmes().ListOfTeam(f.team), std::vector<domain::Id>{f.programme});
    auto events = tx.Programmes().ListEvents(f.programme);
    EXPECT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].kind, domain::ProgrammeEventKind::kLearningSession) << "by start date";
    return true;
  });
}

TEST_P(ImprovementStoreTest, AnObservationIsReplacedNotDuplicatedAndCanBeDeleted) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Measures().SaveObservation({f.measure, "2025-02", "women", "3", "40", "", 10, "a@x"});
    tx.Measures().SaveObservation({f.measure, "2025-01", "men", "5", "38", "", 10, "a@x"});
    tx.Measures().SaveObservation({f.measure, "2025-02", "women", "4", "41", "rättad", 11, "b@x"});
    tx.Measures().SaveObservation({f.measure, "2025-01", "total", "9", "80", "", 11, "b@x"});
    tx.Measures().DeleteObservation(f.measure, "2025-01", "total");
    tx.Measures().SetDataVersion(f.measure, 3, 11, "b@x");
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto rows = tx.Measures().ListObservations(f.measure);
    EXPECT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].period, "2025-01");
    EXPECT_EQ(rows[1].value, "4");
    EXPECT_EQ(rows[1].note, "rättad");
    EXPECT_EQ(rows[1].updated_by, "b@x");
    auto measure = tx.Measures().Find(f.measure);
    EXPECT_EQ(measure->data_version, 3);
    EXPECT_EQ(measure->data_updated_by, "b@x");
    return true;
  });
}

TEST_P(ImprovementStoreTest, ABulkLoadKeepsEveryCellAsWritten) {
  Fixture f = Seed(*store_);
  std::vector<domain::Observation> cells;
  for (int month = 1; month <= 12; ++month) {
    std::string period = "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
    cells.push_back({f.measure, period, "women", std::to_string(month), "40", "", 10, "demo"});
    // Empty texts stay empty (not NULL), and text that COPY would need to escape survives.
    cells.push_back(
        {f.measure, period, "men", "", "", month == 1 ? "tab\there; \\N" : "", 10, "demo"});
  }
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Measures().InsertObservations(cells);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto rows = tx.Measures().ListObservations(f.measure);
    EXPECT_EQ(rows.size(), 24u);
    std::size_t with_note = 0;
    for (const auto& row : rows) {
      if (row.group == "men") {
        EXPECT_EQ(row.value, "");
        EXPECT_EQ(row.denominator, "");
      }
      if (!row.note.empty()) {
        EXPECT_EQ(row.note, "tab\there; \\N");
        ++with_note;
      }
    }
    EXPECT_EQ(with_note, 1u);
    return true;
  });
}

TEST_P(ImprovementStoreTest, ProgressScoresKeepTheirHistory) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Projects().AddProgressScore({0, f.project, 20, "2025-03-01", "", "a@x"}, 1);
    tx.Projects().AddProgressScore({0, f.project, 10, "2025-01-01", "start", "a@x"}, 2);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto scores = tx.Projects().ListProgressScores(f.project);
    EXPECT_EQ(scores.size(), 2u);
    EXPECT_EQ(scores[0].score_tenths, 10);
    EXPECT_EQ(scores[1].score_tenths, 20);
    return true;
  });
}

TEST_P(ImprovementStoreTest, AStorysChoicesAreReplacedNotDuplicated) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_FALSE(tx.Projects().FindStoryChoices(f.project)) << "none saved yet";
    domain::StoryChoices c = domain::NoStoryChoices(f.project);
    c.summary = "Första";
    c.left_out_measures = {f.measure};
    c.version = 1;
    c.updated_at = 20;
    c.updated_by = "a@x";
    tx.Projects().SaveStoryChoices(c);
    c.summary = "Fler kvinnor och män väljer själva";
    c.left_out_measures = {};
    c.left_out_cycles = {4, 12};
    c.version = 2;
    c.updated_by = "b@x";
    tx.Projects().SaveStoryChoices(c);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto c = tx.Projects().FindStoryChoices(f.project);
    EXPECT_TRUE(c);
    if (!c) return true;
    EXPECT_EQ(c->summary, "Fler kvinnor och män väljer själva");
    EXPECT_TRUE(c->left_out_measures.empty());
    EXPECT_EQ(c->left_out_cycles, (std::vector<domain::Id>{4, 12}));
    EXPECT_EQ(c->version, 2);
    EXPECT_EQ(c->updated_by, "b@x");
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
