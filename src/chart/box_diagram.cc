#include "chart/box_diagram.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>

#include "chart/number_format.h"
#include "chart/style.h"
#include "chart/svg_frame.h"
#include "chart/svg_writer.h"

namespace stegvis::chart {
namespace {

constexpr double kMargin = 12;
constexpr double kPad = 8;        // inside a box
constexpr double kLine = 17;      // line height of box text (13 px)
constexpr double kNoteLine = 16;  // line height of notes (12 px)
constexpr double kNoteFontSize = 12;
constexpr double kBoxGap = 14;  // between boxes of a column
constexpr double kTitleLine = 22;
constexpr double kTitleCharWidth = 9.4;  // estimated px per character at 16 px
constexpr double kNoteCharWidth = 7.2;   // at 12 px

struct PlacedBox {
  double x = 0, y = 0, w = 0, h = 0;
  std::vector<std::string> lines;
  std::vector<std::string> note_lines;
};

std::size_t CharsFor(double width, double char_width) {
  return std::max<std::size_t>(4, static_cast<std::size_t>((width - 2 * kPad) / char_width));
}

// `input` with each column's boxes ordered by the mean position of their neighbours in the
// column ordered before it (see DiagramRenderOptions::order). Stable.
DiagramInput OrderedForDrawing(const DiagramInput& input, ListDirection order) {
  DiagramInput out = input;
  const std::size_t n = out.columns.size();
  if (n < 2) return out;
  const bool along = order == ListDirection::kAlongArrows;
  for (std::size_t step = 1; step < n; ++step) {
    const std::size_t i = along ? step : n - 1 - step;
    const std::size_t ref = along ? i - 1 : i + 1;
    std::map<std::string, double> position;
    for (std::size_t k = 0; k < out.columns[ref].boxes.size(); ++k) {
      position[out.columns[ref].boxes[k].key] = static_cast<double>(k);
    }
    std::map<std::string, std::pair<double, int>> sums;  // key → (sum, count)
    for (const DiagramArrow& a : out.arrows) {
      const std::string& mine = along ? a.to : a.from;
      const std::string& theirs = along ? a.from : a.to;
      auto p = position.find(theirs);
      if (p == position.end()) continue;
      sums[mine].first += p->second;
      sums[mine].second += 1;
    }
    auto rank = [&](const DiagramBox& b) {
      auto it = sums.find(b.key);
      return it == sums.end() ? std::numeric_limits<double>::infinity()
                              : it->second.first / it->second.second;
    };
    std::stable_sort(out.columns[i].boxes.begin(), out.columns[i].boxes.end(),
                     [&](const DiagramBox& a, const DiagramBox& b) { return rank(a) < rank(b); });
  }
  return out;
}

}  // namespace

std::string RenderBoxDiagramSvg(const DiagramInput& unordered,
                                const DiagramRenderOptions& options) {
  const DiagramInput input = OrderedForDrawing(unordered, options.order);
  const double col_w = options.column_width, gap = options.column_gap;
  const std::size_t n = input.columns.size();
  const double width = 2 * kMargin + n * col_w + (n > 0 ? static_cast<double>(n - 1) * gap : 0);
  const std::vector<std::string> title_lines =
      WrapText(input.title, CharsFor(width - 2 * kMargin + 2 * kPad, kTitleCharWidth));
  const double headings_top = kMargin + title_lines.size() * kTitleLine + 14;
  std::vector<std::vector<std::string>> headings;
  std::size_t heading_rows = 1;
  for (const DiagramColumn& c : input.columns) {
    headings.push_back(WrapText(c.heading, CharsFor(col_w + 2 * kPad, style::kCharWidth)));
    heading_rows = std::max(heading_rows, headings.back().size());
  }
  const double boxes_top = headings_top + heading_rows * kLine + 12;

  // Place the boxes column by column.
  std::map<std::string, PlacedBox> placed;
  std::vector<std::vector<PlacedBox>> columns(n);
  double bottom = boxes_top;
  for (std::size_t i = 0; i < n; ++i) {
    const DiagramColumn& c = input.columns[i];
    const double x = kMargin + i * (col_w + gap);
    double y = boxes_top;
    auto place = [&](const std::string& text, const std::vector<BoxNote>& notes) {
      PlacedBox b;
      b.x = x;
      b.y = y;
      b.w = col_w;
      b.lines = WrapText(text, CharsFor(col_w, style::kCharWidth));
      for (const BoxNote& note : notes) {
        for (std::string& l : WrapText(note.text, CharsFor(col_w, kNoteCharWidth))) {
          b.note_lines.push_back(std::move(l));
        }
      }
      b.h = 2 * kPad + b.lines.size() * kLine + b.note_lines.size() * kNoteLine +
            (b.note_lines.empty() ? 0 : 4);
      y += b.h + kBoxGap;
      return b;
    };
    if (c.boxes.empty()) {
      columns[i].push_back(place(c.empty, {}));
    } else {
      for (const DiagramBox& box : c.boxes) {
        columns[i].push_back(place(box.text, box.notes));
        placed[box.key] = columns[i].back();
      }
    }
    bottom = std::max(bottom, y - kBoxGap);
  }
  const double height = bottom + kMargin;

  SvgWriter w;
  OpenChartSvg(w, options.id, width, height, input.title, input.desc);
  const std::string arrow_id = options.id + "-arrow";
  w.Open("defs");
  w.Open("marker", {{"id", arrow_id},
                    {"viewBox", "0 0 10 10"},
                    {"refX", "10"},
                    {"refY", "5"},
                    {"markerWidth", "7"},
                    {"markerHeight", "7"},
                    {"orient", "auto"}});
  w.Empty("path", {{"d", "M0 0 L10 5 L0 10 z"}, {"fill", std::string(style::kInk)}});
  w.Close();
  w.Close();
  w.Empty("rect",
          {{"width", "100%"}, {"height", "100%"}, {"fill", std::string(style::kBackground)}});
  double ty = kMargin + 16;
  for (const std::string& line : title_lines) {
    w.Text("text",
           {{"class", "title"},
            {"x", FormatCoord(kMargin)},
            {"y", FormatCoord(ty)},
            {"font-size", FormatCoord(style::kTitleFontSize)},
            {"font-weight", "600"},
            {"fill", std::string(style::kInk)}},
           line);
    ty += kTitleLine;
  }
  w.Open("g", {{"class", "headings"}, {"font-weight", "600"}, {"fill", std::string(style::kInk)}});
  for (std::size_t i = 0; i < n; ++i) {
    const double x = kMargin + i * (col_w + gap);
    double y = headings_top + 12;
    for (const std::string& line : headings[i]) {
      w.Text("text", {{"x", FormatCoord(x)}, {"y", FormatCoord(y)}}, line);
      y += kLine;
    }
    w.Empty("line", {{"x1", FormatCoord(x)},
                     {"x2", FormatCoord(x + col_w)},
                     {"y1", FormatCoord(boxes_top - 6)},
                     {"y2", FormatCoord(boxes_top - 6)},
                     {"stroke", std::string(style::kAxis)},
                     {"stroke-width", "1"}});
  }
  w.Close();

  // Arrows under the boxes, so a box's border stays whole.
  w.Open("g", {{"class", "arrows"},
               {"fill", "none"},
               {"stroke", std::string(style::kMutedInk)},
               {"stroke-width", "1.5"}});
  for (const DiagramArrow& a : input.arrows) {
    auto from = placed.find(a.from);
    auto to = placed.find(a.to);
    if (from == placed.end() || to == placed.end()) continue;
    const PlacedBox& f = from->second;
    const PlacedBox& t = to->second;
    const bool forward = t.x > f.x;
    const double x1 = forward ? f.x + f.w : f.x, y1 = f.y + f.h / 2;
    const double x2 = forward ? t.x : t.x + t.w, y2 = t.y + t.h / 2;
    const double bend = (x2 - x1) / 2;
    PathBuilder p;
    p.MoveTo(x1, y1);
    std::string d = p.str() + " C" + FormatCoord(x1 + bend) + " " + FormatCoord(y1) + " " +
                    FormatCoord(x2 - bend) + " " + FormatCoord(y2) + " " + FormatCoord(x2) + " " +
                    FormatCoord(y2);
    w.Empty("path", {{"d", d}, {"marker-end", "url(#" + arrow_id + ")"}});
  }
  w.Close();

  w.Open("g", {{"class", "boxes"}});
  for (std::size_t i = 0; i < n; ++i) {
    const DiagramColumn& c = input.columns[i];
    for (std::size_t k = 0; k < columns[i].size(); ++k) {
      const PlacedBox& b = columns[i][k];
      const bool empty = c.boxes.empty();
      const bool dashed = !empty && c.boxes[k].dashed;
      w.Open("g", {{"class", empty ? "box empty" : (dashed ? "box dashed" : "box")}});
      w.Empty("rect", {{"x", FormatCoord(b.x)},
                       {"y", FormatCoord(b.y)},
                       {"width", FormatCoord(b.w)},
                       {"height", FormatCoord(b.h)},
                       {"rx", "4"},
                       {"fill", std::string(style::kBackground)},
                       {"stroke", std::string(empty ? style::kAxis : style::kInk)},
                       {"stroke-width", empty ? "1" : "1.5"},
                       {empty || dashed ? "stroke-dasharray" : "", empty ? "2 3" : "6 4"}});
      double y = b.y + kPad + 13;
      for (const std::string& line : b.lines) {
        w.Text("text",
               {{"x", FormatCoord(b.x + kPad)},
                {"y", FormatCoord(y)},
                {"fill", std::string(empty ? style::kMutedInk : style::kInk)}},
               line);
        y += kLine;
      }
      y += b.note_lines.empty() ? 0 : 3;
      for (const std::string& line : b.note_lines) {
        w.Text("text",
               {{"x", FormatCoord(b.x + kPad)},
                {"y", FormatCoord(y)},
                {"font-size", FormatCoord(kNoteFontSize)},
                {"fill", std::string(style::kMutedInk)}},
               line);
        y += kNoteLine;
      }
      w.Close();
    }
  }
  w.Close();
  return w.Finish();
}

std::string RenderBoxDiagramList(const DiagramInput& input, ListDirection direction) {
  struct Where {
    std::size_t column;
    const DiagramBox* box;
  };
  std::map<std::string, Where> boxes;
  for (std::size_t i = 0; i < input.columns.size(); ++i) {
    for (const DiagramBox& b : input.columns[i].boxes) boxes[b.key] = {i, &b};
  }
  if (boxes.empty()) return {};
  const bool along = direction == ListDirection::kAlongArrows;
  std::map<std::string, std::vector<std::string>> children;
  for (const DiagramArrow& a : input.arrows) {
    if (!boxes.count(a.from) || !boxes.count(a.to)) continue;
    children[along ? a.from : a.to].push_back(along ? a.to : a.from);
  }
  std::set<std::string> reached;
  std::set<std::string> expanded;  // boxes whose branch is already in the list
  std::string out;
  // `path` guards against a cycle in the input; the domain never lets one in.
  std::set<std::string> path;
  std::function<void(const std::string&)> item = [&](const std::string& key) {
    const Where& where = boxes.at(key);
    const DiagramBox& b = *where.box;
    reached.insert(key);
    path.insert(key);
    const DiagramColumn& column = input.columns[where.column];
    out += "<li><span class=\"diagram-list__level\">" +
           EscapeXml(column.label.empty() ? column.heading : column.label) + ":</span> ";
    if (!b.href.empty()) {
      out += "<a href=\"" + EscapeXml(b.href) + "\">" + EscapeXml(b.text) + "</a>";
    } else {
      out += EscapeXml(b.text);
    }
    if (!b.notes.empty()) {
      out += "<ul class=\"diagram-list__notes\">";
      for (const BoxNote& note : b.notes) {
        out += "<li>";
        out += note.href.empty()
                   ? EscapeXml(note.text)
                   : "<a href=\"" + EscapeXml(note.href) + "\">" + EscapeXml(note.text) + "</a>";
        out += "</li>";
      }
      out += "</ul>";
    }
    std::vector<std::string> next;
    if (expanded.count(key) && !input.shown_above.empty()) {
      out += " <span class=\"diagram-list__again\">" + EscapeXml(input.shown_above) + "</span>";
    } else {
      for (const std::string& child : children[key]) {
        if (!path.count(child)) next.push_back(child);
      }
      if (!next.empty()) expanded.insert(key);
    }
    if (!next.empty()) {
      out += "<ul>";
      for (const std::string& child : next) item(child);
      out += "</ul>";
    }
    out += "</li>";
    path.erase(key);
  };
  out += "<ul class=\"diagram-list\">";
  const std::size_t n = input.columns.size();
  for (std::size_t k = 0; k < n; ++k) {
    const DiagramColumn& c = input.columns[along ? k : n - 1 - k];
    for (const DiagramBox& b : c.boxes) {
      // The start column, then whatever the walk from it did not reach.
      if (k == 0 || !reached.count(b.key)) item(b.key);
    }
  }
  out += "</ul>";
  return out;
}

}  // namespace stegvis::chart
