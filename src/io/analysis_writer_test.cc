#include "io/analysis_writer.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace stegvis::io {
namespace {

stats::Analysis Small(stats::ChartType chart) {
  stats::Analysis a;
  a.chart = chart;
  stats::Point p;
  p.x = 1;
  p.label = "1";
  p.y = 0.1;
  p.cl = 2.5;
  p.lcl = stats::kMissing;
  p.ucl = std::numeric_limits<double>::infinity();
  p.rules.Set(stats::Rule::kSigma);
  p.rules.Set(stats::Rule::kMdcOutsideLimits);
  p.sigma_signal = true;
  p.point_type = stats::PointType::kConcern;
  a.points.push_back(p);
  p = {};
  p.x = 18628;
  p.label = "2021-01-01";
  p.y = 1e-7;
  a.points.push_back(p);
  stats::Part part;
  part.n_obs = 2;
  a.parts.push_back(part);
  return a;
}

TEST(JsonNumber, ShortestRoundTripAndNullForNonFinite) {
  EXPECT_EQ(JsonNumber(0.1), "0.1");
  EXPECT_EQ(JsonNumber(15), "15");
  EXPECT_EQ(JsonNumber(-0.0), "0");
  EXPECT_EQ(JsonNumber(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(JsonNumber(std::nan("")), "null");
  EXPECT_EQ(JsonNumber(-std::numeric_limits<double>::infinity()), "null");
}

TEST(JsonString, EscapesQuotesAndControls) {
  EXPECT_EQ(JsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(AnalysisToJson, KeysInTheIssuesOrder) {
  std::string json = AnalysisToJson(Small(stats::ChartType::kI));
  EXPECT_EQ(json,
            "{\"chart\": \"i\",\n"
            " \"points\": [\n"
            "  {\"x\": 1, \"y\": 0.1, \"cl\": 2.5, \"lcl\": null, \"ucl\": null, \"lcl_95\": null, "
            "\"ucl_95\": null, \"part\": 1, \"baseline\": true, \"include\": true, "
            "\"sigma_signal\": true, \"runs_signal\": false, "
            "\"rules\": [\"sigma\", \"mdc_outside_limits\"], "
            "\"point_type\": \"special_cause_concern\"},\n"
            "  {\"x\": \"2021-01-01\", \"y\": 1e-07, \"cl\": null, \"lcl\": null, \"ucl\": null, "
            "\"lcl_95\": null, \"ucl_95\": null, \"part\": 1, \"baseline\": true, "
            "\"include\": true, \"sigma_signal\": false, \"runs_signal\": false, \"rules\": [], "
            "\"point_type\": \"common_cause\"}\n"
            " ],\n"
            " \"parts\": [\n"
            "  {\"part\": 1, \"n_obs\": 2, \"n_useful\": 0, \"longest_run\": null, "
            "\"longest_run_max\": null, \"crossings\": null, \"crossings_min\": null, "
            "\"runs_signal\": false}\n"
            " ]}\n");
}

TEST(AnalysisToJson, XmrHasMeanAndProcessLimits) {
  std::string json = AnalysisToJson(Small(stats::ChartType::kXmR));
  EXPECT_NE(json.find("\"ucl_95\": null, \"mean\": null, \"lpl\": null, \"upl\": null, \"part\""),
            std::string::npos);
}

TEST(AnalysisToCsv, OneRowPerPointWithSameColumns) {
  std::string csv = AnalysisToCsv(Small(stats::ChartType::kI));
  EXPECT_EQ(csv,
            "x,y,cl,lcl,ucl,lcl_95,ucl_95,part,baseline,include,sigma_signal,runs_signal,rules,"
            "point_type\n"
            "1,0.1,2.5,,,,,1,true,true,true,false,sigma|mdc_outside_limits,special_cause_concern\n"
            "2021-01-01,1e-07,,,,,,1,true,true,false,false,,common_cause\n");
}

TEST(AnalysisToCsv, SwedishDialect) {
  std::string csv = AnalysisToCsv(Small(stats::ChartType::kI), {';', ','});
  EXPECT_NE(csv.find("\n1;0,1;2,5;"), std::string::npos);
}

}  // namespace
}  // namespace stegvis::io
