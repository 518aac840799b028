#include "chart/summary.h"

#include <cmath>
#include <vector>

#include "chart/analysis_view.h"

namespace stegvis::chart {
namespace {

std::string JoinWords(const std::vector<std::string>& pieces, const ChartLabels& labels) {
  std::string out;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) out += i + 1 == pieces.size() ? labels.list_and : ", ";
    out += pieces[i];
  }
  return out;
}

}  // namespace

std::string Verdict(const stats::Analysis& analysis, const ChartLabels& labels) {
  int improvement = 0, concern = 0, neutral = 0;
  for (const stats::Point& p : analysis.points) {
    if (!std::isfinite(p.y)) continue;
    switch (MarkOf(p)) {
      case Mark::kImprovement: ++improvement; break;
      case Mark::kConcern: ++concern; break;
      case Mark::kNeutral: ++neutral; break;
      default: break;
    }
  }
  bool runs = false;
  for (const stats::Part& part : analysis.parts) runs |= PartRunsSignal(analysis, part);

  std::vector<std::string> pieces;
  auto count = [&](int k, const std::string& one, const std::string& many) {
    if (k == 1) pieces.push_back(one);
    if (k > 1) pieces.push_back(FillTemplate(many, {{"k", std::to_string(k)}}));
  };
  count(improvement, labels.verdict_improvement_one, labels.verdict_improvement_many);
  count(concern, labels.verdict_concern_one, labels.verdict_concern_many);
  count(neutral, labels.verdict_neutral_one, labels.verdict_neutral_many);
  if (runs) pieces.push_back(labels.verdict_runs);
  if (pieces.empty()) return labels.verdict_common;
  return JoinWords(pieces, labels);
}

std::string SummarySentence(const ChartInput& input, const Periods& periods,
                            const ChartLabels& labels) {
  if (input.series.empty() || !input.series.front().analysis) return {};
  const stats::Analysis& first = *input.series.front().analysis;
  int n = 0;
  for (const stats::Point& p : first.points) n += std::isfinite(p.y) ? 1 : 0;
  std::string verdict;
  if (input.series.size() == 1 && !input.gap) {
    verdict = Verdict(first, labels);
  } else {
    std::vector<std::string> groups;
    for (const Series& s : input.series)
      groups.push_back(FillTemplate(labels.summary_group,
                                    {{"name", s.name}, {"verdict", Verdict(*s.analysis, labels)}}));
    if (input.gap)
      groups.push_back(
          FillTemplate(labels.summary_group,
                       {{"name", labels.gap_series}, {"verdict", Verdict(*input.gap, labels)}}));
    for (size_t i = 0; i < groups.size(); ++i) verdict += (i ? "; " : "") + groups[i];
  }
  const auto& long_labels = periods.labels.long_labels;
  return FillTemplate(
      labels.summary,
      {{"chart", labels.title.empty() ? ChartName(labels, first.chart) : labels.title},
       {"n", std::to_string(n)},
       {"from", long_labels.empty() ? "" : long_labels.front()},
       {"to", long_labels.empty() ? "" : long_labels.back()},
       {"verdict", verdict}});
}

}  // namespace stegvis::chart
