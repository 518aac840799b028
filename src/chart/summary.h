#pragma once
// The one-sentence summary of a chart for <desc> and the page: what it shows, over which
// periods, and what the rules found ("... 2 punkter visar förbättring och seriereglerna visar
// icke-slumpmässig variation.").

#include <string>

#include "chart/chart_input.h"
#include "chart/labels.h"
#include "chart/panel.h"

namespace stegvis::chart {

// The verdict on one analysis in words: improvement / concern / special-cause counts and the
// runs signal, or labels.verdict_common when nothing fired.
std::string Verdict(const stats::Analysis& analysis, const ChartLabels& labels);

// The summary sentence of `input`; `periods` is CollectPeriods(input, labels.lang).
std::string SummarySentence(const ChartInput& input, const Periods& periods,
                            const ChartLabels& labels);

}  // namespace stegvis::chart
