#pragma once
// Choosing the rule set: the chart computations mark the default rules (Anhøj runs rules and
// 3σ; the XmR chart its MDC rules); ApplyRuleSet then replaces those marks when the options ask
// for another set. One step after the core computation, so every chart type gets every set.

#include "stats/analysis.h"

namespace stegvis::stats {

// Applies options.rules to `analysis`:
//   kAnhoej            nothing (the chart computation already marked Anhøj + 3σ);
//   kIhi               ApplyIhiRules (stats/ihi_rules.h);
//   kWesternElectric   ApplyWesternElectricRules (stats/western_electric.h);
//   kMdc               the MDC rules (stats/mdc_rules.h) against cl, lcl/ucl and
//                      lcl_95/ucl_95 (the 2σ lines) of each point, part by part; an XmR
//                      analysis already has them and is left as it is.
// Point types follow options.direction.
void ApplyRuleSet(Analysis& analysis, const ChartOptions& options);

}  // namespace stegvis::stats
