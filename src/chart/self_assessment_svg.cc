#include "chart/self_assessment_svg.h"

#include <algorithm>
#include <utility>

#include "chart/number_format.h"
#include "chart/style.h"
#include "chart/svg_frame.h"
#include "chart/svg_writer.h"
#include "core/date.h"

namespace stegvis::chart {
namespace {

constexpr double kPanelWidth = 176;
constexpr double kPanelHeight = 132;
constexpr double kGapX = 12;
constexpr double kGapY = 10;
constexpr double kMargin = 8;
// Inside a panel: room for the title above, the score ticks left and the dates below.
constexpr double kPlotLeft = 22;
constexpr double kPlotRight = 12;
constexpr double kPlotTop = 26;
constexpr double kPlotBottom = 26;

// Each date's place between 0 and 1 along the time axis.
std::vector<double> Positions(const std::vector<std::string>& dates) {
  std::vector<double> out(dates.size(), 0.5);
  std::vector<std::optional<double>> days;
  for (const std::string& d : dates) {
    std::optional<core::Date> date = core::Date::Parse(d);
    days.push_back(date ? std::optional<double>(static_cast<double>(date->DaysSinceEpoch()))
                        : std::nullopt);
  }
  const bool all =
      std::all_of(days.begin(), days.end(), [](const auto& d) { return d.has_value(); });
  if (dates.size() < 2) return out;
  if (all && *days.back() > *days.front()) {
    for (std::size_t i = 0; i < dates.size(); ++i) {
      out[i] = (*days[i] - *days.front()) / (*days.back() - *days.front());
    }
    return out;
  }
  for (std::size_t i = 0; i < dates.size(); ++i) {
    out[i] = static_cast<double>(i) / static_cast<double>(dates.size() - 1);
  }
  return out;
}

}  // namespace

std::string RenderSelfAssessmentSvg(const AssessmentChartInput& input) {
  const int columns = std::max(1, input.columns);
  const int count = static_cast<int>(input.panels.size());
  const int rows = std::max(1, (count + columns - 1) / columns);
  const int used_columns = std::max(1, std::min(columns, count));
  const double width = 2 * kMargin + used_columns * kPanelWidth + (used_columns - 1) * kGapX;
  const double height = 2 * kMargin + rows * kPanelHeight + (rows - 1) * kGapY;
  const std::vector<double> at = Positions(input.dates);

  SvgWriter w;
  OpenChartSvg(w, input.id, width, height, input.title, input.desc);
  w.Empty("rect", {{"width", FormatCoord(width)},
                   {"height", FormatCoord(height)},
                   {"fill", std::string(style::kBackground)}});
  for (int p = 0; p < count; ++p) {
    const AssessmentPanel& panel = input.panels[static_cast<std::size_t>(p)];
    const double x0 = kMargin + (p % columns) * (kPanelWidth + kGapX);
    const double y0 = kMargin + (p / columns) * (kPanelHeight + kGapY);
    const double left = x0 + kPlotLeft, right = x0 + kPanelWidth - kPlotRight;
    const double top = y0 + kPlotTop, bottom = y0 + kPanelHeight - kPlotBottom;
    auto X = [&](double t) { return left + t * (right - left); };
    auto Y = [&](int score) { return bottom - (score - 1) * (bottom - top) / 3.0; };
    w.Open("g", {{"id", input.id + "-panel-" + std::to_string(p + 1)}});
    w.Text("text",
           {{"x", FormatCoord(x0)},
            {"y", FormatCoord(y0 + 15)},
            {"font-weight", "600"},
            {"fill", std::string(style::kInk)}},
           panel.title);
    for (int s = 1; s <= 4; ++s) {
      w.Empty("line", {{"x1", FormatCoord(left)},
                       {"x2", FormatCoord(right)},
                       {"y1", FormatCoord(Y(s))},
                       {"y2", FormatCoord(Y(s))},
                       {"stroke", std::string(s == 1 ? style::kAxis : style::kGrid)}});
      w.Text("text",
             {{"x", FormatCoord(left - 6)},
              {"y", FormatCoord(Y(s) + 4.5)},
              {"text-anchor", "end"},
              {"fill", std::string(style::kMutedInk)}},
             std::to_string(s));
    }
    if (!input.dates.empty()) {
      // The first and the last date, so the panel shows the span it covers.
      w.Text("text",
             {{"x", FormatCoord(X(at.front()))},
              {"y", FormatCoord(bottom + 18)},
              {"text-anchor", input.dates.size() == 1 ? "middle" : "start"},
              {"font-size", "11"},
              {"fill", std::string(style::kMutedInk)}},
             input.dates.front().substr(0, 7));
      if (input.dates.size() > 1) {
        w.Text("text",
               {{"x", FormatCoord(X(at.back()))},
                {"y", FormatCoord(bottom + 18)},
                {"text-anchor", "end"},
                {"font-size", "11"},
                {"fill", std::string(style::kMutedInk)}},
               input.dates.back().substr(0, 7));
      }
    }
    // The line: a missing score breaks it, so "ej bedömt" never looks like a score; a lone
    // point between gaps is a dot only.
    PathBuilder path;
    std::vector<std::pair<double, double>> run;
    auto flush = [&] {
      if (run.size() >= 2) {
        path.MoveTo(run.front().first, run.front().second);
        for (std::size_t k = 1; k < run.size(); ++k) path.LineTo(run[k].first, run[k].second);
      }
      run.clear();
    };
    for (std::size_t i = 0; i < panel.scores.size() && i < at.size(); ++i) {
      const std::optional<int>& s = panel.scores[i];
      if (!s || *s < 1 || *s > 4) {
        flush();
        continue;
      }
      run.emplace_back(X(at[i]), Y(*s));
    }
    flush();
    if (!path.empty()) {
      w.Empty("path", {{"d", path.str()},
                       {"fill", "none"},
                       {"stroke", std::string(style::kImprovement)},
                       {"stroke-width", "2"}});
    }
    for (std::size_t i = 0; i < panel.scores.size() && i < at.size(); ++i) {
      const std::optional<int>& s = panel.scores[i];
      if (!s || *s < 1 || *s > 4) continue;
      w.Empty("circle", {{"cx", FormatCoord(X(at[i]))},
                         {"cy", FormatCoord(Y(*s))},
                         {"r", "3.5"},
                         {"fill", std::string(style::kImprovement)}});
    }
    w.Close();
  }
  return w.Finish();
}

}  // namespace stegvis::chart
