// The audit trail (domain/audit.h): every change is recorded with who, from where and the
// values before and after; an object's history is read by the rule of the object's own page;
// the whole trail of the organisation is the admin's, and nobody reads another organisation's.

#include "domain/audit.h"

#include <gtest/gtest.h>

#include "domain/goals.h"
#include "domain/reflection_note.h"
#include "domain/self_assessment.h"
#include "domain/sessions.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class AuditTest : public DomainTest {
 protected:
  AuditTest() { project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv"); }
  core::Result<std::vector<AuditEvent>> History(const Principal& p, std::string_view type, Id id) {
    return LoadHistory(store_, p, type, id);
  }

  Id project_ = 0;
};

TEST_F(AuditTest, AnEventRecordsWhoFromWhereWhenAndTheValues) {
  AuditEvent e = LastEvent("project", project_);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(e.actor, "team@solvik.example");
  EXPECT_EQ(e.actor_user_id, solvik_.member.user.id);
  EXPECT_EQ(e.organisation_id, solvik_.id);
  EXPECT_EQ(e.remote_address, kTestAddress);
  EXPECT_EQ(e.at, kTestNow);
  EXPECT_EQ(AuditValue(e.after_json, "title"), "Välj tid själv");
  EXPECT_EQ(e.before_json, "");
}

TEST_F(AuditTest, AnEventWithoutAnOrganisationOfItsOwnIsTheActors) {
  Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
    RecordAudit(tx, Cli(norrby_.id), kTestNow + 5, "export", "organisation", norrby_.id, "", "");
    return true;
  }));
  AuditEvent e = LastEvent("organisation", norrby_.id);
  EXPECT_EQ(e.organisation_id, norrby_.id);
  EXPECT_EQ(e.actor, "cli");
  EXPECT_FALSE(e.actor_user_id);
}

TEST_F(AuditTest, AProjectsHistoryIsReadByThoseWhoReadTheTeamsWork) {
  const std::size_t events = Trail("project", project_).size();
  EXPECT_EQ(Ok(History(solvik_.member, "project", project_)).size(), events);
  EXPECT_EQ(Ok(History(solvik_.politiker, "project", project_)).size(), events);
  EXPECT_TRUE(IsForbidden(History(solvik_.school_member, "project", project_)));
  EXPECT_TRUE(IsNotFound(History(norrby_.admin, "project", project_)));
  EXPECT_TRUE(IsNotFound(History(solvik_.admin, "project", 999)));
  EXPECT_TRUE(IsNotFound(History(solvik_.admin, "spaceship", project_))) << "an unknown kind";
}

TEST_F(AuditTest, AUsersHistoryIsTheAdminsOnly) {
  const Id user = solvik_.member.user.id;
  EXPECT_FALSE(Ok(History(solvik_.admin, "user", user)).empty()) << "the role given";
  EXPECT_TRUE(IsForbidden(History(solvik_.strateg, "user", user)));
  EXPECT_TRUE(IsForbidden(History(solvik_.member, "user", user))) << "not even one's own";
  EXPECT_TRUE(IsNotFound(History(norrby_.admin, "user", user)));
}

TEST_F(AuditTest, AMeasuresAndItsNotesHistoryFollowTheMeasure) {
  const Id measure = MakeMeasure(solvik_.member, project_, "Nöjda med tiden");
  for (std::string_view type : {"measure", "gender_note"}) {
    EXPECT_TRUE(History(solvik_.politiker, type, measure)) << type;
    EXPECT_TRUE(IsForbidden(History(solvik_.school_chef, type, measure))) << type;
    EXPECT_TRUE(IsNotFound(History(norrby_.admin, type, measure))) << type;
  }
}

TEST_F(AuditTest, AGoalsHistoryIsReadByTheWholeOrganisation) {
  GoalEntry entry = Ok(ListGoalCatalogue(store_, solvik_.admin)).front();
  entry.title_en += " (corrected)";
  Ok(ChangeGoalEntry(store_, clock_, solvik_.admin, As(solvik_.admin), entry));
  EXPECT_EQ(Ok(History(solvik_.member, "goal", entry.id)).size(), 1u);
  EXPECT_TRUE(IsNotFound(History(norrby_.admin, "goal", entry.id)));
}

TEST_F(AuditTest, AProgrammesHistoryIsReadByEveryOrganisationTakingPart) {
  const Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  EXPECT_FALSE(Ok(History(solvik_.member, "programme", programme)).empty());
  EXPECT_TRUE(IsNotFound(History(norrby_.admin, "programme", programme)));
  JoinFromElsewhere(programme, norrby_.team);
  EXPECT_FALSE(Ok(History(norrby_.member, "programme", programme)).empty());
}

TEST_F(AuditTest, AProgrammesHistoryNamesTheHostsStaffToOtherOrganisations) {
  const Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  JoinFromElsewhere(programme, norrby_.team);
  std::vector<AuditEvent> in_norrby = Ok(History(norrby_.member, "programme", programme));
  int by_host = 0;
  for (const AuditEvent& e : in_norrby) {
    if (e.actor_user_id != solvik_.strateg.user.id) continue;
    ++by_host;
    EXPECT_EQ(e.actor, "Sara Lindqvist") << e.action;
    EXPECT_EQ(e.remote_address, "") << e.action;
  }
  EXPECT_GT(by_host, 0);
  std::vector<AuditEvent> in_solvik = Ok(History(solvik_.member, "programme", programme));
  ASSERT_FALSE(in_solvik.empty());
  EXPECT_EQ(in_solvik[0].actor, "strateg@solvik.example") << "the host's own staff see e-mails";
}

TEST_F(AuditTest, TheManagementsRecordsHistoryIsTheManagements) {
  ReflectionNote note;
  note.held_on = "2027-01-12";
  note.title = "Reflektion";
  note.text = "Text";
  note.unit_ids = {solvik_.home_care};
  const Id note_id = Ok(CreateReflectionNote(store_, clock_, solvik_.chef, As(solvik_.chef), note));
  EXPECT_EQ(Ok(History(solvik_.chef, "reflection_note", note_id)).size(), 1u);
  EXPECT_TRUE(IsForbidden(History(solvik_.member, "reflection_note", note_id)));
  EXPECT_TRUE(IsForbidden(History(solvik_.politiker, "reflection_note", note_id)));
  EXPECT_TRUE(IsForbidden(History(solvik_.school_chef, "reflection_note", note_id)));

  SelfAssessment a;
  a.assessed_on = "2027-01-14";
  a.scores = {{"step_1", 2, ""}};
  const Id assessment = Ok(
      RecordSelfAssessment(store_, clock_, solvik_.chef, As(solvik_.chef), solvik_.home_care, a));
  EXPECT_EQ(Ok(History(solvik_.politiker, "self_assessment", assessment)).size(), 1u);
  EXPECT_TRUE(IsForbidden(History(solvik_.member, "self_assessment", assessment)));
  EXPECT_TRUE(IsNotFound(History(norrby_.admin, "self_assessment", assessment)));
}

TEST_F(AuditTest, TheWholeTrailIsTheAdminsAndHoldsOnlyTheirOrganisation) {
  // Failed logins from elsewhere: Norrby's account, and an email nobody has (no organisation).
  EXPECT_FALSE(Login(store_, clock_, "team@norrby.example", "wrong password!", "192.0.2.61"));
  EXPECT_FALSE(Login(store_, clock_, "nobody@norrby.example", "wrong password!", "192.0.2.62"));
  std::vector<AuditEvent> all = Ok(LoadAuditTrail(store_, solvik_.admin));
  ASSERT_FALSE(all.empty());
  bool saw_project = false;
  for (const AuditEvent& e : all) {
    EXPECT_EQ(e.organisation_id, solvik_.id) << e.object_type << " " << e.action;
    EXPECT_NE(e.actor, "nobody@norrby.example");
    saw_project = saw_project || (e.object_type == "project" && e.object_id == project_);
  }
  EXPECT_TRUE(saw_project);
  for (const Principal* p : {&solvik_.strateg, &solvik_.chef, &solvik_.politiker}) {
    EXPECT_TRUE(IsForbidden(LoadAuditTrail(store_, *p))) << p->user.email;
  }
}

}  // namespace
}  // namespace stegvis::domain
