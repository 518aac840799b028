// E-mail reminders (domain/reminders.h): what is due, to whom, and each only once.

#include "domain/reminders.h"

#include <gtest/gtest.h>

#include "domain/monthly_reports.h"
#include "domain/reminder_settings.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class RemindersTest : public DomainTest {
 protected:
  RemindersTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Trygg hemtjänst");
    AddEvent(ProgrammeEventKind::kActionPeriod, "Arbetsperiod 1", "2026-11-01", "2026-12-31");
    session_ = AddEvent(ProgrammeEventKind::kLearningSession, "Lärandeseminarium 2", "2027-01-20",
                        "2027-01-20");
    AddEvent(ProgrammeEventKind::kActionPeriod, "Arbetsperiod 2", "2027-01-21", "2027-02-28");
    Join(solvik_.strateg, programme_, solvik_.team);
    project_ = MakeProject(solvik_.member, solvik_.team, "Färre fall", programme_);
  }

  Id AddEvent(ProgrammeEventKind kind, const std::string& title, const std::string& from,
              const std::string& to) {
    return Ok(AddProgrammeEventTo(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_,
                                  {0, 0, kind, title, from, to}),
              "AddProgrammeEventTo");
  }

  std::vector<PersonReminders> Take(const std::string& today) {
    return Stored([&](StoreTx& tx) {
      return TakeDueReminders(tx, *core::Date::Parse(today), clock_.NowUnixSeconds());
    });
  }

  // The reminders of `user` in `taken` (none when the user is not there).
  static std::vector<Reminder> Of(const std::vector<PersonReminders>& taken, Id user) {
    for (const PersonReminders& p : taken) {
      if (p.user.id == user) return p.reminders;
    }
    return {};
  }

  Id programme_ = 0, session_ = 0, project_ = 0;
};

TEST_F(RemindersTest, AReportDueWithinThreeDaysRemindsTheTeamOnce) {
  EXPECT_TRUE(Of(Take("2027-02-01"), solvik_.member.user.id).empty()) << "four days before";
  const std::vector<PersonReminders> taken = Take("2027-02-02");
  const std::vector<Reminder> member = Of(taken, solvik_.member.user.id);
  ASSERT_EQ(member.size(), 1u);
  EXPECT_EQ(member[0].kind, ReminderKind::kReportDue);
  EXPECT_EQ(member[0].project_id, project_);
  EXPECT_EQ(member[0].title, "Färre fall");
  EXPECT_EQ(member[0].context, "Trygg hemtjänst");
  EXPECT_EQ(member[0].month, "2027-01");
  EXPECT_EQ(member[0].when, "2027-02-05");
  EXPECT_TRUE(Of(taken, solvik_.strateg.user.id).empty()) << "only the team's members";
  EXPECT_TRUE(Take("2027-02-03").empty()) << "sent once";
}

TEST_F(RemindersTest, ASubmittedReportNeedsNoReminder) {
  Ok(SaveMonthlyReport(store_, clock_, solvik_.member, As(solvik_.member), project_, "2027-01",
                       MonthlyReport{}, true),
     "SaveMonthlyReport");
  EXPECT_TRUE(Of(Take("2027-02-03"), solvik_.member.user.id).empty());
}

TEST_F(RemindersTest, ASessionWithinAWeekRemindsEveryTeamOfTheProgrammeGuestsToo) {
  JoinFromElsewhere(programme_, norrby_.team);
  const std::vector<PersonReminders> taken = Take("2027-01-13");
  for (const Principal* p : {&solvik_.member, &norrby_.member}) {
    const std::vector<Reminder> r = Of(taken, p->user.id);
    ASSERT_EQ(r.size(), 1u) << p->user.email;
    EXPECT_EQ(r[0].kind, ReminderKind::kSessionSoon);
    EXPECT_EQ(r[0].programme_id, programme_);
    EXPECT_EQ(r[0].title, "Lärandeseminarium 2");
    EXPECT_EQ(r[0].context, "Trygg hemtjänst");
    EXPECT_EQ(r[0].when, "2027-01-20");
    EXPECT_EQ(r[0].key, "session:" + std::to_string(session_) + ":2027-01-20");
  }
  EXPECT_TRUE(Take("2027-01-12").empty()) << "already sent, even for a day before";
}

TEST_F(RemindersTest, NoSessionReminderMoreThanAWeekAhead) {
  EXPECT_TRUE(Take("2027-01-12").empty());
}

TEST_F(RemindersTest, AMeasureOfAnActiveProjectWithoutItsLastPeriodIsDue) {
  Project p = Ok(LoadProject(store_, solvik_.member, project_), "LoadProject").project;
  p.status = ProjectStatus::kActive;
  Ok(ChangeProject(store_, clock_, solvik_.member, As(solvik_.member), p), "ChangeProject");
  const Id measure = MakeMeasure(solvik_.member, project_, "Fall per månad");
  const std::vector<Reminder> r = Of(Take("2027-01-10"), solvik_.member.user.id);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].kind, ReminderKind::kDataDue);
  EXPECT_EQ(r[0].measure_id, measure);
  EXPECT_EQ(r[0].title, "Fall per månad");
  EXPECT_EQ(r[0].context, "Färre fall");
  EXPECT_EQ(r[0].when, "2026-12");
  EXPECT_TRUE(Take("2027-01-11").empty()) << "the same period is not asked for twice";
  EXPECT_EQ(Of(Take("2027-02-10"), solvik_.member.user.id).size(), 1u) << "the next month is";
}

TEST_F(RemindersTest, NobodyWhoTurnedRemindersOffOrIsNoLongerActive) {
  JoinFromElsewhere(programme_, norrby_.team);
  Ok(SetEmailReminders(store_, clock_, solvik_.member, false), "SetEmailReminders");
  Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
    tx.Users().SetActive(norrby_.member.user.id, false);
    return true;
  }));
  EXPECT_TRUE(Take("2027-01-13").empty());
  Ok(SetEmailReminders(store_, clock_, solvik_.member, true), "SetEmailReminders");
  EXPECT_EQ(Of(Take("2027-01-13"), solvik_.member.user.id).size(), 1u) << "on again";
}

TEST_F(RemindersTest, AClosedProgrammeRemindsOfNothing) {
  Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
    Programme p = *tx.Programmes().Find(programme_);
    p.closed = true;
    tx.Programmes().Update(p);
    return true;
  }));
  EXPECT_TRUE(Take("2027-01-13").empty());
  EXPECT_TRUE(Take("2027-02-03").empty());
}

}  // namespace
}  // namespace stegvis::domain
