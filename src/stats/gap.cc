// Two groups and the gap between them. See gap.h.
#include "stats/gap.h"

#include <cmath>
#include <string>
#include <vector>

#include "stats/chart_choice.h"

namespace stegvis::stats {
namespace {

core::Error InGroup(core::Error e, const char* group) {
  e.message = std::string("group ") + group + ": " + e.message;
  e.field = std::string("group ") + group + ": " + e.field;
  return e;
}

bool SamePeriods(const Analysis& a, const Analysis& b) {
  if (a.points.size() != b.points.size()) return false;
  for (std::size_t i = 0; i < a.points.size(); ++i)
    if (a.points[i].x != b.points[i].x) return false;
  return true;
}

}  // namespace

std::string_view GapVerdictName(GapVerdict verdict) {
  switch (verdict) {
    case GapVerdict::kUnchanged: return "unchanged";
    case GapVerdict::kNarrowing: return "narrowing";
    case GapVerdict::kWidening: return "widening";
  }
  return "";
}

core::Result<GapAnalysis> AnalyzeGap(std::span<const Row> group_a, std::span<const Row> group_b,
                                     const ChartOptions& options) {
  auto a = Analyze(group_a, options);
  if (!a) return core::Fail(InGroup(a.error(), "A"));
  auto b = Analyze(group_b, options);
  if (!b) return core::Fail(InGroup(b.error(), "B"));

  // Merge the two sorted period lists. A period of one group only is missing in the gap.
  std::vector<Row> difference, size, ratio;
  bool ratio_makes_sense = true;
  int both = 0;
  std::size_t i = 0, j = 0;
  const auto& pa = a->points;
  const auto& pb = b->points;
  while (i < pa.size() || j < pb.size()) {
    Row row;
    double ya = kMissing, yb = kMissing;
    if (j >= pb.size() || (i < pa.size() && pa[i].x < pb[j].x)) {
      row.x = pa[i].x;
      row.label = pa[i].label;
      ya = pa[i++].y;
    } else if (i >= pa.size() || pb[j].x < pa[i].x) {
      row.x = pb[j].x;
      row.label = pb[j].label;
      yb = pb[j++].y;
    } else {
      row.x = pa[i].x;
      row.label = pa[i].label;
      ya = pa[i++].y;
      yb = pb[j++].y;
    }
    // Ratios of values that can be zero or negative say nothing (or divide by zero).
    if ((!std::isnan(ya) && ya <= 0) || (!std::isnan(yb) && yb <= 0)) ratio_makes_sense = false;
    if (!std::isnan(ya) && !std::isnan(yb)) ++both;
    row.y = ya - yb;  // NaN when either is missing
    difference.push_back(row);
    row.y = std::fabs(ya - yb);
    size.push_back(row);
    row.y = ya / yb;
    ratio.push_back(row);
  }
  if (both == 0)
    return core::Fail(core::Error::Invalid("the two groups have no period in common", "groups"));

  ChartOptions derived = options;
  derived.chart = options.chart == ChartType::kXmR ? ChartType::kXmR
                  : both < kMinPointsForLimits     ? ChartType::kRun
                                                   : ChartType::kI;
  derived.cl.reset();
  derived.target.reset();
  derived.multiply = 1;
  derived.agg = Aggregation::kMean;
  derived.y_neg = true;
  derived.part_from_phase = false;
  if (SamePeriods(*a, *b)) {
    // Phases from a phase column become part numbers, as the groups' own parts are.
    if (options.part_from_phase && options.part_at.empty()) {
      derived.part_at.clear();
      for (std::size_t k = 1; k < a->parts.size(); ++k)
        derived.part_at.push_back(a->parts[k].first);
    }
  } else {
    // Point numbers of the groups do not number the merged periods.
    derived.freeze = 0;
    derived.part_at.clear();
    derived.exclude.clear();
    derived.fix_after = 0;
    derived.rebase_at_x.reset();
  }

  GapAnalysis out;
  derived.direction = Direction::kNeutral;  // A − B and A / B have no better direction
  auto diff = Analyze(difference, derived);
  if (!diff) return core::Fail(InGroup(diff.error(), "difference"));
  derived.direction = Direction::kDown;  // a smaller gap is better
  auto gap = Analyze(size, derived);
  if (!gap) return core::Fail(InGroup(gap.error(), "gap"));
  if (ratio_makes_sense) {
    derived.direction = Direction::kNeutral;
    auto r = Analyze(ratio, derived);
    if (!r) return core::Fail(InGroup(r.error(), "ratio"));
    out.ratio = std::move(*r);
  }

  out.verdict_a = JudgeSeries(*a, options.rules, options.direction);
  out.verdict_b = JudgeSeries(*b, options.rules, options.direction);
  out.gap_judgement = JudgeSeries(*gap, options.rules, Direction::kDown);
  switch (out.gap_judgement.verdict) {
    case SeriesVerdict::kImproved: out.gap_verdict = GapVerdict::kNarrowing; break;
    case SeriesVerdict::kDeteriorated: out.gap_verdict = GapVerdict::kWidening; break;
    default: out.gap_verdict = GapVerdict::kUnchanged; break;
  }
  out.group_a = std::move(*a);
  out.group_b = std::move(*b);
  out.difference = std::move(*diff);
  out.gap = std::move(*gap);
  return out;
}

}  // namespace stegvis::stats
