#include "domain/pdsa_cycle.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

PdsaContent CompletePlan() {
  PdsaContent c;
  c.title = "Hembesök dagen efter hemkomst";
  c.question = "Minskar ett hembesök dag 1 oron hos den som kommit hem?";
  c.prediction = "Minst 4 av 5 säger att de känner sig trygga.";
  c.who = "Två undersköterskor i grupp Norr";
  c.what = "Ett 30 minuters besök dagen efter utskrivning";
  c.where = "Hemtjänst Norr";
  c.start_date = "2026-03-02";
  c.end_date = "2026-03-13";
  c.data_plan = "Tre frågor till varje brukare efter besöket";
  return c;
}

std::string FieldOf(const core::Result<void>& r) {
  return r ? std::string("ok") : r.error().field;
}

TEST(PdsaCycleTest, NamesRoundTrip) {
  for (PdsaPhase p :
       {PdsaPhase::kPlan, PdsaPhase::kDo, PdsaPhase::kStudy, PdsaPhase::kAct, PdsaPhase::kDone}) {
    EXPECT_EQ(ParsePdsaPhase(PdsaPhaseName(p)), p);
  }
  for (PdsaDecision d :
       {PdsaDecision::kNone, PdsaDecision::kAdopt, PdsaDecision::kAdapt, PdsaDecision::kAbandon}) {
    EXPECT_EQ(ParsePdsaDecision(PdsaDecisionName(d)), d);
  }
  for (AsPlanned a : {AsPlanned::kUnknown, AsPlanned::kYes, AsPlanned::kPartly, AsPlanned::kNo}) {
    EXPECT_EQ(ParseAsPlanned(AsPlannedName(a)), a);
  }
  EXPECT_FALSE(ParsePdsaPhase("Plan"));
  EXPECT_FALSE(ParsePdsaDecision("anta"));
  EXPECT_FALSE(ParseAsPlanned("ja"));
}

TEST(PdsaCycleTest, WalksPlanDoStudyActAndStampsEachPhase) {
  PdsaCycle cycle;
  cycle.content = CompletePlan();
  ASSERT_EQ(AdvancePdsaCycle(cycle, 100), PdsaPhase::kDo);
  EXPECT_EQ(cycle.do_at, 100);

  cycle.content.as_planned = AsPlanned::kPartly;
  cycle.content.observations = "Två besök blev telefonsamtal";
  ASSERT_EQ(AdvancePdsaCycle(cycle, 200), PdsaPhase::kStudy);
  EXPECT_EQ(cycle.study_at, 200);

  cycle.content.result = "5 av 6 kände sig trygga; förutsägelsen höll";
  cycle.content.learning = "Besöket behöver bokas innan hemkomsten";
  ASSERT_EQ(AdvancePdsaCycle(cycle, 300), PdsaPhase::kAct);
  EXPECT_EQ(cycle.act_at, 300);

  cycle.content.decision = PdsaDecision::kAdopt;
  cycle.content.next_step = "Alla grupper i Norr, från april";
  ASSERT_EQ(AdvancePdsaCycle(cycle, 400), PdsaPhase::kDone);
  EXPECT_EQ(cycle.done_at, 400);

  auto again = AdvancePdsaCycle(cycle, 500);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(again.error().key, "error.pdsa.already_done");
  EXPECT_EQ(cycle.done_at, 400) << "a refused step changes nothing";
}

TEST(PdsaCycleTest, APlanWithoutAPredictionStaysInPlan) {
  PdsaCycle cycle;
  cycle.content = CompletePlan();
  cycle.content.prediction = "  \n";
  auto moved = AdvancePdsaCycle(cycle, 100);
  ASSERT_FALSE(moved);
  EXPECT_EQ(moved.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(moved.error().field, "prediction");
  EXPECT_EQ(moved.error().key, "error.pdsa.required_to_advance");
  EXPECT_EQ(cycle.phase, PdsaPhase::kPlan);
  EXPECT_EQ(cycle.do_at, 0);
}

TEST(PdsaCycleTest, EachPhaseNamesWhatItStillNeeds) {
  PdsaContent c = CompletePlan();
  EXPECT_EQ(FieldOf(CheckPhaseComplete(c, PdsaPhase::kPlan)), "ok");
  for (auto [field, member] :
       {std::pair<const char*, std::string PdsaContent::*>{"question", &PdsaContent::question},
        {"what", &PdsaContent::what},
        {"start_date", &PdsaContent::start_date},
        {"end_date", &PdsaContent::end_date}}) {
    PdsaContent without = c;
    without.*member = "";
    EXPECT_EQ(FieldOf(CheckPhaseComplete(without, PdsaPhase::kPlan)), field);
  }
  EXPECT_EQ(FieldOf(CheckPhaseComplete(c, PdsaPhase::kDo)), "as_planned");
  c.as_planned = AsPlanned::kNo;
  EXPECT_EQ(FieldOf(CheckPhaseComplete(c, PdsaPhase::kDo)), "observations");
  EXPECT_EQ(FieldOf(CheckPhaseComplete(c, PdsaPhase::kStudy)), "result");
  c.result = "Sämre än väntat";
  EXPECT_EQ(FieldOf(CheckPhaseComplete(c, PdsaPhase::kStudy)), "learning");
  EXPECT_EQ(FieldOf(CheckPhaseComplete(c, PdsaPhase::kAct)), "decision");
  c.decision = PdsaDecision::kAbandon;
  EXPECT_EQ(FieldOf(CheckPhaseComplete(c, PdsaPhase::kAct)), "next_step");
}

TEST(PdsaCycleTest, ALaterPhaseCannotBeWrittenBeforeTheCycleGetsThere) {
  PdsaContent c = CompletePlan();
  EXPECT_EQ(FieldOf(ValidatePdsaContent(c, PdsaPhase::kPlan)), "ok");
  PdsaContent early = c;
  early.learning = "Vi vet redan svaret";
  auto r = ValidatePdsaContent(early, PdsaPhase::kDo);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "learning");
  EXPECT_EQ(r.error().key, "error.pdsa.phase_not_reached");
  EXPECT_EQ(FieldOf(ValidatePdsaContent(early, PdsaPhase::kStudy)), "ok");

  PdsaContent decided = c;
  decided.decision = PdsaDecision::kAdopt;
  EXPECT_EQ(FieldOf(ValidatePdsaContent(decided, PdsaPhase::kStudy)), "decision");
  EXPECT_EQ(FieldOf(ValidatePdsaContent(decided, PdsaPhase::kAct)), "ok");
  EXPECT_EQ(FieldOf(ValidatePdsaContent(decided, PdsaPhase::kDone)), "ok")
      << "a finished cycle can still be corrected";

  PdsaContent answered = c;
  answered.as_planned = AsPlanned::kYes;
  EXPECT_EQ(FieldOf(ValidatePdsaContent(answered, PdsaPhase::kPlan)), "as_planned");
}

TEST(PdsaCycleTest, RefusesBadTitlesDatesAndLongTexts) {
  PdsaContent c = CompletePlan();
  c.title = " ";
  EXPECT_EQ(FieldOf(ValidatePdsaContent(c, PdsaPhase::kPlan)), "title");
  c.title = std::string(201, 'x');
  EXPECT_EQ(FieldOf(ValidatePdsaContent(c, PdsaPhase::kPlan)), "title");
  c = CompletePlan();
  c.prediction = std::string(kPdsaTextMax + 1, 'x');
  EXPECT_EQ(FieldOf(ValidatePdsaContent(c, PdsaPhase::kPlan)), "prediction");

  for (const char* bad : {"2026-02-30", "2026-13-01", "26-03-01", "2026-3-1", "2026-03-01x",
                          "mars 2026", "1899-12-31"}) {
    c = CompletePlan();
    c.start_date = bad;
    EXPECT_EQ(FieldOf(ValidatePdsaContent(c, PdsaPhase::kPlan)), "start_date") << bad;
  }
  c = CompletePlan();
  c.start_date = "2024-02-29";
  c.end_date = "2024-02-29";
  EXPECT_EQ(FieldOf(ValidatePdsaContent(c, PdsaPhase::kPlan)), "ok") << "leap day, one-day test";
  c.end_date = "2024-02-28";
  auto r = ValidatePdsaContent(c, PdsaPhase::kPlan);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "end_date");
  EXPECT_EQ(r.error().key, "error.pdsa.end_before_start");
}

std::vector<std::string> FieldsOf(const std::vector<core::Error>& errors) {
  std::vector<std::string> fields;
  for (const core::Error& e : errors) fields.push_back(e.field + " " + e.key);
  return fields;
}

TEST(PdsaCycleTest, APlanReportsEverythingWrongAtOnceOneErrorPerField) {
  PdsaContent c = CompletePlan();
  c.title = "";
  c.prediction = std::string(kPdsaTextMax + 1, 'x');
  c.start_date = "2026-02-30";
  c.end_date = "mars";
  c.learning = "Written too early";
  c.decision = PdsaDecision::kAdopt;
  EXPECT_EQ(FieldsOf(PdsaContentErrors(c, PdsaPhase::kPlan)),
            (std::vector<std::string>{
                "title error.required", "prediction error.too_long",
                "learning error.pdsa.phase_not_reached", "start_date error.pdsa.bad_date",
                "end_date error.pdsa.bad_date", "decision error.pdsa.phase_not_reached"}));
  // The first is what a save refuses with.
  EXPECT_EQ(FieldOf(ValidatePdsaContent(c, PdsaPhase::kPlan)), "title");
  EXPECT_TRUE(PdsaContentErrors(CompletePlan(), PdsaPhase::kPlan).empty());
}

TEST(PdsaCycleTest, EveryFieldAPhaseStillNeedsIsNamedAtOnce) {
  PdsaContent empty;
  EXPECT_EQ(
      FieldsOf(MissingToAdvance(empty, PdsaPhase::kPlan)),
      (std::vector<std::string>{
          "question error.pdsa.required_to_advance", "prediction error.pdsa.required_to_advance",
          "what error.pdsa.required_to_advance", "start_date error.pdsa.required_to_advance",
          "end_date error.pdsa.required_to_advance"}));
  EXPECT_EQ(MissingToAdvance(empty, PdsaPhase::kAct).size(), 2u);
  EXPECT_TRUE(MissingToAdvance(CompletePlan(), PdsaPhase::kPlan).empty());
  EXPECT_TRUE(MissingToAdvance(empty, PdsaPhase::kDone).empty());
}

TEST(PdsaCycleTest, OnlyAnAdoptedOrAdaptedFinishedCycleContinues) {
  PdsaCycle cycle;
  cycle.content = CompletePlan();
  cycle.content.decision = PdsaDecision::kAdapt;
  cycle.phase = PdsaPhase::kAct;
  EXPECT_FALSE(CheckMayContinue(cycle)) << "not finished yet";
  cycle.phase = PdsaPhase::kDone;
  EXPECT_TRUE(CheckMayContinue(cycle));
  cycle.content.decision = PdsaDecision::kAdopt;
  EXPECT_TRUE(CheckMayContinue(cycle));
  cycle.content.decision = PdsaDecision::kAbandon;
  auto r = CheckMayContinue(cycle);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().key, "error.pdsa.next_needs_decision");
}

TEST(PdsaCycleTest, TheNextCycleCarriesTheIdeaAndTheNextStepForward) {
  PdsaContent done = CompletePlan();
  done.measure_ids = {7, 9};
  done.as_planned = AsPlanned::kYes;
  done.observations = "Gick bra";
  done.result = "Som förutsagt";
  done.learning = "Bokningen är nyckeln";
  done.decision = PdsaDecision::kAdapt;
  done.next_step = "Testa med bokning redan på sjukhuset";
  PdsaContent next = ContinuedContent(done);
  EXPECT_EQ(next.title, done.title);
  EXPECT_EQ(next.question, done.next_step);
  EXPECT_EQ(next.measure_ids, done.measure_ids);
  EXPECT_EQ(next.who, done.who);
  EXPECT_TRUE(next.prediction.empty()) << "a new test needs a new prediction";
  EXPECT_TRUE(next.start_date.empty());
  EXPECT_TRUE(next.learning.empty());
  EXPECT_EQ(next.decision, PdsaDecision::kNone);
  EXPECT_EQ(FieldOf(ValidatePdsaContent(next, PdsaPhase::kPlan)), "ok");
}

}  // namespace
}  // namespace stegvis::domain
