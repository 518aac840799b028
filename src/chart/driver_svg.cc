#include "chart/driver_svg.h"

namespace stegvis::chart {
namespace {

DiagramInput ToBoxes(const DriverInput& input) {
  DiagramInput out;
  out.title = input.title;
  out.desc = input.desc;
  out.shown_above = input.shown_above;
  DiagramColumn aim{
      input.aim_heading, {}, {DiagramBox{kDriverAimKey, input.aim, {}, {}, false}}, {}};
  DiagramColumn primary{input.primary_heading, input.primary_label, input.primary, input.empty};
  DiagramColumn secondary{input.secondary_heading, input.secondary_label, input.secondary,
                          input.empty};
  DiagramColumn ideas{input.ideas_heading, input.idea_label, {}, input.empty};
  for (const DriverIdea& idea : input.ideas) {
    ideas.boxes.push_back(DiagramBox{idea.key, idea.text, idea.status, idea.href, !idea.tested});
  }
  // Every primary driver drives the aim.
  for (const DiagramBox& p : input.primary) out.arrows.push_back({kDriverAimKey, p.key});
  for (const DiagramArrow& a : input.links) out.arrows.push_back(a);
  out.columns = {std::move(aim), std::move(primary), std::move(secondary), std::move(ideas)};
  return out;
}

}  // namespace

std::string RenderDriverSvg(const DriverInput& input, const std::string& id) {
  return RenderBoxDiagramSvg(ToBoxes(input), {.column_width = 200, .column_gap = 40, .id = id});
}

std::string RenderDriverList(const DriverInput& input) {
  return RenderBoxDiagramList(ToBoxes(input), ListDirection::kAlongArrows);
}

}  // namespace stegvis::chart
