#pragma once
// "What needs me now" on the start page: what is waiting for the visitor, by what they do.
// A team member sees the open PDSA cycles of their teams, the measures whose last complete
// period has no value yet, the next learning session of a programme their team takes part
// in and the monthly reports due. A chef or strateg sees, for the teams in their scope they are
// not a member of, the missing monthly reports and the new signals (domain/scope_needs.h). Whoever
// may answer an offer of an adopted idea (to a team whose work they change, or to the change
// package of a programme they run) sees it. The admin of an installation still being set up sees
// the steps to get going (units, teams, people, the first programme or project) until they are all
// taken.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/access.h"
#include "domain/idea_offer.h"
#include "domain/pdsa_cycle.h"
#include "domain/scope_needs.h"
#include "domain/store.h"
#include "domain/sustain_needs.h"
#include "domain/teams.h"

namespace stegvis::domain {

// A PDSA cycle of one of the visitor's teams that is not done, in a project that is not closed.
struct OpenCycle {
  Id cycle_id = 0;
  Id project_id = 0;
  std::string title;
  std::string project_title;
  PdsaPhase phase = PdsaPhase::kPlan;
  std::string end_date;  // the planned end (ISO date), or empty
};

// A measure of one of the visitor's active or sustained projects that has no value for the
// last complete period of its frequency.
struct MeasureDue {
  Id measure_id = 0;
  Id project_id = 0;
  std::string name;
  std::string project_title;
  std::string period;  // the period that lacks a value ("2027-01", "2027-W02", "2026-Q4")
};

// The next learning session (starting today or later) of an open programme one of the
// visitor's teams takes part in.
struct NextLearningSession {
  Id programme_id = 0;
  std::string programme_name;
  std::string title;
  std::string starts_on;
};

// A monthly report of one of the visitor's projects in an open programme: a month that has
// begun, not submitted, with its deadline still ahead (domain/monthly_report.h).
struct ReportDue {
  Id project_id = 0;
  std::string project_title;
  std::string month;     // "YYYY-MM"
  std::string deadline;  // ISO date
};

// The first steps of a new installation, in the order they are taken.
enum class SetupStep { kUnits, kTeams, kPeople, kWork };

struct SetupProgress {
  SetupStep step = SetupStep::kUnits;
  bool done = false;
};

// How many items of each list are kept; the rest are only counted.
inline constexpr std::size_t kNeedsListLimit = 10;

struct WhatNeedsMe {
  std::vector<OpenCycle> open_cycles;  // oldest planned end first (undated last)
  std::size_t open_cycles_total = 0;
  std::vector<MeasureDue> measures_due;  // by project, then measure name
  std::size_t measures_due_total = 0;
  std::optional<NextLearningSession> next_session;
  std::vector<ReportDue> reports_due;  // earliest deadline first
  // Invitations of teams `acting` answers for (AnswersForTeam in
  // domain/programme_invitations.h) that wait for an answer.
  std::size_t pending_invitations = 0;
  // Open offers of adopted ideas `acting` may answer (OffersAwaiting in domain/spread.h).
  std::vector<OfferAwaiting> offers;
  std::size_t offers_total = 0;
  // Every step with whether it is taken; empty unless `acting` administers the organisation
  // and a step is still to take.
  std::vector<SetupProgress> setup;
  // The alerts and review dates of sustained projects (domain/sustain_needs.h).
  SustainNeeds sustain;
  // A chef's or strateg's missing reports and new signals (domain/scope_needs.h).
  ScopeNeeds scope;

  bool Empty() const {
    return open_cycles.empty() && measures_due.empty() && !next_session && setup.empty() &&
           pending_invitations == 0 && reports_due.empty() && sustain.Empty() && offers.empty() &&
           scope.Empty();
  }
};

// What waits for `acting` on `today` (their local date), within `tx`. `visible` are the teams
// `acting` may see (ListVisibleTeams); only those of them where `acting` holds a team role
// count as their own. Reads only; never fails beyond the store's exceptions.
WhatNeedsMe LoadWhatNeedsMe(StoreTx& tx, const Principal& acting,
                            const std::vector<TeamDetails>& visible, core::Date today);

}  // namespace stegvis::domain
