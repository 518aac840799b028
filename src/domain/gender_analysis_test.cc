// The gender analysis of a measure split by sex (domain/gender_analysis.h): the team writes
// its 4R notes, every save a new version that overwrites none; a stale save says who saved
// first and when; readers of the measure read the notes, and only its team's writers write.

#include "domain/gender_analysis.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class GenderAnalysisTest : public DomainTest {
 protected:
  GenderAnalysisTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    measure_ = MakeMeasure(solvik_.member, project_, "Beviljade timmar");
  }
  core::Result<GenderNote> Save(const Principal& by, std::int64_t base, GenderNote note,
                                std::optional<Id> measure = std::nullopt) {
    return SaveGenderNote(store_, clock_, by, As(by), measure.value_or(measure_), base, note);
  }
  static GenderNote Note(const std::string& representation, const std::string& realisera = "") {
    GenderNote n;
    n.representation = representation;
    n.resources = "Männen får fler timmar per beslut";
    n.realisera = realisera;
    return n;
  }
  std::vector<GenderNote> Notes() {
    return Ok(LoadGenderAnalysis(store_, solvik_.member, measure_)).notes;
  }

  Id project_ = 0, measure_ = 0;
};

TEST_F(GenderAnalysisTest, EverySaveIsANewVersionAndTheOldOnesAreKept) {
  EXPECT_TRUE(Notes().empty());
  GenderNote first = Ok(Save(solvik_.member, 0, Note("60 % kvinnor")));
  EXPECT_EQ(first.version, 1);
  EXPECT_EQ(first.created_by, "team@solvik.example");
  EXPECT_EQ(first.created_at, kTestNow);
  AuditEvent created = LastEvent("gender_note", measure_);
  EXPECT_EQ(created.action, "create");
  EXPECT_EQ(AuditValue(created.after_json, "representation"), "60 % kvinnor");

  clock_.Advance(600);
  GenderNote second = Ok(Save(solvik_.chef, 1, Note("60 % kvinnor", "Samma riktlinje för alla")));
  EXPECT_EQ(second.version, 2);
  std::vector<GenderNote> notes = Notes();
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].realisera, "") << "the first version is kept as it was";
  EXPECT_EQ(notes[1].realisera, "Samma riktlinje för alla");
  EXPECT_EQ(notes[1].created_by, "chef@solvik.example");
  AuditEvent updated = LastEvent("gender_note", measure_);
  EXPECT_EQ(updated.action, "update");
  EXPECT_EQ(AuditValue(updated.before_json, "realisera"), "");
  EXPECT_EQ(AuditValue(updated.after_json, "realisera"), "Samma riktlinje för alla");
}

TEST_F(GenderAnalysisTest, SavingTheSameTextsAgainWritesNothing) {
  Ok(Save(solvik_.member, 0, Note("60 % kvinnor")));
  clock_.Advance(60);
  GenderNote again = Ok(Save(solvik_.member, 1, Note("60 % kvinnor")));
  EXPECT_EQ(again.version, 1);
  EXPECT_EQ(again.created_at, kTestNow);
  EXPECT_EQ(Notes().size(), 1u);
  EXPECT_EQ(Trail("gender_note", measure_).size(), 1u);
}

TEST_F(GenderAnalysisTest, AStaleSaveSaysWhoSavedFirstAndWhenAndKeepsTheirText) {
  Ok(Save(solvik_.member, 0, Note("Först")));
  clock_.Advance(120);
  Ok(Save(solvik_.chef, 1, Note("Chefens text")));
  EXPECT_TRUE(IsChangedBy(Save(solvik_.member, 1, Note("Min text")), "Johan Berg", kTestNow + 120));
  EXPECT_TRUE(IsChangedBy(Save(solvik_.member, 0, Note("Min text")), "Johan Berg", kTestNow + 120))
      << "a writer who saw no notes at all";
  ASSERT_EQ(Notes().size(), 2u);
  EXPECT_EQ(Notes().back().representation, "Chefens text");
}

TEST_F(GenderAnalysisTest, EachOfTheFourTextsHasALimit) {
  const std::string too_long(kMaxGenderNoteLength + 1, 'x');
  GenderNote n;
  n.realia = too_long;
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, 0, n), "realia", "error.too_long"));
  n = {};
  n.realisera = too_long;
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, 0, n), "realisera", "error.too_long"));
  n = {};
  n.representation = std::string(kMaxGenderNoteLength, 'x');
  EXPECT_TRUE(Save(solvik_.member, 0, n)) << "exactly at the limit";
  EXPECT_EQ(Notes().size(), 1u);
}

TEST_F(GenderAnalysisTest, ReadersOfTheMeasureReadTheNotesOnlyItsTeamsWritersWrite) {
  Ok(Save(solvik_.member, 0, Note("60 % kvinnor")));
  GenderAnalysis seen = Ok(LoadGenderAnalysis(store_, solvik_.politiker, measure_));
  EXPECT_EQ(seen.notes.size(), 1u);
  EXPECT_EQ(seen.details.measure.id, measure_);
  EXPECT_TRUE(IsForbidden(Save(solvik_.politiker, 1, Note("Politikerns text"))));
  EXPECT_TRUE(IsForbidden(Save(solvik_.school_chef, 1, Note("Rektorns text"))));
  EXPECT_TRUE(IsForbidden(LoadGenderAnalysis(store_, solvik_.school_member, measure_)));
  EXPECT_TRUE(IsNotFound(Save(norrby_.admin, 1, Note("Norrbys text"))));
  EXPECT_TRUE(IsNotFound(LoadGenderAnalysis(store_, norrby_.admin, measure_)));
  EXPECT_EQ(Notes().size(), 1u);
  EXPECT_EQ(Trail("gender_note", measure_).size(), 1u);
}

TEST_F(GenderAnalysisTest, AMeasureNotSplitBySexHasNoGenderAnalysis) {
  const Id per_ward = MakeMeasure(solvik_.member, project_, "Fall per avdelning", Grouping::kNone);
  EXPECT_TRUE(IsNotFound(LoadGenderAnalysis(store_, solvik_.member, per_ward)));
  EXPECT_TRUE(IsNotFound(Save(solvik_.member, 0, Note("Text"), per_ward)));
  EXPECT_TRUE(IsNotFound(Save(solvik_.member, 0, Note("Text"), 999)));
  EXPECT_TRUE(Trail("gender_note", per_ward).empty());
}

}  // namespace
}  // namespace stegvis::domain
