// The improvement story (domain/project_story.h): put together from what the project records,
// every cycle included (an abandoned one too) until the team leaves it out; read by whoever
// reads the project; its choices saved by those who change the project, version-checked and
// audited.

#include "domain/project_story.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class ProjectStoryTest : public DomainTest {
 protected:
  void SetUp() override {
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    women_men_ = MakeMeasure(solvik_.member, project_, "Nöjda med tiden");
    total_ = MakeMeasure(solvik_.member, project_, "Besök per vecka", Grouping::kNone);
    const Id idea = MakeIdea(solvik_.member, project_, "Brukaren väljer tid");
    adopted_ = MakeCycle(solvik_.member, project_, idea);
    FinishCycle(solvik_.member, adopted_, PdsaDecision::kAdopt);
    abandoned_ = MakeCycle(solvik_.member, project_, idea);
    FinishCycle(solvik_.member, abandoned_, PdsaDecision::kAbandon);
  }
  // Saves `summary` leaving out `measures` and `cycles`, based on `version`.
  core::Result<StoryChoices> Save(const Principal& by, const std::string& summary,
                                  std::vector<Id> measures = {}, std::vector<Id> cycles = {},
                                  std::int64_t version = 0) {
    StoryChoices choices = NoStoryChoices(project_);
    choices.summary = summary;
    choices.left_out_measures = std::move(measures);
    choices.left_out_cycles = std::move(cycles);
    choices.version = version;
    return SaveStoryChoices(store_, clock_, by, As(by), choices);
  }
  Id project_ = 0, women_men_ = 0, total_ = 0, adopted_ = 0, abandoned_ = 0;
};

TEST_F(ProjectStoryTest, EverythingIsInTheStoryUntilTheTeamLeavesItOut) {
  ProjectStory story = Ok(LoadProjectStory(store_, solvik_.politiker, project_));
  EXPECT_EQ(story.choices.version, 0);
  ASSERT_EQ(story.measures.size(), 2u);
  ASSERT_EQ(story.cycles.size(), 2u);
  EXPECT_EQ(story.cycles[1].content.decision, PdsaDecision::kAbandon);
  EXPECT_FALSE(story.details.may_change) << "the politiker reads only";

  StoryChoices saved = Ok(Save(solvik_.member, "Fler väljer själva.", {total_}, {adopted_}));
  EXPECT_EQ(saved.version, 1);
  story = Ok(LoadProjectStory(store_, solvik_.chef, project_));
  EXPECT_EQ(story.choices.summary, "Fler väljer själva.");
  ASSERT_EQ(story.measures.size(), 1u);
  EXPECT_EQ(story.measures[0].measure.id, women_men_);
  ASSERT_EQ(story.cycles.size(), 1u);
  EXPECT_EQ(story.cycles[0].id, abandoned_) << "the abandoned cycle stays unless left out";
  EXPECT_EQ(story.details.measures.size(), 2u) << "the form still offers every measure";

  // A measure added later is in the story.
  const Id later = MakeMeasure(solvik_.member, project_, "Önskade tider");
  story = Ok(LoadProjectStory(store_, solvik_.member, project_));
  ASSERT_EQ(story.measures.size(), 2u);
  EXPECT_EQ(story.measures[1].measure.id, later);
}

TEST_F(ProjectStoryTest, AStaleSaveNamesWhoSavedSinceAndWritesNothing) {
  Ok(Save(solvik_.chef, "Chefens sammanfattning"));
  const std::int64_t saved_at = clock_.NowUnixSeconds();
  clock_.Advance(60);
  EXPECT_TRUE(IsChangedBy(Save(solvik_.member, "Teamets sammanfattning"),
                          solvik_.chef.user.display_name, saved_at));
  EXPECT_EQ(Ok(LoadProjectStory(store_, solvik_.member, project_)).choices.summary,
            "Chefens sammanfattning");
  // Based on the version saved, the team's save goes through and is audited.
  EXPECT_EQ(Ok(Save(solvik_.member, "Teamets sammanfattning", {}, {}, 1)).version, 2);
  AuditEvent last = Trail("project_story", project_).back();
  EXPECT_EQ(last.action, "update");
  EXPECT_EQ(AuditValue(last.before_json, "summary"), "Chefens sammanfattning");
  EXPECT_EQ(AuditValue(last.after_json, "summary"), "Teamets sammanfattning");
}

TEST_F(ProjectStoryTest, OnlyThoseWhoChangeTheProjectSaveAndOnlyItsOwnChoices) {
  EXPECT_TRUE(IsForbidden(Save(solvik_.politiker, "x")));
  EXPECT_TRUE(IsForbidden(Save(solvik_.school_member, "x")));
  EXPECT_TRUE(IsNotFound(Save(norrby_.admin, "x")));
  EXPECT_TRUE(IsForbidden(LoadProjectStory(store_, solvik_.school_member, project_)));
  EXPECT_TRUE(IsNotFound(LoadProjectStory(store_, norrby_.admin, project_)));
  // Another project's measure cannot be left out of this one (nor a cycle).
  const Id other = MakeProject(solvik_.member, solvik_.team, "Annat");
  const Id foreign = MakeMeasure(solvik_.member, other, "Annat mått");
  EXPECT_TRUE(
      IsInvalid(Save(solvik_.member, "", {foreign}), "measures", "error.story.unknown_choice"));
  const Id foreign_cycle =
      MakeCycle(solvik_.member, other, MakeIdea(solvik_.member, other, "Annan idé"));
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, "", {}, {foreign_cycle}), "cycles",
                        "error.story.unknown_choice"));
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, std::string(kStorySummaryMax + 1, 'a')), "summary",
                        "error.too_long"));
  EXPECT_TRUE(Trail("project_story", project_).empty()) << "nothing refused was written";
}

TEST(StoryIdListTest, ReadsOnlyCommaSeparatedPositiveIds) {
  EXPECT_EQ(IdListText({3, 7}), "3,7");
  EXPECT_EQ(ParseIdList("3,7"), (std::vector<Id>{3, 7}));
  EXPECT_EQ(ParseIdList(""), std::vector<Id>{});
  for (const char* bad : {"3,", ",3", "3,,7", "x", "0", "-1", "3 ,7", "99999999999999999999"}) {
    EXPECT_FALSE(ParseIdList(bad)) << bad;
  }
}

}  // namespace
}  // namespace stegvis::domain
