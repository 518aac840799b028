#pragma once
// The report on statistics by sex: measures about people are split by sex (women/men or
// girls/boys) unless a reason is recorded — Förordning (2001:100) 14 § asks it of official
// individual-based statistics and SKR's step 5 of all the organisation's. This lists the
// measures without sex disaggregation with their reasons, scoped like the goals overview.

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/measure.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

struct SexReportRow {
  Measure measure;
  Project project;
  Team team;
  std::string unit_name;
};

struct SexReport {
  std::optional<Unit> unit;        // the filter, if any
  std::vector<Unit> units;         // the organisation's units, for the filter
  int measures = 0;                // every team measure in view
  std::vector<SexReportRow> rows;  // those not split by sex, by team, project and measure
};

// The report for the principal's organisation or one unit and its subunits: the measures of
// the projects of every team the principal may see. kNotFound for a unit of another
// organisation.
core::Result<SexReport> LoadSexReport(Store& store, const Principal& acting,
                                      std::optional<Id> unit_id);

}  // namespace stegvis::domain
