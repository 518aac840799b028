#include "chart/data_table.h"

#include <cmath>
#include <optional>
#include <vector>

#include "chart/analysis_view.h"
#include "chart/annotations.h"
#include "chart/number_format.h"
#include "chart/panel.h"
#include "chart/svg_writer.h"

namespace stegvis::chart {
namespace {

std::string Value(double v, int decimals, const ChartLabels& labels) {
  return std::isfinite(v) ? FormatNumber(v, decimals, labels.lang) : labels.missing_value;
}

// The signal of one point in words: the kind of mark and the rules that fired.
std::string PointSignal(const stats::Point& p, const ChartLabels& labels) {
  const Mark mark = MarkOf(p);
  std::string words = SignalWords(p, labels);
  if (mark == Mark::kCommon || mark == Mark::kExcluded) {
    if (mark == Mark::kExcluded)
      return words == labels.no_signal ? labels.excluded : labels.excluded + "; " + words;
    return words;
  }
  return MarkName(mark, labels) + " (" + words + ")";
}

std::optional<stats::Point> Find(const stats::Analysis* a, double x) {
  if (!a) return std::nullopt;
  for (std::size_t i = 0; i < a->points.size(); ++i)
    if (a->points.x(i) == x) return a->points[i];
  return std::nullopt;
}

}  // namespace

std::string RenderDataTable(const ChartInput& input, const ChartLabels& labels) {
  const Periods periods = CollectPeriods(input, labels.lang);
  std::vector<const stats::Analysis*> all;
  for (const Series& s : input.series) all.push_back(s.analysis);
  const int decimals = ValueDecimals(all);
  const stats::Analysis* first = input.series.empty() ? nullptr : input.series.front().analysis;
  const std::string title = !labels.title.empty() ? labels.title
                            : first               ? ChartName(labels, first->chart)
                                                  : std::string();
  // A column of the improvement cycles when any falls on the chart.
  bool cycles = false;
  for (const Annotation& a : input.annotations) cycles |= SpanOnChart(a, periods).has_value();
  auto cycle_cell = [&](SvgWriter& w, size_t i) {
    if (cycles) w.Text("td", {}, AnnotationWords(input.annotations, periods, i, labels));
  };
  SvgWriter w;
  w.Open("table", {{"class", "chart-data"}});
  w.Text("caption", {}, FillTemplate(labels.table_caption, {{"title", title}}));

  if (input.series.size() == 1 && !input.gap && first) {
    const bool limits = HasLimits(first->chart);
    const bool phases = first->parts.size() > 1;
    bool target = false;
    for (const stats::Point& p : first->points) target |= std::isfinite(p.target);
    w.Open("thead");
    w.Open("tr");
    auto th = [&](const std::string& text) { w.Text("th", {{"scope", "col"}}, text); };
    th(labels.period);
    if (phases) th(labels.part_column);
    th(labels.value);
    th(first->chart == stats::ChartType::kRun ? labels.centre_median : labels.centre_line);
    if (limits) th(labels.lower_limit), th(labels.upper_limit);
    if (target) th(labels.target);
    th(labels.signal);
    if (cycles) th(labels.annotation_column);
    w.Close();
    w.Close();
    w.Open("tbody");
    for (const stats::Point& p : first->points) {
      const Lines l = LinesOf(*first, p);
      const size_t i = periods.IndexOf(p.x);
      w.Open("tr");
      w.Text("th", {{"scope", "row"}}, periods.labels.long_labels[i]);
      if (phases) w.Text("td", {{"class", "num"}}, std::to_string(p.part));
      w.Text("td", {{"class", "num"}}, Value(p.y, decimals, labels));
      w.Text("td", {{"class", "num"}}, Value(l.cl, decimals, labels));
      if (limits) {
        w.Text("td", {{"class", "num"}}, Value(l.lcl, decimals, labels));
        w.Text("td", {{"class", "num"}}, Value(l.ucl, decimals, labels));
      }
      if (target) w.Text("td", {{"class", "num"}}, Value(p.target, decimals, labels));
      w.Text("td", {}, PointSignal(p, labels));
      cycle_cell(w, i);
      w.Close();
    }
    w.Close();
  } else {
    std::vector<const stats::Analysis*> gap_only = {input.gap};
    const int gap_decimals = input.gap ? ValueDecimals(gap_only) : decimals;
    w.Open("thead");
    w.Open("tr");
    w.Text("th", {{"scope", "col"}}, labels.period);
    for (const Series& s : input.series) w.Text("th", {{"scope", "col"}}, s.name);
    if (input.gap) w.Text("th", {{"scope", "col"}}, labels.gap_series);
    w.Text("th", {{"scope", "col"}}, labels.signal);
    if (cycles) w.Text("th", {{"scope", "col"}}, labels.annotation_column);
    w.Close();
    w.Close();
    w.Open("tbody");
    for (size_t i = 0; i < periods.keys.size(); ++i) {
      w.Open("tr");
      w.Text("th", {{"scope", "row"}}, periods.labels.long_labels[i]);
      std::string signals;
      auto add_signal = [&](const std::string& name, const std::optional<stats::Point>& p) {
        if (!p) return;
        std::string words = PointSignal(*p, labels);
        if (words == labels.no_signal) return;
        if (!signals.empty()) signals += "; ";
        signals += name + ": " + words;
      };
      for (const Series& s : input.series) {
        const std::optional<stats::Point> p = Find(s.analysis, periods.keys[i]);
        w.Text("td", {{"class", "num"}}, Value(p ? p->y : NAN, decimals, labels));
        add_signal(s.name, p);
      }
      if (input.gap) {
        const std::optional<stats::Point> p = Find(input.gap, periods.keys[i]);
        w.Text("td", {{"class", "num"}}, Value(p ? p->y : NAN, gap_decimals, labels));
        add_signal(labels.gap_series, p);
      }
      w.Text("td", {}, signals.empty() ? labels.no_signal : signals);
      cycle_cell(w, i);
      w.Close();
    }
    w.Close();
  }
  return w.Finish();
}

}  // namespace stegvis::chart
