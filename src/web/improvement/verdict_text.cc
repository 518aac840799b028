#include "web/improvement/verdict_text.h"

#include <string>
#include <utility>
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

// The long period labels of the analysis' points ("mars 2025").
std::vector<std::string> LongLabels(std::string_view lang, const stats::Analysis& analysis) {
  std::vector<std::string> raw;
  raw.reserve(analysis.points.size());
  for (const auto& point : analysis.points) raw.push_back(point.label);
  return chart::FormatPeriods(raw, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv).long_labels;
}

std::string LabelAt(const std::vector<std::string>& labels, int index) {
  return index >= 0 && static_cast<std::size_t>(index) < labels.size()
             ? labels[static_cast<std::size_t>(index)]
             : std::string();
}

// "8 punkter i rad under medianen sedan mars 2025"; with `until`, for a signal that has ended:
// "8 punkter i rad under medianen från oktober 2024 till maj 2025".
std::string DescribeEvidence(const Catalogue& catalogue, std::string_view lang,
                             const stats::Evidence& evidence, const stats::Analysis& analysis,
                             bool until = false) {
  const std::vector<std::string> labels = LongLabels(lang, analysis);
  std::string key;
  if (IsTrend(evidence.rule)) {
    key = evidence.side > 0 ? "verdict.trend_up" : "verdict.trend_down";
  } else {
    key = evidence.side > 0 ? "verdict.shift_above" : "verdict.shift_below";
  }
  if (until) key += "_until";
  std::string count = std::to_string(evidence.points);
  std::string line = catalogue.Get(lang, LineKey(analysis.chart));
  return catalogue.Format(lang, key,
                          {{"n", count},
                           {"line", line},
                           {"period", LabelAt(labels, evidence.first)},
                           {"until", LabelAt(labels, evidence.last)}});
}

// How the phase before the current one ended: "den förra fasen slutade med en förbättring: …".
// For the gap (judged with direction down) "improved" is worded as narrowing.
std::string DescribePreviousPart(const Catalogue& catalogue, std::string_view lang,
                                 const stats::PartReading& previous,
                                 const stats::Analysis& analysis, bool gap) {
  if (!previous.basis) return catalogue.Get(lang, "verdict.previous_none");
  std::string_view key = "verdict.previous_changed";
  if (previous.verdict == stats::SeriesVerdict::kImproved) {
    key = gap ? "verdict.previous_gap_narrowing" : "verdict.previous_improved";
  }
  if (previous.verdict == stats::SeriesVerdict::kDeteriorated) {
    key = gap ? "verdict.previous_gap_widening" : "verdict.previous_deteriorated";
  }
  return catalogue.Format(
      lang, key,
      {{"evidence", DescribeEvidence(catalogue, lang, *previous.basis, analysis, true)}});
}

std::string Sentence(std::string prefix, std::string answer, std::string evidence) {
  std::string out = std::move(prefix);
  out.append(": ").append(answer);
  if (!evidence.empty()) out.append(" – ").append(evidence);
  out.push_back('.');
  return out;
}

// The answer and its evidence when no signal holds at the last point: a new phase too short
// to show a shift, a signal that has ended, or common-cause variation only; with more than one
// phase, followed by how the previous phase ended. `none_key` is the plain answer
// ("inga tecken ännu", "oförändrat"); `gap` for the gap between groups (no common-cause words,
// narrowing and widening instead of improvement and deterioration).
std::pair<std::string, std::string> DescribeNoSignal(const Catalogue& catalogue,
                                                     std::string_view lang,
                                                     const stats::Judgement& judgement,
                                                     const stats::Analysis& analysis,
                                                     std::string_view none_key, bool gap) {
  std::string answer = catalogue.Get(lang, none_key);
  std::string evidence;
  const bool ended_here = judgement.ended && judgement.ended->first >= judgement.part_first;
  if (judgement.previous_part && judgement.part_points < judgement.points_needed) {
    answer = catalogue.Get(lang, "verdict.too_few_yet");
    evidence =
        catalogue.Format(lang, "verdict.new_phase",
                         {{"period", LabelAt(LongLabels(lang, analysis), judgement.part_first)},
                          {"n", std::to_string(judgement.part_points)},
                          {"needed", std::to_string(judgement.points_needed)}});
  } else if (ended_here) {
    answer = catalogue.Get(lang, "verdict.not_now");
    evidence = catalogue.Format(
        lang, "verdict.ended",
        {{"evidence", DescribeEvidence(catalogue, lang, *judgement.ended, analysis, true)}});
  } else if (!gap) {
    evidence = catalogue.Get(lang, "verdict.only_common");
  }
  if (judgement.previous_part) {
    std::string previous =
        DescribePreviousPart(catalogue, lang, *judgement.previous_part, analysis, gap);
    evidence = evidence.empty() ? previous : evidence + "; " + previous;
  }
  return {answer, evidence};
}

}  // namespace

std::string DescribeJudgement(const Catalogue& catalogue, std::string_view lang,
                              std::string_view group, const stats::Judgement& judgement,
                              const stats::Analysis& analysis) {
  const bool neutral = judgement.verdict == stats::SeriesVerdict::kChanged;
  std::string prefix = catalogue.Format(
      lang, neutral ? "verdict.change_for" : "verdict.improvement_for", {{"group", group}});
  if (judgement.verdict == stats::SeriesVerdict::kNoSignal || !judgement.basis) {
    auto [answer, evidence] =
        DescribeNoSignal(catalogue, lang, judgement, analysis, "verdict.not_yet", false);
    return Sentence(prefix, answer, evidence);
  }
  std::string_view answer_key = "verdict.yes";
  if (judgement.verdict == stats::SeriesVerdict::kDeteriorated) {
    answer_key = "verdict.deteriorated";
  }
  return Sentence(prefix, catalogue.Get(lang, answer_key),
                  DescribeEvidence(catalogue, lang, *judgement.basis, analysis));
}

std::string DescribeGap(const Catalogue& catalogue, std::string_view lang, std::string_view a,
                        std::string_view b, const stats::GapAnalysis& gap) {
  std::string prefix = catalogue.Format(lang, "verdict.gap_between", {{"a", a}, {"b", b}});
  if (!gap.gap_judgement.basis) {
    auto [answer, evidence] = DescribeNoSignal(catalogue, lang, gap.gap_judgement, gap.gap,
                                               "verdict.gap_unchanged", true);
    return Sentence(prefix, answer, evidence);
  }
  std::string_view answer_key = gap.gap_verdict == stats::GapVerdict::kNarrowing
                                    ? "verdict.gap_narrowing"
                                    : "verdict.gap_widening";
  return Sentence(prefix, catalogue.Get(lang, answer_key),
                  DescribeEvidence(catalogue, lang, *gap.gap_judgement.basis, gap.gap));
}

}  // namespace stegvis::web
