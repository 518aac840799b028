// A gender analysis's verdict history is computed once per measure, definition, grid and
// phases, kept for every visitor, and never served after any of them changed
// (web/gender/verdict_histories.h).

#include "web/gender/verdict_histories.h"

#include <gtest/gtest.h>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

const core::FixedClock clock(1'800'000'000);  // stands still: no budget runs out

domain::MeasureDetails Details(domain::Id id) {
  domain::MeasureDetails d;
  d.measure.id = id;
  d.measure.version = 1;
  d.measure.data_version = 1;
  for (int month = 1; month <= 12; ++month) {
    const std::string period = "2026-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
    d.observations.push_back({id, period, "women", std::to_string(10 + month), "", "", 0, ""});
    d.observations.push_back({id, period, "men", std::to_string(12 - month % 3), "", "", 0, ""});
  }
  return d;
}

TEST(VerdictHistoriesTest, AHistoryIsComputedOnceWhileNothingItIsComputedFromChanges) {
  VerdictHistories histories;
  domain::MeasureDetails d = Details(7);
  auto first = histories.Of(d, clock);
  ASSERT_TRUE(first);
  EXPECT_FALSE((*first)->readings.empty()) << "twelve months give readings";
  auto again = histories.Of(d, clock);
  ASSERT_TRUE(again);
  EXPECT_EQ(*first, *again) << "the kept history itself";
  EXPECT_EQ(histories.computed(), 1u);

  d.measure.data_version = 2;  // a grid save
  ASSERT_TRUE(histories.Of(d, clock));
  EXPECT_EQ(histories.computed(), 2u);
  d.measure.version = 2;  // a changed definition (say, its direction)
  ASSERT_TRUE(histories.Of(d, clock));
  EXPECT_EQ(histories.computed(), 3u);
  d.phases.push_back({1, 7, "2026-06", std::nullopt, 0, ""});  // a new phase
  ASSERT_TRUE(histories.Of(d, clock));
  EXPECT_EQ(histories.computed(), 4u);
  ASSERT_TRUE(histories.Of(Details(8), clock));  // another measure
  EXPECT_EQ(histories.computed(), 5u);
}

TEST(VerdictHistoriesTest, TheLeastRecentlyUsedIsDroppedBeyondTheBound) {
  VerdictHistories histories(2);
  ASSERT_TRUE(histories.Of(Details(1), clock));
  ASSERT_TRUE(histories.Of(Details(2), clock));
  ASSERT_TRUE(histories.Of(Details(1), clock));  // 2 is now the least recently used
  ASSERT_TRUE(histories.Of(Details(3), clock));
  EXPECT_EQ(histories.size(), 2u);
  EXPECT_EQ(histories.computed(), 3u);
  ASSERT_TRUE(histories.Of(Details(1), clock));
  EXPECT_EQ(histories.computed(), 3u) << "1 was kept";
  ASSERT_TRUE(histories.Of(Details(2), clock));
  EXPECT_EQ(histories.computed(), 4u) << "2 was dropped";
}

TEST(VerdictHistoriesTest, WithoutAKeeperEveryViewComputesItsOwn) {
  auto history = KeptVerdictHistory(nullptr, Details(1), clock);
  ASSERT_TRUE(history);
  EXPECT_FALSE((*history)->readings.empty());
}

TEST(VerdictHistoriesTest, AHistoryCutShortByItsBudgetIsReturnedButNotKept) {
  VerdictHistories histories(64, std::chrono::milliseconds(0));
  auto cut = histories.Of(Details(1), clock);
  ASSERT_TRUE(cut);
  EXPECT_FALSE((*cut)->complete);
  EXPECT_EQ(histories.size(), 0u) << "not kept as if complete";
  EXPECT_EQ(histories.computed(), 0u);
  histories.set_budget(domain::kVerdictHistoryBudget);
  auto whole = histories.Of(Details(1), clock);
  ASSERT_TRUE(whole);
  EXPECT_TRUE((*whole)->complete) << "computed again, not served the cut one";
  EXPECT_FALSE((*whole)->readings.empty());
  EXPECT_EQ(histories.size(), 1u);
}

// The page cache keeps a page per visitor and address; a new query string, another visitor or
// the JSON twin still finds the history kept, so varying them costs no new analysis runs.
class VerdictHistoriesPagesTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }
};

TEST_F(VerdictHistoriesPagesTest, VisitorsAndAddressesShareOneHistoryUntilTheGridIsSaved) {
  const std::string measure = std::to_string(MeasureOf("Trygg hemgång"));
  const std::string page = "/matt/" + measure + "/jamstalldhetsanalys";
  TestClient team = As(kDemoEmails.at("teammedlem"));
  TestClient politician = As(kDemoEmails.at("politiker"));
  ASSERT_EQ(Get(page, team).status, 200);
  ASSERT_EQ(Get(page + "?x=1", team).status, 200);
  ASSERT_EQ(Get(page + "?x=2", politician).status, 200);
  ASSERT_EQ(Get("/api/v1/measures/" + measure + "/gender-analysis", politician).status, 200);
  EXPECT_EQ(verdict_histories_.computed(), 1u);

  HeaderList json{{"content-type", "application/json"}, {"x-csrf-token", team.csrf}};
  Response saved = Send("PUT", "/api/v1/measures/" + measure + "/observations", team,
                        R"({"data_version":1,"observations":[)"
                        R"({"period":"2026-10","group":"women","value":"3","denominator":"40"}]})",
                        json);
  ASSERT_EQ(saved.status, 200) << saved.body;
  ASSERT_EQ(Get(page + "?x=1", team).status, 200);
  EXPECT_EQ(verdict_histories_.computed(), 2u) << "the save is seen at once";
}

// With no time left the page says in words that the history is missing, shows no wrong
// reading and no "too few periods", and the JSON twin says it is not complete; neither the
// history nor the page is kept, so the next view computes it again.
TEST_F(VerdictHistoriesPagesTest, AHistoryOutOfTimeIsSaidInWordsAndNotKept) {
  verdict_histories_.set_budget(std::chrono::milliseconds(0));
  const std::string measure = std::to_string(MeasureOf("Trygg hemgång"));
  TestClient team = As(kDemoEmails.at("teammedlem"));
  Response page = Get("/matt/" + measure + "/jamstalldhetsanalys", team);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find(catalogue_.Get("sv", "gender.history.not_computed")), std::string::npos);
  EXPECT_EQ(page.body.find("timeline__current"), std::string::npos);
  EXPECT_EQ(page.body.find(catalogue_.Format("sv", "gender.history.too_few", {{"n", "10"}})),
            std::string::npos);
  Response json = Get("/api/v1/measures/" + measure + "/gender-analysis", team);
  ASSERT_EQ(json.status, 200);
  EXPECT_NE(json.body.find(R"("complete":false)"), std::string::npos) << json.body;
  EXPECT_EQ(verdict_histories_.size(), 0u);

  // The same address again: neither the page cache nor the keeper held the cut-short page.
  verdict_histories_.set_budget(domain::kVerdictHistoryBudget);
  Response later = Get("/matt/" + measure + "/jamstalldhetsanalys", team);
  ASSERT_EQ(later.status, 200);
  EXPECT_EQ(later.body.find(catalogue_.Get("sv", "gender.history.not_computed")),
            std::string::npos);
  EXPECT_NE(later.body.find("timeline__current"), std::string::npos);
}

}  // namespace
}  // namespace stegvis::web
