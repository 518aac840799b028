#include "web/render/chart_words.h"

#include <gtest/gtest.h>

#include "web/http/embedded_files.h"

namespace stegvis::web {
namespace {

TEST(ChartWordsTest, TheCatalogueHoldsEveryWordTheChartsAskFor) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue);
  for (std::string_view lang : kLanguages) {
    for (const std::string& key : chart::LabelKeys()) {
      // Get answers the key itself for a key the catalogue lacks.
      EXPECT_NE(catalogue->Get(lang, key), key) << lang << " lacks " << key;
    }
  }
}

TEST(ChartWordsTest, FillsTheLabelsInTheRequestsLanguage) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue);
  chart::ChartLabels sv = ChartWords(*catalogue, "sv");
  EXPECT_EQ(sv.lang, chart::Lang::kSv);
  EXPECT_EQ(chart::ChartName(sv, stats::ChartType::kRun), "Seriediagram");
  EXPECT_EQ(chart::RuleWords(sv, stats::Rule::kSigma), "utanför styrgränserna");
  EXPECT_EQ(sv.list_and, " och ") << "spaces kept";
  chart::ChartLabels en = ChartWords(*catalogue, "en");
  EXPECT_EQ(en.lang, chart::Lang::kEn);
  EXPECT_EQ(chart::ChartName(en, stats::ChartType::kXmR), "XmR chart");
  EXPECT_EQ(en.funnel_positions[0], "within the limits");
  EXPECT_TRUE(en.title.empty());
}

}  // namespace
}  // namespace stegvis::web
