// Series verdicts. See verdict.h.
#include "stats/verdict.h"

#include <algorithm>
#include <cmath>

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
    for (; j < n && a.points[j].rules.Has(rule); ++j) {
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

}  // namespace

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
  if (j.signals.empty()) return j;
  j.basis = j.signals.back();
  if (direction == Direction::kNeutral) {
    j.verdict = SeriesVerdict::kChanged;
  } else {
    const bool good = (j.basis->side > 0) == (direction == Direction::kUp);
    j.verdict = good ? SeriesVerdict::kImproved : SeriesVerdict::kDeteriorated;
  }
  return j;
}

}  // namespace stegvis::stats
