#pragma once
// Funnel plots: units (teams, municipalities) by size against their proportion or rate, with
// the pooled centre and the 95 % and 99.8 % limits (stats/funnel.h). Pure and byte-stable like
// the other charts; the data table beside it is RenderFunnelTable.

#include <string>
#include <vector>

#include "chart/chart_input.h"
#include "chart/labels.h"
#include "stats/analysis.h"
#include "stats/funnel.h"

namespace stegvis::chart {

struct FunnelRenderOptions {
  // Which way is better: a unit above the limits is then an improvement (up) or a concern
  // (down); neutral marks it as a special cause without a judgement.
  stats::Direction direction = stats::Direction::kNeutral;
  int width = 800;
  int plot_height = 340;
  std::string id = "funnel";  // prefix for element ids; unique per page
  // Shared axes for small multiples (RenderFunnelPanels): the x axis reaches at least
  // `shared_max_size`, the y axis covers [shared_lo, shared_hi] when they are finite, and the
  // right margin fits names of `shared_right_chars` characters.
  double shared_max_size = 0;
  double shared_lo = stats::kMissing, shared_hi = stats::kMissing;
  double shared_right_chars = 0;
};

// Returns the SVG of `funnel`: centre line, 99.8 % limits (solid) and 95 % limits (dashed) as
// curves over unit size, one marker per unit. Units beyond the 99.8 % limits get a filled
// signal shape, beyond the 95 % limits an outlined one, both labelled with the unit's name;
// units within the limits are small circles with the name in their tooltip. Never fails.
std::string RenderFunnelSvg(const stats::Funnel& funnel, const ChartLabels& labels,
                            const FunnelRenderOptions& options = {});

// One panel of a small multiple: a funnel and its title (e.g. "Kvinnor").
struct FunnelPanel {
  std::string title;
  const stats::Funnel* funnel = nullptr;
};

// Returns one SVG titled `labels.title` and described by `description` with `panels` side by
// side, each drawn by RenderFunnelSvg `options.width` wide on axes shared by all panels, so
// that positions compare across them. Element ids are `options.id` plus the panel's number.
// Never fails.
std::string RenderFunnelPanels(const std::vector<FunnelPanel>& panels, const ChartLabels& labels,
                               const std::string& description,
                               const FunnelRenderOptions& options = {});

// Returns the accessible table of `funnel`: unit, value, size, the 95 % and 99.8 % limits at
// its size, and where it lies in words. All text escaped.
std::string RenderFunnelTable(const stats::Funnel& funnel, const ChartLabels& labels);

}  // namespace stegvis::chart
