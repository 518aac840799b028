// Upgrades: for every earlier schema version, on both engines, a database created at that
// version (migrations applied only up to it) and filled with the data that release wrote
// (upgrade_test_data.h) is migrated to the latest. Nothing is lost: every row of every table
// keeps every value it had (but the few a migration rewrites on purpose, kDeliberateRewrites,
// under the new name of a column a migration renames, kRenamedColumns), the
// current code reads the old rows as they were written, and the upgraded database takes new writes.

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "domain/tokens.h"
#include "store/migrations.h"
#include "store/sql_store.h"
#include "store/test_database.h"
#include "store/test_table_dump.h"
#include "store/upgrade_test_data.h"

namespace stegvis::store {
namespace {

using Row = DumpRow;
using Table = DumpTable;
using Dump = TableDump;

// `after`'s rows of `table` reduced to the columns `before` had (a migration may add columns).
std::vector<Row> Project(const Table& after, const Table& before) {
  std::vector<std::size_t> keep;
  for (const std::string& column : before.columns) {
    auto it = std::find(after.columns.begin(), after.columns.end(), column);
    if (it == after.columns.end()) return {};  // a column was dropped: the caller reports it
    keep.push_back(static_cast<std::size_t>(it - after.columns.begin()));
  }
  std::vector<Row> rows;
  for (const Row& row : after.rows) {
    Row projected;
    for (std::size_t i : keep) projected.push_back(row[i]);
    rows.push_back(std::move(projected));
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

// Columns a later migration rewrites on purpose, so an upgrade from before it keeps the rows but
// not those values: migration 11 gives the shipped goals catalogue SKR's wording and Swedish
// CEMR titles (store/goal_catalogue_data.cc; goals_store_test.cc checks what it writes).
struct DeliberateRewrite {
  int migration;
  std::string table;
  std::vector<std::string> columns;
};
const std::vector<DeliberateRewrite> kDeliberateRewrites = {
    {11, "goal_entries", {"title_sv", "description_sv", "description_en", "version"}},
    {11, "goal_templates", {"title_sv", "description_sv", "description_en"}},
};

// Rows a later migration adds on purpose to derived data: migration 30 indexes the cycles on
// change package ideas again as shared learnings, and the monthly reports
// (store/search_learning_sql.h).
struct DeliberateAddition {
  int migration;
  std::string table;
  std::string column;
  std::string value;  // the added rows hold it in `column`
};
const std::vector<DeliberateAddition> kDeliberateAdditions = {
    {30, "search_documents", "kind", "learning"},
    {30, "search_documents", "kind", "monthly_report"},
};

// How many of `after`'s rows of `name` a migration after `from` added on purpose.
std::size_t AddedOnPurpose(const std::string& name, const Table& after, int from) {
  std::size_t added = 0;
  for (const DeliberateAddition& a : kDeliberateAdditions) {
    auto column = std::find(after.columns.begin(), after.columns.end(), a.column);
    if (a.migration <= from || a.table != name || column == after.columns.end()) continue;
    const auto i = static_cast<std::size_t>(column - after.columns.begin());
    added += static_cast<std::size_t>(std::count_if(
        after.rows.begin(), after.rows.end(), [&](const Row& row) { return row[i] == a.value; }));
  }
  return added;
}

// Columns a later migration renames: an upgrade from before it keeps their values under the new
// name. Migration 29 names who answered an offer, taken or declined.
struct RenamedColumn {
  int migration;
  std::string table;
  std::string from;
  std::string to;
};
const std::vector<RenamedColumn> kRenamedColumns = {
    {29, "idea_offers", "taken_by", "answered_by"},
    {29, "idea_offers", "taken_at", "answered_at"},
};

// `table` with the columns a migration after `from` renames under their new names.
Table WithRenamedColumns(const std::string& name, Table table, int from) {
  for (std::string& column : table.columns) {
    for (const RenamedColumn& r : kRenamedColumns) {
      if (r.migration > from && r.table == name && r.from == column) column = r.to;
    }
  }
  return table;
}

// `table` without the columns a migration after `from` rewrites on purpose.
Table WithoutRewrittenColumns(const std::string& name, const Table& table, int from) {
  std::vector<std::size_t> keep;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    bool rewritten = false;
    for (const DeliberateRewrite& r : kDeliberateRewrites) {
      rewritten |=
          r.migration > from && r.table == name &&
          std::find(r.columns.begin(), r.columns.end(), table.columns[i]) != r.columns.end();
    }
    if (!rewritten) keep.push_back(i);
  }
  Table kept;
  for (std::size_t i : keep) kept.columns.push_back(table.columns[i]);
  for (const Row& row : table.rows) {
    Row projected;
    for (std::size_t i : keep) projected.push_back(row[i]);
    kept.rows.push_back(std::move(projected));
  }
  std::sort(kept.rows.begin(), kept.rows.end());
  return kept;
}

class UpgradeTest : public testing::TestWithParam<std::tuple<Engine, int>> {
 protected:
  Engine engine() const { return std::get<0>(GetParam()); }
  int from() const { return std::get<1>(GetParam()); }
};

TEST(UpgradeDataTest, EveryEarlierVersionHasItsData) {
  constexpr int kFills = static_cast<int>(std::size(kUpgradeData));
  EXPECT_GE(kFills, LatestMigrationVersion() - 1)
      << "add the data typical of schema version " << kFills + 1
      << " to src/store/upgrade_test_data.h (an empty fill if its migration made no table)";
}

TEST_P(UpgradeTest, MigratingKeepsEveryRowAndTheCodeReadsIt) {
  const int from = this->from();
  ASSERT_LE(from, static_cast<int>(std::size(kUpgradeData)));
  TestDatabase db(engine());
  ASSERT_TRUE(db.ok()) << db.error();
  std::unique_ptr<MigratingStore> store = db.Open();
  auto& sql_store = dynamic_cast<SqlStore&>(*store);
  // The migrations after `from` (the list is numbered 1, 2, 3, ...: MigrationsTest).
  const auto migrations = Migrations();
  const auto later = std::find_if(migrations.begin(), migrations.end(),
                                  [&](const Migration& m) { return m.version > from; });
  ASSERT_NE(later, migrations.end());
  const auto up_to_from = static_cast<std::size_t>(later - migrations.begin());
  ASSERT_EQ(sql_store.MigrateTo(from).size(), up_to_from);

  Dump before;
  {
    auto raw = ConnectForTest(db.url());
    // A release that made no table has an empty fill (PostgreSQL refuses an empty query).
    for (int k = 1; k <= from; ++k) {
      if (*kUpgradeData[k - 1] != '\0') raw->Exec(kUpgradeData[k - 1]);
    }
    before = DumpDatabase(*raw, engine());
  }
  std::vector<int> applied = store->Migrate();
  ASSERT_EQ(applied.size(), migrations.size() - up_to_from);
  EXPECT_EQ(applied.front(), later->version);
  Dump after = DumpDatabase(*ConnectForTest(db.url()), engine());

  // Every table keeps every column and every row with the values it had.
  for (const auto& [name, old_full] : before) {
    SCOPED_TRACE("table " + name);
    const Table old_table =
        WithRenamedColumns(name, WithoutRewrittenColumns(name, old_full, from), from);
    ASSERT_TRUE(after.count(name)) << "the table is gone";
    for (const std::string& column : old_table.columns) {
      const auto& columns = after.at(name).columns;
      EXPECT_NE(std::find(columns.begin(), columns.end(), column), columns.end())
          << "column " << column << " is gone";
    }
    const std::vector<Row> kept = Project(after.at(name), old_table);
    std::vector<Row> lost;
    std::set_difference(old_table.rows.begin(), old_table.rows.end(), kept.begin(), kept.end(),
                        std::back_inserter(lost));
    for (const Row& row : lost) ADD_FAILURE() << "row lost or changed: " << DescribeRow(row);
    if (name == "schema_migrations") {
      EXPECT_EQ(kept.size(), old_table.rows.size() + applied.size());
    } else {
      EXPECT_EQ(kept.size() - AddedOnPurpose(name, after.at(name), from), old_table.rows.size())
          << "rows appeared in an old table";
    }
  }

  // The current code reads what the old release wrote.
  auto read = store->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    const auto organisations = tx.Units().ListOrganisations();
    EXPECT_EQ(organisations.size(), 2u);
    auto team_member = tx.Users().FindByEmail("team@solvik.example");
    EXPECT_TRUE(team_member && team_member->display_name == "Örjan Ödman");
    if (from >= 2) {
      const auto teams = tx.Teams().List(1);
      EXPECT_TRUE(teams.size() == 1 && teams[0].name == "Team Åkern");
      EXPECT_EQ(tx.Users().ListMemberships(2).size(), 1u);
      EXPECT_EQ(tx.Audit().List("team", 1).size(), 1u);
      EXPECT_TRUE(tx.Sessions().FindPasswordReset("reset-hash-used"));
    }
    if (from >= 3) {
      auto project = tx.Projects().Find(1);
      EXPECT_TRUE(project && project->title == "Färre fall på Åkern" && project->aim_groups.women &&
                  project->aim_groups.men && project->status == domain::ProjectStatus::kActive &&
                  project->version == 3);
      auto measure = tx.Measures().Find(2);
      EXPECT_TRUE(measure && measure->target == "10" && measure->baseline == "25.5" &&
                  measure->definition_id == 1 && measure->data_version == 3);
      EXPECT_EQ(tx.Measures().ListObservations(2).size(), 4u);
      const auto reading = tx.Measures().ListObservations(3);
      EXPECT_TRUE(reading.size() == 1 && reading[0].value == "12.25");
      EXPECT_EQ(tx.Programmes().ListEvents(1).size(), 2u);
      const auto scores = tx.Projects().ListProgressScores(1);
      EXPECT_TRUE(scores.size() == 1 && scores[0].score_tenths == 25);
    }
    if (from >= 4) {
      auto cycle = tx.Pdsa().FindCycle(1);
      EXPECT_TRUE(cycle && cycle->phase == domain::PdsaPhase::kDone &&
                  cycle->content.decision == domain::PdsaDecision::kAdopt &&
                  cycle->content.measure_ids == std::vector<domain::Id>{2});
      EXPECT_EQ(tx.Pdsa().FindNextCycle(1), std::optional<domain::Id>(2));
      EXPECT_EQ(tx.Pdsa().ListProgrammeIdeas(1).size(), 1u);
    }
    if (from >= 5) {
      const auto phases = tx.Measures().ListPhases(2);
      EXPECT_TRUE(phases.size() == 1 && phases[0].starts_period == "2025-03");
    }
    if (from >= 6) {
      const auto toc = tx.Diagrams().Load(1, domain::DiagramKind::kTheoryOfChange);
      EXPECT_EQ(toc.items.size(), 2u);
      EXPECT_EQ(toc.links.size(), 1u);
      EXPECT_EQ(toc.refs.size(), 1u);
      EXPECT_EQ(tx.Diagrams().Load(1, domain::DiagramKind::kDriver).items.size(), 2u);
    }
    if (from >= 7) {
      EXPECT_EQ(tx.Goals().ListLinks(domain::GoalObject::kProject, 1), std::vector<domain::Id>{2});
      auto changed = tx.Goals().FindEntry(2);
      EXPECT_TRUE(changed && changed->version == 2);
    }
    if (from >= 8) {
      EXPECT_EQ(tx.GenderNotes().List(2).size(), 2u);
      const auto assessments = tx.SelfAssessments().List(3);
      EXPECT_EQ(assessments.size(), from >= 12 ? 2u : 1u);
      EXPECT_TRUE(!assessments.empty() && assessments[0].scores.size() == 2);
      // Recorded before corrections existed: the first version, last written by its author
      // (migration 13 fills that in; a database already at 13 holds what its release wrote).
      for (const domain::SelfAssessment& a : assessments) {
        EXPECT_EQ(a.version, 1);
        if (from >= 13) continue;
        EXPECT_EQ(a.updated_at, a.created_at);
        EXPECT_EQ(a.updated_by, a.created_by);
      }
      auto note = tx.ReflectionNotes().Find(1);
      EXPECT_TRUE(note && note->peer == "Chef på Björken" &&
                  note->project_ids == std::vector<domain::Id>{1});
    }
    if (from >= 3) {
      // Written before programmes could be closed: open, run by the whole organisation.
      for (const domain::Programme& p : tx.Programmes().List(1)) {
        EXPECT_FALSE(p.closed) << p.name;
        EXPECT_FALSE(p.host_unit_id) << p.name;
      }
    }
    if (from >= 13) {
      const auto programmes = tx.Programmes().List(1);
      EXPECT_TRUE(std::any_of(programmes.begin(), programmes.end(), [](const auto& p) {
        return p.name == "Trygg återgång" && p.version == 3;
      }));
    }
    if (from >= 3) {
      // Written before a measure had a rule set: judged by Anhøj, every point setting its lines.
      for (domain::Id id : {1, 2, 3}) {
        auto measure = tx.Measures().Find(id);
        EXPECT_TRUE(measure && measure->rule_set == stats::RuleSet::kAnhoej &&
                    !measure->baseline_points)
            << "measure " << id;
      }
    }
    if (from >= 14) {
      auto measure = tx.Measures().Find(4);
      EXPECT_TRUE(measure && measure->name == "Återinläggningar inom 30 dagar" &&
                  measure->rule_set == stats::RuleSet::kAnhoej && !measure->baseline_points);
      const auto definitions = tx.Measures().ListOfProgramme(2);
      EXPECT_TRUE(definitions.size() == 1 && definitions[0].name == "Återgång inom ett år" &&
                  definitions[0].frequency == domain::Frequency::kQuarter &&
                  !definitions[0].retired);
    }
    if (from >= 19) {
      auto story = tx.Projects().FindStoryChoices(1);
      EXPECT_TRUE(story && story->summary == "Färre fall på natten sedan lamporna kom." &&
                  story->left_out_cycles == std::vector<domain::Id>{2});
    }
    if (from >= 4) {
      // The search index (migration 21) holds what the old release wrote.
      domain::SearchRequest search;
      search.scope = {1, {1}, {}, {3}};
      search.words = {"lamporna", "hjälper"};  // cycle 1's learning
      search.filter.kinds = {domain::SearchKind::kCycle};
      const auto cycles = tx.Search().Find(search).documents;
      EXPECT_TRUE(cycles.size() == 1 && cycles[0].id == 1);
      search.words = {"nattlampor"};  // the titles of cycles 1 and 2
      EXPECT_EQ(tx.Search().Find(search).documents.size(), 2u);
      search.words = {"skuggning"};
      search.filter.kinds = {domain::SearchKind::kReflection};
      EXPECT_EQ(tx.Search().Find(search).documents.size(), from >= 8 ? 1u : 0u);
      // A cycle on the change package's idea shares its learning with the programme
      // (migration 30) — not its observations — and its own team finds it as a cycle.
      search.filter.kinds = {domain::SearchKind::kLearning};
      search.scope = {1, {}, {1}, {}};
      search.words = {"inflyttningsdagen"};
      const auto learnings = tx.Search().Find(search).documents;
      EXPECT_EQ(learnings.size(), from >= 29 ? 1u : 0u);
      if (!learnings.empty()) {
        EXPECT_EQ(learnings[0].parent_id, std::optional<domain::Id>(1));
      }
      search.words = {"hemliga"};
      EXPECT_TRUE(tx.Search().Find(search).documents.empty());
      search.scope = {1, {1}, {1}, {}};
      search.words = {"inflyttningsdagen"};
      EXPECT_TRUE(tx.Search().Find(search).documents.empty());
      // The monthly reports the old release wrote are found by their team (migration 30).
      search.filter.kinds = {domain::SearchKind::kMonthlyReport};
      search.words = {"mätningen"};
      const auto reports = tx.Search().Find(search).documents;
      EXPECT_EQ(reports.size(), from >= 25 ? 1u : 0u);
      if (!reports.empty()) {
        EXPECT_EQ(reports[0].parent_id, std::optional<domain::Id>(1));
        EXPECT_EQ(reports[0].day, "2025-03-01");
      }
    }
    if (from >= 27) {
      // Made before offers went to change packages: to a team, open, nobody has answered.
      auto offer = tx.Spread().FindOffer(1);
      EXPECT_TRUE(offer && offer->team_id == 2 && !offer->programme_id &&
                  offer->status == domain::OfferStatus::kOpen && offer->answered_by.empty() &&
                  !offer->answered_at);
    }
    return true;
  });
  ASSERT_TRUE(read);

  // A database from before the goals catalogue gets the shipped catalogue for every
  // organisation it already had.
  if (from < 7) {
    auto raw = ConnectForTest(db.url());
    const auto templates = FindColumn<std::int64_t>(*raw, "SELECT COUNT(*) FROM goal_templates");
    for (std::int64_t org : {1, 2}) {
      EXPECT_EQ(FindColumn<std::int64_t>(
                    *raw, "SELECT COUNT(*) FROM goal_entries WHERE organisation_id = ?", org),
                templates)
          << "organisation " << org;
    }
  }

  // The upgraded database takes new writes, with ids after the old ones.
  auto write = store->Write([&](domain::StoreTx& tx) -> core::Result<domain::Id> {
    domain::Id org = tx.Units().CreateOrganisation("Nya kommunen", 1800000000);
    domain::Id unit =
        tx.Units().Create({org, std::nullopt, "Nämnden", domain::UnitKind::kNamnd}, 1800000000);
    tx.Teams().Create({org, unit, "Nytt team", ""}, 1800000000);
    return org;
  });
  ASSERT_TRUE(write);
  EXPECT_EQ(*write, 3);
}

std::string UpgradeName(const testing::TestParamInfo<std::tuple<Engine, int>>& info) {
  return std::string(std::get<0>(info.param) == Engine::kSqlite ? "Sqlite" : "Postgres") +
         "_from_" + std::to_string(std::get<1>(info.param));
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, UpgradeTest,
                         testing::Combine(testing::Values(Engine::kSqlite, Engine::kPostgres),
                                          testing::Range(1, LatestMigrationVersion())),
                         UpgradeName);

}  // namespace
}  // namespace stegvis::store
