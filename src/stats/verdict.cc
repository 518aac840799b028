// Series verdicts. See verdict.h.
#include "stats/verdict.h"

#include <algorithm>
#include <cmath>

#include "stats/anhoej.h"
#include "stats/ihi_rules.h"

namespace stegvis::stats {
namespace {

// Shifts: maximal runs of useful points on one side of the centre line, per part. Points on
// the line and missing or excluded points are skipped (they neither add to nor break a run),
// as in the Anhøj and IHI rules.
void FindShifts(const Analysis& a, RuleSet rules, std::vector<Evidence>& out) {
  for (const Part& part : a.parts) {
    int min_length = 0;
    Rule rule = Rule::kAnhoejLongestRun;
    switch (rules) {
      case RuleSet::kAnhoej:
        if (std::isnan(part.longest_run_max)) continue;
        min_length = static_cast<int>(part.longest_run_max) + 1;
        break;
      case RuleSet::kIhi:
        min_length = kIhiShiftLength;
        rule = Rule::kIhiShift;
        break;
      case RuleSet::kMdc:
        min_length = 7;
        rule = Rule::kMdcRunOfSeven;
        break;
      case RuleSet::kWesternElectric:
        min_length = 8;
        rule = Rule::kWesternElectric4;
        break;
    }
    Evidence run;
    auto close = [&] {
      if (run.side != 0 && run.points >= min_length) out.push_back(run);
      run = Evidence{};
    };
    for (int i = part.first; i <= part.last; ++i) {
      const Point& p = a.points[i];
      if (!p.include || std::isnan(p.y) || std::isnan(p.cl)) continue;
      // MDC runs are broken by a point on the mean; the others skip it.
      const int side = (p.y > p.cl) - (p.y < p.cl);
      if (side == 0) {
        if (rules == RuleSet::kMdc || rules == RuleSet::kWesternElectric) close();
        continue;
      }
      if (side != run.side) {
        close();
        run.rule = rule;
        run.side = side;
        run.first = i;
      }
      run.last = i;
      ++run.points;
    }
    close();
  }
}

// Trends: blocks of consecutive points marked by the rule set's trend rule, split where the
// direction turns (a turning point belongs to both trends).
void FindTrends(const Analysis& a, Rule rule, std::vector<Evidence>& out) {
  const int n = static_cast<int>(a.points.size());
  int i = 0;
  while (i < n) {
    if (!a.points[i].rules.Has(rule)) {
      ++i;
      continue;
    }
    Evidence t;
    t.rule = rule;
    t.first = t.last = i;
    t.points = 1;
    int j = i + 1;
    // A trend never spans two parts: each part has its own rules.
    for (; j < n && a.points[j].rules.Has(rule) && a.points[j].part == a.points[i].part; ++j) {
      if (std::isnan(a.points[j].y)) continue;
      const double d = a.points[j].y - a.points[t.last].y;
      const int s = (d > 0) - (d < 0);
      if (s != 0 && t.side != 0 && s != t.side) {
        out.push_back(t);
        t.first = t.last;  // the turning point starts the next trend
        t.points = 1;
      }
      if (s != 0) t.side = s;
      t.last = j;
      ++t.points;
    }
    if (t.side != 0) out.push_back(t);
    i = j;
  }
}

bool IsTrendRule(Rule rule) {
  return rule == Rule::kIhiTrend || rule == Rule::kMdcTrendOfSeven;
}

bool Usable(const Point& p) {
  return p.include && !std::isnan(p.y);
}

bool InPart(const Evidence& e, const Part& part) {
  return e.first >= part.first && e.last <= part.last;
}

// Whether a signal of `part` still describes the part's latest points. A trend must end at the
// last usable point. A shift holds while fewer than half of the usable points after it lie on
// the other side of the centre line (points on the line count for neither side): one point
// across the line after a long run is common-cause noise, but once the points since the run
// sit mostly on the other side, the run describes the past and a later run on the other side
// (even one still too short to be a signal) has taken over.
bool ReachesEnd(const Analysis& a, const Evidence& e, const Part& part) {
  int after = 0;
  int across = 0;
  for (int i = e.last + 1; i <= part.last; ++i) {
    const Point& p = a.points[i];
    if (!Usable(p)) continue;
    if (IsTrendRule(e.rule)) return false;
    if (std::isnan(p.cl)) continue;
    const int side = (p.y > p.cl) - (p.y < p.cl);
    if (side == 0) continue;
    ++after;
    across += side == -e.side ? 1 : 0;
  }
  return 2 * across < after || after == 0;
}

SeriesVerdict VerdictOf(const Evidence& e, Direction direction) {
  if (direction == Direction::kNeutral) return SeriesVerdict::kChanged;
  const bool good = (e.side > 0) == (direction == Direction::kUp);
  return good ? SeriesVerdict::kImproved : SeriesVerdict::kDeteriorated;
}

// How `part` reads at its last point; `signals` sorted by last point.
PartReading ReadPart(const Analysis& a, const std::vector<Evidence>& signals, const Part& part,
                     Direction direction) {
  PartReading r;
  for (int i = part.first; i <= part.last; ++i) r.points += Usable(a.points[i]) ? 1 : 0;
  for (auto it = signals.rbegin(); it != signals.rend(); ++it) {
    if (!InPart(*it, part)) continue;
    if (ReachesEnd(a, *it, part)) {
      r.basis = *it;
      r.verdict = VerdictOf(*it, direction);
      return r;
    }
    if (!r.ended) r.ended = *it;
  }
  return r;
}

}  // namespace

int PointsNeededForShift(RuleSet rules) {
  switch (rules) {
    case RuleSet::kAnhoej:
      for (int n = 1;; ++n) {
        if (static_cast<int>(LongestRunLimit(n)) + 1 <= n) return n;
      }
    case RuleSet::kIhi: return kIhiShiftLength;
    case RuleSet::kMdc: return 7;
    case RuleSet::kWesternElectric: return 8;
  }
  return 0;
}

std::string_view SeriesVerdictName(SeriesVerdict verdict) {
  switch (verdict) {
    case SeriesVerdict::kNoSignal: return "no_signal";
    case SeriesVerdict::kImproved: return "improved";
    case SeriesVerdict::kDeteriorated: return "deteriorated";
    case SeriesVerdict::kChanged: return "changed";
  }
  return "";
}

Judgement JudgeSeries(const Analysis& analysis, RuleSet rules, Direction direction) {
  // The XmR chart is the MDC chart: its points carry the MDC marks whatever the options say.
  if (analysis.chart == ChartType::kXmR && rules == RuleSet::kAnhoej) rules = RuleSet::kMdc;
  Judgement j;
  FindShifts(analysis, rules, j.signals);
  if (rules == RuleSet::kIhi) FindTrends(analysis, Rule::kIhiTrend, j.signals);
  if (rules == RuleSet::kMdc) FindTrends(analysis, Rule::kMdcTrendOfSeven, j.signals);
  std::stable_sort(j.signals.begin(), j.signals.end(), [](const Evidence& x, const Evidence& y) {
    return x.last != y.last ? x.last < y.last : x.first < y.first;
  });
  j.points_needed = PointsNeededForShift(rules);
  if (analysis.parts.empty()) return j;
  // The current phase: the last part with a usable point (a phase may have begun without data).
  std::size_t current = analysis.parts.size() - 1;
  while (current > 0) {
    const Part& part = analysis.parts[current];
    bool any = false;
    for (int i = part.first; i <= part.last && !any; ++i) any = Usable(analysis.points[i]);
    if (any) break;
    --current;
  }
  PartReading now = ReadPart(analysis, j.signals, analysis.parts[current], direction);
  j.verdict = now.verdict;
  j.basis = now.basis;
  j.ended = now.ended;
  if (!j.basis && !j.ended && !j.signals.empty()) j.ended = j.signals.back();
  j.part_first = analysis.parts[current].first;
  j.part_points = now.points;
  if (current > 0) {
    j.previous_part = ReadPart(analysis, j.signals, analysis.parts[current - 1], direction);
  }
  return j;
}

}  // namespace stegvis::stats
