#pragma once
// A unit's self-assessments over time as small multiples: one small panel per item (a step,
// a prerequisite or a knowledge area), the score 1–4 on the vertical axis and the assessment
// dates along the bottom, spaced by time. An item left unassessed on a date has no point
// there and breaks the line (never drawn as zero). Pure and byte-stable; the accessible
// table beside it is the page's own.

#include <optional>
#include <string>
#include <vector>

namespace stegvis::chart {

struct AssessmentPanel {
  std::string title;                       // short, e.g. "Steg 1" or "Mandat"
  std::vector<std::optional<int>> scores;  // one per date of the input (1–4, or none)
};

struct AssessmentChartInput {
  std::string id = "selfassess";   // prefix for element ids; unique per page
  std::string title;               // the chart's accessible name
  std::string desc;                // its description (what the chart shows, in words)
  std::vector<std::string> dates;  // ISO dates "YYYY-MM-DD", ascending, one per assessment
  std::vector<AssessmentPanel> panels;
  int columns = 5;  // panels per row
};

// Returns the SVG. Dates that do not parse are placed evenly; scores outside 1–4 are left
// out. Never fails.
std::string RenderSelfAssessmentSvg(const AssessmentChartInput& input);

}  // namespace stegvis::chart
