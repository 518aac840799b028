// Notes on a measure's points (domain/point_notes.h): an exclusion leaves its period out of
// the lines of every series, an annotation only says something; both need words, are
// bounded, version-checked, audited, and only those who may change the team's work write them.

#include "domain/point_notes.h"

#include <gtest/gtest.h>

#include "domain/measure_analysis.h"
#include "domain/measures.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class PointNotesTest : public DomainTest {
 protected:
  PointNotesTest() {
    Id project = MakeProject(solvik_.member, solvik_.team, "Färre fall");
    Measure m;
    m.name = "Fall per månad";
    m.data_type = stats::DataType::kCount;
    measure_ = Ok(AddMeasure(store_, clock_, solvik_.member, As(solvik_.member), project, m));
    std::vector<CellInput> cells;
    for (int month = 1; month <= 12; ++month) {
      const std::string period =
          "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
      const std::string women = month == 6 ? "40" : std::to_string(5 + month % 3);
      cells.push_back({period, "women", women, ""});
      cells.push_back({period, "men", std::to_string(4 + month % 2), ""});
    }
    Ok(SaveObservations(store_, clock_, solvik_.member, As(solvik_.member), measure_, 0, cells));
  }

  core::Result<PointNote> Set(const Principal& by, PointNoteKind kind, const std::string& period,
                              const std::string& text, std::int64_t version = 0) {
    return SetPointNote(store_, clock_, by, As(by), measure_, kind, period, text, version);
  }
  MeasureDetails Details() { return Ok(LoadMeasure(store_, solvik_.member, measure_)); }
  MeasureAnalysis Analysis() {
    MeasureDetails d = Details();
    return Ok(AnalyzeMeasure(d.measure, d.observations, {}, ExcludedPeriods(d.point_notes)));
  }

  Id measure_ = 0;
};

TEST_F(PointNotesTest, AnExcludedPointLeavesTheLinesOfEverySeriesAndComesBackWhenIncluded) {
  const MeasureAnalysis before = Analysis();
  ASSERT_TRUE(before.total && before.groups);
  PointNote note = Ok(Set(solvik_.member, PointNoteKind::kExclusion, "2025-6", "Larmet tjöt"));
  EXPECT_EQ(note.period, "2025-06") << "the period as stored";
  EXPECT_EQ(note.version, 1);
  EXPECT_EQ(note.created_by, note.updated_by);

  const MeasureAnalysis after = Analysis();
  EXPECT_FALSE(after.total->points[5].include);
  EXPECT_FALSE(after.groups->group_a.points[5].include);
  EXPECT_FALSE(after.groups->group_b.points[5].include);
  EXPECT_TRUE(after.groups_exclude);
  EXPECT_LT(after.groups->group_a.points[0].cl, before.groups->group_a.points[0].cl)
      << "the outlier no longer pulls the women's centre line up";
  EXPECT_EQ(LastEvent("point_note", measure_).action, "create");

  Ok(RemovePointNote(store_, clock_, solvik_.member, As(solvik_.member), measure_,
                     PointNoteKind::kExclusion, "2025-06"));
  EXPECT_TRUE(Analysis().total->points[5].include);
  EXPECT_EQ(LastEvent("point_note", measure_).action, "delete");
}

TEST_F(PointNotesTest, AnAnnotationChangesNoLineAndIsEditedWithItsVersion) {
  PointNote note = Ok(Set(solvik_.member, PointNoteKind::kAnnotation, "2025-03", "Ny rutin"));
  EXPECT_TRUE(Analysis().total->points[2].include);
  PointNote changed =
      Ok(Set(solvik_.member, PointNoteKind::kAnnotation, "2025-03", "Ny rutin för natten", 1));
  EXPECT_EQ(changed.version, 2);
  EXPECT_EQ(changed.id, note.id);
  EXPECT_EQ(Details().point_notes.size(), 1u);
  auto stale = Set(solvik_.member, PointNoteKind::kAnnotation, "2025-03", "Gammal", 1);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().key, "error.changed_by");
  auto again = Set(solvik_.member, PointNoteKind::kAnnotation, "2025-03", "En till");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().key, "error.point_note.exists");
}

TEST_F(PointNotesTest, ANoteNeedsBoundedWordsWithoutControlCharactersOnAPointThatExists) {
  auto key = [&](const std::string& period, const std::string& text) {
    auto r = Set(solvik_.member, PointNoteKind::kExclusion, period, text);
    return r ? std::string("saved") : r.error().key;
  };
  EXPECT_EQ(key("2025-02", "  "), "error.required");
  EXPECT_EQ(key("2025-02", std::string(kPointNoteMax + 1, 'a')), "error.too_long");
  EXPECT_EQ(key("2025-02", "bad\x01text"), "error.control_character");
  EXPECT_EQ(key("2026-02", "Inget värde"), "error.point_note.no_point");
  EXPECT_EQ(key("mars", "Ingen period"), "error.bad_period");
  EXPECT_EQ(key("2025-02", std::string(kPointNoteMax, 'a')), "saved");
}

TEST_F(PointNotesTest, OnlyThoseWhoMayChangeTheTeamsWorkWriteNotes) {
  auto by_reader = Set(solvik_.politiker, PointNoteKind::kAnnotation, "2025-01", "Bra");
  ASSERT_FALSE(by_reader);
  EXPECT_EQ(by_reader.error().code, core::ErrorCode::kForbidden);
  auto other_org = Set(norrby_.admin, PointNoteKind::kAnnotation, "2025-01", "Bra");
  ASSERT_FALSE(other_org);
  EXPECT_EQ(other_org.error().code, core::ErrorCode::kNotFound);
  auto removed = RemovePointNote(store_, clock_, solvik_.member, As(solvik_.member), measure_,
                                 PointNoteKind::kAnnotation, "2025-01");
  ASSERT_FALSE(removed);
  EXPECT_EQ(removed.error().code, core::ErrorCode::kNotFound) << "nothing to remove";
}

TEST(ExcludedPointsTest, NumberPointsByTheirPeriodsOrderNotTheRowsOrder) {
  std::vector<stats::Row> rows(3);
  rows[0].x = 3, rows[0].label = "2025-03";
  rows[1].x = 1, rows[1].label = "2025-01";
  rows[2].x = 2, rows[2].label = "2025-02";
  EXPECT_EQ(ExcludedPoints(rows, {"2025-03"}), std::vector<int>{3});
  EXPECT_EQ(ExcludedPoints(rows, {"2025-01", "2025-02"}), (std::vector<int>{1, 2}));
  EXPECT_TRUE(ExcludedPoints(rows, {"2024-12"}).empty());
}

}  // namespace
}  // namespace stegvis::domain
