#pragma once
// The layout both theory diagrams share (chart/theory_svg.h, chart/driver_svg.h): columns of
// boxes with wrapped text, left to right, and arrows from a box to a box in the next column;
// plus the same content as a nested HTML list for assistive technology and small screens.
// Pure and byte-stable like the charts. Black and dark grey on white so it prints; nothing is
// said by colour alone (a dashed border is always explained by the box's own notes); no
// text is cut: a box grows until its text fits.

#include <string>
#include <vector>

#include "chart/text_wrap.h"

namespace stegvis::chart {

// A line under a box's text: a measure that shows an outcome, how often an idea was tested.
struct BoxNote {
  std::string text;
  std::string href;  // a link target for the list (the SVG shows the text only); may be empty
};

struct DiagramBox {
  std::string key;  // unique in the diagram; arrows name boxes by it
  std::string text;
  std::vector<BoxNote> notes;
  std::string href;     // the box's own page, for the list; may be empty
  bool dashed = false;  // dashed border (the notes say in words what it means)
};

struct DiagramColumn {
  std::string heading;  // the level's name
  std::string label;    // one item's kind in the list ("Effekt"); empty: the heading
  std::vector<DiagramBox> boxes;
  std::string empty;  // shown in a dotted box when the column has no boxes
};

struct DiagramArrow {
  std::string from;  // box keys; an arrow naming an unknown box is not drawn
  std::string to;
};

struct DiagramInput {
  std::string title;
  std::string desc;  // the <desc>: what the diagram shows, in words
  std::vector<DiagramColumn> columns;
  std::vector<DiagramArrow> arrows;
  // The list shows what a box leads from once; where it meets the box again it says this
  // ("se ovan") instead of repeating the branch. Empty: the branch is repeated.
  std::string shown_above;
};

// Which way the nested list reads the arrows.
enum class ListDirection {
  kAgainstArrows,  // from the last column back: an effect, then what leads to it
  kAlongArrows,    // from the first column on: the aim, then its drivers
};

struct DiagramRenderOptions {
  int column_width = 180;
  int column_gap = 36;
  std::string id = "diagram";  // prefix for element ids; unique per page
  // So that fewer arrows cross, the SVG orders each column's boxes by the mean position of the
  // boxes they are joined to in the neighbouring column already ordered: the one on the left
  // (kAlongArrows: the aim's drivers first) or on the right (kAgainstArrows: from the effect
  // back). Boxes joined to nothing keep their order, after the others. The list keeps the
  // input's order.
  ListDirection order = ListDirection::kAlongArrows;
};

// Returns the SVG of `input`: a title, the column headings, the boxes and the arrows.
// Never fails.
std::string RenderBoxDiagramSvg(const DiagramInput& input, const DiagramRenderOptions& options);

// Returns the diagram as nested <ul>s starting at the first (kAlongArrows) or last column:
// each item "Label: text", its notes (linked where they have an href), and the items one
// column further that the arrows join to it (once per box: later it is followed by
// `shown_above` instead). Boxes the walk does not reach are listed too, at
// the top level, so nothing is left out. All text escaped.
std::string RenderBoxDiagramList(const DiagramInput& input, ListDirection direction);

}  // namespace stegvis::chart
