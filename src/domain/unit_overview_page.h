#pragma once
// The question the page of one unit (/enhet/{id}) asks the domain: where the unit sits in its
// organisation, the units under it, the teams in it the reader may see and the links the
// reader may follow, read in one transaction.

#include <optional>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/self_assessment.h"
#include "domain/store.h"
#include "domain/teams.h"
#include "domain/units.h"

namespace stegvis::domain {

struct UnitOverviewPage {
  Unit unit;
  std::optional<Unit> parent;  // absent for the organisation's top unit
  std::vector<Unit> subunits;  // the units directly under it, by name
  // The teams of this unit the reader may see (every signed-in role sees the unit itself;
  // teams follow the same visibility as the start page).
  std::vector<TeamDetails> teams;
  // Which of the unit's self-assessments and reflection notes the reader may open.
  UnitFrameLinks links;
};

// The unit `unit_id` of the reader's own organisation, in one read transaction. kNotFound for
// an unknown unit or one of another organisation (whoever asks).
core::Result<UnitOverviewPage> LoadUnitOverviewPage(Store& store, const Principal& acting,
                                                    Id unit_id);

}  // namespace stegvis::domain
