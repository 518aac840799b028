#include "chart/labels.h"

#include <gtest/gtest.h>

namespace stegvis::chart {
namespace {

TEST(DefaultLabels, EveryLabelIsFilledInBothLanguages) {
  for (Lang lang : {Lang::kSv, Lang::kEn}) {
    ChartLabels l = DefaultLabels(lang);
    for (const auto& name : l.chart_names) EXPECT_FALSE(name.empty());
    for (const auto& words : l.rule_words) EXPECT_FALSE(words.empty());
    EXPECT_FALSE(l.summary.empty());
    EXPECT_FALSE(l.improvement.empty());
  }
  EXPECT_EQ(ChartName(DefaultLabels(Lang::kEn), stats::ChartType::kRun), "Run chart");
  EXPECT_EQ(RuleWords(DefaultLabels(Lang::kSv), stats::Rule::kSigma), "utanför styrgränserna");
}

TEST(FillTemplate, ReplacesKnownPlaceholdersOnly) {
  EXPECT_EQ(FillTemplate("{a} och {b} {c}", {{"a", "1"}, {"b", "2"}}), "1 och 2 {c}");
}

}  // namespace
}  // namespace stegvis::chart
