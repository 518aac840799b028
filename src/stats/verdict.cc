// Series verdicts. See verdict.h.
#include "stats/verdict.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

#include "stats/anhoej.h"
#include "stats/chart_choice.h"
#include "stats/ihi_rules.h"
#include "stats/xmr.h"

namespace stegvis::stats {
namespace {

// Western Electric: Montgomery (ch. 5) bases trial limits on 20–25 subgroups.
constexpr int kWesternElectricPointsNeeded = 20;

bool Usable(const PointColumns& points, int i) {
  return points.include(i) && !std::isnan(points.y(i));
}

// +1 above the centre line, -1 below, 0 on it or without one.
int SideOf(const PointColumns& points, int i) {
  const double y = points.y(i), cl = points.cl(i);
  if (std::isnan(cl)) return 0;
  return (y > cl) - (y < cl);
}

int ShiftLength(const Part& part, RuleSet rules, Rule& rule) {
  switch (rules) {
    case RuleSet::kAnhoej:
      rule = Rule::kAnhoejLongestRun;
      return std::isnan(part.longest_run_max) ? 0 : static_cast<int>(part.longest_run_max) + 1;
    case RuleSet::kIhi: rule = Rule::kIhiShift; return kIhiShiftLength;
    case RuleSet::kMdc: rule = Rule::kMdcRunOfSeven; return 7;
    case RuleSet::kWesternElectric: rule = Rule::kWesternElectric4; return 8;
  }
  return 0;
}

// Shifts: maximal runs of usable points on one side of the centre line. Points on the line
// are skipped (they neither add to nor break a run) as in the Anhøj and IHI rules; MDC and WE
// runs are broken by them.
void FindShifts(const Analysis& a, const Part& part, RuleSet rules, std::vector<Evidence>& out) {
  Rule rule = Rule::kAnhoejLongestRun;
  const int min_length = ShiftLength(part, rules, rule);
  if (min_length == 0) return;
  Evidence run;
  auto close = [&] {
    if (run.side != 0 && run.points >= min_length) out.push_back(run);
    run = Evidence{};
  };
  for (int i = part.first; i <= part.last; ++i) {
    if (!Usable(a.points, i) || std::isnan(a.points.cl(i))) continue;
    const int side = SideOf(a.points, i);
    if (side == 0) {
      if (rules == RuleSet::kMdc || rules == RuleSet::kWesternElectric) close();
      continue;
    }
    if (side != run.side) {
      close();
      run.kind = SignalKind::kShift;
      run.rule = rule;
      run.side = side;
      run.first = i;
    }
    run.last = i;
    ++run.points;
  }
  close();
}

// Trends: blocks of consecutive points of the part marked by the set's trend rule, split where
// the direction turns (a turning point belongs to both trends).
void FindTrends(const Analysis& a, const Part& part, Rule rule, std::vector<Evidence>& out) {
  int i = part.first;
  while (i <= part.last) {
    if (!a.points.rules(i).Has(rule)) {
      ++i;
      continue;
    }
    Evidence t;
    t.kind = SignalKind::kTrend;
    t.rule = rule;
    t.first = t.last = i;
    t.points = 1;
    int j = i + 1;
    for (; j <= part.last && a.points.rules(j).Has(rule); ++j) {
      if (std::isnan(a.points.y(j))) continue;
      const double d = a.points.y(j) - a.points.y(t.last);
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

// The rules that put a single point beyond a limit.
constexpr std::initializer_list<Rule> kBeyondRules = {
    Rule::kSigma, Rule::kIhiAstronomical, Rule::kMdcOutsideLimits, Rule::kWesternElectric1};

bool Beyond(const PointColumns& points, int i) {
  for (Rule r : kBeyondRules) {
    if (points.rules(i).Has(r)) return true;
  }
  return false;
}

// The first rule of `rules` that is in `fired`, if any.
std::optional<Rule> FirstOf(RuleMask fired, std::initializer_list<Rule> rules) {
  for (Rule r : rules) {
    if (fired.Has(r)) return r;
  }
  return std::nullopt;
}

// Single points: beyond a limit, or part of an outer-zone pattern (a point beyond a limit is
// counted once, as beyond).
void FindPoints(const Analysis& a, const Part& part, std::vector<Evidence>& out) {
  for (int i = part.first; i <= part.last; ++i) {
    if (!Usable(a.points, i) || SideOf(a.points, i) == 0) continue;
    Evidence e;
    e.first = e.last = i;
    e.points = 1;
    e.side = SideOf(a.points, i);
    if (auto r = FirstOf(a.points.rules(i), kBeyondRules)) {
      e.kind = SignalKind::kBeyondLimit;
      e.rule = *r;
    } else if (auto z = FirstOf(a.points.rules(i), {Rule::kMdcTwoOfThree, Rule::kWesternElectric2,
                                                    Rule::kWesternElectric3})) {
      e.kind = SignalKind::kNearLimit;
      e.rule = *z;
    } else {
      continue;
    }
    out.push_back(e);
  }
}

// The runs of the part: maximal stretches of usable points on one side of the centre line
// (points on the line skipped), as [first, last, points, side].
std::vector<Evidence> RunsOf(const Analysis& a, const Part& part) {
  std::vector<Evidence> runs;
  for (int i = part.first; i <= part.last; ++i) {
    const int side = Usable(a.points, i) ? SideOf(a.points, i) : 0;
    if (side == 0) continue;
    if (runs.empty() || runs.back().side != side)
      runs.push_back(Evidence{.first = i, .side = side});
    runs.back().last = i;
    ++runs.back().points;
  }
  return runs;
}

// The crossings rules: too few crossings (Anhøj) or too few / too many runs (IHI), read from
// the marks the rule set put on the part's points.
void FindCrossings(const Analysis& a, const Part& part, std::vector<Evidence>& out) {
  bool few = false, many = false;
  Rule few_rule = Rule::kAnhoejCrossings;
  for (int i = part.first; i <= part.last; ++i) {
    const RuleMask& m = a.points.rules(i);
    if (m.Has(Rule::kAnhoejCrossings)) few = true;
    if (m.Has(Rule::kIhiTooFewRuns)) {
      few = true;
      few_rule = Rule::kIhiTooFewRuns;
    }
    if (m.Has(Rule::kIhiTooManyRuns)) many = true;
  }
  if (!few && !many) return;
  const std::vector<Evidence> runs = RunsOf(a, part);
  if (runs.empty()) return;
  int useful = 0;
  for (const Evidence& r : runs) useful += r.points;
  const int crossings = static_cast<int>(runs.size()) - 1;
  const RunsLimits ihi = IhiRunsLimits(useful);
  if (few) {
    // One point across the line is common-cause noise, not a new level, unless it is beyond a
    // limit: the latest run is the one before a last run of a single ordinary point.
    std::size_t latest = runs.size() - 1;
    if (latest > 0 && runs[latest].points == 1 && !Beyond(a.points, runs[latest].first)) --latest;
    Evidence e = runs[latest];
    // The series moved to the latest run's side only if the points before it lie mostly on
    // the other side; otherwise it is back where it was (an excursion between), no direction.
    int same = 0, other = 0;
    for (std::size_t r = 0; r < latest; ++r)
      (runs[r].side == e.side ? same : other) += runs[r].points;
    if (other <= same) e.side = 0;
    e.kind = SignalKind::kFewCrossings;
    e.rule = few_rule;
    e.crossings = crossings;
    e.crossings_limit = few_rule == Rule::kAnhoejCrossings ? static_cast<int>(part.crossings_min)
                                                           : ihi.min_runs - 1;
    out.push_back(e);
  }
  if (many) {
    Evidence e;
    e.kind = SignalKind::kManyCrossings;
    e.rule = Rule::kIhiTooManyRuns;
    e.first = runs.front().first;
    e.last = runs.back().last;
    e.points = useful;
    e.crossings = crossings;
    e.crossings_limit = ihi.max_runs - 1;
    out.push_back(e);
  }
}

// Whether `e` still describes the latest points of `part` (see JudgeSeries in verdict.h).
bool Holds(const Analysis& a, const Evidence& e, const Part& part) {
  switch (e.kind) {
    case SignalKind::kFewCrossings:
    case SignalKind::kManyCrossings: return true;
    case SignalKind::kTrend:
      for (int i = e.last + 1; i <= part.last; ++i) {
        if (Usable(a.points, i)) return false;
      }
      return true;
    case SignalKind::kBeyondLimit:
    case SignalKind::kNearLimit:
      for (int i = e.last + 1; i <= part.last; ++i) {
        if (Usable(a.points, i) && SideOf(a.points, i) == -e.side) return false;
      }
      return true;
    case SignalKind::kShift: {
      // One ordinary point across the line is common-cause noise; one beyond a limit is not.
      int after = 0, across = 0;
      for (int i = e.last + 1; i <= part.last; ++i) {
        const int side = Usable(a.points, i) ? SideOf(a.points, i) : 0;
        if (side == 0) continue;
        ++after;
        if (side == -e.side && Beyond(a.points, i)) return false;
        across += side == -e.side ? 1 : 0;
      }
      return !(across >= 2 && 2 * across >= after);
    }
  }
  return false;
}

int BetterOf(const Evidence& e, Direction direction) {
  if (direction == Direction::kNeutral) return 0;
  return direction == Direction::kUp ? e.side : -e.side;
}

PartReading ReadPart(const Analysis& a, const Part& part, RuleSet rules, Direction direction) {
  PartReading r;
  r.first = part.first;
  for (int i = part.first; i <= part.last; ++i) r.points += Usable(a.points, i) ? 1 : 0;
  FindShifts(a, part, rules, r.signals);
  if (rules == RuleSet::kIhi) FindTrends(a, part, Rule::kIhiTrend, r.signals);
  if (rules == RuleSet::kMdc) FindTrends(a, part, Rule::kMdcTrendOfSeven, r.signals);
  FindPoints(a, part, r.signals);
  FindCrossings(a, part, r.signals);
  for (Evidence& e : r.signals) {
    e.holds = Holds(a, e, part);
    e.better = BetterOf(e, direction);
  }
  std::stable_sort(r.signals.begin(), r.signals.end(), [](const Evidence& x, const Evidence& y) {
    return x.last != y.last ? x.last < y.last : x.first < y.first;
  });
  r.verdict = DecideVerdict(r.signals, r.points, PointsNeededToJudge(rules));
  return r;
}

}  // namespace

int PointsNeededToJudge(RuleSet rules) {
  switch (rules) {
    case RuleSet::kAnhoej: return kMinPointsForLimits;
    case RuleSet::kIhi: return kIhiRunsMinPoints;
    case RuleSet::kMdc: return kXmrShortGroupPoints;
    case RuleSet::kWesternElectric: return kWesternElectricPointsNeeded;
  }
  return 0;
}

std::string_view SignalKindName(SignalKind kind) {
  switch (kind) {
    case SignalKind::kBeyondLimit: return "beyond_limit";
    case SignalKind::kNearLimit: return "near_limit";
    case SignalKind::kShift: return "shift";
    case SignalKind::kTrend: return "trend";
    case SignalKind::kFewCrossings: return "few_crossings";
    case SignalKind::kManyCrossings: return "many_crossings";
  }
  return "";
}

std::string_view SeriesVerdictName(SeriesVerdict verdict) {
  switch (verdict) {
    case SeriesVerdict::kNoSignal: return "no_signal";
    case SeriesVerdict::kImproved: return "improved";
    case SeriesVerdict::kDeteriorated: return "deteriorated";
    case SeriesVerdict::kChanged: return "changed";
    case SeriesVerdict::kTooFewPoints: return "too_few_points";
  }
  return "";
}

SeriesVerdict DecideVerdict(const std::vector<Evidence>& signals, int points, int needed) {
  if (signals.empty())
    return points < needed ? SeriesVerdict::kTooFewPoints : SeriesVerdict::kNoSignal;
  bool good = false, bad = false;
  for (const Evidence& e : signals) {
    if (!e.holds) continue;
    good = good || e.better > 0;
    bad = bad || e.better < 0;
  }
  if (good && !bad) return SeriesVerdict::kImproved;
  if (bad && !good) return SeriesVerdict::kDeteriorated;
  return SeriesVerdict::kChanged;
}

Judgement JudgeSeries(const Analysis& analysis, RuleSet rules, Direction direction) {
  // The XmR chart is the MDC chart: its points carry the MDC marks whatever the options say.
  if (analysis.chart == ChartType::kXmR && rules == RuleSet::kAnhoej) rules = RuleSet::kMdc;
  Judgement j;
  j.direction = direction;
  j.points_needed = PointsNeededToJudge(rules);
  if (analysis.parts.empty()) return j;
  // The current phase: the last part with a usable point (a phase may have begun without data).
  std::size_t current = analysis.parts.size() - 1;
  while (current > 0) {
    const Part& part = analysis.parts[current];
    bool any = false;
    for (int i = part.first; i <= part.last && !any; ++i) any = Usable(analysis.points, i);
    if (any) break;
    --current;
  }
  PartReading now = ReadPart(analysis, analysis.parts[current], rules, direction);
  j.verdict = now.verdict;
  j.signals = std::move(now.signals);
  j.part_first = now.first;
  j.part_points = now.points;
  if (current > 0) {
    j.previous_part = ReadPart(analysis, analysis.parts[current - 1], rules, direction);
  }
  return j;
}

}  // namespace stegvis::stats
