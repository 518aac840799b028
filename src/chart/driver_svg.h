#pragma once
// The driver diagram (drivkraftsdiagram) as a diagram: the aim on the left, then the primary
// drivers, the secondary drivers and the change ideas, with arrows from the aim to every
// primary driver, from a primary driver to its secondary drivers and from a secondary driver to
// the change ideas that act on it. A change idea shows in words whether the team has tested
// it, in how many cycles and with what latest decision; an untested idea also has a dashed
// border. The web layer fills DriverInput; the renderer has no text of its own. Pure and
// byte-stable (chart/box_diagram.h).

#include <string>
#include <vector>

#include "chart/box_diagram.h"

namespace stegvis::chart {

struct DriverIdea {
  std::string key;  // unique in the diagram ("idea7")
  std::string text;
  std::string href;             // the idea's page, for the list
  std::vector<BoxNote> status;  // "Testad i 3 cykler", "Senaste beslut: införa"
  bool tested = false;          // false: dashed border (and the status says so)
};

struct DriverInput {
  std::string title;
  std::string desc;
  std::string aim_heading;
  std::string aim;  // the project's aim in words
  std::string primary_heading;
  std::string secondary_heading;
  std::string ideas_heading;
  // One item of each column, for the list: "Primär drivkraft", "Sekundär drivkraft",
  // "Förändringsidé" (the aim's label is its heading).
  std::string primary_label;
  std::string secondary_label;
  std::string idea_label;
  std::vector<DiagramBox> primary;  // keys unique in the diagram
  std::vector<DiagramBox> secondary;
  std::vector<DriverIdea> ideas;    // the ideas the diagram holds
  std::vector<DiagramArrow> links;  // primary key → secondary key, secondary key → idea key
  std::string empty;                // shown for a column without items
  std::string shown_above;          // in the list, after an item whose branch is already listed
};

// The key of the aim's box, for arrows.
inline constexpr const char* kDriverAimKey = "aim";

// The SVG: aim, primary, secondary, change ideas from left to right. Never fails.
std::string RenderDriverSvg(const DriverInput& input, const std::string& id = "driver");

// The nested list: the aim, its primary drivers, their secondary drivers, their change ideas
// with their test status.
std::string RenderDriverList(const DriverInput& input);

}  // namespace stegvis::chart
