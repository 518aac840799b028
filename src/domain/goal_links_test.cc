// Links from the improvement work to the goals catalogue (domain/goal_links.h): whoever may
// change a programme, project, aim or measure sets its goals, whoever may see it sees them;
// only the organisation's own active entries are linked, a retired one stays where it was;
// a stale form says who changed the links first; each change is audited on the object.

#include "domain/goal_links.h"

#include <gtest/gtest.h>

#include "domain/goals.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class GoalLinksTest : public DomainTest {
 protected:
  GoalLinksTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    policy4_ = Goal(solvik_, GoalFamily::kPolicy, "4");
    cemr9_ = Goal(solvik_, GoalFamily::kCemr, "9");
  }
  Id Goal(const Municipality& m, GoalFamily family, const std::string& code) {
    for (const GoalEntry& e : Ok(ListGoalCatalogue(store_, m.admin))) {
      if (e.family == family && e.code == code) return e.id;
    }
    throw std::runtime_error("no entry " + code);
  }
  core::Result<void> Set(const Principal& by, GoalObject object, Id id, std::vector<Id> goals,
                         std::optional<std::vector<Id>> base = std::nullopt) {
    return SetGoalLinks(store_, clock_, by, As(by), object, id, std::move(goals), std::move(base));
  }
  std::vector<Id> Linked(GoalObject object, Id id) {
    std::vector<Id> ids;
    for (const GoalEntry& e : Ok(LoadGoalLinks(store_, solvik_.admin, object, id)).linked) {
      ids.push_back(e.id);
    }
    return ids;
  }
  void Retire(Id goal) {
    GoalEntry e = Ok(LoadGoalEntry(store_, solvik_.admin, goal));
    e.retired = true;
    Ok(ChangeGoalEntry(store_, clock_, solvik_.admin, As(solvik_.admin), e));
  }
  static bool Offers(const GoalLinkSet& set, Id goal) {
    for (const GoalEntry& e : set.choices) {
      if (e.id == goal) return true;
    }
    return false;
  }

  Id project_ = 0, policy4_ = 0, cemr9_ = 0;
};

TEST_F(GoalLinksTest, TheTeamLinksItsProjectAndTheTrailNamesTheGoals) {
  Ok(Set(solvik_.member, GoalObject::kProject, project_, {cemr9_, policy4_, cemr9_}));
  EXPECT_EQ(Linked(GoalObject::kProject, project_).size(), 2u) << "each goal once";
  AuditEvent e = LastEvent("project", project_);
  EXPECT_EQ(e.action, "goal_links");
  EXPECT_EQ(e.actor, "team@solvik.example");
  EXPECT_EQ(AuditValue(e.before_json, "goals"), "");
  const std::string after = AuditValue(e.after_json, "goals");
  EXPECT_NE(after.find("policy 4"), std::string::npos) << after;
  EXPECT_NE(after.find("cemr 9"), std::string::npos) << after;

  const std::size_t events = Trail("project", project_).size();
  Ok(Set(solvik_.member, GoalObject::kProject, project_, {policy4_, cemr9_}));
  EXPECT_EQ(Trail("project", project_).size(), events) << "the same goals again change nothing";
}

TEST_F(GoalLinksTest, TheAimAndTheMeasureHaveLinksOfTheirOwn) {
  const Id measure = MakeMeasure(solvik_.member, project_, "Nöjda med tiden");
  Ok(Set(solvik_.member, GoalObject::kAim, project_, {policy4_}));
  Ok(Set(solvik_.member, GoalObject::kMeasure, measure, {cemr9_}));
  EXPECT_TRUE(Linked(GoalObject::kProject, project_).empty());
  EXPECT_EQ(Linked(GoalObject::kAim, project_), std::vector<Id>{policy4_});
  EXPECT_EQ(Linked(GoalObject::kMeasure, measure), std::vector<Id>{cemr9_});
  EXPECT_EQ(AuditValue(LastEvent("project", project_).after_json, "aim_goals"), "policy 4");
  EXPECT_EQ(AuditValue(LastEvent("measure", measure).after_json, "goals"), "cemr 9");
}

TEST_F(GoalLinksTest, ReadersSeeTheLinksOnlyTheTeamsWritersChangeThem) {
  Ok(Set(solvik_.member, GoalObject::kProject, project_, {policy4_}));
  GoalLinkSet seen = Ok(LoadGoalLinks(store_, solvik_.politiker, GoalObject::kProject, project_));
  EXPECT_EQ(seen.linked.size(), 1u);
  EXPECT_FALSE(seen.may_change);
  EXPECT_TRUE(Ok(LoadGoalLinks(store_, solvik_.chef, GoalObject::kProject, project_)).may_change);
  EXPECT_TRUE(IsForbidden(Set(solvik_.politiker, GoalObject::kProject, project_, {cemr9_})));
  EXPECT_TRUE(IsForbidden(Set(solvik_.school_member, GoalObject::kProject, project_, {cemr9_})));
  EXPECT_TRUE(
      IsForbidden(LoadGoalLinks(store_, solvik_.school_member, GoalObject::kProject, project_)));
  EXPECT_TRUE(IsNotFound(LoadGoalLinks(store_, norrby_.admin, GoalObject::kProject, project_)));
  EXPECT_TRUE(IsNotFound(Set(norrby_.admin, GoalObject::kProject, project_, {})));
  EXPECT_TRUE(IsNotFound(LoadGoalLinks(store_, solvik_.admin, GoalObject::kMeasure, 999)));
  EXPECT_EQ(Linked(GoalObject::kProject, project_), std::vector<Id>{policy4_});
}

TEST_F(GoalLinksTest, OnlyTheOrganisationsOwnEntriesAreLinked) {
  const Id norrbys = Goal(norrby_, GoalFamily::kPolicy, "4");
  EXPECT_TRUE(IsInvalid(Set(solvik_.member, GoalObject::kProject, project_, {policy4_, norrbys}),
                        "goals", "goals.error.unknown_goal"));
  EXPECT_TRUE(IsInvalid(Set(solvik_.member, GoalObject::kProject, project_, {999999}), "goals",
                        "goals.error.unknown_goal"));
  EXPECT_TRUE(Linked(GoalObject::kProject, project_).empty()) << "all or nothing";
}

TEST_F(GoalLinksTest, ARetiredEntryStaysLinkedButIsNotOfferedForNewLinks) {
  const Id other = MakeProject(solvik_.member, solvik_.team, "Annat projekt");
  Ok(Set(solvik_.member, GoalObject::kProject, project_, {policy4_}));
  Retire(policy4_);

  GoalLinkSet kept = Ok(LoadGoalLinks(store_, solvik_.member, GoalObject::kProject, project_));
  ASSERT_EQ(kept.linked.size(), 1u);
  EXPECT_TRUE(kept.linked[0].retired);
  EXPECT_TRUE(Offers(kept, policy4_)) << "where it is linked, the form keeps it";
  // Keeping a retired link while adding another.
  Ok(Set(solvik_.member, GoalObject::kProject, project_, {policy4_, cemr9_}));

  EXPECT_FALSE(
      Offers(Ok(LoadGoalLinks(store_, solvik_.member, GoalObject::kProject, other)), policy4_));
  EXPECT_TRUE(IsInvalid(Set(solvik_.member, GoalObject::kProject, other, {policy4_}), "goals",
                        "goals.error.retired"));
  EXPECT_TRUE(Linked(GoalObject::kProject, other).empty());
}

TEST_F(GoalLinksTest, AStaleFormSaysWhoChangedTheLinksFirstAndWhen) {
  clock_.Advance(200);
  Ok(Set(solvik_.chef, GoalObject::kProject, project_, {policy4_}, std::vector<Id>{}));
  EXPECT_TRUE(
      IsChangedBy(Set(solvik_.member, GoalObject::kProject, project_, {cemr9_}, std::vector<Id>{}),
                  "chef@solvik.example", kTestNow + 200));
  EXPECT_EQ(Linked(GoalObject::kProject, project_), std::vector<Id>{policy4_});
  // A form that saw the chef's links.
  Ok(Set(solvik_.member, GoalObject::kProject, project_, {cemr9_}, std::vector<Id>{policy4_}));
  EXPECT_EQ(Linked(GoalObject::kProject, project_), std::vector<Id>{cemr9_});
}

TEST_F(GoalLinksTest, AProgrammesGoalsAreSetByThoseWhoRunItAndSeenByThoseTakingPart) {
  const Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  Ok(Set(solvik_.strateg, GoalObject::kProgramme, programme, {cemr9_}));
  EXPECT_EQ(AuditValue(LastEvent("programme", programme).after_json, "goals"), "cemr 9");
  EXPECT_TRUE(IsForbidden(Set(solvik_.member, GoalObject::kProgramme, programme, {policy4_})));
  EXPECT_FALSE(
      Ok(LoadGoalLinks(store_, solvik_.member, GoalObject::kProgramme, programme)).may_change);
  EXPECT_TRUE(IsNotFound(LoadGoalLinks(store_, norrby_.member, GoalObject::kProgramme, programme)));
  JoinFromElsewhere(programme, norrby_.team);
  GoalLinkSet seen = Ok(LoadGoalLinks(store_, norrby_.member, GoalObject::kProgramme, programme));
  ASSERT_EQ(seen.linked.size(), 1u);
  EXPECT_EQ(seen.linked[0].id, cemr9_) << "the host's catalogue";
  EXPECT_TRUE(IsForbidden(Set(norrby_.admin, GoalObject::kProgramme, programme, {})))
      << "taking part is not running it";
}

TEST(GoalReferenceTest, AnEntryIsNamedByFamilyAndCode) {
  GoalEntry e;
  e.family = GoalFamily::kSdg;
  e.code = "5.4";
  EXPECT_EQ(GoalReference(e), "sdg 5.4");
  for (GoalObject object : kGoalObjects) {
    EXPECT_EQ(ParseGoalObject(GoalObjectName(object)), object);
  }
  EXPECT_FALSE(ParseGoalObject("team"));
}

}  // namespace
}  // namespace stegvis::domain
