#include "chart/labels.h"

#include "stats/funnel.h"

namespace stegvis::chart {
namespace {

// The word fields and their keys ("chart." + the name).
struct WordField {
  const char* name;
  std::string ChartLabels::*member;
};

constexpr WordField kWords[] = {
    {"value", &ChartLabels::value},
    {"centre_median", &ChartLabels::centre_median},
    {"centre_mean", &ChartLabels::centre_mean},
    {"limits", &ChartLabels::limits},
    {"process_limits", &ChartLabels::process_limits},
    {"limits_2sigma", &ChartLabels::limits_2sigma},
    {"target", &ChartLabels::target},
    {"excluded", &ChartLabels::excluded},
    {"common_cause", &ChartLabels::common_cause},
    {"improvement", &ChartLabels::improvement},
    {"concern", &ChartLabels::concern},
    {"special_neutral", &ChartLabels::special_neutral},
    {"runs_signal", &ChartLabels::runs_signal},
    {"part", &ChartLabels::part},
    {"part_column", &ChartLabels::part_column},
    {"annotation", &ChartLabels::annotation},
    {"annotation_span", &ChartLabels::annotation_span},
    {"annotation_span_open", &ChartLabels::annotation_span_open},
    {"annotation_column", &ChartLabels::annotation_column},
    {"annotation_starts", &ChartLabels::annotation_starts},
    {"annotation_ends", &ChartLabels::annotation_ends},
    {"annotation_single", &ChartLabels::annotation_single},
    {"annotation_running", &ChartLabels::annotation_running},
    {"women", &ChartLabels::women},
    {"men", &ChartLabels::men},
    {"gap_title", &ChartLabels::gap_title},
    {"gap_series", &ChartLabels::gap_series},
    {"funnel_title", &ChartLabels::funnel_title},
    {"funnel_size", &ChartLabels::funnel_size},
    {"funnel_centre", &ChartLabels::funnel_centre},
    {"funnel_limits_95", &ChartLabels::funnel_limits_95},
    {"funnel_limits_998", &ChartLabels::funnel_limits_998},
    {"funnel_unit", &ChartLabels::funnel_unit},
    {"funnel_summary", &ChartLabels::funnel_summary},
    {"table_caption", &ChartLabels::table_caption},
    {"period", &ChartLabels::period},
    {"lower_limit", &ChartLabels::lower_limit},
    {"upper_limit", &ChartLabels::upper_limit},
    {"centre_line", &ChartLabels::centre_line},
    {"signal", &ChartLabels::signal},
    {"no_signal", &ChartLabels::no_signal},
    {"missing_value", &ChartLabels::missing_value},
    {"summary", &ChartLabels::summary},
    {"summary_group", &ChartLabels::summary_group},
    {"verdict_common", &ChartLabels::verdict_common},
    {"verdict_improvement_one", &ChartLabels::verdict_improvement_one},
    {"verdict_improvement_many", &ChartLabels::verdict_improvement_many},
    {"verdict_concern_one", &ChartLabels::verdict_concern_one},
    {"verdict_concern_many", &ChartLabels::verdict_concern_many},
    {"verdict_neutral_one", &ChartLabels::verdict_neutral_one},
    {"verdict_neutral_many", &ChartLabels::verdict_neutral_many},
    {"verdict_runs", &ChartLabels::verdict_runs},
    {"list_and", &ChartLabels::list_and},
};

std::string TypeKey(std::size_t i) {
  return "chart.type." + std::string(stats::ChartTypeName(static_cast<stats::ChartType>(i)));
}

std::string RuleKey(std::size_t i) {
  return "chart.rule." + std::string(stats::RuleName(static_cast<stats::Rule>(i)));
}

std::string PositionKey(std::size_t i) {
  return "chart.funnel_position." +
         std::string(stats::FunnelPositionName(static_cast<stats::FunnelPosition>(i)));
}

}  // namespace

ChartLabels LabelsFrom(Lang lang, const WordOf& word) {
  ChartLabels l;
  l.lang = lang;
  for (const WordField& f : kWords) l.*(f.member) = word("chart." + std::string(f.name));
  for (std::size_t i = 0; i < l.chart_names.size(); ++i) l.chart_names[i] = word(TypeKey(i));
  for (std::size_t i = 0; i < l.rule_words.size(); ++i) l.rule_words[i] = word(RuleKey(i));
  for (std::size_t i = 0; i < l.funnel_positions.size(); ++i) {
    l.funnel_positions[i] = word(PositionKey(i));
  }
  return l;
}

std::vector<std::string> LabelKeys() {
  std::vector<std::string> keys;
  LabelsFrom(Lang::kSv, [&](std::string_view key) {
    keys.emplace_back(key);
    return std::string();
  });
  return keys;
}

std::string FillTemplate(std::string_view pattern,
                         std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = pattern.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [key, value] : values) {
          if (key == name) {
            out += value;
            found = true;
            break;
          }
        }
        if (found) {
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

const std::string& ChartName(const ChartLabels& labels, stats::ChartType chart) {
  return labels.chart_names[static_cast<size_t>(chart)];
}

const std::string& RuleWords(const ChartLabels& labels, stats::Rule rule) {
  return labels.rule_words[static_cast<size_t>(rule)];
}

}  // namespace stegvis::chart
