#pragma once
// The start page's question to the domain: everything it shows, read in one transaction.

#include <optional>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/self_assessment.h"
#include "domain/store.h"
#include "domain/teams.h"
#include "domain/units.h"
#include "domain/what_needs_me.h"

namespace stegvis::domain {

struct HomePage {
  // The principal's organisation and its unit tree. Absent when the database holds no such
  // organisation (an installation nobody has set up yet): the page then says what to do.
  std::optional<UnitOverview> organisation;
  // What the principal may open for each unit of the organisation: its self-assessments and
  // its managers' reflection notes (links beside the unit).
  std::vector<UnitFrameLinks> unit_links;
  // For a politician, the units whose report to the nämnd they may read and whose parent's
  // they may not (the top of their scope), in tree order; empty for the other roles.
  std::vector<Unit> report_units;
  std::vector<TeamDetails> teams;  // the teams the principal may see, by name
  WhatNeedsMe needs;               // what waits for the principal today
};

// The start page of `acting` on `today` (their local date), in one read transaction. Fails
// only when the store does.
core::Result<HomePage> LoadHomePage(Store& store, const Principal& acting, core::Date today);

}  // namespace stegvis::domain
