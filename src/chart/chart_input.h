#pragma once
// What the renderer draws: one analysis (a measure), or two (women and men) with the
// analysis of their difference, plus dated annotations. The renderer never changes them.

#include <string>
#include <vector>

#include "stats/analysis.h"

namespace stegvis::chart {

// A marker on the chart spanning the periods from `period` to `end_period`, e.g. the periods a
// PDSA cycle ran. Periods are written as the chart's point labels ("2025-03", "2025-03-01")
// and compared as text, so a span that begins before the first period or ends after the last
// is cut at the chart's edge; a span with no period on the chart is skipped.
struct Annotation {
  std::string period;        // the first period ("2025-03")
  std::string text;          // a short label ("PGSA 2: Anta")
  std::string end_period{};  // the last period; empty: the same as `period`
  bool open_end = false;     // still going on: the span runs to the chart's last period
  // The full words for the tooltip and the data table when `text` is a short form of them
  // (a team's comment on a point); empty: `text`.
  std::string detail{};
};

// One plotted series; `analysis` must outlive the render call.
struct Series {
  const stats::Analysis* analysis = nullptr;
  std::string name;  // legend name ("Kvinnor"); may be empty for a single series
};

struct ChartInput {
  std::vector<Series> series;            // 1 (one measure) or 2 (two groups: women, men)
  const stats::Analysis* gap = nullptr;  // the difference series, drawn in its own panel
  std::vector<Annotation> annotations;   // markers with no period on the chart are skipped
  stats::RuleSet rules = stats::RuleSet::kAnhoej;  // MDC and Western Electric add 2σ lines
};

struct RenderOptions {
  int width = 800;             // the SVG's width in px (the chart scales with CSS)
  int panel_height = 300;      // height of the main plot area
  int gap_panel_height = 170;  // height of the gap panel's plot area
  std::string id = "chart";    // prefix for element ids; unique per page
  std::string css_class{};     // class of the <svg> element; empty: none
};

}  // namespace stegvis::chart
