#include "chart/theory_svg.h"

namespace stegvis::chart {
namespace {

DiagramInput ToBoxes(const TheoryInput& input) {
  DiagramInput out;
  out.title = input.title;
  out.desc = input.desc;
  out.shown_above = input.shown_above;
  out.arrows = input.links;
  for (const TheoryLevel& level : input.levels) {
    DiagramColumn column;
    column.heading = level.heading;
    column.label = level.label;
    column.empty = input.empty;
    for (const TheoryItem& item : level.items) {
      column.boxes.push_back(DiagramBox{item.key, item.text, item.measures, {}, false});
    }
    out.columns.push_back(std::move(column));
  }
  return out;
}

}  // namespace

std::string RenderTheorySvg(const TheoryInput& input, const std::string& id) {
  // Six columns: narrower boxes than the driver diagram's four, so it fits a landscape page.
  return RenderBoxDiagramSvg(
      ToBoxes(input),
      {.column_width = 172, .column_gap = 30, .id = id, .order = ListDirection::kAgainstArrows});
}

std::string RenderTheoryList(const TheoryInput& input) {
  return RenderBoxDiagramList(ToBoxes(input), ListDirection::kAgainstArrows);
}

}  // namespace stegvis::chart
