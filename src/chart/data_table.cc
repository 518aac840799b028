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

DataTable BuildDataTable(const ChartInput& input, const ChartLabels& labels) {
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
  DataTable t;
  t.caption = FillTemplate(labels.table_caption, {{"title", title}});
  auto column = [&](const std::string& name, bool number) {
    t.header.push_back(name);
    t.number_columns.push_back(number);
  };
  column(labels.period, false);

  if (input.series.size() == 1 && !input.gap && first) {
    const bool limits = HasLimits(first->chart);
    const bool phases = first->parts.size() > 1;
    bool target = false;
    for (const stats::Point& p : first->points) target |= std::isfinite(p.target);
    if (phases) column(labels.part_column, true);
    column(labels.value, true);
    column(first->chart == stats::ChartType::kRun ? labels.centre_median : labels.centre_line,
           true);
    if (limits) column(labels.lower_limit, true), column(labels.upper_limit, true);
    if (target) column(labels.target, true);
    column(labels.signal, false);
    if (cycles) column(labels.annotation_column, false);
    for (const stats::Point& p : first->points) {
      const Lines l = LinesOf(*first, p);
      const size_t i = periods.IndexOf(p.x);
      std::vector<std::string>& row = t.rows.emplace_back();
      row.push_back(periods.labels.long_labels[i]);
      if (phases) row.push_back(std::to_string(p.part));
      row.push_back(Value(p.y, decimals, labels));
      row.push_back(Value(l.cl, decimals, labels));
      if (limits) {
        row.push_back(Value(l.lcl, decimals, labels));
        row.push_back(Value(l.ucl, decimals, labels));
      }
      if (target) row.push_back(Value(p.target, decimals, labels));
      row.push_back(PointSignal(p, labels));
      if (cycles) row.push_back(AnnotationWords(input.annotations, periods, i, labels));
    }
    return t;
  }
  std::vector<const stats::Analysis*> gap_only = {input.gap};
  const int gap_decimals = input.gap ? ValueDecimals(gap_only) : decimals;
  for (const Series& s : input.series) column(s.name, true);
  if (input.gap) column(labels.gap_series, true);
  column(labels.signal, false);
  if (cycles) column(labels.annotation_column, false);
  for (size_t i = 0; i < periods.keys.size(); ++i) {
    std::vector<std::string>& row = t.rows.emplace_back();
    row.push_back(periods.labels.long_labels[i]);
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
      row.push_back(Value(p ? p->y : NAN, decimals, labels));
      add_signal(s.name, p);
    }
    if (input.gap) {
      const std::optional<stats::Point> p = Find(input.gap, periods.keys[i]);
      row.push_back(Value(p ? p->y : NAN, gap_decimals, labels));
      add_signal(labels.gap_series, p);
    }
    row.push_back(signals.empty() ? labels.no_signal : signals);
    if (cycles) row.push_back(AnnotationWords(input.annotations, periods, i, labels));
  }
  return t;
}

std::string DataTableHtml(const DataTable& t) {
  SvgWriter w;
  w.Open("table", {{"class", "chart-data"}});
  w.Text("caption", {}, t.caption);
  w.Open("thead");
  w.Open("tr");
  for (const std::string& name : t.header) w.Text("th", {{"scope", "col"}}, name);
  w.Close();
  w.Close();
  w.Open("tbody");
  for (const std::vector<std::string>& row : t.rows) {
    w.Open("tr");
    for (size_t c = 0; c < row.size(); ++c) {
      if (c == 0) {
        w.Text("th", {{"scope", "row"}}, row[c]);
      } else if (t.number_columns[c]) {
        w.Text("td", {{"class", "num"}}, row[c]);
      } else {
        w.Text("td", {}, row[c]);
      }
    }
    w.Close();
  }
  w.Close();
  return w.Finish();
}

std::string RenderDataTable(const ChartInput& input, const ChartLabels& labels) {
  return DataTableHtml(BuildDataTable(input, labels));
}

}  // namespace stegvis::chart
