#include "chart/panel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "chart/analysis_view.h"
#include "chart/marks.h"
#include "chart/number_format.h"
#include "chart/style.h"
#include "core/text.h"

namespace stegvis::chart {
namespace {

// Below this many px between periods, ordinary points are drawn as the line only.
constexpr double kMinMarkerSpacing = 6;

struct YScale {
  double top, height, min, max;
  double Y(double v) const { return top + height * (max - v) / (max - min); }
};

// A horizontal line per point (a step), joined within a part; missing values break it.
// Steps show honestly that P-chart limits belong to each period.
std::string StepPath(const stats::Analysis& a, const Periods& periods, const XScale& xs,
                     const YScale& ys, double (*get)(const Lines&), int part) {
  PathBuilder path;
  bool open = false;
  for (const stats::Point& p : a.points) {
    if (p.part != part) continue;
    const double v = get(LinesOf(a, p));
    if (!std::isfinite(v)) {
      open = false;
      continue;
    }
    const double x = xs.X(periods.IndexOf(p.x));
    const double y = ys.Y(v);
    if (open) {
      path.LineTo(x - xs.step / 2, y);
    } else {
      path.MoveTo(x - xs.step / 2, y);
      open = true;
    }
    path.LineTo(x + xs.step / 2, y);
  }
  return path.str();
}

struct EndLabel {
  double y;
  std::string text;
  std::string colour;
};

// Spreads labels vertically so none overlaps (at least `gap` px apart), staying in the panel.
void Spread(std::vector<EndLabel>& labels, double top, double bottom, double gap) {
  std::sort(labels.begin(), labels.end(), [](const EndLabel& a, const EndLabel& b) {
    return a.y < b.y || (a.y == b.y && a.text < b.text);
  });
  for (size_t i = 1; i < labels.size(); ++i)
    labels[i].y = std::max(labels[i].y, labels[i - 1].y + gap);
  if (!labels.empty() && labels.back().y > bottom) {
    labels.back().y = bottom;
    for (size_t i = labels.size() - 1; i-- > 0;)
      labels[i].y = std::min(labels[i].y, labels[i + 1].y - gap);
  }
  for (auto& l : labels) l.y = std::max(l.y, top);
}

}  // namespace

size_t Periods::IndexOf(double x) const {
  auto it = std::lower_bound(keys.begin(), keys.end(), x);
  if (it == keys.end() || *it != x) return keys.size();
  return static_cast<size_t>(it - keys.begin());
}

Periods CollectPeriods(const ChartInput& input, Lang lang) {
  std::map<double, std::string> all;
  auto add = [&](const stats::Analysis* a) {
    if (!a) return;
    for (const stats::Point& p : a->points) all.emplace(p.x, p.label);
  };
  for (const Series& s : input.series) add(s.analysis);
  add(input.gap);
  Periods periods;
  for (auto& [x, label] : all) {
    periods.keys.push_back(x);
    periods.raw.push_back(label);
  }
  periods.labels = FormatPeriods(periods.raw, lang);
  return periods;
}

Axis PanelAxis(const PanelSpec& spec) {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  auto take = [&](double v) {
    if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  };
  for (const PanelSeries& s : spec.series) {
    for (const stats::Point& p : s.analysis->points) {
      const Lines l = LinesOf(*s.analysis, p);
      take(p.y);
      take(l.cl);
      take(p.target);
      if (s.show_limits) take(l.lcl), take(l.ucl);
    }
  }
  if (spec.zero_line) take(0);
  const int ticks = std::clamp(static_cast<int>(spec.height / 45), 3, 8);
  return NiceAxis(lo, hi, ticks);
}

double TickLabelWidth(const Axis& axis, Lang lang) {
  size_t widest = 0;
  for (double t : axis.ticks)
    widest = std::max(widest, core::CodePointCount(FormatNumber(t, axis.decimals, lang)));
  return widest * style::kCharWidth;
}

void DrawPanel(SvgWriter& w, const PanelSpec& spec, const Axis& axis, const Periods& periods,
               const XScale& xs, const ChartLabels& labels, LegendUse& used) {
  const YScale ys{spec.top, spec.height, axis.min, axis.max};
  const double right = spec.left + spec.width;
  const double bottom = spec.top + spec.height;

  // Grid and value axis.
  w.Open("g", {{"class", "y-axis"},
               {"font-size", FormatCoord(style::kFontSize)},
               {"fill", std::string(style::kMutedInk)},
               {"text-anchor", "end"}});
  for (double t : axis.ticks) {
    const double y = ys.Y(t);
    w.Empty("line", {{"x1", FormatCoord(spec.left)},
                     {"x2", FormatCoord(right)},
                     {"y1", FormatCoord(y)},
                     {"y2", FormatCoord(y)},
                     {"stroke", std::string(style::kGrid)},
                     {"stroke-width", "1"}});
    w.Text("text", {{"x", FormatCoord(spec.left - 6)}, {"y", FormatCoord(y + 4.5)}},
           FormatNumber(t, axis.decimals, labels.lang));
  }
  w.Close();
  w.Empty("line", {{"x1", FormatCoord(spec.left)},
                   {"x2", FormatCoord(spec.left)},
                   {"y1", FormatCoord(spec.top)},
                   {"y2", FormatCoord(bottom)},
                   {"stroke", std::string(style::kAxis)},
                   {"stroke-width", "1"}});
  if (spec.zero_line && axis.min < 0 && axis.max > 0) {
    w.Empty("line", {{"class", "zero"},
                     {"x1", FormatCoord(spec.left)},
                     {"x2", FormatCoord(right)},
                     {"y1", FormatCoord(ys.Y(0))},
                     {"y2", FormatCoord(ys.Y(0))},
                     {"stroke", std::string(style::kAxis)},
                     {"stroke-width", "1.5"}});
  }

  // Phase breaks (of the first series; groups share their phases).
  if (!spec.series.empty()) {
    const stats::Analysis& a = *spec.series.front().analysis;
    for (size_t k = 1; k < a.parts.size(); ++k) {
      const stats::Part& part = a.parts[k];
      if (part.first < 0 || static_cast<size_t>(part.first) >= a.points.size()) continue;
      const double x = xs.X(periods.IndexOf(a.points[part.first].x)) - xs.step / 2;
      w.Empty("line", {{"class", "part-break"},
                       {"x1", FormatCoord(x)},
                       {"x2", FormatCoord(x)},
                       {"y1", FormatCoord(spec.top)},
                       {"y2", FormatCoord(bottom)},
                       {"stroke", std::string(style::kAxis)},
                       {"stroke-width", "1"},
                       {"stroke-dasharray", "2 3"}});
      w.Text("text",
             {{"x", FormatCoord(x + 4)},
              {"y", FormatCoord(spec.top + 13)},
              {"font-size", "12"},
              {"fill", std::string(style::kMutedInk)}},
             FillTemplate(labels.part, {{"n", std::to_string(part.part)}}));
    }
  }

  std::vector<EndLabel> end_labels;
  const int decimals = spec.decimals;
  const bool single = spec.series.size() == 1;

  for (const PanelSeries& s : spec.series) {
    const stats::Analysis& a = *s.analysis;
    const bool xmr = a.chart == stats::ChartType::kXmR;
    const bool limits = s.show_limits && HasLimits(a.chart);
    w.Open("g", {{"class", "lines"}, {"fill", "none"}});
    for (const stats::Part& part : a.parts) {
      using Get = double (*)(const Lines&);
      auto stroke = [&](std::string_view cls, Get get, std::string_view colour,
                        std::string_view width, std::string_view dash) {
        std::string d = StepPath(a, periods, xs, ys, get, part.part);
        if (d.empty()) return false;
        w.Empty("path", {{"class", std::string(cls)},
                         {"d", d},
                         {"stroke", std::string(colour)},
                         {"stroke-width", std::string(width)},
                         {dash.empty() ? "" : "stroke-dasharray", std::string(dash)}});
        return true;
      };
      if (limits && spec.show_2sigma) {
        bool drew = stroke(
            "limit-2sigma", [](const Lines& l) { return l.lcl_95; }, style::kLimit, "1.25", "2 3");
        drew |= stroke(
            "limit-2sigma", [](const Lines& l) { return l.ucl_95; }, style::kLimit, "1.25", "2 3");
        used.limits_2sigma |= drew;
      }
      if (limits) {
        bool drew = stroke(
            "limit", [](const Lines& l) { return l.lcl; }, style::kLimit, "1.5", "");
        drew |= stroke(
            "limit", [](const Lines& l) { return l.ucl; }, style::kLimit, "1.5", "");
        (xmr ? used.process_limits : used.limits) |= drew;
      }
      // Target: a line of its own per part.
      {
        PathBuilder path;
        for (const stats::Point& p : a.points) {
          if (p.part != part.part || !std::isfinite(p.target)) continue;
          const double x = xs.X(periods.IndexOf(p.x));
          if (path.empty()) path.MoveTo(x - xs.step / 2, ys.Y(p.target));
          path.LineTo(x + xs.step / 2, ys.Y(p.target));
        }
        if (!path.empty() && &s == &spec.series.front()) {
          w.Empty("path", {{"class", "target"},
                           {"d", path.str()},
                           {"stroke", std::string(style::kTarget)},
                           {"stroke-width", "2"},
                           {"stroke-dasharray", std::string(style::kTargetDash)}});
          used.target = true;
        }
      }
      // The centre line: dashed in the signal colour when the runs rules signal in this part.
      const bool runs = PartRunsSignal(a, part);
      // With two groups the centre line keeps its group's colour; the dash alone says "signal".
      const std::string_view cl_colour = !single ? s.colour
                                         : runs  ? style::kRunsSignal
                                                 : style::kInk;
      if (stroke(
              runs ? "centre runs-signal" : "centre", [](const Lines& l) { return l.cl; },
              cl_colour, single ? "2" : "1.5", runs ? "7 4" : (single ? "" : "2 2"))) {
        const bool median = a.chart == stats::ChartType::kRun;
        if (runs) {
          (median ? used.median_runs : used.mean_runs) = true;
        } else {
          (median ? used.median : used.mean) = true;
        }
      }
    }
    w.Close();

    // The data line, broken where a value is missing.
    PathBuilder data;
    bool open = false;
    for (const stats::Point& p : a.points) {
      if (!std::isfinite(p.y)) {
        open = false;
        continue;
      }
      const double x = xs.X(periods.IndexOf(p.x)), y = ys.Y(p.y);
      if (open) {
        data.LineTo(x, y);
      } else {
        data.MoveTo(x, y);
        open = true;
      }
    }
    if (!data.empty()) {
      w.Empty("path", {{"class", "data"},
                       {"d", data.str()},
                       {"fill", "none"},
                       {"stroke", std::string(s.colour)},
                       {"stroke-width", xs.step < kMinMarkerSpacing ? "1" : "1.5"},
                       {"stroke-linejoin", "round"},
                       {s.dashed ? "stroke-dasharray" : "", std::string(style::kMenDash)}});
    }

    const bool dense = xs.step < kMinMarkerSpacing;
    // The points, ordinary ones first so signals are drawn on top.
    w.Open("g", {{"class", "points"}});
    for (int pass = 0; pass < 2; ++pass) {
      for (const stats::Point& p : a.points) {
        if (!std::isfinite(p.y)) continue;
        const Mark mark = MarkOf(p);
        const bool special = mark != Mark::kCommon && mark != Mark::kExcluded;
        if (special != (pass == 1)) continue;
        // With more points than room for their markers, ordinary points are only the line;
        // signals keep their markers so they still stand out.
        if (mark == Mark::kCommon && dense) continue;
        used.marks[static_cast<size_t>(mark)] = true;
        const size_t i = periods.IndexOf(p.x);
        const Lines l = LinesOf(a, p);
        std::string tooltip = (s.name.empty() ? "" : s.name + ", ") +
                              periods.labels.long_labels[i] + ": " +
                              FormatNumber(p.y, decimals, labels.lang);
        if (special || mark == Mark::kExcluded) tooltip += " (" + MarkName(mark, labels) + ")";
        const bool high = std::isfinite(l.cl) ? p.y >= l.cl : true;
        DrawMark(w, mark, xs.X(i), ys.Y(p.y), high, MarkStyle{s.colour, s.square}, tooltip);
      }
    }
    w.Close();

    // Labels at the right end: the lines' values of the last part (one series), or the
    // series' name (two series: direct labels instead of a legend lookup).
    if (!a.points.empty()) {
      const stats::Point& last = a.points.back();
      const Lines l = LinesOf(a, last);
      if (s.end_label) {
        double y = std::isfinite(last.y) ? last.y : l.cl;
        for (std::size_t i = a.points.size(); !std::isfinite(y) && i > 0; --i)
          y = a.points.y(i - 1);
        if (std::isfinite(y)) end_labels.push_back({ys.Y(y), s.name, std::string(s.colour)});
      } else if (single) {
        if (std::isfinite(l.cl))
          end_labels.push_back(
              {ys.Y(l.cl), FormatNumber(l.cl, decimals, labels.lang), std::string(style::kInk)});
        if (limits && std::isfinite(l.ucl))
          end_labels.push_back({ys.Y(l.ucl), FormatNumber(l.ucl, decimals, labels.lang),
                                std::string(style::kMutedInk)});
        if (limits && std::isfinite(l.lcl))
          end_labels.push_back({ys.Y(l.lcl), FormatNumber(l.lcl, decimals, labels.lang),
                                std::string(style::kMutedInk)});
        if (std::isfinite(last.target))
          end_labels.push_back(
              {ys.Y(last.target),
               labels.target + " " + FormatNumber(last.target, decimals, labels.lang),
               std::string(style::kTarget)});
      }
    }
  }

  Spread(end_labels, spec.top + 4, bottom + 4, 15);
  if (!end_labels.empty()) {
    w.Open("g", {{"class", "line-labels"}, {"font-size", FormatCoord(style::kFontSize)}});
    for (const EndLabel& l : end_labels)
      w.Text("text",
             {{"x", FormatCoord(right + 6)}, {"y", FormatCoord(l.y + 4.5)}, {"fill", l.colour}},
             l.text);
    w.Close();
  }
}

}  // namespace stegvis::chart
