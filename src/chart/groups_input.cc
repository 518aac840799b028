#include "chart/groups_input.h"

namespace stegvis::chart {

ChartInput GroupsInput(const stats::GapAnalysis& gap, const ChartLabels& labels,
                       stats::RuleSet rules) {
  ChartInput input;
  input.series = {{&gap.group_a, labels.women}, {&gap.group_b, labels.men}};
  // The signed difference, not |A − B|: a reader sees which group is ahead and by how much.
  input.gap = &gap.difference;
  input.rules = rules;
  return input;
}

}  // namespace stegvis::chart
