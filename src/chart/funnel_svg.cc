#include "chart/funnel_svg.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "chart/axis.h"
#include "chart/legend.h"
#include "chart/marks.h"
#include "chart/number_format.h"
#include "chart/style.h"
#include "chart/svg_frame.h"
#include "chart/svg_writer.h"
#include "core/text.h"

namespace stegvis::chart {
namespace {

bool Above(stats::FunnelPosition p) {
  return p == stats::FunnelPosition::kAbove95 || p == stats::FunnelPosition::kAbove998;
}
bool Beyond998(stats::FunnelPosition p) {
  return p == stats::FunnelPosition::kAbove998 || p == stats::FunnelPosition::kBelow998;
}

Mark UnitMark(stats::FunnelPosition position, stats::Direction direction) {
  if (position == stats::FunnelPosition::kWithin) return Mark::kCommon;
  if (direction == stats::Direction::kNeutral) return Mark::kNeutral;
  return Above(position) == (direction == stats::Direction::kUp) ? Mark::kImprovement
                                                                 : Mark::kConcern;
}

int Decimals(const stats::Funnel& f) {
  double hi = std::fabs(f.centre);
  for (const auto& u : f.units) hi = std::max(hi, std::fabs(u.value));
  if (!(hi > 0)) return 2;
  return std::clamp(2 - static_cast<int>(std::floor(std::log10(hi))), 0, 4);
}

struct FunnelExtent {
  double max_size = 0, lo = 0, hi = 0;
};

// The largest unit and the values the y axis must cover: the units, the centre and each
// unit's 99.8 % limits (the curve itself may run off the plot at small sizes and is clipped).
FunnelExtent Extent(const stats::Funnel& funnel) {
  FunnelExtent e{0, funnel.centre, funnel.centre};
  for (const auto& u : funnel.units) {
    e.max_size = std::max(e.max_size, u.limits.size);
    for (double v : {u.value, u.limits.lower_998, u.limits.upper_998})
      if (std::isfinite(v)) e.lo = std::min(e.lo, v), e.hi = std::max(e.hi, v);
  }
  return e;
}

// The right margin in characters: room for half the longest name of a unit outside the limits.
double RightChars(const stats::Funnel& funnel) {
  double chars = 8;
  for (const auto& u : funnel.units)
    if (u.position != stats::FunnelPosition::kWithin)
      chars = std::max<double>(chars, core::CodePointCount(u.label) / 2.0);
  return chars;
}

}  // namespace

namespace {

struct DrawnFunnel {
  std::string svg;
  double height = 0;
};

DrawnFunnel DrawFunnel(const stats::Funnel& funnel, const ChartLabels& labels,
                       const FunnelRenderOptions& options) {
  const std::string title = labels.title.empty() ? labels.funnel_title : labels.title;
  const int decimals = Decimals(funnel);
  int outside = 0;
  for (const auto& u : funnel.units) outside += Beyond998(u.position) ? 1 : 0;
  const std::string desc = FillTemplate(
      labels.funnel_summary, {{"chart", title},
                              {"n", std::to_string(funnel.units.size())},
                              {"centre", FormatNumber(funnel.centre, decimals, labels.lang)},
                              {"outside", std::to_string(outside)}});

  // Scales: x from 0 to the largest unit; y covers the units, the centre and each unit's
  // 99.8 % limits (the curve itself may run off the plot at small sizes and is clipped).
  auto [max_size, lo, hi] = Extent(funnel);
  max_size = std::max(max_size, options.shared_max_size);
  if (std::isfinite(options.shared_lo)) lo = std::min(lo, options.shared_lo);
  if (std::isfinite(options.shared_hi)) hi = std::max(hi, options.shared_hi);
  const Axis x_axis = NiceAxis(0, max_size > 0 ? max_size : 1, 6);
  const Axis y_axis = NiceAxis(lo, hi, 7);
  double left = 0;
  for (double t : y_axis.ticks)
    left =
        std::max<double>(left, core::CodePointCount(FormatNumber(t, y_axis.decimals, labels.lang)));
  left = left * style::kCharWidth + 16;
  const double right_chars = std::max(RightChars(funnel), options.shared_right_chars);
  const double width = options.width;
  const double right = 16 + right_chars * style::kCharWidth;
  const double plot_w = width - left - right;
  const double top = 44, plot_h = options.plot_height, bottom = top + plot_h;
  auto X = [&](double v) { return left + plot_w * (v - x_axis.min) / (x_axis.max - x_axis.min); };
  auto Y = [&](double v) { return top + plot_h * (y_axis.max - v) / (y_axis.max - y_axis.min); };

  std::vector<LegendItem> legend;
  auto line_item = [](std::string text, std::string_view colour, std::string_view dash, double w) {
    LegendItem item;
    item.text = std::move(text);
    item.line_colour = colour;
    item.dash = dash;
    item.line_width = w;
    return item;
  };
  legend.push_back(line_item(labels.funnel_centre, style::kInk, "", 2));
  legend.push_back(line_item(labels.funnel_limits_998, style::kLimit, "", 1.5));
  legend.push_back(line_item(labels.funnel_limits_95, style::kLimit, "6 4", 1.5));
  // One legend entry per kind of mark and strength shown: filled beyond 99.8 %, outlined
  // beyond 95 %.
  for (bool strong : {true, false}) {
    for (Mark m : {Mark::kImprovement, Mark::kConcern, Mark::kNeutral}) {
      const bool shown = std::any_of(funnel.units.begin(), funnel.units.end(), [&](const auto& u) {
        return u.position != stats::FunnelPosition::kWithin &&
               UnitMark(u.position, options.direction) == m && Beyond998(u.position) == strong;
      });
      if (!shown) continue;
      LegendItem item;
      item.text = MarkName(m, labels) + " (" +
                  (strong ? labels.funnel_limits_998 : labels.funnel_limits_95) + ")";
      item.has_mark = true;
      item.mark = m;
      item.mark_colour = style::kData;
      item.hollow = !strong;
      legend.push_back(item);
    }
  }
  const double x_caption_y = bottom + 38;
  const double legend_top = x_caption_y + 12;
  const double height = std::ceil(legend_top + LegendHeight(legend, width - 24) + 10);

  SvgWriter w;
  const std::string clip_id = options.id + "-plot";
  OpenChartSvg(w, options.id, width, height, title, desc);
  w.Open("defs");
  w.Open("clipPath", {{"id", clip_id}});
  w.Empty("rect", {{"x", FormatCoord(left)},
                   {"y", FormatCoord(top)},
                   {"width", FormatCoord(plot_w)},
                   {"height", FormatCoord(plot_h)}});
  w.Close();
  w.Close();
  w.Empty("rect",
          {{"width", "100%"}, {"height", "100%"}, {"fill", std::string(style::kBackground)}});
  w.Text("text",
         {{"class", "title"},
          {"x", "12"},
          {"y", "26"},
          {"font-size", FormatCoord(style::kTitleFontSize)},
          {"font-weight", "600"},
          {"fill", std::string(style::kInk)}},
         title);

  // Axes and grid.
  w.Open("g",
         {{"class", "y-axis"}, {"fill", std::string(style::kMutedInk)}, {"text-anchor", "end"}});
  for (double t : y_axis.ticks) {
    w.Empty("line", {{"x1", FormatCoord(left)},
                     {"x2", FormatCoord(left + plot_w)},
                     {"y1", FormatCoord(Y(t))},
                     {"y2", FormatCoord(Y(t))},
                     {"stroke", std::string(style::kGrid)},
                     {"stroke-width", "1"}});
    w.Text("text", {{"x", FormatCoord(left - 6)}, {"y", FormatCoord(Y(t) + 4.5)}},
           FormatNumber(t, y_axis.decimals, labels.lang));
  }
  w.Close();
  w.Open("g",
         {{"class", "x-axis"}, {"fill", std::string(style::kMutedInk)}, {"text-anchor", "middle"}});
  w.Empty("line", {{"x1", FormatCoord(left)},
                   {"x2", FormatCoord(left + plot_w)},
                   {"y1", FormatCoord(bottom)},
                   {"y2", FormatCoord(bottom)},
                   {"stroke", std::string(style::kAxis)},
                   {"stroke-width", "1"}});
  for (double t : x_axis.ticks) {
    w.Empty("line", {{"x1", FormatCoord(X(t))},
                     {"x2", FormatCoord(X(t))},
                     {"y1", FormatCoord(bottom)},
                     {"y2", FormatCoord(bottom + 5)},
                     {"stroke", std::string(style::kAxis)}});
    w.Text("text", {{"x", FormatCoord(X(t))}, {"y", FormatCoord(bottom + 18)}},
           FormatNumber(t, x_axis.decimals, labels.lang));
  }
  w.Text("text", {{"x", FormatCoord(left + plot_w / 2)}, {"y", FormatCoord(x_caption_y)}},
         labels.funnel_size);
  w.Close();
  w.Empty("line", {{"x1", FormatCoord(left)},
                   {"x2", FormatCoord(left)},
                   {"y1", FormatCoord(top)},
                   {"y2", FormatCoord(bottom)},
                   {"stroke", std::string(style::kAxis)},
                   {"stroke-width", "1"}});

  // Centre and limit curves, clipped to the plot.
  w.Open("g", {{"class", "limits"}, {"fill", "none"}, {"clip-path", "url(#" + clip_id + ")"}});
  w.Empty("line", {{"class", "centre"},
                   {"x1", FormatCoord(left)},
                   {"x2", FormatCoord(left + plot_w)},
                   {"y1", FormatCoord(Y(funnel.centre))},
                   {"y2", FormatCoord(Y(funnel.centre))},
                   {"stroke", std::string(style::kInk)},
                   {"stroke-width", "2"}});
  using Get = double (*)(const stats::FunnelLimits&);
  const std::pair<Get, bool> curves[] = {
      {[](const stats::FunnelLimits& l) { return l.lower_998; }, false},
      {[](const stats::FunnelLimits& l) { return l.upper_998; }, false},
      {[](const stats::FunnelLimits& l) { return l.lower_95; }, true},
      {[](const stats::FunnelLimits& l) { return l.upper_95; }, true},
  };
  for (const auto& [get, dashed] : curves) {
    PathBuilder path;
    for (const auto& l : funnel.curve) {
      const double v = get(l);
      if (!std::isfinite(v)) continue;
      // Keep far-off values finite but outside the clip, so the curve leaves the plot cleanly.
      const double y = std::clamp(Y(v), top - 1000, bottom + 1000);
      if (path.empty())
        path.MoveTo(X(l.size), y);
      else
        path.LineTo(X(l.size), y);
    }
    if (!path.empty())
      w.Empty("path", {{"class", dashed ? "limit-95" : "limit-998"},
                       {"d", path.str()},
                       {"stroke", std::string(style::kLimit)},
                       {"stroke-width", "1.5"},
                       {dashed ? "stroke-dasharray" : "", "6 4"}});
  }
  w.Close();

  // Units: ordinary first, signals on top; names beside the units outside the limits.
  w.Open("g", {{"class", "units"}});
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& u : funnel.units) {
      const bool signal = u.position != stats::FunnelPosition::kWithin;
      if (signal != (pass == 1) || !std::isfinite(u.value)) continue;
      const Mark mark = UnitMark(u.position, options.direction);
      const std::string tooltip = u.label + ": " + FormatNumber(u.value, decimals, labels.lang) +
                                  " (" + labels.funnel_positions[static_cast<size_t>(u.position)] +
                                  ")";
      MarkStyle ms{style::kData, false, signal && !Beyond998(u.position)};
      DrawMark(w, mark, X(u.limits.size), Y(u.value), Above(u.position), ms, tooltip);
      if (signal)
        w.Text("text",
               {{"x", FormatCoord(X(u.limits.size) + 10)},
                {"y", FormatCoord(Y(u.value) + 4.5)},
                {"font-size", "12"},
                {"fill", std::string(MarkColour(mark, ms))},
                // A white halo keeps the name readable where it crosses a limit curve.
                {"stroke", "#ffffff"},
                {"stroke-width", "3"},
                {"paint-order", "stroke"}},
               u.label);
    }
  }
  w.Close();
  DrawLegend(w, legend, 12, legend_top, width - 24);
  return {w.Finish(), height};
}

}  // namespace

std::string RenderFunnelSvg(const stats::Funnel& funnel, const ChartLabels& labels,
                            const FunnelRenderOptions& options) {
  return DrawFunnel(funnel, labels, options).svg;
}

std::string RenderFunnelPanels(const std::vector<FunnelPanel>& panels, const ChartLabels& labels,
                               const std::string& description, const FunnelRenderOptions& options) {
  FunnelRenderOptions shared = options;
  for (const FunnelPanel& p : panels) {
    const FunnelExtent e = Extent(*p.funnel);
    shared.shared_max_size = std::max(shared.shared_max_size, e.max_size);
    shared.shared_lo = std::isfinite(shared.shared_lo) ? std::min(shared.shared_lo, e.lo) : e.lo;
    shared.shared_hi = std::isfinite(shared.shared_hi) ? std::max(shared.shared_hi, e.hi) : e.hi;
    shared.shared_right_chars = std::max(shared.shared_right_chars, RightChars(*p.funnel));
  }
  std::vector<std::string> drawn;
  double height = 0;
  for (std::size_t i = 0; i < panels.size(); ++i) {
    ChartLabels panel_labels = labels;
    panel_labels.title = panels[i].title;
    shared.id = options.id + "-" + std::to_string(i + 1);
    DrawnFunnel panel = DrawFunnel(*panels[i].funnel, panel_labels, shared);
    height = std::max(height, panel.height);
    drawn.push_back(std::move(panel.svg));
  }
  const std::string title = labels.title.empty() ? labels.funnel_title : labels.title;
  SvgWriter w;
  OpenChartSvg(w, options.id, options.width * static_cast<double>(panels.size()), height, title,
               description);
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    w.Open("g", {{"transform", "translate(" + FormatCoord(options.width * i) + " 0)"}});
    w.Raw(drawn[i]);
    w.Close();
  }
  return w.Finish();
}

std::string RenderFunnelTable(const stats::Funnel& funnel, const ChartLabels& labels) {
  const int decimals = Decimals(funnel);
  const std::string title = labels.title.empty() ? labels.funnel_title : labels.title;
  auto number = [&](double v, int d) { return FormatNumber(v, d, labels.lang); };
  SvgWriter w;
  w.Open("table", {{"class", "chart-data"}});
  w.Text("caption", {}, FillTemplate(labels.table_caption, {{"title", title}}));
  w.Open("thead");
  w.Open("tr");
  for (const std::string* h : {&labels.funnel_unit, &labels.value, &labels.funnel_size,
                               &labels.funnel_limits_95, &labels.funnel_limits_998, &labels.signal})
    w.Text("th", {{"scope", "col"}}, *h);
  w.Close();
  w.Close();
  w.Open("tbody");
  for (const auto& u : funnel.units) {
    w.Open("tr");
    w.Text("th", {{"scope", "row"}}, u.label);
    w.Text("td", {{"class", "num"}}, number(u.value, decimals));
    w.Text("td", {{"class", "num"}},
           number(u.limits.size, u.limits.size == std::floor(u.limits.size) ? 0 : 1));
    w.Text("td", {{"class", "num"}},
           number(u.limits.lower_95, decimals) + "\u2013" + number(u.limits.upper_95, decimals));
    w.Text("td", {{"class", "num"}},
           number(u.limits.lower_998, decimals) + "\u2013" + number(u.limits.upper_998, decimals));
    w.Text("td", {}, labels.funnel_positions[static_cast<size_t>(u.position)]);
    w.Close();
  }
  w.Close();
  return w.Finish();
}

}  // namespace stegvis::chart
