#include "chart/labels.h"

#include <set>

#include <gtest/gtest.h>

#include "chart/test_labels.h"

namespace stegvis::chart {
namespace {

TEST(LabelsFrom, TakesEveryWordFromTheCallerByItsKey) {
  ChartLabels l =
      LabelsFrom(Lang::kEn, [](std::string_view key) { return "<" + std::string(key) + ">"; });
  EXPECT_EQ(l.lang, Lang::kEn);
  EXPECT_EQ(l.value, "<chart.value>");
  EXPECT_EQ(l.list_and, "<chart.list_and>");
  EXPECT_EQ(ChartName(l, stats::ChartType::kPP), "<chart.type.pp>");
  EXPECT_EQ(RuleWords(l, stats::Rule::kSigma), "<chart.rule.sigma>");
  EXPECT_EQ(l.funnel_positions[4], "<chart.funnel_position.below_998>");
  EXPECT_TRUE(l.title.empty()) << "the caller's";
  EXPECT_TRUE(l.y_axis.empty()) << "the caller's";
}

TEST(LabelsFrom, AsksForEachKeyOnce) {
  const std::vector<std::string> keys = LabelKeys();
  EXPECT_EQ(std::set<std::string>(keys.begin(), keys.end()).size(), keys.size());
  EXPECT_EQ(keys.size(), 53u + 13u + stats::kRuleCount + 5u);
}

TEST(LabelsFrom, TheCatalogueHasEveryWordInBothLanguages) {
  for (Lang lang : {Lang::kSv, Lang::kEn}) {
    ChartLabels l = testing::CatalogueLabels(lang);
    for (const auto& name : l.chart_names) EXPECT_FALSE(name.empty());
    for (const auto& words : l.rule_words) EXPECT_FALSE(words.empty());
    EXPECT_FALSE(l.summary.empty());
    EXPECT_FALSE(l.improvement.empty());
  }
  EXPECT_EQ(ChartName(testing::CatalogueLabels(Lang::kEn), stats::ChartType::kRun), "Run chart");
  EXPECT_EQ(RuleWords(testing::CatalogueLabels(Lang::kSv), stats::Rule::kSigma),
            "utanför styrgränserna");
}

TEST(FillTemplate, ReplacesKnownPlaceholdersOnly) {
  EXPECT_EQ(FillTemplate("{a} och {b} {c}", {{"a", "1"}, {"b", "2"}}), "1 och 2 {c}");
}

}  // namespace
}  // namespace stegvis::chart
