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
    if (a.points.x(i) != b.points.x(i)) return false;
  return true;
}

// The mean distance from zero of the usable points first..last of `d` on `side` of their
// centre line (any side when 0); NaN when there are none.
double MeanDistance(const Analysis& d, int first, int last, int side) {
  double sum = 0;
  int n = 0;
  for (int i = first; i <= last; ++i) {
    const double y = d.points.y(i), cl = d.points.cl(i);
    if (!d.points.include(i) || std::isnan(y)) continue;
    if (side != 0 && (std::isnan(cl) || (y > cl) - (y < cl) != side)) continue;
    sum += std::fabs(y);
    ++n;
  }
  return n == 0 ? kMissing : sum / n;
}

// +1 when `e` moves the difference towards zero, -1 away from it, 0 when neither or unknown.
// A trend compares its last point with its first. Any other signal compares its points on its
// side with the level before it: the usable points of its phase before its first point (the
// centre line when it begins the phase).
int TowardZero(const Analysis& d, const Evidence& e) {
  if (e.kind == SignalKind::kManyCrossings) return 0;
  double from = 0, to = 0;
  if (e.kind == SignalKind::kTrend) {
    from = std::fabs(d.points.y(e.first));
    to = std::fabs(d.points.y(e.last));
  } else {
    int phase_first = 0;
    for (const Part& part : d.parts) {
      if (part.first <= e.first && e.first <= part.last) phase_first = part.first;
    }
    from = MeanDistance(d, phase_first, e.first - 1, 0);
    if (std::isnan(from)) from = std::fabs(d.points.cl(e.first));
    to = MeanDistance(d, e.first, e.last, e.side);
  }
  if (std::isnan(from) || std::isnan(to) || from == to) return 0;
  return to < from ? 1 : -1;
}

void JudgeTowardZero(const Analysis& d, std::vector<Evidence>& signals) {
  for (Evidence& e : signals) e.better = TowardZero(d, e);
}

GapVerdict GapVerdictOf(SeriesVerdict verdict) {
  switch (verdict) {
    case SeriesVerdict::kImproved: return GapVerdict::kNarrowing;
    case SeriesVerdict::kDeteriorated: return GapVerdict::kWidening;
    case SeriesVerdict::kChanged: return GapVerdict::kChanged;
    case SeriesVerdict::kNoSignal: return GapVerdict::kUnchanged;
    case SeriesVerdict::kTooFewPoints: return GapVerdict::kTooFewPoints;
  }
  return GapVerdict::kUnchanged;
}

// The difference judged for the gap: its signals under `rules`, each judged towards or away
// from zero.
Judgement JudgeGap(const Analysis& difference, RuleSet rules) {
  Judgement j = JudgeSeries(difference, rules, Direction::kNeutral);
  JudgeTowardZero(difference, j.signals);
  j.verdict = DecideVerdict(j.signals, j.part_points, j.points_needed);
  if (j.previous_part) {
    PartReading& p = *j.previous_part;
    JudgeTowardZero(difference, p.signals);
    p.verdict = DecideVerdict(p.signals, p.points, j.points_needed);
  }
  return j;
}

}  // namespace

std::string_view GapVerdictName(GapVerdict verdict) {
  switch (verdict) {
    case GapVerdict::kUnchanged: return "unchanged";
    case GapVerdict::kNarrowing: return "narrowing";
    case GapVerdict::kWidening: return "widening";
    case GapVerdict::kChanged: return "changed";
    case GapVerdict::kTooFewPoints: return "too_few_points";
  }
  return "";
}

core::Result<GapAnalysis> AnalyzeGap(std::span<const Row> group_a, std::span<const Row> group_b,
                                     const ChartOptions& options, GapRatio ratio_wanted) {
  auto a = Analyze(group_a, options);
  if (!a) return core::Fail(InGroup(a.error(), "A"));
  auto b = Analyze(group_b, options);
  if (!b) return core::Fail(InGroup(b.error(), "B"));

  // Merge the two sorted period lists. A period of one group only is missing in the gap.
  std::vector<Row> difference, ratio;
  bool ratio_makes_sense = true;
  int both = 0;
  std::size_t i = 0, j = 0;
  const auto& pa = a->points;
  const auto& pb = b->points;
  while (i < pa.size() || j < pb.size()) {
    Row row;
    double ya = kMissing, yb = kMissing;
    if (j >= pb.size() || (i < pa.size() && pa.x(i) < pb.x(j))) {
      row.x = pa.x(i);
      row.label = std::string(pa.label(i));
      ya = pa.y(i++);
    } else if (i >= pa.size() || pb.x(j) < pa.x(i)) {
      row.x = pb.x(j);
      row.label = std::string(pb.label(j));
      yb = pb.y(j++);
    } else {
      row.x = pa.x(i);
      row.label = std::string(pa.label(i));
      ya = pa.y(i++);
      yb = pb.y(j++);
    }
    // Ratios of values that can be zero or negative say nothing (or divide by zero).
    if ((!std::isnan(ya) && ya <= 0) || (!std::isnan(yb) && yb <= 0)) ratio_makes_sense = false;
    if (!std::isnan(ya) && !std::isnan(yb)) ++both;
    row.y = ya - yb;  // NaN when either is missing
    difference.push_back(row);
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
  if (ratio_makes_sense && ratio_wanted == GapRatio::kWhenMeaningful) {
    auto r = Analyze(ratio, derived);
    if (!r) return core::Fail(InGroup(r.error(), "ratio"));
    out.ratio = std::move(*r);
  }

  out.verdict_a = JudgeSeries(*a, options.rules, options.direction);
  out.verdict_b = JudgeSeries(*b, options.rules, options.direction);
  out.gap_judgement = JudgeGap(*diff, options.rules);
  out.gap_verdict = GapVerdictOf(out.gap_judgement.verdict);
  out.group_a = std::move(*a);
  out.group_b = std::move(*b);
  out.difference = std::move(*diff);
  return out;
}

}  // namespace stegvis::stats
