// Rule-set dispatch. See rule_sets.h.
#include "stats/rule_sets.h"

#include <vector>

#include "stats/ihi_rules.h"
#include "stats/mdc_rules.h"
#include "stats/western_electric.h"

namespace stegvis::stats {
namespace {

void ApplyMdcRules(Analysis& analysis, Direction direction) {
  PointColumns& pts = analysis.points;
  pts.ClearRules();
  for (Part& part : analysis.parts) {
    std::vector<double> y;
    std::vector<MdcFlags> flags;
    for (int i = part.first; i <= part.last; ++i) {
      // Excluded points take no part in sequences, as missing ones do.
      y.push_back(pts.include(i) ? pts.y(i) : kMissing);
      flags.push_back(
          MdcFlagsOf(y.back(), pts.cl(i), pts.lcl(i), pts.ucl(i), pts.lcl_95(i), pts.ucl_95(i)));
    }
    const std::vector<MdcSignal> signals = MdcSignals(y, flags);
    part.runs_signal = false;
    for (int i = part.first; i <= part.last; ++i) {
      const MdcSignal& s = signals[i - part.first];
      if (s.outside_limits) pts.AddRule(i, Rule::kMdcOutsideLimits);
      if (s.run_of_seven) pts.AddRule(i, Rule::kMdcRunOfSeven);
      if (s.trend_of_seven) pts.AddRule(i, Rule::kMdcTrendOfSeven);
      if (s.two_of_three) pts.AddRule(i, Rule::kMdcTwoOfThree);
      pts.set_runs_signal(i, s.run_of_seven || s.trend_of_seven);
      part.runs_signal = part.runs_signal || pts.runs_signal(i);
      pts.set_point_type(i, MdcPointType(s.sign, direction));
    }
  }
}

}  // namespace

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
