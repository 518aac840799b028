// Rule-set dispatch. See rule_sets.h.
#include "stats/rule_sets.h"

#include <vector>

#include "stats/ihi_rules.h"
#include "stats/mdc_rules.h"
#include "stats/western_electric.h"

namespace stegvis::stats {
namespace {

void ApplyMdcRules(Analysis& analysis, Direction direction) {
  for (Point& p : analysis.points) ClearRuleSetMarks(p);
  for (Part& part : analysis.parts) {
    std::vector<double> y;
    std::vector<MdcFlags> flags;
    for (int i = part.first; i <= part.last; ++i) {
      const Point& p = analysis.points[i];
      // Excluded points take no part in sequences, as missing ones do.
      y.push_back(p.include ? p.y : kMissing);
      flags.push_back(MdcFlagsOf(y.back(), p.cl, p.lcl, p.ucl, p.lcl_95, p.ucl_95));
    }
    const std::vector<MdcSignal> signals = MdcSignals(y, flags);
    part.runs_signal = false;
    for (int i = part.first; i <= part.last; ++i) {
      Point& p = analysis.points[i];
      const MdcSignal& s = signals[i - part.first];
      if (s.outside_limits) p.rules.Set(Rule::kMdcOutsideLimits);
      if (s.run_of_seven) p.rules.Set(Rule::kMdcRunOfSeven);
      if (s.trend_of_seven) p.rules.Set(Rule::kMdcTrendOfSeven);
      if (s.two_of_three) p.rules.Set(Rule::kMdcTwoOfThree);
      p.runs_signal = s.run_of_seven || s.trend_of_seven;
      part.runs_signal = part.runs_signal || p.runs_signal;
      p.point_type = MdcPointType(s.sign, direction);
    }
  }
}

}  // namespace

void ClearRuleSetMarks(Point& point) {
  point.rules = RuleMask{};
}

void ApplyRuleSet(Analysis& analysis, const ChartOptions& options) {
  switch (options.rules) {
    case RuleSet::kAnhoej: return;
    case RuleSet::kIhi: ApplyIhiRules(analysis, options.direction); return;
    case RuleSet::kWesternElectric: ApplyWesternElectricRules(analysis, options.direction); return;
    case RuleSet::kMdc:
      if (analysis.chart != ChartType::kXmR) ApplyMdcRules(analysis, options.direction);
      return;
  }
}

}  // namespace stegvis::stats
