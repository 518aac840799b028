#include "chart/chart_svg.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "chart/analysis_view.h"
#include "chart/annotations.h"
#include "chart/legend.h"
#include "chart/number_format.h"
#include "chart/panel.h"
#include "chart/style.h"
#include "chart/summary.h"
#include "chart/svg_frame.h"
#include "chart/svg_writer.h"
#include "chart/text_wrap.h"
#include "core/text.h"

namespace stegvis::chart {
namespace {

PanelSpec MainPanel(const ChartInput& input, double decimals) {
  PanelSpec spec;
  const bool single = input.series.size() == 1;
  static constexpr std::array<std::string_view, 2> kColours = {style::kWomen, style::kMen};
  for (size_t k = 0; k < input.series.size(); ++k) {
    const Series& s = input.series[k];
    PanelSeries ps;
    ps.analysis = s.analysis;
    ps.name = s.name;
    ps.colour = single ? style::kData : kColours[k % 2];
    ps.dashed = k == 1;
    ps.square = k == 1;
    ps.show_limits = single;  // two groups: the gap panel carries the statistics
    ps.end_label = !single;
    spec.series.push_back(ps);
  }
  spec.show_2sigma = Shows2Sigma(input.rules);
  spec.decimals = static_cast<int>(decimals);
  return spec;
}

LegendItem LineItem(std::string text, std::string_view colour, std::string_view dash,
                    double width) {
  LegendItem item;
  item.text = std::move(text);
  item.line_colour = colour;
  item.dash = dash;
  item.line_width = width;
  return item;
}

std::vector<LegendItem> LegendItems(const ChartInput& input, const LegendUse& used, bool gap_runs,
                                    const ChartLabels& labels, bool has_annotations) {
  std::vector<LegendItem> items;
  if (input.series.size() == 1) {
    items.push_back({input.series[0].name.empty() ? labels.value : input.series[0].name,
                     style::kData, "", 1.5, true, Mark::kCommon, style::kData, false});
  } else {
    for (size_t k = 0; k < input.series.size(); ++k)
      items.push_back({input.series[k].name, k == 0 ? style::kWomen : style::kMen,
                       k == 0 ? "" : style::kMenDash, 1.5, true, Mark::kCommon,
                       k == 0 ? style::kWomen : style::kMen, k == 1});
  }
  if (used.median) items.push_back(LineItem(labels.centre_median, style::kInk, "", 2));
  if (used.mean) items.push_back(LineItem(labels.centre_mean, style::kInk, "", 2));
  // A panel with one series draws the signalling centre line in the signal colour; with two
  // groups it keeps each group's colour, and only the dash tells.
  const std::string_view runs_colour =
      input.series.size() == 1 || gap_runs ? style::kRunsSignal : style::kInk;
  if (used.median_runs)
    items.push_back(LineItem(FillTemplate(labels.runs_signal, {{"centre", labels.centre_median}}),
                             runs_colour, "7 4", 2));
  if (used.mean_runs)
    items.push_back(LineItem(FillTemplate(labels.runs_signal, {{"centre", labels.centre_mean}}),
                             runs_colour, "7 4", 2));
  if (used.limits) items.push_back(LineItem(labels.limits, style::kLimit, "", 1.5));
  if (used.process_limits) items.push_back(LineItem(labels.process_limits, style::kLimit, "", 1.5));
  if (used.limits_2sigma)
    items.push_back(LineItem(labels.limits_2sigma, style::kLimit, "2 3", 1.25));
  if (used.target) items.push_back(LineItem(labels.target, style::kTarget, style::kTargetDash, 2));
  for (Mark mark : {Mark::kImprovement, Mark::kConcern, Mark::kNeutral, Mark::kExcluded}) {
    if (used.marks[static_cast<size_t>(mark)])
      items.push_back({MarkName(mark, labels), "", "", 0, true, mark, style::kData, false});
  }
  if (has_annotations) items.push_back(LineItem(labels.annotation, style::kAnnotation, "2 2", 1.5));
  return items;
}

}  // namespace

RenderOptions NarrowOptions(RenderOptions wide) {
  wide.width = kNarrowWidth;
  wide.panel_height = 220;
  wide.gap_panel_height = 130;
  wide.id += "-narrow";
  return wide;
}

std::string RenderChartSvg(const stats::Analysis& analysis, const ChartLabels& labels,
                           stats::RuleSet rules, const RenderOptions& options) {
  ChartInput input;
  input.series.push_back({&analysis, {}});
  input.rules = rules;
  return RenderChartSvg(input, labels, options);
}

std::string RenderChartSvg(const ChartInput& input, const ChartLabels& labels,
                           const RenderOptions& options) {
  const double width = options.width;
  const Periods periods = CollectPeriods(input, labels.lang);
  const std::string title = !labels.title.empty() ? labels.title
                            : (!input.series.empty() && input.series.front().analysis)
                                ? ChartName(labels, input.series.front().analysis->chart)
                                : std::string();
  const std::string desc = SummarySentence(input, periods, labels);

  std::vector<const stats::Analysis*> all;
  for (const Series& s : input.series) all.push_back(s.analysis);
  const int decimals = ValueDecimals(all);
  PanelSpec main = MainPanel(input, decimals);
  main.height = options.panel_height;
  PanelSpec gap;
  if (input.gap) {
    gap.series.push_back({input.gap, labels.gap_series, style::kData, false, false, true, false});
    gap.show_2sigma = main.show_2sigma;
    gap.zero_line = true;
    gap.height = options.gap_panel_height;
    std::vector<const stats::Analysis*> gap_only = {input.gap};
    gap.decimals = ValueDecimals(gap_only);
  }
  const bool has_points = !periods.keys.empty() && !main.series.empty();
  const Axis main_axis = has_points ? PanelAxis(main) : NiceAxis(0, 1);
  const Axis gap_axis = input.gap ? PanelAxis(gap) : Axis{};

  // Margins: room for the tick labels on the left and the line labels on the right.
  double left = TickLabelWidth(main_axis, labels.lang);
  if (input.gap) left = std::max(left, TickLabelWidth(gap_axis, labels.lang));
  left += 16;
  // The widest label at the right end of the lines (values of the last part, or group names).
  size_t right_chars = 6;
  for (const Series& s : input.series)
    right_chars = std::max(right_chars, core::CodePointCount(s.name));
  for (const stats::Analysis* a :
       {input.series.size() == 1 ? input.series[0].analysis : nullptr, input.gap}) {
    if (!a || a->points.empty()) continue;
    const stats::Point& last = a->points.back();
    const Lines l = LinesOf(*a, last);
    const int d = a == input.gap ? gap.decimals : decimals;
    for (double v : {l.cl, l.lcl, l.ucl})
      right_chars = std::max(right_chars, core::CodePointCount(FormatNumber(v, d, labels.lang)));
    if (std::isfinite(last.target))
      right_chars = std::max(right_chars,
                             core::CodePointCount(labels.target) + 1 +
                                 core::CodePointCount(FormatNumber(last.target, d, labels.lang)));
  }
  // At most 38 % of the width, so a narrow chart keeps "Målvärde 80,0" whole and a plot.
  const double right = std::min(width * 0.38, 14 + right_chars * style::kCharWidth);
  const double plot_width = width - left - right;
  const double count = std::max<double>(1, periods.keys.size());
  const XScale xs{left, plot_width / count};

  double y = 10;
  const double title_y = y + style::kTitleFontSize;
  // SVG does not wrap text: a title wider than the chart is broken into lines, never cut.
  const std::vector<std::string> title_lines =
      WrapText(title, static_cast<size_t>(std::max(8.0, (width - 24) / style::kTitleCharWidth)));
  constexpr double kTitleLine = 20;
  y = title_y + kTitleLine * (std::max<double>(1, title_lines.size()) - 1) + 10;
  double caption_y = 0;
  if (!labels.y_axis.empty()) {
    caption_y = y + 10;
    y = caption_y + 8;
  }
  int annotation_rows = 0;
  const auto annotations = PlaceAnnotations(input, periods, xs, width - 4, labels, annotation_rows);
  const double annotation_top = y + 4;
  y += annotation_rows * kAnnotationRow + (annotation_rows ? 8 : 4);
  main.left = left;
  main.width = plot_width;
  main.top = y;
  y += main.height;
  const double main_bottom = y;
  double gap_title_y = 0;
  // The gap panel's title wraps like the chart's title (a narrow chart is narrower than it).
  constexpr double kPanelTitleLine = 18, kPanelTitleCharWidth = 8.8;
  const std::vector<std::string> gap_title_lines =
      input.gap
          ? WrapText(labels.gap_title + " (" + input.series[0].name + " \u2212 " +
                         (input.series.size() > 1 ? input.series[1].name : "") + ")",
                     static_cast<size_t>(std::max(8.0, (width - left - 12) / kPanelTitleCharWidth)))
          : std::vector<std::string>{};
  if (input.gap) {
    gap_title_y = y + 30;
    gap.left = left;
    gap.width = plot_width;
    gap.top = gap_title_y + 12 + kPanelTitleLine * (gap_title_lines.size() - 1);
    y = gap.top + gap.height;
  }
  const double axis_bottom = y;
  const double x_label_y = axis_bottom + 18;

  LegendUse used;
  bool gap_runs = false;  // the gap panel's centre line signals
  // The panels are drawn into their own writer first: the legend needs to know what they drew.
  SvgWriter body;
  if (has_points) {
    DrawPanel(body, main, main_axis, periods, xs, labels, used);
    if (input.gap) {
      if (gap_title_lines.size() == 1) {
        body.Text("text",
                  {{"class", "panel-title"},
                   {"x", FormatCoord(left)},
                   {"y", FormatCoord(gap_title_y)},
                   {"font-size", "14"},
                   {"font-weight", "600"},
                   {"fill", std::string(style::kInk)}},
                  gap_title_lines.front());
      } else {
        body.Open("text", {{"class", "panel-title"},
                           {"font-size", "14"},
                           {"font-weight", "600"},
                           {"fill", std::string(style::kInk)}});
        for (size_t k = 0; k < gap_title_lines.size(); ++k)
          body.Text(
              "tspan",
              {{"x", FormatCoord(left)}, {"y", FormatCoord(gap_title_y + kPanelTitleLine * k)}},
              gap_title_lines[k]);
        body.Close();
      }
      LegendUse gap_used;
      DrawPanel(body, gap, gap_axis, periods, xs, labels, gap_used);
      used.limits |= gap_used.limits;
      used.process_limits |= gap_used.process_limits;
      used.limits_2sigma |= gap_used.limits_2sigma;
      used.mean |= gap_used.mean;
      used.median |= gap_used.median;
      used.median_runs |= gap_used.median_runs;
      used.mean_runs |= gap_used.mean_runs;
      gap_runs = gap_used.mean_runs || gap_used.median_runs;
      for (size_t m = 0; m < used.marks.size(); ++m)
        used.marks[m] = used.marks[m] || gap_used.marks[m];
    }
  }
  const std::vector<LegendItem> legend =
      LegendItems(input, used, gap_runs, labels, !annotations.empty());
  const double legend_top = x_label_y + 16;
  const double height = std::ceil(legend_top + LegendHeight(legend, width - 2 * 12) + 10);

  SvgWriter w;
  OpenChartSvg(w, options.id, width, height, title, desc, options.css_class);
  w.Empty("rect",
          {{"width", "100%"}, {"height", "100%"}, {"fill", std::string(style::kBackground)}});
  if (title_lines.size() <= 1) {
    w.Text("text",
           {{"class", "title"},
            {"x", "12"},
            {"y", FormatCoord(title_y)},
            {"font-size", FormatCoord(style::kTitleFontSize)},
            {"font-weight", "600"},
            {"fill", std::string(style::kInk)}},
           title);
  } else {
    w.Open("text", {{"class", "title"},
                    {"font-size", FormatCoord(style::kTitleFontSize)},
                    {"font-weight", "600"},
                    {"fill", std::string(style::kInk)}});
    for (size_t k = 0; k < title_lines.size(); ++k)
      w.Text("tspan", {{"x", "12"}, {"y", FormatCoord(title_y + kTitleLine * k)}}, title_lines[k]);
    w.Close();
  }
  if (!labels.y_axis.empty())
    w.Text("text",
           {{"class", "y-caption"},
            {"x", FormatCoord(left)},
            {"y", FormatCoord(caption_y)},
            {"fill", std::string(style::kMutedInk)}},
           labels.y_axis);
  if (has_points) {
    DrawAnnotationBands(w, annotations, xs, main.top, axis_bottom);
    for (const std::string& line : [&] {
           std::vector<std::string> lines;
           std::string s = body.Finish();
           size_t start = 0;
           while (start < s.size()) {
             size_t end = s.find('\n', start);
             lines.push_back(s.substr(start, end - start));
             start = end + 1;
           }
           return lines;
         }())
      w.Raw(line);

    // Period axis: tick marks under every panel, labels under the last one.
    const auto shown = AxisLabelIndices(periods.labels.short_labels, plot_width, style::kCharWidth,
                                        periods.labels.kind == PeriodKind::kNumber
                                            ? std::span<const double>(periods.keys)
                                            : std::span<const double>());
    w.Open(
        "g",
        {{"class", "x-axis"}, {"fill", std::string(style::kMutedInk)}, {"text-anchor", "middle"}});
    PathBuilder ticks;
    for (size_t i : shown) {
      ticks.MoveTo(xs.X(i), main_bottom);
      ticks.LineTo(xs.X(i), main_bottom + 5);
      if (input.gap) {
        ticks.MoveTo(xs.X(i), axis_bottom);
        ticks.LineTo(xs.X(i), axis_bottom + 5);
      }
    }
    w.Empty("path",
            {{"d", ticks.str()}, {"stroke", std::string(style::kAxis)}, {"stroke-width", "1"}});
    w.Empty("line", {{"x1", FormatCoord(left)},
                     {"x2", FormatCoord(left + plot_width)},
                     {"y1", FormatCoord(main_bottom)},
                     {"y2", FormatCoord(main_bottom)},
                     {"stroke", std::string(style::kAxis)},
                     {"stroke-width", "1"}});
    if (input.gap)
      w.Empty("line", {{"x1", FormatCoord(left)},
                       {"x2", FormatCoord(left + plot_width)},
                       {"y1", FormatCoord(axis_bottom)},
                       {"y2", FormatCoord(axis_bottom)},
                       {"stroke", std::string(style::kAxis)},
                       {"stroke-width", "1"}});
    for (size_t i : shown) {
      // A label that would stick out of the image is aligned to the edge instead.
      const std::string& text = periods.labels.short_labels[i];
      const double half = core::CodePointCount(text) * style::kCharWidth / 2;
      const double x = xs.X(i);
      const bool at_left = x - half<2, at_right = x + half> width - 2;
      w.Text("text",
             {{"x", FormatCoord(at_left    ? 2
                                : at_right ? width - 2
                                           : x)},
              {"y", FormatCoord(x_label_y)},
              {at_left || at_right ? "text-anchor" : "", at_left ? "start" : "end"}},
             text);
    }
    w.Close();

    DrawAnnotationBrackets(w, annotations, xs, annotation_top, axis_bottom);
  }
  DrawLegend(w, legend, 12, legend_top, width - 24);
  return w.Finish();
}

}  // namespace stegvis::chart
