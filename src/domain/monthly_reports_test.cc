// Teams' monthly reports (domain/monthly_reports.h): pre-filled from the month's cycles,
// measures and progress score; saved with a version check, submitted once, audited; read by
// the host for a guest team but written only by the team; late and missing ones counted.

#include "domain/monthly_reports.h"

#include <gtest/gtest.h>

#include "domain/observation_grid.h"
#include "domain/testing/domain_test_fixture.h"
#include "domain/what_needs_me.h"

namespace stegvis::domain {
namespace {

TEST(PrefilledReportTest, ALongPrefillIsCutToTheLimitBetweenCharacters) {
  std::vector<PdsaCycle> cycles(20);
  for (PdsaCycle& c : cycles) {
    for (int i = 0; i < 200; ++i) c.content.title += "å";
  }
  const MonthlyReport r = PrefilledReport(cycles);
  EXPECT_EQ(r.tested.size(), kMonthlyReportTextMax - 1);
  EXPECT_EQ(r.tested.substr(r.tested.size() - 2), "å") << "no half character at the end";
  EXPECT_TRUE(MonthlyReportErrors(r).empty());
}

class MonthlyReportsTest : public DomainTest {
 protected:
  MonthlyReportsTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Trygg hemtjänst");
    for (auto [kind, from, to] :
         {std::tuple{ProgrammeEventKind::kActionPeriod, "2026-11-01", "2026-12-31"},
          std::tuple{ProgrammeEventKind::kLearningSession, "2027-01-20", "2027-01-20"},
          std::tuple{ProgrammeEventKind::kActionPeriod, "2027-01-21", "2027-02-28"}}) {
      Id id = Ok(AddProgrammeEventTo(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                     programme_, {0, 0, kind, "Period", from, to}));
      if (kind == ProgrammeEventKind::kLearningSession) session_ = id;
    }
    Join(solvik_.strateg, programme_, solvik_.team);
    project_ = MakeProject(solvik_.member, solvik_.team, "Färre fall", programme_);
  }
  core::Result<MonthlyReport> Save(const Principal& by, const std::string& month,
                                   const std::string& support, std::int64_t version,
                                   bool submit = false, Id project = 0) {
    MonthlyReport texts;
    texts.tested = "Kvällsrutin";
    texts.support = support;
    texts.version = version;
    return SaveMonthlyReport(store_, clock_, by, As(by), project ? project : project_, month, texts,
                             submit);
  }
  Id programme_ = 0, session_ = 0, project_ = 0;
};

TEST_F(MonthlyReportsTest, ANewReportIsPrefilledFromTheMonthsCyclesMeasuresAndScore) {
  const Id idea = MakeIdea(solvik_.member, project_, "Kvällsrutin");
  PdsaContent plan = CompletePlan("Lampa vid sängen");
  plan.start_date = "2026-11-10";
  plan.end_date = "2026-11-30";
  const Id cycle =
      Ok(AddPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), project_, idea, plan));
  FinishCycle(solvik_.member, cycle);
  PdsaContent later = CompletePlan("Nattlarm");
  later.start_date = "2027-01-02";
  later.end_date = "2027-01-10";
  Ok(AddPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), project_, idea, later));
  const Id measure = MakeMeasure(solvik_.member, project_, "Fall per månad");
  Ok(SaveObservations(store_, clock_, solvik_.member, As(solvik_.member), measure, 0,
                      {{"2026-10", "women", "7", ""},
                       {"2026-11", "women", "5", ""},
                       {"2026-11", "men", "3", ""},
                       {"2026-12", "women", "2", ""}}));
  Ok(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), project_, 25, ""));

  MonthlyReportPage page =
      Ok(LoadMonthlyReport(store_, clock_, solvik_.member, project_, "2026-11"));
  EXPECT_EQ(page.report.version, 0);
  EXPECT_EQ(page.report.tested, "- Lampa vid sängen\n");
  EXPECT_EQ(page.report.learned, "Lampa vid sängen: Tiden betyder mest för kvinnorna\n");
  ASSERT_EQ(page.measures.size(), 1u);
  EXPECT_EQ(page.measures[0].period, "2026-11");
  ASSERT_EQ(page.measures[0].values.size(), 2u);
  EXPECT_EQ(page.measures[0].values[0].group, "women");  // the grid's order
  EXPECT_EQ(page.measures[0].values[1].group, "men");
  EXPECT_EQ(page.deadline, *core::Date::Parse("2026-12-05"));
  EXPECT_EQ(page.state, ReportState::kMissing);
  EXPECT_TRUE(page.may_edit);
  // The score was set on 2027-01-15: after November, so not November's.
  EXPECT_FALSE(page.progress);
  EXPECT_TRUE(Ok(LoadMonthlyReport(store_, clock_, solvik_.member, project_, "2027-01")).progress);
}

TEST_F(MonthlyReportsTest, SavingChecksTheVersionAndSubmittingIsOnceAndAudited) {
  MonthlyReport first = Ok(Save(solvik_.member, "2027-01", "Tid med chefen", 0));
  EXPECT_EQ(first.version, 1);
  EXPECT_EQ(LastEvent("monthly_report", first.id).action, "create");
  EXPECT_TRUE(Refused(Save(solvik_.chef, "2027-01", "Annat", 0), core::ErrorCode::kConflict,
                      "version", "error.changed_by"));
  MonthlyReport submitted = Ok(SubmitMonthlyReport(
      store_, clock_, solvik_.member, As(solvik_.member), project_, "2027-01", first.version));
  EXPECT_TRUE(submitted.submitted);
  EXPECT_EQ(submitted.support, "Tid med chefen");
  AuditEvent e = LastEvent("monthly_report", first.id);
  EXPECT_EQ(e.action, "submit");
  EXPECT_EQ(AuditValue(e.after_json, "submitted_by"), "team@solvik.example");
  EXPECT_TRUE(Refused(SubmitMonthlyReport(store_, clock_, solvik_.member, As(solvik_.member),
                                          project_, "2027-01", submitted.version),
                      core::ErrorCode::kConflict, "version", "error.monthly.submitted"));
  EXPECT_EQ(Ok(LoadMonthlyReport(store_, clock_, solvik_.member, project_, "2027-01")).state,
            ReportState::kSubmitted);
}

TEST_F(MonthlyReportsTest, OnlyMonthsOfTheActionPeriodsAndBoundedTextsAreAccepted) {
  EXPECT_TRUE(
      IsInvalid(Save(solvik_.member, "2026-10", "", 0), "month", "error.monthly.bad_month"));
  EXPECT_TRUE(
      IsInvalid(Save(solvik_.member, "2026-13", "", 0), "month", "error.monthly.bad_month"));
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, "2027-01", std::string(8001, 'x'), 0), "support",
                        "error.too_long"));
}

TEST_F(MonthlyReportsTest, ThoseWhoMayNotChangeTheTeamsWorkReadButDoNotWrite) {
  EXPECT_TRUE(IsForbidden(Save(solvik_.politiker, "2027-01", "", 0)));
  EXPECT_TRUE(IsNotFound(Save(norrby_.member, "2027-01", "", 0)));
  EXPECT_TRUE(IsNotFound(LoadMonthlyReport(store_, clock_, norrby_.admin, project_, "2027-01")));
  EXPECT_FALSE(
      Ok(LoadMonthlyReport(store_, clock_, solvik_.politiker, project_, "2027-01")).may_edit);
}

TEST_F(MonthlyReportsTest, TheHostReadsAGuestTeamsReportButCannotWriteIt) {
  JoinFromElsewhere(programme_, norrby_.team);
  Project p;
  p.title = "Gäst";
  p.team_id = norrby_.team;
  p.programme_id = programme_;
  const Id guest = Ok(store_.Write([&](StoreTx& tx) -> core::Result<Id> {
    p.organisation_id = norrby_.id;
    return tx.Projects().Create(p, clock_.NowUnixSeconds());
  }));
  Ok(Save(norrby_.member, "2027-01", "Handledning", 0, true, guest));
  MonthlyReportPage page = Ok(LoadMonthlyReport(store_, clock_, solvik_.strateg, guest, "2027-01"));
  EXPECT_TRUE(page.programme_work_only);
  EXPECT_EQ(page.report.support, "Handledning");
  EXPECT_FALSE(page.may_edit);
  EXPECT_TRUE(IsNotFound(LoadMonthlyReport(store_, clock_, solvik_.member, guest, "2027-01")));
  EXPECT_TRUE(IsNotFound(LoadMonthlyReport(store_, clock_, norrby_.member, project_, "2027-01")));
}

TEST_F(MonthlyReportsTest, TheProgrammeSeesLateAndMissingReports) {
  clock_.Advance(-40 * 86400);  // 2026-12-06: November's deadline has just passed
  Ok(Save(solvik_.member, "2026-11", "", 0, true));
  clock_.Advance(40 * 86400);
  ProgrammeReports grid = Ok(LoadProgrammeReports(store_, clock_, solvik_.strateg, programme_));
  EXPECT_EQ(grid.months, (std::vector<std::string>{"2026-11", "2026-12", "2027-01", "2027-02"}));
  ASSERT_EQ(grid.rows.size(), 1u);
  EXPECT_EQ(grid.rows[0].months[0].state, ReportState::kLate);
  EXPECT_EQ(grid.rows[0].months[1].state, ReportState::kMissing);
  EXPECT_EQ(grid.rows[0].months[2].state, ReportState::kNotDue);
  EXPECT_EQ(grid.missing, 1);
}

TEST_F(MonthlyReportsTest, TheLearningSessionCollectsTheSubmittedReportsOfThePeriodBefore) {
  Ok(Save(solvik_.member, "2026-12", "Mer tid", 0, true));
  Ok(Save(solvik_.member, "2026-11", "Utkast", 0));
  LearningSession s = Ok(LoadLearningSession(store_, solvik_.strateg, programme_, session_));
  ASSERT_TRUE(s.action_period);
  EXPECT_EQ(s.months, (std::vector<std::string>{"2026-11", "2026-12"}));
  ASSERT_EQ(s.rows.size(), 1u);
  ASSERT_EQ(s.rows[0].months.size(), 1u);
  EXPECT_EQ(s.rows[0].months[0].report->support, "Mer tid");
  EXPECT_EQ(s.dashboard.teams.size(), 1u);
  EXPECT_TRUE(IsNotFound(LoadLearningSession(store_, solvik_.strateg, programme_, 999)));
}

TEST_F(MonthlyReportsTest, TheTeamMemberSeesTheReportDueUntilItIsSubmitted) {
  auto due = [&] {
    return Stored([&](StoreTx& tx) {
      return LoadWhatNeedsMe(tx, solvik_.member, ListVisibleTeams(tx, solvik_.member),
                             core::Date::FromUnixSeconds(kTestNow))
          .reports_due;
    });
  };
  // December's deadline (2027-01-05) has passed: missing, no longer due; January's is ahead.
  std::vector<ReportDue> before = due();
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].month, "2027-01");
  EXPECT_EQ(before[0].deadline, "2027-02-05");
  EXPECT_EQ(before[0].project_title, "Färre fall");
  Ok(Save(solvik_.member, "2027-01", "", 0, true));
  EXPECT_TRUE(due().empty());
}

}  // namespace
}  // namespace stegvis::domain
