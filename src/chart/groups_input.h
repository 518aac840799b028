#pragma once
// Women and men in one chart: turns the engine's gap analysis into what the renderer and the
// data table draw (both groups as two series, the difference A − B in the gap panel).

#include "chart/chart_input.h"
#include "chart/labels.h"
#include "stats/gap.h"

namespace stegvis::chart {

// Returns the input for RenderChartSvg / RenderDataTable. The groups are named
// labels.women and labels.men (pass other labels for girls/boys). The result points into
// `gap`, which must outlive it.
ChartInput GroupsInput(const stats::GapAnalysis& gap, const ChartLabels& labels,
                       stats::RuleSet rules = stats::RuleSet::kAnhoej);

}  // namespace stegvis::chart
