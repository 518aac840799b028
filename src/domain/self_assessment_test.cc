#include "domain/self_assessment.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

TEST(SelfAssessment, ScoresAreOneToFourOrNotAssessedNeverZero) {
  for (const char* ok : {"1", "2", "3", " 4 "}) {
    auto s = ParseAssessmentScore(ok);
    ASSERT_TRUE(s) << ok;
    ASSERT_TRUE(s->has_value()) << ok;
  }
  EXPECT_EQ(**ParseAssessmentScore("3"), 3);
  auto empty = ParseAssessmentScore("");
  ASSERT_TRUE(empty);
  EXPECT_FALSE(empty->has_value());  // "ej bedömt": no score, not 0
  for (const char* bad : {"0", "5", "x", "2.5", "12", "-1"}) {
    auto s = ParseAssessmentScore(bad);
    ASSERT_FALSE(s) << bad;
    EXPECT_EQ(s.error().key, "selfassess.error.score");
  }
}

TEST(SelfAssessment, TheCatalogueHasTheTenStepsInThreeGroupsAndStepEightsLists) {
  const auto& items = AssessmentItems();
  ASSERT_EQ(items.size(), 19u);
  int steps = 0, prereqs = 0, knowledge = 0;
  for (const auto& item : items) {
    if (item.section == AssessmentSection::kSteps) ++steps;
    if (item.section == AssessmentSection::kPrerequisites) ++prereqs;
    if (item.section == AssessmentSection::kKnowledge) ++knowledge;
  }
  EXPECT_EQ(steps, 10);
  EXPECT_EQ(prereqs, 5);
  EXPECT_EQ(knowledge, 4);
  EXPECT_EQ(items[0].group, "governance");
  EXPECT_EQ(items[4].group, "statistics");
  EXPECT_EQ(items[9].group, "improvement");
}

SelfAssessment Valid() {
  SelfAssessment a;
  a.assessed_on = "2026-03-01";
  a.scores = {
      {"knowledge_goals", 2, ""}, {"step_1", std::nullopt, "inte diskuterat"}, {"step_2", 4, ""}};
  return a;
}

TEST(SelfAssessment, ValidationKeepsUnassessedItemsEmptyAndOrdersByCatalogue) {
  auto a = ValidateSelfAssessment(Valid(), "2026-03-01");
  ASSERT_TRUE(a) << a.error().message;
  ASSERT_EQ(a->scores.size(), 3u);
  EXPECT_EQ(a->scores[0].item, "step_1");
  EXPECT_FALSE(a->scores[0].score.has_value());
  EXPECT_EQ(a->scores[0].comment, "inte diskuterat");
  EXPECT_EQ(a->scores[1].item, "step_2");
  EXPECT_EQ(a->scores[2].item, "knowledge_goals");
}

TEST(SelfAssessment, ValidationNamesTheFieldThatIsWrong) {
  SelfAssessment future = Valid();
  future.assessed_on = "2026-03-02";
  EXPECT_EQ(ValidateSelfAssessment(future, "2026-03-01").error().key, "selfassess.error.future");
  SelfAssessment no_date = Valid();
  no_date.assessed_on = "";
  EXPECT_EQ(ValidateSelfAssessment(no_date, "2026-03-01").error().field, "assessed_on");
  SelfAssessment bad_date = Valid();
  bad_date.assessed_on = "2026-02-30";
  EXPECT_EQ(ValidateSelfAssessment(bad_date, "2026-03-01").error().key, "error.bad_date");
  SelfAssessment zero = Valid();
  zero.scores.push_back({"step_3", 0, ""});
  auto e = ValidateSelfAssessment(zero, "2026-03-01").error();
  EXPECT_EQ(e.field, "step_3");
  EXPECT_EQ(e.key, "selfassess.error.score");
  SelfAssessment unknown = Valid();
  unknown.scores.push_back({"step_11", 2, ""});
  EXPECT_EQ(ValidateSelfAssessment(unknown, "2026-03-01").error().field, "step_11");
  SelfAssessment twice = Valid();
  twice.scores.push_back({"step_2", 1, ""});
  EXPECT_EQ(ValidateSelfAssessment(twice, "2026-03-01").error().key, "selfassess.error.item");
}

// Recording and reading a unit's assessments: the unit's managers and strategists record, those
// and politicians in scope read, team members and other units' managers do neither.
class SelfAssessmentsTest : public DomainTest {
 protected:
  static SelfAssessment Assessment(const std::string& on) {
    SelfAssessment a;
    a.assessed_on = on;
    a.note = "Ledningsgruppen, två timmar";
    a.scores = {{"step_2", 3, ""}, {"step_1", 2, "Vi saknar mål"}, {"prereq_mandate", {}, ""}};
    return a;
  }
  core::Result<Id> Record(const Principal& by, Id unit, const SelfAssessment& a) {
    return RecordSelfAssessment(store_, clock_, by, As(by), unit, a);
  }
};

TEST_F(SelfAssessmentsTest, AManagerRecordsAnAssessmentOfTheirUnitAndItIsAudited) {
  const Id id = Ok(Record(solvik_.chef, solvik_.home_care, Assessment("2027-01-15")));
  UnitSelfAssessments u = Ok(LoadSelfAssessments(store_, solvik_.chef, solvik_.home_care));
  ASSERT_EQ(u.assessments.size(), 1u);
  const SelfAssessment& a = u.assessments[0];
  EXPECT_EQ(a.id, id);
  EXPECT_EQ(a.unit_id, solvik_.home_care);
  EXPECT_EQ(a.created_by, "chef@solvik.example");
  ASSERT_EQ(a.scores.size(), 3u);
  EXPECT_EQ(a.scores[0].item, "step_1") << "in catalogue order";
  EXPECT_FALSE(a.scores[2].score) << "not assessed stays empty";
  EXPECT_TRUE(u.may_record);
  EXPECT_TRUE(u.may_read_reflections);
  AuditEvent e = LastEvent("self_assessment", id);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "scores"), "step_1=2, step_2=3, prereq_mandate=-");
}

TEST_F(SelfAssessmentsTest, AssessmentsAreRepeatedAndListedOldestFirst) {
  clock_.Advance(24 * 3600);
  Ok(Record(solvik_.strateg, solvik_.home_care, Assessment("2027-01-16")));
  Ok(Record(solvik_.chef, solvik_.home_care, Assessment("2026-06-01")));
  std::vector<SelfAssessment> all =
      Ok(LoadSelfAssessments(store_, solvik_.politiker, solvik_.home_care)).assessments;
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].assessed_on, "2026-06-01");
  EXPECT_EQ(all[1].assessed_on, "2027-01-16");
}

TEST_F(SelfAssessmentsTest, ADateAfterTodayIsRefusedAndNothingIsStored) {
  EXPECT_TRUE(IsInvalid(Record(solvik_.chef, solvik_.home_care, Assessment("2027-01-16")),
                        "assessed_on", "selfassess.error.future"));
  SelfAssessment zero = Assessment("2027-01-15");
  zero.scores.push_back({"step_3", 0, ""});
  EXPECT_TRUE(
      IsInvalid(Record(solvik_.chef, solvik_.home_care, zero), "step_3", "selfassess.error.score"));
  EXPECT_TRUE(Ok(LoadSelfAssessments(store_, solvik_.chef, solvik_.home_care)).assessments.empty());
}

TEST_F(SelfAssessmentsTest, PoliticiansReadTeamMembersAndOtherUnitsManagersDoNot) {
  Ok(Record(solvik_.chef, solvik_.home_care, Assessment("2027-01-15")));
  UnitSelfAssessments read = Ok(LoadSelfAssessments(store_, solvik_.politiker, solvik_.home_care));
  EXPECT_EQ(read.assessments.size(), 1u);
  EXPECT_FALSE(read.may_record);
  EXPECT_FALSE(read.may_read_reflections);
  EXPECT_TRUE(IsForbidden(Record(solvik_.politiker, solvik_.home_care, Assessment("2027-01-15"))));
  EXPECT_TRUE(IsForbidden(LoadSelfAssessments(store_, solvik_.member, solvik_.home_care)));
  EXPECT_TRUE(IsForbidden(Record(solvik_.member, solvik_.home_care, Assessment("2027-01-15"))));
  EXPECT_TRUE(IsForbidden(LoadSelfAssessments(store_, solvik_.school_chef, solvik_.home_care)));
  EXPECT_TRUE(IsForbidden(Record(solvik_.chef, solvik_.school, Assessment("2027-01-15"))));
  EXPECT_TRUE(IsNotFound(LoadSelfAssessments(store_, norrby_.admin, solvik_.home_care)));
  EXPECT_TRUE(IsNotFound(Record(norrby_.admin, solvik_.home_care, Assessment("2027-01-15"))));
  EXPECT_EQ(Ok(LoadSelfAssessments(store_, solvik_.admin, solvik_.home_care)).assessments.size(),
            1u);
}

// Correcting a saved assessment: who may record may correct, against the version they loaded.
class SelfAssessmentCorrectionTest : public SelfAssessmentsTest {
 protected:
  SelfAssessment Loaded(const Principal& by, Id unit, Id id) {
    return Ok(LoadSelfAssessmentToCorrect(store_, by, unit, id)).assessment;
  }
  core::Result<void> Correct(const Principal& by, Id unit, const SelfAssessment& a) {
    return CorrectSelfAssessment(store_, clock_, by, As(by), unit, a);
  }
};

TEST_F(SelfAssessmentCorrectionTest, AStrategistCorrectsDateNoteAndScoresAuditedBeforeAndAfter) {
  const Id id = Ok(Record(solvik_.chef, solvik_.home_care, Assessment("2027-01-10")));
  clock_.Advance(3600);
  SelfAssessment a = Loaded(solvik_.strateg, solvik_.home_care, id);
  EXPECT_EQ(a.version, 1);
  ASSERT_EQ(a.scores.size(), 3u) << "loaded with its scores";
  a.assessed_on = "2027-01-09";
  a.note = "Ledningsgruppen, rättad";
  a.scores = {{"step_1", std::nullopt, "Inte bedömt ännu"}, {"step_3", 4, ""}};
  Ok(Correct(solvik_.strateg, solvik_.home_care, a));

  std::vector<SelfAssessment> all =
      Ok(LoadSelfAssessments(store_, solvik_.chef, solvik_.home_care)).assessments;
  ASSERT_EQ(all.size(), 1u) << "corrected in place, not added";
  const SelfAssessment& c = all[0];
  EXPECT_EQ(c.assessed_on, "2027-01-09");
  EXPECT_EQ(c.note, "Ledningsgruppen, rättad");
  ASSERT_EQ(c.scores.size(), 2u) << "the old scores are replaced";
  EXPECT_EQ(c.scores[0].item, "step_1");
  EXPECT_FALSE(c.scores[0].score) << "ej bedömt stays empty";
  EXPECT_EQ(c.scores[1].score, std::optional<int>(4));
  EXPECT_EQ(c.version, 2);
  EXPECT_EQ(c.created_by, "chef@solvik.example");
  EXPECT_EQ(c.updated_by, "strateg@solvik.example");
  EXPECT_EQ(c.updated_at, clock_.NowUnixSeconds());

  AuditEvent e = LastEvent("self_assessment", id);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "scores"), "step_1=2, step_2=3, prereq_mandate=-");
  EXPECT_EQ(AuditValue(e.after_json, "scores"), "step_1=-, step_3=4");
  EXPECT_EQ(AuditValue(e.before_json, "assessed_on"), "2027-01-10");
  EXPECT_EQ(AuditValue(e.after_json, "assessed_on"), "2027-01-09");
}

TEST_F(SelfAssessmentCorrectionTest, ASaveAgainstAnOlderVersionIsRefusedNamingWhoSavedBetween) {
  const Id id = Ok(Record(solvik_.chef, solvik_.home_care, Assessment("2027-01-10")));
  SelfAssessment chefs = Loaded(solvik_.chef, solvik_.home_care, id);
  SelfAssessment strategs = Loaded(solvik_.strateg, solvik_.home_care, id);
  clock_.Advance(60);
  strategs.note = "Strategens rättelse";
  Ok(Correct(solvik_.strateg, solvik_.home_care, strategs));
  const std::int64_t saved_at = clock_.NowUnixSeconds();
  clock_.Advance(60);
  chefs.note = "Chefens rättelse";
  // By name, as the page says it; the e-mail stays for programs.
  auto stale = Correct(solvik_.chef, solvik_.home_care, chefs);
  EXPECT_TRUE(IsChangedBy(stale, "Sara Lindqvist", saved_at));
  EXPECT_EQ(stale.error().Param("who_email")->text, "strateg@solvik.example");
  EXPECT_EQ(Loaded(solvik_.chef, solvik_.home_care, id).note, "Strategens rättelse");
}

TEST_F(SelfAssessmentCorrectionTest, ACorrectionIsValidatedAsARecordingIs) {
  const Id id = Ok(Record(solvik_.chef, solvik_.home_care, Assessment("2027-01-10")));
  SelfAssessment a = Loaded(solvik_.chef, solvik_.home_care, id);
  a.assessed_on = "2027-01-16";
  EXPECT_TRUE(IsInvalid(Correct(solvik_.chef, solvik_.home_care, a), "assessed_on",
                        "selfassess.error.future"));
  a.assessed_on = "2027-01-10";
  a.scores.push_back({"step_3", 0, ""});
  EXPECT_TRUE(
      IsInvalid(Correct(solvik_.chef, solvik_.home_care, a), "step_3", "selfassess.error.score"));
  EXPECT_EQ(Loaded(solvik_.chef, solvik_.home_care, id).version, 1) << "nothing stored";
}

TEST_F(SelfAssessmentCorrectionTest, OnlyThoseWhoRecordCorrectAndOnlyTheUnitsOwnAssessments) {
  const Id id = Ok(Record(solvik_.chef, solvik_.home_care, Assessment("2027-01-10")));
  const Id school = Ok(Record(solvik_.school_chef, solvik_.school, Assessment("2027-01-10")));
  SelfAssessment a = Loaded(solvik_.chef, solvik_.home_care, id);
  a.note = "Försök";
  for (const Principal* p : {&solvik_.politiker, &solvik_.member, &solvik_.school_chef}) {
    EXPECT_TRUE(IsForbidden(LoadSelfAssessmentToCorrect(store_, *p, solvik_.home_care, id)));
    EXPECT_TRUE(IsForbidden(Correct(*p, solvik_.home_care, a)));
  }
  EXPECT_TRUE(
      IsNotFound(LoadSelfAssessmentToCorrect(store_, norrby_.admin, solvik_.home_care, id)));
  EXPECT_TRUE(IsNotFound(Correct(norrby_.admin, solvik_.home_care, a)));
  // Another unit's assessment under this unit's path: not found, even for an admin.
  EXPECT_TRUE(
      IsNotFound(LoadSelfAssessmentToCorrect(store_, solvik_.admin, solvik_.home_care, school)));
  SelfAssessment other = a;
  other.id = school;
  EXPECT_TRUE(IsNotFound(Correct(solvik_.admin, solvik_.home_care, other)));
  EXPECT_TRUE(
      IsNotFound(LoadSelfAssessmentToCorrect(store_, solvik_.admin, solvik_.home_care, 99999)));
  EXPECT_EQ(Loaded(solvik_.chef, solvik_.home_care, id).version, 1) << "nothing stored";
  a.note = "Administratörens rättelse";
  Ok(Correct(solvik_.admin, solvik_.home_care, a));
}

TEST_F(SelfAssessmentsTest, TheStartPageLinksFollowTheSameRules) {
  // The start page's query reads the links inside its one transaction.
  auto frame_links = [&](const Principal& p) {
    std::vector<UnitFrameLinks> links;
    store_.Transact(TxMode::kRead, [&](StoreTx& tx) {
      links = LoadUnitFrameLinks(tx, p);
      return true;
    });
    return links;
  };
  auto links_of = [&](const Principal& p, Id unit) {
    for (const UnitFrameLinks& l : frame_links(p)) {
      if (l.unit_id == unit) return l;
    }
    return UnitFrameLinks{};
  };
  UnitFrameLinks chef = links_of(solvik_.chef, solvik_.home_care);
  EXPECT_EQ(chef.unit_id, solvik_.home_care);
  EXPECT_TRUE(chef.self_assessment);
  EXPECT_TRUE(chef.reflections);
  EXPECT_FALSE(links_of(solvik_.chef, solvik_.school).self_assessment);
  UnitFrameLinks politiker = links_of(solvik_.politiker, solvik_.home_care);
  EXPECT_TRUE(politiker.self_assessment);
  EXPECT_FALSE(politiker.reflections);
  UnitFrameLinks member = links_of(solvik_.member, solvik_.home_care);
  EXPECT_FALSE(member.self_assessment);
  EXPECT_FALSE(member.reflections);
  EXPECT_EQ(frame_links(norrby_.admin).size(), 5u) << "Norrby's own units only";
}

}  // namespace
}  // namespace stegvis::domain
