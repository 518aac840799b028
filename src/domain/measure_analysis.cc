#include "domain/measure_analysis.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace stegvis::domain {
namespace {

// An ordinal for sorting periods: months, ISO weeks and quarters each count up by one.
double PeriodOrdinal(const std::string& period) {
  const double year = std::atoi(period.substr(0, 4).c_str());
  if (period.size() > 5 && period[5] == 'W') return year * 60 + std::atoi(period.c_str() + 6);
  if (period.size() > 5 && period[5] == 'Q') return year * 4 + std::atoi(period.c_str() + 6);
  return year * 12 + std::atoi(period.c_str() + 5);
}

double Num(const std::string& text) {
  return text.empty() ? stats::kMissing : std::strtod(text.c_str(), nullptr);
}

}  // namespace

stats::Row RowOf(const Measure& measure, const Observation& o) {
  stats::Row row;
  row.x = PeriodOrdinal(o.period);
  row.label = o.period;
  row.y = Num(o.value);
  if (HasDenominator(measure.data_type)) row.n = Num(o.denominator);
  return row;
}

std::vector<stats::Row> RowsOf(const Measure& measure, const std::vector<Observation>& observations,
                               const std::string& group) {
  std::vector<stats::Row> rows;
  for (const Observation& o : observations) {
    if (o.group != group || o.value.empty()) continue;
    rows.push_back(RowOf(measure, o));
  }
  return rows;
}

std::string PhaseOf(const std::string& period, const std::vector<std::string>& phase_starts) {
  std::string phase;
  for (const std::string& start : phase_starts) {
    if (start <= period) phase = start;
  }
  return phase;
}

stats::ChartOptions ChartOptionsOf(const Measure& measure, bool phased) {
  stats::ChartOptions options;
  options.direction =
      measure.direction == Better::kUp ? stats::Direction::kUp : stats::Direction::kDown;
  options.multiply = measure.data_type == stats::DataType::kProportion ? 100 : 1;
  options.y_neg = measure.data_type == stats::DataType::kContinuous;
  if (!measure.target.empty()) options.target = Num(measure.target);
  options.part_from_phase = phased;
  options.rules = measure.rule_set;
  return options;
}

std::string_view BaselineUseName(BaselineUse use) {
  switch (use) {
    case BaselineUse::kNone: return "none";
    case BaselineUse::kFrozen: return "frozen";
    case BaselineUse::kTooFewPoints: return "too_few_points";
    case BaselineUse::kPhases: return "phases";
  }
  return "none";
}

BaselineUse BaselineUseOf(const Measure& measure, int points, bool phased) {
  if (!measure.baseline_points) return BaselineUse::kNone;
  if (phased) return BaselineUse::kPhases;
  if (points < *measure.baseline_points) return BaselineUse::kTooFewPoints;
  return BaselineUse::kFrozen;
}

BaselineUse ApplyBaseline(const Measure& measure, int points, stats::ChartOptions& options) {
  const BaselineUse use = BaselineUseOf(measure, points, options.part_from_phase);
  if (use != BaselineUse::kFrozen) return use;
  if (options.chart == stats::ChartType::kXmR) {
    options.fix_after = *measure.baseline_points;
  } else {
    options.freeze = *measure.baseline_points;
  }
  return use;
}

std::vector<int> ExcludedPoints(std::span<const stats::Row> rows,
                                const std::set<std::string>& excluded) {
  std::vector<int> out;
  if (excluded.empty()) return out;
  std::vector<std::pair<double, bool>> points;
  points.reserve(rows.size());
  for (const stats::Row& r : rows) points.emplace_back(r.x, excluded.count(r.label) > 0);
  std::sort(points.begin(), points.end());
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (points[i].second) out.push_back(static_cast<int>(i) + 1);
  }
  return out;
}

// Whether the two series have values in the same periods.
static bool SamePeriods(std::span<const stats::Row> a, std::span<const stats::Row> b) {
  std::set<double> xa;
  std::set<double> xb;
  for (const stats::Row& r : a) xa.insert(r.x);
  for (const stats::Row& r : b) xb.insert(r.x);
  return xa == xb;
}

core::Result<stats::GapAnalysis> AnalyzeGroups(const Measure& measure,
                                               std::span<const stats::Row> a,
                                               std::span<const stats::Row> b, bool phased,
                                               stats::GapRatio ratio,
                                               const std::set<std::string>& excluded) {
  stats::ChartOptions options = ChartOptionsOf(measure, phased);
  // Each group gets the chart its own data calls for, with the override when set.
  std::optional<stats::ChartType> chart;
  if (!measure.chart_override.empty()) {
    if (auto parsed = stats::ParseChartType(measure.chart_override)) chart = *parsed;
  }
  if (!chart) {
    std::vector<double> den_a;
    den_a.reserve(a.size());
    for (const stats::Row& r : a) den_a.push_back(r.n);
    chart = stats::RecommendChart(measure.data_type, static_cast<int>(a.size()), den_a).chart;
  }
  options.chart = *chart;
  ApplyBaseline(measure, static_cast<int>(std::min(a.size(), b.size())), options);
  if (SamePeriods(a, b)) options.exclude = ExcludedPoints(a, excluded);
  return stats::AnalyzeGap(a, b, options, ratio);
}

// Marks each row with the phase it falls in: the latest start not after its period.
static void AssignPhases(std::vector<stats::Row>& rows,
                         const std::vector<std::string>& phase_starts) {
  for (stats::Row& r : rows) r.phase = PhaseOf(r.label, phase_starts);
}

core::Result<MeasureAnalysis> AnalyzeMeasure(const Measure& measure,
                                             const std::vector<Observation>& observations,
                                             const std::vector<std::string>& phase_starts,
                                             const std::set<std::string>& excluded) {
  MeasureAnalysis out;
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  stats::ChartOptions options = ChartOptionsOf(measure, !phase_starts.empty());
  out.direction = options.direction;
  out.multiply = options.multiply;
  out.rules = options.rules;

  std::vector<stats::Row> total = RowsOf(measure, observations, "total");
  const bool additive =
      measure.data_type == stats::DataType::kCount || HasDenominator(measure.data_type);
  if (measure.grouping != Grouping::kNone) {
    out.group_a = groups[0];
    out.group_b = groups[1];
  }
  // Periods without an entered total get the sum of the groups when every group is there.
  if (additive && measure.grouping != Grouping::kNone) {
    std::set<std::string> have_total;
    for (const stats::Row& r : total) have_total.insert(r.label);
    std::map<std::string, std::vector<const Observation*>> by_period;
    for (const Observation& o : observations) {
      if (o.group != "total" && !o.value.empty()) by_period[o.period].push_back(&o);
    }
    for (const auto& [period, cells] : by_period) {
      if (have_total.count(period) || cells.size() != groups.size() - 1) continue;
      stats::Row row;
      row.x = PeriodOrdinal(period);
      row.label = period;
      row.y = 0;
      row.n = HasDenominator(measure.data_type) ? 0 : stats::kMissing;
      for (const Observation* o : cells) {
        row.y += Num(o->value);
        if (HasDenominator(measure.data_type)) row.n += Num(o->denominator);
      }
      total.push_back(std::move(row));
    }
  }
  std::set<std::string> periods;
  for (const Observation& o : observations) {
    if (!o.value.empty()) periods.insert(o.period);
  }
  out.periods = static_cast<int>(periods.size());

  std::vector<double> denominators;
  for (const stats::Row& r : total) denominators.push_back(r.n);
  out.recommended =
      stats::RecommendChart(measure.data_type, static_cast<int>(total.size()), denominators);
  out.chart = out.recommended.chart;
  if (!measure.chart_override.empty()) {
    if (auto chart = stats::ParseChartType(measure.chart_override)) {
      out.chart = *chart;
      out.overridden = true;
    }
  }
  options.chart = out.chart;
  AssignPhases(total, phase_starts);
  out.baseline_total = ApplyBaseline(measure, static_cast<int>(total.size()), options);
  options.exclude = ExcludedPoints(total, excluded);
  if (!total.empty()) {
    auto analysis = stats::Analyze(total, options);
    if (!analysis) return core::Fail(analysis.error());
    out.total = std::move(*analysis);
  }
  if (measure.grouping != Grouping::kNone) {
    std::vector<stats::Row> a = RowsOf(measure, observations, groups[0]);
    std::vector<stats::Row> b = RowsOf(measure, observations, groups[1]);
    AssignPhases(a, phase_starts);
    AssignPhases(b, phase_starts);
    std::set<double> xa;
    for (const stats::Row& r : a) xa.insert(r.x);
    bool common = false;
    for (const stats::Row& r : b) common = common || xa.count(r.x);
    if (common) {
      auto gap = AnalyzeGroups(measure, a, b, !phase_starts.empty(),
                               stats::GapRatio::kWhenMeaningful, excluded);
      if (!gap) return core::Fail(gap.error());
      out.groups_exclude = excluded.empty() || SamePeriods(a, b);
      out.groups = std::move(*gap);
      out.baseline_groups = BaselineUseOf(measure, static_cast<int>(std::min(a.size(), b.size())),
                                          !phase_starts.empty());
      // Values that do not add up (a mean, a time) have no total unless one is entered: then
      // the groups' chart is the one drawn, and the one the recommendation must explain.
      if (total.empty()) {
        std::vector<double> den_a;
        for (const stats::Row& r : a) den_a.push_back(r.n);
        out.recommended =
            stats::RecommendChart(measure.data_type, static_cast<int>(a.size()), den_a);
      }
    }
  }
  return out;
}

}  // namespace stegvis::domain
