#pragma once
// The theory of change (förbättringsteori, resultatkedja) as a diagram: six columns from the
// resources to the effect, each item a box, arrows from an item to the items it leads to one
// level up, and under outcomes and effects the measures that show them. The web layer fills
// TheoryInput from the domain and the message catalogue; the renderer has no text of its own.
// Pure and byte-stable (chart/box_diagram.h), so tests/golden/ can hold it.

#include <array>
#include <string>
#include <vector>

#include "chart/box_diagram.h"

namespace stegvis::chart {

struct TheoryItem {
  std::string key;  // unique in the diagram ("i12")
  std::string text;
  std::vector<BoxNote> measures;  // "Mått: ..." lines with the measure's page
};

struct TheoryLevel {
  std::string heading;  // "Resurser", ..., "Effekt"
  std::string label;    // one item of the level, for the list: "Resurs", ..., "Effekt"
  std::vector<TheoryItem> items;
};

struct TheoryInput {
  std::string title;
  std::string desc;
  std::array<TheoryLevel, 6> levels;  // in the chain's order: resources first, effect last
  std::vector<DiagramArrow> links;    // item key → the key of the item it leads to
  std::string empty;                  // shown for a level without items
  std::string shown_above;            // in the list, after an item whose branch is already listed
};

// The SVG: resources on the left, the effect on the right. Never fails.
std::string RenderTheorySvg(const TheoryInput& input, const std::string& id = "toc");

// The nested list, read backwards as the theory is built: each effect, the outcomes that lead
// to it, the ways of working that lead to those, and so on down to the resources.
std::string RenderTheoryList(const TheoryInput& input);

}  // namespace stegvis::chart
