// Names and parsers for the enums of analysis.h. The names are part of the JSON and CLI
// interface: never change one, only add.
#include "stats/analysis.h"

#include <array>
#include <string>

namespace stegvis::stats {
namespace {

constexpr std::array<std::string_view, 13> kChartNames = {"run", "i", "mr", "xbar", "s", "t",  "p",
                                                          "pp",  "u", "up", "c",    "g", "xmr"};
constexpr std::array<std::string_view, 3> kAggregationNames = {"mean", "median", "sum"};
constexpr std::array<std::string_view, 4> kRuleSetNames = {"anhoej", "ihi", "mdc",
                                                           "western-electric"};
constexpr std::array<std::string_view, 3> kDirectionNames = {"up", "down", "neutral"};
constexpr std::array<std::string_view, kRuleCount> kRuleNames = {"sigma",
                                                                 "anhoej_longest_run",
                                                                 "anhoej_crossings",
                                                                 "ihi_shift",
                                                                 "ihi_trend",
                                                                 "ihi_too_few_runs",
                                                                 "ihi_too_many_runs",
                                                                 "ihi_astronomical",
                                                                 "mdc_outside_limits",
                                                                 "mdc_run_of_seven",
                                                                 "mdc_trend_of_seven",
                                                                 "mdc_two_of_three",
                                                                 "western_electric_1",
                                                                 "western_electric_2",
                                                                 "western_electric_3",
                                                                 "western_electric_4"};
constexpr std::array<std::string_view, 5> kPointTypeNames = {
    "common_cause", "special_cause_improvement", "special_cause_concern",
    "special_cause_neutral_high", "special_cause_neutral_low"};

// Finds `text` in `names`; the index is the enum value because the tables follow the enums.
template <typename Enum, std::size_t N>
core::Result<Enum> Parse(const std::array<std::string_view, N>& names, std::string_view text,
                         const char* field) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  std::string allowed;
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) allowed += ", ";
    allowed += names[i];
  }
  return core::Fail(core::Error::Invalid(
      "unknown " + std::string(field) + " '" + std::string(text) + "' (one of " + allowed + ")",
      field));
}

}  // namespace

std::string_view ChartTypeName(ChartType chart) {
  return kChartNames[static_cast<std::size_t>(chart)];
}
core::Result<ChartType> ParseChartType(std::string_view text) {
  return Parse<ChartType>(kChartNames, text, "chart");
}
std::string_view AggregationName(Aggregation agg) {
  return kAggregationNames[static_cast<std::size_t>(agg)];
}
core::Result<Aggregation> ParseAggregation(std::string_view text) {
  return Parse<Aggregation>(kAggregationNames, text, "agg");
}
std::string_view RuleSetName(RuleSet rules) {
  return kRuleSetNames[static_cast<std::size_t>(rules)];
}
core::Result<RuleSet> ParseRuleSet(std::string_view text) {
  return Parse<RuleSet>(kRuleSetNames, text, "rules");
}
std::string_view DirectionName(Direction direction) {
  return kDirectionNames[static_cast<std::size_t>(direction)];
}
core::Result<Direction> ParseDirection(std::string_view text) {
  return Parse<Direction>(kDirectionNames, text, "direction");
}
std::string_view RuleName(Rule rule) {
  return kRuleNames[static_cast<std::size_t>(rule)];
}
std::string_view PointTypeName(PointType type) {
  return kPointTypeNames[static_cast<std::size_t>(type)];
}

}  // namespace stegvis::stats
