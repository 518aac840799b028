// One read per page: each GET page of the gender feature (the gender analysis of a measure,
// self-assessments, reflection notes) opens one read transaction in its handler and no write.

#include "web/testing/page_transactions.h"

namespace stegvis::web {
namespace {

class GenderPagesTransactionsTest : public PageTransactionsTest {
 protected:
  // The demo organisation's (Solvik's) units, reflection notes and measures split by sex.
  void FindObjects() {
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      const domain::Id org = tx.Units().ListOrganisations().front().id;
      for (const auto& u : tx.Units().List(org)) units_.push_back(u.id);
      for (const auto& n : tx.ReflectionNotes().List(org)) notes_.push_back(n.id);
      for (const auto& t : tx.Teams().List(org)) {
        for (const auto& p : tx.Projects().List(t.id)) {
          for (const auto& m : tx.Measures().ListOfProject(p.id)) {
            if (m.grouping != domain::Grouping::kNone) measures_.push_back(m.id);
          }
        }
      }
      return true;
    });
    ASSERT_FALSE(units_.empty());
    ASSERT_FALSE(notes_.empty());
    ASSERT_FALSE(measures_.empty());
  }
  std::vector<domain::Id> units_, notes_, measures_;
};

TEST_F(GenderPagesTransactionsTest, TheGenderAnalysisOfAMeasureReadsOnce) {
  FindObjects();
  const TestClient admin = As(kDemoEmails.at("admin"));
  for (domain::Id m : measures_) {
    EXPECT_TRUE(Opens(1, "/matt/" + std::to_string(m) + "/jamstalldhetsanalys", admin));
  }
}

TEST_F(GenderPagesTransactionsTest, TheReflectionPagesReadOnce) {
  FindObjects();
  const TestClient chef = As(kDemoEmails.at("chef"));
  EXPECT_TRUE(Opens(1, "/reflektioner", chef));
  EXPECT_TRUE(Opens(1, "/reflektioner?mina=1", chef));
  EXPECT_TRUE(Opens(1, "/reflektioner/ny", chef));
  EXPECT_TRUE(Opens(1, "/reflektioner/ny?enhet=" + std::to_string(units_.front()), chef));
  const TestClient admin = As(kDemoEmails.at("admin"));
  for (domain::Id n : notes_) {
    EXPECT_TRUE(Opens(1, "/reflektioner/" + std::to_string(n), admin));
    EXPECT_TRUE(Opens(1, "/reflektioner/" + std::to_string(n) + "?sparat=1", admin));
  }
  for (domain::Id u : units_) {
    EXPECT_TRUE(Opens(1, "/enhet/" + std::to_string(u) + "/reflektioner", admin));
  }
}

TEST_F(GenderPagesTransactionsTest, TheSelfAssessmentPageOfAUnitReadsOnce) {
  FindObjects();
  const TestClient admin = As(kDemoEmails.at("admin"));
  for (domain::Id u : units_) {
    EXPECT_TRUE(Opens(1, "/enhet/" + std::to_string(u) + "/sjalvskattning", admin));
  }
}

TEST_F(GenderPagesTransactionsTest, TheFormToCorrectASelfAssessmentReadsOnce) {
  FindObjects();
  const TestClient admin = As(kDemoEmails.at("admin"));
  int forms = 0;
  for (domain::Id u : units_) {
    std::vector<domain::SelfAssessment> assessments;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      assessments = tx.SelfAssessments().List(u);
      return true;
    });
    for (const domain::SelfAssessment& a : assessments) {
      EXPECT_TRUE(Opens(
          1, "/enhet/" + std::to_string(u) + "/sjalvskattning/" + std::to_string(a.id) + "/ratta",
          admin));
      ++forms;
    }
  }
  EXPECT_GT(forms, 0) << "the demo has assessments to correct";
}

}  // namespace
}  // namespace stegvis::web
