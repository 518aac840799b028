// Setting a programme up (domain/programme_setup.h): those who run it edit, close and reopen
// it and move and remove its calendar entries; every refusal names what is wrong, a stale save
// names who saved in between, and each change leaves one audit entry.

#include "domain/programme_setup.h"

#include <gtest/gtest.h>

#include "domain/goal_links.h"
#include "domain/pdsa_cycles.h"
#include "domain/programmes.h"
#include "domain/testing/domain_test_fixture.h"
#include "domain/testing/interleaving_store.h"

namespace stegvis::domain {
namespace {

class ProgrammeSetupTest : public DomainTest {
 protected:
  ProgrammeSetupTest() {
    Programme p;
    p.name = "Jämställd hemtjänst";
    p.theme = "Inflytande";
    p.aim = "Kvinnor och män har lika stort inflytande";
    p.starts_on = "2026-01-01";
    p.ends_on = "2026-12-31";
    id_ = Ok(AddProgramme(store_, clock_, solvik_.strateg, As(solvik_.strateg), p,
                          {{0, 0, ProgrammeEventKind::kLearningSession, "Lärandeseminarium 1",
                            "2026-01-20", "2026-01-20"}}));
  }
  Programme Loaded(const Principal& by) { return Ok(LoadProgramme(store_, by, id_)).programme; }
  std::vector<ProgrammeEvent> Events() {
    return Ok(LoadProgramme(store_, solvik_.member, id_)).events;
  }
  core::Result<Programme> Change(const Principal& by, const Programme& p) {
    return ChangeProgramme(store_, clock_, by, As(by), p);
  }
  core::Result<void> Move(const Principal& by, ProgrammeEvent e) {
    return MoveProgrammeEvent(store_, clock_, by, As(by), id_, std::move(e));
  }
  static bool HasError(const std::vector<core::Error>& errors, const std::string& field,
                       const std::string& key) {
    for (const core::Error& e : errors) {
      if (e.field == field) return e.key == key;
    }
    return false;
  }
  Id id_ = 0;
};

TEST_F(ProgrammeSetupTest, ACalendarChangeKeepsWhatAnotherChangedMeanwhile) {
  const Id event = Events().front().id;
  InterleavingStore store(store_, [&](StoreTx& tx) {
    ProgrammeEvent renamed = *tx.Programmes().FindEvent(id_, event);
    renamed.title = "Uppstartsdag";
    tx.Programmes().UpdateEvent(renamed);
  });
  const ProgrammeEvent moved =
      Ok(MoveProgrammeEvent(store, clock_, solvik_.strateg, As(solvik_.strateg), id_, event,
                            {.starts_on = "2026-01-27", .ends_on = "2026-01-27"}));
  EXPECT_EQ(moved.title, "Uppstartsdag") << "the other change is kept";
  EXPECT_EQ(Events().front().title, "Uppstartsdag");
  EXPECT_EQ(Events().front().starts_on, "2026-01-27");
  EXPECT_TRUE(IsInvalid(MoveProgrammeEvent(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                           id_, event, {.starts_on = "2026-02-10"}),
                        "ends_on", "error.ends_before_start"))
      << "the stored end is kept, and it is now before the start";
  EXPECT_TRUE(IsNotFound(MoveProgrammeEvent(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                            id_, event + 1000, {.title = "x"})));
}

TEST_F(ProgrammeSetupTest, TheStrategistEditsEveryFieldAndTheTrailKeepsBeforeAndAfter) {
  Programme p = Loaded(solvik_.strateg);
  p.name = "Jämställd hemtjänst 2027";
  p.theme = "Trygghet";
  p.aim = "Lika många kvinnor som män känner sig trygga";
  p.starts_on = "2026-02-01";
  p.ends_on = "2027-06-30";
  p.host_unit_id = solvik_.care;
  Programme saved = Ok(Change(solvik_.strateg, p));
  EXPECT_EQ(saved.version, 2);
  Programme now = Loaded(solvik_.member);
  EXPECT_EQ(now.name, "Jämställd hemtjänst 2027");
  EXPECT_EQ(now.ends_on, "2027-06-30");
  EXPECT_EQ(now.host_unit_id, std::optional<Id>(solvik_.care));
  AuditEvent e = LastEvent("programme", id_);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "theme"), "Inflytande");
  EXPECT_EQ(AuditValue(e.after_json, "theme"), "Trygghet");
}

TEST_F(ProgrammeSetupTest, EveryWrongFieldIsNamedAtOnce) {
  Programme p = Loaded(solvik_.strateg);
  p.name = " ";
  p.theme = std::string(kProgrammeThemeMax + 1, 'x');
  p.aim = std::string(kProgrammeAimMax + 1, 'x');
  p.starts_on = "2026-02-30";
  p.ends_on = "31/12";
  std::vector<core::Error> errors = ProgrammeErrors(p);
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_TRUE(HasError(errors, "name", "error.required"));
  EXPECT_TRUE(HasError(errors, "theme", "error.too_long"));
  EXPECT_TRUE(HasError(errors, "aim", "error.too_long"));
  EXPECT_TRUE(HasError(errors, "starts_on", "error.bad_date"));
  EXPECT_TRUE(HasError(errors, "ends_on", "error.bad_date"));
  EXPECT_TRUE(IsInvalid(Change(solvik_.strateg, p), "name", "error.required"));
  p = Loaded(solvik_.strateg);
  p.ends_on = "2025-12-31";
  EXPECT_TRUE(IsInvalid(Change(solvik_.strateg, p), "ends_on", "error.ends_before_start"));
  p = Loaded(solvik_.strateg);
  p.host_unit_id = norrby_.care;
  EXPECT_TRUE(IsInvalid(Change(solvik_.strateg, p), "host_unit_id", "error.unknown_unit"));
  EXPECT_EQ(Loaded(solvik_.member).version, 1) << "nothing refused was saved";
}

TEST_F(ProgrammeSetupTest, AStaleSaveNamesWhoSavedInBetweenByName) {
  Programme mine = Loaded(solvik_.strateg);
  Programme theirs = mine;
  theirs.theme = "Adminens tema";
  clock_.Advance(30);
  Ok(Change(solvik_.admin, theirs));
  mine.theme = "Mitt tema";
  EXPECT_TRUE(
      IsChangedBy(Change(solvik_.strateg, mine), solvik_.admin.user.display_name, kTestNow + 30));
  EXPECT_EQ(Loaded(solvik_.member).theme, "Adminens tema");
}

TEST_F(ProgrammeSetupTest, OnlyThoseWhoRunTheProgrammeChangeIt) {
  Programme p = Loaded(solvik_.strateg);
  p.name = "Kapat";
  for (const Principal* by : {&solvik_.chef, &solvik_.member, &solvik_.politiker}) {
    EXPECT_TRUE(IsForbidden(Change(*by, p))) << by->user.email;
    EXPECT_TRUE(IsForbidden(SetProgrammeClosed(store_, clock_, *by, As(*by), id_, 1, true)));
    EXPECT_TRUE(
        IsForbidden(RemoveProgrammeEvent(store_, clock_, *by, As(*by), id_, Events().front().id)));
  }
  EXPECT_TRUE(IsNotFound(Change(norrby_.admin, p))) << "another organisation's programme";
  EXPECT_EQ(Loaded(solvik_.member).name, "Jämställd hemtjänst");
}

TEST_F(ProgrammeSetupTest, AClosedProgrammeIsReadOnlyUntilItIsReopened) {
  Programme closed =
      Ok(SetProgrammeClosed(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_, 1, true));
  EXPECT_TRUE(closed.closed);
  EXPECT_EQ(LastEvent("programme", id_).action, "close");
  EXPECT_TRUE(Loaded(solvik_.member).closed);
  Programme p = Loaded(solvik_.strateg);
  p.name = "Ändrat";
  auto refused = Change(solvik_.strateg, p);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().key, "error.programme.closed");
  EXPECT_FALSE(
      AddProgrammeEventTo(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_,
                          {0, 0, ProgrammeEventKind::kLearningSession, "Nytt", "2026-05-01", ""}));
  EXPECT_FALSE(
      AddTeamToProgramme(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_, solvik_.team));
  EXPECT_FALSE(RemoveProgrammeEvent(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_,
                                    Events().front().id));
  // Its change package and its goals are part of it: read-only too.
  auto idea =
      AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_, "Ny idé", "");
  ASSERT_FALSE(idea);
  EXPECT_EQ(idea.error().key, "error.programme.closed");
  auto goals = SetGoalLinks(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                            GoalObject::kProgramme, id_, {}, std::nullopt);
  ASSERT_FALSE(goals);
  EXPECT_EQ(goals.error().key, "error.programme.closed");
  EXPECT_FALSE(Ok(LoadGoalLinks(store_, solvik_.strateg, GoalObject::kProgramme, id_)).may_change)
      << "the page offers no goal form for a closed programme";
  EXPECT_TRUE(IsChangedBy(
      SetProgrammeClosed(store_, clock_, solvik_.admin, As(solvik_.admin), id_, 1, false),
      solvik_.strateg.user.display_name, kTestNow));
  Programme reopened =
      Ok(SetProgrammeClosed(store_, clock_, solvik_.admin, As(solvik_.admin), id_, 2, false));
  EXPECT_FALSE(reopened.closed);
  EXPECT_EQ(LastEvent("programme", id_).action, "reopen");
  p.version = reopened.version;
  EXPECT_TRUE(Change(solvik_.strateg, p));
  EXPECT_TRUE(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_,
                                   "Ny idé", ""));
}

TEST_F(ProgrammeSetupTest, ACalendarEntryIsMovedWithinThePeriodAndRemoved) {
  ProgrammeEvent e = Events().front();
  e.kind = ProgrammeEventKind::kActionPeriod;
  e.title = "Arbetsperiod 1";
  e.starts_on = "2026-02-01";
  e.ends_on = "2026-03-31";
  Ok(Move(solvik_.strateg, e));
  ASSERT_EQ(Events().size(), 1u);
  EXPECT_EQ(Events().front().title, "Arbetsperiod 1");
  EXPECT_EQ(Events().front().kind, ProgrammeEventKind::kActionPeriod);
  AuditEvent moved = LastEvent("programme", id_);
  EXPECT_EQ(moved.action, "event_moved");
  EXPECT_EQ(AuditValue(moved.before_json, "starts_on"), "2026-01-20");
  EXPECT_EQ(AuditValue(moved.after_json, "starts_on"), "2026-02-01");

  Ok(RemoveProgrammeEvent(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_, e.id));
  EXPECT_TRUE(Events().empty());
  EXPECT_EQ(LastEvent("programme", id_).action, "event_removed");
  EXPECT_EQ(AuditValue(LastEvent("programme", id_).before_json, "title"), "Arbetsperiod 1");
  EXPECT_TRUE(IsNotFound(
      RemoveProgrammeEvent(store_, clock_, solvik_.strateg, As(solvik_.strateg), id_, e.id)));
  EXPECT_TRUE(IsNotFound(Move(solvik_.strateg, e)));
}

TEST_F(ProgrammeSetupTest, AnEntryOutsideThePeriodOrAnEmptyActionPeriodIsRefused) {
  Programme p = Loaded(solvik_.member);
  ProgrammeEvent e = Events().front();
  e.kind = ProgrammeEventKind::kActionPeriod;
  e.ends_on = e.starts_on;
  EXPECT_TRUE(
      IsInvalid(Move(solvik_.strateg, e), "ends_on", "error.programme.period_ends_too_soon"));
  e.starts_on = "2025-12-01";
  e.ends_on = "2026-02-01";
  EXPECT_TRUE(IsInvalid(Move(solvik_.strateg, e), "starts_on", "error.programme.outside_period"));
  e.starts_on = "2026-12-01";
  e.ends_on = "2027-01-31";
  EXPECT_TRUE(IsInvalid(Move(solvik_.strateg, e), "ends_on", "error.programme.outside_period"));
  e.title = "";
  e.starts_on = "1 mars";
  e.ends_on = "";
  std::vector<core::Error> errors = ProgrammeEventErrors(e, p);
  EXPECT_EQ(errors.size(), 2u);
  EXPECT_TRUE(HasError(errors, "title", "error.required"));
  EXPECT_TRUE(HasError(errors, "starts_on", "error.bad_date"));
  EXPECT_EQ(Events().front().starts_on, "2026-01-20") << "nothing refused was saved";
}

}  // namespace
}  // namespace stegvis::domain
