// A gender analysis's verdict history is computed once per measure, definition, grid and
// phases, kept for every visitor, and never served after any of them changed
// (web/gender/verdict_histories.h).

#include "web/gender/verdict_histories.h"

#include <gtest/gtest.h>

#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

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
  auto first = histories.Of(d);
  ASSERT_TRUE(first);
  EXPECT_FALSE((*first)->readings.empty()) << "twelve months give readings";
  auto again = histories.Of(d);
  ASSERT_TRUE(again);
  EXPECT_EQ(*first, *again) << "the kept history itself";
  EXPECT_EQ(histories.computed(), 1u);

  d.measure.data_version = 2;  // a grid save
  ASSERT_TRUE(histories.Of(d));
  EXPECT_EQ(histories.computed(), 2u);
  d.measure.version = 2;  // a changed definition (say, its direction)
  ASSERT_TRUE(histories.Of(d));
  EXPECT_EQ(histories.computed(), 3u);
  d.phases.push_back({1, 7, "2026-06", std::nullopt, 0, ""});  // a new phase
  ASSERT_TRUE(histories.Of(d));
  EXPECT_EQ(histories.computed(), 4u);
  ASSERT_TRUE(histories.Of(Details(8)));  // another measure
  EXPECT_EQ(histories.computed(), 5u);
}

TEST(VerdictHistoriesTest, TheLeastRecentlyUsedIsDroppedBeyondTheBound) {
  VerdictHistories histories(2);
  ASSERT_TRUE(histories.Of(Details(1)));
  ASSERT_TRUE(histories.Of(Details(2)));
  ASSERT_TRUE(histories.Of(Details(1)));  // 2 is now the least recently used
  ASSERT_TRUE(histories.Of(Details(3)));
  EXPECT_EQ(histories.size(), 2u);
  EXPECT_EQ(histories.computed(), 3u);
  ASSERT_TRUE(histories.Of(Details(1)));
  EXPECT_EQ(histories.computed(), 3u) << "1 was kept";
  ASSERT_TRUE(histories.Of(Details(2)));
  EXPECT_EQ(histories.computed(), 4u) << "2 was dropped";
}

TEST(VerdictHistoriesTest, WithoutAKeeperEveryViewComputesItsOwn) {
  auto history = KeptVerdictHistory(nullptr, Details(1));
  ASSERT_TRUE(history);
  EXPECT_FALSE((*history)->readings.empty());
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

}  // namespace
}  // namespace stegvis::web
