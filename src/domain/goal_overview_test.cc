// The overview's counting (pure): through links, each object once per goal, only what is in
// view, retired entries only while something counts for them.

#include "domain/goal_overview.h"

#include <gtest/gtest.h>

#include "domain/goals.h"

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

}  // namespace
}  // namespace stegvis::domain
