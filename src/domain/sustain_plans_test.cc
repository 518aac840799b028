#include "domain/sustain_plans.h"

#include <cstdio>

#include <gtest/gtest.h>

#include "domain/home_page.h"
#include "domain/measures.h"
#include "domain/projects.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class SustainPlansTest : public DomainTest {
 protected:
  void SetUp() override {
    const Municipality& s = solvik_;
    project_ = MakeProject(s.member, s.team, "Färre fall");
    measure_ = MakeMeasure(s.member, project_, "Fall per månad", Grouping::kNone);
    SetStatus(ProjectStatus::kSustaining);
  }

  void SetStatus(ProjectStatus status) {
    Project p = Ok(LoadProject(store_, solvik_.admin, project_), "LoadProject").project;
    p.status = status;
    Ok(ChangeProject(store_, clock_, solvik_.admin, As(solvik_.admin), p), "ChangeProject");
  }

  SustainPlanInput Input(std::int64_t version = 0) const {
    SustainPlanInput in;
    in.owner_user_id = solvik_.member.user.id;
    in.standardised = "Checklista vid varje nattpass";
    in.measures = {{measure_, true, Frequency::kMonth}};
    in.review_dates = {"2027-03-01", "2026-12-01"};
    in.version = version;
    return in;
  }

  core::Result<void> Save(const Principal& by, const SustainPlanInput& in) {
    return SaveSustainPlan(store_, clock_, by, As(by), project_, in);
  }

  // Twenty months of falls: twelve around 5 (the frozen baseline), then eight around 9 —
  // more falls, the wrong way for a measure where lower is better.
  void EnterRisingFalls() {
    const char* values[] = {"5", "6", "4", "5",  "6", "5",  "4", "6",  "5", "5",
                            "4", "6", "9", "10", "9", "11", "9", "10", "9", "10"};
    Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
      std::vector<Observation> cells;
      for (int i = 0; i < 20; ++i) {
        char period[8];
        std::snprintf(period, sizeof period, "%d-%02d", 2025 + i / 12, i % 12 + 1);
        cells.push_back(Observation{measure_, period, "total", values[i], "", "", 1, "t"});
      }
      tx.Measures().InsertObservations(cells);
      std::optional<Measure> m = tx.Measures().Find(measure_);
      m->direction = Better::kDown;
      m->baseline_points = 12;
      tx.Measures().Update(*m);
      return true;
    }));
  }

  Id project_ = 0, measure_ = 0;
};

TEST_F(SustainPlansTest, ATeamMemberWritesThePlanAndReadsItBackWithReviewsByDate) {
  ASSERT_TRUE(Save(solvik_.member, Input()));
  SustainPlanPage page = Ok(LoadSustainPlan(store_, solvik_.member, project_));
  ASSERT_TRUE(page.plan);
  EXPECT_EQ(page.plan->owner_user_id, solvik_.member.user.id);
  EXPECT_EQ(page.plan->standardised, "Checklista vid varje nattpass");
  ASSERT_EQ(page.plan->reviews.size(), 2u);
  EXPECT_EQ(page.plan->reviews[0].due_on, "2026-12-01");
  ASSERT_EQ(page.measures.size(), 1u);
  EXPECT_TRUE(page.measures[0].choice.continues);
  EXPECT_FALSE(page.measures[0].baseline_frozen) << "the page offers to freeze it";
  EXPECT_EQ(LastEvent("sustain_plan", page.plan->id).action, "create");
}

TEST_F(SustainPlansTest, AStaleSaveIsRefusedAndKeptReviewsKeepTheirDoneMark) {
  ASSERT_TRUE(Save(solvik_.member, Input()));
  SustainPlan plan = *Ok(LoadSustainPlan(store_, solvik_.member, project_)).plan;
  ASSERT_TRUE(MarkSustainReviewDone(store_, clock_, solvik_.member, As(solvik_.member), project_,
                                    plan.reviews[0].id));
  EXPECT_TRUE(
      IsChangedBy(Save(solvik_.chef, Input(0)), solvik_.member.user.display_name, kTestNow));
  SustainPlanInput next = Input(1);
  next.review_dates = {"2026-12-01", "2027-06-01"};
  ASSERT_TRUE(Save(solvik_.chef, next));
  plan = *Ok(LoadSustainPlan(store_, solvik_.member, project_)).plan;
  EXPECT_EQ(plan.version, 2);
  ASSERT_EQ(plan.reviews.size(), 2u);
  EXPECT_EQ(plan.reviews[0].done_by, solvik_.member.user.email) << "who marked it done";
  EXPECT_EQ(plan.reviews[0].done_at, kTestNow);
  EXPECT_EQ(plan.reviews[1].due_on, "2027-06-01");
  EXPECT_EQ(plan.reviews[1].done_at, 0);
}

TEST_F(SustainPlansTest, TheOwnerMustBeAMemberOfTheTeamAndTheInputIsBounded) {
  SustainPlanInput in = Input();
  in.owner_user_id = solvik_.school_member.user.id;
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, in), "owner", "sustain.error.owner_not_member"));
  in = Input();
  in.review_dates = {"2027-02-30"};
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, in), "review_date", "error.bad_date"));
  in.review_dates = {"2027-03-01", "2027-03-01"};
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, in), "review_date", "sustain.error.repeated_review"));
  in.review_dates = {};
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, in), "reviews", "error.required"));
  in = Input();
  in.standardised = std::string(kMaxStandardised + 1, 'x');
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, in), "standardised", "error.too_long"));
  in = Input();
  in.measures = {{999, true, Frequency::kWeek}};
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, in), "measures", "sustain.error.measure"));
  SetStatus(ProjectStatus::kActive);
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, Input()), "status", "sustain.error.not_sustaining"));
  EXPECT_FALSE(Ok(LoadSustainPlan(store_, solvik_.member, project_)).plan) << "nothing saved";
}

TEST_F(SustainPlansTest, AnotherTeamCannotReadOrSaveAndAnotherOrganisationDoesNotFindIt) {
  ASSERT_TRUE(Save(solvik_.member, Input()));
  EXPECT_TRUE(IsForbidden(LoadSustainPlan(store_, solvik_.school_member, project_)));
  EXPECT_TRUE(IsForbidden(Save(solvik_.school_member, Input(1))));
  EXPECT_TRUE(IsForbidden(Save(solvik_.politiker, Input(1))));
  EXPECT_TRUE(IsNotFound(LoadSustainPlan(store_, norrby_.admin, project_)));
  EXPECT_TRUE(IsNotFound(
      MarkSustainReviewDone(store_, clock_, solvik_.member, As(solvik_.member), project_, 999)));
}

TEST_F(SustainPlansTest, AWrongWayShiftIsAnAlertForTheTeamAndTheChefOnTheirStartPage) {
  EnterRisingFalls();
  ASSERT_TRUE(Save(solvik_.member, Input()));
  SustainPlanPage page = Ok(LoadSustainPlan(store_, solvik_.member, project_));
  ASSERT_TRUE(page.measures[0].alert);
  EXPECT_EQ(page.measures[0].alert->period, "2026-08");
  const core::Date today = core::Date::FromUnixSeconds(kTestNow);  // 2027-01-15
  for (const Principal* who : {&solvik_.member, &solvik_.chef}) {
    HomePage home = Ok(LoadHomePage(store_, *who, today));
    ASSERT_EQ(home.needs.sustain.alerts.size(), 1u) << who->user.email;
    EXPECT_EQ(home.needs.sustain.alerts[0].project_title, "Färre fall");
  }
  HomePage other = Ok(LoadHomePage(store_, solvik_.school_chef, today));
  EXPECT_TRUE(other.needs.sustain.Empty()) << "a chef of other units sees nothing of it";
}

TEST_F(SustainPlansTest, TheOwnerSeesTheNextReviewAndTheChefAMissedOne) {
  ASSERT_TRUE(Save(solvik_.member, Input()));
  const core::Date today = core::Date::FromUnixSeconds(kTestNow);  // 2027-01-15
  HomePage owner = Ok(LoadHomePage(store_, solvik_.member, today));
  ASSERT_EQ(owner.needs.sustain.next_reviews.size(), 1u);
  EXPECT_EQ(owner.needs.sustain.next_reviews[0].due_on, "2026-12-01");
  EXPECT_TRUE(owner.needs.sustain.missed_reviews.empty()) << "missed reviews are the chef's";
  HomePage chef = Ok(LoadHomePage(store_, solvik_.chef, today));
  ASSERT_EQ(chef.needs.sustain.missed_reviews.size(), 1u);
  EXPECT_EQ(chef.needs.sustain.missed_reviews[0].due_on, "2026-12-01");
  EXPECT_TRUE(chef.needs.sustain.next_reviews.empty()) << "the chef does not own the plan";

  SustainPlan plan = *Ok(LoadSustainPlan(store_, solvik_.member, project_)).plan;
  ASSERT_TRUE(MarkSustainReviewDone(store_, clock_, solvik_.member, As(solvik_.member), project_,
                                    plan.reviews[0].id));
  EXPECT_EQ(LastEvent("sustain_plan", plan.id).action, "review_done");
  chef = Ok(LoadHomePage(store_, solvik_.chef, today));
  EXPECT_TRUE(chef.needs.sustain.missed_reviews.empty());
  owner = Ok(LoadHomePage(store_, solvik_.member, today));
  ASSERT_EQ(owner.needs.sustain.next_reviews.size(), 1u);
  EXPECT_EQ(owner.needs.sustain.next_reviews[0].due_on, "2027-03-01");
}

}  // namespace
}  // namespace stegvis::domain
