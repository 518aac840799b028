#include "web/verdict_text.h"

#include <vector>

#include "chart/period_labels.h"

namespace stegvis::web {
namespace {

// The reader's name for the centre line the signal is measured against.
std::string_view LineKey(stats::ChartType chart) {
  return chart == stats::ChartType::kRun || chart == stats::ChartType::kG ? "verdict.line_median"
                                                                          : "verdict.line_mean";
}

bool IsTrend(stats::Rule rule) {
  return rule == stats::Rule::kIhiTrend || rule == stats::Rule::kMdcTrendOfSeven;
}

// "8 punkter i rad under medianen sedan mars 2025", or empty when there is no basis.
std::string DescribeEvidence(const Catalogue& catalogue, std::string_view lang,
                             const stats::Evidence& evidence, const stats::Analysis& analysis) {
  std::vector<std::string> raw;
  raw.reserve(analysis.points.size());
  for (const auto& point : analysis.points) raw.push_back(point.label);
  chart::PeriodLabels labels =
      chart::FormatPeriods(raw, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv);
  std::string since =
      evidence.first >= 0 && static_cast<std::size_t>(evidence.first) < labels.long_labels.size()
          ? labels.long_labels[static_cast<std::size_t>(evidence.first)]
          : std::string();
  std::string key;
  if (IsTrend(evidence.rule)) {
    key = evidence.side > 0 ? "verdict.trend_up" : "verdict.trend_down";
  } else {
    key = evidence.side > 0 ? "verdict.shift_above" : "verdict.shift_below";
  }
  std::string count = std::to_string(evidence.points);
  std::string line = catalogue.Get(lang, LineKey(analysis.chart));
  return catalogue.Format(lang, key, {{"n", count}, {"line", line}, {"period", since}});
}

std::string Sentence(std::string prefix, std::string answer, std::string evidence) {
  std::string out = std::move(prefix);
  out.append(": ").append(answer);
  if (!evidence.empty()) out.append(" – ").append(evidence);
  out.push_back('.');
  return out;
}

}  // namespace

std::string DescribeJudgement(const Catalogue& catalogue, std::string_view lang,
                              std::string_view group, const stats::Judgement& judgement,
                              const stats::Analysis& analysis) {
  const bool neutral = judgement.verdict == stats::SeriesVerdict::kChanged;
  std::string prefix = catalogue.Format(
      lang, neutral ? "verdict.change_for" : "verdict.improvement_for", {{"group", group}});
  std::string_view answer_key = "verdict.not_yet";
  switch (judgement.verdict) {
    case stats::SeriesVerdict::kImproved: answer_key = "verdict.yes"; break;
    case stats::SeriesVerdict::kDeteriorated: answer_key = "verdict.deteriorated"; break;
    case stats::SeriesVerdict::kChanged: answer_key = "verdict.yes"; break;
    case stats::SeriesVerdict::kNoSignal: answer_key = "verdict.not_yet"; break;
  }
  std::string evidence = judgement.basis
                             ? DescribeEvidence(catalogue, lang, *judgement.basis, analysis)
                             : catalogue.Get(lang, "verdict.only_common");
  return Sentence(prefix, catalogue.Get(lang, answer_key), evidence);
}

std::string DescribeGap(const Catalogue& catalogue, std::string_view lang, std::string_view a,
                        std::string_view b, const stats::GapAnalysis& gap) {
  std::string prefix = catalogue.Format(lang, "verdict.gap_between", {{"a", a}, {"b", b}});
  std::string_view answer_key = "verdict.gap_unchanged";
  if (gap.gap_verdict == stats::GapVerdict::kNarrowing) answer_key = "verdict.gap_narrowing";
  if (gap.gap_verdict == stats::GapVerdict::kWidening) answer_key = "verdict.gap_widening";
  std::string evidence = gap.gap_judgement.basis
                             ? DescribeEvidence(catalogue, lang, *gap.gap_judgement.basis, gap.gap)
                             : std::string();
  return Sentence(prefix, catalogue.Get(lang, answer_key), evidence);
}

}  // namespace stegvis::web
