#pragma once
// Use cases on sustain plans (domain/sustain_plan.h): reading a project's plan for its page
// and JSON twin, saving it, and marking a review done. Those who may see the project's team
// read the plan; those who may change the team's work save it and mark reviews done.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/project.h"
#include "domain/store.h"
#include "domain/sustain_alerts.h"
#include "domain/sustain_plan.h"

namespace stegvis::domain {

// Bounds of a plan's input.
inline constexpr std::size_t kMaxStandardised = 4000;  // bytes of `standardised`
inline constexpr std::size_t kMaxReviews = 24;         // review dates

// One measure of the project on the plan's page: the plan's choice for it (not continuing,
// at the measure's own frequency, while the plan does not mention it), whether its baseline
// is frozen, and its alert, if any.
struct SustainMeasureRow {
  Measure measure;
  SustainMeasure choice;
  bool baseline_frozen = false;
  std::optional<SustainAlert> alert;
};

struct SustainPlanPage {
  Project project;
  Team team;
  std::optional<SustainPlan> plan;          // absent until the team first saves one
  std::string owner_name;                   // the owner's display name; empty without a plan
  std::vector<User> members;                // who may own it: the team's members
  std::vector<SustainMeasureRow> measures;  // every measure of the project, in its order
  bool may_change = false;
};

// The project's plan for its page (kView on its team): kNotFound for an unknown project or
// one of another organisation, kForbidden out of scope.
core::Result<SustainPlanPage> LoadSustainPlan(Store& store, const Principal& acting, Id project_id);

// What a writer sends: the owner, the standardised routines, the choice per measure and the
// review dates. `version` is the plan's version the writer loaded (0 when there was no plan).
struct SustainPlanInput {
  Id owner_user_id = 0;
  std::string standardised;
  std::vector<SustainMeasure> measures;
  std::vector<std::string> review_dates;
  std::int64_t version = 0;
};

// Checks the input's own bounds: "owner" ("error.required" when 0), "standardised"
// ("error.too_long" over kMaxStandardised), "reviews" ("error.required" when none,
// "sustain.error.too_many_reviews" over kMaxReviews), "review_date" ("error.bad_date" for a
// text that is not an ISO date, "sustain.error.repeated_review" for a date given twice).
core::Result<void> ValidateSustainPlanInput(const SustainPlanInput& input);

// Saves the project's plan (kChange on its team), creating it on the first save. Besides
// ValidateSustainPlanInput: the project must be sustaining ("status",
// "sustain.error.not_sustaining"), the owner a member of its team ("owner",
// "sustain.error.owner_not_member"), every measure one of the project's, each at most once
// ("measures", "sustain.error.measure"). Kept reviews keep their done marks. kConflict
// ("error.changed_by") when the plan was saved since `input.version` was loaded, or was
// created meanwhile. Audited ("create"/"update" of "sustain_plan").
core::Result<void> SaveSustainPlan(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, Id project_id,
                                   const SustainPlanInput& input);

// Marks review `review_id` of the project's plan done by the actor now (kChange on the team).
// kNotFound when the project has no plan or the plan no such review; a review already done
// keeps its first mark. Audited ("review_done" of "sustain_plan").
core::Result<void> MarkSustainReviewDone(Store& store, const core::Clock& clock,
                                         const Principal& acting, const Actor& actor, Id project_id,
                                         Id review_id);

// The alerts of the continuing measures of `plan` (SustainAlertOf on each measure's
// observations), with the project's title; read in `tx`.
std::vector<SustainAlert> LoadSustainAlerts(StoreTx& tx, const Project& project,
                                            const SustainPlan& plan);

}  // namespace stegvis::domain
