#pragma once
// Laney's P′ and U′ charts (Laney 2002, "Improved control charts for attributes", Quality
// Engineering 14(4)): the binomial or Poisson sigma of each point is widened by sigma_z, the
// between-subgroup variation of the standardised values z_i = (y_i - cl) / sigma_i, estimated
// from their average moving range.

#include <span>

#include "stats/control_limits.h"

namespace stegvis::stats {

// Fills the lines of one part of a P′ (proportions: `proportion` true, limits clamped to
// [0, 1]) or U′ chart (rates: lcl clamped at 0).
void LaneyLines(bool proportion, const PartOf& part, const LineOptions& options,
                LineScratch& scratch);

}  // namespace stegvis::stats
