#pragma once
// Everything a measure's page shows, read in one transaction: the measure with its grid,
// cycles and phases (the statistics are computed from them), and the goals it links to.

#include "core/error.h"
#include "domain/access.h"
#include "domain/goal_links.h"
#include "domain/measures.h"
#include "domain/store.h"

namespace stegvis::domain {

struct MeasurePage {
  MeasureDetails details;
  GoalLinkSet goals;  // whoever sees the measure sees its links
};

// The measure's page (kView on its team). kNotFound / kForbidden as LoadMeasure.
core::Result<MeasurePage> LoadMeasurePage(Store& store, const Principal& acting, Id measure_id);

}  // namespace stegvis::domain
