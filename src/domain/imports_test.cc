// Importing a file of a measure's values (domain/imports.h): staged and previewed by those
// who may change the measure, committed all or nothing through the grid's save — version,
// validation and audit — once, and never across organisations.

#include "domain/imports.h"

#include <gtest/gtest.h>

#include "domain/import_columns.h"

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

HeaderWords Words() {
  HeaderWords w;
  w.period = {"Period"};
  w.numerator = {"täljare"};
  w.denominator = {"nämnare"};
  w.groups = {{"women", {"Kvinnor"}}, {"men", {"Män"}}, {"total", {"Totalt"}}};
  return w;
}

ImportSheet Sheet(std::vector<std::vector<std::string>> rows) {
  ImportSheet s;
  s.header = {"Period", "Kvinnor", "Män"};
  for (std::size_t i = 0; i < rows.size(); ++i) s.lines.push_back(i + 2);
  s.rows = std::move(rows);
  return s;
}

class ImportsTest : public DomainTest {
 protected:
  ImportsTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    measure_ = MakeMeasure(solvik_.member, project_, "Fall på natten");
  }
  core::Result<ImportDetails> Stage(const Principal& by, const ImportSheet& sheet, Id measure = 0) {
    return StageImport(store_, clock_, &by, As(by), measure ? measure : measure_, "fall.csv", sheet,
                       Words());
  }
  core::Result<CommittedImport> Commit(const Principal& by, Id import_id) {
    return CommitImport(store_, clock_, &by, As(by), import_id, Words());
  }
  std::vector<Observation> Grid() {
    return Ok(LoadMeasure(store_, solvik_.member, measure_)).observations;
  }

  Id project_ = 0;
  Id measure_ = 0;
};

TEST_F(ImportsTest, AFileWithoutProblemsIsSavedAllAtOnceAndTheTrailNamesIt) {
  ImportDetails staged =
      Ok(Stage(solvik_.member, Sheet({{"2026-01", "3", "4"}, {"2026-02", "5", ""}})));
  EXPECT_TRUE(staged.preview.problems.empty());
  EXPECT_EQ(staged.record.file_name, "fall.csv");
  EXPECT_TRUE(Grid().empty()) << "nothing is saved before the commit";
  CommittedImport done = Ok(Commit(solvik_.member, staged.record.id));
  EXPECT_EQ(done.changed, 3);
  std::vector<Observation> grid = Grid();
  ASSERT_EQ(grid.size(), 3u);
  EXPECT_EQ(grid[0].period, "2026-01");
  auto trail = Ok(LoadHistory(store_, solvik_.member, "observation", measure_));
  const auto imported = std::find_if(trail.begin(), trail.end(),
                                     [](const AuditEvent& e) { return e.action == "import"; });
  ASSERT_NE(imported, trail.end());
  EXPECT_EQ(AuditValue(imported->after_json, "file_name"), "fall.csv");
  EXPECT_EQ(AuditValue(imported->after_json, "changed"), "3");
  EXPECT_EQ(std::count_if(trail.begin(), trail.end(),
                          [](const AuditEvent& e) { return e.action == "create"; }),
            3)
      << "each cell audited as the grid's save audits it";
  EXPECT_EQ(
      Ok(LoadImport(store_, clock_, &solvik_.member, staged.record.id, Words())).record.status,
      kImportCommitted);
}

TEST_F(ImportsTest, AFileWithAProblemIsRefusedAndNothingIsSaved) {
  ImportDetails staged =
      Ok(Stage(solvik_.member, Sheet({{"2026-01", "3", "4"}, {"2026-02", "3,5", "1"}})));
  ASSERT_EQ(staged.preview.problems.size(), 1u);
  EXPECT_TRUE(
      IsInvalid(Commit(solvik_.member, staged.record.id), "file", "error.import.has_problems"));
  EXPECT_TRUE(Grid().empty()) << "all or nothing";
}

TEST_F(ImportsTest, AnImportIsCommittedOnce) {
  ImportDetails staged = Ok(Stage(solvik_.member, Sheet({{"2026-01", "3", "4"}})));
  Ok(Commit(solvik_.member, staged.record.id));
  EXPECT_TRUE(Refused(Commit(solvik_.member, staged.record.id), core::ErrorCode::kConflict, "",
                      "error.import.committed"));
}

TEST_F(ImportsTest, AGridSavedAfterTheFileWasReadRefusesTheCommit) {
  ImportDetails staged = Ok(Stage(solvik_.member, Sheet({{"2026-01", "3", "4"}})));
  clock_.Advance(60);
  Ok(SaveObservations(store_, clock_, solvik_.chef, As(solvik_.chef), measure_, 0,
                      {{"2026-03", "women", "2", ""}}));
  EXPECT_TRUE(IsChangedBy(Commit(solvik_.member, staged.record.id), solvik_.chef.user.display_name,
                          kTestNow + 60));
  EXPECT_EQ(Grid().size(), 1u);
}

TEST_F(ImportsTest, OnlyThoseWhoMayChangeTheMeasureImportAndAnotherTownFindsNothing) {
  EXPECT_TRUE(IsForbidden(Stage(solvik_.politiker, Sheet({{"2026-01", "3", "4"}}))));
  EXPECT_TRUE(IsNotFound(Stage(norrby_.admin, Sheet({{"2026-01", "3", "4"}}))));
  ImportDetails staged = Ok(Stage(solvik_.member, Sheet({{"2026-01", "3", "4"}})));
  EXPECT_TRUE(IsForbidden(Commit(solvik_.politiker, staged.record.id)));
  EXPECT_TRUE(
      IsForbidden(LoadImport(store_, clock_, &solvik_.politiker, staged.record.id, Words())));
  EXPECT_TRUE(IsNotFound(Commit(norrby_.admin, staged.record.id)));
  EXPECT_TRUE(IsNotFound(LoadImport(store_, clock_, &norrby_.admin, staged.record.id, Words())));
  EXPECT_TRUE(Grid().empty());
}

TEST_F(ImportsTest, ANewerFileReplacesTheUploadersStagedOne) {
  ImportDetails first = Ok(Stage(solvik_.member, Sheet({{"2026-01", "x", "4"}})));
  ImportDetails second = Ok(Stage(solvik_.member, Sheet({{"2026-01", "3", "4"}})));
  EXPECT_TRUE(IsNotFound(LoadImport(store_, clock_, &solvik_.member, first.record.id, Words())));
  Ok(Commit(solvik_.member, second.record.id));
  EXPECT_EQ(Grid().size(), 2u);
}

TEST_F(ImportsTest, MoreRowsThanAMeasureHoldsPeriodsAreRefusedUnread) {
  std::vector<std::vector<std::string>> rows(kMaxPeriodsPerMeasure + 1, {"2026-01", "1", "1"});
  EXPECT_TRUE(IsInvalid(Stage(solvik_.member, Sheet(rows)), "file", "error.import.too_many_rows"));
}

TEST_F(ImportsTest, TheCommandLineImportsWithoutAPrincipal) {
  ImportDetails staged = Ok(StageImport(store_, clock_, nullptr, Cli(solvik_.id), measure_,
                                        "fall.csv", Sheet({{"2026-01", "3", "4"}}), Words()));
  Ok(CommitImport(store_, clock_, nullptr, Cli(solvik_.id), staged.record.id, Words()));
  EXPECT_EQ(Grid().size(), 2u);
}

TEST_F(ImportsTest, TheStoredFileReadsBackAsItWasRead) {
  ImportSheet sheet = Sheet({{"2026-01", "3", "4 \"x\""}});
  sheet.header_line = 3;
  auto back = DecodeSheet(EncodeSheet(sheet));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->header, sheet.header);
  EXPECT_EQ(back->rows, sheet.rows);
  EXPECT_EQ(back->lines, sheet.lines);
  EXPECT_EQ(back->header_line, 3u);
  EXPECT_FALSE(DecodeSheet("{\"header\": 1}"));
}

// A case-management system's export: its own headings, and a column of no interest.
ImportSheet ExportSheet() {
  ImportSheet s;
  s.header = {"Månad", "Antal kvinnor", "Antal män", "Enhet"};
  s.rows = {{"2026-01", "3", "4", "Norr"}};
  s.lines = {2};
  return s;
}

TEST_F(ImportsTest, HeadingsToldOnceMapThemselvesInEveryLaterFile) {
  ImportDetails first = Ok(Stage(solvik_.member, ExportSheet()));
  EXPECT_EQ(first.preview.problems.size(), 5u) << "four unknown headings, no period";
  const std::size_t trail = Ok(store_.Read([&](StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Audit().List("import_columns", measure_).size();
  }));
  EXPECT_EQ(trail, 0u);
  std::vector<ImportColumnChoice> saved =
      Ok(RememberColumns(store_, clock_, solvik_.member, As(solvik_.member), measure_,
                         {{"Månad", "period"},
                          {" ANTAL kvinnor ", "women"},
                          {"Antal män", "men"},
                          {"Enhet", "skip"}}));
  EXPECT_EQ(saved.size(), 4u);
  EXPECT_EQ(saved[0].heading, "antal kvinnor") << "kept as NormalWord, by heading";
  // The staged file previews again without problems; a later file maps itself.
  ImportDetails again = Ok(LoadImport(store_, clock_, &solvik_.member, first.record.id, Words()));
  EXPECT_TRUE(again.preview.problems.empty()) << again.preview.problems.size();
  EXPECT_EQ(again.preview.cells.size(), 2u) << "Enhet is skipped, not read";
  ImportDetails later = Ok(Stage(solvik_.member, ExportSheet()));
  EXPECT_TRUE(later.preview.problems.empty());
  Ok(Commit(solvik_.member, later.record.id));
  EXPECT_EQ(Grid().size(), 2u);
  Ok(store_.Read([&](StoreTx& tx) -> core::Result<bool> {
    const auto events = tx.Audit().List("import_columns", measure_);
    EXPECT_EQ(events.size(), 1u);
    if (!events.empty()) {
      EXPECT_NE(events[0].after_json.find("antal kvinnor"), std::string::npos);
    }
    return true;
  }));
  // An empty role forgets a heading.
  saved = Ok(RememberColumns(store_, clock_, solvik_.member, As(solvik_.member), measure_,
                             {{"Enhet", ""}}));
  EXPECT_EQ(saved.size(), 3u);
  EXPECT_EQ(Ok(LoadImport(store_, clock_, &solvik_.member, later.record.id, Words()))
                .preview.problems.size(),
            1u)
      << "Enhet is unknown again";
}

TEST_F(ImportsTest, AColumnIsGivenOnlyARoleItsMeasureHasAndOnlyByWhoMayChangeIt) {
  auto girls = RememberColumns(store_, clock_, solvik_.member, As(solvik_.member), measure_,
                               {{"Antal flickor", "girls"}});
  ASSERT_FALSE(girls);
  EXPECT_EQ(girls.error().key, "error.import.column_role");
  auto denominator = RememberColumns(store_, clock_, solvik_.member, As(solvik_.member), measure_,
                                     {{"Antal", "denominator:women"}});
  ASSERT_FALSE(denominator);
  EXPECT_EQ(denominator.error().key, "error.import.column_role") << "a count has no denominator";
  auto empty = RememberColumns(store_, clock_, solvik_.member, As(solvik_.member), measure_,
                               {{"  ", "period"}});
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().key, "error.import.column_heading");
  std::vector<std::pair<std::string, std::string>> many;
  for (int i = 0; i <= static_cast<int>(kMaxRememberedColumns); ++i) {
    many.push_back({"Kolumn " + std::to_string(i), "skip"});
  }
  EXPECT_EQ(RememberColumns(store_, clock_, solvik_.member, As(solvik_.member), measure_, many)
                .error()
                .key,
            "error.import.too_many_columns");
  EXPECT_EQ(RememberColumns(store_, clock_, solvik_.politiker, As(solvik_.politiker), measure_,
                            {{"Månad", "period"}})
                .error()
                .code,
            core::ErrorCode::kForbidden);
  EXPECT_EQ(RememberColumns(store_, clock_, norrby_.admin, As(norrby_.admin), measure_,
                            {{"Månad", "period"}})
                .error()
                .code,
            core::ErrorCode::kNotFound);
  EXPECT_TRUE(Ok(LoadRememberedColumns(store_, solvik_.member, measure_)).empty())
      << "nothing refused was remembered";
  EXPECT_EQ(ColumnRolesOf(Ok(LoadMeasure(store_, solvik_.member, measure_)).measure),
            (std::vector<std::string>{"period", "women", "men", "total", "skip"}));
}

}  // namespace
}  // namespace stegvis::domain
