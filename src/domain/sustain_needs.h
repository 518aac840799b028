#pragma once
// What sustained projects ask of a visitor on the start page: the alerts of their continuing
// measures (for the team and the chef whose units hold the team), the next review date of
// the plans the visitor owns, and, for that chef, the reviews whose date has passed without
// being marked done.

#include <string>
#include <vector>

#include "core/date.h"
#include "domain/access.h"
#include "domain/store.h"
#include "domain/sustain_alerts.h"
#include "domain/teams.h"

namespace stegvis::domain {

// A review date of a plan, with its project.
struct SustainReviewDue {
  Id project_id = 0;
  std::string project_title;
  std::string due_on;
};

struct SustainNeeds {
  std::vector<SustainAlert> alerts;              // by project, then measure
  std::vector<SustainReviewDue> next_reviews;    // the owner's: each plan's first undone review
  std::vector<SustainReviewDue> missed_reviews;  // the chef's: undone reviews before today

  bool Empty() const { return alerts.empty() && next_reviews.empty() && missed_reviews.empty(); }
};

// Whether `acting` is a chef whose unit scope holds `team`'s unit (or the whole organisation).
bool IsChefOfTeam(StoreTx& tx, const Principal& acting, const Team& team);

// The sustain needs of `acting` on `today` over the sustaining projects of the `visible` teams
// (ListVisibleTeams), within `tx`. Reads only.
SustainNeeds LoadSustainNeeds(StoreTx& tx, const Principal& acting,
                              const std::vector<TeamDetails>& visible, core::Date today);

}  // namespace stegvis::domain
