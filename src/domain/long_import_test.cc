// Importing a long table of a project's measures (domain/long_import.h): all or nothing, every
// problem named by line and column, one audit event per measure naming the file, and only by
// those who may change the project.

#include "domain/long_import.h"
#include "domain/long_table_columns.h"
#include "domain/long_table_imports.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

LongTableWords Words() {
  LongTableWords w;
  w.measure = {"Mått"};
  w.period = {"Period"};
  w.group = {"Grupp"};
  w.value = {"Värde", "Täljare"};
  w.denominator = {"Nämnare"};
  w.groups = {{"women", {"Kvinnor", "K"}},
              {"men", {"Män", "M"}},
              {"girls", {"Flickor", "K"}},
              {"boys", {"Pojkar", "M"}},
              {"total", {"Totalt", "T"}}};
  return w;
}

// Records from memory: the header on line 1, then one line per record.
class Records : public RecordSource {
 public:
  explicit Records(std::vector<std::vector<std::string>> records) : records_(std::move(records)) {}
  core::Result<bool> Next(std::vector<std::string>& fields, std::size_t& line) override {
    if (next_ == records_.size()) return false;
    fields = records_[next_++];
    line = next_;
    return true;
  }

 private:
  std::vector<std::vector<std::string>> records_;
  std::size_t next_ = 0;
};

const std::vector<std::string> kHeader = {"Mått", "Period", "Grupp", "Värde"};

class LongImportTest : public DomainTest {
 protected:
  LongImportTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    falls_ = MakeMeasure(solvik_.member, project_, "Fall på natten");
    visits_ = MakeMeasure(solvik_.member, project_, "Besök");
  }
  core::Result<LongImportResult> Import(const Principal* by,
                                        std::vector<std::vector<std::string>> records) {
    Records source(std::move(records));
    return ImportLongTable(store_, clock_, by, by ? As(*by) : Cli(solvik_.id), project_, "alla.csv",
                           source, Words());
  }
  std::vector<Observation> Grid(Id measure) {
    return Ok(LoadMeasure(store_, solvik_.member, measure)).observations;
  }
  std::vector<AuditEvent> Trail() {
    return Ok(store_.Read([&](StoreTx& tx) -> core::Result<std::vector<AuditEvent>> {
      return tx.Audit().ListAll(solvik_.id);
    }));
  }

  Id project_ = 0, falls_ = 0, visits_ = 0;
};

TEST_F(LongImportTest, EveryMeasureIsSavedAtOnceByNameOrIdAndTheTrailNamesTheFile) {
  const std::size_t trail_before = Trail().size();
  const std::int64_t version = Ok(LoadMeasure(store_, solvik_.member, falls_)).measure.data_version;
  LongImportResult r = Ok(Import(&solvik_.member, {kHeader,
                                                   {"Fall på natten", "2026-01", "Kvinnor", "3"},
                                                   {" fall på NATTEN ", "2026-01", "M", "4"},
                                                   {std::to_string(visits_), "2026-01", "K", "7"},
                                                   {"Besök", "2026-02", "women", "8"}}));
  EXPECT_EQ(r.rows, 4u);
  EXPECT_EQ(r.measures, 2u);
  EXPECT_EQ(r.created, 4u);
  EXPECT_EQ(r.problem_count, 0u);
  EXPECT_TRUE(r.saved);
  ASSERT_EQ(Grid(falls_).size(), 2u);
  ASSERT_EQ(Grid(visits_).size(), 2u);
  EXPECT_EQ(Grid(visits_)[0].group, "women");
  std::vector<AuditEvent> trail = Trail();
  ASSERT_EQ(trail.size(), trail_before + 2) << "one event per measure, not one per new value";
  for (std::size_t i = trail_before; i < trail.size(); ++i) {
    EXPECT_EQ(trail[i].action, "import");
    EXPECT_EQ(AuditValue(trail[i].after_json, "file_name"), "alla.csv");
    EXPECT_EQ(AuditValue(trail[i].after_json, "created"), "2");
  }
  EXPECT_EQ(Ok(LoadMeasure(store_, solvik_.member, falls_)).measure.data_version, version + 1)
      << "an editor who loaded the grid before the import is told it changed";
}

TEST_F(LongImportTest, ChangedAndRemovedValuesKeepTheirBeforeInTheTrail) {
  Ok(Import(nullptr,
            {kHeader, {"Besök", "2026-01", "Kvinnor", "3"}, {"Besök", "2026-01", "Män", "4"}}));
  const std::size_t trail_before = Trail().size();
  LongImportResult r = Ok(Import(nullptr, {kHeader,
                                           {"Besök", "2026-01", "Kvinnor", "5"},
                                           {"Besök", "2026-01", "Män", ""},
                                           {"Besök", "2026-02", "Män", "1"}}));
  EXPECT_EQ(r.created, 1u);
  EXPECT_EQ(r.changed, 1u);
  EXPECT_EQ(r.removed, 1u);
  std::vector<AuditEvent> trail = Trail();
  ASSERT_EQ(trail.size(), trail_before + 3);
  EXPECT_EQ(trail[trail_before].action, "update");
  EXPECT_EQ(AuditValue(trail[trail_before].before_json, "value"), "3");
  EXPECT_EQ(trail[trail_before + 1].action, "delete");
  EXPECT_EQ(trail[trail_before + 2].action, "import");
  EXPECT_EQ(trail[trail_before + 2].actor, "cli");
}

TEST_F(LongImportTest, AnyProblemRefusesTheWholeFileAndEachIsNamedByLineAndColumn) {
  LongImportResult r = Ok(Import(&solvik_.member, {kHeader,
                                                   {"Besök", "2026-01", "Kvinnor", "3"},
                                                   {"Okänt", "2026-01", "Kvinnor", "3"},
                                                   {"", "2026-01", "Kvinnor", "3"},
                                                   {"Besök", "2026-13", "Kvinnor", "3"},
                                                   {"Besök", "2026-02", "Flickor", "3"},
                                                   {"Besök", "2026-03", "Kvinnor", "-1"},
                                                   {"Besök", "2026-04", "Kvinnor", "1", "extra"}}));
  ASSERT_EQ(r.problem_count, 6u);
  ASSERT_EQ(r.problems.size(), 6u);
  EXPECT_EQ(r.problems[0].line, 3u);
  EXPECT_EQ(r.problems[0].column, 1u);
  EXPECT_EQ(r.problems[0].error.key, "error.import.unknown_measure");
  EXPECT_EQ(r.problems[1].line, 4u);
  EXPECT_EQ(r.problems[1].error.key, "error.import.no_measure");
  EXPECT_EQ(r.problems[2].column, 2u);
  EXPECT_EQ(r.problems[2].written, "2026-13");
  EXPECT_EQ(r.problems[3].error.key, "error.import.unknown_group");
  EXPECT_EQ(r.problems[3].column, 3u);
  EXPECT_EQ(r.problems[4].line, 7u);
  EXPECT_EQ(r.problems[4].column, 4u);
  EXPECT_EQ(r.problems[5].error.key, "error.csv.too_many_fields");
  EXPECT_TRUE(Grid(visits_).empty()) << "the good row of a refused file is not saved either";
}

TEST_F(LongImportTest, RowsOfAMeasureSplitAcrossTheFileAreCheckedTogether) {
  LongImportResult r = Ok(Import(nullptr, {kHeader,
                                           {"Besök", "2026-01", "Kvinnor", "3"},
                                           {"Fall på natten", "2026-01", "Kvinnor", "1"},
                                           {"Besök", "2026-01", "K", "4"}}));
  ASSERT_EQ(r.problem_count, 1u);
  EXPECT_EQ(r.problems[0].line, 4u);
  EXPECT_EQ(r.problems[0].error.key, "error.duplicate_cell");
  EXPECT_TRUE(Grid(falls_).empty());

  // A total is checked against the groups saved by an earlier run of the same measure's rows.
  const Id all = MakeMeasure(solvik_.member, project_, "Alla");
  r = Ok(Import(nullptr, {kHeader,
                          {"Alla", "2026-01", "Kvinnor", "3"},
                          {"Alla", "2026-01", "Män", "4"},
                          {"Besök", "2026-01", "Kvinnor", "3"},
                          {"Alla", "2026-01", "Totalt", "8"}}));
  ASSERT_EQ(r.problem_count, 1u);
  EXPECT_EQ(r.problems[0].line, 5u);
  EXPECT_EQ(r.problems[0].error.key, "error.total_not_sum");
  EXPECT_TRUE(Grid(all).empty());
}

TEST_F(LongImportTest, HeaderProblemsStopBeforeAnyRow) {
  LongImportResult r =
      Ok(Import(nullptr, {{"Mått", "Period", "Färg", "Värde"}, {"Besök", "2026-01", "K", "1"}}));
  ASSERT_EQ(r.problem_count, 2u);
  EXPECT_EQ(r.problems[0].error.key, "error.import.missing_column");
  EXPECT_EQ(r.problems[1].error.key, "error.import.long_unknown_column");
  EXPECT_EQ(r.problems[1].column, 3u);
  EXPECT_EQ(r.rows, 0u);
  // Every missing column is its own problem, listed and counted once each.
  r = Ok(Import(nullptr, {{"Indikator"}, {"Besök"}}));
  EXPECT_EQ(r.problem_count, 5u);
  ASSERT_EQ(r.problems.size(), 5u);
  EXPECT_EQ(r.problems[3].error.params[1].text, "Värde");
  r = Ok(Import(nullptr, {}));
  ASSERT_EQ(r.problem_count, 1u);
  EXPECT_EQ(r.problems[0].error.key, "error.csv.empty");
}

TEST_F(LongImportTest, AMeasureOfMorePeriodsThanAllowedIsRefusedHoweverLongItsRun) {
  // More rows of one measure than are kept at once (only a file with a problem has that many):
  // checked in parts, each against what was read before, and the limit still holds.
  std::vector<std::vector<std::string>> records = {kHeader};
  for (int m = 0; m < 1100; ++m) {  // 1920-01 to 2011-08, three groups each: 3 300 rows
    const std::string period =
        std::to_string(1920 + m / 12) + "-" + (m % 12 < 9 ? "0" : "") + std::to_string(m % 12 + 1);
    for (const char* g : {"Kvinnor", "Män", "Totalt"}) {
      records.push_back({"Besök", period, g, std::string(g) == "Totalt" ? "2" : "1"});
    }
  }
  LongImportResult r = Ok(Import(nullptr, std::move(records)));
  ASSERT_EQ(r.problem_count, 1u);
  EXPECT_EQ(r.problems.back().error.key, "error.too_many_periods");
  EXPECT_TRUE(Grid(visits_).empty());
}

TEST_F(LongImportTest, AmbiguousNamesAreRefusedButIdsStillWork) {
  const Id twin = MakeMeasure(solvik_.member, project_, "besök");
  LongImportResult r = Ok(Import(nullptr, {kHeader, {"Besök", "2026-01", "Kvinnor", "3"}}));
  ASSERT_EQ(r.problem_count, 1u);
  EXPECT_EQ(r.problems[0].error.key, "error.import.ambiguous_measure");
  r = Ok(Import(nullptr, {kHeader, {std::to_string(twin), "2026-01", "Kvinnor", "3"}}));
  EXPECT_EQ(r.created, 1u);
}

TEST_F(LongImportTest, AListOfProblemsIsBoundedButEveryProblemIsCounted) {
  std::vector<std::vector<std::string>> records = {kHeader};
  for (int i = 0; i < 250; ++i) records.push_back({"Okänt", "2026-01", "Kvinnor", "1"});
  LongImportResult r = Ok(Import(nullptr, std::move(records)));
  EXPECT_EQ(r.problem_count, 250u);
  EXPECT_EQ(r.problems.size(), kMaxListedProblems);
  EXPECT_EQ(r.problems.front().line, 2u);
}

TEST_F(LongImportTest, CheckingOnlyCountsWhatWouldBeSavedAndSavesNothing) {
  const std::size_t trail_before = Trail().size();
  Records source({kHeader, {"Besök", "2026-01", "Kvinnor", "3"}, {"Besök", "2026-01", "K", "4"}});
  LongImportResult r = Ok(ImportLongTable(store_, clock_, &solvik_.member, As(solvik_.member),
                                          project_, "alla.csv", source, Words(), true));
  EXPECT_EQ(r.problem_count, 1u) << "the same checks, the duplicate included";
  EXPECT_FALSE(r.saved);
  Records good({kHeader, {"Besök", "2026-01", "Kvinnor", "3"}, {"Besök", "2026-01", "Män", "4"}});
  r = Ok(ImportLongTable(store_, clock_, &solvik_.member, As(solvik_.member), project_, "alla.csv",
                         good, Words(), true));
  EXPECT_EQ(r.problem_count, 0u);
  EXPECT_EQ(r.created, 2u);
  EXPECT_FALSE(r.saved);
  EXPECT_TRUE(Grid(visits_).empty());
  EXPECT_EQ(Trail().size(), trail_before);
}

TEST_F(LongImportTest, OnlyThoseWhoMayChangeTheProjectImportAndNeverAcrossOrganisations) {
  const std::vector<std::vector<std::string>> file = {kHeader, {"Besök", "2026-01", "K", "1"}};
  EXPECT_EQ(Import(&solvik_.politiker, file).error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Import(&solvik_.school_member, file).error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Import(&norrby_.admin, file).error().code, core::ErrorCode::kNotFound);
  EXPECT_TRUE(Grid(visits_).empty());
  EXPECT_EQ(Ok(Import(&solvik_.chef, file)).created, 1u);
}

// The headings a project's long tables remember (domain/long_table_columns.h).
TEST_F(LongImportTest, AProjectRemembersWhatItsHeadingsHoldAndTheNextFileMapsItself) {
  const std::vector<std::vector<std::string>> file = {
      {"Indikator", "Månad", "Kön", "Antal", "Kommentar"},
      {"Besök", "2026-01", "K", "7", "inget att säga"}};
  LongImportResult unknown = Ok(Import(&solvik_.member, file));
  EXPECT_FALSE(unknown.saved);
  EXPECT_EQ(unknown.header, file[0]);
  EXPECT_TRUE(std::any_of(unknown.problems.begin(), unknown.problems.end(), [](const auto& p) {
    return p.column == 1 && p.error.key == "error.import.long_unknown_column";
  }));

  const std::size_t trail_before = Trail().size();
  std::vector<LongColumnChoice> saved =
      Ok(RememberLongColumns(store_, clock_, solvik_.member, As(solvik_.member), project_,
                             {{" INDIKATOR ", "measure"},
                              {"Månad", "period"},
                              {"Kön", "group"},
                              {"Antal", "value"},
                              {"Kommentar", "skip"}}));
  ASSERT_EQ(saved.size(), 5u);
  EXPECT_EQ(saved[0].heading, "antal");  // by heading, as NormalWord keeps it
  EXPECT_EQ(saved[1].heading, "indikator");
  EXPECT_EQ(saved[1].role, "measure");
  const std::vector<AuditEvent> trail = Trail();
  ASSERT_EQ(trail.size(), trail_before + 1);
  EXPECT_EQ(trail.back().object_type, "long_table_columns");
  EXPECT_EQ(trail.back().object_id, project_);
  EXPECT_EQ(trail.back().before_json, "{}");

  LongImportResult mapped = Ok(Import(&solvik_.member, file));
  EXPECT_TRUE(mapped.saved);
  EXPECT_EQ(mapped.created, 1u);
  EXPECT_EQ(mapped.remembered.at("kommentar"), "skip");
  ASSERT_EQ(Grid(visits_).size(), 1u);
  EXPECT_EQ(Grid(visits_)[0].value, "7");

  // Saving the same choices again changes nothing and is not audited; an empty role forgets.
  const std::size_t trail_after = Trail().size();
  Ok(RememberLongColumns(store_, clock_, solvik_.member, As(solvik_.member), project_,
                         {{"Antal", "value"}}));
  EXPECT_EQ(Trail().size(), trail_after);
  EXPECT_EQ(Ok(RememberLongColumns(store_, clock_, solvik_.member, As(solvik_.member), project_,
                                   {{"kommentar", ""}}))
                .size(),
            4u);
  EXPECT_EQ(Ok(LoadLongColumns(store_, solvik_.politiker, project_)).size(), 4u);
}

TEST_F(LongImportTest, ARememberedHeadingWinsOverTheWordsAndBadChoicesAreRefused) {
  Ok(RememberLongColumns(store_, clock_, solvik_.member, As(solvik_.member), project_,
                         {{"Värde", "skip"}, {"Antal", "value"}}));
  LongImportResult r = Ok(Import(&solvik_.member, {{"Mått", "Period", "Grupp", "Värde", "Antal"},
                                                   {"Besök", "2026-01", "K", "not read", "5"}}));
  EXPECT_TRUE(r.saved);
  EXPECT_EQ(Grid(visits_)[0].value, "5");

  const auto refused = [&](const Principal& by,
                           std::vector<std::pair<std::string, std::string>> c) {
    return RememberLongColumns(store_, clock_, by, As(by), project_, c).error();
  };
  EXPECT_EQ(refused(solvik_.member, {{"Kön", "women"}}).key, "error.import.long_column_role");
  EXPECT_EQ(refused(solvik_.member, {{"  ", "group"}}).key, "error.import.column_heading");
  EXPECT_EQ(refused(solvik_.member, {{std::string(201, 'x'), "group"}}).key,
            "error.import.column_heading");
  std::vector<std::pair<std::string, std::string>> many;
  for (int i = 0; i < 101; ++i) many.emplace_back("kolumn " + std::to_string(i), "skip");
  EXPECT_EQ(refused(solvik_.member, many).key, "error.import.too_many_columns");
  EXPECT_EQ(refused(solvik_.politiker, {{"Kön", "group"}}).code, core::ErrorCode::kForbidden);
  EXPECT_EQ(refused(norrby_.admin, {{"Kön", "group"}}).code, core::ErrorCode::kNotFound);
  EXPECT_EQ(LoadLongColumns(store_, norrby_.admin, project_).error().code,
            core::ErrorCode::kNotFound);
  EXPECT_EQ(Ok(LoadLongColumns(store_, solvik_.member, project_)).size(), 2u);
}

// The import page's staged long tables (domain/long_table_imports.h).
class LongTableImportsTest : public LongImportTest {
 protected:
  static ImportSheet Sheet(std::vector<std::vector<std::string>> rows) {
    ImportSheet sheet;
    sheet.header = kHeader;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      sheet.rows.push_back(std::move(rows[i]));
      sheet.lines.push_back(i + 2);
    }
    return sheet;
  }
  // Stages the rows and returns their preview.
  LongTableDetails Stage(const Principal& by, std::vector<std::vector<std::string>> rows) {
    const Id id =
        Ok(StageLongTable(store_, clock_, by, As(by), project_, "alla.xlsx", Sheet(rows))).id;
    return Ok(LoadLongTable(store_, clock_, by, project_, id, Words()));
  }
};

TEST_F(LongTableImportsTest, TheStagedTableIsPreviewedByMeasureThenCommittedOnce) {
  LongTableDetails staged = Stage(solvik_.member, {{"Fall på natten", "2026-01", "Kvinnor", "3"},
                                                   {"Besök", "2026-01", "K", "7"},
                                                   {"Besök", "2026-02", "K", "8"}});
  EXPECT_FALSE(staged.check.saved);
  EXPECT_EQ(staged.check.created, 3u);
  ASSERT_EQ(staged.check.by_measure.size(), 2u);
  EXPECT_EQ(staged.check.by_measure[0].name, "Besök") << "by name";
  EXPECT_EQ(staged.check.by_measure[0].rows, 2u);
  EXPECT_EQ(staged.check.by_measure[0].created, 2u);
  EXPECT_TRUE(Grid(visits_).empty()) << "staging saves no value";

  LongTableDetails again =
      Ok(LoadLongTable(store_, clock_, solvik_.member, project_, staged.record.id, Words()));
  EXPECT_EQ(again.record.file_name, "alla.xlsx");
  EXPECT_EQ(again.check.created, 3u);

  LongTableDetails saved = Ok(CommitLongTable(store_, clock_, solvik_.member, As(solvik_.member),
                                              project_, staged.record.id, Words()));
  EXPECT_TRUE(saved.check.saved);
  EXPECT_EQ(saved.record.status, kImportCommitted);
  EXPECT_EQ(Grid(visits_).size(), 2u);
  auto twice = CommitLongTable(store_, clock_, solvik_.member, As(solvik_.member), project_,
                               staged.record.id, Words());
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().key, "error.import.committed");
  EXPECT_EQ(Ok(LoadLongTable(store_, clock_, solvik_.member, project_, staged.record.id, Words()))
                .record.status,
            kImportCommitted);
}

TEST_F(LongTableImportsTest, ATableWithProblemsIsNotSavedAndStaysStaged) {
  LongTableDetails staged =
      Stage(solvik_.member, {{"Besök", "2026-01", "K", "7"}, {"Besök", "2026-01", "K", "8"}});
  EXPECT_EQ(staged.check.problem_count, 1u);
  EXPECT_EQ(staged.check.problems.at(0).line, 3u);
  LongImportResult refused = Ok(CommitLongTable(store_, clock_, solvik_.member, As(solvik_.member),
                                                project_, staged.record.id, Words()))
                                 .check;
  EXPECT_FALSE(refused.saved);
  EXPECT_EQ(refused.problem_count, 1u);
  EXPECT_TRUE(Grid(visits_).empty());
  EXPECT_EQ(Ok(LoadLongTable(store_, clock_, solvik_.member, project_, staged.record.id, Words()))
                .record.status,
            kImportStaged);
}

TEST_F(LongTableImportsTest, OnlyThoseWhoMayChangeTheProjectSeeOrCommitItsTable) {
  const Id id = Stage(solvik_.member, {{"Besök", "2026-01", "K", "7"}}).record.id;
  EXPECT_EQ(LoadLongTable(store_, clock_, solvik_.politiker, project_, id, Words()).error().code,
            core::ErrorCode::kForbidden);
  EXPECT_EQ(LoadLongTable(store_, clock_, norrby_.admin, project_, id, Words()).error().code,
            core::ErrorCode::kNotFound);
  EXPECT_EQ(CommitLongTable(store_, clock_, solvik_.school_member, As(solvik_.school_member),
                            project_, id, Words())
                .error()
                .code,
            core::ErrorCode::kForbidden);
  // Through another project the member may change, the table is not there.
  const Id other = MakeProject(solvik_.member, solvik_.team, "Annat");
  EXPECT_EQ(LoadLongTable(store_, clock_, solvik_.member, other, id, Words()).error().code,
            core::ErrorCode::kNotFound);
  EXPECT_TRUE(Grid(visits_).empty());
  // A Kolada file fills one measure, never a long table.
  ImportSheet kolada = Sheet({});
  kolada.kolada = KoladaSource{"N00945", "0180", false};
  EXPECT_EQ(
      StageLongTable(store_, clock_, solvik_.member, As(solvik_.member), project_, "k.json", kolada)
          .error()
          .key,
      "error.import.long_kolada");
}

TEST_F(LongTableImportsTest, ANewerFileReplacesTheUploadersStagedOne) {
  const Id first = Stage(solvik_.member, {{"Besök", "2026-01", "K", "7"}}).record.id;
  const Id second = Stage(solvik_.member, {{"Besök", "2026-01", "K", "9"}}).record.id;
  EXPECT_NE(first, second);
  EXPECT_EQ(LoadLongTable(store_, clock_, solvik_.member, project_, first, Words()).error().code,
            core::ErrorCode::kNotFound);
  Ok(LoadLongTable(store_, clock_, solvik_.member, project_, second, Words()));
}

}  // namespace
}  // namespace stegvis::domain
