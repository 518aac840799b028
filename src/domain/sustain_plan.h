#pragma once
// A sustain plan (plan för att hålla i och hålla ut): what a team writes when its project
// moves to Vidmakthålls (ProjectStatus::kSustaining) — who owns keeping the gain, what has
// been standardised, which of the project's measures continue and how often, and the dates
// the plan is reviewed on. One plan per project.

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "domain/measure.h"
#include "domain/organisation.h"

namespace stegvis::domain {

// One measure of the project as the plan treats it: whether it goes on being measured and
// at what frequency.
struct SustainMeasure {
  Id measure_id = 0;
  bool continues = false;
  Frequency frequency = Frequency::kMonth;
};

// A review date of the plan; done when someone marked it reviewed (who and when).
struct SustainReview {
  Id id = 0;
  std::string due_on;        // ISO date
  std::int64_t done_at = 0;  // Unix seconds; 0 while not done
  std::string done_by;       // e-mail of who marked it done; empty while not done
};

struct SustainPlan {
  Id id = 0;
  Id organisation_id = 0;
  Id project_id = 0;
  Id owner_user_id = 0;                  // a member of the project's team
  std::string standardised;              // the routines and checklists the change now lives in
  std::vector<SustainMeasure> measures;  // in the order of the project's measures
  std::vector<SustainReview> reviews;    // by date
  std::int64_t version = 1;
  std::int64_t updated_at = 0;
  std::string updated_by;
};

constexpr auto Describe(std::type_identity<SustainMeasure>) {
  using M = SustainMeasure;
  return std::tuple{core::Field("measure_id", &M::measure_id),
                    core::Field("continues", &M::continues),
                    core::Field("frequency", &M::frequency, core::kNoFlags,
                                &core::kTextForm<Frequency, FrequencyName, ParseFrequency>)};
}

constexpr auto Describe(std::type_identity<SustainReview>) {
  using R = SustainReview;
  return std::tuple{
      core::Field("id", &R::id, core::kKey), core::Field("due_on", &R::due_on, core::kFixed),
      core::Field("done_at", &R::done_at, core::kUnixTime), core::Field("done_by", &R::done_by)};
}

constexpr auto Describe(std::type_identity<SustainPlan>) {
  using P = SustainPlan;
  constexpr unsigned kBookkeeping = core::kNotAudited;
  return std::tuple{
      core::Field("id", &P::id, core::kKey),
      core::Field("organisation_id", &P::organisation_id, core::kFixed | kBookkeeping),
      core::Field("project_id", &P::project_id, core::kFixed),
      core::Field("owner_user_id", &P::owner_user_id),
      core::Field("standardised", &P::standardised),
      core::Field("measures", &P::measures, core::kStoredApart | core::kNotAudited),
      core::Field("reviews", &P::reviews, core::kStoredApart | core::kNotAudited),
      core::Field("version", &P::version, kBookkeeping),
      core::Field("updated_at", &P::updated_at, kBookkeeping | core::kUnixTime),
      core::Field("updated_by", &P::updated_by, kBookkeeping)};
}

}  // namespace stegvis::domain
