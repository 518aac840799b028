// The goals overview (domain/goal_overview.h). Its counting (pure): through links, each object
// once per goal, only what is in view, retired entries only while something counts for them.
// Loaded by a principal: over the teams they may see, optionally within one unit.

#include "domain/goal_overview.h"

#include <gtest/gtest.h>

#include "domain/goal_links.h"
#include "domain/goals.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

GoalEntry Entry(Id id, GoalFamily family, std::string group, std::string code) {
  GoalEntry e;
  e.id = id;
  e.family = family;
  e.group = std::move(group);
  e.code = std::move(code);
  e.title_sv = e.title_en = "Mål " + e.code;
  return e;
}

CoverageInput Input() {
  CoverageInput in;
  in.catalogue = {
      Entry(1, GoalFamily::kPolicy, "subgoal", "4"), Entry(2, GoalFamily::kCemr, "article", "9"),
      Entry(3, GoalFamily::kSdg, "target", "5.4"), Entry(4, GoalFamily::kSkr, "statistics", "5")};
  in.programmes = {100};
  in.projects = {{10, {1000, 1001}, 3}, {11, {1100}, 2}};
  return in;
}

const GoalCoverage& Row(const std::vector<GoalCoverage>& rows, Id id) {
  for (const GoalCoverage& r : rows) {
    if (r.entry.id == id) return r;
  }
  throw std::out_of_range("no row");
}

TEST(GoalOverviewTest, AProjectsCyclesAndMeasuresCountForTheGoalsItOrItsAimLinksTo) {
  CoverageInput in = Input();
  in.links = {{GoalObject::kProject, 10, 1},
              {GoalObject::kAim, 10, 1},  // the same project through its aim: counted once
              {GoalObject::kAim, 11, 1},
              {GoalObject::kProgramme, 100, 2},
              {GoalObject::kMeasure, 1000, 4},
              {GoalObject::kMeasure, 1000, 1}};  // already counted through its project
  std::vector<GoalCoverage> rows = CountGoalCoverage(in);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(Row(rows, 1).projects, 2);
  EXPECT_EQ(Row(rows, 1).cycles, 5);
  EXPECT_EQ(Row(rows, 1).measures, 3);
  EXPECT_EQ(Row(rows, 2).programmes, 1);
  EXPECT_EQ(Row(rows, 2).projects, 0);
  EXPECT_TRUE(Row(rows, 2).Addressed());
  EXPECT_EQ(Row(rows, 4).measures, 1);
  EXPECT_EQ(Row(rows, 4).cycles, 0);
  EXPECT_FALSE(Row(rows, 3).Addressed()) << "nothing addresses 5.4: a gap";
}

TEST(GoalOverviewTest, LinksOfObjectsOutOfViewAreNotCounted) {
  CoverageInput in = Input();
  in.links = {{GoalObject::kProject, 99, 1},
              {GoalObject::kMeasure, 9999, 2},
              {GoalObject::kProgramme, 555, 3}};
  for (const GoalCoverage& row : CountGoalCoverage(in)) {
    EXPECT_FALSE(row.Addressed()) << row.entry.code;
  }
}

TEST(GoalOverviewTest, RetiredEntriesShowOnlyWhileSomethingCountsForThem) {
  CoverageInput in = Input();
  in.catalogue[0].retired = true;
  in.catalogue[1].retired = true;
  in.links = {{GoalObject::kProject, 10, 1}};
  std::vector<GoalCoverage> rows = CountGoalCoverage(in);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].entry.id, 1);
  EXPECT_TRUE(rows[0].entry.retired);
}

TEST(GoalsTest, ValidatesAnEntryField) {
  GoalEntry e = Entry(1, GoalFamily::kCemr, "article", "31");
  EXPECT_TRUE(ValidateGoalEntry(e));
  auto field_of = [](GoalEntry x) { return ValidateGoalEntry(x).error().field; };
  GoalEntry bad = e;
  bad.group = "governance";
  EXPECT_EQ(field_of(bad), "group");
  bad = e;
  bad.code = " ";
  EXPECT_EQ(field_of(bad), "code");
  bad = e;
  bad.title_en.clear();
  EXPECT_EQ(field_of(bad), "title_en");
  bad = e;
  bad.title_sv = std::string(301, 'x');
  EXPECT_EQ(field_of(bad), "title_sv");
  bad = e;
  bad.description_sv = std::string(4001, 'x');
  EXPECT_EQ(field_of(bad), "description_sv");
  bad = e;
  bad.sort_order = -1;
  EXPECT_EQ(field_of(bad), "sort_order");
  EXPECT_EQ(ParseGoalFamily("sdg"), GoalFamily::kSdg);
  EXPECT_FALSE(ParseGoalFamily("un"));
}

// The overview as a principal loads it: what the organisation's work links to, counted over
// the teams the principal may see, optionally within one unit.
class GoalOverviewUseTest : public DomainTest {
 protected:
  GoalOverviewUseTest() {
    policy4_ = Goal(GoalFamily::kPolicy, "4");
    cemr9_ = Goal(GoalFamily::kCemr, "9");
    const Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
    Join(solvik_.strateg, programme, solvik_.team);
    const Id project = MakeProject(solvik_.member, solvik_.team, "Välj tid själv", programme);
    const Id measure = MakeMeasure(solvik_.member, project, "Nöjda med tiden");
    FinishCycle(solvik_.member,
                MakeCycle(solvik_.member, project, MakeIdea(solvik_.member, project, "Idé")));
    Link(solvik_.strateg, GoalObject::kProgramme, programme, {policy4_});
    Link(solvik_.member, GoalObject::kProject, project, {policy4_});
    Link(solvik_.member, GoalObject::kMeasure, measure, {cemr9_});
  }
  Id Goal(GoalFamily family, const std::string& code) {
    for (const GoalEntry& e : Ok(ListGoalCatalogue(store_, solvik_.admin))) {
      if (e.family == family && e.code == code) return e.id;
    }
    throw std::runtime_error("no entry " + code);
  }
  void Link(const Principal& by, GoalObject object, Id id, std::vector<Id> goals) {
    Ok(SetGoalLinks(store_, clock_, by, As(by), object, id, std::move(goals)), "SetGoalLinks");
  }
  static GoalCoverage Row(const GoalOverview& o, Id goal) {
    for (const GoalCoverage& c : o.goals) {
      if (c.entry.id == goal) return c;
    }
    return {};
  }

  Id policy4_ = 0, cemr9_ = 0;
};

TEST_F(GoalOverviewUseTest, TheOrganisationsWorkCountsForTheGoalsItLinksTo) {
  GoalOverview o = Ok(LoadGoalOverview(store_, solvik_.politiker, std::nullopt));
  EXPECT_EQ(o.programmes, 1);
  EXPECT_EQ(o.projects, 1);
  GoalCoverage policy = Row(o, policy4_);
  EXPECT_EQ(policy.programmes, 1);
  EXPECT_EQ(policy.projects, 1);
  EXPECT_EQ(policy.cycles, 1);
  EXPECT_EQ(policy.measures, 1) << "the project's measure counts for the project's goals";
  GoalCoverage cemr = Row(o, cemr9_);
  EXPECT_EQ(cemr.projects, 0);
  EXPECT_EQ(cemr.measures, 1);
  EXPECT_FALSE(Row(o, Goal(GoalFamily::kPolicy, "6")).Addressed());
}

TEST_F(GoalOverviewUseTest, WorkOutOfViewIsNotCounted) {
  GoalOverview o = Ok(LoadGoalOverview(store_, solvik_.school_member, std::nullopt));
  EXPECT_EQ(o.projects, 0);
  EXPECT_EQ(Row(o, policy4_).projects, 0);
  EXPECT_EQ(Row(o, cemr9_).measures, 0);
  EXPECT_FALSE(Row(o, cemr9_).Addressed());
  GoalOverview norrby = Ok(LoadGoalOverview(store_, norrby_.admin, std::nullopt));
  EXPECT_EQ(norrby.programmes + norrby.projects, 0);
  for (const GoalCoverage& c : norrby.goals) EXPECT_FALSE(c.Addressed()) << c.entry.code;
}

TEST_F(GoalOverviewUseTest, AUnitCountsTheWorkOfItsTeamsAndTheirProgrammes) {
  GoalOverview care = Ok(LoadGoalOverview(store_, solvik_.admin, solvik_.care_board));
  ASSERT_TRUE(care.unit);
  EXPECT_EQ(care.programmes, 1);
  EXPECT_EQ(Row(care, policy4_).projects, 1);
  GoalOverview school = Ok(LoadGoalOverview(store_, solvik_.admin, solvik_.school));
  EXPECT_EQ(school.programmes, 0) << "no team of the school takes part";
  EXPECT_FALSE(Row(school, policy4_).Addressed());
  EXPECT_TRUE(IsNotFound(LoadGoalOverview(store_, solvik_.admin, norrby_.school)));
}

}  // namespace
}  // namespace stegvis::domain
