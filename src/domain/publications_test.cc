// Publishing a story (domain/publications.h): who may publish, what the public sees (small
// numbers suppressed at the organisation's threshold, nothing left out, no staff names unless
// chosen), unpublishing, the audit trail and the threshold's setting.

#include "domain/publications.h"

#include <gtest/gtest.h>

#include "domain/measures.h"
#include "domain/projects.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class PublicationsTest : public DomainTest {
 protected:
  PublicationsTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Färre fall på natten");
    measure_ = MakeMeasure(solvik_.member, project_, "Fall per månad");
    std::vector<CellInput> cells;
    for (int month = 1; month <= 6; ++month) {
      const std::string period = "2025-0" + std::to_string(month);
      cells.push_back({period, "women", month == 3 ? "2" : std::to_string(10 + month), ""});
      cells.push_back({period, "men", std::to_string(20 + month), ""});
    }
    Ok(SaveObservations(store_, clock_, solvik_.member, As(solvik_.member), measure_, 0, cells));
    Ok(SetProgressScore(store_, clock_, solvik_.member, As(solvik_.member), project_, 25, "Bra"));
  }

  core::Result<Publication> Publish(const Principal& by, bool names = false) {
    return PublishStory(store_, clock_, by, As(by), project_, names);
  }

  // "women=12" for each shown cell of `period` of the story's first measure.
  static std::vector<std::string> Shown(const PublicStory& s, const std::string& period) {
    std::vector<std::string> out;
    for (const Observation& o : s.story.measures.at(0).observations) {
      if (o.period == period) out.push_back(o.group + "=" + o.value);
    }
    return out;
  }

  Id project_ = 0;
  Id measure_ = 0;
};

TEST_F(PublicationsTest, AChefOverTheTeamOrAStrategPublishesAndNobodyElse) {
  EXPECT_TRUE(IsForbidden(Publish(solvik_.member)));
  EXPECT_TRUE(IsForbidden(Publish(solvik_.politiker)));
  EXPECT_TRUE(IsNotFound(Publish(solvik_.school_chef)) ||
              IsForbidden(Publish(solvik_.school_chef)));
  EXPECT_TRUE(IsNotFound(Publish(norrby_.strateg)));
  EXPECT_TRUE(IsNotFound(Publish(norrby_.chef)));
  Ok(Publish(solvik_.chef));
  Ok(UnpublishStory(store_, clock_, solvik_.strateg, As(solvik_.strateg), project_));
  Ok(Publish(solvik_.strateg));
  EXPECT_TRUE(Refused(Publish(solvik_.chef), core::ErrorCode::kConflict, {},
                      "error.publication.published"));
}

TEST_F(PublicationsTest, ThePublicSeesTheStoryWithSmallNumbersSuppressed) {
  const Publication p = Ok(Publish(solvik_.chef));
  EXPECT_EQ(p.slug.rfind("farre-fall-pa-natten-", 0), 0u) << p.slug;
  EXPECT_EQ(p.slug.size(), std::string("farre-fall-pa-natten-").size() + 16);
  const PublicStory s = Ok(LoadPublishedStory(store_, p.slug));
  EXPECT_EQ(s.organisation.name, "Solviks kommun");
  EXPECT_EQ(s.story.details.project.title, "Färre fall på natten");
  EXPECT_TRUE(Shown(s, "2025-03").empty());  // women 2: hidden, and men with them
  EXPECT_EQ(Shown(s, "2025-04"), (std::vector<std::string>{"men=24", "women=14"}));
  ASSERT_EQ(s.hidden.size(), 1u);
  EXPECT_EQ(s.hidden[0].size(), 2u);
}

TEST_F(PublicationsTest, TheOrganisationsThresholdApplies) {
  EXPECT_TRUE(IsForbidden(
      ChangeSuppressionThreshold(store_, clock_, solvik_.strateg, As(solvik_.strateg), 12)));
  EXPECT_TRUE(
      IsInvalid(ChangeSuppressionThreshold(store_, clock_, solvik_.admin, As(solvik_.admin), 2),
                "suppression_threshold", "error.suppression_threshold"));
  const Organisation o =
      Ok(ChangeSuppressionThreshold(store_, clock_, solvik_.admin, As(solvik_.admin), 12));
  EXPECT_EQ(o.suppression_threshold, 12);
  EXPECT_EQ(LastEvent("organisation", solvik_.id).action, "update");
  const PublicStory s = Ok(LoadPublishedStory(store_, Ok(Publish(solvik_.chef)).slug));
  EXPECT_TRUE(Shown(s, "2025-01").empty());  // women 11, men 21: 11 < 12
  EXPECT_EQ(Shown(s, "2025-04"), (std::vector<std::string>{"men=24", "women=14"}));
}

TEST_F(PublicationsTest, StaffNamesOnlyWhenChosenAndNeverAnEmailAddress) {
  PublicStory s = Ok(LoadPublishPreview(store_, solvik_.chef, project_, std::nullopt));
  ASSERT_EQ(s.story.details.scores.size(), 1u);
  EXPECT_EQ(s.story.details.scores[0].set_by, "");
  EXPECT_EQ(s.story.measures.at(0).data_saved_by, "");
  s = Ok(LoadPublishPreview(store_, solvik_.chef, project_, true));
  EXPECT_EQ(s.story.details.scores[0].set_by, "Fatima Ali");
  for (const Observation& o : s.story.measures.at(0).observations) EXPECT_EQ(o.updated_by, "");
}

TEST_F(PublicationsTest, UnpublishingEndsTheAddressAndBothAreAudited) {
  const Publication p = Ok(Publish(solvik_.chef));
  EXPECT_EQ(LastEvent("publication", project_).action, "publish");
  Ok(UnpublishStory(store_, clock_, solvik_.chef, As(solvik_.chef), project_));
  EXPECT_EQ(LastEvent("publication", project_).action, "unpublish");
  EXPECT_TRUE(IsNotFound(LoadPublishedStory(store_, p.slug)));
  EXPECT_TRUE(IsNotFound(UnpublishStory(store_, clock_, solvik_.chef, As(solvik_.chef), project_)));
  EXPECT_TRUE(
      IsForbidden(UnpublishStory(store_, clock_, solvik_.member, As(solvik_.member), project_)));
}

TEST_F(PublicationsTest, SlugWordsArePlainLetters) {
  EXPECT_EQ(SlugWords("Färre fall på Åkern, ÖSTRA!"), "farre-fall-pa-akern-ostra");
  EXPECT_EQ(SlugWords("Café 2026"), "cafe-2026");
  EXPECT_EQ(SlugWords("!!!"), "berattelse");
  EXPECT_LE(SlugWords(std::string(100, 'x')).size(), 40u);
}

}  // namespace
}  // namespace stegvis::domain
